package warc_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/pith-cli/pith/warc"
)

// FuzzReader reads any bytes as a WARC: no panic, offsets never go back,
// no body gives more than MaxPayload, and a final error stays final.
func FuzzReader(f *testing.F) {
	for _, gz := range []bool{false, true} {
		data, _ := build(f, gz, sampleRecords()...)
		f.Add(data)
	}
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 60\r\n\r\n" +
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n\r\n\r\n"))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 49\r\n\r\n" +
		"HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n\x78\x9c\x03\x00\x00\x00\x00\x01\r\n\r\n"))
	const maxPayload = 1 << 12
	f.Fuzz(func(t *testing.T, data []byte) {
		warc.IsWARC(data)
		r := warc.NewReader(bytes.NewReader(data), warc.Options{MaxPayload: maxPayload})
		last := int64(-1)
		for range 1000 {
			rec, err := r.Next()
			if err == io.EOF {
				return
			}
			if rec == nil {
				if _, again := r.Next(); again == nil || again.Error() != err.Error() {
					t.Fatalf("a final error %v, then %v", err, again)
				}
				return
			}
			if rec.Offset < last || rec.Offset > int64(len(data)) {
				t.Fatalf("offset %d after %d in %d bytes", rec.Offset, last, len(data))
			}
			last = rec.Offset
			rec.IsPage()
			rec.Charset()
			n, _ := io.Copy(io.Discard, rec.Body)
			if n > maxPayload {
				t.Fatalf("a body of %d bytes, limit %d", n, maxPayload)
			}
		}
	})
}
