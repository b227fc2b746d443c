package extract

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func extractFixture(t *testing.T, name string) *Article {
	t.Helper()
	f, err := os.Open("testdata/confidence/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := Extract(f, Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return a
}

// A plain article scores high; a comment thread scores below it. A
// section front of teasers is no article at all: ErrNotReadable, where
// it once scored under 0.8 for a filter to drop.
func TestConfidenceOnFixtures(t *testing.T) {
	article := extractFixture(t, "article.html")
	if article.Confidence < 0.9 {
		t.Errorf("article: confidence %.2f, want ≥ 0.9 (reasons %q)", article.Confidence, article.ConfidenceReasons)
	}
	f, err := os.Open("testdata/confidence/teasers.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if teasers, err := Extract(f, Options{}); !errors.Is(err, ErrNotReadable) || teasers.Confidence != 0 {
		t.Errorf("teaser list: err %v, confidence %.2f; want ErrNotReadable and none", err, teasers.Confidence)
	}
	thread := extractFixture(t, "thread.html")
	if thread.Confidence >= article.Confidence-0.1 {
		t.Errorf("comment thread: confidence %.2f, want well under the article's %.2f", thread.Confidence, article.Confidence)
	}
}

// A page of short quotes, each under the same row of share buttons and
// the same attribution, scores below 0.8 and says why (its share rows
// repeat, and they and the attributions are short lines that end no
// sentence); an article that
// repeats its refrain twice keeps a high score.
func TestConfidenceRepeatedBlocks(t *testing.T) {
	quotes := extractFixture(t, "quotes.html")
	if quotes.Confidence >= 0.8 {
		t.Errorf("quotes: confidence %.2f, want < 0.8 (reasons %q)", quotes.Confidence, quotes.ConfidenceReasons)
	}
	if len(quotes.ConfidenceReasons) == 0 || !strings.Contains(quotes.ConfidenceReasons[0], "repeat an earlier one") &&
		!strings.Contains(quotes.ConfidenceReasons[0], "end no sentence") {
		t.Errorf("quotes: reasons %q, want the repeated blocks or the short unpunctuated lines first", quotes.ConfidenceReasons)
	}
	refrain := extractFixture(t, "refrain.html")
	if refrain.Confidence < 0.8 {
		t.Errorf("article with a refrain: confidence %.2f, want ≥ 0.8 (reasons %q)", refrain.Confidence, refrain.ConfidenceReasons)
	}
}

// typicalFeatures is a clean article's signals, by name.
func typicalFeatures() []float64 {
	typical := map[string]float64{
		"kept_prose_share": 1, "log_words": 6.4, "prose_share": 0.9,
		"visible_share": 0.6, "cluster_kept": 1, "title_missing": 0.2,
	}
	x := make([]float64, len(confidenceFeatureNames))
	for i, n := range confidenceFeatureNames {
		x[i] = typical[n]
	}
	return x
}

// The model itself: each sign of a wrong block or a partial one lowers
// the score of a clean article's signals, and is named first among the
// reasons.
func TestConfidenceModelSignals(t *testing.T) {
	if len(confidenceModel.coef) != len(confidenceFeatureNames) || len(confidenceModel.mean) != len(confidenceFeatureNames) {
		t.Fatalf("model has %d coefficients and %d means for %d signals: run bench -confidence-fit", len(confidenceModel.coef), len(confidenceModel.mean), len(confidenceFeatureNames))
	}
	clean := typicalFeatures()
	base, _ := confidence(clean)
	if base < 0.8 {
		t.Fatalf("a clean article's signals: confidence %.2f, want ≥ 0.8", base)
	}
	// Each case is the signals one kind of wrong text shows together: a
	// share bar under each post is a repeated block and a short line that
	// ends no sentence; a teaser's linked headline is both too.
	for _, c := range []struct {
		name    string
		signals map[string]float64
	}{
		// link_density and unpunctuated are square roots of their shares
		{"a list of links", map[string]float64{"link_density": math.Sqrt(0.6)}},
		{"posts under one share bar each", map[string]float64{"repeated_blocks": 0.5, "unpunctuated": math.Sqrt(0.5)}},
		{"the page's largest block of prose left out", map[string]float64{"cluster_kept": 0.2}},
		{"half the text outside the declared body", map[string]float64{"declared_extra": 0.5}},
		{"linked headings", map[string]float64{"teaser_headings": 0.5, "unpunctuated": math.Sqrt(0.5)}},
		{"labels and bylines left in", map[string]float64{"unpunctuated": math.Sqrt(0.6)}},
	} {
		x := append([]float64(nil), clean...)
		var want []string
		for name, v := range c.signals {
			i := slices.Index(confidenceFeatureNames, name)
			if i < 0 {
				t.Fatalf("no signal %s", name)
			}
			x[i] = v
			want = append(want, describeSignal(i, v, true))
		}
		p, reasons := confidence(x)
		if p >= base-0.1 {
			t.Errorf("%s: confidence %.2f, want well under %.2f", c.name, p, base)
		}
		if len(reasons) == 0 || !slices.Contains(want, reasons[0]) {
			t.Errorf("%s: reasons %q, want one of %q first", c.name, reasons, want)
		}
	}
}

// The signals' own arithmetic on small inputs.
func TestConfidenceSignalParts(t *testing.T) {
	// Bags of tokens: case and punctuation aside, each Han character a token.
	ref := strings.Repeat("Der Hafen öffnet wieder nach dem Sturm. ", 10) + "港口重新开放"
	if missing, extra, ok := overlap(sortedTokens(strings.ToUpper(ref)), sortedTokens(ref)); !ok || missing != 0 || extra != 0 {
		t.Errorf("overlap of a text with itself upper-cased: %.2f %.2f %v, want 0 0 true", missing, extra, ok)
	}
	half := strings.Repeat("Der Hafen öffnet wieder nach dem Sturm. ", 5)
	if missing, extra, _ := overlap(sortedTokens(half), sortedTokens(ref)); math.Abs(missing-(1-35.0/76)) > 1e-9 || extra != 0 {
		t.Errorf("overlap of half the text: missing %.3f extra %.3f, want %.3f and 0", missing, extra, 1-35.0/76)
	}
	if _, _, ok := overlap(sortedTokens(ref), sortedTokens("Zu kurz.")); ok {
		t.Error("overlap with a reference of two words: ok, want nothing to say")
	}
	// Of the headline's words of four letters or more (harbour, reopens,
	// after, storm), the text lacks "reopens".
	if m := titleMissing("Harbour reopens after the storm", tokensOf("The harbour reopened on Monday, after the storm.")); m != 0.25 {
		t.Errorf("titleMissing: %.2f, want 0.25", m)
	}
	if r := repeatedBlocks("a b c\n\nShare Like\n\nd e f\n\nShare Like\n"); r != 0.25 {
		t.Errorf("repeatedBlocks: %.2f, want 0.25", r)
	}

	// The survey: a block of prose in two parents, one nested in the other,
	// a second block two thirds its size after a box of other text, a lone
	// paragraph that is no block.
	para := "<p>" + strings.Repeat("word ", 30) + "</p>"
	box := "<ul>" + strings.Repeat("<li>one more line of other text</li>", 8) + "</ul>"
	page := "<html><body><article>" + para + "<section>" + strings.Repeat(para, 2) + "</section></article>" +
		box + "<div>" + strings.Repeat(para, 2) + "</div>" + box + "<footer>" + para + "</footer></body></html>"
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	s := surveyPage(doc)
	if s.clusters != 2 || s.largest != 90 || s.second != 60 || s.words != 180+2*48 || s.spans != nil {
		t.Errorf("survey: %+v, want 2 clusters, largest 90, second 60, %d words", s, 180+2*48)
	}
}

// The JSON field: present (0–1) with an article, omitted without one, as
// the contract has unknown fields omitted.
func TestConfidenceJSON(t *testing.T) {
	a := extractFixture(t, "article.html")
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if c, ok := m["confidence"].(float64); !ok || c <= 0 || c > 1 {
		t.Errorf("confidence = %v, want a number in (0, 1]", m["confidence"])
	}
	empty, err := Extract(strings.NewReader("<html><head><title>Menu</title></head><body><p>Home</p></body></html>"), Options{})
	if !errors.Is(err, ErrNotReadable) {
		t.Fatalf("err = %v, want ErrNotReadable", err)
	}
	data, _ = json.Marshal(empty)
	if strings.Contains(string(data), "confidence") {
		t.Errorf("no article, JSON %s: want confidence omitted", data)
	}
}

// BenchmarkConfidence is the model's share of a page: the shape walk over
// the body and the score, against BenchmarkExtractPages' whole pipeline.
func BenchmarkConfidence(b *testing.B) {
	data, err := os.ReadFile("testdata/confidence/article.html")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("extract", func(b *testing.B) {
		for b.Loop() {
			if _, err := Extract(strings.NewReader(string(data)), Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	a, err := Extract(strings.NewReader(string(data)), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("confidence", func(b *testing.B) {
		for b.Loop() {
			a.scoreConfidence(a.Content, a.WordCount)
		}
	})
}

// An article cut into sibling containers around labelled advertisement
// slots is one block of prose, not an ambiguous page; containers of one
// parent with a headline and byline between them (a front page's
// excerpts), or blocks under different parents, stay apart.
func TestConfidenceSurveySplitArticle(t *testing.T) {
	para := func(s string) string { return "<p>" + strings.Repeat(s+" ", 6) + "</p>" }
	de := para("Der Streik legte am Dienstag den Hafen lahm.")       // 48 words
	fr := para("La ligne régionale reste fermée jusqu'en décembre.") // 42 words
	nl := para("De gemeente wil een elektrische veerpont.")          // 36 words
	mod := func(p string) string {                                   // a module: a chain of wrappers
		return `<div class="con"><div class="mod"><div class="box">` + p + p + `</div></div></div>`
	}
	cases := []struct {
		name, body      string
		clusters, large int
	}{
		{"split around ad slots (de)",
			`<div class="c">` + de + de + `</div><div class="ad"><div>Anzeige</div><div></div></div>` +
				`<div class="c">` + de + de + `</div><div class="ad"><div>Anzeige</div></div><div class="c">` + de + de + `</div>`,
			1, 6 * 48},
		{"split around ad slots (fr)",
			`<div class="c">` + fr + fr + `</div><div><span>Publicité</span></div><div class="c">` + fr + fr + `</div>`,
			1, 4 * 42},
		{"excerpts with headlines",
			`<div class="c">` + de + de + `</div><div class="h"><h2><a href="/b">Neuer Terminal bleibt leer, sagt die Behörde</a></h2><span>Von Jana K.</span></div><div class="c">` + de + de + `</div>`,
			2, 2 * 48},
		{"modules built alike (nl)",
			mod(nl) + `<div class="con"><div class="mod"><div class="box"><span>Advertentie</span></div></div></div>` + mod(nl) + mod(nl),
			1, 6 * 36},
		{"modules built differently",
			mod(nl) + `<div class="con"><div class="other"><div class="box"><span>Advertentie</span></div></div></div>` +
				strings.ReplaceAll(mod(nl), `class="mod"`, `class="other"`),
			2, 2 * 36},
		{"different parents",
			`<article><div class="c">` + fr + fr + `</div></article><span>Publicité</span><aside><div class="c">` + fr + fr + `</div></aside>`,
			2, 2 * 42},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader("<html><body><main>" + c.body + "</main></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if s := surveyPage(doc); s.clusters != c.clusters || s.largest != c.large {
			t.Errorf("%s: %d clusters, largest %d; want %d, %d", c.name, s.clusters, s.largest, c.clusters, c.large)
		}
	}
}

// Paragraphs listing links to other sites (a deals round-up, a
// recommendation list) do not count as link text, nor do headings linking
// elsewhere as a teaser list's; the same page linking to its own site's
// pages does, and so does any link when the page's address is unknown.
func TestConfidenceOffsiteLinks(t *testing.T) {
	feature := func(a *Article, name string) float64 {
		return a.ConfidenceFeatures()[slices.Index(confidenceFeatureNames, name)]
	}
	intro := "<p>" + strings.Repeat("Wir haben die Angebote der Woche durchgesehen und nur behalten, was wir selbst kaufen würden. ", 3) + "</p>"
	page := func(canonical, host string) string {
		var b strings.Builder
		b.WriteString(`<html><head><title>Angebote der Woche</title>`)
		if canonical != "" {
			b.WriteString(`<link rel="canonical" href="` + canonical + `">`)
		}
		b.WriteString(`</head><body><main><h1>Angebote der Woche</h1>` + intro)
		for i, item := range []string{"Küchenwaage mit Glasplatte für 19 Euro statt 29 Euro", "Gusseiserne Pfanne mit 26 Zentimetern für 35 Euro", "Brotkasten aus Buchenholz mit Schneidebrett für 28 Euro"} {
			fmt.Fprintf(&b, `<h2><a href="https://%s%d.example/p">Laden %d im Überblick</a></h2><p><a href="https://%s%d.example/a">%s</a> <a href="https://%s%d.example/b">%s, dazu ein Deckel</a></p>%s`,
				host, i, i, host, i, item, host, i, item, intro)
		}
		b.WriteString(`</main></body></html>`)
		return b.String()
	}
	get := func(src string) *Article {
		a, err := Extract(strings.NewReader(src), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	off := get(page("https://www.kuechenblatt.example/angebote", "shop"))
	// The same links, now to the page's own site (its subdomains).
	own := get(strings.ReplaceAll(page("https://www.kuechenblatt.example/angebote", "shop"), "https://shop", "https://kuechenblatt.example/shop"))
	unknown := get(page("", "shop"))
	if d := feature(off, "link_density"); d*d > 0.1 { // the headings' links count
		t.Errorf("off-site link paragraphs: link share %.2f, want ≤ 0.1", d*d)
	}
	if d := feature(own, "link_density"); d*d < 0.2 {
		t.Errorf("own-site link paragraphs: link share %.2f, want ≥ 0.2", d*d)
	}
	if d := feature(unknown, "link_density"); d*d < 0.2 {
		t.Errorf("no address: link share %.2f, want ≥ 0.2 (every link counts)", d*d)
	}
	if h := feature(off, "teaser_headings"); h != 0 {
		t.Errorf("headings linking elsewhere: teaser_headings %.2f, want 0", h)
	}
	if h := feature(own, "teaser_headings"); h == 0 {
		t.Error("headings linking to the site's pages: teaser_headings 0, want > 0")
	}
	if off.Confidence <= own.Confidence {
		t.Errorf("confidence: links elsewhere %.2f, to the own site %.2f; want the first higher", off.Confidence, own.Confidence)
	}
}

// A dialog laid over the page (a consent centre, a subscription prompt)
// is no rival block of prose, however long; a region that is not modal
// still is.
func TestConfidenceSurveyOverlay(t *testing.T) {
	story := strings.Repeat("<p>"+strings.Repeat("La panadería de la plaza seguirá abierta tres años más. ", 3)+"</p>", 2)       // 2 × 30 words
	legal := strings.Repeat("<p>"+strings.Repeat("Nosotros y nuestros socios guardamos datos en su dispositivo. ", 4)+"</p>", 3) // 3 × 36 words
	for _, c := range []struct {
		wrap            string
		clusters, large int
	}{
		{`<div aria-modal="true">%s</div>`, 1, 60},
		{`<div role="dialog">%s</div>`, 1, 60},
		{`<div role="alertdialog">%s</div>`, 1, 60},
		{`<dialog open>%s</dialog>`, 1, 60},
		{`<div role="region">%s</div>`, 1, 60 + 108}, // joins the story's block: nothing stands between
	} {
		page := "<html><body><article>" + story + "</article>" + fmt.Sprintf(c.wrap, legal) + "</body></html>"
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if s := surveyPage(doc); s.clusters != c.clusters || s.largest != c.large {
			t.Errorf("%s: %d clusters, largest %d; want %d, %d", c.wrap, s.clusters, s.largest, c.clusters, c.large)
		}
	}
}

// Short blocks that end no sentence, in any script, and the words before
// the first paragraph of prose; a list counts once, and a long block of a
// script without sentence punctuation (Thai) is prose.
func TestUnpunctuatedBlocks(t *testing.T) {
	en := "The harbour reopened on Monday after the storm had closed it for a week, and the first ferries left on time."
	ja := "嵐で一週間閉鎖されていた港は月曜日に再開し、最初のフェリーは定刻に出航した。市は被害の調査を続けている。"
	hi := "तूफ़ान के कारण एक सप्ताह तक बंद रहने के बाद बंदरगाह सोमवार को फिर से खुल गया और पहली नौकाएँ समय पर रवाना हुईं।"
	ar := "أعيد فتح الميناء يوم الاثنين بعد أن أغلقته العاصفة لمدة أسبوع، وغادرت العبارات الأولى في موعدها المحدد تماما. هل تعود الحركة التجارية إلى طبيعتها قبل نهاية الشهر؟"
	quoted := `"We are open again, and the ferries are running on their usual timetable from today, weather permitting," the harbour master told the assembled reporters.”`
	th := strings.Repeat("ท่าเรือเปิดทำการอีกครั้งในวันจันทร์หลังจากพายุทำให้ต้องปิดไปหนึ่งสัปดาห์ ", 4)
	for _, c := range []struct {
		name        string
		text        string
		share, lead float64
	}{
		{"English prose", en + "\n\n" + en, 0, 0},
		{"Japanese prose", ja + "\n\n" + ja, 0, 0},
		{"Hindi prose", hi + "\n\n" + hi, 0, 0},
		{"Arabic prose", ar + "\n\n" + ar, 0, 0},
		{"closing quotes", quoted + "\n\n" + en, 0, 0},
		{"Thai prose", th + "\n\n" + th, 0, 0},
		// A recipe: the ingredients, one a line, are one block of four.
		{"recipe", en + "\n\n200 g flour\n2 eggs\n100 g butter\n1 pinch of salt\n\n" + en + "\n\n" + en, 0.25, 0},
		// Labels and a player's controls left before the article.
		{"labels before", "Video starten, abbrechen mit Escape\n\n02:57 Min. Verfügbar bis 06.05.2024\n\nExklusiv\n\n" + en, 0.75, 0.22},
		{"Japanese kicker", "■ 注目ニュース\n\n" + ja, 0.5, 0.1},
	} {
		share, lead := unpunctuatedBlocks(c.text)
		if math.Abs(share-c.share) > 0.005 || math.Abs(lead-c.lead) > 0.005 {
			t.Errorf("%s: share %.3f, lead %.3f; want %.3f, %.3f", c.name, share, lead, c.share, c.lead)
		}
	}
}

// On real articles whose text is lists and headings as much as prose (a
// recipe, a howto sectioned by headings), the signal keeps the score high.
func TestUnpunctuatedOnArticles(t *testing.T) {
	for _, name := range []string{"cookie-recipe", "comment-period", "labels-ja", "labels-de"} {
		f, err := os.Open("../testdata/pages/" + name + "/source.html")
		if err != nil {
			t.Fatal(err)
		}
		a, err := Extract(f, Options{})
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if a.Confidence < 0.8 {
			t.Errorf("%s: confidence %.2f, want ≥ 0.8 (reasons %q)", name, a.Confidence, a.ConfidenceReasons)
		}
	}
}
