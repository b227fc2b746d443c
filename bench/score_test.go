package main

import (
	"math"
	"testing"
)

func TestScore(t *testing.T) {
	for _, tc := range []struct {
		name, truth, pred string
		want              pageScore
		p, r              float64
	}{
		{"identical", "one two three four five", "one two three four five", pageScore{TP: 2}, 1, 1},
		// truth shingles: "a b c d", "b c d e"; predicted adds "c d e f".
		{"extra boilerplate", "a b c d e", "a b c d e f", pageScore{TP: 2, FP: 1}, 2.0 / 3, 1},
		{"missing text", "a b c d e f", "a b c d", pageScore{TP: 1, FN: 2}, 1, 1.0 / 3},
		{"empty prediction", "a b c d", "", pageScore{FN: 1, Empty: true}, 0, 0},
		{"short texts", "Hi there", "hi there", pageScore{FP: 1, FN: 1}, 0, 0}, // case counts, as in the benchmark
		{"repeated shingles count once each", "x y z w x y z w", "x y z w", pageScore{TP: 1, FN: 4}, 1, 0.2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := score(tc.truth, tc.pred)
			if got != tc.want {
				t.Errorf("score = %+v, want %+v", got, tc.want)
			}
			if math.Abs(got.precision()-tc.p) > 1e-9 || math.Abs(got.recall()-tc.r) > 1e-9 {
				t.Errorf("precision, recall = %v, %v; want %v, %v", got.precision(), got.recall(), tc.p, tc.r)
			}
		})
	}
}

func TestAggregateStrictAndOwnForm(t *testing.T) {
	scores := []pageScore{
		{TP: 3, FP: 1},        // P 0.75, R 1
		{FN: 2, Empty: true},  // P 0 (strict) or skipped, R 0
		{TP: 1, FP: 1, FN: 1}, // P 0.5, R 0.5
	}
	strict := aggregate(scores, true)
	if want := (metrics{Precision: 1.25 / 3, Recall: 0.5}); math.Abs(strict.Precision-want.Precision) > 1e-9 || math.Abs(strict.Recall-want.Recall) > 1e-9 {
		t.Errorf("strict = %+v, want P %v R %v", strict, want.Precision, want.Recall)
	}
	own := aggregate(scores, false)
	if math.Abs(own.Precision-0.625) > 1e-9 || math.Abs(own.Recall-0.5) > 1e-9 {
		t.Errorf("own form = %+v, want P 0.625 R 0.5", own)
	}
	if f1 := 2 * 0.625 * 0.5 / 1.125; math.Abs(own.F1-f1) > 1e-9 {
		t.Errorf("F1 = %v, want %v", own.F1, f1)
	}
}
