package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// BenchmarkFormats runs the whole pipeline over testdata/pages once per
// output: text alone, and text with Markdown or HTML, so the difference is
// what a rendering costs.
func BenchmarkFormats(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(pagesDir, "*", "source.html"))
	if len(files) == 0 {
		b.Skip("no pages")
	}
	var pages [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	for _, bc := range []struct {
		name   string
		render RenderOptions
	}{
		{"text", RenderOptions{}},
		{"markdown", RenderOptions{Markdown: true}},
		{"html", RenderOptions{HTML: true}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				_, _ = Extract(bytes.NewReader(pages[i%len(pages)]), Options{Render: bc.render})
				i++
			}
		})
	}
}

// FuzzRenderings checks that the Markdown and HTML renderings of any
// input are valid UTF-8, end with one newline and carry no script element.
func FuzzRenderings(f *testing.F) {
	addPageSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		art, err := Extract(bytes.NewReader(data), Options{MaxSize: 1 << 20, Render: RenderOptions{Markdown: true, HTML: true}})
		if err != nil || art == nil {
			return
		}
		for name, out := range map[string]string{"markdown": art.Markdown, "html": art.HTML} {
			if !utf8.ValidString(out) {
				t.Errorf("%s is not valid UTF-8: %q", name, out)
			}
			if out != "" && (!strings.HasSuffix(out, "\n") || strings.HasSuffix(out, "\n\n")) {
				t.Errorf("%s must end with exactly one newline: %q", name, out)
			}
			if strings.Contains(strings.ToLower(out), "<script") {
				t.Errorf("%s holds a script element: %q", name, out)
			}
		}
	})
}
