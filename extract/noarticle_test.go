package extract

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestNoArticlePages extracts the hand-written pages of testdata/no-article,
// which hold no article (a section front of teasers), and wants
// ErrNotReadable: no article text is the honest answer there.
func TestNoArticlePages(t *testing.T) {
	pages, err := filepath.Glob("../testdata/no-article/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages under testdata/no-article: %v", err)
	}
	for _, path := range pages {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			art, err := Extract(f, Options{})
			if !errors.Is(err, ErrNotReadable) {
				t.Fatalf("err = %v, want ErrNotReadable; text: %.200q", err, art.Text)
			}
			if art.Text != "" {
				t.Errorf("text %q, want none", art.Text)
			}
		})
	}
}
