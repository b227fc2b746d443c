package readability

import (
	"math/bits"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
)

// hasTextContent reports whether a node or any of its descendants have text content other than spaces.
func hasTextContent(node *html.Node) bool {
	if node.Type == html.TextNode {
		return hasContent(node.Data)
	}
	for child := range node.ChildNodes() {
		if hasTextContent(child) {
			return true
		}
	}
	return false
}

type runeCounter interface {
	Count(rune)
	CountString(string)
}

type charCounter struct {
	Total int

	lastCharWasSpace bool
	seenNonSpace     bool
}

// Count keeps a number of total characters (runes) it was passed. Leading and trailing whitespace
// are ignored, and consecutive runs of whitespace between words are counted as a single space.
func (c *charCounter) Count(r rune) {
	if dom.IsSpace(r) { // pith's fork: no table search past Latin-1
		c.lastCharWasSpace = true
		return
	}
	if c.lastCharWasSpace && c.seenNonSpace {
		c.Total += 2
	} else {
		c.Total += 1
	}
	c.lastCharWasSpace = false
	c.seenNonSpace = true
}

// CountString counts every rune of s as Count would, one after another, but
// reads ASCII bytes directly instead of decoding each rune and calling
// unicode.IsSpace through an interface (pith's fork: upstream's per-rune
// loop was ~15% of pith's time; see FORK.md).
func (c *charCounter) CountString(s string) {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf && i+8 <= len(s) {
			// Eight ASCII bytes at a time: each letter counts one, and
			// one more when a space comes before it and a letter before
			// that, as Count does.
			if x := dom.ASCIIBlock(s, i); x&dom.HighBits == 0 {
				spaces := dom.ASCIISpaces(x)
				letters := ^spaces & dom.HighBits
				var spaceBefore uint64
				if c.lastCharWasSpace {
					spaceBefore = 0x80
				}
				after := letters & (spaces<<8 | spaceBefore)
				if !c.seenNonSpace && letters&-letters&after != 0 {
					after &^= letters & -letters // the first letter of all: none before it
				}
				c.Total += bits.OnesCount64(letters) + bits.OnesCount64(after)
				if letters != 0 {
					c.seenNonSpace = true
				}
				c.lastCharWasSpace = letters>>63 == 0
				i += 8
				continue
			}
		}
		if b >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			c.Count(r)
			continue
		}
		i++
		if asciiSpace[b] != 0 {
			c.lastCharWasSpace = true
			continue
		}
		if c.lastCharWasSpace && c.seenNonSpace {
			c.Total += 2
		} else {
			c.Total += 1
		}
		c.lastCharWasSpace = false
		c.seenNonSpace = true
	}
}

func (c *charCounter) ResetContext() runeCounter {
	c.lastCharWasSpace = false
	c.seenNonSpace = false
	return c
}

type commaCounter struct {
	Total int
}

func (c *commaCounter) Count(r rune) {
	switch r {
	// Commas as used in Latin, Sindhi, Chinese and various other scripts.
	// see: https://en.wikipedia.org/wiki/Comma#Comma_variants
	case '\u002C', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C':
		c.Total++
	}
}

// CountString counts the commas of s as Count would, rune by rune, with a
// byte test for ASCII (pith's fork).
func (c *commaCounter) CountString(s string) {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf && i+8 <= len(s) {
			if x := dom.ASCIIBlock(s, i); x&dom.HighBits == 0 { // eight ASCII bytes at a time
				c.Total += bits.OnesCount64(dom.ByteBits(x, ','))
				i += 8
				continue
			}
		}
		if b >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			c.Count(r)
			continue
		}
		i++
		if b == ',' {
			c.Total++
		}
	}
}

// countCharsAndCommas returns counts for both characters and commas in a node's
// text. Leading and trailing whitespace is not counted, nor are consecutive
// runs of whitespace.
func countCharsAndCommas(node *html.Node) (int, int) {
	chars := &charCounter{}
	commas := &commaCounter{}

	// Walk the node and its descendants to count all non-space characters and
	// different comma variants separately.
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			chars.CountString(n.Data)
			commas.CountString(n.Data)
			return
		}
		for child := range n.ChildNodes() {
			walk(child)
		}
	}
	walk(node)

	return chars.Total, commas.Total
}
