package rx

import (
	"cmp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// RequiredLiterals derives from a pattern a set of substrings of which every
// match holds at least one — a prefilter for the wording patterns:
// the expensive expression runs only on text that holds one of them. It
// returns nil when no such set can be told (an alternative made only of
// classes and repetitions), and then the pattern must always run.
func RequiredLiterals(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	set := literalSet(re.Simplify())
	if len(set) == 0 {
		return nil
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// SecondLiterals derives from a pattern a second set of substrings of which
// every match holds one, independent of first (RequiredLiterals' set): the
// literals of another part of its top-level sequence. A piece of a wording
// rule then runs only on text that holds one of each ("turn on" and
// "notifications"), so a text that merely names the notifications does not
// compile the piece. It returns nil when there is no such part.
func SecondLiterals(pattern string, first []string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil || len(first) == 0 {
		return nil
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat {
		return nil
	}
	var best []string
	for _, sub := range re.Sub {
		set := literalSet(sub)
		if set == nil || overlaps(set, first) || shortest(set) <= shortest(best) {
			continue
		}
		best = set
	}
	if best == nil {
		return nil
	}
	slices.Sort(best)
	return slices.Compact(best)
}

// overlaps reports whether a literal of one set holds one of the other: the
// sets then come from the same part of the pattern, or may.
func overlaps(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.Contains(x, y) || strings.Contains(y, x) {
				return true
			}
		}
	}
	return false
}

// GuardLiterals derives the prefilter of a standalone pattern (see
// Regexp.Guard): strings one of which every match holds, or nil,
// and whether the pattern ignores case anywhere — then they are in
// FoldCanonical form, as regexp/syntax already writes the literals
// it folds, and a text is to be compared in that form too.
func GuardLiterals(pattern string) (lits []string, fold bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, false
	}
	fold = clearFoldCase(re)
	set := literalSet(re.Simplify())
	if len(set) == 0 {
		return nil, false
	}
	if fold {
		for i, s := range set {
			set[i] = FoldCanonical(s)
		}
	}
	slices.Sort(set)
	return slices.Compact(set), fold
}

// clearFoldCase clears the case-folding flag throughout re, so that its
// literals count, and reports whether it was set anywhere.
func clearFoldCase(re *syntax.Regexp) bool {
	fold := re.Flags&syntax.FoldCase != 0
	re.Flags &^= syntax.FoldCase
	for _, sub := range re.Sub {
		fold = clearFoldCase(sub) || fold
	}
	return fold
}

// Bounds of the analysis: a set grows by cross products of adjacent parts
// up to maxLiteralSet strings; a literal shorter than minLiteralLen runes
// (" ", "a") would pass every text, so it does not count.
const (
	maxLiteralSet = 64
	minLiteralLen = 3
)

// literalSet returns strings one of which every match of re holds, or nil.
func literalSet(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) < minLiteralLen {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture:
		return literalSet(re.Sub[0])
	case syntax.OpPlus:
		return literalSet(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return literalSet(re.Sub[0])
		}
	case syntax.OpAlternate:
		var set []string
		for _, sub := range re.Sub {
			s := literalSet(sub)
			if s == nil {
				return nil // one alternative with no literal: no prefilter
			}
			set = append(set, s...)
		}
		return set
	case syntax.OpConcat:
		return concatLiterals(re.Sub)
	}
	return nil
}

// concatLiterals picks the best literal set of a concatenation: runs of
// adjacent parts that are literals, or alternations of literals, are joined
// by cross product ("(sign|log) in " gives "sign in ", "log in "), and the
// set whose shortest string is longest wins.
func concatLiterals(subs []*syntax.Regexp) []string {
	var best []string
	consider := func(set []string) {
		if set != nil && shortest(set) > shortest(best) {
			best = set
		}
	}
	var run []string // cross product of the current run of exact parts
	for _, sub := range subs {
		exact := exactStrings(sub)
		if exact == nil {
			consider(run)
			run = nil
			consider(literalSet(sub))
			continue
		}
		if run == nil {
			run = exact
		} else if len(run)*len(exact) <= maxLiteralSet {
			var product []string
			for _, a := range run {
				for _, b := range exact {
					product = append(product, a+b)
				}
			}
			run = product
		} else {
			consider(run)
			run = exact
		}
	}
	consider(run)
	return best
}

