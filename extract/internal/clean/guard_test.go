package clean

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
)

func TestDeclaredBody(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"one article", `<article id="want"><p>x</p></article><main><p>y</p></main>`, "want"},
		{"itemprop beats article", `<article><div id="want" itemprop="articleBody"><p>x</p></div></article>`, "want"},
		{"main when no article", `<main id="want"><p>x</p></main>`, "want"},
		{"several articles declare nothing", `<article><p>a</p></article><article><p>b</p></article><main><p>c</p></main>`, ""},
		{"nothing declared", `<div><p>x</p></div>`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := declaredBody(domtest.Page(t, tc.body))
			switch {
			case tc.want == "" && got != nil:
				t.Errorf("declaredBody = <%s>, want none", got.Data)
			case tc.want != "" && (got == nil || dom.Attr(got, "id") != tc.want):
				t.Errorf("declaredBody = %v, want the element with id %q", got, tc.want)
			}
		})
	}
}

func TestParagraphsOf(t *testing.T) {
	n := paragraphsOf("First  line.\n\n  Second\tline. \n")
	var b strings.Builder
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "<div><p>First line.</p><p>Second line.</p></div>"; got != want {
		t.Errorf("paragraphsOf = %s, want %s", got, want)
	}
}

func TestFocusNarrowsThePageToTheDeclaredArticle(t *testing.T) {
	outside := `<div class="panel"><p>Other stories from the county this week, in brief.</p></div>`
	for _, tc := range []struct {
		name, body string
		want       bool
	}{
		{"article holds every body paragraph", outside + "<article>" + domtest.LongP1 + domtest.LongP2 + domtest.LongP3 + "</article>", true},
		{"a body paragraph outside the article", "<div>" + domtest.LongP4 + "</div><article>" + domtest.LongP1 + domtest.LongP2 + domtest.LongP3 + "</article>", false},
		{"too short an article", outside + "<article>" + domtest.LongP1 + domtest.LongP2 + "</article>", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &dom.Document{Node: domtest.Page(t, tc.body).Parent}
			pr := &Pruner{}
			d := CleanPage(doc, nil, pr)
			if got := d.Focused; got != tc.want {
				t.Fatalf("focused = %v, want %v", got, tc.want)
			}
			text := domtest.FlatText(doc.Root())
			if tc.want && strings.Contains(text, "Other stories") {
				t.Errorf("the page around the article is still there: %q", text)
			}
			if tc.want && !slices.Contains(rulesOf(pr.Removed), RuleOutsideArticle) {
				t.Errorf("removals %v do not report %s", rulesOf(pr.Removed), RuleOutsideArticle)
			}
			if !tc.want && !strings.Contains(text, "Other stories") && strings.Contains(tc.body, "Other stories") {
				t.Errorf("the page was narrowed anyway: %q", text)
			}
		})
	}
}

