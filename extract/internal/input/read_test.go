package input

import (
	"bytes"
	"compress/gzip"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
)

func gzipped(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// randomBytes returns n bytes from a fixed seed: the same every run.
func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

// corruptChecksum flips a bit of a gzip stream's CRC.
func corruptChecksum(gz []byte) []byte {
	out := bytes.Clone(gz)
	out[len(out)-8] ^= 0x01
	return out
}

func utf16LE(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
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
		// The last member's size is not the whole: the first guess is short.
		{"two gzip members", append(gzipped(t, page), gzipped(t, page)...), 1 << 20, append(append([]byte{}, page...), page...), nil},
		{"empty", nil, 1 << 20, nil, ErrEmptyInput},
		{"only white space", []byte(" \n\t "), 1 << 20, nil, ErrEmptyInput},
		{"over the limit", page, 10, nil, ErrTooLarge},
		{"gzip bomb stops at the limit", bomb, 1 << 20, nil, ErrTooLarge},
		{"truncated gzip", gzipped(t, page)[:20], 1 << 20, nil, ErrCorrupt},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 1 << 20, nil, ErrBinary},
		{"random bytes", bytes.Repeat([]byte{0x01, 0x02, 0x03, 0x7f}, 100), 1 << 20, nil, ErrBinary},
		{"seeded random bytes", randomBytes(4096), 1 << 20, nil, ErrBinary},
		{"GIF", []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04"), 1 << 20, nil, ErrBinary},
		{"JPEG", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01"), 1 << 20, nil, ErrBinary},
		{"ZIP archive", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00page.html"), 1 << 20, nil, ErrBinary},
		{"gzip of an image", gzipped(t, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")), 1 << 20, nil, ErrBinary},
		{"gzip with a bad checksum", corruptChecksum(gzipped(t, page)), 1 << 20, nil, ErrCorrupt},
		{"gzip header only", []byte{0x1f, 0x8b}, 1 << 20, nil, ErrCorrupt},
		{"UTF-16 without a byte-order mark is text", utf16LE("<p>Hi</p>"), 1 << 20, utf16LE("<p>Hi</p>"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadPage(bytes.NewReader(tc.in), tc.max)
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
		{"http-equiv declaration", []byte(`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>` + "\xf0\xd2\xc9\xd7\xc5\xd4</p>"), `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>Привет</p>`, "koi8-r"},
		{"declaration after a long comment", []byte("<!--" + strings.Repeat("x", 2000) + `--><meta charset="iso-8859-2"><p>` + "\xb1</p>"), "<!--" + strings.Repeat("x", 2000) + `--><meta charset="iso-8859-2"><p>ą</p>`, "iso-8859-2"},
		{"charset in a script is no declaration", []byte(`<script>var charset = "x";</script><p>caf` + "\xe9 cr\xe8me br\xfbl\xe9e</p>"), `<script>var charset = "x";</script><p>café crème brûlée</p>`, "windows-1252"},
		{"a declared UTF-16 is read as UTF-8", []byte(`<meta charset="utf-16"><p>é</p>`), `<meta charset="utf-16"><p>é</p>`, "utf-8"},
		{"UTF-16BE without a byte-order mark", []byte("\x00<\x00p\x00>\x00H\x00i\x00!\x00!"), "<p>Hi!!", "utf-16be"},
		{"ISO-2022-JP is 7-bit but not UTF-8", []byte("<p>\x1b$BF|K\\\x1b(B</p>"), "<p>日本</p>", "iso-2022-jp"},
		{"valid UTF-8 beats a stale GB2312 declaration", []byte(`<meta charset="gb2312"><p>今天下午图书馆的新阅览室正式开放了</p>`), `<meta charset="gb2312"><p>今天下午图书馆的新阅览室正式开放了</p>`, "utf-8"},
		{"valid UTF-8 beats a stale Shift_JIS declaration", []byte(`<meta charset="shift_jis"><p>駅前の古い本屋が来月から営業を再開します</p>`), `<meta charset="shift_jis"><p>駅前の古い本屋が来月から営業を再開します</p>`, "utf-8"},
		{"valid UTF-8 beats a stale EUC-KR declaration", []byte(`<meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><p>시립 도서관이 다음 주부터 밤늦게까지 문을 엽니다</p>`), `<meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><p>시립 도서관이 다음 주부터 밤늦게까지 문을 엽니다</p>`, "utf-8"},
		{"valid UTF-8 beats a stale Big5 declaration", []byte(`<meta charset="big5"><p>市立圖書館下週起延長開放時間到晚上十點</p>`), `<meta charset="big5"><p>市立圖書館下週起延長開放時間到晚上十點</p>`, "utf-8"},
		{"an ASCII page follows its multi-byte declaration", []byte(`<meta charset="shift_jis"><p>Opening hours change next week.</p>`), `<meta charset="shift_jis"><p>Opening hours change next week.</p>`, "shift_jis"},
		{"two UTF-8 sequences do not beat a multi-byte declaration", []byte(`<meta charset="euc-jp"><p>` + "\xc3\xa9t\xc3\xa9</p>"), `<meta charset="euc-jp"><p>辿t辿</p>`, "euc-jp"},
		{"mostly UTF-8 with a broken byte", []byte("<p>Grüße aus Köln, schöne Grüße \xff</p>"), "<p>Grüße aus Köln, schöne Grüße \uFFFD</p>", "utf-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := Decode(tc.in)
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
	doc, err := Parse(page)
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
	walk(doc.Node, 0)
	if deepest > MaxDepth+8 {
		t.Errorf("tree depth %d, want at most about %d", deepest, MaxDepth)
	}
	if !strings.Contains(dom.TextOf(doc.Node), "Deep text of a page.") {
		t.Error("the deep text was lost")
	}
}

func TestDecodePrecedence(t *testing.T) {
	latin := []byte(`<meta charset="iso-8859-1"><p>` + "\xcf\xf0\xe8\xe2\xe5\xf2</p>") // "Привет" in windows-1251
	undeclared := []byte("<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>")                            // the same, declaring nothing
	for _, tc := range []struct {
		name           string
		cs             Charsets
		in             []byte
		want, encoding string
	}{
		{"the page's declaration", Charsets{}, latin, `<meta charset="iso-8859-1"><p>Ïðèâåò</p>`, "windows-1252"},
		{"the container's beats the page's", Charsets{Container: "windows-1251"}, latin, `<meta charset="iso-8859-1"><p>Привет</p>`, "windows-1251"},
		{"--encoding beats the container's", Charsets{Forced: "cp1251", Container: "koi8-r"}, latin, `<meta charset="iso-8859-1"><p>Привет</p>`, "windows-1251"},
		{"a byte-order mark beats --encoding", Charsets{Forced: "koi8-r"}, []byte("\xef\xbb\xbf<p>é</p>"), "<p>é</p>", "utf-8"},
		// The header's charset is a hint below the page's own word.
		{"the page's declaration beats the header's", Charsets{Header: "windows-1251"}, latin, `<meta charset="iso-8859-1"><p>Ïðèâåò</p>`, "windows-1252"},
		{"the header's decides an undeclared page", Charsets{Header: "windows-1251"}, undeclared, "<p>Привет</p>", "windows-1251"},
		{"undeclared, no header: detected", Charsets{}, undeclared, "<p>Привет</p>", "windows-1251"},
		{"the header's beats detection", Charsets{Header: "koi8-r"}, undeclared, "<p>оПХБЕР</p>", "koi8-r"},
		{"the container's beats the header's", Charsets{Container: "windows-1251", Header: "koi8-r"}, undeclared, "<p>Привет</p>", "windows-1251"},
		{"--encoding beats the header's", Charsets{Forced: "cp1251", Header: "koi8-r"}, undeclared, "<p>Привет</p>", "windows-1251"},
		{"a byte-order mark beats the header's", Charsets{Header: "koi8-r"}, []byte("\xef\xbb\xbf<p>é</p>"), "<p>é</p>", "utf-8"},
		{"an unknown declared label leaves the header's", Charsets{Header: "windows-1251"}, []byte(`<meta charset="none"><p>` + "\xcf\xf0\xe8\xe2\xe5\xf2</p>"), `<meta charset="none"><p>Привет</p>`, "windows-1251"},
		{"an unknown header label is ignored", Charsets{Header: "utf8mb4"}, []byte("<p>café</p>"), "<p>café</p>", "utf-8"},
		{"valid UTF-8 beats a single-byte header", Charsets{Header: "iso-8859-1"}, []byte("<p>café</p>"), "<p>café</p>", "utf-8"},
		{"valid UTF-8 beats a multi-byte header", Charsets{Header: "gb2312"}, []byte("<p>今天下午图书馆的新阅览室正式开放了</p>"), "<p>今天下午图书馆的新阅览室正式开放了</p>", "utf-8"},
		{"a page that declares is not read by its header", Charsets{Header: "shift_jis"}, []byte(`<meta charset="windows-1252"><p>café</p>`), `<meta charset="windows-1252"><p>café</p>`, "utf-8"},
		{"an ASCII page follows its header", Charsets{Header: "shift_jis"}, []byte("<p>Opening hours.</p>"), "<p>Opening hours.</p>", "shift_jis"},
		{"a UTF-8 header with bad bytes", Charsets{Header: "utf-8"}, []byte("<p>a\xffb</p>"), "<p>a\uFFFDb</p>", "utf-8"},
		// Text that came as a JSON string is Unicode: its <meta> says nothing.
		{"decoded text is not read by its declaration", Charsets{Decoded: true}, []byte(`<meta charset="shift_jis"><p>駅前</p>`), `<meta charset="shift_jis"><p>駅前</p>`, "utf-8"},
		{"decoded text is not read by its header", Charsets{Decoded: true, Header: "koi8-r"}, []byte("<p>Привет</p>"), "<p>Привет</p>", "utf-8"},
		{"an MHTML part's charset beats decoded text", Charsets{Decoded: true, Container: "windows-1251"}, undeclared, "<p>Привет</p>", "windows-1251"},
		{"--encoding beats decoded text", Charsets{Decoded: true, Forced: "cp1251"}, undeclared, "<p>Привет</p>", "windows-1251"},
		{"zero bytes beat the header's", Charsets{Header: "windows-1252"}, []byte("\x00<\x00p\x00>\x00H\x00i\x00!\x00!"), "<p>Hi!!", "utf-16be"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := DecodeWith(tc.in, tc.cs)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want || enc != tc.encoding {
				t.Errorf("got %q (%s), want %q (%s)", got, enc, tc.want, tc.encoding)
			}
		})
	}
	if _, _, err := DecodeWith(latin, Charsets{Forced: "no-such-encoding"}); !errors.Is(err, ErrUnknownEncoding) {
		t.Errorf("unknown --encoding: err = %v, want ErrUnknownEncoding", err)
	}
}

// The detector runs its recognisers concurrently; its answer must still be
// the same every time (a Latin-1 page scores the same for several
// windows-125x encodings).
func TestDetectEncodingIsDeterministic(t *testing.T) {
	data := []byte("<script>var charset = \"x\";</script><p>caf\xe9 cr\xe8me br\xfbl\xe9e</p>")
	_, first := detectEncoding(data)
	for range 200 {
		if _, name := detectEncoding(data); name != first {
			t.Fatalf("detectEncoding gave %s, then %s", first, name)
		}
	}
}
