package meta

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/rx"
)

// Last-resort published date, read only when the structured sources and
// the headline's zone are silent: the page's text around the headline, as
// a reader sees it, in document order. A machine date (an element's
// datetime attribute) in that window wins over a written one.
const (
	nearLeadWords = 8    // a date this close to the start of a long line still leads it
	nearBefore    = 400  // bytes of text read before the headline
	nearAfter     = 1200 // and after its start
)

type nearStamp struct {
	at   int
	date string
}

// nearHeadlineDate returns the date nearest after the headline's start in
// the window of text around it, else the nearest before it, else "".
func nearHeadlineDate(root, h *html.Node, lang string) string {
	if h == nil {
		return ""
	}
	var b strings.Builder
	hAt := -1
	var stamps []nearStamp
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			writeText(&b, n.Data)
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg, atom.Nav, atom.Select, atom.Option,
				atom.Footer, atom.Figure, atom.Figcaption, atom.Form, atom.Button:
				return true
			case atom.Aside: // a sidebar of teasers, not the article's own meta column
				if dom.FindFirst(n, func(c *html.Node) bool {
					return c.DataAtom == atom.Article || c.DataAtom == atom.H2 || c.DataAtom == atom.H3 || c.DataAtom == atom.H4
				}) != nil {
					return true
				}
			}
			if names := elementNames(n); names != "" && otherWriters(names) && !holds(n, h) {
				return true // comments and teasers date what others wrote
			} else if names != "" && markedUpdate(n, names) {
				return true // the last edit's date, which the modified date reads
			} else if dom.Attr(n, "aria-hidden") == "true" && !namesDate(names) {
				return true // a closed off-canvas menu or overlay
			}
			if n == h {
				hAt = b.Len()
			}
			if v := dom.Attr(n, "datetime"); v != "" {
				d := normalizeDate(v)
				if n.DataAtom == atom.Time {
					d = timeDate(n, lang)
				}
				if d != "" {
					stamps = append(stamps, nearStamp{b.Len(), d})
				}
			}
			if isBlockAtom(n.DataAtom) || n.DataAtom == atom.Br || n.DataAtom == atom.Td {
				b.WriteByte('\n')
			} else if n.DataAtom == atom.Span || n.DataAtom == atom.Time {
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		if n.Type == html.ElementNode && isBlockAtom(n.DataAtom) {
			b.WriteByte('\n')
		}
		return hAt < 0 || b.Len() < hAt+nearAfter
	}
	limit := zoneLimit(h) // the article that holds the headline, else its main, else the body
	if limit == nil {
		limit = root
	}
	walk(limit)
	if hAt < 0 {
		return ""
	}
	text := b.String()
	lo, hi := max(0, hAt-nearBefore), min(len(text), hAt+nearAfter)
	var kept []nearStamp
	for _, st := range stamps {
		if labelBefore(strings.ToLower(text[max(0, st.at-40):st.at])) != updatedDate {
			kept = append(kept, st)
		}
	}
	if d := pickNear(kept, hAt, lo, hi); d != "" {
		return d
	}
	// Written dates: offsets are in the lower-cased window, close enough
	// to the original's for the ordering.
	for lo > 0 && !utf8Start(text[lo]) {
		lo--
	}
	window := text[lo:hi]
	var found []nearStamp
	var published string
	for _, m := range findTextDates(window, lang) {
		kind := labelBefore(strings.ToLower(window[max(0, m.start-40):m.start]))
		if kind == updatedDate {
			continue
		}
		if kind != publishedDate && (dom.WordCount(lineAt(window, m.start)) > datelineWords &&
			dom.WordCount(lineBefore(window, m.start)) > nearLeadWords || kind == plainDate && proseLine(window, m.start)) {
			continue // a date inside a sentence of the body, not a date line or a leading "(date)"
		}
		if kind == publishedDate && published == "" {
			published = m.Date
		}
		found = append(found, nearStamp{lo + m.start, m.Date})
	}
	if published != "" {
		return published
	}
	return pickNear(found, hAt, lo, hi)
}

// proseLine reports that the date at offset i stands in a sentence of
// prose: its line is a sentence (more than a few words, a full stop at
// its end) and words before the date start in lower case ("Das Buch
// wurde am 3. Mai 1999 veröffentlicht."), where a date line holds names,
// labels and separators ("BERLIN (dpa) –", "il y a 3 jours ·").
func proseLine(text string, i int) bool {
	line := strings.TrimSpace(lineAt(text, i))
	if dom.WordCount(line) <= proseWords || !strings.ContainsAny(line[max(0, len(line)-3):], ".!?") {
		return false
	}
	return lowerInitials(lineBefore(text, i)) >= 2
}

// proseWords is the fewest words of a sentence that proseLine reads as
// prose: more than a date line's "on Monday, November 18th, 2019 at 11:08
// a.m."
const proseWords = 10

