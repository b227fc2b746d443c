package clean

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
)

// An Article is what cleaning knows of the article: the headline,
// standfirst and authors post-cleaning takes out of the body, and where
// the body came from (BodyReadability unless the recall guard says
// otherwise).
type Article struct {
	Title, Subtitle string
	Authors         []string
	BodySource      string
	// Site is the registrable domain of the page's address (dom.Site),
	// "" when the address is unknown.
	Site string
}

// Removal records one element a cleaning rule removed, and why.
type Removal struct {
	// Rule is the name of the rule that removed the element.
	Rule string
	// Tag is the element's tag name.
	Tag string
	// Selector names the element the way CSS would — its tag, id and first
	// classes, as in div#promo.box.wide — for a --keep or --remove rule.
	Selector string
	// Text is the start of the element's text.
	Text string
}

// Rule names, as reported in Removal.Rule.
const (
	RuleNonContent     = "non-content"     // scripts, styles, templates: never article text
	RuleHidden         = "hidden"          // hidden, aria-hidden or display:none/visibility:hidden
	RuleDialog         = "dialog"          // <dialog>, role=dialog/alertdialog, aria-modal
	RuleNavigation     = "navigation"      // <nav> and navigation, menu, toolbar, search roles
	RuleClassVocab     = "class-vocab"     // class/id names of boilerplate widgets
	RuleWording        = "wording"         // short widgets whose wording is boilerplate
	RuleControls       = "controls"        // buttons and form fields
	RuleHeadline       = "headline"        // the headline or standfirst repeated in the body
	RuleBylineDate     = "byline-date"     // byline and date lines above the body
	RuleLinkList       = "link-list"       // lists of links to other stories
	RuleFurniture      = "furniture"       // <aside>, <footer> and forms, which readability drops too
	RuleOutsideArticle = "outside-article" // the page around the article it declares
	RuleAuthorBio      = "author-bio"      // the author's biography at the article's foot
	RuleDateStamp      = "date-stamp"      // published and updated stamps anywhere in the article
	RuleTeaserList     = "teaser-list"     // teasers for other stories after the article
	RuleSignatories    = "signatories"     // the names under an open letter or petition
	RuleSignupBox      = "signup-box"      // a short box around an e-mail field
	RuleShareLink      = "share-link"      // a link to a network's share endpoint, or an e-mail share
	RuleActionBox      = "action-box"      // a short box that ends in a call to action
	RuleTagList        = "tag-list"        // the article's tags, links marked rel=tag
	RuleDeadLinks      = "dead-links"      // a bar of links that lead nowhere, with their counts
	RuleArrowLink      = "arrow-link"      // a lone link with an arrow after the article
	RuleLabelledLink   = "labelled-link"   // a line of a label with a colon and a link to another story
)

// ruleReasons says why each rule removes what it removes, for --explain.
var ruleReasons = map[string]string{
	RuleNonContent:     "scripts, styles and templates are never article text",
	RuleHidden:         "hidden from readers by hidden, aria-hidden or display:none",
	RuleDialog:         "a dialog or modal over the page",
	RuleNavigation:     "navigation, menu, toolbar or search",
	RuleClassVocab:     "its class or id names a boilerplate widget",
	RuleWording:        "a short block whose wording is boilerplate",
	RuleControls:       "buttons and form fields",
	RuleHeadline:       "the headline, standfirst or kicker, which live in the metadata",
	RuleBylineDate:     "a byline or date line above the body, which live in the metadata",
	RuleLinkList:       "a list of links to other stories",
	RuleFurniture:      "an aside, footer or form, which readability would drop too",
	RuleOutsideArticle: "outside the article the page declares, which holds nearly all its paragraphs",
	RuleAuthorBio:      "the author's biography, which belongs to the byline",
	RuleDateStamp:      "a published or updated stamp, which lives in the metadata",
	RuleTeaserList:     "teasers for other stories (a headline link, a short summary or date) after the article",
	RuleSignatories:    "the names that sign the letter, under their heading",
	RuleSignupBox:      "a short box around an e-mail field: a sign-up or log-in form with its pitch",
	RuleShareLink:      "a link that shares the page on a network or by e-mail, or prints it",
	RuleActionBox:      "a short box with a title and a pitch that ends in a call to action (subscribe, donate, install, accept)",
	RuleTagList:        "the article's tags (links marked rel=tag) with their label",
	RuleDeadLinks:      "a bar of short links that lead nowhere (href # or javascript:), a script's buttons, with their counts",
	RuleArrowLink:      "a lone link ending in an arrow after the article's last paragraph, pointing elsewhere",
	RuleLabelledLink:   "a line of its own made of a short label with a colon and a link to another story",
	RuleUserRemove:     "your --remove selector or rules file",
	RuleUserText:       "your rules file's text pattern",
}

