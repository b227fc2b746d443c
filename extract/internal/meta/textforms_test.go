package meta

import "testing"

// Month names in more languages, and the year-first order of Hungarian
// and Lithuanian.
func TestMoreMonthNames(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"id", "Kamis, 19 Agustus 2021 | 14:20 WIB", "2021-08-19"},
		{"ms", "5 Disember 2019", "2019-12-05"},
		{"sv", "Publicerad 3 augusti 2021", "2021-08-03"},
		{"da", "12. marts 2020", "2020-03-12"},
		{"no", "1. desember 2018", "2018-12-01"},
		{"fi", "15. elokuuta 2020 klo 9.30", "2020-08-15"},
		{"ro", "24 noiembrie 2020, 08:15", "2020-11-24"},
		{"el", "Τετάρτη, 2 Ιουνίου 2021", "2021-06-02"},
		{"bg", "7 октомври 2019", "2019-10-07"},
		{"hr", "3. svibnja 2017.", "2017-05-03"},
		{"sr", "14. септембра 2016.", "2016-09-14"},
		{"sq", "9 qershor 2022", "2022-06-09"},
		{"ca", "Dimarts, 15 de març de 2022", "2022-03-15"},
		{"et", "21. veebruar 2023", "2023-02-21"},
		{"hu", "2021. március 5. 10:42", "2021-03-05"},
		{"hu", "2019. szept. 30.", "2019-09-30"},
		{"lt", "2020 m. liepos 7 d.", "2020-07-07"},
		// a year that ends a sentence, then a number: no date
		{"en", "It closed in 2019. March 5 people applied", ""},
		{"hu", "2019. március", ""},
	} {
		got := ""
		if m := findTextDates(tc.text, tc.lang); len(m) > 0 {
			got = m[0].Date
		}
		if got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// A slashed two-digit year is a date on a line of its own or before a
// time, in the page's numeric order; among other numbers it is none.
func TestShortSlashedYear(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"en", "8/17/13 11:04am", "2013-08-17"},
		{"en", "Posted 3/4/21 at 9:15 PM", "2021-03-04"},
		{"en-GB", "03/04/21 09:15", "2021-04-03"},
		{"fr", "17/08/13 à 10h30", "2013-08-17"},
		{"es", "\n05/11/19\n", "2019-11-05"},
		{"en", "12/24/98\n", "1998-12-24"},
		{"en", "He went 3/4/21 from the line in the final quarter", ""},
		{"en", "Ratios of 1/2/13 were tested", ""},
		{"de", "Spielstand 2/3/14 nach dem ersten Drittel", ""},
	} {
		got := ""
		if m := findTextDates(tc.text, tc.lang); len(m) > 0 {
			got = m[0].Date
		}
		if got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}
