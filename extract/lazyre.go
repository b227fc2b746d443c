package extract

import "github.com/pith-cli/pith/internal/lazyre"

// A lazyRegexp is a regular expression compiled the first time it is used
// (see lazyre). pith's patterns are many and some are large — the wording
// rules alone take milliseconds to compile — and a run that needs few of
// them (a usage error, --version, a single page whose blocks pass few
// prefilters) should not pay for all of them at start-up.
type lazyRegexp = lazyre.Regexp

// allPatterns lists every lazyRegexp, so a test can compile them all.
var allPatterns []*lazyRegexp

// lazyCompile returns a lazyRegexp for src; like regexp.MustCompile, a bad
// pattern panics — on first use, which TestPatternsCompile makes sure of.
func lazyCompile(src string) *lazyRegexp {
	l := lazyre.New(src)
	allPatterns = append(allPatterns, l)
	return l
}