// String describes the removal on one line, for --explain:
//
//	removed div.share-bar by class-vocab (its class or id names a boilerplate widget): "Share on Facebook"
func (r Removal) String() string {
	base, _, _ := strings.Cut(r.Rule, ": ")
	return fmt.Sprintf("removed %s by %s (%s): %q", r.Selector, r.Rule, ruleReasons[base], r.Text)
}

// cleaner runs the pre-readability rules over a tree.
type cleaner struct {
	*Pruner
	totalLong  int                    // long paragraphs on the whole page
	briefParas int                    // paragraphs of a news brief's length (hasArticle), -1 until counted
	totalProse int                    // words on the whole page outside links
	kinds      map[*html.Node]string  // wording matches already computed
	names      map[string]nameVerdict // class and id values already read
}

// clean removes boilerplate from the page before readability sees it and
// reports what it removed. Five passes, in order: the boxes around e-mail
// fields (before the forms in them go), share bars, markup rules (which need no
// context), wording rules (which use buttons and links as evidence, so
// they run before the controls go), then the controls themselves.
func clean(root *html.Node, p *Pruner) {
	c := &cleaner{Pruner: p, totalLong: p.paras.long(root), briefParas: -1, totalProse: proseWords(root), kinds: map[*html.Node]string{}, names: map[string]nameVerdict{}}
	c.removeSignupBoxes(root)
	c.removeShareBars(root)
	c.walk(root, c.markupRule)
	deferred := c.removeActionBoxes(root)
	c.removeTagLists(root)
	c.removeDeadLinkBars(root)
	c.removeArrowLinks(root)
	c.removeLabelledLinks(root)
	c.removeWordingWidgets(root)
	c.removeDeferredActionBoxes(root, deferred)
	c.walk(root, controlOrHeadingButton)
	// An open letter's names, each with a comma or two, outscore its
	// paragraphs in readability: they go before it chooses.
	removeSignatories(root, p)
}

// walk visits the elements under n in document order and removes each one
// rule names, skipping its subtree.
func (c *cleaner) walk(n *html.Node, rule func(*html.Node) string) {
	for child := n.FirstChild; child != nil; {
		next := child.NextSibling
		if child.Type == html.ElementNode {
			if name := rule(child); name == "" || !c.remove(child, name) {
				if !c.shield.kept[child] { // pith's rules leave kept elements alone
					c.walk(child, rule)
				}
			}
		}
		child = next
	}
}

func removal(n *html.Node, rule string) Removal {
	return Removal{Rule: rule, Tag: pageTag(n), Selector: selectorOf(n), Text: textPrefix(n, 80)}
}

// pageTag is n's tag as the page wrote it: readability renames elements
// (an h1 to h2, a div to p) but leaves DataAtom, and --explain's selector
// must find the element in the page.
func pageTag(n *html.Node) string {
	if n.DataAtom != 0 {
		return n.DataAtom.String()
	}
	return n.Data
}

