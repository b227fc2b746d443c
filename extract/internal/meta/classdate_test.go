package meta

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// A date the template marks by its class or id dates the page when no
// other source does, wherever the headline is (or is not); comments,
// teaser rails, links and update lines do not.
func TestClassedDate(t *testing.T) {
	long := strings.Repeat(`<p>`+storyText+`</p>`, 3)
	title := `<div class="titel">Dachgarten eröffnet</div>`
	for _, tc := range []struct{ name, lang, body, want string }{
		{"entry-date without a headline", "en", title + `<div class="entry-date">14 March 2022</div>` + long, "2022-03-14"},
		{"id names the date", "es", title + `<span id="fecha">12/05/2021</span>` + long, "2021-05-12"},
		{"camel case", "de", title + `<p class="publishDate">03.02.2021</p>` + long, "2021-02-03"},
		{"only a comment's date", "de", title + long + `<div class="comment-list"><span class="datum">04.09.2020</span> Danke!</div>`, ""},
		{"only a related teaser's date", "en", title + long + `<div class="related-posts"><span class="date">2 March 2022</span></div>`, ""},
		{"a date inside a link is another page's", "en", title + long + `<p><a href="/p/2"><span class="date">2 March 2022</span> Older post</a></p>`, ""},
		{"a class naming the change", "en", title + `<span class="date-modified">2 March 2022</span>` + long, ""},
		{"readers' reviews", "de", title + long + `<div class="product-reviews"><p>Sehr gut</p><p class="item-date">03.11.2021</p></div>`, ""},
		{"a closed tab", "de", title + long + `<div class="tab-pane" style="display: none"><p class="date">03.11.2021</p></div>`, ""},
		{"an update", "de", title + `<div class="date">Aktualisiert am 03.02.2021</div>` + long, ""},
		{"two days in one element", "en", title + `<div class="dates">2 March 2022 – 9 March 2022</div>` + long, ""},
		{"a class that only contains the letters", "en", title + `<div class="update-candidate">2 March 2022</div>` + long, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := classedDate(parseRoot(t, datePage(tc.lang, "", tc.body)), tc.lang)
			if got != tc.want {
				t.Errorf("classedDate = %q, want %q", got, tc.want)
			}
		})
	}
}

// A comment's date below a headline is no date of the page.
func TestNearHeadlineSkipsComments(t *testing.T) {
	long := strings.Repeat(`<p>`+storyText+`</p>`, 2)
	page := datePage("de", "", `<article><h1>Dachgarten eröffnet</h1>`+long+`</article><div class="kommentare"><p class="name">Helga <span>04.09.2020</span></p></div>`)
	if got := fieldsOf(t, page).Published; got != "" {
		t.Errorf("published = %q, want none", got)
	}
}

func parseRoot(t *testing.T, page string) *html.Node {
	t.Helper()
	n, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return n
}
