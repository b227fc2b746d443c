package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// pageSurvey is what one walk over the page before any rule runs finds:
// the page's visible words and an extraction of its own, independent of
// readability and the rules: the page's prose clusters, in words. A
// cluster is the long, mostly unlinked paragraphs of one parent, joined
// with the clusters nested in it or following it with no other text
// between. The largest cluster is where a plain
// text-density reading would put the article; a second of comparable size
// makes the page ambiguous (a front page of excerpts, a slideshow's
// slides, an article beside a comment thread or a second story).
type pageSurvey struct {
	words    int // visible words under the root
	clusters int // prose clusters of clusterMinWords or more
	largest  int // words of the largest cluster
	second   int // words of the second largest

	spans []proseSpan // each parent's paragraphs, for the clusters
}

// proseSpan is the prose paragraphs of one parent: their words, the
// page's word offsets where the first starts and the last ends, and the
// parent.
type proseSpan struct {
	start, end, words int
	parent            *html.Node
}

// clusterMinWords is the prose a cluster must hold to count: one long
// paragraph alone is a caption or a teaser, not an article.
const clusterMinWords = 2 * dom.LongParagraphWords

// clusterGapWords is the other text that may stand between two parents'
// paragraphs of one cluster: none. Joining across a subheading (12 words)
// or more (30, 60: a caption, an inline box) made the ambiguity a weaker
// signal on the tuning pages (bench -confidence-cv), though an article cut
// into sections under subheadings now reads as ambiguous.
const clusterGapWords = 0

// clusterBoxWords is the other text that may stand between the prose of
// two containers built alike (siblingBoxes) for them to be one cluster: an
// article cut into containers around advertisement slots, each labelled
// ("Anzeige", "Publicité", "Advertisement"), is one article. Allowing a
// subheading (12 words) between siblings weakened the signal on the tuning
// pages (bench -confidence-cv, 0.94 → 0.88); 3 words kept it (0.94).
// Leaving the words of links and headings out of the gap, so that modules
// parted by a subheading or a box of links join, weakened it too (0.924 →
// 0.915).
const clusterBoxWords = 3

// surveyPage walks the page under root once.
func surveyPage(root *html.Node) pageSurvey {
	var s pageSurvey
	s.visit(root)
	s.cluster()
	return s
}

// visit counts the visible words under n into s.words, the page's word
// offset, and records the span of n's own prose paragraphs.
func (s *pageSurvey) visit(n *html.Node) {
	span := proseSpan{start: -1}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			s.words += dom.WordCount(c.Data)
		case html.ElementNode:
			if dom.SkipsText(c) || overlay(c) {
				continue
			}
			start := s.words
			s.visit(c)
			if c.DataAtom != atom.P {
				continue
			}
			if w := s.words - start; w >= dom.LongParagraphWords && dom.LinkWords(c)*4 < w {
				if span.start < 0 {
					span.start = start
				}
				span.end, span.words = s.words, span.words+w
			}
		}
	}
	if span.words > 0 {
		span.parent = n
		s.spans = append(s.spans, span)
	}
}

// cluster joins the spans into clusters and records the largest two.
func (s *pageSurvey) cluster() {
	slices.SortFunc(s.spans, func(a, b proseSpan) int { return a.start - b.start })
	var cur proseSpan
	for i, sp := range s.spans {
		sibling := siblingBoxes(cur, sp)
		if i > 0 && (sp.start-cur.end <= clusterGapWords || sibling && sp.start-cur.end <= clusterBoxWords) {
			cur.end, cur.words = max(cur.end, sp.end), cur.words+sp.words
			if sibling {
				cur.parent = sp.parent // the next container is this one's sibling
			}
			continue
		}
		s.add(cur.words)
		cur = sp
	}
	s.add(cur.words)
	s.spans = nil
}

// siblingBoxes reports that sp's paragraphs follow cur's in a container
// built alike: their parents, and their ancestors up to two that are
// siblings, have the same tag and class (a story cut into modules, each a
// chain of wrappers). Chains built alike, not only siblings: 0.924 →
// 0.927 on the tuning pages (bench -confidence-cv).
func siblingBoxes(cur, sp proseSpan) bool {
	a, b := cur.parent, sp.parent
	if a == nil || b == nil || a == b {
		return false
	}
	for a != nil && b != nil {
		if a.Data != b.Data || dom.Attr(a, "class") != dom.Attr(b, "class") {
			return false
		}
		if a.Parent == b.Parent {
			return a.Parent != nil
		}
		a, b = a.Parent, b.Parent
	}
	return false
}

