package main

import (
	"compress/gzip"
	"errors"
	"io"
	"strings"

	"github.com/pith-cli/pith/extract"
)

// errNotAPage reports input that holds no HTML at all: plain text, source
// code, a configuration or licence file. Such text would otherwise parse
// as a page whose body is the whole file.
var errNotAPage = errors.New("does not look like an HTML page")

// markupScan is written a page's bytes as Extract reads them and tells
// whether they hold any HTML: an element's start or end tag (a known
// element name, or a custom element's, with a hyphen), a doctype or a
// comment, anywhere in the page; or a head that extract.LooksLikePage
// accepts (an MHTML archive, whose HTML may be base64). NUL bytes are
// skipped, so UTF-16 and UTF-32 markup is seen with or without a
// byte-order mark; in the other encodings a page may use, '<' and the
// ASCII letters of a tag are the bytes ASCII gives them. A gzip stream is
// looked at decompressed.
type markupScan struct {
	head  []byte // the first extract.SniffLen bytes, NULs kept
	found bool
	state int    // scanStates
	name  []byte // the tag name read so far
	bang  bool   // the tag opened "<!"
	end   bool   // the tag opened "</"
}

const (
	scanText = iota // outside a tag
	scanOpen        // just after '<'
	scanName        // in a tag name
)

// maxTagName is longer than any HTML element's name; a custom element's
// may be longer, but is not needed to tell a page from text.
const maxTagName = 16

func (m *markupScan) Write(p []byte) (int, error) {
	if len(m.head) < extract.SniffLen {
		m.head = append(m.head, p[:min(len(p), extract.SniffLen-len(m.head))]...)
	}
	for _, c := range p {
		if m.found {
			break
		}
		if c == 0 {
			continue
		}
		m.step(c)
	}
	return len(p), nil
}

func (m *markupScan) step(c byte) {
	switch m.state {
	case scanOpen:
		switch {
		case c == '/' && !m.end && !m.bang:
			m.end = true
			return
		case c == '!' && !m.end && !m.bang:
			m.bang = true
			return
		case isASCIILetter(c) || m.bang && c == '-':
			m.state, m.name = scanName, append(m.name[:0], lower(c))
			return
		}
	case scanName:
		switch {
		case isASCIILetter(c) || '0' <= c && c <= '9' || c == '-':
			if len(m.name) < maxTagName {
				m.name = append(m.name, lower(c))
			}
			return
		case c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			m.found = m.isMarkup()
		}
		if m.bang && strings.HasPrefix(string(m.name), "--") {
			m.found = true // a comment: "<!--" needs no terminator
		}
	}
	m.state, m.bang, m.end = scanText, false, false
	if c == '<' {
		m.state = scanOpen
	}
}

// isMarkup reports whether the tag name read is HTML's.
func (m *markupScan) isMarkup() bool {
	name := string(m.name)
	if m.bang {
		return name == "doctype" || strings.HasPrefix(name, "--")
	}
	return htmlElements[name] || strings.Contains(name, "-") && isASCIILetter(name[0])
}

// isPage reports whether the bytes written were a page.
func (m *markupScan) isPage() bool {
	if !m.found && m.bang && strings.HasPrefix(string(m.name), "--") {
		m.found = true
	}
	return m.found || extract.LooksLikePage(m.head)
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// htmlElements are the element names of HTML, SVG and MathML's root that a
// page may use, obsolete ones included.
var htmlElements = func() map[string]bool {
	m := map[string]bool{}
	for _, name := range strings.Fields(`a abbr acronym address applet area article aside audio
		b base basefont bdi bdo big blink blockquote body br button canvas caption center cite code col
		colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption
		figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe
		image img input ins isindex kbd keygen label legend li link listing main map mark marquee math
		menu menuitem meta meter nav nobr noembed noframes noscript object ol optgroup option output p
		param picture plaintext pre progress q rb rp rt rtc ruby s samp script search section select
		slot small source span strike strong style sub summary sup svg table tbody td template
		textarea tfoot th thead time title tr track tt u ul var video wbr xmp`) {
		m[name] = true
	}
	return m
}()

// scanningReader hands Extract a page's bytes and writes them to a
// markupScan on the way. Its Len is the file's size when known, so that
// Extract still reads a file in one buffer of its size.
type scanningReader struct {
	r    io.Reader
	size int64
	scan *markupScan
	// gz, when the page is gzip, is the pipe to the goroutine that
	// decompresses it for the scan; done is closed when that has ended.
	gz   *io.PipeWriter
	done chan struct{}
	seen bool // the first bytes were looked at for gzip's magic number
}

func newScanningReader(r io.Reader, size int64) *scanningReader {
	return &scanningReader{r: r, size: size, scan: &markupScan{}}
}

func (s *scanningReader) Len() int { return int(s.size) }

func (s *scanningReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if n > 0 {
		if !s.seen {
			s.seen = true
			if n >= 2 && p[0] == 0x1f && p[1] == 0x8b {
				s.startGunzip()
			}
		}
		if s.gz != nil {
			s.gz.Write(p[:n]) // errors only once the scan has ended
		} else {
			s.scan.Write(p[:n])
		}
	}
	return n, err
}

// startGunzip starts decompressing the page for the scan.
func (s *scanningReader) startGunzip() {
	pr, pw := io.Pipe()
	s.gz, s.done = pw, make(chan struct{})
	go func() {
		defer close(s.done)
		if zr, err := gzip.NewReader(pr); err == nil {
			io.Copy(s.scan, zr)
		}
		pr.CloseWithError(errScanEnded) // later writes fail at once
	}()
}

var errScanEnded = errors.New("scan ended")

// isPage ends the scan and reports whether the bytes read were a page.
func (s *scanningReader) isPage() bool {
	if s.gz != nil {
		s.gz.Close()
		<-s.done
	}
	return s.scan.isPage()
}
