package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pith-cli/pith/extract/internal/input"
)

// inputDir holds one small file per input case: encodings, containers.
const inputDir = "../testdata/input"

// addSeeds adds the test pages, the input cases and some hostile inputs
// to a fuzz corpus.
func addSeeds(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join(pagesDir, "*", "source.html"))
	inputs, _ := filepath.Glob(filepath.Join(inputDir, "*"))
	for _, p := range append(pages, inputs...) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(""))
	f.Add([]byte("\x1f\x8b\x08\x00garbage"))
	f.Add([]byte(strings.Repeat("<div>", 1000) + "<p>deep</p>"))
	f.Add([]byte(strings.Repeat("<table><td>", 300) + "x"))
	f.Add([]byte("<html><body><pre>  keep\n\n\n  this  </pre><p>a\u00a0b</p></body></html>"))
	f.Add([]byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--b--\r\n"))
}

// FuzzExtract checks the invariants every input must keep: no panic, the
// input untouched, and an article whose fields are valid UTF-8, whose text
// is in the contract's shape (one final newline) and whose JSON form
// round-trips.
func FuzzExtract(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		input := bytes.Clone(data)
		art, err := Extract(bytes.NewReader(data), Options{MaxSize: 1 << 20})
		if !bytes.Equal(input, data) {
			t.Fatal("Extract changed its input")
		}
		if art == nil {
			return
		}
		js, jerr := json.Marshal(art)
		if jerr != nil {
			t.Fatalf("JSON: %v", jerr)
		}
		var back Article
		if jerr := json.Unmarshal(js, &back); jerr != nil {
			t.Fatalf("JSON does not read back: %v", jerr)
		}
		back.Content, back.Removed, back.BodySource = art.Content, art.Removed, art.BodySource // not in the JSON
		if !reflect.DeepEqual(&back, art) {
			t.Errorf("JSON does not round-trip:\n%+v\n%+v", back, *art)
		}
		if !utf8.Valid(js) {
			t.Errorf("JSON is not valid UTF-8: %q", js)
		}
		if err != nil {
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

// FuzzDecode checks the stages before extraction: taking a page out of its
// container and decoding it never panic, always give valid UTF-8 and a
// known encoding name, and the parsed tree respects every work cap.
func FuzzDecode(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		page, err := input.Unwrap(data)
		if err != nil {
			return
		}
		text, name, err := input.DecodeWith(page.Body, "", page.Charset)
		if err != nil {
			t.Fatalf("decode: %v", err)
		}
		if !utf8.ValidString(text) {
			t.Errorf("decoded text is not valid UTF-8: %q", text)
		}
		if _, ok := input.LookupEncoding(name); !ok {
			t.Errorf("unknown encoding name %q", name)
		}
		doc, err := input.Parse(text)
		if err != nil {
			return // refused: too complex
		}
		checkWithinCaps(t, doc.Node)
	})
}
