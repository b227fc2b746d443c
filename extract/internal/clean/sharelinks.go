package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// isShareLink reports whether n is a link that shares the page — on a
// network or by e-mail — by its address: the share endpoints every
// network offers take the page's address as a parameter ("…/sharer.php?u=",
// "…/intent/tweet?text=", "…/shareArticle?url=", "whatsapp://send?text=",
// WhatsApp's short "wa.me/?text=")
// and an e-mail share is a mailto with no address ("mailto:?subject=").
// Its text ("Facebook", "Teilen", "12") says nothing a wording rule knows.
//
// A share link that holds a sentence is a "click to tweet" quote, which
// repeats the article's words: only a label (maxShareLinkWords at most)
// is boilerplate.
func isShareLink(n *html.Node) bool {
	href := strings.ToLower(strings.TrimSpace(dom.Attr(n, "href")))
	switch {
	case href == "":
		return false
	case strings.HasPrefix(href, "mailto:?"), strings.HasPrefix(href, "whatsapp://send"), strings.HasPrefix(href, "sms:?"):
		return true
	case strings.Contains(href, "/intent/tweet"), strings.Contains(href, "/intent/post"):
		return true
	}
	path, query, ok := strings.Cut(href, "?")
	if !ok || !strings.HasPrefix(path, "http") {
		return false
	}
	if !strings.Contains(path, "share") && !strings.Contains(path, "/send") && !strings.Contains(path, "/pin/create") && !strings.Contains(path, "/submit") && !strings.Contains(path, "//wa.me/") {
		return false
	}
	for _, param := range strings.Split(query, "&") {
		switch key, _, _ := strings.Cut(param, "="); key {
		case "u", "url", "text", "href", "link":
			return true
		}
	}
	return false
}

// maxShareLinkWords bounds a share link's label: "Share on Facebook", "12".
const maxShareLinkWords = 4

// maxShareBarWords bounds a share bar: a label and a few networks' names
// and counts.
const maxShareBarWords = 20

// maxShareLabelWords bounds the words of a bar outside its links: a label
// ("Share this article:") and counts.
const maxShareLabelWords = 4

// removeShareBars removes the links that share the page (see isShareLink)
// with the bar around them: from each share link that is a label, not a
// quote nor a piece of a sentence, the largest ancestor that stays short
// (maxShareBarWords), holds no body paragraph, and whose links with text
// are at least half share links — a bar's other buttons ("Twitter" on a
// script, "Copy link") go with it.
func (c *cleaner) removeShareBars(root *html.Node) {
	var shares []*html.Node
	dom.FindFirst(root, func(n *html.Node) bool {
		if n.DataAtom == atom.A && isSharingLink(n) {
			shares = append(shares, n)
		}
		return false
	})
	for _, link := range shares {
		if !dom.Attached(link, root) || !dom.HasText(link) || dom.WordsUpTo(link, maxShareLinkWords+1) > maxShareLinkWords || inSentence(link) {
			continue // an icon shows no text; a quote to tweet is the article's
		}
		bar := link
		for p := link.Parent; p != nil && p != root && !dom.IsBoundary(p); p = p.Parent {
			words := dom.WordsUpTo(p, maxShareBarWords+1)
			if words > maxShareBarWords || words-dom.LinkWords(p)-countPhraseWords(p) > maxShareLabelWords || dom.LongParagraphs(p) > 0 {
				break // a sentence beside the link is the article's ("“Why?” Tweet")
			}
			if p.DataAtom == atom.Header || dom.FindFirst(p, isTitleHeading) != nil {
				break // the article's header, its headline a link beside the bar
			}
			share, all := shareLinks(p)
			if share*2 < all {
				break
			}
			bar = p
		}
		c.remove(bar, RuleShareLink)
	}
}

// shareLinks counts the share links with text under n, and all its links
// with text.
func shareLinks(n *html.Node) (share, all int) {
	dom.FindFirst(n, func(c *html.Node) bool {
		if c.DataAtom == atom.A && dom.HasText(c) {
			all++
			if isSharingLink(c) {
				share++
			}
		}
		return false
	})
	return share, all
}

// isTitleHeading reports whether n is an h1, h2 or h3.
func isTitleHeading(n *html.Node) bool {
	return n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3
}
