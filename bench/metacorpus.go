package main

// The metadata bench on the corpora (../shared/corpus): titles, authors and
// dates that the sources assert (fundus, postlight, newspaper4k, goose3
// titles; htmldate dates), with the same tuning/confirmation split as the
// body bench. Each labelled field of each page is right, wrong (a value
// that does not match) or none (no value at all):
//   - title: equal after NFKC, case folding and removing punctuation,
//     symbols and invisible format characters (whitespace collapsed);
//   - published: the first ten characters equal; for postlight, whose dates
//     are UTC instants, the calendar days at most one day apart;
//   - authors: right when every expected name is among the extractor's
//     names (each folded as a title); postlight's expected names, one
//     byline string, are split as a peer's byline is. Precision is
//     the share of the extractor's author values that match an expected
//     name, or a piece of one a label sets off (namePieces), over every
//     page whose authors the source asserts (an asserted empty list makes
//     every value wrong).

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var corpusMetaFields = []string{"title", "published", "authors"}

// fieldTally counts one field's outcomes.
type fieldTally struct {
	Labelled int     `json:"labelled"`
	Right    int     `json:"right"`
	Wrong    int     `json:"wrong"`
	None     int     `json:"none"`
	Accuracy float64 `json:"accuracy"`
	// authors only: values given, values matching an expected name.
	Values    int     `json:"values,omitempty"`
	Matched   int     `json:"values_matched,omitempty"`
	Precision float64 `json:"precision,omitempty"`
}

func (t *fieldTally) finish() {
	if t.Labelled > 0 {
		t.Accuracy = float64(t.Right) / float64(t.Labelled)
	}
	if t.Values > 0 {
		t.Precision = float64(t.Matched) / float64(t.Values)
	}
}

// metaCorpusRow is one extractor on one part (or one language) of a corpus.
type metaCorpusRow struct {
	Extractor string                 `json:"extractor"`
	Part      string                 `json:"part"`
	Lang      string                 `json:"language,omitempty"`
	Pages     int                    `json:"pages"`
	Fields    map[string]*fieldTally `json:"fields"`
	MsPage    float64                `json:"ms_per_page,omitempty"`
}

type metaCorpusReport struct {
	Corpus string          `json:"corpus"`
	Pages  int             `json:"pages"`
	Rows   []metaCorpusRow `json:"rows"`
	Langs  []metaCorpusRow `json:"languages"`
	Misses []metaMiss      `json:"pith_misses"`
}

// corpusFold is the title comparison of the corpus README: NFKC, case
// folding, punctuation and symbols removed, whitespace collapsed. Invisible
// format characters (a soft hyphen, a zero-width space, a BOM) go without
// a trace, as a reader sees the title: a source's truth that keeps a
// zero-width space after its last word is the same title without it.
func corpusFold(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return ' '
		}
		return unicode.ToLower(r)
	}, norm.NFKC.String(s))
	return strings.Join(strings.Fields(s), " ")
}

// gradeTitle, gradeDate and gradeAuthors return "right", "wrong" or "none".
func gradeTitle(got, want string) string {
	switch {
	case strings.TrimSpace(got) == "":
		return "none"
	case corpusFold(got) == corpusFold(want):
		return "right"
	}
	return "wrong"
}

func gradeDate(got, want string, oneDay bool) string {
	got = strings.TrimSpace(got)
	if got == "" {
		return "none"
	}
	g, w := got[:min(10, len(got))], want[:min(10, len(want))]
	if g == w {
		return "right"
	}
	if oneDay {
		gt, err1 := time.Parse(time.DateOnly, g)
		wt, err2 := time.Parse(time.DateOnly, w)
		if err1 == nil && err2 == nil && gt.Sub(wt).Abs() <= 24*time.Hour {
			return "right"
		}
	}
	return "wrong"
}

// gradeAuthors grades the names and counts the values that match.
func gradeAuthors(got, want []string, byline bool) (outcome string, values, matched int) {
	expected := map[string]bool{}
	pieces := map[string]bool{} // what a value may match for precision
	for _, w := range want {
		names := []string{w}
		if byline {
			names = splitByline(w)
		}
		for _, n := range names {
			if f := corpusFold(n); f != "" {
				expected[f] = true
			}
			for _, piece := range namePieces(n) {
				pieces[corpusFold(piece)] = true
			}
		}
	}
	given := map[string]bool{}
	for _, g := range got {
		f := corpusFold(g)
		if f == "" {
			continue
		}
		values++
		given[f] = true
		if expected[f] || pieces[f] {
			matched++
		}
	}
	switch {
	case values == 0:
		outcome = "none"
	default:
		outcome = "right"
		for n := range expected {
			if !given[n] {
				outcome = "wrong"
			}
		}
	}
	return outcome, values, matched
}

