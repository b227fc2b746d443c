package main

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressMinPages is the number of pages above which a batch shows a
// progress bar: a handful of pages finish before one would be useful.
const progressMinPages = 5

// progressThrottle is the least time between two redraws of the bar. Tests
// set it to 0 to see every step.
var progressThrottle = 100 * time.Millisecond

// progress shows how far a batch has got on stderr, and prints stderr's
// diagnostic lines so that they do not tangle with the bar. The bar is only
// drawn when stderr is a terminal, -q is not given and there are more than
// progressMinPages pages; otherwise lines are printed as they are.
type progress struct {
	err    io.Writer
	bar    *progressbar.ProgressBar // nil when no bar is drawn
	failed int
}

func newProgress(s streams, quiet bool, pages int) *progress {
	p := &progress{err: s.err}
	if quiet || !s.errIsTerminal || pages <= progressMinPages {
		return p
	}
	p.bar = progressbar.NewOptions(pages,
		progressbar.OptionSetWriter(s.err),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("pages"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetDescription("0 failed"),
		progressbar.OptionShowDescriptionAtLineEnd(),
		progressbar.OptionThrottle(progressThrottle),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
	)
	return p
}

// step counts one page done.
func (p *progress) step(failed bool) {
	if p.bar == nil {
		return
	}
	if failed {
		p.failed++
		p.bar.Describe(fmt.Sprintf("%d failed", p.failed))
	}
	p.bar.Add(1)
}

// println prints a line on stderr above the bar.
func (p *progress) println(line string) {
	if p.bar != nil {
		p.bar.Clear()
	}
	fmt.Fprintln(p.err, line)
	if p.bar != nil {
		p.bar.RenderBlank()
	}
}

// Write writes b on stderr above the bar, as println does: --explain's
// lines go through it.
func (p *progress) Write(b []byte) (int, error) {
	if p.bar != nil {
		p.bar.Clear()
		defer p.bar.RenderBlank()
	}
	return p.err.Write(b)
}

// finish removes the bar, leaving the line free for the summary.
func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Clear()
	}
}
