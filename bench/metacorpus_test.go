package main

import (
	"strings"
	"testing"
)

func TestCorpusGrades(t *testing.T) {
	for _, tc := range []struct{ got, want, grade string }{
		{"Nach Kalifat-Rufen: Sind wir zu sanft?", "nach kalifat rufen sind wir zu sanft", "right"},
		{"ＴＥＳＴ Title", "test title", "right"}, // NFKC
		{"Café", "Cafe", "wrong"},             // diacritics count
		{"", "Title", "none"},
		{"Title | Site", "Title", "wrong"},
		{"Ein bisschen Fortschritt", "Ein bisschen Fortschritt\u200b", "right"}, // a zero-width space
		{"Helikopterlandeplatz", "Helikopter\u00adlandeplatz", "right"},         // a soft hyphen joins, it does not split
		{"Helikopter landeplatz", "Helikopter\u00adlandeplatz", "wrong"},
	} {
		if g := gradeTitle(tc.got, tc.want); g != tc.grade {
			t.Errorf("gradeTitle(%q, %q) = %s, want %s", tc.got, tc.want, g, tc.grade)
		}
	}
	for _, tc := range []struct {
		got, want string
		oneDay    bool
		grade     string
	}{
		{"2024-05-03T17:47:42+02:00", "2024-05-03T15:47:42.389000+00:00", false, "right"},
		{"2024-05-02", "2024-05-03", false, "wrong"},
		{"2016-12-08", "2016-12-09T09:13:00.000Z", true, "right"},
		{"2016-12-10T00:00:00+09:00", "2016-12-09T15:00:00.000Z", true, "right"},
		{"2016-12-11", "2016-12-09T15:00:00.000Z", true, "wrong"},
		{"", "2016-12-09", true, "none"},
	} {
		if g := gradeDate(tc.got, tc.want, tc.oneDay); g != tc.grade {
			t.Errorf("gradeDate(%q, %q, %v) = %s, want %s", tc.got, tc.want, tc.oneDay, g, tc.grade)
		}
	}
	for _, tc := range []struct {
		got, want       []string
		grade           string
		values, matched int
	}{
		{[]string{"Birgit Baumann", "anna giulia fink"}, []string{"Birgit Baumann", "Anna Giulia Fink"}, "right", 2, 2},
		{[]string{"Birgit Baumann", "Wirtschaft"}, []string{"Birgit Baumann"}, "right", 2, 1}, // all found; one wrong value
		{[]string{"Birgit Baumann"}, []string{"Birgit Baumann", "Jan Marchart"}, "wrong", 1, 1},
		{[]string{"Publiziert am"}, []string{"Jan Marchart"}, "wrong", 1, 0},
		{nil, []string{"Jan Marchart"}, "none", 0, 0},
		// postlight: one byline string.
		{[]string{"Ann Lee", "Bo Chan"}, []string{"By Ann Lee and Bo Chan"}, "right", 2, 2},
		// A list from the source is not split: "Lee, Ann" is one name.
		{[]string{"Lee", "Ann"}, []string{"Lee, Ann"}, "wrong", 2, 0},
		// A value that leaves out the label, the outlet or the title the
		// source keeps names the right writer: not a wrong value, though
		// the whole expected name is still not found.
		{[]string{"後藤大地"}, []string{"著者：後藤大地"}, "wrong", 1, 1},
		{[]string{"田中宏昌"}, []string{"[田中宏昌，ITmedia]"}, "wrong", 1, 1},
		{[]string{"Ann Lee", "Bo Chan"}, []string{"By Ann Lee / Desk, Bo Chan"}, "wrong", 2, 2},
		{[]string{"Max Kolter"}, []string{"Dr. Max Kolter"}, "wrong", 1, 1},
		{[]string{"AFP"}, []string{"La Gazette et AFP"}, "wrong", 1, 1},
		{[]string{"Ann Roe"}, []string{"Politik · Ann Lee"}, "wrong", 1, 0},
		{[]string{"Lee"}, []string{"Ann Lee"}, "wrong", 1, 0}, // a part of a name is no piece
		{[]string{"著者"}, []string{"著者：後藤大地"}, "wrong", 1, 0},  // the label is no piece
		{[]string{"Text"}, []string{"Text: Ann Lee"}, "wrong", 1, 0},
	} {
		g, v, m := gradeAuthors(tc.got, tc.want, len(tc.want) == 1 && strings.HasPrefix(tc.want[0], "By "))
		if g != tc.grade || v != tc.values || m != tc.matched {
			t.Errorf("gradeAuthors(%q, %q) = %s %d/%d, want %s %d/%d", tc.got, tc.want, g, m, v, tc.grade, tc.matched, tc.values)
		}
	}
}

func TestTallyCountsWrongApartFromNone(t *testing.T) {
	p := page{HasTitle: true, Title: "A title", HasAuthor: true, Authors: []string{"Ann Lee"}, HasDate: true, Published: "2024-01-02"}
	outs := []metaOutcome{
		gradeCorpusPage("x", p, metaAnswer{Title: "A title", Authors: []string{"Ann Lee"}, Published: "2024-01-02"}),
		gradeCorpusPage("x", p, metaAnswer{Title: "Other", Authors: []string{"Posted"}, Published: "2024-01-03"}),
		gradeCorpusPage("x", p, metaAnswer{}),
		gradeCorpusPage("x", page{HasAuthor: true}, metaAnswer{Authors: []string{"Site"}}), // asserted: no author
	}
	row := tally("pith", "all", "", outs, []int{0, 1, 2, 3}, corpusMetaFields)
	for _, f := range corpusMetaFields {
		tl := row.Fields[f]
		if tl.Labelled != 3 || tl.Right != 1 || tl.Wrong != 1 || tl.None != 1 || !near(tl.Accuracy, 1.0/3) {
			t.Errorf("%s: %+v, want 3 labelled, 1 right, 1 wrong, 1 none", f, *tl)
		}
	}
	if a := row.Fields["authors"]; a.Values != 3 || a.Matched != 1 || !near(a.Precision, 1.0/3) {
		t.Errorf("author precision: %+v, want 1 of 3 values", *a)
	}
}
