package clean

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// declaration is the article element a page declares, found after cleaning.
type declaration struct {
	Node    *html.Node // nil when the page declares none
	words   int
	Focused bool // focus narrowed the page to it
}

// CleanPage applies the user's rules and pith's to the parsed page and
// returns the body the page declares, if any.
func CleanPage(doc *dom.Document, rules *Rules, pr *Pruner) declaration {
	root := doc.Root()
	pr.shield = rules.shield(root)
	rules.applyUserRemovals(root, pr)
	showPanels(root)
	pr.paras = paraMemo{}
	pr.Prose, pr.paragraphs = pr.paras.articleProse(root)
	clean(root, pr)
	pr.paras = nil // focus moves the declared body: counts afresh from here
	var d declaration
	if n := declaredBody(root); n != nil {
		d.Node, d.words, d.Focused = n, dom.WordsIn(n), focus(root, n, pr)
	}
	return d
}

// focus leaves only the declared body under <body> when it holds nearly
// all of the page's body paragraphs (focusShare of them, three at least):
// readability then has only the article to score, so it neither strays to
// a block beside it nor spends time on the rest of the page. Not when the
// user keeps elements, which may lie outside it.
func focus(root, declared *html.Node, pr *Pruner) bool {
	if len(pr.shield.kept) > 0 {
		return false
	}
	long := dom.LongParagraphs(declared)
	if long < 3 || long*100 < dom.LongParagraphs(root)*focusShare {
		return false
	}
	body := dom.FindFirst(root, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		return false
	}
	declared.Parent.RemoveChild(declared)
	for c := body.FirstChild; c != nil; c = body.FirstChild {
		if c.Type == html.ElementNode && dom.HasText(c) {
			pr.force(c, RuleOutsideArticle)
		} else {
			body.RemoveChild(c)
		}
	}
	body.AppendChild(declared)
	return true
}

// KeepLeadImage puts back the article's lead image when readability,
// picking the text below it, left the content without any: the figure the
// declared body opens with, before its first body paragraph. (Readability
// copies the tree it works on, so the declared body still holds it.)
func KeepLeadImage(content, declared *html.Node) {
	if content == nil || declared == nil || dom.FindFirst(content, dom.IsMedia) != nil {
		return
	}
	var lead *html.Node
	dom.FindFirst(declared, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.P && dom.WordsIn(n) >= dom.LongParagraphWords:
			return true // the body starts: no lead image above it
		case n.DataAtom == atom.Figure || n.DataAtom == atom.Picture || n.DataAtom == atom.Img && !isSmallImage(n):
			lead = n
			return true
		}
		return false
	})
	if lead != nil {
		first := content.FirstChild
		content.InsertBefore(dom.CloneTree(lead), first)
		content.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, first)
	}
}

// isSmallImage reports an image whose declared width is under 200 pixels:
// an avatar by the byline, an icon — not a lead image.
func isSmallImage(img *html.Node) bool {
	w, err := strconv.Atoi(strings.TrimSuffix(dom.Attr(img, "width"), "px"))
	return err == nil && w < 200
}

// focusShare is the percentage of the page's body paragraphs the declared
// body must hold for focus to narrow the page to it.
const focusShare = 90
