package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth is the nesting depth pages are flattened to when the parser
// refuses them (golang.org/x/net/html refuses more than 512 open elements).
const maxDepth = 256

// document is a parsed page.
type document struct {
	node *html.Node // the document node
}

// root returns the <html> element, or the document node when there is none.
func (d *document) root() *html.Node {
	for c := d.node.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Html {
			return c
		}
	}
	return d.node
}

// parse builds the tree once. A page nested too deeply for the parser is
// flattened to maxDepth and parsed again; the cap is deterministic.
func parse(text string) (*document, error) {
	node, err := html.Parse(strings.NewReader(text))
	if err != nil {
		node, err = html.Parse(strings.NewReader(capDepth(text, maxDepth)))
		if err != nil {
			return nil, errorf(ErrNotParseable, "%v", err)
		}
	}
	return &document{node: node}, nil
}

// capDepth rewrites a page so that no element opens deeper than limit: start
// tags past the limit are dropped together with their end tags, and stray
// end tags are dropped. Text is kept.
func capDepth(text string, limit int) string {
	z := html.NewTokenizer(strings.NewReader(text))
	var out bytes.Buffer
	out.Grow(len(text))
	type open struct {
		name string
		kept bool
	}
	var stack []open
	kept := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if isVoid(tag) {
				out.Write(z.Raw())
				continue
			}
			keep := kept < limit
			stack = append(stack, open{tag, keep})
			if keep {
				kept++
				out.Write(z.Raw())
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			i := len(stack) - 1
			for i >= 0 && stack[i].name != tag {
				i--
			}
			if i < 0 {
				continue
			}
			for j := len(stack) - 1; j >= i; j-- {
				if stack[j].kept {
					kept--
					out.WriteString("</" + stack[j].name + ">")
				}
			}
			stack = stack[:i]
		default:
			out.Write(z.Raw())
		}
	}
}

func isVoid(tag string) bool {
	switch tag {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen":
		return true
	}
	return false
}
