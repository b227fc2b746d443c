package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// DefaultMaxPayload is the payload bound when Options.MaxPayload is zero:
// the same as extract.DefaultMaxSize, the most pith reads of one page.
const DefaultMaxPayload = 64 << 20

// maxHeaderLine bounds one line of a WARC or HTTP header, and so the
// buffers a Reader holds; maxHeaderBytes bounds a whole header.
const (
	maxHeaderLine  = 64 << 10
	maxHeaderBytes = 1 << 20
)

var (
	// ErrFormat is wrapped by the errors of input that is not a WARC file or
	// whose framing is broken (a bad version line, header or length).
	ErrFormat = errors.New("not a valid WARC file")
	// ErrTruncated is wrapped when the file ends inside a record.
	ErrTruncated = errors.New("truncated WARC file")
	// ErrTooLarge is wrapped by a payload read that goes past
	// Options.MaxPayload.
	ErrTooLarge = errors.New("payload larger than the limit")
	// ErrHTTP is wrapped by the error of a response record whose HTTP
	// message cannot be read; the records after it can.
	ErrHTTP = errors.New("malformed HTTP message")
	// ErrCoding is wrapped by a payload read when the HTTP content coding
	// is not one pith decodes (gzip, x-gzip, deflate, identity).
	ErrCoding = errors.New("unsupported content coding")
)

// Options configures a Reader. The zero value gives the defaults.
type Options struct {
	// MaxPayload bounds the bytes a record's Body gives (after HTTP
	// decoding); a read past it fails with an error wrapping ErrTooLarge.
	// Default: DefaultMaxPayload.
	MaxPayload int64
}

// Reader reads the records of one WARC file in order.
type Reader struct {
	opts Options
	src  countingReader
	br   *bufio.Reader // over src: the file's bytes

	gz       *gzip.Reader  // the current gzip member, when gzipped
	zr       *bufio.Reader // over gz
	inMember bool          // the current member may hold more records
	memberAt int64         // the current member's offset

	rec   *Record      // the record last returned, drained by Next
	block *blockReader // its block
	blk   *bufio.Reader
	pay   *bufio.Reader // its payload, buffered
	cin   *bufio.Reader // a content-coded payload, before decoding
	cgz   *gzip.Reader  // its gzip decoder
	err   error         // sticky: the file cannot be read further
}

