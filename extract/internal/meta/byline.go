package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
	"github.com/pith-cli/pith/internal/rx"
)

// The headline's zone is where a page prints its byline and date line:
// the short blocks right after the headline, up to the first paragraph of
// the body, and the few blocks just before it (a kicker, a date above the
// headline). Looking only there keeps the names and dates of related
// stories, tickers, comments and footers out.
const (
	zoneBlocksAfter  = 10 // blocks read after the headline at most
	zoneBlocksBefore = 3  // and before it
	zoneBodyWords    = 20 // the second block this long (a standfirst or a caption may come first) starts the body: the zone ends
	datelineWords    = 15 // a date in plain text counts in a block this short, or one labelled or classed as a date line
)

// headlineZone returns the blocks after the headline h, then those before it.
func headlineZone(h *html.Node) []*html.Node {
	limit := zoneLimit(h)
	var blocks []*html.Node
	long := 0
	for n := afterSubtree(h, limit); n != nil && len(blocks) < zoneBlocksAfter; {
		if n.Type != html.ElementNode || skipInZone(n) {
			n = afterSubtree(n, limit)
			continue
		}
		if !isLeafBlock(n) {
			n = zoneStep(n, limit)
			continue
		}
		if dom.HasText(n) {
			if dom.WordCount(dom.TextOf(n)) >= zoneBodyWords {
				if long++; long == 2 {
					break
				}
			} else {
				blocks = append(blocks, n)
			}
		}
		n = afterSubtree(n, limit)
	}
	anchor := h
	if dom.PrevElement(h) == nil && h.Parent != nil && h.Parent != limit {
		anchor = h.Parent // a wrapper around the headline alone
	}
	before := 0
	for p := dom.PrevElement(anchor); p != nil && before < zoneBlocksBefore; p = dom.PrevElement(p) {
		if isLeafBlock(p) && dom.HasText(p) && !skipInZone(p) {
			blocks = append(blocks, p)
			before++
		}
	}
	return blocks
}

// footerBlocks returns the text blocks of the article's own footers,
// where themes print "Posted by …" under the text instead of under the
// headline: the <footer> elements (or "entry-footer"s) of the <article>
// that holds the headline h, not those of an article nested in it (a
// comment's) nor the site's.
func footerBlocks(h *html.Node) []*html.Node {
	limit := zoneLimit(h)
	if limit == nil || limit.DataAtom != atom.Article {
		return nil
	}
	var blocks []*html.Node
	var walk func(n *html.Node, inFooter bool)
	walk = func(n *html.Node, inFooter bool) {
		for c := n.FirstChild; c != nil && len(blocks) < zoneBlocksAfter; c = c.NextSibling {
			if c.Type != html.ElementNode || skipInZone(c) || c.DataAtom == atom.Article {
				continue
			}
			in := inFooter || c.DataAtom == atom.Footer || rxFooterClass.MatchString(strings.ToLower(dom.Attr(c, "class")))
			if in && isLeafBlock(c) {
				if dom.HasText(c) && dom.WordCount(dom.TextOf(c)) < zoneBodyWords {
					blocks = append(blocks, c)
				}
				continue
			}
			walk(c, in)
		}
	}
	walk(limit, false)
	return blocks
}

// rxFooterClass marks an article's footer by its class.
var rxFooterClass = rx.Compile(`(?:entry|post|article)[-_]{0,2}(?:footer|foot)\b`)

// zoneLimit is the article that holds the headline, else its main, else the body.
func zoneLimit(h *html.Node) *html.Node {
	var main, body *html.Node
	for p := h.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Article:
			return p
		case atom.Main:
			if main == nil {
				main = p
			}
		case atom.Body:
			body = p
		}
	}
	if main != nil {
		return main
	}
	return body
}

// zoneStep is the node after n in document order, staying inside limit.
func zoneStep(n, limit *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	return afterSubtree(n, limit)
}

// afterSubtree is the first node after n's subtree in document order,
// staying inside limit.
func afterSubtree(n, limit *html.Node) *html.Node {
	for ; n != nil && n != limit; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

func skipInZone(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Nav, atom.Aside, atom.Figure, atom.Figcaption, atom.Button, atom.Form,
		atom.Noscript, atom.Template, atom.Svg, atom.Img, atom.Picture, atom.Iframe, atom.Table:
		return true
	}
	return false
}

// isLeafBlock reports whether n holds no block-level element: its text is
// one line of the page. Inline nesting deeper than leafDepth counts as
// blocks, which bounds the work on pathological trees.
func isLeafBlock(n *html.Node) bool {
	return leafWithin(n, leafDepth)
}

const leafDepth = 8

