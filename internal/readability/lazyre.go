package readability

import (
	"regexp"
	"sync"
)

// A lazyRegexp is a regular expression compiled the first time it is used,
// not at package initialisation: upstream compiled ~25 patterns at init,
// about 1 ms of every process's start-up (GODEBUG=inittrace=1), although
// most runs use only a few of them. It offers the methods the parser calls,
// so upstream's call sites stay unchanged.
type lazyRegexp struct {
	get func() *regexp.Regexp
}

// allPatterns lists every lazyRegexp, so a test can compile them all.
var allPatterns []*lazyRegexp

// lazyCompile returns a lazyRegexp for src. As with regexp.MustCompile a bad
// pattern panics, on first use; TestPatternsCompile compiles them all.
func lazyCompile(src string) *lazyRegexp {
	l := &lazyRegexp{get: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(src) })}
	allPatterns = append(allPatterns, l)
	return l
}

func (l *lazyRegexp) MatchString(s string) bool            { return l.get().MatchString(s) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }
func (l *lazyRegexp) FindAllString(s string, n int) []string {
	return l.get().FindAllString(s, n)
}
func (l *lazyRegexp) ReplaceAllString(s, repl string) string {
	return l.get().ReplaceAllString(s, repl)
}
func (l *lazyRegexp) ReplaceAllStringFunc(s string, repl func(string) string) string {
	return l.get().ReplaceAllStringFunc(s, repl)
}
func (l *lazyRegexp) Split(s string, n int) []string { return l.get().Split(s, n) }
