package input

import "strings"

// dropScriptBodies returns the page without the bodies of its scripts and
// style sheets, when they are at least a tenth of it, enough to pay for the
// copy (on the corpus they are nearly three quarters of the bytes). Nothing
// pith reads is in them, but x/net/html tokenizes every byte of them one at
// a time, buffers each whole (doubling its buffer as it goes) and copies it
// into a text node; cut before parsing, they cost nothing later. JSON-LD
// scripts, which the metadata reads, are kept, and so are templates (a
// "text/template" script may hold a post's body: see inlineTemplates).
//
// The scan follows x/net/html's tokenizer: comments, doctypes, quoted
// attribute values that hold '>', and the raw text of <textarea>, <title>,
// <iframe>, <noscript> and the like are skipped as it skips them, and a
// body ends at the first "</script" or "</style" followed by a space, '/'
// or '>'. Where the tokenizer's own reading would depend on the parser
// (inside <svg> or <math>, whose <script> and <style> are not raw text),
// or after a <plaintext>, the page is kept as it is from there on. A
// script ends where the tokenizer's escaping rules end it (see
// scriptBodyEnd). TestDropScriptBodiesKeepsTheTree checks on every fixture
// and corpus page that the parsed tree is the same but for the bodies.
func dropScriptBodies(s string) string {
	var cut [][2]int // the bodies, as byte ranges
	cutBytes := 0
	foreign := 0 // <svg> and <math> elements open
scan:
	for i := 0; ; {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 || i+lt+2 >= len(s) {
			break
		}
		i += lt
		switch c := s[i+1]; {
		case c == '!':
			end := -1
			if foreign > 0 && strings.HasPrefix(s[i:], "<![CDATA[") {
				if j := strings.Index(s[i:], "]]>"); j >= 0 {
					end = i + j + 3
				}
			} else {
				end = skipMarkupDeclaration(s, i) // a comment, a doctype or a bogus comment
			}
			if end < 0 {
				break scan
			}
			i = end
		case c == '?' || c == '/' && !isASCIILetter(s[i+2]): // a bogus comment, or "</>"
			if i = pastNextGT(s, i); i < 0 {
				break scan
			}
		case c == '/':
			if name := tagNameAt(s, i+2); (name == "svg" || name == "math") && foreign > 0 {
				foreign--
			}
			end, _ := tagEnd(s, i+2)
			if end < 0 {
				break scan
			}
			i = end
		case isASCIILetter(c):
			name := tagNameAt(s, i+1)
			end, selfClosing := tagEnd(s, i+1)
			if end < 0 {
				break scan
			}
			tag := s[i:end]
			i = end
			switch name {
			case "svg", "math":
				if !selfClosing {
					foreign++
				}
				continue
			case "plaintext":
				break scan // the rest of the page is text
			}
			if !isRawText(name) {
				continue
			}
			var body int
			if name == "script" {
				body = scriptBodyEnd(s[i:])
			} else {
				body = indexRawEndTag(s[i:], name)
			}
			if body < 0 {
				break scan // raw text to the end of the page
			}
			switch {
			case foreign > 0:
				if strings.IndexByte(s[i:i+body], '<') >= 0 {
					break scan // parsed as markup there: the scan cannot tell how
				}
			case name == "script" && !containsFold(tag, "json") && !containsFold(tag, "template") && !strings.Contains(tag, "&") || name == "style":
				if body > 0 {
					cut = append(cut, [2]int{i, i + body})
					cutBytes += body
				}
			}
			i += body
		default:
			i++
		}
	}
	if cutBytes < len(s)/10 {
		return s // not worth a copy of the rest
	}
	var b strings.Builder
	b.Grow(len(s) - cutBytes)
	from := 0
	for _, c := range cut {
		b.WriteString(s[from:c[0]])
		from = c[1]
	}
	b.WriteString(s[from:])
	return b.String()
}

// tagEnd returns the index just past the '>' that closes the tag whose name
// starts at s[i], reading its attributes as x/net/html's tokenizer does (a
// quoted value may hold '>'), and whether it is self-closing ("<svg/>"); -1
// when it runs to the end of s.
func tagEnd(s string, i int) (end int, selfClosing bool) {
	for i < len(s) && !isHTMLSpace(s[i]) && s[i] != '/' && s[i] != '>' {
		i++ // the name
	}
	i = skipHTMLSpace(s, i)
	unquotedEnd := -1 // where the last unquoted value ended
	for i < len(s) {
		if s[i] == '>' {
			return i + 1, i > 0 && s[i-1] == '/' && unquotedEnd != i
		}
		start := i // an attribute's name; "=" may start one
		for i < len(s) && (s[i] == '=' && i == start || s[i] != '=' && !isHTMLSpace(s[i]) && s[i] != '/' && s[i] != '>') {
			i++
		}
		i = skipHTMLSpace(s, i)
		if i >= len(s) {
			break
		}
		switch s[i] {
		case '/':
			i++
		case '=':
			i = skipHTMLSpace(s, i+1)
			if i >= len(s) {
				return -1, false
			}
			switch q := s[i]; q {
			case '>':
			case '"', '\'':
				j := strings.IndexByte(s[i+1:], q)
				if j < 0 {
					return -1, false
				}
				i += j + 2
			default:
				for i < len(s) && !isHTMLSpace(s[i]) && s[i] != '>' {
					i++
				}
				unquotedEnd = i
			}
		}
		i = skipHTMLSpace(s, i)
	}
	return -1, false
}

