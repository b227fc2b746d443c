package clean

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
)

// Content conservation. A cleaning rule judges an element by its markup or
// a few words; the page's main prose — long paragraphs with few links —
// is the evidence that it is the article. Every removal of pith's rules
// goes through the Pruner, which checks that evidence centrally rather
// than in each rule:
//
//   - no rule removes an element holding more than half of the tree's
//     article prose, in words and in paragraphs (the page's before
//     readability, the body's after it);
//   - a rule that judges by a name (class/id vocabulary, ARIA roles,
//     dialogs) never removes a long prose paragraph itself, nor a short
//     paragraph classed like a long one beside it: sites put "paywall" or
//     "subscriber-only" on the article's own paragraphs;
//   - what the name rules still remove that is article prose is counted
//     (Pruner.Risky), so the pipeline can run again with those rules
//     sparing prose (Pruner.Conserve) when they took more prose than the
//     body it found holds: an article split over several containers, each
//     under the share, named like a sidebar.
//
// Reader comments are prose too, and their names are right about them:
// elements named for comments are never spared, unless the name is the
// anchor of a document's section (anchoredSection).

// articleProse counts the words of the long paragraphs with few links at
// or under n (the page's main prose), and those paragraphs.
func articleProse(n *html.Node) (words, paragraphs int) { return paraMemo(nil).articleProse(n) }

// proseParagraph returns the words of p when it is a long paragraph with
// under a quarter of its words in links, else 0.
func proseParagraph(p *html.Node) int { return paraMemo(nil).prose(p) }

// A paraMemo keeps the word and link-word counts of the paragraphs a run
// of the rules has counted. The conservation check weighs every element a
// rule would remove by the paragraphs under it, and the name rules weigh
// an element's long paragraphs, so a paragraph deep in the page is counted
// once for each element around it that a rule looks at: remembered, it is
// counted once. A removal changes the counts of the elements around what
// it removes, never those inside it, so forget drops the removed node's
// ancestors. The memo lives for one run of the rules (CleanPage's, then
// PostCleanAll's), whose every change to the tree is a Pruner removal; a
// nil paraMemo counts afresh each time.
type paraMemo map[*html.Node]paraCount

// paraCount is a paragraph's words, and its link words (-1 until needed).
type paraCount struct{ words, links int }

// words is dom.WordsIn(p).
func (m paraMemo) words(p *html.Node) int {
	if e, ok := m[p]; ok {
		return e.words
	}
	w := dom.WordsIn(p)
	if m != nil {
		m[p] = paraCount{w, -1}
	}
	return w
}

// prose is proseParagraph(p).
func (m paraMemo) prose(p *html.Node) int {
	w := m.words(p)
	if w < dom.LongParagraphWords {
		return 0
	}
	links := -1
	if e, ok := m[p]; ok {
		links = e.links
	}
	if links < 0 {
		links = dom.LinkWords(p)
		if m != nil {
			m[p] = paraCount{w, links}
		}
	}
	if links*4 < w {
		return w
	}
	return 0
}

// articleProse is articleProse(n).
func (m paraMemo) articleProse(n *html.Node) (words, paragraphs int) {
	if n.DataAtom == atom.P {
		if w := m.prose(n); w > 0 {
			return w, 1
		}
		return 0, 0
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			w, p := m.articleProse(c)
			words, paragraphs = words+w, paragraphs+p
		}
	}
	return words, paragraphs
}

// long is dom.LongParagraphs(n).
func (m paraMemo) long(n *html.Node) int {
	if n == nil {
		return 0
	}
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.P && m.words(c) >= dom.LongParagraphWords:
			count++
		default:
			count += m.long(c)
		}
	}
	return count
}

// forget drops what n's removal changes: the counts of its ancestors.
func (m paraMemo) forget(n *html.Node) {
	if len(m) == 0 {
		return
	}
	for a := n.Parent; a != nil; a = a.Parent {
		delete(m, a)
	}
}

// NamesComments reports whether n's class or id names reader comments.
func NamesComments(n *html.Node) bool {
	for _, key := range []string{"class", "id"} {
		for w := range lexicon.NameWordsOf(dom.Attr(n, key)) {
			if commentNames[w] || w == "reply" || w == "replies" {
				return true
			}
		}
	}
	return false
}

