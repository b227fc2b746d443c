package meta

import (
	"slices"
	"testing"
)

// A line that carries a date may print its names in lower case; the date
// is looked for only when a name does not read like one, so both orders
// must still hold.
func TestLineAuthorsDatedLowerCase(t *testing.T) {
	for text, want := range map[string][]string{
		"Posted 14 July 2021 by jane doe":       {"jane doe"},
		"Publié le 3 mars 2022 par paul martin": {"paul martin"},
		"By jane doe":                           nil,
		"By Jane Doe":                           {"Jane Doe"},
	} {
		if got := lineAuthors(text, ""); !slices.Equal(got, want) {
			t.Errorf("lineAuthors(%q) = %q, want %q", text, got, want)
		}
	}
}
