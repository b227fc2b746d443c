package input

import (
	"html"
	"strings"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
)

// Work caps: deterministic bounds applied before the tree is built, so that
// no page, however hostile, makes the parser, the cleaning rules or
// readability run for long or hold much memory. Real pages stay far below
// them (the largest page of the development corpus has 1,737 elements and
// a 15 kB text run).
const (
	// MaxDepth is the deepest element nesting kept: start tags deeper than
	// this are dropped with their end tags (their text is kept).
	// golang.org/x/net/html refuses more than 512 open elements.
	MaxDepth = 256
	// MaxAttrs is the number of attributes kept on one element.
	MaxAttrs = 256
	// MaxElements is the number of elements kept: the page is cut after it.
	MaxElements = 100_000
	// MaxTextRun is the number of bytes kept of one text node (or of one
	// script or style body).
	MaxTextRun = 1 << 20
	// MaxOpenFormatting is how many formatting elements (b, i, font…) may
	// be open at once before the page is rewritten. The parser re-opens
	// every open formatting element in each new block after a misnested end
	// tag, so n of them multiply the page's elements by n: an 18 kB page
	// with 200 of them builds 400,000 nodes. The rewrite closes them
	// explicitly where they end.
	MaxOpenFormatting = 4
)

// capPage returns text unchanged when a byte scan shows it within the caps
// (the common case: no tokenizer runs, nothing is copied); otherwise it is
// rewritten by ApplyCaps.
func capPage(text string) string {
	if !NeedsCaps(text) {
		return text
	}
	return ApplyCaps(text)
}

// NeedsCaps scans the page's bytes, without tokenizing or allocating, and
// reports whether it may break a cap: more than MaxElements start tags, a
// tag long enough to hold more than MaxAttrs attributes, a text run longer
// than MaxTextRun, or more than MaxDepth elements or MaxOpenFormatting
// formatting elements open at once. Elements whose end tag may be omitted
// (p, li, td…) and void elements are not counted as open, so tag soup does
// not trip it; a page it misses and the parser refuses is capped anyway
// (see parse).
func NeedsCaps(s string) bool {
	depth, elements, formatting := 0, 0, 0
	for i := 0; ; {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			return len(s)-i > MaxTextRun
		}
		if lt > MaxTextRun {
			return true
		}
		i += lt
		if i+1 >= len(s) {
			return false
		}
		switch c := s[i+1]; {
		case c == '/':
			if isFormatting(tagNameAt(s, i+2)) && formatting > 0 {
				formatting--
			}
			gt := strings.IndexByte(s[i:], '>')
			if gt < 0 {
				return false
			}
			i += gt + 1
			if depth > 0 {
				depth--
			}
		case c == '!':
			end := skipMarkupDeclaration(s, i)
			if end < 0 {
				return false
			}
			i = end
		case isASCIILetter(c):
			elements++
			if elements > MaxElements {
				return true
			}
			name := tagNameAt(s, i+1)
			gt := strings.IndexByte(s[i:], '>')
			if gt < 0 {
				return countAttrs(s[i:]) > MaxAttrs
			}
			if gt > 2*MaxAttrs && countAttrs(s[i:i+gt]) > MaxAttrs {
				return true
			}
			selfClosing := s[i+gt-1] == '/'
			i += gt + 1
			if isRawText(name) {
				end := indexRawEndTag(s[i:], name)
				if end < 0 {
					return len(s)-i > MaxTextRun
				}
				if end > MaxTextRun {
					return true
				}
				i += end
				continue
			}
			if isFormatting(name) {
				formatting++
				if formatting > MaxOpenFormatting {
					return true
				}
			}
			if !selfClosing && !isVoid(name) && !mayOmitEndTag(name) {
				depth++
				if depth > MaxDepth {
					return true
				}
			}
		default:
			i++
		}
	}
}

// skipMarkupDeclaration returns the index just past the comment, doctype
// or bogus comment starting at s[i] ("<!"), ending where x/net/html's
// tokenizer ends it (see commentEnd), or -1 when it runs to the end.
func skipMarkupDeclaration(s string, i int) int {
	if strings.HasPrefix(s[i:], "<!--") {
		return commentEnd(s, i+4)
	}
	return pastNextGT(s, i)
}

// pastNextGT returns the index just past the first '>' at or after s[i],
// where a doctype or a bogus comment ends; -1 when there is none.
func pastNextGT(s string, i int) int {
	gt := strings.IndexByte(s[i:], '>')
	if gt < 0 {
		return -1
	}
	return i + gt + 1
}

