package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
)

// TestFillHeadings checks which headings of the page readability left out
// come back between the two paragraphs it kept: a subheading in the
// story's running text (alone or in a wrapper), and not a teaser's title
// inside its link, a widget's heading, a heading in another post's
// <article>, one whose neighbours are not paragraphs, or one whose
// paragraphs the content does not hold side by side.
func TestFillHeadings(t *testing.T) {
	const (
		one = `<p>The ferry crossed the bay twice a day all winter, and the harbour master kept a log of every delay.</p>`
		two = `<p>In spring the timetable changes again, with a third crossing at noon for cyclists and school groups.</p>`
		mid = `<p>Fares stayed the same for islanders, while day visitors paid a little more on weekends.</p>`
	)
	for _, tc := range []struct {
		name    string
		page    string // the page's body around the heading
		content string // what readability kept
		back    bool
	}{
		{"subheading", one + `<h2 class="subheader">Timetable</h2>` + two, one + two, true},
		{"in a wrapper", one + `<div class="x"><h3 class="sticky-header-offset">Timetable</h3></div>` + two, one + two, true},
		{"paragraphs in modules", `<div>` + one + `</div><h2 class="subheader">Timetable</h2><div>` + two + `</div>`, one + two, true},
		{"kept already", one + `<h2 class="subheader">Timetable</h2>` + two, one + `<h2>Timetable</h2>` + two, false},
		{"inside a link", one + `<a href="/t"><h2>Timetable</h2></a>` + two, one + two, false},
		{"widget's name", one + `<h2 class="related-title">Timetable</h2>` + two, one + two, false},
		{"another post", `<article>` + one + `</article><article><h3 class="relatedpoststitle">Timetable</h3><article>` + two + `</article></article>`, one + two, false},
		{"text before is no paragraph", one + `<span>Photo: harbour office</span><h2 class="subheader">Timetable</h2>` + two, one + two, false},
		{"not side by side in content", one + `<h2 class="subheader">Timetable</h2>` + two, one + mid + two, false},
		{"after the story", one + two + `<h2 class="subheader">Timetable</h2>`, one + two, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, tc.page)
			content := dom.FindFirst(domtest.Page(t, `<div id="content">`+tc.content+`</div>`), func(n *html.Node) bool { return dom.Attr(n, "id") == "content" })
			got := FillHeadings(root, content) > 0
			if got != tc.back {
				t.Errorf("FillHeadings put back=%v, want %v", got, tc.back)
			}
			if !tc.back {
				return
			}
			var texts []string
			for n := range dom.Elements(content) {
				if n.DataAtom == atom.P || isHeadingTag(n) {
					texts = append(texts, dom.NormalizeSpace(dom.TextOf(n)))
				}
			}
			if len(texts) != 3 || texts[1] != "Timetable" {
				t.Errorf("content reads %q, want the heading between the paragraphs", strings.Join(texts, " | "))
			}
		})
	}
}
