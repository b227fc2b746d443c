package meta

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pith-cli/pith/internal/publicsuffix"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
	"github.com/pith-cli/pith/internal/rx"
)

// pageMeta is what one walk over the untouched tree collects, before
// cleaning and readability remove bylines and dates.
type pageMeta struct {
	lang        string
	titleTag    string
	metas       map[string][]string // lower-cased name, property, itemprop or http-equiv → contents, in page order
	canonical   string
	SavedFrom   string // the saved page's own record of its address
	LD          ldArticle
	headings    []*html.Node    // the first h1 and h2 elements with text: headline candidates
	h1          *html.Node      // the headline chosen among them, once the title is chosen
	itemAuthors []string        // itemprop=author texts
	itemScopes  []*html.Node    // the article-typed item each of itemAuthors belongs to, or nil
	items       []*html.Node    // the page's article-typed microdata items, in page order (bounded)
	subtitles   []*html.Node    // elements the page marks as its standfirst
	root        *html.Node      // the document, for the text date fallbacks
	localTimes  []string        // <time datetime> values as written, for the page's own zone
	tagLinks    []*html.Node    // links to tag and category pages: their texts are never authors
	editors     map[string]bool // names the page credits as its editors (dom.Comparable): never its authors
	host        *string         // hostLabel, once worked out
}

// Read walks the tree once and collects the page's metadata.
func Read(doc *dom.Document) *pageMeta {
	m := &pageMeta{metas: map[string][]string{}}
	var ldScripts []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if len(n.Data) < maxEditorLine && len(m.editors) < maxEditors {
				m.noteEditor(n)
			}
		case html.CommentNode:
			if m.SavedFrom == "" {
				m.SavedFrom = savedFromURL(n.Data)
			}
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Html:
				m.lang = dom.Attr(n, "lang")
				if m.lang == "" {
					m.lang = dom.Attr(n, "xml:lang")
				}
			case atom.Title:
				if m.titleTag == "" && !dom.HasAncestor(n, atom.Svg) {
					m.titleTag = dom.NormalizeSpace(dom.TextOf(n))
				}
			case atom.Meta:
				m.addMeta(n)
			case atom.Link:
				if dom.HasToken(dom.Attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(dom.Attr(n, "href"))
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(dom.Attr(n, "type")), "application/ld+json") {
					ldScripts = append(ldScripts, dom.TextOf(n))
				}
				return
			case atom.Style, atom.Template:
				return
			case atom.Time:
				if v := dom.Attr(n, "datetime"); v != "" && len(m.localTimes) < 8 {
					m.localTimes = append(m.localTimes, v)
				}
			case atom.A:
				if len(m.tagLinks) < maxTagLinks && isTagLink(n) {
					m.tagLinks = append(m.tagLinks, n)
				}
			case atom.H1, atom.H2:
				if len(m.headings) < maxHeadings && dom.HasText(n) {
					m.headings = append(m.headings, n)
				}
			}
			if len(m.items) < maxItems && dom.HasAttr(n, "itemscope") && isArticleItem(n) {
				m.items = append(m.items, n)
			}
			if ip := dom.Attr(n, "itemprop"); ip != "" && n.DataAtom != atom.Meta {
				m.addItemprop(n, ip)
			} else if p := dom.Attr(n, "property"); p != "" && n.DataAtom != atom.Meta {
				m.addRDFa(n, p)
			}
			if hasSubtitleName(dom.Attr(n, "class")) {
				m.subtitles = append(m.subtitles, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc.Node)
	m.root = doc.Node
	m.LD = parseJSONLD(ldScripts)
	return m
}

// maxEditorLine bounds the text read as an editor's credit line, and
// maxEditors the editors kept.
const (
	maxEditorLine = 100
	maxEditors    = 8
)

// rxEditorLine is an editor's credit on a page: "Editor: Name", "Edited
// by Name", "Redaktion: Name", "编辑：Name", with the name after it or in
// the element that follows ("Editor : <a>Name</a>"). A noun needs its
// colon: "Editor's picks" credits no one.
var rxEditorLine = rx.Compile(`(?i)(?:^|[\s|·•,;(])(?:(?:editors?|editora|redakteur(?:in)?|redaktion|redacción|redação|redazione|redactie|eindredactie|redakcja|redaktor|редактор|編集|编辑|責編|责编|編集担当|责任编辑|편집)\s*[:：]|(?:edited|editing)\s+by|bearbeitet\s+von|redigiert\s+von|editado\s+por|édité\s+par)\s*(.*)$`)

// editorStems are pieces of every editor's label rxEditorLine knows, in
// the cases pages print them: a text holding none is no credit, and most
// texts are told so without the pattern.
var editorStems = []string{"dit", "DIT", "edak", "EDAK", "edac", "EDAC", "edaz", "EDAZ", "edig", "EDIG",
	"arbeit", "ARBEIT", "едакт", "ЕДАКТ", "編集", "编辑", "責編", "责编", "편집"}

