package main

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Bag-of-words scoring, as ../shared/corpus/README.md defines it: the text
// is NFKC-normalised and lower-cased; a token is a run of letters and
// digits (combining marks stay inside the run, so Devanagari or Arabic
// words are not cut at their vowel signs), except that every Han, Hiragana,
// Katakana and Thai character is a token of its own. Hangul syllables form
// runs like Latin letters (Korean is written with spaces). Precision and
// recall count the overlap of the two multisets of tokens.

// bowTokens cuts s into bag-of-words tokens.
func bowTokens(s string) []string {
	s = strings.ToLower(norm.NFKC.String(s))
	var out []string
	start := -1
	for i, r := range s {
		switch {
		case isSingleToken(r):
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			out = append(out, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && unicode.IsMark(r)):
			if start < 0 {
				start = i
			}
		default:
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// isSingleToken tells whether r is a character that is a token by itself.
func isSingleToken(r rune) bool {
	if r < 0x0e00 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai) ||
		r == 'ー' || r == '々' // the prolonged-sound and repetition marks (script Common)
}

// bag counts tokens.
func bag(tokens []string) map[string]int {
	m := make(map[string]int, len(tokens))
	for _, t := range tokens {
		m[t]++
	}
	return m
}

// overlap is the size of the multiset intersection of tokens and truth.
func overlap(truth map[string]int, tokens []string) int {
	seen := make(map[string]int, len(truth))
	tp := 0
	for _, t := range tokens {
		if seen[t] < truth[t] {
			seen[t]++
			tp++
		}
	}
	return tp
}

// prf is one page's precision, recall and F1.
type prf struct{ P, R, F1 float64 }

// bowScore compares the predicted tokens with the truth's. An empty
// prediction scores 0 throughout; an empty truth is fully recalled.
func bowScore(truth, predicted []string) prf {
	if len(predicted) == 0 {
		if len(truth) == 0 {
			return prf{1, 1, 1}
		}
		return prf{}
	}
	if len(truth) == 0 {
		return prf{0, 1, 0}
	}
	tp := float64(overlap(bag(truth), predicted))
	s := prf{P: tp / float64(len(predicted)), R: tp / float64(len(truth))}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// prefixRecall is the share of the prefix's tokens (as a multiset) found
// among the first max(50, 3 × len(prefix)) tokens of the predicted text.
func prefixRecall(prefix, predicted []string) float64 {
	if len(prefix) == 0 {
		return 1
	}
	window := min(len(predicted), max(50, 3*len(prefix)))
	return float64(overlap(bag(prefix), predicted[:window])) / float64(len(prefix))
}

// bootstrapResamples and bootstrapSeed make the paired intervals the same
// on every run.
const (
	bootstrapResamples = 2000
	bootstrapSeed      = 16
)

// pairedBootstrap returns the mean of a[i]−b[i] and the 95% percentile
// interval of that mean over resamples of the pages (the same pages for
// both, hence paired).
func pairedBootstrap(a, b []float64) (mean float64, ci [2]float64) {
	n := len(a)
	if n == 0 || len(b) != n {
		return math.NaN(), [2]float64{math.NaN(), math.NaN()}
	}
	d := make([]float64, n)
	for i := range a {
		d[i] = a[i] - b[i]
		mean += d[i]
	}
	mean /= float64(n)
	rng := rand.New(rand.NewPCG(bootstrapSeed, 17))
	means := make([]float64, bootstrapResamples)
	for k := range means {
		s := 0.0
		for range n {
			s += d[rng.IntN(n)]
		}
		means[k] = s / float64(n)
	}
	sort.Float64s(means)
	lo := int(math.Floor(0.025 * float64(bootstrapResamples)))
	hi := int(math.Ceil(0.975*float64(bootstrapResamples))) - 1
	return mean, [2]float64{means[lo], means[hi]}
}
