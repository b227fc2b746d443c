package clean

import (
	"strings"
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
)

// excerptCardMarkup builds n alike cards of class: a linked h3 headline
// (numbered when numbered is set) over an excerpt of some forty words and
// a date, linking under prefix ("/news/" stays on the page's site).
func excerptCardMarkup(n int, class, prefix string, numbered bool) string {
	heads := []string{"Harbour wall repairs finish a month ahead of plan", "Library opens a room for quiet study on Sundays",
		"Town band plays its first concert in the new hall", "Allotment waiting list closes after two hundred names",
		"Cycle hire scheme adds ten stations on the west side"}
	var b strings.Builder
	for i := range n {
		num := ""
		if numbered {
			num = string(rune('1'+i)) + ". "
		}
		b.WriteString(`<div class="` + class + `"><h3>` + num + `<a href="` + prefix + string(rune('a'+i)) + `">` + heads[i] + `</a></h3>` +
			`<p>Engineers worked through the winter nights to finish the job, and the contractor says the stone for the last section came from the same quarry as the original wall, so the repair should be hard to spot from the beach within a few years.</p>` +
			`<span>3 March 2026</span></div>`)
	}
	return b.String()
}

func TestRemoveExcerptCards(t *testing.T) {
	body := domtest.LongP1 + domtest.LongP2 + domtest.LongP3 + domtest.LongP4
	for _, tc := range []struct {
		name     string
		body     string
		gone     []string
		kept     []string
		removals int
	}{
		{
			name:     "a box of on-site cards after the story goes with its heading",
			body:     body + `<section><h2>Around the town</h2>` + excerptCardMarkup(4, "card", "/news/", false) + `</section>`,
			gone:     []string{"Around the town", "Harbour wall repairs", "Engineers worked through", "3 March 2026"},
			kept:     []string{"The council met", "Opponents warned"},
			removals: 5,
		},
		{
			name:     "cards linking to another site are kept",
			body:     body + `<section>` + excerptCardMarkup(4, "card", "https://shop.example/item/", false) + `</section>`,
			kept:     []string{"Harbour wall repairs", "Engineers worked through"},
			removals: 0,
		},
		{
			name:     "numbered items are kept",
			body:     body + `<section>` + excerptCardMarkup(4, "card", "/news/", true) + `</section>`,
			kept:     []string{"Harbour wall repairs", "Engineers worked through"},
			removals: 0,
		},
		{
			name:     "cards before the story's last paragraph are kept",
			body:     domtest.LongP1 + domtest.LongP2 + `<section>` + excerptCardMarkup(3, "card", "/news/", false) + `</section>` + domtest.LongP3 + domtest.LongP4,
			kept:     []string{"Harbour wall repairs"},
			removals: 0,
		},
		{
			name:     "cards outweighing a story of one paragraph are kept",
			body:     domtest.LongP1 + `<section>` + excerptCardMarkup(3, "card", "/news/", false) + `</section>`,
			kept:     []string{"Harbour wall repairs"},
			removals: 0,
		},
		{
			name:     "cards sharing their box with prose, outweighing it, are kept",
			body:     `<div>` + body + excerptCardMarkup(4, "card", "/news/", false) + `</div>`,
			kept:     []string{"Harbour wall repairs", "Allotment waiting list"},
			removals: 0,
		},
		{
			name:     "two cards are not a box",
			body:     body + `<section>` + excerptCardMarkup(2, "card", "/news/", false) + `</section>`,
			kept:     []string{"Harbour wall repairs"},
			removals: 0,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<article id="content">`+tc.body+`</article>`)
			content := domtest.ByID(root, "content")
			p := &Pruner{}
			removeExcerptCards(content, "example.org", p)
			checkGoneKept(t, domtest.FlatText(content), tc.gone, tc.kept, p.Removed)
			if len(p.Removed) != tc.removals {
				t.Errorf("%d removals, want %d: %+v", len(p.Removed), tc.removals, p.Removed)
			}
		})
	}
}