// noteEditor records the names an editor's credit line gives.
func (m *pageMeta) noteEditor(n *html.Node) {
	d := n.Data
	if strings.IndexByte(d, ':') < 0 && !strings.Contains(d, "：") && !strings.Contains(d, " by ") &&
		!strings.Contains(d, " von ") && !strings.Contains(d, " por ") && !strings.Contains(d, " par ") {
		return // every credit has its colon or its "by"
	}
	if !slices.ContainsFunc(editorStems, func(s string) bool { return strings.Contains(d, s) }) {
		return
	}
	g := rxEditorLine.FindStringSubmatch(n.Data)
	if g == nil {
		return
	}
	name := strings.TrimSpace(g[1])
	if name == "" {
		for s := n.NextSibling; s != nil && name == ""; s = s.NextSibling {
			name = dom.NormalizeSpace(dom.TextOf(s))
		}
	}
	m.addEditor(name)
}

func (m *pageMeta) addEditor(name string) {
	for _, e := range SplitAuthors(name) {
		if m.editors == nil {
			m.editors = map[string]bool{}
		}
		m.editors[dom.Comparable(e)] = true
	}
}

// subtitleNames are the class words of a standfirst.
var subtitleNames = map[string]bool{"standfirst": true, "subtitle": true, "subheadline": true, "subhead": true,
	"dek": true, "deck": true, "strapline": true}

// hasSubtitleName reports whether a class value names a standfirst: one of
// subtitleNames, or "sub" then "title", "headline" or "head" ("sub-title",
// "subTitle"), among its words.
func hasSubtitleName(class string) bool {
	if !mayNameSubtitle(class) {
		return false
	}
	prev := ""
	for w := range lexicon.NameWordsOf(class) {
		if subtitleNames[w] || prev == "sub" && (w == "title" || w == "headline" || w == "head") {
			return true
		}
		prev = w
	}
	return false
}

// mayNameSubtitle reports whether class could hold a standfirst's name:
// every one holds "sub", "dek", "deck", "standfirst" or "strapline" in
// some case. Most class values hold none, and are not split into words.
// (A value with non-ASCII letters is split: a few fold to ASCII ones.)
func mayNameSubtitle(class string) bool {
	for i := 0; i < len(class); i++ {
		switch c := class[i]; {
		case c >= utf8.RuneSelf:
			return true
		case c|0x20 == 's':
			if hasFoldAt(class, i+1, "ub") || hasFoldAt(class, i+1, "tandfirst") || hasFoldAt(class, i+1, "trapline") {
				return true
			}
		case c|0x20 == 'd':
			if hasFoldAt(class, i+1, "ek") || hasFoldAt(class, i+1, "eck") {
				return true
			}
		}
	}
	return false
}

// hasFoldAt reports whether s holds word (lower-case ASCII letters) at i,
// in any case.
func hasFoldAt(s string, i int, word string) bool {
	if len(s)-i < len(word) {
		return false
	}
	for j := 0; j < len(word); j++ {
		if s[i+j]|0x20 != word[j] {
			return false
		}
	}
	return true
}

func (m *pageMeta) addMeta(n *html.Node) {
	content := strings.TrimSpace(dom.Attr(n, "content"))
	if content == "" {
		content = strings.TrimSpace(dom.Attr(n, "value")) // some CMSs write sailthru.date's value so
	}
	if content == "" {
		return
	}
	for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
		if k := strings.ToLower(strings.TrimSpace(dom.Attr(n, key))); k != "" {
			m.metas[k] = append(m.metas[k], content)
		}
	}
}

// addItemprop records microdata outside <meta>: authors and dates.
func (m *pageMeta) addItemprop(n *html.Node, prop string) {
	switch prop {
	case "author", "creator":
		if dom.HasAncestor(n, atom.Figure) || n.DataAtom == atom.Figcaption || dom.HasAncestor(n, atom.Figcaption) {
			return // a picture's credit, not the article's author
		}
		name := n
		if c := dom.FindFirst(n, func(c *html.Node) bool { return dom.Attr(c, "itemprop") == "name" }); c != nil {
			name = c
		}
		if dom.HasAncestor(n, atom.Aside) || dom.HasAncestor(n, atom.Nav) {
			return // a teaser's author in a sidebar or a menu
		}
		v := dom.Attr(name, "content")
		if v == "" && (name.DataAtom == atom.Meta || name.DataAtom == atom.Data) {
			v = dom.Attr(name, "value") // <data value>, and a <meta> some CMSs write so
		}
		if v == "" {
			v = dom.NormalizeSpace(dom.TextOf(name))
		}
		if v == "" && name != n {
			v = dom.NormalizeSpace(dom.TextOf(n)) // an empty name element beside the visible name
		}
		m.itemAuthors = append(m.itemAuthors, v)
		m.itemScopes = append(m.itemScopes, articleScope(n))
	case "datePublished", "dateModified", "dateCreated":
		m.addDateProp(n, prop)
	case "alternativeHeadline":
		m.subtitles = append(m.subtitles, n)
	}
}

// articleScope is the microdata item n's property belongs to when that
// item is an article (itemtype NewsArticle, BlogPosting, …), else nil.
func articleScope(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode || !dom.HasAttr(p, "itemscope") {
			continue
		}
		if isArticleItem(p) {
			return p
		}
		return nil
	}
	return nil
}

