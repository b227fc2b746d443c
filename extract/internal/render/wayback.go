package render

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// waybackHost is the Internet Archive's Wayback Machine, whose saves
// record their address as /web/<timestamp>[<modifier>_]/<original>.
const waybackHost = "web.archive.org"

// WaybackOriginal returns the original address of a Wayback Machine
// save's address (https://web.archive.org/web/20200102030405/https://site/a
// → https://site/a; also with the "im_", "id_"… modifiers and the collapsed
// "https:/site" the archive sometimes writes), and false for any other
// address.
func WaybackOriginal(u *url.URL) (string, bool) {
	if u == nil || !strings.EqualFold(u.Hostname(), waybackHost) {
		return "", false
	}
	rest, ok := strings.CutPrefix(u.EscapedPath(), "/web/")
	if !ok {
		return "", false
	}
	stamp, orig, ok := strings.Cut(rest, "/")
	if !ok || !isWaybackStamp(stamp) {
		return "", false
	}
	if u.RawQuery != "" {
		orig += "?" + u.RawQuery
	}
	if u.Fragment != "" {
		orig += "#" + u.EscapedFragment()
	}
	lower := strings.ToLower(orig)
	switch {
	case strings.HasPrefix(lower, "http://"), strings.HasPrefix(lower, "https://"):
	case strings.HasPrefix(lower, "http:/"), strings.HasPrefix(lower, "https:/"):
		scheme, path, _ := strings.Cut(orig, ":/")
		orig = scheme + "://" + path
	case strings.Contains(lower, ":"):
		return "", false
	default:
		orig = "http://" + orig
	}
	o, err := url.Parse(orig)
	if err != nil || o.Host == "" || strings.EqualFold(o.Hostname(), waybackHost) {
		return "", false
	}
	return o.String(), true
}

// isWaybackStamp reports a save's timestamp: 1 to 14 digits, optionally
// followed by a two-letter modifier and "_" (im_, id_, js_, if_…).
func isWaybackStamp(s string) bool {
	digits := strings.TrimRight(s, "abcdefghijklmnopqrstuvwxyz_")
	if mod := s[len(digits):]; mod != "" && (len(mod) != 3 || mod[2] != '_') {
		return false
	}
	if digits == "" || len(digits) > 14 {
		return false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// UnwrapArchiveLinks rewrites the article's links into the Wayback
// Machine to the addresses they archive: called for a page that is itself
// a save, whose links the archive rewrote. Images keep the archive's
// address: that copy is the one the reader saw, the original may be gone.
func UnwrapArchiveLinks(root *html.Node) {
	if root == nil {
		return
	}
	for n := range dom.Elements(root) {
		if n.DataAtom != atom.A {
			continue
		}
		for i, a := range n.Attr {
			if a.Key != "href" {
				continue
			}
			if u, err := url.Parse(strings.TrimSpace(a.Val)); err == nil {
				if orig, ok := WaybackOriginal(u); ok {
					n.Attr[i].Val = orig
				}
			}
		}
	}
}
