package clean

import (
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
)

func TestIsShareLink(t *testing.T) {
	for href, want := range map[string]bool{
		"https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fa": true,
		"https://twitter.com/intent/tweet?text=Hello&url=https://news.example/a":      true,
		"https://x.example/intent/post?url=a":                                         true,
		"https://www.linkedin.example/shareArticle?mini=true&url=a":                   true,
		"https://api.chat.example/send?text=a":                                        true,
		"whatsapp://send?text=a":                                                      true,
		"https://wa.me/?text=Read%20this%20https%3A%2F%2Fnews.example%2Fa":            true,
		"https://wa.me/4915100000000":                                                 false,
		"mailto:?subject=Read%20this&body=a":                                          true,
		"mailto:desk@news.example":                                                    false,
		"https://www.facebook.com/newsdesk":                                           false,
		"https://news.example/share-prices-fall-again":                                false,
		"https://news.example/shares?page=2":                                          false,
		"/search?q=share":                                                             false,
	} {
		root := domtest.Page(t, `<p><a id="x" href="`+href+`">Share</a></p>`)
		if got := isShareLink(domtest.ByID(root, "x")); got != want {
			t.Errorf("isShareLink(%q) = %v, want %v", href, got, want)
		}
	}
}

func TestRemoveShareBars(t *testing.T) {
	article := domtest.LongP1 + domtest.LongP2
	fb := `<a href="https://www.facebook.com/sharer/sharer.php?u=a">Facebook</a> `
	tw := `<a href="https://twitter.com/intent/tweet?url=a">X</a> `
	for _, tc := range []struct {
		name string
		body string
		gone []string
		kept []string
	}{
		{
			name: "a bar of networks' names goes, with the script button beside them",
			body: article + `<div class="k2"><span>Compartir:</span> ` + fb + tw + `<a href="#" onclick="share()">Pinterest</a> <a href="mailto:?subject=a">Correo</a></div>` + domtest.LongP3,
			gone: []string{"Facebook", "Pinterest", "Correo", "Compartir"},
			kept: []string{"The council met", "Opponents warned"},
		},
		{
			name: "a quote to tweet is the article's",
			body: article + `<p><a href="https://twitter.com/intent/tweet?text=a">Every online shop lives in space and time, whether it likes it or not.</a></p>` + domtest.LongP3,
			kept: []string{"Every online shop lives in space and time"},
		},
		{
			name: "a short paragraph beside its tweet button keeps its words",
			body: article + `<p>“Why are we talking about leadership?” <a href="https://twitter.com/intent/tweet?text=a">Tweet</a></p>` + domtest.LongP3,
			gone: []string{"Tweet"},
			kept: []string{"Why are we talking about leadership?"},
		},
		{
			name: "the header around a bar keeps its headline",
			body: `<header><h1><a href="/a">Rail strike called off</a></h1>` + fb + tw + `</header>` + article,
			kept: []string{"Rail strike called off"},
		},
		{
			name: "an e-mail address is no share",
			body: article + `<p>Write to <a href="mailto:desk@news.example">the desk</a>.</p>`,
			kept: []string{"the desk"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, tc.body)
			removed := cleanTree(root)
			checkGoneKept(t, domtest.FlatText(root), tc.gone, tc.kept, removed)
		})
	}
}
