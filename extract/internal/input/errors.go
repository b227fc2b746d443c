package input

import (
	"errors"
	"fmt"
)

// The errors of reading a page, each wrapped with detail by errorf; extract
// returns them under the same names.
var (
	// ErrEmptyInput reports a page with no bytes, or only whitespace.
	ErrEmptyInput = errors.New("empty input")
	// ErrBinary reports bytes that are not a text page (an image, an archive, random data).
	ErrBinary = errors.New("binary data, not an HTML page")
	// ErrNotHTML reports text that holds no HTML at all (see HasMarkup).
	ErrNotHTML = errors.New("does not look like an HTML page")
	// ErrTooLarge reports a page over Options.MaxSize decompressed bytes.
	ErrTooLarge = errors.New("page exceeds the size limit")
	// ErrCorrupt reports a container (gzip) that cannot be read to its end.
	ErrCorrupt = errors.New("corrupt input")
	// ErrTooComplex reports a page the work caps cannot make parseable: its
	// nesting stays deeper than the parser allows even after capping.
	ErrTooComplex = errors.New("page too complex")
	// ErrUnknownEncoding reports an Options.Encoding that names no known encoding.
	ErrUnknownEncoding = errors.New("unknown encoding")
)

// errorf wraps a sentinel with detail, keeping it matchable with errors.Is.
func errorf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
}
