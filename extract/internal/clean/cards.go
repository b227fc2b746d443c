package clean

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// Teaser cards. A carousel or a rail of other stories inside the element a
// page declares as its article is a run of alike cards — the same tag and
// class, one after another — each a link to another story with perhaps an
// image, a rubric and a date, and no paragraph of prose. Readability drops
// such a run for its links; the recall guard must neither count it as
// article the page declares (fifty cards outweigh a short story and would
// set it off) nor bring it back when it takes the declared body.

const (
	// minCards: fewer alike items are a pair of links or a short list,
	// which the link-list rule judges.
	minCards = 4
	// maxCardWords: a card is a headline with a rubric, a date or a line
	// of summary; more is prose.
	maxCardWords = 40
)

// teaserCards returns the items of every run of teaser cards under n.
func teaserCards(n *html.Node) []*html.Node {
	var cards []*html.Node
	for _, run := range alikeRuns(n, isCard, minCards) {
		cards = append(cards, run...)
	}
	return cards
}

// isCard reports whether n reads as a teaser card: a link with text to
// another page, an image or links making up a third of its words or more,
// few words and no prose paragraph.
func isCard(n *html.Node) bool {
	words := dom.WordsIn(n)
	if words == 0 || words > maxCardWords || links(n) == 0 {
		return false
	}
	if dom.LinkWords(n)*3 < words && dom.FindFirst(n, isImage) == nil {
		return false // a sentence with a link in it: a list of the article's own
	}
	return dom.FindFirst(n, func(p *html.Node) bool { return p.DataAtom == atom.P && proseParagraph(p) > 0 }) == nil
}

func isImage(n *html.Node) bool {
	return n.DataAtom == atom.Img || n.DataAtom == atom.Picture
}

// cardWords counts the words of cards.
func cardWords(cards []*html.Node) int {
	words := 0
	for _, c := range cards {
		words += dom.WordsIn(c)
	}
	return words
}