// maxItems bounds the article items kept.
const maxItems = 32

// isArticleItem reports whether an itemscope's itemtype is an article's.
func isArticleItem(n *html.Node) bool {
	t := strings.TrimSpace(dom.Attr(n, "itemtype"))
	if i := strings.LastIndexAny(t, "/#:"); i >= 0 {
		t = t[i+1:]
	}
	return articleTypes[t]
}

// itemAuthorNames are the microdata authors of the page's own article:
// those of another article's item (a related story's teaser marked up as
// a NewsArticle of its own) go. The page's article is the item that holds
// the headline, else the first article item.
func (m *pageMeta) itemAuthorNames() []string {
	var main *html.Node
	for _, s := range m.items {
		if main == nil || m.h1 != nil && holds(s, m.h1) {
			main = s
		}
	}
	var out []string
	for i, name := range m.itemAuthors {
		if s := m.itemScopes[i]; s == nil || s == main {
			out = append(out, name)
		}
	}
	return out
}

// holds reports whether n is anc or inside it.
func holds(anc, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == anc {
			return true
		}
	}
	return false
}

// addDateProp records a date that microdata or RDFa puts on any element:
// its datetime or content attribute, else the date its text shows.
func (m *pageMeta) addDateProp(n *html.Node, prop string) {
	v := dom.FirstNonEmpty(dom.Attr(n, "datetime"), dom.Attr(n, "content"))
	if n.DataAtom == atom.Time && dom.Attr(n, "datetime") != "" {
		v = dom.FirstNonEmpty(timeDate(n, m.lang), v)
	}
	if v == "" {
		if text := dom.NormalizeSpace(dom.TextOf(n)); len(text) < 80 {
			if ds := findTextDates(asciiDigits(text), m.lang); len(ds) > 0 {
				v = ds[0].Date
			}
		}
	}
	if prop == "dateCreated" {
		prop = "datePublished" // the article's creation is its first publication
	}
	if v != "" {
		m.metas[strings.ToLower(prop)] = append(m.metas[strings.ToLower(prop)], v)
	}
}

// addRDFa records RDFa dates outside <meta>: property="schema:dateCreated"
// content="…", "dc:date", "dcterms:created" and the like.
func (m *pageMeta) addRDFa(n *html.Node, property string) {
	for _, p := range strings.Fields(property) {
		if i := strings.LastIndexAny(p, ":/#"); i >= 0 {
			p = p[i+1:]
		}
		switch strings.ToLower(p) {
		case "datepublished", "datecreated", "created", "issued", "date":
			m.addDateProp(n, "datePublished")
			return
		case "datemodified", "modified":
			m.addDateProp(n, "dateModified")
			return
		}
	}
}

// metaEach returns the first content of each of keys that has one, in the
// order of keys: a later key is read when an earlier one holds no date.
func (m *pageMeta) metaEach(keys ...string) []string {
	var out []string
	for _, k := range keys {
		if v := m.metas[k]; len(v) > 0 {
			out = append(out, dom.NormalizeSpace(v[0]))
		}
	}
	return out
}

// The metas that carry the publication date, most specific first: Open
// Graph and its variants, schema.org names, Dublin Core, the date metas of
// common CMSs and analytics tags; "date" alone last.
var publishedMetas = []string{"article:published_time", "og:published_time", "article:published",
	"og:article:published_time", "article:published_date", "article:publicationdate", "article:post_date",
	"datepublished", "datecreated", "date_published", "date_created", "dateposted", "pubdate", "og:pubdate",
	"publishdate", "publish-date", "publish_date", "og:publish_date", "publish_time", "published_time",
	"published_date", "published-date", "publisheddate", "publication_date", "originalpublicationdate",
	"dc.date", "dc.date.issued", "dc.date.created", "dc.date.publication", "dc.created", "dc:date", "dc:created",
	"dcterms.created", "dcterms.issued", "dcterms.date", "parsely-pub-date", "sailthru.date",
	"citation_publication_date", "citation_date", "rnews:datepublished", "bt:pubdate", "displaydate", "date"}

// The metas that carry the last modification.
var modifiedMetas = []string{"article:modified_time", "og:updated_time", "og:modified_time", "article:modified",
	"og:article:modified_time", "datemodified", "dcterms.modified", "dc.modified", "last-modified", "lastmodified"}

// meta returns the first non-empty content among keys.
func (m *pageMeta) meta(keys ...string) string {
	for _, k := range keys {
		if v := m.metas[k]; len(v) > 0 {
			return dom.NormalizeSpace(v[0])
		}
	}
	return ""
}

// Fields are the metadata of a page, as extract's Article carries them.
type Fields struct {
	Title, Subtitle    string
	Authors            []string
	SiteName           string
	Published          string
	Modified           string
	Language           string
	Description, Image string
	Tags, Categories   []string
}

