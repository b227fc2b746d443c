package lexicon

import (
	"regexp"
	"strings"
	"testing"
)

// The word sets behave as the patterns they spell out would.
func TestDateWordsSameAsRegex(t *testing.T) {
	dw := regexp.MustCompile(`(?i)^(` + dateWordPattern + `)\.?,?$`)
	fw := regexp.MustCompile(`(?i)^(` + fillerWordPattern + `)[,:]?$`)
	words := strings.Fields("Jan jan. January, MÄRZ mai. Sept Sep. sept., Мая июня, x ma may may., Monday, Tues tue: PM p.m. a.m., GMT | , · – — - г г. Uhr um UM: às em sexta-feira, foo bar 2024 12:30 uhr:")
	for _, w := range words {
		if got, want := isDateWord(w), dw.MatchString(w); got != want {
			t.Errorf("isDateWord(%q) = %v, regex %v", w, got, want)
		}
		if got, want := isFillerWord(w), fw.MatchString(w); got != want {
			t.Errorf("isFillerWord(%q) = %v, regex %v", w, got, want)
		}
	}
}
