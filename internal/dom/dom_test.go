package dom_test

import (
	"strings"
	"testing"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
)

func TestWordCountAndWordsIn(t *testing.T) {
	for text, want := range map[string]int{"": 0, "  ": 0, "one": 1, " two  words ": 2, "a\u00a0b\u2003c": 3, "tab\tand\nnewline": 3, "Grüße aus Köln": 3} {
		if got := dom.WordCount(text); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", text, got, want)
		}
	}
	body := domtest.Body(t, "<p>One <b>two</b><script>var x = 1;</script> three</p><div>four<style>p{}</style></div>")
	if got, want := dom.WordsIn(body), dom.WordCount(dom.TextOf(body)); got != want || got != 4 {
		t.Errorf("wordsIn = %d, wordCount(textOf) = %d; want both 4", got, want)
	}
	for limit := range 6 {
		// Past the limit, counting stops; up to it, the count is exact.
		got := dom.WordsUpTo(body, limit)
		if (got > limit) != (4 > limit) || limit >= 4 && got != 4 {
			t.Errorf("wordsUpTo(body, %d) = %d; wordsIn is 4", limit, got)
		}
	}
}

func TestStyleDeclares(t *testing.T) {
	for _, tc := range []struct {
		style string
		want  bool
	}{
		{"display:none", true},
		{"color: red; display : \tnone !important", true},
		{"display:block; visibility:hidden", true},
		{"display: block", false},
		{"displayed: none", false},
		{"--display-mode: none; display: flex", false},
		{"visibility: visible", false},
		{"", false},
	} {
		got := dom.StyleDeclares(tc.style, "display", "none") || dom.StyleDeclares(tc.style, "visibility", "hidden")
		if got != tc.want {
			t.Errorf("%q: hidden = %v, want %v", tc.style, got, tc.want)
		}
	}
}

func TestElements(t *testing.T) {
	body := domtest.Body(t, "<p>One <b>two</b></p><!-- note --><div><i>three</i></div>")
	var names []string
	for n := range dom.Elements(body) {
		names = append(names, n.Data)
		if n.Data == "div" {
			break
		}
	}
	if got := strings.Join(names, " "); got != "p b div" {
		t.Errorf("Elements = %q, want %q", got, "p b div")
	}
}

// TestLinkWordsLeaveOutScriptLinks checks that a link whose address runs
// script (a dictionary's pop-up gloss, a share button) is not link text,
// however its scheme is spelled, while a link to a page is.
func TestLinkWordsLeaveOutScriptLinks(t *testing.T) {
	for _, tc := range []struct {
		html string
		want int
	}{
		{`<p>Read <a href="/guide">the whole guide</a> first.</p>`, 3},
		{`<p>Read <a href="javascript:void(0)">the whole guide</a> first.</p>`, 0},
		{`<p><a href=" JavaScript:gloss(3)">word</a> and <a href="VBScript:x">more</a></p>`, 0},
		{`<p><a href="javascript-tips.html">tips page</a></p>`, 2},
		{`<p><a href="javascript:void(0)">gloss</a> <a href="https://x.test/">page</a></p>`, 1},
	} {
		if got := dom.LinkWords(domtest.Body(t, tc.html)); got != tc.want {
			t.Errorf("LinkWords(%s) = %d, want %d", tc.html, got, tc.want)
		}
	}
}
