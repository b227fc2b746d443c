package rx

import (
	"regexp"
	"slices"
	"testing"
)

func TestSplitPattern(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    []string
	}{
		// Top-level alternatives, each with its own literals.
		{`sign up now|get our newsletter`, []string{`sign up now`, `get our newsletter`}},
		// A group of alternatives is distributed through its sequence.
		{`^(read more|see also)(\P{L}|$)`, []string{`^(?:read more)(\P{L}|$)`, `^(?:see also)(\P{L}|$)`}},
		// The group that shares the literals out is the one split, not the
		// clause before it.
		{`(?:^|: )(leave a comment|join the discussion)`, []string{`(?:^|: )(?:leave a comment)`, `(?:^|: )(?:join the discussion)`}},
		// A repeated group is not a choice between its alternatives; flags
		// are not a group; a piece without literals would run on every text.
		{`(sign up|subscribe)+ now`, []string{`(sign up|subscribe)+ now`}},
		{`(?i)newsletter|inbox`, []string{`(?i)newsletter|inbox`}},
		{`(?s)^sign up now.*|^get our newsletter`, []string{`(?s)^sign up now.*|^get our newsletter`}},
		{`newsletter|\d+`, []string{`newsletter|\d+`}},
		// Bars in classes and escaped bars are not alternatives.
		{`[|(] newsletter \| inbox`, []string{`[|(] newsletter \| inbox`}},
	} {
		if got := SplitPattern(tc.pattern, 32); !slices.Equal(got, tc.want) {
			t.Errorf("SplitPattern(%q) = %q, want %q", tc.pattern, got, tc.want)
		}
	}
}

// TestSplitPatternMatchesAsWhole checks that a text matches one of a
// pattern's pieces exactly when it matches the pattern.
func TestSplitPatternMatchesAsWhole(t *testing.T) {
	pattern := `(?:^|[:.!?] )(sign|log) in (to|with) (comment|continue)|^(more|latest) (stories|news)( today)?$|[[|] ad choices`
	texts := []string{"sign in to comment", "hello. log in with continue", "say sign in to comment", "more stories", "latest news today",
		"more stories today please", "see [ ad choices", "| ad choices", "ad choices", "log in to", ""}
	whole := regexp.MustCompile(pattern)
	pieces := SplitPattern(pattern, 32)
	if len(pieces) < 4 {
		t.Fatalf("only %d pieces: %q", len(pieces), pieces)
	}
	for _, text := range texts {
		matched := false
		for _, p := range pieces {
			matched = matched || regexp.MustCompile(p).MatchString(text)
		}
		if matched != whole.MatchString(text) {
			t.Errorf("%q: pieces match %v, pattern %v", text, matched, !matched)
		}
	}
}
