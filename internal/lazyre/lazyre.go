// Package lazyre holds regular expressions compiled the first time they are
// used rather than at package initialisation, which every run of the
// binary pays, including the runs that use few of them. extract and the
// readability fork both declare their patterns with it.
package lazyre

import (
	"regexp"
	"sync"
	"sync/atomic"
)

// A Regexp is a regular expression compiled on first use. A bad pattern
// panics then, as regexp.MustCompile does; the packages using it compile
// all of theirs in a test.
type Regexp struct {
	src  string
	once sync.Once
	re   atomic.Pointer[regexp.Regexp] // set once compiled
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

// Compiled reports whether the expression has been compiled yet.
func (l *Regexp) Compiled() bool { return l.re.Load() != nil }

// String returns the pattern's source, without compiling it.
func (l *Regexp) String() string { return l.src }

func (l *Regexp) MatchString(s string) bool            { return l.Get().MatchString(s) }
func (l *Regexp) FindStringIndex(s string) []int       { return l.Get().FindStringIndex(s) }
func (l *Regexp) FindStringSubmatch(s string) []string { return l.Get().FindStringSubmatch(s) }
func (l *Regexp) FindAllString(s string, n int) []string {
	return l.Get().FindAllString(s, n)
}
func (l *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return l.Get().FindAllStringIndex(s, n)
}
func (l *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.Get().FindAllStringSubmatch(s, n)
}
func (l *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.Get().FindAllStringSubmatchIndex(s, n)
}
func (l *Regexp) ReplaceAllString(s, repl string) string { return l.Get().ReplaceAllString(s, repl) }
func (l *Regexp) ReplaceAllStringFunc(s string, repl func(string) string) string {
	return l.Get().ReplaceAllStringFunc(s, repl)
}
func (l *Regexp) Split(s string, n int) []string { return l.Get().Split(s, n) }