// scriptBodyEnd returns the index in s, the text after a <script> start
// tag, of the end tag that closes it, or -1 when none does: the end
// x/net/html's tokenizer finds (Tokenizer.readScript, whose states this
// follows one for one), where "<!--" and a nested "<script>" can hide a
// "</script>".
func scriptBodyEnd(s string) int {
	i := 0
	next := func() (byte, bool) {
		if i >= len(s) {
			return 0, false
		}
		i++
		return s[i-1], true
	}
	// endTag reads "script" and a delimiter after "</"; when they are there it
	// backs up to the '<', as the tokenizer's readRawEndTag does.
	endTag := func() (found, eof bool) {
		for k := 0; k < len("script"); k++ {
			c, ok := next()
			if !ok {
				return false, true
			}
			if c != "script"[k] && c != "SCRIPT"[k] {
				i--
				return false, false
			}
		}
		c, ok := next()
		if !ok {
			return false, true
		}
		switch c {
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			i -= len("</script") + 1
			return true, false
		}
		i--
		return false, false
	}
	const (
		data = iota
		lessThan
		escapeStart
		escapeStartDash
		escaped
		escapedDash
		escapedDashDash
		escapedLessThan
		doubleEscapeStart
		doubleEscaped
		doubleEscapedDash
		doubleEscapedDashDash
		doubleEscapedLessThan
	)
	for state := data; ; {
		c, ok := next()
		if !ok {
			return -1
		}
		switch state {
		case data:
			if c == '<' {
				state = lessThan
				break
			}
			// Nothing but a '<' leaves this state: on to the next one at
			// once, most of a script's body being read here.
			lt := strings.IndexByte(s[i:], '<')
			if lt < 0 {
				return -1
			}
			i += lt
		case lessThan:
			switch c {
			case '/':
				found, eof := endTag()
				switch {
				case found:
					return i
				case eof:
					return -1
				}
				state = data
			case '!':
				state = escapeStart
			default:
				i--
				state = data
			}
		case escapeStart, escapeStartDash:
			switch {
			case c != '-':
				i--
				state = data
			case state == escapeStart:
				state = escapeStartDash
			default:
				state = escapedDashDash
			}
		case escaped, escapedDash, escapedDashDash:
			switch {
			case c == '-' && state == escaped:
				state = escapedDash
			case c == '-':
				state = escapedDashDash
			case c == '<':
				state = escapedLessThan
			case c == '>' && state == escapedDashDash:
				state = data
			default:
				state = escaped
			}
		case escapedLessThan:
			switch {
			case c == '/':
				found, eof := endTag()
				switch {
				case found:
					return i
				case eof:
					return -1
				}
				state = escaped
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				i--
				state = doubleEscapeStart
			default:
				i--
				state = data
			}
		case doubleEscapeStart:
			i--
			state = escaped
			matched := true
			for k := 0; k < len("script"); k++ {
				c, ok := next()
				if !ok {
					return -1
				}
				if c != "script"[k] && c != "SCRIPT"[k] {
					i--
					matched = false
					break
				}
			}
			if !matched {
				continue
			}
			c, ok := next()
			if !ok {
				return -1
			}
			switch c {
			case ' ', '\n', '\r', '\t', '\f', '/', '>':
				state = doubleEscaped
			default:
				i--
			}
		case doubleEscaped, doubleEscapedDash, doubleEscapedDashDash:
			switch {
			case c == '-' && state == doubleEscaped:
				state = doubleEscapedDash
			case c == '-':
				state = doubleEscapedDashDash
			case c == '<':
				state = doubleEscapedLessThan
			case c == '>' && state == doubleEscapedDashDash:
				state = data
			default:
				state = doubleEscaped
			}
		case doubleEscapedLessThan:
			if c != '/' {
				i--
				state = doubleEscaped
				continue
			}
			found, eof := endTag()
			switch {
			case found:
				i += len("</script>")
				state = escaped
			case eof:
				return -1
			default:
				state = doubleEscaped
			}
		}
	}
}

// commentEnd returns the index just past the comment whose text starts at
// s[i] (after "<!--"), ending as x/net/html's tokenizer ends it: at "-->"
// or "--!>", or at once for "<!-->" and "<!--->"; -1 when it runs to the
// end of s.
func commentEnd(s string, i int) int {
	dashes, beginning := 0, true
	for ; i < len(s); i++ {
		switch s[i] {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return i + 1
			}
		case '!':
			if dashes >= 2 {
				i++
				if i >= len(s) {
					return -1
				}
				if s[i] == '>' {
					return i + 1
				}
				if s[i] == '-' {
					dashes, beginning = 1, false
					continue
				}
			}
		}
		dashes, beginning = 0, false
	}
	return -1
}

// indexRawEndTag returns the index in s of the end tag that closes raw text
// of the element name: "</name", its letters in any ASCII case, then a
// space, '/' or '>'; -1 when there is none.
func indexRawEndTag(s, name string) int {
	for i := 0; ; {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			return -1
		}
		i += j
		k := i + 2 + len(name)
		if k < len(s) && equalFoldASCII(s[i+2:k], name) && (isHTMLSpace(s[k]) || s[k] == '/' || s[k] == '>') {
			return i
		}
		i += 2
	}
}

// equalFoldASCII reports whether s is the lower-case ASCII word in any
// ASCII case, as the tokenizer compares tag names.
func equalFoldASCII(s, word string) bool {
	if len(s) != len(word) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != word[i] && !('A' <= c && c <= 'Z' && c+'a'-'A' == word[i]) {
			return false
		}
	}
	return true
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

func skipHTMLSpace(s string, i int) int {
	for i < len(s) && isHTMLSpace(s[i]) {
		i++
	}
	return i
}
