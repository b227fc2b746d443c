// Package domtest helps the stages' tests build trees: pages around a
// body, and body paragraphs long enough to count as an article's.
package domtest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// Body paragraphs of at least dom.LongParagraphWords words, for test pages.
var (
	LongP1 = "<p>The council met on Tuesday evening to debate the new transport plan, which would close two bus depots " +
		"and move about three hundred drivers to a single site near the ring road.</p>"
	LongP2 = "<p>Supporters of the plan said the merged depot would save the city nearly four million pounds a year, " +
		"money that could pay for cheaper fares and more frequent services on the busiest routes.</p>"
	LongP3 = "<p>Opponents warned that drivers living on the east side would face journeys of more than an hour before " +
		"their first shift, and that some would leave the job rather than move house.</p>"
	LongP4 = "<p>The vote was delayed until next month after several members asked for a fuller study of the costs, " +
		"including the price of the land and the work needed to widen the access road.</p>"
)

// LongParagraph returns a body paragraph of about 30 words whose text starts with label.
func LongParagraph(label string) string {
	return "<p>" + label + " was one of the many residents who wrote to the council this winter about the plan, " +
		"and most of them asked for the vote to wait until the full costs were known.</p>"
}

// Page parses body as the body of a full page and returns its <html> element.
func Page(t testing.TB, body string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<!DOCTYPE html><html><head><title>Test page</title></head><body>" + body + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	return (&dom.Document{Node: doc}).Root()
}

// ByID returns the element under root with the given id, or nil.
func ByID(root *html.Node, id string) *html.Node {
	return dom.FindFirst(root, func(n *html.Node) bool { return dom.Attr(n, "id") == id })
}

// FlatText is n's text with its white space collapsed.
func FlatText(n *html.Node) string {
	return dom.NormalizeSpace(dom.TextOf(n))
}

// Body parses src as a page, as a browser would, and returns its body.
func Body(t testing.TB, src string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	for n := range doc.Descendants() {
		if n.DataAtom == atom.Body {
			return n
		}
	}
	t.Fatalf("no body in %.40q", src)
	return nil
}
