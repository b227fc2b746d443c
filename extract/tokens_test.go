package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pith-cli/pith/internal/dom"
)

// tokenHashesByRune is tokenHashes as it was before ASCII took its own
// path: every character decoded and tested for an unspaced script first.
func tokenHashesByRune(s string, f func(h uint64, long bool)) {
	const offset, prime = 14695981039346656037, 1099511628211
	h, n := uint64(offset), 0
	flush := func() {
		if n > 0 {
			f(h, n >= 4)
		}
		h, n = offset, 0
	}
	for _, r := range s {
		switch {
		case dom.IsUnspacedScript(r):
			flush()
			h, n = (offset^uint64(r))*prime, 4
			flush()
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			h, n = (h^uint64(r))*prime, n+1
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			h, n = (h^uint64(r+'a'-'A'))*prime, n+1
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)):
			h, n = (h^uint64(unicode.ToLower(r)))*prime, n+1
		default:
			flush()
		}
	}
	flush()
}

// The same tokens, hashes and lengths, on random text over every ASCII
// byte, accented and Cyrillic letters, marks, Han and Thai characters and
// invalid bytes.
func TestTokenHashesASCIIPath(t *testing.T) {
	type tok struct {
		h    uint64
		long bool
	}
	collect := func(hash func(string, func(uint64, bool)), s string) []tok {
		var out []tok
		hash(s, func(h uint64, long bool) { out = append(out, tok{h, long}) })
		return out
	}
	pieces := []string{"é", "Ö", "\u0301", "д", "市", "ก", "\u00a0", "\xff", "\xe2\x80", "Word", "naïve"}
	for c := range 0x80 {
		pieces = append(pieces, string(rune(c)))
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := collect(tokenHashes, s), collect(tokenHashesByRune, s); !slices.Equal(got, want) {
			t.Fatalf("tokenHashes(%q) = %v, rune by rune %v", s, got, want)
		}
	}
}
