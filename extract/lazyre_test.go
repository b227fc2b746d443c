package extract

import (
	"regexp"
	"testing"

	"github.com/pith-cli/pith/internal/lexicon"
	"github.com/pith-cli/pith/internal/rx"
)

// TestPatternsCompile compiles every pattern pith has: lazily compiled, a
// bad one would otherwise panic only on the page that first needs it.
func TestPatternsCompile(t *testing.T) {
	if len(rx.All) < 50 {
		t.Fatalf("only %d patterns registered", len(rx.All))
	}
	for _, p := range rx.All {
		if _, err := regexp.Compile(p.String()); err != nil {
			t.Errorf("pattern %.60q…: %v", p.String(), err)
		}
	}
	for _, pieces := range [][]lexicon.WordingPiece{lexicon.GeneratedWordingTables.Part, lexicon.GeneratedWordingTables.Whole} {
		for _, p := range pieces {
			if _, err := regexp.Compile(p.Pattern); err != nil {
				t.Errorf("wording piece %.60q…: %v", p.Pattern, err)
			}
		}
	}
}