// lowerInitials counts the words that start with a lower-case letter: prose
// has several before a date ("das Buch wurde am"), a date line at most a
// preposition ("on Monday,", "le"), a dateline or byline names and capitals.
func lowerInitials(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "(\"'„“«")); unicode.IsLower(r) {
			n++
		}
	}
	return n
}

func pickNear(stamps []nearStamp, hAt, lo, hi int) string {
	before := ""
	for _, s := range stamps {
		if s.at < lo || s.at > hi {
			continue
		}
		if s.at >= hAt {
			return s.date
		}
		before = s.date
	}
	return before
}

func utf8Start(c byte) bool { return c&0xC0 != 0x80 }

// lineAt is the line of text (between newlines) that holds offset i.
func lineAt(s string, i int) string {
	i = min(i, len(s))
	start := strings.LastIndexByte(s[:i], '\n') + 1
	end := strings.IndexByte(s[i:], '\n')
	if end < 0 {
		return s[start:]
	}
	return s[start : i+end]
}

// lineBefore is the text of offset i's line before it.
func lineBefore(s string, i int) string {
	i = min(i, len(s))
	return s[strings.LastIndexByte(s[:i], '\n')+1 : i]
}

// rxBylineBeforeDate is a byline that a date follows: "Von Christian am",
// "Blog entry by Jane Doe |", "By.KJ :".
var rxBylineBeforeDate = rx.Compile(`(?i)(?:^|[^\pL])(?:by|von|par|por|door|di|przez)[\s.]+\pL[\pL.'-]*(?:\s+\pL[\pL.'-]*){0,2}\s*(?:am|on|le|el|\||,|:|-|–)\s*$`)

// rxBylineAfterDate is a meta line's byline after its date: "25.04.24 |
// 14:07 Uhr | Von Jane Doe", "May 3, 2021 · By Jane Doe". Only a bar or a
// dot separates them, which prose does not write ("…, von Montag an").
var rxBylineAfterDate = rx.Compile(`^[^\n|·•]{0,24}[|·•]\s*(?:[^\n|·•]{0,24}[|·•]\s*)?(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i|[Pp]rzez)\s+\p{Lu}`)

// rxBylineWord is the word that starts a byline, for a quick test.
var rxBylineWord = rx.Compile(`(?i)(?:^|[^\pL])(?:by|von|par|por|door|di|przez)[\s.]`)

// labelledDate is the last resort: the first date anywhere in the page's
// text (outside teaser rails) that a publication label or a byline
// directly precedes. When there is none, updated is the first date an
// update label precedes ("Last updated: …", "最終更新日：…"), outside a
// sentence of prose.
func labelledDate(root *html.Node, lang string) (published, updated string) {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			writeText(&b, n.Data)
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg, atom.Select, atom.Option, atom.Button:
				return
			case atom.Aside:
				if dom.FindFirst(n, func(c *html.Node) bool {
					return c.DataAtom == atom.Article || c.DataAtom == atom.H2 || c.DataAtom == atom.H3 || c.DataAtom == atom.H4
				}) != nil {
					return
				}
			}
			if isBlockAtom(n.DataAtom) || n.DataAtom == atom.Br || n.DataAtom == atom.Td {
				b.WriteByte('\n')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	text := b.String()
	// Only the few places that hold a year are read, each with the line
	// before it: the date patterns never run over the whole text.
	for _, y := range withEraSpots(text, yearSpots(text, !monthFirst(lang))) {
		lo := max(0, y[0]-nearLabelReach)
		for lo > 0 && !utf8Start(text[lo]) {
			lo--
		}
		if i := strings.LastIndexByte(text[lo:y[0]], '\n'); i >= 0 {
			lo += i + 1
		}
		window := text[lo:min(len(text), y[1]+24)] // and what follows the year: "年4月4日"
		pre := text[lo:y[0]]
		if updated == "" && rxUpdatedLabel.MatchString(pre) {
			updated = updatedIn(text, lo, window, lang)
		}
		if !rxPublishedLabel.MatchString(pre) && !rxBylineWord.MatchString(pre) {
			// No label, no byline before this year: a byline right after
			// the date on its line, or a publication label that closes
			// its sentence, still dates the article.
			after := text[y[1]:min(len(text), y[1]+80)]
			if !rxBylineAfterDate.MatchString(after) && !labelAfter(pre, after) {
				continue
			}
			found := ""
			for _, m := range findTextDates(window, lang) {
				if lo+m.start <= y[0] {
					found = m.Date // the date this year closes, or opens ("2019年3月5日")
				}
			}
			if found != "" {
				return found, ""
			}
			continue
		}
		for _, m := range findTextDates(window, lang) {
			before := strings.ToLower(window[max(0, m.start-40):m.start])
			if labelBefore(before) == publishedDate || rxBylineBeforeDate.MatchString(before) {
				return m.Date, ""
			}
		}
	}
	return "", updated
}

