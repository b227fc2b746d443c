package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
)

// TestPlaceSegments checks where a streamed page's hidden parts go: into
// the boundary or placeholder with their number, the boundary's fallback
// dropped up to its own close (a nested boundary inside the fallback
// counted); a part with no placeholder, or a hidden div whose id only
// looks like one, stays hidden where it is.
func TestPlaceSegments(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"boundary",
			`<main><!--$?--><template id="B:0"></template><p>Loading</p><!--/$--></main><div hidden id="S:0"><p>Story</p></div>`,
			`<main><!--$?--><p>Story</p><!--/$--></main>`},
		{"nested fallback",
			`<main><!--$?--><template id="B:1"></template><div><!--$--><p>Spinner</p><!--/$--></div><!--$?--><p>Skeleton</p><!--/$--><!--/$--><p>After</p></main><div hidden id="S:1"><p>Story</p></div>`,
			`<main><!--$?--><p>Story</p><!--/$--><p>After</p></main>`},
		{"placeholder",
			`<main><p>Lead</p><template id="P:2"></template><p>End</p></main><div hidden id="S:2"><p>Middle</p></div>`,
			`<main><p>Lead</p><p>Middle</p><p>End</p></main>`},
		{"part inside a part",
			`<main><!--$?--><template id="B:0"></template><!--/$--></main><div hidden id="S:0"><p>One</p><template id="P:1"></template></div><div hidden id="S:1"><p>Two</p></div>`,
			`<main><!--$?--><p>One</p><p>Two</p><!--/$--></main>`},
		{"no placeholder",
			`<main><p>Lead</p></main><div hidden id="S:7"><p>Menu</p></div>`,
			`<main><p>Lead</p></main><div hidden="" id="S:7"><p>Menu</p></div>`},
		{"not React's id",
			`<main><template id="B:Top"></template></main><div hidden id="S:Top"><p>Menu</p></div>`,
			`<main><template id="B:Top"></template></main><div hidden="" id="S:Top"><p>Menu</p></div>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, tc.body)
			showPanels(root)
			var b strings.Builder
			body := dom.FindFirst(root, func(n *html.Node) bool { return n.DataAtom == atom.Body })
			for c := body.FirstChild; c != nil; c = c.NextSibling {
				if err := html.Render(&b, c); err != nil {
					t.Fatal(err)
				}
			}
			if b.String() != tc.want {
				t.Errorf("got  %s\nwant %s", b.String(), tc.want)
			}
		})
	}
}
