package clean

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
)

// List-shaped pages and the lists after an article. Readability keeps a
// run of teasers for other stories when each teaser carries a summary or
// a date beside its link (the link-list rule wants nine words in ten in
// links), and an open letter's hundred signatories with the letter; a
// section front of teasers it returns as if it were an article.

// minTeasers is the shortest run of alike siblings that is a teaser list;
// maxTeaserItemWords bounds one teaser, headline and summary together;
// minHeadlineWords is the shortest headline.
const (
	minTeasers         = 3
	maxTeaserItemWords = 60
	minHeadlineWords   = 5
)

// removeTeaserLists removes, after the article's last body paragraph, the
// runs of three or more structurally alike siblings (the same tag and
// class) that are each a teaser for another story (see isTeaser), when
// the run holds fewer words than the body's prose: the items of a list
// article are the article, and outweigh what stands before them.
func removeTeaserLists(content *html.Node, p *Pruner) {
	lastLong := lastProseParagraph(content)
	if lastLong == nil {
		return
	}
	for _, run := range alikeRunsAfter(content, lastLong, isTeaser, minTeasers) {
		if !dom.Follows(run[0], lastLong) || allLinkBlocks(run) || introduced(run[0]) {
			continue
		}
		words := 0
		for _, n := range run {
			words += dom.WordsIn(n)
		}
		if words >= p.Prose {
			continue
		}
		for _, n := range run {
			p.removeWithEmptyParents(n, content, RuleTeaserList)
		}
	}
}

// allLinkBlocks reports whether every item of run is all link text: the
// link-list rule's to judge, which knows a list the article introduces.
func allLinkBlocks(run []*html.Node) bool {
	for _, n := range run {
		if !isLinkBlock(n) {
			return false
		}
	}
	return true
}

// introduced reports whether the block above the run's first item (or
// above its list) ends with a colon: the article's own list ("The
// release fixes these bugs:").
func introduced(first *html.Node) bool {
	top := first
	if dom.PrevElement(top) == nil && top.Parent != nil && (top.DataAtom == atom.Li || top.Parent.DataAtom == atom.Ul || top.Parent.DataAtom == atom.Ol) {
		top = top.Parent
	}
	label := dom.PrevTextElement(top)
	return label != nil && introduces(label)
}

// isTeaser reports whether n is one teaser: at most maxTeaserItemWords
// words, no body paragraph, one story link (see headlineLink), and a headline
// link that stands as a block of its own (not a link inside a sentence,
// as in a list article's "<a>The book</a>, a story of …"), as long as a
// headline (a product's or a podcast's name above its description, in a
// list article, is shorter) and a quarter of the words at least.
func isTeaser(n *html.Node) bool {
	words := dom.WordsUpTo(n, maxTeaserItemWords+1)
	if words == 0 || words > maxTeaserItemWords {
		return false
	}
	link := headlineLink(n)
	if link == nil {
		return false
	}
	if linkWords := dom.LinkWords(n); linkWords < minHeadlineWords || linkWords*4 < words {
		return false
	}
	if w, _ := articleProse(n); w > 0 {
		return false
	}
	block := link.Parent
	for block != n && !dom.BlockTags[block.DataAtom] {
		block = block.Parent
	}
	return inlineProse(block, link) < minSentenceWords
}

// headlineLink returns the longest link under n, when the links with
// text to other addresses are a section's or an author's name beside it
// (maxKickerLinkWords words in all); nil otherwise.
func headlineLink(n *html.Node) *html.Node {
	var best *html.Node
	bestWords, total := 0, 0
	dom.FindFirst(n, func(c *html.Node) bool {
		if c.DataAtom != atom.A || !dom.HasText(c) {
			return false
		}
		w := dom.WordsIn(c)
		total += w
		if w > bestWords {
			best, bestWords = c, w
		}
		return false
	})
	if best == nil {
		return nil
	}
	href := dom.Attr(best, "href")
	other := 0
	dom.FindFirst(n, func(c *html.Node) bool {
		if c.DataAtom == atom.A && dom.HasText(c) && dom.Attr(c, "href") != href {
			other += dom.WordsIn(c)
		}
		return false
	})
	if other > maxKickerLinkWords {
		return nil
	}
	return best
}

// maxKickerLinkWords bounds the other links of a teaser: its section's or
// author's name.
const maxKickerLinkWords = 3

// lastProseParagraph returns the last long prose paragraph under n, in
// document order. It looks from the end backwards (each element after its
// descendants), so only the paragraphs after that one are counted.
func lastProseParagraph(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if last := lastProseParagraph(c); last != nil {
			return last
		}
		if c.DataAtom == atom.P && proseParagraph(c) > 0 {
			return c
		}
	}
	return nil
}

// alikeRuns returns the runs of at least min consecutive element siblings
// under n that each satisfy item and share their tag and class; an empty
// element between two does not end a run. Runs are looked for inside an
// item only when it belongs to no run.
func alikeRuns(n *html.Node, item func(*html.Node) bool, min int) [][]*html.Node {
	return alikeRunsAfter(n, nil, item, min)
}

