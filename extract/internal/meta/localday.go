package meta

import (
	"time"
)

// localDay gives a UTC instant in the page's own zone when the page shows
// that zone: a zone-less date-time elsewhere in the page (JSON-LD, a meta,
// a <time>) with the same minutes and seconds fixes the offset. Failing
// that, a date alone that the page gives for its publication (the visible
// date's microdata, a date-only meta) or that its URL path carries, one day
// off the UTC date on the side of midnight a common zone reaches (the
// page's own calendar day), replaces it, as a date alone. No zone is
// guessed.
func (m *pageMeta) localDay(published string) string {
	t, err := time.Parse(time.RFC3339, published)
	if err != nil {
		return published
	}
	if _, off := t.Zone(); off != 0 {
		return published
	}
	cands := append(append([]string{}, m.LD.allPublished...), m.localTimes...)
	for _, k := range []string{"sailthru.date", "article:published_time", "datepublished", "pubdate", "publishdate", "date"} {
		cands = append(cands, m.metas[k]...)
	}
	naive := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
	for _, c := range cands {
		var lt time.Time
		ok := false
		for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02T15:04:05"} {
			if v, err := time.Parse(layout, c); err == nil {
				lt, ok = v, true
				break
			}
		}
		if !ok {
			continue
		}
		d := lt.Sub(naive)
		if d == 0 || d%(15*time.Minute) != 0 || d > 14*time.Hour || d < -12*time.Hour {
			continue
		}
		return t.In(time.FixedZone("", int(d/time.Second))).Format(time.RFC3339)
	}
	// A date alone that the page shows or declares for its publication
	// (microdata on the visible date, a date-only meta), else the URL's.
	days := []string{}
	for _, k := range []string{"datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued"} {
		days = append(days, m.metas[k]...)
	}
	days = append(append(days, m.LD.allPublished...), URLDate(m.pagePath()))
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	// A date alone on the UTC day is no evidence either way: CMSs cut
	// instants to their date.
	for _, u := range days {
		ud, err := time.Parse(time.DateOnly, u)
		if err != nil {
			continue
		}
		// only across a midnight a common zone can reach: the Americas
		// (to UTC-8) before it, Europe to Oceania (to UTC+10) after it
		if diff := ud.Sub(day); diff == 24*time.Hour && t.Hour() >= 14 || diff == -24*time.Hour && t.Hour() < 8 {
			return u
		}
	}
	return published
}
