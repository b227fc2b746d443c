package meta

import "testing"

// TestSavedFromURL reads the notes browsers and SingleFile leave, in the
// cases and spacing they come in, and leaves other comments alone,
// including ones that hold the same words further in.
func TestSavedFromURL(t *testing.T) {
	for comment, want := range map[string]string{
		" saved from url=(0042)https://news.example.org/2024/05/story.html ":                    "https://news.example.org/2024/05/story.html",
		"\n\tSAVED FROM URL=(0024)https://example.com/a/b":                                      "https://example.com/a/b",
		"ſaved from url=(0019)https://example.net/":                                             "https://example.net/",
		"\n Page saved with SingleFile \n url: https://blog.example.de/post \n saved date: Mon": "https://blog.example.de/post",
		"page saved with singlefile url: https://example.fr/x":                                  "https://example.fr/x",
		" end of header; saved from url=(0019)https://example.net/":                             "",
		"Pages saved with SingleFile are easy to share url: https://example.org":                "",
		"":       "",
		" \t\n ": "",
		" [if lt IE 9]><script src=html5.js></script><![endif]": "",
	} {
		if got := savedFromURL(comment); got != want {
			t.Errorf("savedFromURL(%q) = %q, want %q", comment, got, want)
		}
	}
}
