package lexicon

import "testing"

func TestIsSignatoriesLabel(t *testing.T) {
	for _, text := range []string{"Signatories", "The first signatories:", "Yours sincerely,", "Signed by", "Unterzeichnende", "Mit freundlichen Grüßen",
		"Les premiers signataires", "Cordialement,", "Firmantes", "I firmatari", "Os signatários", "Ondertekenaars", "Sygnatariusze", "Подписанты:", "С уважением,"} {
		if !IsSignatoriesLabel(text) {
			t.Errorf("IsSignatoriesLabel(%q) = false", text)
		}
	}
	for _, text := range []string{"Signed, sealed and delivered by the council last week", "Signatures were collected at the market",
		"Die Unterzeichnenden fordern einen Stopp der Arbeiten.", "Les signataires demandent un moratoire.", "Regards from the north", "Firma"} {
		if IsSignatoriesLabel(text) {
			t.Errorf("IsSignatoriesLabel(%q) = true", text)
		}
	}
}
