package meta

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/rx"
)

// maxTitleKickerWords bounds a kicker before a headline ("Opinion", "Recipe:").
const maxTitleKickerWords = 3

// maxHeadings bounds the h1 and h2 elements kept as headline candidates.
const maxHeadings = 12

// chooseTitle picks the article's headline by agreement between the titles
// the page declares (JSON-LD headline, og:title, twitter:title, <title>
// and the like) and its visible headings. It returns the title and the
// heading that shows it (nil when none does).
//
// In order: a heading equal to a declared title, with or without its
// site-name affix; a heading equal to one part of a declared title split
// at its separators ("Headline - Section - Site"), or to its beginning or
// end; a heading that holds a declared title after a kicker ("Opinion
// Headline"), which gives the declared one, or the end of a declared title
// after its kicker ("Recipe: Headline"), which gives the heading unless
// the JSON-LD headline and another declared title both hold the kicker,
// which gives the declared title. Without agreement, the first
// declared title without its affix, else the first <h1>.
func (m *pageMeta) chooseTitle(siteName string) (string, *html.Node) {
	declared := m.declaredTitles()
	// The heading that shows the structured data's own headline comes
	// first: a breadcrumb's or a header bar's heading may repeat the
	// <title> above it. An object's name (a recipe card's) is no headline.
	if ld := cleanTitle(m.LD.headline); ld != "" && !m.LD.named {
		for _, h := range m.headings {
			if ht := headingText(h); !m.isSiteName(ht, siteName) &&
				(dom.SameText(ld, ht) || dom.SameText(stripSiteAffix(ld, siteName), ht)) {
				return ht, h
			}
		}
	}
	for _, h := range m.headings {
		ht := headingText(h)
		if m.isSiteName(ht, siteName) {
			continue // a logo's heading: the site, not the story
		}
		for _, d := range declared {
			if dom.SameText(d, ht) || dom.SameText(stripSiteAffix(d, siteName), ht) {
				return ht, h
			}
		}
	}
	for _, h := range m.headings {
		ht := headingText(h)
		if m.isSiteName(ht, siteName) {
			continue
		}
		for _, d := range declared {
			if titlePart(d, ht) {
				return ht, h
			}
		}
	}
	for _, h := range m.headings {
		if m.isSiteName(headingText(h), siteName) {
			continue
		}
		ht := dom.Comparable(headingText(h))
		for _, d := range declared {
			for _, piece := range titlePieces(stripSiteAffix(d, siteName)) {
				cp, words := dom.Comparable(piece), dom.WordCount(piece)
				switch {
				case words < 3:
				case strings.HasSuffix(ht, cp) && dom.WordCount(headingText(h))-words <= maxTitleKickerWords:
					return piece, h // the heading has a kicker before the title
				case strings.HasSuffix(cp, ht) && dom.WordCount(headingText(h)) >= 3 &&
					(words-dom.WordCount(headingText(h)) <= maxTitleKickerWords || markedKicker(h)):
					if m.declaredTwice(piece, siteName) {
						return piece, h // the kicker belongs to the headline the page declares
					}
					return headingText(h), h // the title has a kicker before the heading
				}
			}
		}
	}
	var first *html.Node
	for _, h := range m.headings {
		if h.Data == "h1" && !m.isSiteName(headingText(h), siteName) {
			first = h
			break
		}
	}
	for _, d := range declared {
		if len(declared) > 1 && d == m.titleTag && first != nil {
			break // a bare <title> is weaker than the page's own <h1>
		}
		if t := stripSiteAffix(d, siteName); !m.isSiteName(t, siteName) {
			return t, first
		}
		// The site's name as the title (a section's page): the visible
		// headline or another declared title says more.
	}
	if first != nil {
		return headingText(first), first
	}
	return "", nil
}

