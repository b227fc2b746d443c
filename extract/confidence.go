package extract

import (
	"fmt"
	"math"
	"slices"
	"sort"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/extract/internal/clean"
	"github.com/pith-cli/pith/internal/dom"
)

// Confidence: how sure pith is that Text is the page's whole article and
// nothing else. It is a logistic model over a few signals the pipeline
// has at hand anyway (no second readability pass): how much of the page's
// prose the result kept, how much of readability's choice the rules
// removed, whether a fallback (the second run, the recall guard) decided
// the body, how far the result's words agree with the body the page
// declares and with its JSON-LD articleBody, and the result's shape
// (length, links, paragraphs, lists, teaser headings, repeated blocks,
// short blocks that end no sentence, words before the first paragraph);
// and over one walk of the page before any rule runs (pageSurvey), which
// finds the page's visible words and its blocks of prose: an extraction
// of its own to compare with, and a measure of how ambiguous the page is.
// The coefficients are fitted on the tuning parts of the development
// corpora with body ground truth (bench -confidence-fit); a page counts as
// good there when its F1 is at least 0.95. The fit holds each signal to
// its known direction, so one the tuning pages fit the wrong way weighs 0
// until more evidence comes in.

// confidenceSignals is what the pipeline records for the model while it
// finds the body; the result's shape is read at the end.
type confidenceSignals struct {
	pageProse  int      // words in long, mostly unlinked <p> of the page before pith's rules
	risky      int      // of those, words the name rules removed (Pruner.Risky)
	candidate  int      // words of readability's choice before the post-cleaning
	cleaned    int      // words of readability's choice after it
	declared   int      // words of the element the page declares as its body; 0: none
	declTokens []uint64 // its tokens (tokenHashes), sorted, when it is long enough to compare with
	ldBody     string   // the JSON-LD articleBody; "": none
	conserved  bool
	guardFired bool
	page       pageSurvey // the page before any rule
}

// Feature names, in the order of the model's coefficients.
var confidenceFeatureNames = []string{
	"kept_prose_share",   // result's long-paragraph prose / page's (1 when the page has none)
	"no_page_prose",      // the page has no long <p> prose at all
	"name_rules_removed", // prose the name rules removed / page's prose
	"post_clean_removed", // share of readability's choice the post-cleaning removed
	"fallback",           // the second run or the recall guard gave the body
	"declared_missing",   // share of the declared element's words the result lacks
	"declared_extra",     // share of the result's words the declared element lacks
	"jsonld_missing",     // share of the JSON-LD articleBody's words the result lacks
	"jsonld_extra",       // share of the result's words the JSON-LD articleBody lacks
	"link_density",       // √(link words / words of the result), apart from paragraphs listing other sites
	"log_words",          // ln(1 + words) of the result
	"prose_share",        // the result's words in long unlinked paragraphs
	"list_share",         // the result's words inside list items
	"teaser_headings",    // headings that are mostly a link on the page's site, per paragraph (capped at 1)
	"title_missing",      // share of the headline's long words the result lacks
	"visible_share",      // the result's words / the page's visible words
	"cluster_kept",       // the result's prose / the page's largest prose cluster (1 without one)
	"ambiguity",          // the second largest prose cluster / the largest (0 with one or none)
	"cluster_excess",     // the result's prose beyond the largest cluster, in its sizes (capped at 2)
	"repeated_blocks",    // share of the result's blocks whose text an earlier block has already
	"unpunctuated",       // √(share of the result's blocks that are short and end no sentence)
	"lead_in",            // the result's words before its first prose block, over 50 (capped at 1)
}

// ConfidenceFeatureNames names the values ConfidenceFeatures returns.
func ConfidenceFeatureNames() []string { return append([]string(nil), confidenceFeatureNames...) }

// ConfidenceFeatures returns the signals behind Confidence, in the order
// of ConfidenceFeatureNames, for calibrating the model (bench
// -confidence-fit); nil when the page has no article.
func (a *Article) ConfidenceFeatures() []float64 {
	return append([]float64(nil), a.features...)
}

// shape is the result's shape, read in one walk.
type shape struct {
	words, links, prose, paragraphs, listWords, linkedHeadings int
}

func readShape(n *html.Node, site string, s *shape) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || dom.SkipsText(c) {
			continue
		}
		switch {
		case c.DataAtom == atom.P || c.Data == "p": // readability renames text divs to p
			w, l := dom.WordsIn(c), dom.LinkWords(c)
			s.paragraphs++
			if w >= dom.LongParagraphWords && l*4 < w {
				s.prose += w
			}
			continue
		case c.DataAtom == atom.Li:
			s.listWords += dom.WordsIn(c)
		case c.DataAtom == atom.H2 || c.DataAtom == atom.H3 || c.DataAtom == atom.H4 || c.DataAtom == atom.H5 || c.DataAtom == atom.H6 || c.DataAtom == atom.H1:
			if w := dom.WordsIn(c); w > 0 && siteLinkWords(c, site)*2 >= w {
				s.linkedHeadings++
			}
			continue
		}
		readShape(c, site, s)
	}
}

