package input

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// tokenizerScriptEnd is where x/net/html's tokenizer ends the body of a
// script holding s: the length of the text it reads before the end tag
// (cut short by the end of s or not), or -1 when the text runs to the end.
func tokenizerScriptEnd(s string) int {
	z := html.NewTokenizer(strings.NewReader("<script>" + s))
	z.Next() // the start tag
	end := 0
	for {
		switch z.Next() {
		case html.TextToken:
			end += len(z.Raw())
		case html.EndTagToken:
			return end
		default:
			if end == len(s) {
				return -1
			}
			return end
		}
	}
}

// scriptBodyEnd ends a script's body where the tokenizer does, on random
// bodies made of the pieces its states turn on: comment openings and
// closings, nested script tags, end tags cut short or misspelt.
func TestScriptBodyEndIsTheTokenizers(t *testing.T) {
	pieces := []string{"<", "/", "!", "-", "--", "<!--", "-->", ">", " ", "\n", "a", "x = 1;", "script", "SCRIPT", "ScRiPt",
		"<script>", "<script ", "</script>", "</SCRIPT >", "</script/", "</scriptx>", "</scrip", "<s", "</"}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := scriptBodyEnd(s), tokenizerScriptEnd(s); got != want {
			t.Fatalf("scriptBodyEnd(%q) = %d, the tokenizer ends it at %d", s, got, want)
		}
	}
}
