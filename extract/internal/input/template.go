package input

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
)

// Some blog layouts (Blogger's among them) ship a post's body inside a
// <script type="text/template"> in the element marked
// itemprop=articleBody (or classed entry-content or post-body, as blog
// themes mark a post's body), and a script puts it on the page when it
// loads. A
// reader without scripts sees an empty post, and so would every stage of
// pith, which reads no script text. inlineTemplates puts such a template's
// markup in the tree in place of the script.
//
// Pages hold many other templates — a cart, a carousel's arrows, a cookie
// banner — so only a template is read that sits in the declared body while
// that body shows next to nothing of its own, that holds words itself, and
// that has no placeholders for a script to fill.

// templateMinWords: a declared body showing fewer words than this shows no
// post of its own, and a template must hold at least this many to be one.
const templateMinWords = 15

// hasTemplateBody reports whether a page may hold a post body in a
// template, by a byte scan; most pages have none and are not walked. (The
// case-blind scan runs only on pages naming a template.)
func hasTemplateBody(text string) bool {
	if !strings.Contains(text, "template") {
		return false
	}
	return containsFoldASCII(text, "articlebody") ||
		containsFoldASCII(text, "text/template") && (strings.Contains(text, "entry-content") || strings.Contains(text, "post-body"))
}

// containsFoldASCII reports whether text holds word (lower-case ASCII
// letters) in any mix of cases, as containsFold does. It visits only the
// places where word's last letter stands, found by strings.IndexByte,
// rather than every byte of the page.
func containsFoldASCII(text, word string) bool {
	last := word[len(word)-1]
	for _, b := range [2]byte{last, last - 'a' + 'A'} {
		for from := len(word) - 1; from < len(text); {
			i := strings.IndexByte(text[from:], b)
			if i < 0 {
				break
			}
			end := from + i + 1
			if containsFold(text[end-len(word):end], word) {
				return true
			}
			from = end
		}
	}
	return false
}

// inlineTemplates replaces each post-body template (see above) with the
// nodes its markup parses into, read in the context of its parent.
func inlineTemplates(root *html.Node) {
	var bodies []*html.Node
	for n := range dom.Elements(root) {
		if strings.EqualFold(dom.Attr(n, "itemprop"), "articleBody") || marksPostBody(dom.Attr(n, "class")) {
			bodies = append(bodies, n)
		}
	}
	for _, body := range bodies {
		if dom.WordsIn(body) >= templateMinWords {
			continue // the post is on the page: its templates are widgets
		}
		var scripts []*html.Node
		for n := range dom.Elements(body) {
			if n.Data == "script" && n.Namespace == "" && strings.Contains(strings.ToLower(dom.Attr(n, "type")), "template") {
				scripts = append(scripts, n)
			}
		}
		for _, s := range scripts {
			inlineTemplate(s)
		}
	}
}

// marksPostBody reports whether a class value names a post's body by the
// hAtom convention blog themes follow ("entry-content") or Blogger's own
// ("post-body"): a body declared by class, for themes that leave out
// itemprop=articleBody. Whole class names only.
func marksPostBody(class string) bool {
	for _, name := range strings.Fields(class) {
		if name == "entry-content" || name == "post-body" {
			return true
		}
	}
	return false
}

// inlineTemplate parses the markup of the template script s and puts it in
// s's place, when it holds templateMinWords words and no placeholder.
func inlineTemplate(s *html.Node) {
	if s.Parent == nil || s.FirstChild == nil || s.FirstChild.Type != html.TextNode {
		return
	}
	markup := s.FirstChild.Data
	if strings.Contains(markup, "{{") || strings.Contains(markup, "<%") || strings.Contains(markup, "${") {
		return // a template for a script to fill, not a text
	}
	if !strings.Contains(markup, "<") && strings.Contains(markup, "&lt;") {
		markup = html.UnescapeString(markup) // stored escaped
	}
	nodes, err := html.ParseFragment(strings.NewReader(capPage(markup)), s.Parent)
	if err != nil {
		return
	}
	words := 0
	for _, n := range nodes {
		words += dom.WordsIn(n)
	}
	if words < templateMinWords {
		return
	}
	for _, n := range nodes {
		s.Parent.InsertBefore(n, s)
	}
	s.Parent.RemoveChild(s)
}
