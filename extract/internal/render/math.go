package render

import (
	"bytes"
	"strings"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// Math. MathML carries the formula twice when the page was made from TeX:
// as presentation elements (whose text runs together, "E=mc2") and as an
// <annotation encoding="application/x-tex"> holding the TeX ("E = mc^2").
// Every format prints it once: the TeX when the page has it — in
// Markdown between $…$ (display math between $$ lines), verbatim; in HTML
// as code of language "math", the convention Markdown renderers and
// MathJax's readers know; in text as written — and otherwise MathML's
// text without its annotations.

// mathLanguage is the class that marks math in the HTML pith prints.
const mathLanguage = "language-math"

// texEncodings are the annotation encodings that hold TeX or LaTeX.
var texEncodings = map[string]bool{"application/x-tex": true, "text/x-tex": true, "tex": true,
	"application/x-latex": true, "text/x-latex": true, "latex": true}

// mathTeX returns the TeX that a math element is annotated with, or "".
func mathTeX(m *html.Node) string {
	ann := dom.FindFirst(m, func(n *html.Node) bool {
		return n.Type == html.ElementNode && n.Data == "annotation" && texEncodings[strings.ToLower(strings.TrimSpace(dom.Attr(n, "encoding")))]
	})
	if ann == nil {
		return ""
	}
	return strings.TrimSpace(dom.TextOf(ann))
}

// mathText returns a math element's text without its annotations: the
// formula as its presentation elements spell it.
func mathText(m *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.Data != "annotation" && c.Data != "annotation-xml":
				walk(c)
			}
		}
	}
	walk(m)
	return dom.NormalizeSpace(b.String())
}

// isDisplayMath reports math set as a block of its own.
func isDisplayMath(m *html.Node) bool {
	return strings.EqualFold(dom.Attr(m, "display"), "block") || strings.EqualFold(dom.Attr(m, "mode"), "display")
}

// isMath reports a MathML math element.
func isMath(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Math || n.Data == "math")
}

// mathInText is what the plain text prints for a math element: its TeX,
// else its text.
func mathInText(m *html.Node) string {
	if tex := mathTeX(m); tex != "" {
		return tex
	}
	return mathText(m)
}

// prepareMath replaces each math element with what the HTML prints for
// it (the sanitizer keeps no MathML): its TeX as code of language math —
// in a pre of its own when it is display math — or else its text.
func prepareMath(root *html.Node) {
	var maths []*html.Node
	for n := range dom.Elements(root) {
		if isMath(n) {
			maths = append(maths, n)
		}
	}
	for _, m := range maths {
		if m.Parent == nil || dom.FindFirst(m.Parent, func(n *html.Node) bool { return n == m }) == nil {
			continue
		}
		var repl *html.Node
		if tex := mathTeX(m); tex != "" {
			code := &html.Node{Type: html.ElementNode, Data: "code", DataAtom: atom.Code,
				Attr: []html.Attribute{{Key: "class", Val: mathLanguage}}}
			code.AppendChild(&html.Node{Type: html.TextNode, Data: tex})
			repl = code
			if isDisplayMath(m) {
				repl = &html.Node{Type: html.ElementNode, Data: "pre", DataAtom: atom.Pre}
				repl.AppendChild(code)
			}
		} else {
			repl = &html.Node{Type: html.TextNode, Data: mathText(m)}
		}
		m.Parent.InsertBefore(repl, m)
		m.Parent.RemoveChild(m)
	}
}

// mathCode returns the TeX of a code element that holds math, and whether
// it does.
func mathCode(n *html.Node) (string, bool) {
	if n == nil || n.DataAtom != atom.Code || !dom.HasToken(dom.Attr(n, "class"), mathLanguage) {
		return "", false
	}
	return strings.TrimSpace(dom.TextOf(n)), true
}

// renderInlineMath writes inline math as $TeX$, the TeX verbatim: none of
// its backslashes, underscores or carets is escaped.
func renderInlineMath(_ converter.Context, w converter.Writer, n *html.Node) converter.RenderStatus {
	if n.Parent != nil && n.Parent.DataAtom == atom.Pre {
		return converter.RenderTryNext
	}
	tex, ok := mathCode(n)
	if !ok {
		return converter.RenderTryNext
	}
	w.WriteString("$" + tex + "$")
	return converter.RenderSuccess
}

// renderDisplayMath writes display math as a block between $$ lines.
func renderDisplayMath(_ converter.Context, w converter.Writer, n *html.Node) converter.RenderStatus {
	var code *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if code != nil {
				return converter.RenderTryNext
			}
			code = c
		}
	}
	tex, ok := mathCode(code)
	if !ok {
		return converter.RenderTryNext
	}
	var b bytes.Buffer
	b.WriteString("\n\n$$\n" + tex + "\n$$\n\n")
	w.Write(b.Bytes())
	return converter.RenderSuccess
}
