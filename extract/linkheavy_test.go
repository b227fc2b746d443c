package extract

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pith-cli/pith/extract/internal/render"
)

// The deals round-up (testdata/pages/deals-roundup) keeps its paragraphs
// of shop links because they lead to other sites, several a paragraph.
// The same page with teaser-style links loses them: to the site's own
// pages, one link a paragraph, or with no page address to tell.
func TestOffsiteLinkParagraphs(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(pagesDir, "deals-roundup", "source.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(src)
	const item = "Forged chef's knife, 20 cm"
	shops := regexp.MustCompile(`https://[a-z.-]+\.example/`)
	ownSite := shops.ReplaceAllStringFunc(page, func(s string) string {
		if strings.Contains(s, "pantrynotes") {
			return s
		}
		return "https://www.pantrynotes.example/shop/"
	})
	oneLinkEach := regexp.MustCompile(`</a> <a `).ReplaceAllString(page, "</a></p>\n<p><a ")
	noAddress := regexp.MustCompile(`<link rel="canonical"[^>]*>`).ReplaceAllString(page, "")
	for _, tc := range []struct {
		name, page string
		keep       bool
	}{
		{"links to other sites, several a paragraph", page, true},
		{"links to the site's own pages", ownSite, false},
		{"one link a paragraph", oneLinkEach, false},
		{"no page address", noAddress, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.keep && tc.page == page {
				t.Fatal("the variant did not change the page")
			}
			art, err := Extract(strings.NewReader(tc.page), Options{})
			if err != nil && !errors.Is(err, ErrNotReadable) {
				t.Fatal(err)
			}
			if got := art != nil && strings.Contains(art.Text, item); got != tc.keep {
				t.Errorf("text holds the shop links: %v, want %v\n%s", got, tc.keep, art.Text)
			}
		})
	}
}

// A body that is nearly all link text is an index of links, not an
// article, unless its links lead off the site from paragraphs that list
// several of them and it has words of its own besides.
func TestLinkHeavyBody(t *testing.T) {
	const intro = `<p>Our editors looked through this week's offers and picked the ones worth your money; prices were checked on Friday morning.</p>`
	links := func(host string, perParagraph int) string {
		var b strings.Builder
		for p := range 6 {
			b.WriteString("<p>")
			for i := range perParagraph {
				b.WriteString(`<a href="https://` + host + `/item/` + string(rune('a'+p)) + string(rune('a'+i)) + `">A sturdy thing for the house with a long name and a low price, now $` + string(rune('1'+i)) + `9.99</a> `)
			}
			b.WriteString("</p>")
		}
		return b.String()
	}
	for _, tc := range []struct {
		name, body, url string
		heavy           bool
	}{
		{"several off-site links a paragraph", intro + links("shop.elsewhere.example", 3), "https://news.example/deals", false},
		{"the same links on the page's own site", intro + links("www.news.example", 3), "https://news.example/deals", true},
		{"one off-site link a paragraph", intro + links("shop.elsewhere.example", 1), "https://news.example/deals", true},
		{"page address unknown", intro + links("shop.elsewhere.example", 3), "", true},
		{"no words of its own", links("shop.elsewhere.example", 3), "https://news.example/deals", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := parseBody(t, tc.body)
			if got := linkHeavy(body, render.Text(body), tc.url); got != tc.heavy {
				t.Errorf("linkHeavy = %v, want %v", got, tc.heavy)
			}
		})
	}
}
