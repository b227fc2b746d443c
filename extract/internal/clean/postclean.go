package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
	"github.com/pith-cli/pith/internal/rx"
)

// postClean removes from the article what belongs in the metadata fields:
// the headline and standfirst, the byline and the date line, and a short
// kicker above the headline, when they sit above the first body paragraph
// (the header zone). Nothing below it is touched.
func postClean(content *html.Node, art *Article, p *Pruner) {
	zone := headerZone(content, art.Title)
	// An h1 is the headline when it reads like the title, or when it is the
	// zone's first and no paragraph stands above it. Otherwise it is a
	// section heading in h1 (readability has already dropped a headline
	// that repeats the title): body text.
	firstH1, paragraphAbove := -1, false
	for i, b := range zone {
		if b.node.DataAtom == atom.H1 {
			firstH1 = i
			break
		}
		paragraphAbove = paragraphAbove || b.node.DataAtom == atom.P
	}
	rule := func(i int) string {
		b := zone[i]
		if b.node.DataAtom == atom.H1 && art.Title != "" && !dom.SimilarText(b.text, art.Title) && (i != firstH1 || paragraphAbove) {
			return ""
		}
		return headerRule(b.node, b.text, art)
	}
	headline := -1 // the headline, when it opens the article
	for i := range zone[:min(len(zone), maxKickerAt+1)] {
		if rule(i) == RuleHeadline {
			headline = i
		}
	}
	rules := make([]string, len(zone))
	removed := 0
	for i, b := range zone {
		rules[i] = rule(i)
		if rules[i] == "" && i < headline && dom.WordCount(b.text) <= maxKickerWords {
			rules[i] = RuleHeadline // a kicker or section label above the headline
		}
		if rules[i] != "" {
			removed += dom.WordCount(b.text)
		}
	}
	// A page whose whole text is its standfirst (a video or photo page
	// with a few sentences under the headline, which the page's
	// description repeats) keeps it: without it there is no article at
	// all, and the standfirst is the text a reader came for.
	if art.Subtitle != "" && dom.WordsIn(content)-removed < MinArticleWords {
		for i, b := range zone {
			if rules[i] == RuleHeadline && isStandfirst(b, art) {
				rules[i] = ""
			}
		}
	}
	for i, b := range zone {
		if rules[i] == "" || !dom.Attached(b.node, content) {
			continue
		}
		p.removeWithEmptyParents(b.node, content, rules[i])
	}
}

// isStandfirst reports whether the header zone's block b is the
// standfirst: it reads as the subtitle, and is not the headline.
func isStandfirst(b zoneBlock, art *Article) bool {
	return b.node.DataAtom != atom.H1 && dom.SameText(b.text, art.Subtitle) && !dom.SameText(b.text, art.Title)
}

// A kicker or section label is at most maxKickerWords long and stands
// before a headline among the first maxKickerAt+1 blocks.
const (
	maxKickerWords = 5
	maxKickerAt    = 3
	maxZoneBlocks  = 12 // the header zone is the first blocks of the article only
)

type zoneBlock struct {
	node *html.Node
	text string
}

// headerZone lists the text blocks above the first body paragraph.
func headerZone(content *html.Node, title string) []zoneBlock {
	var zone []zoneBlock
	for _, block := range dom.TextBlocks(content) {
		text := dom.NormalizeSpace(dom.TextOf(block))
		// A long block ends the zone, but not the headline: a Chinese or
		// Japanese headline is often as long as a short paragraph. (A long
		// standfirst in h2 does end it: on a page with nothing else, it is
		// the text.)
		headline := block.DataAtom == atom.H1 || isHeadingTag(block) && dom.SimilarText(text, title)
		if len(zone) == maxZoneBlocks || dom.BlockTags[block.DataAtom] && !headline && dom.WordCount(text) >= dom.LongParagraphWords {
			break
		}
		zone = append(zone, zoneBlock{block, text})
	}
	return zone
}

// headerRule names the rule under which a block of the header zone leaves the body.
func headerRule(n *html.Node, text string, art *Article) string {
	words := dom.WordCount(text)
	switch {
	case n.DataAtom == atom.H1 || dom.SameText(text, art.Title) || (art.Subtitle != "" && dom.SameText(text, art.Subtitle)):
		return RuleHeadline
	case words <= 8 && art.Title != "" && strings.Contains(dom.Comparable(art.Title), dom.Comparable(text)):
		return RuleHeadline // a kicker repeating the start of the headline
	case words <= 15 && lexicon.IsByline(text, art.Authors):
		return RuleBylineDate
	case words <= 12 && (n.DataAtom == atom.Time || dom.FindFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.Time }) != nil || lexicon.LooksLikeDate(text) && !lineScore(text)):
		return RuleBylineDate
	}
	return ""
}

