package readability

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// countTexts are strings whose counts are easy to get wrong: leading,
// trailing and repeated spaces, the Latin-1 spaces (NBSP, NEL), wide
// spaces, comma variants, invalid UTF-8 and a lone continuation byte.
var countTexts = []string{
	"", " ", "a", " a ", "a  b\t\nc", "\u00a0x\u00a0\u0085y\u2003z", "日本語、中文，한국어",
	"one, two،three﹐four", "bad \xff\xfe bytes, \x80", "trailing  ", "  leading",
	"\u3000ideographic\u3000space", "a,b,,c ,", "\xe2\x80", "mixed é,\u060c ,",
}

// perRune feeds s to fresh counters one rune at a time, as upstream did.
func perRune(texts []string) (charCounter, commaCounter) {
	var chars charCounter
	var commas commaCounter
	for _, s := range texts {
		for _, r := range s {
			chars.Count(r)
			commas.Count(r)
		}
	}
	return chars, commas
}

func byString(texts []string) (charCounter, commaCounter) {
	var chars charCounter
	var commas commaCounter
	for _, s := range texts {
		chars.CountString(s)
		commas.CountString(s)
	}
	return chars, commas
}

// TestCountStringMatchesCount checks CountString leaves the counters exactly
// as the rune-by-rune Count does, also when a text is split across calls
// (the state carries between text nodes).
func TestCountStringMatchesCount(t *testing.T) {
	check := func(texts []string) {
		t.Helper()
		wantChars, wantCommas := perRune(texts)
		gotChars, gotCommas := byString(texts)
		if gotChars != wantChars || gotCommas != wantCommas {
			t.Errorf("%q: CountString gives %+v %+v, Count gives %+v %+v", texts, gotChars, gotCommas, wantChars, wantCommas)
		}
	}
	for _, s := range countTexts {
		check([]string{s})
		for _, u := range countTexts {
			check([]string{s, u})
		}
	}
	// Random strings over a small alphabet of the interesting pieces.
	pieces := []string{" ", "\t", "\u00a0", "\u0085", "a", "é", "語", ",", "，", "\xff", "\xe2\x80", "  ",
		"\x00", "\x08", "\r", "\v", "\x0e", "\x1f", "!", "\x7f", "abcdefgh", "ab cd ef", "        "}
	// Every ASCII byte, for the eight-bytes-at-a-time path.
	for c := range 0x80 {
		pieces = append(pieces, string(rune(c)))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		var texts []string
		for range 1 + rng.IntN(3) {
			s := ""
			for range rng.IntN(12) {
				s += pieces[rng.IntN(len(pieces))]
			}
			texts = append(texts, s)
		}
		check(texts)
	}
}

// TestCountStringEveryASCIIByte puts each ASCII byte at each place of an
// eight-byte word (the unit CountString reads at once), among letters and
// among spaces, after each state the counter can be in.
func TestCountStringEveryASCIIByte(t *testing.T) {
	for b := range 128 {
		for pos := range 8 {
			for _, base := range []string{"abcdefgh", "        ", "a b c d ", " \t\n\v\f\rxy"} {
				word := []byte(base)
				word[pos] = byte(b)
				for _, before := range []string{"", " ", "x", "x ", " x"} {
					texts := []string{before, string(word) + string(word)}
					wantChars, _ := perRune(texts)
					gotChars, _ := byString(texts)
					if gotChars != wantChars {
						t.Fatalf("%q: CountString gives %+v, Count gives %+v", texts, gotChars, wantChars)
					}
				}
			}
		}
	}
}

// TestCharCounterCounts pins the counting rule itself: leading and trailing
// space is not counted, and a run of spaces between words counts as one.
func TestCharCounterCounts(t *testing.T) {
	for s, want := range map[string]int{"": 0, "  ": 0, " ab ": 2, "a  \n b": 3, "é\u00a0è": 3, "a\xffb": 3} {
		var c charCounter
		c.CountString(s)
		if c.Total != want {
			t.Errorf("%q: counted %d, want %d", s, c.Total, want)
		}
	}
}

func FuzzCountString(f *testing.F) {
	for _, s := range countTexts {
		f.Add(s, "x y")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		wantChars, wantCommas := perRune([]string{a, b})
		gotChars, gotCommas := byString([]string{a, b})
		if gotChars != wantChars || gotCommas != wantCommas {
			t.Errorf("%q %q: CountString gives %+v %+v, Count gives %+v %+v", a, b, gotChars, gotCommas, wantChars, wantCommas)
		}
	})
}

// BenchmarkCharCounter compares counting the text of the pages (those of
// testdata/pages, or of PITH_BENCH_DIR; scripts and styles left out, as
// readability removes them) rune by rune through the runeCounter interface,
// as upstream did, with CountString.
func BenchmarkCharCounter(b *testing.B) {
	pattern := filepath.Join("..", "..", "testdata", "pages", "*", "source.html")
	if dir := os.Getenv("PITH_BENCH_DIR"); dir != "" {
		pattern = filepath.Join(dir, "*.htm*")
	}
	files, _ := filepath.Glob(pattern)
	var texts []string
	size := 0
	for _, f := range files {
		page, err := readPage(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			b.Fatal(err)
		}
		for n := range doc.Descendants() {
			if n.Type == html.TextNode && n.Parent.DataAtom != atom.Script && n.Parent.DataAtom != atom.Style {
				texts = append(texts, n.Data)
				size += len(n.Data)
			}
		}
	}
	b.Run("per-rune", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			var c runeCounter = &charCounter{}
			for _, s := range texts {
				for _, r := range s {
					c.Count(r)
				}
			}
		}
	})
	b.Run("CountString", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			var c runeCounter = &charCounter{}
			for _, s := range texts {
				c.CountString(s)
			}
		}
	})
}
