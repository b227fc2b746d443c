package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// document is a parsed page.
type document struct {
	node *html.Node // the document node
}

// root returns the <html> element, or the document node when there is none.
func (d *document) root() *html.Node {
	for c := d.node.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Html {
			return c
		}
	}
	return d.node
}

// parse builds the tree once, after the work caps (see capPage). A page
// the byte scan let through but the parser refuses (too deep once the
// parser's implied elements are counted) is capped and parsed again; a page
// refused even then is too complex. The outcome is deterministic.
func parse(text string) (*document, error) {
	text = dropScriptBodies(text)
	capped := capPage(text)
	node, err := html.Parse(strings.NewReader(capped))
	if err != nil && len(capped) == len(text) && capped == text {
		capped = applyCaps(text)
		node, err = html.Parse(strings.NewReader(capped))
	}
	if err != nil {
		return nil, errorf(ErrTooComplex, "nesting stays too deep after capping it at %d elements", maxDepth)
	}
	return &document{node: node}, nil
}
