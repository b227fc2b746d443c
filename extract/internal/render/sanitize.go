package render

import (
	"encoding/base64"
	"net/url"
	"strings"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
)

// Sanitize makes the children of root safe to print as HTML, in place: it
// keeps only the elements and attributes of sanitizePolicy, with only
// relative, http, https and mailto URLs (and data: images as an image's
// source); it drops comments, doctypes, the elements of dropWithContent
// with everything inside them, and every other element but its content,
// which it sanitizes the same way. An element of attributesRequired left
// without any attribute (a link without an address) is replaced by its
// content too.
//
// The policy is bluemonday's UGCPolicy (v1.0.27) as pith configured it:
// links not marked nofollow, data: URLs for images, a code block's
// language class kept. pith used bluemonday itself until its package
// initialisation — bluemonday/css and gorilla/css compile hundreds of
// regular expressions at init — was measured to slow the start of every
// run of the binary (the README's dependencies give the figure), text runs
// included, for a policy that a walk over
// the tree pith already has applies in one pass; no maintained Go
// sanitizer with a cheap initialisation was found (the candidate,
// sym01/htmlsanitizer, is not served by the module proxy). Working on the
// tree rather than on re-tokenized HTML also closes the gap through which
// a noscript's raw text could smuggle markup past a token-level sanitizer.
func Sanitize(root *html.Node) {
	for c := root.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.TextNode:
		case html.ElementNode:
			sanitizeElement(c)
		default: // comments, doctypes, raw HTML
			root.RemoveChild(c)
		}
		c = next
	}
}

// sanitizeElement sanitizes n and its subtree: it removes n, unwraps it or
// keeps it with its allowed attributes.
func sanitizeElement(n *html.Node) {
	name := n.Data
	if dropWithContent[name] {
		n.Parent.RemoveChild(n)
		return
	}
	Sanitize(n)
	rules, allowed := sanitizePolicy().elements[name]
	if allowed {
		n.Attr = allowedAttributes(name, n.Attr, rules)
		n.Namespace = "" // an <a> inside <svg> prints as an HTML link, as it is read back
	}
	if !allowed || len(n.Attr) == 0 && attributesRequired[name] {
		dom.UnwrapNode(n)
	}
}

// allowedAttributes returns the attributes of element name that its rules
// or the global ones allow, each value possibly rewritten by its rule (a
// URL in its parsed form, a class cut down to the language it names).
func allowedAttributes(name string, attrs []html.Attribute, rules map[string]attrRule) []html.Attribute {
	kept := attrs[:0]
	for _, a := range attrs {
		if a.Namespace != "" {
			continue // xlink:href, xml:lang and other foreign attributes
		}
		for _, rule := range []attrRule{rules[a.Key], sanitizePolicy().global[a.Key]} {
			if rule == nil {
				continue
			}
			if val, ok := rule(name, a.Val); ok {
				a.Val = val
				kept = append(kept, a)
				break
			}
		}
	}
	return kept
}

// allowedURL allows a relative, http, https or mailto URL, and a base64 data:
// image as an img's src, read as bluemonday reads it: surrounding white
// space trimmed, white space inside refused, the URL parsed (which refuses
// control characters) and written back in its parsed form, the scheme
// compared in lower case, whatever its escaping in the page was.
func allowedURL(element, raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	if strings.ContainsAny(raw, " \t\n") {
		if !strings.HasPrefix(raw, "data:") {
			return "", false
		}
		if prefix, rest, ok := strings.Cut(raw, ";base64,"); ok && !strings.Contains(prefix, ",") {
			raw = prefix + ";base64," + strings.NewReplacer("\r", "", "\n", "").Replace(rest)
		}
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	switch u.Scheme {
	case "":
		s := u.String()
		return s, s != ""
	case "http", "https", "mailto":
		return u.String(), true
	case "data":
		return u.String(), element == "img" && isBase64Image(u)
	}
	return "", false
}

// dataImageTypes are the image types a data: URL may hold.
var dataImageTypes = []string{"image/gif;base64,", "image/jpeg;base64,", "image/png;base64,",
	"image/svg+xml;base64,", "image/webp;base64,"}

// isBase64Image reports whether a data: URL holds a base64 image of one of
// dataImageTypes, with no query or fragment, that decodes.
func isBase64Image(u *url.URL) bool {
	if u.RawQuery != "" || u.Fragment != "" {
		return false
	}
	for _, prefix := range dataImageTypes {
		if data, ok := strings.CutPrefix(u.Opaque, prefix); ok {
			_, err := base64.StdEncoding.DecodeString(data)
			return err == nil
		}
	}
	return false
}
