package extract

import (
	"golang.org/x/net/html"

	"github.com/pith-cli/pith/extract/internal/clean"
	"github.com/pith-cli/pith/internal/dom"
)

// linkHeavy reports a body that is mostly link text, which pith takes for
// a menu, a teaser list or a section front rather than an article. The
// links of such blocks lead to the site's own pages, one a block. Links
// that leave the site, several in one of the body's paragraphs, are the
// article pointing somewhere (a deals round-up whose paragraphs are the
// shop links it recommends, a link post): their words do not count as
// link words, so long as the body has clean.MinArticleWords words of its own
// besides (an all-link body is no article, whatever its links point at).
// With the page's address unknown, every link counts.
func linkHeavy(content *html.Node, text string, pageURL string) bool {
	words := dom.WordCount(text)
	links := dom.LinkWords(content)
	if links*100 <= words*clean.MaxLinkPercent {
		return false
	}
	site := dom.Site(pageURL)
	if site == "" || dom.WordsIn(content)-links < clean.MinArticleWords {
		return true
	}
	links -= dom.OffsiteParagraphLinkWords(content, site)
	return links*100 > words*clean.MaxLinkPercent
}
