package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/pith-cli/pith/extract"
)

func utf16LE(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func gzipped(t *testing.T, data []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Text is refused as not a page, plain or gzipped, in UTF-8 or UTF-16;
// a fragment, a doctype, a comment or a custom element is a page.
func TestNotAPage(t *testing.T) {
	text := "MIT License\n\nCopyright <year> <copyright holders>\n\nfor i<n; a < b is not HTML?\n"
	for _, tc := range []struct {
		name string
		in   []byte
		want bool
	}{
		{"plain text", []byte(text), false},
		{"source", []byte("package main\n\nfunc f(v vector<int>) { if x<y {} }\n"), false},
		{"fragment", []byte("<p>text</p>"), true},
		{"element after text", []byte(strings.Repeat("words ", 2000) + "<br>"), true},
		{"end tag only", []byte("text</DIV>"), true},
		{"doctype", []byte("<!DOCTYPE html>"), true},
		{"comment", []byte("text <!-- saved --> text"), true},
		{"custom element", []byte("a <my-widget>b</my-widget>"), true},
		{"mhtml", []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\n"), true},
		{"utf-16 without a byte-order mark", utf16LE("hello <p>text</p>"), true},
		{"utf-16 text", utf16LE(text), false},
	} {
		for _, gz := range []bool{false, true} {
			in := tc.in
			if gz {
				in = gzipped(t, in)
			}
			_, err := extract.Extract(bytes.NewReader(in), extract.Options{})
			if got := !errors.Is(err, extract.ErrNotHTML); got != tc.want {
				t.Errorf("%s (gzip %v): page %v (%v), want %v", tc.name, gz, got, err, tc.want)
			}
		}
	}
}

// Every page the repository's tests read is still a page: the saved inputs
// (UTF-16 without a byte-order mark, MHTML in base64, gzip...) and the
// golden pages.
func TestEveryTestPageIsAPage(t *testing.T) {
	var paths []string
	for _, root := range []string{"../../testdata/input", "../../testdata/pages"} {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (isPageName(path) || strings.HasSuffix(path, "source.html")) {
				paths = append(paths, path)
			}
			return err
		})
	}
	if len(paths) < 20 {
		t.Fatalf("found %d pages, want the repository's", len(paths))
	}
	for _, path := range paths {
		r := extractPage(newWalker(false, "", osFiles{}).filePage(path, filepath.Base(path), nil), extract.Options{})
		if errors.Is(r.err, extract.ErrNotHTML) {
			t.Errorf("%s: %v", path, r.err)
		}
	}
}

// A gzipped text file is refused as the text is; the same text in an
// element is a page.
func TestGzippedTextIsNotAPage(t *testing.T) {
	dir := t.TempDir()
	text := strings.Repeat("The harbour at Kelmouth reopened to fishing boats on Monday morning. ", 10)
	for name, content := range map[string]string{"notes.txt.gz": text, "notes.html.gz": "<p>" + text + "</p>"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, gzipped(t, []byte(content)), 0o644); err != nil {
			t.Fatal(err)
		}
		r := extractPage(newWalker(false, "", osFiles{}).filePage(path, name, nil), extract.Options{})
		if want := strings.HasPrefix(name, "notes.txt"); (errors.Is(r.err, extract.ErrNotHTML)) != want {
			t.Errorf("%s: error %v, want not a page: %v", name, r.err, want)
		}
	}
}
