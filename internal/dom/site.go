package dom

import (
	"net/url"
	"strings"

	"github.com/pith-cli/pith/internal/publicsuffix"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Site returns the registrable domain of an address (news.example.co.uk
// and www.example.co.uk are both example.co.uk), or "" when it has no
// host. An IP address or a bare host name is its own site.
func Site(address string) string {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil || u.Hostname() == "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	site, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host
	}
	return site
}

// LeavesSite reports a link to an http(s) address on another site than
// site (a Site value). A relative link stays on the page's site.
func LeavesSite(href, site string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return false
	}
	other := Site("http://" + u.Host)
	return other != "" && other != site
}

// OffsiteParagraphLinkWords counts the words of the links under n that
// lead off site from a paragraph holding two or more such links: the
// article listing places elsewhere (a deals round-up's shop links, a link
// post), where a menu or a teaser list gives one link a block, mostly to
// the site's own pages.
func OffsiteParagraphLinkWords(n *html.Node, site string) int {
	if n.DataAtom == atom.P {
		links, words := 0, 0
		for a := range Elements(n) {
			if a.DataAtom == atom.A && !isScriptLink(a) && LeavesSite(Attr(a, "href"), site) {
				links++
				words += WordsIn(a)
			}
		}
		if links >= 2 {
			return words
		}
		return 0
	}
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			count += OffsiteParagraphLinkWords(c, site)
		}
	}
	return count
}
