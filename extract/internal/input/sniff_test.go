package input

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// chromeMHTML is the opening of an archive saved by Chrome's "Save as MHTML".
const chromeMHTML = "From: <Saved by Blink>\r\n" +
	"Snapshot-Content-Location: https://news.example/story\r\n" +
	"Subject: Story\r\n" +
	"MIME-Version: 1.0\r\n" +
	"Content-Type: multipart/related;\r\n" +
	"\ttype=\"text/html\";\r\n" +
	"\tboundary=\"----MultipartBoundary--abc----\"\r\n\r\n" +
	"------MultipartBoundary--abc----\r\nContent-Type: text/html\r\n\r\n<!DOCTYPE html><html>"

var sniffCases = []struct {
	name string
	head string
	want bool
}{
	{"doctype", "<!DOCTYPE html>\n<html><head><title>x</title>", true},
	{"leading blank lines", "\n\n   <html lang=en><body>", true},
	{"saved-from comment", "<!-- saved from url=(0031)https://news.example/story -->\n<html>", true},
	{"starts with meta", `<meta charset="utf-8"><title>x</title><body><p>hi`, true},
	{"xhtml", `<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<html xmlns="http://www.w3.org/1999/xhtml">`, true},
	{"utf-8 bom", "\xEF\xBB\xBF<!doctype html><html>", true},
	{"utf-16le bom", "\xFF\xFE<\x00h\x00t\x00m\x00l\x00>\x00", true},
	{"mhtml", chromeMHTML, true},
	{"single-part mht", "MIME-Version: 1.0\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n<html>", true},
	{"gzip magic", "\x1f\x8b\x08\x00\x00\x00\x00\x00", true},

	{"stylesheet", "body { margin: 0 }\n.nav { display: none }\n", false},
	{"script", "(function(){ var html = '<html>'; document.write(html) })();\n", false},
	{"json", `{"title": "<html>"}`, false},
	{"svg", `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>`, false},
	{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", false},
	{"plain text", "Dear reader,\nthis is a note.\n", false},
	{"mail, not an archive", "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=x\r\n\r\n", false},
	{"empty", "", false},
	{"blank", " \n\t\n", false},
}

func TestLooksLikePage(t *testing.T) {
	for _, tc := range sniffCases {
		if got := LooksLikePage([]byte(tc.head)); got != tc.want {
			t.Errorf("%s: LooksLikePage(%q) = %v, want %v", tc.name, tc.head, got, tc.want)
		}
	}
}

func TestLooksLikePageReadsOnlyTheHead(t *testing.T) {
	late := strings.Repeat("x", SniffLen) + "<html>"
	if LooksLikePage([]byte(late)) {
		t.Errorf("a marker past SniffLen bytes counted")
	}
}

func TestSniffPageLooksInsideGzip(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want bool
	}{
		{"plain page", []byte("<!doctype html><p>hi"), true},
		{"plain stylesheet", []byte("p { color: red }"), false},
		{"gzipped page", gzipped(t, []byte("<!doctype html><p>"+strings.Repeat("words ", 20000))), true},
		{"gzipped stylesheet", gzipped(t, []byte(strings.Repeat("p { color: red }\n", 5000))), false},
		{"gzip header alone", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"), true},
		{"damaged gzip", []byte("\x1f\x8bnot really gzip at all"), true},
	} {
		got, err := SniffPage(bytes.NewReader(tc.data))
		if err != nil || got != tc.want {
			t.Errorf("%s: SniffPage = %v, %v; want %v", tc.name, got, err, tc.want)
		}
	}
}

func TestSniffPageAgreesWithLooksLikePage(t *testing.T) {
	for _, tc := range sniffCases {
		if isGzip([]byte(tc.head)) {
			continue // SniffPage looks inside
		}
		got, err := SniffPage(strings.NewReader(tc.head))
		if err != nil || got != tc.want {
			t.Errorf("%s: SniffPage = %v, %v; want %v", tc.name, got, err, tc.want)
		}
	}
}

func ExampleLooksLikePage() {
	fmt.Println(LooksLikePage([]byte("<!DOCTYPE html><html><head>")))
	fmt.Println(LooksLikePage([]byte("body { margin: 0 }")))
	// Output:
	// true
	// false
}

// TestOpensWithHTMLTagAgreesWithNetHTTP checks the written-out HTML
// signatures against the standard library's sniffer they replace.
func TestOpensWithHTMLTagAgreesWithNetHTTP(t *testing.T) {
	heads := []string{"", " ", "<", "<p", "<p>", "<P class=x>", "<pre>", "<b>", "<br/>", "<br>", "<BODY>", "<a href=x>",
		"<abbr>", "<!-- c -->", "<!--c-->", "<!---->", "<!doctype html>", "<!DOCTYPE HTML PUBLIC>", "<!doctype htmlx>",
		"\t\n\x0c\r <html>", "\v<html>", "<iframe src=x>", "<h1>", "<h2>", "<div>", "<divx>", "<font>", "<table>",
		"<style>", "<title>", "<script>", "<head>", "<html", "<?xml version=\"1.0\"?><html>", "\xEF\xBB\xBF<html>",
		"text <html>", "<ſcript>", "<ſcript >", "<\u212a>"}
	for _, sig := range htmlSignatures {
		heads = append(heads, sig+" ", strings.ToLower(sig)+">", sig+"x", sig)
	}
	for _, h := range heads {
		want := strings.HasPrefix(http.DetectContentType([]byte(h)), "text/html")
		if got := opensWithHTMLTag([]byte(h)); got != want {
			t.Errorf("opensWithHTMLTag(%q) = %v, http.DetectContentType says %v", h, got, want)
		}
	}
}
