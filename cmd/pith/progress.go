package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/vbauerster/cupwriter"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// progressMinPages is the number of pages above which a batch shows a
// progress bar: a handful of pages finish before one would be useful.
const progressMinPages = 5

// progressRedrawEvery is the least time between two redraws of the bar
// that a finished page asks for: a fast batch would otherwise redraw it
// hundreds of times a second. Lines printed above the bar, the bar's
// completion and finish always redraw at once.
const progressRedrawEvery = 100 * time.Millisecond

// progress shows how far a batch has got on stderr, and prints stderr's
// diagnostic lines so that they do not tangle with the bar. The bar is only
// drawn when stderr is a terminal, -q is not given and there are more than
// progressMinPages pages; otherwise lines are printed as they are.
//
// The bar is github.com/vbauerster/mpb/v8's, which draws it from its own
// goroutine: the bar sits on the last line, every line written is put
// above it, and each redraw erases it first. progress asks for a redraw
// itself (mpb.WithManualRefresh) instead of mpb's ticker, so a redraw
// happens only after a page or a line, and a line is never left unprinted:
// finish waits for mpb to draw everything it was given. A progress is
// used from one goroutine, the one that emits the batch's results.
type progress struct {
	err       io.Writer
	container *mpb.Progress // nil when no bar is drawn
	bar       *mpb.Bar
	redraws   chan any      // each value sent asks mpb to redraw
	stopped   chan any      // closed when mpb has stopped drawing
	every     time.Duration // the least time between redraws of step
	drawn     time.Time     // when step last asked for a redraw
	// outcomes are the words of the outcomes the bar counts, as the
	// summary names them ("failed", "no article"); counts are theirs,
	// read by the bar's decorator in mpb's goroutine.
	outcomes []string
	counts   []atomic.Int64
}

// Outcomes of a page, as the bar and pith's summary name them.
const (
	outcomeFailed    = "failed"     // it could not be read or extracted
	outcomeNoArticle = "no article" // it parsed, but has no article text
)

// newProgress returns the progress of a batch of pages on s's stderr,
// with a bar if stderr is a terminal, quiet is false and there are more
// than progressMinPages pages. The caller must call finish.
// The bar counts the outcomes named, in that order.
func newProgress(s streams, quiet bool, pages int, outcomes ...string) *progress {
	if quiet || !s.errIsTerminal || pages <= progressMinPages {
		return &progress{err: s.err}
	}
	return newProgressBar(rawWriter(s.err), pages, progressRedrawEvery, outcomes...)
}

// newProgressBar draws a bar for pages pages on err, which must be a
// terminal: step redraws it at most once per every. With no outcomes
// named, it counts outcomeFailed.
func newProgressBar(err io.Writer, pages int, every time.Duration, outcomes ...string) *progress {
	if len(outcomes) == 0 {
		outcomes = []string{outcomeFailed}
	}
	p := &progress{err: err, redraws: make(chan any), stopped: make(chan any), every: every,
		outcomes: outcomes, counts: make([]atomic.Int64, len(outcomes))}
	p.container = mpb.New(
		// the caller found err to be a terminal, even when it wraps one
		mpb.WithConsoleWriter(sizedConsole{cupwriter.New(err, true)}),
		mpb.WithManualRefresh(p.redraws),
		mpb.WithShutdownNotifier(p.stopped),
	)
	start := time.Now()
	p.bar = p.container.AddBar(int64(pages),
		mpb.BarWidth(30),
		mpb.BarRemoveOnComplete(),
		mpb.PrependDecorators(decor.CountersNoUnit("%d/%d")),
		mpb.AppendDecorators(
			// The rate is worked out here: mpb's AverageSpeed shows nothing on
			// a bar that completes before it was drawn with a rate.
			decor.Any(func(st decor.Statistics) string {
				return fmt.Sprintf("%.1f pages/s", float64(st.Current)/max(time.Since(start).Seconds(), 1e-3))
			}),
			decor.Name(", "),
			decor.AverageETA(decor.ET_STYLE_GO),
			decor.Name(" left, "),
			decor.Any(func(decor.Statistics) string { return p.tally() }),
		),
	)
	p.redraw() // the bar shows at once, at 0 pages
	return p
}

// tally is the count of each outcome: "1 failed, 2 no article".
func (p *progress) tally() string {
	var parts []string
	for i, name := range p.outcomes {
		parts = append(parts, fmt.Sprintf("%d %s", p.counts[i].Load(), name))
	}
	return strings.Join(parts, ", ")
}

// step counts one page done, with its outcome: "" for one that went well,
// or one of the outcomes the bar counts.
func (p *progress) step(outcome string) {
	if p.container == nil {
		return
	}
	if i := slices.Index(p.outcomes, outcome); i >= 0 {
		p.counts[i].Add(1)
	}
	p.bar.Increment() // the last page completes the bar, which mpb then redraws and removes
	if now := time.Now(); now.Sub(p.drawn) >= p.every {
		p.drawn = now
		p.redraw()
	}
}

// redraw asks mpb to draw the bar and the lines written above it. Once
// mpb has sent the request on, it draws before it stops.
func (p *progress) redraw() {
	select {
	case p.redraws <- nil:
	case <-p.stopped: // mpb stopped on its own: writing stderr failed
	}
}

// println prints a line on stderr above the bar.
func (p *progress) println(line string) {
	p.Write([]byte(line + "\n"))
}

// Write writes b on stderr above the bar, as println does: --explain's
// lines go through it. b must end with a newline, or the bar would be
// drawn after the unfinished line.
func (p *progress) Write(b []byte) (int, error) {
	if p.container == nil || len(b) == 0 {
		return p.err.Write(b)
	}
	// The bar writes to the terminal itself, past safeLines: the line's
	// control characters are escaped here.
	shown := []byte(shownLines(string(b)))
	n, err := p.container.Write(shown)
	if err != nil { // mpb has stopped: nothing would draw the line
		return p.err.Write(shown)
	}
	n = len(b)
	// mpb holds the line until its next draw, and draws once more when it
	// stops only if a bar went away since the last: without this redraw a
	// line written after the bar's last draw would be lost.
	p.redraw()
	return n, nil
}

// finish removes the bar, also when the batch was interrupted before its
// last page, and returns once every line given is on stderr: the line
// under them is free for the summary.
func (p *progress) finish() {
	if p.container == nil {
		return
	}
	p.bar.Abort(true) // drops an unfinished bar; a complete one is already gone
	p.container.Wait()
	p.container = nil // later lines print as they are
}

// sizedConsole is the console writer mpb uses by default, but a terminal
// that reports no size, as a new pseudo-terminal does until it is told
// one, counts as 80×24: mpb draws nothing on a terminal of no rows and
// stops drawing if the size cannot be read.
type sizedConsole struct{ *cupwriter.Writer }

func (c sizedConsole) GetTermSize() (width, height int, err error) {
	width, height, err = c.Writer.GetTermSize()
	if err != nil || width <= 0 {
		width = 80
	}
	if err != nil || height <= 0 {
		height = 24
	}
	return width, height, nil
}
