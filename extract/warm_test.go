package extract

import "testing"

func TestWarmCommonCompilesCommonPatterns(t *testing.T) {
	warmCommon()
	seen := map[*lazyRegexp]bool{}
	for _, p := range commonPatterns {
		if seen[p] {
			t.Errorf("%.40q… is listed twice", p.String())
		}
		seen[p] = true
		if !p.Compiled() {
			t.Errorf("%.40q… is not compiled", p.String())
		}
	}
	if len(commonPatterns) < 10 {
		t.Errorf("only %d common patterns", len(commonPatterns))
	}
}
