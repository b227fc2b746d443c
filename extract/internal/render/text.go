package render

import (
	"math"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
	"github.com/pith-cli/pith/internal/rx"
)

// Text renders an article as the contract's plain text: paragraphs
// separated by one blank line; headings, list items and table rows on lines
// of their own (a table's cells separated by " | "); white space inside a
// paragraph collapsed; preformatted blocks verbatim; captions and credits
// left out; exactly one final newline, or "" when there is no text.
func Text(root *html.Node) string {
	return renderText(root, false)
}

// TextWithCaptions is Text with the captions kept as paragraphs of their
// own (photo credits are still left out). It is the text of a page whose
// only words are a caption: a video or photo page describing its clip in
// a figcaption or a "video-caption" box, which is the article a reader
// came for, not a legend beside one.
func TextWithCaptions(root *html.Node) string {
	return renderText(root, true)
}

func renderText(root *html.Node, captions bool) string {
	r := textRenderer{captions: captions}
	r.walk(root, nil)
	r.flush(nil)
	if len(r.blocks) == 0 {
		return ""
	}
	var b strings.Builder
	for i, blk := range r.blocks {
		if i > 0 {
			if blk.group != nil && blk.group == r.blocks[i-1].group {
				b.WriteByte('\n')
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(blk.text)
	}
	b.WriteByte('\n')
	return b.String()
}

type textBlock struct {
	text  string
	group *html.Node // the list or table a line item belongs to
}

type textRenderer struct {
	blocks []textBlock
	line   strings.Builder
	space  bool // a space is due before the next word
	// lineStart is set right after a <br>: no space opens a line.
	lineStart bool
	// captions keeps the captions (TextWithCaptions).
	captions bool
}

func (r *textRenderer) walk(n *html.Node, group *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			r.writeText(Hygiene(c.Data))
		case html.ElementNode:
			r.element(c, group)
		}
	}
}

func (r *textRenderer) element(n *html.Node, group *html.Node) {
	if skipInText(n) && !(r.captions && isCaption(n)) {
		return
	}
	if isMath(n) {
		if isDisplayMath(n) {
			r.flush(group)
			r.writeText(mathInText(n))
			r.flush(group)
		} else {
			r.writeText(mathInText(n))
		}
		return
	}
	switch n.DataAtom {
	case atom.Del, atom.Ins:
		// An edit's two versions, side by side, are two words, not one:
		// "Rückrad Rückgrat", never "RückradRückgrat".
		if p := n.PrevSibling; p != nil && (p.DataAtom == atom.Del || p.DataAtom == atom.Ins) {
			r.space = true
		}
		r.walk(n, group)
		return
	case atom.Br:
		r.line.WriteByte('\n')
		r.space = false
		r.lineStart = true
	case atom.Pre:
		r.flush(group)
		if text := strings.Trim(preText(n), "\n"); strings.TrimSpace(text) != "" {
			r.blocks = append(r.blocks, textBlock{text: text})
		}
	case atom.Li, atom.Dt, atom.Dd:
		list := outermostList(n)
		r.flush(group)
		r.walk(n, list)
		r.flush(list)
	case atom.Tr:
		r.flush(group)
		table := n.Parent
		for table != nil && table.DataAtom != atom.Table {
			table = table.Parent
		}
		r.walk(n, table)
		r.flush(table)
	case atom.Td, atom.Th:
		if r.line.Len() > 0 {
			r.line.WriteString(" | ")
			r.space = false
		}
		r.walk(n, group)
	default:
		if dom.BlockTags[n.DataAtom] {
			r.flush(group)
			r.walk(n, group)
			r.flush(group)
			return
		}
		r.walk(n, group)
	}
}

// outermostList returns the list an item belongs to, counting nested lists
// as part of the list around them, so their items stay on adjacent lines.
func outermostList(item *html.Node) *html.Node {
	list := item.Parent
	for p := item.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Ul, atom.Ol, atom.Dl:
			list = p
		case atom.Li, atom.Dd:
		default:
			return list
		}
	}
	return list
}

