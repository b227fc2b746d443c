package input

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
)

// languagesDir holds one paragraph of real text per language, in UTF-8.
const languagesDir = "../../../testdata/input/languages"

// legacyEncodings lists, per language, the encodings its pages are found in
// without a declaration.
var legacyEncodings = map[string][]string{
	"de":      {"windows-1252", "iso-8859-15"},
	"fr":      {"windows-1252", "iso-8859-15"},
	"es":      {"windows-1252"},
	"pt":      {"windows-1252"},
	"pl":      {"iso-8859-2", "windows-1250"},
	"cs":      {"iso-8859-2", "windows-1250"},
	"hu":      {"iso-8859-2"},
	"ru":      {"windows-1251", "koi8-r", "iso-8859-5"},
	"uk":      {"windows-1251"},
	"bg":      {"windows-1251"},
	"el":      {"iso-8859-7", "windows-1253"},
	"tr":      {"iso-8859-9", "windows-1254"},
	"he":      {"iso-8859-8", "windows-1255"},
	"ar":      {"windows-1256"},
	"ja":      {"shift_jis", "euc-jp", "iso-2022-jp"},
	"zh-hans": {"gb18030", "gbk"},
	"zh-hant": {"big5"},
	"ko":      {"euc-kr"},
}

// detectionCase is one language's text encoded without a declaration.
type detectionCase struct {
	lang, encoding string
	text           string // the original, in UTF-8
	page           []byte // an undeclared page holding the encoded text
}

// detectionCases encodes each language's paragraph (or its first sentence
// when short is set, or its first words) in each of its legacy encodings, in a page that
// declares none.
func detectionCases(t testing.TB, short bool, words int) []detectionCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(languagesDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no language samples in %s", languagesDir)
	}
	var cases []detectionCase
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lang := strings.TrimSuffix(filepath.Base(f), ".txt")
		text := strings.TrimSpace(string(data))
		switch {
		case words > 0:
			if fields := strings.Fields(text); len(fields) > words {
				text = strings.Join(fields[:words], " ")
			} else {
				text = string([]rune(text)[:2*words]) // no spaces between words
			}
		case short:
			text = firstSentence(text)
		}
		for _, name := range legacyEncodings[lang] {
			enc, _ := charset.Lookup(name)
			if enc == nil {
				t.Fatalf("unknown encoding %s", name)
			}
			body, err := enc.NewEncoder().String(text)
			if err != nil {
				t.Fatalf("%s in %s: %v", lang, name, err)
			}
			page := "<html><head><title>News</title></head><body><article><p>" + body + "</p></article></body></html>"
			cases = append(cases, detectionCase{lang, name, text, []byte(page)})
		}
	}
	return cases
}

// firstSentence cuts text after its first full stop (any script's).
func firstSentence(text string) string {
	if i := strings.IndexAny(text, ".。"); i >= 0 {
		return text[:i+len(string([]rune(text[i:])[0]))]
	}
	return text
}

// TestDetectEncoding measures the detector on generated samples: each
// language's text encoded in its legacy encodings without a declaration.
// A sample counts as right when its decoded text equals the original. It
// reports the figures, and fails below the accuracy measured when the
// detector was chosen.
func TestDetectEncoding(t *testing.T) {
	for _, tc := range []struct {
		name    string
		short   bool
		words   int
		atLeast float64 // share of samples decoded exactly
	}{
		{"paragraph", false, 0, 1.0},
		{"first sentence", true, 0, 1.0},
		{"five words", false, 5, 0.8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cases := detectionCases(t, tc.short, tc.words)
			right := 0
			var wrong []string
			for _, c := range cases {
				got, name, err := Decode(c.page)
				if err != nil {
					t.Fatal(err)
				}
				if strings.Contains(got, c.text) {
					right++
				} else {
					wrong = append(wrong, fmt.Sprintf("%s/%s read as %s", c.lang, c.encoding, name))
				}
			}
			share := float64(right) / float64(len(cases))
			t.Logf("%d of %d samples (%.0f%%) decoded exactly; wrong: %v", right, len(cases), 100*share, wrong)
			if share < tc.atLeast {
				t.Errorf("accuracy %.2f, want at least %.2f", share, tc.atLeast)
			}
		})
	}
}

// TestChooseDetection checks how the detector's guesses are taken: a weak
// guess is not trusted (the page is read as windows-1252, the web's
// default), the detector's lowest positive verdict for a legacy encoding
// (10: a few valid double-byte characters) is, and UTF-8, UTF-16 and names
// no decoder knows are passed over for the next guess.
func TestChooseDetection(t *testing.T) {
	for _, tc := range []struct {
		name    string
		results []chardet.Result
		want    string
	}{
		{"no guess", nil, "windows-1252"},
		{"a weak guess is not trusted", []chardet.Result{{Charset: "KOI8-R", Confidence: 5}}, "windows-1252"},
		{"the weakest guess of a few characters is", []chardet.Result{{Charset: "Shift_JIS", Confidence: 10}}, "shift_jis"},
		{"the most confident wins", []chardet.Result{{Charset: "ISO-8859-2", Confidence: 30}, {Charset: "windows-1251", Confidence: 60}}, "windows-1251"},
		{"UTF-16 and unknown names are passed over", []chardet.Result{{Charset: "UTF-16LE", Confidence: 100}, {Charset: "IBM420_rtl", Confidence: 90}, {Charset: "EUC-KR", Confidence: 40}}, "euc-kr"},
		{"but not for a weak guess", []chardet.Result{{Charset: "UTF-16LE", Confidence: 100}, {Charset: "ISO-8859-7", Confidence: 3}}, "windows-1252"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, got := chooseDetection(tc.results); got != tc.want {
				t.Errorf("chooseDetection(%v) = %s, want %s", tc.results, got, tc.want)
			}
		})
	}
}

// TestISO2022JPAfterALongHead: ISO-2022-JP is 7-bit, so the detector's
// sample (the text runs holding non-ASCII bytes) finds none and falls
// back to the page's first bytes; behind a long head of styles and
// scripts, the escape sequences are not among them. Only the check for
// the sequences themselves reads such a page right.
func TestISO2022JPAfterALongHead(t *testing.T) {
	enc, _ := charset.Lookup("iso-2022-jp")
	text := "東京の天気は明日から崩れる見込みです。" // "Tokyo's weather is expected to turn from tomorrow."
	body, err := enc.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	head := "<style>" + strings.Repeat(".story p { margin: 0 0 1em; line-height: 1.6; }\n", 200) + "</style>"
	if len(head) <= detectSampleSize {
		t.Fatalf("the head (%d bytes) must be longer than the detector's sample (%d)", len(head), detectSampleSize)
	}
	for _, page := range []string{
		"<html><head>" + head + "</head><body><p>" + body + "</p></body></html>",
		"<html><head><title>Wetter</title></head><body><p>" + body + "</p></body></html>", // and when short
	} {
		got, name, err := Decode([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if name != "iso-2022-jp" || !strings.Contains(got, text) {
			t.Errorf("read as %s: %q", name, got[max(0, len(got)-120):])
		}
	}
}