// exactStrings lists every string re matches when it matches only a few
// fixed strings (a literal, or an alternation of them); nil otherwise.
func exactStrings(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture:
		return exactStrings(re.Sub[0])
	case syntax.OpCharClass:
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(set) == maxLiteralSet {
					return nil
				}
				set = append(set, string(r))
			}
		}
		return set
	case syntax.OpAlternate:
		var set []string
		for _, sub := range re.Sub {
			s := exactStrings(sub)
			if s == nil || len(set)+len(s) > maxLiteralSet {
				return nil
			}
			set = append(set, s...)
		}
		return set
	case syntax.OpConcat:
		set := []string{""}
		for _, sub := range re.Sub {
			s := exactStrings(sub)
			if s == nil || len(set)*len(s) > maxLiteralSet {
				return nil
			}
			var product []string
			for _, a := range set {
				for _, b := range s {
					product = append(product, a+b)
				}
			}
			set = product
		}
		return set
	}
	return nil
}

// shortest is the length in runes of the shortest string of set; 0 for an
// empty set.
func shortest(set []string) int {
	if len(set) == 0 {
		return 0
	}
	n := utf8.RuneCountInString(set[0])
	for _, s := range set[1:] {
		n = min(n, utf8.RuneCountInString(s))
	}
	return n
}

// A LiteralIndex finds, in one pass over a text, which of several patterns'
// required literals (see RequiredLiterals) it holds. Literals are sorted by
// their first three bytes behind a bitmap of those bytes' hash, so most
// positions of a text cost one bit test, and the index is built without a
// map: a process that matches one page pays little to build it.
type LiteralIndex struct {
	bitmap   [1 << 16 / 64]uint64
	literals []indexedLiteral // sorted by key
	keys     []uint32         // the distinct keys of literals, in order
	starts   []int32          // literals[starts[k]:starts[k+1]] have keys[k]
	always   PatternSet       // patterns with no literal set: every text may match them
}

type indexedLiteral struct {
	key     uint32 // the literal's first three bytes
	text    string
	pattern int
}

// A PatternSet is a set of up to maxIndexedPatterns pattern numbers.
type PatternSet [maxIndexedPatterns / 64]uint64

// maxIndexedPatterns bounds the patterns one LiteralIndex holds.
const maxIndexedPatterns = 2048

func (s *PatternSet) add(i int)      { s[i>>6] |= 1 << (i & 63) }
func (s *PatternSet) Has(i int) bool { return s[i>>6]&(1<<(i&63)) != 0 }

// NewLiteralIndex indexes the literal sets of up to maxIndexedPatterns
// patterns; a nil set marks a pattern that must always run.
func NewLiteralIndex(sets [][]string) *LiteralIndex {
	if len(sets) > maxIndexedPatterns {
		panic("literal index: too many patterns")
	}
	x := &LiteralIndex{}
	n := 0
	for _, set := range sets {
		n += len(set)
	}
	x.literals = make([]indexedLiteral, 0, n)
	for i, set := range sets {
		if set == nil {
			x.always.add(i)
			continue
		}
		for _, lit := range set {
			if len(lit) < 3 {
				x.always.add(i) // too short to index: always run
				continue
			}
			h := trigramHash(lit[0], lit[1], lit[2])
			x.bitmap[h>>6] |= 1 << (h & 63)
			x.literals = append(x.literals, indexedLiteral{trigramKey(lit[0], lit[1], lit[2]), lit, i})
		}
	}
	slices.SortFunc(x.literals, func(a, b indexedLiteral) int { return cmp.Compare(a.key, b.key) })
	for i, lit := range x.literals {
		if i == 0 || lit.key != x.literals[i-1].key {
			x.keys = append(x.keys, lit.key)
			x.starts = append(x.starts, int32(i))
		}
	}
	x.starts = append(x.starts, int32(len(x.literals)))
	return x
}

func trigramHash(a, b, c byte) uint16 {
	return uint16(a)<<8 ^ uint16(b)<<4 ^ uint16(c)
}

func trigramKey(a, b, c byte) uint32 {
	return uint32(a)<<16 | uint32(b)<<8 | uint32(c)
}

// Patterns returns the set of patterns that text may match.
func (x *LiteralIndex) Patterns(text string) PatternSet {
	set := x.always
	for i := 0; i+2 < len(text); i++ {
		h := trigramHash(text[i], text[i+1], text[i+2])
		if x.bitmap[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		k, found := slices.BinarySearch(x.keys, trigramKey(text[i], text[i+1], text[i+2]))
		if !found {
			continue
		}
		for _, lit := range x.literals[x.starts[k]:x.starts[k+1]] {
			if !set.Has(lit.pattern) && len(text)-i >= len(lit.text) && text[i:i+len(lit.text)] == lit.text {
				set.add(lit.pattern)
			}
		}
	}
	return set
}
