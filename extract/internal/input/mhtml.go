package input

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
)

// container is a page taken out of whatever held it.
type container struct {
	Body     []byte // the HTML page
	Charset  string // the container's declaration of the page's encoding, if any
	Location string // the container's record of the page's address, if any
}

// Unwrap takes the HTML page out of an MHTML archive (sniffed by content,
// never by name); any other input is the page itself.
func Unwrap(data []byte) (container, error) {
	if !LooksLikeMHTML(data) {
		return container{Body: data}, nil
	}
	page, err := readMHTML(data)
	if err != nil {
		return container{}, err
	}
	if len(bytes.TrimSpace(page.Body)) == 0 {
		return container{}, ErrEmptyInput
	}
	if isBinary(page.Body) {
		return container{}, ErrBinary
	}
	return page, nil
}

// mhtmlSniffSize bounds how far the MIME headers of an MHTML file are looked at.
const mhtmlSniffSize = 16 << 10

// LooksLikeMHTML reports whether data starts with MIME headers (not markup)
// whose Content-Type is multipart: what "Save page as… single file" (Blink,
// Internet Explorer, Word) writes. Pages starting with "<" cost one byte test.
func LooksLikeMHTML(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), mhtmlSniffSize)], " \t\r\n")
	if len(head) == 0 || head[0] == '<' {
		return false
	}
	if end := bytes.Index(head, []byte("\n\r\n")); end >= 0 {
		head = head[:end]
	} else if end := bytes.Index(head, []byte("\n\n")); end >= 0 {
		head = head[:end]
	}
	return containsFold(head, "content-type") && containsFold(head, "multipart/")
}

// readMHTML finds the archive's main page: the part its Content-Type's
// start parameter names, else the first text/html part. Its body is decoded
// from quoted-printable or base64; its charset and the archive's
// Snapshot-Content-Location (else the part's Content-Location) come along.
func readMHTML(data []byte) (container, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return container{}, errorf(ErrCorrupt, "MHTML headers: %v", err)
	}
	mediaType, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mediaType, "multipart/") || params["boundary"] == "" {
		return container{}, errorf(ErrCorrupt, "MHTML without a multipart boundary")
	}
	start := strings.Trim(params["start"], "<>")
	parts := multipart.NewReader(msg.Body, params["boundary"])
	for {
		part, err := parts.NextRawPart()
		if errors.Is(err, io.EOF) {
			return container{}, errorf(ErrCorrupt, "MHTML without a text/html part")
		}
		if err != nil {
			return container{}, errorf(ErrCorrupt, "MHTML: %v", err)
		}
		partType, partParams, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		isRoot := start != "" && strings.Trim(part.Header.Get("Content-ID"), "<> ") == start
		if !isRoot && (start != "" || partType != "text/html") {
			continue
		}
		body, err := io.ReadAll(transferDecoder(part, part.Header.Get("Content-Transfer-Encoding")))
		if err != nil {
			return container{}, errorf(ErrCorrupt, "MHTML part: %v", err)
		}
		location := strings.TrimSpace(msg.Header.Get("Snapshot-Content-Location"))
		if location == "" {
			location = strings.TrimSpace(part.Header.Get("Content-Location"))
		}
		return container{Body: body, Charset: partParams["charset"], Location: location}, nil
	}
}

// transferDecoder undoes a part's Content-Transfer-Encoding.
func transferDecoder(r io.Reader, cte string) io.Reader {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "quoted-printable":
		return quotedprintable.NewReader(r)
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, r)
	}
	return r
}