var (
	// rxLabelCut sets a label or an outlet off from the name it goes with:
	// colons, middle dots and bullets, slashes and brackets, and the
	// full-width comma of CJK text ("著者：後藤大地", "Politik · Jane Doe",
	// "[田中宏昌，ITmedia]"), and the conjunctions a peer's byline is split
	// at, which join two names in one of a source's ("Le Monde et AFP").
	// An ASCII comma is no cut: "Lee, Ann" is one name.
	rxLabelCut = regexp.MustCompile(`[:：·•●/／|\[\]()（）【】「」，&]|\s(?:and|und|et|y|e|en|и)\s`)
	// rxTitleBefore is an honorific or academic title before a name.
	rxTitleBefore = regexp.MustCompile(`^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)+`)
)

// namePieces are the parts of an expected name that a value matching one
// of them names rightly, for precision: the name's pieces between label
// cuts, and each without a title before it. A source's byline may keep
// its label, its outlet or a title with the name (see postlight's
// README); a value that leaves them out names the same writer, where a
// wrong value names someone, or something, else. Accuracy still asks for
// the whole expected name.
//
// What stands before a colon is the label ("著者", "Text", "Fotos") and
// no piece: a value that is only the label is the very mistake precision
// counts.
func namePieces(name string) []string {
	if i := strings.LastIndexAny(name, ":："); i >= 0 {
		_, size := utf8.DecodeRuneInString(name[i:])
		name = name[i+size:]
	}
	var out []string
	for _, piece := range rxLabelCut.Split(name, -1) {
		piece = strings.TrimSpace(piece)
		if corpusFold(piece) == "" {
			continue
		}
		out = append(out, piece)
		if bare := rxTitleBefore.ReplaceAllString(piece, ""); bare != piece && corpusFold(bare) != "" {
			out = append(out, bare)
		}
	}
	return out
}

// metaOutcome is one page's graded fields for one extractor.
type metaOutcome struct {
	outcome         map[string]string // field → right/wrong/none; absent: not labelled
	values, matched int
	got, want       map[string]string
	authorsAsserted bool
}

func gradeCorpusPage(corpusName string, p page, a metaAnswer) metaOutcome {
	o := metaOutcome{outcome: map[string]string{}, got: map[string]string{}, want: map[string]string{}}
	if p.HasTitle && p.Title != "" {
		o.outcome["title"] = gradeTitle(a.Title, p.Title)
		o.got["title"], o.want["title"] = a.Title, p.Title
	}
	if p.HasDate {
		o.outcome["published"] = gradeDate(a.Published, p.Published, corpusName == "postlight")
		o.got["published"], o.want["published"] = a.Published, p.Published
	}
	if p.HasAuthor {
		o.authorsAsserted = true
		var out string
		out, o.values, o.matched = gradeAuthors(a.Authors, p.Authors, corpusName == "postlight")
		if len(p.Authors) > 0 {
			o.outcome["authors"] = out
		}
		o.got["authors"], o.want["authors"] = strings.Join(a.Authors, "; "), strings.Join(p.Authors, "; ")
	}
	return o
}

func tally(name, part, lang string, outs []metaOutcome, idx []int, fields []string) metaCorpusRow {
	row := metaCorpusRow{Extractor: name, Part: part, Lang: lang, Pages: len(idx), Fields: map[string]*fieldTally{}}
	for _, f := range fields {
		row.Fields[f] = &fieldTally{}
	}
	for _, i := range idx {
		o := outs[i]
		for _, f := range fields {
			t := row.Fields[f]
			if f == "authors" && o.authorsAsserted {
				t.Values += o.values
				t.Matched += o.matched
			}
			switch o.outcome[f] {
			case "right":
				t.Labelled++
				t.Right++
			case "wrong":
				t.Labelled++
				t.Wrong++
			case "none":
				t.Labelled++
				t.None++
			}
		}
	}
	for _, t := range row.Fields {
		t.finish()
	}
	return row
}