// add records a cluster of words.
func (s *pageSurvey) add(words int) {
	if words < clusterMinWords {
		return
	}
	s.clusters++
	switch {
	case words > s.largest:
		s.largest, s.second = words, s.largest
	case words > s.second:
		s.second = words
	}
}

// tokenHashes calls f with a hash of each of s's tokens as the corpora's
// bag-of-words metric reads them: runs of letters and digits, lower-cased,
// and each character of a script written without spaces on its own.
// Hashes, not strings: the comparison needs no allocation per word. long
// tells a token of four letters or more, or an unspaced script's
// character, from a short word.
func tokenHashes(s string, f func(h uint64, long bool)) {
	const offset, prime = 14695981039346656037, 1099511628211
	h, n := uint64(offset), 0
	flush := func() {
		if n > 0 {
			f(h, n >= 4)
		}
		h, n = offset, 0
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII, most text: no script is unspaced there
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				h, n = (h^uint64(c))*prime, n+1
			case 'A' <= c && c <= 'Z':
				h, n = (h^uint64(c+'a'-'A'))*prime, n+1
			default:
				flush()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case dom.IsUnspacedScript(r):
			flush()
			h, n = (offset^uint64(r))*prime, 4
			flush()
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			h, n = (h^uint64(unicode.ToLower(r)))*prime, n+1
		default:
			flush()
		}
	}
	flush()
}

// tokensOf returns the hashes of s's tokens (tokenHashes), in order.
func tokensOf(s string) []uint64 {
	out := make([]uint64, 0, len(s)/6)
	tokenHashes(s, func(h uint64, _ bool) { out = append(out, h) })
	return out
}

// nodeTokens returns the hashes of the tokens of the text under n, as
// tokensOf(dom.TextOf(n)) does, without building the text.
func nodeTokens(n *html.Node) []uint64 {
	var out []uint64
	add := func(h uint64, _ bool) { out = append(out, h) }
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				tokenHashes(c.Data, add)
			case c.Type == html.ElementNode && !dom.SkipsText(c):
				walk(c)
			}
		}
	}
	walk(n)
	return out
}

// overlap compares the result's tokens with a reference's (the JSON-LD
// articleBody's, the declared body's), both sorted: the share of the
// reference's tokens the result lacks and the share of the result's the
// reference lacks, each counted as a bag (a word twice in one needs it
// twice in the other). ok is false when the reference is too short to say
// anything. Sorted slices, merged, rather than a map: this runs on every
// page with a declared body.
func overlap(result, reference []uint64) (missing, extra float64, ok bool) {
	if len(result) == 0 || len(reference) < minDeclaredWords {
		return 0, 0, false
	}
	common := 0
	for i, j := 0, 0; i < len(result) && j < len(reference); {
		switch {
		case result[i] < reference[j]:
			i++
		case result[i] > reference[j]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	return 1 - float64(common)/float64(len(reference)), 1 - float64(common)/float64(len(result)), true
}

// sortedTokens returns the hashes of s's tokens, sorted.
func sortedTokens(s string) []uint64 {
	t := tokensOf(s)
	slices.Sort(t)
	return t
}

// titleMissing is the share of the headline's words (of four letters or
// more, or any character of an unspaced script) the result lacks: an
// article names its headline's subject; a footer, an author list or
// another story mostly does not. 0 without a headline.
func titleMissing(title string, result []uint64) float64 {
	var want []uint64
	tokenHashes(title, func(h uint64, long bool) {
		if long && !slices.Contains(want, h) {
			want = append(want, h)
		}
	})
	if len(want) < 2 {
		return 0
	}
	total := len(want)
	for _, h := range result {
		if i := slices.Index(want, h); i >= 0 {
			want = slices.Delete(want, i, i+1)
			if len(want) == 0 {
				break
			}
		}
	}
	return float64(len(want)) / float64(total)
}

// repeatedBlocks is the share of text's blocks (its lines) whose text an
// earlier block already has: an article says each thing once, while a list
// of posts, quotes or comments repeats its share bar, its "read more" or
// its "reply" under each. The rendered text has its white space collapsed
// already, so lines compare as bytes.
func repeatedBlocks(text string) float64 {
	var seen []uint64
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		h := uint64(14695981039346656037)
		for i := 0; i < len(line); i++ {
			h = (h ^ uint64(line[i])) * 1099511628211
		}
		seen = append(seen, h)
	}
	if len(seen) == 0 {
		return 0
	}
	blocks := len(seen)
	slices.Sort(seen)
	distinct := len(slices.Compact(seen))
	return float64(blocks-distinct) / float64(blocks)
}

// siteLinkWords counts the words of n that are the text of links staying
// on site (a dom.Site value): a teaser list's headings link to the site's
// own pages, while an article's linked headings that lead elsewhere (a
// list of podcasts, of books, of shops) are still the article. With no
// site known every link counts.
func siteLinkWords(n *html.Node, site string) int {
	if site == "" {
		return dom.LinkWords(n)
	}
	if n.DataAtom == atom.A {
		if dom.LeavesSite(dom.Attr(n, "href"), site) {
			return 0
		}
		return dom.LinkWords(n)
	}
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			count += siteLinkWords(c, site)
		}
	}
	return count
}

