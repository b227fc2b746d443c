package extract

import (
	"regexp"
	"strings"
)

var (
	// rxBylinePrefix strips "By", "Von", "Par", "Por", "Di", "Door", "Av", "Af", "От".
	rxBylinePrefix = regexp.MustCompile(`(?i)^\s*(by|von|par|por|di|door|av|af|от|автор:?)\s+`)
	// rxAuthorSeparator splits "A, B and C", "A und B", "A et B", "A y B",
	// "A e B": the conjunctions in lower case between spaces, so that a
	// middle initial ("Sarah E. Needleman") stays inside its name.
	rxAuthorSeparator = regexp.MustCompile(`\s*(?:,|;|&|\s(?:and|AND|und|et|y|e|en|и)\s)\s*`)
	rxLooksLikeURL    = regexp.MustCompile(`(?i)^(https?:|www\.|/)|\.(com|org|net)\b`)
	// rxProfileLink is the text of a link to an author page, not a name.
	rxProfileLink = regexp.MustCompile(`(?i)\b(view|see|all|more|posts|articles|stories|profile|follow|contact|email|bio)\b`)
	rxHasDigit    = regexp.MustCompile(`\d`)
)

// notAName are bylines' credentials and the placeholder accounts of
// publishing systems: never a person's name.
var notAName = map[string]bool{
	"md": true, "phd": true, "ms": true, "msc": true, "rd": true, "rdn": true, "rn": true, "mph": true,
	"mba": true, "jr": true, "sr": true, "esq": true, "cpa": true, "dds": true,
	"webmaster": true, "guest": true, "user": true, "anonymous": true, "editorial": true, "гость": true,
}

// splitAuthors turns a byline into person names: prefixes stripped, lists
// split, URLs, dates and overlong strings dropped.
func splitAuthors(byline string) []string {
	byline = normalizeSpace(byline)
	if byline == "" || rxLooksLikeURL.MatchString(byline) {
		return nil
	}
	byline = rxBylinePrefix.ReplaceAllString(byline, "")
	var out []string
	for _, part := range rxAuthorSeparator.Split(byline, -1) {
		part = strings.Trim(normalizeSpace(part), " .·|-–—")
		if part == "" || rxHasDigit.MatchString(part) || rxLooksLikeURL.MatchString(part) || wordCount(part) > 5 ||
			notAName[strings.ToLower(strings.Trim(part, "."))] || strings.Contains(strings.ToLower(part), "admin") ||
			rxProfileLink.MatchString(part) {
			continue
		}
		out = append(out, part)
	}
	return out
}
