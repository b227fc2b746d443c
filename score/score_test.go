package score

import (
	"math"
	"reflect"
	"testing"
)

func TestShingles(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"Hi there", map[string]int{"Hi there": 1}}, // shorter than four tokens: one shingle
		{"a b c d e", map[string]int{"a b c d": 1, "b c d e": 1}},
		{"a b c d a b c d", map[string]int{"a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1}},
		{"Grüße, naïve café — 東京 2020!", map[string]int{"Grüße naïve café 東京": 1, "naïve café 東京 2020": 1}},
		{"snake_case stays, one-token? no", map[string]int{"snake_case stays one token": 1, "stays one token no": 1}},
	} {
		if got := Shingles(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Shingles(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestCompare(t *testing.T) {
	for _, tc := range []struct {
		name, truth, pred string
		want              Counts
		p, r, f1          float64
	}{
		{"identical", "one two three four five", "one two three four five", Counts{TP: 2}, 1, 1, 1},
		// truth shingles: "a b c d", "b c d e"; predicted adds "c d e f".
		{"extra text", "a b c d e", "a b c d e f", Counts{TP: 2, FP: 1}, 2.0 / 3, 1, 0.8},
		{"missing text", "a b c d e f", "a b c d", Counts{TP: 1, FN: 2}, 1, 1.0 / 3, 0.5},
		{"empty prediction", "a b c d", "", Counts{FN: 1, Empty: true}, 0, 0, 0},
		{"case counts", "Hi there", "hi there", Counts{FP: 1, FN: 1}, 0, 0, 0},
		{"repeated shingles", "x y z w x y z w", "x y z w", Counts{TP: 1, FN: 4}, 1, 0.2, 1.0 / 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Compare(tc.truth, tc.pred)
			if got != tc.want {
				t.Errorf("Compare = %+v, want %+v", got, tc.want)
			}
			for _, m := range []struct {
				name      string
				got, want float64
			}{{"precision", got.Precision(), tc.p}, {"recall", got.Recall(), tc.r}, {"F1", got.F1(), tc.f1}} {
				if math.Abs(m.got-m.want) > 1e-9 {
					t.Errorf("%s = %v, want %v", m.name, m.got, m.want)
				}
			}
		})
	}
}

// A one-word edit in a long text keeps F1 high: only the shingles that
// touch the word are lost: 29 tokens give 26 shingles, 4 of them touch it.
func TestCompareSmallEditInLongText(t *testing.T) {
	truth := "The harbour at Kelmouth reopened to fishing boats on Monday morning, four days after a winter storm tore loose two pontoons and sank a small ferry at its mooring."
	edited := "The harbour at Kelmouth reopened to fishing boats on Tuesday morning, four days after a winter storm tore loose two pontoons and sank a small ferry at its mooring."
	c := Compare(truth, edited)
	if c.TP != 22 || c.FP != 4 || c.FN != 4 {
		t.Errorf("Compare = %+v, want TP 22, FP 4, FN 4", c)
	}
	if f1 := c.F1(); math.Abs(f1-22.0/26) > 1e-9 {
		t.Errorf("F1 = %v, want %v", f1, 22.0/26)
	}
}