// updatedIn is the first date in window, text[lo:…], that an update
// label directly precedes, unless it stands in a sentence of prose ("the
// rules were updated on 3 May 2019 after …"), read on the whole line.
func updatedIn(text string, lo int, window, lang string) string {
	for _, m := range findTextDates(window, lang) {
		before := strings.ToLower(window[max(0, m.start-40):m.start])
		if labelBefore(before) == updatedDate && !proseLine(text, lo+m.start) {
			return m.Date
		}
	}
	return ""
}

// labelAfter reports a publication label that follows a date in its
// sentence. Japanese and Chinese put the label after the date
// ("2019年3月5日 公開"): there it must follow at once, a time at most
// between. German and Dutch put the verb last ("Dieser Beitrag wurde am
// 3. Mai 2011 um 10:15 Uhr veröffentlicht"), as prose does about anything
// else ("das Buch wurde am 3. Mai 1999 veröffentlicht"): there the
// sentence must speak of the page itself ("dieser Beitrag", "dit
// bericht"). Never when an update label comes first, on either side, nor
// when the label introduces a date of its own ("…, veröffentlicht am 2.
// Mai"): that label is the next date's.
func labelAfter(before, after string) bool {
	if i := strings.IndexByte(after, '\n'); i >= 0 {
		after = after[:i]
	}
	if len(after) > labelAfterReach {
		after = after[:labelAfterReach]
		for len(after) > 0 && !utf8Start(after[len(after)-1]) {
			after = after[:len(after)-1]
		}
	}
	loc := rxPublishedLabel.FindStringIndex(after)
	if loc == nil || rxUpdatedLabel.MatchString(after[:loc[0]]) || labelBefore(strings.ToLower(before)) == updatedDate {
		return false
	}
	between := after[:loc[0]]
	if strings.Contains(between, ". ") || strings.ContainsAny(between, "!?|。") {
		return false // the label starts another sentence
	}
	next := after[loc[1]:]
	if i := strings.IndexAny(next, ",;、，"); i >= 0 {
		next = next[:i]
	}
	if strings.ContainsAny(next[:min(len(next), 20)], "0123456789") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(after[loc[0]:]); r >= 0x3000 {
		return rxTimeOnly.MatchString(between) // "年3月5日 10:00 公開"
	}
	return rxThisPage.MatchString(before)
}

// rxTimeOnly is what may stand between a CJK date and its label: the rest
// of a year-first date, a time, spaces.
var rxTimeOnly = rx.Compile(`^[\s\d:/.\-年月日]*$`)

// rxThisPage is a sentence's subject that is the page itself: "dieser
// Beitrag", "dit bericht", "this entry".
var rxThisPage = rx.Compile(`(?i)dies(?:er|es|en)\s+(?:beitrag|artikel|eintrag|blogeintrag|blogbeitrag|post|text)\s|(?:deze|dit)\s+(?:bericht|artikel|blogbericht|blogpost|stuk)\s|this\s+(?:post|entry|article)\s`)

// labelAfterReach is how far after a year its label may stand.
const labelAfterReach = 48

// nearLabelReach is how far before a year a labelled date may start.
const nearLabelReach = 100

// yearSpots finds, by a byte scan (a regular expression over a whole page's
// text costs a millisecond), the runs of four digits that read as a year
// 1900-2099 and, with short, the two-digit years of "8.5.12".
func yearSpots(text string, short bool) [][2]int {
	var out [][2]int
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		switch {
		case j-i == 4 && (text[i:i+2] == "19" || text[i:i+2] == "20"):
			out = append(out, [2]int{i, j})
		case short && j-i == 2 && i >= 4 && text[i-1] == '.' && isDigit(text[i-2]):
			k := i - 2
			for k > 0 && isDigit(text[k-1]) {
				k--
			}
			if k > 0 && text[k-1] == '.' && k >= 2 && isDigit(text[k-2]) {
				out = append(out, [2]int{k - 2, j})
			}
		}
		i = j
	}
	return out
}

// withEraSpots adds to spots where a Japanese era year stands ("令和3年"),
// in order.
func withEraSpots(text string, spots [][2]int) [][2]int {
	for _, era := range []string{"令和", "平成"} {
		for i := 0; ; {
			j := strings.Index(text[i:], era)
			if j < 0 {
				break
			}
			i += j + len(era)
			spots = append(spots, [2]int{i - len(era), i})
		}
	}
	slices.SortFunc(spots, func(a, b [2]int) int { return a[0] - b[0] })
	return spots
}

// writeText writes a text node's data with its line breaks and tabs as
// spaces, and its digits as ASCII ones: only the elements' blocks break
// the text into lines, not the source's indentation
// ("<dt>Published</dt>\n<dd>2019/3/5</dd>").
func writeText(b *strings.Builder, data string) {
	data = asciiDigits(data)
	if !strings.ContainsAny(data, "\n\r\t") {
		b.WriteString(data)
		return
	}
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
}
