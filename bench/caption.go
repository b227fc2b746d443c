package main

import (
	"bytes"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// captionPrefix reports a prefix-corpus page whose ground truth opens
// with a photo caption or credit of the page: the truth's first line, of
// minCaptionWords words or more, is the text of a <figcaption> or of an
// element whose class or id names a caption or a credit (or holds it, or
// starts with it). CONTRACT.md keeps captions out of text, so pith's text
// cannot open that way: such a page is "bad" by the corpus's convention,
// not by pith's extraction. Found from the page and its truth alone,
// never by id.
func captionPrefix(page []byte, truth string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(truth), "\n")
	first = normCaption(first)
	if len(strings.Fields(first)) < minCaptionWords {
		return false
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return false
	}
	found := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if isCaption(c) {
				text := normCaption(textOf(c))
				if text != "" && (strings.Contains(text, first) ||
					len(strings.Fields(text)) >= minCaptionWords && strings.HasPrefix(first, text)) {
					found = true
					return
				}
			}
			walk(c)
		}
	}
	walk(doc)
	return found
}

// minCaptionWords: a shorter first line (a byline, a dateline) matches
// too much of a page to say anything.
const minCaptionWords = 4

func isCaption(n *html.Node) bool {
	if n.DataAtom == atom.Figcaption {
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			v := strings.ToLower(a.Val)
			if strings.Contains(v, "caption") || strings.Contains(v, "credit") {
				return true
			}
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
				b.WriteByte(' ')
			case c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// normCaption lower-cases s and keeps its letters and digits, one space
// between words, so markup and punctuation do not matter.
func normCaption(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
