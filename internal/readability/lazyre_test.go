package readability

import (
	"testing"

	"github.com/pith-cli/pith/internal/rx"
)

// TestPatternsCompile compiles every lazily compiled pattern, so a bad one
// fails here rather than on the first page that needs it.
func TestPatternsCompile(t *testing.T) {
	if len(allPatterns) < 20 {
		t.Fatalf("only %d patterns registered", len(allPatterns))
	}
	for _, l := range allPatterns {
		if l.Get() == nil {
			t.Fatal("a pattern compiled to nil")
		}
	}
}

// TestWholePatternBounds checks the bounds lazyCompileWhole is given.
func TestWholePatternBounds(t *testing.T) {
	bounded := 0
	for _, l := range allPatterns {
		if l.LengthBound() < 0 {
			continue
		}
		bounded++
		if want := rx.MatchBound(l.String(), rx.Runes); l.LengthBound() != want {
			t.Errorf("%.50q…: bound %d, want %d", l.String(), l.LengthBound(), want)
		}
	}
	if bounded < 2 {
		t.Errorf("only %d bounded patterns", bounded)
	}
}
