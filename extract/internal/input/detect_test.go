package input

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
