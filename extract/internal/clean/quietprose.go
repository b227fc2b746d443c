package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// quietProse reports whether n, a block that wording rules matched, is a
// sentence of the article rather than the site's pitch, though no long
// paragraph stands beside it (inTextFlow): a plain paragraph of ten words
// or more that ends a sentence, carries no link and no control, among two
// other such paragraphs of minQuietNeighbourWords or more in the same
// container (the short notes of a page's sidebar are not a story's text). A site's pitch for its
// newsletter, app or subscription links to its form or comes with one; a
// story about a parish newsletter or a parking app whose paragraphs are
// short ("Iscriviti alla newsletter, ripete don Paolo alla fine di ogni
// messa: …") quotes the same words with nowhere to click.
func quietProse(n *html.Node) bool {
	if !isQuietSentence(n) || n.Parent == nil {
		return false
	}
	others := 0
	for s := n.Parent.FirstChild; s != nil && others < minQuietNeighbours; s = s.NextSibling {
		if s != n && s.Type == html.ElementNode && isQuietSentence(s) && dom.WordsUpTo(s, minQuietNeighbourWords) >= minQuietNeighbourWords {
			others++
		}
	}
	return others >= minQuietNeighbours
}

// minQuietNeighbours is how many other plain paragraphs make a container
// the article's text.
const minQuietNeighbours = 2

// minQuietNeighbourWords is the length of a neighbour paragraph that tells
// a story's text from a list of one-line notes ("The ferry to the island
// was cancelled on Monday morning.").
const minQuietNeighbourWords = 15

// isQuietSentence reports whether n is a paragraph of minSentenceWords or
// more that ends a sentence and holds no link or control.
func isQuietSentence(n *html.Node) bool {
	if n.DataAtom != atom.P || dom.WordsUpTo(n, minSentenceWords) < minSentenceWords {
		return false
	}
	if dom.FindFirst(n, func(d *html.Node) bool { return d.DataAtom == atom.A || isControl(d) }) != nil {
		return false
	}
	text := strings.TrimSpace(dom.TextOf(n))
	text = strings.TrimRight(text, "\"'”“»«’)")
	return endsSentence(text) && !strings.HasSuffix(text, ":")
}
