// Command bench measures pith against its peers on the development corpora
// of ../shared/corpus (each folder: html/<id>.html.gz and ground-truth.json),
// every corpus with the metric its ground truth supports (corpus.go):
// bag-of-words F1 for articleBody (the ScrapingHub shingle F1 stays the
// headline for scrapinghub; fundus also without its leading summary),
// prefix recall for first_paragraph. Per corpus, per part and per language
// it prints accuracy, empty pages and speed per extractor, the paired
// bootstrap interval of pith − each peer, and the pages where pith does
// worse than readeck's core alone; then one summary line per corpus and
// part. The same results are written as JSON.
//
// Pages are split into a tuning part (FNV-1a of the id mod 10 < 7) and a
// confirmation part (split.go); -part picks which pages run (tuning by
// default; all runs both and shows them apart).
//
//	go run . [-corpora DIR | -corpus DIR] [-part tuning|confirm|all] [-runs N] [-json FILE] [-only a,b]
//	go run . -confidence-fit > ../extract/confidence_model.go
//	go run . -confidence [-part confirm|tuning|all]
//	go run . -metadata [-metadata-dir DIR] [-corpora DIR | -corpus DIR] [-part …] [-json FILE] [-only a,b]
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
	"runtime"
	"strings"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// result is one extractor's timing on a corpus.
type result struct {
	Name   string  `json:"name"`
	MsPage float64 `json:"ms_per_page"`
	MBPage float64 `json:"mb_allocated_per_page"`
	XParse float64 `json:"ratio_to_parse"`
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	corpusDir := fs.String("corpus", "", "one corpus directory (html/*.html.gz and ground-truth.json) instead of all of -corpora")
	corporaDir := fs.String("corpora", defaultCorpora(), "directory whose sub-folders are corpora (../shared/corpus)")
	part := fs.String("part", "tuning", "pages to run: tuning, confirm or all (all shows the two parts apart as well)")
	confirm := fs.Bool("confirm", false, "the same as -part all")
	runs := fs.Int("runs", 3, "timing runs per extractor; the fastest counts")
	jsonPath := fs.String("json", "bench-results.json", "write the results as JSON to this file (empty: don't)")
	only := fs.String("only", "", "comma-separated extractor names to run (default: all)")
	metadata := fs.Bool("metadata", false, "grade metadata (title, date, authors, ...) on -metadata-dir and on the corpora instead")
	confidence := fs.Bool("confidence", false, "report how confidence separates good extractions from bad ones (-part confirm by default)")
	confidenceFit := fs.Bool("confidence-fit", false, "fit the confidence model on the tuning pages and print extract/confidence_model.go")
	confidenceCV := fs.Bool("confidence-cv", false, "cross-validate the confidence fit on the tuning pages and print each signal's AUROC")
	confidenceBad := fs.Bool("confidence-bad", false, "list the pages of -part under F1 (prefix recall) 0.8 with their confidence and signals")
	fs.StringVar(&pagesDir, "pages", "", "write each page's score and text per extractor to this directory (<corpus>.jsonl, <corpus>/<extractor>/<page>.txt)")
	metadataDir := fs.String("metadata-dir", defaultMetadataDir(), "hand-labelled metadata pages (<case>.html and expected.json); empty: skip them")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *confidence && !isSet(fs, "part") {
		*part = partConfirm
	}
	switch {
	case *confirm || *part == "all":
		*part = "all"
	case *part == "confirm" || *part == partConfirm:
		*part = partConfirm
	case *part != partTuning:
		return fmt.Errorf("-part %q: want tuning, confirm or all", *part)
	}
	dirs := []string{*corpusDir}
	if *corpusDir == "" {
		var err error
		if dirs, err = corpusDirs(*corporaDir); err != nil {
			return err
		}
	}
	switch {
	case *confidenceFit:
		return runConfidenceFit(dirs, out)
	case *confidenceCV:
		return runConfidenceCV(dirs, out)
	case *confidenceBad:
		return runConfidenceBad(dirs, *part, out)
	case *confidence:
		return runConfidence(dirs, *part, out)
	}
	if *metadata {
		return runMetadataAll(*metadataDir, dirs, *part, *only, *jsonPath, out)
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
	fmt.Fprintf(out, "bench: part %s (FNV-1a of the page id mod 10: 0-6 tuning, 7-9 confirmation); %d timing run(s)\n", *part, *runs)
	var reports []*corpusReport
	for _, dir := range dirs {
		c, err := loadCorpus(dir, *part)
		if err != nil {
			return err
		}
		if c.Metric == "" {
			fmt.Fprintf(out, "\n=== %s: no body ground truth (dates only: see -metadata)\n", c.Name)
			continue
		}
		fmt.Fprintf(os.Stderr, "bench: %s…\n", c.Name)
		rep := benchCorpus(c, selected, *runs, *part)
		rep.print(out)
		reports = append(reports, rep)
	}
	printSummary(out, reports)
	if *jsonPath != "" {
		data, err := json.MarshalIndent(map[string]any{"part": *part, "runs": *runs, "corpora": reports}, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(*jsonPath, append(data, '\n'), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// isSet reports whether the flag name was given.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

func containsName(list, name string) bool {
	for _, n := range strings.Split(list, ",") {
		if strings.TrimSpace(n) == name {
			return true
		}
	}
	return false
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
func measureAll(selected []extractor, pages []page, runs int) (float64, []*result, [][]string) {
	results := make([]*result, len(selected))
	texts := make([][]string, len(selected))
	bestTime := make([]time.Duration, len(selected))
	bestAlloc := make([]uint64, len(selected))
	for i, e := range selected {
		results[i] = &result{Name: e.name}
		bestTime[i] = time.Duration(1<<63 - 1)
	}
	bestParse := time.Duration(1<<63 - 1)
	runs = max(runs, 1)
	for run := 0; run < runs; run++ {
		bestParse = min(bestParse, timeParse(pages))
		for i, e := range selected {
			elapsed, alloc, out := timeExtractor(e, pages)
			if elapsed < bestTime[i] {
				bestTime[i], bestAlloc[i] = elapsed, alloc
			}
			if run == 0 {
				texts[i] = out
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
	return parseMs, results, texts
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
