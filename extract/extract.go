package extract

import (
	"io"
	"net/url"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/extract/internal/clean"
	"github.com/pith-cli/pith/extract/internal/input"
	"github.com/pith-cli/pith/extract/internal/meta"
	"github.com/pith-cli/pith/extract/internal/render"
	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/readability"
)

// DefaultMaxSize is the default bound on the decompressed size of one page.
const DefaultMaxSize = 64 << 20

// Options configures Extract. The zero value gives the defaults.
type Options struct {
	// URL is the page's address. When nil, the page's own record of it is used
	// (saved-from comment, SingleFile header, canonical link, og:url); when
	// none is found, links stay as written.
	URL *url.URL
	// MaxSize bounds the decompressed bytes of one page. Default: DefaultMaxSize.
	MaxSize int64
	// Rules are the user's own cleaning rules; nil for none.
	Rules *clean.Rules
	// Render chooses the renderings besides Text (Markdown, HTML) and what
	// they keep. Default: text only, with links, images and tables.
	Render RenderOptions
	// Encoding, when set, is the page's character encoding (a label such as
	// "shift_jis" or "latin1"): it overrides the page's and its container's
	// declarations, but not a byte-order mark. Default: declared or detected.
	Encoding string
	// HeaderCharset, when set, is the charset the page came with from
	// outside it: the charset= of a WARC record's or an HTTP response's
	// Content-Type. It is a hint of lower precedence than the page's own:
	// a byte-order mark or the page's <meta> declaration wins, and bytes
	// that are valid UTF-8 beat a conflicting header as they beat a stale
	// declaration; it only decides a page that declares nothing, before
	// detection. A label no decoder knows ("none") is ignored. Encoding
	// overrides it.
	HeaderCharset string
	// Decoded says the page is text already, not bytes in some charset: it
	// came as a JSON string, which is Unicode whatever the page's <meta>
	// declares (pith stream's "html" field). A declaration in it is then
	// not applied; an MHTML part's own charset still is, since its
	// quoted-printable or base64 bytes were not decoded with the JSON, and
	// Encoding still overrides.
	Decoded bool
	// Select, when set, names the element that is the article: pith's and
	// the user's rules still clean inside it, but readability does not
	// choose. When it matches, Article.BodySource is BodySelected; when no
	// selector matches, extraction is as without it.
	Select *Selection
}

// Article is what Extract finds in a page. Its JSON form is the contract's:
// unknown fields are omitted, never empty.
type Article struct {
	URL string `json:"url,omitempty"`
	// ArchiveURL is the address of the save when the page is a Wayback
	// Machine save; URL is then the original address it archived.
	ArchiveURL         string   `json:"archive_url,omitempty"`
	Title              string   `json:"title,omitempty"`
	Subtitle           string   `json:"subtitle,omitempty"`
	Authors            []string `json:"authors,omitempty"`
	SiteName           string   `json:"site_name,omitempty"`
	Published          string   `json:"published,omitempty"`
	Modified           string   `json:"modified,omitempty"`
	Language           string   `json:"language,omitempty"`
	Description        string   `json:"description,omitempty"`
	Image              string   `json:"image,omitempty"`
	Tags               []string `json:"tags,omitempty"`
	Categories         []string `json:"categories,omitempty"`
	Encoding           string   `json:"encoding,omitempty"`
	WordCount          int      `json:"word_count,omitempty"`
	ReadingTimeMinutes int      `json:"reading_time_minutes,omitempty"`
	// Confidence (0–1, omitted when there is no article) is how sure pith
	// is that Text is the page's whole article and nothing else
	// (confidence.go); 0.8 and above is rarely wrong.
	Confidence float64 `json:"confidence,omitempty"`
	// Text is the article body as plain text, ending with one newline.
	Text string `json:"text,omitempty"`
	// Markdown is the article as Markdown, when Options.Render asks for it.
	Markdown string `json:"markdown,omitempty"`
	// HTML is the article as sanitized HTML, when Options.Render asks for it.
	HTML string `json:"html,omitempty"`
	// Links are the article's links, when Options.Render asks for them.
	Links []Link `json:"links,omitempty"`
	// Images are the article's images, when Options.Render asks for them.
	Images []Image `json:"images,omitempty"`

	// Content is the cleaned article as an HTML tree, for other renderers.
	Content *html.Node `json:"-"`
	// Removed lists what the cleaning rules removed, and why.
	Removed []clean.Removal `json:"-"`
	// BodySource says where the body came from: BodyReadability, or, when
	// readability found much less than the page declares, BodyDeclared or
	// BodyJSONLD; BodySplit when it kept part of a story split into
	// modules; BodyConserved, BodySelected (see there).
	BodySource string `json:"-"`
	// Restored counts the paragraphs readability dropped from the story
	// that pith put back, classed like the ones it kept: sentences with a
	// link, alone in their module, from its middle; the story's opening
	// module, a wrapper like the kept paragraphs', from its start; a
	// list's items, modules like the kept ones, from between two of them
	// or as the list's first.
	Restored int `json:"-"`
	// ConfidenceReasons are the few signals that moved Confidence most,
	// each starting with + or − for the way it moved it.
	ConfidenceReasons []string `json:"-"`

	signals  confidenceSignals
	features []float64
}

