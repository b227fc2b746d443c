package extract

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// trickyYAMLStrings are values a YAML reader could take for something else
// than the string written: keys, comments, booleans, nulls, numbers,
// dates, indicators, escapes and line breaks.
var trickyYAMLStrings = []string{
	"Rain: a story", "a:b", "ends with colon:", "a #hash", "a#b", "#comment", "- leading dash", "-", "--- ",
	"no", "No", "NO", "yes", "y", "n", "on", "off", "true", "False", "null", "Null", "~", "", " ", "  padded  ",
	"123", "0123", "1e3", "0x1F", "1_000", "12:30", "2025-04-02", "2025-04-02T10:00:00Z", ".inf", "-.5", "+1",
	`say "hi"`, `back\slash`, "it's", "'quoted'", `"quoted"`, "line\nbreak", "tab\there", "cr\rlf",
	"trailing newline\n", "[list]", "{map}", "a, b", "*alias", "&anchor", "!tag", "%directive", "@at", "`tick`",
	"|literal", ">folded", "?", "? key", "<<", "=", "Ünïcödé", "日本語のタイトル", "emoji 🎉", "zero\u200bwidth",
	"nbsp\u00a0space", "line\u2028sep", "nel\u0085", "bom\ufeff", "del\x7f", "bell\x07", "esc\x1b[0m",
	"https://example.com/a?b=c&d=e#frag", "mailto:a@b.example", "C#", "C++", "100%", "über: alles",
}

func TestFrontMatterReadsBackAsWritten(t *testing.T) {
	for _, s := range trickyYAMLStrings {
		art := &Article{Title: s, Authors: []string{s, "plain"}, Tags: []string{s}, WordCount: 7}
		fm, err := frontMatter(art)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		body, ok := strings.CutPrefix(fm, "---\n")
		body, ok2 := strings.CutSuffix(body, "---\n\n")
		if !ok || !ok2 {
			t.Fatalf("%q: no front matter block:\n%s", s, fm)
		}
		var got struct {
			Title     *string  `yaml:"title"`
			Authors   []string `yaml:"authors"`
			Tags      []string `yaml:"tags"`
			WordCount int      `yaml:"word_count"`
		}
		if err := yaml.Unmarshal([]byte(body), &got); err != nil {
			t.Errorf("%q: front matter is not YAML: %v\n%s", s, err, body)
			continue
		}
		// An empty title is omitted, as in the JSON.
		if s != "" && (got.Title == nil || *got.Title != s) || s == "" && got.Title != nil {
			t.Errorf("%q: title reads back as %v\n%s", s, deref(got.Title), body)
		}
		if wantAuthors := []string{s, "plain"}; strings.Join(got.Authors, "\x00") != strings.Join(wantAuthors, "\x00") {
			t.Errorf("%q: authors read back as %q\n%s", s, got.Authors, body)
		}
		if len(got.Tags) != 1 || got.Tags[0] != s || got.WordCount != 7 {
			t.Errorf("%q: tags, word_count read back as %q, %d\n%s", s, got.Tags, got.WordCount, body)
		}
	}
}

func deref(p *string) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestFrontMatterWritesSimpleValuesPlain(t *testing.T) {
	fm, err := frontMatter(&Article{URL: "https://news.example/a", Title: "Rainfall report for March",
		Published: "2025-04-02", Authors: []string{"Ines Varga"}, Language: "en", WordCount: 86})
	if err != nil {
		t.Fatal(err)
	}
	want := "---\nurl: https://news.example/a\ntitle: Rainfall report for March\nauthors:\n  - Ines Varga\n" +
		"published: \"2025-04-02\"\nlanguage: en\nword_count: 86\n---\n\n"
	if fm != want {
		t.Errorf("front matter =\n%s\nwant\n%s", fm, want)
	}
}

func TestFrontMatterOfNoMetadata(t *testing.T) {
	if fm, err := frontMatter(&Article{Text: "body\n"}); err != nil || fm != "---\n---\n\n" {
		t.Errorf("front matter of an article without metadata = %q, %v", fm, err)
	}
}
