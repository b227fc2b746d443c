package meta

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

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
// end, which gives the whole declared title when it is "Kicker -
// Headline" and declared so twice; a heading that holds a declared title
// after a kicker ("Opinion Headline"), which gives the declared one, or
// the end of a declared title after its kicker ("Recipe: Headline"), which
// gives the heading unless the JSON-LD headline and another declared title
// both hold the kicker, which gives the declared title; an <h1> that
// begins a declared title before a separator written without spaces or as
// a spaced colon ("Headline|Site", "Headline : Site"). Without agreement,
// the first declared title without its affix, unless it only repeats the
// <title> and is no JSON-LD headline, else the first <h1>.
func (m *pageMeta) chooseTitle(siteName string) (string, *html.Node) {
	title, h := m.pickTitle(siteName)
	return repairMojibake(title), h // a heading whose page was encoded twice
}

// pickTitle is chooseTitle before the repair of a title encoded twice.
func (m *pageMeta) pickTitle(siteName string) (string, *html.Node) {
	declared := m.declaredTitles()
	fromLogo, declaredSite := false, siteName
	if siteName == "" {
		// A page that declares no site name may still show it in a
		// heading marked as the site's title or logo: that names the
		// affix of its titles ("Site - Page") and the headings to skip.
		siteName = m.logoName()
		fromLogo = siteName != ""
	}
	// The heading that shows the structured data's own headline comes
	// first: a breadcrumb's or a header bar's heading may repeat the
	// <title> above it. An object's name (a recipe card's) is no headline.
	if ld := cleanTitle(m.LD.headline); ld != "" && !m.LD.named {
		for _, h := range m.headings {
			if ht := headingText(h); !m.siteHeading(h, siteName) &&
				(dom.SameText(ld, ht) || dom.SameText(stripSiteAffix(ld, siteName), ht)) {
				return ht, h
			}
		}
	}
	for _, h := range m.headings {
		ht := headingText(h)
		if m.siteHeading(h, siteName) {
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
		if m.siteHeading(h, siteName) {
			continue
		}
		for _, d := range declared {
			if titlePart(d, ht) {
				if siteName == "" {
					// Without a declared name, the short end that
					// stripSiteAffix takes for the site's is the site's
					// when a header's heading shows it ("Topic - Forum -
					// Site" under an <h1> "Site").
					if s := stripSiteAffix(d, ""); s != d && !dom.SameText(s, ht) && !titlePart(s, ht) {
						continue
					}
				}
				if rest, sub := m.entryAfterSite(d, ht); sub != nil {
					return rest, sub // "Site - Entry": the heading is the site's, the entry's below
				}
				if full := stripSiteAffix(d, siteName); kickerBefore(full, ht) && m.declaredTwice(full, siteName) {
					return full, h // "Kicker - Headline", declared so twice
				}
				return ht, h
			}
		}
	}
	for _, h := range m.headings {
		if m.siteHeading(h, siteName) {
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
					if m.declaredTwice(piece, siteName) || cp == ht+ht {
						// A kicker equal to the heading is no kicker but
						// the title's other half, a review's "Artist:
						// Album" of an album named after its artist.
						return piece, h // the kicker belongs to the headline the page declares
					}
					return headingText(h), h // the title has a kicker before the heading
				}
			}
		}
	}
	// An <h1> that begins a declared title, the rest set off by a
	// separator the patterns above do not split at ("Headline : Section :
	// Site", "Headline|Site", "标题-站点"): the rest is the site's affix.
	for _, h := range m.headings {
		if h.Data != "h1" {
			continue
		}
		ht := headingText(h)
		if m.siteHeading(h, siteName) {
			continue
		}
		for _, d := range declared {
			if headlineBeforeAffix(d, ht) {
				return ht, h
			}
			if full := stripSiteAffix(d, siteName); d == declared[0] && nameBeforeDescription(full, ht) {
				return full, h // "Name: what it is", the whole title
			}
		}
	}
	// first is the first <h1> that may be the story's; logo, the first
	// one that may be the site's title in a header, still marks where the
	// page's own dates and byline begin when no heading shows the title.
	var first, logo *html.Node
	for _, h := range m.headings {
		if h.Data != "h1" || m.isSiteName(headingText(h), declaredSite) {
			continue
		}
		if logo == nil {
			logo = h
		}
		if !m.siteHeading(h, siteName) {
			first = h
			break
		}
	}
	for i, d := range declared {
		if len(declared) > 1 && d == m.titleTag && first != nil && !(i == 0 && cleanTitle(m.LD.headline) != "" && !m.LD.named) {
			// A bare <title>, or a share title that only repeats it (one
			// SEO field written twice), is weaker than the page's own
			// <h1>. The JSON-LD headline is the article's own field: when
			// the <title> agrees with it, two sources declare the title.
			break
		}
		if t := stripSiteAffix(d, siteName); !m.isSiteName(t, siteName) {
			if first != nil && d == m.titleTag && m.homeLinkNamed(t) {
				break // the <title> is the name the logo shows: the site's
			}
			if first == nil {
				return t, logo
			}
			return t, first
		}
		// The site's name as the title (a section's page): the visible
		// headline or another declared title says more.
	}
	if first != nil {
		return headingText(first), first
	}
	if fromLogo && len(declared) > 0 {
		return declared[0], logo // the site's own page: its name is its title
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

// cleanTitle decodes entities a page escaped twice ("&quot;"), repairs
// UTF-8 read as Latin-1 or Windows-1252 ("MÃ¼nchen"), and drops
// the separator an empty kicker leaves at the start (": Headline").
func cleanTitle(t string) string {
	if strings.ContainsRune(t, '&') && rxEntity.MatchString(t) {
		t = html.UnescapeString(t)
	}
	t = repairMojibake(t)
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
// marks as a kicker ("<span class=label>Opinion</span> Headline") or a
// trailing one marked so (a "Premium" badge), and
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
	// A badge after the headline ("<span class=label>Premium</span>").
	last := h.LastChild
	for last != nil && last.Type == html.TextNode && strings.TrimSpace(last.Data) == "" {
		last = last.PrevSibling
	}
	if last != nil && last != first && last.Type == html.ElementNode && rxKickerClass.MatchString(dom.Attr(last, "class")) {
		if rest := strings.TrimSpace(strings.TrimSuffix(text, dom.NormalizeSpace(dom.TextOf(last)))); rest != "" && rest != text {
			return strings.TrimRight(rest, ":|-–—·•：｜ ")
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

// minAffixHeadline bounds the heading headlineBeforeAffix accepts, in
// letters and digits: a word or two of a menu's or a logo's heading are
// no headline.
const minAffixHeadline = 8

// headlineBeforeAffix reports whether title is heading followed by a
// separator and more: "|", "-", "_", "·", "•", "~" or "：", with or
// without spaces around it, or a colon or a long dash with a space before
// it, or a part in brackets ("Headline（2020年2月15日）", "Headline
// (Photos)") that the heading leaves out. A colon right after the heading
// ("Name: what it is") begins the title's own second half, and so does a
// long dash set close in English ("Headline—and what it means").
func headlineBeforeAffix(title, heading string) bool {
	if utf8.RuneCountInString(dom.Comparable(heading)) < minAffixHeadline || !strings.HasPrefix(title, heading) {
		return false
	}
	after := title[len(heading):]
	rest := strings.TrimLeft(after, " ")
	r, _ := utf8.DecodeRuneInString(rest)
	if strings.ContainsRune(":–—", r) && rest == after {
		return false
	}
	return strings.ContainsRune("|｜-–—－_·•~:：(（[［【", r) && dom.Comparable(rest) != ""
}

// kickerBefore reports whether title is heading after a kicker and a
// separator ("Kicker - Headline"), the kicker shorter than the heading.
func kickerBefore(title, heading string) bool {
	loc := rxSiteSeparator.FindStringIndex(title)
	if loc == nil || !dom.SameText(title[loc[1]:], heading) {
		return false
	}
	kicker := dom.WordCount(title[:loc[0]])
	return kicker > 0 && kicker <= maxTitleKickerWords && kicker < dom.WordCount(heading)
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
	if siteName != "" && len(title) > len(siteName) && strings.HasPrefix(title, siteName) {
		// "Site: Headline", Blogger's way, and "Site|Headline": a
		// prefix before a separator the patterns do not split at.
		rest := title[len(siteName):]
		// Not a hyphen: "Site-Affäre" is a word of the headline.
		if trimmed := strings.TrimLeft(rest, " _|·•~:：｜"); trimmed != "" && len(trimmed) < len(rest) && strings.ContainsAny(rest[:len(rest)-len(trimmed)], "_|·•~:：｜") {
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

// containsFolded reports whether the site name holds part as its end
// ("The Herald" holds "Herald") or as its first words, the name without
// an edition's or medium's word ("Example Shimbun Digital" holds "Example
// Shimbun", "日本経済新聞 電子版" holds "日本経済新聞").
func containsFolded(siteName, part string) bool {
	cp := dom.Comparable(part)
	if len(cp) < 4 {
		return false
	}
	if strings.HasSuffix(dom.Comparable(siteName), cp) {
		return true
	}
	words := strings.Fields(siteName)
	for k := 1; k < len(words); k++ {
		if dom.SameText(strings.Join(words[:k], " "), part) {
			return true
		}
	}
	return false
}

// siteHeading reports whether a heading shows the site rather than the
// page: the site's name, or a heading marked as the site's title or logo.
func (m *pageMeta) siteHeading(h *html.Node, siteName string) bool {
	return m.isSiteName(headingText(h), siteName) || logoHeading(h)
}

// rxLogoHeading is the class or id of a heading that holds the site's
// name in its header: WordPress's "site-title", Blogger's "blog-title",
// Bootstrap's "navbar-brand", a "logo".
var rxLogoHeading = rx.Compile(`(?i)(?:^|[\s_-])(?:(?:site|blog)[_-]?(?:title|name|logo|branding)|logo|brand(?:ing)?|masthead)(?:$|[\s_-])`)

// logoHeading reports whether h is the site's title or logo in its
// header: marked so by its class or id, or all of it a link to the site's
// home page ("/", rel=home), which no story's headline links to.
func logoHeading(h *html.Node) bool {
	if rxLogoHeading.MatchString(dom.Attr(h, "class")) || rxLogoHeading.MatchString(dom.Attr(h, "id")) {
		return true
	}
	a := h.FirstChild
	for a != nil && a.Type == html.TextNode && strings.TrimSpace(a.Data) == "" {
		a = a.NextSibling
	}
	if a == nil || a.Type != html.ElementNode || a.DataAtom != atom.A {
		return false
	}
	for n := a.NextSibling; n != nil; n = n.NextSibling {
		if n.Type != html.TextNode || strings.TrimSpace(n.Data) != "" {
			return false // the link is only part of the heading
		}
	}
	return homeLink(a)
}

// homeLink reports whether the link a leads to the site's home page: its
// address is the root ("/", "./", "index.html", "https://host/") or it
// says rel=home.
func homeLink(a *html.Node) bool {
	if dom.HasToken(dom.Attr(a, "rel"), "home") {
		return true
	}
	u, err := url.Parse(strings.TrimSpace(dom.Attr(a, "href")))
	if err != nil || u.RawQuery != "" || u.Fragment != "" {
		return false
	}
	switch u.Path {
	case "/", "./", "index.html", "/index.html", "index.php", "/index.php":
		return true
	case "":
		return u.Host != ""
	}
	return false
}

// logoName is the text of the first heading marked as the site's title or
// logo, "" when none is.
func (m *pageMeta) logoName() string {
	for _, h := range m.headings {
		if logoHeading(h) {
			if t := headingText(h); dom.Comparable(t) != "" {
				return t
			}
		}
	}
	return ""
}

// entryAfterSite reads a title written "Site - Entry" whose first part is
// the <h1> heading: a diary's or a blog's name above each of its pages.
// When the rest is longer than the heading and a lower heading on the
// page (h2 to h4) shows it, that heading is the entry's and the rest is
// the title.
func (m *pageMeta) entryAfterSite(title, heading string) (string, *html.Node) {
	loc := rxSiteSeparator.FindStringIndex(title)
	if loc == nil || !dom.SameText(title[:loc[0]], heading) {
		return "", nil
	}
	rest := strings.TrimSpace(title[loc[1]:])
	cr := dom.Comparable(rest)
	if utf8.RuneCountInString(cr) <= utf8.RuneCountInString(dom.Comparable(heading)) {
		return "", nil
	}
	var found *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Head, atom.Template:
				continue
			case atom.H2, atom.H3, atom.H4:
				if dom.Comparable(dom.TextOf(c)) == cr {
					found = c
				}
				continue
			}
			walk(c)
		}
	}
	walk(m.root)
	if found == nil {
		return "", nil
	}
	return rest, found
}

// nameBeforeDescription reports whether title is heading, a colon set
// close after it, and a description of three words or more, longer than
// the heading: a project's or a product's "Name: what it is", which
// titles the page as a whole.
func nameBeforeDescription(title, heading string) bool {
	if utf8.RuneCountInString(dom.Comparable(heading)) < minAffixHeadline || !strings.HasPrefix(title, heading) {
		return false
	}
	rest, ok := strings.CutPrefix(title[len(heading):], ": ")
	words := dom.WordCount(rest)
	return ok && words >= 3 && words > dom.WordCount(heading)
}

// maxHomeLinkTitle bounds the words of a <title> that homeLinkNamed
// compares with the home page's link: a name, not a headline.
const maxHomeLinkTitle = 6

// homeLinkNamed reports whether a link to the site's home page, the logo
// in its header, shows title as its text or its image's alt text: the
// <title> of a page that only names its site ("Greenway Dental" over an
// <h1> "Teeth whitening: what to expect").
func (m *pageMeta) homeLinkNamed(title string) bool {
	if dom.WordCount(title) > maxHomeLinkTitle || rxSiteSeparator.MatchString(title) || m.root == nil {
		return false
	}
	found := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Template:
				continue
			case atom.A:
				if homeLink(c) && (dom.SameText(dom.TextOf(c), title) || imageAltIs(c, title)) {
					found = true
				}
				continue
			}
			walk(c)
		}
	}
	walk(m.root)
	return found
}

// imageAltIs reports whether an image inside n has alt text that reads
// as text, ignoring a trailing "logo" ("Greenway Dental Logo").
func imageAltIs(n *html.Node, text string) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Img {
			alt := strings.TrimSpace(dom.Attr(c, "alt"))
			if dom.SameText(alt, text) || dom.SameText(strings.TrimSuffix(strings.TrimSuffix(alt, "logo"), "Logo"), text) {
				return true
			}
		}
		if imageAltIs(c, text) {
			return true
		}
	}
	return false
}

