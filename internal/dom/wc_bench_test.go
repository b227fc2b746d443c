package dom

import (
	"strings"
	"testing"
	"unicode"
)

var wcSamples = []string{
	strings.Repeat("The council voted on Tuesday to extend the bus service, said the mayor. ", 6),
	"\n      ", " Share ", "Read more", "\n\t\t\t\n",
	strings.Repeat("Die Stadt hat am Dienstag beschlossen, den Busverkehr auszuweiten – für alle Bürger. ", 3),
	strings.Repeat("市议会周二投票决定延长公交服务。", 5),
}

func BenchmarkWordCount(b *testing.B) {
	n := 0
	for i := 0; i < b.N; i++ {
		for _, s := range wcSamples {
			n += WordCount(s)
		}
	}
	_ = n
}

// Outside the scripts written without spaces, a word is what
// strings.Fields splits out.
func TestWordCountIsFieldsOutsideUnspacedScripts(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", " a", "a ", "a b", "a\u00a0b", "a\u0085b\u2003c", "\v\fx\r\ny\t",
		"naïve café – déjà vu", "Привет, мир!", "~!@# $%^", wcSamples[0], wcSamples[5],
	} {
		if got, want := WordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("WordCount(%q) = %d, strings.Fields finds %d", s, got, want)
		}
	}
	if got := WordCount("市议会 周二"); got != 3 {
		t.Errorf("WordCount of five Han characters = %d, want 3", got)
	}
}

func TestNormalizeSpaceIsJoinFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "  ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\u00a0b", " a\u2003 b\n", "a b c", "\xff \xfe",
		"naïve  café", "x\u0085", "Привет,\n\tмир!", wcSamples[0], wcSamples[5], wcSamples[6], "\xe2\x80 a",
	} {
		if got, want := NormalizeSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("NormalizeSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// The fast paths of the word counter must agree with the Unicode tables
// for every rune, so that a table update cannot make them drift apart.
func TestSpaceAndUnspacedScriptAgreeWithTables(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := IsSpace(r), unicode.IsSpace(r); got != want {
			t.Fatalf("IsSpace(%U) = %v, unicode.IsSpace says %v", r, got, want)
		}
		want := false
		switch {
		case r >= 0x0E00 && r <= 0x0EFF, r >= 0x1000 && r <= 0x109F, r >= 0x1780 && r <= 0x17FF:
			want = unicode.IsLetter(r) || unicode.IsMark(r)
		default:
			want = unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
		}
		if got := IsUnspacedScript(r); got != want {
			t.Fatalf("IsUnspacedScript(%U) = %v, want %v", r, got, want)
		}
	}
}

// wordCountByRunes is WordCount as first written, decoding every
// character: the reference the byte-level fast paths must agree with.
func wordCountByRunes(s string) int {
	count, dense, inWord := 0, 0, false
	for _, r := range s {
		switch {
		case IsUnspacedScript(r):
			dense++
			inWord = false
		case unicode.IsSpace(r):
			inWord = false
		default:
			if !inWord {
				count++
			}
			inWord = true
		}
	}
	return count + (dense+1)/2
}

func TestWordCountAgreesWithDecoding(t *testing.T) {
	pieces := []string{"a", " ", "\u00a0", "\u0085", "é", "Ж", "\u2003", "市", "ー", "ก", "\xc2", "\xc3", "\xdf", "\xe0", "\xe3\x81",
		"\x80", "\xbf", "\xff", "\xc0\x80", "\xc1\xbf", "\xed\xa0\x80", "\xf0\x9f\x98\x80", "’", "\t", "\xc2 ", "\xc2\xc2\xa0"}
	rng := uint32(1)
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		for n := i % 9; n >= 0; n-- {
			rng = rng*1664525 + 1013904223
			b.WriteString(pieces[rng>>8%uint32(len(pieces))])
		}
		s := b.String()
		if got, want := WordCount(s), wordCountByRunes(s); got != want {
			t.Fatalf("WordCount(%q) = %d, decoding each character gives %d", s, got, want)
		}
	}
	for _, s := range wcSamples {
		if got, want := WordCount(s), wordCountByRunes(s); got != want {
			t.Errorf("WordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