// selectorOf describes n as tag#id.class…, with at most three classes.
func selectorOf(n *html.Node) string {
	var b strings.Builder
	b.WriteString(pageTag(n))
	if id := dom.Attr(n, "id"); id != "" && !strings.ContainsAny(id, " \t\n") {
		b.WriteString("#" + id)
	}
	for i, class := range strings.Fields(dom.Attr(n, "class")) {
		if i == 3 {
			break
		}
		b.WriteString("." + class)
	}
	return b.String()
}

// textPrefix returns the first limit characters of n's text, spaces
// collapsed, with "…" when there is more; it reads no further than it needs.
func textPrefix(n *html.Node, limit int) string {
	var b strings.Builder
	runes, space, more := 0, false, false
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				for _, r := range c.Data {
					if unicode.IsSpace(r) {
						space = b.Len() > 0
						continue
					}
					if runes >= limit {
						more = true
						return false
					}
					if space {
						b.WriteByte(' ')
						runes, space = runes+1, false
					}
					b.WriteRune(r)
					runes++
				}
				space = b.Len() > 0
			case c.Type == html.ElementNode && !dom.SkipsText(c):
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	walk(n)
	if more {
		return b.String() + "…"
	}
	return b.String()
}

// markupRule names the rule under which markup alone marks n as boilerplate.
func (c *cleaner) markupRule(n *html.Node) string {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Link, atom.Svg, atom.Canvas:
		return RuleNonContent
	case atom.Meta:
		return RuleNonContent // read already; readability would read and copy them again
	case atom.Body, atom.Html, atom.Head:
		return ""
	case atom.Nav:
		return RuleNavigation
	case atom.Aside, atom.Footer, atom.Form:
		return c.unlessBody(n, RuleFurniture)
	case atom.Dialog:
		return c.unlessBody(n, RuleDialog)
	}
	switch dom.Attr(n, "role") {
	case "dialog", "alertdialog":
		return c.unlessBodyDialog(n)
	case "navigation", "menu", "menubar", "toolbar", "search", "tablist":
		return RuleNavigation
	case "tooltip":
		return c.unlessBody(n, RuleClassVocab)
	}
	if dom.Attr(n, "aria-modal") == "true" {
		return c.unlessBodyDialog(n)
	}
	if dom.IsHidden(n) {
		return c.unlessBody(n, RuleHidden)
	}
	if n.DataAtom == atom.A && permalinkMark(n) {
		return RuleNavigation
	}
	if n.DataAtom != atom.Article && n.DataAtom != atom.Main && c.namesBoilerplate(n) {
		return c.unlessBody(n, RuleClassVocab)
	}
	return ""
}

// permalinkMark reports whether link n is a heading's permalink: a link to
// an anchor on the page, inside a heading, whose text is a mark and no
// word ("¶", "#", "§", "🔗", or nothing but an icon). Documentation tools
// (Sphinx, MkDocs, Docusaurus, GitHub's Markdown) put one in every
// heading, and its mark would print in the heading's text ("Install¶").
func permalinkMark(n *html.Node) bool {
	if n.Parent == nil || !isHeadingTag(n.Parent) || !strings.HasPrefix(dom.Attr(n, "href"), "#") {
		return false
	}
	marks := 0
	for _, r := range dom.TextOf(n) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return false
		case !unicode.IsSpace(r) && r != '\u200b':
			marks++
		}
	}
	return marks <= 2
}

// unlessBody returns rule unless n holds the article's body: three or more
// long paragraphs and at least half of the page's, or at least 40% of the
// page's words outside links. A saved page whose modal was open, or a layout
// wrapper named "l-sidebar-fixed article-body", keeps its text. An element
// named for reader comments needs the paragraphs: a lively thread under a
// short post holds as many words as the post, in fewer long paragraphs.
func (c *cleaner) unlessBody(n *html.Node, rule string) string {
	if long := c.paras.long(n); long >= 3 && long*2 >= c.totalLong {
		return ""
	}
	if rule == RuleClassVocab && NamesComments(n) {
		return rule
	}
	if prose := proseWords(n); prose >= 50 && prose*10 >= c.totalProse*4 {
		return ""
	}
	return rule
}

