package lexicon

import (
	"strings"
	"sync"
)

// MonthNames maps month names and their usual abbreviations, in English,
// German (Austria's Jänner too), French, Spanish, Portuguese, Italian, Dutch, Polish, Russian,
// Ukrainian and Czech (both the nominative and the genitive that follows a
// day), Turkish, and Arabic and Persian (the Gregorian months' names; the
// Levant's one-word names too), and in Indonesian and Malay, the
// Scandinavian languages, Finnish, Estonian, Lithuanian, Hungarian,
// Romanian, Greek, Bulgarian, Serbian, Croatian and Bosnian, Slovak,
// Slovene, Albanian, Armenian, Catalan and Filipino (Croatian's listopad,
// Poland's and Czechia's November, is left to them), lower-cased, to
// the month's number. It is built the first time a date is read. Metadata reads
// dates with it, and the cleaning counts its names as date words
// (LooksLikeDate), so a stamp is recognised in every language a date is.
var MonthNames = sync.OnceValue(func() map[string]int {
	names := map[string]int{}
	for month, spellings := range [12]string{
		"january jan januar jänner jän jaenner janv janvier enero ene janeiro gennaio genn gen januari января январь янв stycznia styczeń styczen sty ocak leden ledna січня січень يناير ژانویه ianuarie ian tammikuuta tammikuu ιανουαρίου ιανουάριος януари siječnja siječanj јануар јануара januara januára janar jaanuar հունվարի január sausio gener",
		"february feb februar févr fevr février fevrier fév febrero fevereiro fev febbraio febr februari февраля февраль февр фев lutego luty lut şubat subat únor února лютого лютий فبراير شباط فوریه februarie helmikuuta helmikuu φεβρουαρίου φεβρουάριος февруари veljače veljača фебруар фебруара februara februára shkurt veebruar pebrero փետրվարի február vasario febrer",
		"march mar mär märz maerz mrz mars marzo março marco maart mrt марта март мар marca marzec mart březen března березня березень مارس آذار اذار maret mac marts martie maaliskuuta maaliskuu μαρτίου μάρτιος ožujka ožujak marta marec märts marso մարտի március márc kovo març",
		"april apr avril avr abril abr aprile апреля апрель апр kwietnia kwiecień kwiecien kwi nisan duben dubna квітня квітень أبريل ابريل إبريل نيسان آوریل aprilie huhtikuuta huhtikuu απριλίου απρίλιος travnja travanj априла aprila apríla prill aprill ապրիլի április ápr balandžio",
		"may mai mayo maio maggio mag mei мая май maja maj mayıs mayis květen května травня травень مايو أيار ايار مه toukokuuta toukokuu μαΐου μάιος svibnja svibanj мај маја mája մայիսի május máj gegužės maig",
		"june jun juni juin junio junho giugno giu июня июнь июн czerwca czerwiec cze haziran červen června червня червень يونيو يونية حزيران ژوئن iunie kesäkuuta kesäkuu ιουνίου ιούνιος юни lipnja lipanj јун јуна juna júna junij qershor juuni hunyo հունիսի június jún birželio juny",
		"july jul juli juillet juil julio julho luglio lug июля июль июл lipca lipiec lip temmuz červenec července липня липень يوليو يولية تموز ژوئیه julai iulie heinäkuuta heinäkuu ιουλίου ιούλιος юли srpnja srpanj јул јула jula júla julij korrik juuli hulyo հուլիսի július júl liepos juliol",
		"august aug august août aout agosto ago augustus августа август авг sierpnia sierpień sierpien sie ağustos agustos srpen srpna серпня серпень أغسطس اغسطس آب اوت agustus augusti ogos elokuuta elokuu αυγούστου αύγουστος kolovoza kolovoz avgust avgusta augusta gusht օգոստոսի augusztus rugpjūčio",
		"september sep sept septembre septiembre setiembre setembro settembre sett set сентября сентябрь сент сен września wrzesień wrzesnia wrz eylül eylul září вересня вересень سبتمبر أيلول ايلول سپتامبر septembrie syyskuuta syyskuu σεπτεμβρίου σεπτέμβριος септември rujna rujan септембар септембра septembar septembra shtator setyembre սեպտեմբերի szeptember szept rugsėjo setembre",
		"october oct oktober okt octobre octubre outubro out ottobre ott oktober октября октябрь окт października październik pazdziernika paź paz ekim říjen října жовтня жовтень أكتوبر اكتوبر اکتبر octombrie lokakuuta lokakuu οκτωβρίου οκτώβριος октомври октобар октобра oktobar oktobra októbra tetor oktoober oktubre հոկտեմբերի október spalio",
		"november nov novembre noviembre novembro ноября ноябрь нояб ноя listopada listopad lis kasım kasim listopadu листопада листопад نوفمبر نوامبر noiembrie marraskuuta marraskuu νοεμβρίου νοέμβριος ноември studenoga studeni новембар новембра novembar novembra nëntor nobyembre նոյեմբերի lapkričio",
		"december dec dez dezember décembre decembre déc diciembre dic dezembro dicembre dicem december декабря декабрь дек grudnia grudzień grudzien gru aralık aralik prosinec prosince грудня грудень ديسمبر دسامبر desember disember decembrie joulukuuta joulukuu δεκεμβρίου δεκέμβριος декември prosinca prosinac децембар децембра decembar decembra dhjetor detsember disyembre դեկտեմբերի gruodžio desembre",
	} {
		for _, name := range strings.Fields(spellings) {
			names[name] = month + 1
		}
	}
	return names
})
