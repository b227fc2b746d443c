package input

import (
	"strings"
	"testing"

	"github.com/pith-cli/pith/internal/dom"
)

// A post body kept in a template inside the declared body joins the tree;
// other templates — widgets beside a post that is on the page, templates
// outside the body, templates with placeholders — stay script text.
func TestInlineTemplates(t *testing.T) {
	// A large script elsewhere, so the page is worth cutting and the cut
	// must keep the template's body.
	js := `<script>` + strings.Repeat("var slides = document.querySelectorAll('.slide'); if (a < b) { go(); }\n", 60) + `</script>`
	post := `<p>Ayer subimos al puerto con las bicicletas viejas del club, y aunque el viento no dejó de soplar en toda la mañana, nadie quiso darse la vuelta antes de la última curva.</p>` +
		`<p>La bajada fue otra historia.</p>`
	postDE := `<p>Am Samstag haben wir den alten Obstgarten hinter der Schule wieder hergerichtet, die Wege geschnitten und zwölf junge Apfelbäume gepflanzt, die der Verein gespendet hat.</p>`
	cart := `<div class="cart"><span>Warenkorb</span> <button>Zur Kasse gehen und bezahlen</button> <span>Ihr Warenkorb ist leer, fügen Sie Artikel aus dem Laden hinzu, um mit der Bestellung fortzufahren</span></div>`
	for _, tc := range []struct {
		name, page string
		want       []string // in the text
		notWant    []string
	}{
		{"a post in a template (es)",
			`<div class="post-body" itemprop="articleBody"><script type="text/template">` + post + `</script></div>` + js,
			[]string{"Ayer subimos al puerto", "La bajada fue otra historia."}, nil},
		{"a post in a template with single quotes and an upper-case type (de)",
			`<div itemprop='articleBody'><SCRIPT TYPE='text/x-template'>` + postDE + `</SCRIPT></div>` + js,
			[]string{"zwölf junge Apfelbäume"}, nil},
		{"a post in a template in a body declared by class, no itemprop (de)",
			`<div class="post-body entry-content" id="post-body-12"><script type="text/template">` + postDE + `</script></div>` + js,
			[]string{"zwölf junge Apfelbäume"}, nil},
		{"a class that only holds the word is no body",
			`<div class="sidebar-entry-content-widget"><script type="text/template">` + postDE + `</script></div>` + js,
			nil, []string{"zwölf junge Apfelbäume"}},
		{"markup stored escaped",
			`<div itemprop="articleBody"><script type="text/template">` + strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace(post) + `</script></div>` + js,
			[]string{"Ayer subimos al puerto"}, nil},
		{"a widget's template beside a post on the page",
			`<div itemprop="articleBody">` + postDE + `<script type="text/template">` + cart + `</script></div>` + js,
			[]string{"zwölf junge Apfelbäume"}, []string{"Warenkorb"}},
		{"a template outside the declared body",
			`<div itemprop="articleBody"></div><footer><script type="text/template">` + post + `</script></footer>` + js,
			nil, []string{"Ayer subimos"}},
		{"a template with placeholders",
			`<div itemprop="articleBody"><script type="text/template"><p>{{title}}</p>` + post + `</script></div>` + js,
			nil, []string{"Ayer subimos"}},
		{"a template too short to be a post",
			`<div itemprop="articleBody"><script type="text/template"><button>Siguiente foto</button></script></div>` + js,
			nil, []string{"Siguiente"}},
		{"a script that is not a template",
			`<div itemprop="articleBody"><script>var body = "` + strings.Repeat("palabra ", 30) + `";</script></div>` + js,
			nil, []string{"palabra"}},
	} {
		doc, err := Parse(`<!DOCTYPE html><html><body>` + tc.page + `</body></html>`)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		text := dom.TextOf(doc.Node)
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: text lacks %q:\n%s", tc.name, w, text)
			}
		}
		for _, w := range tc.notWant {
			if strings.Contains(text, w) {
				t.Errorf("%s: text holds %q:\n%s", tc.name, w, text)
			}
		}
	}
}