// unlessBodyDialog is unlessBody for a dialog. A dialog spared as the body
// (a newsroom or a story overlay showing the article in an open modal)
// loses its aria-modal: readability drops every aria-modal dialog as an
// overlay the reader cannot see, and would throw the article away after
// the rules kept it. A consent centre's long legal paragraphs can pass for
// a body too: a dialog naming consent or cookies in it keeps its mark.
func (c *cleaner) unlessBodyDialog(n *html.Node) string {
	rule := c.unlessBody(n, RuleDialog)
	if rule == "" && !namesConsent(n) && dom.FindFirst(n, namesConsent) == nil {
		dom.RemoveAttr(n, "aria-modal")
	}
	return rule
}

// proseWords counts the words under n outside links, scripts and styles.
func proseWords(n *html.Node) int {
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			count += dom.WordCount(c.Data)
		case c.Type == html.ElementNode:
			switch c.DataAtom {
			case atom.A, atom.Script, atom.Style, atom.Template, atom.Noscript:
				continue
			}
			count += proseWords(c)
		}
	}
	return count
}

// boilerplateNames are class and id words (whole words of a name split at
// punctuation and camelCase) that sites give their non-article widgets.
var boilerplateNames = map[string]bool{
	"share": true, "sharing": true, "sharebar": true, "social": true, "socials": true,
	"newsletter": true, "newsletters": true, "subscribe": true, "subscription": true, "signup": true,
	"register": true, "registration": true, "login": true, "signin": true, "paywall": true, "regwall": true,
	"promo": true, "promotion": true, "advert": true, "advertisement": true, "ad": true, "ads": true, "sponsored": true,
	"related": true, "recommended": true, "recommendations": true, "outbrain": true, "taboola": true, "trending": true,
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "cta": true,
	"notification": true, "notifications": true, "modal": true, "popup": true, "overlay": true,
	"breadcrumb": true, "breadcrumbs": true,
	"byline": true, "sidebar": true, "navbar": true, "menu": true, "masthead": true,
}

// commentNames are the class and id words that name reader comments; they
// are boilerplate names too (isBoilerplateName). Other languages' words
// are plural only: a German paper classes an opinion column "kommentar",
// and the singular names one comment in Swedish, Danish or Czech as well
// as a commentary.
var commentNames = map[string]bool{
	"comment": true, "comments": true, "disqus": true,
	"kommentare": true, "kommentarer": true, "commentaires": true, "comentarios": true, "commenti": true,
	"reacties": true, "komentarze": true, "komentare": true, "kommentit": true,
}

// isBoilerplateName reports whether w, one word of a class or id, names a
// non-article widget or reader comments.
func isBoilerplateName(w string) bool { return boilerplateNames[w] || commentNames[w] }

// contentNames are class and id words that mark quoted content even beside
// a boilerplate word: a "social-embed" holds a post the article quotes.
var contentNames = map[string]bool{"embed": true, "embedded": true, "embeds": true}

// hasBoilerplateName reports whether n's class or id holds a boilerplate
// word, and no content word.
func hasBoilerplateName(n *html.Node) bool {
	class, id := readName(dom.Attr(n, "class")), readName(dom.Attr(n, "id"))
	return boilerplateOf(class, id)
}

func boilerplateOf(class, id nameVerdict) bool {
	return !class.content && !id.content && (class.boilerplate || id.boilerplate)
}

// namesTooltipBubble reports whether n's class or id names a tooltip's
// bubble ("tooltip-text", "tooltipContent", "tooltiptext"): the hint a
// pointer shows beside a button or term, never article text. The term
// itself, often classed "tooltip" alone, stays in its sentence.
func namesTooltipBubble(n *html.Node) bool {
	return readName(dom.Attr(n, "class")).bubble || readName(dom.Attr(n, "id")).bubble
}

