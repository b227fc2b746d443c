package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
)

// removeSignupBoxes removes the short boxes around an e-mail field: a
// newsletter's or a log-in's kicker, heading, pitch and legal line with
// the form, whatever language they speak. From each e-mail field the box
// climbs to the largest ancestor that stays short (lexicon.MaxWidgetWords)
// and holds no body paragraph. Only on a page with an article elsewhere
// (hasArticle: three long paragraphs, or a news brief's four): on a short page the box may be most
// of what there is.
func (c *cleaner) removeSignupBoxes(root *html.Node) {
	if !c.hasArticle(root) {
		return
	}
	var fields []*html.Node
	dom.FindFirst(root, func(n *html.Node) bool {
		if isEmailField(n) {
			fields = append(fields, n)
		}
		return false
	})
	for _, field := range fields {
		if !dom.Attached(field, root) {
			continue // gone with an earlier box
		}
		box := field
		for p := field.Parent; p != nil && p != root && !dom.IsBoundary(p); p = p.Parent {
			if dom.WordsIn(p) > lexicon.MaxWidgetWords || dom.LongParagraphs(p) > 0 {
				break
			}
			box = p
		}
		if box != field && dom.HasText(box) {
			c.remove(box, RuleSignupBox)
		}
	}
}

// emailWords are what an e-mail field's type, name, id, placeholder or
// label says, in the languages whose word is not "mail".
var emailWords = []string{"mail", "courriel", "correo", "メール", "邮箱", "邮件", "почт"}

// isEmailField reports whether n is a form field for an e-mail address.
func isEmailField(n *html.Node) bool {
	if n.DataAtom != atom.Input {
		return false
	}
	switch strings.ToLower(dom.Attr(n, "type")) {
	case "email":
		return true
	case "", "text":
	default:
		return false
	}
	for _, key := range []string{"name", "id", "placeholder", "autocomplete", "aria-label"} {
		v := strings.ToLower(dom.Attr(n, key))
		for _, w := range emailWords {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	return false
}
