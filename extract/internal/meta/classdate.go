package meta

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// classedDate is the date a page's template marks as one by name: the
// first element, in page order, whose class or id names a date ("date",
// "post-date", "entry-date", "datum", "fecha", "publishDate") and whose
// short text shows one calendar date. Templates print the article's date
// in such an element whether or not the page has a headline to read
// around or a label before the date. Teaser rails, menus, links, footers,
// comment threads and readers' reviews, which date other pages and other
// writers, and what the page hides (a closed tab) are not read; an element
// named or labelled as an update gives no publication.
func classedDate(root *html.Node, lang string) string {
	var found string
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg, atom.Nav, atom.Aside, atom.Footer,
			atom.Select, atom.Option, atom.Button, atom.Form, atom.Figure, atom.Figcaption, atom.A, atom.Head:
			return true
		}
		if n.Type == html.ElementNode {
			if dom.HasAttr(n, "hidden") || dom.HiddenByStyle(n) {
				return true // a closed tab or panel: no date the reader is shown
			}
			names := elementNames(n)
			if otherWriters(names) || customerReviews(names) {
				return true
			}
			if namesDate(names) && !namesUpdate(names) {
				if d := shownDate(n, lang); d != "" {
					found = d
					return false
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(root)
	return found
}

// classDateWords are the class and id words that name a date element.
var classDateWords = map[string]bool{"date": true, "dates": true, "datum": true, "fecha": true, "data": true,
	"dateline": true, "datetime": true, "pubdate": true, "postdate": true, "publishdate": true, "publisheddate": true,
	"publicationdate": true, "published": true, "timestamp": true, "posted": true, "postedon": true, "time": true}

// namesDate reports whether a class or id list holds such a word, as a
// whole or as a part cut by '-' or '_' ("entry-date", "post_date").
func namesDate(names string) bool {
	for _, w := range strings.FieldsFunc(names, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if classDateWords[w] {
			return true
		}
	}
	return false
}

// customerReviews reports a block of readers' reviews and ratings, whose
// dates are their writers'. Only this last resort skips them: around the
// headline, a review article's own meta line may be named so.
func customerReviews(names string) bool {
	for _, w := range []string{"review", "rating", "bewertung", "rezension", "recensione"} {
		if strings.Contains(names, w) {
			return true
		}
	}
	return false
}

// namesUpdate reports a class or id that names a date of a change
// ("date-modified", "updated-date"), which is no publication.
func namesUpdate(names string) bool {
	for _, w := range []string{"modif", "updat", "change", "edited", "aktualis"} {
		if strings.Contains(names, w) {
			return true
		}
	}
	return false
}

// elementNames is an element's class and id, lower-cased, or "".
func elementNames(n *html.Node) string {
	class, id := dom.Attr(n, "class"), dom.Attr(n, "id")
	if class == "" && id == "" {
		return ""
	}
	return strings.ToLower(class + " " + id)
}

// otherWriters reports a class or id of a block that dates what others
// wrote or other pages: comments, related or recent teasers, widgets.
func otherWriters(names string) bool {
	for _, w := range []string{"comment", "kommentar", "reply", "related", "recent", "widget", "sidebar", "popular"} {
		if strings.Contains(names, w) {
			return true
		}
	}
	return false
}

// shownDate is the one calendar date an element's short text shows, or
// "": none, two different ones, or one labelled as an update.
func shownDate(n *html.Node, lang string) string {
	text := dom.NormalizeSpace(dom.TextOf(n))
	if text == "" || len(text) > 100 {
		return ""
	}
	text = asciiDigits(text)
	ds := findTextDates(text, lang)
	if len(ds) == 0 {
		return ""
	}
	for _, d := range ds[1:] {
		if d.Date != ds[0].Date {
			return ""
		}
	}
	if rxUpdatedLabel.MatchString(text) && labelBefore(strings.ToLower(text[:min(len(text), ds[0].start)])) != publishedDate {
		return ""
	}
	return ds[0].Date
}
