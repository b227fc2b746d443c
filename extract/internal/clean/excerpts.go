package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
)

// Excerpt cards. A "more stories" box after an article often gives each
// story a card: a headline linked to the story, an excerpt of twenty to
// sixty words, perhaps a date or a byline. isTeaser wants the headline to
// hold a quarter of an item's words and no excerpt as long as a body
// paragraph, so such cards pass it; and the excerpts, long enough to count
// as prose, move lastProseParagraph onto the last card. A list article's
// items look alike, so the cards must each link their headline to another
// page of the same site (a round-up's items link to shops or to the
// things themselves), must not be numbered, must stand after all the prose
// outside the cards, and must together weigh less than that prose (the
// items of a list article are the article).

// A card's headline link holds minCardHeadlineWords to maxCardHeadlineWords
// words; its excerpt, the words outside the headline, minExcerptWords to
// maxExcerptWords; the card at most maxExcerptCardWords in all; and a card's other
// blocks (a date, a byline) at most maxCardLineWords each.
const (
	minCardHeadlineWords = 4
	maxCardHeadlineWords = 25
	minExcerptWords      = 12
	maxExcerptWords      = 70
	maxExcerptCardWords  = 95
	maxCardLineWords     = 8
)

// removeExcerptCards removes the runs of three or more alike excerpt
// cards (see excerptCard) that follow every long prose paragraph outside
// such runs and weigh less than those paragraphs, with the heading of
// their box or a related-stories label right above the run. A run in a box of its own
// may weigh up to twice an article of three long paragraphs or more: the
// cards' excerpts are long, and a short news story has few paragraphs.
func removeExcerptCards(content *html.Node, site string, p *Pruner) {
	runs := alikeRuns(content, func(n *html.Node) bool { return excerptCard(n, site) }, minTeasers)
	if len(runs) == 0 {
		return
	}
	inRun := map[*html.Node]bool{}
	for _, run := range runs {
		for _, n := range run {
			inRun[n] = true
		}
	}
	// The article's prose: the long paragraphs outside the runs.
	var last *html.Node
	prose, paragraphs := 0, 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || inRun[c] {
				continue
			}
			if c.DataAtom == atom.P {
				if w := proseParagraph(c); w > 0 {
					prose += w
					paragraphs++
					last = c
				}
				continue
			}
			walk(c)
		}
	}
	walk(content)
	if last == nil {
		return
	}
	for _, run := range runs {
		if !dom.Follows(run[0], last) || introduced(run[0]) || !distinctHeadlines(run) {
			continue
		}
		words := 0
		for _, n := range run {
			words += dom.WordsIn(n)
		}
		if words >= prose && (words >= 2*prose || paragraphs < minBoxedProse || !boxed(run)) {
			continue
		}
		label := run[0]
		if dom.PrevElement(label) == nil && label.Parent != nil && label.Parent != content {
			label = label.Parent
		}
		label = dom.PrevTextElement(label)
		ownHeading := label != nil && label.Parent == run[0].Parent && isHeadingTag(label) && boxed(run)
		for _, n := range run {
			p.removeWithEmptyParents(n, content, RuleTeaserList)
		}
		// The box's own heading goes with its cards ("More features").
		if label != nil && dom.WordsUpTo(label, maxCardLineWords+1) <= maxCardLineWords &&
			(ownHeading || lexicon.MatchWording(dom.TextOf(label)) == lexicon.KindRelatedLinks) {
			p.removeWithEmptyParents(label, content, RuleTeaserList)
		}
	}
}

// minBoxedProse is the fewest long paragraphs an article has around a
// box of cards that outweighs it.
const minBoxedProse = 3

// boxed reports whether run stands in a box of its own: its parent holds
// nothing else but short blocks (a heading over the cards, a "more"
// link), where a list article's items share their parent with its prose.
func boxed(run []*html.Node) bool {
	in := map[*html.Node]bool{}
	for _, n := range run {
		in[n] = true
	}
	for c := run[0].Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !in[c] && dom.WordsUpTo(c, maxCardLineWords+1) > maxCardLineWords {
			return false
		}
	}
	return true
}

