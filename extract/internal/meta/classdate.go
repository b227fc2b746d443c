package meta

import (
	"slices"
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
// writers, and what the page hides (a closed tab, a panel hidden from
// assistive technology) are not read, though a date badge itself so
// hidden, beside its words for screen readers, is; an element named or
// labelled as an update gives no publication. Of the footers,
// only the one of the article that holds the headline h is read: blog
// themes print the post's date there, below its text. When the headline
// stands in an <article>, the other articles are teasers and comments.
func classedDate(root, h *html.Node, lang string) string {
	var own *html.Node
	if h != nil {
		own = dom.Ancestor(h, atom.Article)
	}
	var found string
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg, atom.Nav, atom.Aside,
			atom.Select, atom.Option, atom.Button, atom.Form, atom.Figure, atom.Figcaption, atom.A, atom.Head:
			return true
		case atom.Footer:
			if own == nil || dom.Ancestor(n, atom.Article) != own {
				return true
			}
		case atom.Article:
			if own != nil && !holds(n, own) {
				return true // a teaser's or a comment's article beside the headline's
			}
		}
		if n.Type == html.ElementNode {
			if dom.HasAttr(n, "hidden") || dom.HiddenByStyle(n) {
				return true // a closed tab or panel: no date the reader is shown
			}
			names := elementNames(n)
			if otherWriters(names) || customerReviews(names) {
				return true
			}
			if dom.Attr(n, "aria-hidden") == "true" && !namesDate(names) {
				return true // a closed off-canvas menu or overlay, with other posts' dates
			}
			if namesDate(names) && !namesOnlyUpdate(names) {
				// A <time> marked as the edit beside the publication: the
				// text runs both dates together, the publication's <time>
				// is read instead.
				d := ""
				if dom.FindFirst(n, func(e *html.Node) bool { return markedUpdate(e, elementNames(e)) }) == nil {
					d = shownDate(n, lang)
				}
				if d == "" {
					d = titleDate(n, lang)
				}
				if d = dom.FirstNonEmpty(d, publishedTime(n, lang)); d != "" {
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
	"publicationdate": true, "published": true, "timestamp": true, "posted": true, "postedon": true, "time": true,
	"timeago": true}

// namesDate reports whether a class or id list holds such a word, as a
// whole or as a part cut by '-' or '_' ("entry-date", "post_date"), or a
// compound that ends in one ("newsdate", "artikeldatum", "postDate").
func namesDate(names string) bool {
	for _, w := range strings.FieldsFunc(names, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if classDateWords[w] || dateCompound(w) {
			return true
		}
	}
	return false
}

// dateCompound reports a class word that joins a noun to "date" or
// "datum", as templates name the element with the item's date, and is
// none of the words that merely end so ("update", "validate",
// "candidate").
func dateCompound(w string) bool {
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "datum"):
		return true
	case len(w) > 6 && strings.HasSuffix(w, "date"):
		for _, not := range []string{"update", "validate", "candidate", "mandate", "accommodate", "consolidate", "liquidate"} {
			if strings.HasSuffix(w, not) {
				return false
			}
		}
		return true
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

// namesOnlyUpdate reports a class or id that names an update and not the
// publication: WordPress themes mark a post's one date "entry-date
// published updated" until it is edited, then print a second element
// marked "updated" alone, before or after the first.
func namesOnlyUpdate(names string) bool {
	return namesUpdate(names) && !strings.Contains(names, "publish")
}

// markedUpdate reports an element that a theme marks as the date of the
// last edit: a <time> or a date element named an update and not the
// publication ("updated", "modified-date").
func markedUpdate(n *html.Node, names string) bool {
	if !namesOnlyUpdate(names) {
		return false
	}
	return n.DataAtom == atom.Time || namesDate(names) || slices.Contains(strings.Fields(names), "updated")
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
// wrote or other pages: comments, related, recent or latest posts
// (WordPress's "wp-block-latest-posts"), widgets.
func otherWriters(names string) bool {
	for _, w := range []string{"comment", "kommentar", "reply", "related", "recent", "latest-post", "widget", "sidebar", "popular"} {
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

// publishedTime is the date of the first <time datetime> inside a date
// element whose text shows more than one date: a theme's "posted on"
// that prints the publication and the last edit side by side, the
// edit's <time> marked "updated" or labelled so.
func publishedTime(n *html.Node, lang string) string {
	var found string
	dom.FindFirst(n, func(e *html.Node) bool {
		if e.DataAtom != atom.Time || namesOnlyUpdate(elementNames(e)) {
			return false
		}
		if text := dom.TextOf(e); rxUpdatedLabel.MatchString(text) && !rxPublishedLabel.MatchString(text) {
			return false
		}
		found = timeDate(e, lang)
		return found != ""
	})
	return found
}

// titleDate is the full date a date element's title attribute gives when
// its text shows a relative or partial one ("vor 3 Tagen", "12. März"):
// scripts such as timeago write the exact date there for the tooltip.
func titleDate(n *html.Node, lang string) string {
	t := dom.Attr(n, "title")
	if t == "" || len(t) > 80 || rxUpdatedLabel.MatchString(t) {
		return ""
	}
	return dateIn(t, lang)
}
