package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TestMetadataFixtureAuthorsAndTitles holds pith to the labels of the
// hand-written metadata set (testdata/metadata/expected.json, see its
// README) for the fields a reader checks by name: the authors, as a set of
// names, and the title. The bench grades every field and the peers; this
// keeps the set's authors and titles from sliding back between bench runs.
// Names and titles are compared as the bench compares them: case,
// diacritics' composition, punctuation and spacing aside.
func TestMetadataFixtureAuthorsAndTitles(t *testing.T) {
	dir := filepath.Join("..", "testdata", "metadata")
	data, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var labels map[string]struct {
		Title   string   `json:"title"`
		Authors []string `json:"authors"`
	}
	if err := json.Unmarshal(data, &labels); err != nil {
		t.Fatal(err)
	}
	if len(labels) < 150 {
		t.Fatalf("expected.json holds %d cases: the set is missing", len(labels))
	}
	for name, want := range labels {
		page, err := os.ReadFile(filepath.Join(dir, name+".html"))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		a, _ := Extract(bytes.NewReader(page), Options{}) // metadata survives "no article text"
		if a == nil {
			t.Errorf("%s: no article", name)
			continue
		}
		if got, exp := foldedSet(a.Authors), foldedSet(want.Authors); !slices.Equal(got, exp) {
			t.Errorf("%s: authors = %q, want %q", name, a.Authors, want.Authors)
		}
		if fixtureFold(a.Title) != fixtureFold(want.Title) {
			t.Errorf("%s: title = %q, want %q", name, a.Title, want.Title)
		}
	}
}

func foldedSet(names []string) []string {
	var out []string
	for _, n := range names {
		if f := fixtureFold(n); f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	slices.Sort(out)
	return out
}

func fixtureFold(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return ' '
		}
		return unicode.ToLower(r)
	}, norm.NFC.String(s))
	return strings.Join(strings.Fields(s), " ")
}
