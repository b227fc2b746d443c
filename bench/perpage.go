package main

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// pagesDir, when set by -pages, receives every extractor's text and score
// per page, so that two runs can be compared page by page (a gain on one
// corpus with a loss on another is not a gain).
var pagesDir string

// pageLine is one line of <pagesDir>/<corpus>.jsonl.
type pageLine struct {
	Page      string  `json:"page"`
	Part      string  `json:"part"`
	Extractor string  `json:"extractor"`
	Score     float64 `json:"score"`
	P         float64 `json:"p"`
	R         float64 `json:"r"`
	Words     int     `json:"words"`
}

// writePages writes the per-page scores and each extracted text
// (<pagesDir>/<corpus>/<extractor>/<page>.txt).
func writePages(rep *corpusReport, texts [][]string) error {
	if pagesDir == "" {
		return nil
	}
	if err := os.MkdirAll(pagesDir, 0o755); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(pagesDir, rep.Corpus+".jsonl"))
	if err != nil {
		return err
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for e, r := range rep.results {
		dir := filepath.Join(pagesDir, rep.Corpus, r.Name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		for i, p := range rep.pages {
			o := rep.outcomes[e][i]
			line := pageLine{Page: p.ID, Part: p.Part, Extractor: r.Name, Score: o.Score, P: o.BoW.P, R: o.BoW.R, Words: o.Words}
			if err := enc.Encode(line); err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dir, p.ID+".txt"), []byte(texts[e][i]), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}
