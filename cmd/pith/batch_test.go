package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/pith-cli/pith/extract"
)

// articleHTML is a page with article text, told apart by n.
func articleHTML(n int) string {
	return fmt.Sprintf(`<!doctype html><html lang="en"><head><title>Report %d</title></head><body><article>
<p>Report number %d: the harbour at Kelmouth reopened to fishing boats on Monday morning, four days after a winter storm tore loose two pontoons.</p>
<p>Harbour master Owen Tell said divers had cleared the main channel overnight and that the remaining wreckage posed no danger to vessels.</p>
</article></body></html>`, n, n)
}

// writePages writes n pages into a new directory and returns it.
func writePages(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		name := filepath.Join(dir, fmt.Sprintf("page-%03d.html", i))
		if err := os.WriteFile(name, []byte(articleHTML(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// signallingWriter sends sig on sigs when the nth document is written.
type signallingWriter struct {
	bytes.Buffer
	n      int
	sigs   chan<- os.Signal
	sig    os.Signal
	writes int
}

func (w *signallingWriter) Write(p []byte) (int, error) {
	w.writes++
	if w.writes == w.n {
		w.sigs <- w.sig
	}
	return w.Buffer.Write(p)
}

func TestInterruptAfterSomePagesKeepsWholeDocumentsInOrder(t *testing.T) {
	const pages, stopAfter = 200, 3
	dir := writePages(t, pages)
	var full bytes.Buffer
	if code := run([]string{"-f", "json", "-j", "1", dir}, strings.NewReader(""), &full, io.Discard); code != exitOK {
		t.Fatalf("uninterrupted run: exit %d", code)
	}
	for _, jobs := range []string{"1", "4"} {
		for sig, want := range map[os.Signal]int{os.Interrupt: exitSIGINT, syscall.SIGTERM: exitSIGTERM} {
			sigs := make(chan os.Signal, 1)
			out := &signallingWriter{n: stopAfter, sigs: sigs, sig: sig}
			var stderr bytes.Buffer
			code := runWithSignals([]string{"-f", "json", "-j", jobs, dir}, streams{in: strings.NewReader(""), out: out, err: &stderr}, sigs)
			if code != want {
				t.Errorf("-j %s, %v: exit %d, want %d", jobs, sig, code, want)
			}
			got := out.String()
			lines := strings.Count(got, "\n")
			if lines < stopAfter || lines >= pages || !strings.HasPrefix(full.String(), got) {
				t.Errorf("-j %s, %v: stdout has %d lines, want whole lines in input order from %d up to fewer than %d", jobs, sig, lines, stopAfter, pages)
			}
			summary := fmt.Sprintf("pith: %d processed, 0 failed", lines)
			if !strings.Contains(stderr.String(), summary) || !strings.HasSuffix(stderr.String(), "interrupted ("+signalName(sig)+")\n") {
				t.Errorf("-j %s, %v: stderr %q, want %q and the interruption last", jobs, sig, stderr.String(), summary)
			}
		}
	}
}

// watchFiles sends sig on sigs once dir holds n entries: with -o nothing
// reaches stdout, so the run is watched from outside.
func watchFiles(dir string, n int, sigs chan<- os.Signal, sig os.Signal) {
	go func() {
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
			if entries, _ := os.ReadDir(dir); len(entries) >= n {
				sigs <- sig
				return
			}
		}
	}()
}

func TestInterruptWithOutputLeavesOnlyWholeFiles(t *testing.T) {
	const pages = 300
	in := writePages(t, pages)
	out := filepath.Join(t.TempDir(), "out")
	sigs := make(chan os.Signal, 1)
	watchFiles(out, 5, sigs, os.Interrupt)
	var stdout, stderr bytes.Buffer
	code := runWithSignals([]string{"-j", "2", "-o", out, in}, streams{in: strings.NewReader(""), out: &stdout, err: &stderr}, sigs)
	if code != exitSIGINT {
		t.Fatalf("exit %d, want %d; stderr %q", code, exitSIGINT, stderr.String())
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 5 || len(entries) >= pages {
		t.Errorf("%d files written, want between 5 and %d", len(entries), pages-1)
	}
	for i, e := range entries {
		want := fmt.Sprintf("page-%03d.txt", i) // a prefix of the input order
		if e.Name() != want {
			t.Fatalf("file %d is %s, want %s (no temp file, no gap)", i, e.Name(), want)
		}
		data, err := os.ReadFile(filepath.Join(out, e.Name()))
		if err != nil || !strings.HasPrefix(string(data), fmt.Sprintf("Report number %d:", i)) || !strings.HasSuffix(string(data), "vessels.\n") {
			t.Errorf("%s holds %q, want the whole text of page %d", e.Name(), data, i)
		}
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout = %q, want nothing with -o", stdout.String())
	}
	if !strings.Contains(stderr.String(), fmt.Sprintf("pith: %d processed", len(entries))) {
		t.Errorf("stderr %q, want the summary counting %d pages", stderr.String(), len(entries))
	}
}

func TestExtractAllKeepsABoundedWindow(t *testing.T) {
	const workers, n = 2, 100
	var started atomic.Int32
	release := make(chan struct{})
	pages := make([]page, n)
	for i := range pages {
		pages[i] = page{source: fmt.Sprint(i), open: func() (io.ReadCloser, error) {
			started.Add(1)
			return io.NopCloser(strings.NewReader(articleHTML(i))), nil
		}}
	}
	var order []string
	done := make(chan error)
	go func() {
		done <- extractAll(context.Background(), pages, workers, extract.Options{}, func(i int, r result) error {
			if i == 0 {
				<-release // the writer is slow: the others must wait, not pile up
			}
			order = append(order, r.source)
			return nil
		})
	}()
	limit := int32(2*workers + 1) // the window, and the one being written
	deadline := time.Now().Add(5 * time.Second)
	for started.Load() < limit && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // time to overrun the window, if it could
	if got := started.Load(); got != limit {
		t.Errorf("%d pages started while the first waited to be written, want %d", got, limit)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for i, source := range order {
		if source != fmt.Sprint(i) {
			t.Fatalf("result %d is page %s: not in input order", i, source)
		}
	}
	if len(order) != n {
		t.Errorf("%d results, want %d", len(order), n)
	}
}

func TestProgressBarOnlyOnATerminalAndWithoutQ(t *testing.T) {
	dir := writePages(t, 8)
	empty := filepath.Join(dir, "zz-empty.html") // the last page fails
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		args     []string
		terminal bool
		wantBar  bool
	}{
		{"terminal", []string{dir}, true, true},
		{"terminal, -q", []string{"-q", dir}, true, false},
		{"terminal, few pages", []string{filepath.Join(dir, "page-000.html"), filepath.Join(dir, "page-001.html")}, true, false},
		{"not a terminal", []string{dir}, false, false},
		{"documents on the terminal too", []string{dir}, true, false},
		{"documents on the terminal, written to -o", []string{"-o", t.TempDir(), dir}, true, true},
	} {
		stderr := &screen{}
		s := streams{in: strings.NewReader(""), out: io.Discard, err: stderr, errIsTerminal: isTerminal(stderr) && tc.terminal,
			outIsTerminal: strings.HasPrefix(tc.name, "documents on the terminal")}
		runWithSignals(tc.args, s, make(chan os.Signal))
		lines := stderr.lines()
		if len(lines) == 0 || !strings.Contains(lines[len(lines)-1], " processed, ") {
			t.Fatalf("%s: the screen ends as %q, want the summary last", tc.name, lines)
		}
		if !tc.wantBar {
			if got := stderr.written(); strings.ContainsAny(got, "\r\x1b") || strings.Contains(got, "pages/s") {
				t.Errorf("%s: stderr %q, want no bar", tc.name, got)
			}
			continue
		}
		failure := "pith: " + empty + ": empty input"
		summary := lines[len(lines)-1]
		bars := checkFrames(t, stderr, []string{failure, summary})
		if len(bars) == 0 {
			t.Fatalf("%s: no bar drawn in %q", tc.name, stderr.written())
		}
		// The bar and the summary count the outcomes in the same words.
		if final := bars[len(bars)-1]; !strings.HasPrefix(final, "9/9 ") || !strings.HasSuffix(final, "1 failed, 0 no article") {
			t.Errorf("%s: the last bar drawn is %q, want the count 9/9 and 1 failed, 0 no article", tc.name, final)
		}
		if !slices.Equal(lines, []string{failure, summary}) || !strings.HasPrefix(summary, "pith: 9 processed, 1 failed, 0 no article, 0 skipped") {
			t.Errorf("%s: the screen ends as %q, want the failure, then the summary, and no bar", tc.name, lines)
		}
	}
}

func TestProgressBarErasedOnInterrupt(t *testing.T) {
	dir := writePages(t, 40)
	sigs := make(chan os.Signal, 1)
	stdout := &signallingWriter{n: 3, sigs: sigs, sig: os.Interrupt} // Ctrl-C after the third document
	stderr := &screen{}
	code := runWithSignals([]string{"-f", "json", "-j", "1", dir}, streams{in: strings.NewReader(""), out: stdout, err: stderr, errIsTerminal: true}, sigs)
	if code != exitSIGINT {
		t.Fatalf("exit %d, want %d; stderr %q", code, exitSIGINT, stderr.written())
	}
	lines := stderr.lines()
	written := strings.Count(stdout.String(), "\n") // the signal stops the batch a page or two later
	summary := fmt.Sprintf("pith: %d processed, 0 failed", written)
	if written < 3 || written >= 40 || len(lines) != 2 || !strings.HasPrefix(lines[0], summary) || lines[1] != "pith: interrupted (SIGINT)" {
		t.Fatalf("%d documents written, the screen ends as %q; want the summary %q, then the interruption, and no bar", written, lines, summary)
	}
	if bars := checkFrames(t, stderr, lines); len(bars) == 0 {
		t.Errorf("no bar drawn in %q", stderr.written())
	}
}

func TestOutputNames(t *testing.T) {
	pages := []page{{name: "a.htm"}, {name: "a.html"}, {name: "A.HTML.gz"}, {name: "a-2.html"}, {name: "sub/a.html"}, {name: "article.php"}, {name: "index"}, {name: "stdin"}, {name: "x.tar.gz"}}
	got := outputNames(pages, ".md")
	want := []string{"a.md", "a-2.md", "A-3.md", "a-2-2.md", "sub/a.md", "article.php.md", "index.md", "stdin.md", "x.tar.gz.md"}
	for i := range want {
		if filepath.ToSlash(got[i]) != want[i] {
			t.Errorf("outputNames: %s → %s, want %s", pages[i].name, got[i], want[i])
		}
	}
}

// blockingReader blocks like a pipe whose writer has gone quiet.
type blockingReader struct{ block chan struct{} }

func (r blockingReader) Read([]byte) (int, error) { <-r.block; return 0, io.EOF }

func TestInterruptWhileReadingTheList(t *testing.T) {
	sigs := make(chan os.Signal, 1)
	in := blockingReader{block: make(chan struct{})}
	t.Cleanup(func() { close(in.block) })
	sigs <- os.Interrupt
	var stdout, stderr bytes.Buffer
	code := runWithSignals([]string{"--files-from", "-"}, streams{in: in, out: &stdout, err: &stderr}, sigs)
	if code != exitSIGINT || !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("exit %d, stderr %q; want %d and the interruption", code, stderr.String(), exitSIGINT)
	}
}

// One regular file is extracted without workers; an interrupt while it is
// extracted drops its result all the same.
func TestOnePageInterruptDropsTheResult(t *testing.T) {
	in, err := expandInputs(inputSpec{args: []string{filepath.Join(writePages(t, 1), "page-000.html")}}, streams{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	one := in.pages[0]
	if !one.regularFile() {
		t.Fatal("a file listed as not regular")
	}
	open := one.open
	one.open = func() (io.ReadCloser, error) {
		cancel() // the interrupt comes while the page is read
		return open()
	}
	emitted := false
	err = extractAll(ctx, []page{one}, 2, extract.Options{}, func(int, result) error {
		emitted = true
		return nil
	})
	if !errors.Is(err, context.Canceled) || emitted {
		t.Errorf("extractAll = %v, emitted %v; want the interruption and nothing emitted", err, emitted)
	}
	// Uninterrupted, the same page is emitted.
	emitted = false
	if err := extractAll(context.Background(), in.pages, 2, extract.Options{}, func(_ int, r result) error {
		emitted = r.err == nil
		return nil
	}); err != nil || !emitted {
		t.Errorf("extractAll = %v, emitted %v", err, emitted)
	}
}

// A rerun with -o rewrites only the files whose bytes change: the others
// keep their modification time.
func TestOutputRerunKeepsUnchangedFiles(t *testing.T) {
	in := writePages(t, 2)
	out := t.TempDir()
	if code := run([]string{"-q", "-o", out, in}, strings.NewReader(""), io.Discard, io.Discard); code != exitOK {
		t.Fatalf("first run: exit %d", code)
	}
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	same, changed := filepath.Join(out, "page-000.txt"), filepath.Join(out, "page-001.txt")
	for _, name := range []string{same, changed} {
		if err := os.Chtimes(name, old, old); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(changed, []byte("edited by hand\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(changed, old, old)
	if code := run([]string{"-q", "-o", out, in}, strings.NewReader(""), io.Discard, io.Discard); code != exitOK {
		t.Fatalf("rerun: exit %d", code)
	}
	if info, err := os.Stat(same); err != nil || !info.ModTime().Equal(old) {
		t.Errorf("unchanged file rewritten: %v, %v", info.ModTime(), err)
	}
	info, err := os.Stat(changed)
	if err != nil || info.ModTime().Equal(old) {
		t.Fatalf("changed file not rewritten: %v", err)
	}
	if data, _ := os.ReadFile(changed); strings.Contains(string(data), "edited") {
		t.Errorf("changed file still holds %q", data)
	}
}
