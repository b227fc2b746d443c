package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// The recall guard. Readability scores blocks of text and keeps the best;
// now and then it keeps a fragment — one section of a long story, a
// comment thread, a caption — while the page itself says where its article
// is: an element marked itemprop=articleBody, its one <article> or <main>,
// or the articleBody of its JSON-LD. When readability's text is under
// guardShare of what the page declares, the declared body is used instead.
//
// Readability works on copies of the tree it is given, so the declared
// element is still there, cleaned by the same rules, when the guard fires.

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
	for c := range dom.Elements(root) {
		switch {
		case strings.EqualFold(dom.Attr(c, "itemprop"), "articleBody"):
			marked = append(marked, c)
		case c.DataAtom == atom.Article:
			articles = append(articles, c)
		case c.DataAtom == atom.Main:
			mains = append(mains, c)
		}
	}
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
	return dom.WordsIn(n)
}

// paragraphsOf builds an article tree from plain text: a <p> for each
// non-empty line. (A JSON-LD articleBody holding markup is not used.)
func paragraphsOf(text string) *html.Node {
	body := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, line := range strings.Split(text, "\n") {
		if line = dom.NormalizeSpace(line); line != "" {
			p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
			p.AppendChild(&html.Node{Type: html.TextNode, Data: line})
			body.AppendChild(p)
		}
	}
	return body
}

// RecallGuard returns content, unless it holds under a third of the words
// of the body the page declares — its element, less its teaser cards, or
// its JSON-LD articleBody — which it then returns instead (the element
// without its cards). pr's first cleaned removals are the
// cleaning's; those after them, the post-cleaning's of content.
func RecallGuard(content *html.Node, pr *Pruner, cleaned int, declared declaration, ldBody string, art *Article) (*html.Node, []Removal) {
	found := wordsOf(content)
	if n := declared.Node; n != nil && declared.words >= MinArticleWords && found*guardShare < declared.words {
		// Teaser cards in the declared body are not article it declares
		// (see teaserCards): they neither set the guard off nor come back
		// with the body.
		if cards := teaserCards(n); found*guardShare < declared.words-cardWords(cards) {
			post := &Pruner{shield: pr.shield, Observe: pr.Observe}
			for _, c := range cards {
				post.removeWithEmptyParents(c, n, RuleLinkList)
			}
			content, found = declaredInstead(n, content, found, post, pr, cleaned, art)
		}
	}
	if ldWords := dom.WordCount(ldBody); ldWords >= MinArticleWords && found*guardShare < ldWords && !strings.Contains(ldBody, "<") {
		content, art.BodySource = paragraphsOf(ldBody), BodyJSONLD
	}
	return content, pr.Removed
}

// declaredInstead post-cleans the declared body n and returns it, with its
// words, when it holds more than content's found; else content and found.
// pr's removals after the cleaning's become the declared body's.
func declaredInstead(n, content *html.Node, found int, post, pr *Pruner, cleaned int, art *Article) (*html.Node, int) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
	PostCleanAll(n, art, post)
	if words := dom.WordsIn(n); words > found {
		art.BodySource = BodyDeclared
		pr.Removed = append(pr.Removed[:cleaned], post.Removed...)
		return n, words
	}
	return content, found
}

// An article has at least MinArticleWords words, and at most MaxLinkPercent
// of its words are link text: below that it is an error page or a stub,
// above it an index of links to other pages.
const (
	MinArticleWords = 15
	MaxLinkPercent  = 65
)

// PostCleanAll runs the rules that work on readability's output.
func PostCleanAll(content *html.Node, art *Article, pr *Pruner) {
	prose, paragraphs := pr.Prose, pr.paragraphs
	pr.paras = paraMemo{}
	pr.Prose, pr.paragraphs = pr.paras.articleProse(content) // the body's, not the page's
	defer func() { pr.Prose, pr.paragraphs, pr.paras = prose, paragraphs, nil }()
	postClean(content, art, pr)
	removeDateStamps(content, pr)
	removeLinkLists(content, art.Site, pr)
	removeKickerTeasers(content, art.Site, pr)
	removeTeaserLists(content, pr)
	removeExcerptCards(content, art.Site, pr)
	removeSignatories(content, pr)
	removeAuthorBios(content, art, pr)
}