// distinctHeadlines reports whether the cards of run link to as many
// addresses: one story each, not one page linked over and over.
func distinctHeadlines(run []*html.Node) bool {
	seen := map[string]bool{}
	for _, n := range run {
		href := dom.Attr(headlineLink(n), "href")
		if seen[href] {
			return false
		}
		seen[href] = true
	}
	return true
}

// excerptCard reports whether n is one card for another story on the
// site: a div, list item, article or section that opens with its headline
// (a link, in a heading or on a line of its own, to another page of site,
// not numbered like a list article's item) and holds one excerpt beside
// it, and else only short lines such as a date or a byline.
func excerptCard(n *html.Node, site string) bool {
	switch n.DataAtom {
	case atom.Div, atom.Li, atom.Article, atom.Section:
	default:
		return false
	}
	words := dom.WordsUpTo(n, maxExcerptCardWords+1)
	if words > maxExcerptCardWords || words < minCardHeadlineWords+minExcerptWords {
		return false
	}
	link := headlineLink(n)
	if link == nil {
		return false
	}
	href := strings.TrimSpace(dom.Attr(link, "href"))
	if href == "" || strings.HasPrefix(href, "#") || !onSite(href, site) {
		return false
	}
	if u := strings.ToLower(href); strings.HasPrefix(u, "javascript:") || strings.HasPrefix(u, "mailto:") {
		return false
	}
	head := dom.WordsIn(link)
	if head < minCardHeadlineWords || head > maxCardHeadlineWords {
		return false
	}
	// The headline's block: its heading, or the block the link stands in alone.
	block := link.Parent
	for block != n && !dom.BlockTags[block.DataAtom] {
		block = block.Parent
	}
	if block == n || block.DataAtom == atom.P && dom.WordsIn(block) > head+maxKickerLinkWords {
		return false
	}
	if numbered(dom.TextOf(block)) {
		return false
	}
	excerpt := words - dom.WordsIn(block)
	if excerpt < minExcerptWords || excerpt > maxExcerptWords {
		return false
	}
	// What stands before the headline is at most a kicker or a date.
	if before := wordsBefore(n, block); before > maxKickerLinkWords {
		return false
	}
	// One excerpt: every other text block is a short line.
	long := 0
	ok := true
	var visit func(*html.Node)
	visit = func(c *html.Node) {
		for e := c.FirstChild; e != nil && ok; e = e.NextSibling {
			if e.Type != html.ElementNode || e == block || dom.SkipsText(e) {
				continue
			}
			if !dom.BlockTags[e.DataAtom] || !hasBlockChild(e) {
				w := dom.WordsIn(e)
				if w > maxCardLineWords {
					if long++; long > 1 || dom.LinkWords(e)*4 >= w {
						ok = false
					}
				}
				continue
			}
			visit(e)
		}
	}
	visit(n)
	return ok && long == 1
}

// hasBlockChild reports whether n has a block element among its children.
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && dom.BlockTags[c.DataAtom] {
			return true
		}
	}
	return false
}

// wordsBefore counts the words under n that come before stop in
// document order.
func wordsBefore(n, stop *html.Node) int {
	count := 0
	done := false
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for e := c.FirstChild; e != nil && !done; e = e.NextSibling {
			switch {
			case e == stop:
				done = true
			case e.Type == html.TextNode:
				count += dom.WordCount(e.Data)
			case e.Type == html.ElementNode && !dom.SkipsText(e):
				walk(e)
			}
		}
	}
	walk(n)
	return count
}

// numbered reports whether a headline opens with a list article's number:
// "3. ", "3) ", "#3 ", "No. 3".
func numbered(text string) bool {
	t := strings.TrimSpace(text)
	t = strings.TrimPrefix(t, "#")
	lower := strings.ToLower(t)
	for _, p := range []string{"no. ", "nr. ", "n° ", "№"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	if i == len(t) {
		return true
	}
	switch t[i] {
	case '.', ')', ':':
		return true
	}
	return false
}
