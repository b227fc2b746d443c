package readability

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	upstream "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// BenchmarkParseAndMutate times upstream's ParseAndMutate and the fork's on
// the same pages, parsed afresh with the timer stopped (both mutate the
// tree), with pith's parser set-up. The pages are testdata/pages, or the
// .html / .html.gz files of PITH_BENCH_DIR. With -count N the two
// sub-benchmarks alternate, which keeps a drifting machine load from
// favouring either; compare them with benchstat -col /impl.
func BenchmarkParseAndMutate(b *testing.B) {
	pattern := filepath.Join("..", "..", "testdata", "pages", "*", "source.html")
	if dir := os.Getenv("PITH_BENCH_DIR"); dir != "" {
		pattern = filepath.Join(dir, "*.htm*")
	}
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		b.Skip("no pages")
	}
	var pages [][]byte
	size := 0
	for _, f := range files {
		page, err := readPage(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page)
		size += len(page)
	}
	run := func(b *testing.B, parse func(doc *html.Node, base *url.URL)) {
		b.SetBytes(int64(size / len(pages)))
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			doc, err := html.Parse(bytes.NewReader(pages[i%len(pages)]))
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			parse(doc, nil)
		}
	}
	b.Run("impl=upstream", func(b *testing.B) {
		run(b, func(doc *html.Node, base *url.URL) {
			p := upstream.NewParser()
			p.DisableJSONLD, p.KeepClasses = true, true
			_, _ = p.ParseAndMutate(doc, base)
		})
	})
	b.Run("impl=fork", func(b *testing.B) {
		run(b, func(doc *html.Node, base *url.URL) {
			p := NewParser()
			p.DisableJSONLD, p.KeepClasses = true, true
			_, _ = p.ParseAndMutate(doc, base)
		})
	})
}
