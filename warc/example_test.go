package warc_test

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/pith-cli/pith/warc"
	"github.com/pith-cli/pith/warc/warctest"
)

func Example() {
	var file bytes.Buffer
	w := warctest.NewWriter(&file, true) // a .warc.gz: one gzip member per record
	w.Write(warctest.Warcinfo())
	w.Write(warctest.Request("http://example.invalid/story"))
	w.Write(warctest.Response("http://example.invalid/story", 200, "text/html; charset=iso-8859-1", []byte("<p>caf\xe9")))
	w.Write(warctest.Response("http://example.invalid/logo.png", 200, "image/png", []byte("\x89PNG")))

	r := warc.NewReader(&file, warc.Options{})
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil && rec == nil {
			fmt.Println(err)
			return
		}
		if err != nil || !rec.IsPage() {
			fmt.Println(strings.TrimSpace("skipped " + rec.Type + " " + rec.TargetURI))
			continue
		}
		body, _ := io.ReadAll(rec.Body)
		// The HTTP charset, for extract.Options.HeaderCharset.
		fmt.Printf("page %s at %s: %d bytes, HTTP charset %s\n", rec.TargetURI, rec.Source("crawl.warc.gz"), len(body), rec.Charset())
	}
	// Output:
	// skipped warcinfo
	// skipped request http://example.invalid/story
	// page http://example.invalid/story at crawl.warc.gz#421: 7 bytes, HTTP charset iso-8859-1
	// skipped response http://example.invalid/logo.png
}
