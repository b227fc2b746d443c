package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/pith-cli/pith/score"
)

// parsedJUnit is the JUnit XML as a CI server reads it, declared apart from
// the writer's types so that the test checks the document, not the types.
type parsedJUnit struct {
	XMLName xml.Name `xml:"testsuites"`
	Suites  []struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Errors   int `xml:"errors,attr"`
		Cases    []struct {
			Name    string `xml:"name,attr"`
			Failure *struct {
				Type    string `xml:"type,attr"`
				Message string `xml:"message,attr"`
				Body    string `xml:",chardata"`
			} `xml:"failure"`
			Error *struct {
				Message string `xml:"message,attr"`
			} `xml:"error"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func parseJUnit(t *testing.T, path string) parsedJUnit {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc parsedJUnit
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s does not parse as XML: %v\n%s", path, err, data)
	}
	if len(doc.Suites) != 1 {
		t.Fatalf("%d test suites, want 1", len(doc.Suites))
	}
	return doc
}

const (
	articlePage = `<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>
<p>The harbour at Kelmouth reopened to fishing boats on Monday morning, four days after a winter storm tore loose two pontoons and sank a small ferry at its mooring.</p>
<p>Harbour master Owen Tell said divers had cleared the main channel overnight and that the remaining wreckage posed no danger to vessels entering or leaving the port.</p>
</article></body></html>`
	loginPage = `<!doctype html><html><head><title>Sign in</title></head><body><form><label>Email <input name="email"></label><button>Sign in</button></form></body></html>`
)

// TestJUnitListsEveryInput checks a JUnit report of a run with a page of
// each verdict: it parses, lists every input in order, and carries each
// failure's reason and diff.
func TestJUnitListsEveryInput(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for name, content := range map[string]string{"pass.html": articlePage, "drift.html": articlePage, "gate.html": loginPage} {
		if err := os.WriteFile(name, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	inputs := []string{"pass.html", "drift.html", "gate.html", "missing.html"}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", "--update", "--golden", "golden", "pass.html", "drift.html"}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("update: exit %d, stderr %s", code, &stderr)
	}
	edited := strings.Replace(articlePage, "Monday", "Tuesday", 1)
	if err := os.WriteFile("drift.html", []byte(edited), 0o666); err != nil {
		t.Fatal(err)
	}
	code := run(append([]string{"check", "--golden", "golden", "--junit", "reports/junit.xml"}, inputs...), nil, &stdout, &stderr)
	if code != exitFailed {
		t.Fatalf("check: exit %d, want %d; stderr %s", code, exitFailed, &stderr)
	}
	doc := parseJUnit(t, "reports/junit.xml")
	suite := doc.Suites[0]
	var names []string
	for _, c := range suite.Cases {
		names = append(names, c.Name)
	}
	if !slices.Equal(names, inputs) {
		t.Errorf("test cases %q, want %q", names, inputs)
	}
	if suite.Tests != 4 || suite.Failures != 2 || suite.Errors != 1 {
		t.Errorf("tests %d, failures %d, errors %d; want 4, 2, 1", suite.Tests, suite.Failures, suite.Errors)
	}
	if c := suite.Cases[0]; c.Failure != nil || c.Error != nil {
		t.Errorf("the passing page has a failure or an error")
	}
	if f := suite.Cases[1].Failure; f == nil || f.Type != "drift" || !strings.Contains(f.Message, "differs from golden golden/drift.txt") ||
		!strings.Contains(f.Body, "+The harbour at Kelmouth reopened to fishing boats on Tuesday") {
		t.Errorf("drift failure = %+v, want its reason and diff", f)
	}
	if f := suite.Cases[2].Failure; f == nil || f.Type != "gate" || f.Message != "gate: no article text" {
		t.Errorf("gate failure = %+v, want gate: no article text", f)
	}
	if e := suite.Cases[3].Error; e == nil || e.Message != "error: no such file" {
		t.Errorf("error = %+v, want error: no such file", e)
	}
	if entries, _ := os.ReadDir("reports"); len(entries) != 1 {
		t.Errorf("reports/ holds %d files, want only junit.xml", len(entries))
	}
}

// ciCommand finds a pith command line in a README code block: in a shell
// script, or as a step of a CI job in YAML ("- pith …", "- run: pith …").
var ciCommand = regexp.MustCompile(`^\s*(?:-\s+(?:run:\s+)?)?(pith\s.*)$`)

// readmeCISection is the "Use in CI" section of the README.
func readmeCISection(t *testing.T) string {
	t.Helper()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n## Use in CI\n")
	if !ok {
		t.Fatal(`README.md has no "## Use in CI" section`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	return section
}

// TestReadmeCISnippet runs the pith commands of the README's "Use in CI"
// code blocks, in order, with this test binary on PATH as pith, in a
// directory laid out as the snippet expects: the repository's fixture
// pages under testdata/pages. Each must succeed, and the JUnit report
// must list every page.
func TestReadmeCISnippet(t *testing.T) {
	section := readmeCISection(t)
	// It installs @latest or a release that exists: a tag of this repository.
	installs := regexp.MustCompile(`(?m)go install github\.com/pith-cli/pith/cmd/pith@(\S+)$`).FindAllStringSubmatch(section, -1)
	if len(installs) == 0 {
		t.Error("the CI snippet does not install pith")
	}
	for _, m := range installs {
		if m[1] == "latest" {
			continue
		}
		tags, err := exec.Command("git", "tag", "--list", m[1]).Output()
		if err != nil || strings.TrimSpace(string(tags)) != m[1] {
			t.Errorf("the CI snippet installs pith@%s, a release that does not exist (git tag: %q, %v)", m[1], tags, err)
		}
	}
	var commands []string
	inBlock := false
	for line := range strings.Lines(section) {
		line = strings.TrimRight(line, "\n")
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			inBlock = !inBlock
			continue
		}
		if m := ciCommand.FindStringSubmatch(line); inBlock && m != nil && !slices.Contains(commands, m[1]) {
			commands = append(commands, m[1])
		}
	}
	if len(commands) < 2 {
		t.Fatalf("pith commands in the CI snippet: %q; want one that writes the goldens and one that checks", commands)
	}

	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	if err := os.Symlink(exe, filepath.Join(bin, "pith")); err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	sources, err := filepath.Glob("../../testdata/pages/*/source.html")
	if err != nil || len(sources) == 0 {
		t.Fatalf("no fixture pages: %v", err)
	}
	// The snippet gates on a minimum of words; the fixtures of short pages
	// (a video page's one-sentence description) are the pages that gate
	// exists to flag, not pages a site's CI would keep as goldens.
	minWords := 0
	if m := regexp.MustCompile(`--min-words\s+(\d+)`).FindStringSubmatch(strings.Join(commands, "\n")); m != nil {
		minWords, _ = strconv.Atoi(m[1])
	}
	var pages []string
	for _, src := range sources {
		if golden, err := os.ReadFile(filepath.Join(filepath.Dir(src), "expected.txt")); err == nil && len(strings.Fields(string(golden))) < minWords {
			continue
		}
		page := filepath.Join("testdata/pages", filepath.Base(filepath.Dir(src)), "source.html")
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(work, filepath.Dir(page)), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(work, page), data, 0o666); err != nil {
			t.Fatal(err)
		}
		pages = append(pages, page)
	}

	for _, command := range commands {
		cmd := exec.Command("sh", "-c", command)
		cmd.Dir = work
		cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", command, err, out)
		}
	}

	junit := regexp.MustCompile(`--junit\s+(\S+)`).FindStringSubmatch(strings.Join(commands, "\n"))
	if junit == nil {
		t.Fatal("the CI snippet writes no JUnit report")
	}
	doc := parseJUnit(t, filepath.Join(work, junit[1]))
	var names []string
	for _, c := range doc.Suites[0].Cases {
		names = append(names, c.Name)
		if c.Failure != nil || c.Error != nil {
			t.Errorf("%s did not pass", c.Name)
		}
	}
	slices.Sort(names) // the walk's order, directory by directory, is not the sorted paths'
	slices.Sort(pages)
	if !slices.Equal(names, pages) {
		t.Errorf("JUnit test cases %q, want every page %q", names, pages)
	}
}

func TestUnifiedDiffIsCut(t *testing.T) {
	want := "one\ntwo\nthree\nfour\n"
	got := "one\n2\nthree\n4\n"
	full := unifiedDiff(want, got, "golden", "page", 100)
	wantFull := "--- golden\n+++ page\n@@ -1,4 +1,4 @@\n one\n-two\n+2\n three\n-four\n+4\n"
	if full != wantFull {
		t.Errorf("diff =\n%s\nwant\n%s", full, wantFull)
	}
	if cut := unifiedDiff(want, got, "golden", "page", 4); cut != "--- golden\n+++ page\n@@ -1,4 +1,4 @@\n one\n... 5 more diff lines\n" {
		t.Errorf("cut diff =\n%s", cut)
	}
	if d := unifiedDiff("a\n", "a", "golden", "page", 100); !strings.Contains(d, "+a\n\\ No newline at end of file\n") {
		t.Errorf("a lost final newline is not shown:\n%s", d)
	}
}

func TestVerdictKeepsTheMostSevereStatus(t *testing.T) {
	v := verdict{Status: statusPass}
	v.fail(statusGate, "too short")
	v.fail(statusDrift, "differs")
	if v.Status != statusGate || !slices.Equal(v.Reasons, []string{"too short", "differs"}) {
		t.Errorf("verdict = %+v, want gate with both reasons", v)
	}
	v.fail(statusError, "unreadable golden")
	if v.Status != statusError {
		t.Errorf("status = %s, want error", v.Status)
	}
}

// interruptOnRead is a stdin that never gives a byte: its first read sends
// SIGINT, so the signal comes while the check is extracting pages.
type interruptOnRead struct {
	io.Reader
	once sync.Once
	sigs chan<- os.Signal
}

func (r *interruptOnRead) Read(p []byte) (int, error) {
	r.once.Do(func() { r.sigs <- os.Interrupt })
	return r.Reader.Read(p)
}

// TestInterruptedCheckWritesNoJUnit interrupts a check while it reads a
// page from a silent stdin, after a page has been judged: it exits 130 and
// leaves no report behind.
func TestInterruptedCheckWritesNoJUnit(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("pass.html", []byte(articlePage), 0o666); err != nil {
		t.Fatal(err)
	}
	silent, w := io.Pipe()
	defer w.Close()
	sigs := make(chan os.Signal, 1)
	stdin := &interruptOnRead{Reader: silent, sigs: sigs}
	var stdout, stderr bytes.Buffer
	code := runWithSignals([]string{"check", "-j", "1", "--junit", "junit.xml", "pass.html", "-"},
		streams{in: stdin, out: &stdout, err: &stderr}, sigs)
	if code != exitSIGINT {
		t.Errorf("exit %d, want %d; stderr %q", code, exitSIGINT, stderr.String())
	}
	if _, err := os.Stat("junit.xml"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("junit.xml was written (%v)", err)
	}
}

// --tolerance F passes a body text whose F1 against its golden is F or
// more: at exactly F it passes, a hair above F it drifts; and F may be 1
// but not 0.
func TestToleranceBoundary(t *testing.T) {
	want := "The harbour at Kelmouth reopened to fishing boats on Monday morning after the storm.\n"
	got := "The harbour at Kelmouth reopened to fishing boats on Tuesday morning after the storm.\n"
	f1 := score.Compare(want, got).F1()
	if f1 <= 0 || f1 >= 1 {
		t.Fatalf("F1 %v: want a partial match", f1)
	}
	for _, tc := range []struct {
		tolerance float64
		want      status
	}{
		{f1, statusPass},
		{math.Nextafter(f1, 0), statusPass},
		{math.Nextafter(f1, 1), statusDrift},
		{1, statusDrift},
	} {
		c := &checker{settings: checkSettings{format: formatText, tolerance: tc.tolerance}}
		v := verdict{Status: statusPass, Golden: "g.txt", Source: "p.html"}
		c.tolerateText(want, got, &v)
		if v.Status != tc.want {
			t.Errorf("F1 %v, --tolerance %v: %s %q, want %s", f1, tc.tolerance, v.Status, v.Reasons, tc.want)
		}
	}
	for tol, ok := range map[float64]bool{1: true, 0.5: true, 0: false, -0.1: false, math.Nextafter(1, 2): false} {
		co := &CheckOptions{Golden: t.TempDir(), Report: "text", Tolerance: tol, tolerant: true}
		if _, err := co.validate(settings{format: formatText}); (err == nil) != ok {
			t.Errorf("--tolerance %v: error %v, want accepted: %v", tol, err, ok)
		}
	}
}