// NewReader returns a Reader of the WARC file r, plain or gzipped per
// record. Offsets count from r's current position.
func NewReader(r io.Reader, opts Options) *Reader {
	if opts.MaxPayload <= 0 {
		opts.MaxPayload = DefaultMaxPayload
	}
	rd := &Reader{opts: opts}
	rd.src.r = r
	rd.br = bufio.NewReaderSize(&rd.src, maxHeaderLine)
	return rd
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// offset is the file position of the next byte br gives.
func (r *Reader) offset() int64 {
	return r.src.n - int64(r.br.Buffered())
}

// Next returns the next record, or io.EOF after the last one. The previous
// record's Body is no longer readable: the rest of it is skipped, unread by
// any decoder.
//
// Its errors are *Error, naming the record's offset. An error with a nil
// record means the file cannot be read further (it wraps ErrFormat,
// ErrTruncated, or the underlying reader's or gzip's error), and every
// later call returns it again. An error with a record
// concerns that record alone (its HTTP message, wrapping ErrHTTP): the
// record has its WARC fields but is not a page, and Next can go on.
func (r *Reader) Next() (*Record, error) {
	if r.err != nil {
		return nil, r.err
	}
	rec, err := r.next()
	if err != nil && rec == nil {
		r.err = err
		r.rec = nil
	}
	return rec, err
}

func (r *Reader) next() (*Record, error) {
	if r.rec != nil {
		if err := r.finish(); err != nil {
			return nil, err
		}
	}
	var in *bufio.Reader
	var offset int64
	if r.inMember {
		in, offset = r.zr, r.memberAt
	} else {
		if err := skipNewlines(r.br); err == io.EOF {
			return nil, err // at a record boundary: the end
		} else if err != nil {
			return nil, r.errorAt(r.offset(), err)
		}
		offset = r.offset()
		head, _ := r.br.Peek(2)
		if head[0] == 0x1f && (len(head) == 1 || head[1] == 0x8b) {
			if err := r.openMember(); err != nil {
				return nil, r.errorAt(offset, err)
			}
			r.memberAt = offset
			in = r.zr
		} else {
			in = r.br
		}
	}
	rec, err := r.readRecord(in, offset)
	if err != nil && rec == nil {
		return nil, r.errorAt(offset, err)
	}
	return rec, err
}

// openMember starts reading the gzip member at br's position. gzip reads
// br as an io.ByteReader, so it never reads past the member's end.
func (r *Reader) openMember() error {
	var err error
	if r.gz == nil {
		r.gz, err = gzip.NewReader(r.br)
	} else {
		err = r.gz.Reset(r.br)
	}
	if err != nil {
		return err
	}
	r.gz.Multistream(false)
	if r.zr == nil {
		r.zr = bufio.NewReaderSize(r.gz, maxHeaderLine)
	} else {
		r.zr.Reset(r.gz)
	}
	r.inMember = true
	return nil
}

// finish skips the rest of the current record, its end marker, and, for a
// gzip member holding nothing more, the member's end (checking its CRC).
func (r *Reader) finish() error {
	offset := r.rec.Offset
	r.rec.Body = errReader{errors.New("warc: record body read after Next")}
	r.rec = nil
	if _, err := io.Copy(io.Discard, r.block); err != nil {
		return r.errorAt(offset, err)
	}
	in := r.br
	if r.inMember {
		in = r.zr
	}
	err := skipNewlines(in)
	if err == io.EOF || !r.inMember {
		if err != nil && err != io.EOF {
			return r.errorAt(offset, err)
		}
		r.inMember = false
		return nil // the member (or file) ends; EOF is seen at the next record
	}
	if err != nil {
		return r.errorAt(offset, err)
	}
	return nil // another record in the same member
}

// Error is an error of one record: where it starts, and what is wrong.
type Error struct {
	Offset int64
	Err    error
}

func (e *Error) Error() string {
	return fmt.Sprintf("warc: record at offset %d: %v", e.Offset, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// errorAt places err at the record starting at offset; an unexpected end
// of input becomes ErrTruncated.
func (r *Reader) errorAt(offset int64, err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || err == io.EOF {
		if !errors.Is(err, ErrTruncated) {
			err = fmt.Errorf("%w: %w", ErrTruncated, io.ErrUnexpectedEOF)
		}
	}
	var e *Error
	if errors.As(err, &e) {
		return err // a block read's error already names the record
	}
	return &Error{Offset: offset, Err: err}
}

// skipNewlines passes the CR and LF bytes between records (the end marker
// and any extra blank lines writers leave). It returns io.EOF when the
// input ends.
func skipNewlines(b *bufio.Reader) error {
	for {
		c, err := b.ReadByte()
		if err != nil {
			return err
		}
		if c != '\r' && c != '\n' {
			return b.UnreadByte()
		}
	}
}

// readRecord reads a record's WARC header and, for a response, its HTTP
// header, leaving the payload to be read.
func (r *Reader) readRecord(in *bufio.Reader, offset int64) (*Record, error) {
	magic := []byte("WARC/1.")
	head, err := in.Peek(len(magic))
	if !bytes.HasPrefix(magic, head) || len(head) == 0 && err == io.EOF {
		return nil, fmt.Errorf("%w: the record starts with %q, not WARC/1.x", ErrFormat, head)
	}
	if err != nil {
		return nil, err
	}
	line, err := readLine(in)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(line, magic) {
		return nil, fmt.Errorf("%w: the record starts with %.20q, not WARC/1.x", ErrFormat, line)
	}
	fields, err := readFields(in)
	if err != nil {
		return nil, err
	}
	rec := &Record{
		Offset:    offset,
		Version:   string(line),
		Header:    fields,
		Type:      strings.ToLower(fields.Get("WARC-Type")),
		ID:        trimAngles(fields.Get("WARC-Record-ID")),
		Date:      fields.Get("WARC-Date"),
		TargetURI: trimAngles(fields.Get("WARC-Target-URI")),
	}
	length, err := strconv.ParseInt(fields.Get("Content-Length"), 10, 64)
	if err != nil || length < 0 {
		return nil, fmt.Errorf("%w: Content-Length %q", ErrFormat, fields.Get("Content-Length"))
	}
	rec.Length = length
	if r.block == nil {
		r.block = &blockReader{}
		r.blk = bufio.NewReaderSize(r.block, maxHeaderLine)
		r.pay = bufio.NewReaderSize(nil, 16<<10)
	}
	*r.block = blockReader{r: in, n: length, offset: offset}
	r.blk.Reset(r.block)
	r.rec = rec

	var payload io.Reader = r.blk
	var httpErr error
	switch {
	case rec.Type == "response" && isHTTP(fields.Get("Content-Type")):
		payload, httpErr = r.readHTTP(rec)
	case rec.Type == "resource":
		rec.ContentType = fields.Get("Content-Type")
	}
	if httpErr != nil {
		rec.Status = 0
		rec.ContentType = ""
		rec.Body = errReader{httpErr}
		return rec, &Error{offset, fmt.Errorf("%w: %w", ErrHTTP, httpErr)}
	}
	r.pay.Reset(&limitReader{r: payload, n: r.opts.MaxPayload})
	rec.Body = r.pay
	return rec, nil
}

func isHTTP(contentType string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(contentType)), "application/http")
}

func trimAngles(s string) string {
	if len(s) >= 2 && s[0] == '<' && s[len(s)-1] == '>' {
		return s[1 : len(s)-1]
	}
	return s
}

// readLine reads one header line without its line ending.
func readLine(in *bufio.Reader) ([]byte, error) {
	line, err := in.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		return nil, fmt.Errorf("%w: a header line longer than %d bytes", ErrFormat, maxHeaderLine)
	}
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return bytes.TrimRight(line, "\r\n"), nil
}

