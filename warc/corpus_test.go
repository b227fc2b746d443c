package warc_test

import (
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/pith-cli/pith/extract"
	"github.com/pith-cli/pith/internal/testcorpus"
	"github.com/pith-cli/pith/warc"
	"github.com/pith-cli/pith/warc/internal/corpus"
	"github.com/pith-cli/pith/warc/warctest"
)

// Pages read from a WARC extract as the same pages read from their files:
// the same text, title, authors and date. Each page is a response record
// whose HTTP charset is the encoding pith reads the file in, between a
// request and a metadata record. PITH_WARC_CORPUS=all checks every corpus
// (minutes) instead of one.
func TestCorpusEquivalence(t *testing.T) {
	root := testcorpus.Root(t)
	dirs := []string{filepath.Join(root, "newspaper4k")}
	if os.Getenv("PITH_WARC_CORPUS") == "all" {
		var err error
		if dirs, err = corpus.Dirs(root); err != nil {
			t.Fatal(err)
		}
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			pages, err := corpus.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) == 0 {
				t.Fatalf("no pages in %s", dir)
			}
			// What pith finds in each file; the encoding it reads a file in
			// is the charset its response record's header names.
			want := make([]result, len(pages))
			for i, p := range pages {
				want[i].art, want[i].err = extractFile(p.Path)
			}
			path := filepath.Join(t.TempDir(), "corpus.warc.gz")
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			w := warctest.NewWriter(f, true)
			if _, err := w.Write(warctest.Warcinfo()); err != nil {
				t.Fatal(err)
			}
			for i, p := range pages {
				charset := ""
				if want[i].art != nil {
					charset = want[i].art.Encoding
				}
				for _, rec := range corpus.Records(p, charset) {
					if _, err := w.Write(rec); err != nil {
						t.Fatal(err)
					}
				}
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
			checkEquivalence(t, path, pages, want)
		})
	}
}

type result struct {
	art *extract.Article
	err error
}

func checkEquivalence(t *testing.T, path string, pages []corpus.Page, results []result) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := warc.NewReader(f, warc.Options{})
	n, skipped := 0, 0
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if !rec.IsPage() {
			skipped++
			continue
		}
		if n >= len(pages) {
			t.Fatalf("more page records than the %d pages", len(pages))
		}
		p := pages[n]
		n++
		u, err := url.Parse(rec.TargetURI)
		if err != nil {
			t.Fatal(err)
		}
		got, gerr := extract.Extract(rec.Body, extract.Options{URL: u, HeaderCharset: rec.Charset()})
		want, werr := results[n-1].art, results[n-1].err
		switch {
		case werr != nil || gerr != nil:
			if werr == nil || gerr == nil || gerr.Error() != werr.Error() {
				t.Errorf("%s: from the WARC: %v; from the file: %v", p.ID, gerr, werr)
			}
		case got.Text != want.Text:
			t.Errorf("%s: text differs (%d bytes from the WARC, %d from the file)", p.ID, len(got.Text), len(want.Text))
		case got.Title != want.Title || got.Published != want.Published || !slices.Equal(got.Authors, want.Authors):
			t.Errorf("%s: metadata differs:\nWARC: %q %q %q\nfile: %q %q %q", p.ID,
				got.Title, got.Published, got.Authors, want.Title, want.Published, want.Authors)
		}
	}
	if n != len(pages) || skipped != 2*len(pages)+1 {
		t.Errorf("%d pages and %d skipped records, want %d and %d", n, skipped, len(pages), 2*len(pages)+1)
	}
}

func extractFile(path string) (*extract.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return extract.Extract(f, extract.Options{})
}
