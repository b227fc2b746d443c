package clean

import (
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
	"github.com/pith-cli/pith/internal/lexicon"
)

// quietCases are stories told in paragraphs of middling length (none long
// enough to count as a body paragraph) that quote a pitch's words in one
// paragraph of their own: a parish newsletter, a parking app.
var quietCases = []struct {
	lang, quoted string
	story        []string
}{
	{"en", "Sign up to our newsletter, the head teacher tells parents at every assembly, and you will never miss a school trip again.", []string{
		"The village school has started a weekly newsletter for parents, written by the pupils of the two oldest classes.",
		"Each issue lists the coming week's clubs, the lunch menu and a short interview with one of the teachers.",
		"In its first month the newsletter has reached almost every family, including grandparents who collect the children.",
	}},
	{"de", "Laden Sie unsere App herunter, rät die Stadt den Autofahrern in einem Faltblatt, das diese Woche verteilt wurde.", []string{
		"Von Montag an nehmen die Parkautomaten in der Innenstadt kein Bargeld mehr an, bezahlt wird dann per Handy.",
		"Wer kein Smartphone besitzt, kann im Bürgerbüro eine Parkkarte kaufen und sie am Automaten aufladen lassen.",
		"Der Seniorenbeirat kritisiert die Umstellung und fordert, dass mindestens ein Automat pro Straße Münzen annimmt.",
	}},
	{"fr", "Abonnez-vous à notre newsletter, répète le curé à la fin de chaque messe devant les familles du catéchisme.", []string{
		"La paroisse du quartier envoie depuis janvier une lettre d’information chaque vendredi aux familles des enfants inscrits.",
		"On y trouve les horaires du week-end, les photos des sorties et les appels aux bénévoles pour la kermesse.",
		"En deux mois, près de trois cents familles se sont inscrites, bien plus que prévu par l’équipe paroissiale.",
	}},
	{"es", "Descarga nuestra app, pide el ayuntamiento a los conductores en un folleto que llegó esta semana a los buzones.", []string{
		"Desde el lunes los parquímetros del centro dejarán de aceptar monedas y el pago se hará con el teléfono móvil.",
		"Quien no tenga teléfono inteligente podrá comprar una tarjeta en la oficina de atención ciudadana y recargarla allí.",
		"Las asociaciones de mayores critican el cambio y piden que quede al menos un parquímetro con monedas por calle.",
	}},
	{"it", "Iscriviti alla newsletter, ripete don Paolo alla fine di ogni messa: basta lasciare il proprio indirizzo email su un foglio.", []string{
		"La parrocchia ha lanciato una newsletter settimanale per i ragazzi dell’oratorio e per le loro famiglie.",
		"Ogni venerdì arrivano il programma del fine settimana, le foto delle gite e gli avvisi per i turni al bar.",
		"In un mese gli iscritti sono già trecento, più di quanti frequentino ogni domenica la messa delle undici.",
	}},
}

// TestQuotedPitchAmongPlainParagraphsStays: a paragraph that quotes a
// newsletter's or an app's pitch, with no link and no control, among the
// story's other plain paragraphs, is the story's, though none of them is
// long; the same words with a link to click are the site's pitch and go.
func TestQuotedPitchAmongPlainParagraphsStays(t *testing.T) {
	for _, tc := range quietCases {
		if lexicon.MatchWording(tc.quoted) == "" {
			t.Fatalf("%s: %q matches no wording rule: the case tests nothing", tc.lang, tc.quoted)
		}
		story := "<p>" + tc.story[0] + "</p><p>" + tc.quoted + "</p><p>" + tc.story[1] + "</p><p>" + tc.story[2] + "</p>"
		t.Run(tc.lang+"/quoted", func(t *testing.T) {
			root := domtest.Page(t, `<article><div class="story">`+story+"</div></article>")
			removed := cleanTree(root)
			checkGoneKept(t, domtest.FlatText(root), nil, append([]string{tc.quoted}, tc.story...), removed)
		})
		pitch := "<p>" + tc.story[0] + `</p><p>` + tc.quoted + ` <a href="/signup">OK</a></p><p>` + tc.story[1] + "</p><p>" + tc.story[2] + "</p>"
		t.Run(tc.lang+"/linked", func(t *testing.T) {
			root := domtest.Page(t, `<article><div class="story">`+pitch+"</div></article>")
			removed := cleanTree(root)
			checkGoneKept(t, domtest.FlatText(root), []string{tc.quoted}, tc.story, removed)
		})
	}
}
