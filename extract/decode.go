package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// decode converts a page to UTF-8 and names the encoding it used.
//
// Precedence: a byte-order mark; then the page's declaration (<meta charset>
// or http-equiv), except that bytes which are valid UTF-8 and contain
// non-ASCII beat a conflicting single-byte declaration (DOM-serialised saves
// often keep a stale one); undeclared valid UTF-8 is UTF-8; anything else
// falls back to windows-1252. Invalid sequences become U+FFFD.
func decode(data []byte) (string, string, error) {
	if enc, name, ok := bomEncoding(data); ok {
		return transform(data, enc), name, nil
	}
	declared := declaredCharset(data)
	validUTF8 := utf8.Valid(data)
	if declared != "" && declared != "utf-8" {
		enc, name := charset.Lookup(declared)
		if enc != nil && !(validUTF8 && hasNonASCII(data) && isSingleByte(name)) {
			return transform(data, enc), name, nil
		}
	}
	if validUTF8 {
		return string(data), "utf-8", nil
	}
	if declared == "utf-8" {
		return strings.ToValidUTF8(string(data), "\uFFFD"), "utf-8", nil
	}
	enc, name := charset.Lookup("windows-1252")
	return transform(data, enc), name, nil
}

func bomEncoding(data []byte) (encoding.Encoding, string, bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8BOM, "utf-8", true
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le", true
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be", true
	}
	return nil, "", false
}

// declaredCharset finds the charset a page declares in its first 1024 bytes,
// as the HTML prescan does, normalised to its WHATWG name.
func declaredCharset(data []byte) string {
	_, name, certain := charset.DetermineEncoding(data[:min(len(data), 1024)], "text/html")
	if !certain && !hasMetaCharset(data) {
		return ""
	}
	return name
}

// hasMetaCharset tells a real declaration from DetermineEncoding's default guess.
func hasMetaCharset(data []byte) bool {
	head := bytes.ToLower(data[:min(len(data), 1024)])
	return bytes.Contains(head, []byte("charset"))
}

func transform(data []byte, enc encoding.Encoding) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

func hasNonASCII(data []byte) bool {
	for _, b := range data {
		if b >= 0x80 {
			return true
		}
	}
	return false
}

func isSingleByte(name string) bool {
	switch {
	case strings.HasPrefix(name, "windows-125"), strings.HasPrefix(name, "iso-8859-"),
		name == "koi8-r", name == "koi8-u", name == "macintosh", name == "ibm866", name == "x-mac-cyrillic":
		return true
	}
	return false
}
