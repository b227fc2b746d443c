package readability

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// similarityTokens gives the tokens upstream's split at (?i)\W+ gave, on
// random text over every ASCII byte and the characters case folding makes
// tricky: the Kelvin sign and the long s (word characters under folding),
// the dotted capital I (lower-cased to two characters), accented and
// non-Latin letters and invalid bytes.
func TestSimilarityTokensAreTheRegexpSplit(t *testing.T) {
	rx := regexp.MustCompile(`(?i)\W+`)
	split := func(s string) []string {
		var out []string
		for _, tok := range rx.Split(strings.ToLower(s), -1) {
			if tok != "" {
				out = append(out, tok)
			}
		}
		return out
	}
	pieces := []string{"\u212a", "\u017f", "\u0130", "é", "É", "ß", "д", "市", "\u00a0", "\xff", "\xe2\x80", "Word", "x_1"}
	for c := range 0x80 {
		pieces = append(pieces, string(rune(c)))
	}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := similarityTokens(s), split(s); !slices.Equal(got, want) {
			t.Fatalf("similarityTokens(%q) = %q, the split gives %q", s, got, want)
		}
	}
}
