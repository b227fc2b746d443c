package clean

import (
	"strings"
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
)

func TestRemoveAuthorBios(t *testing.T) {
	for _, tc := range []struct {
		name, bio string
		authors   []string
		gone      bool
	}{
		{"English bio under a name line", "<h5>Jane Doe</h5><p>Jane Doe is a freelance writer living in Minneapolis who covers transport and housing.</p>", []string{"Jane Doe"}, true},
		{"German bio", "<p>Anna Weber ist Redakteurin im Ressort Lokales und schreibt über Verkehr.</p>", []string{"Anna Weber"}, true},
		{"French bio", "<p>Marie Dupont est journaliste au service économie depuis 2015.</p>", []string{"Marie Dupont"}, true},
		{"English beat line", "<p>Priya Nand writes about schools and housing for the paper.</p>", []string{"Priya Nand"}, true},
		{"Dutch beat line", "<p>Joost de Vries schrijft over zorg en onderwijs.</p>", []string{"Joost de Vries"}, true},
		{"Polish bio", "<p>Ewa Lis jest reporterką działu gospodarczego.</p>", []string{"Ewa Lis"}, true},
		{"Italian beat line", "<p>Sara Conti scrive di ambiente e trasporti per la redazione locale.</p>", []string{"Sara Conti"}, true},
		{"a columnist quoted by another", "<p>Tom Reyes writes that the council should have listened, and many readers agreed with him.</p>", []string{"Jane Doe"}, false},
		{"someone else's sentence", "<p>Jane Smith is the only driver who voted against the plan, and she says she will appeal.</p>", []string{"Jane Doe"}, false},
		{"no author known", "<p>Jane Doe is a freelance writer living in Minneapolis.</p>", nil, false},
		{"the author's name mid-sentence", "<p>Readers can write to Jane Doe is what the editor said on Monday.</p>", []string{"Jane Doe"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<article id="content">`+domtest.LongP1+domtest.LongP2+domtest.LongP3+tc.bio+`</article>`)
			content := domtest.ByID(root, "content")
			p := &Pruner{}
			removeAuthorBios(content, &Article{Authors: tc.authors}, p)
			text := domtest.FlatText(content)
			bio := domtest.FlatText(domtest.Page(t, tc.bio))
			if gone := len(p.Removed) > 0; gone != tc.gone {
				t.Errorf("removed %v, want the bio gone = %v; text %q (bio %q)", rulesOf(p.Removed), tc.gone, text, bio)
			}
			if !strings.Contains(text, "Opponents warned") {
				t.Errorf("the article lost its paragraphs: %q", text)
			}
		})
	}
}

// A bio-like paragraph in the middle of the story is not the article's foot.
func TestAuthorBioOnlyAtTheFoot(t *testing.T) {
	root := domtest.Page(t, `<article id="content"><p>Jane Doe is a freelance writer, and this is her account of the council meeting.</p>`+
		domtest.LongP1+domtest.LongP2+domtest.LongP3+domtest.LongP4+domtest.LongParagraph("Boris")+`</article>`)
	p := &Pruner{}
	removeAuthorBios(domtest.ByID(root, "content"), &Article{Authors: []string{"Jane Doe"}}, p)
	if len(p.Removed) > 0 {
		t.Errorf("a paragraph at the top was removed as a bio: %v", p.Removed)
	}
}
