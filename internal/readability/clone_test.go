package readability

import (
	"reflect"
	"strings"
	"testing"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
)

// sameTree fails the test where a and b differ in shape or in the fields a
// clone copies, or where b shares a node with a.
func sameTree(t *testing.T, a, b *html.Node) {
	t.Helper()
	if a == b {
		t.Fatalf("clone shares node %q with its source", a.Data)
	}
	if a.Type != b.Type || a.DataAtom != b.DataAtom || a.Data != b.Data || a.Namespace != b.Namespace {
		t.Fatalf("node differs: %+v vs %+v", *a, *b)
	}
	if !reflect.DeepEqual(a.Attr, b.Attr) || (a.Attr == nil) != (b.Attr == nil) {
		t.Fatalf("attributes differ on %q: %#v vs %#v", a.Data, a.Attr, b.Attr)
	}
	ca, cb := a.FirstChild, b.FirstChild
	for ca != nil && cb != nil {
		if cb.Parent != b || (cb.NextSibling != nil && cb.NextSibling.PrevSibling != cb) {
			t.Fatalf("clone's links are broken under %q", b.Data)
		}
		sameTree(t, ca, cb)
		ca, cb = ca.NextSibling, cb.NextSibling
	}
	if ca != nil || cb != nil {
		t.Fatalf("child counts differ under %q", a.Data)
	}
	if (a.LastChild == nil) != (b.LastChild == nil) || (b.LastChild != nil && b.LastChild.NextSibling != nil) {
		t.Fatalf("LastChild wrong under %q", b.Data)
	}
}

// TestCloneTreeMatchesDomClone compares cloneTree with dom.Clone field by
// field on a page with attributes, SVG (whose Namespace neither copies),
// comments and a doctype, and checks the copies' attributes are
// independent of each other.
func TestCloneTreeMatchesDomClone(t *testing.T) {
	src := `<!DOCTYPE html><html lang=en><head><title>t</title></head><body class=b>` +
		`<!-- note --><div id=a data-x=1><p>one <a href=/x>two</a></p><br><svg><circle r=1></circle></svg></div>` +
		`<p></p><ul><li a=1 b=2 c=3>x</li><li>y</li></ul></body></html>`
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	want := dom.Clone(doc, true)
	got := cloneTree(doc)
	sameTree(t, want, got)
	if got.Parent != nil || got.NextSibling != nil || got.PrevSibling != nil {
		t.Fatal("the clone's root is linked to something")
	}

	// Growing one node's attributes must not touch those stored after them
	// (the <p> between has none, so the link's come next).
	div := getElementByTagName(got, "div")
	link := getElementByTagName(got, "a")
	dom.SetAttribute(div, "added", "yes")
	if got := dom.GetAttribute(link, "href"); got != "/x" || len(link.Attr) != 1 {
		t.Fatalf("appending to one node's attributes changed the next one's: %#v", link.Attr)
	}
	if dom.GetAttribute(getElementByTagName(doc, "div"), "added") != "" {
		t.Fatal("changing the clone changed the source")
	}
}
