package main

import "testing"

func TestCaptionPrefix(t *testing.T) {
	page := []byte(`<html><body><article>
<figure><img src="a.jpg"><figcaption>The mayor speaks at a rally on Sunday near the river.</figcaption></figure>
<p class="photo-credit">Photo: Jane Roe</p>
<p>The mayor said on Sunday that the bridge will reopen in May, two months late.</p>
</article></body></html>`)
	for _, c := range []struct {
		truth string
		want  bool
	}{
		{"The mayor speaks at a rally on Sunday near the river. The mayor said", true},
		{"The mayor speaks at a rally on Sunday", true},                 // a prefix of the caption
		{"The mayor said on Sunday that the bridge will reopen", false}, // the body's first paragraph
		{"Photo: Jane Roe The mayor said on Sunday", false},             // a credit under minCaptionWords words
		{"The mayor", false}, // too short to tell
	} {
		if got := captionPrefix(page, c.truth); got != c.want {
			t.Errorf("captionPrefix(%q) = %v, want %v", c.truth, got, c.want)
		}
	}
}
