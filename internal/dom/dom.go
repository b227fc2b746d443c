// Package dom holds the node helpers every stage of extract shares: the
// text of a node and its words, blocks of text, hidden and media elements,
// and walks over a parsed page.
package dom

import (
	"iter"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Elements yields the elements under root (root itself not included) in
// document order.
func Elements(root *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		for n := range root.Descendants() {
			if n.Type == html.ElementNode && !yield(n) {
				return
			}
		}
	}
}

// Attr returns the value of n's attribute key, or "" when it has none.
func Attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// RemoveAttr removes n's attribute key, if it has one.
func RemoveAttr(n *html.Node, key string) {
	for i, a := range n.Attr {
		if a.Key == key {
			n.Attr = append(n.Attr[:i:i], n.Attr[i+1:]...)
			return
		}
	}
}

// HasAttr reports whether n has the attribute key, empty or not.
func HasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// HasToken reports whether a space-separated attribute value holds token.
func HasToken(value, token string) bool {
	for _, f := range strings.Fields(value) {
		if strings.EqualFold(f, token) {
			return true
		}
	}
	return false
}

// TextOf returns the text under n, skipping scripts, styles and templates.
func TextOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
				b.WriteByte(' ')
			case html.ElementNode:
				if !SkipsText(c) {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return b.String()
}

// HasText reports whether n holds any text that is not white space,
// stopping at the first such character.
func HasText(n *html.Node) bool {
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data) != ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if (c.Type == html.TextNode || c.Type == html.ElementNode && !SkipsText(c)) && HasText(c) {
			return true
		}
	}
	return false
}

// NormalizeSpace collapses runs of white space to one space and trims.
func NormalizeSpace(s string) string {
	// As strings.Join(strings.Fields(s), " ") does, in one pass with no
	// slice between; s itself when it is so already.
	if spacedOnce(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if size, space := spaceAt(s, i); space {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			size, space := spaceAt(s, j)
			if space {
				break
			}
			j += size
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:j])
		i = j
	}
	return b.String()
}

// spacedOnce reports whether s is its own NormalizeSpace: no space but
// single ASCII spaces between words.
func spacedOnce(s string) bool {
	prevSpace := false
	for i := 0; i < len(s); {
		size, space := spaceAt(s, i)
		if space {
			if s[i] != ' ' || i == 0 || i+1 == len(s) || prevSpace {
				return false
			}
		}
		prevSpace = space
		i += size
	}
	return true
}

// spaceAt returns the size of the character at s[i] and whether it is a
// space, as strings.Fields tells one.
func spaceAt(s string, i int) (int, bool) {
	if c := s[i]; c < utf8.RuneSelf {
		return 1, asciiSpace[c]
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return size, IsSpace(r)
}

// IsSpace is unicode.IsSpace, by comparisons rather than a table search:
// typographic quotes and dashes, in every language, and whole scripts
// (Cyrillic, Greek, Arabic…) lie past Latin-1, where the table search made
// every such character cost a binary search.
func IsSpace(r rune) bool {
	switch {
	case r <= 0xFF:
		return r == 0x85 || r == 0xA0 || r < utf8.RuneSelf && asciiSpace[r]
	case r < 0x1680:
		return false
	case r <= 0x200A:
		return r == 0x1680 || r >= 0x2000
	}
	return r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000
}

// WordCount counts the words of s, without allocating: runs between
// spaces, and in scripts written without spaces between words (Han, Kana,
// Thai, Lao, Khmer, Myanmar) one word for every two characters. Every
// threshold in words (headline and byline limits, long paragraphs, the
// link-density gate…) counts through it, so a Chinese paragraph is as long
// to them as an English one of the same content rather than one "word";
// the counters must agree, or a rule comparing two of them misfires.
// (The JSON word_count is the contract's, render.CountWords.)
func WordCount(s string) int {
	count, dense := 0, 0
	var inWord uint8 // 1 inside a word
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// Most text is ASCII: eight ASCII bytes at a time, a word
			// starting at each letter whose byte before is a space (or,
			// for the first, where the text before ended outside a word).
			if i+8 <= len(s) {
				if x := ASCIIBlock(s, i); x&HighBits == 0 {
					letters := ^ASCIISpaces(x) & HighBits
					count += bits.OnesCount64(letters &^ (letters<<8 | uint64(inWord)<<7))
					inWord = uint8(letters >> 63)
					i += 8
					continue
				}
			}
			// A word starts where a letter follows a space: counted by
			// arithmetic rather than a branch.
			letter := asciiLetter[c]
			count += int(letter &^ inWord)
			inWord = letter
			i++
			continue
		}
		if c < 0xE0 {
			// Two-byte characters (Latin accents, Greek, Cyrillic, Hebrew,
			// Arabic…) lie below every unspaced script, and only U+0085
			// and U+00A0 among them are spaces: told from their bytes,
			// without decoding. A byte that starts no valid two-byte
			// character is one RuneError, a letter, as decoding makes it.
			if c >= 0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				if c == 0xC2 && (s[i+1] == 0x85 || s[i+1] == 0xA0) {
					inWord = 0
					i += 2
					continue
				}
				i++
			}
			i++
			count += int(1 &^ inWord)
			inWord = 1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case IsUnspacedScript(r):
			dense++
			inWord = 0
		case IsSpace(r):
			inWord = 0
		default:
			count += int(1 &^ inWord)
			inWord = 1
		}
	}
	return count + (dense+1)/2
}