// tagNameAt returns the lower-cased tag name starting at s[i], cut at 16
// bytes (longer names are never special). A name already in lower case
// (nearly all of them) is returned without copying.
func tagNameAt(s string, i int) string {
	end, upper := i, false
	for ; end < len(s) && end-i < 16; end++ {
		c := s[end]
		if c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			break
		}
		upper = upper || (c >= 'A' && c <= 'Z')
	}
	if upper {
		return strings.ToLower(s[i:end])
	}
	return s[i:end]
}

// countAttrs counts the attributes in a start tag's source, roughly and
// never fewer than there are: each run of non-space outside quotes after the
// tag name counts as one.
func countAttrs(tag string) int {
	count := 0
	inWord := true // the tag name
	var quote byte
	for i := 1; i < len(tag); i++ {
		c := tag[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			inWord = false
		case c == '=':
			inWord = true // "a = b" is one attribute
		case !inWord:
			inWord = true
			count++
		}
	}
	return count
}

// isFormatting reports whether the parser keeps an element in its list of
// active formatting elements, to re-open after misnested end tags.
func isFormatting(tag string) bool {
	switch tag {
	case "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u":
		return true
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isRawText reports whether an element's content is raw text to its end tag.
func isRawText(tag string) bool {
	switch tag {
	case "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript":
		return true
	}
	return false
}

// mayOmitEndTag reports whether an element's end tag may be left out: the
// next sibling of its kind (or its parent's end) closes it.
func mayOmitEndTag(tag string) bool {
	switch tag {
	case "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
		"colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body":
		return true
	}
	return false
}

func isVoid(tag string) bool {
	switch tag {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen":
		return true
	}
	return false
}

// ApplyCaps rewrites a page within the caps, in one tokenizer pass:
// elements deeper than MaxDepth are dropped (their text is kept, and the
// content of a dropped raw-text element, script, style, title, textarea…,
// is dropped with it); attributes past
// MaxAttrs are dropped; text runs are cut to MaxTextRun bytes; the page is
// cut once MaxElements elements are written. The result is deterministic.
func ApplyCaps(text string) string {
	c := capper{z: xhtml.NewTokenizer(strings.NewReader(text))}
	c.out.Grow(len(text))
	for c.next() {
	}
	return c.out.String()
}

// capper is the state of one ApplyCaps pass.
type capper struct {
	z        *xhtml.Tokenizer
	out      strings.Builder
	stack    []openElement   // elements open, as the caps see them
	kept     int             // how many of stack were written out
	elements int             // elements written
	foreign  int             // how many of stack are svg or math
	open     [groupCount]int // how many of stack are in each omittable group
	skipText bool            // inside a dropped script or style
}

// searchLimit bounds how far down the stack an end tag or an implied end
// looks for its element, so that stray end tags under deep nesting cost a
// bounded amount of work each.
const searchLimit = 2 * MaxDepth

// openElement is an element whose end tag has not been seen.
type openElement struct {
	name string
	kept bool
}

// next handles one token and reports whether to go on.
func (c *capper) next() bool {
	switch c.z.Next() {
	case xhtml.ErrorToken:
		return false
	case xhtml.TextToken:
		if !c.skipText {
			c.out.Write(CutText(c.z.Raw()))
		}
	case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
		if c.elements >= MaxElements {
			return false
		}
		c.startTag()
	case xhtml.EndTagToken:
		c.skipText = false
		name, _ := c.z.TagName()
		c.endTag(string(name))
	default:
		c.out.Write(c.z.Raw())
	}
	return true
}

// startTag writes a start tag when it is within the depth cap, with at
// most MaxAttrs attributes.
func (c *capper) startTag() {
	raw := string(c.z.Raw())
	nameBytes, hasAttr := c.z.TagName()
	name := string(nameBytes)
	if len(raw) > 2*MaxAttrs && hasAttr {
		raw = capAttrs(c.z, name, raw)
	}
	c.impliedEnds(name)
	selfClosing := strings.HasSuffix(raw, "/>")
	if isVoid(name) || (selfClosing && c.foreign > 0) {
		c.elements++
		c.out.WriteString(raw)
		return
	}
	keep := c.kept < MaxDepth
	c.push(openElement{name, keep})
	if keep {
		c.elements++
		c.out.WriteString(raw)
	} else if isRawText(name) {
		c.skipText = true // a title or textarea too: its text is no article text, as the sanitizer drops it
	}
}

// endTag closes the innermost open element of that name and those inside
// it, writing end tags for those that were kept. Stray end tags are dropped.
func (c *capper) endTag(name string) {
	bottom := max(0, len(c.stack)-searchLimit)
	i := len(c.stack) - 1
	for i >= bottom && c.stack[i].name != name {
		i--
	}
	if i < bottom {
		return
	}
	c.closeTo(i)
}

// closeTo writes the end tags of the kept elements from the top of the
// stack down to stack[i], and forgets them.
func (c *capper) closeTo(i int) {
	for j := len(c.stack) - 1; j >= i; j-- {
		if c.stack[j].kept {
			c.out.WriteString("</" + c.stack[j].name + ">")
		}
	}
	c.popTo(i)
}

// push records an element as open.
func (c *capper) push(e openElement) {
	c.stack = append(c.stack, e)
	if e.kept {
		c.kept++
	}
	if e.name == "svg" || e.name == "math" {
		c.foreign++
	}
	c.open[omittableGroup(e.name)]++
}

// popTo forgets the open elements from stack[i] up.
func (c *capper) popTo(i int) {
	for _, e := range c.stack[i:] {
		if e.kept {
			c.kept--
		}
		if e.name == "svg" || e.name == "math" {
			c.foreign--
		}
		c.open[omittableGroup(e.name)]--
	}
	c.stack = c.stack[:i]
}

// impliedEnds forgets the elements a start tag closes implicitly (a <li>
// closes the open <li>, a <td> the open cell), as the parser will, so tag
// soup with omitted end tags does not count as deep nesting. The end tags
// are written, so that formatting elements inside are closed where they
// end and never re-opened by the parser.
func (c *capper) impliedEnds(name string) {
	group := closedBy(name)
	if group == noGroup || c.open[group] == 0 {
		return
	}
	bottom := max(0, len(c.stack)-searchLimit)
	for i := len(c.stack) - 1; i >= bottom; i-- {
		e := c.stack[i].name
		if closesScope(group, e) {
			return
		}
		if omittableGroup(e) == group {
			c.closeTo(i)
			return
		}
	}
}

// Groups of elements whose end tag may be omitted: a start tag closes the
// open element of its group.
const (
	noGroup = iota
	paragraphGroup
	listItemGroup
	definitionGroup
	rowGroup
	cellGroup
	optionGroup
	groupCount
)

// omittableGroup returns the group an open element belongs to.
func omittableGroup(tag string) int {
	switch tag {
	case "p":
		return paragraphGroup
	case "li":
		return listItemGroup
	case "dt", "dd":
		return definitionGroup
	case "tr":
		return rowGroup
	case "td", "th":
		return cellGroup
	case "option":
		return optionGroup
	}
	return noGroup
}

// closedBy returns the group of open element a start tag closes.
func closedBy(tag string) int {
	switch tag {
	case "li":
		return listItemGroup
	case "dt", "dd":
		return definitionGroup
	case "tr":
		return rowGroup
	case "td", "th":
		return cellGroup
	case "option":
		return optionGroup
	case "p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
		"blockquote", "section", "article", "aside", "nav", "header", "footer", "main", "figure",
		"form", "hr", "address", "details", "fieldset", "menu":
		return paragraphGroup
	}
	return noGroup
}

// closesScope reports whether an open element stops the search for an
// element of group to close: a list item inside a nested list is not
// closed by the outer list's next item.
func closesScope(group int, tag string) bool {
	switch group {
	case listItemGroup:
		return tag == "ul" || tag == "ol" || tag == "menu" || tag == "table"
	case definitionGroup:
		return tag == "dl" || tag == "table"
	case rowGroup:
		return tag == "table"
	case cellGroup:
		return tag == "table" || tag == "tr"
	case optionGroup:
		return tag == "select" || tag == "datalist"
	case paragraphGroup:
		switch tag {
		case "table", "td", "th", "button", "object", "applet", "marquee", "template", "html":
			return true
		}
	}
	return false
}

// capAttrs rebuilds a start tag that has more than MaxAttrs attributes with
// only the first MaxAttrs; a tag within the cap is returned as it was.
func capAttrs(z *xhtml.Tokenizer, name, raw string) string {
	var b strings.Builder
	b.WriteString("<" + name)
	count := 0
	for more := true; more; {
		var key, val []byte
		key, val, more = z.TagAttr()
		count++
		if count > MaxAttrs {
			continue
		}
		b.WriteString(" " + string(key) + `="` + html.EscapeString(string(val)) + `"`)
	}
	if count <= MaxAttrs {
		return raw
	}
	b.WriteString(">")
	return b.String()
}

// CutText cuts a text run to MaxTextRun bytes, at a character boundary.
func CutText(s []byte) []byte {
	if len(s) <= MaxTextRun {
		return s
	}
	end := MaxTextRun
	for end > 0 && !utf8.RuneStart(s[end]) {
		end--
	}
	return s[:end]
}
