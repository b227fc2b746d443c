package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-cli/pith/extract/internal/input"
)

// TestInputCases extracts each file of testdata/input, one case per way a
// saved page can arrive, and checks the encoding used, a sentence of its
// text and, for archives, the page address they record.
func TestInputCases(t *testing.T) {
	for _, tc := range []struct {
		file, encoding, forced string
		contains, url          string
	}{
		{"shift_jis-declared.html", "shift_jis", "", "駅前の商店街で毎週土曜日に朝市を開く", ""},
		{"koi8-r-undeclared.html", "koi8-r", "", "открылась новая детская площадка", ""},
		{"windows-1251-forced.html", "windows-1251", "cp1251", "открылась новая детская площадка", ""},
		{"utf-16le-no-bom.html", "utf-16le", "", "Die Fähre über den Fluss", ""},
		{"stale-meta-utf-8.html", "utf-8", "", "Die Fähre über den Fluss", ""},
		{"broken-utf-8.html", "utf-8", "", "Die Fähre über den Fluss fährt seit dem Fr\uFFFDhjahr", ""},
		{"gzip-named.html", "utf-8", "", "Die Fähre über den Fluss", ""},
		{"blink.mhtml", "utf-8", "", "Die Fähre über den Fluss", "https://news.example/ferry"},
		{"ie-base64.mht", "windows-1251", "", "открылась новая детская площадка", "http://park.example/news/playground"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join(inputDir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			art, err := Extract(f, Options{Encoding: tc.forced})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if art.Encoding != tc.encoding {
				t.Errorf("encoding %q, want %q", art.Encoding, tc.encoding)
			}
			if !strings.Contains(art.Text, tc.contains) {
				t.Errorf("text lacks %q:\n%s", tc.contains, art.Text)
			}
			if art.URL != tc.url {
				t.Errorf("url %q, want %q", art.URL, tc.url)
			}
		})
	}
}

// TestMHTMLErrors checks the archives that cannot give a page.
func TestMHTMLErrors(t *testing.T) {
	head := "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
	for _, tc := range []struct {
		name, in string
		want     error
	}{
		{"no HTML part", head + "--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n", input.ErrCorrupt},
		{"no boundary", "MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n<p>x</p>", input.ErrCorrupt},
		{"truncated", head + "--b\r\nContent-Type: text/html\r\n\r\n<p>cut he", input.ErrCorrupt},
		{"empty HTML part", head + "--b\r\nContent-Type: text/html\r\n\r\n \r\n--b--\r\n", input.ErrEmptyInput},
		{"binary HTML part", head + "--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgoAAAANSUhEUgAA\r\n--b--\r\n", input.ErrBinary},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract(strings.NewReader(tc.in), Options{})
			if !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

// TestMHTMLSniffedByContent: a page that merely mentions MIME headers in
// its text is not taken for an archive, and an archive is one whatever its name.
func TestMHTMLSniffedByContent(t *testing.T) {
	if input.LooksLikeMHTML([]byte("<html><body><pre>Content-Type: multipart/related</pre></body></html>")) {
		t.Error("an HTML page was taken for MHTML")
	}
	data, err := os.ReadFile(filepath.Join(inputDir, "blink.mhtml"))
	if err != nil {
		t.Fatal(err)
	}
	if !input.LooksLikeMHTML(data) {
		t.Error("an MHTML file was not recognised")
	}
}