// lineScore reports whether text holds four or more bare numbers of one
// to three digits: a game's score by period ("Rockledge 14 11 6 15 — 44")
// at the top of a results report, not a date, which has a day and a month
// at most beside its year and time.
func lineScore(text string) bool {
	short := 0
	for _, f := range strings.Fields(text) {
		if len(f) <= 3 && strings.Trim(f, "0123456789") == "" {
			short++
		}
	}
	return short >= 4
}

// removeDateStamps removes published and updated stamps anywhere in the
// article — "Updated at 1:23 p.m.", "PUBLISHED: 10:48, Tue, Nov 19, 2019 |
// UPDATED: 11:05", "Veröffentlicht am 14.05.2024" — blocks that are a stamp
// label and a date and nothing more. An update note that says what changed
// ("Update: the company has since replied…") is content and stays.
func removeDateStamps(content *html.Node, p *Pruner) {
	for _, block := range dom.TextBlocks(content) {
		if !dom.Attached(block, content) || dom.WordsUpTo(block, maxStampWords) > maxStampWords {
			continue
		}
		if isDateStamp(dom.NormalizeSpace(dom.TextOf(block))) {
			p.removeWithEmptyParents(block, content, RuleDateStamp)
		}
	}
}

// maxStampWords bounds a stamp line: two labelled dates with times.
const maxStampWords = 24

// isDateStamp reports whether text is one or more stamps ("Published …",
// "Updated …" in many languages, separated by |, ·, • or a spaced /), each a label then a
// date or time, optionally "by" a name.
func isDateStamp(text string) bool {
	text = strings.ToLower(text) // the patterns are lower case: cheaper to compile than (?i)
	if !rxStampLabel.MatchString(text) {
		return false // a stamp opens with its label
	}
	for _, seg := range rxStampSeparator.Split(text, -1) {
		loc := rxStampLabel.FindStringIndex(seg)
		if loc == nil {
			return false
		}
		rest := rxStampBy.ReplaceAllString(seg[loc[1]:], "")
		rest = rxTimeOfDay.ReplaceAllString(rest, " 0 0 ") // a time of day counts as two date words
		if !lexicon.LooksLikeDate(rest) {
			return false
		}
	}
	return true
}

var (
	rxStampLabel = rx.Compile(`^\s*((first|last|originally|zuletzt|dernière|son|ostatnia|senast|sidst|sist|viimeksi)\s+)?(published|updated|posted|modified|original|` +
		`veröffentlicht|aktualisiert|publié|mis à jour|modifié|publicado|actualizado|atualizado|modificado|pubblicato|aggiornato|` +
		`gepubliceerd|bijgewerkt|geplaatst|опубликовано|обновлено|изменено|` +
		`yayınlanma|yayınlandı|güncelleme|güncellendi|opublikowano|aktualizacja|zaktualizowano|publikováno|zveřejněno|aktualizováno|aktualizace|` +
		`publikované|uverejnené|aktualizované|aktualizácia|publicerad|publicerat|uppdaterad|uppdaterat|publiceret|opdateret|publisert|oppdatert|` +
		`julkaistu|päivitetty|publikálva|közzétéve|frissítve|publicat|actualizat|опубліковано|оновлено|` +
		`δημοσιεύθηκε|δημοσιεύτηκε|ενημερώθηκε|objavljeno|ažurirano|公開日|更新日|投稿日|配信日|掲載日|发布时间|發佈時間|發布時間|更新时间|更新時間|` +
		`입력|수정|공개|게시|등록|최종수정|기사입력)(\s+(on|at|am|um|le|el|em|il|op|om|в|tarihi|o|v|dne|den|kl\.?|klo|la|ora|о|στις|u))?\s*[:：]?`)
	rxStampSeparator = rx.Compile(`\s*[|·•]\s*|\s/\s`)
	rxStampBy        = rx.Compile(`\s(by|von|par|por|di|da|door|от|przez|av|af)\s+\S+(\s+\S+){0,2}\s*$`)
	rxTimeOfDay      = rx.Compile(`\b\d{1,2}[:.h]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?`)
)

