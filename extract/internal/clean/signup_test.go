package clean

import (
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
)

func TestRemoveSignupBoxes(t *testing.T) {
	article := domtest.LongP1 + domtest.LongP2 + domtest.LongP3
	for _, tc := range []struct {
		name string
		body string
		gone []string
		kept []string
	}{
		{
			name: "a box whose words no rule knows goes with its e-mail field",
			body: article + `<div class="x1"><p>Nie wieder etwas verpassen</p><p>Jeden Freitag das Beste der Woche, ausgewählt von der Redaktion.</p>` +
				`<form><input type="email" placeholder="Ihre Adresse"><button>Los</button></form><p>Abmeldung jederzeit möglich.</p></div>` + domtest.LongP4,
			gone: []string{"Nie wieder etwas verpassen", "Jeden Freitag", "Abmeldung jederzeit"},
			kept: []string{"The council met", "Opponents warned"},
		},
		{
			name: "a text field named for mail counts",
			body: article + `<div class="x2"><p>Chaque vendredi, le meilleur de la semaine.</p><input type="text" name="EMAIL"></div>`,
			gone: []string{"Chaque vendredi"},
		},
		{
			name: "the box stops below a body paragraph",
			body: `<div class="col">` + article + `<p>Sign up below.</p><input type="email"></div>`,
			kept: []string{"The council met", "Opponents warned"},
		},
		{
			name: "a short page keeps its box",
			body: domtest.LongP1 + `<div class="x3"><p>Write to the club secretary for the fixtures list.</p><input type="email"></div>`,
			kept: []string{"Write to the club secretary"},
		},
		{
			name: "a search field is no e-mail field",
			body: article + `<div class="x4"><p>Search the archive of council minutes.</p><input type="search" name="q"></div>`,
			kept: []string{"Search the archive"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, tc.body)
			removed := cleanTree(root)
			checkGoneKept(t, domtest.FlatText(root), tc.gone, tc.kept, removed)
			if len(tc.gone) > 0 && (len(removed) == 0 || removed[0].Rule != RuleSignupBox) {
				t.Errorf("removals %+v, want first under %q", removed, RuleSignupBox)
			}
		})
	}
}
