package readability

import "unicode/utf8"

// mayContainFold reports whether s may contain word under Unicode case
// folding, as a (?i) regexp built around word would need: it is false
// only when s is all ASCII and holds no ASCII-case-insensitive copy of
// word (a lowercase ASCII word). Non-ASCII text answers true, because
// (?i) also folds some non-ASCII letters onto ASCII ones (ſ onto s, the
// Kelvin sign onto k). Checked before a regexp that needs word, it skips
// the regexp on the many strings that cannot match, with the same result
// (pith's fork: these regexps ran on every element's class, id and style).
func mayContainFold(s, word string) bool {
	n := len(word)
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	for i := 0; i+n <= len(s); i++ {
		j := 0
		for j < n && s[i+j]|0x20 == word[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}
