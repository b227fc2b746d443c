package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/pith-cli/pith/score"
	"github.com/pmezard/go-difflib/difflib"
)

// compare checks a page's document against its golden file (file, under
// the golden directory), or with --update writes the golden when it is
// missing or differs.
func (c *checker) compare(file string, doc []byte, v *verdict) {
	name := filepath.Join(c.golden.dir, file)
	v.Golden = name
	want, err := os.ReadFile(name)
	missing := errors.Is(err, fs.ErrNotExist)
	if err != nil && !missing {
		v.fail(statusError, fmt.Sprintf("reading golden %s: %s", name, reason(err)))
		return
	}
	switch {
	case c.settings.update:
		c.update(file, doc, want, missing, v)
	case missing:
		v.fail(statusDrift, fmt.Sprintf("no golden file %s (--update writes it)", name))
	case !bytes.Equal(doc, want):
		c.drift(doc, want, v)
	}
}

// update writes a page's golden file, file under the golden directory,
// unless it already holds doc, and records which it did.
func (c *checker) update(file string, doc, want []byte, missing bool, v *verdict) {
	switch {
	case !missing && bytes.Equal(doc, want):
		v.Update = "unchanged"
		return
	case missing:
		v.Update = "created"
	default:
		v.Update = "updated"
	}
	if err := c.golden.writeAs(file, doc); err != nil {
		v.Update = ""
		v.fail(statusError, err.Error())
	}
}

// drift judges a document that differs from its golden: without
// --tolerance it has drifted; with it, its body text passes when its
// shingle F1 against the golden's is high enough (and, in JSON, every
// other field is equal). A drifted page gets the diff.
func (c *checker) drift(doc, want []byte, v *verdict) {
	from, to := v.Golden, v.Source
	if c.settings.format == formatJSON {
		doc, want = indentJSON(doc), indentJSON(want)
	}
	failed := len(v.Reasons)
	switch {
	case c.settings.tolerance == 0:
		v.fail(statusDrift, "differs from golden "+v.Golden)
	case c.settings.format == formatJSON:
		c.tolerateJSON(doc, want, v)
	default:
		c.tolerateText(string(want), string(doc), v)
	}
	if len(v.Reasons) > failed && c.settings.diffLines > 0 {
		v.Diff = unifiedDiff(string(want), string(doc), from, to, c.settings.diffLines)
	}
}

// tolerateText passes a body text whose shingle F1 against the golden's
// reaches the tolerance.
func (c *checker) tolerateText(want, got string, v *verdict) {
	f1 := score.Compare(want, got).F1()
	v.F1 = &f1
	if f1 < c.settings.tolerance {
		v.fail(statusDrift, fmt.Sprintf("text differs from golden %s: F1 %s, under --tolerance %v", v.Golden, formatF1(f1), c.settings.tolerance))
	}
}

// tolerateJSON compares the JSON fields of a page with its golden's: text
// within the tolerance, every other field exactly.
func (c *checker) tolerateJSON(doc, want []byte, v *verdict) {
	got, gerr := decodeObject(doc)
	golden, werr := decodeObject(want)
	if werr != nil {
		v.fail(statusDrift, fmt.Sprintf("golden %s is not a JSON object: %v", v.Golden, werr))
		return
	}
	if gerr != nil {
		v.fail(statusError, fmt.Sprintf("output is not a JSON object: %v", gerr))
		return
	}
	var differ []string
	for _, name := range unionKeys(got, golden) {
		if name != "text" && !reflect.DeepEqual(got[name], golden[name]) {
			differ = append(differ, name)
		}
	}
	if len(differ) > 0 {
		v.fail(statusDrift, fmt.Sprintf("fields differ from golden %s: %s", v.Golden, strings.Join(differ, ", ")))
	}
	gotText, _ := got["text"].(string)
	wantText, _ := golden["text"].(string)
	if gotText != wantText {
		c.tolerateText(wantText, gotText, v)
	}
}

// decodeObject reads one JSON object, keeping numbers as written.
func decodeObject(data []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var obj map[string]any
	if err := dec.Decode(&obj); err != nil {
		return nil, err
	}
	if obj == nil {
		return nil, errors.New("null")
	}
	return obj, nil
}

// unionKeys are the keys of a and b, sorted.
func unionKeys(a, b map[string]any) []string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// indentJSON puts each field of a JSON document on a line of its own, so
// that a diff shows which changed; other data is returned as it is.
func indentJSON(data []byte) []byte {
	var buf bytes.Buffer
	if err := json.Indent(&buf, data, "", "  "); err != nil {
		return data
	}
	return buf.Bytes()
}

// formatF1 prints an F1 score with three decimals, rounded down, so that
// a score under the tolerance never prints as equal to it.
func formatF1(f1 float64) string {
	return fmt.Sprintf("%.3f", math.Floor(f1*1000)/1000)
}

// unifiedDiff is the unified diff, with three lines of context, from the
// golden text want (named from) to the output got (named to). It is cut
// after maxLines lines, with a last line saying how many were left out.
func unifiedDiff(want, got, from, to string, maxLines int) string {
	diff, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
		A: diffLines(want), B: diffLines(got), FromFile: from, ToFile: to, Context: 3,
	})
	if err != nil {
		return ""
	}
	lines := strings.SplitAfter(strings.TrimSuffix(diff, "\n"), "\n")
	if len(lines) <= maxLines {
		return diff
	}
	return strings.Join(lines[:maxLines], "") + fmt.Sprintf("... %d more diff lines\n", len(lines)-maxLines)
}

// diffLines splits s into lines that keep their newline; a last line
// without one is marked as diff(1) marks it.
func diffLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if last := len(lines) - 1; lines[last] == "" {
		lines = lines[:last]
	} else {
		lines[last] += "\n\\ No newline at end of file\n"
	}
	return lines
}
