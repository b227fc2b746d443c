package main

import (
	"regexp"
	"strings"
)

// The scorer follows the ScrapingHub article-extraction-benchmark: texts are
// cut into tokens with Python's Unicode \w (letters, digits, underscore),
// tokens into overlapping 4-token shingles counted as a multiset; a page's
// precision is tp/(tp+fp) and recall tp/(tp+fn).

var rxToken = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// shingleN is the shingle length of the benchmark.
const shingleN = 4

// shingles counts the 4-token shingles of text. A text of fewer than four
// tokens gives one shingle of all of them; an empty text gives none.
func shingles(text string) map[string]int {
	tokens := rxToken.FindAllString(text, -1)
	counts := map[string]int{}
	for i := 0; i < max(1, len(tokens)-shingleN+1); i++ {
		if s := strings.Join(tokens[i:min(i+shingleN, len(tokens))], " "); s != "" {
			counts[s]++
		}
	}
	return counts
}

// pageScore is one page's shingle counts against its ground truth.
type pageScore struct {
	TP, FP, FN int
	Empty      bool // the extractor returned no text
}

// score compares a predicted text with the ground truth.
func score(truth, predicted string) pageScore {
	t, p := shingles(truth), shingles(predicted)
	var s pageScore
	for sh, n := range p {
		common := min(n, t[sh])
		s.TP += common
		s.FP += n - common
	}
	for sh, n := range t {
		s.FN += n - min(n, p[sh])
	}
	s.Empty = len(p) == 0
	return s
}

// precision is tp/(tp+fp); an empty prediction scores 0.
func (s pageScore) precision() float64 {
	if s.TP+s.FP == 0 {
		return 0
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// recall is tp/(tp+fn); an empty truth is fully recalled.
func (s pageScore) recall() float64 {
	if s.TP+s.FN == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FN)
}

// metrics are means over pages and the F1 of those means.
type metrics struct {
	F1, Precision, Recall float64
}

// aggregate averages precision and recall over pages. In the strict form an
// empty output counts with precision 0; in the benchmark's own form
// (strict=false) such pages are left out of the precision mean, as its
// script does.
func aggregate(scores []pageScore, strict bool) metrics {
	var p, r float64
	np := 0
	for _, s := range scores {
		r += s.recall()
		if s.Empty && !strict {
			continue
		}
		p += s.precision()
		np++
	}
	var m metrics
	if np > 0 {
		m.Precision = p / float64(np)
	}
	if len(scores) > 0 {
		m.Recall = r / float64(len(scores))
	}
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	return m
}
