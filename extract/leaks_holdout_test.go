package extract

import (
	"bytes"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"

	"github.com/pith-cli/pith/score"
)

var leaksDir = flag.String("leaks-dir", "../testdata/leaks-holdout,../testdata/leaks-holdout-c,../testdata/leaks-tuning-d,../testdata/leaks-tuning-e,../testdata/leaks-tuning-f,../testdata/leaks-tuning-g", "comma-separated folders of pages (NAME.html with the article's own text in NAME.txt) for TestLeaksHoldout")

// TestLeaksHoldout scores pith's text against the article text written for
// each held-out page: news pages in eight languages whose article sits among
// the boxes CMSs put around it (sign-up forms, share bars, related headlines,
// appeals, author bios). The pages were written before the cleaning rules
// they measure and nobody tunes on them, so the test does not pin a result:
// it logs each page's precision and recall and fails only under a floor, and
// if any article paragraph goes missing.
func TestLeaksHoldout(t *testing.T) {
	for _, dir := range strings.Split(*leaksDir, ",") {
		t.Run(filepath.Base(dir), func(t *testing.T) { leaksHoldout(t, dir) })
	}
}

func leaksHoldout(t *testing.T, dir string) {
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(pages) < 8 {
		t.Fatalf("want the held-out pages under %s, found %d", dir, len(pages))
	}
	var all, rd score.Counts
	for _, src := range pages {
		name := strings.TrimSuffix(filepath.Base(src), ".html")
		truth, err := os.ReadFile(strings.TrimSuffix(src, ".html") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		art := extractFile(t, src, Options{})
		c := score.Compare(string(truth), art.Text)
		r := score.Compare(string(truth), readabilityText(t, src))
		all.TP, all.FP, all.FN = all.TP+c.TP, all.FP+c.FP, all.FN+c.FN
		rd.TP, rd.FP, rd.FN = rd.TP+r.TP, rd.FP+r.FP, rd.FN+r.FN
		t.Logf("%-32s P %.3f R %.3f   readability P %.3f R %.3f", name, c.Precision(), c.Recall(), r.Precision(), r.Recall())
		for _, para := range strings.Split(strings.TrimSpace(string(truth)), "\n\n") {
			if !strings.Contains(art.Text, para) {
				t.Errorf("%s: lost the article's paragraph %.60q", name, para)
			}
		}
	}
	t.Logf("all %d pages: pith P %.3f R %.3f, readability P %.3f R %.3f", len(pages), all.Precision(), all.Recall(), rd.Precision(), rd.Recall())
	floor, ok := leaksPrecisionFloor[filepath.Base(dir)]
	if !ok {
		floor = leaksPrecisionFloor[""]
	}
	if p := all.Precision(); p < floor {
		t.Errorf("precision %.3f under the floor %.2f", p, floor)
	}
}

// leaksPrecisionFloor is, per folder, under what pith scores on its pages,
// so that the test catches a slide back without pinning the score:
// batch B (leaks-holdout) scored 0.835 when written and 0.977 with the
// structural box rules; batch C (leaks-holdout-c), written later with new
// box shapes, 0.808; the pages of leaks-tuning-d, stories that quote the
// boxes' words, are there for their recall.
var leaksPrecisionFloor = map[string]float64{"": 0.95, "leaks-holdout-c": 0.78}

func readabilityText(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	base, _ := url.Parse("https://example.com/")
	res, err := readability.FromReader(f, base)
	if err != nil {
		t.Fatal(err)
	}
	var text bytes.Buffer
	_ = res.RenderText(&text)
	return text.String()
}
