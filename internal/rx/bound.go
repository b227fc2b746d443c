package rx

import "regexp/syntax"

// A Weight says what a match bound counts: which runes, and whether a
// character class (pairs of bounds, as regexp/syntax holds them) can match
// one of them.
type Weight struct {
	Rune  func(rune) bool
	Class func(ranges []rune) bool
}

// Runes counts every rune.
var Runes = Weight{
	Rune:  func(rune) bool { return true },
	Class: func([]rune) bool { return true },
}

// MatchBound returns the most runes of w's kind a text can hold and still
// match pattern, or -1 when there is no such bound. A bound exists only
// when every match spans the whole text (the pattern is anchored at both
// ends: "^…$") and no repetition can take such runes without end.
func MatchBound(pattern string, w Weight) int {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return -1
	}
	re = re.Simplify()
	if !startsAtBeginning(re) || !endsAtEnd(re) {
		return -1
	}
	if n := w.bound(re); n < unbounded {
		return n
	}
	return -1
}

// unbounded stands for no bound inside Weight.bound; it is large enough that
// sums and products of real bounds stay below it.
const unbounded = 1 << 20

func (w Weight) bound(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			if w.Rune(r) {
				n++
			}
		}
		return n
	case syntax.OpCharClass:
		if w.Class(re.Rune) {
			return 1
		}
		return 0
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpQuest:
		return w.bound(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		if w.bound(re.Sub[0]) > 0 {
			return unbounded
		}
		return 0
	case syntax.OpRepeat:
		sub := w.bound(re.Sub[0])
		if sub == 0 {
			return 0
		}
		if re.Max < 0 || sub >= unbounded {
			return unbounded
		}
		return min(unbounded, re.Max*sub)
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n = min(unbounded, n+w.bound(sub))
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			n = max(n, w.bound(sub))
		}
		return n
	}
	return 0 // empty-width assertions, the empty match, no match
}

// startsAtBeginning reports whether every match of re starts at the
// beginning of the text.
func startsAtBeginning(re *syntax.Regexp) bool {
	return anchored(re, syntax.OpBeginText, startsAtBeginning)
}

// endsAtEnd reports whether every match of re ends at the end of the text.
func endsAtEnd(re *syntax.Regexp) bool {
	return anchored(re, syntax.OpEndText, endsAtEnd)
}

// anchored tells whether re is held at one end of the text by the
// assertion op. In a sequence one held part is enough: what comes between
// it and that end can only match the empty string there.
func anchored(re *syntax.Regexp, op syntax.Op, self func(*syntax.Regexp) bool) bool {
	switch re.Op {
	case op:
		return true
	case syntax.OpCapture:
		return self(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if self(sub) {
				return true
			}
		}
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !self(sub) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}
