package clean

import (
	"testing"

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
