package clean

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
)

// TestSparesByWordsAndParagraphs checks the share the conservation check
// spares: most of the page's article prose in words and in paragraphs. A
// consent centre's three long legal paragraphs outweigh a four-paragraph
// story in words, but not in paragraphs, so the class rule may still take
// it; the body holds all of both, so no rule may.
func TestSparesByWordsAndParagraphs(t *testing.T) {
	data, err := os.ReadFile("../../../testdata/pages/conserve-consent-de/source.html")
	if err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	pr := &Pruner{}
	pr.Prose, pr.paragraphs = articleProse(root)
	find := func(id, class string) *html.Node {
		n := dom.FindFirst(root, func(n *html.Node) bool {
			return id != "" && dom.Attr(n, "id") == id || class != "" && dom.Attr(n, "class") == class
		})
		if n == nil {
			t.Fatalf("no element #%s.%s", id, class)
		}
		return n
	}
	consent := find("privacy-consent-center", "")
	if words, paragraphs := articleProse(consent); words*2 <= pr.Prose || paragraphs*2 >= pr.paragraphs {
		t.Fatalf("the consent centre holds %d of %d words and %d of %d paragraphs: the page tests nothing", words, pr.Prose, paragraphs, pr.paragraphs)
	}
	if pr.spares(consent, RuleClassVocab) {
		t.Error("the consent centre, most of the prose by words but not by paragraphs, is spared")
	}
	body := dom.FindFirst(root, func(n *html.Node) bool { return n.Data == "body" })
	if !pr.spares(body, RuleClassVocab) {
		t.Error("the page's body, all of its prose, is not spared")
	}
}

// TestSparesDisclosurePanels checks that a tab's or an accordion's panel
// holding a long prose paragraph is not removed for its name ("modal-…",
// "sharing-…" ids are its topic's), while a panel-like box that is no tab
// nor accordion still is, and a panel with no prose (a share menu's) too.
func TestSparesDisclosurePanels(t *testing.T) {
	for _, tc := range []struct {
		name, el string
		spared   bool
	}{
		{"tab panel with a modal id", `<div id="modal-editor" role="tabpanel">` + domtest.LongP1 + `</div>`, true},
		{"accordion body with a sharing id", `<div id="sharing-team-body" class="accordion-collapse collapse">` + domtest.LongP1 + `</div>`, true},
		{"tab pane by its classes", `<div id="x" class="tab-pane share-settings">` + domtest.LongP1 + `</div>`, true},
		{"a sidebar pane is no tab", `<div id="x" class="sidebar-pane">` + domtest.LongP1 + `</div>`, false},
		{"an accordion of share links holds no prose", `<div id="x" class="share-accordion"><a href="/s">Share</a></div>`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, "<article>"+domtest.LongP2+domtest.LongP3+domtest.LongP4+"</article>"+tc.el)
			pr := &Pruner{}
			pr.Prose, pr.paragraphs = articleProse(root)
			n := dom.FindFirst(root, func(n *html.Node) bool {
				return n.Parent != nil && n.Parent.Data == "body" && n.DataAtom != atom.Article
			})
			if n == nil {
				t.Fatal("no element")
			}
			if got := pr.spares(n, RuleClassVocab); got != tc.spared {
				t.Errorf("spares = %v, want %v", got, tc.spared)
			}
		})
	}
}

// TestSparesAnchoredSections checks that a section whose id is made from
// its own heading and that holds a long prose paragraph is spared by the
// name rules, comments in its name or not, while a widget whose heading
// is boilerplate wording, or whose id is not its heading's, is not.
func TestSparesAnchoredSections(t *testing.T) {
	for _, tc := range []struct {
		name, el string
		spared   bool
	}{
		{"section anchored to its heading", `<section id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>` + domtest.LongP1 + `</section>`, true},
		{"comments in an anchored section's name", `<section id="comments-and-reviews"><h2>Comments and reviews</h2>` + domtest.LongP1 + `</section>`, true},
		{"a related widget's heading is boilerplate", `<section id="related-posts"><h2>Related posts</h2>` + domtest.LongP1 + `</section>`, false},
		{"an id that is not its heading's", `<section id="sharing-bar"><h2>Sharing with a single developer</h2>` + domtest.LongP1 + `</section>`, false},
		{"reader comments under their heading", `<div id="comments"><h3>3 Comments</h3>` + domtest.LongP1 + `</div>`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, "<article>"+domtest.LongP2+domtest.LongP3+domtest.LongP4+"</article>"+tc.el)
			pr := &Pruner{}
			pr.Prose, pr.paragraphs = articleProse(root)
			n := dom.FindFirst(root, func(n *html.Node) bool {
				return n.Parent != nil && n.Parent.Data == "body" && n.DataAtom != atom.Article
			})
			if got := pr.spares(n, RuleClassVocab); got != tc.spared {
				t.Errorf("spares = %v, want %v", got, tc.spared)
			}
		})
	}
}

// TestParagraphMemoStaysTrue runs the rules over the fixture pages and, at
// every removal, checks each paragraph count the memo holds against a
// fresh count: a removal the memo did not forget would leave a paragraph's
// words, or an element's, as they were before it.
func TestParagraphMemoStaysTrue(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/pages/*/source.html")
	if len(files) == 0 {
		t.Fatal("no fixture pages")
	}
	checked, removals := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		root, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		pr := &Pruner{}
		pr.Observe = func(*html.Node, string) {
			removals++
			for p, e := range pr.paras {
				if w := dom.WordsIn(p); e.words != w {
					t.Fatalf("%s: the memo holds %d words for a %s of %d", f, e.words, p.Data, w)
				}
				if l := dom.LinkWords(p); e.links >= 0 && e.links != l {
					t.Fatalf("%s: the memo holds %d link words for a %s of %d", f, e.links, p.Data, l)
				}
				checked++
			}
		}
		CleanPage(&dom.Document{Node: root}, nil, pr)
		if body := dom.FindFirst(root, func(n *html.Node) bool { return n.Data == "body" }); body != nil {
			PostCleanAll(body, &Article{}, pr)
		}
	}
	if checked == 0 || removals == 0 {
		t.Fatalf("%d removals, %d counts checked: the test tests nothing", removals, checked)
	}
}