// TestRecallGuardClauses checks each condition of the recall guard on its
// own: every case but the first two is one where the guard must leave
// readability's text alone, and removing or loosening the one condition
// the case is named for makes the guard take the other body.
func TestRecallGuardClauses(t *testing.T) {
	// relatedLinks is a list of long links that post-cleaning drops when
	// it follows the body's last paragraph.
	relatedLinks := "<ul>"
	for _, story := range []string{"Bus drivers vote to strike over the depot closures planned for next spring in the city",
		"Ring road works delayed again as the contractor asks the council for more time and money",
		"What the new fares mean for commuters who travel in from the villages every working day",
		"Residents on the east side launch a petition against the merged depot and its longer journeys",
		"Letters: readers on the transport plan, the price of land by the ring road and the night buses",
		"Opinion: a single depot would save money, but the drivers who live furthest away would pay for it"} {
		relatedLinks += `<li><a href="/story">` + story + "</a></li>"
	}
	relatedLinks += "</ul>"
	short := "<p>Read the council's statement here.</p>"
	ldText := func(paragraphs ...string) string {
		var b strings.Builder
		for _, p := range paragraphs {
			b.WriteString(domtest.FlatText(domtest.Page(t, p)) + "\n")
		}
		return b.String()
	}
	for _, tc := range []struct {
		name              string
		content, declared string // readability's body and the page's declared element ("" for none)
		ldBody            string // the JSON-LD articleBody
		want              string // the body source
		premise           func(found, declared, declaredAfterPostClean, ld int) bool
	}{
		{
			name:     "a fragment under a third of the declared body gives way to it",
			content:  domtest.LongP1,
			declared: domtest.LongP1 + domtest.LongP2 + domtest.LongP3 + domtest.LongP4,
			want:     BodyDeclared,
			premise:  func(found, declared, _, _ int) bool { return found*guardShare < declared },
		},
		{
			name:    "a fragment under a third of the JSON-LD body gives way to it",
			content: domtest.LongP1,
			ldBody:  ldText(domtest.LongP1, domtest.LongP2, domtest.LongP3, domtest.LongP4),
			want:    BodyJSONLD,
			premise: func(found, _, _, ld int) bool { return found*guardShare < ld },
		},
		{
			name:     "share: readability holding a third of the declared body keeps it",
			content:  domtest.LongP1 + domtest.LongP2,
			declared: domtest.LongP1 + domtest.LongP2 + domtest.LongP3 + domtest.LongP4,
			want:     BodyReadability,
			premise: func(found, declared, after, _ int) bool {
				return found*guardShare >= declared && after > found
			},
		},
		{
			name:     "length: a declared element too short to be an article is no declaration",
			content:  "<p>Loading</p>",
			declared: "<p>Please enable JavaScript to read.</p>",
			want:     BodyReadability,
			premise: func(found, declared, after, _ int) bool {
				return declared < MinArticleWords && found*guardShare < declared && after > found
			},
		},
		{
			name:     "post-cleaning: a declared body that post-cleaning shrinks below readability's is not taken",
			content:  domtest.LongP2 + short,
			declared: domtest.LongP1 + relatedLinks,
			want:     BodyReadability,
			premise: func(found, declared, after, _ int) bool {
				return found*guardShare < declared && declared >= MinArticleWords && after <= found
			},
		},
		{
			name:    "JSON-LD share: readability holding a third of the JSON-LD body keeps it",
			content: domtest.LongP1 + domtest.LongP2,
			ldBody:  ldText(domtest.LongP1, domtest.LongP2, domtest.LongP3, domtest.LongP4),
			want:    BodyReadability,
			premise: func(found, _, _, ld int) bool { return found*guardShare >= ld },
		},
		{
			name:    "JSON-LD length: a JSON-LD body too short to be an article is none",
			content: "<p>Loading</p>",
			ldBody:  "Please enable JavaScript to read.",
			want:    BodyReadability,
			premise: func(found, _, _, ld int) bool { return ld < MinArticleWords && found*guardShare < ld },
		},
		{
			name:    "JSON-LD markup: a JSON-LD body holding markup is not read as text",
			content: domtest.LongP1,
			ldBody:  domtest.LongP1 + domtest.LongP2 + domtest.LongP3 + domtest.LongP4,
			want:    BodyReadability,
			premise: func(found, _, _, ld int) bool { return found*guardShare < ld },
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			content := domtest.ByID(domtest.Page(t, `<div id="content">`+tc.content+"</div>"), "content")
			var d declaration
			after := 0
			if tc.declared != "" {
				d.Node = domtest.ByID(domtest.Page(t, `<article id="declared">`+tc.declared+"</article>"), "declared")
				d.words = dom.WordsIn(d.Node)
				probe := domtest.ByID(domtest.Page(t, `<article id="declared">`+tc.declared+"</article>"), "declared")
				PostCleanAll(probe, &Article{}, &Pruner{})
				after = dom.WordsIn(probe)
			}
			found, ld := dom.WordsIn(content), dom.WordCount(tc.ldBody)
			if !tc.premise(found, d.words, after, ld) {
				t.Fatalf("the fixture no longer sets up the case: readability %d words, declared %d (%d post-cleaned), JSON-LD %d",
					found, d.words, after, ld)
			}
			art := &Article{BodySource: BodyReadability}
			got, _ := RecallGuard(content, &Pruner{}, 0, d, tc.ldBody, art)
			if art.BodySource != tc.want {
				t.Fatalf("BodySource = %q, want %q", art.BodySource, tc.want)
			}
			if tc.want == BodyReadability && got != content {
				t.Errorf("readability's body was replaced by %q", domtest.FlatText(got))
			}
		})
	}
}

