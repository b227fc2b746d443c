package meta

import (
	"strings"
	"time"

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
}

// Layouts whose zone is a name: only GMT and UTC give a known offset.
var namedZoneLayouts = []string{time.RFC1123, "Mon, 2 Jan 2006 15:04:05 MST", "2006-01-02 15:04:05 MST"}

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
