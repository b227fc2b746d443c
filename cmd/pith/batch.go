package main

import (
	"context"
	"iter"
	"runtime"
	"slices"

	"github.com/pith-cli/pith/extract"
)

// job is one page handed to a worker, with the slot its result goes to.
type job struct {
	page page
	slot chan<- result
}

// extractAll extracts pages with the given number of workers and hands
// each result to emit in input order, whatever order they finish in. At
// most 2×workers pages are extracted ahead of the one emit waits for, so
// memory stays flat however many pages there are.
//
// When ctx is cancelled no new page starts, results not yet emitted are
// dropped, and extractAll returns ctx.Err() at once, even while a page is
// still being read from a pipe. An error from emit stops the run the same
// way and is returned.
func extractAll(ctx context.Context, pages []page, workers int, opts extract.Options, emit func(i int, r result) error) error {
	if len(pages) == 1 && pages[0].regularFile() {
		// One file that nothing can hold up: it is extracted on this
		// goroutine, without the hand-offs between threads that the workers
		// cost (a few hundred microseconds of a 20 ms run). A signal meanwhile
		// drops its result, as it does a worker's.
		r := extractPage(pages[0], opts)
		if err := ctx.Err(); err != nil {
			return err
		}
		return emit(0, r)
	}
	return extractSeq(ctx, slices.Values(pages), workers, opts, emit)
}

// extractSeq is extractAll over pages that are produced as the work goes,
// such as the records of a WARC file: the dispatcher pulls the next page
// only when a slot is free, so at most 2×workers of them are held.
func extractSeq(ctx context.Context, pages iter.Seq[page], workers int, opts extract.Options, emit func(i int, r result) error) error {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	window := 2 * workers
	pending := make(chan chan result, window) // result slots, in input order
	jobs := make(chan job)
	go func() { // the dispatcher: a slot is taken before its page starts
		defer close(pending)
		defer close(jobs)
		for p := range pages {
			slot := make(chan result, 1)
			select {
			case pending <- slot:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{page: p, slot: slot}:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				if ctx.Err() != nil {
					continue // stopping: start no new page
				}
				j.slot <- extractPage(j.page, opts)
			}
		}()
	}
	i := 0
	for slot := range pending {
		select {
		case r := <-slot:
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err := emit(i, r); err != nil {
				return err
			}
			i++
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return ctx.Err()
}

// jobs is the number of workers -j asks for: the number of CPUs by
// default. It also checks the batch flags that depend on each other.
func (o *Options) jobs() (int, error) {
	switch {
	case o.Null && o.FilesFrom == "":
		return 0, usagef("-0 needs --files-from: it says how that list is separated")
	case o.Jobs < 0:
		return 0, usagef("-j %d: the number of jobs must be positive", o.Jobs)
	case o.Jobs == 0:
		return runtime.NumCPU(), nil
	}
	return o.Jobs, nil
}

// inputSpec is what the inputs flags ask to expand.
func (o *Options) inputSpec() inputSpec {
	return inputSpec{args: o.Inputs, filesFrom: o.FilesFrom, nul: o.Null, all: o.All, outputDir: o.Output}
}
