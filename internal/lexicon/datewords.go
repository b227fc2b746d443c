package lexicon

import (
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/pith-cli/pith/internal/rx"
)

var (
	dateWordPattern = (`jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|` +
		`januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|` +
		`enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|` +
		`gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|` +
		`января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря`)
	fillerWordPattern = (`mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|` +
		`montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|` +
		`lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|` +
		`maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|` +
		`понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|às|em|` +
		`published|updated|last|posted|on|at|am|pm|a\.m\.|p\.m\.|bst|gmt|utc|cet|cest|est|edt|pst|pdt|mez|mesz|` +
		`veröffentlicht|aktualisiert|um|uhr|publié|mis|à|jour|le|publicado|actualizado|el|a|las|de|del|pubblicato|aggiornato|il|alle|ore|` +
		`gepubliceerd|bijgewerkt|op|om|опубликовано|обновлено|в|г\.?|[|·•,–—-]|` +
		// Turkish, Polish, Czech, Slovak, Swedish, Danish and Norwegian,
		// Finnish, Hungarian, Romanian, Ukrainian, Greek and Croatian:
		// weekdays, then the labels and "at" words of a stamp.
		`pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|` +
		`pondělí|úterý|středa|čtvrtek|pátek|neděle|pondelok|utorok|streda|štvrtok|piatok|nedeľa|` +
		`måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag|` +
		`(maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)(na)?|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|` +
		`luni|marți|marţi|miercuri|joi|vineri|sâmbătă|sîmbătă|duminică|понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя|` +
		`δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|ponedjeljak|utorak|srijeda|četvrtak|petak|subota|nedjelja|` +
		`yayınlanma|yayınlandı|güncelleme|güncellendi|tarihi|saat|opublikowano|aktualizacja|zaktualizowano|publikacji|aktualizacji|o|godz\.?|r\.|` +
		`publikováno|zveřejněno|aktualizováno|aktualizace|v|ve|dne|publikované|uverejnené|aktualizované|aktualizácia|` +
		`publicerad|publicerat|uppdaterad|uppdaterat|publiceret|opdateret|publisert|oppdatert|kl\.?|den|julkaistu|päivitetty|klo|` +
		`publikálva|közzétéve|frissítve|publicat|actualizat|ora|la|опубліковано|оновлено|о|р\.|року|` +
		`δημοσιεύθηκε|δημοσιεύτηκε|ενημερώθηκε|στις|objavljeno|ažurirano|u|` +
		// Japanese, Chinese and Korean labels, and their a.m. and p.m.
		`午前|午後|上午|下午|오전|오후|公開日|更新日|投稿日|配信日|掲載日|公開|更新|投稿|配信|发布时间|發佈時間|發布時間|更新时间|更新時間|发布|發布|日期|` +
		`입력|수정|공개|게시|등록|작성|발행|업데이트|기사입력|최종수정`)
	// rxNumericDate is a full numeric date: 09.03.2024, 28/09/2024, 2024-03-09.
	rxNumericDate = rx.Compile(`^(\d{1,2})[./-](\d{1,2})[./-]\d{4}[,.]?$|^\d{4}-(\d{2})-(\d{2})(t[\d:.+z-]+)?[,.]?$|^\d{4}[./](\d{1,2})[./](\d{1,2})\.?,?$`)
	// rxCJKDate is a year, month and day in Chinese, Japanese or Korean.
	rxCJKDate = rx.Compile(`\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]`)
	// rxRelativeDate is a relative time stamp: "3 hours ago", "vor 2 Stunden",
	// "il y a 3 heures", "hace 2 horas", "há 2 horas", "2 ore fa", "2 uur
	// geleden", "2 часа назад".
	rxRelativeDate = rx.Compile(`(^|\s)(\d+ ?(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?) ago|` +
		`vor \d+ ?(sekunden|minuten|min\.?|stunden|std\.?|tagen|wochen|monaten|jahren)|` +
		`il y a \d+ ?(secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)|` +
		`(hace|há) \d+ ?(segundos?|minutos?|min|horas?|h|días?|dias?|semanas?|meses|mes|mês|años?|anos?)|` +
		`\d+ ?(secondi|minuti|min|ore|ora|giorni|giorno|settimane|mesi|mese|anni|anno) fa|` +
		`\d+ ?(seconden|minuten|min|uur|dagen|dag|weken|week|maanden|maand|jaar) geleden|` +
		`\d+ ?(секунд[а-яё]*|минут[а-яё]*|час[а-яё]*|дн[а-яё]*|день|недел[а-яё]*|месяц[а-яё]*|год[а-яё]*|лет) назад)([\s,.·|]|$)`)
)

