package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	"golang.org/x/term"
)

// streams are the CLI's I/O, injected so tests can run it in-process.
type streams struct {
	in  io.Reader
	out io.Writer
	err io.Writer
	// inIsTerminal tells whether stdin is an interactive terminal.
	inIsTerminal bool
	// errIsTerminal tells whether stderr is one (then a batch shows progress).
	errIsTerminal bool
	// outIsTerminal tells whether stdout is one: documents printed there
	// would scroll under the bar, so a batch shows none.
	outIsTerminal bool
	// files opens page files and lists directories; nil for the
	// operating system's (tests inject read errors through it).
	files fileSystem
}

// run is the whole CLI: it parses args, does the work and returns the exit
// status. SIGINT and SIGTERM are registered for the run and unregistered
// after it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	s := streams{in: stdin, out: stdout, err: stderr,
		inIsTerminal: isTerminal(stdin), errIsTerminal: isTerminal(stderr), outIsTerminal: isTerminal(stdout)}
	return runWithSignals(args, s, sigs)
}

// runWithSignals runs the CLI; a signal on sigs stops it between pages, or
// at once while a page is being read, with the contract's status (130,
// 143). Tests send on sigs themselves, a new channel for each run.
func runWithSignals(args []string, s streams, sigs <-chan os.Signal) int {
	s.err = safeLines{s.err} // no message prints a page's or a file name's control characters raw
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var caught atomic.Value // the os.Signal that stopped the run
	stop := func(sig os.Signal) {
		caught.Store(sig)
		cancel()
	}
	select {
	case sig := <-sigs: // already there: the work does not start
		stop(sig)
	default:
		go func() {
			select {
			case sig := <-sigs:
				stop(sig)
			case <-ctx.Done():
			}
		}()
	}
	var err error
	if ctx.Err() == nil {
		cmd := newRootCmd(ctx, s, nil)
		cmd.SetArgs(args)
		err = cmd.Execute()
	}
	if sig, ok := caught.Load().(os.Signal); ok {
		err = &interruptError{sig: sig}
	}
	return report(err, s.err)
}

// isTerminal reports whether r, a reader or a writer, is an interactive
// terminal. Tests stand in for one with any value that has an IsTerminal
// method.
func isTerminal(r any) bool {
	if t, ok := r.(interface{ IsTerminal() bool }); ok {
		return t.IsTerminal()
	}
	if f, ok := r.(*os.File); ok {
		return term.IsTerminal(int(f.Fd()))
	}
	return false
}

// Exit statuses, as the contract defines them.
const (
	exitOK          = 0
	exitFailed      = 1
	exitUsage       = 2
	exitNotReadable = 3
	exitSIGINT      = 130
	exitSIGTERM     = 143
)

// usageError is a bad flag, a bad combination of flags or missing input.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// interruptError reports that a signal stopped the run.
type interruptError struct{ sig os.Signal }

func (e *interruptError) Error() string { return "interrupted (" + signalName(e.sig) + ")" }

// signalName is a signal's name as kill(1) and shells write it.
func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return sig.String()
}

// errPagesFailed reports that some pages failed; each was already reported.
var errPagesFailed = errors.New("some pages failed")

// errNotReadable reports that the one page given has no article text.
var errNotReadable = errors.New("no article text")

// report maps the run's outcome to the exit status, in one place, and
// prints what has not been printed yet.
func report(err error, stderr io.Writer) int {
	var usage *usageError
	var interrupt *interruptError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &interrupt):
		fmt.Fprintf(stderr, "pith: %v\n", err)
		if interrupt.sig == syscall.SIGTERM {
			return exitSIGTERM
		}
		return exitSIGINT
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "pith: %v\nRun 'pith --help' for usage.\n", err)
		return exitUsage
	case errors.Is(err, errNotReadable):
		return exitNotReadable
	case errors.Is(err, errPagesFailed):
		return exitFailed
	default:
		fmt.Fprintf(stderr, "pith: %v\n", err)
		return exitFailed
	}
}
