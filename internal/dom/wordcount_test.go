package dom

import (
	"compress/gzip"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/testcorpus"
)

// wordCountByByte is WordCount as it was before it read eight ASCII bytes
// at a time: one byte, or one character, per step. The eight-byte path
// must count exactly as it does.
func wordCountByByte(s string) int {
	count, dense := 0, 0
	var inWord uint8
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			letter := asciiLetter[c]
			count += int(letter &^ inWord)
			inWord = letter
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case IsUnspacedScript(r):
			dense++
			inWord = 0
		case IsSpace(r):
			inWord = 0
		default:
			count += int(1 &^ inWord)
			inWord = 1
		}
	}
	return count + (dense+1)/2
}

// Every ASCII byte, spaces and control characters among them, in every
// position of an eight-byte block, next to letters, spaces and non-ASCII
// characters, and blocks split at any offset.
func TestWordCountEightBytesAtATime(t *testing.T) {
	pieces := []string{"a", "Z", "0", ",", " ", "\t", "\n", "\v", "\f", "\r", "\x00", "\x08", "\x0e", "\x1f", "\x7f",
		"é", "\u00a0", "\u0085", "\u2003", "市", "ก", "\xff", "\xc2", "\xe2\x80", "  ", "word"}
	for c := range utf8.RuneSelf {
		pieces = append(pieces, string(rune(c)))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := WordCount(s), wordCountByByte(s); got != want {
			t.Fatalf("WordCount(%q) = %d, byte by byte %d", s, got, want)
		}
	}
}

// The same on the text of every page of the shared corpora.
func TestWordCountEightBytesAtATimeOnCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus-wide sweep")
	}
	texts := 0
	for _, corpus := range []string{"scrapinghub", "fundus", "newspaper3k", "newspaper4k", "goose3", "postlight", "htmldate"} {
		for _, page := range testcorpus.Pages(t, corpus) {
			f, err := os.Open(page)
			if err != nil {
				t.Fatal(err)
			}
			zr, err := gzip.NewReader(f)
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(zr)
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			doc, err := html.Parse(strings.NewReader(string(data)))
			if err != nil {
				t.Fatal(err)
			}
			for n := range doc.Descendants() {
				if n.Type != html.TextNode {
					continue
				}
				texts++
				if got, want := WordCount(n.Data), wordCountByByte(n.Data); got != want {
					t.Fatalf("%s: WordCount(%.200q) = %d, byte by byte %d", page, n.Data, got, want)
				}
			}
		}
	}
	t.Logf("%d texts", texts)
}

// The block masks tell every ASCII byte in every position, beside other
// bytes, as a comparison of each byte does.
func TestASCIIBlockMasks(t *testing.T) {
	mask := func(block string, f func(c byte) bool) uint64 {
		var m uint64
		for i := range 8 {
			if f(block[i]) {
				m |= 0x80 << (8 * i)
			}
		}
		return m
	}
	for pos := range 8 {
		for c := range 0x80 {
			for _, fill := range []string{"a", " ", "\x00", "\x7f", ","} {
				block := strings.Repeat(fill, pos) + string(rune(c)) + strings.Repeat(fill, 7-pos)
				x := ASCIIBlock(block, 0)
				if got, want := ASCIISpaces(x), mask(block, func(b byte) bool { return asciiSpace[b] }); got != want {
					t.Fatalf("ASCIISpaces(%q) = %#x, want %#x", block, got, want)
				}
				if got, want := ByteBits(x, ','), mask(block, func(b byte) bool { return b == ',' }); got != want {
					t.Fatalf("ByteBits(%q, ',') = %#x, want %#x", block, got, want)
				}
				for lo := range 0x80 {
					for _, hi := range []int{lo, lo + 1, lo + 9, 0x7F} {
						if hi > 0x7F {
							continue
						}
						want := mask(block, func(b byte) bool { return lo <= int(b) && int(b) <= hi })
						if got := ASCIIRange(x, byte(lo), byte(hi)); got != want {
							t.Fatalf("ASCIIRange(%q, %#x, %#x) = %#x, want %#x", block, lo, hi, got, want)
						}
					}
				}
			}
		}
	}
}