// Article assembles the metadata fields of an Article.
func (m *pageMeta) Article() *Fields {
	a := &Fields{}
	a.SiteName = dom.FirstNonEmpty(m.meta("og:site_name"), m.LD.publisher, m.meta("application-name"), m.LD.siteName)
	a.Title, m.h1 = m.chooseTitle(a.SiteName)
	a.Description = dom.FirstNonEmpty(m.meta("description", "og:description", "twitter:description"), m.LD.description)
	a.Language = normalizeLanguage(dom.FirstNonEmpty(m.lang, m.meta("content-language", "language", "dc.language"), m.LD.language, m.meta("og:locale")))
	var zone []*html.Node
	if m.h1 != nil {
		zone = headlineZone(m.h1)
	}
	a.Authors = m.authors(zone, a.SiteName)
	a.Subtitle = m.standfirst(a.Title, a.Description, a.Authors)
	seenPublished, seenModified := zoneDates(zone, a.Language)
	published := append(append([]string{m.LD.published}, m.metaEach(publishedMetas...)...),
		parselyPage(m.meta("parsely-page")).PubDate, seenPublished)
	a.Published = firstDate(a.Language, published...)
	if a.Published == "" {
		a.Published = m.LD.anyPublished // a WebPage's or another object's datePublished
	}
	if a.Published == "" {
		a.Published = URLDate(m.pagePath())
	}
	// Only when every structured source is silent is the page's text read:
	// the lines around the headline, then a date labelled as the
	// publication anywhere.
	if a.Published == "" && m.root != nil {
		a.Published = nearHeadlineDate(m.root, m.h1, a.Language)
	}
	var labelledUpdate string
	if a.Published == "" && m.root != nil {
		a.Published, labelledUpdate = labelledDate(m.root, a.Language)
	}
	// Then the first element the template names as a date, outside
	// comments and teaser lists, before an update stands in.
	if a.Published == "" && m.root != nil {
		a.Published = classedDate(m.root, m.h1, a.Language)
	}
	a.Modified = firstDate(a.Language, append(append([]string{m.LD.modified}, m.metaEach(modifiedMetas...)...), seenModified)...)
	// A page that states only when it was updated: that date is the one
	// it gives for itself, and stands as its publication date too (the
	// modified one it declares, else one labelled as an update in its
	// text). Never a date the page does not state.
	if a.Published == "" && updatedAsPublished {
		a.Published = dom.FirstNonEmpty(a.Modified, labelledUpdate)
	}
	a.Published = m.localDay(a.Published)
	a.Image = dom.FirstNonEmpty(m.meta("og:image", "og:image:url", "twitter:image", "twitter:image:src"), m.LD.image)
	a.Tags = dom.Dedupe(append(m.metas["article:tag"], m.LD.keywords...))
	a.Categories = dom.Dedupe(append(append([]string{}, m.metas["article:section"]...), m.LD.sections...))
	return a
}

// parselyPage reads Parse.ly's parsely-page meta, a JSON object.
func parselyPage(content string) (p struct {
	PubDate string `json:"pub_date"`
}) {
	if strings.HasPrefix(content, "{") {
		_ = json.Unmarshal([]byte(content), &p)
	}
	return p
}

// pagePath is the path of the page's own URL, for the date it may carry.
func (m *pageMeta) pagePath() string {
	if u := m.PageURL(); u != nil {
		return u.Path
	}
	for _, s := range []string{m.canonical, m.meta("og:url")} {
		if u, err := url.Parse(strings.TrimSpace(s)); err == nil && u.Path != "" {
			return u.Path // a relative address still names the page's own path
		}
	}
	return ""
}

// standfirst returns the subtitle: JSON-LD's alternativeHeadline, else an
// element the page marks as one (class or microdata) that stands right
// after the headline, else the block right after the headline when the
// page's description agrees with it and it sits in a header rather than in
// the body. A candidate must read like a standfirst: 4 to 60 words, not the
// headline again, not links (breadcrumbs), not a byline or a date stamp and
// not boilerplate wording.
func (m *pageMeta) standfirst(title, description string, authors []string) string {
	if alt := m.LD.alternativeHeadline; alt != "" && readsLikeStandfirst(nil, alt, title, authors) {
		return alt
	}
	if m.h1 == nil {
		return ""
	}
	for _, n := range m.subtitles {
		if text := dom.NormalizeSpace(dom.TextOf(n)); nearHeadline(n, m.h1) && readsLikeStandfirst(n, text, title, authors) {
			return text
		}
	}
	if description == "" || dom.LongParagraphs(m.h1.Parent) > 2 {
		return ""
	}
	for next := dom.NextElement(m.h1); next != nil; next = dom.NextElement(next) {
		text := dom.NormalizeSpace(dom.TextOf(next))
		if text == "" {
			continue
		}
		if readsLikeStandfirst(next, text, title, authors) && dom.SimilarText(text, description) {
			return text
		}
		return ""
	}
	return ""
}

// nearHeadline reports whether n follows the headline inside the
// headline's own header: the h1's parent, or its grandparent when the parent
// wraps the h1 alone.
func nearHeadline(n, h1 *html.Node) bool {
	header := h1.Parent
	if header != nil && dom.PrevElement(h1) == nil && dom.NextElement(h1) == nil && header.Parent != nil && !dom.IsBoundary(header.Parent) {
		header = header.Parent
	}
	return header != nil && dom.Attached(n, header) && dom.Follows(n, h1)
}

