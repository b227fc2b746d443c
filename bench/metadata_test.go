package main

import (
	"reflect"
	"testing"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Séisme au Maroc : le bilan s’alourdit": "seisme au maroc le bilan s alourdit",
		"  Covid-19 - what we   know ":          "covid 19 what we know",
		"Interview: „Wir brauchen mehr Mut“":    "interview wir brauchen mehr mut",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGradeField(t *testing.T) {
	site := "Coast Courier"
	label := metaLabel{Title: "Harbour reopens", Authors: []string{"Élodie Fabre", "Tom Roe"}, Published: "2024-03-05", SiteName: &site, Language: "en"}
	for _, tc := range []struct {
		field string
		got   metaAnswer
		ok    bool
	}{
		{"title", metaAnswer{Title: "HARBOUR reopens."}, true},
		{"title", metaAnswer{Title: "Harbour reopens | Coast Courier"}, false},
		{"published", metaAnswer{Published: "2024-03-05T23:30:00-05:00"}, true},
		{"published", metaAnswer{Published: "2024-03-06"}, false},
		{"authors", metaAnswer{Authors: []string{"tom roe", "Elodie Fabre"}}, true},
		{"authors", metaAnswer{Authors: []string{"Tom Roe"}}, false},
		{"site_name", metaAnswer{SiteName: "coast courier"}, true},
		{"language", metaAnswer{Language: "en-GB"}, true},
		{"language", metaAnswer{Language: "de"}, false},
	} {
		if _, _, ok, _ := gradeField(tc.field, tc.got, label); ok != tc.ok {
			t.Errorf("%s %+v: exact = %v, want %v", tc.field, tc.got, ok, tc.ok)
		}
	}
	empty := metaLabel{}
	if _, _, ok, _ := gradeField("authors", metaAnswer{Authors: []string{"Peter Maddox"}}, empty); ok {
		t.Error("an empty label must be matched only by an empty answer")
	}
	if _, _, _, labelled := gradeField("site_name", metaAnswer{SiteName: "X"}, empty); labelled {
		t.Error("an unlabelled site_name must not be graded")
	}
}

func TestSplitByline(t *testing.T) {
	for _, tc := range []struct {
		byline string
		want   []string
	}{
		{"By Ana García y Luis Pérez; Reuters", []string{"Ana García", "Luis Pérez", "Reuters"}},
		{"By Ann Lee, Bo Chan, and Cy Dee", []string{"Ann Lee", "Bo Chan", "Cy Dee"}}, // the serial comma
		{"Eva Roth, und Jan Kühn", []string{"Eva Roth", "Jan Kühn"}},
		{"Andy Anderson and Erna Ende", []string{"Andy Anderson", "Erna Ende"}}, // "and" inside a name is no conjunction
	} {
		if got := splitByline(tc.byline); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("splitByline(%q) = %q, want %q", tc.byline, got, tc.want)
		}
	}
}
