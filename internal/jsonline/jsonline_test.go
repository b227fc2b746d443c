package jsonline

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/pith-cli/pith/extract"
	"github.com/pith-cli/pith/warc"
)

// full is an article with every field the JSON line can carry.
func full() *extract.Article {
	return &extract.Article{
		URL: "https://news.example/a", ArchiveURL: "https://web.archive.org/web/2024/https://news.example/a",
		Title: "Ferry <b>timetable</b>", Subtitle: "s", Authors: []string{"A"}, SiteName: "n",
		Published: "2024-01-02", Modified: "2024-01-03", Language: "en", Description: "d",
		Image: "https://news.example/i.jpg", Tags: []string{"t"}, Categories: []string{"c"},
		Encoding: "utf-8", WordCount: 3, ReadingTimeMinutes: 1, Confidence: 0.9,
		Text: "one two three\n", Markdown: "m", HTML: "<p>one two three</p>",
		Links:  []extract.Link{{URL: "https://news.example/b", Text: "b"}},
		Images: []extract.Image{{URL: "https://news.example/i.jpg", Alt: "a", Caption: "c"}},
	}
}

// keys returns the top-level keys of a JSON object, in order.
func keys(t *testing.T, js []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(js))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not an object: %s", js)
	}
	var out []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, tok.(string))
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// The contract's field names, in its order, with the second wave's where
// they belong; warc and error last.
func TestFieldOrder(t *testing.T) {
	js, err := Encode(Line{Source: "crawl.warc.gz#0", Article: full(), WARC: &warc.Origin{File: "crawl.warc.gz"}, Error: "x"}, false)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"source", "url", "archive_url", "title", "subtitle", "authors", "site_name", "published", "modified",
		"language", "description", "image", "tags", "categories", "encoding", "word_count", "reading_time_minutes",
		"confidence", "text", "markdown", "html", "links", "images", "warc", "error"}
	if got := keys(t, js); !slices.Equal(got, want) {
		t.Errorf("keys\n got %v\nwant %v", got, want)
	}
	if bytes.Count(js, []byte("\n")) != 1 || !bytes.HasSuffix(js, []byte("}\n")) {
		t.Errorf("not one line: %q", js)
	}
	// Unknown fields are omitted; a failed page is its source and error.
	js, _ = Encode(Line{Source: "-", Error: "no such file"}, false)
	if string(js) != `{"source":"-","error":"no such file"}`+"\n" {
		t.Errorf("failed page: %s", js)
	}
}

// HTML is written as it is (encoding/json would write \u003c), C1 control
// characters as \u escapes (encoding/json writes them raw, and a terminal
// takes U+009B for an escape sequence); other non-ASCII stays UTF-8.
func TestEscapes(t *testing.T) {
	for _, indent := range []bool{false, true} {
		js, err := Encode(Line{Source: "crawl\u009b31m\u0085.warc#7", Article: &extract.Article{Title: "Café <b>é</b>", Text: "Ünïcode\n"}}, indent)
		if err != nil {
			t.Fatal(err)
		}
		s := string(js)
		if !strings.Contains(s, `crawl\u009b31m\u0085.warc#7`) || strings.ContainsAny(s, "\u009b\u0085") {
			t.Errorf("C1 not escaped: %q", s)
		}
		if !strings.Contains(s, `"Café <b>é</b>"`) || !strings.Contains(s, `"Ünïcode\n"`) {
			t.Errorf("HTML or UTF-8 escaped: %q", s)
		}
		var back Line
		if err := json.Unmarshal(js, &back); err != nil || back.Source != "crawl\u009b31m\u0085.warc#7" || back.Title != "Café <b>é</b>" {
			t.Errorf("does not decode back: %v %+v", err, back)
		}
		if lines := strings.Count(s, "\n"); indent != (lines > 1) {
			t.Errorf("indent %v: %d lines", indent, lines)
		}
	}
}

// pith stream's line: the id byte for byte as given, then the fields of
// the line without source.
func TestEncodeWithID(t *testing.T) {
	art := &extract.Article{Title: "T\u0085", Text: "x\n"}
	for _, tc := range []struct {
		id     json.RawMessage
		art    *extract.Article
		errMsg string
		want   string
	}{
		{json.RawMessage("17"), art, "", `{"id":17,"title":"T\u0085","text":"x\n"}`},
		{json.RawMessage(`[ 1, "b\u0085" ]`), nil, "empty line", `{"id":[ 1, "b\u0085" ],"error":"empty line"}`},
		{json.RawMessage("\"\u0085\""), nil, "x", "{\"id\":\"\u0085\",\"error\":\"x\"}"}, // the caller's bytes, as given
		{nil, nil, `not a JSON object`, `{"id":null,"error":"not a JSON object"}`},
		{json.RawMessage(`"a"`), nil, "", `{"id":"a"}`},
	} {
		got := string(EncodeWithID(tc.id, tc.art, tc.errMsg))
		if got != tc.want+"\n" {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
	}
}
