package clean

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// removeActionBoxes removes the short boxes a site sets in or after an
// article to ask something of its reader — subscribe, donate, install the
// app, accept cookies — whatever language they speak: a box that opens
// with a heading or a bold line (or holds buttons), says a line or two and
// ends in its call to action, one to three short links or buttons that
// are the box's last words. An article's own box (a fact box, a list of
// dates, a gallery) has more to it: a list, a table, a figure or a long
// paragraph, which keep it. A box repeated beside others of its class is a
// card of a roundup (a product and its "Buy" link) and stays.
//
// Only on a page with an article elsewhere (hasArticle): on a short page
// the box may be most of what there is.
//
// A box that opens with words the wording rules know ("Join the
// conversation", "Turn on notifications") is left to them, to go under
// their name; removeActionBoxes returns it, and removeDeferredActionBoxes
// takes what they leave of it.
func (c *cleaner) removeActionBoxes(root *html.Node) (deferred []*html.Node) {
	if !c.hasArticle(root) {
		return nil
	}
	var boxes []*html.Node
	for n := range dom.Elements(root) {
		if !isCallToAction(n) {
			continue
		}
		box := actionBox(n)
		if box == nil || len(boxes) > 0 && boxes[len(boxes)-1] == box || len(deferred) > 0 && deferred[len(deferred)-1] == box {
			continue
		}
		if c.wordingLeads(box) {
			deferred = append(deferred, box)
		} else {
			boxes = append(boxes, box)
		}
	}
	for _, box := range boxes {
		if dom.Attached(box, root) {
			c.remove(box, RuleActionBox)
		}
	}
	return deferred
}

// removeDeferredActionBoxes removes what the wording rules left of the
// action boxes removeActionBoxes deferred to them: a widget climb that
// stops at the call to action ("Subscribe now") leaves the box's title and
// pitch behind.
func (c *cleaner) removeDeferredActionBoxes(root *html.Node, deferred []*html.Node) {
	for _, box := range deferred {
		if dom.Attached(box, root) && dom.HasText(box) {
			c.remove(box, RuleActionBox)
		}
	}
}

// wordingLeads reports whether box opens with a block the wording rules
// know.
func (c *cleaner) wordingLeads(box *html.Node) bool {
	for ch := box.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && dom.HasText(ch) {
			return c.kindOf(ch) != ""
		}
	}
	return false
}

// maxActionBoxWords bounds a call-to-action box: a heading, a pitch of a
// sentence or two and the action. A box with a longer pitch goes only
// after the article's last paragraph (maxAppealWords).
const maxActionBoxWords = 50

// maxActionWords bounds the text of one call to action ("Download on the
// App Store").
const maxActionWords = 6

// isCallToAction reports whether n is a link or button whose short text
// is an action, not a sentence, an address or a file.
func isCallToAction(n *html.Node) bool {
	switch {
	case n.DataAtom == atom.Button:
	case n.DataAtom == atom.A && dom.HasAttr(n, "href"):
		href := strings.ToLower(dom.Attr(n, "href"))
		for _, ext := range []string{".pdf", ".doc", ".xls", ".zip", ".mp3", ".epub"} {
			if strings.Contains(href, ext) {
				return false // a document the article offers
			}
		}
	case dom.Attr(n, "role") == "button":
	default:
		return false
	}
	if words := dom.WordsUpTo(n, maxActionWords+1); words == 0 || words > maxActionWords {
		return false
	}
	text := strings.TrimSpace(dom.TextOf(n))
	return !looksLikeAddress(text) && !endsSentence(text)
}

// looksLikeAddress reports whether text is a web or e-mail address, the
// link text of a source or a contact rather than an action.
func looksLikeAddress(text string) bool {
	lower := strings.ToLower(text)
	if strings.Contains(lower, "www") || strings.Contains(lower, "http") || strings.Contains(lower, "@") {
		return true
	}
	for i := 1; i+1 < len(text); i++ {
		if text[i] == '.' && unicode.IsLetter(rune(text[i-1])) && unicode.IsLetter(rune(text[i+1])) {
			return true // example.org
		}
	}
	return false
}