func leafWithin(n *html.Node, depth int) bool {
	if depth == 0 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isBlockAtom(c.DataAtom) || !leafWithin(c, depth-1)) {
			return false
		}
	}
	return true
}

func isBlockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Ul, atom.Ol, atom.Li,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table, atom.Aside, atom.Nav, atom.Figure,
		atom.Blockquote, atom.Address, atom.Main, atom.Form, atom.Dl, atom.Pre, atom.Hr:
		return true
	}
	return false
}

var (
	// rxDatelineClass marks a block as a date line.
	rxDatelineClass = rx.Compile(`date|datum|fecha|data|time|publi|posted|meta|info|dateline`)
	// rxBylineClass marks an element as a byline or a credit line.
	rxBylineClass = rx.Compile(`byline|author|autor|auteur|firma|signat|quelle|bron|source|writer|reporter`)
	// rxAuthorHref is the address of an author's page.
	rxAuthorHref = rx.Compile(`(?i)/(authors?|autor|autoren|auteurs?|autore|autori|people|staff|profiles?|journalists?|critics|columnists|writers|redacteur|redactores|by)/[^/?#]`)
)

// zoneDates reads the dates of the headline's zone: the publication date
// (the first one labelled so, else the first plain one) and the update date.
func zoneDates(blocks []*html.Node, lang string) (published, modified string) {
	var plain string
	note := func(kind dateKind, d string) {
		switch {
		case d == "":
		case kind == publishedDate && published == "":
			published = d
		case kind == updatedDate && modified == "":
			modified = d
		case kind == plainDate && plain == "":
			plain = d
		}
	}
	for _, b := range blocks {
		shown := asciiDigits(dom.NormalizeSpace(dom.TextOf(b)))
		text := strings.ToLower(shown) // offsets as findTextDates gives them
		stamped := false
		forEachElement(b, func(e *html.Node) {
			var d string
			switch {
			case e.DataAtom == atom.Time:
				d = timeDate(e, lang)
			case dom.HasAttr(e, "title") && strings.Contains(strings.ToLower(dom.Attr(e, "class")), "published"):
				d = normalizeDate(dom.Attr(e, "title")) // hAtom's <abbr class="published" title="…">
			}
			if d != "" {
				stamped = true
				at := strings.Index(text, strings.ToLower(asciiDigits(dom.NormalizeSpace(dom.TextOf(e)))))
				if at < 0 {
					at = 0
				}
				kind := labelBefore(text[:at])
				if markedUpdate(e, elementNames(e)) {
					kind = updatedDate // <time class="updated">, shown or hidden beside the publication
				}
				note(kind, d)
			}
		})
		if stamped {
			continue
		}
		matches := findTextDates(text, lang)
		if len(matches) == 0 {
			continue
		}
		if dom.WordCount(text) > datelineWords && !rxDatelineClass.MatchString(strings.ToLower(dom.Attr(b, "class"))) && !rxPublishedLabel.MatchString(text) {
			continue
		}
		from := 0
		for _, m := range matches {
			kind := labelBefore(text[from:m.start])
			if kind == plainDate && len(shown) == len(text) && proseLine(shown, m.start) {
				continue // "Das Buch wurde am 3. Mai 1999 veröffentlicht."
			}
			note(kind, m.Date)
			from = m.start
		}
	}
	if published == "" {
		published = plain
	}
	return published, modified
}

// forEachElement calls f on n and every element inside it.
func forEachElement(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		forEachElement(c, f)
	}
}

// zoneAuthors reads the byline of the headline's zone: the names linked
// to author pages, else the text of an element marked as a byline, else
// a line that starts like one ("By …", "Von …", "Par …"). signed reports
// a byline that opens with a writer's label ("Von", "By", "Text:"): such a
// line declares its names the writers, a newsroom's as well as a person's.
func zoneAuthors(blocks []*html.Node, lang string) (names []string, signed bool) {
	for _, b := range blocks {
		if names := linkedAuthors(b); len(names) > 0 {
			return names, false
		}
		var marked []string
		forEachElement(b, func(e *html.Node) {
			if len(marked) > 0 {
				return
			}
			class, id := dom.Attr(e, "class"), dom.Attr(e, "id")
			if lower := strings.ToLower(class + " " + id); (class != "" || id != "") && rxBylineClass.MatchString(lower) {
				text := dom.NormalizeSpace(dom.TextOf(e))
				marked, signed = SplitAuthors(bylineText(bylinePartsText(e, text))), writerLabelled(text)
				if lexicon.SourceLabel.MatchString(text) || !rxWriterClass.MatchString(lower) && !signed && !rxCJKRole.MatchString(text) {
					marked = onlyAgencies(marked) // a source's element, unless it credits a writer ("记者 …")
				}
			}
		})
		if len(marked) > 0 {
			return marked, signed
		}
		text := dom.NormalizeSpace(dom.TextOf(b))
		if name := inBylineBox(b, text); name != "" {
			return []string{name}, false
		}
		if names := lineAuthors(text, lang); len(names) > 0 {
			return names, writerLabelled(text)
		}
	}
	return nil, false
}

