package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
	"github.com/pith-cli/pith/internal/lexicon"
)

// shortStories are articles told in short paragraphs (a brief, a live
// report, a list of tips): none of their paragraphs is long enough to count
// as a body paragraph, so only the size of a widget tells the story from
// the share bar or prompt beside it.
var shortStories = map[string][]string{
	"en": {
		"The ferry to the island was cancelled on Monday morning.",
		"High winds closed the harbour before the first sailing.",
		"About two hundred passengers waited in the terminal for news.",
		"The operator put on extra buses to the airport instead.",
		"Sailings are expected to resume on Tuesday afternoon.",
		"Travellers with tickets can change them without a fee.",
		"The coastguard said no boats were in difficulty overnight.",
		"More storms are forecast for the end of the week.",
	},
	"de": {
		"Die Fähre zur Insel fiel am Montagmorgen aus.",
		"Starker Wind schloss den Hafen vor der ersten Abfahrt.",
		"Rund zweihundert Fahrgäste warteten im Terminal auf Nachricht.",
		"Die Reederei setzte stattdessen Busse zum Flughafen ein.",
		"Der Fährbetrieb soll am Dienstagnachmittag wieder aufgenommen werden.",
		"Wer ein Ticket hat, kann es ohne Gebühr umbuchen.",
		"Die Küstenwache meldete in der Nacht keine Boote in Not.",
		"Für das Ende der Woche sind weitere Stürme angesagt.",
	},
	"fr": {
		"Le ferry vers l'île a été annulé lundi matin.",
		"Des vents violents ont fermé le port avant le premier départ.",
		"Environ deux cents passagers ont attendu des nouvelles au terminal.",
		"La compagnie a mis en place des bus vers l'aéroport.",
		"Les traversées devraient reprendre mardi après-midi.",
		"Les voyageurs munis d'un billet peuvent l'échanger sans frais.",
		"Les garde-côtes n'ont signalé aucun bateau en difficulté cette nuit.",
		"D'autres tempêtes sont annoncées pour la fin de la semaine.",
	},
	"es": {
		"El ferri a la isla se canceló el lunes por la mañana.",
		"El viento fuerte cerró el puerto antes de la primera salida.",
		"Unos doscientos pasajeros esperaron noticias en la terminal.",
		"La naviera puso autobuses hacia el aeropuerto.",
		"Se espera que los viajes se reanuden el martes por la tarde.",
		"Quien tenga billete puede cambiarlo sin coste.",
		"Salvamento Marítimo no registró barcos en apuros durante la noche.",
		"Se prevén más tormentas para el final de la semana.",
	},
}

// shareBars are share bars with buttons, in the stories' languages.
var shareBars = map[string]string{
	"en": `<div class="tools"><span>Share this article</span><button>Facebook</button><button>Email</button></div>`,
	"de": `<div class="tools"><span>Artikel teilen</span><button>Facebook</button><button>E-Mail</button></div>`,
	"fr": `<div class="tools"><span>Partager cet article</span><button>Facebook</button><button>E-mail</button></div>`,
	"es": `<div class="tools"><span>Compartir este artículo</span><button>Facebook</button><button>Correo</button></div>`,
}

// TestWidgetStaysSmall: a matched block takes only a small widget with it.
// A story of short paragraphs that shares its container with a share bar
// holds a control and no body paragraph, so only the bound on a widget's
// size keeps the climb from the bar's label to the whole story.
func TestWidgetStaysSmall(t *testing.T) {
	for lang, story := range shortStories {
		t.Run(lang, func(t *testing.T) {
			body := `<div class="story">`
			for _, p := range story {
				body += "<p>" + p + "</p>"
			}
			body += shareBars[lang] + "</div>"
			root := domtest.Page(t, body)
			if long := dom.LongParagraphs(root); long != 0 {
				t.Fatalf("the story has %d body paragraphs; the case needs none", long)
			}
			removed := cleanTree(root)
			checkGoneKept(t, domtest.FlatText(root), []string{"Facebook"}, story, removed)
		})
	}
}

