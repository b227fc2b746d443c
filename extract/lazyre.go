package extract

import (
	"regexp"
	"sync"
)

// A lazyRegexp is a regular expression compiled the first time it is used.
// pith's patterns are many and some are large — the wording rules alone
// take milliseconds to compile — and a run that needs few of them (a usage
// error, --version, a single page whose blocks pass few prefilters) should
// not pay for all of them at start-up.
type lazyRegexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// allPatterns lists every lazyRegexp, so a test can compile them all.
var allPatterns []*lazyRegexp

// lazyCompile returns a lazyRegexp for src; like regexp.MustCompile, a bad
// pattern panics — on first use, which TestPatternsCompile makes sure of.
func lazyCompile(src string) *lazyRegexp {
	l := &lazyRegexp{src: src}
	allPatterns = append(allPatterns, l)
	return l
}

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

// String returns the pattern's source, without compiling it.
func (l *lazyRegexp) String() string { return l.src }

func (l *lazyRegexp) MatchString(s string) bool            { return l.get().MatchString(s) }
func (l *lazyRegexp) FindStringIndex(s string) []int       { return l.get().FindStringIndex(s) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }
func (l *lazyRegexp) ReplaceAllString(s, repl string) string {
	return l.get().ReplaceAllString(s, repl)
}
func (l *lazyRegexp) Split(s string, n int) []string { return l.get().Split(s, n) }
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
