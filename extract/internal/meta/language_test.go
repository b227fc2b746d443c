package meta

import "testing"

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
