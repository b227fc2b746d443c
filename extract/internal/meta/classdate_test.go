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
		{"a closed off-canvas panel's latest posts", "de", `<div class="offcanvas" aria-hidden="true"><ul><li><span class="post-date">03.11.2021</span> Herbstfest</li></ul></div>` + title + long, ""},
		{"a date badge hidden from screen readers", "de", title + `<div class="date-badge" aria-hidden="true"><span>12</span> <span>Mär</span> <span>2021</span></div>` + long, "2021-03-12"},
		{"a latest-posts block", "en", title + `<ul class="wp-block-latest-posts__list"><li><a href="/x">Another post</a><time datetime="2024-05-03T10:00:00Z" class="wp-block-latest-posts__post-date">May 3, 2024</time></li></ul>` + long, ""},
		{"a closed tab", "de", title + long + `<div class="tab-pane" style="display: none"><p class="date">03.11.2021</p></div>`, ""},
		{"an update", "de", title + `<div class="date">Aktualisiert am 03.02.2021</div>` + long, ""},
		{"two days in one element", "en", title + `<div class="dates">2 March 2022 – 9 March 2022</div>` + long, ""},
		{"a class that only contains the letters", "en", title + `<div class="update-candidate">2 March 2022</div>` + long, ""},
		{"a compound name", "de", title + long + `<div class="newsdatum">15.04.2024</div>`, "2024-04-15"},
		{"an English compound", "en", title + `<span class="articledate">March 2, 2022</span>` + long, "2022-03-02"},
		{"a compound in a related list", "de", title + long + `<div class="related-posts"><span class="newsdate">02.02.2024</span></div>`, ""},
		{"a theme's one date marked published and updated", "de", title + `<p><time class="entry-date published updated" datetime="2022-03-02T10:00:00+01:00">2. März 2022</time></p>` + long, "2022-03-02"},
		{"publication and edit side by side", "de", title + `<span class="posted-on"><a href="/p" rel="bookmark"><time class="entry-date published" datetime="2022-03-02T10:00:00+01:00">2. März 2022</time><time class="updated" datetime="2022-03-09T10:00:00+01:00">9. März 2022</time></a></span>` + long, "2022-03-02T10:00:00+01:00"},
		{"a relative date, the full one in its title", "de", title + `<span class="date" title="12. März 2021">vor 3 Tagen</span>` + long, "2021-03-12"},
		{"timeago's abbr", "en", title + `<abbr class="timeago" title="2021-03-12T10:00:00+01:00">3 days ago</abbr>` + long, "2021-03-12T10:00:00+01:00"},
		{"a day without its year, the year in its title", "pl", title + `<span class="post-date" title="12 marca 2021">12 marca</span>` + long, "2021-03-12"},
		{"a relative date alone", "fr", title + `<span class="date">il y a 3 jours</span>` + long, ""},
		{"a title that tells of the edit", "en", title + `<span class="date" title="Last updated March 14, 2021">3 days ago</span>` + long, ""},
		{"the edit first", "en", title + `<span class="posted-on"><time class="updated" datetime="2022-03-09T10:00:00+01:00">March 9, 2022</time><time class="entry-date published" datetime="2022-03-02T10:00:00+01:00">March 2, 2022</time></span>` + long, "2022-03-02T10:00:00+01:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := classedDate(parseRoot(t, datePage(tc.lang, "", tc.body)), nil, tc.lang)
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

// Blog themes print the post's date in the footer of its <article>, often
// beside the date of its last edit, or put the edit's <time
// class="updated"> first: the publication is read, and neither a comment's
// footer, a teaser's article nor the site's footer dates the page.
func TestArticleFooterAndEditTimes(t *testing.T) {
	long := strings.Repeat(`<p>`+storyText+`</p>`, 6)
	times := `<a href="/p" rel="bookmark"><time class="entry-date published" datetime="2023-06-18T09:30:00+02:00">18. Juni 2023</time><time class="updated" datetime="2023-07-02T17:45:00+02:00">2. Juli 2023</time></a>`
	for _, tc := range []struct{ name, body, want string }{
		{"the post's own footer", `<article><h1>Dachgarten eröffnet</h1>` + long + `<footer class="entry-footer"><span class="posted-on">` + times + `</span></footer></article>`, "2023-06-18"},
		{"the edit first, beside the headline", `<article><h1>Dachgarten eröffnet</h1><div class="entry-meta"><time class="updated" datetime="2023-07-02T17:45:00+02:00">2. Juli 2023</time> <time class="entry-date published" datetime="2023-06-18T09:30:00+02:00">18. Juni 2023</time></div>` + long + `</article>`, "2023-06-18"},
		{"a date element marked as the edit alone", `<article><h1>Dachgarten eröffnet</h1><ul><li class="modified-date"><time class="updated" datetime="2023-07-02T17:45:00+02:00">2. Juli 2023</time></li></ul>` + long + `</article>`, "2023-07-02"},
		{"a comment's footer", `<article><h1>Dachgarten eröffnet</h1>` + long + `</article><ol><li><article class="reply-body"><footer><span class="posted-on"><time datetime="2023-06-20T10:00:00+02:00">20. Juni 2023</time></span></footer><p>Schön!</p></article></li></ol>`, ""},
		{"another article's footer", `<article><h1>Dachgarten eröffnet</h1>` + long + `</article><article><h2>Mehr</h2><footer><span class="date">20.06.2023</span></footer></article>`, ""},
		{"teasers' articles below the post", `<article><h1>Dachgarten eröffnet</h1>` + long + `</article><section><h2>Weitere Beiträge</h2><article><h3><a href="/x">Ein anderer Garten</a></h3><span class="post-date">02.02.2024</span></article></section>`, ""},
		{"the site's footer", `<article><h1>Dachgarten eröffnet</h1>` + long + `</article><footer><span class="postdatum">20.06.2023</span></footer>`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := fieldsOf(t, datePage("de", "", tc.body)).Published
			if got[:min(10, len(got))] != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}
