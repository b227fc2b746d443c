package clean

import (
	"strings"
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
)

func TestRulesLoadErrors(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"remove .ok\ndrop .x\n", "test.rules:2: unknown directive \"drop\""},
		{"keep\n", "test.rules:1: \"keep\" needs an argument"},
		{"remove div[\n", "test.rules:1: CSS selector \"div[\""},
		{"\n\nremove-text (unclosed\n", "test.rules:3: text pattern \"(unclosed\""},
	} {
		err := (&Rules{}).Load(strings.NewReader(tc.file), "test.rules")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Load(%q) = %v, want an error starting %q", tc.file, err, tc.want)
		}
	}
}

func TestRemovalSelector(t *testing.T) {
	root := domtest.Page(t, `<div id="promo" class="a b c d"><p>x</p></div><div id="two words" class=" x "></div>`)
	if got := selectorOf(domtest.ByID(root, "promo")); got != "div#promo.a.b.c" {
		t.Errorf("selectorOf = %q, want div#promo.a.b.c", got)
	}
	if got := selectorOf(domtest.ByID(root, "two words")); got != "div.x" {
		t.Errorf("selectorOf = %q, want div.x", got)
	}
}

func TestEveryRuleHasAReason(t *testing.T) {
	for _, rule := range []string{RuleNonContent, RuleHidden, RuleDialog, RuleNavigation, RuleClassVocab, RuleWording,
		RuleControls, RuleHeadline, RuleBylineDate, RuleLinkList, RuleUserRemove, RuleUserText} {
		if ruleReasons[rule] == "" {
			t.Errorf("rule %q has no reason for --explain", rule)
		}
	}
	r := Removal{Rule: RuleWording + ": newsletter", Tag: "div", Selector: "div.box", Text: `Sign up "now"`}
	want := `removed div.box by wording: newsletter (a short block whose wording is boilerplate): "Sign up \"now\""`
	if got := r.String(); got != want {
		t.Errorf("String() =\n %s\nwant\n %s", got, want)
	}
}
