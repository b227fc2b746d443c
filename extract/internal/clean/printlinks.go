package clean

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
)

// isPrintLink reports whether n links to the page's printable version, or
// to a print module's form that mails it, by its address: a script that
// calls print(), a path segment of the print modules (Drupal's
// "/print/123", "/printmail/123", "/printpdf/123"; "/slug/print/" of
// WordPress's print plugins), or a query that asks for the print view
// ("?print=1", "view=print", "output=print"). Its text ("Druckversion",
// "Version imprimable", "Wersja do druku") says nothing a wording rule
// knows in every language; like a share link, it goes with its bar.
func isPrintLink(n *html.Node) bool {
	href := strings.ToLower(strings.TrimSpace(dom.Attr(n, "href")))
	if href == "" {
		return false
	}
	if strings.HasPrefix(href, "javascript:") {
		return strings.Contains(href, "print(")
	}
	href, _, _ = strings.Cut(href, "#")
	path, query, _ := strings.Cut(href, "?")
	for _, param := range strings.Split(query, "&") {
		key, value, _ := strings.Cut(param, "=")
		switch {
		case key == "print" && value != "0" && value != "false",
			(key == "view" || key == "output" || key == "format" || key == "mode") && value == "print":
			return true
		}
	}
	for _, segment := range strings.Split(path, "/") {
		switch segment {
		case "print", "printmail", "printpdf", "print.html", "print.php":
			return true
		}
	}
	return false
}

// isSharingLink reports whether n shares the page (isShareLink) or prints
// it (isPrintLink): the links of a page's tool bar.
func isSharingLink(n *html.Node) bool {
	return isShareLink(n) || isPrintLink(n)
}
