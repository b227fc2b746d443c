package meta

import (
	"strings"
	"testing"
)

func TestGuessByFunctionWords(t *testing.T) {
	for want, text := range map[string]string{
		"en": "The council said on Tuesday that the new depot would open in the spring, and that drivers who live on the east side of the city would be offered a bus to work.",
		"de": "Der Stadtrat hat am Dienstag beschlossen, dass das neue Depot im Frühjahr öffnen soll, und die Fahrer aus dem Osten der Stadt sollen einen Bus zur Arbeit bekommen.",
		"fr": "Le conseil a annoncé mardi que le nouveau dépôt ouvrira au printemps et que les chauffeurs qui vivent dans l'est de la ville pourront prendre un bus pour aller au travail.",
		"es": "El ayuntamiento anunció el martes que el nuevo depósito abrirá en primavera y que los conductores que viven en el este de la ciudad tendrán un autobús para ir al trabajo.",
		"pt": "A câmara anunciou na terça-feira que o novo depósito vai abrir na primavera e que os motoristas que moram no leste da cidade terão um ônibus para ir ao trabalho.",
		"it": "Il consiglio ha annunciato martedì che il nuovo deposito aprirà in primavera e che gli autisti che vivono nella parte est della città avranno un autobus per andare al lavoro.",
		"nl": "De gemeenteraad heeft dinsdag besloten dat het nieuwe depot in het voorjaar opengaat en dat de chauffeurs die in het oosten van de stad wonen een bus naar het werk krijgen.",
		"ru": "Городской совет во вторник объявил, что новое депо откроется весной, и что водители, которые живут на востоке города, смогут ездить на работу на автобусе.",
		// A language pith has no list for stands out for none of them.
		"": "Rada miasta ogłosiła we wtorek, że nowa zajezdnia zostanie otwarta wiosną, a kierowcy mieszkający we wschodniej części miasta dostaną autobus do pracy.",
	} {
		if got := guessByFunctionWords(text); got != want {
			t.Errorf("guessByFunctionWords(%.40q…) = %q, want %q", text, got, want)
		}
	}
}

// TestCheckLanguageFallsBackToTheDetector: for languages pith has no
// function words for, only the statistical detector (the whatlang fork)
// can tell a page's language from its text; it overrules a template's
// default declaration and fills a missing one, but not on a short text.
func TestCheckLanguageFallsBackToTheDetector(t *testing.T) {
	pl := strings.Repeat("Rada miasta ogłosiła we wtorek, że nowa zajezdnia zostanie otwarta wiosną, a kierowcy mieszkający we wschodniej części miasta "+
		"dostaną bezpłatny autobus do pracy. Mieszkańcy pytali na zebraniu, kto zapłaci za budowę drogi dojazdowej i kiedy skończą się prace. ", 2)
	tr := strings.Repeat("Belediye meclisi salı günü yeni garajın ilkbaharda açılacağını ve şehrin doğusunda oturan şoförlerin işe ücretsiz bir otobüsle "+
		"gideceğini açıkladı. Toplantıya katılan mahalle sakinleri yolun yapımını kimin ödeyeceğini ve çalışmaların ne zaman biteceğini sordu. ", 2)
	short := strings.Join(strings.Fields(pl)[:20], " ")
	// A list of names and years, and two languages in turns: the detector
	// names a language for each but is not sure of it.
	names := strings.Repeat("Anna Kowalski, Jan Novák, Eva Horváth, Piotr Nowak, 2024, 2025; ", 8)
	mixed := strings.Repeat("Градско веће је у уторак објавило да ће ново спремиште бити отворено на пролеће, а возачи ће добити аутобус. "+
		"Градският съвет обяви във вторник, че новото депо ще бъде открито през пролетта, а шофьорите ще получат автобус. ", 3)
	for _, tc := range []struct{ name, declared, text, want string }{
		{"nothing declared, Polish text", "", pl, "pl"},
		{"a template's English on a Polish page", "en", pl, "pl"},
		{"a template's English on a Turkish page", "en-US", tr, "tr"},
		{"a German declaration on a Turkish page", "de", tr, "tr"},
		{"the page's own tag kept when it agrees", "pl-PL", pl, "pl-PL"},
		{"too short a text to overrule", "en", short, "en"},
		{"an unsure detection on names and figures overrules nothing", "en", names, "en"},
		{"an unsure detection on Serbian and Bulgarian in turns overrules nothing", "en", mixed, "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if guess := guessByFunctionWords(tc.text); guess != "" {
				t.Fatalf("function words already name %q: the case does not reach the detector", guess)
			}
			if got := CheckLanguage(tc.declared, tc.text, len(strings.Fields(tc.text))); got != tc.want {
				t.Errorf("CheckLanguage(%q, …) = %q, want %q", tc.declared, got, tc.want)
			}
		})
	}
}