// Extract reads one page from r and returns its article.
//
// On ErrNotReadable the returned Article still carries the page's metadata;
// on any other error it is nil.
func Extract(r io.Reader, opts Options) (*Article, error) {
	raw, err := input.ReadPage(r, opts.maxSize())
	if err != nil {
		return nil, err
	}
	page, err := input.Unwrap(raw)
	if err != nil {
		return nil, err
	}
	text, encoding, err := input.DecodeWith(page.Body, input.Charsets{Forced: opts.Encoding, Container: page.Charset, Header: opts.HeaderCharset, Decoded: opts.Decoded})
	if err != nil {
		return nil, err
	}
	if !input.HasMarkup(text) {
		return nil, ErrNotHTML
	}
	doc, err := input.Parse(text)
	if err != nil {
		return nil, err
	}

	pm := meta.Read(doc)
	if page.Location != "" {
		pm.SavedFrom = page.Location // the container's record comes first
	}
	art := newArticle(pm.Article())
	art.Encoding = encoding
	pageURL := opts.URL
	if pageURL == nil {
		pageURL = pm.PageURL()
	}
	if pageURL != nil {
		art.URL = pageURL.String()
		art.Image = resolve(pageURL, art.Image)
	}
	// A Wayback Machine save: its address is the original one, the save's
	// is kept apart; relative references still resolve against the save.
	original, archived := render.WaybackOriginal(pageURL)
	if archived {
		art.URL, art.ArchiveURL = original, pageURL.String()
	}

	markLocalAssets(text, doc)
	survey := surveyPage(doc.Root()) // for confidence: the page as it is, before the rules change it
	var content *html.Node
	var removed []clean.Removal
	if n := opts.Select.findIn(doc); n != nil {
		content, removed = selectedBody(doc, n, art, opts.Rules)
	} else {
		content, removed = findBody(text, doc, art, pm.LD.Body, opts.Rules, pageURL, newPruner)
	}
	art.signals.page = survey
	render.RestoreLocalAssets(content)
	if archived {
		render.UnwrapArchiveLinks(content)
	}
	art.hygiene() // after cleaning, which matches the title to the page's headline as written
	words := 0
	if content != nil {
		atomizeCreated(content)
		art.Text, words = bodyText(content)
	}
	art.Content = content
	art.Removed = removed
	art.Language = meta.CheckLanguage(art.Language, art.Text, words)
	if content == nil || words < clean.MinArticleWords || linkHeavy(content, art.Text, art.URL) || clean.IsTeaserFront(content) {
		art.Text = ""
		return art, ErrNotReadable
	}
	art.WordCount = words
	art.ReadingTimeMinutes = render.ReadingMinutes(art.WordCount)
	art.scoreConfidence(content, words)
	if err := art.render(content, opts.Render); err != nil {
		return nil, err
	}
	return art, nil
}

// bodyText renders content as the contract's text. When the text,
// captions left out, is too short for an article while the captions
// would make one, the captions are the text: a video or photo page that
// says what it shows only in its caption would otherwise have none. It
// returns the text's word count (render.CountWords) with it.
func bodyText(content *html.Node) (string, int) {
	text := render.Text(content)
	words := render.CountWords(text)
	if words >= clean.MinArticleWords {
		return text, words
	}
	with := render.TextWithCaptions(content)
	if n := render.CountWords(with); n >= clean.MinArticleWords {
		return with, n
	}
	return text, words
}

// Link is one of the article's links: its address and its text.
type Link = render.Link

// Image is one of the article's images: its address, its alternative text
// and its caption.
type Image = render.Image

