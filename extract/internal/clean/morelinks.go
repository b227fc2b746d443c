package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// removeArrowLinks removes the lone links after the article that point on
// with an arrow ("Meer nieuws →", "Więcej wiadomości ›", "Altre notizie
// »"): a paragraph or division whose text is one short link ending in an
// arrow, with no body paragraph after it. The arrow says "go elsewhere"
// in every language; an article's own last link sits in a sentence.
func (c *cleaner) removeArrowLinks(root *html.Node) {
	if !c.hasArticle(root) {
		return
	}
	var found []*html.Node
	for a := range dom.Elements(root) {
		if a.DataAtom != atom.A {
			continue
		}
		n := a.Parent
		for n != nil && n.Type == html.ElementNode && !dom.BlockTags[n.DataAtom] {
			n = n.Parent // the block the link sits in
		}
		if n != nil && (n.DataAtom == atom.P || n.DataAtom == atom.Div) && isArrowLink(n) {
			found = append(found, n)
		}
	}
	for _, n := range found {
		if dom.Attached(n, root) && !proseAfter(n) {
			c.remove(n, RuleArrowLink)
		}
	}
}

// maxArrowLinkWords bounds the text of an arrow link.
const maxArrowLinkWords = 6

// isArrowLink reports whether block n is all one short link whose text
// ends in an arrow.
func isArrowLink(n *html.Node) bool {
	words := dom.WordsUpTo(n, maxArrowLinkWords+1)
	if words == 0 || words > maxArrowLinkWords {
		return false
	}
	var link *html.Node
	for d := range dom.Elements(n) {
		if d.DataAtom == atom.A {
			if link != nil {
				return false
			}
			link = d
		}
	}
	if link == nil {
		return false
	}
	if dom.WordsIn(link) != words {
		return false
	}
	text := strings.TrimSpace(dom.TextOf(n))
	for _, arrow := range []string{"→", "›", "»", "⟶", "➔", "▸"} {
		if strings.HasSuffix(text, arrow) {
			return true
		}
	}
	return false
}

// removeLabelledLinks removes the teasers set after the article's last
// paragraph as a line of their own: a short label ending in a colon and
// one link to another story ("<b>Siehe auch:</b> <a>Neuer Skatepark
// öffnet im Mai</a>", "Zie ook: …", "Ver también: …"). The shape says it
// in every language: a sentence of the article does not end its first
// words with a colon and give the rest to a link. Between paragraphs the
// same line is kept: those who label news articles keep such a teaser
// in the text ("Lesen Sie hier: …" in fundus), and so does a list of
// products ("Product: <a>…</a>") the article goes on after.
func (c *cleaner) removeLabelledLinks(root *html.Node) {
	if !c.hasArticle(root) {
		return
	}
	var found []*html.Node
	for n := range dom.Elements(root) {
		if n.DataAtom == atom.P && isLabelledLink(n) {
			found = append(found, n)
		}
	}
	for _, n := range found {
		if !proseAfter(n) {
			c.remove(n, RuleLabelledLink)
		}
	}
}

// maxLinkLabelWords bounds the label before a teaser's link.
const maxLinkLabelWords = 3

// minTeaserLinkWords is the shortest headline a labelled teaser links
// ("Dorpsfeest keert terug"):
// a source's or a file's name ("Quelle: <a>Destatis</a>") is shorter.
const minTeaserLinkWords = 3

// isLabelledLink reports whether paragraph p is a label ending in a colon
// followed by one link, a headline, and nothing else.
func isLabelledLink(p *html.Node) bool {
	var link *html.Node
	var label strings.Builder
	for d := range p.Descendants() {
		switch {
		case d.Type == html.ElementNode && d.DataAtom == atom.A:
			if link != nil {
				return false
			}
			link = d
		case d.Type == html.TextNode && link == nil:
			label.WriteString(d.Data)
		case d.Type == html.TextNode && !dom.HasAncestor(d, atom.A) && strings.TrimSpace(d.Data) != "":
			return false // words after the link: a sentence
		}
	}
	if link == nil {
		return false
	}
	text := strings.TrimSpace(label.String())
	words := dom.WordCount(text)
	if words == 0 || words > maxLinkLabelWords || !strings.HasSuffix(text, ":") {
		return false
	}
	linkText := strings.TrimSpace(dom.TextOf(link))
	return dom.WordCount(linkText) >= minTeaserLinkWords && !looksLikeAddress(linkText) && !endsSentence(linkText)
}
