package clean

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
)

// teaserMarkup builds n alike teaser items of tag and class: a headline
// link and, when summary is set, a one-line summary and a date.
func teaserMarkup(n int, tag, class string, summary bool) string {
	heads := []string{"Bus service to run on Sundays from May onward", "Canal towpath to be widened and lit before winter",
		"Twelve new chargers open at the town hall car park", "Housing trust plans sixty flats beside the mill stream",
		"Music school looks for teachers of violin and drums"}
	var b strings.Builder
	for i := range n {
		b.WriteString("<" + tag + ` class="` + class + `"><h3><a href="/story/` + string(rune('a'+i)) + `">` + heads[i] + "</a></h3>")
		if summary {
			b.WriteString("<p>Volunteer drivers take the new routes, and the county pays for the fuel.</p><span>12.04.2025</span>")
		}
		b.WriteString("</" + tag + ">")
	}
	return b.String()
}

func TestRemoveTeaserLists(t *testing.T) {
	body := domtest.LongP1 + domtest.LongP2 + domtest.LongP3
	for _, tc := range []struct {
		name     string
		body     string
		gone     []string
		kept     []string
		removals int
	}{
		{
			name:     "alike teasers with summaries after the article go",
			body:     body + `<section>` + teaserMarkup(4, "article", "card", true) + `</section>`,
			gone:     []string{"Bus service to run on Sundays", "Volunteer drivers", "12.04.2025"},
			kept:     []string{"The council met", "Opponents warned"},
			removals: 4,
		},
		{
			name:     "list items of a headline link and a date after the article go",
			body:     body + `<ul><li><a href="/a">Rail strike called off after a night of talks</a> <span>3 May 2025</span></li><li><a href="/b">New bridge opens in June, a year behind plan</a> <span>1 May 2025</span></li><li><a href="/c">Budget passes after a late vote in the chamber</a> <span>28 April 2025</span></li></ul>`,
			gone:     []string{"Rail strike called off", "3 May 2025", "28 April 2025"},
			removals: 3,
		},
		{
			name:     "teasers with a section link beside the headline go",
			body:     body + `<ul>` + strings.Repeat(`<li class="t"><a href="/sport">Sport</a> <a href="/sport/derby">Derby ends in a draw after a late penalty in the rain</a> <time>2 May</time></li>`, 3) + `</ul>`,
			gone:     []string{"Derby ends in a draw", "Sport"},
			removals: 3,
		},
		{
			name:     "items with two story links are kept",
			body:     body + `<ul>` + strings.Repeat(`<li class="t"><a href="/a">Derby ends in a draw after a late penalty</a> and <a href="/b">the coach resigns the next morning at dawn</a></li>`, 3) + `</ul>`,
			kept:     []string{"Derby ends in a draw", "the coach resigns"},
			removals: 0,
		},
		{
			name:     "two teasers are not a list",
			body:     body + teaserMarkup(2, "div", "card", true),
			kept:     []string{"Bus service to run on Sundays", "Canal towpath"},
			removals: 0,
		},
		{
			name:     "teasers before the article's last paragraph are kept",
			body:     domtest.LongP1 + teaserMarkup(3, "div", "card", true) + domtest.LongP2,
			kept:     []string{"Bus service to run on Sundays"},
			removals: 0,
		},
		{
			name:     "siblings built differently are no run",
			body:     body + teaserMarkup(1, "div", "card", true) + teaserMarkup(1, "div", "box", true) + teaserMarkup(1, "div", "tile", true),
			kept:     []string{"Bus service to run on Sundays"},
			removals: 0,
		},
		{
			name: "a list article's items (a short linked name over its description) are kept",
			body: domtest.LongP1 + strings.Repeat(`<div class="pod"><h3><a href="https://pods.example/tide">High Tide</a></h3><p>A marine biologist talks each week with fishers and researchers about what is changing at sea, with humour.</p></div>`, 4),
			kept: []string{"High Tide", "marine biologist"},
		},
		{
			name: "links inside sentences are kept",
			body: body + strings.Repeat(`<li class="r"><a href="https://mag.example/rivers">What the rivers of the interior tell us about droughts</a>, a long report that follows three farmers through a whole summer and their crops.</li>`, 3),
			kept: []string{"What the rivers of the interior", "a long report"},
		},
		{
			name: "items the article introduces with a colon are kept",
			body: body + `<p>The release fixes these bugs, each with its report:</p><ul>` + strings.Repeat(`<li><a href="/bug/1">Workers leak file handles after a failed retry</a> <span>#4120</span></li>`, 3) + `</ul>`,
			kept: []string{"Workers leak file handles"},
		},
		{
			name: "teasers that outweigh the body's prose are kept",
			body: domtest.LongP1 + `<section>` + teaserMarkup(5, "article", "card", true) + `</section>`,
			kept: []string{"Bus service to run on Sundays", "Music school"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<article id="content">`+tc.body+`</article>`)
			content := domtest.ByID(root, "content")
			p := &Pruner{}
			p.Prose, p.paragraphs = articleProse(content)
			removeTeaserLists(content, p)
			checkGoneKept(t, domtest.FlatText(content), tc.gone, tc.kept, p.Removed)
			if len(p.Removed) != tc.removals {
				t.Errorf("%d removals, want %d: %+v", len(p.Removed), tc.removals, p.Removed)
			}
			for _, r := range p.Removed {
				if r.Rule != RuleTeaserList {
					t.Errorf("removal %+v, want rule %q", r, RuleTeaserList)
				}
			}
		})
	}
}

func signatoryList(n int, tag string) string {
	names := []string{"Anna Hale, teacher, Fenbridge", "Ben Irwin, parent, Coldwell", "Clare Lowe, governor, Dunmere", "David Marsh, librarian, Eastcote"}
	var b strings.Builder
	for i := range n {
		b.WriteString("<" + tag + ">" + names[i%len(names)] + "</" + tag + ">")
	}
	return b.String()
}

func TestRemoveSignatories(t *testing.T) {
	letter := domtest.LongP1 + domtest.LongP2 + domtest.LongP3
	for _, tc := range []struct {
		name string
		body string
		gone []string
		kept []string
	}{
		{
			name: "names in a list under a signatories heading go with the heading",
			body: letter + "<h2>Signatories</h2><ul>" + signatoryList(12, "li") + "</ul>",
			gone: []string{"Signatories", "Anna Hale", "David Marsh"},
			kept: []string{"The council met"},
		},
		{
			name: "names in paragraphs after the closing formula go, the formula stays",
			body: letter + "<p>Mit freundlichen Grüßen</p>" + signatoryList(11, "p"),
			gone: []string{"Anna Hale", "David Marsh"},
			kept: []string{"Mit freundlichen Grüßen", "Opponents warned"},
		},
		{
			name: "names under any other heading are kept",
			body: letter + "<h2>The victims</h2><ul>" + signatoryList(12, "li") + "</ul>",
			kept: []string{"The victims", "Anna Hale", "David Marsh"},
		},
		{
			name: "a few names are kept",
			body: letter + "<h2>Signatories</h2><ul>" + signatoryList(6, "li") + "</ul>",
			kept: []string{"Signatories", "Anna Hale"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<article id="content">`+tc.body+`</article>`)
			content := domtest.ByID(root, "content")
			p := &Pruner{}
			p.Prose, p.paragraphs = articleProse(content)
			removeSignatories(content, p)
			checkGoneKept(t, domtest.FlatText(content), tc.gone, tc.kept, p.Removed)
			if len(tc.gone) > 0 && len(p.Removed) == 0 {
				t.Error("nothing removed")
			}
			for _, r := range p.Removed {
				if r.Rule != RuleSignatories {
					t.Errorf("removal %+v, want rule %q", r, RuleSignatories)
				}
			}
		})
	}
}

