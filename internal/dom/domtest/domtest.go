// Package domtest helps the stages' tests build trees.
package domtest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
