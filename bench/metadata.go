package main

// The metadata bench: per-field accuracy of pith and its peers on the
// hand-labelled pages of testdata/metadata (see its README), then on the
// corpora's asserted titles, authors and dates (metacorpus.go, graded as
// described there).
//
// A field counts as exact when:
//   - title: equal after folding case, diacritics, punctuation and whitespace;
//   - published: the same calendar day, read in the page's own offset
//     (the first ten characters of pith's date, a peer's time.Time formatted
//     in its own location);
//   - authors: the same set of names, each folded as a title is, so order,
//     case and diacritics do not matter;
//   - site_name: equal after folding, where labelled;
//   - language: the same primary subtag ("en-GB" matches "en").
//
// An empty label (no date, no author) is matched only by an empty answer.
// go-htmldate reports dates only: its other fields show as "–".
// Peers report one byline string: it is split on commas, semicolons, "&",
// "|" and the conjunctions and, und, et, y, e, en, и (also after a comma,
// "A, B, and C"), and a leading "By" is dropped, so a peer is not marked
// down for its output format.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"

	readeck "codeberg.org/readeck/go-readability/v2"
	shiori "github.com/go-shiori/go-readability"
	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/pith-cli/pith/extract"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// metaFields are the graded fields, in table order.
var metaFields = []string{"title", "published", "authors", "site_name", "language"}