// readsLikeStandfirst checks a candidate's text, and its links when n is
// not nil.
func readsLikeStandfirst(n *html.Node, text, title string, authors []string) bool {
	words := dom.WordCount(text)
	return words >= 4 && words <= 60 && !dom.SimilarText(text, title) && (n == nil || dom.LinkWords(n)*2 < words) &&
		lexicon.MatchWording(text) == "" && !lexicon.IsByline(text, authors) && !lexicon.LooksLikeDate(text)
}

// authors gathers person names: JSON-LD's authors, else the visible
// byline under the headline, else meta tags, else microdata. A name that
// is the site itself is the publisher, not an author.
func (m *pageMeta) authors(zone []*html.Node, siteName string) []string {
	metaGroups := [][]string{
		// article:author names the article's writer; a bare author meta is
		// often the site's owner, so it comes after the article's own.
		m.profileNames(m.metas["article:author"]), m.metas["parsely-author"], m.metas["sailthru.author"], m.metas["author"],
		m.metas["dc.creator"], m.metas["dcterms.creator"], m.metas["byl"],
	}
	// declared holds the site's own name where a source that states an
	// author outright (JSON-LD, an author meta, microdata) gives it: a
	// newsroom that signs its own articles. It is the author only when no
	// source names anyone else.
	var names, organisation, declared []string
	relTags, allTags := m.tagTexts(true), m.tagTexts(false)
	sources := append([][]string{m.LD.authors, nil}, append(metaGroups, m.itemAuthorNames())...)
	for i, group := range sources {
		var site []string
		explicit := i != 1
		if i == 1 {
			group, explicit = zoneAuthors(zone, m.lang) // read only when JSON-LD names no one
		}
		tags := allTags
		if i == 0 {
			tags = relTags
		}
		for _, v := range group {
			for _, name := range SplitAuthors(v) {
				name = m.withoutSiteAfter(name, siteName)
				if tags[dom.Comparable(name)] && !m.linkedAsAuthor(name) {
					continue // a tag or category link's text
				}
				if m.editors[dom.Comparable(name)] {
					continue // the page credits this name as its editor
				}
				if (siteName == "" || !dom.SameText(name, siteName)) && !m.siteBrand(name, siteName) && !m.siteEdition(name, siteName) {
					names = append(names, name)
				} else if explicit {
					site = append(site, name)
				}
			}
		}
		if declared == nil {
			declared = site
		}
		if len(names) > 0 && m.onlyPublisher(names, siteName) {
			// The publisher where a later source may name a person: kept
			// only if none does.
			if organisation == nil {
				organisation = names
			}
			names = nil
		}
		if len(names) > 0 && (organisation == nil || namesAPerson(names)) {
			break
		}
		names = nil // after the publisher, only a person's name is better
	}
	if len(names) == 0 {
		// The publisher stays when no person is named, but never the
		// site's own brand: the site is not the article's author.
		for _, n := range organisation {
			if !m.siteBrand(n, siteName) {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			names = m.footerAuthors(siteName)
		}
		if len(names) == 0 {
			signers, signed := m.signedByPerson(siteName)
			switch {
			case len(signers) > 0:
				names = signers
			case !signed:
				names = declared
			}
		}
	} else {
		names = m.dropOutletsBesidePeople(names, siteName)
	}
	// A name the page prints in capitals is spelled as its meta tags spell it.
	spelled := map[string]string{}
	for _, group := range metaGroups {
		for _, v := range group {
			for _, name := range SplitAuthors(v) {
				spelled[dom.Comparable(name)] = name
			}
		}
	}
	for i, name := range names {
		if s, ok := spelled[dom.Comparable(name)]; ok {
			names[i] = s
		}
	}
	return dedupeFolded(names)
}

// profileNames reads article:author values that are profile addresses,
// as Open Graph defines them, as the texts of the page's links to those
// addresses: the byline that links each writer to their page. Plain names
// stay; an address the page never links to names no one.
func (m *pageMeta) profileNames(values []string) []string {
	var out []string
	want := map[string]bool{}
	for _, v := range values {
		addresses := false
		for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || unicode.IsSpace(r) }) {
			if k := profileKey(f); k != "" {
				want[k], addresses = true, true
			}
		}
		if !addresses {
			out = append(out, v)
		}
	}
	if len(want) == 0 || m.root == nil {
		return out
	}
	found := map[string]bool{}
	forEachElement(m.root, func(e *html.Node) {
		if e.DataAtom != atom.A {
			return
		}
		k := profileKey(dom.Attr(e, "href"))
		if !want[k] || found[k] {
			return
		}
		if text := dom.NormalizeSpace(dom.TextOf(e)); text != "" {
			found[k] = true
			out = append(out, text)
		}
	})
	return out
}