// readFields reads "Name: value" lines up to a blank line. A line starting
// with a space or tab continues the previous value.
func readFields(in *bufio.Reader) (Fields, error) {
	var fields Fields
	total := 0
	for {
		line, err := readLine(in)
		if err != nil {
			return nil, err
		}
		if len(line) == 0 {
			return fields, nil
		}
		if total += len(line); total > maxHeaderBytes {
			return nil, fmt.Errorf("%w: a header longer than %d bytes", ErrFormat, maxHeaderBytes)
		}
		if (line[0] == ' ' || line[0] == '\t') && len(fields) > 0 {
			last := &fields[len(fields)-1]
			last.Value += " " + string(bytes.TrimSpace(line))
			continue
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			return nil, fmt.Errorf("%w: a header line without a colon: %.40q", ErrFormat, line)
		}
		fields = append(fields, Field{
			Name:  string(bytes.TrimSpace(name)),
			Value: string(bytes.TrimSpace(value)),
		})
	}
}

// blockReader gives a record's block: n more bytes of the record's input.
// The input ending first is ErrTruncated; its errors name the record.
type blockReader struct {
	r      io.Reader
	n      int64
	offset int64
}

func (b *blockReader) Read(p []byte) (int, error) {
	if b.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.n {
		p = p[:b.n]
	}
	n, err := b.r.Read(p)
	b.n -= int64(n)
	switch {
	case err == io.EOF && b.n > 0:
		err = &Error{b.offset, fmt.Errorf("%w: %d bytes of its block missing: %w", ErrTruncated, b.n, io.ErrUnexpectedEOF)}
	case err == io.EOF:
		err = nil
	case err != nil:
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("%w: %w", ErrTruncated, err)
		}
		err = &Error{b.offset, err}
	}
	return n, err
}

// limitReader gives at most n bytes of r; more is ErrTooLarge.
type limitReader struct {
	r io.Reader
	n int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n < 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if l.n < 0 {
		return n - int(-l.n), errTooLarge
	}
	return n, err
}

var errTooLarge = fmt.Errorf("warc: %w", ErrTooLarge)

// errReader fails every read with err.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }
