package extract

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// maxLettersMatched tells how many letters a text can hold at most and
// still match pattern, or -1 when there is no such bound. A bound exists
// only when every match spans the whole text (the pattern is anchored at
// both ends: "^…$") and no repetition can take letters without end. A
// whole-block rule such as "^\P{L}*\d+ of \d+\P{L}*$" matches no text of
// more than 2 letters, so on a longer one it need not be compiled, let
// alone run: such pieces' literals (" of ") are in most texts.
func maxLettersMatched(pattern string) int {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return -1
	}
	re = re.Simplify()
	if !startsAtBeginning(re) || !endsAtEnd(re) {
		return -1
	}
	return maxLetters(re)
}

// unbounded stands for no bound inside maxLetters; it is large enough that
// sums and products of real bounds stay below it.
const unbounded = 1 << 20

// maxLetters returns the most letters a match of re can hold, or -1.
func maxLetters(re *syntax.Regexp) int {
	n := lettersBound(re)
	if n >= unbounded {
		return -1
	}
	return n
}

func lettersBound(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			if unicode.IsLetter(r) {
				n++
			}
		}
		return n
	case syntax.OpCharClass:
		if classHasLetter(re.Rune) {
			return 1
		}
		return 0
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpQuest:
		return lettersBound(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		if lettersBound(re.Sub[0]) > 0 {
			return unbounded
		}
		return 0
	case syntax.OpRepeat:
		sub := lettersBound(re.Sub[0])
		if sub == 0 {
			return 0
		}
		if re.Max < 0 || sub >= unbounded {
			return unbounded
		}
		return min(unbounded, re.Max*sub)
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n = min(unbounded, n+lettersBound(sub))
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			n = max(n, lettersBound(sub))
		}
		return n
	}
	return 0 // empty-width assertions, the empty match, no match
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

// startsAtBeginning reports whether every match of re starts at the
// beginning of the text.
func startsAtBeginning(re *syntax.Regexp) bool {
	return anchored(re, syntax.OpBeginText, startsAtBeginning)
}

// endsAtEnd reports whether every match of re ends at the end of the text.
func endsAtEnd(re *syntax.Regexp) bool {
	return anchored(re, syntax.OpEndText, endsAtEnd)
}

// anchored tells whether re is held at one end of the text by the
// assertion op. In a sequence one held part is enough: what comes between
// it and that end can only match the empty string there.
func anchored(re *syntax.Regexp, op syntax.Op, self func(*syntax.Regexp) bool) bool {
	switch re.Op {
	case op:
		return true
	case syntax.OpCapture:
		return self(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if self(sub) {
				return true
			}
		}
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !self(sub) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// countLetters counts the letters in s.
func countLetters(s string) int {
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
