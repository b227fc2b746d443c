package input

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// hasRuby's one pass finds exactly what a search for each spelling finds,
// the mixed-case tags (not searched for) and a tag cut by the end of the
// text among the cases.
func TestHasRubyIsFourSearches(t *testing.T) {
	fourSearches := func(s string) bool {
		return strings.Contains(s, "<rt") || strings.Contains(s, "<RT") || strings.Contains(s, "<rp") || strings.Contains(s, "<RP")
	}
	pieces := []string{"<", "<r", "<R", "r", "t", "T", "p", "P", "<rt", "<RP", "<rT", "<Rp", "<p>", "x", " ", "<<", "ruby"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := hasRuby(s), fourSearches(s); got != want {
			t.Fatalf("hasRuby(%q) = %v, the four searches say %v", s, got, want)
		}
	}
}
