package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"text/tabwriter"
)

// A subset of the corpus, chosen by the first character of the page id.
type subset struct {
	Name  string
	match func(id string) bool
}

var (
	allPages     = subset{"all", func(string) bool { return true }}
	tuningSet    = subset{"tuning (0-a)", func(id string) bool { return id[0] <= 'a' }}
	confirmation = subset{"confirmation (b-f)", func(id string) bool { return id[0] > 'a' }}
)

// row is one extractor's figures on one subset.
type row struct {
	Extractor   string     `json:"extractor"`
	Pages       int        `json:"pages"`
	F1          float64    `json:"f1"`
	Precision   float64    `json:"precision"`
	Recall      float64    `json:"recall"`
	F1CI        [2]float64 `json:"f1_ci95"`
	StrictF1    float64    `json:"strict_f1"`
	StrictP     float64    `json:"strict_precision"`
	StrictR     float64    `json:"strict_recall"`
	StrictF1CI  [2]float64 `json:"strict_f1_ci95"`
	Empty       int        `json:"empty_pages"`
	ExactMatch  float64    `json:"exact_match_rate"`
	MsPage      float64    `json:"ms_per_page"`
	MBPage      float64    `json:"mb_per_page"`
	RatioToBare float64    `json:"ratio_to_parse"`
}

type table struct {
	Subset string `json:"subset"`
	Rows   []row  `json:"rows"`
	// Margin is pith's strict F1 minus readeck's, with its paired
	// bootstrap 95% interval (confirmation set only).
	Margin   *float64    `json:"pith_minus_readeck_strict_f1,omitempty"`
	MarginCI *[2]float64 `json:"pith_minus_readeck_ci95,omitempty"`
}

type loss struct {
	Page     string  `json:"page"`
	PithF1   float64 `json:"pith_f1"`
	BestPeer string  `json:"best_peer"`
	PeerF1   float64 `json:"best_peer_f1"`
}

type report struct {
	Corpus  int     `json:"pages"`
	ParseMs float64 `json:"parse_ms_per_page"`
	Tables  []table `json:"tables"`
	Losses  []loss  `json:"pith_largest_losses"`
	// Regressions are the pages where pith scores below readeck alone.
	Regressions []loss `json:"pith_below_readeck"`
	pageIDs     []string
	results     []*result
	subsetOf    []subset
}

// bootstrapRounds resamples pages this many times, with a fixed seed, so the
// intervals are the same on every run.
const bootstrapRounds = 1000

func newReport(pages []page, results []*result, parseMs float64, confirm bool) *report {
	rep := &report{Corpus: len(pages), ParseMs: parseMs, results: results}
	for _, p := range pages {
		rep.pageIDs = append(rep.pageIDs, p.ID)
	}
	sets := []subset{allPages, tuningSet}
	if confirm {
		sets = append(sets, confirmation)
	}
	for _, s := range sets {
		idx := rep.indices(s)
		t := table{Subset: fmt.Sprintf("%s, %d pages", s.Name, len(idx))}
		for _, r := range results {
			t.Rows = append(t.Rows, rowFor(r, idx))
		}
		if s.Name == confirmation.Name {
			t.Margin, t.MarginCI = margin(results, idx)
		}
		rep.Tables = append(rep.Tables, t)
	}
	visible := rep.indices(visibleSet(confirm))
	rep.Losses = losses(rep.pageIDs, results, visible, 10)
	rep.Regressions = regressions(rep.pageIDs, results, visible)
	return rep
}

// visibleSet is what the report may show page by page: the tuning set,
// unless the confirmation set was asked for.
func visibleSet(confirm bool) subset {
	if confirm {
		return allPages
	}
	return tuningSet
}

func (rep *report) indices(s subset) []int {
	var idx []int
	for i, id := range rep.pageIDs {
		if s.match(id) {
			idx = append(idx, i)
		}
	}
	return idx
}

// pick returns the scores at idx: a subset of pages, or a bootstrap resample.
func pick(scores []pageScore, idx []int) []pageScore {
	out := make([]pageScore, len(idx))
	for i, j := range idx {
		out[i] = scores[j]
	}
	return out
}

func rowFor(r *result, idx []int) row {
	scores := pick(r.Scores, idx)
	own, strict := aggregate(scores, false), aggregate(scores, true)
	rw := row{
		Extractor: r.Name, Pages: len(idx),
		F1: own.F1, Precision: own.Precision, Recall: own.Recall,
		StrictF1: strict.F1, StrictP: strict.Precision, StrictR: strict.Recall,
		MsPage: r.MsPage, MBPage: r.MBPage, RatioToBare: r.XParse,
	}
	exact := 0
	for _, s := range scores {
		if s.Empty {
			rw.Empty++
		}
		if s.FP == 0 && s.FN == 0 && !s.Empty {
			exact++
		}
	}
	if len(scores) > 0 {
		rw.ExactMatch = float64(exact) / float64(len(scores))
	}
	rw.F1CI = bootstrap(len(scores), func(sample []int) float64 { return aggregate(pick(scores, sample), false).F1 })
	rw.StrictF1CI = bootstrap(len(scores), func(sample []int) float64 { return aggregate(pick(scores, sample), true).F1 })
	return rw
}

