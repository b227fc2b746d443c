// Package warctest writes small WARC files for tests and tools, plain or
// gzipped per record, with github.com/nlnwa/gowarc/v3's record builder and
// marshaler: files written by an implementation independent of the reader
// in package warc.
package warctest

import (
	"compress/gzip"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// Record is one record to write.
type Record struct {
	// Type is WARC-Type: "response", "resource", "request", "warcinfo",
	// "metadata", "revisit".
	Type string
	// TargetURI is WARC-Target-URI; "" for none.
	TargetURI string
	// ID is WARC-Record-ID without angle brackets; "" for one made up by
	// the Writer (urn:uuid:…, counting from one).
	ID string
	// Date is WARC-Date; zero for 2026-01-02T03:04:05Z.
	Date time.Time
	// ContentType is the WARC Content-Type; "" for the type's usual one
	// (application/http for responses and requests).
	ContentType string
	// Block is the record's content block as written: for a response, the
	// HTTP status line, headers and body.
	Block []byte
}

// Response returns a response record of an HTTP message with status,
// Content-Type contentType (none when "") and body. Each extra header is
// one "Name: value" line.
func Response(uri string, status int, contentType string, body []byte, header ...string) Record {
	block := fmt.Appendf(nil, "HTTP/1.1 %d %s\r\n", status, statusText(status))
	if contentType != "" {
		block = fmt.Appendf(block, "Content-Type: %s\r\n", contentType)
	}
	for _, h := range header {
		block = fmt.Appendf(block, "%s\r\n", h)
	}
	block = fmt.Appendf(block, "Content-Length: %d\r\n\r\n", len(body))
	block = append(block, body...)
	return Record{Type: "response", TargetURI: uri, Block: block}
}

// Resource returns a resource record: the body with its own media type.
func Resource(uri, contentType string, body []byte) Record {
	return Record{Type: "resource", TargetURI: uri, ContentType: contentType, Block: body}
}

// Request returns a GET request record for uri.
func Request(uri string) Record {
	return Record{Type: "request", TargetURI: uri, Block: []byte("GET / HTTP/1.1\r\nHost: example.invalid\r\n\r\n")}
}

// Warcinfo returns the warcinfo record that starts most WARC files.
func Warcinfo() Record {
	return Record{Type: "warcinfo", ContentType: "application/warc-fields",
		Block: []byte("software: pith warctest\r\nformat: WARC File Format 1.1\r\n")}
}

func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 301:
		return "Moved Permanently"
	case 404:
		return "Not Found"
	}
	return "Status"
}

var recordTypes = map[string]gowarc.RecordType{
	"warcinfo": gowarc.Warcinfo, "response": gowarc.Response, "resource": gowarc.Resource,
	"request": gowarc.Request, "metadata": gowarc.Metadata, "revisit": gowarc.Revisit,
	"conversion": gowarc.Conversion, "continuation": gowarc.Continuation,
}

// Writer writes records to one WARC file.
type Writer struct {
	w        countingWriter
	gzip     bool
	z        *gzip.Writer
	n        int
	marshal  gowarc.Marshaler
	defaults time.Time
}

// NewWriter returns a Writer to w; with gz, each record is its own gzip
// member, as in a .warc.gz.
func NewWriter(w io.Writer, gz bool) *Writer {
	return &Writer{
		w:        countingWriter{w: w},
		gzip:     gz,
		marshal:  gowarc.NewMarshaler(),
		defaults: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
	}
}

// Write writes one record and returns the offset where it starts.
func (w *Writer) Write(rec Record) (int64, error) {
	typ, ok := recordTypes[rec.Type]
	if !ok {
		return 0, fmt.Errorf("warctest: unknown record type %q", rec.Type)
	}
	w.n++
	b := gowarc.NewRecordBuilder(typ, gowarc.WithNoValidation())
	id := rec.ID
	if id == "" {
		id = fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", w.n)
	}
	b.AddWarcHeader(gowarc.WarcRecordID, "<"+id+">")
	date := rec.Date
	if date.IsZero() {
		date = w.defaults
	}
	b.AddWarcHeader(gowarc.WarcDate, date.UTC().Format(time.RFC3339))
	if rec.TargetURI != "" {
		b.AddWarcHeader(gowarc.WarcTargetURI, rec.TargetURI)
	}
	ct := rec.ContentType
	if ct == "" && (rec.Type == "response" || rec.Type == "revisit") {
		ct = "application/http; msgtype=response"
	} else if ct == "" && rec.Type == "request" {
		ct = "application/http; msgtype=request"
	}
	if ct != "" {
		b.AddWarcHeader(gowarc.ContentType, ct)
	}
	b.AddWarcHeader(gowarc.ContentLength, strconv.Itoa(len(rec.Block)))
	if _, err := b.Write(rec.Block); err != nil {
		return 0, err
	}
	r, _, err := b.Build()
	if err != nil {
		return 0, err
	}
	defer r.Close()

	offset := w.w.n
	if !w.gzip {
		_, _, err = w.marshal.Marshal(&w.w, r, 0)
		return offset, err
	}
	if w.z == nil {
		w.z = gzip.NewWriter(&w.w)
	} else {
		w.z.Reset(&w.w)
	}
	if _, _, err := w.marshal.Marshal(w.z, r, 0); err != nil {
		return 0, err
	}
	return offset, w.z.Close()
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
