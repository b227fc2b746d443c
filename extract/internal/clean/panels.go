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
// markup: role=tabpanel, a button or tab naming it in aria-controls, a
// tab or collapse toggle (data-toggle, data-bs-toggle, role=tab) naming
// it in data-target, data-bs-target or href="#id", or a class that names
// a tab or accordion panel (disclosurePanel: "tab-pane", "tabs-panel",
// "accordion-collapse", "elementor-tab-content"), the one mark left by
// frameworks that hide by class when a saved page froze their script's
// display:none. It must hold a paragraph of prose (articleSentence): the
// hidden menus, search boxes and dialogs that buttons open hold links and
// fields. A panel inside a dialog, navigation or consent notice stays as
// it is, for the rules that remove those. It returns how many panels it
// showed.
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
			case "data-toggle", "data-bs-toggle", "role":
				if !panelToggle(a.Val) {
					continue
				}
				if controlled == nil {
					controlled = map[string]bool{}
				}
				for _, key := range []string{"data-bs-target", "data-target", "href"} {
					for _, sel := range strings.Split(dom.Attr(n, key), ",") {
						if id, ok := strings.CutPrefix(strings.TrimSpace(sel), "#"); ok && id != "" {
							controlled[id] = true
						}
					}
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
		if !controlled[dom.Attr(n, "id")] && !disclosurePanel(n) {
			continue
		}
		if !dom.IsHidden(n) || inChrome(n) || hasBoilerplateName(n) || namesConsent(n) || dom.FindFirst(n, articleSentence) == nil {
			continue
		}
		show(n)
		shown++
	}
	return shown
}

// panelToggle reports whether a data-toggle, data-bs-toggle or role value
// names the toggle of a tab or a folded section (Bootstrap's "tab", "pill"
// and "collapse", ARIA's "tab"), not a modal's, a dropdown's or a
// tooltip's, whose targets are dialogs and menus.
func panelToggle(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "tab", "pill", "collapse":
		return true
	}
	return false
}

// inChrome reports whether n sits in a dialog, a navigation block, a
// cookie or consent notice or a hidden ancestor that is no panel itself.
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
		if dom.Attr(p, "aria-modal") == "true" || dom.IsHidden(p) || namesConsent(p) {
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
