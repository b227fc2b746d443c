package extract

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
)

// extractWith extracts body, a page's body markup, with rules.
func extractWith(t *testing.T, body string, rules *Rules) *Article {
	t.Helper()
	page := "<!DOCTYPE html><html><head><title>Test page</title></head><body><article>" + body + "</article></body></html>"
	art, err := Extract(strings.NewReader(page), Options{Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	return art
}

func mustRules(t *testing.T, file string) *Rules {
	t.Helper()
	r := &Rules{}
	if err := r.Load(strings.NewReader(file), "test.rules"); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestUserRemove(t *testing.T) {
	body := domtest.LongP1 + `<div class="box-2"><p>` + strings.TrimPrefix(domtest.LongP2, "<p>") + `</div>` + domtest.LongP3 + domtest.LongP4
	plain := extractWith(t, body, nil)
	if !strings.Contains(plain.Text, "Supporters of the plan") {
		t.Fatalf("without rules the paragraph is already gone:\n%s", plain.Text)
	}
	r := &Rules{}
	if err := r.Remove("div.box-2"); err != nil {
		t.Fatal(err)
	}
	art := extractWith(t, body, r)
	if strings.Contains(art.Text, "Supporters of the plan") {
		t.Errorf("--remove div.box-2 left its text:\n%s", art.Text)
	}
	if !strings.Contains(art.Text, "Opponents warned") {
		t.Errorf("--remove took the rest of the article:\n%s", art.Text)
	}
	if !slices.ContainsFunc(art.Removed, func(r Removal) bool { return strings.Contains(r.Rule, "user-remove: div.box-2") }) {
		t.Errorf("removals %v do not name the user's rule", art.Removed)
	}
}

func TestUserRemoveText(t *testing.T) {
	body := domtest.LongP1 + "<p>Sponsored content</p>" + domtest.LongP2 +
		"<p>Sponsored content is a growing share of the paper's income, the editor said, and readers should be told.</p>" +
		domtest.LongP3 + domtest.LongP4
	art := extractWith(t, body, mustRules(t, "remove-text (?i)sponsored content\n"))
	if strings.Contains(art.Text, "Sponsored content\n") {
		t.Errorf("the isolated block is still there:\n%s", art.Text)
	}
	if !strings.Contains(art.Text, "Sponsored content is a growing share") {
		t.Errorf("a paragraph that only starts with the pattern was removed:\n%s", art.Text)
	}
}

func TestKeepShieldsFromPithRules(t *testing.T) {
	// A newsletter box that pith removes by its wording; the user keeps it.
	box := `<div class="note"><p>Sign up for our newsletter to get the council's decisions every week.</p></div>`
	body := domtest.LongP1 + domtest.LongP2 + box + domtest.LongP3 + domtest.LongP4
	plain := extractWith(t, body, nil)
	if strings.Contains(plain.Text, "Sign up for our newsletter") {
		t.Fatalf("pith no longer removes the box by itself, so this test shows nothing:\n%s", plain.Text)
	}
	art := extractWith(t, body, mustRules(t, "keep div.note\n"))
	if !strings.Contains(art.Text, "Sign up for our newsletter") {
		t.Errorf("--keep div.note did not shield the box:\n%s", art.Text)
	}
}

func TestKeepShieldsAncestorsButNotSiblings(t *testing.T) {
	// A share bar inside a <nav> holding a kept credit line: the nav stays
	// (removing it would remove the credit), the kept line stays.
	nav := `<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li></ul>` +
		`<p class="credit">Illustrations by the readers of the weekly letters page, collected over many years of patient work.</p></nav>`
	body := domtest.LongP1 + domtest.LongP2 + nav + domtest.LongP3 + domtest.LongP4
	art := extractWith(t, body, mustRules(t, "keep p.credit\n"))
	for _, r := range art.Removed {
		if r.Tag == "nav" {
			t.Errorf("the nav holding a kept element was removed: %+v", r)
		}
	}
}

func TestUserRemoveWinsOverKeep(t *testing.T) {
	body := domtest.LongP1 + `<div class="box"><p>Sign up for our newsletter to get the council's decisions every week.</p></div>` + domtest.LongP2 + domtest.LongP3
	art := extractWith(t, body, mustRules(t, "keep div.box\nremove div.box\n"))
	if strings.Contains(art.Text, "Sign up") {
		t.Errorf("a removed element came back because it was also kept:\n%s", art.Text)
	}
}

// The rules-file example in the README parses.
func TestReadmeRulesExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "```pithrules\n")
	if !ok {
		t.Fatal("README has no ```pithrules block")
	}
	example, _, _ := strings.Cut(rest, "```")
	if err := (&Rules{}).Load(strings.NewReader(example), "README"); err != nil {
		t.Error(err)
	}
}

// TestExplainNamesPageTag checks that a removal names the element as the
// page wrote it: readability renames an h1 in the article to h2, and a
// --keep or --remove selector written from --explain's "h2" would miss it.
func TestExplainNamesPageTag(t *testing.T) {
	para := "<p>The council voted on Tuesday to extend the cycle lane along the river by another two kilometres, closing the gap between the old harbour and the new rail station that riders have complained about for years.</p>"
	page := `<html><head><title>Cycle lane to reach the station</title></head><body><article><h1 class="headline">Riverside cycle lane will finally reach the station</h1>` +
		strings.Repeat(para, 4) + `</article></body></html>`
	art, err := Extract(strings.NewReader(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range art.Removed {
		if r.Rule == RuleHeadline {
			if r.Tag != "h1" || !strings.HasPrefix(r.Selector, "h1.headline") {
				t.Errorf("headline removal names %s (%s), want the page's h1", r.Tag, r.Selector)
			}
			return
		}
	}
	t.Errorf("no headline removal in %v", art.Removed)
}