// judgesByName reports whether rule removes elements for their name or
// role alone.
func judgesByName(rule string) bool {
	switch rule {
	case RuleClassVocab, RuleNavigation, RuleDialog:
		return true
	}
	return false
}

// spares reports whether the conservation invariant forbids removing n
// for rule, and counts the prose a name rule removes.
func (p *Pruner) spares(n *html.Node, rule string) bool {
	if p.Prose == 0 || n.Type != html.ElementNode || strings.HasPrefix(rule, RuleNonContent) || NamesComments(n) && !anchoredSection(n) {
		return false
	}
	prose, paragraphs := p.paras.articleProse(n)
	byName := judgesByName(rule)
	switch {
	case prose*2 > p.Prose && paragraphs*2 >= p.paragraphs:
		// Most of the tree's article prose, by words and by paragraphs: a
		// consent centre's few long legal paragraphs can outweigh a news
		// story's words, never its paragraphs.
		return true
	case byName && n.DataAtom == atom.P && prose > 0:
		return true // a paragraph of the article, whatever its class says
	case byName && articleBlock(n) && p.paras.proseSibling(n):
		// A short paragraph or a heading classed like the article's long
		// paragraphs beside it is one of the article's blocks: sites put
		// "paywall" on every block of the story behind the wall, its
		// subheadings as much as its paragraphs.
		return true
	case prose == 0:
		return false
	case byName && p.Conserve:
		return true
	case byName && anchoredSection(n):
		// A document's section whose id is made from its own heading
		// ("sharing-with-a-single-developer" over "Sharing with a single
		// developer"): the anchor a table of contents links to.
		return true
	case byName && disclosurePanel(n):
		// A tab's or an accordion's panel holds what the author wrote
		// behind a click; its id is the topic's ("modal-dialogs",
		// "sharing-with-your-team"), not a widget's.
		return true
	case byName && p.paras.keptPeerHoldsProse(n):
		return true // one of a run of alike sections, the others the article's
	case rule == RuleClassVocab && p.paras.proseRun(n) && !namesConsent(n):
		// Two long prose paragraphs one after the other are an article's
		// text, whatever the container is called ("isPaywall", a
		// "modal-open" left by the saved page): a widget's prose is a
		// pitch or a teaser's excerpt, one paragraph to a box.
		return true
	case byName:
		p.Risky += prose
	}
	return false
}

// proseSibling reports whether a paragraph near n (within six elements,
// n taken with the wrappers it is alone in, like a heading in its anchor's
// div) is long prose and classed like n: its class names are all n's, and
// n's others name no widget ("paywall heading-h3" beside "paywall").
func (m paraMemo) proseSibling(n *html.Node) bool {
	class := dom.Attr(n, "class")
	if class == "" {
		return false
	}
	at := n
	for range 2 {
		if at.Parent == nil || dom.PrevElement(at) != nil || dom.NextElement(at) != nil {
			break
		}
		at = at.Parent
	}
	for _, next := range []func(*html.Node) *html.Node{dom.PrevElement, dom.NextElement} {
		near := 0
		for s := next(at); s != nil && near < 6; s = next(s) {
			near++
			if s.DataAtom == atom.P && classedWithin(dom.Attr(s, "class"), class) && m.prose(s) > 0 {
				return true
			}
		}
	}
	return false
}

// classedWithin reports whether class, not empty, names only what outer
// names, outer's other names holding no boilerplate word.
func classedWithin(class, outer string) bool {
	if class == "" {
		return false
	}
	if class == outer {
		return true
	}
	names := strings.Fields(class)
	for _, name := range strings.Fields(outer) {
		if slices.Contains(names, name) {
			continue
		}
		for w := range lexicon.NameWordsOf(name) {
			if isBoilerplateName(w) {
				return false
			}
		}
	}
	for _, name := range names {
		if !slices.Contains(strings.Fields(outer), name) {
			return false
		}
	}
	return true
}

