package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// readHTTP reads a response record's status line and headers from r.blk
// and returns its payload with the transfer and content codings undone.
// net/http is not used: it would bring its server and client into every
// binary that reads WARC, for a status line and a header block.
func (r *Reader) readHTTP(rec *Record) (io.Reader, error) {
	line, err := readLine(r.blk)
	if err != nil {
		return nil, httpError(err)
	}
	proto, rest, _ := bytes.Cut(line, []byte(" "))
	code, _, _ := bytes.Cut(bytes.TrimLeft(rest, " "), []byte(" "))
	status, err := strconv.Atoi(string(code))
	if !bytes.HasPrefix(proto, []byte("HTTP/")) || err != nil || status < 100 || status > 999 {
		return nil, fmt.Errorf("status line %.40q", line)
	}
	fields, err := readFields(r.blk)
	if err != nil {
		return nil, httpError(err)
	}
	rec.Status = status
	rec.HTTPHeader = fields
	rec.ContentType = fields.Get("Content-Type")

	var payload io.Reader = r.blk
	if hasToken(fields.Get("Transfer-Encoding"), "chunked") && looksChunked(r.blk) {
		payload = &chunkedReader{r: r.blk}
	}
	coding := strings.ToLower(strings.TrimSpace(fields.Get("Content-Encoding")))
	switch coding {
	case "", "identity", "none":
		return payload, nil
	case "gzip", "x-gzip", "deflate":
		return &decoder{r: r, src: payload, coding: coding}, nil
	}
	return errReader{fmt.Errorf("warc: %w: %q", ErrCoding, coding)}, nil
}

// httpError turns the framing errors of a header read into the record's
// own: the WARC block around it is intact.
func httpError(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("the block ends inside the HTTP header")
	}
	return err
}

// hasToken reports whether a comma-separated header value holds token.
func hasToken(value, token string) bool {
	for v := range strings.SplitSeq(value, ",") {
		if strings.EqualFold(strings.TrimSpace(v), token) {
			return true
		}
	}
	return false
}

// looksChunked reports whether the payload starts with a chunk-size line:
// some archivers store the body de-chunked but keep the header.
func looksChunked(b *bufio.Reader) bool {
	head, _ := b.Peek(18)
	i := 0
	for i < len(head) && isHex(head[i]) {
		i++
	}
	return i > 0 && i < len(head) && (head[i] == '\r' || head[i] == '\n' || head[i] == ';' || head[i] == ' ')
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// chunkedReader undoes HTTP/1.1 chunked transfer coding. Trailers after the
// last chunk are left unread.
type chunkedReader struct {
	r    *bufio.Reader
	n    int64 // bytes left in the current chunk
	done bool
	err  error
}

func (c *chunkedReader) Read(p []byte) (int, error) {
	for c.n == 0 && !c.done && c.err == nil {
		c.err = c.nextChunk()
	}
	if c.err != nil {
		return 0, c.err
	}
	if c.done {
		return 0, io.EOF
	}
	if int64(len(p)) > c.n {
		p = p[:c.n]
	}
	n, err := c.r.Read(p)
	c.n -= int64(n)
	if err == io.EOF {
		err = nil
		if c.n > 0 {
			// A cut-off last chunk: give what there is, as browsers do.
			c.done = true
		}
	}
	return n, err
}

// nextChunk reads the CRLF ending the previous chunk, if any, and the next
// chunk-size line.
func (c *chunkedReader) nextChunk() error {
	line, err := readLine(c.r)
	if err == nil && len(line) == 0 {
		line, err = readLine(c.r) // the CRLF after a chunk's data
	}
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			c.done = true // no last-chunk: the body ends with the block
			return nil
		}
		return fmt.Errorf("warc: chunked body: %w", err)
	}
	size, _, _ := bytes.Cut(line, []byte(";"))
	n, err := strconv.ParseInt(string(bytes.TrimSpace(size)), 16, 64)
	if err != nil || n < 0 {
		return fmt.Errorf("warc: chunked body: chunk size %.20q", line)
	}
	if n == 0 {
		c.done = true
	}
	c.n = n
	return nil
}

// decoder undoes a gzip or deflate content coding on the first read, so a
// record that is skipped never starts a decompressor. A payload that does
// not start as its coding says is given as it is: archivers sometimes store
// the decoded body under the original header.
type decoder struct {
	r      *Reader
	src    io.Reader
	coding string
	out    io.Reader
}

func (d *decoder) Read(p []byte) (int, error) {
	if d.out == nil {
		if err := d.start(); err != nil {
			d.out = errReader{err}
		}
	}
	return d.out.Read(p)
}

func (d *decoder) start() error {
	r := d.r
	if r.cin == nil {
		r.cin = bufio.NewReaderSize(d.src, 4<<10)
	} else {
		r.cin.Reset(d.src)
	}
	d.out = r.cin
	head, _ := r.cin.Peek(2)
	switch {
	case len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b:
		var err error
		if r.cgz == nil {
			r.cgz, err = gzip.NewReader(r.cin)
		} else {
			err = r.cgz.Reset(r.cin)
		}
		if err != nil {
			return fmt.Errorf("warc: gzip content coding: %w", err)
		}
		d.out = r.cgz
	case d.coding == "deflate" && len(head) == 2 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 && head[0]&0x0f == 8:
		z, err := zlib.NewReader(r.cin)
		if err != nil {
			return fmt.Errorf("warc: deflate content coding: %w", err)
		}
		d.out = z
	case d.coding == "deflate" && len(head) > 0 && !looksLikeText(head[0]):
		d.out = flate.NewReader(r.cin) // raw deflate, as some servers send
	}
	return nil
}

// looksLikeText reports whether a payload's first byte is plausibly the
// start of an uncoded HTML page.
func looksLikeText(c byte) bool {
	return c == '<' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xFE || c == 0xFF
}
