package meta

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/pith-cli/pith/internal/lexicon"
	"github.com/pith-cli/pith/internal/rx"
)

// monthNames maps a lower-cased month name or abbreviation to the month's
// number (see lexicon.MonthNames).
var monthNames = lexicon.MonthNames

// month is where the date patterns take a month's name: any word, looked
// up in monthNames afterwards. Spelling the hundred-odd names out in the
// patterns made each a large compilation, paid by every process.
const month = `(\pL+)\.?`

var (
	rxDayMonthYear = rx.Compile(`(?:^|[^\pL\d])(\d{1,2})(?:st|nd|rd|th|er|º|°)?(?:\.\s*|\s+|-)(?:of\s+|de\s+)?` + month + `(?:,?\s+|-)?(?:de\s+|del\s+)?(\d{4})(?:[^\d]|$)`)
	rxMonthDayYear = rx.Compile(`(?:^|[^\pL\d])` + month + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[^\d]|$)`)
	rxYearFirst    = rx.Compile(`(?:^|[^\d])((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:[^\d]|$)`)
	rxYearNamed    = rx.Compile(`(?:^|[^\d])((?:19|20)\d\d)(?:\.|\s+m\.)\s*` + month + `\s*(\d{1,2})(?:\.|\s*d\.|-)`)
	rxYearSpaced   = rx.Compile(`(?:^|[^\d])((?:19|20)\d\d)\. (\d{1,2})\. (\d{1,2})\.`)
	rxDaySpaced    = rx.Compile(`(?:^|[^\d.])(\d{1,2})\. (\d{1,2})\. ((?:19|20)\d\d)(?:[^\d]|$)`)
	rxYearCJK      = rx.Compile(`((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)
	rxEraCJK       = rx.Compile(`(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	rxShortYear    = rx.Compile(`(?:^|[^\d/.-])(\d{1,2})\.(\d{1,2})\.(\d\d)(?:[^\d.]|\.\s|\.$|$)`)
	rxShortSlashed = rx.Compile(`(?:^|[^\d/.-])(\d{1,2})/(\d{1,2})/(\d\d)(?:[^\d/]|$)`)
	rxTimeNext     = rx.Compile(`^[\s,|·•-]*(?:at\s+|um\s+|à\s+|a las\s+)?\d{1,2}[:h.]\d\d`)
	rxYearLast     = rx.Compile(`(?:^|[^\d/.-])(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)(?:[^\d]|$)`)
)

// dateMatch is one date found in visible text, with where it starts.
type dateMatch struct {
	Date  string // YYYY-MM-DD
	start int
}

// rxYear is a quick test: a text without a year has no date.
var rxYear = rx.Compile(`(?:19|20)\d\d`)

// findTextDates finds the calendar dates written in text: "15 August
// 2020", "August 15, 2020", "15. August 2020", "15 de agosto de 2020",
// "15 августа 2020", "2020-08-15", "2020年8月15日", "令和2年8月15日", "2020. 8.
// 15." and numeric forms. A numeric day and
// month are read month first only for English outside Britain (lang ""
// counts as such), else day first, unless one of them is over 12; dotted
// dates are day first everywhere, and a two-digit year is read on an
// English page only as a date line of its own. Dates
// are returned in the order they appear, with their offsets in the
// lower-cased text.
func findTextDates(text, lang string) []dateMatch {
	era := strings.Contains(text, "令和") || strings.Contains(text, "平成")
	jalali := jalaliDates(text, lang)
	slashed := shortSlashedAt(text)
	if !era && jalali == nil && !slashed && !rxYear.MatchString(text) && !rxShortYear.MatchString(text) {
		return nil
	}
	text = strings.ToLower(text) // the month patterns are lower case: cheaper than (?i)
	out := jalali
	add := func(start, y, m, d int) {
		if s := calendarDate(y, m, d); s != "" {
			out = append(out, dateMatch{s, start})
		}
	}
	for _, g := range rxDayMonthYear.FindAllStringSubmatchIndex(text, -1) {
		add(g[2], atoi(text[g[6]:g[7]]), monthNames()[text[g[4]:g[5]]], atoi(text[g[2]:g[3]])) // not a month: 0, no date
	}
	for _, g := range rxMonthDayYear.FindAllStringSubmatchIndex(text, -1) {
		add(g[2], atoi(text[g[6]:g[7]]), monthNames()[text[g[2]:g[3]]], atoi(text[g[4]:g[5]]))
	}
	for _, g := range rxYearFirst.FindAllStringSubmatchIndex(text, -1) {
		add(g[2], atoi(text[g[2]:g[3]]), atoi(text[g[4]:g[5]]), atoi(text[g[6]:g[7]]))
	}
	// Hungarian and Lithuanian put the year first before a month's name:
	// "2021. március 5.", "2021 m. kovo 5 d.". The year's dot or "m.", and
	// the day's dot or "d.", tell them from a year that ends a sentence.
	for _, g := range yearNamedMatches(text) {
		add(g[2], atoi(text[g[2]:g[3]]), monthNames()[text[g[4]:g[5]]], atoi(text[g[6]:g[7]]))
	}
	// Korean writes "2019. 3. 5.": a dot after each part, the last one
	// too, which a sentence that ends on a year and goes on with numbers
	// does not.
	if strings.Contains(text, ". ") {
		for _, g := range rxYearSpaced.FindAllStringSubmatchIndex(text, -1) {
			add(g[2], atoi(text[g[2]:g[3]]), atoi(text[g[4]:g[5]]), atoi(text[g[6]:g[7]]))
		}
		// Czech, Slovak and some German pages space a dotted date:
		// "12. 3. 2021", day first as every dotted date.
		for _, g := range rxDaySpaced.FindAllStringSubmatchIndex(text, -1) {
			add(g[2], atoi(text[g[6]:g[7]]), atoi(text[g[4]:g[5]]), atoi(text[g[2]:g[3]]))
		}
	}
	for _, g := range rxYearCJK.FindAllStringSubmatchIndex(text, -1) {
		add(g[2], atoi(text[g[2]:g[3]]), atoi(text[g[4]:g[5]]), atoi(text[g[6]:g[7]]))
	}
	// Japan's era years: 令和 began in 2019 (its first year 元年), 平成 in
	// 1989.
	if era {
		for _, g := range rxEraCJK.FindAllStringSubmatchIndex(text, -1) {
			y := 1
			if n := text[g[4]:g[5]]; n != "元" {
				y = atoi(n)
			}
			if text[g[2]:g[3]] == "令和" {
				y += 2018
			} else {
				y += 1988
			}
			add(g[2], y, atoi(text[g[6]:g[7]]), atoi(text[g[8]:g[9]]))
		}
	}
	// "8.5.12", "30.10.23": day, month, a two-digit year of this century.
	// Dots put the day first in every language that writes them, but on a
	// month-first (English) page such a form is as often a version number
	// ("1.2.19"), so there it counts only as a line of its own, a date line.
	for _, g := range rxShortYear.FindAllStringSubmatchIndex(text, -1) {
		if monthFirst(lang) && strings.TrimSpace(lineAt(text, g[2])) != text[g[2]:g[7]] {
			continue
		}
		add(g[2], 2000+atoi(text[g[6]:g[7]]), atoi(text[g[4]:g[5]]), atoi(text[g[2]:g[3]]))
	}
	// "8/17/13 11:04am", "17/08/13 à 10h30": a slashed two-digit year,
	// read in the page's order, only as a line of its own or before a
	// time: elsewhere two slashes join many other numbers (scores, ratios,
	// fractions).
	if slashed {
		for _, g := range rxShortSlashed.FindAllStringSubmatchIndex(text, -1) {
			if strings.TrimSpace(lineAt(text, g[2])) != text[g[2]:g[7]] && !rxTimeNext.MatchString(text[g[7]:]) {
				continue
			}
			a, b := atoi(text[g[2]:g[3]]), atoi(text[g[4]:g[5]])
			day, month := a, b
			if monthFirst(lang) && a <= 12 || b > 12 {
				day, month = b, a
			}
			y := 2000 + atoi(text[g[6]:g[7]])
			if y >= 2069 {
				y -= 100 // POSIX's pivot for two-digit years: 69-99 are the 1900s
			}
			add(g[2], y, month, day)
		}
	}
	for _, g := range rxYearLast.FindAllStringSubmatchIndex(text, -1) {
		a, b, y := atoi(text[g[2]:g[3]]), atoi(text[g[4]:g[5]]), atoi(text[g[6]:g[7]])
		day, month := a, b
		dotted := text[g[3]] == '.' // "03.05.2013" is day first in every language that writes dots
		if (monthFirst(lang) && !dotted && a <= 12) || b > 12 {
			day, month = b, a
		}
		add(g[2], y, month, day)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// shortSlashedAt reports, by a byte scan, whether text holds a digit, a
// slash, one or two digits, a slash and two digits ("8/17/13"): the test
// before rxShortSlashed, as most texts with slashes hold other things.
func shortSlashedAt(text string) bool {
	digit := func(i int) bool { return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9' }
	for i := strings.IndexByte(text, '/'); i >= 0; {
		if digit(i-1) && digit(i+1) {
			j := i + 2
			if digit(j) {
				j++
			}
			if j < len(text) && text[j] == '/' && digit(j+1) && digit(j+2) && !digit(j+3) {
				return true
			}
		}
		k := strings.IndexByte(text[i+1:], '/')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// yearNamedMatches runs rxYearNamed only where a year is followed by a
// dot or " m.", the year-first orders' mark, found by a byte scan.
func yearNamedMatches(text string) [][]int {
	for i := 0; i+4 < len(text); i++ {
		if (text[i] == '1' && text[i+1] == '9' || text[i] == '2' && text[i+1] == '0') &&
			text[i+2] >= '0' && text[i+2] <= '9' && text[i+3] >= '0' && text[i+3] <= '9' &&
			(text[i+4] == '.' || strings.HasPrefix(text[i+4:], " m.")) {
			return rxYearNamed.FindAllStringSubmatchIndex(text, -1)
		}
	}
	return nil
}

// monthFirst reports whether numeric dates in lang put the month first.
func monthFirst(lang string) bool {
	lang = strings.ToLower(lang)
	return lang == "" || lang == "en" || lang == "en-us" || lang == "en_us"
}

func calendarDate(y, m, d int) string {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// rxURLDate finds a full date in a URL path: /2020/08/15/, /2020-08-15/,
// /20200815/.
var rxURLDate = rx.Compile(`/((?:19|20)\d\d)(?:/(\d{1,2})/(\d{1,2})|-(\d{2})-(\d{2})|(\d{2})(\d{2}))(?:[/._-]|$)`)

// URLDate returns the date in a page URL's path, or "".
func URLDate(path string) string {
	g := rxURLDate.FindStringSubmatch(path)
	if g == nil {
		return ""
	}
	for i := 2; i+1 < len(g); i += 2 {
		if g[i] != "" {
			return calendarDate(atoi(g[1]), atoi(g[i]), atoi(g[i+1]))
		}
	}
	return ""
}

// Words that label a date as the publication or as an update, in the
// languages of the month names and in Korean, Swedish, Norwegian, Danish
// and Indonesian. A noun for the publication labels a date only before a
// colon ("Date de publication :", "Fecha de publicación:",
// "Veröffentlichungsdatum:"): in prose it tells of another text's
// ("since the report's publication on 3 May").
var (
	rxPublishedLabel = rx.Compile(`(?i)(published|posted|publish\s+date|(?:publication|publicación|publicacion|publicação|veröffentlichung|pubblicazione|publicatie|publikacji|publikation)(?:s?datum|\s+date)?\s*:|publié|mis en ligne|paru le|publicado|publicada|veröffentlicht|publiziert|erschienen|erscheinungsdatum|erstellt(?:\s+am|:)|eingestellt\s+am|geschrieben\s+am|gepostet|pubblicato|gepubliceerd|opublikowano|dodano|опубликовано|опубліковано|yayınlanma|yayınlandı|yayın tarihi|publikováno|zveřejněno|publicerad|publisert|publiceret|diterbitkan|입력|등록일|تاريخ النشر|نشر في|منتشر شده|公開日|投稿日|掲載日|配信日|配信開始日|発行日|発売日|作成日|公開|投稿|掲載|发布|發布|发表|發表)`)
	rxUpdatedLabel   = rx.Compile(`(?i)(updated|update|modified|modifié|modification|modificación|modificado|ultima modifica|mis à jour|zuletzt geändert|letzte änderung|(?:^|[^\pL])stand(?:\s*:|\s+vom)|gewijzigd|zmodyfikowano|modyfikacja|actualizado|actualizada|aktualisiert|atualizado|atualizada|aggiornato|bijgewerkt|zaktualizowano|aktualizacja|обновлено|изменено|оновлено|güncelleme|güncellendi|güncellenme|aktualizováno|uppdaterad|oppdatert|opdateret|diperbarui|수정|업데이트|تحديث|به‌روزرسانی|بروزرسانی|更新)`)
)

// dateKind tells how the words before a date label it.
type dateKind int

const (
	plainDate dateKind = iota
	publishedDate
	updatedDate
)

// labelBefore reads the label nearest before a date: the last of the
// published and updated words in the text before it.
func labelBefore(before string) dateKind {
	p := rxPublishedLabel.FindAllStringIndex(before, -1)
	u := rxUpdatedLabel.FindAllStringIndex(before, -1)
	switch {
	case p == nil && u == nil:
		return plainDate
	case u == nil:
		return publishedDate
	case p == nil:
		return updatedDate
	case p[len(p)-1][0] > u[len(u)-1][0]:
		return publishedDate
	}
	return updatedDate
}

// Persian pages date by the Solar Hijri calendar: "۲ تیر ۱۳۹۹" (digits
// made ASCII before), "1399/04/02" on a page in Persian.
var (
	rxJalaliNamed   = rx.Compile(`(?:^|[^\pL\d])(\d{1,2})\s+(\pL+)\s+(1[34]\d\d)(?:[^\d]|$)`)
	rxJalaliNumeric = rx.Compile(`(?:^|[^\d/])(1[34]\d\d)/(\d{1,2})/(\d{1,2})(?:[^\d/]|$)`)
	rxJalaliYear    = rx.Compile(`1[34]\d\d`)
)

// jalaliMonths are the Solar Hijri months, spelt with the Persian yeh and
// keheh (Arabic ي and ك are mapped to them before the lookup).
var jalaliMonths = map[string]int{"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
	"شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12}

// jalaliDates finds Solar Hijri dates and gives them as Gregorian ones.
func jalaliDates(text, lang string) []dateMatch {
	if !rxJalaliYear.MatchString(text) {
		return nil
	}
	var out []dateMatch
	add := func(start, jy, jm, jd int) {
		if jm < 1 || jm > 12 || jd < 1 || jd > 31 || jm > 6 && jd > 30 {
			return
		}
		y, m, d := jalaliToGregorian(jy, jm, jd)
		if s := calendarDate(y, m, d); s != "" {
			out = append(out, dateMatch{s, start})
		}
	}
	for _, g := range rxJalaliNamed.FindAllStringSubmatchIndex(text, -1) {
		name := strings.NewReplacer("ي", "ی", "ك", "ک").Replace(text[g[4]:g[5]])
		if m := jalaliMonths[name]; m != 0 {
			add(g[2], atoi(text[g[6]:g[7]]), m, atoi(text[g[2]:g[3]]))
		}
	}
	if strings.HasPrefix(strings.ToLower(lang), "fa") {
		for _, g := range rxJalaliNumeric.FindAllStringSubmatchIndex(text, -1) {
			add(g[2], atoi(text[g[2]:g[3]]), atoi(text[g[4]:g[5]]), atoi(text[g[6]:g[7]]))
		}
	}
	return out
}

// jalaliToGregorian converts a Solar Hijri date by the arithmetic
// (33-year cycle) calendar, exact for the years pages carry.
func jalaliToGregorian(jy, jm, jd int) (int, int, int) {
	jy += 1595
	days := -355668 + 365*jy + jy/33*8 + (jy%33+3)/4 + jd
	if jm < 7 {
		days += (jm - 1) * 31
	} else {
		days += (jm-7)*30 + 186
	}
	gy := 400 * (days / 146097)
	days %= 146097
	if days > 36524 {
		days--
		gy += 100 * (days / 36524)
		days %= 36524
		if days >= 365 {
			days++
		}
	}
	gy += 4 * (days / 1461)
	days %= 1461
	if days > 365 {
		gy += (days - 1) / 365
		days = (days - 1) % 365
	}
	gd := days + 1
	gm := 1
	for ; gm < 12 && gd > daysIn(gy, gm); gm++ {
		gd -= daysIn(gy, gm)
	}
	return gy, gm, gd
}
