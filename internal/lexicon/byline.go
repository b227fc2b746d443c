package lexicon

import (
	"strings"
	"unicode"

	"github.com/pith-cli/pith/internal/rx"
)

// BylinePrefix is the word that opens a byline: "By", "Von", "Par", "Por",
// "Di", "Door", "Av", "Af", "От".
var BylinePrefix = rx.Compile(`(?i)^\s*(by|von|par|por|di|door|av|af|от|автор:?)\s+`)

// SourceLabel opens a line that names a source ("Source: …", "Quelle:
// dpa", "Fuentes: …", "Źródło: …"): of the story, but as often of a
// picture, a figure or a quote. Metadata reads a news agency from such a
// line and nothing else; the text renderer drops the line unless it sits
// under a table. Either may see it in capitals or in brackets.
var SourceLabel = rx.Compile(`(?i)^\(?(?:source|sources|quelle|quellen|fuente|fuentes|fonte|fontes|bron|bronnen|źródło|źródła|источник|источники)\s*:`)

// IsByline reports whether a short line names the article's authors or
// is a byline of capitalised names ("By Jane Doe", "Von Anna Weber und
// Li Wu", "Par Claire Martin"), not a sentence that opens with "Por".
func IsByline(text string, authors []string) bool {
	lower := strings.ToLower(text)
	for _, a := range authors {
		if a != "" && strings.Contains(lower, strings.ToLower(a)) {
			return true
		}
	}
	loc := BylinePrefix.FindStringIndex(text)
	if loc == nil {
		return false
	}
	names := strings.Fields(text[loc[1]:])
	if len(names) == 0 || len(names) > 8 {
		return false
	}
	capitalised := 0
	for _, w := range names {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			capitalised++
		}
	}
	first := []rune(names[0])[0]
	return unicode.IsUpper(first) && capitalised*2 >= len(names)
}
