package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
)

// TestShowPanelsToggles checks which hidden blocks of prose a toggle or a
// framework's class makes a panel to show, and which it leaves hidden.
func TestShowPanelsToggles(t *testing.T) {
	const prose = `<p>The ferry crossed the bay twice a day all winter, and the harbour master kept a log of every delay caused by the storms along the coast.</p>`
	for _, tc := range []struct {
		name string
		body string
		show bool
	}{
		{"bootstrap 4 collapse target", `<button data-toggle="collapse" data-target="#a">Open</button><div id="a" style="display:none">` + prose + `</div>`, true},
		{"bootstrap 5 collapse target", `<button data-bs-toggle="collapse" data-bs-target="#a">Open</button><div id="a" style="display:none">` + prose + `</div>`, true},
		{"tab link href", `<a data-toggle="tab" href="#a">Second</a><div id="a" aria-hidden="true">` + prose + `</div>`, true},
		{"role tab href", `<a role="tab" href="#a">Second</a><div id="a" hidden>` + prose + `</div>`, true},
		{"tab-pane class", `<div class="tab-pane fade" style="display:none">` + prose + `</div>`, true},
		{"ui-tabs-panel class", `<div class="ui-tabs-panel" aria-hidden="true">` + prose + `</div>`, true},
		{"modal target", `<button data-toggle="modal" data-target="#a">Open</button><div id="a" style="display:none">` + prose + `</div>`, false},
		{"plain anchor", `<a href="#a">Jump</a><div id="a" style="display:none">` + prose + `</div>`, false},
		{"collapse menu of links", `<button data-toggle="collapse" data-target="#m">Menu</button><div id="m" class="collapse" style="display:none"><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul></div>`, false},
		{"collapse in consent notice", `<div class="consent-bar"><div class="collapse" style="display:none">` + prose + `</div></div>`, false},
		{"collapse in nav", `<nav><div class="collapse" style="display:none">` + prose + `</div></nav>`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, tc.body)
			got := showPanels(root) > 0
			if got != tc.show {
				t.Errorf("showPanels shown=%v, want %v", got, tc.show)
			}
			p := dom.FindFirst(root, articleSentence)
			if p == nil {
				return
			}
			if hidden := dom.IsHidden(p.Parent); hidden == tc.show {
				t.Errorf("panel hidden=%v after showPanels, want %v", hidden, !tc.show)
			}
		})
	}
}

// TestShowPanelsKeepsTitles checks which toggles of shown sections become
// a paragraph that titles the section (an accordion's questions), and
// which stay buttons for the controls rule (tab labels, a lone "read more",
// a menu's toggles, a button inside a heading).
func TestShowPanelsKeepsTitles(t *testing.T) {
	const (
		one = `<p>The ferry crossed the bay twice a day all winter, and the harbour master kept a log of every delay caused by the storms along the coast.</p>`
		two = `<p>In spring the timetable changes again, with a third crossing at noon that mostly carries cyclists and school groups to the island.</p>`
	)
	card := func(title, id, hide, body string) string {
		return `<div class="card"><div class="card-header"><button class="btn btn-link" data-toggle="collapse" data-target="#` + id + `">` + title + `</button></div><div id="` + id + `" class="collapse"` + hide + `>` + body + `</div></div>`
	}
	for _, tc := range []struct {
		name  string
		body  string
		title string
		keep  bool
	}{
		{"bootstrap cards, first open", `<div class="accordion">` + card("When does the ferry run?", "a", "", one) + card("Is there a spring timetable?", "b", ` style="display:none"`, two) + `</div>`, "Is there a spring timetable?", true},
		{"bootstrap cards, open one titled too", `<div class="accordion">` + card("When does the ferry run?", "a", "", one) + card("Is there a spring timetable?", "b", ` style="display:none"`, two) + `</div>`, "When does the ferry run?", true},
		{"bare buttons with aria-controls", `<div class="faq"><button aria-expanded="false" aria-controls="q1">¿Cuándo sale el ferry?</button><div id="q1" hidden>` + one + `</div><button aria-expanded="false" aria-controls="q2">¿Hay horario de primavera?</button><div id="q2" hidden>` + two + `</div></div>`, "¿Hay horario de primavera?", true},
		{"lone read more", `<div>` + one + `<button data-toggle="collapse" data-target="#more">Weiterlesen</button><div id="more" class="collapse" style="display:none">` + two + `</div></div>`, "Weiterlesen", false},
		{"read more in each of two articles", `<div>` + one + `<button data-toggle="collapse" data-target="#m1">Lire la suite</button><div id="m1" class="collapse" style="display:none">` + two + `</div></div><section><div>` + one + `<button data-toggle="collapse" data-target="#m2">Lire la suite</button><div id="m2" class="collapse" style="display:none">` + two + `</div></div></section>`, "Lire la suite", false},
		{"read more beside an accordion", `<div><div>` + one + `<button data-toggle="collapse" data-target="#more">Read more</button><div id="more" class="collapse" style="display:none">` + two + `</div></div><div class="faq"><button aria-controls="q1">When does the ferry run?</button><div id="q1" hidden>` + one + `</div><button aria-controls="q2">Is there a spring timetable?</button><div id="q2" hidden>` + two + `</div></div></div>`, "Read more", false},
		{"tab labels", `<div role="tablist"><button role="tab" aria-controls="t1">Friday</button><button role="tab" aria-controls="t2">Saturday</button></div><div role="tabpanel" id="t1">` + one + `</div><div role="tabpanel" id="t2" hidden>` + two + `</div>`, "Saturday", false},
		{"button in a heading", `<h3><button aria-controls="h1">When does the ferry run?</button></h3><div id="h1" hidden>` + one + `</div><h3><button aria-controls="h2">Is there a spring timetable?</button></h3><div id="h2" hidden>` + two + `</div>`, "Is there a spring timetable?", false},
		{"menu toggles", `<div><button data-toggle="collapse" data-target="#m1">Menu</button><div id="m1" class="collapse" style="display:none"><a href="/a">News</a></div></div><div><button data-toggle="collapse" data-target="#m2">Sections</button><div id="m2" class="collapse" style="display:none"><a href="/b">Sport</a></div></div>`, "Sections", false},
		{"header with more than the button", `<div class="accordion"><div class="card"><div class="card-header"><span>Step one of two</span><button data-toggle="collapse" data-target="#s1">Open</button></div><div id="s1" class="collapse">` + one + `</div></div><div class="card"><div class="card-header"><span>Step two of two</span><button data-toggle="collapse" data-target="#s2">Open</button></div><div id="s2" class="collapse" style="display:none">` + two + `</div></div></div>`, "Open", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, tc.body)
			showPanels(root)
			toggle := dom.FindFirst(root, func(n *html.Node) bool {
				return (n.DataAtom == atom.Button || n.DataAtom == atom.P) && strings.TrimSpace(domtest.FlatText(n)) == tc.title
			})
			if toggle == nil {
				t.Fatalf("no toggle %q", tc.title)
			}
			if kept := toggle.DataAtom == atom.P; kept != tc.keep {
				t.Errorf("toggle %q became a paragraph=%v, want %v", tc.title, kept, tc.keep)
			}
		})
	}
}