// minDeclaredWords: a declared body (or JSON-LD articleBody) shorter than
// this says nothing about the article (a teaser, a caption).
const minDeclaredWords = 50

// confidenceFeatures computes the model's inputs for the body content
// holding words words, of the page at address pageURL ("": unknown).
func confidenceFeatures(sig confidenceSignals, content *html.Node, words int, title, text, pageURL string) []float64 {
	site := dom.Site(pageURL)
	var s shape
	readShape(content, site, &s)
	s.words = max(words, 1)
	// A paragraph of several links to other sites is an article's (a deals
	// round-up's shops, a link post's sources), as the link-list rule
	// reads it; counting only links within the site weakened the signal
	// on the tuning pages (bench -confidence-cv, 0.94 → 0.90): leaks of
	// links to other sites are common too.
	s.links = dom.LinkWords(content)
	if site != "" {
		s.links -= dom.OffsiteParagraphLinkWords(content, site)
	}
	kept, none := 1.0, 0.0
	if sig.pageProse > 0 {
		kept = min(1, float64(s.prose)/float64(sig.pageProse))
	} else {
		none = 1
	}
	risky := 0.0
	if sig.pageProse > 0 {
		risky = min(1, float64(sig.risky)/float64(sig.pageProse))
	}
	post := 0.0
	if sig.candidate > 0 && sig.cleaned < sig.candidate {
		post = 1 - float64(sig.cleaned)/float64(sig.candidate)
	}
	fallback := 0.0
	if sig.conserved || sig.guardFired {
		fallback = 1
	}
	// Link text and short unpunctuated blocks enter as square roots: the
	// first few lines of links or labels left in say more than the next
	// ones do (a leak is rarely one line), so their effect is concave; a
	// square root against the plain share raised the tuning pages'
	// leave-one-corpus-out AUROC (bench -confidence-cv).
	tokens := tokensOf(text)
	// The body's tokens are sorted only for a reference long enough to
	// compare with (overlap reads nothing from a shorter one): most pages
	// declare no body, or no articleBody, and the sort is most of the cost.
	var sorted []uint64
	sortedBody := func() []uint64 {
		if sorted == nil {
			sorted = slices.Clone(tokens)
			slices.Sort(sorted)
		}
		return sorted
	}
	var declMissing, declExtra, ldMissing, ldExtra float64
	if len(sig.declTokens) >= minDeclaredWords {
		declMissing, declExtra, _ = overlap(sortedBody(), sig.declTokens)
	}
	if sig.ldBody != "" {
		if ld := sortedTokens(sig.ldBody); len(ld) >= minDeclaredWords {
			ldMissing, ldExtra, _ = overlap(sortedBody(), ld)
		}
	}
	unpunct, lead := unpunctuatedBlocks(text)
	visible := 1.0
	if sig.page.words > 0 {
		visible = min(1, float64(words)/float64(sig.page.words))
	}
	clusterKept, ambiguity, excess := 1.0, 0.0, 0.0
	if sig.page.largest > 0 {
		r := float64(s.prose) / float64(sig.page.largest)
		clusterKept, excess = min(1, r), min(2, max(0, r-1))
		ambiguity = float64(sig.page.second) / float64(sig.page.largest)
	}
	return []float64{
		kept,
		none,
		risky,
		post,
		fallback,
		declMissing,
		declExtra,
		ldMissing,
		ldExtra,
		math.Sqrt(min(1, float64(s.links)/float64(s.words))),
		math.Log1p(float64(words)),
		min(1, float64(s.prose)/float64(s.words)),
		min(1, float64(s.listWords)/float64(s.words)),
		min(1, float64(s.linkedHeadings)/float64(s.paragraphs+1)),
		titleMissing(title, tokens),
		visible,
		clusterKept,
		ambiguity,
		excess,
		repeatedBlocks(text),
		math.Sqrt(unpunct),
		lead,
	}
}

// confidence returns the model's probability for features x and the
// reasons behind it: the signals that pull it furthest from the typical
// page's, most first.
func confidence(x []float64) (float64, []string) {
	z := confidenceModel.intercept
	type pull struct {
		i int
		v float64
	}
	pulls := make([]pull, len(x))
	for i, v := range x {
		z += confidenceModel.coef[i] * v
		pulls[i] = pull{i, confidenceModel.coef[i] * (v - confidenceModel.mean[i])}
	}
	p := 1 / (1 + math.Exp(-z))
	sort.SliceStable(pulls, func(a, b int) bool { return math.Abs(pulls[a].v) > math.Abs(pulls[b].v) })
	var reasons []string
	for _, pl := range pulls[:min(maxReasons, len(pulls))] {
		if math.Abs(pl.v) < minPull {
			break
		}
		reasons = append(reasons, describeSignal(pl.i, x[pl.i], pl.v < 0))
	}
	return p, reasons
}

