// Package score compares two texts the way the ScrapingHub
// article-extraction-benchmark does: each text is cut into tokens with
// Python's Unicode \w (runs of letters, digits and underscores), the tokens
// into overlapping 4-token shingles counted as a multiset, and the shingles
// of a predicted text are matched against those of the truth.
//
// The bench tool scores extractors with it, and pith check uses it to let
// a body text that differs a little from its golden file pass.
package score

import (
	"regexp"
	"strings"
	"sync"
)

// rxToken is a word: letters, digits and underscores. It is compiled on
// first use, not at package initialisation, which every run of pith pays
// (0.15–0.3 ms measured with GODEBUG=inittrace=1) though only pith check
// scores.
var rxToken = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[\p{L}\p{N}_]+`) })

// ShingleLength is the number of tokens in a shingle.
const ShingleLength = 4

// Shingles counts the 4-token shingles of text. A text of fewer than four
// tokens gives one shingle of all of them; an empty text gives none. Case
// counts: "Hi" and "hi" are different tokens.
func Shingles(text string) map[string]int {
	tokens := rxToken().FindAllString(text, -1)
	counts := map[string]int{}
	for i := 0; i < max(1, len(tokens)-ShingleLength+1); i++ {
		if s := strings.Join(tokens[i:min(i+ShingleLength, len(tokens))], " "); s != "" {
			counts[s]++
		}
	}
	return counts
}

// Counts are the shingles of a predicted text matched against the truth's:
// true positives (in both, each shingle counted as often as it is in both),
// false positives (only predicted) and false negatives (only in the truth).
type Counts struct {
	TP, FP, FN int
	Empty      bool // the predicted text has no shingle
}

// Compare matches the shingles of predicted against those of truth.
func Compare(truth, predicted string) Counts {
	t, p := Shingles(truth), Shingles(predicted)
	var c Counts
	for sh, n := range p {
		common := min(n, t[sh])
		c.TP += common
		c.FP += n - common
	}
	for sh, n := range t {
		c.FN += n - min(n, p[sh])
	}
	c.Empty = len(p) == 0
	return c
}

// Precision is tp/(tp+fp); an empty prediction scores 0.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is tp/(tp+fn); an empty truth is fully recalled.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of precision and recall; 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
