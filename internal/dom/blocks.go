package dom

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// BlockTags are the elements that start a new block of text.
var BlockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Dd: true,
	atom.Details: true, atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true,
	atom.Ul: true, atom.Caption: true,
}

// IsTextBlock reports whether n is a unit wording rules read: a block
// element with text and no blocks inside, or an inline element (a link, a
// button) that stands apart from its siblings, with no loose text around it.
func IsTextBlock(n *html.Node) bool {
	return IsTextBlockIn(n, n.Parent != nil && HoldsOnlyElements(n.Parent))
}

// IsTextBlockIn is IsTextBlock for a child of a parent already known to
// hold only elements (or not): callers walking a parent's children look at
// the siblings once, not once per child, so a parent with thousands of
// children costs one pass.
func IsTextBlockIn(n *html.Node, parentHoldsOnlyElements bool) bool {
	if n.Type != html.ElementNode || !HasText(n) {
		return false
	}
	if BlockTags[n.DataAtom] {
		return FindFirst(n, func(c *html.Node) bool { return BlockTags[c.DataAtom] }) == nil
	}
	p := n.Parent
	if p == nil || p.Type != html.ElementNode {
		return false
	}
	return parentHoldsOnlyElements
}

// HoldsOnlyElements reports whether p has two or more element children and
// no text of its own beside them.
func HoldsOnlyElements(p *html.Node) bool {
	elements := 0
	for s := p.FirstChild; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) != "":
			return false
		case s.Type == html.ElementNode:
			elements++
		}
	}
	return elements > 1
}

// TextBlocks lists the text blocks under root in document order.
func TextBlocks(root *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		onlyElements := HoldsOnlyElements(n)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Head:
				continue
			}
			if IsTextBlockIn(c, onlyElements) {
				out = append(out, c)
			}
			walk(c)
		}
	}
	walk(root)
	return out
}

// Attached reports whether n is still under root.
func Attached(n, root *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == root {
			return true
		}
	}
	return false
}

// LinkWords counts the words of n that are link text. A link whose
// address is a script URL (javascript:, vbscript:) leads nowhere: its text
// is the page's own, as the words of a dictionary's pop-up glosses are, so
// it does not count.
func LinkWords(n *html.Node) int {
	if n.DataAtom == atom.A && !isScriptLink(n) {
		return WordsIn(n)
	}
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			count += LinkWords(c)
		}
	}
	return count
}

// isScriptLink reports a link whose address runs script instead of leading
// to a page (javascript:, vbscript:, in any case, after the white space
// and controls a browser ignores).
func isScriptLink(n *html.Node) bool {
	href := strings.TrimLeft(Attr(n, "href"), "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	if len(href) < len("vbscript:") {
		return false
	}
	head := strings.ToLower(href[:min(len(href), len("javascript:"))])
	return strings.HasPrefix(head, "javascript:") || strings.HasPrefix(head, "vbscript:")
}
