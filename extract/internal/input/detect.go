package input

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// detectSampleSize is how many bytes of a page's text the detector reads:
// the ICU detector it wraps looks at 8 KiB.
const detectSampleSize = 8 << 10

// minDetectConfidence is the detector confidence (1–100) below which its
// guess is not trusted and windows-1252, the web's default, is used.
const minDetectConfidence = 10

// detectEncoding guesses the encoding of an undeclared page whose bytes are
// not valid UTF-8 (or are ISO-2022-JP, which is). In order: ISO-2022-JP by its escape sequences; UTF-8 with a few
// broken sequences; then ICU's statistical detector (github.com/gogs/chardet)
// on the page's text runs that hold non-ASCII bytes, which tells Shift_JIS,
// EUC-JP, EUC-KR, GB18030, Big5, KOI8-R, ISO-8859-x and windows-125x apart.
// When nothing is confident, it is windows-1252.
func detectEncoding(data []byte) (encoding.Encoding, string) {
	if isISO2022JP(data) {
		enc, name := charset.Lookup("iso-2022-jp")
		return enc, name
	}
	if mostlyUTF8(data) {
		return unicode.UTF8, "utf-8"
	}
	results, _ := chardet.NewTextDetector().DetectAll(textSample(data))
	return chooseDetection(results)
}

// chooseDetection takes the most confident of the detector's guesses that
// is confident enough and names a legacy encoding (the page is known not
// to be UTF-8 or UTF-16 by then); windows-1252 when there is none.
func chooseDetection(results []chardet.Result) (encoding.Encoding, string) {
	sortDetections(results)
	for _, r := range results {
		if r.Confidence < minDetectConfidence {
			break
		}
		enc, name := charset.Lookup(r.Charset)
		if enc != nil && name != "utf-8" && name != "utf-16le" && name != "utf-16be" {
			return enc, name
		}
	}
	enc, name := charset.Lookup("windows-1252")
	return enc, name
}

// sortDetections orders the detector's guesses by confidence, and guesses
// of equal confidence by name, windows-1252 and ISO-8859-1 first: the
// detector runs its recognisers concurrently and returns ties in whatever
// order they finished, and pith's output must not depend on that.
func sortDetections(results []chardet.Result) {
	rank := func(charset string) int {
		switch strings.ToLower(charset) {
		case "windows-1252", "iso-8859-1":
			return 0
		}
		return 1
	}
	sort.SliceStable(results, func(i, j int) bool {
		a, b := results[i], results[j]
		if a.Confidence != b.Confidence {
			return a.Confidence > b.Confidence
		}
		if rank(a.Charset) != rank(b.Charset) {
			return rank(a.Charset) < rank(b.Charset)
		}
		return a.Charset < b.Charset
	})
}

// sniffUTF16 recognises UTF-16 text without a byte-order mark by its zero
// bytes: in a page of mostly ASCII markup every other byte is zero.
func sniffUTF16(data []byte) (string, bool) {
	if len(data) < 8 || (data[0] != 0 && data[1] != 0) {
		return "", false
	}
	head := data[:min(len(data), 1024)&^1]
	if len(head) < 8 {
		return "", false
	}
	var evenZeros, oddZeros int
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			evenZeros++
		}
		if head[i+1] == 0 {
			oddZeros++
		}
	}
	pairs := len(head) / 2
	switch {
	case oddZeros*10 >= pairs*7 && evenZeros*10 < pairs:
		return "utf-16le", true
	case evenZeros*10 >= pairs*7 && oddZeros*10 < pairs:
		return "utf-16be", true
	}
	return "", false
}

// isISO2022JP reports whether data holds ISO-2022-JP's escape sequences
// into JIS X 0208 (ESC $ B, ESC $ @). Such text is 7-bit, so valid UTF-8.
func isISO2022JP(data []byte) bool {
	for i := bytes.IndexByte(data, 0x1b); i >= 0 && i+2 < len(data); {
		if data[i+1] == '$' && (data[i+2] == 'B' || data[i+2] == '@') {
			return true
		}
		next := bytes.IndexByte(data[i+1:], 0x1b)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// mostlyUTF8 reports whether data is UTF-8 with a few broken sequences (a
// truncated or mis-concatenated save): at least four valid multi-byte
// characters for each invalid byte.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid > 0 && valid >= 4*invalid
}

// textSample gathers what the detector should read: the page's text runs
// (between tags) that hold non-ASCII bytes, up to detectSampleSize. Markup,
// scripts and styles are mostly ASCII and would only dilute the statistics.
// A page whose non-ASCII bytes are all inside tags gives its first bytes.
func textSample(data []byte) []byte {
	sample := make([]byte, 0, detectSampleSize)
	for i := 0; i < len(data) && len(sample) < detectSampleSize; {
		lt := bytes.IndexByte(data[i:], '<')
		end := len(data)
		if lt >= 0 {
			end = i + lt
		}
		if run := data[i:end]; hasNonASCII(run) {
			sample = append(sample, run...)
			sample = append(sample, ' ')
		}
		if lt < 0 {
			break
		}
		gt := bytes.IndexByte(data[end:], '>')
		if gt < 0 {
			break
		}
		i = end + gt + 1
	}
	if len(sample) == 0 {
		return data[:min(len(data), detectSampleSize)]
	}
	return sample[:min(len(sample), detectSampleSize)]
}
