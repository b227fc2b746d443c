package meta

import (
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/rx"
)

// Layouts that carry a time and its offset: formatted as RFC 3339.
var zonedLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -07:00",
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	time.RFC822Z,
	"Mon, Jan 2 2006 15:04:05 -0700",
	"Mon Jan 2 2006 15:04:05 GMT-0700", // JavaScript's Date.toString(), its "(zone name)" cut
}

// Layouts whose zone is a name: only GMT and UTC give a known offset.
var namedZoneLayouts = []string{time.RFC1123, "Mon, 2 Jan 2006 15:04:05 MST", "2006-01-02 15:04:05 MST", time.UnixDate}

// Layouts with a date but no offset: only the date is kept.
var dateLayouts = []string{
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"20060102",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
}

var rxISODate = rx.Compile(`^(\d{4})-(\d{2})-(\d{2})`)

// rxLooseInstant is an ISO 8601 instant that the strict layouts refuse:
// a one-digit hour, minute or second ("2020-12-05T23:15:0Z"), the basic
// format ("20200316T08:00:00Z"), an offset without its colon after a time
// without seconds ("2024-04-27T07:39+0200").
var rxLooseInstant = rx.Compile(`^((?:19|20)\d\d)-?(\d\d)-?(\d\d)[T ](\d{1,2}):?(\d{1,2})(?::?(\d{1,2})(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)$`)

// looseInstant reads such an instant, formatted as RFC 3339, or "".
func looseInstant(s string) string {
	g := rxLooseInstant.FindStringSubmatch(s)
	if g == nil {
		return ""
	}
	y, mo, d, h, mi, sec := atoi(g[1]), atoi(g[2]), atoi(g[3]), atoi(g[4]), atoi(g[5]), atoi(g[6])
	if calendarDate(y, mo, d) == "" || h > 23 || mi > 59 || sec > 59 {
		return ""
	}
	off := 0
	if z := strings.ReplaceAll(g[7], ":", ""); z != "Z" {
		off = (atoi(z[1:3])*60 + atoi(z[3:5])) * 60
		if z[0] == '-' {
			off = -off
		}
		if off > 14*3600 || off < -12*3600 {
			return ""
		}
	}
	return time.Date(y, time.Month(mo), d, h, mi, sec, 0, time.FixedZone("", off)).Format(time.RFC3339)
}

// normalizeDate formats a date per the contract: RFC 3339 when the time and
// its offset are known, YYYY-MM-DD when only the date is, "" otherwise. It
// never invents a zone.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if d := parseDate(s); d != "" && d[:4] >= minYear {
		return d
	}
	return ""
}

// minYear rejects placeholder dates such as 0001-01-01 that CMSs print for
// "unknown".
const minYear = "1900"

func parseDate(s string) string {
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, " ("); i > 0 {
			s = s[:i] // "… GMT+0000 (Coordinated Universal Time)"
		}
	}
	for _, layout := range zonedLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	for _, layout := range namedZoneLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if name, _ := t.Zone(); name == "GMT" || name == "UTC" {
				return t.UTC().Format(time.RFC3339)
			}
			return t.Format(time.DateOnly)
		}
	}
	if d := looseInstant(s); d != "" {
		return d
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	if m := rxISODate.FindStringSubmatch(s); m != nil {
		if t, err := time.Parse(time.DateOnly, m[0]); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

// textualDate reads a structured value (a meta's content, JSON-LD) that
// writes its date as a reader would rather than in a machine format:
// "12-15-2016", "07 أكتوبر 2020 - 12:09", "2019年3月5日". Only a short value
// holding one date is read, numeric orders by the page's language; the
// result is a date alone, its time and zone never guessed.
func textualDate(s, lang string) string {
	s = asciiDigits(strings.TrimSpace(s))
	if s == "" || len(s) > 80 {
		return ""
	}
	ds := findTextDates(s, lang)
	if len(ds) == 0 {
		return ""
	}
	for _, d := range ds[1:] {
		if d.Date != ds[0].Date {
			return "" // two dates in one value: which is meant is unknown
		}
	}
	return ds[0].Date
}

// asciiDigits turns the Arabic-Indic (٠-٩), Persian (۰-۹) and full-width
// (０-９) digits that pages write dates with into ASCII ones, for the date
// patterns, which read only ASCII digits. Text without them is returned
// as it is.
func asciiDigits(s string) string {
	if foreignDigitAt(s, 0) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '\u0660' && r <= '\u0669':
			return '0' + r - '\u0660'
		case r >= '\u06f0' && r <= '\u06f9':
			return '0' + r - '\u06f0'
		case r >= '\uff10' && r <= '\uff19':
			return '0' + r - '\uff10'
		}
		return r
	}, s)
}

// foreignDigitAt is the offset of the first such digit from i on, or -1: a
// byte scan, as it runs over every text node the date fallbacks read.
func foreignDigitAt(s string, i int) int {
	for ; i+1 < len(s); i++ {
		switch s[i] {
		case 0xD9: // U+0660-0669: D9 A0-A9
			if s[i+1] >= 0xA0 && s[i+1] <= 0xA9 {
				return i
			}
		case 0xDB: // U+06F0-06F9: DB B0-B9
			if s[i+1] >= 0xB0 && s[i+1] <= 0xB9 {
				return i
			}
		case 0xEF: // U+FF10-FF19: EF BC 90-99
			if i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
				return i
			}
		}
	}
	return -1
}

// dateIn is normalizeDate, then, for a value in no machine format, the
// date it writes as text.
func dateIn(s, lang string) string {
	if d := normalizeDate(s); d != "" {
		return d
	}
	return textualDate(s, lang)
}

// timeDate is the date a <time> element gives: its datetime attribute,
// unless the text it shows the reader is a full date of another day. Then
// the shown day wins, as a date alone: some CMSs fill datetime with the
// last edit or the server's clock, and a UTC instant's shown day is the
// page's own. A shown date that is the attribute's with day and month
// swapped is a numeric order misread, and the attribute stands.
func timeDate(e *html.Node, lang string) string {
	d := normalizeDate(dom.Attr(e, "datetime"))
	if d == "" {
		return ""
	}
	text := dom.TextOf(e)
	if len(text) > 120 {
		return d
	}
	shown := textualDate(dom.NormalizeSpace(text), lang)
	if shown == "" || shown == d[:10] || shown[:5]+shown[8:10]+"-"+shown[5:7] == d[:10] {
		return d
	}
	return shown
}

// updatedAsPublished: a page that states only when it was updated gets
// that date as its publication date too.
var updatedAsPublished = true
