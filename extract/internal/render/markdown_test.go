package render

import "testing"

func TestLiteralDestination(t *testing.T) {
	for in, want := range map[string]string{
		"javascript&colon;alert(1)":      "javascript%26colon;alert(1)",
		"j&#97;vascript:x":               "j%26#97;vascript:x",
		"&#x6A;avascript:x":              "%26#x6A;avascript:x",
		`javascript\:alert(1)`:           "javascript%5C:alert(1)",
		"https://x.test/?a=1&b=2&copy=3": "https://x.test/?a=1&b=2&copy=3",
		"/plain/path":                    "/plain/path",
	} {
		if got := literalDestination(in); got != want {
			t.Errorf("literalDestination(%q) = %q, want %q", in, got, want)
		}
	}
}
