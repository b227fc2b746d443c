package readability

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// getLinkDensities returns getLinkDensity(c) for each candidate, exactly,
// from one walk over the candidates' subtrees instead of one walk per
// candidate (pith's fork). grabArticle scores up to five levels of
// ancestors of every paragraph, so its candidates nest and the walk per
// candidate counted the text of a page several times over; that was ~18%
// of the readability stage on pith's trees.
//
// The character count of a subtree is composed from its children's
// textSummary values, which give the same total as one charCounter fed
// the whole text; each link's own count is streamed into the innermost
// link's counter, as getLinkDensity does, and each candidate's weighted
// link characters are summed over the links inside it in the same order
// (the order their walks end in), so the float result is the same too.
func (ps *Parser) getLinkDensities(candidates []*html.Node) []float64 {
	index := make(map[*html.Node]int, len(candidates))
	for i, c := range candidates {
		index[c] = i
	}
	densities := make([]float64, len(candidates))
	var links []float64 // each link's weighted characters, in the order its walk ends
	var walk func(n *html.Node, link *charCounter) textSummary
	walk = func(n *html.Node, link *charCounter) textSummary {
		if n.Type == html.TextNode {
			if link != nil {
				link.CountString(n.Data)
			}
			return summarize(n.Data)
		}
		var own *charCounter
		if n.Type == html.ElementNode && n.Data == "a" {
			own = &charCounter{}
			link = own
		}
		first := len(links)
		var sum textSummary
		for child := n.FirstChild; child != nil; child = child.NextSibling {
			sum = sum.then(walk(child, link))
		}
		if own != nil {
			links = append(links, float64(own.Total)*getLinkDensityCoefficient(n))
		}
		if i, ok := index[n]; ok {
			var weighted float64
			for _, w := range links[first:] {
				weighted += w
			}
			if sum.total != 0 {
				densities[i] = weighted / float64(sum.total)
			}
		}
		return sum
	}
	for _, c := range candidates {
		if !hasAncestorIn(c, index) {
			walk(c, nil)
		}
	}
	return densities
}

// hasAncestorIn reports whether one of n's ancestors is a key of set.
func hasAncestorIn(n *html.Node, set map[*html.Node]int) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if _, ok := set[p]; ok {
			return true
		}
	}
	return false
}

// A textSummary describes a run of text as a charCounter sees it, so that
// the count of two runs can be had from their summaries without counting
// either again.
type textSummary struct {
	total    int  // what a fresh charCounter counts
	chars    bool // the run has any character
	nonSpace bool // the run has a non-space character
	lead     bool // a space comes before the first non-space
	trail    bool // the last character is a space
}

// summarize counts s with a fresh charCounter and describes it.
func summarize(s string) textSummary {
	var c charCounter
	c.CountString(s)
	first, _ := utf8.DecodeRuneInString(s)
	return textSummary{
		total:    c.Total,
		chars:    s != "",
		nonSpace: c.seenNonSpace,
		lead:     c.seenNonSpace && unicode.IsSpace(first),
		trail:    c.lastCharWasSpace,
	}
}

// then returns the summary of x followed by y. A charCounter adds one more
// for the first non-space of y when a non-space came before it in x and a
// space separates them (x's last character or y's leading spaces); every
// other character of y counts as it does on its own.
func (x textSummary) then(y textSummary) textSummary {
	total := x.total + y.total
	if x.nonSpace && y.nonSpace && (x.trail || y.lead) {
		total++
	}
	lead := x.lead
	if !x.nonSpace {
		lead = y.nonSpace && (x.chars || y.lead)
	}
	trail := x.trail
	if y.chars {
		trail = y.trail
	}
	return textSummary{
		total:    total,
		chars:    x.chars || y.chars,
		nonSpace: x.nonSpace || y.nonSpace,
		lead:     lead,
		trail:    trail,
	}
}