// hygiene puts a's metadata strings through the renderings' Hygiene, so
// a title reads as the body does. The addresses are URLs, which escape
// what they hold.
func (a *Article) hygiene() {
	for _, s := range []*string{&a.Title, &a.Subtitle, &a.SiteName, &a.Description} {
		*s = render.Hygiene(*s)
	}
	for _, list := range [][]string{a.Authors, a.Tags, a.Categories} {
		for i := range list {
			list[i] = render.Hygiene(list[i])
		}
	}
}

// newArticle returns an Article holding the page's metadata f.
func newArticle(f *meta.Fields) *Article {
	return &Article{
		Title: f.Title, Subtitle: f.Subtitle, Authors: f.Authors, SiteName: f.SiteName,
		Published: f.Published, Modified: f.Modified, Language: f.Language,
		Description: f.Description, Image: f.Image, Tags: f.Tags, Categories: f.Categories,
	}
}

func (o Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}

// findBodyWith finds the article's body in the parsed page: the user's and
// pith's cleaning rules, focus, readability, the post-cleaning, then the
// recall guard. It returns the body's tree (nil when none is found) and
// what the rules removed, and sets art's BodySource and the metadata
// readability alone found.
func findBodyWith(pr *clean.Pruner, doc *dom.Document, art *Article, ldBody string, rules *clean.Rules, pageURL *url.URL) (*html.Node, []clean.Removal) {
	declared := clean.CleanPage(doc, rules, pr)
	content, fallback := runReadability(doc, pageURL)
	art.fillFrom(fallback)
	ca := art.cleaning()
	if declared.Focused {
		clean.KeepLeadImage(content, declared.Node)
	}
	cleaned := len(pr.Removed) // what the rules before readability removed
	candidate := 0
	if content != nil {
		art.Restored = clean.FillGaps(doc.Root(), content) + clean.FillModuleGaps(doc.Root(), content)
		clean.FillHeadings(doc.Root(), content)
		candidate = dom.WordsIn(content)
		pr.Reshield(rules, content)
		clean.PostCleanAll(content, ca, pr)
	}
	after := content
	content, removed := clean.RecallGuard(content, pr, cleaned, declared, ldBody, ca)
	if ca.BodySource == clean.BodyReadability {
		content, removed = clean.CompleteSplit(doc.Root(), content, pr, cleaned, ca)
	}
	art.BodySource = ca.BodySource
	art.signals = newSignals(pr, candidate, after, declared.Node, ldBody, ca.BodySource)
	return content, removed
}

// selectedBody is the body the user selected, n, cleaned by the rules:
// the page is cut down to n first, so focus and the cleaning rules see
// nothing else; readability and the recall guard, which choose a body, do
// not run.
func selectedBody(doc *dom.Document, n *html.Node, art *Article, rules *clean.Rules) (*html.Node, []clean.Removal) {
	isolate(doc.Root(), n)
	pr := &clean.Pruner{}
	clean.CleanPage(doc, rules, pr)
	art.BodySource = BodySelected
	if !dom.Attached(n, doc.Root()) {
		return nil, pr.Removed // a rule removed the element itself
	}
	ca := art.cleaning()
	candidate := dom.WordsIn(n)
	clean.PostCleanAll(n, ca, pr)
	art.signals = newSignals(pr, candidate, n, nil, "", BodySelected)
	return n, pr.Removed
}

// markLocalAssets marks the local save's assets in doc, parsed from text,
// before cleaning (render restores them after). Most pages are not local
// saves: no walk for them.
func markLocalAssets(text string, doc *dom.Document) {
	if render.MayHoldLocalAssets(text) {
		render.MarkLocalAssets(doc.Node)
	}
}

// conserveMinWords is the article prose the name rules must have removed
// for the conserving run: less is a teaser's or a box's.
const conserveMinWords = 100

// newPruner returns the pruner for a run of the rules; conserve makes the
// name rules spare article prose.
func newPruner(conserve bool) *clean.Pruner { return &clean.Pruner{Conserve: conserve} }

