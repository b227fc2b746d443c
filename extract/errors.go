package extract

import (
	"errors"

	"github.com/pith-cli/pith/extract/internal/input"
)

// Sentinel errors. Extract wraps them with %w; match them with errors.Is.
// Those of reading a page are input's, under the same names (as
// os.ErrNotExist is fs.ErrNotExist).
var (
	// ErrEmptyInput reports a page with no bytes, or only whitespace.
	ErrEmptyInput = input.ErrEmptyInput
	// ErrBinary reports bytes that are not a text page (an image, an archive, random data).
	ErrBinary = input.ErrBinary
	// ErrNotHTML reports text with no HTML element, doctype or comment in it
	// (plain text, source code, a configuration or licence file).
	ErrNotHTML = input.ErrNotHTML
	// ErrTooLarge reports a page over Options.MaxSize decompressed bytes.
	ErrTooLarge = input.ErrTooLarge
	// ErrCorrupt reports a container (gzip) that cannot be read to its end.
	ErrCorrupt = input.ErrCorrupt
	// ErrTooComplex reports a page the work caps cannot make parseable: its
	// nesting stays deeper than the parser allows even after capping.
	ErrTooComplex = input.ErrTooComplex
	// ErrUnknownEncoding reports an Options.Encoding that names no known encoding.
	ErrUnknownEncoding = input.ErrUnknownEncoding
	// ErrNotReadable reports a page that parsed but has no article text. Extract
	// still returns the page's metadata alongside it.
	ErrNotReadable = errors.New("no article text")
)
