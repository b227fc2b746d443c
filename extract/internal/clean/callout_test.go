package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// firstOf parses page and returns its first element with tag a.
func firstOf(t *testing.T, page string, a atom.Atom) *html.Node {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	n := dom.FindFirst(root, func(n *html.Node) bool { return n.DataAtom == a })
	if n == nil {
		t.Fatalf("no %s in %q", a, page)
	}
	return n
}

func TestCalledOut(t *testing.T) {
	for page, want := range map[string]bool{
		`<p><strong>Iscriviti alla nostra newsletter</strong> per le notizie di ogni mattina: <a href="/nl">iscriviti</a></p>`: true,
		`<p> <b>Laden Sie jetzt unsere App herunter</b> – <a href="/app">hier</a> gibt es sie.</p>`:                            true,
		`<p><em>Subscribe to our newsletter for the week's best stories. <a href="/n">Sign up</a></em></p>`:                    true,
		// The same call without a link, quoted in prose, or after the sentence's start.
		`<p><strong>Iscriviti alla nostra newsletter</strong> per le notizie di ogni mattina.</p>`:                       false,
		`<p>The mayor's office wrote "subscribe to our newsletter" on every flyer, <a href="/x">a reader noted</a>.</p>`: false,
		`<p>Readers can <strong>download our app</strong> from <a href="/app">the store</a>.</p>`:                        false,
		// A how-to's bold step names no site's own app; a follow line is the story's.
		`<p><strong>Download the app of the town hall</strong>, then log in at <a href="/x">the portal</a>.</p>`: false,
		`<p><em>Follow NBC Latino on <a href="/fb">Facebook</a>, Twitter and Instagram.</em></p>`:                false,
	} {
		if got := calledOut(firstOf(t, page, atom.P)); got != want {
			t.Errorf("calledOut(%s) = %v, want %v", page, got, want)
		}
	}
}

func TestPermalinkMark(t *testing.T) {
	for page, want := range map[string]bool{
		`<h2 id="install">Install<a class="headerlink" href="#install" title="Permanent link">¶</a></h2>`: true,
		`<h3><a class="hash-link" href="#setup">#</a> Setup</h3>`:                                         true,
		`<h2>Setup<a href="#setup">` + "\u200b" + `</a></h2>`:                                             true,
		// A heading that is a link, a link out of the page, a mark outside a heading.
		`<h2><a href="#part-2">Part 2</a></h2>`:                 false,
		`<h2>Notes <a href="https://example.com/#a">¶</a></h2>`: false,
		`<p>See the note <a href="#n1">¶</a> below.</p>`:        false,
		`<h2>C# in practice <a href="#csharp">C#</a></h2>`:      false,
	} {
		if got := permalinkMark(firstOf(t, page, atom.A)); got != want {
			t.Errorf("permalinkMark(%s) = %v, want %v", page, got, want)
		}
	}
}
