package render

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// sanitizedBody renders the article tree, after the toggles, as sanitized
// HTML (see sanitize), opening with heading as a top-level heading unless
// it is empty. Every HTML that pith prints goes through it, also the HTML
// that becomes Markdown.
func sanitizedBody(heading string, a *Head, content *html.Node, opts Options) (string, error) {
	return sanitizedBodyWith(heading, a, content, opts, nil)
}

// sanitizedBodyWith is sanitizedBody with a last step on the sanitized
// tree, before it is written (nil for none).
func sanitizedBodyWith(heading string, a *Head, content *html.Node, opts Options, last func(*html.Node)) (string, error) {
	root := preparedBody(a, content, opts)
	if last != nil {
		last(root)
	}
	body, err := RenderChildren(root)
	if err != nil {
		return "", err
	}
	if heading != "" {
		body = "<h1>" + html.EscapeString(heading) + "</h1>\n" + strings.TrimSpace(body)
	}
	return strings.TrimSpace(body), nil
}

// preparedBody returns the article tree as every format prints it: a
// copy after the toggles, with each image's real source (or without the
// image), local references placed for the output, no caption that lost
// its media, tidy white space, sanitized, without the wrappers around the
// article, and its text and attributes through Hygiene.
func preparedBody(a *Head, content *html.Node, opts Options) *html.Node {
	tree := ApplyToggles(content, opts)
	resolveImages(tree, a.base())
	relocateLocalAssets(tree, opts.AssetDir)
	prepareMath(tree)
	dropBareFigures(tree)
	dropEmptyLinks(tree)
	tidyWhitespace(tree)
	root := innermostWrapper(tree)
	Sanitize(root)
	hygieneTree(root)
	return root
}

// hygieneTree puts the text and attribute values under n through Hygiene,
// node by node, so that a joiner's neighbours are letters rather than the
// markup around them.
func hygieneTree(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			c.Data = Hygiene(c.Data)
		case html.ElementNode:
			for i := range c.Attr {
				c.Attr[i].Val = Hygiene(c.Attr[i].Val)
			}
			hygieneTree(c)
		}
	}
}

// innermostWrapper skips the wrappers around the article (readability's
// page div, the page's own article or main element): while root holds
// nothing but one such element, that element stands for it.
func innermostWrapper(root *html.Node) *html.Node {
	for {
		var only *html.Node
		for c := root.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && only == nil:
				only = c
			case c.Type == html.ElementNode, c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				return root
			}
		}
		if only == nil || !wrapperTags[only.DataAtom] {
			return root
		}
		root = only
	}
}

var wrapperTags = map[atom.Atom]bool{atom.Div: true, atom.Article: true, atom.Main: true, atom.Section: true}

// tidyWhitespace shortens the white space between elements, which the
// page's indentation and the removed boilerplate leave behind, to one
// newline (or one space when it had no newline); preformatted text is kept.
func tidyWhitespace(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
			if prev := c.PrevSibling; prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
				prev.Data, c.Data = "", prev.Data+c.Data // one run of white space, however many nodes
			}
			if strings.Contains(c.Data, "\n") {
				c.Data = "\n"
			} else if c.Data != "" {
				c.Data = " "
			}
		case c.Type == html.ElementNode && c.DataAtom != atom.Pre && c.DataAtom != atom.Textarea:
			tidyWhitespace(c)
		}
	}
}

// HTML renders the article as a sanitized HTML fragment, or with
// opts.Standalone as a full document; it ends with one newline.
func HTML(a *Head, content *html.Node, opts Options) (string, error) {
	body, err := sanitizedBody(a.Title, a, content, opts)
	if err != nil {
		return "", err
	}
	if !opts.Standalone {
		return body + "\n", nil
	}
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html")
	if a.Language != "" {
		b.WriteString(` lang="` + html.EscapeString(a.Language) + `"`)
	}
	b.WriteString(">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<title>" + html.EscapeString(a.Title) + "</title>\n")
	writeMeta := func(attr, key, value string) {
		if value != "" {
			b.WriteString("<meta " + attr + `="` + key + `" content="` + html.EscapeString(value) + "\">\n")
		}
	}
	writeMeta("name", "author", strings.Join(a.Authors, ", "))
	writeMeta("name", "description", dom.FirstNonEmpty(a.Subtitle, a.Description))
	writeMeta("name", "keywords", strings.Join(a.Tags, ", "))
	writeMeta("property", "og:site_name", a.SiteName)
	writeMeta("property", "article:published_time", a.Published)
	writeMeta("property", "article:modified_time", a.Modified)
	if isWebURL(a.URL) {
		b.WriteString(`<link rel="canonical" href="` + html.EscapeString(a.URL) + "\">\n")
	}
	b.WriteString("</head>\n<body>\n<article>\n")
	b.WriteString(body)
	b.WriteString("\n</article>\n</body>\n</html>\n")
	return b.String(), nil
}

// isWebURL reports an http or https address.
func isWebURL(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://")
}
