package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func gzipped(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func TestReadPage(t *testing.T) {
	page := []byte("<html><body><p>Hello</p></body></html>")
	bomb := gzipped(t, bytes.Repeat([]byte("<p>aaaa</p>"), 1<<20)) // 11 MiB inflated, a few KiB on disk
	for _, tc := range []struct {
		name    string
		in      []byte
		max     int64
		want    []byte
		wantErr error
	}{
		{"plain page", page, 1 << 20, page, nil},
		{"gzip whatever the name", gzipped(t, page), 1 << 20, page, nil},
		{"empty", nil, 1 << 20, nil, ErrEmptyInput},
		{"only white space", []byte(" \n\t "), 1 << 20, nil, ErrEmptyInput},
		{"over the limit", page, 10, nil, ErrTooLarge},
		{"gzip bomb stops at the limit", bomb, 1 << 20, nil, ErrTooLarge},
		{"truncated gzip", gzipped(t, page)[:20], 1 << 20, nil, ErrCorrupt},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 1 << 20, nil, ErrBinary},
		{"random bytes", bytes.Repeat([]byte{0x01, 0x02, 0x03, 0x7f}, 100), 1 << 20, nil, ErrBinary},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readPage(bytes.NewReader(tc.in), tc.max)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if !bytes.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in       []byte
		want     string
		encoding string
	}{
		{"undeclared UTF-8", []byte("<p>Grüße</p>"), "<p>Grüße</p>", "utf-8"},
		{"UTF-8 BOM", []byte("\xef\xbb\xbf<p>é</p>"), "<p>é</p>", "utf-8"},
		{"UTF-16LE BOM", []byte("\xff\xfe<\x00p\x00>\x00\xe9\x00"), "<p>é", "utf-16le"},
		{"declared latin-1", []byte(`<meta charset="iso-8859-1"><p>caf` + "\xe9</p>"), `<meta charset="iso-8859-1"><p>café</p>`, "windows-1252"},
		{"valid UTF-8 beats a stale single-byte declaration", []byte(`<meta charset="windows-1252"><p>café</p>`), `<meta charset="windows-1252"><p>café</p>`, "utf-8"},
		{"declared Shift_JIS", []byte(`<meta charset="shift_jis"><p>` + "\x93\xfa\x96\x7b</p>"), `<meta charset="shift_jis"><p>日本</p>`, "shift_jis"},
		{"undeclared invalid UTF-8 falls back", []byte("<p>caf\xe9</p>"), "<p>café</p>", "windows-1252"},
		{"declared UTF-8 with bad bytes", []byte("<meta charset=utf-8><p>a\xffb</p>"), "<meta charset=utf-8><p>a\uFFFDb</p>", "utf-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := decode(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want || enc != tc.encoding {
				t.Errorf("got %q (%s), want %q (%s)", got, enc, tc.want, tc.encoding)
			}
		})
	}
}

func TestDeepNestingIsFlattened(t *testing.T) {
	depth := 100_000
	page := "<html><body>" + strings.Repeat("<div>", depth) + "<p>" + strings.Repeat("Deep text of a page. ", 20) + "</p>" +
		strings.Repeat("</div>", depth) + "</body></html>"
	doc, err := parse(page)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	deepest := 0
	var walk func(n *html.Node, d int)
	walk = func(n *html.Node, d int) {
		deepest = max(deepest, d)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, d+1)
		}
	}
	walk(doc.node, 0)
	if deepest > maxDepth+8 {
		t.Errorf("tree depth %d, want at most about %d", deepest, maxDepth)
	}
	if !strings.Contains(textOf(doc.node), "Deep text of a page.") {
		t.Error("the deep text was lost")
	}
}
