package render

import (
	"strings"
	"sync"

	"github.com/pith-cli/pith/internal/rx"
)

// An attrRule decides whether an attribute of an element may stay, and
// returns the value to keep.
type attrRule func(element, val string) (string, bool)

// dropWithContent are the elements that sanitize removes with all they
// hold: scripts, styles, embedded documents and what only shows without
// scripts or frames, and a title.
var dropWithContent = map[string]bool{"script": true, "style": true, "iframe": true, "frame": true,
	"frameset": true, "object": true, "noembed": true, "noframes": true, "noscript": true, "nostyle": true,
	"title": true}

// attributesRequired are the allowed elements that mean nothing without
// an attribute: sanitize unwraps them when none is left.
var attributesRequired = map[string]bool{"a": true, "area": true, "map": true, "img": true, "bdo": true,
	"meter": true, "progress": true}

// sanitizePolicy holds the allowlist, built on first use rather than at
// package initialisation, which every run pays, text runs included.
var sanitizePolicy = sync.OnceValue(func() policy {
	return policy{elements: allowedElements(), global: globalAttributes()}
})

// A policy is what sanitize allows: elements, each with its attributes
// besides the global ones.
type policy struct {
	elements map[string]map[string]attrRule
	global   map[string]attrRule
}

// globalAttributes are the attributes every allowed element may have.
func globalAttributes() map[string]attrRule {
	return map[string]attrRule{
		"dir":   oneOf("rtl", "ltr"),
		"lang":  matching(rxLangAttr),
		"id":    matching(rxIDAttr),
		"title": matching(rxParagraph),
	}
}

// allowedElements are the elements sanitize keeps, each with the
// attributes it may have besides the globalAttributes.
func allowedElements() map[string]map[string]attrRule {
	urlRule := attrRule(allowedURL)
	listType := oneOf("circle", "disc", "square", "a", "i", "1")
	cellAlign := oneOf("center", "justify", "left", "right", "char")
	cellVerticalAlign := oneOf("baseline", "bottom", "middle", "top")
	numberOrPercent := matching(rxNumberOrPercent)
	integer := matching(rxInteger)
	columnAttributes := map[string]attrRule{"align": cellAlign, "height": numberOrPercent, "width": numberOrPercent,
		"span": integer, "valign": cellVerticalAlign}
	cellAttributes := map[string]attrRule{"abbr": matching(rxParagraph), "align": cellAlign, "colspan": integer,
		"rowspan": integer, "headers": matching(rxTokens), "height": numberOrPercent, "width": numberOrPercent,
		"scope": matching(rxScope), "valign": cellVerticalAlign, "nowrap": anyValue}
	return map[string]map[string]attrRule{
		// Sections, headings, grouping.
		"article": nil, "aside": nil, "section": nil, "figure": nil, "figcaption": nil, "summary": nil,
		"details": {"open": oneOf("", "open")},
		"h1":      nil, "h2": nil, "h3": nil, "h4": nil, "h5": nil, "h6": nil, "hgroup": nil,
		"blockquote": {"cite": urlRule},
		"br":         nil, "div": nil, "hr": nil, "p": nil, "span": nil, "wbr": nil,
		// Links and image maps.
		"a":    {"href": urlRule},
		"map":  {"name": matching(rxMapName)},
		"area": {"alt": matching(rxParagraph), "coords": matching(rxCoords), "href": urlRule, "rel": matching(rxTokens), "shape": oneOf("default", "circle", "rect", "poly")},
		"img": {"usemap": matching(rxUseMap), "align": oneOf("left", "right", "top", "texttop", "middle", "absmiddle", "baseline", "bottom", "absbottom"),
			"alt": matching(rxParagraph), "height": numberOrPercent, "width": numberOrPercent, "src": urlRule},
		// Phrasing.
		"abbr": nil, "acronym": nil, "cite": nil, "dfn": nil, "em": nil, "mark": nil, "s": nil, "samp": nil, "strong": nil,
		"sub": nil, "sup": nil, "var": nil, "b": nil, "i": nil, "small": nil, "strike": nil, "tt": nil, "u": nil,
		"code": {"class": languageClass}, "pre": {"class": languageClass},
		"q":    {"cite": urlRule},
		"time": {"datetime": matching(rxISO8601)},
		"bdi":  {"dir": oneOf("rtl", "ltr")}, "bdo": {"dir": oneOf("rtl", "ltr")},
		"rp": nil, "rt": nil, "ruby": nil,
		"del": {"cite": both(matching(rxParagraph), urlRule), "datetime": matching(rxISO8601)},
		"ins": {"cite": both(matching(rxParagraph), urlRule), "datetime": matching(rxISO8601)},
		// Lists.
		"ol": {"type": listType}, "ul": {"type": listType}, "li": {"type": listType, "value": integer},
		"dl": nil, "dt": nil, "dd": nil,
		// Tables.
		"table":   {"height": numberOrPercent, "width": numberOrPercent, "summary": matching(rxParagraph)},
		"caption": nil,
		"col":     columnAttributes, "colgroup": columnAttributes,
		"thead": {"align": cellAlign, "valign": cellVerticalAlign}, "tr": {"align": cellAlign, "valign": cellVerticalAlign},
		"tbody": {"align": cellAlign, "valign": cellVerticalAlign}, "tfoot": {"align": cellAlign, "valign": cellVerticalAlign},
		"td": cellAttributes, "th": cellAttributes,
		// Gauges.
		"meter": {"value": matching(rxNumber), "min": matching(rxNumber), "max": matching(rxNumber),
			"low": matching(rxNumber), "high": matching(rxNumber), "optimum": matching(rxNumber)},
		"progress": {"value": matching(rxNumber), "max": matching(rxNumber)},
	}
}

