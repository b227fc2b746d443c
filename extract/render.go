package extract

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// RenderOptions chooses which renderings Extract fills in besides
// Article.Text and what every rendering keeps. The zero value renders text
// only and keeps links, images and tables.
type RenderOptions struct {
	// Markdown fills Article.Markdown with the article as CommonMark with
	// GitHub's tables. Off by default: text runs pay nothing for it.
	Markdown bool
	// HTML fills Article.HTML with the article as sanitized HTML.
	HTML bool
	// NoLinks turns links into their text.
	NoLinks bool
	// NoImages drops images, and the figures that hold them with their captions.
	NoImages bool
	// NoTables drops tables, also from Article.Text.
	NoTables bool
	// FrontMatter opens the Markdown with the metadata as YAML front matter
	// instead of the title as a top-level heading.
	FrontMatter bool
	// Standalone makes the HTML a full document with <title> and meta
	// elements instead of a fragment.
	Standalone bool
}

// keepsAll reports whether the toggles leave the article as it is.
func (o RenderOptions) keepsAll() bool {
	return !o.NoLinks && !o.NoImages && !o.NoTables
}

// render fills the renderings opts asks for from the cleaned article. The
// article tree itself is never changed: each rendering works on a copy.
func (a *Article) render(content *html.Node, opts RenderOptions) error {
	if opts.NoTables {
		a.Text = renderText(applyToggles(content, opts))
	}
	if opts.Markdown {
		md, err := renderMarkdown(a, content, opts)
		if err != nil {
			return fmt.Errorf("markdown: %w", err)
		}
		a.Markdown = md
	}
	if opts.HTML {
		h, err := renderHTML(a, content, opts)
		if err != nil {
			return fmt.Errorf("html: %w", err)
		}
		a.HTML = h
	}
	return nil
}

// applyToggles returns a copy of the article tree without what opts drops:
// tables, images (with the figures around them and their captions), and
// links, which become their text.
func applyToggles(content *html.Node, opts RenderOptions) *html.Node {
	root := dom.CloneTree(content)
	if opts.keepsAll() {
		return root
	}
	var drop, unwrap []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case opts.NoTables && c.DataAtom == atom.Table,
				opts.NoImages && isImage(c),
				opts.NoImages && c.DataAtom == atom.Figure && dom.FindFirst(c, isImage) != nil:
				drop = append(drop, c)
				continue
			case opts.NoLinks && c.DataAtom == atom.A:
				unwrap = append(unwrap, c)
			}
			walk(c)
		}
	}
	walk(root)
	for _, n := range drop {
		dom.RemoveNode(n)
	}
	for _, n := range unwrap {
		dom.UnwrapNode(n)
	}
	return root
}

// dropBareFigures removes the figures left with nothing but a caption: the
// video, embed or script that the caption described is not printed, so the
// caption would describe nothing. A figure keeps its caption while it
// holds an image or text of its own (a table, a quotation, code).
func dropBareFigures(root *html.Node) {
	var bare []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Figure && dom.FindFirst(c, func(d *html.Node) bool { return d.DataAtom == atom.Img }) == nil && !hasTextOutsideCaption(c) {
				bare = append(bare, c)
				continue
			}
			walk(c)
		}
	}
	walk(root)
	for _, n := range bare {
		dom.RemoveNode(n)
	}
}

// hasTextOutsideCaption reports whether a figure has text besides its caption.
func hasTextOutsideCaption(figure *html.Node) bool {
	for c := figure.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Figcaption {
			continue
		}
		if (c.Type == html.TextNode || c.Type == html.ElementNode && !dom.SkipsText(c)) && dom.HasText(c) {
			return true
		}
	}
	return false
}

// isImage reports images: img, picture and inline svg elements.
func isImage(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Img, atom.Picture, atom.Svg:
		return true
	}
	return false
}

// renderChildren serialises the children of n as HTML.
func renderChildren(n *html.Node) (string, error) {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if err := html.Render(&b, c); err != nil {
			return "", err
		}
	}
	return b.String(), nil
}
