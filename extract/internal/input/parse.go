package input

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
)

// Parse builds the tree once, after the work caps (see capPage). A page
// the byte scan let through but the parser refuses (too deep once the
// parser's implied elements are counted) is capped and parsed again; a page
// refused even then is too complex. The outcome is deterministic. A post
// body kept in a template joins the tree (see inlineTemplates); ruby
// annotations leave it (see flattenRuby).
func Parse(text string) (*dom.Document, error) {
	text = dropScriptBodies(text)
	capped := capPage(text)
	node, err := html.Parse(strings.NewReader(capped))
	if err != nil && len(capped) == len(text) && capped == text {
		capped = ApplyCaps(text)
		node, err = html.Parse(strings.NewReader(capped))
	}
	if err != nil {
		return nil, errorf(ErrTooComplex, "nesting stays too deep after capping it at %d elements", MaxDepth)
	}
	if hasTemplateBody(capped) {
		inlineTemplates(node)
	}
	if hasRuby(capped) {
		flattenRuby(node)
	}
	return &dom.Document{Node: node}, nil
}
