package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// hasToken reports whether a space-separated attribute value holds token.
func hasToken(value, token string) bool {
	for _, f := range strings.Fields(value) {
		if strings.EqualFold(f, token) {
			return true
		}
	}
	return false
}

// textOf returns the text under n, skipping scripts, styles and templates.
func textOf(n *html.Node) string {
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
				if !skipsText(c) {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return b.String()
}

// hasText reports whether n holds any text that is not white space,
// stopping at the first such character.
func hasText(n *html.Node) bool {
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data) != ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if (c.Type == html.TextNode || c.Type == html.ElementNode && !skipsText(c)) && hasText(c) {
			return true
		}
	}
	return false
}

// normalizeSpace collapses runs of white space to one space and trims.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// wordCount counts the space-separated words of s, without allocating.
func wordCount(s string) int {
	count, inWord := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inWord {
			count++
		}
		inWord = !space
	}
	return count
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// wordsIn counts the words of the text under n as wordsIn(n)
// does, without building the text.
func wordsIn(n *html.Node) int {
	if n.Type == html.TextNode {
		return wordCount(n.Data)
	}
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			count += wordCount(c.Data)
		case html.ElementNode:
			if !skipsText(c) {
				count += wordsIn(c)
			}
		}
	}
	return count
}

// wordsUpTo counts the words under n as wordsIn does, but stops counting
// once it passes limit: it tells a short block from a long one at the cost
// of the short one.
func wordsUpTo(n *html.Node, limit int) int {
	if n.Type == html.TextNode {
		return wordCount(n.Data)
	}
	count := 0
	for c := n.FirstChild; c != nil && count <= limit; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			count += wordCount(c.Data)
		case html.ElementNode:
			if !skipsText(c) {
				count += wordsUpTo(c, limit-count)
			}
		}
	}
	return count
}

// comparable folds case and drops everything but letters and digits.
func comparable(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// sameText reports whether a and b are the same text, ignoring case,
// spacing and punctuation.
func sameText(a, b string) bool {
	ca := comparable(a)
	return ca != "" && ca == comparable(b)
}

// similarText reports whether a and b mostly share their words: one holds
// the other, or 80% of the shorter's words appear in the longer.
func similarText(a, b string) bool {
	ca, cb := comparable(a), comparable(b)
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
		set[comparable(w)] = true
	}
	shared := 0
	for _, w := range wa {
		if set[comparable(w)] {
			shared++
		}
	}
	return shared*5 >= len(wa)*4
}

func findFirst(n *html.Node, match func(*html.Node) bool) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if match(c) {
			return c
		}
		if f := findFirst(c, match); f != nil {
			return f
		}
	}
	return nil
}

func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

func prevElement(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

func hasAncestor(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a {
			return true
		}
	}
	return false
}

// longParagraphWords is the length from which a paragraph counts as body text.
const longParagraphWords = 25

// longParagraphs counts the <p> elements under n of body-text length.
func longParagraphs(n *html.Node) int {
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
			if c.DataAtom == atom.P && wordsIn(c) >= longParagraphWords {
				count++
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

// removeNode detaches n from the tree.
func removeNode(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// dedupe drops empty and repeated values (ignoring case), keeping order.
func dedupe(values []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range values {
		v = normalizeSpace(v)
		k := strings.ToLower(v)
		if v == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, v)
	}
	return out
}
