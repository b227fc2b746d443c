package clean

import (
	"slices"
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
)

func TestRemoveActionBoxes(t *testing.T) {
	article := domtest.LongP1 + domtest.LongP2 + domtest.LongP3
	for _, tc := range []struct {
		name string
		body string
		gone []string
		kept []string
	}{
		{
			name: "a donation appeal whose words no rule knows goes with its link",
			body: article + `<div class="card bg-light"><h3>Zanim wyjdziesz</h3><p>Nasz portal jest bezpłatny dzięki czytelnikom.</p><a class="btn" href="/wsparcie">Wspieram</a></div>`,
			gone: []string{"Zanim wyjdziesz", "Nasz portal", "Wspieram"},
			kept: []string{"The council met"},
		},
		{
			name: "a subscription pitch with a bold lead line, set between paragraphs",
			body: domtest.LongP1 + domtest.LongP2 + `<ui-panel><p><strong>Steun lokale journalistiek</strong></p><p>Neem een abonnement vanaf 1 euro per week.</p><p><a href="/abo">Word abonnee</a></p></ui-panel>` + domtest.LongP3,
			gone: []string{"Steun lokale", "Neem een abonnement"},
			kept: []string{"The council met", "Opponents warned"},
		},
		{
			name: "a notice ending in buttons needs no heading",
			body: article + `<div class="x9"><p>Usamos galletas de terceros para medir la audiencia.</p><button>Vale</button> <button>Ajustes</button></div>`,
			gone: []string{"Usamos galletas"},
		},
		{
			name: "an app promo's two store links are one action",
			body: article + `<div class="x8"><p><strong>Baixe o aplicativo</strong></p><p>As notícias no seu telemóvel.</p><a href="https://apps.example/1">App Store</a> <a href="https://play.example/2">Google Play</a></div>`,
			gone: []string{"Baixe o aplicativo", "As notícias no seu"},
		},
		{
			name: "a membership appeal with a long pitch goes after the article",
			body: article + `<div class="x3"><h3>Avant de partir</h3><p>Notre site reste gratuit grâce à ses lecteurs, et chaque don, même modeste, nous permet de payer nos reporters sur le terrain toute l’année sans publicité.</p><a href="/don">Faire un don</a></div>`,
			gone: []string{"Avant de partir", "Notre site reste gratuit"},
		},
		{
			name: "a box with a long paragraph stays when the article goes on after it",
			body: domtest.LongP1 + domtest.LongP2 + `<div class="x3"><h3>Der Plan</h3><p>Die Stadt will bis zum Herbst drei neue Haltestellen bauen, die Linie verlängern und die Takte am Abend verdichten, sagte die zuständige Dezernentin am Dienstag im Ausschuss.</p><a href="/plan">Zum Plan</a></div>` + domtest.LongP3,
			kept: []string{"Die Stadt will bis zum Herbst"},
		},
		{
			name: "a box whose title the wording rules know goes whole, not only its title",
			body: article + `<div class="x2"><h3>Subscribe to our newsletter</h3><p>Every Friday our editors pick the five stories from the valley that you should not miss.</p><a href="/nl">Go to the form</a></div>`,
			gone: []string{"Subscribe to our newsletter", "Every Friday our editors", "Go to the form"},
		},
		{
			name: "a fact box that links to an address stays",
			body: article + `<div class="info"><h3>Info</h3><p>Der Leihladen öffnet dienstags bis samstags.</p><a href="https://leihladen.example">leihladen.example</a></div>`,
			kept: []string{"Der Leihladen öffnet"},
		},
		{
			name: "a box that offers a document stays",
			body: article + `<div class="x7"><h3>The report</h3><p>The council published its findings on Monday.</p><a href="/files/report.pdf">Download the report</a></div>`,
			kept: []string{"The council published its findings"},
		},
		{
			name: "a box with a list is the article's",
			body: article + `<div class="x6"><h3>Opening hours</h3><ul><li>Monday to Friday, 9 to 5</li><li>Saturday, 10 to 2</li></ul><a href="/visit">Plan a visit</a></div>`,
			kept: []string{"Monday to Friday"},
		},
		{
			name: "a section of reviews stays",
			body: article + `<div id="reviews"><h2>Opinie klientów</h2><div><p>Świetny czajnik.</p></div><div><p>Tomasz</p><p>Po pół roku nadal jak nowy.</p></div><p><a href="/opinie">Zobacz wszystkie opinie</a></p></div>`,
			kept: []string{"Świetny czajnik", "Po pół roku"},
		},
		{
			name: "a roundup's cards, each ending in the same action, stay",
			body: article + `<div class="deal"><h3>Kettle</h3><p>Boils a litre in two minutes.</p><a href="/k">Buy now</a></div>` +
				`<div class="deal"><h3>Toaster</h3><p>Four slots and a bagel setting.</p><a href="/t">Buy now</a></div>` +
				`<div class="deal"><h3>Blender</h3><p>Crushes ice without a fuss.</p><a href="/b">Buy now</a></div>`,
			kept: []string{"Boils a litre", "Four slots", "Crushes ice"},
		},
		{
			name: "a sentence that ends in a link is no box",
			body: article + `<div class="x5"><h3>Where to vote</h3>Polling stations open at seven, and the list is <a href="/stations">here</a></div>`,
			kept: []string{"Polling stations open"},
		},
		{
			name: "a news brief of four short paragraphs is an article beside its box",
			body: `<p>Het buitenbad in het park opent dit jaar al op zaterdag 10 mei, een week eerder.</p>` +
				`<p>De gemeente besloot dat na de warme voorspellingen voor de komende weken van mei.</p>` +
				`<p>Abonnementen voor het hele seizoen zijn vanaf maandag te koop bij de kassa en online.</p>` +
				`<p>Kinderen tot vier jaar zwemmen gratis, mits onder begeleiding van een volwassene.</p>` +
				`<div class="p"><h3>Steun ons</h3><p>Onze site is gratis dankzij lezers zoals jij.</p><a href="/steun">Doneer</a></div>`,
			gone: []string{"Steun ons", "Onze site is gratis"},
			kept: []string{"Het buitenbad", "Kinderen tot vier jaar"},
		},
		{
			name: "two short paragraphs are no article: the box stays",
			body: `<p>Het buitenbad in het park opent dit jaar al op zaterdag 10 mei, een week eerder.</p>` +
				`<p>Kinderen tot vier jaar zwemmen gratis, mits onder begeleiding van een volwassene.</p>` +
				`<div class="p"><h3>Steun ons</h3><p>Onze site is gratis dankzij lezers zoals jij.</p><a href="/steun">Doneer</a></div>`,
			kept: []string{"Steun ons", "Onze site is gratis"},
		},
		{
			name: "a short page keeps its box",
			body: domtest.LongP1 + `<div class="x4"><h3>Join the club</h3><p>Members meet every Thursday.</p><a href="/join">Join</a></div>`,
			kept: []string{"Members meet every Thursday"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, tc.body)
			removed := cleanTree(root)
			checkGoneKept(t, domtest.FlatText(root), tc.gone, tc.kept, removed)
			if len(tc.gone) > 0 && !slices.ContainsFunc(removed, func(r Removal) bool { return r.Rule == RuleActionBox }) {
				t.Errorf("removals %+v, none under %q", removed, RuleActionBox)
			}
		})
	}
}