// nameVerdict is what the words of one class or id value say.
type nameVerdict struct {
	content     bool // a content word (contentNames)
	boilerplate bool // a boilerplate word, or "sign"/"log" then "up"/"in"
	bubble      bool // a tooltip's bubble
	authorBox   bool // an author's box: "author-bio", "authorInfo", "about-the-author"
	quote       bool // a quotation's word: its "author-info" is the person quoted
}

// readName reads the words of one class or id value.
func readName(value string) nameVerdict {
	var v nameVerdict
	prev := ""
	tooltip, bubble := false, false
	author, about := false, false // in the current class name
	for i, w := range nameWordsByToken(value) {
		if i == 0 {
			author, about = false, false
		}
		if contentNames[w] {
			v.content = true
		}
		// "sign-up", "sign_in", "log-in" are written in two words.
		if isBoilerplateName(w) || (prev == "sign" || prev == "log") && (w == "up" || w == "in") {
			v.boilerplate = true
		}
		prev = w
		switch w {
		case "tooltiptext", "tooltipcontent", "tooltipinner":
			v.bubble = true
		case "tooltip", "tooltips":
			tooltip = true
		case "text", "content", "inner", "body", "bubble", "box", "popup", "popover":
			bubble = true
		}
		switch {
		case authorWords[w]:
			author = true
		case authorBoxWords[w]:
			about = true
		case isJoinedAuthorBox(w):
			v.authorBox = true
		}
		v.authorBox = v.authorBox || author && about
		if quoteWords[w] {
			v.quote = true
		}
	}
	v.bubble = v.bubble || tooltip && bubble
	v.authorBox = v.authorBox && !v.quote
	return v
}

// nameWordsByToken yields the words of value's space-separated class
// names, each with its place in its own name (0 for a name's first word).
func nameWordsByToken(value string) func(yield func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for token := range strings.FieldsSeq(value) {
			i := 0
			for w := range lexicon.NameWordsOf(token) {
				if !yield(i, w) {
					return
				}
				i++
			}
		}
	}
}

// An author box — the writer's photo, name, role and biography, at the
// article's head or foot — is named by an author word and a box word in
// one class name ("author-bio", "entry-author__description",
// "ArticleAuthorBio", "about-the-author", "autor-info-card",
// "author-container"), or by the two run together ("authorprofile",
// "authorinfo"). Either word alone names too much: an "author" class marks
// a byline link, "profile" or "info" a story's own boxes. The biography
// belongs to the byline, like the byline itself.
var (
	authorWords = map[string]bool{
		"author": true, "authors": true, "autor": true, "autoren": true, "autorin": true, "autores": true,
		"auteur": true, "auteurs": true, "autore": true, "autori": true,
	}
	authorBoxWords = map[string]bool{
		"bio": true, "bios": true, "biography": true, "biographie": true, "biografie": true, "biografia": true,
		"biografía": true, "description": true, "profile": true, "box": true, "info": true, "information": true,
		"about": true, "card": true, "details": true,
		// The box around them: "author-container", "authorWrapper".
		"container": true, "wrapper": true, "wrap": true, "block": true, "section": true,
	}
)

// quoteWords name a quotation, whose author is the person quoted
// ("quote-box__author-info", "pullquote-author-details").
var quoteWords = map[string]bool{
	"quote": true, "quotes": true, "quotation": true, "pullquote": true, "blockquote": true,
	"cite": true, "citation": true, "testimonial": true, "zitat": true, "cita": true, "citazione": true,
}

// isJoinedAuthorBox reports whether w is an author word and a box word run
// together ("authorbio", "authorprofile", "abouttheauthor").
func isJoinedAuthorBox(w string) bool {
	if len(w) < len("autorbio") || w[0] != 'a' { // every author word opens with a
		return false
	}
	for a := range authorWords {
		if rest, ok := strings.CutPrefix(w, a); ok && authorBoxWords[rest] {
			return true
		}
		if rest, ok := strings.CutPrefix(w, "about"); ok && (rest == a || rest == "the"+a) {
			return true
		}
	}
	return false
}