// profileKey is an absolute or scheme-relative address with its scheme,
// "www.", query and trailing slash removed, lower-cased; "" for anything else.
func profileKey(href string) string {
	h := strings.ToLower(strings.TrimSpace(href))
	switch {
	case strings.HasPrefix(h, "https://"):
		h = h[len("https://"):]
	case strings.HasPrefix(h, "http://"):
		h = h[len("http://"):]
	case strings.HasPrefix(h, "//"):
		h = h[2:]
	default:
		return ""
	}
	if i := strings.IndexAny(h, "?#"); i >= 0 {
		h = h[:i]
	}
	h = strings.TrimSuffix(strings.TrimPrefix(h, "www."), "/")
	if !strings.Contains(h, "/") {
		return "" // a site's home page names no writer
	}
	return h
}

// footerAuthors reads the byline of the article's own footer, when no
// other source names anyone: the names its author links, byline-marked
// elements or "By …" lines give, less the site, the page's editors and
// the texts of its tag and category links.
func (m *pageMeta) footerAuthors(siteName string) []string {
	if m.h1 == nil {
		return nil
	}
	found, _ := zoneAuthors(footerBlocks(m.h1), m.lang)
	var out []string
	var tags map[string]bool
	if len(found) > 0 {
		tags = m.tagTexts(false) // a footer lists the post's tags and categories beside its writer
	}
	for _, name := range found {
		if tags[dom.Comparable(name)] && !m.linkedAsAuthor(name) {
			continue // a tag or category link's text, as every other source is checked
		}
		if m.editors[dom.Comparable(name)] || m.onlyPublisher([]string{name}, siteName) || m.siteBrand(name, siteName) || m.siteEdition(name, siteName) {
			continue
		}
		out = append(out, name)
	}
	return out
}

// signedByPerson reports whether the page signs its text with a person's
// name on a line of its own, set in bold ("<p><strong>Jane Doe</strong></p>"),
// as newsrooms whose meta tags name only the site do at the top or at the
// foot of an article. The site is then no author. The name is given as
// the signer only where the line opens or closes a run of the article's
// paragraphs (signer); elsewhere a bold line of capitalised words may be
// a heading between paragraphs.
//
// A closing paragraph that is a byline line by itself ("Von Anna Weber
// und Li Wu", "By Jane Doe") signs the text as well.
func (m *pageMeta) signedByPerson(siteName string) (signers []string, signed bool) {
	forEachElement(m.root, func(e *html.Node) {
		if len(signers) > 0 || e.DataAtom != atom.P {
			return
		}
		if names := m.closingByline(e, siteName); len(names) > 0 {
			signers, signed = names, true
			return
		}
		name := boldLine(e)
		words := strings.Fields(name)
		if len(words) < 2 || len(words) > 4 || rxHasDigit.MatchString(name) || !readsAsName(name) ||
			m.onlyPublisher([]string{name}, siteName) || m.siteEdition(name, siteName) {
			return
		}
		for _, w := range words {
			if r := []rune(w)[0]; !unicode.IsUpper(r) && !nameParticles[w] {
				return
			}
		}
		signed = true
		if endsParagraphRun(e) && signatureName(words) && !wordsInProse(words, e) {
			signers = []string{name}
		}
	})
	return signers, signed
}

// closingByline reads the names of a paragraph that closes the article's
// paragraphs with a byline line alone ("Von Anna Weber", "Par Paul
// Henri"): short, opening with a writer's label, every name read as one
// and a person's of two words or more, or a news agency's.
func (m *pageMeta) closingByline(p *html.Node, siteName string) []string {
	if p.FirstChild == nil || p.FirstChild.Type != html.TextNode && p.FirstChild.DataAtom != atom.Em && p.FirstChild.DataAtom != atom.I {
		return nil
	}
	text := dom.NormalizeSpace(dom.TextOf(p))
	if dom.WordCount(text) > closingBylineWords || !writerLabelled(text) {
		return nil
	}
	names := lineAuthors(text, m.lang)
	if len(names) == 0 || !endsParagraphRun(p) || p != lastTextParagraph(p.Parent) {
		return nil
	}
	for _, part := range rxAuthorSeparator.Split(bylineText(text), -1) {
		if part = strings.Trim(part, " .()"); part != "" && !looksLikeName(part) {
			return nil // words the names leave out: a phrase ("Por Semana Santa, cerrado")
		}
	}
	for _, n := range names {
		if !looksLikeName(n) || m.onlyPublisher([]string{n}, siteName) || m.siteBrand(n, siteName) ||
			hasCase(n) && !strings.ContainsRune(n, ' ') && !agencies[strings.ToLower(n)] {
			return nil // a lone word after "Von" is as often a place's
		}
	}
	return names
}

// closingBylineWords bounds a closing byline line: a label and three names.
const closingBylineWords = 10

// lastTextParagraph is the last <p> with text among n's children.
func lastTextParagraph(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if c.DataAtom == atom.P && dom.HasText(c) {
			return c
		}
	}
	return nil
}