// cp1252High maps the characters Windows-1252 puts at 0x80-0x9F back to
// their bytes: UTF-8 read as Windows-1252 shows them ("â€™" for "’").
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// repairMojibake undoes UTF-8 that was decoded as Latin-1 or
// Windows-1252 on its way into a title ("MÃ¼nchen", "Itâ€™s"): a CMS
// that stored its titles so, or a page encoded twice. It changes s only
// when a lead byte's letter ("Ã", "Â", "â", "Å") comes before a
// continuation's, every character has a single byte in those charsets
// and the bytes are valid UTF-8 with a character of two bytes or more;
// "Ä°" in real Latin text would need the whole title to be read so.
func repairMojibake(s string) string {
	suspect := false
	prev := rune(0)
	for _, r := range s {
		if prev >= 0xC2 && prev <= 0xF4 && (r >= 0x80 && r <= 0xBF || cp1252High[r] != 0) {
			suspect = true
			break
		}
		prev = r
	}
	if !suspect {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x100:
			b = append(b, byte(r))
		case cp1252High[r] != 0:
			b = append(b, cp1252High[r])
		default:
			return s
		}
	}
	if !utf8.Valid(b) {
		return s
	}
	for _, r := range string(b) {
		if r >= 0x80 && r <= 0x9F {
			return s // C1 controls: no text's
		}
	}
	return string(b)
}
