package readability

import (
	"math/rand/v2"
	"testing"
)

// TestMayContainFoldKeepsRegexpResults checks that skipping a regexp when
// mayContainFold is false never changes its result, on hand-picked and
// random strings, for each regexp the fork guards this way.
func TestMayContainFoldKeepsRegexpResults(t *testing.T) {
	guards := []struct {
		word string
		re   *lazyRegexp
	}{
		{"share", rxShareElements},
		{"display", rxDisplayNone},
		{"visibility", rxVisibilityHidden},
	}
	texts := []string{"", "share", "SHARE", "post-share_box", "ſhare", "sharedaddy", "shar", "display:none",
		"DISPLAY : NONE", "diſplay:none", "visibility: hidden", "VISIBILITY:hidden", "color: red", "[share]", "sh@re"}
	pieces := []string{"s", "S", "h", "a", "r", "e", "E", "ſ", "d", "i", "p", "l", "y", ":", " ", "n", "o", "_", "-",
		"v", "b", "t", "H", "@", "[", "\x7f"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		s := ""
		for range rng.IntN(14) {
			s += pieces[rng.IntN(len(pieces))]
		}
		texts = append(texts, s)
	}
	matched := 0
	for _, g := range guards {
		for _, s := range texts {
			want := g.re.MatchString(s)
			if want {
				matched++
			}
			if got := mayContainFold(s, g.word) && g.re.MatchString(s); got != want {
				t.Errorf("%q with %q: guarded match %v, regexp alone %v", s, g.word, got, want)
			}
		}
	}
	if matched < 10 {
		t.Fatalf("only %d matches: the test strings do not exercise the regexps", matched)
	}
}

func TestMayContainFold(t *testing.T) {
	for _, c := range []struct {
		s, word string
		want    bool
	}{
		{"a Share button", "share", true},
		{"shar e", "share", false},
		{"", "share", false},
		{"ſhare", "share", true}, // not ASCII: the regexp decides
		{"SHARE", "share", true},
		{"shade", "share", false},
		{"sharesharE", "share", true},
	} {
		if got := mayContainFold(c.s, c.word); got != c.want {
			t.Errorf("mayContainFold(%q, %q) = %v, want %v", c.s, c.word, got, c.want)
		}
	}
}
