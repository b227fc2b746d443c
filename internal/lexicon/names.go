package lexicon

import (
	"iter"
	"slices"
	"strings"
	"unicode"
)

// NameWords splits a class or id value into lower-case words at spaces,
// punctuation and camelCase humps: "shareBar js-newsletter" → share, bar,
// js, newsletter. Digits stay inside their word, so generated names such as
// "css-8ad0xc" give no accidental "ad".
func NameWords(value string) []string {
	return slices.Collect(NameWordsOf(value))
}

// NameWordsOf yields the words NameWords lists, one at a time; a word
// already in lower case is a slice of value, not a copy (class names
// mostly are).
func NameWordsOf(value string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start, prevLower := -1, false
		emit := func(end int) bool {
			if start < 0 {
				return true
			}
			w := value[start:end]
			start = -1
			if hasUpper(w) {
				w = strings.ToLower(w)
			}
			return yield(w)
		}
		generated := false // the segment is a generated token: its humps are no words
		for i, r := range value {
			alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
			if alnum && start < 0 {
				generated = isGeneratedSegment(value[i:])
			}
			switch {
			case !alnum:
				if !emit(i) {
					return
				}
			case unicode.IsUpper(r) && prevLower && !generated:
				if !emit(i) {
					return
				}
				start = i
			case start < 0:
				start = i
			}
			prevLower = unicode.IsLower(r)
		}
		emit(len(value))
	}
}

// isGeneratedSegment reports whether the segment s opens with (up to the
// next character that is neither letter nor digit) mixes upper- and
// lower-case letters with a digit inside the letters, as generated ids do
// ("n1AuAdJlVL", "x9TpQr"): their case changes fall by chance, so splitting
// them would find words ("Ad") no one wrote. A number at the end
// ("promoBox2") is a name's.
func isGeneratedSegment(s string) bool {
	digitInside, digit, upper, lower := false, false, false, false
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case unicode.IsUpper(r):
			upper, digitInside = true, digitInside || digit
		case unicode.IsLower(r):
			lower, digitInside = true, digitInside || digit
		case !unicode.IsLetter(r):
			return digitInside && upper && lower
		}
	}
	return digitInside && upper && lower
}

// hasUpper reports whether s holds an upper-case letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
