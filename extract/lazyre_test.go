package extract

import (
	"regexp"
	"testing"
)

// TestPatternsCompile compiles every pattern pith has: lazily compiled, a
// bad one would otherwise panic only on the page that first needs it.
func TestPatternsCompile(t *testing.T) {
	if len(allPatterns) < 50 {
		t.Fatalf("only %d patterns registered", len(allPatterns))
	}
	for _, p := range allPatterns {
		if _, err := regexp.Compile(p.String()); err != nil {
			t.Errorf("pattern %.60q…: %v", p.String(), err)
		}
	}
	for _, pieces := range [][]wordingPiece{generatedWordingTables.Part, generatedWordingTables.Whole} {
		for _, p := range pieces {
			if _, err := regexp.Compile(p.Pattern); err != nil {
				t.Errorf("wording piece %.60q…: %v", p.Pattern, err)
			}
		}
	}
}
