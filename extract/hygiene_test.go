package extract

import (
	"encoding/json"
	"strings"
	"testing"
)

// hygienePage holds, in its title and its body, the invisible and control
// characters the renderings drop, and the joiners they keep.
const hygienePage = "<html><head><title>Das Mit\u00adtel\u00adal\u00adter\x1b]0;pwned\x07 im Museum</title>" +
	`<meta name="description" content="Ein Rundgang durch die Samm&shy;lung"></head><body><article>` +
	"<h1>Das Mit&shy;tel&shy;al&shy;ter im Museum</h1>" +
	"<p>Die neue Ausstellung zeigt das Mit&shy;tel&shy;al&shy;ter in Ulm mit Urkunden, Waffen und Werkzeugen aus drei Jahrhunderten, die lange im Depot lagen.</p>" +
	"<p>Zero\u200bwidth spaces and\u2060joiners and a \ufeffbyte-order mark hide in this English paragraph, which says that the museum opens at nine every morning.</p>" +
	"<p>Ein Terminal-Trick:\x1b[2J\x1b]8;;http://evil.test\x1b\\hier klicken\x1b]8;;\x1b\\ und ein C1-Zeichen \u009b31m sollen nicht ankommen, auch kein Glockenton\x07 im Text.</p>" +
	"<p lang=\"fa\">\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u06a9\u062a\u0627\u0628 \u0628\u062e\u0648\u0627\u0646\u0645 \u0648 \u0645\u0648\u0632\u0647 \u0631\u0627 \u0628\u0628\u06cc\u0646\u0645 \u0627\u0645\u0631\u0648\u0632 \u0635\u0628\u062d.</p>" +
	"<p lang=\"hi\">\u0938\u0902\u0917\u094d\u0930\u0939\u093e\u0932\u092f \u0915\u094d\u200d\u0937\u0947\u0924\u094d\u0930 \u092e\u0947\u0902 \u0939\u0948 \u0914\u0930 \u0938\u0941\u092c\u0939 \u0916\u0941\u0932\u0924\u093e \u0939\u0948\u0964</p>" +
	"<p>The family ticket \U0001F468\u200d\U0001F469\u200d\U0001F467 costs twelve euros and includes a guided tour of the armoury for the children.</p>" +
	"</article></body></html>"

// TestHygieneEveryFormat checks that text, Markdown, HTML and the metadata
// read as a person reads the page: no soft hyphen, zero-width space, word
// joiner, byte-order mark or control character, the joiners that are
// spelling kept.
func TestHygieneEveryFormat(t *testing.T) {
	art, err := Extract(strings.NewReader(hygienePage), Options{Render: RenderOptions{Markdown: true, HTML: true, Standalone: true}})
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(art)
	if err != nil {
		t.Fatal(err)
	}
	var decoded Article // JSON escapes controls; what it holds once read is what counts
	if err := json.Unmarshal(js, &decoded); err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]string{"text": art.Text, "markdown": art.Markdown, "html": art.HTML,
		"title": art.Title, "description": art.Description, "json": decoded.Text + decoded.Title} {
		if i := strings.IndexFunc(got, func(r rune) bool {
			return r == 0xAD || r == 0x200B || r == 0x2060 || r == 0xFEFF || r < 0x20 && r != '\n' && r != '\t' || r >= 0x7F && r <= 0x9F
		}); i >= 0 {
			t.Errorf("%s keeps %U at %d: %q", name, []rune(got[i:])[0], i, got)
		}
		if name != "description" && !strings.Contains(got, "Mittelalter") {
			t.Errorf("%s lacks the whole word Mittelalter: %q", name, got)
		}
		if name == "title" || name == "description" {
			continue
		}
		for _, keep := range []string{"\u0645\u06cc\u200c\u062e", "\u0915\u094d\u200d\u0937", "\U0001F468\u200d\U0001F469\u200d\U0001F467"} {
			if !strings.Contains(got, keep) {
				t.Errorf("%s lost the joiner of %q", name, keep)
			}
		}
	}
	if !strings.Contains(art.Text, "Zerowidth spaces andjoiners and a byte-order mark") {
		t.Errorf("text: %q", art.Text)
	}
	if art.Description != "Ein Rundgang durch die Sammlung" {
		t.Errorf("description %q", art.Description)
	}
	if art.WordCount == 0 || strings.Count(art.Text, "Mittelalter") != 1 {
		t.Errorf("word count %d, text %q", art.WordCount, art.Text)
	}
}

// TestGlossLinksAreNotLinkHeavy extracts a page for language learners on
// which every word is a pop-up gloss, a link whose address is a javascript:
// URL: the text is the article's own, not a list of links, and its words
// print without a link. (The cleaning rules count such links as text
// through dom.LinkWords, whose own test fails without it; readability then
// turns them into text, so this end-to-end check guards the outcome.)
func TestGlossLinksAreNotLinkHeavy(t *testing.T) {
	sentences := []string{
		"Der kleine Hafen liegt am Ende einer langen Bucht im Norden",
		"Jeden Morgen fahren die Fischer mit ihren Booten hinaus aufs Meer",
		"Am Nachmittag verkaufen sie den Fang direkt an der Mole",
		"Im Sommer kommen viele Gäste und essen frischen Fisch am Wasser",
		"Im Winter ist es still und nur die Möwen schreien über den Dächern",
	}
	var b strings.Builder
	b.WriteString(`<html lang="de"><head><title>Ein Tag im Hafen</title></head><body><article><h1>Ein Tag im Hafen</h1>`)
	for range 2 {
		for _, s := range sentences {
			b.WriteString("<p>")
			for _, w := range strings.Fields(s) {
				b.WriteString(`<a href="javascript:void(0)" class="word">` + w + `</a> `)
			}
			b.WriteString(".</p>")
		}
	}
	b.WriteString("</article></body></html>")
	art, err := Extract(strings.NewReader(b.String()), Options{Render: RenderOptions{Markdown: true, HTML: true}})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if !strings.Contains(art.Text, "Jeden Morgen fahren die Fischer mit ihren Booten hinaus aufs Meer") {
		t.Errorf("text: %q", art.Text)
	}
	if strings.Contains(art.Markdown, "](") || strings.Contains(art.HTML, "<a") {
		t.Errorf("gloss links printed as links:\n%s\n%s", art.Markdown, art.HTML)
	}
}