// The value patterns of bluemonday's UGCPolicy, compiled on first use. The
// lang and scope patterns are unanchored there, and so here: any value
// holding such a run passes. The id pattern is anchored: the whole value
// must be letters, digits and ":-_.", so no id carries spaces, quotes or
// markup into a page that embeds the fragment.
var (
	rxParagraph       = rx.Compile(`^[\p{L}\p{N}\s\-_',\[\]!\./\\\(\)]*$`)
	rxTokens          = rx.Compile(`^([\s\p{L}\p{N}_-]+)$`)
	rxISO8601         = rx.Compile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2}([ T][0-9]{2}(:[0-9]{2}){1,2}(.[0-9]{1,6})?Z?([\+-][0-9]{2}:[0-9]{2})?)?)?)?$`)
	rxNumber          = rx.Compile(`^[-+]?[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?$`)
	rxNumberOrPercent = rx.Compile(`^[0-9]+[%]?$`)
	rxInteger         = rx.Compile(`^[0-9]+$`)
	rxMapName         = rx.Compile(`^([\p{L}\p{N}_-]+)$`)
	rxUseMap          = rx.Compile(`(?i)^#[\p{L}\p{N}_-]+$`)
	rxCoords          = rx.Compile(`^([0-9]+,)+[0-9]+$`)
	rxLangAttr        = rx.Compile(`[a-zA-Z]{2,20}`)
	rxIDAttr          = rx.Compile(`^[a-zA-Z0-9\:\-_\.]+$`)
	rxScope           = rx.Compile(`(?i)(?:row|col)(?:group)?`)
)

// oneOf allows a value that is one of words, in any case.
func oneOf(words ...string) attrRule {
	return func(_, val string) (string, bool) {
		for _, w := range words {
			if strings.EqualFold(val, w) {
				return val, true
			}
		}
		return "", false
	}
}

// matching allows a value that re matches.
func matching(re *rx.Regexp) attrRule {
	return func(_, val string) (string, bool) {
		return val, re.MatchString(val)
	}
}

// both allows a value that first and then second allow, as second
// rewrites it.
func both(first, second attrRule) attrRule {
	return func(element, val string) (string, bool) {
		if _, ok := first(element, val); !ok {
			return "", false
		}
		return second(element, val)
	}
}

// anyValue allows every value.
func anyValue(_, val string) (string, bool) { return val, true }

// rxCodeLanguage is a class naming a code block's language: language-go, lang-python.
var rxCodeLanguage = rx.Compile(`^(language|lang)-[\w.+#-]+$`)

// languageClass keeps, of a pre or code element's classes, the first that
// names the code's language; there is none to keep otherwise.
func languageClass(_, val string) (string, bool) {
	for _, f := range strings.Fields(val) {
		if rxCodeLanguage.MatchString(f) {
			return f, true
		}
	}
	return "", false
}
