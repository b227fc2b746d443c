package rx

import (
	"slices"
	"testing"
)

func TestRequiredLiterals(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    []string
	}{
		{`sign up now`, []string{"sign up now"}},
		{`(sign|log) in to (continue|comment)`, []string{"log in to comment", "log in to continue", "sign in to comment", "sign in to continue"}},
		{`^(comments?|kommentare)$`, []string{"comment", "kommentare"}},
		{`(?:^|[.!?] )(leave a (comment|reply))`, []string{"leave a comment", "leave a reply"}},
		{`newsletter|\d+ min read`, []string{" min read", "newsletter"}},
		{`(\S+ ){0,3}newsletter`, []string{"newsletter"}},
		// No literal every match must hold: the pattern always runs.
		{`\d+|newsletter`, nil},
		{`(the )?latest`, []string{"latest"}},
		{`a|b`, nil},
		{`(?i)newsletter`, nil},
	} {
		got := RequiredLiterals(tc.pattern)
		if !slices.Equal(got, tc.want) {
			t.Errorf("RequiredLiterals(%q) = %q, want %q", tc.pattern, got, tc.want)
		}
	}
}

func TestLiteralIndex(t *testing.T) {
	x := NewLiteralIndex([][]string{{"newsletter", "inbox"}, {"cookie"}, nil, {}})
	for _, tc := range []struct {
		text string
		want uint64
	}{
		{"get our newsletter", 0b0101},
		{"we use cookies and your inbox", 0b0111},
		{"nothing here", 0b0100},
		{"in", 0b0100},
	} {
		if got := x.Patterns(tc.text); got != (PatternSet{tc.want}) {
			t.Errorf("patterns(%q) = %04b, want %04b", tc.text, got, tc.want)
		}
	}
}

func TestSecondLiterals(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    []string
	}{
		// The call to act and the notifications: the second set is the one
		// RequiredLiterals did not pick.
		{`(turn on|enable|allow) (push )?(notifications|alerts)`, []string{"alerts", "notifications"}},
		// One literal part only: no second set.
		{`^(read more|see also)\P{L}*$`, nil},
		// Both parts spell the same words: no independent second set.
		{`(newsletter|bulletin) newsletter`, nil},
		{`(`, nil},
	} {
		first := RequiredLiterals(tc.pattern)
		if got := SecondLiterals(tc.pattern, first); !slices.Equal(got, tc.want) {
			t.Errorf("SecondLiterals(%q, %q) = %q, want %q", tc.pattern, first, got, tc.want)
		}
	}
}
