package clean

import (
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
)

// isKickerLinkBlock reports whether a paragraph, list item or div is a
// teaser line with a bold kicker: every word is link text or sits in a
// bold or strong label ("<b>Health:</b> <a>Five signs of…</a>", "<a>Story
// headline</a> <b>[VIDEO]</b>"), and the labels are shorter than the
// links. Recommendation boxes written into the body take this shape on
// many sites; an article's own list gives its items words of their own
// ("<b>Depot A:</b> closes in May").
func isKickerLinkBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Li:
	default:
		return false
	}
	var link, label, plain int
	kickerWords(n, false, &link, &label, &plain)
	// The label may name each story's section or its kind, never hold the story.
	return plain == 0 && link > 0 && label > 0 && label <= link && label <= maxKickerLabelWords*links(n)
}

// A kicker label runs to at most maxKickerLabelWords words per link.
const maxKickerLabelWords = 6

// kickerWords counts n's words in links, in bold labels outside links and
// elsewhere.
func kickerWords(n *html.Node, bold bool, link, label, plain *int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if bold {
				*label += dom.WordCount(c.Data)
			} else if hasLetterOrDigit(c.Data) {
				*plain++ // brackets and bars between teasers are not words
			}
		case html.ElementNode:
			switch {
			case dom.SkipsText(c):
			case c.DataAtom == atom.A:
				*link += dom.WordsIn(c)
			case c.DataAtom == atom.B || c.DataAtom == atom.Strong:
				kickerWords(c, true, link, label, plain)
			default:
				kickerWords(c, bold, link, label, plain)
			}
		}
	}
}

// removeKickerTeasers removes recommendation boxes written into the body
// as teaser lines with bold kickers, wherever they stand: a list of three
// or more items that are all kicker lines, or one paragraph of three or
// more such links ("<a>Story</a> [<b>VIDEO</b>] <a>Story</a>
// [<b>INSIGHT</b>]…"). Every link must stay on the page's site: an
// article's own list of sources ("<b>Ministry:</b> <a>the report</a>")
// points elsewhere. A short bold label right above goes with the box
// ("DON'T MISS", "Lesen Sie auch"); a heading stays, as it may head the
// article's next section, and so does a short sentence of the article.
func removeKickerTeasers(content *html.Node, site string, p *Pruner) {
	var boxes []*html.Node
	for n := range dom.Elements(content) {
		if isKickerBox(n, site) {
			boxes = append(boxes, n)
		}
	}
	for _, box := range boxes {
		if !dom.Attached(box, content) || dom.WordsIn(box) >= p.Prose {
			continue
		}
		label := dom.PrevTextElement(box)
		if label != nil && isBoxLabel(label) {
			p.removeWithEmptyParents(label, content, RuleLinkList)
		}
		p.removeWithEmptyParents(box, content, RuleLinkList)
	}
}

// isBoxLabel reports whether n is a box's label: a short block, not an
// h1 to h6, all in bold ("DON'T MISS") or worded as a related-links label.
// A short sentence of the article above the box stays.
func isBoxLabel(n *html.Node) bool {
	if isHeadingTag(n) || !isHeading(n) || introduces(n) || dom.FindFirst(n, dom.IsMedia) != nil {
		return false
	}
	var link, label, plain int
	kickerWords(n, false, &link, &label, &plain)
	return plain == 0 && label > 0 || lexicon.MatchWording(dom.TextOf(n)) == lexicon.KindRelatedLinks
}

// isKickerBox reports whether n is a list of three or more kicker teaser
// lines or a paragraph that is one with three or more links, all on site.
func isKickerBox(n *html.Node, site string) bool {
	switch n.DataAtom {
	case atom.Ul, atom.Ol:
		if listItems(n, isKickerLinkBlock) < minKickerTeasers {
			return false
		}
	case atom.P:
		if links(n) < minKickerTeasers || !isKickerLinkBlock(n) {
			return false
		}
	default:
		return false
	}
	for a := range dom.Elements(n) {
		if a.DataAtom == atom.A && !onSite(dom.Attr(a, "href"), site) {
			return false
		}
	}
	return true
}

// onSite reports whether href stays on the page's site; with the site
// unknown, only a link without a host does.
func onSite(href, site string) bool {
	if site != "" {
		return !dom.LeavesSite(href, site)
	}
	u, err := url.Parse(strings.TrimSpace(href))
	return err == nil && u.Host == ""
}

// A kicker box holds at least minKickerTeasers teasers.
const minKickerTeasers = 3

// hasLetterOrDigit reports whether s holds a letter or a digit.
func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
