package input

import (
	"bytes"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// Decode converts a page with no outside hints to UTF-8 and names the
// encoding it used. See DecodeWith.
func Decode(data []byte) (string, string, error) {
	return DecodeWith(data, Charsets{})
}

// Charsets are what a page's surroundings say about its encoding, each a
// label ("" for none).
type Charsets struct {
	// Forced is the user's --encoding: it beats everything but a byte-order
	// mark, and an unknown name is an error.
	Forced string
	// Container is the charset of an MHTML part: the saver that wrote the
	// part's bytes wrote it, so it beats the page's own declaration, which
	// the saved DOM may have kept from before the save re-encoded it.
	Container string
	// Header is the charset a transport's header gave the page with (a WARC
	// record's HTTP Content-Type): it only fills in for a page that declares
	// none itself, as one hint among the page's bytes.
	Header string
	// Decoded marks data that is Unicode text already (a JSON string,
	// written as UTF-8): below Forced and Container, nothing declared in
	// it applies.
	Decoded bool
}

// DecodeWith converts a page to UTF-8 and names the encoding it used, by
// WHATWG name. A page that is already UTF-8 is not copied: the text shares
// data's memory, so data must not change afterwards.
//
// Precedence: a byte-order mark; then cs.Forced (the user's --encoding);
// then cs.Container (an MHTML part's charset); then, for cs.Decoded
// text, UTF-8 and nothing else; then UTF-16 recognised
// without a byte-order mark by its zero bytes; then the page's own
// declaration (<meta charset> or http-equiv); then cs.Header, the charset
// of the header it came with (a WARC record's HTTP Content-Type). Bytes
// which are valid UTF-8 beat a conflicting declaration or header charset,
// single- or multi-byte, when they hold enough non-ASCII to tell (see
// utf8Wins; DOM-serialised saves often keep a stale one); undeclared valid
// UTF-8 is UTF-8 (no detector runs); anything else is detected from its
// bytes (see detectEncoding). Invalid sequences become U+FFFD, so the
// result is always valid UTF-8.
//
// An unknown forced name is an error wrapping ErrUnknownEncoding; unknown
// declared, container and header names are ignored.
func DecodeWith(data []byte, cs Charsets) (string, string, error) {
	if enc, name, ok := bomEncoding(data); ok {
		return transform(data, enc, name), name, nil
	}
	if cs.Forced != "" {
		enc, name := charset.Lookup(cs.Forced)
		if enc == nil {
			return "", "", errorf(ErrUnknownEncoding, "%q", cs.Forced)
		}
		return transform(data, enc, name), name, nil
	}
	if enc, name := charset.Lookup(cs.Container); enc != nil {
		return transform(data, enc, name), name, nil
	}
	if cs.Decoded {
		if utf8.Valid(data) {
			return unsafeString(data), "utf-8", nil
		}
		enc, name := charset.Lookup("utf-8")
		return transform(data, enc, name), name, nil
	}
	if name, ok := sniffUTF16(data); ok {
		enc, _ := charset.Lookup(name)
		return transform(data, enc, name), name, nil
	}
	validUTF8 := utf8.Valid(data)
	// The page's own declaration, else its header's: a label no decoder
	// knows ("none", "utf8mb4") declares nothing.
	for _, label := range [2]string{declaredCharset(data), cs.Header} {
		enc, name := charset.Lookup(label)
		if enc == nil {
			continue
		}
		if name == "utf-16le" || name == "utf-16be" {
			// A declaration readable as ASCII is not UTF-16 (the HTML
			// standard's rule); nor is a page whose zero bytes did not say so.
			enc, name = charset.Lookup("utf-8")
		}
		if name == "utf-8" && validUTF8 {
			return unsafeString(data), name, nil // the common page: nothing to decode
		}
		if name == "utf-8" || !(validUTF8 && utf8Wins(data, name)) {
			return transform(data, enc, name), name, nil
		}
		break // valid UTF-8 beat the declaration, and a header says no more
	}
	if validUTF8 && !isISO2022JP(data) {
		return unsafeString(data), "utf-8", nil
	}
	enc, name := detectEncoding(data)
	return transform(data, enc, name), name, nil
}

// unsafeString views data as a string without copying it: a page is
// read once into a buffer nothing writes to again, and copying it (often
// hundreds of kilobytes) is the largest allocation of an extraction.
func unsafeString(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	return unsafe.String(&data[0], len(data))
}

// LookupEncoding reports the WHATWG name of an encoding label such as
// "latin1", "Shift_JIS" or "cp1251", and whether pith knows it.
func LookupEncoding(label string) (string, bool) {
	enc, name := charset.Lookup(label)
	return name, enc != nil
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

// prescanLimit is how far into a page its charset declaration is looked
// for. The HTML standard's prescan stops at 1024 bytes; saved pages often
// carry long comments and scripts first, so pith looks further, but never
// past the start of the body.
const prescanLimit = 8 << 10

// declaredCharset returns the charset label a page declares in its head with
// <meta charset> or <meta http-equiv="Content-Type" content="…; charset=…">,
// or "" when it declares none. Pages without the word "charset" in their
// first bytes cost one byte search.
func declaredCharset(data []byte) string {
	head := data[:min(len(data), prescanLimit)]
	if !containsFold(head, "charset") {
		return ""
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "meta":
				if label := metaCharset(z, hasAttr); label != "" {
					return label
				}
			case "body":
				return ""
			}
		}
	}
}