// declaredTitles lists the page's declared titles, strongest first.
func (m *pageMeta) declaredTitles() []string {
	var out []string
	for _, t := range []string{m.LD.headline, m.meta("og:title"), m.meta("twitter:title"),
		m.meta("parsely-title", "sailthru.title", "dc.title", "title"), m.titleTag} {
		if t = cleanTitle(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// declaredTwice reports whether the structured data's headline and the
// page's share or document title both declare title, site-name affixes
// aside. A kicker that the page writes into its headline in two
// independent places ("Kicker: Headline") is part of the headline as
// published, even where the visible heading sets it apart; one source
// alone may be a feed's or a share card's rewording.
func (m *pageMeta) declaredTwice(title, siteName string) bool {
	if d := cleanTitle(m.LD.headline); !dom.SameText(d, title) && !dom.SameText(stripSiteAffix(d, siteName), title) {
		return false
	}
	for _, d := range []string{m.meta("og:title"), m.titleTag} {
		// The whole title, or its beginning before a site's name that
		// stripSiteAffix keeps ("Headline | The Long Name of a Paper").
		for _, piece := range titlePieces(stripSiteAffix(cleanTitle(d), siteName)) {
			if dom.SameText(piece, title) {
				return true
			}
		}
	}
	return false
}

// rxEntity is an entity left in a title that was escaped twice.
var rxEntity = rx.Compile(`&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});`)

// cleanTitle decodes entities a page escaped twice ("&quot;") and drops
// the separator an empty kicker leaves at the start (": Headline").
func cleanTitle(t string) string {
	if strings.ContainsRune(t, '&') && rxEntity.MatchString(t) {
		t = html.UnescapeString(t)
	}
	return strings.TrimSpace(strings.TrimLeft(t, ":|-–—·•：｜ "))
}

// isSiteName reports whether a title is only the site's name: its declared
// name, or its host's main label ("The Daily Example", "dailyexample").
func (m *pageMeta) isSiteName(title, siteName string) bool {
	if title == "" {
		return false
	}
	if siteName != "" && dom.SameText(title, siteName) {
		return true
	}
	host := m.hostLabel()
	if host == "" {
		return false
	}
	if squeeze.Replace(dom.Comparable(title)) == host {
		return true
	}
	// A logo's heading that says the name twice (an image's text and the
	// words beside it): "Example Example".
	words := strings.Fields(title)
	for _, w := range words {
		if squeeze.Replace(dom.Comparable(w)) != host {
			return false
		}
	}
	return len(words) > 1
}

// headingText is a heading's text without a leading label that the page
// marks as a kicker ("<span class=label>Opinion</span> Headline") and
// without the mark of a permalink that documentation tools end headings
// with ("Install¶").
func headingText(h *html.Node) string {
	text := fullHeadingText(h)
	first := h.FirstChild
	for first != nil && first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
		first = first.NextSibling
	}
	if first != nil && first.Type == html.ElementNode && first.NextSibling != nil && rxKickerClass.MatchString(dom.Attr(first, "class")) {
		if rest := strings.TrimSpace(strings.TrimPrefix(text, dom.NormalizeSpace(dom.TextOf(first)))); rest != "" {
			return strings.TrimLeft(rest, ":|-–—·•：｜ ") // the separator after the kicker
		}
	}
	return text
}

// markedKicker reports whether the heading marks a kicker of its own,
// which the declared title holds too, however long.
func markedKicker(h *html.Node) bool {
	return headingText(h) != fullHeadingText(h)
}

// fullHeadingText is a heading's whole text, less a permalink's mark.
func fullHeadingText(h *html.Node) string {
	return strings.TrimRight(dom.NormalizeSpace(dom.TextOf(h)), " ¶🔗⚓\u200b")
}

var rxKickerClass = rx.Compile(`(?i)label|kicker|eyebrow|overline|flag|rubric|category|topic`)

// titlePieces lists a title, its parts between separators, and its
// beginnings and ends up to a separator.
func titlePieces(title string) []string {
	pieces := append([]string{title}, rxSiteSeparator.Split(title, -1)...)
	for _, loc := range rxSiteSeparator.FindAllStringIndex(title, -1) {
		pieces = append(pieces, title[:loc[0]], title[loc[1]:])
	}
	return append(pieces, cjkUnderscorePieces(title)...)
}

// cjkUnderscorePieces splits a title at the "_" that CJK sites write
// between headline, section and site ("标题_栏目_站点"): an underscore
// between two letters outside ASCII, never one inside a Latin word. It
// gives the parts and the beginnings up to each underscore, but not the
// last part, the site's name, which a logo's heading also shows.
func cjkUnderscorePieces(title string) []string {
	if !strings.Contains(title, "_") {
		return nil
	}
	var pieces []string
	start := 0
	for i := 0; i < len(title); i++ {
		if title[i] != '_' || i == 0 || i+1 >= len(title) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(title[:i])
		after, _ := utf8.DecodeRuneInString(title[i+1:])
		if before < utf8.RuneSelf || after < utf8.RuneSelf {
			continue
		}
		pieces = append(pieces, title[start:i], title[:i])
		start = i + 1
	}
	return pieces // the part after the last underscore is the site's name
}

// titlePart reports whether heading is one part of title split at its
// separators, or the title's beginning or end up to a separator.
func titlePart(title, heading string) bool {
	ch := dom.Comparable(heading)
	if ch == "" {
		return false
	}
	for _, piece := range titlePieces(title)[1:] {
		if dom.Comparable(piece) == ch {
			return true
		}
	}
	return false
}

// rxSiteSeparator is what stands between a headline and its site or
// section: ASCII separators between spaces, and the full-width ones
// (｜ － ：) that CJK titles write without spaces.
var rxSiteSeparator = rx.Compile(`\s+(?:[|\-–—·»«/•~]{1,2}|::)\s+|[｜－：]`)

// stripSiteAffix removes a site name before or after a title ("Headline |
// Site", "Site - Headline", "Headline | Section | Site").
func stripSiteAffix(title, siteName string) string {
	if siteName != "" && len(title) > len(siteName) && strings.HasSuffix(title, siteName) {
		// "标题_站点": a site suffix after a separator the patterns do not
		// split at ("_", or ASCII separators without spaces).
		rest := title[:len(title)-len(siteName)]
		if trimmed := strings.TrimRight(rest, " _|-–—·•~:：｜－"); trimmed != "" && len(trimmed) < len(rest) && strings.ContainsAny(rest[len(trimmed):], "_|-–—·•~:：｜－") {
			return trimmed
		}
	}
	parts := rxSiteSeparator.Split(title, -1)
	if len(parts) < 2 {
		return title
	}
	seps := rxSiteSeparator.FindAllStringIndex(title, -1)
	last, first := parts[len(parts)-1], parts[0]
	switch {
	case siteName != "" && (dom.SameText(last, siteName) || containsFolded(siteName, last)):
		return stripSiteAffix(strings.TrimSpace(title[:seps[len(seps)-1][0]]), "")
	case siteName != "" && (dom.SameText(first, siteName) || containsFolded(siteName, first)):
		return strings.TrimSpace(title[seps[0][1]:])
	case len(strings.Fields(last)) <= 3 && len(strings.Fields(first)) > 3:
		// A short trailing part after a long headline is a site name.
		return strings.TrimSpace(title[:seps[len(seps)-1][0]])
	}
	return title
}

// containsFolded reports whether the site name holds part as a whole
// ("The Herald" holds "Herald").
func containsFolded(siteName, part string) bool {
	cp := dom.Comparable(part)
	return len(cp) >= 4 && strings.HasSuffix(dom.Comparable(siteName), cp)
}