// findBody finds the article's body in doc, parsed from text, with
// findBodyWith; then, when the name rules (class/id vocabulary, roles,
// dialogs) removed at least conserveMinWords of article prose and more
// than twice what the body found holds, runs again on a fresh parse with
// those rules sparing prose. It keeps the second body only when it is at
// least twice as long and reads as an article (articleLike), and says so
// in art.BodySource. Parsing again is cheaper than copying every page's
// tree for the few that need it.
func findBody(text string, doc *dom.Document, art *Article, ldBody string, rules *clean.Rules, pageURL *url.URL, pruner func(conserve bool) *clean.Pruner) (*html.Node, []clean.Removal) {
	pr := pruner(false)
	content, removed := findBodyWith(pr, doc, art, ldBody, rules, pageURL)
	if pr.Risky < conserveMinWords {
		return content, removed // most pages: no need to count the body
	}
	found := 0
	if content != nil {
		found = dom.WordsIn(content)
	}
	if found*2 >= pr.Risky {
		return content, removed
	}
	doc2, err := input.Parse(text)
	if err != nil {
		return content, removed
	}
	markLocalAssets(text, doc2)
	second := *art
	content2, removed2 := findBodyWith(pruner(true), doc2, &second, ldBody, rules, pageURL)
	if content2 == nil || dom.WordsIn(content2) < 2*found || !articleLike(content2) {
		return content, removed
	}
	second.BodySource = BodyConserved
	second.signals.conserved = true
	*art = second
	return content2, removed2
}

// articleLike reports whether a body reads as an article rather than a
// list of teasers or links: at least two long paragraphs with few links,
// holding at least half its words.
func articleLike(content *html.Node) bool {
	words := dom.WordsIn(content)
	prose, long := 0, 0
	for p := range dom.Elements(content) {
		if p.DataAtom != atom.P && p.Data != "p" { // readability renames text divs to p
			continue
		}
		if w := dom.WordsIn(p); w >= dom.LongParagraphWords && dom.LinkWords(p)*4 < w {
			prose += w
			long++
		}
	}
	return long >= 2 && prose*2 >= words
}

// cleaning returns what cleaning knows of a: its headline, standfirst and
// authors, and the body's source, readability's until the recall guard
// says otherwise.
func (a *Article) cleaning() *clean.Article {
	site := dom.Site(a.URL)
	if a.ArchiveURL != "" {
		site = "" // the links still lead into the archive while the rules run
	}
	return &clean.Article{Title: a.Title, Subtitle: a.Subtitle, Authors: a.Authors, BodySource: clean.BodyReadability, Site: site}
}

// runReadability lets readeck find the article in doc, mutating it. It
// returns the article's root (nil when readability found nothing) and
// readeck's own metadata, used only where the page's was missing.
func runReadability(doc *dom.Document, pageURL *url.URL) (*html.Node, readability.Article) {
	parser := readability.NewParser()
	parser.DisableJSONLD = true // already read from the untouched tree
	parser.KeepClasses = true   // the post-clean and renderers use class hints
	// Readability renames elements (h1 to h2, a div to a p) without touching
	// DataAtom, so the rules after it still see each element's original tag:
	// the headline rule relies on that. Renderers read the tag name.
	res, err := parser.ParseAndMutate(doc.Node, pageURL)
	if err != nil {
		return nil, res
	}
	return res.Node, res
}

// atomizeCreated gives the elements readability created (the paragraphs it
// makes of text between <br><br>, or of a div's loose text) the atom of
// their name before the body is rendered: they have none, so the text,
// which reads DataAtom, took them for unknown inline elements and ran
// their paragraphs together ("…e. V." + "Nach drei Jahren" printed
// "e. V.Nach drei Jahren"). It runs after the cleaning rules, which were
// tuned on the tree as readability leaves it (a headline whose title line
// readability wrapped in a paragraph still reads as one line to them);
// renamed elements keep their original atom (see runReadability).
func atomizeCreated(root *html.Node) {
	fix := func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == 0 && n.Namespace == "" {
			n.DataAtom = atom.Lookup([]byte(n.Data))
		}
	}
	fix(root)
	for n := range dom.Elements(root) {
		fix(n)
	}
}

// fillFrom completes missing metadata with what readability found.
func (a *Article) fillFrom(r readability.Article) {
	if a.Title == "" {
		a.Title = dom.NormalizeSpace(r.Title())
	}
	if len(a.Authors) == 0 {
		a.Authors = meta.FallbackAuthors(r.Byline(), a.SiteName)
	}
	if a.SiteName == "" {
		a.SiteName = dom.NormalizeSpace(r.SiteName())
	}
	if a.Language == "" {
		a.Language = dom.NormalizeSpace(r.Language())
	}
	if a.Image == "" {
		a.Image = r.ImageURL()
	}
}

// resolve makes ref absolute against base; a ref that does not parse stays as written.
func resolve(base *url.URL, ref string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return base.ResolveReference(u).String()
}
