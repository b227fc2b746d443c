package extract

import (
	"io"

	"github.com/pith-cli/pith/extract/internal/input"
)

// SniffLen is how many leading bytes LooksLikePage looks at; more are ignored.
const SniffLen = input.SniffLen

// LooksLikePage reports whether head, the first bytes of a file, look like
// something Extract reads: an HTML or XHTML document, an MHTML archive
// (a MIME header block whose Content-Type is multipart/related or
// text/html), or gzip (a page container whose content head does not show).
// Stylesheets, scripts, images and other files do not. It only sniffs: a
// file it accepts may still fail to extract.
func LooksLikePage(head []byte) bool { return input.LooksLikePage(head) }

// SniffPage reads the first bytes of r and tells whether they look like a
// page, as LooksLikePage does, but looks inside gzip: a gzipped stylesheet
// is not a page. A gzip stream too damaged to show its content counts as a
// page, so that extracting it reports the damage. It reads at most
// SniffLen decompressed bytes, whatever the size of the file.
func SniffPage(r io.Reader) (bool, error) { return input.SniffPage(r) }

// LookupEncoding reports the WHATWG name of an encoding label such as
// "latin1", "Shift_JIS" or "cp1251", and whether pith knows it.
func LookupEncoding(label string) (string, bool) { return input.LookupEncoding(label) }
