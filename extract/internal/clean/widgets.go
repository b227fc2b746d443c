package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
)

// removeWordingWidgets removes the widgets that wording rules recognise:
// each matched block goes with the smallest enclosing widget around it, as
// long as that widget stays short, holds no body paragraph and is made
// mostly of boilerplate (or carries a control such as a button).
//
// A matched block that is a plain paragraph or heading in the text flow (a
// long paragraph right before or after it, no controls) is kept: an article
// about a public comment period may say "Comments can be mailed to City
// Hall." in a paragraph of its own.
func (c *cleaner) removeWordingWidgets(root *html.Node) {
	for _, block := range dom.TextBlocks(root) {
		if block.Parent == nil || !dom.Attached(block, root) {
			continue // removed with an earlier widget
		}
		kind := c.kindOf(block)
		if kind == "" || kind == lexicon.KindInterfaceLabel && inTableCell(block) {
			continue
		}
		widget := c.widgetAround(block, root, kind)
		if !lexicon.NotProse[kind] && (inTextFlow(widget) && !calledOut(widget) || quietProse(widget)) || widget == block && inSentence(block) {
			continue
		}
		next := dom.NextElement(widget)
		c.remove(widget, RuleWording+": "+kind)
		if kind == lexicon.KindRelatedLinks {
			for _, teasers := range teasersAfter(next) {
				c.remove(teasers, RuleWording+": "+kind)
			}
		}
	}
}

// teasersAfter returns the teasers for other stories that a "related"
// label introduces, starting at n: a run of lists whose items are short
// and each hold a link ("YouTubers must unionize, <a>no matter what Google
// says</a>"), or of blocks that are all link text — two teasers or more in
// all; nil when n starts no such run.
func teasersAfter(n *html.Node) []*html.Node {
	var run []*html.Node
	items := 0
	for ; n != nil; n = dom.NextElement(n) {
		count := teaserItems(n)
		if count == 0 {
			if !dom.HasText(n) && dom.FindFirst(n, dom.IsMedia) == nil {
				continue // an empty slot does not end the run
			}
			break
		}
		run = append(run, n)
		items += count
	}
	if items < 2 {
		return nil
	}
	return run
}

// teaserItems counts the teasers in n: the items of a list of short linked
// items, or 1 for a block that is all link text; 0 when n is neither.
func teaserItems(n *html.Node) int {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		if isLinkBlock(n) {
			return 1
		}
		return 0
	}
	return listItems(n, func(li *html.Node) bool { return links(li) > 0 && dom.WordsIn(li) <= maxTeaserWords })
}

// maxTeaserWords bounds one teaser in a list of related stories.
const maxTeaserWords = 25

// widgetAround climbs from a matched block to the largest ancestor that is
// still one widget. A label over other stories ("Trending", "More:") takes
// its links with it: they count as boilerplate. (A link that matches, such
// as a "More" link in a card, does not.)
func (c *cleaner) widgetAround(block, root *html.Node, kind string) *html.Node {
	widget := block
	for p := block.Parent; p != nil && p != root; p = p.Parent {
		if dom.IsBoundary(p) {
			break
		}
		words := dom.WordsIn(p)
		if words > lexicon.MaxWidgetWords || dom.LongParagraphs(p) > 0 {
			break
		}
		boilerplate := c.boilerplateWords(p)
		if kind == lexicon.KindRelatedLinks && block.DataAtom != atom.A {
			boilerplate = min(words, boilerplate+dom.LinkWords(p))
		}
		if !hasControl(p) && boilerplate*10 < words*3 {
			break // mostly something else: keep it
		}
		widget = p
	}
	return widget
}

// boilerplateWords counts the words under n that are in matched blocks or in controls.
func (c *cleaner) boilerplateWords(n *html.Node) int {
	return c.boilerplateWordsIn(n, n.Parent != nil && dom.HoldsOnlyElements(n.Parent))
}

// boilerplateWordsIn is boilerplateWords with what dom.IsTextBlockIn needs
// known of n's parent, looked at once per parent.
func (c *cleaner) boilerplateWordsIn(n *html.Node, parentHoldsOnlyElements bool) int {
	if isControl(n) || (dom.IsTextBlockIn(n, parentHoldsOnlyElements) && c.kindOf(n) != "") {
		return dom.WordsIn(n)
	}
	count := 0
	onlyElements := dom.HoldsOnlyElements(n)
	for child := n.FirstChild; child != nil; child = child.NextSibling {
		if child.Type == html.ElementNode {
			count += c.boilerplateWordsIn(child, onlyElements)
		}
	}
	return count
}

