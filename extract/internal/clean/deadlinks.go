package clean

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// removeDeadLinkBars removes the bars of links that lead nowhere — href
// "#" or a javascript: address, whose clicks a script handles — or of
// buttons, with the counts beside them and a short label before them: a
// share bar whose labels ("Teilen", "Partager", "Facebook") and "128" are
// all there is, in whatever language, when its links name no share
// endpoint. A link to a fragment of the page (#intro) goes somewhere and
// is not one of them, and an item with text outside its link (an
// accordion's answer) keeps the bar.
func (c *cleaner) removeDeadLinkBars(root *html.Node) {
	var bars []*html.Node
	for n := range dom.Elements(root) {
		if !(n.DataAtom == atom.A && isDeadLink(n) || n.DataAtom == atom.Button) {
			continue
		}
		if bar := deadLinkBar(n); bar != nil && (len(bars) == 0 || bars[len(bars)-1] != bar) {
			bars = append(bars, bar)
		}
	}
	for _, bar := range bars {
		if dom.Attached(bar, root) {
			c.remove(bar, RuleDeadLinks)
		}
	}
}

// maxDeadLinkWords bounds the label of one link in a bar.
const maxDeadLinkWords = 3

// maxDeadBarWords bounds a bar: its items, a label and counts.
const maxDeadBarWords = maxDeadLinks*maxDeadLinkWords + maxShareLabelWords + 2*maxCountPhraseWords

// maxDeadLinks bounds the items of a bar: a share bar names a few
// networks, where a sentence of glossed words has many.
const maxDeadLinks = 8

// isDeadLink reports whether link a goes nowhere a reader could follow.
func isDeadLink(a *html.Node) bool {
	if !dom.HasAttr(a, "href") {
		return false
	}
	href := strings.TrimSpace(dom.Attr(a, "href"))
	return href == "" || href == "#" || strings.HasPrefix(strings.ToLower(href), "javascript:")
}

// deadLinkBar returns the list or bar around item a (a dead link or a
// button) when all its text is in two or more short such items, in
// counts, and in one short label before them ("Partilhar"); nil otherwise.
// A bar of buttons must show a count: buttons alone may be a tab list,
// whose labels title the text.
func deadLinkBar(a *html.Node) *html.Node {
	var bar *html.Node
	for p, depth := a.Parent, 0; p != nil && depth < 3 && !dom.IsBoundary(p); p, depth = p.Parent, depth+1 {
		if p.DataAtom == atom.P {
			return nil // a paragraph of glossed words, each a script's link
		}
		if p.DataAtom == atom.Ul || p.DataAtom == atom.Ol || p.DataAtom == atom.Div {
			bar = p
			break
		}
	}
	if bar == nil || dom.WordsUpTo(bar, maxDeadBarWords+1) > maxDeadBarWords {
		return nil
	}
	items, buttons, counts, labels := 0, 0, 0, 0
	for t := range bar.Descendants() {
		if t.Type == html.ElementNode && (t.DataAtom == atom.A || t.DataAtom == atom.Button) {
			if dom.WordsIn(t) > maxDeadLinkWords || t.DataAtom == atom.A && !isDeadLink(t) {
				return nil
			}
			items++
			if t.DataAtom == atom.Button {
				buttons++
			}
			continue
		}
		if t.Type != html.TextNode || inItem(t, bar) {
			continue
		}
		switch text := strings.TrimSpace(t.Data); {
		case text == "":
		case isCount(text):
			counts++
		case items == 0 && labels == 0 && dom.WordCount(text) <= maxShareLabelWords:
			labels++
		default:
			return nil
		}
	}
	if items < 2 || items > maxDeadLinks || buttons > 0 && counts == 0 {
		return nil
	}
	return bar
}

// inItem reports whether a link or button under bar holds n.
func inItem(n, bar *html.Node) bool {
	for p := n.Parent; p != nil && p != bar; p = p.Parent {
		if p.DataAtom == atom.A || p.DataAtom == atom.Button {
			return true
		}
	}
	return false
}

// isCount reports whether text is a number as a share or comment counter
// writes it: digits with separators, perhaps a k or M.
func isCount(text string) bool {
	digits := 0
	for _, r := range strings.TrimRight(text, "kKM") {
		switch {
		case unicode.IsDigit(r):
			digits++
		case r != '.' && r != ',' && r != ' ' && r != '\u00a0':
			return false
		}
	}
	return digits > 0
}

// maxCountPhraseWords bounds a counter's words after its number ("727
// Leser haben geteilt", "12 comments").
const maxCountPhraseWords = 4

// countPhraseWords counts the words under n, outside links, of the text
// runs that are a counter: a number and a few words after it. A share
// bar's label and its "577 lecteurs ont partagé" are its words outside
// the links; the count's words say nothing of the article.
func countPhraseWords(n *html.Node) int {
	count := 0
	for t := range n.Descendants() {
		if t.Type != html.TextNode || inItem(t, n) {
			continue
		}
		fields := strings.Fields(t.Data)
		if len(fields) == 0 || len(fields) > maxCountPhraseWords+1 || !isCount(fields[0]) {
			continue
		}
		count += dom.WordCount(t.Data)
	}
	return count
}
