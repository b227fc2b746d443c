package readability

import "testing"

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