// endsSentence reports whether text ends the way a sentence or a question does.
func endsSentence(text string) bool {
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, ":") || strings.HasSuffix(text, "…")
}

// actionBox returns the box that call to action n ends, or nil when n
// ends none. The action's run (n with the links or buttons beside it, in
// their own paragraph or bar) must be the last thing in the box with text.
func actionBox(n *html.Node) *html.Node {
	run := n
	for p := n.Parent; p != nil && isActionRun(p); p = p.Parent {
		run = p
	}
	box := run.Parent
	if box == nil || !isBoxTag(box) {
		return nil
	}
	for s := run.NextSibling; s != nil; s = s.NextSibling {
		if dom.HasText(s) {
			return nil
		}
	}
	words := dom.WordsUpTo(box, maxAppealWords+1)
	if words > maxAppealWords {
		return nil
	}
	long := dom.LongParagraphs(box)
	if words > maxAppealWords || long > 1 || long == 0 && words > maxActionBoxWords || dom.FindFirst(box, ownsContent) != nil {
		return nil
	}
	if repeatedShape(box) {
		return nil
	}
	// What comes before the action: a line or a few, the first a heading
	// unless the box holds buttons.
	var lines []*html.Node
	actions := 0
	for ch := box.FirstChild; ch != nil && ch != run; ch = ch.NextSibling {
		switch {
		case ch.Type == html.TextNode && strings.TrimSpace(ch.Data) != "":
			return nil // running text around the action: a sentence, not a box
		case ch.Type != html.ElementNode || !dom.HasText(ch):
		case isCallToAction(ch) || isActionRun(ch):
			actions++ // a second bar of actions ("Not now", "Allow")
		case !isSimpleLine(ch):
			return nil // a section of its own: a review, a step, an entry
		default:
			lines = append(lines, ch)
		}
	}
	if len(lines) == 0 || len(lines) > 3 || actions > 1 {
		return nil
	}
	if !isLeadLine(lines[0]) && dom.FindFirst(run, isButton) == nil && !isButton(run) {
		return nil
	}
	if long > 0 && (len(lines) != 2 || !isLeadLine(lines[0]) || proseAfter(box)) {
		return nil // a long pitch only under its title, once the article is over
	}
	return box
}

// maxAppealWords bounds a call-to-action box whose pitch is a paragraph
// of body-text length: a membership appeal's few sentences.
const maxAppealWords = 90

// proseAfter reports whether a paragraph of body-text length comes after
// n in document order.
func proseAfter(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if s.Type != html.ElementNode {
				continue
			}
			if s.DataAtom == atom.P && dom.WordsIn(s) >= dom.LongParagraphWords || dom.LongParagraphs(s) > 0 {
				return true
			}
		}
	}
	return false
}

// isSimpleLine reports whether n is one line of text: it holds one block
// with text at most.
func isSimpleLine(n *html.Node) bool {
	blocks := 0
	for d := range dom.Elements(n) {
		if dom.BlockTags[d.DataAtom] && dom.HasText(d) {
			if blocks++; blocks > 1 {
				return false
			}
		}
	}
	return true
}

// isActionRun reports whether n is an inline element, paragraph or bar
// whose text is all in one to three calls to action.
func isActionRun(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.Strong, atom.B, atom.Em, atom.Small, atom.Li, atom.Ul:
	default:
		return false
	}
	words := dom.WordsUpTo(n, 3*maxActionWords+1)
	if words == 0 || words > 3*maxActionWords {
		return false
	}
	actions, inActions := 0, 0
	for d := range dom.Elements(n) {
		if isCallToAction(d) && !dom.HasAncestor(d, atom.A) {
			actions++
			inActions += dom.WordsIn(d)
		}
	}
	return actions > 0 && actions <= 3 && inActions == words
}

