// Package rx holds pith's regular-expression machinery: patterns compiled
// the first time they are used rather than at package initialisation,
// which every run of the binary pays, including the runs that use few of
// them; the literal prefilters (guards) that tell, without compiling, of
// texts a pattern cannot match, generated ahead of time and keyed by the
// pattern's source; the splitting of large alternations into pieces; and
// bounds on the letters a match can hold. extract's stages and the
// readability fork declare their patterns with it.
package rx

import (
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// A Regexp is a regular expression compiled on first use. A bad pattern
// panics then, as regexp.MustCompile does; the packages using it compile
// all of theirs in a test.
type Regexp struct {
	src   string
	once  sync.Once
	re    atomic.Pointer[regexp.Regexp] // set once compiled
	guard *guard                        // nil for most: a table of many has none
}

// A guard tells, without compiling, of texts that cannot match.
type guard struct {
	// literals are strings one of which every match holds (see Guard);
	// fold tells to look for them without regard to case.
	literals []string
	fold     bool
	// lengthBound is one more than the most runes a match can hold (see
	// GuardLength); 0 when unknown.
	lengthBound int
}

// New returns a Regexp for src.
func New(src string) *Regexp { return &Regexp{src: src} }

// Slice returns Regexps for srcs in one allocation, for a table of many.
func Slice(srcs []string) []Regexp {
	rs := make([]Regexp, len(srcs))
	for i, src := range srcs {
		rs[i].src = src
	}
	return rs
}

// Get returns the compiled expression, compiling it on the first call.
func (l *Regexp) Get() *regexp.Regexp {
	l.once.Do(func() { l.re.Store(regexp.MustCompile(l.src)) })
	return l.re.Load()
}

// Guard gives the expression a prefilter: lits are strings one of which
// every match holds, in FoldCanonical form when fold is set (a pattern that
// ignores case). Until the expression is compiled, a text that holds none
// of them is known not to match without compiling it: a pattern that most
// texts of a run cannot match is then never compiled in that run. Once it
// is compiled, a guard that does not fold case still screens every text: a
// few substring searches cost less than the expression trying a match at
// each position of a text that cannot hold one. A folding guard then steps
// aside, as folding the text would cost about what it spares. Guard is
// meant for initialisation, before the expression is shared.
func (l *Regexp) Guard(lits []string, fold bool) {
	if l.guard == nil {
		l.guard = &guard{}
	}
	l.guard.literals, l.guard.fold = lits, fold
}

// GuardLength gives the expression a prefilter on length: no text of more
// than maxRunes runes matches it, as MatchBound with Runes tells of a
// pattern anchored at both ends. Like Guard, it only spares compiling.
func (l *Regexp) GuardLength(maxRunes int) {
	if l.guard == nil {
		l.guard = &guard{}
	}
	l.guard.lengthBound = maxRunes + 1
}

// LengthBound returns what GuardLength set, or -1.
func (l *Regexp) LengthBound() int {
	if l.guard == nil {
		return -1
	}
	return l.guard.lengthBound - 1
}

// excludes reports whether the guards tell that s cannot match.
func (l *Regexp) excludes(s string) bool {
	g := l.guard
	if g == nil {
		return false
	}
	if l.Compiled() {
		return !g.fold && g.literals != nil && !containsAny(s, g.literals)
	}
	if g.lengthBound > 0 && len(s) >= g.lengthBound && utf8.RuneCountInString(s) >= g.lengthBound {
		return true
	}
	if g.literals == nil {
		return false
	}
	if g.fold {
		s = FoldCanonical(s)
	}
	return !containsAny(s, g.literals)
}

// containsAny reports whether s holds one of lits.
func containsAny(s string, lits []string) bool {
	for _, lit := range lits {
		if strings.Contains(s, lit) {
			return true
		}
	}
	return false
}

// FoldCanonical maps every rune of s to the least rune that case folding
// makes equal to it, as regexp/syntax writes the literals of a pattern
// that ignores case: two strings that are equal without regard to case
// are equal in this form.
func FoldCanonical(s string) string {
	return strings.Map(foldRune, s)
}

func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}

// Compiled reports whether the expression has been compiled yet.
func (l *Regexp) Compiled() bool { return l.re.Load() != nil }

// String returns the pattern's source, without compiling it.
func (l *Regexp) String() string { return l.src }

func (l *Regexp) MatchString(s string) bool {
	return !l.excludes(s) && l.Get().MatchString(s)
}
func (l *Regexp) FindStringIndex(s string) []int {
	if l.excludes(s) {
		return nil
	}
	return l.Get().FindStringIndex(s)
}
func (l *Regexp) FindStringSubmatch(s string) []string {
	if l.excludes(s) {
		return nil
	}
	return l.Get().FindStringSubmatch(s)
}
func (l *Regexp) FindAllString(s string, n int) []string {
	if l.excludes(s) {
		return nil
	}
	return l.Get().FindAllString(s, n)
}
func (l *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if l.excludes(s) {
		return nil
	}
	return l.Get().FindAllStringIndex(s, n)
}
func (l *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if l.excludes(s) {
		return nil
	}
	return l.Get().FindAllStringSubmatch(s, n)
}
func (l *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if l.excludes(s) {
		return nil
	}
	return l.Get().FindAllStringSubmatchIndex(s, n)
}
func (l *Regexp) ReplaceAllString(s, repl string) string {
	if l.excludes(s) {
		return s
	}
	return l.Get().ReplaceAllString(s, repl)
}
func (l *Regexp) ReplaceAllStringFunc(s string, repl func(string) string) string {
	if l.excludes(s) {
		return s
	}
	return l.Get().ReplaceAllStringFunc(s, repl)
}
func (l *Regexp) Split(s string, n int) []string { return l.Get().Split(s, n) }