// alikeRunsAfter returns alikeRuns(n, item, min) less runs that cannot
// start after ref (none when ref is nil), without judging the elements
// that stand before ref. Those only matter to a run through ref's
// ancestor, which holds ref's long paragraph and so is seldom an item;
// when it is one, the siblings before it are judged as alikeRuns does.
func alikeRunsAfter(n, ref *html.Node, item func(*html.Node) bool, min int) [][]*html.Node {
	var runs [][]*html.Node
	var onPath map[*html.Node]bool // ref's ancestors, and ref
	if ref != nil {
		onPath = map[*html.Node]bool{}
		for a := ref; a != nil; a = a.Parent {
			onPath[a] = true
		}
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n == ref {
			return // nothing under ref follows it
		}
		// Under one of ref's ancestors, the children before the one on
		// ref's path are skipped, unless that one is an item itself.
		var skipTo *html.Node
		if onPath[n] {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if onPath[c] {
					if !item(c) {
						skipTo = c
					}
					break
				}
			}
		}
		var run []*html.Node
		end := func() {
			if len(run) >= min {
				runs = append(runs, run)
			} else {
				for _, item := range run {
					walk(item) // a list that reads as one item may hold the run
				}
			}
			run = nil
		}
		c := n.FirstChild
		if skipTo != nil {
			c = skipTo
		}
		for ; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if !dom.HasText(c) && dom.FindFirst(c, dom.IsMedia) == nil {
				continue // an empty slot does not end a run
			}
			if item(c) {
				if len(run) > 0 && !alike(run[0], c) {
					end()
				}
				run = append(run, c)
				continue
			}
			end()
			walk(c)
		}
		end()
	}
	walk(n)
	return runs
}

// alike reports whether two siblings are built alike: the same tag and
// the same class.
func alike(a, b *html.Node) bool {
	return a.DataAtom == b.DataAtom && a.Data == b.Data && dom.Attr(a, "class") == dom.Attr(b, "class")
}

// minSignatories is the shortest run of names under a signatories heading.
const (
	minSignatories      = 10
	maxSignatoryWords   = 15
	signatoryLabelsSeen = 2 // the blocks above a run looked at for its heading
)

// removeSignatories removes the names that sign an open letter or a
// petition: after the last body paragraph, a run of ten or more alike
// short blocks without links (a name, perhaps a role and a place) right
// under a signatories heading or the letter's closing formula ("Yours
// sincerely,"). The heading goes with the names; the formula, which is
// the letter's, stays. A list of names under any other heading (the
// victims of a disaster, the winners of a prize) is kept.
func removeSignatories(content *html.Node, p *Pruner) {
	lastLong := lastProseParagraph(content)
	if lastLong == nil {
		return
	}
	for _, run := range alikeRunsAfter(content, lastLong, isSignatory, minSignatories) {
		if !dom.Follows(run[0], lastLong) {
			continue
		}
		// The run's list, when its items are a list's, is what the heading is above.
		top := run[0]
		if (top.DataAtom == atom.Li || top.DataAtom == atom.Dd || top.DataAtom == atom.Dt) && top.Parent != nil && dom.PrevElement(top) == nil {
			top = top.Parent
		}
		var heading *html.Node
		if lexicon.IsSignatoriesLabel(dom.TextOf(run[0])) {
			// The heading or the closing formula is a short block like the names.
			heading, run, top = run[0], run[1:], run[1]
			if len(run) < minSignatories {
				continue
			}
		}
		label := top
		for i := 0; i < signatoryLabelsSeen && heading == nil; i++ {
			label = dom.PrevTextElement(label)
			if label == nil {
				break
			}
			if lexicon.IsSignatoriesLabel(dom.TextOf(label)) {
				heading = label
			}
		}
		if heading == nil {
			continue
		}
		if isHeadingTag(heading) {
			p.remove(heading, RuleSignatories)
		}
		for _, n := range run {
			p.removeWithEmptyParents(n, content, RuleSignatories)
		}
	}
}

// isSignatory reports whether n is a short block without links: a name,
// and perhaps a role and a place.
func isSignatory(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Li, atom.P, atom.Div, atom.Dd, atom.Dt, atom.Tr:
	default:
		return false
	}
	words := dom.WordsUpTo(n, maxSignatoryWords+1)
	return words > 0 && words <= maxSignatoryWords && dom.LinkWords(n)*2 < words
}

// minFrontTeasers is the fewest teasers a section front holds.
const minFrontTeasers = 4

// IsTeaserFront reports whether content is a section front rather than an
// article: runs of four or more alike teasers (see isTeaser) hold all its
// text but a few words — a headline, a "more" link — and no body
// paragraph stands outside them.
func IsTeaserFront(content *html.Node) bool {
	if content == nil {
		return false
	}
	total := dom.WordsIn(content)
	if total == 0 {
		return false
	}
	inRuns := 0
	for _, run := range alikeRuns(content, isTeaser, minFrontTeasers) {
		for _, n := range run {
			inRuns += dom.WordsIn(n)
		}
	}
	outside := total - inRuns
	return inRuns > 0 && outside < MinArticleWords && outside*10 < total
}
