package render

import "testing"

func TestHygiene(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain text is returned as it is", "Rain in Ulm, 40 mm.\n\tNext.", "Rain in Ulm, 40 mm.\n\tNext."},
		{"soft hyphens leave German words whole", "Mit\u00adtel\u00adal\u00adter", "Mittelalter"},
		{"soft hyphens in French too", "anti\u00adconstitu\u00adtionnel", "anticonstitutionnel"},
		{"zero-width spaces, word joiners and BOMs go", "\ufeffzero\u200bwidth\u2060joined", "zerowidthjoined"},
		{"a non-joiner between Latin letters goes", "Auf\u200clage", "Auflage"},
		{"a joiner next to a space goes", "wait \u200dthere", "wait there"},
		{"Persian keeps its non-joiner", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"},
		{"Hindi keeps its joiner after the virama", "\u0915\u094d\u200d\u0937", "\u0915\u094d\u200d\u0937"},
		{"an emoji family keeps its joiners", "\U0001F468\u200d\U0001F469\u200d\U0001F467", "\U0001F468\u200d\U0001F469\u200d\U0001F467"},
		{"a flag sequence after the variation selector", "\U0001F3F3\ufe0f\u200d\U0001F308", "\U0001F3F3\ufe0f\u200d\U0001F308"},
		{"a joiner at a text node's edge stays next to its script", "\u200c\u062e\u0648", "\u200c\u062e\u0648"},
		{"the screen-clearing escape goes", "before\x1b[2J\x1b]0;title\x07after", "before[2J]0;titleafter"},
		{"an OSC 8 hyperlink loses its escapes", "\x1b]8;;http://x.test\x1b\\click\x1b]8;;\x1b\\", "]8;;http://x.test\\click]8;;\\"},
		{"C1 controls and DEL go", "a\u009b31mb\u0085c\x7fd", "a31mbcd"},
		{"white-space controls become a space", "one\rtwo\fthree\vfour", "one two three four"},
		{"NUL and backspace go", "a\x00b\x08c", "abc"},
		{"Latin-1 letters stay", "Ça coûte 5 € — «oui» ©", "Ça coûte 5 € — «oui» ©"},
		{"invalid bytes pass as they came", "a\xffb\u00adc", "a\xffbc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Hygiene(tc.in); got != tc.want {
				t.Errorf("Hygiene(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func BenchmarkHygieneClean(b *testing.B) {
	s := "Es regnete im März in Ulm mehr als in jedem anderen Monat seit Beginn der Aufzeichnungen. "
	b.SetBytes(int64(len(s)))
	for range b.N {
		Hygiene(s)
	}
}