// boldLine is the text of a paragraph that holds nothing but one bold
// run, else "".
func boldLine(p *html.Node) string {
	var bold *html.Node
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && (c.DataAtom == atom.Strong || c.DataAtom == atom.B) && bold == nil:
			bold = c
		default:
			return ""
		}
	}
	if bold == nil {
		return ""
	}
	return dom.NormalizeSpace(dom.TextOf(bold))
}

// signatureParagraphs is how many paragraphs with text, the signature's
// own included, its parent must hold to be an article's body.
const signatureParagraphs = 4

// endsParagraphRun reports whether p is the first or the last paragraph
// with text among its parent's, and the parent holds a body's worth of
// them: where a signature stands, above the text or under it.
func endsParagraphRun(p *html.Node) bool {
	var first, last *html.Node
	count := 0
	for c := p.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.P || !dom.HasText(c) {
			continue
		}
		if first == nil {
			first = c
		}
		last = c
		count++
	}
	return count >= signatureParagraphs && (p == first || p == last)
}

// wordsInProse reports whether a word of the bold line appears in lower
// case in the other paragraphs beside it: a heading's words do ("Key
// Findings" over a text about its findings), a person's name does not.
// A name that is also a word ("Rose") is lost; that costs a name, where
// the heading taken would be a wrong one.
func wordsInProse(words []string, p *html.Node) bool {
	want := map[string]bool{}
	for _, w := range words {
		if r := []rune(w); unicode.IsUpper(r[0]) {
			want[strings.ToLower(strings.Trim(w, ".,"))] = true
		}
	}
	found := false
	for c := p.Parent.FirstChild; c != nil && !found; c = c.NextSibling {
		if c == p || c.DataAtom != atom.P {
			continue
		}
		for _, f := range strings.FieldsFunc(dom.TextOf(c), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			if r := []rune(f); unicode.IsLower(r[0]) && want[f] {
				found = true
				break
			}
		}
	}
	return found
}

// signatureName reports words that can only be a name: no word of a
// label's or a heading's closed vocabulary ("Related News", "Read More"),
// no word in capitals throughout, none ending in a colon.
func signatureName(words []string) bool {
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if closedWords()[lw] || strings.HasSuffix(w, ":") || len([]rune(w)) > 1 && strings.ToUpper(w) == w {
			return false
		}
	}
	return lexicon.MatchWording(strings.Join(words, " ")) == ""
}

// onlyPublisher reports whether every name is the publisher or the site:
// JSON-LD's publisher, the site's name or its host's main label.
func (m *pageMeta) onlyPublisher(names []string, siteName string) bool {
	host := m.hostLabel()
	for _, n := range names {
		squeezed := squeeze.Replace(dom.Comparable(n))
		if !(m.LD.publisher != "" && dom.SameText(n, m.LD.publisher)) && !(siteName != "" && dom.SameText(n, siteName)) &&
			!(host != "" && (squeezed == host || strings.HasPrefix(squeezed, host))) {
			return false
		}
	}
	return true
}

// dropOutletsBesidePeople drops, from names that name a person, the parts
// of a byline that say for whom or through whom the person wrote: the
// site or publisher ("Jane Doe, SITE REGION") and a desk's or wire's
// unknown acronym ("Jane Doe / XNS"). Those name no writer of the article,
// and a wrong author is worse than none. A known news agency stays: it is
// a byline in its own right ("Jane Doe and AFP").
func (m *pageMeta) dropOutletsBesidePeople(names []string, siteName string) []string {
	if len(names) < 2 || !namesAPerson(names) {
		return names
	}
	var out []string
	for _, n := range names {
		person := strings.ContainsRune(n, ' ') || !hasCase(n)
		if m.onlyPublisher([]string{n}, siteName) || m.siteEdition(n, siteName) || !person && unknownAcronym(n) {
			continue
		}
		out = append(out, n)
	}
	if len(out) == 0 || !namesAPerson(out) {
		return names
	}
	return out
}

// siteEdition reports a name that is the site's or the publisher's name
// followed by more words: a regional edition or a desk of it ("SITE
// NORDSEE"). A writer whose first name is the whole of a one-word site
// name would be taken for it too; that costs a name, where the edition
// kept would be a wrong one.
func (m *pageMeta) siteEdition(name, siteName string) bool {
	words := comparableWords(name)
	for _, site := range []string{siteName, m.LD.publisher} {
		s := comparableWords(site)
		if len(s) == 0 || len(words) <= len(s) {
			continue
		}
		if slices.Equal(words[:len(s)], s) {
			return true
		}
	}
	return false
}

// withoutSiteAfter drops the site's or the publisher's name run on after
// a person's ("Jane Q. Roe Example News", a byline box that sets the
// outlet beside the name without a separator): the name before it stays
// when it has two words or more.
func (m *pageMeta) withoutSiteAfter(name, siteName string) string {
	if !strings.ContainsRune(name, ' ') {
		return name
	}
	words := strings.Fields(name)
	for _, site := range []string{siteName, m.LD.publisher} {
		s := comparableWords(site)
		if len(s) == 0 || len(words) < len(s)+2 {
			continue
		}
		head := words[:len(words)-len(s)]
		if !slices.Equal(comparableWords(strings.Join(words[len(head):], " ")), s) || len(comparableWords(strings.Join(head, " "))) < len(head) {
			continue // not the site's name, or a dash or a bar before it: a place's line, no name's
		}
		return strings.Join(head, " ")
	}
	return name
}

