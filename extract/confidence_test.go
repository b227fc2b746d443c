package extract

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

func extractFixture(t *testing.T, name string) *Article {
	t.Helper()
	f, err := os.Open("testdata/confidence/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := Extract(f, Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return a
}

// A plain article scores high; a comment thread scores below it. A
// section front of teasers is no article at all: ErrNotReadable, where
// it once scored under 0.8 for a filter to drop.
func TestConfidenceOnFixtures(t *testing.T) {
	article := extractFixture(t, "article.html")
	if article.Confidence < 0.9 {
		t.Errorf("article: confidence %.2f, want ≥ 0.9 (reasons %q)", article.Confidence, article.ConfidenceReasons)
	}
	f, err := os.Open("testdata/confidence/teasers.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if teasers, err := Extract(f, Options{}); !errors.Is(err, ErrNotReadable) || teasers.Confidence != 0 {
		t.Errorf("teaser list: err %v, confidence %.2f; want ErrNotReadable and none", err, teasers.Confidence)
	}
	thread := extractFixture(t, "thread.html")
	if thread.Confidence >= article.Confidence-0.1 {
		t.Errorf("comment thread: confidence %.2f, want well under the article's %.2f", thread.Confidence, article.Confidence)
	}
}

// The model itself: losing most of the page's prose, or most of
// readability's choice to the rules, lowers the score; so does link text.
func TestConfidenceModelSignals(t *testing.T) {
	clean := []float64{1, 0, 0, 0, 0, 0, 0, 0.02, 6.2, 0.9, 0, 0}
	base, _ := confidence(clean)
	for i, v := range map[int]float64{0: 0.1, 3: 0.8, 7: 0.6, 1: 1} {
		x := append([]float64(nil), clean...)
		x[i] = v
		if p, reasons := confidence(x); p >= base-0.05 {
			t.Errorf("%s = %.2f: confidence %.2f, want well under %.2f", confidenceFeatureNames[i], v, p, base)
		} else if len(reasons) == 0 || !strings.HasPrefix(reasons[0], "−") {
			t.Errorf("%s = %.2f: reasons %q, want a lowering one first", confidenceFeatureNames[i], v, reasons)
		}
	}
}

// The JSON field: present (0–1) with an article, omitted without one, as
// the contract has unknown fields omitted.
func TestConfidenceJSON(t *testing.T) {
	a := extractFixture(t, "article.html")
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if c, ok := m["confidence"].(float64); !ok || c <= 0 || c > 1 {
		t.Errorf("confidence = %v, want a number in (0, 1]", m["confidence"])
	}
	empty, err := Extract(strings.NewReader("<html><head><title>Menu</title></head><body><p>Home</p></body></html>"), Options{})
	if !errors.Is(err, ErrNotReadable) {
		t.Fatalf("err = %v, want ErrNotReadable", err)
	}
	data, _ = json.Marshal(empty)
	if strings.Contains(string(data), "confidence") {
		t.Errorf("no article, JSON %s: want confidence omitted", data)
	}
}

// BenchmarkConfidence is the model's share of a page: the shape walk over
// the body and the score, against BenchmarkExtractPages' whole pipeline.
func BenchmarkConfidence(b *testing.B) {
	data, err := os.ReadFile("testdata/confidence/article.html")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("extract", func(b *testing.B) {
		for b.Loop() {
			if _, err := Extract(strings.NewReader(string(data)), Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	a, err := Extract(strings.NewReader(string(data)), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("confidence", func(b *testing.B) {
		for b.Loop() {
			a.scoreConfidence(a.Content, a.WordCount)
		}
	})
}
