package warc_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc/v3"
	"github.com/pith-cli/pith/extract"
	"github.com/pith-cli/pith/warc"
	"github.com/pith-cli/pith/warc/warctest"
)

const page = "<!doctype html><html><head><title>T</title></head><body><p>Hello</p></body></html>"

// sample is a WARC's worth of records of every kind the reader tells apart,
// with whether each is a page.
var sample = []struct {
	rec    warctest.Record
	isPage bool
}{
	{warctest.Warcinfo(), false},
	{warctest.Request("http://a.invalid/"), false},
	{warctest.Response("http://a.invalid/", 200, "text/html; charset=utf-8", []byte(page)), true},
	{warctest.Response("http://a.invalid/missing", 404, "text/html", []byte(page)), false},
	{warctest.Response("http://a.invalid/moved", 301, "text/html", nil, "Location: /"), false},
	{warctest.Response("http://a.invalid/logo.png", 200, "image/png", []byte("\x89PNG\r\n\x1a\n")), false},
	{warctest.Response("http://a.invalid/x", 204, "application/xhtml+xml", []byte(page)), true},
	{warctest.Response("http://a.invalid/nocharset", 200, "", []byte(page)), false},
	{warctest.Resource("file:///saved.html", "text/html; charset=windows-1252", []byte("caf\xe9")), true},
	{warctest.Resource("file:///notes.txt", "text/plain", []byte("notes")), false},
	{warctest.Record{Type: "metadata", TargetURI: "http://a.invalid/", ContentType: "application/warc-fields", Block: []byte("via: x\r\n")}, false},
}

// build writes recs to a WARC, gzipped per record or plain, and returns its
// bytes and each record's offset as the writer saw it.
func build(t testing.TB, gz bool, recs ...warctest.Record) ([]byte, []int64) {
	t.Helper()
	var b bytes.Buffer
	w := warctest.NewWriter(&b, gz)
	var offsets []int64
	for _, r := range recs {
		off, err := w.Write(r)
		if err != nil {
			t.Fatal(err)
		}
		offsets = append(offsets, off)
	}
	return b.Bytes(), offsets
}

func sampleRecords() []warctest.Record {
	var recs []warctest.Record
	for _, s := range sample {
		recs = append(recs, s.rec)
	}
	return recs
}

// readAll reads every record, returning each one's fields and body.
func readAll(t *testing.T, data []byte, opts warc.Options) ([]warc.Record, []string) {
	t.Helper()
	r := warc.NewReader(bytes.NewReader(data), opts)
	var recs []warc.Record
	var bodies []string
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return recs, bodies
		}
		if err != nil {
			t.Fatalf("record %d: %v", len(recs), err)
		}
		body, err := io.ReadAll(rec.Body)
		if err != nil {
			t.Fatalf("record %d body: %v", len(recs), err)
		}
		recs = append(recs, *rec)
		bodies = append(bodies, string(body))
	}
}

func forBoth(t *testing.T, f func(t *testing.T, gz bool)) {
	for _, gz := range []bool{false, true} {
		t.Run(map[bool]string{false: "plain", true: "gzip"}[gz], func(t *testing.T) { f(t, gz) })
	}
}

func TestRecords(t *testing.T) {
	forBoth(t, func(t *testing.T, gz bool) {
		data, offsets := build(t, gz, sampleRecords()...)
		recs, bodies := readAll(t, data, warc.Options{})
		if len(recs) != len(sample) {
			t.Fatalf("read %d records, wrote %d", len(recs), len(sample))
		}
		for i, rec := range recs {
			want := sample[i].rec
			if rec.Offset != offsets[i] {
				t.Errorf("record %d: offset %d, want %d", i, rec.Offset, offsets[i])
			}
			if rec.Type != want.Type || rec.TargetURI != want.TargetURI || rec.Version != "WARC/1.1" {
				t.Errorf("record %d: %s %q %s, want %s %q", i, rec.Type, rec.TargetURI, rec.Version, want.Type, want.TargetURI)
			}
			if wantID := fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", i+1); rec.ID != wantID {
				t.Errorf("record %d: ID %q, want %q", i, rec.ID, wantID)
			}
			if rec.Date != "2026-01-02T03:04:05Z" {
				t.Errorf("record %d: date %q", i, rec.Date)
			}
			if rec.IsPage() != sample[i].isPage {
				t.Errorf("record %d (%s %d %q): IsPage %v", i, rec.Type, rec.Status, rec.ContentType, rec.IsPage())
			}
			if rec.Type == "response" {
				if !strings.HasSuffix(string(want.Block), bodies[i]) || !strings.HasPrefix(string(want.Block), fmt.Sprintf("HTTP/1.1 %d ", rec.Status)) {
					t.Errorf("record %d: status %d body %q", i, rec.Status, bodies[i])
				}
			} else if rec.Type != "request" && bodies[i] != string(want.Block) {
				t.Errorf("record %d: body %q, want %q", i, bodies[i], want.Block)
			}
		}
		if got := recs[2].Charset(); got != "utf-8" {
			t.Errorf("response charset %q", got)
		}
		if got := recs[8].Charset(); got != "windows-1252" {
			t.Errorf("resource charset %q", got)
		}
		if recs[4].HTTPHeader.Get("location") != "/" {
			t.Errorf("HTTP header: %v", recs[4].HTTPHeader)
		}
	})
}