// articleBlock reports whether n is a paragraph or a heading, the blocks
// a story is written in. Not a list: a table of contents or a product's
// spec sheet classed like the story is still no sentence of it.
func articleBlock(n *html.Node) bool {
	return n.DataAtom == atom.P || isHeadingTag(n) || dom.Attr(n, "role") == "heading"
}

// keptPeerHoldsProse reports whether a sibling of n has n's tag and class
// words (boilerplate words aside), long prose, and no boilerplate name
// itself or the run of prose that spares it (proseRun): n is then one
// section of a run whose other sections are the article's, and its name
// is a topic's ("newsletter-settings" in a help page's accordion), not a
// widget's. Called only for n holding prose.
func (m paraMemo) keptPeerHoldsProse(n *html.Node) bool {
	key := peerKey(n)
	if key == "" || n.Parent == nil {
		return false
	}
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s != n && s.Type == html.ElementNode && s.DataAtom == n.DataAtom && peerKey(s) == key &&
			!NamesComments(s) && (!hasBoilerplateName(s) || m.proseRun(s) && !namesConsent(s)) {
			if w, _ := m.articleProse(s); w > 0 {
				return true
			}
		}
	}
	return false
}

// peerKey is n's class names less those holding a boilerplate word, in
// order: what alike sections share when their ids or one class name their
// topics ("docs-section cookie-policy" beside "docs-section sharing");
// the whole class when every name holds one.
func peerKey(n *html.Node) string {
	var b strings.Builder
	for _, name := range strings.Fields(dom.Attr(n, "class")) {
		plain := true
		for w := range lexicon.NameWordsOf(name) {
			if isBoilerplateName(w) {
				plain = false
			}
		}
		if plain {
			b.WriteString(name)
			b.WriteByte(' ')
		}
	}
	if b.Len() == 0 {
		// Every class name holds the word: alike siblings share all of them
		// (an article split over "grid-with-sidebar__main" containers).
		return dom.Attr(n, "class")
	}
	return b.String()
}

// proseRun reports whether two long prose paragraphs under n are adjacent
// siblings.
func (m paraMemo) proseRun(n *html.Node) bool {
	for p := range dom.Elements(n) {
		if p.DataAtom == atom.P && m.prose(p) > 0 {
			if next := dom.NextElement(p); next != nil && next.DataAtom == atom.P && m.prose(next) > 0 {
				return true
			}
		}
	}
	return false
}

// namesConsent reports whether n's class or id names a consent notice,
// whose legal paragraphs run long and one after the other.
func namesConsent(n *html.Node) bool {
	for _, key := range []string{"class", "id"} {
		for w := range lexicon.NameWordsOf(dom.Attr(n, key)) {
			switch w {
			case "cookie", "cookies", "consent", "gdpr", "privacy", "cmp":
				return true
			}
		}
	}
	return false
}

// disclosurePanel reports whether n is the panel of a tab set or an
// accordion: role=tabpanel, or class words that name such a panel
// ("accordion-collapse", "tab-pane", "collapsible-content").
func disclosurePanel(n *html.Node) bool {
	if dom.Attr(n, "role") == "tabpanel" {
		return true
	}
	prev := ""
	for w := range lexicon.NameWordsOf(dom.Attr(n, "class")) {
		switch w {
		case "accordion", "collapse", "collapsible", "tabpanel", "tabcontent":
			return true
		case "pane", "panel", "content":
			if prev == "tab" || prev == "tabs" {
				return true
			}
		}
		prev = w
	}
	return false
}

// anchoredSection reports whether n's id is its first child heading's
// words, joined (whole words, case and punctuation aside), and the heading
// has no boilerplate wording ("Related posts" over id="related-posts" is
// a widget's title, not a section's).
func anchoredSection(n *html.Node) bool {
	id := dom.Attr(n, "id")
	h := n.FirstChild
	for h != nil && h.Type != html.ElementNode {
		h = h.NextSibling
	}
	if id == "" || h == nil || !isHeadingTag(h) {
		return false
	}
	text := dom.TextOf(h)
	if !slices.Equal(lexicon.NameWords(id), lexicon.NameWords(text)) {
		return false
	}
	return lexicon.MatchWording(text) == ""
}