// metaCharset reads the charset of one <meta> tag, as the HTML prescan does.
func metaCharset(z *html.Tokenizer, hasAttr bool) string {
	var content string
	httpEquiv := false
	for hasAttr {
		var key, val []byte
		key, val, hasAttr = z.TagAttr()
		switch string(key) {
		case "charset":
			return strings.TrimSpace(string(val))
		case "http-equiv":
			httpEquiv = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
		case "content":
			content = string(val)
		}
	}
	if !httpEquiv {
		return ""
	}
	return charsetParam(content)
}

// charsetParam finds charset=NAME in a Content-Type value, quoted or not.
func charsetParam(content string) string {
	lower := strings.ToLower(content)
	i := strings.Index(lower, "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(content[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t")
	if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
		if end := strings.IndexByte(rest[1:], rest[0]); end >= 0 {
			return rest[1 : 1+end]
		}
		return ""
	}
	if end := strings.IndexAny(rest, " \t;\"'"); end >= 0 {
		rest = rest[:end]
	}
	return rest
}

// containsFold reports whether data contains the lower-case ASCII word,
// in any case, without allocating.
func containsFold[T ~string | ~[]byte](data T, word string) bool {
	first, upper := word[0], word[0]-'a'+'A'
	for i := 0; i+len(word) <= len(data); i++ {
		if c := data[i]; c != first && c != upper {
			continue
		}
		match := true
		for j := 1; j < len(word); j++ {
			if data[i+j]|0x20 != word[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// transform decodes data with enc, named name; invalid sequences become U+FFFD.
func transform(data []byte, enc encoding.Encoding, name string) string {
	if name == "utf-8" || isSingleByte(name) && !hasNonASCII(data) {
		// No decoder needed (ASCII reads the same in every single-byte
		// encoding): a copy, with invalid bytes replaced and a BOM dropped.
		return strings.ToValidUTF8(string(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})), "\uFFFD")
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// utf8Wins reports whether data, valid UTF-8, is read as UTF-8 although
// it declares the charset name: saved pages keep a stale declaration after
// a tool re-encoded them. Against a single-byte charset one non-ASCII
// sequence is evidence enough (its text is almost never valid UTF-8);
// against a multi-byte one (Shift_JIS, EUC, GBK, Big5), whose two-byte
// characters form a valid sequence by chance, it takes minUTF8Evidence
// of them. A page that is all ASCII follows its declaration.
func utf8Wins(data []byte, name string) bool {
	if isSingleByte(name) {
		return hasNonASCII(data)
	}
	return multiByteSequences(data, minUTF8Evidence) >= minUTF8Evidence
}

// minUTF8Evidence is how many multi-byte sequences valid UTF-8 must hold to
// beat a multi-byte declaration. Legacy CJK text pairs bytes that make a
// valid UTF-8 sequence about once in ten, and the page must be valid
// throughout: a dozen sequences and no invalid one are never chance.
const minUTF8Evidence = 12

// multiByteSequences counts the multi-byte sequences in valid UTF-8 data
// (their lead bytes), stopping at limit.
func multiByteSequences(data []byte, limit int) int {
	count := 0
	for _, b := range data {
		if b >= 0xC0 {
			count++
			if count >= limit {
				break
			}
		}
	}
	return count
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
		name == "koi8-r", name == "koi8-u", name == "macintosh", name == "ibm866", name == "x-mac-cyrillic",
		name == "windows-874":
		return true
	}
	return false
}
