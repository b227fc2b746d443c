package clean

import (
	"strings"
	"testing"
)

func TestRulesLoad(t *testing.T) {
	r := &Rules{}
	if err := r.Load(strings.NewReader("# a comment\n\nremove .promo, aside.ad\nkeep figure.lead\n  remove-text (?i)sponsored content  \n"), "test.rules"); err != nil {
		t.Fatal(err)
	}
	if len(r.remove) != 1 || len(r.keep) != 1 || len(r.removeText) != 1 {
		t.Fatalf("got %d remove, %d keep, %d remove-text rules; want 1 each", len(r.remove), len(r.keep), len(r.removeText))
	}
	if r.removeText[0].source != "(?i)sponsored content" {
		t.Errorf("pattern %q kept surrounding spaces", r.removeText[0].source)
	}
}
