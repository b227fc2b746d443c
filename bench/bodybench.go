package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

// outcome is one extractor's score on one page.
type outcome struct {
	Score   float64   // the corpus's headline per-page figure: F1, or prefix recall
	BoW     prf       // bag-of-words against the ground truth (body corpora)
	NoSum   prf       // fundus: bag-of-words against the body less its leading summary
	Shingle pageScore // scrapinghub: the benchmark's shingle counts
	Words   int       // bag-of-words tokens in the extracted text
	Empty   bool      // no token at all
}

// scorePage scores one extracted text against the page's ground truth.
func scorePage(c *corpus, p page, text string) outcome {
	pred := bowTokens(text)
	o := outcome{Words: len(pred), Empty: len(pred) == 0}
	switch c.Metric {
	case metricPrefix:
		o.Score = prefixRecall(bowTokens(p.Truth), pred)
		return o
	case metricShingle:
		o.Shingle = score(p.Truth, text)
		o.Score = f1(o.Shingle.precision(), o.Shingle.recall())
	}
	o.BoW = bowScore(bowTokens(p.Truth), pred)
	if c.Metric == metricBoW {
		o.Score = o.BoW.F1
	}
	if p.Summary != "" {
		o.NoSum = bowScore(bowTokens(withoutSummary(p.Truth, p.Summary)), pred)
	} else {
		o.NoSum = o.BoW
	}
	return o
}