// skipInText reports elements that never give body text: captions and
// credits (they belong to the images), media, scripts and hidden nodes.
func skipInText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Figcaption:
		return !proseCaption(n)
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head,
		atom.Iframe, atom.Svg, atom.Video, atom.Audio, atom.Canvas, atom.Button, atom.Select, atom.Textarea:
		return true
	}
	if dom.IsHidden(n) {
		return true
	}
	for w := range lexicon.NameWordsOf(dom.Attr(n, "class")) {
		switch w {
		case "caption", "credit", "credits", "figcaption", "copyright":
			return true
		}
	}
	switch n.DataAtom {
	case atom.Cite:
		return dom.HasAncestor(n, atom.Figure) || nextToMedia(n) // a photo's credit, not a quote's source
	case atom.P, atom.Div, atom.Dd, atom.Small, atom.Span:
		if n.DataAtom == atom.Span || n.DataAtom == atom.Small {
			if !dom.IsTextBlock(n) {
				return false // inline in a sentence
			}
		}
		if dom.WordsUpTo(n, maxCreditWords) > maxCreditWords {
			return false
		}
		text := dom.NormalizeSpace(dom.TextOf(n))
		if !IsPhotoCredit(text) {
			return false
		}
		return !sourceLine(text) || !afterTable(n)
	}
	return false
}

// isCaption reports a caption by its markup, which skipInText leaves
// out: a figcaption, or an element whose class names a caption. Credits
// and copyright lines are not captions.
func isCaption(n *html.Node) bool {
	if dom.IsHidden(n) {
		return false
	}
	if n.DataAtom == atom.Figcaption {
		return true
	}
	caption := false
	for w := range lexicon.NameWordsOf(dom.Attr(n, "class")) {
		switch w {
		case "caption", "figcaption":
			caption = true
		case "credit", "credits", "copyright":
			return false
		}
	}
	return caption
}

// afterTable reports whether the element before n is a table, or holds
// one: the line under a table is its legend.
func afterTable(n *html.Node) bool {
	prev := dom.PrevElement(n)
	return prev != nil && (prev.DataAtom == atom.Table || dom.FindFirst(prev, func(c *html.Node) bool { return c.DataAtom == atom.Table }) != nil)
}

// sourceLine reports a line that opens with a label naming a source in
// general ("Source:", "Quelle:", "Fuente:") and names no photo agency.
// Under a photo it credits the photo, under the story its agency or a
// desk, and it goes; under a table it says where the table's figures come
// from, which is part of the table a reader needs.
func sourceLine(text string) bool {
	lower := strings.ToLower(text)
	return lexicon.SourceLabel.MatchString(lower) && !rxAgency.MatchString(lower)
}

// proseCaption reports a figcaption that holds the article's prose rather
// than a caption: a slideshow article writes each slide's text under the
// slide's photo. Its slides are told apart from a single long figure
// legend by their number: two or more figcaptions longer than a caption
// with its credit, and then every figcaption past half that length is text.
func proseCaption(n *html.Node) bool {
	if dom.WordsUpTo(n, maxCaptionWords/2+1) <= maxCaptionWords/2 {
		return false
	}
	root := n
	for root.Parent != nil {
		root = root.Parent
	}
	long := 0
	for c := range dom.Elements(root) {
		if c.DataAtom == atom.Figcaption && dom.WordsUpTo(c, maxCaptionWords+1) > maxCaptionWords {
			if long++; long >= 2 {
				return true
			}
		}
	}
	return false
}

// nextToMedia reports whether a sibling of n is, or holds, an image or video.
func nextToMedia(n *html.Node) bool {
	for _, s := range []*html.Node{dom.PrevElement(n), dom.NextElement(n)} {
		if s != nil && (dom.IsMedia(s) || dom.FindFirst(s, dom.IsMedia) != nil) {
			return true
		}
	}
	return false
}

// maxCreditWords bounds a photo credit line.
const maxCreditWords = 12

// IsPhotoCredit reports whether a short line credits a photo: a credit label
// ("Photo:", "Foto:", "Фото:", "Source:", "©", "Courtesy of …", "личный
// архив …"), or an agency credit ("Name/Getty Images", "(AP Photo/Name)",
// "Foto: dpa") that is not a sentence.
func IsPhotoCredit(text string) bool {
	text = strings.ToLower(text) // the patterns are lower case: cheaper to compile than (?i)
	if strings.HasPrefix(text, "©") || strings.HasPrefix(text, "(c) ") || rxCreditLabel.MatchString(text) {
		return true // the signs apart, the pattern's guard spares compiling it for most lines
	}
	if strings.HasSuffix(text, ".") || !strings.ContainsAny(text, "/©(") && !rxCreditWord.MatchString(text) {
		return false
	}
	return rxAgency.MatchString(text)
}

