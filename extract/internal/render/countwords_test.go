package render

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// countWordsByRune is CountWords as it was before it read eight ASCII
// bytes at a time: one character per step. The eight-byte path must count
// exactly as it does.
func countWordsByRune(s string) int {
	count, inWord := 0, false
	for _, c := range s {
		switch {
		case c < 0x80:
			wordChar := asciiWordChar[c]
			if wordChar && !inWord {
				count++
			}
			inWord = wordChar
		case unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			count++
			inWord = false
		case unicode.IsLetter(c) || unicode.IsDigit(c) || (inWord && unicode.IsMark(c)):
			if !inWord {
				count++
			}
			inWord = true
		default:
			inWord = false
		}
	}
	return count
}

// Every ASCII byte (the letters' and digits' neighbours '@', '[', '`',
// '{', '/', ':' among them) in every position of an eight-byte block, next
// to accented letters, combining marks, Han and Hangul characters and
// invalid bytes.
func TestCountWordsEightBytesAtATime(t *testing.T) {
	pieces := []string{"é", "\u0301", "市", "한", "\u00a0", "\xff", "\xe2\x80", "word", "Wörter", "  ", "v2.0", "naïve"}
	for c := range 0x80 {
		pieces = append(pieces, string(rune(c)))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := CountWords(s), countWordsByRune(s); got != want {
			t.Fatalf("CountWords(%q) = %d, rune by rune %d", s, got, want)
		}
	}
}
