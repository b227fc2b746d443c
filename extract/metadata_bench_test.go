package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/pith-cli/pith/extract/internal/input"
	"github.com/pith-cli/pith/extract/internal/meta"
	"github.com/pith-cli/pith/internal/dom"
)

// BenchmarkMetadata measures metadata extraction alone — the one walk of
// the untouched tree and the choice of fields — on pages parsed beforehand:
// testdata/metadata, or the .html / .html.gz files in PITH_BENCH_DIR.
func BenchmarkMetadata(b *testing.B) {
	pattern := filepath.Join("..", "testdata", "metadata", "*.html")
	if dir := os.Getenv("PITH_BENCH_DIR"); dir != "" {
		pattern = filepath.Join(dir, "*.htm*")
	}
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		b.Skip("no pages")
	}
	var docs []*dom.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		raw, err := input.ReadPage(bytes.NewReader(data), DefaultMaxSize)
		if err != nil {
			continue
		}
		text, _, err := input.Decode(raw)
		if err != nil {
			continue
		}
		doc, err := input.Parse(text)
		if err != nil {
			continue
		}
		docs = append(docs, doc)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		meta.Read(docs[i%len(docs)]).Article()
		i++
	}
}
