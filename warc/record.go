package warc

import (
	"bytes"
	"compress/gzip"
	"io"
	"mime"
	"strconv"
	"strings"
)

// Record is one WARC record. Its fields hold the header as written; Body
// reads its payload until the Reader moves on.
type Record struct {
	// Offset is where the record starts in the file: the offset of its gzip
	// member in a .warc.gz. A gzip member holding several records (a whole
	// file gzipped at once) gives each of them the member's offset.
	Offset int64
	// Version is the record's first line, such as "WARC/1.1".
	Version string
	// Type is WARC-Type in lower case: "response", "resource", "request",
	// "warcinfo", "metadata", "revisit", "conversion" or "continuation".
	Type string
	// ID is WARC-Record-ID without its angle brackets
	// ("urn:uuid:…").
	ID string
	// Date is WARC-Date as written (ISO 8601, "2024-01-02T03:04:05Z").
	Date string
	// TargetURI is WARC-Target-URI, without angle brackets when a writer
	// added them.
	TargetURI string
	// Length is the block's Content-Length.
	Length int64
	// Header holds every WARC header field, in order.
	Header Fields

	// Status is the HTTP status of a response record; 0 for other records.
	Status int
	// HTTPHeader holds a response record's HTTP header fields.
	HTTPHeader Fields
	// ContentType is the payload's media type with its parameters: a
	// response's HTTP Content-Type, or a resource record's own.
	ContentType string

	// Body is the payload: a response's HTTP body, decoded, or a resource's
	// block. It is readable until the next call to Reader.Next, and fails
	// past Options.MaxPayload with an error wrapping ErrTooLarge.
	Body io.Reader
}

// Field is one header field.
type Field struct{ Name, Value string }

// Fields are a header's fields in the order written.
type Fields []Field

// Get returns the value of the first field named name, in any case, or "".
func (f Fields) Get(name string) string {
	for _, fl := range f {
		if strings.EqualFold(fl.Name, name) {
			return fl.Value
		}
	}
	return ""
}

// MediaType returns the payload's media type in lower case, without
// parameters ("text/html"), or "" when none is given.
func (r *Record) MediaType() string {
	t, _, _ := strings.Cut(r.ContentType, ";")
	return strings.ToLower(strings.TrimSpace(t))
}

// IsPage reports whether the record holds a page pith extracts: a response
// with a 2xx HTTP status or a resource, whose payload is HTML (text/html or
// application/xhtml+xml). Callers count the other records as skipped.
func (r *Record) IsPage() bool {
	switch r.Type {
	case "response":
		if r.Status < 200 || r.Status > 299 {
			return false
		}
	case "resource":
	default:
		return false
	}
	mt := r.MediaType()
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// Charset returns the charset parameter of the payload's Content-Type as
// written ("" when there is none). It is what extract takes as
// Options.HeaderCharset: a hint below the page's own declaration, which
// extract reads.
func (r *Record) Charset() string {
	if _, params, err := mime.ParseMediaType(r.ContentType); err == nil {
		return strings.TrimSpace(params["charset"])
	}
	// Servers write Content-Types that mime rejects ("text/html;;charset=x").
	lower := strings.ToLower(r.ContentType)
	i := strings.Index(lower, "charset=")
	if i < 0 {
		return ""
	}
	v := r.ContentType[i+len("charset="):]
	if end := strings.IndexAny(v, "; \t"); end >= 0 {
		v = v[:end]
	}
	return strings.Trim(v, `"'`)
}

// Source names the record as pith's output does: FILE#OFFSET.
func (r *Record) Source(file string) string {
	return file + "#" + strconv.FormatInt(r.Offset, 10)
}

// Origin is a record's identity in pith's JSON output, the "warc" object.
type Origin struct {
	File     string `json:"file"`
	Offset   int64  `json:"offset"`
	RecordID string `json:"record_id,omitempty"`
	Date     string `json:"date,omitempty"`
}

// Origin returns the record's identity, file being the WARC's name as the
// user gave it.
func (r *Record) Origin(file string) Origin {
	return Origin{File: file, Offset: r.Offset, RecordID: r.ID, Date: r.Date}
}

// IsWARC reports whether head, the first bytes of a file, starts a WARC
// file: "WARC/1." plain, or a gzip member that decompresses to it.
func IsWARC(head []byte) bool {
	magic := []byte("WARC/1.")
	if bytes.HasPrefix(head, magic) {
		return true
	}
	if len(head) < 2 || head[0] != 0x1f || head[1] != 0x8b {
		return false
	}
	z, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	buf := make([]byte, len(magic))
	n, _ := io.ReadFull(z, buf)
	return bytes.Equal(buf[:n], magic)
}
