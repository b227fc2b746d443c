package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// Streamed segments. A React server that streams its page (React 18 and
// later, the frameworks built on it) sends the shell first, with a
// placeholder where a part still loads (<template id="B:0"> inside a
// boundary's fallback, or id="P:6"), then each part as it is ready: a
// <div hidden id="S:0"> at the end of the body and a script that moves it
// into place ($RC("B:0","S:0"), $RS("S:6","P:6")): the part's number is
// its placeholder's. A saved page whose scripts never ran keeps every
// part hidden at the foot, the article's text among them, and the rules
// and readability drop what is hidden. placeSegments does what the
// script would have done (pith reads no script text: the number is what
// it goes by).

// isSegment reports whether n is a streamed part: a hidden div whose id is
// "S:" and React's id.
func isSegment(n *html.Node) bool {
	return n.DataAtom == atom.Div && dom.HasAttr(n, "hidden") && segmentID(dom.Attr(n, "id"), 'S')
}

// segmentID reports whether id is kind, a colon and a short lower-case
// base-32 number, as React writes a boundary's (B), a placeholder's (P) or
// a segment's (S) id.
func segmentID(id string, kind byte) bool {
	if len(id) < 3 || len(id) > 10 || id[0] != kind || id[1] != ':' {
		return false
	}
	for i := 2; i < len(id); i++ {
		if c := id[i]; (c < '0' || c > '9') && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

// placeSegments moves each streamed part into the placeholder with its
// number, a boundary's (B) or a placeholder's (P), dropping the boundary's
// fallback (a spinner, a skeleton) as the script would. A part whose
// placeholder is not on the page stays where it is. It returns how many
// parts it placed.
func placeSegments(segments []*html.Node, placeholders map[string]*html.Node) int {
	placed := 0
	for _, seg := range segments {
		if seg.Parent == nil {
			continue
		}
		num := dom.Attr(seg, "id")[2:]
		ph := placeholders["B:"+num]
		if ph == nil {
			ph = placeholders["P:"+num]
		}
		if ph == nil || ph.Parent == nil || dom.Attached(ph, seg) {
			continue
		}
		at := ph
		if ph.DataAtom == atom.Template && strings.HasPrefix(dom.Attr(ph, "id"), "B:") {
			at = dropFallback(ph)
		}
		for c := seg.FirstChild; c != nil; c = seg.FirstChild {
			seg.RemoveChild(c)
			at.Parent.InsertBefore(c, at)
		}
		ph.Parent.RemoveChild(ph)
		seg.Parent.RemoveChild(seg)
		placed++
	}
	return placed
}

// dropFallback removes what a boundary shows while its part loads — the
// nodes after its template up to the comment that closes the boundary
// (<!--/$-->, nested boundaries counted) — and returns that comment, where
// the part goes; the template itself when the boundary has no close.
func dropFallback(template *html.Node) *html.Node {
	depth := 0
	for n := template.NextSibling; n != nil; n = n.NextSibling {
		if n.Type != html.CommentNode {
			continue
		}
		switch {
		case strings.HasPrefix(n.Data, "/$"):
			if depth == 0 {
				for c := template.NextSibling; c != n; c = template.NextSibling {
					template.Parent.RemoveChild(c)
				}
				return n
			}
			depth--
		case strings.HasPrefix(n.Data, "$"):
			depth++
		}
	}
	return template
}
