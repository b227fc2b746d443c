package warc_test

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/pith-cli/pith/warc"
	"github.com/pith-cli/pith/warc/warctest"
)

// BenchmarkRead reads every record of a WARC and every page's payload, as
// pith does before extracting: the reader's own cost per byte of file.
func BenchmarkRead(b *testing.B) {
	body := []byte(strings.Repeat("<p>Some words of a page, and some more words after them.</p>\n", 800)) // 50 KB
	for _, gz := range []bool{false, true} {
		var recs []warctest.Record
		for i := range 200 {
			uri := fmt.Sprintf("http://a.invalid/%d", i)
			recs = append(recs, warctest.Request(uri), warctest.Response(uri, 200, "text/html; charset=utf-8", body))
		}
		data, _ := build(b, gz, recs...)
		b.Run(map[bool]string{false: "plain", true: "gzip"}[gz], func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				r := warc.NewReader(bytes.NewReader(data), warc.Options{})
				for {
					rec, err := r.Next()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					if rec.IsPage() {
						rec.Charset()
						io.Copy(io.Discard, rec.Body)
					}
				}
			}
		})
	}
}
