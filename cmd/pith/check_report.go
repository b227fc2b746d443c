package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// checkReport prints the verdicts on stdout: one line per page with the
// diff indented under it, or with json one object per page.
type checkReport struct {
	out  io.Writer
	json bool
}

// write prints one verdict in one write, so an interrupt never cuts it.
func (r *checkReport) write(v verdict) error {
	if r.json {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := io.WriteString(r.out, b.String())
		return err
	}
	_, err := io.WriteString(r.out, v.humanReport())
	return err
}

// humanReport is "STATUS SOURCE: DETAIL" and, under it, the diff indented
// by four spaces; control characters are escaped (see shownLines), as on
// stderr, since the report goes to a terminal too.
func (v verdict) humanReport() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-5s %s", v.Status, v.Source)
	if detail := v.detail(); detail != "" {
		b.WriteString(": " + detail)
	}
	b.WriteByte('\n')
	if v.Diff != "" {
		for line := range strings.Lines(v.Diff) {
			b.WriteString("    " + line)
		}
	}
	return shownLines(b.String())
}

// detail says why a page failed, or for a page that passed what was done
// with its golden: written, or matched within the tolerance.
func (v verdict) detail() string {
	switch {
	case len(v.Reasons) > 0:
		return strings.Join(v.Reasons, "; ")
	case v.Update != "":
		return v.Update + " " + v.Golden
	case v.F1 != nil:
		return fmt.Sprintf("text within tolerance of %s: F1 %s", v.Golden, formatF1(*v.F1))
	}
	return ""
}