// overlay reports an element that lays itself over the page, a dialog (a
// consent centre, a newsletter prompt, a paywall): its prose is no
// rival to the article's, whatever its length.
func overlay(n *html.Node) bool {
	if n.DataAtom == atom.Dialog || strings.EqualFold(dom.Attr(n, "aria-modal"), "true") {
		return true
	}
	role := strings.ToLower(dom.Attr(n, "role"))
	return role == "dialog" || role == "alertdialog"
}

// Blocks of the text by length and ending: a block of proseBlockWords
// words or more is prose whatever its ending (scripts such as Thai write
// no sentence punctuation); a shorter one is prose when it ends a
// sentence and has leadProseWords or more.
const (
	proseBlockWords = 40
	leadProseWords  = 20
	// leadWordsCap is the lead-in that counts as wholly off the article's
	// start: about as many words as open an article's first paragraph.
	leadWordsCap = 50
)

// unpunctuatedBlocks reads the text's blocks (paragraphs, a list or a
// table as one) and returns the share of them that are short and end
// without a sentence's punctuation, and the words before the first prose
// block, over leadWordsCap (capped at 1). An article is mostly sentences;
// what extraction leaves in that is not the article rarely is: labels,
// kickers, bylines, dates, share and navigation lines, teaser headlines,
// a player's "start the video". Blocks, not lines, so that a list of
// ingredients or of specifications, one item a line, counts once. The
// lead-in is the same kind of text where a reader notices it first: the
// article's start pushed down by a label or an author list.
func unpunctuatedBlocks(text string) (share, lead float64) {
	blocks, short, leadWords, inLead := 0, 0, 0, true
	for text != "" {
		var block string
		block, text, _ = strings.Cut(text, "\n\n")
		if block = strings.TrimSpace(block); block == "" {
			continue
		}
		blocks++
		w := dom.WordCount(block)
		sentence := endsSentence(block)
		if w < proseBlockWords && !sentence {
			short++
		}
		if inLead {
			if w >= proseBlockWords || sentence && w >= leadProseWords {
				inLead = false
			} else {
				leadWords += w
			}
		}
	}
	if blocks == 0 {
		return 0, 0
	}
	return float64(short) / float64(blocks), min(1, float64(leadWords)/leadWordsCap)
}

// endsSentence reports whether s ends with a sentence's final punctuation
// in any script (., !, ?, 。, ।, ؟, ။, ...), before any closing quotes or
// brackets.
func endsSentence(s string) bool {
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if r == '"' || r == '\'' || unicode.In(r, unicode.Pe, unicode.Pf, unicode.Pi) {
			s = s[:len(s)-size]
			continue
		}
		return unicode.Is(unicode.Sentence_Terminal, r)
	}
	return false
}