// metaLabel is one page's hand-written labels; a nil SiteName is unlabelled.
type metaLabel struct {
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`
	Published string   `json:"published"`
	SiteName  *string  `json:"site_name"`
	Language  string   `json:"language"`
}

// metaAnswer is what one extractor found on one page.
type metaAnswer struct {
	Title, Published, SiteName, Language string
	Authors                              []string
}

// metaExtractor reads metadata from a page, as its users call it.
type metaExtractor struct {
	name   string
	run    func([]byte) metaAnswer
	fields []string // the fields it reports; nil: all
}

func metaExtractors() []metaExtractor {
	return []metaExtractor{
		{name: "pith", run: func(page []byte) metaAnswer {
			a, _ := extract.Extract(bytes.NewReader(page), extract.Options{}) // metadata survives "no article text"
			if a == nil {
				return metaAnswer{}
			}
			return metaAnswer{Title: a.Title, Published: a.Published, SiteName: a.SiteName, Language: a.Language, Authors: a.Authors}
		}},
		{name: "readeck", run: func(page []byte) metaAnswer {
			a, err := readeck.FromReader(bytes.NewReader(page), nil)
			if err != nil {
				return metaAnswer{}
			}
			t, _ := a.PublishedTime()
			return metaAnswer{Title: a.Title(), Published: day(t), SiteName: a.SiteName(), Language: a.Language(), Authors: splitByline(a.Byline())}
		}},
		{name: "go-readability", run: func(page []byte) metaAnswer {
			a, err := shiori.FromReader(bytes.NewReader(page), nil)
			if err != nil {
				return metaAnswer{}
			}
			ans := metaAnswer{Title: a.Title, SiteName: a.SiteName, Language: a.Language, Authors: splitByline(a.Byline)}
			if a.PublishedTime != nil {
				ans.Published = day(*a.PublishedTime)
			}
			return ans
		}},
		{name: "go-trafilatura", run: func(page []byte) metaAnswer {
			res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{})
			if err != nil || res == nil {
				return metaAnswer{}
			}
			m := res.Metadata
			return metaAnswer{Title: m.Title, Published: day(m.Date), SiteName: m.Sitename, Language: m.Language, Authors: splitByline(m.Author)}
		}},
		{name: "go-htmldate", run: func(page []byte) metaAnswer {
			res, err := htmldate.FromReader(bytes.NewReader(page), htmldate.Options{UseOriginalDate: true})
			if err != nil {
				return metaAnswer{}
			}
			return metaAnswer{Published: day(res.DateTime)}
		}, fields: []string{"published"}},
	}
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

var (
	rxBylineSplit = regexp.MustCompile(`\s*(?:[,;&|](?:\s*(?:and|und|et|y|e|en|и)\s)?|\s(?:and|und|et|y|e|en|и)\s)\s*`)
	rxBylineBy    = regexp.MustCompile(`(?i)^by\s+`)
)

// splitByline turns a peer's byline string into names.
func splitByline(s string) []string {
	var out []string
	for _, part := range rxBylineSplit.Split(rxBylineBy.ReplaceAllString(strings.TrimSpace(s), ""), -1) {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// metaPage is one labelled page.
type metaPage struct {
	id    string
	html  []byte
	label metaLabel
}

// defaultMetadataDir is testdata/metadata of the repository this bench
// belongs to, found from this source file.
func defaultMetadataDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return filepath.Join("..", "testdata", "metadata")
	}
	return filepath.Join(filepath.Dir(file), "..", "testdata", "metadata")
}

func loadMetadataSet(dir string) ([]metaPage, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		return nil, fmt.Errorf("metadata set %s: %w", dir, err)
	}
	var labels map[string]metaLabel
	if err := json.Unmarshal(raw, &labels); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "expected.json"), err)
	}
	var pages []metaPage
	for id, l := range labels {
		data, err := os.ReadFile(filepath.Join(dir, id+".html"))
		if err != nil {
			return nil, err
		}
		pages = append(pages, metaPage{id: id, html: data, label: l})
	}
	if len(pages) == 0 {
		return nil, errors.New("metadata set " + dir + ": no labelled pages")
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages, nil
}

// metaMiss is one field an extractor got wrong on one page.
type metaMiss struct {
	Page  string `json:"page"`
	Field string `json:"field"`
	Got   string `json:"got"`
	Want  string `json:"want"`
}

// metaRow is one extractor's accuracy per field.
type metaRow struct {
	Extractor string             `json:"extractor"`
	Accuracy  map[string]float64 `json:"accuracy"`
	Labelled  map[string]int     `json:"labelled_pages"`
	MsPage    float64            `json:"ms_per_page"`
	Misses    []metaMiss         `json:"misses"`
	fields    []string
}

// reports tells whether the extractor gives field at all.
func (r metaRow) reports(field string) bool {
	if r.fields == nil {
		return true
	}
	for _, f := range r.fields {
		if f == field {
			return true
		}
	}
	return false
}

// labelledMetadata grades every metadata extractor (or those in only) on
// the hand-labelled set in dir and prints the table and pith's misses.
func labelledMetadata(dir, only string, out io.Writer) ([]metaRow, error) {
	pages, err := loadMetadataSet(dir)
	if err != nil {
		return nil, err
	}
	var rows []metaRow
	for _, e := range metaExtractors() {
		if only != "" && !containsName(only, e.name) {
			continue
		}
		rows = append(rows, gradeMetadata(e, pages))
		rows[len(rows)-1].fields = e.fields
	}
	if len(rows) == 0 {
		return nil, errors.New("-only selects no metadata extractor")
	}
	fmt.Fprintf(out, "metadata set: %d pages (%s)\n\n", len(pages), dir)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "extractor\t")
	for _, f := range metaFields {
		fmt.Fprintf(tw, "%s (%d)\t", f, rows[0].Labelled[f])
	}
	fmt.Fprintln(tw, "ms/page\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t", r.Extractor)
		for _, f := range metaFields {
			if r.Labelled[f] == 0 || !r.reports(f) {
				fmt.Fprint(tw, "–\t") // no page labels this field, or the extractor does not give it
				continue
			}
			fmt.Fprintf(tw, "%.3f\t", r.Accuracy[f])
		}
		fmt.Fprintf(tw, "%.2f\t\n", r.MsPage)
	}
	tw.Flush()
	for _, r := range rows {
		if r.Extractor != "pith" {
			continue
		}
		fmt.Fprintf(out, "\npith's misses: %d\n", len(r.Misses))
		for _, m := range r.Misses {
			fmt.Fprintf(out, "  %-36s %-9s got %q, want %q\n", m.Page, m.Field, m.Got, m.Want)
		}
	}
	return rows, nil
}

// gradeMetadata runs one extractor over the pages and scores each field.
func gradeMetadata(e metaExtractor, pages []metaPage) metaRow {
	r := metaRow{Extractor: e.name, Accuracy: map[string]float64{}, Labelled: map[string]int{}}
	hits := map[string]int{}
	start := time.Now()
	answers := make([]metaAnswer, len(pages))
	for i, p := range pages {
		answers[i] = e.run(p.html)
	}
	r.MsPage = float64(time.Since(start).Microseconds()) / 1000 / float64(len(pages))
	for i, p := range pages {
		for _, f := range metaFields {
			got, want, ok, labelled := gradeField(f, answers[i], p.label)
			if !labelled {
				continue
			}
			r.Labelled[f]++
			if ok {
				hits[f]++
			} else {
				r.Misses = append(r.Misses, metaMiss{Page: p.id, Field: f, Got: got, Want: want})
			}
		}
	}
	for _, f := range metaFields {
		if r.Labelled[f] > 0 {
			r.Accuracy[f] = float64(hits[f]) / float64(r.Labelled[f])
		}
	}
	return r
}

// gradeField compares one field; labelled is false when the page has no
// label for it.
func gradeField(field string, got metaAnswer, want metaLabel) (g, w string, ok, labelled bool) {
	switch field {
	case "title":
		return got.Title, want.Title, fold(got.Title) == fold(want.Title), true
	case "published":
		d := got.Published
		if len(d) > 10 {
			d = d[:10]
		}
		return got.Published, want.Published, d == want.Published, true
	case "authors":
		return strings.Join(got.Authors, "; "), strings.Join(want.Authors, "; "), sameNames(got.Authors, want.Authors), true
	case "site_name":
		if want.SiteName == nil {
			return "", "", false, false
		}
		return got.SiteName, *want.SiteName, fold(got.SiteName) == fold(*want.SiteName), true
	case "language":
		return got.Language, want.Language, primaryTag(got.Language) == primaryTag(want.Language), true
	}
	return "", "", false, false
}

// fold lowers case, drops diacritics, turns punctuation into spaces and
// collapses whitespace.
func fold(s string) string {
	s, _, _ = transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	s = strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return ' '
		}
		return unicode.ToLower(r)
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// sameNames compares two author lists as sets of folded names.
func sameNames(got, want []string) bool {
	set := func(names []string) map[string]bool {
		m := map[string]bool{}
		for _, n := range names {
			if f := fold(n); f != "" {
				m[f] = true
			}
		}
		return m
	}
	g, w := set(got), set(want)
	if len(g) != len(w) {
		return false
	}
	for n := range w {
		if !g[n] {
			return false
		}
	}
	return true
}

func primaryTag(lang string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return lang
}
