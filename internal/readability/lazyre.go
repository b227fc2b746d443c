package readability

import "github.com/pith-cli/pith/internal/rx"

// A lazyRegexp is a regular expression compiled the first time it is used,
// not at package initialisation: upstream compiled ~25 patterns at init,
// about 1 ms of every process's start-up (GODEBUG=inittrace=1), although
// most runs use only a few of them. It offers the methods the parser calls,
// so upstream's call sites stay unchanged.
type lazyRegexp = rx.Regexp

// allPatterns lists every lazyRegexp, so a test can compile them all.
var allPatterns []*lazyRegexp

// lazyCompile returns a lazyRegexp for src. As with regexp.MustCompile a bad
// pattern panics, on first use; TestPatternsCompile compiles them all.
func lazyCompile(src string) *lazyRegexp {
	l := rx.New(src)
	allPatterns = append(allPatterns, l)
	return l
}

// lazyCompileWhole is lazyCompile for a pattern anchored at both ends
// whose matches hold at most maxRunes runes (TestWholePatternBounds checks
// it against rx.MatchBound): a longer text is known not to match
// without compiling it. The parser asks two such patterns about the text
// of many short elements, and a page seldom holds one that could match.
func lazyCompileWhole(src string, maxRunes int) *lazyRegexp {
	l := lazyCompile(src)
	l.GuardLength(maxRunes)
	return l
}