// rxPlacePartClass marks the part of a byline box that holds the
// writer's place ("byline__location", "author-city").
var rxPlacePartClass = rx.Compile(`location|place|city|dateline|(?:^|[\s_-])(?:ort|lieu|ubicacion|luogo)(?:$|[\s_-])`)

// bylinePartsText is the text of a byline element e (whole, text) to read
// names from: a box that sets the writer's place in an element of its own
// ("<span class=name>Jane Roe</span><span class=location>New York</span>")
// runs it on from the name, which would be read as one longer name, a
// wrong one; the place's part is left out.
func bylinePartsText(e *html.Node, text string) string {
	if dom.FindFirst(e, func(c *html.Node) bool {
		return c != e && c.Type == html.ElementNode && rxPlacePartClass.MatchString(strings.ToLower(dom.Attr(c, "class")))
	}) == nil {
		return text
	}
	return dom.NormalizeSpace(textOutside(e, rxPlacePartClass))
}

// textOutside is n's text less that of the elements whose class matches skip.
func textOutside(n *html.Node, skip *rx.Regexp) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && !skip.MatchString(strings.ToLower(dom.Attr(c, "class"))):
				b.WriteString(" ")
				walk(c)
				b.WriteString(" ")
			}
		}
	}
	walk(n)
	return b.String()
}

// inBylineBox reads a block that holds one writer's full name and nothing
// else inside a box its page marks as the byline (a name's <span> in <div
// class="byline">, beside an avatar): the mark sits on a wrapper the block
// alone does not show. Such boxes also hold a section's kicker, a place
// after the name and hidden copies of the site's name, so the block must
// be a single name of two words or more, unlinked (a linked name is read
// from its author link; a linked one is a section's) and not hidden.
func inBylineBox(b *html.Node, text string) string {
	boxed := false
	for p, i := b, 0; p != nil && i <= bylineBoxDepth && !boxed; p, i = p.Parent, i+1 {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main || p.DataAtom == atom.Body || p.DataAtom == atom.A || dom.HiddenByStyle(p) {
			return ""
		}
		boxed = i > 0 && rxBylineBoxClass.MatchString(strings.ToLower(dom.Attr(p, "class")+" "+dom.Attr(p, "id")))
	}
	if !boxed || dom.FindFirst(b, func(c *html.Node) bool { return c.DataAtom == atom.A || dom.HiddenByStyle(c) }) != nil {
		return ""
	}
	names := SplitAuthors(text)
	if len(names) != 1 || dom.Comparable(names[0]) != dom.Comparable(text) || !looksLikeName(names[0]) ||
		hasCase(names[0]) && !strings.ContainsRune(names[0], ' ') {
		return ""
	}
	return names[0]
}

// bylineBoxDepth bounds the wrappers looked through for a byline's mark.
const bylineBoxDepth = 3

// rxBylineBoxClass marks a wrapper as a byline box: a writer's mark only,
// not a source's or a credit's.
var rxBylineBoxClass = rx.Compile(`byline|author|autor|auteur|writer`)

// writerLabelled reports a line that opens with a writer's label: a
// byline's word ("By", "Von", "Par") or a credit for the text ("Text:",
// "Written by"), not a source's ("Quelle:").
func writerLabelled(text string) bool {
	return lexicon.BylinePrefix.MatchString(text) || rxWriterLabel.MatchString(text)
}

// lineAuthors reads the names of a line that starts like a byline ("By
// …", "Ein Artikel von …"), or that has one after its date ("Posted 14th
// July 2021 by …"). Names must read like names; a line that also carries
// a date may print them in lower case.
func lineAuthors(text, lang string) []string {
	if rxPhotoCredit.MatchString(text) && !rxWriterLabel.MatchString(text) {
		return nil // a credit for the pictures; "Text: …, Fotos: …" names its writer first
	}
	datedKnown, dated := false, false // looked for only when a name needs it
	var names []string
	for _, name := range bylineNames(text) {
		if looksLikeName(name) {
			names = append(names, name)
			continue
		}
		if !datedKnown {
			datedKnown, dated = true, len(findTextDates(text, lang)) > 0
		}
		if dated && dom.WordCount(name) >= 2 && dom.WordCount(name) <= 3 {
			names = append(names, name)
		}
	}
	return names
}

