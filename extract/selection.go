package extract

import (
	"fmt"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// BodySelected is Article.BodySource when one of Options.Select's
// selectors matched: the body is the element it names.
const BodySelected = "selected"

// Selection names the element that is the article, for pages whose
// template the user knows (pith --select). A Selection is safe for
// concurrent use.
type Selection struct {
	sels []cascadia.Matcher
}

// NewSelection compiles CSS selectors, in order of preference: the article
// is the first element, in document order, that the first selector
// matching anything matches. A selector may be a group ("main, article"),
// whose members are then equals.
func NewSelection(selectors ...string) (*Selection, error) {
	s := &Selection{}
	for _, src := range selectors {
		sel, err := cascadia.ParseGroup(src)
		if err != nil {
			return nil, fmt.Errorf("selector %q: %v", src, err)
		}
		s.sels = append(s.sels, sel)
	}
	return s, nil
}

// findIn is the element s names in doc; nil when s is nil or nothing
// matches.
func (s *Selection) findIn(doc *dom.Document) *html.Node {
	if s == nil {
		return nil
	}
	return s.find(doc.Root())
}

// find is the element s names in root, or nil.
func (s *Selection) find(root *html.Node) *html.Node {
	for _, sel := range s.sels {
		if n := cascadia.Query(root, sel); n != nil {
			return n
		}
	}
	return nil
}

// isolate makes n the only content of the page's body, so that the
// cleaning rules run on it alone and nothing outside it can come back.
func isolate(root, n *html.Node) {
	body := dom.FindFirst(root, func(e *html.Node) bool { return e.DataAtom == atom.Body })
	if body == nil || dom.Attached(body, n) {
		return // the whole body, or more, is the article
	}
	n.Parent.RemoveChild(n)
	for c := body.FirstChild; c != nil; c = body.FirstChild {
		body.RemoveChild(c)
	}
	body.AppendChild(n)
}