// kindOf is lexicon.MatchWording on n's text, remembered for the widget climbs
// that look at the same blocks again.
func (c *cleaner) kindOf(n *html.Node) string {
	if kind, ok := c.kinds[n]; ok {
		return kind
	}
	kind := ""
	if dom.WordsUpTo(n, lexicon.MaxBlockWords) <= lexicon.MaxBlockWords { // a long block is never a widget: spare building its text
		kind = lexicon.MatchWording(dom.TextOf(n))
	}
	c.kinds[n] = kind
	return kind
}

// hasControl reports whether n is or holds a button, form or form field.
func hasControl(n *html.Node) bool {
	return isControl(n) || dom.FindFirst(n, isControl) != nil
}

// inTextFlow reports whether n is a plain paragraph, heading or list item
// that sits among the article's body paragraphs.
func inTextFlow(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Li:
	default:
		return false
	}
	if dom.WordsIn(n) < 4 {
		return false // a lone "Comments" or "Advertisement" is never prose
	}
	if hasControl(n) || dom.LinkWords(n)*2 > dom.WordsIn(n) {
		return false
	}
	isLong := func(s *html.Node) bool {
		return s != nil && s.DataAtom == atom.P && dom.WordsIn(s) >= dom.LongParagraphWords
	}
	return isLong(dom.PrevElement(n)) || isLong(dom.NextElement(n))
}

// calloutKinds are the wording kinds of a site's pitch for itself: its
// newsletter, its app, its subscription. A follow prompt is not among
// them: an italic "Follow NBC Latino on Facebook" closing a story is
// held to be the story's by those who label articles.
var calloutKinds = map[string]bool{"newsletter box": true, "app promo": true, "subscription prompt": true}

// calledOut reports whether paragraph p, in the text flow, is the site's
// pitch set apart from the story: it opens with an emphasised run whose
// own words are the pitch ("<strong>Subscribe to our newsletter</strong>
// for the day's news: <a>sign up</a>", or a whole paragraph in italics)
// and it links somewhere. An article sentence that quotes such words is
// not emphasised at its start, and a how-to's bold step names no site's
// own newsletter or app.
func calledOut(p *html.Node) bool {
	if p.DataAtom != atom.P || dom.FindFirst(p, func(n *html.Node) bool { return n.DataAtom == atom.A && dom.Attr(n, "href") != "" }) == nil {
		return false
	}
	lead := p.FirstChild
	for lead != nil && lead.Type == html.TextNode && strings.TrimSpace(lead.Data) == "" {
		lead = lead.NextSibling
	}
	if lead == nil || lead.Type != html.ElementNode {
		return false
	}
	switch lead.DataAtom {
	case atom.Strong, atom.B, atom.Em, atom.I:
		return calloutKinds[lexicon.MatchWording(dom.TextOf(lead))]
	}
	return false
}

// inTableCell reports whether n is or sits in a table's cell.
func inTableCell(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Td, atom.Th:
			return true
		case atom.Table, atom.Body:
			return false
		}
	}
	return false
}

// inSentence reports whether n, an inline block, is a piece of its
// paragraph's running text. Word processors write paragraphs as runs of
// spans and links, so "may well have <a>expand</a>ed to Europa" holds a
// lone "expand" block; the prose of the inline run around it gives it away.
func inSentence(n *html.Node) bool {
	if dom.BlockTags[n.DataAtom] {
		return false
	}
	p := n.Parent
	for p != nil && p.Type == html.ElementNode && !dom.BlockTags[p.DataAtom] && !isCustomElement(p) {
		p = p.Parent
	}
	if p == nil || p.Type != html.ElementNode {
		return false
	}
	return inlineProse(p, n) >= minSentenceWords
}

// inlineProse counts the words of n's own running text, outside links,
// nested blocks and skip.
func inlineProse(n, skip *html.Node) int {
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c == skip:
		case c.Type == html.TextNode:
			count += dom.WordCount(c.Data)
		case c.Type == html.ElementNode && !dom.BlockTags[c.DataAtom] && !isCustomElement(c):
			switch c.DataAtom {
			case atom.A, atom.Script, atom.Style, atom.Template, atom.Noscript:
				continue
			}
			count += inlineProse(c, skip)
		}
	}
	return count
}

// minSentenceWords is the prose around an inline block that makes it part of
// a sentence.
const minSentenceWords = 10
