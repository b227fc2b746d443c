package clean

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
)

// A story split into modules: when readability keeps one module, the body
// becomes the element holding every paragraph classed like the ones it
// kept; not when the paragraphs carry no class, when readability kept most
// of them, or when the others are reader comments classed alike.
func TestCompleteSplit(t *testing.T) {
	module := func(class string, paragraphs ...string) string {
		var b strings.Builder
		b.WriteString(`<div class="mod"><div class="wrap"><div class="box">`)
		for _, p := range paragraphs {
			b.WriteString(strings.Replace(p, "<p>", `<p class="`+class+`">`, 1))
		}
		b.WriteString(`</div></div></div><div class="mod"><div class="player"><a href="#">Audio abspielen</a> 03:10</div></div>`)
		return b.String()
	}
	de := []string{
		"<p>Die Stadtbibliothek bleibt ab Januar auch sonntags geöffnet, zunächst für ein Jahr als Versuch. Das hat der Kulturausschuss am Mittwoch einstimmig beschlossen, nachdem eine Umfrage unter Nutzerinnen und Nutzern großen Zuspruch ergeben hatte.</p>",
		"<p>Für die zusätzlichen Stunden sollen keine neuen Stellen geschaffen werden. Stattdessen übernehmen Ehrenamtliche aus dem Förderverein die Ausleihe, während die Fachkräfte an Werktagen länger beraten können, so die Leiterin der Bibliothek.</p>",
		"<p>Die Gewerkschaft sieht das kritisch und verlangt, dass die Sonntagsöffnung nach einem halben Jahr ausgewertet wird. Sie befürchtet, dass Ehrenamtliche auf Dauer reguläre Arbeit ersetzen, die eigentlich bezahlt werden müsste.</p>",
		"<p>Im Sommer will die Stadt außerdem den Lesegarten hinter dem Gebäude neu gestalten lassen, mit schattigen Plätzen und einem kleinen Bücherschrank, der auch außerhalb der Öffnungszeiten zugänglich ist und gespendete Bücher aufnimmt.</p>",
		"<p>Wer die Bibliothek am Sonntag besuchen möchte, braucht keinen eigenen Ausweis: Bücher können dann auch mit dem Ausweis eines Familienmitglieds ausgeliehen werden, und die Rückgabe ist wie bisher rund um die Uhr über den Automaten möglich.</p>",
	}
	lp := domtest.LongParagraph
	comments := `<section id="comments">` + module("text", lp("Anna"), lp("Bert"), lp("Carla"), lp("Dirk")) + `</section>`
	for _, tc := range []struct {
		name    string
		page    string // the cleaned page
		content string // readability's body
		want    string // the body source
	}{
		{"one module of five kept: the story is completed (de)",
			module("text", de[0]) + module("text", de[1]) + module("text", de[2]) + module("text", de[3]) + module("text", de[4]),
			`<p class="text">` + strings.TrimPrefix(de[0], "<p>"), BodySplit},
		{"paragraphs without a class: no evidence",
			module("", de[0]) + module("", de[1]) + module("", de[2]) + module("", de[3]) + module("", de[4]),
			de[0], BodyReadability},
		{"readability kept most of the story",
			module("text", domtest.LongP1, domtest.LongP2, domtest.LongP3, domtest.LongP4, lp("Ella")) + module("text", lp("Anna"), lp("Bert"), lp("Carla"), lp("Dirk")),
			module("text", domtest.LongP1, domtest.LongP2, domtest.LongP3, domtest.LongP4, lp("Ella")), BodyReadability},
		{"the paragraphs left out are reader comments classed alike",
			module("text", domtest.LongP1, domtest.LongP2) + comments,
			module("text", domtest.LongP1, domtest.LongP2), BodyReadability},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<div id="page">`+tc.page+`</div>`)
			content := domtest.ByID(domtest.Page(t, `<div id="content">`+tc.content+`</div>`), "content")
			art := &Article{BodySource: BodyReadability}
			pr := &Pruner{}
			pr.Prose, pr.paragraphs = articleProse(root) // as CleanPage counts the page's
			got, _ := CompleteSplit(root, content, pr, 0, art)
			if art.BodySource != tc.want {
				t.Fatalf("BodySource = %q, want %q", art.BodySource, tc.want)
			}
			text := domtest.FlatText(got)
			if tc.want == BodyReadability {
				if got != content {
					t.Errorf("readability's body was replaced by %q", text)
				}
				return
			}
			for _, p := range de {
				if want := strings.TrimPrefix(p, "<p>")[:60]; !strings.Contains(text, want) {
					t.Errorf("the completed body lacks %q:\n%s", want, text)
				}
			}
		})
	}
}

// Readability drops a short paragraph with a link in it that sits alone in
// its module; FillGaps puts it back in its place when it lies between two
// kept paragraphs of the story's class, and leaves out link lines, what
// follows the last kept paragraph, reader comments and unclassed pages.
func TestFillGaps(t *testing.T) {
	lp := domtest.LongParagraph
	classed := func(class, p string) string {
		return `<div class="mod"><div class="in">` + strings.Replace(p, "<p>", `<p class="`+class+`">`, 1) + `</div></div>`
	}
	linkedEN := `<p>Both countries <a href="/x">applied to join in May 2022</a>, shortly after the war began.</p>`
	linkedES := `<p>El primer proyecto <a href="/y">se rechazó en 2021</a> por su coste.</p>`
	linkLine := `<p>Read more: <a href="/z">Why the depot plan split the council</a></p>`
	for _, tc := range []struct {
		name, page, content string
		want                []string // content's text, in order
	}{
		{"a linked sentence between kept paragraphs comes back in its place (en)",
			classed("t", lp("Anna")) + classed("t", linkedEN) + classed("t", lp("Bert")),
			classed("t", lp("Anna")) + classed("t", lp("Bert")),
			[]string{"Anna was", "Both countries applied", "Bert was"}},
		{"two in a row, Spanish",
			classed("t", lp("Ana")) + classed("t", linkedES) + classed("t", linkedEN) + classed("t", lp("Beto")),
			classed("t", lp("Ana")) + classed("t", lp("Beto")),
			[]string{"Ana was", "El primer proyecto se rechazó", "Both countries applied", "Beto was"}},
		{"a link line stays out",
			classed("t", lp("Anna")) + classed("t", linkLine) + classed("t", lp("Bert")),
			classed("t", lp("Anna")) + classed("t", lp("Bert")),
			[]string{"Anna was", "Bert was"}},
		{"nothing after the last kept paragraph",
			classed("t", lp("Anna")) + classed("t", lp("Bert")) + classed("t", linkedEN),
			classed("t", lp("Anna")) + classed("t", lp("Bert")),
			[]string{"Anna was", "Bert was"}},
		{"reader comments stay out",
			classed("t", lp("Anna")) + `<div class="comment-list">` + classed("t", linkedEN) + `</div>` + classed("t", lp("Bert")),
			classed("t", lp("Anna")) + classed("t", lp("Bert")),
			[]string{"Anna was", "Bert was"}},
		{"paragraphs without a class: no evidence",
			lp("Anna") + linkedEN + lp("Bert"),
			lp("Anna") + lp("Bert"),
			[]string{"Anna was", "Bert was"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<div id="page">`+tc.page+`</div>`)
			content := domtest.ByID(domtest.Page(t, `<div id="content">`+tc.content+`</div>`), "content")
			FillGaps(root, content)
			text := domtest.FlatText(content)
			at := 0
			for _, w := range tc.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("%q missing or out of order in %q", w, text)
				}
				at += i + len(w)
			}
			for _, w := range []string{"Both countries", "El primer", "Read more"} {
				if strings.Contains(text, w) && !slices.ContainsFunc(tc.want, func(s string) bool { return strings.HasPrefix(s, w) }) {
					t.Errorf("%q came back: %q", w, text)
				}
			}
		})
	}
}

