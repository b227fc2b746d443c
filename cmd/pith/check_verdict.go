package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"slices"
	"strings"

	"github.com/pith-cli/pith/extract"
)

// status is a page's verdict.
type status string

const (
	statusPass  status = "pass"  // article, gates met, golden matched
	statusDrift status = "drift" // output differs from the golden, or no golden
	statusGate  status = "gate"  // no article text, or a gate not met
	statusError status = "error" // unreadable or not extractable
)

// severity orders the statuses: a page with several problems gets the
// most severe one, and every reason.
var severity = map[status]int{statusPass: 0, statusDrift: 1, statusGate: 2, statusError: 3}

// verdict is one page's outcome, and its object under --report json.
type verdict struct {
	Source  string   `json:"source"`
	Status  status   `json:"status"`
	Reasons []string `json:"reasons"`          // why it did not pass; empty when it did
	Golden  string   `json:"golden,omitempty"` // its golden file, with --golden
	Update  string   `json:"update,omitempty"` // with --update: created, updated or unchanged
	F1      *float64 `json:"f1,omitempty"`     // body text's shingle F1 against the golden, when scored
	Diff    string   `json:"diff,omitempty"`   // unified diff from the golden, on drift
}

// fail adds a reason and raises the status to s if s is more severe.
func (v *verdict) fail(s status, reason string) {
	v.Reasons = append(v.Reasons, reason)
	if severity[s] > severity[v.Status] {
		v.Status = s
	}
}

// checkSettings are the check flags, checked.
type checkSettings struct {
	format    *format // the output format compared with the goldens
	meta      bool    // --metadata-only: no text is not a failure
	update    bool
	tolerance float64 // 0 for byte-exact comparison
	diffLines int
	minWords  int
	require   []string // JSON field names
}

// validate checks the check flags against each other and against the
// extraction settings st.
func (co *CheckOptions) validate(st settings) (checkSettings, error) {
	cs := checkSettings{format: st.format, meta: st.meta, update: co.Update, diffLines: co.DiffLines, minWords: co.MinWords}
	co.Report = strings.ToLower(strings.TrimSpace(co.Report))
	switch {
	case co.Report != "text" && co.Report != "json":
		return cs, usagef("unknown report %q for --report: use text or json", co.Report)
	case co.DiffLines < 0:
		return cs, usagef("--diff-lines %d: give 0 or more lines", co.DiffLines)
	case co.MinWords < 0:
		return cs, usagef("--min-words %d: give 0 or more words", co.MinWords)
	case co.Update && co.Golden == "":
		return cs, usagef("--update writes golden files: give their directory with --golden DIR")
	case co.tolerant && co.Golden == "":
		return cs, usagef("--tolerance applies to the comparison with golden files: give --golden DIR")
	case co.tolerant && !(co.Tolerance > 0 && co.Tolerance <= 1):
		return cs, usagef("--tolerance %v: give an F1 score above 0 and at most 1", co.Tolerance)
	}
	if co.Golden != "" && !co.Update {
		if _, err := os.Stat(co.Golden); errors.Is(err, fs.ErrNotExist) {
			return cs, usagef("--golden %s: no such directory (--update creates it)", co.Golden)
		}
	}
	if co.tolerant {
		cs.tolerance = co.Tolerance
	}
	known := articleFields()
	for _, name := range co.Require {
		name = strings.ToLower(strings.TrimSpace(name))
		if !slices.Contains(known, name) {
			return cs, usagef("unknown field %q for --require: use %s", name, strings.Join(known, ","))
		}
		if (name == "markdown" && !st.extract.Render.Markdown) || (name == "html" && !st.extract.Render.HTML) {
			return cs, usagef("--require %s: that rendering is not made; use -f %s or -f json --include %s", name, name, name)
		}
		if (name == "links" && !st.extract.Render.ListLinks) || (name == "images" && !st.extract.Render.ListImages) {
			return cs, usagef("--require %s: that list is not made; use -f json --include %s", name, name)
		}
		cs.require = append(cs.require, name)
	}
	return cs, nil
}

// articleFields are the names of the JSON fields of an article, in the
// contract's order: the names --require takes.
func articleFields() []string {
	t := reflect.TypeFor[extract.Article]()
	var names []string
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			names = append(names, name)
		}
	}
	return names
}

// checker judges pages one at a time, in input order.
type checker struct {
	settings checkSettings
	render   *writer    // renders a page's document as pith prints it
	golden   *outputDir // the golden files; nil without --golden
}

// judge gives page i its verdict: error when it failed, gate when it has
// no article text or misses a gate, drift when its output differs from its
// golden file. With --update the golden is written instead of compared.
func (c *checker) judge(i int, r result) verdict {
	v := verdict{Source: r.source, Status: statusPass, Reasons: []string{}}
	if c.settings.meta && errors.Is(r.err, extract.ErrNotReadable) {
		r.err = nil // metadata is all that was asked for
	}
	switch {
	case errors.Is(r.err, extract.ErrNotReadable):
		v.fail(statusGate, "no article text")
		return v
	case r.err != nil:
		v.fail(statusError, reason(r.err))
		return v
	}
	c.gates(r.article, &v)
	if c.golden != nil {
		doc, err := c.render.renderAlone(r)
		if err != nil {
			v.fail(statusError, "rendering: "+err.Error())
			return v
		}
		name := r.outName // a WARC record's, or any page's when WARC records are among them
		if name == "" {
			name = c.golden.names[i]
		}
		c.compare(name, doc, &v)
	}
	return v
}

// gates checks --min-words and --require.
func (c *checker) gates(a *extract.Article, v *verdict) {
	if n := c.settings.minWords; n > 0 && a.WordCount < n {
		v.fail(statusGate, fmt.Sprintf("%d words, fewer than --min-words %d", a.WordCount, n))
	}
	if len(c.settings.require) == 0 {
		return
	}
	filled := filledFields(a, c.settings.meta)
	for _, name := range c.settings.require {
		if !filled[name] {
			v.fail(statusGate, "required field "+name+" is empty")
		}
	}
}

// filledFields are the fields the article's JSON object has: its empty
// fields are left out of it. With meta the text is not printed, so it
// counts as empty.
func filledFields(a *extract.Article, meta bool) map[string]bool {
	rec := *a
	if meta {
		rec.Text = ""
	}
	data, err := json.Marshal(&rec)
	if err != nil {
		return nil
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil
	}
	filled := make(map[string]bool, len(fields))
	for name := range fields {
		filled[name] = true
	}
	return filled
}
