package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/extract/internal/clean"
	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
)

// A story told in list items (a listicle): readability scores paragraphs,
// never list items, so it takes the two-paragraph box beside the story. The
// page declares its article; the guard takes that instead.
func TestRecallGuardTakesTheDeclaredArticle(t *testing.T) {
	item := func(n string) string {
		return "<li><strong>" + n + ".</strong> The trail climbs through beech woods for about an hour before it reaches the ridge, " +
			"where the views open to the lake and the villages below, and walkers can rest at the old shepherd's hut.</li>"
	}
	var items strings.Builder
	for _, n := range []string{"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight"} {
		items.WriteString(item(n))
	}
	page := `<!DOCTYPE html><html><head><title>Eight ridge walks</title></head><body>` +
		`<article><h1>Eight ridge walks for an autumn weekend</h1><ol>` + items.String() + `</ol></article>` +
		`<div class="box">` + domtest.LongP1 + domtest.LongP2 + `</div></body></html>`
	art, err := Extract(strings.NewReader(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if art.BodySource != clean.BodyDeclared {
		t.Fatalf("BodySource = %q, want %q; text:\n%s", art.BodySource, clean.BodyDeclared, art.Text)
	}
	if !strings.Contains(art.Text, "Eight. The trail climbs") || strings.Contains(art.Text, "The council met") {
		t.Errorf("the guard should give the declared article and only it:\n%s", art.Text)
	}
	if strings.Contains(art.Text, "Eight ridge walks for an autumn weekend") {
		t.Errorf("the declared article was not post-cleaned (headline kept):\n%s", art.Text)
	}
}

// An article readability finds in full is never replaced.
func TestRecallGuardLeavesAFullArticle(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>t</title></head><body><article>` + domtest.LongP1 + domtest.LongP2 + domtest.LongP3 + domtest.LongP4 +
		`<p>Comments are closed on this story.</p></article></body></html>`
	art, err := Extract(strings.NewReader(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if art.BodySource != clean.BodyReadability {
		t.Errorf("BodySource = %q, want %q", art.BodySource, clean.BodyReadability)
	}
}

func TestKeepLeadImage(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>t</title></head><body><div class="panel"><p>Elsewhere on the site.</p></div>` +
		`<article><header><h1>Council closes two bus depots</h1><img src="avatar.jpg" width="40"></header>` +
		`<figure><img src="depot.jpg" width="1200"><figcaption>The depot on Mill Road.</figcaption></figure>` +
		`<div class="entry">` + domtest.LongP1 + domtest.LongP2 + domtest.LongP3 + domtest.LongP4 + `</div></article></body></html>`
	art, err := Extract(strings.NewReader(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	img := dom.FindFirst(art.Content, func(n *html.Node) bool { return n.Data == "img" })
	if img == nil || dom.Attr(img, "src") != "depot.jpg" {
		t.Errorf("the lead image is missing from the content (first image: %v)", img)
	}
}

// TestConservingRun checks which of the conservation pages need the second
// run: an article split over containers named like a sidebar, one long
// paragraph to each, does (each container holds under half the prose, so
// the first run's share check lets them go); the pages whose article the
// first run keeps do not — among them the split article whose containers
// hold two long paragraphs in a row, which the first run spares.
func TestConservingRun(t *testing.T) {
	split := `<html><body><header><a href="/">Home</a></header>` +
		`<div class="l-sidebar-main">` + domtest.LongP1 + `</div>` +
		`<div class="l-sidebar-main">` + domtest.LongP2 + `</div>` +
		`<div class="l-sidebar-main">` + domtest.LongP3 + `</div>` +
		`<div class="l-sidebar-main">` + domtest.LongP4 + `</div>` +
		`<footer><p>All rights reserved.</p></footer></body></html>`
	art, err := Extract(strings.NewReader(split), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if art.BodySource != BodyConserved || dom.WordCount(art.Text) < 4*dom.LongParagraphWords {
		t.Errorf("one paragraph to a container: body from %q with %d words, want %q and the four paragraphs", art.BodySource, dom.WordCount(art.Text), BodyConserved)
	}
	for page, want := range map[string]string{
		"conserve-split-fr":   BodyReadability,
		"conserve-paywall-de": BodyReadability,
		"conserve-tablist-en": BodyReadability,
		"comment-period":      BodyReadability,
	} {
		art := extractFile(t, filepath.Join(pagesDir, page, "source.html"), Options{})
		if art.BodySource != want {
			t.Errorf("%s: body from %q, want %q", page, art.BodySource, want)
		}
	}
}
