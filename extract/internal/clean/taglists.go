package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// removeTagLists removes the lists of the article's tags: a list (or
// bar) whose text is all in links marked rel="tag", the microformat that
// blogs and CMSs write on a post's tags and categories, with the short
// label before it ("Tags:", "Schlagworte", "Argomenti:"). A label ending
// in a colon otherwise tells the link-list rule that the article
// introduces its own list, so these stayed. A tag link in a sentence
// ("Posted in <a rel="tag">News</a>") is no list and stays.
func (c *cleaner) removeTagLists(root *html.Node) {
	var lists []*html.Node
	for n := range dom.Elements(root) {
		if n.DataAtom != atom.A || !dom.HasToken(dom.Attr(n, "rel"), "tag") {
			continue
		}
		if list := tagList(n); list != nil && (len(lists) == 0 || lists[len(lists)-1] != list) {
			lists = append(lists, list)
		}
	}
	for _, list := range lists {
		if !dom.Attached(list, root) {
			continue
		}
		box := list
		if label := dom.PrevElement(list); label != nil && isTagLabel(label) {
			if p := list.Parent; p != nil && !dom.IsBoundary(p) && dom.WordsIn(p) == dom.WordsIn(list)+dom.WordsIn(label) {
				box = p // the label and the list are all the box holds
			} else {
				c.remove(label, RuleTagList)
			}
		}
		c.remove(box, RuleTagList)
	}
}

// tagList returns the list or bar that tag link a is an item of, when
// every word of it is in tag links (two or more); nil otherwise.
func tagList(a *html.Node) *html.Node {
	var list *html.Node
	for p, depth := a.Parent, 0; p != nil && depth < 3 && !dom.IsBoundary(p); p, depth = p.Parent, depth+1 {
		if p.DataAtom == atom.Ul || p.DataAtom == atom.Ol {
			list = p
			break
		}
		if p.DataAtom == atom.P || p.DataAtom == atom.Div || p.DataAtom == atom.Span {
			list = p // a bar of links without a list
			break
		}
	}
	if list == nil {
		return nil
	}
	tags, inTags := 0, 0
	for d := range dom.Elements(list) {
		if d.DataAtom == atom.A {
			if !dom.HasToken(dom.Attr(d, "rel"), "tag") {
				return nil
			}
			tags++
			inTags += dom.WordsIn(d)
		}
	}
	if tags < 2 || inTags != dom.WordsIn(list) {
		return nil
	}
	return list
}

// isTagLabel reports whether n is a list's short label: a few words, a
// heading or a line ending in a colon.
func isTagLabel(n *html.Node) bool {
	words := dom.WordsIn(n)
	if words == 0 || words > 3 || dom.LinkWords(n) > 0 {
		return false
	}
	return isHeadingTag(n) || strings.HasSuffix(strings.TrimSpace(dom.TextOf(n)), ":")
}
