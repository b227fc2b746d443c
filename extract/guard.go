package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The recall guard. Readability scores blocks of text and keeps the best;
// now and then it keeps a fragment — one section of a long story, a
// comment thread, a caption — while the page itself says where its article
// is: an element marked itemprop=articleBody, its one <article> or <main>,
// or the articleBody of its JSON-LD. When readability's text is under
// guardShare of what the page declares, the declared body is used instead.
//
// The declared element is taken from a second, fresh parse of the page,
// cleaned by the same rules: readability has already taken the first tree
// apart. Only the pages the guard fires on pay for it.

// guardShare: readability's text must hold at least 1/guardShare of the
// declared body's words.
const guardShare = 3

// Where the article's body came from, as reported in Article.BodySource.
const (
	BodyReadability = "readability"
	BodyDeclared    = "declared element" // itemprop=articleBody, <article> or <main>
	BodyJSONLD      = "JSON-LD articleBody"
)

// declaredBody returns the element the page marks as its article: the one
// element with itemprop=articleBody, else the one <article>, else the one
// <main>; nil when there is none, or more than one.
func declaredBody(root *html.Node) *html.Node {
	var marked, articles, mains []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case strings.EqualFold(attr(c, "itemprop"), "articleBody"):
				marked = append(marked, c)
			case c.DataAtom == atom.Article:
				articles = append(articles, c)
			case c.DataAtom == atom.Main:
				mains = append(mains, c)
			}
			walk(c)
		}
	}
	walk(root)
	for _, found := range [][]*html.Node{marked, articles, mains} {
		if len(found) == 1 {
			return found[0]
		}
		if len(found) > 1 {
			return nil // several stories, or a list of teasers: no single declaration
		}
	}
	return nil
}

// wordsOf counts the words under n; none when n is nil.
func wordsOf(n *html.Node) int {
	if n == nil {
		return 0
	}
	return wordsIn(n)
}

// pathTo lists the child indexes from root down to n, to find the same
// element in a second parse of the same page.
func pathTo(root, n *html.Node) []int {
	var path []int
	for ; n != nil && n != root; n = n.Parent {
		i := 0
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			i++
		}
		path = append(path, i)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path
}

// follow walks path down from root; nil when the tree has no such node.
func follow(root *html.Node, path []int) *html.Node {
	n := root
	for _, i := range path {
		c := n.FirstChild
		for ; c != nil && i > 0; i-- {
			c = c.NextSibling
		}
		if c == nil {
			return nil
		}
		n = c
	}
	return n
}

// paragraphsOf builds an article tree from plain text: a <p> for each
// non-empty line. (A JSON-LD articleBody holding markup is not used.)
func paragraphsOf(text string) *html.Node {
	body := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, line := range strings.Split(text, "\n") {
		if line = normalizeSpace(line); line != "" {
			p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
			p.AppendChild(&html.Node{Type: html.TextNode, Data: line})
			body.AppendChild(p)
		}
	}
	return body
}

// recallGuard returns content, unless it holds under a third of the words
// of the body the page declares — its element (cleaned from a second parse)
// or its JSON-LD articleBody — which it then returns instead, with the
// removals that go with it.
func recallGuard(content *html.Node, pr *pruner, declared declaration, ldBody, text string, rules *Rules, art *Article) (*html.Node, []Removal) {
	if declared.words >= minArticleWords && wordsOf(content)*guardShare < declared.words {
		if alt, altPruner := declared.again(text, rules, art); alt != nil && wordsIn(alt) > wordsOf(content) {
			content, pr, art.BodySource = alt, altPruner, BodyDeclared
		}
	}
	if wordCount(ldBody) >= minArticleWords && wordsOf(content)*guardShare < wordCount(ldBody) && !strings.Contains(ldBody, "<") {
		content, art.BodySource = paragraphsOf(ldBody), BodyJSONLD
	}
	return content, pr.removed
}

// again parses and cleans the page a second time and returns its declared
// element, post-cleaned, with the removals of that pass; nil if it cannot.
func (d declaration) again(text string, rules *Rules, art *Article) (*html.Node, *pruner) {
	doc, err := parse(text)
	if err != nil {
		return nil, nil
	}
	pr := &pruner{}
	cleanPage(doc, rules, pr)
	n := follow(doc.node, d.path)
	if n == nil || n.Type != html.ElementNode {
		return nil, nil
	}
	n.Parent.RemoveChild(n)
	postCleanAll(n, art, pr)
	return n, pr
}
