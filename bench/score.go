package main

import shingle "github.com/pith-cli/pith/score"

// The scorer is the root module's score package, which follows the
// ScrapingHub article-extraction-benchmark: texts are cut into tokens with
// Python's Unicode \w (letters, digits, underscore), tokens into
// overlapping 4-token shingles counted as a multiset; a page's precision is
// tp/(tp+fp) and recall tp/(tp+fn). pith check scores its --tolerance with
// the same package.

// pageScore is one page's shingle counts against its ground truth.
type pageScore shingle.Counts

// score compares a predicted text with the ground truth.
func score(truth, predicted string) pageScore { return pageScore(shingle.Compare(truth, predicted)) }

// precision is tp/(tp+fp); an empty prediction scores 0.
func (s pageScore) precision() float64 { return shingle.Counts(s).Precision() }

// recall is tp/(tp+fn); an empty truth is fully recalled.
func (s pageScore) recall() float64 { return shingle.Counts(s).Recall() }

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
