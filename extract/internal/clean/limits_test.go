package clean

import (
	"testing"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
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
