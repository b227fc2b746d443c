package render

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// Link is one of the article's links, as the JSON's links list gives it.
type Link struct {
	URL  string `json:"url"`
	Text string `json:"text,omitempty"`
}

// Image is one of the article's images, as the JSON's images list gives
// it.
type Image struct {
	URL     string `json:"url"`
	Alt     string `json:"alt,omitempty"`
	Caption string `json:"caption,omitempty"`
}

// Lists returns the links and the images that the article's HTML and
// Markdown print, in document order and each address once: the same tree
// (after the toggles, the images' real sources and the sanitizer), so the
// lists never name what the formats leave out. A link to a place in the
// page itself ("#note-1") is no link to list. Lists gives none of a kind
// opts leaves out (NoLinks, NoImages).
func Lists(a *Head, content *html.Node, opts Options) ([]Link, []Image) {
	root := preparedBody(a, content, opts)
	var links []Link
	var images []Image
	seenLink, seenImage := map[string]bool{}, map[string]bool{}
	for n := range dom.Elements(root) {
		switch n.DataAtom {
		case atom.A:
			href := dom.Attr(n, "href")
			if href == "" || strings.HasPrefix(href, "#") || seenLink[href] || opts.NoLinks {
				continue
			}
			seenLink[href] = true
			text := dom.NormalizeSpace(dom.TextOf(n))
			if text == "" {
				if img := dom.FindFirst(n, func(d *html.Node) bool { return d.DataAtom == atom.Img }); img != nil {
					text = dom.NormalizeSpace(dom.Attr(img, "alt"))
				}
			}
			links = append(links, Link{URL: href, Text: text})
		case atom.Img:
			src := dom.Attr(n, "src")
			if src == "" || seenImage[src] || opts.NoImages {
				continue
			}
			seenImage[src] = true
			images = append(images, Image{URL: src, Alt: dom.NormalizeSpace(dom.Attr(n, "alt")), Caption: captionOf(n)})
		}
	}
	return links, images
}

// captionOf returns the caption of an image: its figure's figcaption, or
// the caption line right after the image (or after the element that holds
// it alone).
func captionOf(img *html.Node) string {
	for p := img.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Figure {
			if c := dom.FindFirst(p, func(d *html.Node) bool { return d.DataAtom == atom.Figcaption }); c != nil {
				return dom.NormalizeSpace(dom.TextOf(c))
			}
			return ""
		}
	}
	for at := img; at != nil && at.Type == html.ElementNode; at = at.Parent {
		if next := dom.NextElement(at); next != nil {
			if isCaptionLine(next) {
				return dom.NormalizeSpace(dom.TextOf(next))
			}
			return ""
		}
		if dom.PrevElement(at) != nil || at.Parent == nil {
			return ""
		}
	}
	return ""
}