// ASCIIBlock, ASCIISpaces, ASCIIRange and ByteBits let a counter read
// text eight bytes at a time, as WordCount, render's CountWords and
// readability's counters do: most text is ASCII, and one word's arithmetic
// tells of eight bytes what a loop tells byte after byte. A block's
// answer is a mask with the high bit of each byte that qualifies.
const (
	// HighBits holds the high bit of each of a block's eight bytes: a
	// block x is all ASCII when x&HighBits == 0.
	HighBits = 0x8080808080808080
	lowBits  = 0x7F7F7F7F7F7F7F7F
)

// ASCIIBlock returns the eight bytes of s from i, the first in the low
// byte.
func ASCIIBlock(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// ASCIISpaces returns, of an all-ASCII block, the high bit of each byte
// that is a space as strings.Fields tells one: ' ', or '\t' to '\r' (9 to
// 13).
func ASCIISpaces(x uint64) uint64 {
	return ByteBits(x, ' ') | ASCIIRange(x, '\t', '\r')
}

// ASCIIRange returns, of an all-ASCII block, the high bit of each byte
// from lo to hi (ASCII bytes, lo <= hi): a byte plus 0x80-lo reaches the
// high bit when it is lo or more, and no byte's sum carries into the next,
// every byte being under 0x80.
func ASCIIRange(x uint64, lo, hi byte) uint64 {
	const ones = lowBits / 0x7F
	return (x + ones*uint64(0x80-lo)) &^ (x + ones*uint64(0x7F-hi)) & HighBits
}

// ByteBits returns, of an all-ASCII block, the high bit of each byte
// that is c (an ASCII byte).
func ByteBits(x uint64, c byte) uint64 {
	zero := x ^ (lowBits / 0x7F * uint64(c)) // 0 where c
	return ^((zero&lowBits + lowBits) | zero) & HighBits
}

// IsUnspacedScript reports whether r is a letter of a script written
// without spaces between words: Han, Hiragana, Katakana, Thai, Lao, Khmer,
// Myanmar. (Hangul is written with spaces.)
func IsUnspacedScript(r rune) bool {
	switch {
	case r < 0x0E00:
		return false
	case r <= 0x0EFF: // Thai, Lao
		return unicode.IsLetter(r) || unicode.IsMark(r)
	case r >= 0x1000 && r <= 0x109F, r >= 0x1780 && r <= 0x17FF: // Myanmar, Khmer
		return unicode.IsLetter(r) || unicode.IsMark(r)
	case r < 0x2E80:
		return false
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3041 && r <= 0x3096, r >= 0x30A1 && r <= 0x30FA:
		// The common blocks, whole in the tables, decided without a
		// search: the CJK ideographs, hiragana and katakana.
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// IsCJK reports whether r is a Han, Kana or Hangul letter: the scripts
// whose every character counts as a word of its own (word_count), and
// whose bylines carry their own labels.
func IsCJK(r rune) bool {
	return r >= 0x1100 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// asciiLetter is 1 for an ASCII byte that is not a space (see asciiSpace).
var asciiLetter = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if !asciiSpace[c] {
			t[c] = 1
		}
	}
	return t
}()

// WordsIn counts the words of the text under n as WordsIn(n)
// does, without building the text.
func WordsIn(n *html.Node) int {
	if n.Type == html.TextNode {
		return WordCount(n.Data)
	}
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			count += WordCount(c.Data)
		case html.ElementNode:
			if !SkipsText(c) {
				count += WordsIn(c)
			}
		}
	}
	return count
}

