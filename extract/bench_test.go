package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/extract/internal/clean"
	"github.com/pith-cli/pith/extract/internal/input"
	"github.com/pith-cli/pith/extract/internal/meta"
	"github.com/pith-cli/pith/extract/internal/render"
	"github.com/pith-cli/pith/internal/dom"
)

// benchPages loads the pages of testdata/pages, or of PITH_BENCH_DIR (a
// folder of .html or .html.gz files), and their mean size.
func benchPages(b *testing.B) ([][]byte, int) {
	b.Helper()
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
	return pages, size / len(pages)
}

// BenchmarkExtractPages runs the whole pipeline over the pages in
// testdata/pages. Set PITH_BENCH_DIR to a folder of .html files (or
// .html.gz) to measure on another corpus.
func BenchmarkExtractPages(b *testing.B) {
	pages, size := benchPages(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_, _ = Extract(bytes.NewReader(pages[i%len(pages)]), Options{})
		i++
	}
}

// BenchmarkStages times each stage of the pipeline on its own, page after
// page, to see where a change moved the cost: compare runs with benchstat
// (go test ./extract -run X -bench Stages -count 10 > new.txt). A stage that
// changes the tree gets a fresh one, made with the timer stopped.
func BenchmarkStages(b *testing.B) {
	pages, size := benchPages(b)
	type prepared struct {
		raw  []byte
		text string
	}
	var prep []prepared
	for _, p := range pages {
		raw, err := input.ReadPage(bytes.NewReader(p), DefaultMaxSize)
		if err != nil {
			continue
		}
		text, _, err := input.Decode(raw)
		if err != nil {
			continue
		}
		prep = append(prep, prepared{raw, text})
	}
	fresh := func(i int) *dom.Document {
		doc, err := input.Parse(prep[i%len(prep)].text)
		if err != nil {
			b.Fatal(err)
		}
		return doc
	}
	stage := func(name string, setup func(i int) any, run func(state any)) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				state := setup(i)
				b.StartTimer()
				run(state)
			}
		})
	}
	stage("read", func(i int) any { return pages[i%len(pages)] }, func(s any) {
		_, _ = input.ReadPage(bytes.NewReader(s.([]byte)), DefaultMaxSize)
	})
	stage("decode", func(i int) any { return prep[i%len(prep)].raw }, func(s any) { _, _, _ = input.Decode(s.([]byte)) })
	stage("parse", func(i int) any { return prep[i%len(prep)].text }, func(s any) { _, _ = input.Parse(s.(string)) })
	stage("metadata", func(i int) any { return fresh(i) }, func(s any) { meta.Read(s.(*dom.Document)).Article() })
	stage("clean", func(i int) any { return fresh(i) }, func(s any) { clean.CleanPage(s.(*dom.Document), nil, &clean.Pruner{}) })
	stage("readability", func(i int) any {
		doc := fresh(i)
		clean.CleanPage(doc, nil, &clean.Pruner{})
		return doc
	}, func(s any) { runReadability(s.(*dom.Document), nil) })
	type body struct {
		content *html.Node
		art     *Article
	}
	findContent := func(i int) (*html.Node, *Article) {
		doc := fresh(i)
		art := newArticle(meta.Read(doc).Article())
		clean.CleanPage(doc, nil, &clean.Pruner{})
		content, _ := runReadability(doc, nil)
		return content, art
	}
	stage("post-clean", func(i int) any {
		content, art := findContent(i)
		return body{content, art}
	}, func(s any) {
		if c := s.(body); c.content != nil {
			clean.PostCleanAll(c.content, c.art.cleaning(), &clean.Pruner{})
		}
	})
	stage("render-text", func(i int) any {
		content, art := findContent(i)
		if content != nil {
			clean.PostCleanAll(content, art.cleaning(), &clean.Pruner{})
		}
		return content
	}, func(s any) {
		if c := s.(*html.Node); c != nil {
			render.Text(c)
		}
	})
}
