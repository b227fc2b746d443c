package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// showPanels shows the article's hidden panels before the rules and
// readability drop what is hidden: the tabs after the first of a tab set
// and the folded answers of an accordion are hidden until a reader clicks,
// but they are the article's text, and a reader who clicks reads them
// all. A hidden element is such a panel when the page says so in its
// markup: role=tabpanel, or a button or tab naming it in aria-controls.
// It must hold a paragraph of prose (articleSentence): the hidden menus,
// search boxes and dialogs that buttons open hold links and fields. A
// panel inside a dialog or navigation stays as it is, for the rules that
// remove those. It returns how many panels it showed.
func showPanels(root *html.Node) int {
	var controlled map[string]bool
	var hidden []*html.Node
	for n := range dom.Elements(root) {
		for _, a := range n.Attr { // one look at each attribute: this walks the whole page
			switch a.Key {
			case "aria-controls":
				if controlled == nil {
					controlled = map[string]bool{}
				}
				for _, id := range strings.Fields(a.Val) {
					controlled[id] = true
				}
			case "hidden", "aria-hidden", "style":
				if len(hidden) == 0 || hidden[len(hidden)-1] != n {
					hidden = append(hidden, n)
				}
			}
		}
	}
	if len(hidden) == 0 {
		return 0
	}
	shown := 0
	for _, n := range hidden {
		if dom.Attr(n, "role") != "tabpanel" && !controlled[dom.Attr(n, "id")] {
			continue
		}
		if !dom.IsHidden(n) || inChrome(n) || hasBoilerplateName(n) || dom.FindFirst(n, articleSentence) == nil {
			continue
		}
		show(n)
		shown++
	}
	return shown
}

// inChrome reports whether n sits in a dialog, a navigation block or a
// hidden ancestor that is no panel itself.
func inChrome(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Nav, atom.Dialog, atom.Header, atom.Footer, atom.Aside, atom.Form:
			return true
		}
		switch dom.Attr(p, "role") {
		case "dialog", "alertdialog", "navigation", "menu", "menubar", "search":
			return true
		}
		if dom.Attr(p, "aria-modal") == "true" || dom.IsHidden(p) {
			return true
		}
	}
	return false
}

// show removes what hides n: the hidden attribute, aria-hidden and an
// inline display:none or visibility:hidden.
func show(n *html.Node) {
	dom.RemoveAttr(n, "hidden")
	if dom.Attr(n, "aria-hidden") == "true" {
		dom.RemoveAttr(n, "aria-hidden")
	}
	if dom.HiddenByStyle(n) {
		dom.RemoveAttr(n, "style")
	}
}