// A split story whose first module (the lead, above the lead image) is a
// wrapper like the one readability kept, around paragraphs of the story's
// class: FillGaps puts the lead back before the kept paragraphs. A lead in
// the kept wrapper itself (readability dropped it for a reason of its own),
// a box of another class, a link line, and content that opens with other
// text stay as they are.
func TestFillGapsLead(t *testing.T) {
	lp := domtest.LongParagraph
	p := func(label string) string { return strings.Replace(lp(label), "<p>", `<p class="story__p">`, 1) }
	de := `<p class="story__p">Der Gemeinderat hat die Abstimmung über den neuen Busbahnhof auf den Herbst verschoben, weil die Kosten noch nicht feststehen.</p>`
	module := func(class, ps string) string {
		return `<section class="row"><div class="` + class + `">` + ps + `</div></section>`
	}
	image := `<figure><img src="lead.jpg"></figure><div class="ad"></div>`
	linkLine := `<p class="story__p">Read more: <a href="/z">Why the depot plan split the council</a></p>`
	kept := module("story-text", p("Carl")+p("Dora"))
	for _, tc := range []struct {
		name, page, content string
		want                []string
		absent              string
	}{
		{"the lead module comes back before the kept paragraphs (en)",
			module("story-text", p("Anna")+p("Bert")) + image + kept, kept,
			[]string{"Anna was", "Bert was", "Carl was", "Dora was"}, ""},
		{"German lead",
			module("story-text", de) + image + kept, kept,
			[]string{"Der Gemeinderat hat", "Carl was"}, ""},
		{"a lead in the kept wrapper itself stays out",
			module("story-text", p("Anna")+image+p("Carl")+p("Dora")), kept,
			[]string{"Carl was", "Dora was"}, "Anna"},
		{"a box of another class stays out",
			module("teaser", p("Anna")) + image + kept, kept,
			[]string{"Carl was", "Dora was"}, "Anna"},
		{"a link line ends the lead",
			module("story-text", p("Anna")+linkLine) + image + kept, kept,
			[]string{"Carl was", "Dora was"}, "Anna"},
		{"content that opens with other text keeps its opening",
			module("story-text", p("Anna")) + image + `<p>Zoe was there.</p>` + kept, `<p>Zoe was there.</p>` + kept,
			[]string{"Zoe was", "Carl was"}, "Anna"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<div id="page">`+tc.page+`</div>`)
			content := domtest.ByID(domtest.Page(t, `<div id="content">`+tc.content+`</div>`), "content")
			FillGaps(root, content)
			text := domtest.FlatText(content)
			at := 0
			for _, w := range tc.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("%q missing or out of order in %q", w, text)
				}
				at += i + len(w)
			}
			if tc.absent != "" && strings.Contains(text, tc.absent) {
				t.Errorf("%q came back: %q", tc.absent, text)
			}
		})
	}
}

// A list's items (wrappers of one class, each a heading, often linked to
// the place it names, and a short paragraph) that readability dropped from
// between two it kept come back in their place; a teaser that is all link,
// an item after the last kept one, items of a comment thread, and a run
// readability kept whole stay as they are.
func TestFillModuleGaps(t *testing.T) {
	item := func(class, head, text string) string {
		return `<div class="` + class + `"><h2><a href="https://example.org/` + head + `">` + head + `</a></h2><img src="x.jpg"><p>` + text + `</p></div>`
	}
	a := item("entry", "1. Kynance Cove", "A clifftop stretch past rock stacks to the southern point.")
	b := item("entry", "2. Rame Head and Penlee Point", "A medieval chapel on a grassy headland, with views back to the sound.")
	c := item("entry", "3. Baie de Morgat", "Une plage abritée, des grottes marines et un sentier côtier.")
	d := item("entry", "4. Praia da Ursa", "Uma praia selvagem perto do cabo, com acesso a pé.")
	teaser := `<div class="entry"><h2><a href="/t">A teaser that is nothing but a long linked headline for another story</a></h2></div>`
	// A first item with a sentence of prose, and one with a line only.
	long := item("entry", "0. Lizard Point", "The most southerly point of the mainland, where the coast path drops to an old lifeboat station and a café above the cove.")
	short := item("entry", "0. Lizard Point", "The most southerly point of the mainland.")
	for _, tc := range []struct {
		name, page, content string
		want                []string
		not                 []string
	}{
		{"two items between kept ones come back in order", a + b + c + d, a + d,
			[]string{"Kynance", "Rame Head", "medieval chapel", "Baie de Morgat", "Praia da Ursa"}, nil},
		{"a link-only teaser stays out", a + teaser + d, a + d,
			[]string{"Kynance", "Praia da Ursa"}, []string{"nothing but"}},
		{"nothing after the last kept item", a + b + c + d, a + b,
			[]string{"Kynance", "Rame Head"}, []string{"Baie de Morgat", "Praia da Ursa"}},
		{"a comment thread's items stay out", `<div class="comment-list">` + a + b + c + `</div>`, a + c,
			[]string{"Kynance", "Baie de Morgat"}, []string{"Rame Head"}},
		{"a run kept whole is left alone", a + b + c, a + b + c,
			[]string{"Kynance", "Rame Head", "Baie de Morgat"}, nil},
		{"the dropped first item comes back before the kept run", long + a + b + c, a + b + c,
			[]string{"Lizard Point", "old lifeboat station", "Kynance", "Rame Head", "Baie de Morgat"}, nil},
		{"a first item of one short line stays out", short + a + b + c, a + b + c,
			[]string{"Kynance", "Rame Head", "Baie de Morgat"}, []string{"Lizard Point"}},
		{"only the very first item: two dropped before the run stay out", long + a + b + c + d, b + c + d,
			[]string{"Rame Head", "Baie de Morgat", "Praia da Ursa"}, []string{"Lizard Point", "Kynance"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<div id="page"><p>Intro.</p>`+tc.page+`</div>`)
			content := domtest.ByID(domtest.Page(t, `<div id="content">`+tc.content+`</div>`), "content")
			FillModuleGaps(root, content)
			text := domtest.FlatText(content)
			at := 0
			for _, w := range tc.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("%q missing or out of order in %q", w, text)
				}
				at += i + len(w)
			}
			for _, w := range tc.not {
				if strings.Contains(text, w) {
					t.Errorf("%q came back: %q", w, text)
				}
			}
			if strings.Count(text, "Kynance") > 1 || slices.Contains(tc.want, "Kynance") && strings.Count(text, "Kynance") != 1 {
				t.Errorf("a kept item doubled: %q", text)
			}
		})
	}
}

// TestLinkedSentence checks which paragraphs mostly of a link still read
// as a sentence of the story, for the gap filling.
func TestLinkedSentence(t *testing.T) {
	for body, want := range map[string]bool{
		`<p>It also <a href="/a">co-ordinates plans and joint exercises</a>.</p>`:       true,
		`<p>According to the agency, <a href="/a">every member met the target</a>!</p>`: true,
		`<p>Read more: <a href="/a">the new timetable explained</a></p>`:                false,
		`<p><a href="/a">The new timetable explained</a>.</p>`:                          false,
		`<p>See <a href="/a">the new timetable explained</a>.</p>`:                      false,
		`<p>Mehr dazu: <a href="/a">Der neue Fahrplan im Überblick</a></p>`:             false,
		`<p>Selon l'agence, <a href="/a">aucun train n'est arrivé à l'heure</a> ?</p>`:  true,
	} {
		p := dom.FindFirst(domtest.Page(t, body), func(n *html.Node) bool { return n.DataAtom == atom.P })
		if got := linkedSentence(p); got != want {
			t.Errorf("linkedSentence(%s) = %v, want %v", body, got, want)
		}
	}
}
