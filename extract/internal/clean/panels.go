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
//
// It then keeps the titles of an accordion's sections (keepTitles).
// Before the panels, it puts a streamed page's parts in place
// (placeSegments): the same walk finds their placeholders.
func showPanels(root *html.Node) int {
	var controlled map[string]bool
	var hidden []*html.Node
	var folds map[string][]*html.Node      // collapse toggles by the id they open
	var placeholders map[string]*html.Node // where a streamed part goes (streamed.go)
	for n := range dom.Elements(root) {
		for _, a := range n.Attr { // one look at each attribute: this walks the whole page
			switch a.Key {
			case "aria-controls":
				if controlled == nil {
					controlled = map[string]bool{}
				}
				fold := dom.Attr(n, "role") != "tab"
				for _, id := range strings.Fields(a.Val) {
					controlled[id] = true
					if fold {
						folds = addFold(folds, id, n)
					}
				}
			case "data-toggle", "data-bs-toggle", "role":
				if !panelToggle(a.Val) {
					continue
				}
				if controlled == nil {
					controlled = map[string]bool{}
				}
				fold := strings.EqualFold(strings.TrimSpace(a.Val), "collapse")
				for _, key := range []string{"data-bs-target", "data-target", "href"} {
					for _, sel := range strings.Split(dom.Attr(n, key), ",") {
						if id, ok := strings.CutPrefix(strings.TrimSpace(sel), "#"); ok && id != "" {
							controlled[id] = true
							if fold {
								folds = addFold(folds, id, n)
							}
						}
					}
				}
			case "hidden", "aria-hidden", "style":
				if len(hidden) == 0 || hidden[len(hidden)-1] != n {
					hidden = append(hidden, n)
				}
			case "id":
				if segmentID(a.Val, 'B') || segmentID(a.Val, 'P') {
					if placeholders == nil {
						placeholders = map[string]*html.Node{}
					}
					placeholders[a.Val] = n
				}
			}
		}
	}
	if placeholders != nil {
		var segments []*html.Node
		for _, n := range hidden {
			if isSegment(n) {
				segments = append(segments, n)
			}
		}
		placeSegments(segments, placeholders)
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
	if len(folds) >= 2 {
		keepTitles(root, folds)
	}
	return shown
}

// addFold records that toggle n opens the element with this id.
func addFold(folds map[string][]*html.Node, id string, n *html.Node) map[string][]*html.Node {
	if folds == nil {
		folds = map[string][]*html.Node{}
	}
	for _, t := range folds[id] {
		if t == n {
			return folds
		}
	}
	folds[id] = append(folds[id], n)
	return folds
}

// maxTitleWords bounds an accordion section's title: a question or a
// short heading, not a paragraph.
const maxTitleWords = 25

// keepTitles turns the button or link that opens an accordion's section
// into a paragraph before it. The section's title is that button's text
// (Bootstrap's card-header button, a bare button naming its answer in
// aria-controls), and the controls rule removes buttons, so the answers
// came out without their questions. A toggle is such a title when it is
// all the text of the element right before the section it opens, and
// that section holds prose and is shown (showPanels showed it or it was
// never hidden), outside dialogs, navigation and consent notices. It
// takes two such titles side by side: an accordion has several sections,
// while a lone "read more" button that unfolds the rest of a text is no
// title; the two must be sections of one accordion: bare buttons share a
// parent, the wrappers around buttons a parent or a grandparent. A title
// inside a heading is left to the controls rule, which unwraps it there;
// tab labels (role=tab, Bootstrap's tab and pill) sit in a row above all
// the panels, not each above its own, and stay out. It walks the page
// again to find the sections by id, as only a page with two folds or more
// gets here.
func keepTitles(root *html.Node, folds map[string][]*html.Node) {
	type title struct{ toggle, block *html.Node }
	var titles []title
	for p := range dom.Elements(root) {
		toggles := folds[dom.Attr(p, "id")]
		if len(toggles) == 0 || dom.IsHidden(p) || inChrome(p) || hasBoilerplateName(p) || namesConsent(p) {
			continue
		}
		block := dom.PrevElement(p)
		if block == nil || dom.FindFirst(p, articleSentence) == nil {
			continue
		}
		for _, t := range toggles {
			if (t.DataAtom == atom.Button || t.DataAtom == atom.A) && titleOf(t, block) {
				titles = append(titles, title{t, block})
				break
			}
		}
	}
	// sections of one accordion are siblings (bare buttons and their
	// answers), or cousins when a wrapper holds the button (a card
	// holding its header and its section)
	byParent, byGrand := map[*html.Node]int{}, map[*html.Node]int{}
	for _, ti := range titles {
		byParent[ti.block.Parent]++
		if ti.block != ti.toggle {
			byGrand[ti.block.Parent.Parent]++
		}
	}
	for _, ti := range titles {
		if byParent[ti.block.Parent] < 2 && (ti.block == ti.toggle || byGrand[ti.block.Parent.Parent] < 2) {
			continue
		}
		for a := ti.toggle.Parent; a != nil && a != ti.block.Parent; a = a.Parent {
			// a wrapper's "card-header" or "accordion-header" class would
			// read to readability as the page's header
			dom.RemoveAttr(a, "class")
		}
		ti.toggle.Data, ti.toggle.DataAtom, ti.toggle.Attr = "p", atom.P, nil
	}
}

// titleOf reports whether toggle t is all the text of block, the element
// right before the section it opens, with no heading around it.
func titleOf(t, block *html.Node) bool {
	for a := t; a != block; a = a.Parent {
		if a == nil || isHeadingTag(a) {
			return false
		}
	}
	if isHeadingTag(block) || dom.IsHidden(t) {
		return false
	}
	words := dom.WordsIn(t)
	return words > 0 && words <= maxTitleWords && words == dom.WordsIn(block)
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
