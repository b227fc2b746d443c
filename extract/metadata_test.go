package extract

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/extract/internal/meta"
	"github.com/pith-cli/pith/internal/dom"
)

func metaOf(t *testing.T, page string) *Article {
	t.Helper()
	node, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return newArticle(meta.Read(&dom.Document{Node: node}).Article())
}

func TestMetadataFromJSONLDGraph(t *testing.T) {
	a := metaOf(t, `<html lang="de"><head><title>Titel | Blatt</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Das Blatt"},
 {"@type":["NewsArticle"],"headline":"Hafen wieder offen","datePublished":"2024-05-14T09:15:00+02:00",
  "author":[{"@type":"Person","name":"Jana Köhler"},{"@type":"Person","name":"Mehmet Arslan"}],
  "keywords":"Hafen, Streik","articleSection":["Wirtschaft"],"image":{"@type":"ImageObject","url":"https://b.example/a.jpg"}}]}</script>
</head><body><h1>Hafen wieder offen</h1></body></html>`)
	want := &Article{Title: "Hafen wieder offen", Authors: []string{"Jana Köhler", "Mehmet Arslan"}, SiteName: "Das Blatt",
		Published: "2024-05-14T09:15:00+02:00", Language: "de", Image: "https://b.example/a.jpg",
		Tags: []string{"Hafen", "Streik"}, Categories: []string{"Wirtschaft"}}
	if !reflect.DeepEqual(a, want) {
		t.Errorf("got  %+v\nwant %+v", a, want)
	}
}

func TestMetadataFromMetaTags(t *testing.T) {
	a := metaOf(t, `<html><head><title>Harbour reopens | Coast Courier</title>
<meta property="og:site_name" content="Coast Courier"><meta name="author" content="By Mina Carver">
<meta property="article:published_time" content="2025-02-03T08:15:00+01:00">
<meta property="og:locale" content="en_GB"><meta name="description" content="Boats are back.">
<meta property="article:tag" content="Storms"><meta property="article:tag" content="Ports"></head><body></body></html>`)
	want := &Article{Title: "Harbour reopens", Authors: []string{"Mina Carver"}, SiteName: "Coast Courier",
		Published: "2025-02-03T08:15:00+01:00", Language: "en-GB", Description: "Boats are back.", Tags: []string{"Storms", "Ports"}}
	if !reflect.DeepEqual(a, want) {
		t.Errorf("got  %+v\nwant %+v", a, want)
	}
}

func TestImageResolvedOnlyAgainstAKnownURL(t *testing.T) {
	page := `<html><head><meta property="og:image" content="/img/lead.jpg">%s</head><body><p>` +
		strings.Repeat("Words of the article body go on and on here. ", 5) + `</p></body></html>`
	for _, tc := range []struct{ head, want string }{
		{`<link rel="canonical" href="https://news.example/story">`, "https://news.example/img/lead.jpg"},
		{"", "/img/lead.jpg"}, // no URL known: as written, never against an invented host
	} {
		art, err := Extract(strings.NewReader(strings.Replace(page, "%s", tc.head, 1)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if art.Image != tc.want {
			t.Errorf("image = %q, want %q", art.Image, tc.want)
		}
	}
}
