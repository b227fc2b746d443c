package render

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// Options are extract's RenderOptions: which renderings to make and what
// every rendering keeps.
type Options struct {
	Markdown, HTML              bool
	NoLinks, NoImages, NoTables bool
	FrontMatter, Standalone     bool
	ListLinks, ListImages       bool
	AssetDir                    string
}

// Head is what the renderings say about the article besides its body.
type Head struct {
	URL, Title, Subtitle, SiteName, Published, Modified string
	Language, Description                               string
	Authors, Tags                                       []string
	// Base is the address the article's relative references resolve
	// against: the page's own (for a Wayback Machine save, the save's);
	// "" leaves them as written.
	Base string
	// Meta returns the article's metadata as a JSON object, which the
	// Markdown's front matter writes as YAML.
	Meta func() ([]byte, error)
}

// base is a.Base parsed, or nil.
func (a *Head) base() *url.URL {
	if a == nil || a.Base == "" {
		return nil
	}
	u, err := url.Parse(a.Base)
	if err != nil {
		return nil
	}
	return u
}

// keepsAll reports whether the toggles leave the article as it is.
func (o Options) keepsAll() bool {
	return !o.NoLinks && !o.NoImages && !o.NoTables
}

// ApplyToggles returns a copy of the article tree without what opts drops:
// tables, images (with the figures around them and their captions), and
// links, which become their text.
func ApplyToggles(content *html.Node, opts Options) *html.Node {
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

// RenderChildren serialises the children of n as HTML.
func RenderChildren(n *html.Node) (string, error) {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if err := html.Render(&b, c); err != nil {
			return "", err
		}
	}
	return b.String(), nil
}