// comparableWords is a text's words, each folded by dom.Comparable.
func comparableWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if c := dom.Comparable(w); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// unknownAcronym reports a single word of two to five capitals that is no
// news agency pith knows: a desk's or a wire service's code.
func unknownAcronym(n string) bool {
	if agencies[strings.ToLower(n)] || utf8.RuneCountInString(n) < 2 || utf8.RuneCountInString(n) > 5 {
		return false
	}
	for _, r := range n {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// siteBrand reports a one-word name that is the site itself: its
// declared name, that name without its domain ending ("Example-News.ca"),
// or its host's main label. A person's full name that is also the site's
// address (a writer's own site) has a space and is not one.
func (m *pageMeta) siteBrand(name, siteName string) bool {
	if strings.ContainsRune(name, ' ') {
		return false
	}
	if siteName != "" && (dom.SameText(name, siteName) || dom.SameText(name, rxDomainEnding.ReplaceAllString(siteName, ""))) {
		return true
	}
	host := m.hostLabel()
	return host != "" && squeeze.Replace(dom.Comparable(name)) == host
}

// rxDomainEnding is the top-level domain a site's name may end with.
var rxDomainEnding = rx.Compile(`\.[a-zA-Z]{2,6}$`)

// hostLabel is the main label of the page's host, the one before its
// public suffix, hyphens removed ("n-tv.de" → "ntv", "news.example.co.uk"
// → "example"), or "" when unknown or shorter than three letters.
func (m *pageMeta) hostLabel() string {
	if m.host == nil {
		host := ""
		if u := m.PageURL(); u != nil {
			host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
			if site, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
				host = site
			}
			if i := strings.IndexByte(host, '.'); i > 0 {
				host = host[:i]
			}
			if host = strings.ReplaceAll(host, "-", ""); len(host) < 3 {
				host = ""
			}
		}
		m.host = &host
	}
	return *m.host
}

// namesAPerson reports whether one of names reads as a person's: two
// words or more, or a script without capitals.
func namesAPerson(names []string) bool {
	for _, n := range names {
		if strings.ContainsRune(n, ' ') || !hasCase(n) {
			return true
		}
	}
	return false
}

// linkedAsAuthor reports whether the page links name to an author page.
func (m *pageMeta) linkedAsAuthor(name string) bool {
	c := dom.Comparable(name)
	found := false
	forEachElement(m.root, func(e *html.Node) {
		if !found && e.DataAtom == atom.A && (dom.HasToken(dom.Attr(e, "rel"), "author") || rxAuthorHref.MatchString(dom.Attr(e, "href"))) &&
			dom.Comparable(dom.TextOf(e)) == c {
			found = true
		}
	})
	return found
}

// dedupeFolded drops repeated names, ignoring case and punctuation.
func dedupeFolded(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if k := dom.Comparable(n); !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// PageURL returns the page's address per the contract: the saved page's own
// record, else the canonical link, else og:url. Only absolute URLs count.
func (m *pageMeta) PageURL() *url.URL {
	for _, s := range []string{m.SavedFrom, m.canonical, m.meta("og:url")} {
		if u, err := url.Parse(strings.TrimSpace(s)); err == nil && u.IsAbs() && u.Host != "" {
			return u
		}
	}
	return nil
}

var (
	rxSavedFrom  = rx.Compile(`(?i)^\s*saved from url=\(\d+\)(\S+)`)
	rxSingleFile = rx.Compile(`(?is)^\s*Page saved with SingleFile.*?\burl:\s*(\S+)`)
)

// savedFromURL reads the address a browser or SingleFile wrote into a comment.
// Both notes open the comment, after white space: a page's other comments,
// dozens on some, are told by their first letter without running either
// pattern (s, S or the long s, which (?i) takes for an s; p or P).
func savedFromURL(comment string) string {
	lead := strings.TrimLeft(comment, "\t\n\f\r ")
	if lead == "" {
		return ""
	}
	switch lead[0] {
	case 's', 'S', "ſ"[0]:
		if m := rxSavedFrom.FindStringSubmatch(comment); m != nil {
			return m[1]
		}
	case 'p', 'P':
		if m := rxSingleFile.FindStringSubmatch(comment); m != nil {
			return m[1]
		}
	}
	return ""
}

func normalizeLanguage(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	return s
}

// firstDate is the first of values that holds a date, in a machine format
// or written as text (numeric orders by lang). When that is a date alone,
// a later value that gives the same day with its time and offset is taken
// instead: the same publication, told more exactly.
func firstDate(lang string, values ...string) string {
	first := ""
	for _, v := range values {
		d := dateIn(v, lang)
		switch {
		case d == "":
		case first == "" && len(d) > len(time.DateOnly):
			return d
		case first == "":
			first = d
		case len(d) > len(time.DateOnly) && d[:len(time.DateOnly)] == first:
			return d
		}
	}
	return first
}