// removeLinkLists removes lists of links to other pages that readability
// kept: a run of sibling blocks that are all link text — the items of a
// <ul>/<ol>, or consecutive paragraphs or divs each holding only a link —
// when it has three or more items and follows the article's last body
// paragraph, or two or more under a "related" label ("Read more", "You may
// also like…"). The label or heading right before it goes too. A run of
// paragraphs whose links mostly leave the page's site (site, "" when
// unknown) is spared unless a "related" label heads it: other stories are
// the site's own, and paragraphs of links to other sites are the article
// pointing somewhere (a deals round-up's shop links, a link post).
func removeLinkLists(content *html.Node, site string, p *Pruner) {
	var lastLong *html.Node
	var runs [][]*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		var run []*html.Node
		endRun := func() {
			if len(run) > 0 {
				runs = append(runs, run)
				run = nil
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode:
				continue
			case isLinkList(c) || isLinkBlock(c) && dom.FindFirst(c, articleSentence) == nil:
				// A wrapper that is nearly all links but holds a paragraph
				// of prose (a video page's few sentences above a long
				// browse list of clips) is no link block: the walk goes
				// into it, and the list in it is judged on its own.
				run = append(run, c)
				continue
			case !dom.HasText(c) && dom.FindFirst(c, dom.IsMedia) == nil:
				continue // an empty ad slot does not break a run
			}
			endRun()
			if c.DataAtom == atom.P && dom.WordsIn(c) >= dom.LongParagraphWords {
				lastLong = c
			}
			walk(c)
		}
		endRun()
	}
	walk(content)

	for _, run := range runs {
		items := 0
		for _, n := range run {
			items += links(n)
		}
		label := dom.PrevTextElement(run[0])
		related := label != nil && dom.WordsIn(label) <= 8 && lexicon.MatchWording(dom.TextOf(label)) == "related links"
		if !(related && items >= 2) && !(items >= 3 && dom.Follows(run[0], lastLong)) {
			continue
		}
		if !related && label != nil && introduces(label) {
			continue // "This release fixes these bugs:": the article's own list
		}
		if !related && site != "" && pointsOffsite(run, site) {
			continue
		}
		if !related && label != nil && isHeadingTag(label) && proseFollows(run[len(run)-1]) {
			continue // a section of the article, which goes on below (a release's fixes)
		}
		if label != nil && (related || isHeading(label)) {
			p.remove(label, RuleLinkList)
		}
		for _, n := range run {
			p.removeWithEmptyParents(n, content, RuleLinkList)
		}
	}
}

// proseFollows reports whether a paragraph of the article's prose
// (articleSentence) comes after n in the same container. A list of other
// stories ends the article; a list the article goes on after is one of
// its own.
func proseFollows(n *html.Node) bool {
	for s := dom.NextElement(n); s != nil; s = dom.NextElement(s) {
		if articleSentence(s) {
			return true
		}
		for p := range dom.Elements(s) {
			if articleSentence(p) {
				return true
			}
		}
	}
	return false
}

// articleSentence reports whether n is a paragraph of prose: fifteen
// words or more, under a quarter of them in links, no boilerplate wording.
func articleSentence(n *html.Node) bool {
	if n.DataAtom != atom.P {
		return false
	}
	w := dom.WordsIn(n)
	return w >= 15 && dom.LinkWords(n)*4 < w && lexicon.MatchWording(dom.TextOf(n)) == ""
}

// pointsOffsite reports a run of paragraphs most of whose link words are
// in paragraphs listing several links to other sites.
func pointsOffsite(run []*html.Node, site string) bool {
	links, off := 0, 0
	for _, n := range run {
		if n.DataAtom != atom.P {
			return false
		}
		links += dom.LinkWords(n)
		off += dom.OffsiteParagraphLinkWords(n, site)
	}
	return off*2 > links
}

// isLinkBlock reports whether a paragraph, list item or div is all link text.
func isLinkBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Li, atom.H3, atom.H4:
	default:
		return false
	}
	words := dom.WordsIn(n)
	return words > 0 && dom.LinkWords(n)*10 >= words*9
}

// isLinkList reports whether n is a list of three or more items, each a link.
func isLinkList(n *html.Node) bool {
	return listItems(n, isLinkBlock) >= 3
}

// listItems counts the items of list n (a ul or an ol) when every element
// in it is an li that item accepts; 0 when n is no list or one of them
// fails.
func listItems(n *html.Node, item func(*html.Node) bool) int {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return 0
	}
	items := 0
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		if li.DataAtom != atom.Li || !item(li) {
			return 0
		}
		items++
	}
	return items
}

// links counts the links with text under n.
func links(n *html.Node) int {
	count := 0
	if n.DataAtom == atom.A && dom.HasText(n) {
		return 1
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			count += links(c)
		}
	}
	return count
}

func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return dom.WordsIn(n) <= 8 && dom.LinkWords(n) == 0
}

// isHeadingTag reports whether n is an h1 to h6 as the page wrote it.
func isHeadingTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// introduces reports whether a block's text ends with a colon: the
// article's sentence that opens the list below it ("The release fixes
// the following bugs:"), which a widget's list of stories does not have
// unless its label is a "related" one.
func introduces(label *html.Node) bool {
	text := strings.TrimSpace(dom.TextOf(label))
	return strings.HasSuffix(text, ":") || strings.HasSuffix(text, "：")
}
