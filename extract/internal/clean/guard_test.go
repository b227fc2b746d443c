package clean

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
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
			got := declaredBody(domtest.Page(t, tc.body))
			switch {
			case tc.want == "" && got != nil:
				t.Errorf("declaredBody = <%s>, want none", got.Data)
			case tc.want != "" && (got == nil || dom.Attr(got, "id") != tc.want):
				t.Errorf("declaredBody = %v, want the element with id %q", got, tc.want)
			}
		})
	}
}

func TestParagraphsOf(t *testing.T) {
	n := paragraphsOf("First  line.\n\n  Second\tline. \n")
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
		{"article holds every body paragraph", outside + "<article>" + domtest.LongP1 + domtest.LongP2 + domtest.LongP3 + "</article>", true},
		{"a body paragraph outside the article", "<div>" + domtest.LongP4 + "</div><article>" + domtest.LongP1 + domtest.LongP2 + domtest.LongP3 + "</article>", false},
		{"too short an article", outside + "<article>" + domtest.LongP1 + domtest.LongP2 + "</article>", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &dom.Document{Node: domtest.Page(t, tc.body).Parent}
			pr := &Pruner{}
			d := CleanPage(doc, nil, pr)
			if got := d.Focused; got != tc.want {
				t.Fatalf("focused = %v, want %v", got, tc.want)
			}
			text := domtest.FlatText(doc.Root())
			if tc.want && strings.Contains(text, "Other stories") {
				t.Errorf("the page around the article is still there: %q", text)
			}
			if tc.want && !slices.Contains(rulesOf(pr.Removed), RuleOutsideArticle) {
				t.Errorf("removals %v do not report %s", rulesOf(pr.Removed), RuleOutsideArticle)
			}
			if !tc.want && !strings.Contains(text, "Other stories") && strings.Contains(tc.body, "Other stories") {
				t.Errorf("the page was narrowed anyway: %q", text)
			}
		})
	}
}
