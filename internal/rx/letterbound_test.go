package rx

import (
	"regexp"
	"strings"
	"testing"
)

func TestMaxLettersMatched(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    int
	}{
		{`^advertisement$`, 13},
		{`^(?:ad)$`, 2},
		{`^\P{L}*(?:\d+ (of|von|из)( /)? \d+)\P{L}*$`, 3},
		{`^(\d+ )?(?:comments?)( \(?\d+\)?)?$`, 8},
		{`^(the )?comments (are|have been) closed[.!]?$`, 25},
		{`^[a-z]{2,4}$`, 4},
		{`^\S$`, 1},
		{`^.$`, 1},
		{`^комментарии$`, 11},
		{`^\[?(?:more ?:$)(\P{L}|$)`, 4},    // held at the end inside the sequence
		{`^ad$|^advert$`, 6},                // every alternative held at both ends
		{`(?i)^AD$`, 2},                     // case does not change the count
		{`^\d+[-–/]\d+$`, 0},                // no letters at all
		{`^[^\p{L}\d]*\d+ views\P{L}*$`, 5}, // negated letter classes hold none
		// No bound: a match need not span the text, or letters repeat freely.
		{`advertisement`, -1},
		{`^advertisement`, -1},
		{`advertisement$`, -1},
		{`^ad$|advert`, -1},
		{`(?m)^ad$`, -1},
		{`^\pL+$`, -1},
		{`^more( [\p{L}'’&.-]+){0,3} news$`, -1},
		{`^\S+$`, -1},
		{`^a{2,}$`, -1},
		{`(`, -1}, // not a pattern
	} {
		if got := MaxLettersMatched(tc.pattern); got != tc.want {
			t.Errorf("MaxLettersMatched(%q) = %d, want %d", tc.pattern, got, tc.want)
		}
	}
}

// A bound holds for every text the pattern matches: longer texts built from
// matching ones by adding letters in every way the pattern allows never
// match with more letters than the bound.
func TestMaxLettersMatchedHolds(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		texts   []string
	}{
		{`^\P{L}*(?:\d+ (of|von|из)( /)? \d+)\P{L}*$`, []string{"3 of 12", "– 3 von / 12 –", "(1 из 5)", "1 of 2 photos", "page 3 of 12"}},
		{`^(show|view) (all )?(\d+ )?comments?$`, []string{"show comments", "view all 12 comments", "view all 12 comments now"}},
		{`^a{1,3}b?$`, []string{"a", "aaa", "aaab", "aaaab", "b"}},
	} {
		bound := MaxLettersMatched(tc.pattern)
		re := regexp.MustCompile(tc.pattern)
		for _, text := range tc.texts {
			if re.MatchString(text) && CountLetters(text) > bound {
				t.Errorf("%q matches %q, which has %d letters: more than its bound %d", tc.pattern, text, CountLetters(text), bound)
			}
		}
	}
}

func TestCountLetters(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"3 of 12", 2},
		{"Zürich, 3. März", 10},
		{"Комментарии (12)", 11},
		{"正在加载…", 4},
		{"@[`{~0129", 0},
		{strings.Repeat("aZ", 10), 20},
	} {
		if got := CountLetters(tc.text); got != tc.want {
			t.Errorf("CountLetters(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}