var (
	rxCreditLabel = rx.Compile(`^(\(?(photo|photos|photograph|image|images|picture|pictures|pic|credit|credits|photo credit|image credit|source|` +
		`foto|fotos|bild|bilder|bildquelle|quelle|crédit|crédits|crédit photo|crédits photo|imagen|imágenes|fuente|` +
		`immagine|immagini|fonte|afbeelding|beeld|bron|фото|изображение|источник)\s*[:©]|` +
		`courtesy of\b|mit freundlicher genehmigung|avec l'aimable autorisation|cortesía de|cortesia de|per gentile concessione|` +
		`личный архив|из личного архива|архив )`)
	// rxAgency names a picture's source: the news agencies of
	// lexicon.NewsAgencies, the picture agencies and the image libraries.
	rxAgency = rx.Compile(`(getty ?images|associated press|\bap photo|\bepa\b|shutterstock|istock|alamy|` +
		`picture[- ]alliance|\bimago\b|keystone|anadolu|unsplash|pexels|pixabay|wikimedia|flickr|` +
		lexicon.NewsAgencyAlternatives() + `)`)
	rxCreditWord = rx.Compile(`\b(photo|foto|фото|via|bild|image|imagen|immagine)\b`)
)

func (r *textRenderer) writeText(s string) {
	start := -1
	for i, c := range s {
		if unicode.IsSpace(c) {
			if start >= 0 {
				r.writeWord(s[start:i])
				start = -1
			}
			r.space = true
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		r.writeWord(s[start:])
	}
}

func (r *textRenderer) writeWord(w string) {
	if r.space && r.line.Len() > 0 && !r.lineStart {
		r.line.WriteByte(' ')
	}
	r.space = false
	r.lineStart = false
	r.line.WriteString(w)
}

// flush ends the current block, dropping blank lines inside it.
func (r *textRenderer) flush(group *html.Node) {
	text := r.line.String()
	r.line.Reset()
	r.space = false
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 0 {
		r.blocks = append(r.blocks, textBlock{text: strings.Join(lines, "\n"), group: group})
	}
}

// preText returns a preformatted block's text exactly as written.
func preText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(Hygiene(c.Data))
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				b.WriteByte('\n')
			case c.Type == html.ElementNode && !skipInText(c):
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// CountWords counts words as the contract defines them: runs of letters and
// digits, and each Han, Kana or Hangul character on its own.
func CountWords(s string) int {
	count, inWord := 0, false
	for i := 0; i < len(s); {
		c := rune(s[i])
		if c < utf8.RuneSelf { // ASCII: a letter or digit, or not; the tables below only for the rest
			if i+8 <= len(s) {
				// Eight ASCII bytes at a time: a word starts at each
				// letter or digit whose byte before is neither.
				if x := dom.ASCIIBlock(s, i); x&dom.HighBits == 0 {
					wordChars := dom.ASCIIRange(x|0x2020202020202020, 'a', 'z') | dom.ASCIIRange(x, '0', '9') // |0x20: A-Z to a-z
					var before uint64
					if inWord {
						before = 0x80
					}
					count += bits.OnesCount64(wordChars &^ (wordChars<<8 | before))
					inWord = wordChars>>63 != 0
					i += 8
					continue
				}
			}
			wordChar := asciiWordChar[c]
			if wordChar && !inWord {
				count++
			}
			inWord = wordChar
			i++
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case dom.IsCJK(c):
			count++
			inWord = false
		case unicode.IsLetter(c) || unicode.IsDigit(c) || (inWord && unicode.IsMark(c)):
			if !inWord {
				count++
			}
			inWord = true
		default:
			inWord = false
		}
	}
	return count
}

// asciiWordChar marks the ASCII letters and digits.
var asciiWordChar = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordsPerMinute is the reading speed behind reading_time_minutes.
const wordsPerMinute = 230

// ReadingMinutes rounds reading time up to whole minutes; 0 for no words.
func ReadingMinutes(words int) int {
	return int(math.Ceil(float64(words) / wordsPerMinute))
}