// bootstrap returns the 95% percentile interval of stat over resampled pages.
func bootstrap(n int, stat func(sample []int) float64) [2]float64 {
	if n == 0 {
		return [2]float64{}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	values := make([]float64, bootstrapRounds)
	sample := make([]int, n)
	for b := range values {
		for i := range sample {
			sample[i] = rng.IntN(n)
		}
		values[b] = stat(sample)
	}
	sort.Float64s(values)
	return [2]float64{values[bootstrapRounds*25/1000], values[bootstrapRounds*975/1000-1]}
}

// margin is pith's strict F1 minus readeck's core on the pages idx, with a
// paired bootstrap interval (the same resampled pages for both).
func margin(results []*result, idx []int) (*float64, *[2]float64) {
	pith, core := byName(results, "pith"), byName(results, "readeck")
	if pith == nil || core == nil {
		return nil, nil
	}
	a, b := pick(pith.Scores, idx), pick(core.Scores, idx)
	diff := aggregate(a, true).F1 - aggregate(b, true).F1
	ci := bootstrap(len(idx), func(sample []int) float64 {
		return aggregate(pick(a, sample), true).F1 - aggregate(pick(b, sample), true).F1
	})
	return &diff, &ci
}

// byName finds an extractor's result, or nil when it did not run (-only).
func byName(results []*result, name string) *result {
	for _, r := range results {
		if r.Name == name {
			return r
		}
	}
	return nil
}

// losses lists the pages where pith's F1 falls furthest below the best peer's.
func losses(ids []string, results []*result, idx []int, limit int) []loss {
	pith := byName(results, "pith")
	if pith == nil || len(results) < 2 {
		return nil
	}
	var out []loss
	for _, i := range idx {
		best := loss{Page: ids[i], PithF1: pith.PageF1[i], PeerF1: -1}
		for _, r := range results {
			if r != pith && r.PageF1[i] > best.PeerF1 {
				best.BestPeer, best.PeerF1 = r.Name, r.PageF1[i]
			}
		}
		if best.PeerF1 > best.PithF1 {
			out = append(out, best)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].PeerF1-out[i].PithF1 > out[j].PeerF1-out[j].PithF1 })
	return out[:min(limit, len(out))]
}

// regressions lists the pages where pith's F1 is more than 0.01 below
// readeck's, worst first.
func regressions(ids []string, results []*result, idx []int) []loss {
	pith, core := byName(results, "pith"), byName(results, "readeck")
	if pith == nil || core == nil {
		return nil
	}
	var out []loss
	for _, i := range idx {
		if pith.PageF1[i] < core.PageF1[i]-0.01 {
			out = append(out, loss{Page: ids[i], PithF1: pith.PageF1[i], BestPeer: core.Name, PeerF1: core.PageF1[i]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].PeerF1-out[i].PithF1 > out[j].PeerF1-out[j].PithF1 })
	return out
}

func (rep *report) print(w io.Writer) {
	fmt.Fprintf(w, "corpus: %d pages; bare parse (golang.org/x/net/html): %.2f ms/page\n", rep.Corpus, rep.ParseMs)
	for _, t := range rep.Tables {
		fmt.Fprintf(w, "\n%s\n", t.Subset)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "extractor\tF1\tprecision\trecall\tF1 95% CI\tstrict F1\tstrict P\tstrict R\tstrict 95% CI\tempty\texact\tms/page\tMB/page\t×parse\t")
		for _, r := range t.Rows {
			fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%.3f–%.3f\t%.3f\t%.3f\t%.3f\t%.3f–%.3f\t%d\t%.2f\t%.2f\t%.2f\t%.1f\t\n",
				r.Extractor, r.F1, r.Precision, r.Recall, r.F1CI[0], r.F1CI[1], r.StrictF1, r.StrictP, r.StrictR,
				r.StrictF1CI[0], r.StrictF1CI[1], r.Empty, r.ExactMatch, r.MsPage, r.MBPage, r.RatioToBare)
		}
		tw.Flush()
		if t.Margin != nil {
			fmt.Fprintf(w, "pith − readeck strict F1: %+.3f (95%% CI %+.3f … %+.3f)\n", *t.Margin, t.MarginCI[0], t.MarginCI[1])
		}
	}
	fmt.Fprintf(w, "\npages where pith is below readeck alone (F1 −0.01 or worse): %d\n", len(rep.Regressions))
	for _, l := range rep.Regressions {
		fmt.Fprintf(w, "  %s  pith %.3f  readeck %.3f\n", l.Page[:16], l.PithF1, l.PeerF1)
	}
	if len(rep.Losses) > 0 {
		fmt.Fprintf(w, "\npages where pith lost most to the best peer:\n")
		for _, l := range rep.Losses {
			fmt.Fprintf(w, "  %s  pith %.3f  %s %.3f\n", l.Page[:16], l.PithF1, l.BestPeer, l.PeerF1)
		}
	}
}