// WordsUpTo counts the words under n as WordsIn does, but stops counting
// once it passes limit: it tells a short block from a long one at the cost
// of the short one.
func WordsUpTo(n *html.Node, limit int) int {
	if n.Type == html.TextNode {
		return WordCount(n.Data)
	}
	count := 0
	for c := n.FirstChild; c != nil && count <= limit; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			count += WordCount(c.Data)
		case html.ElementNode:
			if !SkipsText(c) {
				count += WordsUpTo(c, limit-count)
			}
		}
	}
	return count
}

// Comparable folds case and drops everything but letters and digits.
func Comparable(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// SameText reports whether a and b are the same text, ignoring case,
// spacing and punctuation.
func SameText(a, b string) bool {
	ca := Comparable(a)
	return ca != "" && ca == Comparable(b)
}

// SimilarText reports whether a and b mostly share their words: one holds
// the other, or 80% of the shorter's words appear in the longer.
func SimilarText(a, b string) bool {
	ca, cb := Comparable(a), Comparable(b)
	if ca == "" || cb == "" {
		return false
	}
	if strings.Contains(ca, cb) || strings.Contains(cb, ca) {
		return true
	}
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	set := make(map[string]bool, len(wb))
	for _, w := range wb {
		set[Comparable(w)] = true
	}
	shared := 0
	for _, w := range wa {
		if set[Comparable(w)] {
			shared++
		}
	}
	return shared*5 >= len(wa)*4
}

// FindFirst returns the first element under n, in document order, for
// which match is true, or nil.
func FindFirst(n *html.Node, match func(*html.Node) bool) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if match(c) {
			return c
		}
		if f := FindFirst(c, match); f != nil {
			return f
		}
	}
	return nil
}

// NextElement returns the next sibling of n that is an element, or nil.
func NextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

// PrevElement returns the previous sibling of n that is an element, or nil.
func PrevElement(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

// PrevTextElement returns the previous sibling of n that is an element
// holding text, skipping empty ones (a spacer, an image without words),
// or nil: the label a box or list stands under.
func PrevTextElement(n *html.Node) *html.Node {
	s := PrevElement(n)
	for s != nil && !HasText(s) {
		s = PrevElement(s)
	}
	return s
}

// HasAncestor reports whether an element of atom a holds n.
func HasAncestor(n *html.Node, a atom.Atom) bool { return Ancestor(n, a) != nil }

// Ancestor returns the nearest element of atom a that holds n (the
// <article> a heading or a date stands in), nil when none does.
func Ancestor(n *html.Node, a atom.Atom) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a {
			return p
		}
	}
	return nil
}

// LongParagraphWords is the length from which a paragraph counts as body text.
const LongParagraphWords = 25

