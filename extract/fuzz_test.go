package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks the invariants every input must keep: no panic, and
// any text is valid UTF-8 in the contract's shape (one final newline, no
// run of blank lines, no trailing spaces). The seeds are the test pages and
// some hostile inputs.
func FuzzExtract(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join(pagesDir, "*", "source.html"))
	for _, p := range pages {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(""))
	f.Add([]byte("\x1f\x8b\x08\x00garbage"))
	f.Add([]byte(strings.Repeat("<div>", 1000) + "<p>deep</p>"))
	f.Add([]byte("<html><body><pre>  keep\n\n\n  this  </pre><p>a\u00a0b</p></body></html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		input := bytes.Clone(data)
		art, err := Extract(bytes.NewReader(data), Options{MaxSize: 1 << 20})
		if !bytes.Equal(input, data) {
			t.Fatal("Extract changed its input")
		}
		if err != nil || art == nil {
			return
		}
		text := art.Text
		if !utf8.ValidString(text) {
			t.Errorf("text is not valid UTF-8: %q", text)
		}
		if !strings.HasSuffix(text, "\n") || strings.HasSuffix(text, "\n\n") {
			t.Errorf("text must end with exactly one newline: %q", text)
		}
		if art.WordCount <= 0 {
			t.Errorf("an article with text has %d words", art.WordCount)
		}
	})
}