// bylineNames splits the names out of a byline line, or returns nil when
// the line does not read like one.
func bylineNames(text string) []string {
	if loc := rxBylineLabel.FindStringIndex(text); loc != nil {
		if !labelLead(text[:loc[1]]) {
			return nil // "Entfernung von …": a noun before "von", not a byline's label
		}
		if lexicon.SourceLabel.MatchString(text) {
			return onlyAgencies(SplitAuthors(bylineText(text)))
		}
		return SplitAuthors(bylineText(text))
	}
	loc := rxInlineBy.FindStringIndex(text)
	if loc == nil {
		return nil
	}
	before := text[:loc[0]]
	if len(findTextDates(before, "")) == 0 && !rxPublishedLabel.MatchString(before) {
		return nil
	}
	return SplitAuthors(bylineText(text[loc[0]:]))
}

var (
	// rxInlineBy is a byline word inside a line, after its date.
	rxInlineBy = rx.Compile(`(?i)\b(?:by|von|par|por|door|di)\s+`)
	// rxPhotoCredit marks a credit line for pictures, not for the text.
	rxPhotoCredit = rx.Compile(`(?i)\b(?:photo|photos|foto|fotos|bild|image|imagen|immagine|illustration|grafik|graphic|video|picture)\b|фото`)
	// rxOurRole is "our correspondent" and the like between a byline word and the name.
	rxOurRole = rx.Compile(`(?i)^(?:onze|unserem|unserer|unseren|notre|nos|nuestro|nuestra|our|nostro|nostra|nosso|nossa|наш|нашего)\s+\pL+\s+`)
)

// linkedAuthors returns the names that n links to author pages, marks as
// authors (rel=author, itemprop=author) or as a person's name (hCard fn).
func linkedAuthors(n *html.Node) []string {
	var names []string
	forEachElement(n, func(e *html.Node) {
		isAuthor := dom.HasToken(dom.Attr(e, "rel"), "author") || dom.HasToken(dom.Attr(e, "itemprop"), "author") ||
			(e.DataAtom == atom.A && rxAuthorHref.MatchString(dom.Attr(e, "href"))) || dom.HasToken(dom.Attr(e, "class"), "fn")
		if !isAuthor || creditedForPictures(e, n) {
			return
		}
		var named []string
		forEachElement(e, func(c *html.Node) {
			if c != e && dom.Attr(c, "itemprop") == "name" {
				named = append(named, SplitAuthors(dom.NormalizeSpace(dom.TextOf(c)))...)
			}
		})
		if len(named) == 0 {
			named = SplitAuthors(bylineText(dom.NormalizeSpace(dom.TextOf(e))))
		}
		names = append(names, named...)
	})
	return dom.Dedupe(names)
}

// creditedForPictures reports an author link whose label, the text just
// before it inside the block, credits the pictures: "Fotos: <a>…</a>",
// "<dt>イラスト</dt><dd><a>…</a></dd>". Shops and magazines link their
// illustrators and photographers to the same profile pages as their
// writers; the label is what tells them apart.
func creditedForPictures(link, block *html.Node) bool {
	for n := link; n != nil && n != block; n = n.Parent {
		for p := n.PrevSibling; p != nil; p = p.PrevSibling {
			if text := strings.TrimSpace(dom.TextOf(p)); text != "" {
				return rxPictureLabel.MatchString(text)
			}
		}
	}
	return false
}

// rxPictureLabel is a label for pictures at the end of a text: a photo's
// or an illustration's credit, in words or in CJK, with its "by" or colon.
var rxPictureLabel = rx.Compile(`(?i)(?:^|[^\pL])(?:photos?|photographs?|photography|fotos?|fotografie|fotografía|bilder?|illustrations?|illustrated|illustrationen|ilustración|illustrazioni?|ilustrações|grafik|video|фото|イラスト|写真|撮影|插画|插图|摄影|사진|일러스트)(?:\s*(?:by|von|de|di|par|por|door))?\s*[:：]?$`)

var (
	// rxBylineEnd cuts what follows the names: a date, "on …", a separator.
	rxBylineEnd = rx.Compile(`\s+(?:on|am|le|el|il|em|op|in|at|—|–|-|\||·|•)\s|\s*[|·•—]|\d`)
)