// LongParagraphs counts the <p> elements under n of body-text length.
func LongParagraphs(n *html.Node) int {
	if n == nil {
		return 0
	}
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.P && WordsIn(c) >= LongParagraphWords {
				count++
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

// RemoveNode detaches n from the tree.
func RemoveNode(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// FirstNonEmpty returns the first of values that is not blank, trimmed.
func FirstNonEmpty(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// Dedupe drops empty and repeated values (ignoring case), keeping order.
func Dedupe(values []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range values {
		v = NormalizeSpace(v)
		k := strings.ToLower(v)
		if v == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, v)
	}
	return out
}

// SkipsText reports elements whose content is never text: scripts, styles,
// templates.
func SkipsText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript:
		return true
	}
	return false
}

// IsHidden reports whether n is hidden from readers by its markup.
func IsHidden(n *html.Node) bool {
	if HasAttr(n, "hidden") {
		return true
	}
	if Attr(n, "aria-hidden") == "true" && !strings.Contains(Attr(n, "class"), "fallback-image") {
		return true
	}
	return HiddenByStyle(n)
}

// HiddenByStyle reports whether n's inline style hides it (display:none or
// visibility:hidden), the part of IsHidden a page's CSS controls.
func HiddenByStyle(n *html.Node) bool {
	style := Attr(n, "style")
	if style == "" {
		return false
	}
	style = strings.ToLower(style)
	return styleDeclares(style, "display", "none") || styleDeclares(style, "visibility", "hidden")
}

// styleDeclares reports whether a lower-cased style attribute holds
// "property: value…", white space allowed around the colon.
func styleDeclares(style, property, value string) bool {
	for i := strings.Index(style, property); i >= 0; {
		rest := strings.TrimLeft(style[i+len(property):], " \t\n\f\r")
		if after, ok := strings.CutPrefix(rest, ":"); ok && strings.HasPrefix(strings.TrimLeft(after, " \t\n\f\r"), value) {
			return true
		}
		next := strings.Index(style[i+1:], property)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// IsMedia reports whether n is an image, a video, a sound, a frame or
// another embedded object.
func IsMedia(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Img, atom.Picture, atom.Video, atom.Audio, atom.Iframe, atom.Svg, atom.Object, atom.Embed:
		return true
	}
	return false
}

// UnwrapNode replaces n with its children.
func UnwrapNode(n *html.Node) {
	parent := n.Parent
	if parent == nil {
		return
	}
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		parent.InsertBefore(c, n)
	}
	parent.RemoveChild(n)
}

// CloneTree returns a deep copy of n, detached from any parent. An
// element's atom is looked up again from its name: readability renames
// elements (a div becomes a p) and creates some without an atom.
func CloneTree(n *html.Node) *html.Node {
	dataAtom := n.DataAtom
	if n.Type == html.ElementNode && n.Namespace == "" {
		dataAtom = atom.Lookup([]byte(n.Data))
	}
	c := &html.Node{
		Type:      n.Type,
		DataAtom:  dataAtom,
		Data:      n.Data,
		Namespace: n.Namespace,
		Attr:      append([]html.Attribute(nil), n.Attr...),
	}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(CloneTree(k))
	}
	return c
}

// Document is a parsed page.
type Document struct {
	Node *html.Node // the document node
}

// Root returns the <html> element, or the document node when there is none.
func (d *Document) Root() *html.Node {
	for c := d.Node.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Html {
			return c
		}
	}
	return d.Node
}

// IsBoundary reports whether n is the html, body, main or article element:
// the bounds a widget or a headline zone does not reach past.
func IsBoundary(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Main, atom.Article:
		return true
	}
	return false
}

// Follows reports whether n comes after ref in document order (true when ref is nil).
func Follows(n, ref *html.Node) bool {
	if ref == nil {
		return true
	}
	// Walk forward from the end of ref's subtree; n is after ref if reached.
	for cur := nextInOrder(ref); cur != nil; {
		if cur == n {
			return true
		}
		if cur.FirstChild != nil {
			cur = cur.FirstChild
		} else {
			cur = nextInOrder(cur)
		}
	}
	return false
}

// nextInOrder returns the node after n in document order, skipping n's subtree.
func nextInOrder(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}
