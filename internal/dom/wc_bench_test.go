package dom

import (
	"strings"
	"testing"
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
