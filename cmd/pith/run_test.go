package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/pith-cli/pith/extract"
)

// terminal stands in for an interactive stdin, which scripts cannot give.
type terminal struct{ strings.Reader }

func (*terminal) IsTerminal() bool { return true }

func TestNoInputOnTerminalIsUsageError(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run(nil, &terminal{}, &stdout, &stderr)
	if code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout = %q, want nothing", stdout.String())
	}
	if !strings.Contains(stderr.String(), "pith: no input") {
		t.Errorf("stderr = %q, want the reason", stderr.String())
	}
}

func TestExplicitInputWinsOverTerminal(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"does-not-exist.html"}, &terminal{}, &stdout, &stderr)
	if code != exitFailed || !strings.Contains(stderr.String(), "does-not-exist.html: no such file") {
		t.Errorf("exit %d, stderr %q; want 1 and the missing file named", code, stderr.String())
	}
}

func TestFlagsReachOptions(t *testing.T) {
	var got *Options
	cmd := newRootCmd(context.Background(), streams{}, func(o *Options) error { got = o; return nil })
	cmd.SetArgs([]string{"-f", "json", "--pretty", "--url", "https://example.org/a", "--max-size", "1MiB", "-q", "a.html", "-"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	want := Options{Format: "json", Pretty: true, URL: "https://example.org/a", MaxSize: "1MiB", Quiet: true, Inputs: []string{"a.html", "-"}, formatGiven: true,
		Links: true, Images: true, Tables: true}
	if fmt.Sprint(*got) != fmt.Sprint(want) {
		t.Errorf("options = %+v, want %+v", *got, want)
	}
}

func TestReportMapsErrorsToExitCodes(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want int
	}{
		{nil, exitOK},
		{usagef("bad"), exitUsage},
		{errPagesFailed, exitFailed},
		{errNotReadable, exitNotReadable},
		{errors.New("writing output: broken pipe"), exitFailed},
		{&interruptError{sig: os.Interrupt}, exitSIGINT},
		{&interruptError{sig: syscall.SIGTERM}, exitSIGTERM},
	} {
		if got := report(tc.err, &bytes.Buffer{}); got != tc.want {
			t.Errorf("report(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"100": 100, "64MiB": 64 << 20, "10MB": 10_000_000, "1.5k": 1536, "2G": 2 << 30,
		// Each unit: binary (KiB, MiB, GiB, and the bare letters), decimal (kB, MB, GB), bytes.
		"512KiB": 512 << 10, "512kib": 512 << 10, "3 GiB": 3 << 30, "1.5 MiB": 3 << 19, "250kB": 250_000, "2GB": 2_000_000_000,
		"64m": 64 << 20, "4096b": 4096, "4096 B": 4096} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "-1", "0", "lots", "MiB", "5 KiBs", "5TiB"} {
		if _, err := parseSize(bad); err == nil {
			t.Errorf("parseSize(%q) succeeded, want an error", bad)
		}
	}
}

// interruptingReader sends a signal when pith starts reading the page, then
// blocks like a pipe whose writer has gone quiet.
type interruptingReader struct {
	sigs  chan os.Signal
	sig   os.Signal
	block chan struct{}
}

func (r *interruptingReader) Read([]byte) (int, error) {
	r.sigs <- r.sig
	<-r.block
	return 0, io.EOF
}

func TestInterruptStopsAtOnceWithContractStatus(t *testing.T) {
	for sig, want := range map[os.Signal]int{os.Interrupt: exitSIGINT, syscall.SIGTERM: exitSIGTERM} {
		sigs := make(chan os.Signal, 1)
		in := &interruptingReader{sigs: sigs, sig: sig, block: make(chan struct{})}
		t.Cleanup(func() { close(in.block) })
		var stdout, stderr bytes.Buffer
		code := runWithSignals([]string{"-"}, streams{in: in, out: &stdout, err: &stderr}, sigs)
		if code != want {
			t.Errorf("%v: exit %d, want %d", sig, code, want)
		}
		if stdout.Len() != 0 || !strings.Contains(stderr.String(), "interrupted") {
			t.Errorf("%v: stdout %q, stderr %q; want nothing and the interruption", sig, stdout.String(), stderr.String())
		}
	}
}

type panickingReader struct{}

func (panickingReader) Read([]byte) (int, error) { panic("reader exploded") }
func (panickingReader) Close() error             { return nil }

func TestPanicFailsOnlyThatPage(t *testing.T) {
	p := page{source: "bad.html", open: func() (io.ReadCloser, error) { return panickingReader{}, nil }}
	r := extractPage(p, extract.Options{})
	if r.err == nil || !strings.Contains(r.err.Error(), "internal error: reader exploded") || r.article != nil {
		t.Errorf("result = %+v, want the page failed with the panic as its reason", r)
	}
}

// Help lists the subcommands, whichever way it is asked for: the command
// tree is always built whole.
func TestHelpListsSubcommands(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-qh"}, {"help"}} {
		var stdout bytes.Buffer
		if code := run(args, &terminal{}, &stdout, io.Discard); code != exitOK || !strings.Contains(stdout.String(), "check ") {
			t.Errorf("%q: exit %d, help without the check subcommand:\n%s", args, code, stdout.String())
		}
	}
}

// Every run, however brief, is stopped by a signal with the contract's
// status: one small file on stdout as much as a batch, a list or check.
// Each run gets a channel of its own, so no relay left from one run can
// take the next run's signal.
func TestSignalStopsEveryRun(t *testing.T) {
	dir := writePages(t, 2)
	one := filepath.Join(dir, "page-000.html")
	list := filepath.Join(t.TempDir(), "list")
	if err := os.WriteFile(list, []byte(one+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{one},
		{"-f", "json", one},
		{"-o", t.TempDir(), one},
		{one, one},
		{dir},
		{"-"},
		{"--files-from", list},
		{"check", one},
	} {
		s := streams{in: strings.NewReader(articleHTML(1)), out: io.Discard, err: io.Discard}
		if code := runWithSignals(args, s, make(chan os.Signal, 1)); code != exitOK {
			t.Errorf("%q: exit %d, want %d", args, code, exitOK)
		}
		for sig, want := range map[os.Signal]int{os.Interrupt: exitSIGINT, syscall.SIGTERM: exitSIGTERM} {
			sigs := make(chan os.Signal, 1)
			sigs <- sig
			var stderr bytes.Buffer
			s.in, s.err = strings.NewReader(articleHTML(1)), &stderr
			if code := runWithSignals(args, s, sigs); code != want {
				t.Errorf("%q, %v: exit %d, want %d", args, sig, code, want)
			}
			if !strings.Contains(stderr.String(), "pith: interrupted") {
				t.Errorf("%q, %v: stderr %q, want the interruption", args, sig, stderr.String())
			}
		}
	}
}
