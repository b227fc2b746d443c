package lexicon

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// NewsAgencies are news agencies' short names, lower case: a byline in
// their own right, often written in lower case ("dpa", "sid"), and a
// credit under a picture ("Foto: ANP/Name"). Metadata reads them as
// authors; the text renderer reads them in picture credits.
var NewsAgencies = map[string]bool{
	"dpa": true, "afp": true, "ap": true, "sid": true, "epd": true, "kna": true, "apa": true, "dts": true,
	"ots": true, "ddp": true, "reuters": true, "efe": true, "ansa": true, "anp": true, "belga": true,
	"tass": true, "ria": true, "upi": true, "pap": true, "ips": true, "ats": true, "sda": true, "ctk": true,
	"tt": true, "ntb": true, "ritzau": true, "stt": true, "kyodo": true, "xinhua": true, "europa press": true,
	"interfax": true, "тасс": true, "риа новости": true, "интерфакс": true, "укринформ": true,
}

// NewsAgencyAlternatives is NewsAgencies as the alternatives of a regular
// expression, longest first: an ASCII name between word boundaries, a
// Cyrillic one as it stands (\b knows ASCII letters only).
func NewsAgencyAlternatives() string {
	names := make([]string, 0, len(NewsAgencies))
	for n := range NewsAgencies {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if d := len(b) - len(a); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	for i, n := range names {
		if q := regexp.QuoteMeta(n); utf8.RuneCountInString(n) == len(n) {
			names[i] = `\b` + q + `\b`
		} else {
			names[i] = q
		}
	}
	return strings.Join(names, "|")
}
