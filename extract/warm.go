package extract

import (
	"runtime"
	"sync"
)

// warmUp prepares, on another core, what nearly every page needs and a
// process builds the first time it needs it: the patterns of the metadata,
// byline, date and credit rules and the wording rules' index. A one-page
// run of the binary spends its first milliseconds reading, decoding and
// parsing the page on one core; meanwhile the other compiles. Each pattern
// is compiled once whoever comes first (see lazyRegexp), so the page waits
// at most for the one being compiled. With one core there is nothing to
// gain, and nothing is started.
var warmUp = sync.OnceFunc(func() {
	if runtime.GOMAXPROCS(0) < 2 {
		return
	}
	go warmCommon()
})

// warmCommon builds the wording index and compiles commonPatterns.
func warmCommon() {
	partPieces()
	wholePieces()
	for _, p := range commonPatterns {
		p.Get()
	}
}

// commonPatterns are the patterns compiled for most pages, in about the
// order the pipeline first needs them: those that at least half of 20 corpus
// pages compiled, run one by one (the others' guards mostly spare them, see
// lazyre.Regexp.Guard). Compiling more here costs the page: on these
// machines two busy threads slow each other down.
var commonPatterns = []*lazyRegexp{
	rxLooksLikeURL, rxHasDigit, rxBylinePrefix, rxAuthorSeparator, rxHonorific, rxInlineBy,
	rxYear, rxDayMonthYear, rxMonthDayYear, rxYearFirst, rxYearLast,
}
