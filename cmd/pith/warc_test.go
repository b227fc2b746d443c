package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/htmlindex"

	"github.com/pith-cli/pith/extract"
	"github.com/pith-cli/pith/warc"
	"github.com/pith-cli/pith/warc/warctest"
)

// fixtureWARC writes testdata/pages' source pages as one gzipped WARC
// (a request record before each response) and returns its path and the
// pages' paths, in record order.
func fixtureWARC(t *testing.T) (string, []string) {
	t.Helper()
	pages, err := filepath.Glob("../../testdata/pages/*/source.html")
	if err != nil || len(pages) < 5 {
		t.Fatalf("fixture pages: %v (%d)", err, len(pages))
	}
	name := filepath.Join(t.TempDir(), "pages.warc.gz")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := warctest.NewWriter(f, true)
	for i, p := range pages {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		uri := fmt.Sprintf("https://fixtures.example/%d", i)
		for _, rec := range []warctest.Record{warctest.Request(uri), warctest.Response(uri, 200, "text/html", body)} {
			if _, err := w.Write(rec); err != nil {
				t.Fatal(err)
			}
		}
	}
	return name, pages
}

// runJSONLines runs pith -f json with args in-process and returns its lines.
func runJSONLines(t *testing.T, args ...string) []string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := runWithSignals(append([]string{"-q", "-f", "json"}, args...), streams{in: strings.NewReader(""), out: &stdout, err: &stderr}, make(chan os.Signal))
	if code != exitOK && code != exitNotReadable {
		t.Fatalf("pith %v: exit %d: %s", args, code, stderr.String())
	}
	return strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
}

// TestWARCMatchesPages checks that a WARC's records extract as their pages
// do one by one: the same text and metadata, the page's identity (source,
// url, encoding, warc) aside.
func TestWARCMatchesPages(t *testing.T) {
	name, pages := fixtureWARC(t)
	lines := runJSONLines(t, "-j", "2", name)
	if len(lines) != len(pages) {
		t.Fatalf("%d lines for %d pages", len(lines), len(pages))
	}
	for i, p := range pages {
		alone := runJSONLines(t, p)
		got, want := withoutIdentity(t, lines[i]), withoutIdentity(t, alone[0])
		if got != want {
			t.Errorf("%s: as a WARC record\n%.400s\nalone\n%.400s", p, got, want)
		}
		if !strings.Contains(lines[i], `"warc":{"file":"`+name+`","offset":`) {
			t.Errorf("%s: no warc object in %.200s", p, lines[i])
		}
	}
}

// withoutIdentity is a JSON line without source, url, encoding and warc,
// re-encoded with sorted keys; archive_url goes with url (a Wayback save is
// known by its address, which a record's target URI replaces).
func withoutIdentity(t *testing.T, line string) string {
	t.Helper()
	var obj map[string]any
	if err := json.Unmarshal([]byte(line), &obj); err != nil {
		t.Fatalf("%v: %.200s", err, line)
	}
	for _, k := range []string{"source", "url", "archive_url", "encoding", "warc"} {
		delete(obj, k)
	}
	b, _ := json.Marshal(obj)
	return string(b)
}

// TestWARCLinesAsBeam checks that the CLI's lines for a WARC are byte for
// byte the lines the Beam pipeline (beam/pipeline.go) writes for it: each
// record read with package warc and extracted with its charset and target
// URI, encoded as source, the article, warc.
func TestWARCLinesAsBeam(t *testing.T) {
	name, _ := fixtureWARC(t)
	lines := runJSONLines(t, name)
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := warc.NewReader(f, warc.Options{})
	var want []string
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if !rec.IsPage() {
			continue
		}
		opts := extract.Options{HeaderCharset: rec.Charset()}
		opts.URL, _ = url.Parse(rec.TargetURI)
		art, err := extract.Extract(rec.Body, opts)
		if err != nil {
			t.Fatal(err)
		}
		origin := rec.Origin(name)
		var b bytes.Buffer
		enc2 := json.NewEncoder(&b)
		enc2.SetEscapeHTML(false)
		if err := enc2.Encode(struct {
			Source string `json:"source"`
			*extract.Article
			WARC *warc.Origin `json:"warc,omitempty"`
		}{rec.Source(name), art, &origin}); err != nil {
			t.Fatal(err)
		}
		want = append(want, strings.TrimSuffix(b.String(), "\n"))
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d", len(lines), len(want))
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Errorf("line %d\n got %.300s\nwant %.300s", i, lines[i], want[i])
		}
	}
}

// TestWARCHTTPCharset checks that a record's HTTP charset reaches the
// extraction as a hint below the page's own: it reads a page that declares
// nothing, a page's <meta> beats it, valid UTF-8 beats a conflicting one,
// and --encoding overrides it.
func TestWARCHTTPCharset(t *testing.T) {
	article := func(head, text string) []byte {
		return []byte("<!doctype html><html><head>" + head + "<title>T</title></head><body><article><p>" +
			strings.Repeat(text+" ", 4) + "</p></article></body></html>")
	}
	latin2, err := charmapEncode("iso-8859-2", "Biblioteka miejska będzie otwarta dłużej, także w każdą sobotę aż do późnego wieczora.")
	if err != nil {
		t.Fatal(err)
	}
	records := []struct {
		contentType string
		body        []byte
		want        string // the encoding pith reads it in
		wantText    string // a phrase of its text
	}{
		// Undeclared ASCII: only the header can say Shift_JIS.
		{"text/html; charset=Shift_JIS", article("", "The reading room opens at nine on weekdays and at ten on Sundays."), "shift_jis", "reading room"},
		{"text/html; charset=ISO-8859-2", article("", string(latin2)), "iso-8859-2", "dłużej, także w każdą"},
		{"text/html; charset=windows-1252", article(`<meta charset="utf-8">`, "La bibliothèque ouvre plus tôt le samedi, dès huit heures."), "utf-8", "bibliothèque"},
		{"text/html; charset=iso-8859-1", article("", "Die Bücherei öffnet künftig schon um acht Uhr früh."), "utf-8", "Bücherei öffnet"},
	}
	name := filepath.Join(t.TempDir(), "charsets.warc")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	w := warctest.NewWriter(f, false)
	for i, r := range records {
		if _, err := w.Write(warctest.Response(fmt.Sprintf("https://charsets.example/%d", i), 200, r.contentType, r.body)); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	lines := runJSONLines(t, name)
	if len(lines) != len(records) {
		t.Fatalf("%d lines for %d records", len(lines), len(records))
	}
	for i, r := range records {
		var got struct{ Encoding, Text string }
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
			t.Fatal(err)
		}
		if got.Encoding != r.want || !strings.Contains(got.Text, r.wantText) {
			t.Errorf("record %d (%s): read in %s, want %s; text %.80q", i, r.contentType, got.Encoding, r.want, got.Text)
		}
	}
	forced := runJSONLines(t, "--encoding", "koi8-r", name)
	for i, l := range forced {
		if !strings.Contains(l, `"encoding":"koi8-r"`) {
			t.Errorf("record %d with --encoding koi8-r: %.200s", i, l)
		}
	}
}

// charmapEncode encodes s in the named single-byte encoding.
func charmapEncode(name, s string) ([]byte, error) {
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, err
	}
	return enc.NewEncoder().Bytes([]byte(s))
}