// nameOf is readName, remembered: a page repeats its class values on
// element after element.
func (c *cleaner) nameOf(value string) nameVerdict {
	if value == "" {
		return nameVerdict{}
	}
	if c.names == nil {
		return readName(value)
	}
	v, ok := c.names[value]
	if !ok {
		v = readName(value)
		c.names[value] = v
	}
	return v
}

// namesBoilerplate is hasBoilerplateName(n) || namesTooltipBubble(n), or
// n is named for an author box outside a quotation.
func (c *cleaner) namesBoilerplate(n *html.Node) bool {
	class, id := c.nameOf(dom.Attr(n, "class")), c.nameOf(dom.Attr(n, "id"))
	if isHeadingTag(n) {
		// A heading's id is the anchor a table of contents links to, made
		// from its own words ("sharing-with-your-team"): a topic, not a
		// widget's name. Its class still counts.
		id = nameVerdict{}
	}
	if boilerplateOf(class, id) || class.bubble || id.bubble {
		return true
	}
	return (class.authorBox || id.authorBox) && !class.content && !id.content && !inQuotation(n)
}

// inQuotation reports whether n is or sits in a quotation or a figure: the
// "author-info" under a pull quote names the person quoted, who is part of
// the story.
func inQuotation(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		switch n.DataAtom {
		case atom.Blockquote, atom.Q, atom.Cite, atom.Figure:
			return true
		case atom.Article, atom.Main, atom.Body:
			return false
		}
	}
	return false
}

// controlRule names the rule that removes n as a control: buttons and form
// fields are never article text.
func controlRule(n *html.Node) string {
	switch n.DataAtom {
	case atom.Button:
		if headingText(n) {
			return ""
		}
		return RuleControls
	case atom.Input, atom.Select, atom.Textarea, atom.Option:
		return RuleControls
	}
	if dom.Attr(n, "role") == "button" && dom.WordsIn(n) <= 8 {
		return RuleControls
	}
	// A form field's short label ("Quantity", "Size") outlives its field
	// and would stand alone as a line of the text. The label of a check box
	// or a radio button stays: CSS-only tabs and accordions title their
	// sections so, and a poll's options are its text. A long label is
	// left, in case a page writes prose in one.
	if n.DataAtom == atom.Label && dom.WordsIn(n) <= 3 && labelsField(n) {
		return RuleControls
	}
	return ""
}

// labelsField reports whether label n sits beside or around a field one
// types or picks in (a text or number input, a select, a text area).
func labelsField(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	return dom.FindFirst(n.Parent, func(f *html.Node) bool {
		switch f.DataAtom {
		case atom.Select, atom.Textarea:
			return true
		case atom.Input:
			switch strings.ToLower(dom.Attr(f, "type")) {
			case "checkbox", "radio", "hidden", "submit", "button", "image", "reset":
				return false
			}
			return true
		}
		return false
	}) != nil
}

// controlOrHeadingButton is controlRule for the controls pass. A button
// that is all of its heading's text is an accordion's section title: it is
// unwrapped, since readability drops every button, and the heading loses
// its class, whose "accordion-header" readability would take for the
// page's header. The heading stays a heading, its id an anchor.
func controlOrHeadingButton(n *html.Node) string {
	if n.DataAtom == atom.Button && headingText(n) {
		dom.RemoveAttr(n.Parent, "class")
		dom.UnwrapNode(n)
		return ""
	}
	return controlRule(n)
}

// headingText reports whether button n is all the text of the heading it
// sits in: an accordion's section title is a button inside an <h2> that
// opens the section below it.
func headingText(n *html.Node) bool {
	h := n.Parent
	if h == nil || !isHeadingTag(h) {
		return false
	}
	words := dom.WordsIn(n)
	return words > 0 && words == dom.WordsIn(h)
}

// isControl reports whether n is a button, form field or form.
func isControl(n *html.Node) bool {
	return n.DataAtom == atom.Form || n.DataAtom != atom.Label && controlRule(n) != ""
}
