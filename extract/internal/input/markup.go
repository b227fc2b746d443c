package input

import "strings"

// HasMarkup reports whether a decoded page holds any HTML: an element's
// start or end tag (a known element name, or a custom element's, with a
// hyphen), a doctype or a comment, anywhere in it. Text without any —
// plain text, source code, a configuration or licence file — would
// otherwise parse as a page whose body is the whole file.
func HasMarkup(text string) bool {
	for i := strings.IndexByte(text, '<'); i >= 0; {
		rest := text[i+1:]
		if markupAt(rest) {
			return true
		}
		j := strings.IndexByte(rest, '<')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// markupAt reports whether the text after a '<' opens HTML: "!--", a
// doctype, or a tag name that is HTML's followed by the end of the name.
func markupAt(s string) bool {
	if strings.HasPrefix(s, "!--") {
		return true // a comment needs no terminator
	}
	bang := strings.HasPrefix(s, "!")
	if bang {
		s = s[1:]
	} else if strings.HasPrefix(s, "/") {
		s = s[1:]
	}
	n := 0
	for n < len(s) && n <= maxTagName && (isASCIILetter(s[n]) || n > 0 && (s[n] == '-' || '0' <= s[n] && s[n] <= '9')) {
		n++
	}
	if n == 0 || n > maxTagName || n == len(s) {
		return false
	}
	switch s[n] {
	case ' ', '>', '/', '\t', '\n', '\r', '\f':
	default:
		return false
	}
	name := strings.ToLower(s[:n])
	if bang {
		return name == "doctype"
	}
	return isHTMLElement(name) || strings.Contains(name, "-")
}

// maxTagName is longer than any HTML element's name; a custom element's
// may be longer, but is not needed to tell a page from text.
const maxTagName = 16

// isHTMLElement reports whether name, in lower case, is one of the element
// names of HTML, SVG and MathML's root that a page may use, obsolete ones
// included. A switch is compiled into a search over constants: a set would
// be built on every start of the binary.
func isHTMLElement(name string) bool {
	switch name {
	case "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b",
		"base", "basefont", "bdi", "bdo", "big", "blink", "blockquote", "body", "br", "button",
		"canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd",
		"del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset",
		"figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
		"h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "image", "img",
		"input", "ins", "isindex", "kbd", "keygen", "label", "legend", "li", "link", "listing",
		"main", "map", "mark", "marquee", "math", "menu", "menuitem", "meta", "meter", "nav",
		"nobr", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option", "output",
		"p", "param", "picture", "plaintext", "pre", "progress", "q", "rb", "rp", "rt", "rtc",
		"ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source",
		"span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody",
		"td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt",
		"u", "ul", "var", "video", "wbr", "xmp":
		return true
	}
	return false
}
