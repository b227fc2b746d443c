package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// FillHeadings puts back into readability's content the subheadings it
// dropped from between two paragraphs it kept. Before scoring, readability
// drops every element whose class or id holds one of its "unlikely" words,
// headings too, and a heading's class holds one by chance more often than
// a container's: "subheader", or a utility class for the room a sticky
// header takes when the page scrolls to the heading
// ("scroll-mt-[…sticky-header…]"). The story came out without its
// subheadings, its sections run together. A heading (h2 to h6, at most
// maxTitleWords words, a sentence rather than a link, in no link itself, its
// name no widget's, outside reader comments) comes back when on the page
// the text right before it ends a paragraph readability kept, the text
// right after it opens another it kept, in the same <article> element as
// the heading (a list of posts titles each post), and the two follow each
// other in the content: it stood in the story's running text. A heading
// the cleaning rules removed is not on the page any more, so none of
// theirs comes back. It returns how many it put back, each before the kept
// paragraph after it; the post-cleaning judges them like the others.
func FillHeadings(root, content *html.Node) int {
	if content == nil {
		return 0
	}
	var kept map[string]*html.Node // the content's paragraphs by their text
	var have map[string]bool       // the content's headings' texts
	restored := 0
	for h := range dom.Elements(root) {
		if !isHeadingTag(h) || h.DataAtom == atom.H1 {
			continue
		}
		before, after := adjacentParagraph(h, root, true), adjacentParagraph(h, root, false)
		if before == nil || after == nil || dom.WordsUpTo(h, maxTitleWords) > maxTitleWords || halfLinks(h) || inComments(h) ||
			hasBoilerplateName(h) || dom.HasAncestor(h, atom.A) || !sameArticle(before, h) || !sameArticle(after, h) {
			continue
		}
		if kept == nil {
			kept, have = contentBlocks(content)
		}
		text := dom.NormalizeSpace(dom.TextOf(h))
		keptBefore, keptAfter := kept[dom.NormalizeSpace(dom.TextOf(before))], kept[dom.NormalizeSpace(dom.TextOf(after))]
		if text == "" || have[text] || keptBefore == nil || keptAfter == nil || keptBefore == keptAfter || adjacentParagraph(keptAfter, content, true) != keptBefore {
			continue
		}
		keptAfter.Parent.InsertBefore(dom.CloneTree(h), keptAfter)
		have[text] = true
		restored++
	}
	return restored
}

// contentBlocks maps the content's paragraphs by their text (the first of
// each text) and lists its headings' texts.
func contentBlocks(content *html.Node) (map[string]*html.Node, map[string]bool) {
	kept, have := map[string]*html.Node{}, map[string]bool{}
	for n := range dom.Elements(content) {
		switch {
		case storyParagraph(n):
			if text := dom.NormalizeSpace(dom.TextOf(n)); kept[text] == nil {
				kept[text] = n
			}
		case isHeadingTag(n):
			have[dom.NormalizeSpace(dom.TextOf(n))] = true
		}
	}
	return kept, have
}

// storyParagraph reports whether n is a paragraph, one of the page's or one
// readability made of a div (it renames the element, not its atom).
func storyParagraph(n *html.Node) bool { return n.DataAtom == atom.P || n.Data == "p" }

// adjacentParagraph returns the paragraph whose text comes right before
// n's under root (before) or right after it: nil when the text there is
// not a paragraph's end (or start), or there is none.
func adjacentParagraph(n, root *html.Node, before bool) *html.Node {
	for at := n; at != root && at.Parent != nil; at = at.Parent {
		for s := step(at, before); s != nil; s = step(s, before) {
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
				return nil
			}
			if s.Type == html.ElementNode && dom.HasText(s) {
				return edgeParagraph(s, before)
			}
		}
	}
	return nil
}

// edgeParagraph returns the paragraph whose text ends n's (last) or opens
// it: nil when that text is not in a paragraph.
func edgeParagraph(n *html.Node, last bool) *html.Node {
	for !storyParagraph(n) {
		var edge *html.Node
		for c := edgeChild(n, last); c != nil && edge == nil; c = step(c, last) {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				return nil
			case c.Type == html.ElementNode && dom.HasText(c):
				edge = c
			}
		}
		if edge == nil {
			return nil
		}
		n = edge
	}
	return n
}

// edgeChild is n's last child (last) or its first.
func edgeChild(n *html.Node, last bool) *html.Node {
	if last {
		return n.LastChild
	}
	return n.FirstChild
}

// step is the sibling before c (last) or after it.
func step(c *html.Node, last bool) *html.Node {
	if last {
		return c.PrevSibling
	}
	return c.NextSibling
}

// sameArticle reports whether a and b stand in the same <article>
// element, or both in none.
func sameArticle(a, b *html.Node) bool {
	return dom.Ancestor(a, atom.Article) == dom.Ancestor(b, atom.Article)
}
