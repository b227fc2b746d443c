package clean

import (
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
)

func TestIsPrintLink(t *testing.T) {
	for href, want := range map[string]bool{
		"javascript:window.print()":                    true,
		"javascript:print();":                          true,
		"/print/4711":                                  true,
		"https://news.example/printmail/4711":          true,
		"https://news.example/printpdf/4711":           true,
		"https://news.example/2025/05/ferry/print/":    true,
		"https://news.example/a?print=1":               true,
		"https://news.example/a?id=3&view=print":       true,
		"https://news.example/a?print=0":               false,
		"javascript:void(0)":                           false,
		"https://news.example/printing-press-closes":   false,
		"https://news.example/blueprint/plan":          false,
		"https://news.example/print-edition-subscribe": false,
		"/search?q=print":                              false,
	} {
		root := domtest.Page(t, `<p><a id="x" href="`+href+`">Print</a></p>`)
		if got := isPrintLink(domtest.ByID(root, "x")); got != want {
			t.Errorf("isPrintLink(%q) = %v, want %v", href, got, want)
		}
	}
}

// TestRemovePrintBars: a print module's bar of links ("Druckversion",
// "Per E-Mail versenden") goes whatever its words, as a share bar does; a
// sentence of the article that links to the printable version stays.
func TestRemovePrintBars(t *testing.T) {
	for _, tc := range []struct {
		name, bar  string
		gone, kept []string
	}{
		{"Drupal print module, German",
			`<ul class="links inline"><li><a href="/print/12" rel="nofollow">Druckversion</a></li><li><a href="/printmail/12" rel="nofollow">Per E-Mail versenden</a></li></ul>`,
			[]string{"Druckversion", "Per E-Mail versenden"}, nil},
		{"print view by query, Polish",
			`<div><a href="/art/12?print=1">Wersja do druku</a> <a href="mailto:?subject=Art">Wyślij e-mailem</a></div>`,
			[]string{"Wersja do druku", "Wyślij e-mailem"}, nil},
		{"a sentence that links to the print view",
			`<p>The council published the full plan, and a <a href="/plan/print/">printable version</a> is available for those who want to mark it up by hand.</p>`,
			nil, []string{"printable version"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<article>`+tc.bar+domtest.LongP1+domtest.LongP2+`</article>`)
			removed := cleanTree(root)
			checkGoneKept(t, domtest.FlatText(root), tc.gone, append(tc.kept, "merged depot"), removed)
		})
	}
}
