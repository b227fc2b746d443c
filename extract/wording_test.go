package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pith-cli/pith/extract/internal/input"
	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
)

// BenchmarkMatchWording runs lexicon.MatchWording over the text blocks of the pages
// in testdata/pages, as removeWordingWidgets meets them. Set
// PITH_BENCH_DIR to a folder of .html files (or .html.gz) to measure on
// another corpus.
func BenchmarkMatchWording(b *testing.B) {
	pattern := filepath.Join(pagesDir, "*", "source.html")
	if dir := os.Getenv("PITH_BENCH_DIR"); dir != "" {
		pattern = filepath.Join(dir, "*.htm*")
	}
	files, _ := filepath.Glob(pattern)
	var texts []string
	for _, f := range files {
		file, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		data, err := input.ReadPage(file, 1<<26)
		file.Close()
		if err != nil {
			continue
		}
		text, _, _ := input.Decode(data)
		doc, err := input.Parse(text)
		if err != nil {
			continue
		}
		for _, n := range dom.TextBlocks(doc.Root()) {
			texts = append(texts, dom.TextOf(n))
		}
	}
	if len(texts) == 0 {
		b.Skip("no pages")
	}
	b.ReportMetric(float64(len(texts)), "blocks")
	for b.Loop() {
		for _, t := range texts {
			lexicon.MatchWording(t)
		}
	}
}
