package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtractPages runs the whole pipeline over the pages in
// testdata/pages. Set PITH_BENCH_DIR to a folder of .html files (or
// .html.gz) to measure on another corpus.
func BenchmarkExtractPages(b *testing.B) {
	pattern := filepath.Join(pagesDir, "*", "source.html")
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
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += len(data)
	}
	b.SetBytes(int64(size / len(pages)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_, _ = Extract(bytes.NewReader(pages[i%len(pages)]), Options{})
		i++
	}
}
