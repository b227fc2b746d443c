package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
)

// A corpus is one folder of ../shared/corpus (html/<id>.html.gz and
// ground-truth.json, see its README). Its body metric follows from the
// ground truth it carries:
//   - articleBody: bag-of-words P/R/F1 (bow.go); for scrapinghub the
//     ScrapingHub benchmark's 4-token shingle F1 stays the headline figure;
//   - first_paragraph: prefix recall (bow.go);
//   - neither (htmldate): no body score, dates only (-metadata).
type corpus struct {
	Name   string
	Dir    string
	Metric string // metricShingle, metricBoW, metricPrefix or "" (no body ground truth)
	Pages  []page // every page with its ground truth, sorted by id
}

const (
	metricShingle = "shingle F1 (ScrapingHub benchmark) + bag-of-words"
	metricBoW     = "bag-of-words F1"
	metricPrefix  = "prefix recall"
)

// page is one corpus page with its ground truth.
type page struct {
	ID      string
	Part    string // partTuning or partConfirm
	Lang    string // ground truth's language, else <html lang>'s primary subtag, else "?"
	LangSrc string // "truth" or "html"
	HTML    []byte
	Truth   string // articleBody or first_paragraph; "" when the page has none
	Summary string // fundus: the standfirst at the top of articleBody

	Title     string
	Authors   []string
	Published string
	HasTitle  bool
	HasAuthor bool
	HasDate   bool
}

// truthRecord is one id's fields in ground-truth.json.
type truthRecord struct {
	ArticleBody    *string         `json:"articleBody"`
	FirstParagraph *string         `json:"first_paragraph"`
	Summary        string          `json:"summary"`
	Language       string          `json:"language"`
	Title          *string         `json:"title"`
	Authors        json.RawMessage `json:"authors"`
	Published      *string         `json:"published"`
}

// defaultCorpora is shared/corpus beside the repository, found from this
// source file, not from the working directory.
func defaultCorpora() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return filepath.Join("..", "..", "shared", "corpus")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "shared", "corpus")
}

// corpusDirs lists the corpus folders under root (those with a
// ground-truth.json), sorted by name.
func corpusDirs(root string) ([]string, error) {
	matches, err := filepath.Glob(filepath.Join(root, "*", "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	if len(matches) == 0 {
		return nil, fmt.Errorf("%s: no */ground-truth.json", root)
	}
	var dirs []string
	for _, m := range matches {
		dirs = append(dirs, filepath.Dir(m))
	}
	sort.Strings(dirs)
	return dirs, nil
}

// loadCorpus reads every page of dir whose id is in the ground truth and
// whose part is wanted ("all", partTuning or partConfirm), decompressed.
func loadCorpus(dir, part string) (*corpus, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	}
	var truth map[string]truthRecord
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("%s/ground-truth.json: %w", dir, err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("corpus %s: no html/*.html.gz", dir)
	}
	sort.Strings(files)
	c := &corpus{Name: filepath.Base(filepath.Clean(dir)), Dir: dir}
	bodies, prefixes := 0, 0
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		t, ok := truth[id]
		if !ok {
			continue
		}
		p := page{ID: id, Part: partOf(id), Summary: t.Summary}
		if part != "all" && p.Part != part {
			continue
		}
		if p.HTML, err = gunzipFile(f); err != nil {
			return nil, err
		}
		switch {
		case t.ArticleBody != nil:
			p.Truth = *t.ArticleBody
			bodies++
		case t.FirstParagraph != nil:
			p.Truth = *t.FirstParagraph
			prefixes++
		}
		if t.Title != nil {
			p.Title, p.HasTitle = *t.Title, true
		}
		if len(t.Authors) > 0 && string(t.Authors) != "null" {
			var list []string
			if json.Unmarshal(t.Authors, &list) != nil {
				var one string
				if json.Unmarshal(t.Authors, &one) == nil {
					list = []string{one}
				}
			}
			p.Authors, p.HasAuthor = list, true
		}
		if t.Published != nil && *t.Published != "" {
			p.Published, p.HasDate = *t.Published, true
		}
		p.Lang, p.LangSrc = primaryTag(t.Language), "truth"
		if p.Lang == "" {
			p.Lang, p.LangSrc = htmlLang(p.HTML), "html"
		}
		c.Pages = append(c.Pages, p)
	}
	switch {
	case bodies > 0 && c.Name == "scrapinghub":
		c.Metric = metricShingle
	case bodies > 0:
		c.Metric = metricBoW
	case prefixes > 0:
		c.Metric = metricPrefix
	}
	return c, nil
}

// bodyPages are the pages with body (or prefix) ground truth.
func (c *corpus) bodyPages() []page {
	var out []page
	for _, p := range c.Pages {
		if p.Truth != "" {
			out = append(out, p)
		}
	}
	return out
}

var rxHTMLLang = regexp.MustCompile(`(?is)<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})`)

// htmlLang is the primary subtag of the page's <html lang>, or "?".
func htmlLang(doc []byte) string {
	if m := rxHTMLLang.FindSubmatch(doc[:min(len(doc), 64<<10)]); m != nil {
		return strings.ToLower(string(m[1]))
	}
	return "?"
}
