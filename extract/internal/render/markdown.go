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
	body, err := sanitizedBody(heading, a, content, opts)
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