// inFlowCases are short paragraphs of articles whose wording matches a
// rule, each between two of its story's body paragraphs: a school story
// telling parents about its bulletin, a privacy story quoting advice on
// cookies, a cookie recipe quoting its baker, a story about a public
// comment period. Each must be kept: the safeguard of the wording rules
// spares a plain paragraph in the text flow.
var inFlowCases = []struct {
	lang, before, short, after string
}{
	{"en",
		"The primary school on Mill Road will open its new library in March, after two years of fundraising by parents, teachers and the local bookshop, which gave more than a thousand books.",
		"Parents can sign up for the school's weekly bulletin at the front office.",
		"The head teacher said the library would stay open after lessons on three days a week, so that children whose parents work late have a quiet place to read and do homework."},
	{"en",
		"A study of four hundred websites found that most of them share their visitors' browsing with dozens of advertising firms, often before the visitor has clicked anything on the page.",
		"The researchers' advice was simple: reject all cookies you do not need.",
		"They also found that the banners asking for consent were designed to make accepting easier than refusing, with the refusal hidden behind a second or third screen of settings."},
	{"de",
		"Die Konditorei am Marktplatz backt seit dreißig Jahren dieselbe Torte, und an Samstagen steht die Schlange der Kundinnen und Kunden oft bis auf die Straße hinaus, selbst im Regen.",
		"Die Bäckerin erklärt: Wir verwenden Cookies vom Vortag für den Boden.",
		"Die Kekse werden fein zerbröselt, mit geschmolzener Butter vermischt und in die Form gedrückt, bevor die Creme aus Quark, Zitrone und etwas Vanille darauf verteilt wird."},
	{"de",
		"Die Grundschule in der Mühlenstraße eröffnet im März ihre neue Bibliothek, nachdem Eltern, Lehrkräfte und die Buchhandlung im Ort zwei Jahre lang Geld und mehr als tausend Bücher gesammelt haben.",
		"Eltern können sich im Sekretariat für den Newsletter anmelden.",
		"Die Schulleiterin sagte, die Bibliothek bleibe an drei Tagen in der Woche auch nach dem Unterricht geöffnet, damit Kinder, deren Eltern lange arbeiten, einen ruhigen Ort zum Lesen haben."},
	{"fr",
		"La mairie a présenté mardi son projet de nouvelle ligne de bus, qui relierait la gare aux quartiers du nord en moins de vingt minutes et desservirait aussi le lycée et l'hôpital.",
		"Les habitants peuvent laisser un commentaire à la mairie jusqu'à vendredi.",
		"Le conseil municipal examinera ensuite les remarques reçues avant le vote prévu au printemps, et le maire a promis de publier un résumé des avis sur le site de la ville."},
	{"fr",
		"La pâtisserie de la place du marché fait le même gâteau depuis trente ans, et le samedi la file des clients s'étend souvent jusque sur le trottoir, même quand il pleut.",
		"La pâtissière explique : nous utilisons des cookies de la veille pour le fond.",
		"Les biscuits sont finement émiettés, mélangés avec du beurre fondu et tassés dans le moule, avant que la crème au fromage blanc, au citron et à la vanille ne soit étalée dessus."},
	{"es",
		"El ayuntamiento presentó el martes su proyecto de una nueva línea de autobús, que uniría la estación con los barrios del norte en menos de veinte minutos y pasaría por el instituto y el hospital.",
		"Los vecinos pueden dejar un comentario en el ayuntamiento hasta el viernes.",
		"El pleno municipal estudiará después las observaciones recibidas antes de la votación prevista para la primavera, y el alcalde prometió publicar un resumen de las opiniones en la web municipal."},
	{"es",
		"La pastelería de la plaza del mercado hace la misma tarta desde hace treinta años, y los sábados la cola de clientes llega a menudo hasta la acera, incluso cuando llueve.",
		"La pastelera explica: usamos cookies del día anterior para la base.",
		"Las galletas se desmenuzan, se mezclan con mantequilla derretida y se aprietan en el molde, antes de extender encima la crema de queso fresco con limón y un poco de vainilla."},
}

// TestShortParagraphInTheFlowIsKept checks the in-flow safeguard of the
// wording rules on paragraphs that really match a rule, in four languages;
// each case first checks that its paragraph still matches one and that its
// neighbours are body paragraphs, so the case keeps exercising the
// safeguard when the rules are refined.
func TestShortParagraphInTheFlowIsKept(t *testing.T) {
	for _, tc := range inFlowCases {
		t.Run(tc.lang+"/"+tc.short, func(t *testing.T) {
			if kind := lexicon.MatchWording(strings.ToLower(tc.short)); kind == "" || lexicon.NotProse[kind] {
				t.Fatalf("%q matches no rule that prose may share (kind %q): the case no longer exercises the safeguard", tc.short, kind)
			}
			root := domtest.Page(t, "<article><p>"+tc.before+"</p><p>"+tc.short+"</p><p>"+tc.after+"</p></article>")
			if long := dom.LongParagraphs(root); long != 2 {
				t.Fatalf("%d body paragraphs around the short one, want 2", long)
			}
			removed := cleanTree(root)
			checkGoneKept(t, domtest.FlatText(root), nil, []string{tc.short, tc.before, tc.after}, removed)
		})
	}
}

// TestMatchedParagraphOutOfTheFlowGoes is the safeguard's other side: the
// same paragraphs with no body paragraph beside them are widgets and go,
// whether alone in a box (the widget is the box) or among short notes of
// the page (the widget is the paragraph itself, and only the look at its
// neighbours tells it from prose).
func TestMatchedParagraphOutOfTheFlowGoes(t *testing.T) {
	for _, tc := range inFlowCases {
		article := "<article><p>" + tc.before + "</p><p>" + tc.after + "</p></article>"
		notes := ""
		for _, line := range shortStories[tc.lang][:4] {
			notes += "<p>" + line + "</p>"
		}
		for _, c := range []struct {
			name, page string
			kept       []string
		}{
			{"in a box", article + `<div class="c-8f2a"><p>` + tc.short + "</p></div>", []string{tc.before, tc.after}},
			{"among short notes", article + `<div class="c-3d9e"><p>` + tc.short + "</p>" + notes + "</div>",
				[]string{tc.before, tc.after, shortStories[tc.lang][0], shortStories[tc.lang][3]}},
		} {
			t.Run(tc.lang+"/"+c.name+"/"+tc.short, func(t *testing.T) {
				root := domtest.Page(t, c.page)
				removed := cleanTree(root)
				checkGoneKept(t, domtest.FlatText(root), []string{tc.short}, c.kept, removed)
				if !slices.ContainsFunc(removed, func(r Removal) bool { return strings.HasPrefix(r.Rule, RuleWording) }) {
					t.Errorf("removed %+v, none by a wording rule", removed)
				}
			})
		}
	}
}
