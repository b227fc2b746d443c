package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/pith-cli/pith/extract"
	"github.com/pith-cli/pith/warc"
	"github.com/pith-cli/pith/warc/warctest"
)

// The tests run their pipelines on Beam's prism runner, in-process.
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// article is a page with enough prose for an article, by number.
func article(n int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story %d</title>
<meta name="author" content="Writer %d"><meta property="article:published_time" content="2026-01-0%dT10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Story %d</h1>`, n, n, n%9+1, n)
	for p := range 6 {
		fmt.Fprintf(&b, "<p>Paragraph %d of story %d tells, at some length and in plain words, what happened in the town "+
			"on the day the river rose, who saw it first, and what the council said about it afterwards.</p>\n", p, n)
	}
	b.WriteString(`</article><footer>Copyright</footer></body></html>`)
	return []byte(b.String())
}

// writeWARCs writes the test's WARC files: pages, records that are not
// pages, a page with no article text, a broken HTTP message, and a file
// cut short. It returns the glob that matches them.
func writeWARCs(t *testing.T, dir string) string {
	t.Helper()
	write := func(name string, gz bool, recs ...warctest.Record) []byte {
		var b bytes.Buffer
		w := warctest.NewWriter(&b, gz)
		for _, r := range recs {
			if _, err := w.Write(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	latin1 := []byte("<html><head><title>Caf\xe9</title></head><body><article>" +
		strings.Repeat("<p>Le caf\xe9 du village ouvre \xe0 sept heures, et les habitu\xe9s y parlent de la pluie et du beau temps.</p>", 5) +
		"</article></body></html>")
	write("a.warc.gz", true,
		warctest.Warcinfo(),
		warctest.Request("http://news.invalid/1"),
		warctest.Response("http://news.invalid/1", 200, "text/html; charset=utf-8", article(1)),
		warctest.Response("http://news.invalid/logo.png", 200, "image/png", []byte("\x89PNG")),
		warctest.Response("http://news.invalid/2", 200, "text/html", article(2)),
		warctest.Response("http://news.invalid/gone", 404, "text/html", article(3)),
		warctest.Response("http://news.invalid/cafe", 200, "text/html; charset=iso-8859-1", latin1),
	)
	write("b.warc", false,
		warctest.Response("http://news.invalid/4", 200, "text/html", article(4)),
		warctest.Response("http://news.invalid/empty", 200, "text/html", []byte("<html><head><title>Empty</title></head><body></body></html>")),
		warctest.Record{Type: "response", TargetURI: "http://news.invalid/bad", Block: []byte("HTTP/1.1 OK\r\n\r\n")},
		warctest.Resource("file:///saved/5.html", "text/html", article(5)),
	)
	cut := write("c.warc.gz", true,
		warctest.Response("http://news.invalid/6", 200, "text/html", article(6)),
		warctest.Response("http://news.invalid/7", 200, "text/html", article(7)),
	)
	if err := os.WriteFile(filepath.Join(dir, "c.warc.gz"), cut[:len(cut)-40], 0o644); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "*.warc*")
}

// expected computes each file's lines by reading it with package warc and
// calling extract directly, as decoded JSON objects keyed by source, and
// the number of bad records.
func expected(t *testing.T, glob string) (map[string]map[string]any, int) {
	files, _ := filepath.Glob(glob)
	want := map[string]map[string]any{}
	bad := 0
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		r := warc.NewReader(bytes.NewReader(data), warc.Options{})
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				source := name + "#0"
				if rec != nil {
					source = rec.Source(name)
				} else if werr, ok := err.(*warc.Error); ok {
					source = fmt.Sprintf("%s#%d", name, werr.Offset)
				}
				if _, seen := want[source]; !seen { // a cut-off page has its line
					want[source] = map[string]any{"source": source, "error": err.Error()}
					if rec != nil {
						want[source]["warc"] = map[string]any{"file": name, "offset": float64(rec.Offset), "record_id": rec.ID, "date": rec.Date}
					}
					bad++
				}
				if rec == nil {
					break
				}
				continue
			}
			if !rec.IsPage() {
				continue
			}
			u, _ := url.Parse(rec.TargetURI)
			art, err := extract.Extract(rec.Body, extract.Options{URL: u, HeaderCharset: rec.Charset()})
			obj := map[string]any{}
			if art != nil {
				js, _ := json.Marshal(art)
				json.Unmarshal(js, &obj)
			}
			obj["source"] = rec.Source(name)
			obj["warc"] = map[string]any{"file": name, "offset": float64(rec.Offset), "record_id": rec.ID, "date": rec.Date}
			if err != nil {
				obj["error"] = err.Error()
				bad++
			}
			want[rec.Source(name)] = obj
		}
	}
	return want, bad
}

func TestPipeline(t *testing.T) {
	// A folder name with a C1 control character (a terminal's CSI) and
	// HTML's brackets: the lines write the one escaped and the others as
	// they are, as pith -f json does, through its encoder.
	dir := filepath.Join(t.TempDir(), "crawl \u009b<2026>")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	glob := writeWARCs(t, dir)
	out := filepath.Join(dir, "out", "pages")
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, Config{Input: glob, Output: out, Shards: 3})
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatal(err)
	}

	got := map[string]map[string]any{}
	shards, _ := filepath.Glob(out + "-*-of-00003.jsonl")
	if len(shards) == 0 {
		t.Fatal("no output shards")
	}
	for _, name := range shards {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if !strings.HasPrefix(line, `{"source":`) {
				t.Errorf("a line that does not start with its source: %.80s", line)
			}
			if !strings.Contains(line, `crawl \u009b<2026>`) || strings.ContainsRune(line, '\u009b') {
				t.Errorf("the folder's name is not written as pith writes it: %.120q", line)
			}
			var obj map[string]any
			if err := json.Unmarshal([]byte(line), &obj); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			src, _ := obj["source"].(string)
			if _, dup := got[src]; dup {
				t.Errorf("%s: two lines", src)
			}
			got[src] = obj
		}
		f.Close()
	}

	want, bad := expected(t, glob)
	for _, src := range slices.Sorted(maps.Keys(want)) {
		if !reflect.DeepEqual(got[src], want[src]) {
			g, _ := json.Marshal(got[src])
			w, _ := json.Marshal(want[src])
			t.Errorf("%s:\n got %.300s\nwant %.300s", src, g, w)
		}
	}
	for src := range got {
		if _, ok := want[src]; !ok {
			t.Errorf("an unexpected line for %s", src)
		}
	}
	if len(want) < 8 || bad < 3 {
		t.Errorf("the test files give %d lines, %d bad: fewer than they were written for", len(want), bad)
	}

	counters := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "pith" {
			counters[c.Name()] += c.Result()
		}
	}
	if counters["bad_records"] != int64(bad) || counters["pages"] != int64(len(want)-bad) || counters["skipped_records"] != 4 {
		t.Errorf("counters %v, want %d bad records, %d pages and 4 skipped records", counters, bad, len(want)-bad)
	}
}
