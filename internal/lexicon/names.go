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
		for i, r := range value {
			switch {
			case !unicode.IsLetter(r) && !unicode.IsDigit(r):
				if !emit(i) {
					return
				}
			case unicode.IsUpper(r) && prevLower:
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

// hasUpper reports whether s holds an upper-case letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
