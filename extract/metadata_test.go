package extract

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/extract/internal/meta"
	"github.com/pith-cli/pith/internal/dom"
)

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2020-08-15T21:38:00+01:00":       "2020-08-15T21:38:00+01:00",
		"2020-08-15T20:38:00Z":            "2020-08-15T20:38:00Z",
		"2020-08-15T20:38:00.123+00:00":   "2020-08-15T20:38:00Z",
		"2020-08-15T21:38+0200":           "2020-08-15", // not RFC 3339's offset form, read as a date
		"2020-08-15T21:38:00+0200":        "2020-08-15T21:38:00+02:00",
		"2020-08-15T21:38:00":             "2020-08-15", // no offset: never invent a zone
		"2020-08-15 21:38:00":             "2020-08-15", // likewise
		"2020-08-15":                      "2020-08-15",
		"Sat, 15 Aug 2020 20:38:00 GMT":   "2020-08-15T20:38:00Z", // GMT is a known offset
		"Sat, 15 Aug 2020 21:38:00 BST":   "2020-08-15",           // a zone name alone is not
		"Sat, 15 Aug 2020 21:38:00 +0100": "2020-08-15T21:38:00+01:00",
		"August 15, 2020":                 "2020-08-15",
		"15 August 2020":                  "2020-08-15",
		"":                                "",
		"last Tuesday":                    "",
		"0001-01-01T00:00:00Z":            "", // a CMS's "unknown"
	} {
		if got := meta.NormalizeDate(in); got != want {
			t.Errorf("normalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitAuthors(t *testing.T) {
	for in, want := range map[string][]string{
		"By Jane Doe":                      {"Jane Doe"},
		"Jane Doe and John Roe":            {"Jane Doe", "John Roe"},
		"Anna Weber, Jonas Roth und Li Wu": {"Anna Weber", "Jonas Roth", "Li Wu"},
		"Par Claire Martin et Paul Henri":  {"Claire Martin", "Paul Henri"},
		"Por Ana García y Luis Pérez":      {"Ana García", "Luis Pérez"},
		"Sarah E. Needleman":               {"Sarah E. Needleman"},
		"Ilana Muhlstein, MS, RDN":         {"Ilana Muhlstein"},
		"admin":                            nil,
		"View all posts":                   nil,
		"More stories by Jane Doe":         nil,
		"AP":                               {"AP"}, // an agency as the byline itself
		"Anna Y. Lee and Tom Roe":          {"Anna Y. Lee", "Tom Roe"},
		"https://example.com/authors/jane": nil,
		"15 August 2020":                   nil,
	} {
		if got := meta.SplitAuthors(in); !reflect.DeepEqual(got, want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripSiteAffix(t *testing.T) {
	for _, tc := range []struct{ title, site, want string }{
		{"Harbour reopens after storm | Coast Courier", "Coast Courier", "Harbour reopens after storm"},
		{"Coast Courier - Harbour reopens after storm", "Coast Courier", "Harbour reopens after storm"},
		{"Harbour reopens after the winter storm – Courier", "", "Harbour reopens after the winter storm"},
		{"Brexit: what happens next", "The Paper", "Brexit: what happens next"},
		{"Cats - a history - and more", "", "Cats - a history - and more"},
	} {
		if got := meta.StripSiteAffix(tc.title, tc.site); got != tc.want {
			t.Errorf("stripSiteAffix(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}

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

func TestStandfirstNeedsAgreementAndAHeader(t *testing.T) {
	head := `<html><head><meta name="description" content="Crews worked through the night to shore up the defences."></head><body>`
	withHeader := metaOf(t, head+`<header><h1>Town evacuated</h1><p>Crews worked through the night to shore up the defences.</p></header>
<p>`+strings.Repeat("Body text of the story goes on. ", 10)+`</p></body></html>`)
	if withHeader.Subtitle != "Crews worked through the night to shore up the defences." {
		t.Errorf("standfirst in a header: got %q", withHeader.Subtitle)
	}
	long := strings.Repeat("More body text of the story goes on here. ", 4)
	inBody := metaOf(t, head+`<div><h1>Town evacuated</h1><p>Crews worked through the night to shore up the defences.</p>
<p>`+long+`</p><p>`+long+`</p><p>`+long+`</p></div></body></html>`)
	if inBody.Subtitle != "" {
		t.Errorf("a first body paragraph is no standfirst: got %q", inBody.Subtitle)
	}
}

func TestPageURL(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{`<!-- saved from url=(0031)https://news.example/a-story --><html><head><link rel="canonical" href="https://other.example/"></head></html>`, "https://news.example/a-story"},
		{"<!--\n Page saved with SingleFile \n url: https://news.example/single \n saved date: Sat Mar 09 2024\n--><html></html>", "https://news.example/single"},
		{`<html><head><link rel="canonical" href="https://news.example/c"><meta property="og:url" content="https://news.example/og"></head></html>`, "https://news.example/c"},
		{`<html><head><link rel="canonical" href="/relative"><meta property="og:url" content="https://news.example/og"></head></html>`, "https://news.example/og"},
		{`<html><head><base href="https://cdn.example/"></head></html>`, ""},
	} {
		node, _ := html.Parse(strings.NewReader(tc.page))
		got := ""
		if u := meta.Read(&dom.Document{Node: node}).PageURL(); u != nil {
			got = u.String()
		}
		if got != tc.want {
			t.Errorf("pageURL = %q, want %q\npage: %s", got, tc.want, tc.page)
		}
	}
}

func TestStandfirstCandidatesMustReadLikeOne(t *testing.T) {
	page := func(sub string) string {
		return `<html><head><meta name="author" content="Janie Har"></head><body><header><h1>Harbour reopens after the storm</h1>` + sub +
			`</header><p>` + strings.Repeat("The body of the story goes on here. ", 6) + `</p></body></html>`
	}
	for _, tc := range []struct{ name, sub, want string }{
		{"a marked standfirst", `<p class="article-dek">Divers cleared the channel overnight after four days of work</p>`,
			"Divers cleared the channel overnight after four days of work"},
		{"too short", `<p class="dek">Ports</p>`, ""},
		{"the headline again", `<p class="subtitle">Harbour reopens after the storm, officials say</p>`, ""},
		{"a breadcrumb", `<p class="subhead"><a href="/">News</a> » <a href="/uk">UK</a> » <a href="/uk/ports">Ports and shipping</a></p>`, ""},
		{"boilerplate", `<div class="subhead">Sign up for our newsletter</div>`, ""},
		{"a byline and date", `<p class="deck">JANIE HAR Nov. 20, 2019 Updated: Nov. 20, 2019</p>`, ""},
		{"far from the headline", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := page(tc.sub)
			if tc.name == "far from the headline" {
				src = strings.Replace(page(""), "</body>", `<aside><p class="dek">Divers cleared the channel overnight after four days</p></aside></body>`, 1)
			}
			if got := metaOf(t, src).Subtitle; got != tc.want {
				t.Errorf("subtitle = %q, want %q", got, tc.want)
			}
		})
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

func TestHasSubtitleName(t *testing.T) {
	for class, want := range map[string]bool{
		"article__standfirst": true, "c-dek": true, "sub-title": true, "subTitle": true, "story-subhead": true,
		"deck large": true, "Strapline": true, "header": false, "subtitles-off": false, "dekstop": false,
		"sub-nav": false, "list-style": false, "": false,
	} {
		if got := meta.HasSubtitleName(class); got != want {
			t.Errorf("hasSubtitleName(%q) = %v, want %v", class, got, want)
		}
	}
}
