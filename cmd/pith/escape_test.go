package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestShownName(t *testing.T) {
	for in, want := range map[string]string{
		"report.html":                "report.html",
		"Grüße «März».html":          "Grüße «März».html",
		"a\x1b]0;title\x07.html":     `a\x1b]0;title\x07.html`,
		"clear\x1b[2J.html":          `clear\x1b[2J.html`,
		"csi\u009b31m.html":          `csi\u009b31m.html`,
		"two\nlines\r\t.html":        `two\nlines\r\t.html`,
		"latin1-\xe9.html":           `latin1-\xe9.html`,
		"del\x7f.html":               `del\x7f.html`,
		"osc8\x1b]8;;http://x\x1b\\": `osc8\x1b]8;;http://x\x1b\`,
	} {
		if got := shownName(in); got != want {
			t.Errorf("shownName(%q) = %q, want %q", in, got, want)
		}
	}
}

// rawControls lists the control characters of out but newlines and tabs.
func rawControls(out string) []rune {
	var found []rune
	for _, r := range out {
		if isControl(r) && r != '\n' && r != '\t' {
			found = append(found, r)
		}
	}
	return found
}

// TestSourceNamesReachNoTerminalRaw runs the CLI in-process on files whose
// names carry terminal escapes: no control character of a name reaches
// stdout's headers (text, Markdown, HTML) or stderr's messages (a missing
// file, a page with no article, the summary).
func TestSourceNamesReachNoTerminalRaw(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Ferry timetable</title></head><body><article><p>` +
		strings.Repeat("The winter timetable adds an early ferry on weekdays and a late one on Saturdays. ", 8) +
		`</p></article></body></html>`
	good := filepath.Join(dir, "ferry\x1b]0;owned\x07.html")
	empty := filepath.Join(dir, "empty\x1b[2J\u009b.html")
	missing := filepath.Join(dir, "gone\x1b]8;;x.test\x1b\\.html")
	if err := os.WriteFile(good, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(empty, []byte("<html><body><p>Too short.</p></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "markdown", "html", "json"} {
		var stdout, stderr bytes.Buffer
		run([]string{"-f", format, good, good, empty, missing}, strings.NewReader(""), &stdout, &stderr)
		for name, out := range map[string]string{"stdout": stdout.String(), "stderr": stderr.String()} {
			if c := rawControls(out); len(c) > 0 {
				t.Errorf("-f %s: %s carries %q raw:\n%s", format, name, c, out)
			}
		}
		if !strings.Contains(stderr.String(), `gone\x1b]8;;x.test\x1b\.html`) {
			t.Errorf("-f %s: stderr does not name the missing file, escaped:\n%s", format, stderr.String())
		}
		if format == "text" && !strings.Contains(stdout.String(), `==> `+dir+`/ferry\x1b]0;owned\x07.html <==`) {
			t.Errorf("text header does not show the name escaped:\n%s", stdout.String())
		}
	}
}

// TestCheckReportEscapesTheSource checks that pith check's report on stdout
// shows a file name's control characters escaped.
func TestCheckReportEscapesTheSource(t *testing.T) {
	v := verdict{Source: "page\x1b]0;owned\x07.html", Status: statusGate, Reasons: []string{"no article text"}}
	got := v.humanReport()
	if c := rawControls(got); len(c) > 0 || !strings.Contains(got, `page\x1b]0;owned\x07.html`) {
		t.Errorf("report %q", got)
	}
}
