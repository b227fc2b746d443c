package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
)

func TestRemoveDeadLinkBarsAndArrowLinks(t *testing.T) {
	article := domtest.LongP1 + domtest.LongP2 + domtest.LongP3
	for _, tc := range []struct {
		name string
		body string
		gone []string
		kept []string
		// notHere: the rule must not take the bar (other rules may take its parts)
		notHere bool
	}{
		{
			name: "a list of script links with a count",
			body: domtest.LongP1 + `<ul><li><a href="#" data-network="fb"><i></i> Poleć</a></li><li><a href="#">Wyślij dalej</a></li><li><a href="javascript:void(0)">Zapisz</a></li><li><span>214</span></li></ul>` + domtest.LongP2 + domtest.LongP3,
			gone: []string{"Poleć", "Wyślij dalej", "214"},
			kept: []string{"The council met"},
		},
		{
			name: "a label, buttons and a count",
			body: article + `<div class="x"><span>Partilhar</span><button>Facebook</button><button>X</button><span>5,8k</span></div>`,
			gone: []string{"Partilhar", "5,8k"},
		},
		{
			name:    "buttons without a count may be tabs and stay",
			body:    article + `<div class="tabs"><button>Overview</button><button>Results</button></div>`,
			notHere: true,
		},
		{
			name: "a table of contents links to fragments and stays",
			body: `<ul><li><a href="#costs">Costs</a></li><li><a href="#timetable">Timetable</a></li></ul>` + article,
			kept: []string{"Costs", "Timetable"},
		},
		{
			name: "an accordion's answers keep its links",
			body: article + `<ul><li><a href="#">When?</a><p>On Monday at nine.</p></li><li><a href="#">Where?</a><p>At the town hall.</p></li></ul>`,
			kept: []string{"On Monday at nine", "At the town hall"},
		},
		{
			name: "glossed words, each a script's link, stay",
			body: article + `<div class="gloss">` + strings.Repeat(`<a href="javascript:void(0)">Wort</a> `, 9) + `</div>`,
			kept: []string{"Wort Wort Wort"},
		},
		{
			name: "a lone link with an arrow after the article",
			body: article + `<p><a href="/nieuws/">Meer nieuws →</a></p>`,
			gone: []string{"Meer nieuws"},
		},
		{
			name: "an arrow link the article goes on after stays",
			body: domtest.LongP1 + domtest.LongP2 + `<p><a href="/plan">Lees het plan ›</a></p>` + domtest.LongP3,
			kept: []string{"Lees het plan"},
		},
		{
			name: "a labelled teaser after the article",
			body: article + `<p><strong>Zie ook:</strong> <a href="/nieuws/dorpsfeest">Dorpsfeest keert terug</a></p>`,
			gone: []string{"Zie ook", "Dorpsfeest keert terug"},
		},
		{
			name: "a labelled teaser between paragraphs stays, as labellers keep it",
			body: domtest.LongP1 + domtest.LongP2 + `<p><strong>Lesen Sie hier</strong>: <a href="/a/1">Wie Anwohner richtig reagieren</a></p>` + domtest.LongP3,
			kept: []string{"Lesen Sie hier", "Wie Anwohner richtig reagieren"},
		},
		{
			name: "a source's short name after the article stays",
			body: article + `<p>Quelle: <a href="https://destatis.example">Statistisches Bundesamt</a></p>`,
			kept: []string{"Statistisches Bundesamt"},
		},
		{
			name: "a sentence that goes on after its link stays",
			body: article + `<p>Note: <a href="/plan">the full transport plan</a> is online.</p>`,
			kept: []string{"the full transport plan"},
		},
		{
			name: "a share bar goes whole when its count carries words",
			body: domtest.LongP1 + `<div class="s"><span>Weitersagen</span><a href="https://www.facebook.com/sharer/sharer.php?u=https://x.example/a">Facebook</a><a href="https://x.example/intent/tweet?url=https://x.example/a">X</a><span>727 Leser haben geteilt</span></div>` + domtest.LongP2 + domtest.LongP3,
			gone: []string{"Weitersagen", "727 Leser"},
		},
		{
			name: "a share bar in a custom element is no sentence",
			body: `<story-page><ui-actions><span>Faites passer</span><a href="https://www.facebook.com/sharer/sharer.php?u=https://x.example/a">Facebook</a><a href="mailto:?subject=a">Courriel</a><span>577 lecteurs ont partagé</span></ui-actions>` + article + `</story-page>`,
			gone: []string{"Faites passer", "Courriel", "577 lecteurs"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, tc.body)
			removed := cleanTree(root)
			checkGoneKept(t, domtest.FlatText(root), tc.gone, tc.kept, removed)
			if tc.notHere && slices.ContainsFunc(removed, func(r Removal) bool { return r.Rule == RuleDeadLinks }) {
				t.Errorf("removals %+v: want none under %q", removed, RuleDeadLinks)
			}
		})
	}
}
