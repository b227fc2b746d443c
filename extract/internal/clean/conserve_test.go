package clean

import (
	"bytes"
	"os"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
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