// Seeking to a record's offset and reading from there gives that record.
func TestOffsetsReread(t *testing.T) {
	forBoth(t, func(t *testing.T, gz bool) {
		data, _ := build(t, gz, sampleRecords()...)
		recs, bodies := readAll(t, data, warc.Options{})
		for i, rec := range recs {
			again, err := warc.NewReader(bytes.NewReader(data[rec.Offset:]), warc.Options{}).Next()
			if err != nil {
				t.Fatalf("record %d at %d: %v", i, rec.Offset, err)
			}
			body, _ := io.ReadAll(again.Body)
			if again.ID != rec.ID || string(body) != bodies[i] {
				t.Errorf("record %d at %d: read again as %s", i, rec.Offset, again.ID)
			}
		}
	})
}

// gowarc's own reader finds the same records at the same offsets.
func TestOffsetsAgreeWithGowarc(t *testing.T) {
	forBoth(t, func(t *testing.T, gz bool) {
		data, _ := build(t, gz, sampleRecords()...)
		recs, _ := readAll(t, data, warc.Options{})
		gr, err := gowarc.NewWarcFileReaderFromStream(bytes.NewReader(data), 0)
		if err != nil {
			t.Fatal(err)
		}
		defer gr.Close()
		i := 0
		for g, err := range gr.Records() {
			if err != nil {
				t.Fatal(err)
			}
			if i >= len(recs) {
				t.Fatalf("gowarc reads more than %d records", len(recs))
			}
			if id := strings.Trim(g.WarcRecord.RecordId(), "<>"); g.Offset != recs[i].Offset || id != recs[i].ID {
				t.Errorf("record %d: gowarc %s at %d, warc %s at %d", i, id, g.Offset, recs[i].ID, recs[i].Offset)
			}
			g.Close()
			i++
		}
		if i != len(recs) {
			t.Errorf("gowarc read %d records, warc %d", i, len(recs))
		}
	})
}

// The HTTP charset is a hint extract takes below the page's own
// declaration: a record's page is read as the same page saved alone would
// be, unless it declares nothing.
func TestHTTPCharsetIsAHint(t *testing.T) {
	const cp1251 = "\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0" // "Привет мир" in windows-1251
	for _, tc := range []struct {
		name, contentType, body, charset, encoding string
	}{
		{"undeclared", "text/html; charset=KOI8-R", "<p>" + cp1251, "KOI8-R", "koi8-r"},
		{"no HTTP charset: detected", "text/html", "<p>" + cp1251, "", "windows-1251"},
		{"quoted", `text/html; charset="shift_jis"`, "<p>\x93\xfa\x96\x7b", "shift_jis", "shift_jis"},
		{"meta charset", "text/html; charset=windows-1251", `<meta charset="koi8-r"><p>` + cp1251, "windows-1251", "koi8-r"},
		{"http-equiv", "text/html; charset=windows-1251", `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=koi8-r"><p>` + cp1251, "windows-1251", "koi8-r"},
		{"meta after body", "text/html; charset=koi8-r", `<body><meta charset="windows-1251"><p>` + cp1251, "koi8-r", "koi8-r"},
		{"BOM", "text/html; charset=iso-8859-1", "\xef\xbb\xbf<p>caf\xc3\xa9", "iso-8859-1", "utf-8"},
		{"valid UTF-8", "text/html; charset=iso-8859-1", "<p>caf\xc3\xa9", "iso-8859-1", "utf-8"},
		{"sloppy header", "text/html;; charset=euc-kr", "<p>x", "euc-kr", "euc-kr"},
		{"unknown label", "text/html; charset=none", "<p>x", "none", "utf-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, _ := build(t, false, warctest.Response("http://a.invalid/", 200, tc.contentType, []byte(tc.body)))
			rec, err := warc.NewReader(bytes.NewReader(data), warc.Options{}).Next()
			if err != nil {
				t.Fatal(err)
			}
			if got := rec.Charset(); got != tc.charset {
				t.Errorf("Charset() = %q, want %q", got, tc.charset)
			}
			art, err := extract.Extract(rec.Body, extract.Options{HeaderCharset: rec.Charset()})
			if art == nil {
				t.Fatal(err)
			}
			if art.Encoding != tc.encoding {
				t.Errorf("read in %s, want %s", art.Encoding, tc.encoding)
			}
		})
	}
}