// LooksLikeDate reports whether a short line is a date stamp in one of many
// languages: date words and numbers, with at most one other word. A full
// numeric date (09.03.2024, 2024-03-09, 2024.04.20) or a Chinese, Japanese
// or Korean one written as one word (2024年4月20日) counts as two date words,
// so it may stand alone; a relative stamp ("3 hours ago", "vor 2 Stunden")
// is a date too, with the same allowance for other words. A month's name in
// the languages only MonthNames knows counts when a number stands next to
// it ("20 Nisan 2026", "3 maja 2024"): some of those names are words or
// first names elsewhere (Marta, Marco, sie, out).
func LooksLikeDate(text string) bool {
	text = strings.ToLower(text) // rxRelativeDate is lower case: cheaper to compile than (?i)
	dateWords, other := 0, 0
	// Every relative stamp holds a number: a line without one skips the
	// pattern, the costliest step here.
	if strings.ContainsAny(text, "0123456789") {
		if loc := rxRelativeDate.FindStringIndex(text); loc != nil {
			dateWords = 2
			text = text[:loc[0]] + " " + text[loc[1]:]
		}
	}
	fields := strings.Fields(text)
	numberAt := func(i int) bool { return i >= 0 && i < len(fields) && strings.ContainsAny(fields[i], "0123456789") }
	for i, f := range fields {
		switch {
		case isNumericDate(f) || isCJKDate(f):
			dateWords += 2
		case strings.ContainsAny(f, "0123456789") || isDateWord(f):
			dateWords++
		case isFillerWord(f):
		case (numberAt(i-1) || numberAt(i+1)) && isMonthName(f):
			dateWords++
		default:
			other++
		}
	}
	return dateWords >= 2 && other <= 1
}

// isDateWord reports a month name, any case, with a "." or "," after it:
// one of dateWordPattern's spellings, generated ahead of time into
// wording_tables.go (see spelledWords).
func isDateWord(w string) bool {
	w = strings.TrimSuffix(strings.ToLower(w), ",")
	return hasWord(GeneratedWordingTables.DateWords, strings.TrimSuffix(w, "."))
}

// isMonthName reports a lower-case word of MonthNames, with a "." or ","
// after it.
func isMonthName(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, ","), ".")
	return MonthNames()[w] > 0
}

// isCJKDate reports a word holding a year, month and day written with 年月日
// or 년월일 and at most a few other letters: a label glued to it
// ("公開日：2024年4月20日") or a weekday after it ("(土)"). A sentence that
// starts with a date is one word too, in these languages, and keeps its
// letters.
func isCJKDate(w string) bool {
	if !strings.ContainsAny(w, "年년") || !strings.ContainsAny(w, "0123456789") {
		return false
	}
	loc := rxCJKDate.FindStringIndex(w)
	if loc == nil {
		return false
	}
	letters := 0
	for _, r := range w[:loc[0]] + w[loc[1]:] {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= 4
}

// isFillerWord reports a weekday or another word a date line may carry
// ("Published", "at", "GMT", "Uhr", "|"), any case, with a "," or ":" after
// it: one of fillerWordPattern's spellings.
func isFillerWord(w string) bool {
	w = strings.ToLower(w)
	if hasWord(GeneratedWordingTables.FillerWords, w) {
		return true // "," itself is a filler
	}
	if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ":") {
		w = w[:len(w)-1]
	}
	return hasWord(GeneratedWordingTables.FillerWords, w)
}

// hasWord reports whether the sorted words hold w.
func hasWord(words []string, w string) bool {
	_, ok := slices.BinarySearch(words, w)
	return ok
}

// spelledWords lists the texts a finite pattern matches, sorted and once
// each: what isDateWord and isFillerWord look words up in.
func spelledWords(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		panic("pattern " + pattern + ": " + err.Error())
	}
	words := spellOut(re)
	slices.Sort(words)
	return slices.Compact(words)
}

// isNumericDate reports whether a word is a full numeric date with its day
// and month in range, either way round (28/09/2024, 09/28/2024), or after
// its year (2024-03-09, 2024.03.09, 2024/03/09).
func isNumericDate(word string) bool {
	m := rxNumericDate.FindStringSubmatch(strings.ToLower(word))
	if m == nil {
		return false
	}
	for _, g := range [][2]string{{m[3], m[4]}, {m[6], m[7]}} { // yyyy-mm-dd, yyyy.mm.dd, yyyy/mm/dd
		if g[0] != "" {
			month, _ := strconv.Atoi(g[0])
			day, _ := strconv.Atoi(g[1])
			return month >= 1 && month <= 12 && day >= 1 && day <= 31
		}
	}
	x, _ := strconv.Atoi(m[1])
	y, _ := strconv.Atoi(m[2])
	return x >= 1 && y >= 1 && x <= 31 && y <= 31 && (x <= 12 || y <= 12)
}
