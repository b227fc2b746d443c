package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
)

// FrontMatter returns the article's metadata, the JSON object js, as YAML
// front matter: the same fields, names and order, between "---" lines and
// followed by a blank line.
//
// It writes the YAML itself rather than through a YAML library: the one
// pith used (go.yaml.in/yaml/v3) added its package initialisation to every
// run of the binary (the README's dependencies give the figure), for a
// block of a dozen flat fields. A string is written
// plain when plainYAML says it reads back as the same string, and
// otherwise double-quoted with JSON's escapes, which YAML 1.2 reads the
// same way; numbers, booleans and nested values are written as their JSON,
// which is YAML too; a list of strings becomes a block sequence.
func FrontMatter(js []byte) (string, error) {
	var b strings.Builder
	b.WriteString("---\n")
	dec := json.NewDecoder(bytes.NewReader(js))
	if _, err := dec.Token(); err != nil { // the object's "{"
		return "", err
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return "", err
		}
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return "", err
		}
		name, ok := key.(string)
		if !ok {
			return "", fmt.Errorf("front matter: key %v is not a string", key)
		}
		b.WriteString(yamlScalar(name) + ":")
		writeYAMLValue(&b, value)
	}
	b.WriteString("---\n\n")
	return b.String(), nil
}

// writeYAMLValue writes a JSON value after its key's colon, ending the
// line: a string as a YAML scalar, a list of strings as a block sequence,
// anything else as its JSON (a flow value YAML reads the same way).
func writeYAMLValue(b *strings.Builder, value json.RawMessage) {
	var s string
	if json.Unmarshal(value, &s) == nil {
		b.WriteString(" " + yamlScalar(s) + "\n")
		return
	}
	var list []string
	if json.Unmarshal(value, &list) == nil && len(list) > 0 {
		b.WriteByte('\n')
		for _, item := range list {
			b.WriteString("  - " + yamlScalar(item) + "\n")
		}
		return
	}
	b.WriteString(" " + string(value) + "\n")
}

// yamlScalar writes s plain when plainYAML allows it, double-quoted
// otherwise.
func yamlScalar(s string) string {
	if plainYAML(s) {
		return s
	}
	return quoteYAML(s)
}

// yamlKeywords are the plain words that YAML 1.1 or 1.2 readers take for
// a boolean or null instead of a string (compared in lower case).
var yamlKeywords = map[string]bool{"y": true, "n": true, "yes": true, "no": true, "true": true, "false": true,
	"on": true, "off": true, "null": true}

// plainYAML reports whether s can be written as a plain YAML scalar and
// read back as the same string by any YAML reader: it opens with a letter
// (never a digit, so it is no number, date or time), is no boolean or
// null word, holds only letters, digits, single inner spaces and
// punctuation with no meaning in a block scalar, and has no ": " or " #"
// (a key or a comment). It is deliberately narrow: anything else is
// quoted.
func plainYAML(s string) bool {
	if s == "" || yamlKeywords[strings.ToLower(s)] {
		return false
	}
	var prev rune
	for i, r := range s {
		switch {
		case i == 0 && !unicode.IsLetter(r):
			return false
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		case r == ' ':
			if prev == ' ' || prev == ':' || i == len(s)-1 {
				return false
			}
		case r == ':':
			if i == len(s)-1 {
				return false
			}
		case r == '#':
			if prev == ' ' {
				return false
			}
		case strings.ContainsRune(".,-_/'()?;+=~$^&!%@", r):
		default:
			return false
		}
		prev = r
	}
	return true
}

// quoteYAML writes s as a double-quoted YAML scalar with JSON's escapes,
// also escaping what YAML may not hold unescaped or may read as a line
// break (controls, DEL, the C1 controls, the line and paragraph
// separators, the byte-order mark, non-characters).
func quoteYAML(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || 0x7f <= r && r <= 0x9f || r == 0x2028 || r == 0x2029 || r == 0xfeff || r >= 0xfffe && r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
