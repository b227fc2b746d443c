// Package jsonline encodes the JSON line of one page, the one encoder of
// pith -f json, pith stream and the Beam pipeline (beam/, a module of its
// own whose path lies under this one's, so it may import this internal
// package): the contract's fields in its order, HTML characters written
// as they are, C1 control characters escaped.
package jsonline

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/pith-cli/pith/extract"
	"github.com/pith-cli/pith/warc"
)

// Line is one page's JSON object: source, the article's fields, warc for
// a WARC record, and error for a page that failed.
type Line struct {
	Source string `json:"source"`
	*extract.Article
	WARC  *warc.Origin `json:"warc,omitempty"`
	Error string       `json:"error,omitempty"`
}

// Encode returns l as one line of JSON ending in a newline; with indent,
// as --pretty prints it, over several lines.
func Encode(l Line, indent bool) ([]byte, error) {
	return encode(l, indent)
}

// EncodeWithID returns pith stream's line for a page: id byte for byte as
// given (an encoder would compact it, and it is the caller's, escapes and
// all), then the article's fields or the error, with no source. A nil id
// is written as null.
func EncodeWithID(id json.RawMessage, art *extract.Article, errMsg string) []byte {
	fields, err := encode(struct {
		*extract.Article
		Error string `json:"error,omitempty"`
	}{art, errMsg}, false)
	if err != nil {
		fields = fmt.Appendf(nil, "{\"error\":%q}\n", err.Error())
	}
	fields = bytes.TrimPrefix(fields, []byte("{"))
	if id == nil {
		id = json.RawMessage("null")
	}
	line := make([]byte, 0, len(id)+len(fields)+8)
	line = append(append(append(line, `{"id":`...), id...), ',')
	if bytes.HasPrefix(fields, []byte("}")) {
		line = line[:len(line)-1] // no other field
	}
	return append(line, fields...)
}

func encode(v any, indent bool) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // "<p>" in an HTML field reads as written
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return escapeC1(b.Bytes()), nil
}

// escapeC1 writes the C1 control characters (U+0080–U+009F) of encoded
// JSON as \u escapes: encoding/json escapes C0 but writes C1 raw, and a
// terminal takes U+009B for the start of an escape sequence. In UTF-8 JSON
// the bytes C2 80–C2 9F are those characters and occur only in strings.
func escapeC1(js []byte) []byte {
	if !bytes.Contains(js, []byte{0xC2}) {
		return js
	}
	out := make([]byte, 0, len(js)+16)
	for i := 0; i < len(js); i++ {
		if js[i] == 0xC2 && i+1 < len(js) && js[i+1] >= 0x80 && js[i+1] <= 0x9F {
			out = fmt.Appendf(out, `\u%04x`, js[i+1])
			i++
			continue
		}
		out = append(out, js[i])
	}
	return out
}
