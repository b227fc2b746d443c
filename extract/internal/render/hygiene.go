package render

import (
	"strings"
	"unicode/utf8"
)

// Hygiene returns s as a person reads it, and safe to print on a terminal:
// the characters a reader does not see and a search should not trip on
// (soft hyphens, zero-width spaces, word joiners, byte-order marks) are
// dropped, and so are the control characters (C0 but tab and newline, DEL,
// C1), which would otherwise move the cursor, retitle the window or open a
// hyperlink on the reader's terminal; the ones that are white space
// (carriage return, form feed, vertical tab) become a space, so the words
// they separated stay apart. Zero-width non-joiners and joiners are
// spelling in Persian, Arabic, the Indic scripts and emoji sequences: they
// stay unless a neighbour is outside such a script (between Latin letters,
// next to a space or punctuation); at either end of s, where the neighbour
// is in another text node, only the other neighbour decides. Every
// rendering (text, Markdown, HTML) and every metadata string goes through
// it.
func Hygiene(s string) string {
	i := firstUnclean(s)
	if i < 0 {
		return s // the common case: nothing to drop, nothing copied
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	prev := rune(-1) // none: s starts here
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\t' || r == '\n':
		case r == '\r' || r == '\v' || r == '\f':
			r = ' '
		case r < 0x20 || (r >= 0x7F && r <= 0x9F):
			continue
		case r == 0x00AD || r == 0x200B || r == 0x2060 || r == 0xFEFF:
			continue
		case r == 0x200C || r == 0x200D:
			next := rune(-1) // none: s ends here
			if i < len(s) {
				next, _ = utf8.DecodeRuneInString(s[i:])
			}
			if prev >= 0 && !joinsScript(prev) || next >= 0 && !joinsScript(next) {
				continue
			}
		}
		if r == utf8.RuneError && size == 1 {
			b.WriteByte(s[i-1]) // invalid bytes pass as they came
		} else {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// firstUnclean returns the index of the first byte that may start a
// character Hygiene drops, or -1: a byte scan that decodes nothing for the
// ASCII and most of the rest.
func firstUnclean(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !mayStartUnclean[c] {
			continue
		}
		switch {
		case c < 0x20, c == 0x7F:
			return i
		case c == 0xC2: // U+0080–U+00BF: C1 controls and the soft hyphen
			if i+1 < len(s) && (s[i+1] <= 0x9F || s[i+1] == 0xAD) {
				return i
			}
		case c == 0xE2: // U+200B–U+200D, U+2060
			if i+2 < len(s) && (s[i+1] == 0x80 && s[i+2] >= 0x8B && s[i+2] <= 0x8D || s[i+1] == 0x81 && s[i+2] == 0xA0) {
				return i
			}
		case c == 0xEF: // U+FEFF
			if i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF {
				return i
			}
		}
	}
	return -1
}

// mayStartUnclean marks the bytes that start a character Hygiene may
// drop: the controls but tab and newline, DEL, and the lead bytes of C1,
// the soft hyphen, the zero-width characters and the BOM.
var mayStartUnclean = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c != '\t' && c != '\n'
	}
	t[0x7F], t[0xC2], t[0xE2], t[0xEF] = true, true, true, true
	return t
}()

// joinsScript reports whether r belongs to a script whose spelling uses
// zero-width (non-)joiners: Arabic, Syriac and Thaana, the Indic and other
// Brahmic scripts, or an emoji sequence (pictographs, symbols, skin tones,
// the emoji variation selector).
func joinsScript(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x08FF, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFC: // Arabic, Syriac, Thaana, presentation forms
		return true
	case r >= 0x0900 && r <= 0x0DFF, r >= 0x1000 && r <= 0x109F, r >= 0x1780 && r <= 0x17FF, r >= 0xA8E0 && r <= 0xA8FF: // Indic, Sinhala, Myanmar, Khmer
		return true
	case r >= 0x2600 && r <= 0x27BF, r >= 0x1F000 && r <= 0x1FAFF, r == 0xFE0F, r == 0x20E3: // symbols, emoji, VS16, keycap
		return true
	}
	return false
}
