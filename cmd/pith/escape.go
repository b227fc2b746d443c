package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// shownName is a source name as pith shows it, on stderr and in the
// headers that tell documents apart: its control characters (C0, DEL, C1)
// and bytes that are not UTF-8 written as Go escapes (\x1b, \n, \u009b,
// \xff), so a file name cannot move the terminal's cursor, retitle it,
// print a hyperlink or start a line of its own. JSON's "source" keeps the
// name as it is (JSON escapes it).
func shownName(s string) string {
	if !needsEscape(s, false) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case isControl(r):
			b.WriteString(escapeControl(r))
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// isControl reports C0 and C1 control characters and DEL.
func isControl(r rune) bool {
	return r < 0x20 || r >= 0x7F && r <= 0x9F
}

// escapeControl writes a control character as Go would quote it.
func escapeControl(r rune) string {
	switch r {
	case '\n':
		return `\n`
	case '\t':
		return `\t`
	case '\r':
		return `\r`
	}
	if r < 0x80 {
		return fmt.Sprintf(`\x%02x`, r)
	}
	return fmt.Sprintf(`\u%04x`, r)
}

// needsEscape reports whether s holds a control character or a byte that is
// not UTF-8; with lines, newlines and tabs are allowed.
func needsEscape(s string, lines bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && !(lines && (c == '\n' || c == '\t')), c == 0x7F:
			return true
		case c == 0xC2 && i+1 < len(s) && s[i+1] <= 0x9F: // U+0080–U+009F
			return true
		}
	}
	return !utf8.ValidString(s)
}

// safeLines is stderr as pith's messages reach it: whatever a message
// quotes (a file name in an error from the file system, a name from a
// files list) has its control characters escaped as shownName does, but
// for the newlines and tabs that lay the messages out.
type safeLines struct{ w io.Writer }

func (s safeLines) Write(b []byte) (int, error) {
	if !needsEscape(string(b), true) {
		return s.w.Write(b)
	}
	if _, err := io.WriteString(s.w, shownLines(string(b))); err != nil {
		return 0, err
	}
	return len(b), nil
}

// shownLines is text for stderr with the control characters of each line
// escaped as shownName does, but for newlines and tabs.
func shownLines(text string) string {
	if !needsEscape(text, true) {
		return text
	}
	var out strings.Builder
	for line := range strings.SplitAfterSeq(text, "\n") {
		body := strings.TrimSuffix(line, "\n")
		for i, field := range strings.Split(body, "\t") {
			if i > 0 {
				out.WriteByte('\t')
			}
			out.WriteString(shownName(field))
		}
		if len(body) < len(line) {
			out.WriteByte('\n')
		}
	}
	return out.String()
}

// rawWriter is the writer under w: the progress bar draws itself with
// escape sequences, which safeLines would write out as text.
func rawWriter(w io.Writer) io.Writer {
	if s, ok := w.(safeLines); ok {
		return s.w
	}
	return w
}
