package clean

import (
	"strings"
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
)

// TestSeeAlsoTeasers checks the "see also" labels in German, Spanish,
// Italian and Dutch: a teaser line between the article's paragraphs goes,
// an article sentence that opens with the same words stays.
func TestSeeAlsoTeasers(t *testing.T) {
	for _, tc := range []struct {
		name, line, phrase string
		gone               bool
	}{
		{"de teaser", `<p><strong>Siehe auch:</strong> <a href="/a/1">Zwei Verletzte bei Unfall auf der Ringstraße</a></p>`, "Zwei Verletzte", true},
		{"es teaser", `<p><b>Ver también:</b> <a href="/a/2">El reloj del ayuntamiento se para otra vez</a></p>`, "El reloj del ayuntamiento", true},
		{"it teaser", `<p>Vedi anche: <a href="/a/3">Due feriti in tangenziale</a></p>`, "Due feriti", true},
		{"nl teaser", `<p><strong>Zie ook:</strong> <a href="/a/4">Stadhuisklok staat weer stil</a></p>`, "Stadhuisklok", true},
		{"de sentence", `<p>Siehe auch die Hinweise des Bundesamts, die seit Montag im Netz stehen.</p>`, "Hinweise des Bundesamts", false},
		{"es sentence", `<p>Ver también cómo cambian los horarios ayuda a entender la queja de los vecinos.</p>`, "cambian los horarios", false},
		{"nl sentence", `<p>Zie ook hoe de buren het doen: zij delen sinds maart een bakfiets.</p>`, "een bakfiets", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, domtest.LongP1+domtest.LongP2+tc.line+domtest.LongP3)
			removed := cleanTree(root)
			if gone := !strings.Contains(domtest.FlatText(root), tc.phrase); gone != tc.gone {
				t.Errorf("%q gone = %v, want %v; removals %+v", tc.phrase, gone, tc.gone, removed)
			}
		})
	}
}