// withoutSummary drops the summary from the front of the body (fundus keeps
// the standfirst there); a body that does not start with it is kept whole.
func withoutSummary(body, summary string) string {
	if rest, ok := strings.CutPrefix(body, summary); ok {
		return rest
	}
	return body
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// extRow is one extractor's figures on one part of one corpus. Score, P, R
// and F1 are means over pages (an empty output scores 0); ShingleF1 is the
// ScrapingHub benchmark's own form (F1 of the mean precision, empty outputs
// left out of it, and mean recall).
type extRow struct {
	Extractor   string  `json:"extractor"`
	Pages       int     `json:"pages"`
	Score       float64 `json:"score"`
	F1          float64 `json:"bow_f1,omitempty"`
	Precision   float64 `json:"bow_precision,omitempty"`
	Recall      float64 `json:"bow_recall,omitempty"`
	NoSumF1     float64 `json:"bow_f1_without_summary,omitempty"`
	NoSumP      float64 `json:"bow_precision_without_summary,omitempty"`
	NoSumR      float64 `json:"bow_recall_without_summary,omitempty"`
	ShingleF1   float64 `json:"shingle_f1,omitempty"`
	ShingleSF1  float64 `json:"shingle_strict_f1,omitempty"`
	Empty       int     `json:"empty_pages"`
	MeanWords   float64 `json:"mean_words"`
	MsPage      float64 `json:"ms_per_page"`
	MBPage      float64 `json:"mb_allocated_per_page"`
	RatioToBare float64 `json:"ratio_to_parse"`
	// PithMinus is the paired difference of the per-page score, pith − this
	// extractor, with its bootstrap 95% interval (absent on pith's row).
	PithMinus   *float64    `json:"pith_minus_this,omitempty"`
	PithMinusCI *[2]float64 `json:"pith_minus_this_ci95,omitempty"`
}

// partTable is every extractor on one part of a corpus.
type partTable struct {
	Part  string   `json:"part"`
	Pages int      `json:"pages"`
	Rows  []extRow `json:"rows"`
	// CaptionsAside: on a prefix corpus, the part's pages left out of this
	// table because their truth opens with a photo caption or credit
	// (Part then ends in captionAside).
	CaptionsAside int `json:"caption_prefix_pages_aside,omitempty"`
	idx           []int
}

// captionAside marks a part's table without its caption-prefix pages.
const captionAside = " −caption"

// langTable is the headline score per extractor on one language's pages.
type langTable struct {
	Part   string             `json:"part"`
	Lang   string             `json:"language"`
	Source string             `json:"language_from"`
	Pages  int                `json:"pages"`
	Score  map[string]float64 `json:"score"`
	Empty  map[string]int     `json:"empty_pages"`
}

// pageDiff is one page where pith does worse than readeck's core.
type pageDiff struct {
	Page      string  `json:"page"`
	Part      string  `json:"part"`
	PithScore float64 `json:"pith_score"`
	CoreScore float64 `json:"readeck_core_score"`
	PithWords int     `json:"pith_words"`
	CoreWords int     `json:"readeck_core_words"`
	// Confirmed: readeck-core's score on the page is at least
	// confirmedScore, so the ground truth confirms that its text is the
	// article (lost pages only).
	Confirmed bool `json:"confirmed_by_ground_truth,omitempty"`
}

// corpusReport is the body bench of one corpus.
type corpusReport struct {
	Corpus  string      `json:"corpus"`
	Metric  string      `json:"metric"`
	Pages   int         `json:"pages"`
	ParseMs float64     `json:"parse_ms_per_page"`
	Parts   []partTable `json:"parts"`
	Langs   []langTable `json:"languages"`
	// Regressions: pith's score more than regressionMargin below
	// readeck-core's. Lost: pith gives no text or under a third of
	// readeck-core's words while readeck-core gives lostMinWords or more.
	Regressions []pageDiff `json:"pith_below_readeck_core"`
	Lost        []pageDiff `json:"pith_lost_text_readeck_core_kept"`
	results     []*result
	pages       []page
	outcomes    [][]outcome // [extractor][page]
}

const (
	regressionMargin = 0.05
	lostMinWords     = 100
	coreName         = "readeck-core"
	confirmedScore   = 0.5
)

// benchCorpus runs the selected extractors over the corpus's pages with
// ground truth and builds its report.
func benchCorpus(c *corpus, selected []extractor, runs int, part string) *corpusReport {
	pages := c.bodyPages()
	rep := &corpusReport{Corpus: c.Name, Metric: c.Metric, Pages: len(pages), pages: pages}
	if len(pages) == 0 {
		return rep
	}
	parseMs, results, texts := measureAll(selected, pages, runs)
	rep.ParseMs, rep.results = parseMs, results
	rep.outcomes = make([][]outcome, len(results))
	for e := range results {
		rep.outcomes[e] = make([]outcome, len(pages))
		for i, p := range pages {
			rep.outcomes[e][i] = scorePage(c, p, texts[e][i])
		}
	}
	parts := []string{part}
	if part == "all" {
		parts = []string{"all", partTuning, partConfirm}
	}
	for _, pt := range parts {
		idx := rep.indices(func(p page) bool { return pt == "all" || p.Part == pt })
		rep.Parts = append(rep.Parts, rep.partTable(pt, idx))
	}
	if c.Metric == metricPrefix {
		// Beside each part, the same part without the pages whose truth
		// opens with one of the page's photo captions or credits, which
		// pith's text leaves out by design (caption.go): the raw rows stay
		// the headline, these say how much of the gap is that convention.
		caption := make([]bool, len(pages))
		for i, p := range pages {
			caption[i] = captionPrefix(p.HTML, p.Truth)
		}
		for _, pt := range parts {
			idx := rep.indices(func(p page) bool { return pt == "all" || p.Part == pt })
			kept := idx[:0:0]
			for _, i := range idx {
				if !caption[i] {
					kept = append(kept, i)
				}
			}
			t := rep.partTable(pt, kept)
			t.Part, t.CaptionsAside = pt+captionAside, len(idx)-len(kept)
			rep.Parts = append(rep.Parts, t)
		}
	}
	for _, pt := range parts[min(1, len(parts)-1):] { // per language: the parts, not their union
		rep.Langs = append(rep.Langs, rep.langTables(pt)...)
	}
	rep.pageDiffs()
	if err := writePages(rep, texts); err != nil {
		fmt.Fprintf(os.Stderr, "bench: -pages: %v\n", err)
	}
	return rep
}

func (rep *corpusReport) indices(keep func(page) bool) []int {
	var idx []int
	for i, p := range rep.pages {
		if keep(p) {
			idx = append(idx, i)
		}
	}
	return idx
}

func (rep *corpusReport) extIndex(name string) int {
	for e, r := range rep.results {
		if r.Name == name {
			return e
		}
	}
	return -1
}

// scores returns extractor e's headline scores on the pages idx.
func (rep *corpusReport) scores(e int, idx []int) []float64 {
	out := make([]float64, len(idx))
	for k, i := range idx {
		out[k] = rep.outcomes[e][i].Score
	}
	return out
}

func (rep *corpusReport) partTable(part string, idx []int) partTable {
	t := partTable{Part: part, Pages: len(idx), idx: idx}
	pith := rep.extIndex("pith")
	for e, r := range rep.results {
		row := extRow{Extractor: r.Name, Pages: len(idx), MsPage: r.MsPage, MBPage: r.MBPage, RatioToBare: r.XParse}
		var shingles []pageScore
		n := float64(len(idx))
		for _, i := range idx {
			o := rep.outcomes[e][i]
			row.Score += o.Score / n
			row.F1 += o.BoW.F1 / n
			row.Precision += o.BoW.P / n
			row.Recall += o.BoW.R / n
			row.NoSumF1 += o.NoSum.F1 / n
			row.NoSumP += o.NoSum.P / n
			row.NoSumR += o.NoSum.R / n
			row.MeanWords += float64(o.Words) / n
			if o.Empty {
				row.Empty++
			}
			shingles = append(shingles, o.Shingle)
		}
		if rep.Metric == metricShingle {
			row.ShingleF1 = aggregate(shingles, false).F1
			row.ShingleSF1 = aggregate(shingles, true).F1
		}
		if pith >= 0 && e != pith && len(idx) > 0 {
			d, ci := pairedBootstrap(rep.scores(pith, idx), rep.scores(e, idx))
			row.PithMinus, row.PithMinusCI = &d, &ci
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// minLangPages: languages with fewer pages are pooled as "other".
const minLangPages = 3

func (rep *corpusReport) langTables(part string) []langTable {
	count := map[string]int{}
	src := map[string]string{}
	for _, p := range rep.pages {
		if p.Part == part || part == "all" {
			count[p.Lang]++
			src[p.Lang] = p.LangSrc
		}
	}
	if len(count) < 2 {
		return nil
	}
	group := func(p page) string {
		if count[p.Lang] < minLangPages {
			return "other"
		}
		return p.Lang
	}
	byLang := map[string][]int{}
	for i, p := range rep.pages {
		if p.Part == part || part == "all" {
			byLang[group(p)] = append(byLang[group(p)], i)
		}
	}
	var langs []string
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Slice(langs, func(i, j int) bool {
		if len(byLang[langs[i]]) != len(byLang[langs[j]]) {
			return len(byLang[langs[i]]) > len(byLang[langs[j]])
		}
		return langs[i] < langs[j]
	})
	var out []langTable
	for _, l := range langs {
		idx := byLang[l]
		lt := langTable{Part: part, Lang: l, Source: src[l], Pages: len(idx), Score: map[string]float64{}, Empty: map[string]int{}}
		if l == "other" {
			lt.Source = "mixed"
		}
		for e, r := range rep.results {
			for _, i := range idx {
				lt.Score[r.Name] += rep.outcomes[e][i].Score / float64(len(idx))
				if rep.outcomes[e][i].Empty {
					lt.Empty[r.Name]++
				}
			}
		}
		out = append(out, lt)
	}
	return out
}

// pageDiffs lists the pages where pith does worse than readeck's core.
func (rep *corpusReport) pageDiffs() {
	pith, core := rep.extIndex("pith"), rep.extIndex(coreName)
	if pith < 0 || core < 0 {
		return
	}
	for i, p := range rep.pages {
		a, b := rep.outcomes[pith][i], rep.outcomes[core][i]
		d := pageDiff{Page: p.ID, Part: p.Part, PithScore: a.Score, CoreScore: b.Score, PithWords: a.Words, CoreWords: b.Words}
		if a.Score < b.Score-regressionMargin {
			rep.Regressions = append(rep.Regressions, d)
		}
		if b.Words >= lostMinWords && 3*a.Words < b.Words {
			d.Confirmed = b.Score >= confirmedScore
			rep.Lost = append(rep.Lost, d)
		}
	}
	worst := func(s []pageDiff) {
		sort.SliceStable(s, func(i, j int) bool { return s[i].CoreScore-s[i].PithScore > s[j].CoreScore-s[j].PithScore })
	}
	worst(rep.Regressions)
	worst(rep.Lost)
}

// pageSet returns the ids of the table's pages.
func (t partTable) pageSet(pages []page) map[string]bool {
	in := make(map[string]bool, len(t.idx))
	for _, i := range t.idx {
		in[pages[i].ID] = true
	}
	return in
}

// best peer: the highest headline score on the part among the others.
func (t partTable) bestPeer() *extRow {
	var best *extRow
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Extractor != "pith" && (best == nil || r.Score > best.Score) {
			best = r
		}
	}
	return best
}

func (t partTable) row(name string) *extRow {
	for i := range t.Rows {
		if t.Rows[i].Extractor == name {
			return &t.Rows[i]
		}
	}
	return nil
}

func ciString(d *float64, ci *[2]float64) string {
	if d == nil || math.IsNaN(*d) {
		return "–"
	}
	return fmt.Sprintf("%+.3f [%+.3f, %+.3f]", unsignedZero(*d), unsignedZero(ci[0]), unsignedZero(ci[1]))
}

// unsignedZero keeps a rounding residue such as −1e-17 from printing as −0.000.
func unsignedZero(x float64) float64 {
	if math.Abs(x) < 0.0005 {
		return 0
	}
	return x
}

func (rep *corpusReport) print(w io.Writer) {
	fmt.Fprintf(w, "\n=== %s: %d pages with body ground truth; metric: %s", rep.Corpus, rep.Pages, rep.Metric)
	if rep.Pages == 0 {
		fmt.Fprintln(w)
		return
	}
	fmt.Fprintf(w, "; bare parse %.2f ms/page\n", rep.ParseMs)
	shingle, nosum := rep.Metric == metricShingle, rep.Corpus == "fundus"
	for _, t := range rep.Parts {
		if t.CaptionsAside > 0 {
			fmt.Fprintf(w, "\n-- %s, %d pages (%d whose truth opens with a photo caption or credit aside)\n", t.Part, t.Pages, t.CaptionsAside)
		} else {
			fmt.Fprintf(w, "\n-- %s, %d pages\n", t.Part, t.Pages)
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		switch {
		case rep.Metric == metricPrefix:
			fmt.Fprint(tw, "extractor\tprefix recall\t")
		case shingle:
			fmt.Fprint(tw, "extractor\tshingle F1\tstrict\tBoW F1\tP\tR\t")
		case nosum:
			fmt.Fprint(tw, "extractor\tBoW F1\tP\tR\tF1 −summary\tP\tR\t")
		default:
			fmt.Fprint(tw, "extractor\tBoW F1\tP\tR\t")
		}
		fmt.Fprintln(tw, "empty\twords\tms/page\tMB/page\t×parse\tpith − this [95% CI]\t")
		for _, r := range t.Rows {
			fmt.Fprintf(tw, "%s\t", r.Extractor)
			switch {
			case rep.Metric == metricPrefix:
				fmt.Fprintf(tw, "%.3f\t", r.Score)
			case shingle:
				fmt.Fprintf(tw, "%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t", r.ShingleF1, r.ShingleSF1, r.F1, r.Precision, r.Recall)
			case nosum:
				fmt.Fprintf(tw, "%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t", r.F1, r.Precision, r.Recall, r.NoSumF1, r.NoSumP, r.NoSumR)
			default:
				fmt.Fprintf(tw, "%.3f\t%.3f\t%.3f\t", r.F1, r.Precision, r.Recall)
			}
			fmt.Fprintf(tw, "%d\t%.0f\t%.2f\t%.2f\t%.1f\t%s\t\n", r.Empty, r.MeanWords, r.MsPage, r.MBPage, r.RatioToBare, ciString(r.PithMinus, r.PithMinusCI))
		}
		tw.Flush()
	}
	if shingle {
		fmt.Fprintln(w, "(shingle F1: the benchmark's own form, empty outputs left out of precision; strict counts them; pith − this: mean per-page shingle F1 difference)")
	}
	if len(rep.Langs) > 0 {
		fmt.Fprintf(w, "\nper language (%s; languages under %d pages pooled as \"other\"; language from ground truth, else <html lang>):\n", scoreName(rep.Metric), minLangPages)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprint(tw, "part\tlanguage\tfrom\tpages\t")
		for _, r := range rep.results {
			fmt.Fprintf(tw, "%s\t", r.Name)
		}
		fmt.Fprintln(tw, "pith empty\t")
		for _, l := range rep.Langs {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t", l.Part, l.Lang, l.Source, l.Pages)
			for _, r := range rep.results {
				fmt.Fprintf(tw, "%.3f\t", l.Score[r.Name])
			}
			fmt.Fprintf(tw, "%d\t\n", l.Empty["pith"])
		}
		tw.Flush()
	}
	if rep.extIndex("pith") >= 0 && rep.extIndex(coreName) >= 0 {
		fmt.Fprintf(w, "\npages where pith's %s is more than %.2f below readeck-core's: %d\n", scoreName(rep.Metric), regressionMargin, len(rep.Regressions))
		for _, d := range rep.Regressions {
			fmt.Fprintf(w, "  %-12s %-40s pith %.3f (%d words)  readeck-core %.3f (%d words)\n", d.Part, d.Page, d.PithScore, d.PithWords, d.CoreScore, d.CoreWords)
		}
		confirms := "the ground truth confirms its article"
		if rep.Metric == metricPrefix {
			confirms = "the ground truth confirms the start of its text, not its length"
		}
		fmt.Fprintf(w, "pages where pith gives no text or under 1/3 of the words while readeck-core gives %d+ (✓: readeck-core's %s ≥ %.1f, %s): %d\n",
			lostMinWords, scoreName(rep.Metric), confirmedScore, confirms, len(rep.Lost))
		for _, d := range rep.Lost {
			mark := " "
			if d.Confirmed {
				mark = "✓"
			}
			fmt.Fprintf(w, "%s %-12s %-40s pith %.3f (%d words)  readeck-core %.3f (%d words)\n", mark, d.Part, d.Page, d.PithScore, d.PithWords, d.CoreScore, d.CoreWords)
		}
	}
}

func scoreName(metric string) string {
	switch metric {
	case metricPrefix:
		return "prefix recall"
	case metricShingle:
		return "shingle F1"
	}
	return "BoW F1"
}

// printSummary is one line per corpus and part: pith, the best peer and
// readeck-core, with the paired differences.
func printSummary(w io.Writer, reps []*corpusReport) {
	fmt.Fprintf(w, "\n=== summary (score: the corpus's headline metric, mean per page — for scrapinghub the mean per-page shingle F1, not the benchmark's F1 of means; CI: paired bootstrap of pith − other, 95%%, %d resamples; below core: pith's score more than %.2f below readeck-core's; lost: pith under 1/3 of readeck-core's %d+ words, ✓ where readeck-core's score ≥ %.1f)\n",
		bootstrapResamples, regressionMargin, lostMinWords, confirmedScore)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\tmetric\tpart\tpages\tpith\tempty\tbest peer\tscore\tempty\tpith − best [95% CI]\treadeck-core\tempty\tpith − core [95% CI]\tbelow core\tlost\t")
	for _, rep := range reps {
		for _, t := range rep.Parts {
			pith := t.row("pith")
			if pith == nil {
				continue
			}
			regs, lost, confirmed := 0, 0, 0
			in := t.pageSet(rep.pages)
			for _, d := range rep.Regressions {
				if in[d.Page] {
					regs++
				}
			}
			for _, d := range rep.Lost {
				if in[d.Page] {
					lost++
					if d.Confirmed {
						confirmed++
					}
				}
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%.3f\t%d\t", rep.Corpus, scoreName(rep.Metric), t.Part, t.Pages, pith.Score, pith.Empty)
			if b := t.bestPeer(); b != nil {
				fmt.Fprintf(tw, "%s\t%.3f\t%d\t%s\t", b.Extractor, b.Score, b.Empty, ciString(b.PithMinus, b.PithMinusCI))
			} else {
				fmt.Fprint(tw, "–\t\t\t\t")
			}
			if c := t.row(coreName); c != nil {
				fmt.Fprintf(tw, "%.3f\t%d\t%s\t%d\t%d (%d✓)\t\n", c.Score, c.Empty, ciString(c.PithMinus, c.PithMinusCI), regs, lost, confirmed)
			} else {
				fmt.Fprint(tw, "–\t\t\t\t\t\n")
			}
		}
	}
	tw.Flush()
}
