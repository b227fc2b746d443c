package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/extract/internal/clean"
	"github.com/pith-cli/pith/internal/dom"
)

func TestDeclaredBody(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"one article", `<article id="want"><p>x</p></article><main><p>y</p></main>`, "want"},
		{"itemprop beats article", `<article><div id="want" itemprop="articleBody"><p>x</p></div></article>`, "want"},
		{"main when no article", `<main id="want"><p>x</p></main>`, "want"},
		{"several articles declare nothing", `<article><p>a</p></article><article><p>b</p></article><main><p>c</p></main>`, ""},
		{"nothing declared", `<div><p>x</p></div>`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := clean.DeclaredBody(parsePage(t, tc.body))
			switch {
			case tc.want == "" && got != nil:
				t.Errorf("declaredBody = <%s>, want none", got.Data)
			case tc.want != "" && (got == nil || dom.Attr(got, "id") != tc.want):
				t.Errorf("declaredBody = %v, want the element with id %q", got, tc.want)
			}
		})
	}
}

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
		`<div class="box">` + longP1 + longP2 + `</div></body></html>`
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
	page := `<!DOCTYPE html><html><head><title>t</title></head><body><article>` + longP1 + longP2 + longP3 + longP4 +
		`<p>Comments are closed on this story.</p></article></body></html>`
	art, err := Extract(strings.NewReader(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if art.BodySource != clean.BodyReadability {
		t.Errorf("BodySource = %q, want %q", art.BodySource, clean.BodyReadability)
	}
}

func TestParagraphsOf(t *testing.T) {
	n := clean.ParagraphsOf("First  line.\n\n  Second\tline. \n")
	var b strings.Builder
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "<div><p>First line.</p><p>Second line.</p></div>"; got != want {
		t.Errorf("paragraphsOf = %s, want %s", got, want)
	}
}

func TestFocusNarrowsThePageToTheDeclaredArticle(t *testing.T) {
	outside := `<div class="panel"><p>Other stories from the county this week, in brief.</p></div>`
	for _, tc := range []struct {
		name, body string
		want       bool
	}{
		{"article holds every body paragraph", outside + "<article>" + longP1 + longP2 + longP3 + "</article>", true},
		{"a body paragraph outside the article", "<div>" + longP4 + "</div><article>" + longP1 + longP2 + longP3 + "</article>", false},
		{"too short an article", outside + "<article>" + longP1 + longP2 + "</article>", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &dom.Document{Node: parsePage(t, tc.body).Parent}
			pr := &clean.Pruner{}
			d := clean.CleanPage(doc, nil, pr)
			if got := d.Focused; got != tc.want {
				t.Fatalf("focused = %v, want %v", got, tc.want)
			}
			text := flatText(doc.Root())
			if tc.want && strings.Contains(text, "Other stories") {
				t.Errorf("the page around the article is still there: %q", text)
			}
			if tc.want && !slices.Contains(rulesOf(pr.Removed), clean.RuleOutsideArticle) {
				t.Errorf("removals %v do not report %s", rulesOf(pr.Removed), clean.RuleOutsideArticle)
			}
			if !tc.want && !strings.Contains(text, "Other stories") && strings.Contains(tc.body, "Other stories") {
				t.Errorf("the page was narrowed anyway: %q", text)
			}
		})
	}
}

func TestKeepLeadImage(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>t</title></head><body><div class="panel"><p>Elsewhere on the site.</p></div>` +
		`<article><header><h1>Council closes two bus depots</h1><img src="avatar.jpg" width="40"></header>` +
		`<figure><img src="depot.jpg" width="1200"><figcaption>The depot on Mill Road.</figcaption></figure>` +
		`<div class="entry">` + longP1 + longP2 + longP3 + longP4 + `</div></article></body></html>`
	art, err := Extract(strings.NewReader(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	img := dom.FindFirst(art.Content, func(n *html.Node) bool { return n.Data == "img" })
	if img == nil || dom.Attr(img, "src") != "depot.jpg" {
		t.Errorf("the lead image is missing from the content (first image: %v)", img)
	}
}
