package input

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// hasRuby reports whether a page may hold ruby annotations, by a byte scan
// for their tags (<rt, <RT, <rp or <RP); most pages have none and are not
// walked. One pass from '<' to '<': a page has a '<' every few dozen bytes,
// and a search per spelling stopped at each of them four times.
func hasRuby(text string) bool {
	for i := 0; ; i++ {
		lt := strings.IndexByte(text[i:], '<')
		if lt < 0 || i+lt+2 >= len(text) {
			return false
		}
		i += lt
		switch text[i+1 : i+3] {
		case "rt", "RT", "rp", "RP":
			return true
		}
	}
}

// flattenRuby leaves each ruby element as its base text: the readings (rt,
// rtc) and the parentheses shown to browsers without ruby (rp) go, the
// ruby and rb tags give up their text, and the base joins the text around
// it, so "<ruby>子<rt>こ</rt></ruby>ども" reads "子ども" in the text, the
// title and every rendering, and counts as the words it is. It runs before
// metadata, cleaning and readability, so none of them reads a reading as
// text. A reading outside any ruby element is left alone.
func flattenRuby(root *html.Node) {
	var rubies []*html.Node
	for n := range dom.Elements(root) {
		if n.DataAtom == atom.Ruby {
			rubies = append(rubies, n)
		}
	}
	for i := len(rubies) - 1; i >= 0; i-- { // inner first: a nested ruby is gone before its outer one is read
		r := rubies[i]
		var drop, unwrap []*html.Node
		for n := range dom.Elements(r) {
			switch n.DataAtom {
			case atom.Rt, atom.Rp, atom.Rtc:
				drop = append(drop, n)
			case atom.Rb:
				unwrap = append(unwrap, n)
			}
		}
		for _, n := range drop {
			dom.RemoveNode(n)
		}
		for _, n := range unwrap {
			dom.UnwrapNode(n)
		}
		parent := r.Parent
		dom.UnwrapNode(r)
		if parent != nil {
			joinText(parent)
		}
	}
}

// joinText merges the adjacent text nodes among n's children into one.
func joinText(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		for c.Type == html.TextNode && c.NextSibling != nil && c.NextSibling.Type == html.TextNode {
			next := c.NextSibling
			c.Data += next.Data
			n.RemoveChild(next)
		}
	}
}
