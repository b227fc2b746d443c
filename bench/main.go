// Command bench measures pith against its peers on a corpus of saved pages
// with ground truth (the ScrapingHub article-extraction benchmark layout:
// html/<id>.html.gz and ground-truth.json). It prints one table — accuracy,
// empty pages, exact matches, speed and allocation per extractor — for the
// whole set and the tuning set (file names 0–a), the confirmation set (b–f)
// only with -confirm, and the pages where pith lost most to the best peer.
// The same results are written as JSON.
//
//	go run . [-corpus DIR] [-confirm] [-runs N] [-json FILE] [-only a,b]
//	go run . -metadata [-metadata-dir DIR] [-json FILE] [-only a,b]
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// page is one corpus page with its ground truth.
type page struct {
	ID    string
	HTML  []byte
	Truth string
}

// result is one extractor's outcome on the corpus.
type result struct {
	Name     string      `json:"name"`
	Scores   []pageScore `json:"-"`
	MsPage   float64     `json:"ms_per_page"`
	MBPage   float64     `json:"mb_allocated_per_page"`
	XParse   float64     `json:"ratio_to_parse"`
	PageF1   []float64   `json:"-"`
	Failures int         `json:"failures"`
}

// defaultCorpus is shared/corpus/scrapinghub beside the repository, found
// from this source file, not from the working directory.
func defaultCorpus() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return filepath.Join("..", "..", "shared", "corpus", "scrapinghub")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "shared", "corpus", "scrapinghub")
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	corpus := fs.String("corpus", defaultCorpus(), "corpus directory (html/*.html.gz and ground-truth.json)")
	confirm := fs.Bool("confirm", false, "also show the confirmation set (file names b–f) and pith's margin over readeck there")
	runs := fs.Int("runs", 3, "timing runs per extractor; the fastest counts")
	jsonPath := fs.String("json", "bench-results.json", "write the results as JSON to this file (empty: don't)")
	only := fs.String("only", "", "comma-separated extractor names to run (default: all)")
	metadata := fs.Bool("metadata", false, "grade metadata (title, date, authors, site, language) on -metadata-dir instead")
	metadataDir := fs.String("metadata-dir", defaultMetadataDir(), "hand-labelled metadata pages (<case>.html and expected.json)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *metadata {
		return runMetadata(*metadataDir, *only, *jsonPath, out)
	}
	pages, err := loadCorpus(*corpus)
	if err != nil {
		return err
	}
	var selected []extractor
	for _, e := range extractors() {
		if *only == "" || containsName(*only, e.name) {
			selected = append(selected, e)
		}
	}
	if len(selected) == 0 {
		return errors.New("-only selects no extractor")
	}

	parseMs, results := measureAll(selected, pages, *runs)

	report := newReport(pages, results, parseMs, *confirm)
	report.print(out)
	if *jsonPath != "" {
		data, err := json.MarshalIndent(report, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(*jsonPath, append(data, '\n'), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func containsName(list, name string) bool {
	for _, n := range strings.Split(list, ",") {
		if strings.TrimSpace(n) == name {
			return true
		}
	}
	return false
}

// loadCorpus reads every page once, decompressed, in sorted order.
func loadCorpus(dir string) ([]page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %w", err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("corpus %s: no html/*.html.gz", dir)
	}
	sort.Strings(files)
	var pages []page
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		t, ok := truth[id]
		if !ok {
			continue
		}
		data, err := gunzipFile(f)
		if err != nil {
			return nil, err
		}
		pages = append(pages, page{ID: id, HTML: data, Truth: t.ArticleBody})
	}
	return pages, nil
}

func gunzipFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}

// measure runs one extractor over the corpus: scores from the first run,
// time and allocation from the fastest of runs.
// measureAll scores each extractor and times it, the fastest of runs
// passes over the corpus. The passes are interleaved — the bare parse,
// then every extractor, run after run — so that a machine that slows down
// or speeds up midway moves them all alike, not the ratios between them.
func measureAll(selected []extractor, pages []page, runs int) (float64, []*result) {
	results := make([]*result, len(selected))
	bestTime := make([]time.Duration, len(selected))
	bestAlloc := make([]uint64, len(selected))
	for i, e := range selected {
		results[i] = &result{Name: e.name}
		bestTime[i] = time.Duration(1<<63 - 1)
	}
	bestParse := time.Duration(1<<63 - 1)
	for run := 0; run < runs; run++ {
		fmt.Fprintf(os.Stderr, "bench: run %d of %d…\n", run+1, runs)
		bestParse = min(bestParse, timeParse(pages))
		for i, e := range selected {
			elapsed, alloc, texts := timeExtractor(e, pages)
			if elapsed < bestTime[i] {
				bestTime[i], bestAlloc[i] = elapsed, alloc
			}
			if run == 0 {
				results[i].score(pages, texts)
			}
		}
	}
	n := float64(len(pages))
	parseMs := float64(bestParse.Microseconds()) / 1000 / n
	for i, r := range results {
		r.MsPage = float64(bestTime[i].Microseconds()) / 1000 / n
		r.MBPage = float64(bestAlloc[i]) / (1 << 20) / n
		r.XParse = r.MsPage / parseMs
	}
	return parseMs, results
}

// timeExtractor runs e once over the corpus and returns the time taken,
// the bytes allocated and the texts.
func timeExtractor(e extractor, pages []page) (time.Duration, uint64, []string) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	texts := make([]string, 0, len(pages))
	start := time.Now()
	for _, p := range pages {
		text, err := e.run(bytes.NewReader(p.HTML))
		if err != nil {
			text = ""
		}
		texts = append(texts, text)
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	return elapsed, after.TotalAlloc - before.TotalAlloc, texts
}

// score scores an extractor's texts against the pages' ground truth.
func (r *result) score(pages []page, texts []string) {
	for j, p := range pages {
		s := score(p.Truth, texts[j])
		r.Scores = append(r.Scores, s)
		r.PageF1 = append(r.PageF1, f1(s.precision(), s.recall()))
		if s.Empty {
			r.Failures++
		}
	}
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