// isBoxTag reports whether n may be a box: a division, section, aside,
// form or custom element, never the article's own bounds or a paragraph.
func isBoxTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Form:
		return true
	}
	return isCustomElement(n)
}

// ownsContent reports whether n is what an article's box is made of and a
// reader's prompt is not: a list, a table, a figure, a quote or a player.
func ownsContent(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Figure, atom.Blockquote, atom.Video, atom.Audio, atom.Iframe, atom.Pre:
		return true
	}
	return false
}

// isButton reports whether n is a button.
func isButton(n *html.Node) bool {
	return n.DataAtom == atom.Button || dom.Attr(n, "role") == "button"
}

// isLeadLine reports whether n opens a box the way a prompt's title does:
// a heading, or a line all in bold.
func isLeadLine(n *html.Node) bool {
	if isHeadingTag(n) {
		return true
	}
	words := dom.WordsIn(n)
	if words == 0 || words > 12 {
		return false
	}
	bold := 0
	for d := range dom.Elements(n) {
		if d.DataAtom == atom.Strong || d.DataAtom == atom.B {
			bold += dom.WordsIn(d)
			if bold >= words {
				return true
			}
		}
	}
	return false
}

// repeatedShape reports whether box is one card of a run: two siblings
// or more of its tag and class that end in the same action as it does (a
// roundup's products, each with its "Buy now"). Prompts set side by side
// (subscribe, donate, install) share a class but each asks its own thing.
func repeatedShape(box *html.Node) bool {
	class, action := dom.Attr(box, "class"), lastAction(box)
	same := 0
	for s := box.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s != box && s.Type == html.ElementNode && s.Data == box.Data && dom.Attr(s, "class") == class && lastAction(s) == action {
			same++
		}
	}
	return same >= 2
}

// lastAction returns the text of the last element of n with text when it
// is a call to action or a run of them, "" otherwise.
func lastAction(n *html.Node) string {
	for ch := n.LastChild; ch != nil; ch = ch.PrevSibling {
		if ch.Type == html.ElementNode && dom.HasText(ch) {
			if isCallToAction(ch) || isActionRun(ch) {
				return dom.TextOf(ch)
			}
			return ""
		}
	}
	return ""
}

// isCustomElement reports whether n is a custom element (<ui-actions>,
// <story-body>): a component's box, which a sentence does not run
// through though no tag list names it a block.
func isCustomElement(n *html.Node) bool {
	return n.Type == html.ElementNode && n.DataAtom == 0 && strings.Contains(n.Data, "-")
}

// hasArticle reports whether the page holds an article beside its boxes:
// three long paragraphs, or four paragraphs of ten words and more that
// end a sentence, 50 words in all — a news brief's paragraphs stay under
// the body-text length, and its boxes are as much boilerplate as a long
// story's.
func (c *cleaner) hasArticle(root *html.Node) bool {
	if c.totalLong >= 3 {
		return true
	}
	if c.briefParas < 0 {
		c.briefParas = 0
		words := 0
		for n := range dom.Elements(root) {
			if n.DataAtom == atom.P && isBriefParagraph(n) {
				c.briefParas++
				words += dom.WordsIn(n)
			}
		}
		if words < minBriefWords {
			c.briefParas = 0
		}
	}
	return c.briefParas >= minBriefParas
}

// minBriefParas and minBriefWords make a short page an article: a news
// brief of four paragraphs.
const (
	minBriefParas = 4
	minBriefWords = 50
	// briefParaWords is the shortest paragraph of a brief.
	briefParaWords = 10
)

// isBriefParagraph reports whether p is a paragraph of a brief: ten
// words or more, mostly not link text, ending a sentence.
func isBriefParagraph(p *html.Node) bool {
	words := dom.WordsUpTo(p, briefParaWords)
	if words < briefParaWords || dom.LinkWords(p)*2 > dom.WordsIn(p) {
		return false
	}
	text := strings.TrimSpace(dom.TextOf(p))
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "»") || strings.HasSuffix(text, "”") || strings.HasSuffix(text, "\"")
}
