package main

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// barCount matches the bar's count of pages done, "3/12".
var barCount = regexp.MustCompile(`^(\d+)/(\d+) `)

// isBar tells the bar's line from the lines printed above it: a count,
// the bar, and its rate.
func isBar(line string) bool {
	return barCount.MatchString(line) && strings.Contains(line, " [") && strings.Contains(line, " pages/s, ")
}

// checkFrames checks every screen a user saw during a batch: at most one
// bar, on the last line; above it, the lines printed so far, in order,
// each whole; and a count that never goes back. It returns the bar lines
// in the order they were drawn.
func checkFrames(t *testing.T, s *screen, printed []string) []string {
	t.Helper()
	frames, err := s.history()
	if err != nil {
		t.Fatalf("%v in %q", err, s.written())
	}
	var bars []string
	last := -1
	for _, lines := range frames {
		text := lines
		if len(lines) > 0 && isBar(lines[len(lines)-1]) {
			bar := lines[len(lines)-1]
			bars = append(bars, bar)
			text = lines[:len(lines)-1]
			m := barCount.FindStringSubmatch(bar)
			if m == nil {
				t.Fatalf("bar %q shows no count", bar)
			}
			done, _ := strconv.Atoi(m[1])
			if done < last {
				t.Errorf("the bar went back from %d to %d pages", last, done)
			}
			last = done
		}
		if len(text) > len(printed) || !slices.Equal(text, printed[:len(text)]) {
			t.Fatalf("screen %q, want the printed lines %q in order, then at most the bar", lines, printed)
		}
	}
	return bars
}

func TestProgressPrintsEveryLineAboveTheBar(t *testing.T) {
	const pages = 12
	for _, every := range []time.Duration{0, time.Hour} {
		s := &screen{}
		p := newProgressBar(s, pages, every)
		var printed []string
		for i := range pages {
			failed := i%4 == 3
			p.step(map[bool]string{true: outcomeFailed}[failed])
			if failed {
				line := fmt.Sprintf("pith: page-%02d.html: empty input", i)
				p.println(line)
				printed = append(printed, line)
			}
			if i == 5 { // --explain writes a page's lines in one write
				p.Write([]byte("pith: page-05.html: removed nav\npith: page-05.html: removed aside.share\n"))
				printed = append(printed, "pith: page-05.html: removed nav", "pith: page-05.html: removed aside.share")
			}
		}
		p.finish()
		summary := "pith: 12 processed, 3 failed"
		fmt.Fprintln(s, summary) // as the callers do, straight to stderr
		bars := checkFrames(t, s, append(printed, summary))
		if len(bars) == 0 {
			t.Fatalf("redraw every %v: no bar drawn in %q", every, s.written())
		}
		if final := bars[len(bars)-1]; !strings.HasPrefix(final, "12/12 ") || !strings.HasSuffix(final, "3 failed") {
			t.Errorf("redraw every %v: the last bar drawn is %q, want 12/12 pages and 3 failed", every, final)
		}
		if got, want := s.lines(), append(printed, summary); !slices.Equal(got, want) {
			t.Errorf("redraw every %v: the screen ends as %q, want %q: no bar, no line lost", every, got, want)
		}
	}
}

func TestProgressBarGoneWhenTheBatchStopsEarly(t *testing.T) {
	s := &screen{}
	p := newProgressBar(s, 12, 0)
	for range 3 {
		p.step("")
	}
	p.step(outcomeFailed)
	p.println("pith: page-03.html: empty input")
	p.finish() // interrupted: the bar is 8 pages short
	p.println("pith: a line after finish prints as it is")
	printed := []string{"pith: page-03.html: empty input", "pith: a line after finish prints as it is"}
	bars := checkFrames(t, s, printed)
	if len(bars) == 0 || !strings.HasPrefix(bars[len(bars)-1], "4/12 ") || !strings.HasSuffix(bars[len(bars)-1], "1 failed") {
		t.Errorf("bars drawn %q, want the last at 4/12 with 1 failed", bars)
	}
	if got := s.lines(); !slices.Equal(got, printed) {
		t.Errorf("the screen ends as %q, want %q", got, printed)
	}
}

// brokenStderr fails every write, like a closed terminal.
type brokenStderr struct{}

func (brokenStderr) Write([]byte) (int, error) { return 0, errors.New("input/output error") }

func TestProgressOnABrokenStderrNeitherHangsNorPanics(t *testing.T) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		p := newProgressBar(brokenStderr{}, 8, 0)
		for range 8 {
			p.step(outcomeFailed)
			p.println("pith: page.html: empty input")
		}
		p.finish()
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second): // a guard, not a wait: a pass takes microseconds
		t.Fatal("the bar hung after stderr failed")
	}
}

// The bar counts each outcome it is given in the words the summary uses:
// check's verdicts for check.
func TestProgressBarCountsEachOutcome(t *testing.T) {
	s := &screen{}
	p := newProgressBar(s, 6, 0, string(statusDrift), string(statusGate), string(statusError))
	for _, v := range []status{statusPass, statusDrift, statusError, statusError, statusPass} {
		p.step(string(v))
	}
	p.finish()
	bars := checkFrames(t, s, nil)
	if len(bars) == 0 || !strings.HasPrefix(bars[len(bars)-1], "5/6 ") || !strings.HasSuffix(bars[len(bars)-1], "1 drift, 0 gate, 2 error") {
		t.Errorf("bars drawn %q, want the last at 5/6 with 1 drift, 0 gate, 2 error", bars)
	}
	if got := (checkTally{passed: 2, drift: 1, errors: 2}).String(); !strings.Contains(got, "1 drift, 0 gate, 2 error") {
		t.Errorf("check summary %q does not count as the bar does", got)
	}
}