// benchMetaCorpus grades the metadata extractors on one corpus.
func benchMetaCorpus(c *corpus, exts []metaExtractor, part string) *metaCorpusReport {
	var pages []page
	for _, p := range c.Pages {
		if (p.HasTitle && p.Title != "") || p.HasAuthor || p.HasDate {
			pages = append(pages, p)
		}
	}
	rep := &metaCorpusReport{Corpus: c.Name, Pages: len(pages)}
	if len(pages) == 0 {
		return rep
	}
	parts := []string{part}
	if part == "all" {
		parts = []string{"all", partTuning, partConfirm}
	}
	inPart := func(pt string) []int {
		var idx []int
		for i, p := range pages {
			if pt == "all" || p.Part == pt {
				idx = append(idx, i)
			}
		}
		return idx
	}
	for _, e := range exts {
		fields := corpusMetaFields
		if e.fields != nil {
			fields = e.fields
		}
		outs := make([]metaOutcome, len(pages))
		start := time.Now()
		answers := make([]metaAnswer, len(pages))
		for i, p := range pages {
			answers[i] = e.run(p.HTML)
		}
		ms := float64(time.Since(start).Microseconds()) / 1000 / float64(len(pages))
		for i, p := range pages {
			outs[i] = gradeCorpusPage(c.Name, p, answers[i])
			if e.name == "pith" {
				for _, f := range corpusMetaFields {
					if g := outs[i].outcome[f]; g == "wrong" || g == "none" {
						rep.Misses = append(rep.Misses, metaMiss{Page: p.ID + " (" + p.Part + ")", Field: f + " " + g, Got: outs[i].got[f], Want: outs[i].want[f]})
					}
				}
				// A page whose names are all found can still carry a value
				// that matches none (precision): list it too.
				if o := outs[i]; o.authorsAsserted && o.outcome["authors"] != "wrong" && o.values > o.matched {
					rep.Misses = append(rep.Misses, metaMiss{Page: p.ID + " (" + p.Part + ")", Field: "authors extra", Got: o.got["authors"], Want: o.want["authors"]})
				}
			}
		}
		for _, pt := range parts {
			row := tally(e.name, pt, "", outs, inPart(pt), fields)
			row.MsPage = ms
			rep.Rows = append(rep.Rows, row)
		}
		for _, pt := range parts[min(1, len(parts)-1):] {
			byLang := map[string][]int{}
			count := map[string]int{}
			for _, i := range inPart(pt) {
				count[pages[i].Lang]++
			}
			for _, i := range inPart(pt) {
				l := pages[i].Lang
				if count[l] < minLangPages {
					l = "other"
				}
				byLang[l] = append(byLang[l], i)
			}
			if len(byLang) < 2 {
				continue
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
			for _, l := range langs {
				rep.Langs = append(rep.Langs, tally(e.name, pt, l, outs, byLang[l], fields))
			}
		}
	}
	return rep
}

func tallyCell(t *fieldTally) string {
	if t == nil || t.Labelled == 0 {
		return "–"
	}
	return fmt.Sprintf("%.3f (%d/%d/%d)", t.Accuracy, t.Right, t.Wrong, t.None)
}

func (rep *metaCorpusReport) print(w io.Writer) {
	fmt.Fprintf(w, "\n=== %s metadata: %d pages with asserted titles, authors or dates\n", rep.Corpus, rep.Pages)
	if rep.Pages == 0 {
		return
	}
	fmt.Fprintln(w, "accuracy (right/wrong/none); authors: every expected name found; precision: values matching an expected name / values given; ms/page: the extractor's whole call")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "part\textractor\tpages\ttitle\tdate\tauthors\tauthor precision\tms/page\t")
	for _, r := range rep.Rows {
		prec := "–"
		if t := r.Fields["authors"]; t != nil && t.Values > 0 {
			prec = fmt.Sprintf("%.3f (%d/%d)", t.Precision, t.Matched, t.Values)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%.2f\t\n", r.Part, r.Extractor, r.Pages,
			tallyCell(r.Fields["title"]), tallyCell(r.Fields["published"]), tallyCell(r.Fields["authors"]), prec, r.MsPage)
	}
	tw.Flush()
	if len(rep.Langs) > 0 {
		fmt.Fprintf(w, "\nper language (pith and go-trafilatura; languages under %d pages pooled as \"other\"; all extractors in the JSON):\n", minLangPages)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "part\tlanguage\textractor\tpages\ttitle\tdate\tauthors\tauthor precision\t")
		for _, r := range rep.Langs {
			if r.Extractor != "pith" && r.Extractor != "go-trafilatura" {
				continue
			}
			prec := "–"
			if t := r.Fields["authors"]; t != nil && t.Values > 0 {
				prec = fmt.Sprintf("%.3f (%d/%d)", t.Precision, t.Matched, t.Values)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t\n", r.Part, r.Lang, r.Extractor, r.Pages,
				tallyCell(r.Fields["title"]), tallyCell(r.Fields["published"]), tallyCell(r.Fields["authors"]), prec)
		}
		tw.Flush()
	}
	fmt.Fprintf(w, "pith's wrong or missing values: %d (listed in the JSON)\n", len(rep.Misses))
}

// runMetadataAll grades the hand-labelled set (unless labelledDir is empty)
// and then the corpora in dirs, and writes everything as JSON.
func runMetadataAll(labelledDir string, dirs []string, part, only, jsonPath string, out io.Writer) error {
	result := map[string]any{"part": part}
	if labelledDir != "" {
		rows, err := labelledMetadata(labelledDir, only, out)
		if err != nil {
			return err
		}
		result["labelled"] = rows
	}
	var exts []metaExtractor
	for _, e := range metaExtractors() {
		if only == "" || containsName(only, e.name) {
			exts = append(exts, e)
		}
	}
	fmt.Fprintf(out, "\ncorpora: part %s (FNV-1a of the page id mod 10: 0-6 tuning, 7-9 confirmation)\n", part)
	var reps []*metaCorpusReport
	for _, dir := range dirs {
		c, err := loadCorpus(dir, part)
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "bench: metadata %s…\n", c.Name)
		rep := benchMetaCorpus(c, exts, part)
		if rep.Pages == 0 {
			continue
		}
		rep.print(out)
		reps = append(reps, rep)
	}
	result["corpora"] = reps
	if jsonPath == "" {
		return nil
	}
	data, err := json.MarshalIndent(result, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(jsonPath, append(data, '\n'), 0o644)
}