// At most maxReasons reasons are given, each moving the score's log-odds
// by minPull or more.
const (
	maxReasons = 3
	minPull    = 0.3
)

// describeSignal says in words what feature i's value v means; lowers
// tells whether it lowers the score.
func describeSignal(i int, v float64, lowers bool) string {
	sign := "+"
	if lowers {
		sign = "−"
	}
	pct := func(f float64) int { return int(math.Round(f * 100)) }
	var s string
	switch confidenceFeatureNames[i] {
	case "kept_prose_share":
		s = fmt.Sprintf("the text keeps %d%% of the page's long prose paragraphs", pct(v))
	case "no_page_prose":
		s = "the page has no long prose paragraphs"
	case "name_rules_removed":
		s = fmt.Sprintf("rules judging by class, id or role removed %d%% of the page's prose", pct(v))
	case "post_clean_removed":
		s = fmt.Sprintf("the rules after readability removed %d%% of its text", pct(v))
	case "fallback":
		if v > 0 {
			s = "the body came from a fallback (second run or declared body)"
		} else {
			s = "readability's body stood"
		}
	case "declared_missing":
		s = fmt.Sprintf("the text lacks %d%% of the words of the body the page declares", pct(v))
	case "declared_extra":
		s = fmt.Sprintf("%d%% of the text's words are not in the body the page declares", pct(v))
	case "jsonld_missing":
		s = fmt.Sprintf("the text lacks %d%% of the words of the JSON-LD articleBody", pct(v))
	case "jsonld_extra":
		s = fmt.Sprintf("%d%% of the text's words are not in the JSON-LD articleBody", pct(v))
	case "link_density":
		s = fmt.Sprintf("%d%% of the text is link text", pct(v*v))
	case "log_words":
		s = fmt.Sprintf("the text has %d words", int(math.Round(math.Expm1(v))))
	case "prose_share":
		s = fmt.Sprintf("%d%% of the text is in long unlinked paragraphs", pct(v))
	case "list_share":
		s = fmt.Sprintf("%d%% of the text is in list items", pct(v))
	case "teaser_headings":
		s = fmt.Sprintf("linked headings like a teaser list (%.2f per paragraph)", v)
	case "title_missing":
		s = fmt.Sprintf("the text lacks %d%% of the headline's words", pct(v))
	case "visible_share":
		s = fmt.Sprintf("the text holds %d%% of the page's visible words", pct(v))
	case "cluster_kept":
		s = fmt.Sprintf("the text holds %d%% of the page's largest block of prose", pct(v))
	case "ambiguity":
		s = fmt.Sprintf("the page has a second block of prose %d%% the size of the largest", pct(v))
	case "repeated_blocks":
		s = fmt.Sprintf("%d%% of the text's blocks repeat an earlier one, as a list of posts' share bars do", pct(v))
	case "unpunctuated":
		s = fmt.Sprintf("%d%% of the text's blocks are short lines that end no sentence (labels, bylines, links)", pct(v*v))
	case "lead_in":
		s = fmt.Sprintf("%d words stand before the text's first paragraph of prose", int(math.Round(v*leadWordsCap)))
	case "cluster_excess":
		s = fmt.Sprintf("the text holds %d%% more prose than the page's largest block", pct(v))
	}
	return sign + " " + s
}

// scoreConfidence sets a's Confidence, reasons and features for its body
// content of words words.
func (a *Article) scoreConfidence(content *html.Node, words int) {
	a.features = confidenceFeatures(a.signals, content, words, a.Title, a.Text, a.URL)
	p, reasons := confidence(a.features)
	a.Confidence = math.Max(0.01, math.Round(p*100)/100) // 0 would read as unknown
	a.ConfidenceReasons = reasons
}

// newSignals records the cleaning's signals: pr is the run's pruner,
// candidate the words of readability's choice before the post-cleaning,
// after that choice after it, declared the element the page declares.
func newSignals(pr *clean.Pruner, candidate int, after, declared *html.Node, ldBody, source string) confidenceSignals {
	sig := confidenceSignals{pageProse: pr.Prose, risky: pr.Risky, candidate: candidate, guardFired: source != clean.BodyReadability}
	if after != nil {
		sig.cleaned = dom.WordsIn(after)
	}
	if declared != nil {
		if sig.declared = dom.WordsIn(declared); sig.declared >= minDeclaredWords {
			sig.declTokens = nodeTokens(declared)
			slices.Sort(sig.declTokens)
		}
	}
	sig.ldBody = ldBody
	return sig
}
