package lexicon

import (
	"strings"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/rx"
)

// rxSignatories is a heading over the names that sign an open letter or a
// petition ("Signatories", "The first signatories", "Unterzeichnende",
// "Signataires"), or the closing formula a letter's names follow ("Yours
// sincerely,", "Mit freundlichen Grüßen"), as a block of its own.
var rxSignatories = rx.Compile(`^(the |list of |all )?(first |initial )?(signatories|signatures|signed( by)?|co-?signed by|undersigned|` +
	`yours (sincerely|faithfully|truly)|sincerely( yours)?|(with )?(kind|best|warm) regards|` +
	`(die |liste der |erst)?(unterzeichnende|unterzeichnenden|unterzeichner|unterzeichnerinnen|unterzeichner\*innen|unterzeichner:innen|unterschriften|unterzeichnet von)|mit freundlichen grüßen|` +
	`(les |liste des )?(premiers |premières )?(signataires|signatures|signé par)|cordialement|bien à vous|` +
	`(los |primeros )?(firmantes|firmas|firmado por)|atentamente|` +
	`(i |primi )?(firmatari|firme|firmato da)|cordiali saluti|distinti saluti|` +
	`(os |primeiros )?(signatários|subscritores|assinaturas|assinado por)|atenciosamente|cordialmente|` +
	`(de )?(ondertekenaars|ondertekend door|handtekeningen)|met vriendelijke groet(en)?|hoogachtend|` +
	`(lista )?(sygnatariusze|sygnatariuszy|podpisali|podpisy)|z poważaniem|z wyrazami szacunku|` +
	`(список )?(подписанты|подписантов|подписали|подписи)|с уважением)\P{L}*$`)

// IsSignatoriesLabel reports whether a short block is a heading over an
// open letter's or a petition's names, or the letter's closing formula.
func IsSignatoriesLabel(text string) bool {
	if dom.WordCount(text) > 6 {
		return false
	}
	return rxSignatories.MatchString(strings.ToLower(dom.NormalizeSpace(strings.TrimSpace(text))))
}
