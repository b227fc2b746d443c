package readability

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	upstream "codeberg.org/readeck/go-readability/v2"
	"github.com/itlightning/dateparse"

	"github.com/pith-cli/pith/internal/testcorpus"
	"golang.org/x/net/html"
)

// differentialPages lists every page the fork is checked on: the fixture
// pages under testdata (pages, metadata, inputs) and the shared scrapinghub
// corpus (gzipped pages), which must sit beside the repository unless the
// run opts out (testcorpus.Pages).
func differentialPages(t *testing.T) []string {
	t.Helper()
	root := filepath.Join("..", "..")
	var files []string
	err := filepath.WalkDir(filepath.Join(root, "testdata"), func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if !d.IsDir() && (strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".htm") || strings.HasSuffix(name, ".html.gz")) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, testcorpus.Pages(t, "scrapinghub")...)
	if len(files) < 100 {
		t.Fatalf("found only %d pages to compare", len(files))
	}
	return files
}

// readPage returns a page's bytes, gunzipped when the file is gzip.
func readPage(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		return data, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// outcome is everything a caller can observe of one ParseAndMutate call:
// the error, the article's HTML and text, each metadata accessor, and the
// document as the call left it (pith reads the mutated tree afterwards).
type outcome struct {
	Err, HTML, Text, Doc                             string
	Title, Byline, Excerpt, SiteName, Image, Favicon string
	Language, Published, Modified                    string
}

// accessors is the part of an Article both the fork's and upstream's types
// offer.
type accessors interface {
	Title() string
	Byline() string
	Excerpt() string
	SiteName() string
	ImageURL() string
	Favicon() string
	Language() string
	RenderText(io.Writer) error
}

// stamp is how the outcome records a date: the parsed time, or the error.
func stamp(t time.Time, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	return t.Format(time.RFC3339Nano)
}

// forkTime parses one of the fork's raw dates as upstream's PublishedTime
// and ModifiedTime do (patch 10 removed those methods, and with them the
// fork's import of dateparse, which stays a test-only dependency here): the
// same error for a missing date, the same wrapping of a parse error.
func forkTime(raw, field string) (time.Time, error) {
	if raw == "" {
		return time.Time{}, upstream.ErrTimestampMissing
	}
	t, err := dateparse.ParseAny(raw)
	if err != nil {
		return t, fmt.Errorf("error parsing %s: %w", field, err)
	}
	return t, nil
}

// describe records what a caller sees of one call; the dates are set by
// the caller (runFork, runUpstream), which knows its implementation.
func describe(doc, node *html.Node, art accessors, err error) outcome {
	var o outcome
	if err != nil {
		o.Err = err.Error()
	}
	var b bytes.Buffer
	if node != nil {
		_ = html.Render(&b, node)
		o.HTML = b.String()
		b.Reset()
		_ = art.RenderText(&b)
		o.Text = b.String()
		b.Reset()
	}
	_ = html.Render(&b, doc)
	o.Doc = b.String()
	o.Title, o.Byline, o.Excerpt = art.Title(), art.Byline(), art.Excerpt()
	o.SiteName, o.Image, o.Favicon, o.Language = art.SiteName(), art.ImageURL(), art.Favicon(), art.Language()
	return o
}

// config is one way of setting up the parser; both implementations get it.
type config struct {
	name                       string
	disableJSONLD, keepClasses bool
}

// configs are pith's own set-up and upstream's defaults (JSON-LD read,
// classes stripped), so the code paths pith skips are compared too.
var configs = []config{
	{name: "pith", disableJSONLD: true, keepClasses: true},
	{name: "defaults"},
}

func runFork(page []byte, base *url.URL, c config) (outcome, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return outcome{}, err
	}
	p := NewParser()
	p.DisableJSONLD, p.KeepClasses = c.disableJSONLD, c.keepClasses
	art, err := p.ParseAndMutate(doc, base)
	o := describe(doc, art.Node, art, err)
	o.Published = stamp(forkTime(art.publishedTime, "publishedTime"))
	o.Modified = stamp(forkTime(art.modifiedTime, "modifiedTime"))
	return o, nil
}

func runUpstream(page []byte, base *url.URL, c config) (outcome, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return outcome{}, err
	}
	p := upstream.NewParser()
	p.DisableJSONLD, p.KeepClasses = c.disableJSONLD, c.keepClasses
	art, err := p.ParseAndMutate(doc, base)
	o := describe(doc, art.Node, art, err)
	o.Published, o.Modified = stamp(art.PublishedTime()), stamp(art.ModifiedTime())
	return o, nil
}

// TestForkMatchesUpstream is the fork's safety net: on every page it runs
// upstream go-readability and the fork on identical trees and requires
// identical results — the article HTML and text, every metadata accessor,
// the error, and the mutated document. A patch that changes behaviour on
// any page fails here.
func TestForkMatchesUpstream(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the differential sweep is long and starts no goroutine; the full run (.ci/run's first test step) covers it")
	}
	base, _ := url.Parse("https://example.com/dir/page.html")
	compared := 0
	for _, path := range differentialPages(t) {
		page, err := readPage(path)
		if err != nil {
			// testdata/input holds deliberately broken files (a
			// truncated gzip bomb); pith refuses those before readability.
			t.Logf("%s: skipped, unreadable: %v", path, err)
			continue
		}
		for _, c := range configs {
			want, err := runUpstream(page, base, c)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			got, err := runFork(page, base, c)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if diff := firstDifference(want, got); diff != "" {
				t.Errorf("%s (%s config): fork differs from upstream: %s", path, c.name, diff)
			}
			compared++
		}
	}
	t.Logf("compared %d runs", compared)
}

// firstDifference names the first field where got differs from want, with
// the text around the first differing byte; "" when they are equal.
func firstDifference(want, got outcome) string {
	fields := []struct {
		name      string
		want, got string
	}{
		{"error", want.Err, got.Err},
		{"article HTML", want.HTML, got.HTML},
		{"article text", want.Text, got.Text},
		{"mutated document", want.Doc, got.Doc},
		{"title", want.Title, got.Title},
		{"byline", want.Byline, got.Byline},
		{"excerpt", want.Excerpt, got.Excerpt},
		{"site name", want.SiteName, got.SiteName},
		{"image", want.Image, got.Image},
		{"favicon", want.Favicon, got.Favicon},
		{"language", want.Language, got.Language},
		{"published", want.Published, got.Published},
		{"modified", want.Modified, got.Modified},
	}
	for _, f := range fields {
		if f.want == f.got {
			continue
		}
		i := 0
		for i < len(f.want) && i < len(f.got) && f.want[i] == f.got[i] {
			i++
		}
		return fmt.Sprintf("%s differs at byte %d: want %q, got %q", f.name, i, around(f.want, i), around(f.got, i))
	}
	return ""
}

func around(s string, i int) string {
	return s[max(0, i-40):min(len(s), i+80)]
}

// TestFirstDifferenceFindsChanges checks the comparison itself can fail.
func TestFirstDifferenceFindsChanges(t *testing.T) {
	a := outcome{HTML: "<p>same</p>", Title: "t"}
	if d := firstDifference(a, a); d != "" {
		t.Fatalf("equal outcomes reported different: %s", d)
	}
	b := a
	b.Title = "u"
	if d := firstDifference(a, b); !strings.Contains(d, "title") {
		t.Fatalf("a changed title is not reported: %q", d)
	}
	b = a
	b.HTML = "<p>sane</p>"
	if d := firstDifference(a, b); !strings.Contains(d, "article HTML") {
		t.Fatalf("changed HTML is not reported: %q", d)
	}
}