func TestIsTeaserFront(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       bool
	}{
		{"teasers and a section heading", "<h1>Local</h1><section>" + teaserMarkup(5, "article", "card", true) + "</section>", true},
		{"three teasers are not a front", "<h1>Local</h1>" + teaserMarkup(3, "article", "card", true), false},
		{"a short article above the teasers", "<p>The council met on Tuesday and agreed the budget for next year after a short debate.</p><p>The vote was eleven to nine.</p>" + teaserMarkup(5, "article", "card", true), false},
		{"an article", domtest.LongP1 + domtest.LongP2, false},
		{"a list article of short linked names", strings.Repeat(`<div class="pod"><h3><a href="https://pods.example/tide">High Tide</a></h3><p>A marine biologist talks each week with fishers about the sea.</p></div>`, 6), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<div id="content">`+tc.body+`</div>`)
			if got := IsTeaserFront(domtest.ByID(root, "content")); got != tc.want {
				t.Errorf("IsTeaserFront = %v, want %v (%d words)", got, tc.want, dom.WordsIn(root))
			}
		})
	}
}

// alikeRunsAfter skips judging what stands before the last prose
// paragraph; on every fixture page, and on a page whose ancestor of that
// paragraph is itself an item, it must find the runs after it that
// alikeRuns finds.
func TestAlikeRunsAfterAgrees(t *testing.T) {
	sources, err := filepath.Glob("../../../testdata/pages/*/source.html")
	if err != nil || len(sources) == 0 {
		t.Fatalf("no fixture pages: %v", err)
	}
	roots := map[string]*html.Node{}
	for _, src := range sources {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		roots[src] = domtest.Page(t, string(data))
	}
	// The paragraph's container is a signatory-sized item (a long word
	// count hidden from WordsUpTo would make it one): here every div is.
	always := func(n *html.Node) bool { return n.DataAtom == atom.Div }
	// Judged alone, the paragraph's container and the one after it are
	// too short a run, and the run inside the latter would be found.
	roots["item-ancestor"] = domtest.Page(t, `<div class="x">a</div><div class="x">b</div><div class="x">`+domtest.LongP1+`</div>`+
		`<div class="x"><div class="y">e</div><div class="y">f</div><div class="y">g</div></div>`)
	items := map[string]func(*html.Node) bool{"signatory": isSignatory, "teaser": isTeaser, "div": always}
	for name, root := range roots {
		last := lastProseParagraph(root)
		if last == nil {
			continue
		}
		for kind, item := range items {
			var want [][]*html.Node
			for _, run := range alikeRuns(root, item, 3) {
				if dom.Follows(run[0], last) {
					want = append(want, run)
				}
			}
			var got [][]*html.Node
			for _, run := range alikeRunsAfter(root, last, item, 3) {
				if dom.Follows(run[0], last) {
					got = append(got, run)
				}
			}
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%s, %s items: alikeRunsAfter found %d runs after the last prose paragraph, alikeRuns %d", name, kind, len(got), len(want))
			}
		}
	}
}

// lastProseParagraph looks backwards; it must pick the paragraph a walk in
// document order would see last, on every fixture page and where a long
// paragraph holds another (as markup repaired by hand can).
func TestLastProseParagraphIsLastInOrder(t *testing.T) {
	sources, _ := filepath.Glob("../../../testdata/pages/*/source.html")
	pages := []string{`<div><p id="outer">` + domtest.LongP1 + `</p></div>`}
	for _, src := range sources {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(data))
	}
	nested := domtest.Page(t, `<div>`+domtest.LongP1+`<section id="s"></section></div>`)
	outer := domtest.ByID(nested, "s")
	outer.DataAtom, outer.Data = atom.P, "p" // a paragraph holding one
	inner := &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
	inner.AppendChild(&html.Node{Type: html.TextNode, Data: domtest.FlatText(domtest.Page(t, domtest.LongP2))})
	outer.AppendChild(inner)
	outer.AppendChild(&html.Node{Type: html.TextNode, Data: "and after it a few closing words of the outer one"})
	roots := []*html.Node{nested}
	for _, page := range pages {
		roots = append(roots, domtest.Page(t, page))
	}
	for i, root := range roots {
		var want *html.Node
		dom.FindFirst(root, func(c *html.Node) bool {
			if c.DataAtom == atom.P && proseParagraph(c) > 0 {
				want = c
			}
			return false
		})
		if got := lastProseParagraph(root); got != want {
			t.Errorf("page %d: lastProseParagraph = %v, the last in document order is %v", i, got, want)
		}
	}
	if lastProseParagraph(nested) != inner {
		t.Errorf("the paragraph inside a long paragraph comes after it in document order")
	}
}
