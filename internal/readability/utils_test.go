package readability

import (
	nurl "net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
)

func Test_indexOf(t *testing.T) {
	sample := strings.Fields("" +
		"hello this is a simple sentence and we try " +
		"to repeat some simple word like this")

	scenarios := map[string]int{
		"hello":  0,
		"this":   1,
		"simple": 4,
		"we":     7,
		"repeat": 10,
	}

	for word, expected := range scenarios {
		if idx := indexOf(sample, word); idx != expected {
			t.Errorf("\n"+
				"word : \"%s\"\n"+
				"want : %d\n"+
				"got  : %d", word, expected, idx)
		}
	}
}

func Test_wordCount(t *testing.T) {
	scenarios := map[string]int{
		"German fashion designer Karl Lagerfeld, best known for his creative work at Chanel, dies at the age of 85.":       19,
		"A suicide bombing attack near Pulwama, in Indian administered Kashmir, kills 40 security personnel.":              14,
		"NASA concludes the 15 year Opportunity Mars rover mission after being unable to wake the rover from hibernation.": 18,
	}

	for sentence, expected := range scenarios {
		if count := wordCount(sentence); count != expected {
			t.Errorf("\n"+
				"sentence : \"%s\"\n"+
				"want     : %d\n"+
				"got      : %d", sentence, expected, count)
		}
	}
}

func Test_toAbsoluteURI(t *testing.T) {
	baseURL, _ := nurl.ParseRequestURI("http://localhost:8080/absolute/")

	scenarios := map[string]string{
		"#here":                  "#here",
		"/test/123":              "http://localhost:8080/test/123",
		"test/123":               "http://localhost:8080/absolute/test/123",
		"//www.google.com":       "http://www.google.com",
		"https://www.google.com": "https://www.google.com",
		"ftp://ftp.server.com":   "ftp://ftp.server.com",
		"www.google.com":         "http://localhost:8080/absolute/www.google.com",
		"http//www.google.com":   "http://localhost:8080/absolute/http//www.google.com",
		"../hello/relative":      "http://localhost:8080/hello/relative",
	}

	for url, expected := range scenarios {
		if result := toAbsoluteURI(url, baseURL); result != expected {
			t.Errorf("\n"+
				"url  : \"%s\"\n"+
				"want : \"%s\"\n"+
				"got  : \"%s\"", url, expected, result)
		}
	}
}

// TestGetAllNodesWithTagOrder checks the one-walk getAllNodesWithTag
// against upstream's walk per tag, on the repository's test pages and on
// nested media: the same elements in the same order, each tag's in
// document order, tag after tag.
func TestGetAllNodesWithTagOrder(t *testing.T) {
	pages := []string{`<body><figure><picture><source srcset=a.webp><img src=a.jpg></picture>` +
		`<figcaption>A <video src=v.mp4><source src=v.webm></video></figcaption></figure>` +
		`<p><img src=b.jpg><audio src=s.ogg></audio></p><h2>Then</h2><div><h1>Title</h1><h2>Next</h2></div></body>`}
	files, _ := filepath.Glob("../../testdata/pages/*/source.html")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(data))
	}
	tagSets := [][]string{
		{"img", "picture", "figure", "video", "audio", "source"},
		{"h1", "h2"}, {"script", "noscript"}, {"img", "picture", "figure"}, {"a"},
	}
	var ps Parser
	for i, page := range pages {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		for _, tags := range tagSets {
			var want []*html.Node
			for _, tag := range tags {
				want = append(want, dom.GetElementsByTagName(doc, tag)...)
			}
			if got := ps.getAllNodesWithTag(doc, tags...); !slices.Equal(got, want) {
				t.Fatalf("page %d, %v: %d elements, upstream's walks find %d (or another order)", i, tags, len(got), len(want))
			}
		}
	}
}
