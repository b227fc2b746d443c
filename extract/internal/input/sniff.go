package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"mime"
	"net/textproto"
)

// SniffLen is how many leading bytes LooksLikePage looks at; more are ignored.
const SniffLen = 4096

// LooksLikePage reports whether head, the first bytes of a file, look like
// something Extract reads: an HTML or XHTML document, an MHTML archive
// (a MIME header block whose Content-Type is multipart/related or
// text/html), or gzip (a page container whose content head does not show).
// Stylesheets, scripts, images and other files do not. It only sniffs: a
// file it accepts may still fail to extract.
func LooksLikePage(head []byte) bool {
	head = head[:min(len(head), SniffLen)]
	return isGzip(head) || looksLikeMarkup(head)
}

// SniffPage reads the first bytes of r and tells whether they look like a
// page, as LooksLikePage does, but looks inside gzip: a gzipped stylesheet
// is not a page. A gzip stream too damaged to show its content counts as a
// page, so that extracting it reports the damage. It reads at most
// SniffLen decompressed bytes, whatever the size of the file.
func SniffPage(r io.Reader) (bool, error) {
	br := bufio.NewReaderSize(r, SniffLen)
	head, err := br.Peek(SniffLen)
	if err != nil && !errors.Is(err, io.EOF) {
		return false, err
	}
	if !isGzip(head) {
		return looksLikeMarkup(head), nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return true, nil
	}
	inner, err := io.ReadAll(io.LimitReader(zr, SniffLen))
	if len(inner) == 0 && err != nil {
		return true, nil
	}
	return looksLikeMarkup(inner), nil
}

// isGzip reports whether head starts with gzip's magic number.
func isGzip(head []byte) bool {
	return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b
}

// looksLikeMarkup reports whether head starts an HTML, XHTML or MHTML
// document.
func looksLikeMarkup(head []byte) bool {
	head = asciiView(head)
	if len(head) == 0 || bytes.IndexByte(head, 0) >= 0 {
		return false // empty, or binary
	}
	if opensWithHTMLTag(head) {
		return true
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	if len(trimmed) > 0 && trimmed[0] == '<' {
		// XHTML behind an XML declaration, or a page opening with a tag
		// the standard sniffer does not list (<meta>, <link>).
		lower := bytes.ToLower(trimmed)
		for _, marker := range []string{"<html", "<head", "<body", "<!doctype html"} {
			if bytes.Contains(lower, []byte(marker)) {
				return true
			}
		}
		return false
	}
	return isMHTMLHeader(trimmed)
}

// asciiView drops a UTF-8 byte-order mark, and turns UTF-16 (told by its
// byte-order mark) into the ASCII bytes of its markup by dropping NULs.
func asciiView(head []byte) []byte {
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		return head[3:]
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return bytes.ReplaceAll(head[2:], []byte{0}, nil)
	}
	return head
}

// isMHTMLHeader reports whether head opens with a MIME header block that
// declares a web archive: multipart/related, or a single text/html part
// with a MIME-Version. Mail (multipart/alternative, text/plain) is not one.
func isMHTMLHeader(head []byte) bool {
	header, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(head))).ReadMIMEHeader()
	if err != nil && !errors.Is(err, io.EOF) {
		return false
	}
	mediaType, _, err := mime.ParseMediaType(header.Get("Content-Type"))
	if err != nil {
		return false
	}
	switch mediaType {
	case "multipart/related":
		return true
	case "text/html":
		return header.Get("Mime-Version") != ""
	}
	return false
}

// htmlSignatures are the openings by which the WHATWG MIME sniffing
// standard (and net/http's DetectContentType, which follows it) calls a
// resource text/html, upper-cased; each must be followed by a space or ">".
var htmlSignatures = []string{"<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV",
	"<FONT", "<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--"}

// opensWithHTMLTag reports whether head, after leading white space, opens
// with one of the htmlSignatures in any case: the HTML part of
// http.DetectContentType, written out so that the binary does not link
// net/http, whose package initialisation every run would pay at start-up
// (the README's dependencies give the figure). The
// standard's other rules (binary signatures, byte-order marks, XML) never
// answer text/html, so looksLikeMarkup needs none of them.
func opensWithHTMLTag(head []byte) bool {
	head = bytes.TrimLeft(head, "\t\n\x0c\r ")
	for _, sig := range htmlSignatures {
		if len(head) > len(sig) && hasUpperPrefix(head, sig) && (head[len(sig)] == ' ' || head[len(sig)] == '>') {
			return true
		}
	}
	return false
}

// hasUpperPrefix reports whether b opens with upper, an upper-case ASCII
// string, in any ASCII case.
func hasUpperPrefix(b []byte, upper string) bool {
	for i := range len(upper) {
		c := b[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c != upper[i] {
			return false
		}
	}
	return true
}
