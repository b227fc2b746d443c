package rx

import (
	"unicode"
	"unicode/utf8"
)

// MaxLettersMatched tells how many letters a text can hold at most and
// still match pattern, or -1 when there is no such bound. A bound exists
// only when every match spans the whole text (the pattern is anchored at
// both ends: "^…$") and no repetition can take letters without end. A
// whole-block rule such as "^\P{L}*\d+ of \d+\P{L}*$" matches no text of
// more than 2 letters, so on a longer one it need not be compiled, let
// alone run: such pieces' literals (" of ") are in most texts.
func MaxLettersMatched(pattern string) int {
	return MatchBound(pattern, Weight{Rune: unicode.IsLetter, Class: classHasLetter})
}

// classHasLetter reports whether a character class, as pairs of bounds,
// holds a letter.
func classHasLetter(ranges []rune) bool {
	for i := 0; i+1 < len(ranges); i += 2 {
		if rangeHasLetter(ranges[i], ranges[i+1]) {
			return true
		}
	}
	return false
}

// rangeHasLetter reports whether lo…hi holds a letter, by intersecting it
// with the ranges of unicode.Letter.
func rangeHasLetter(lo, hi rune) bool {
	for _, r := range unicode.Letter.R16 {
		if hasStrideRune(lo, hi, rune(r.Lo), rune(r.Hi), rune(r.Stride)) {
			return true
		}
	}
	for _, r := range unicode.Letter.R32 {
		if hasStrideRune(lo, hi, rune(r.Lo), rune(r.Hi), rune(r.Stride)) {
			return true
		}
	}
	return false
}

// hasStrideRune reports whether lo…hi holds one of rlo, rlo+stride, … ≤ rhi.
func hasStrideRune(lo, hi, rlo, rhi, stride rune) bool {
	from, to := max(lo, rlo), min(hi, rhi)
	if from > to {
		return false
	}
	first := rlo + (from-rlo+stride-1)/stride*stride // the first member ≥ from
	return first <= to
}

// CountLetters counts the letters in s.
func CountLetters(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			n++
		}
		i += size
	}
	return n
}