func gzipped(s string) string {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte(s))
	z.Close()
	return b.String()
}

func chunked(s string, size int) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(size, len(s))
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, s[:n])
		s = s[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

// rawResponse is a response record whose HTTP message is written as given.
func rawResponse(http string) warctest.Record {
	return warctest.Record{Type: "response", TargetURI: "http://a.invalid/", Block: []byte(http)}
}

func TestHTTPCodings(t *testing.T) {
	for _, tc := range []struct{ name, http string }{
		{"chunked", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(page, 10)},
		{"gzip", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gzipped(page)},
		{"chunked gzip", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(gzipped(page), 7)},
		{"stored decoded", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" + page},
		{"chunked without last chunk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + strings.TrimSuffix(chunked(page, 16), "0\r\n\r\n")},
		{"LF only", "HTTP/1.0 200 OK\nContent-Type: text/html\n\n" + page},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, _ := build(t, true, rawResponse(tc.http))
			_, bodies := readAll(t, data, warc.Options{})
			if len(bodies) != 1 || bodies[0] != page {
				t.Errorf("bodies %q", bodies)
			}
		})
	}
	data, _ := build(t, false, rawResponse("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx"))
	rec, err := warc.NewReader(bytes.NewReader(data), warc.Options{}).Next()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAll(rec.Body); !errors.Is(err, warc.ErrCoding) {
		t.Errorf("brotli body: %v, want ErrCoding", err)
	}
}

// A record whose HTTP message is broken is reported alone: the records
// after it are read.
func TestBadHTTPMessage(t *testing.T) {
	data, _ := build(t, true,
		rawResponse("HTTP/1.1 OK\r\n\r\n"+page),
		rawResponse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"),
		warctest.Response("http://b.invalid/", 200, "text/html", []byte(page)))
	r := warc.NewReader(bytes.NewReader(data), warc.Options{})
	for i := range 2 {
		rec, err := r.Next()
		if rec == nil || !errors.Is(err, warc.ErrHTTP) || rec.IsPage() {
			t.Fatalf("record %d: %v, %v; want a record and ErrHTTP", i, rec, err)
		}
	}
	rec, err := r.Next()
	if err != nil || rec.TargetURI != "http://b.invalid/" || !rec.IsPage() {
		t.Fatalf("record after the bad ones: %v, %v", rec, err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("at the end: %v", err)
	}
}

func TestMaxPayload(t *testing.T) {
	forBoth(t, func(t *testing.T, gz bool) {
		big := strings.Repeat("x", 100)
		data, _ := build(t, gz,
			warctest.Response("http://a.invalid/big", 200, "text/html", []byte(big)),
			warctest.Response("http://a.invalid/fits", 200, "text/html", []byte(big[:50])))
		r := warc.NewReader(bytes.NewReader(data), warc.Options{MaxPayload: 50})
		rec, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rec.Body)
		if !errors.Is(err, warc.ErrTooLarge) || len(body) > 50 {
			t.Errorf("big body: %d bytes, %v", len(body), err)
		}
		rec, err = r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if body, err := io.ReadAll(rec.Body); err != nil || len(body) != 50 {
			t.Errorf("body at the limit: %d bytes, %v", len(body), err)
		}
	})
}

// Every cut of a file either reads whole records and stops with an error
// wrapping ErrTruncated, or ends where a record ends.
func TestTruncated(t *testing.T) {
	forBoth(t, func(t *testing.T, gz bool) {
		data, offsets := build(t, gz, sampleRecords()...)
		// Cuts that leave every record whole: at a record's end, or (plain)
		// inside or before the blank lines that end it.
		whole := map[int]bool{}
		for _, end := range append(offsets[1:], int64(len(data))) {
			whole[int(end)] = true
			for k := 1; !gz && k <= 4; k++ {
				whole[int(end)-k] = true
			}
		}
		for cut := 1; cut < len(data); cut++ {
			r := warc.NewReader(bytes.NewReader(data[:cut]), warc.Options{})
			var err error
			for n := 0; err == nil; n++ {
				var rec *warc.Record
				rec, err = r.Next()
				if err == nil {
					_, err = io.Copy(io.Discard, rec.Body)
				}
				if rec != nil && errors.Is(err, warc.ErrHTTP) {
					err = nil
				}
			}
			switch {
			case err == io.EOF:
				if !whole[cut] {
					t.Errorf("cut at %d: read to the end without an error", cut)
				}
			case !errors.Is(err, warc.ErrTruncated) && !errors.Is(err, io.ErrUnexpectedEOF):
				t.Errorf("cut at %d: %v, want ErrTruncated", cut, err)
			case !strings.Contains(err.Error(), "offset"):
				t.Errorf("cut at %d: %v does not say where", cut, err)
			}
		}
	})
}

func TestNotWARC(t *testing.T) {
	for _, in := range []string{page, "WARC/2.0\r\n\r\n", "WARC/1.1\r\nno colon here\r\n\r\n",
		"WARC/1.1\r\nContent-Length: ten\r\n\r\n", "WARC/1.1\r\nWARC-Type: resource\r\n\r\n",
		gzipped(page), "\x1f\x8b\x08garbage", "WARC/1.1\r\n" + strings.Repeat("x", 70000)} {
		r := warc.NewReader(strings.NewReader(in), warc.Options{})
		rec, err := r.Next()
		if rec != nil || err == nil || err == io.EOF {
			t.Errorf("%.30q: %v, %v; want an error", in, rec, err)
		}
		if _, again := r.Next(); again == nil || again.Error() != err.Error() {
			t.Errorf("%.30q: the next call gives %v, want %v again", in, again, err)
		}
	}
	if _, err := warc.NewReader(strings.NewReader(page), warc.Options{}).Next(); !errors.Is(err, warc.ErrFormat) {
		t.Errorf("HTML: %v, want ErrFormat", err)
	}
	if _, err := warc.NewReader(strings.NewReader(""), warc.Options{}).Next(); err != io.EOF {
		t.Errorf("empty input: %v, want io.EOF", err)
	}
}

func TestGzipChecksum(t *testing.T) {
	data, offsets := build(t, true, sampleRecords()[:3]...)
	bad := bytes.Clone(data)
	bad[offsets[2]-5] ^= 0xff // the second record's CRC
	r := warc.NewReader(bytes.NewReader(bad), warc.Options{})
	var err error
	for err == nil {
		_, err = r.Next()
	}
	var werr *warc.Error
	if !errors.As(err, &werr) || werr.Offset != offsets[1] {
		t.Errorf("a bad CRC: %v, want a *warc.Error at offset %d", err, offsets[1])
	}
}

// A whole file gzipped at once still reads, every record at offset 0.
func TestOneGzipMember(t *testing.T) {
	data, _ := build(t, false, sampleRecords()...)
	recs, _ := readAll(t, []byte(gzipped(string(data))), warc.Options{})
	if len(recs) != len(sample) || recs[len(recs)-1].Offset != 0 {
		t.Errorf("%d records", len(recs))
	}
}

// Skipping a record reads it once without keeping it: a 256 MiB image
// between two pages costs no more memory than a small one.
func TestSkipIsStreamed(t *testing.T) {
	head, _ := build(t, false, warctest.Response("http://a.invalid/", 200, "text/html", []byte(page)))
	const size = 256 << 20
	img := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: %d\r\n\r\n", size)
	httpHead := "HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n\r\n"
	in := io.MultiReader(bytes.NewReader(head), strings.NewReader(img+httpHead),
		io.LimitReader(zeros{}, int64(size-len(httpHead))), strings.NewReader("\r\n\r\n"), bytes.NewReader(head))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r := warc.NewReader(in, warc.Options{})
	n := 0
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
		if rec.IsPage() {
			io.Copy(io.Discard, rec.Body)
		}
	}
	runtime.ReadMemStats(&after)
	if n != 3 {
		t.Errorf("%d records, want 3", n)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Errorf("allocated %d bytes to read past a %d-byte record", alloc, size)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func TestIsWARC(t *testing.T) {
	plain, _ := build(t, false, warctest.Warcinfo())
	gz, _ := build(t, true, warctest.Response("http://a.invalid/", 200, "text/html", []byte(strings.Repeat(page, 100))))
	gz = gz[:len(gz)/2] // a head, as pith sniffs
	for _, tc := range []struct {
		head string
		want bool
	}{
		{string(plain), true}, {string(gz), true},
		{"WARC/1.0\r\n", true}, {page, false}, {gzipped(page), false}, {"", false},
		{"WARC/", false}, {"\x1f\x8b", false}, {gzipped("WARC/"), false},
	} {
		if got := warc.IsWARC([]byte(tc.head)); got != tc.want {
			t.Errorf("IsWARC(%.20q) = %v", tc.head, got)
		}
	}
}

func TestSourceAndOrigin(t *testing.T) {
	data, offsets := build(t, true, sampleRecords()[:3]...)
	recs, _ := readAll(t, data, warc.Options{})
	rec := recs[2]
	if got, want := rec.Source("crawl.warc.gz"), fmt.Sprintf("crawl.warc.gz#%d", offsets[2]); got != want {
		t.Errorf("Source %q, want %q", got, want)
	}
	o := rec.Origin("crawl.warc.gz")
	if o.File != "crawl.warc.gz" || o.Offset != offsets[2] || o.RecordID != rec.ID || o.Date != rec.Date {
		t.Errorf("Origin %+v", o)
	}
}