// Teaser cards in the declared body — a carousel of other stories — do
// not set the recall guard off, and do not come back with the declared
// body when the guard takes it; an article's own list of sentences with
// links is no run of cards and stays.
func TestRecallGuardTeaserCards(t *testing.T) {
	cards := func(n int, rubric, title, date string) string {
		var b strings.Builder
		b.WriteString(`<ul class="rail">`)
		for i := range n {
			fmt.Fprintf(&b, `<li class="rail-item"><a href="/s/%d"><img src="/i/%d.jpg" alt=""></a><span>%s</span> <a href="/s/%d">%s %d</a> <time>%s</time></li>`, i, i, rubric, i, title, i, date)
		}
		b.WriteString(`</ul>`)
		return b.String()
	}
	carouselFR := cards(40, "Culture", "Le festival de jazz du lac revient cet été avec trois scènes", "12 mars")
	carouselDE := cards(30, "Sport", "Der Ruderverein feiert den dritten Titel in Folge auf dem See", "4. Mai")
	ownListES := `<ul><li>El informe completo, que el ayuntamiento publicó el lunes, está <a href="/informe">en su web</a>.</li>` +
		`<li>Las alegaciones se pueden presentar hasta el 3 de abril, por escrito o <a href="/sede">en la sede electrónica</a>.</li>` +
		`<li>La asociación de vecinos ha convocado una reunión el jueves para explicar el proyecto, con <a href="/agenda">su agenda</a>.</li>` +
		`<li>El pleno votará el plan definitivo en mayo, según el calendario que figura <a href="/pleno">en el orden del día</a>.</li></ul>`
	for _, tc := range []struct {
		name, content, declared string
		want                    string   // the body source
		gone, kept              []string // in the body returned
	}{
		{"a carousel does not set the guard off (fr)",
			domtest.LongP1 + domtest.LongP2, domtest.LongP1 + domtest.LongP2 + carouselFR,
			BodyReadability, nil, []string{"The council met"}},
		{"a carousel does not come back with the declared body (de)",
			domtest.LongP1, domtest.LongP1 + domtest.LongP2 + domtest.LongP3 + domtest.LongP4 + carouselDE,
			BodyDeclared, []string{"Ruderverein"}, []string{"Opponents warned"}},
		{"an article's own list with links comes back with it (es)",
			domtest.LongP1, domtest.LongP1 + domtest.LongP2 + ownListES + domtest.LongP3 + domtest.LongP4,
			BodyDeclared, nil, []string{"Las alegaciones se pueden presentar", "en la sede electrónica"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			content := domtest.ByID(domtest.Page(t, `<div id="content">`+tc.content+"</div>"), "content")
			var d declaration
			d.Node = domtest.ByID(domtest.Page(t, `<article id="declared">`+tc.declared+"</article>"), "declared")
			d.words = dom.WordsIn(d.Node)
			if found := dom.WordsIn(content); found*guardShare >= d.words {
				t.Fatalf("the fixture no longer sets up the case: readability %d words, declared %d", found, d.words)
			}
			art := &Article{BodySource: BodyReadability}
			pr := &Pruner{}
			got, removed := RecallGuard(content, pr, 0, d, "", art)
			if art.BodySource != tc.want {
				t.Fatalf("BodySource = %q, want %q", art.BodySource, tc.want)
			}
			checkGoneKept(t, domtest.FlatText(got), tc.gone, tc.kept, removed)
			if len(tc.gone) > 0 && !slices.Contains(rulesOf(removed), RuleLinkList) {
				t.Errorf("removals %v do not report %s", rulesOf(removed), RuleLinkList)
			}
		})
	}
}
