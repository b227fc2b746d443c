package extract

import (
	"strings"
	"sync"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sanitizer is the policy every HTML that pith prints goes through, also
// the HTML that becomes Markdown: bluemonday's policy for user content
// (no script, style, iframe, object, embed, form or input elements, no
// event handler attributes, no base element, only http, https and mailto
// URLs besides relative ones), with three changes: links are not marked
// nofollow, images may be data: URLs (never links), and a code block's
// language class is kept.
var sanitizer = sync.OnceValue(func() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.RequireNoFollowOnLinks(false)
	p.AllowDataURIImages()
	p.AllowAttrs("class").Matching(rxCodeLanguage.get()).OnElements("pre", "code")
	return p
})

// rxCodeLanguage is a class naming a code block's language: language-go, lang-python.
var rxCodeLanguage = lazyCompile(`^(language|lang)-[\w.+#-]+$`)

// sanitizedBody renders the article tree, after the toggles, as sanitized
// HTML, opening with heading as a top-level heading unless it is empty.
func sanitizedBody(heading string, content *html.Node, opts RenderOptions) (string, error) {
	tree := applyToggles(content, opts)
	dropBareFigures(tree)
	prepareForSanitizer(tree)
	tidyWhitespace(tree)
	body, err := renderChildren(innermostWrapper(tree))
	if err != nil {
		return "", err
	}
	if heading != "" {
		body = "<h1>" + html.EscapeString(heading) + "</h1>\n" + strings.TrimSpace(body)
	}
	return strings.TrimSpace(sanitizer().Sanitize(body)), nil
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

// prepareForSanitizer does what the policy cannot say by itself: it strips
// every class but a code block's language from pre and code elements, so
// the sanitizer keeps the one that matters, and drops data: URLs from every
// attribute but an image's source (the policy allows data: images in any
// URL attribute, links included).
func prepareForSanitizer(root *html.Node) {
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Pre || c.DataAtom == atom.Code {
				keepLanguageClass(c)
			}
			dropDataURLs(c)
			walk(c)
		}
	}
	walk(root)
}

// urlAttributes are the attributes whose value is a URL.
var urlAttributes = map[string]bool{"href": true, "src": true, "cite": true, "poster": true, "action": true,
	"formaction": true, "background": true, "srcset": true, "data": true, "xlink:href": true}

// dropDataURLs removes the URL attributes of n holding a data: URL, except
// an image's source.
func dropDataURLs(n *html.Node) {
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		isData := urlAttributes[a.Key] && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "data:")
		if !isData || n.DataAtom == atom.Img && a.Key == "src" {
			kept = append(kept, a)
		}
	}
	n.Attr = kept
}

func keepLanguageClass(n *html.Node) {
	for i, a := range n.Attr {
		if a.Key != "class" {
			continue
		}
		n.Attr[i].Val = ""
		for _, f := range strings.Fields(a.Val) {
			if rxCodeLanguage.MatchString(f) {
				n.Attr[i].Val = f
				break
			}
		}
	}
}

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

// renderHTML renders the article as a sanitized HTML fragment, or with
// opts.Standalone as a full document; it ends with one newline.
func renderHTML(a *Article, content *html.Node, opts RenderOptions) (string, error) {
	body, err := sanitizedBody(a.Title, content, opts)
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
	writeMeta("name", "description", firstNonEmpty(a.Subtitle, a.Description))
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