// bylineText cuts a byline line down to its names: the label before them
// and the date or role after them go.
func bylineText(s string) string {
	s = rxBylineLabel.ReplaceAllString(s, "")
	s = rxOurRole.ReplaceAllString(s, "")
	if loc := rxLeadingSection.FindStringIndex(s); loc != nil && !agencies[strings.ToLower(strings.TrimRight(s[:loc[1]], " ·•|"))] {
		s = s[loc[1]:] // a news agency before the bar is the byline itself ("dpa | 22.06.2023")
	}
	end := len(s)
	for _, rx := range []*rx.Regexp{rxBylineEnd, rxWeekday} {
		if loc := rx.FindStringIndex(s); loc != nil && loc[0] > 0 && loc[0] < end {
			end = loc[0]
		}
	}
	if lower := strings.ToLower(s); len(lower) == len(s) { // the month patterns are lower case
		if loc := rxMonthDayYear.FindStringIndex(lower); loc != nil && loc[0] > 0 && loc[0] < end {
			end = loc[0]
		}
	}
	return strings.TrimSpace(s[:end])
}

// rxLeadingSection is a section's one word before the names, set off by
// a dot or a bar ("Politik · Jane Doe · 14.02.2022").
var rxLeadingSection = rx.Compile(`^[\pL-]+\s*[·•|]\s*`)

// rxWeekday is a day's name, which starts the date after a byline.
var rxWeekday = rx.Compile(`(?i)[\s,]+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[\s,]+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:[\s,]|$)`)

var (
	// rxWriterClass is the part of rxBylineClass that marks a writer, not a source.
	rxWriterClass = rx.Compile(`byline|author|autor|auteur|firma|signat|writer|reporter`)
	// rxAgencyWord marks a news agency's full name.
	rxAgencyWord = rx.Compile(`(?i)(?:^|[\s-])(?:press|presse|agentur|agency|agence|agencia|agenzia|agência|ajansı|агентство|news service|wire)(?:[\s,.-]|$)`)
)

// onlyAgencies keeps the news agencies among the names a source's line
// or a source-classed element gives: an agency is the story's source,
// anyone or anything else there is a picture's, a figure's or a quote's.
func onlyAgencies(names []string) []string {
	var out []string
	for _, n := range names {
		if agencies[strings.ToLower(n)] || rxAgencyWord.MatchString(n) {
			out = append(out, n)
		}
	}
	return out
}

// rxBylineLabel is how a byline line starts, "By", "Von", "Par", "Por",
// "Di", "Door", "Автор:", "Written by", "Quelle:" …, removed before the names.
//
// A credit for the text may join its label to the names with the
// language's "of" ("Texto de", "Texte de", "Testo di", "Text von"): the
// joining word goes with the label, or it would be read as a name.
var rxBylineLabel = rx.Compile(`(?i)^(?:\pL+\s+){0,2}?` +
	`(?:(?:text|texto|texte|testo|tekst)\s+(?:de|da|do|di|del|von|by|door|av|af|od)\s+|` +
	`(?:by|von|par|por|di|door|av|af|от|quelle|source|bron|fonte|fuente|autor(?:es|en|in|innen|ka|zy)?|autoři|auteurs?|autore|autori|авторы|автор|текст|text|texto|testo|tekst)(?:\s*:\s*|\s+))`)

// looksLikeName reports whether a name found after a byline word reads
// like one: its first word capitalised, at most five words.
func looksLikeName(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(first)
}

// leadWords are the words a byline's label may open with before its "by"
// or "von": "Ein Artikel von", "Written by", "Un reportage de".
var leadWords = map[string]bool{
	"ein": true, "eine": true, "einem": true, "a": true, "an": true, "un": true, "una": true, "uno": true, "een": true,
	"article": true, "artikel": true, "beitrag": true, "gastbeitrag": true, "kommentar": true, "analyse": true,
	"reportage": true, "interview": true, "story": true, "words": true, "text": true, "texte": true, "texto": true,
	"testo": true, "written": true, "posted": true, "published": true, "geschrieben": true, "verfasst": true,
	"artículo": true, "articolo": true, "escrito": true, "scritto": true, "publié": true, "rédigé": true,
	"reporting": true, "report": true, "bericht": true, "column": true, "kolumne": true, "essay": true,
	"opinion": true, "meinung": true, "gastkommentar": true, "blog": true, "post": true, "photos": true,
	"enviado": true, "inviato": true, "envoyé": true, "correspondant": true, "original": true,
}

// labelLead reports whether the words before a byline's label word
// (label is the line up to the end of rxBylineLabel's match) are a
// label's own: none, or leadWords.
func labelLead(label string) bool {
	words := strings.Fields(strings.ToLower(label))
	for _, w := range words[:max(0, len(words)-1)] {
		if !leadWords[strings.Trim(w, ":")] {
			return false
		}
	}
	return true
}
