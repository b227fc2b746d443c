package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/extract/internal/render"
	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
)

// parseBody parses src as a page's body and returns the <body> element.
func parseBody(t *testing.T, src string) *html.Node {
	t.Helper()
	return dom.FindFirst(domtest.Page(t, src), func(n *html.Node) bool { return n.Data == "body" })
}

func TestRenderText(t *testing.T) {
	for _, tc := range []struct {
		name, html, want string
	}{
		{"paragraphs separated by one blank line, spaces collapsed",
			"<p>One   two\n three.</p><p>\tFour.</p>", "One two three.\n\nFour.\n"},
		{"headings and list items on lines of their own",
			"<h2>Steps</h2><ol><li>Mix</li><li>Bake <b>well</b></li></ol><p>Done.</p>", "Steps\n\nMix\nBake well\n\nDone.\n"},
		{"table rows one a line, cells separated",
			"<table><tr><th>City</th><th>Rain</th></tr><tr><td>Ulm</td><td>40 mm</td></tr></table>", "City | Rain\nUlm | 40 mm\n"},
		{"preformatted text verbatim",
			"<p>Run:</p><pre>go  test\n    ./...</pre>", "Run:\n\ngo  test\n    ./...\n"},
		{"br breaks a line inside a paragraph",
			"<p>Line one<br>line two</p>", "Line one\nline two\n"},
		{"captions and credits are not body text",
			`<figure><img src="a.jpg"><figcaption>Flood water in the square</figcaption></figure><p>Body.</p><span class="photo-credit">Photo: AP</span>`, "Body.\n"},
		{"inline elements do not break words",
			"<p>A <a href='#'>link</a>, <em>emphasis</em>.</p>", "A link, emphasis.\n"},
		{"nested lists keep their items apart",
			"<ul><li>Fruit<ul><li>Apples</li><li>Pears</li></ul></li><li>Bread</li></ul>", "Fruit\nApples\nPears\nBread\n"},
		{"no text gives nothing", "<div> </div>", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := render.Text(parseBody(t, tc.html)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestCountWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"Hello, world!", 2},
		{"It's 6.4 metres — well-known", 7}, // It s 6 4 metres well known
		{"Straße über Ölberg", 3},
		{"東京は晴れ", 5}, // each Han or Kana character is a word
		{"서울 날씨", 4}, // each Hangul syllable too
		{"Привет мир 2024", 3},
		{"नमस्ते दुनिया", 2}, // combining marks stay inside their word
	} {
		if got := render.CountWords(tc.text); got != tc.want {
			t.Errorf("countWords(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func TestReadingMinutes(t *testing.T) {
	for words, want := range map[int]int{0: 0, 1: 1, 230: 1, 231: 2, 1000: 5} {
		if got := render.ReadingMinutes(words); got != want {
			t.Errorf("readingMinutes(%d) = %d, want %d", words, got, want)
		}
	}
}

func TestIsPhotoCredit(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Sakib Ali/Hindustan Times/Getty Images", true},
		{"(AP Photo/Evan Vucci)", true},
		{"Photo: Jane Doe", true},
		{"Foto: dpa", true},
		{"Bild: Anna Weber / picture alliance", true},
		{"Crédit photo : AFP", true},
		{"Fuente: Reuters", true},
		{"Фото: личный архив", true},
		{"личный архив Андрея Рудькова", true},
		{"© Marie Dupont", true},
		{"Courtesy of the Smith family", true},
		{"SOURCE: News agencies", true},
		{"Jewels after Jewels, photo via Shutterstock", true},
		// the wires of lexicon.NewsAgencies, which metadata reads as bylines too
		{"SDA/sep", true},
		{"Lena Berg/TT", true},
		{"(Foto: ANP/Kees Smit)", true},
		{"Ryhmä odotti asemalla (STT/Mika Lehto)", true},
		{"Sid and Tt went home (via the back door).", false},
		// Sentences and lines that only mention the words are text.
		{"Reuters reported the deal on Tuesday.", false},
		{"The photo was taken by a Getty Images photographer in 2019.", false},
		{"Copyright 2019 Hawaii News Now. All rights reserved.", false},
		{"The source of the leak is still unknown, police said on Monday", false},
		{"AP and AFP both ran the story", false},
	} {
		if got := render.IsPhotoCredit(tc.text); got != tc.want {
			t.Errorf("isPhotoCredit(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestTextLeavesOutCredits(t *testing.T) {
	root := domtest.Page(t, `<article id="a">`+domtest.LongP1+
		`<figure><img src="a.jpg"><span class="meta"><figcaption>Smoke over the city.</figcaption><cite>Sakib Ali/Getty Images</cite></span></figure>`+
		`<div><img src="b.jpg"></div><p>Foto: dpa</p>`+domtest.LongP2+
		`<p>As the poet said, <cite>The Waste Land</cite> is a long poem.</p>`+
		`<blockquote>To be or not to be.<cite>Hamlet</cite></blockquote></article>`)
	text := render.Text(domtest.ByID(root, "a"))
	for _, gone := range []string{"Sakib Ali", "Foto: dpa", "Smoke over the city"} {
		if strings.Contains(text, gone) {
			t.Errorf("%q should be left out of the text:\n%s", gone, text)
		}
	}
	for _, kept := range []string{"The Waste Land", "Hamlet", "Supporters of the plan"} {
		if !strings.Contains(text, kept) {
			t.Errorf("%q should stay in the text:\n%s", kept, text)
		}
	}
}
