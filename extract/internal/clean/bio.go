package clean

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
)

// removeAuthorBios removes the author's biography at the article's foot:
// one of the last few blocks, opening with an author's name and a verb of
// being ("Jane Doe is a freelance writer…", "Anna Weber ist Redakteurin…",
// "Marie Dupont est journaliste…"), and the lone name line above it. A bio
// belongs to the byline, not to the story; the names come from the page's
// metadata, so a story's own sentences about other people are never read
// as one.
func removeAuthorBios(content *html.Node, art *Article, p *Pruner) {
	if len(art.Authors) == 0 {
		return
	}
	blocks := dom.TextBlocks(content)
	for i := max(0, len(blocks)-bioSearchBlocks); i < len(blocks); i++ {
		block := blocks[i]
		if !dom.Attached(block, content) || dom.WordsUpTo(block, maxBioWords) > maxBioWords {
			continue
		}
		name, ok := opensWithAuthor(dom.NormalizeSpace(dom.TextOf(block)), art.Authors)
		if !ok {
			continue
		}
		if i > 0 && dom.Attached(blocks[i-1], content) && dom.SameText(dom.NormalizeSpace(dom.TextOf(blocks[i-1])), name) {
			p.removeWithEmptyParents(blocks[i-1], content, RuleAuthorBio)
		}
		p.removeWithEmptyParents(block, content, RuleAuthorBio)
	}
}

// A bio is one of the article's last bioSearchBlocks blocks and at most
// maxBioWords long.
const (
	bioSearchBlocks = 4
	maxBioWords     = 80
)

// opensWithAuthor reports whether text opens with one of the authors'
// names followed by a verb of being, and which name.
func opensWithAuthor(text string, authors []string) (string, bool) {
	for _, name := range authors {
		rest, ok := strings.CutPrefix(text, name)
		if !ok || name == "" {
			continue
		}
		rest = strings.TrimLeft(rest, " ,")
		for _, verb := range bioVerbs {
			if strings.HasPrefix(rest, verb+" ") {
				return name, true
			}
		}
	}
	return "", false
}

// bioVerbs open a biography after the author's name, in the languages pith
// reads: "is", "ist", "est", "es", "é", "è", "is een", "jest", "является",
// and the verbs of a reporter's beat that author-box plugins print as
// often ("writes about transport", "schreibt über Verkehr", "écrit sur",
// "escribe sobre", "scrive di", "escreve sobre", "schrijft over", "pisze o").
var bioVerbs = []string{"is", "was", "has been", "ist", "war", "est", "était", "es", "fue", "é", "foi", "è", "era", "jest", "является", "работает",
	"writes", "covers", "reports", "schreibt", "berichtet", "écrit", "couvre", "escribe", "cubre", "scrive", "escreve", "cobre", "schrijft", "pisze"}
