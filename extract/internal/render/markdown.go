package render

import (
	"bytes"
	"strings"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/strikethrough"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/rx"
)

// newMarkdownConverter builds the HTML to Markdown converter: CommonMark
// with ATX headings, "-" bullets, fenced code blocks, GitHub's tables and
// strikethrough, captions in emphasis, and smart escaping of the characters Markdown gives a
// meaning to.
func newMarkdownConverter() *converter.Converter {
	conv := converter.NewConverter(
		converter.WithEscapeMode(converter.EscapeModeSmart),
		converter.WithPlugins(
			base.NewBasePlugin(),
			commonmark.NewCommonmarkPlugin(
				commonmark.WithHeadingStyle(commonmark.HeadingStyleATX),
				commonmark.WithBulletListMarker("-"),
				commonmark.WithCodeBlockFence("```"),
			),
			table.NewTablePlugin(table.WithSkipEmptyRows(true)),
			strikethrough.NewStrikethroughPlugin(),
		),
	)
	conv.Register.RendererFor("figcaption", converter.TagTypeBlock, renderCaption, converter.PriorityEarly)
	conv.Register.RendererFor("code", converter.TagTypeInline, renderInlineMath, converter.PriorityEarly)
	conv.Register.RendererFor("pre", converter.TagTypeBlock, renderDisplayMath, converter.PriorityEarly)
	conv.Register.TextTransformer(escapeEntityLike, converter.PriorityEarly)
	return conv
}

// rxEntityLike is text that a Markdown reader would take for a character
// reference: &amp; &#38; &#x26;.
var rxEntityLike = rx.Compile(`&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)`)

// escapeEntityLike writes the "&" of text that looks like a character
// reference as "&amp;", so it reads back as written; the converter leaves
// every other "&" alone.
func escapeEntityLike(_ converter.Context, text string) string {
	return rxEntityLike.ReplaceAllString(text, "&amp;$1")
}

// markdownLinks readies the sanitized tree's links for Markdown: an a
// element left without an address (the sanitizer keeps one that has a
// title) is no link in Markdown, so it gives up its tag rather than print
// as "[text]()"; every destination is made literal (literalDestinations).
func markdownLinks(n *html.Node) {
	var bare []*html.Node
	for a := range dom.Elements(n) {
		if a.DataAtom == atom.A && !dom.HasAttr(a, "href") {
			bare = append(bare, a)
		}
	}
	for _, a := range bare {
		dom.UnwrapNode(a)
	}
	literalDestinations(n)
}

// literalDestinations makes every link and image destination under n read
// back, in a CommonMark reader, as the URL the sanitizer allowed. Such a
// reader decodes character references and backslash escapes in a
// destination, so "javascript&colon;alert(1)", a harmless relative URL in
// HTML, would become a script URL: the "&" that opens a reference and
// every backslash are percent-encoded (%26, %5C). An "&" that opens no
// reference (a query's "&b=2") stays, so the address is unchanged.
func literalDestinations(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		for i, a := range c.Attr {
			if a.Key == "href" || a.Key == "src" {
				c.Attr[i].Val = literalDestination(a.Val)
			}
		}
		literalDestinations(c)
	}
}

// literalDestination percent-encodes the "&" of character references and
// every backslash in a URL.
func literalDestination(u string) string {
	if strings.IndexByte(u, '&') >= 0 {
		u = rxEntityLike.ReplaceAllString(u, "%26$1")
	}
	return strings.ReplaceAll(u, `\`, "%5C")
}

// renderCaption renders a figure's caption as an emphasized paragraph of
// its own, under the image it describes.
func renderCaption(ctx converter.Context, w converter.Writer, n *html.Node) converter.RenderStatus {
	var buf bytes.Buffer
	ctx.RenderChildNodes(ctx, &buf, n)
	if caption := strings.Join(strings.Fields(buf.String()), " "); caption != "" {
		w.WriteString("\n\n_" + caption + "_\n\n")
	}
	return converter.RenderSuccess
}

// Markdown renders the article as Markdown: the title as a top-level
// heading (or, with opts.FrontMatter, the metadata as YAML front matter),
// then the body. The body goes through the same sanitizer as the HTML
// format first, so no unsafe link or element reaches the Markdown. It ends
// with one newline.
func Markdown(a *Head, content *html.Node, opts Options) (string, error) {
	heading := a.Title
	if opts.FrontMatter {
		heading = ""
	}
	body, err := sanitizedBodyWith(heading, a, content, opts, markdownLinks)
	if err != nil {
		return "", err
	}
	md, err := newMarkdownConverter().ConvertString(body)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if opts.FrontMatter {
		js, err := a.Meta()
		if err != nil {
			return "", err
		}
		fm, err := FrontMatter(js)
		if err != nil {
			return "", err
		}
		b.WriteString(fm)
	}
	if md = strings.TrimSpace(md); md != "" {
		b.WriteString(md)
		b.WriteByte('\n')
	}
	return b.String(), nil
}
