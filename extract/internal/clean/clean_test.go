package clean

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
	"github.com/pith-cli/pith/internal/lexicon"
)

// rulesOf lists the rules of removals, in order.
func rulesOf(removed []Removal) []string {
	var rules []string
	for _, r := range removed {
		rules = append(rules, r.Rule)
	}
	return rules
}

func TestLongParagraphFixtures(t *testing.T) {
	for i, p := range []string{domtest.LongP1, domtest.LongP2, domtest.LongP3, domtest.LongP4, domtest.LongParagraph("Anna")} {
		root := domtest.Page(t, p)
		if got := dom.LongParagraphs(root); got != 1 {
			t.Errorf("fixture %d: %d long paragraphs, want 1 (%d words)", i, got, dom.WordCount(domtest.FlatText(root)))
		}
		if words := dom.WordCount(domtest.FlatText(root)); words <= lexicon.MaxBlockWords && lexicon.MatchWording(domtest.FlatText(root)) != "" {
			t.Errorf("fixture %d matches a wording rule", i)
		}
	}
}

// TestCleanWordingWidgets runs clean over small pages and checks which text
// goes, which stays and under which rule.
func TestCleanWordingWidgets(t *testing.T) {
	for _, tc := range []struct {
		name     string
		body     string
		gone     []string // text that must be removed
		kept     []string // text that must stay
		rule     string   // a rule that must appear in the removals ("" for none)
		ruleTag  string   // the tag removed under rule
		noRemove bool     // nothing at all may be removed
	}{
		{
			name: "comment banner after the article goes with its explanation",
			body: "<article>" + domtest.LongP1 + domtest.LongP2 + domtest.LongP3 + "</article>" +
				`<div class="css-9f8e7d"><h2>Join the conversation</h2>` +
				`<p>Our community guidelines ask readers to stay on topic and to be kind to one another.</p>` +
				`<button type="button">Comments</button></div>`,
			gone: []string{"Join the conversation", "community guidelines", "Comments"},
			kept: []string{"The council met", "Supporters of the plan", "Opponents warned"},
			rule: RuleWording + ": comment banner", ruleTag: "div",
		},
		{
			name: "comment banner whose heading no rule knows goes with its Comments button",
			body: "<article>" + domtest.LongP1 + domtest.LongP2 + domtest.LongP3 +
				`<div class="css-5g6h7j"><h3>Have your say</h3><p>Tell us what you think of the plan.</p>` +
				`<button>Comments</button></div></article>`,
			gone: []string{"Have your say", "Tell us what you think"},
			kept: []string{"Opponents warned"},
			rule: RuleWording + ": comment banner", ruleTag: "div",
		},
		{
			name: "notification prompt with generated class names and two buttons",
			body: "<article>" + domtest.LongP1 +
				`<div class="css-1q2w3e"><div class="css-4r5t6y">` +
				`<p>Stay up to date with notifications from The Courier</p>` +
				`<p class="css-7u8i9o">You can change this at any time.</p></div>` +
				`<div class="css-0p9o8i"><button>Not now</button><button>Allow</button></div></div>` +
				domtest.LongP2 + domtest.LongP3 + "</article>",
			gone: []string{"notifications from The Courier", "change this at any time", "Not now", "Allow"},
			kept: []string{"The council met", "Supporters of the plan", "Opponents warned"},
			rule: RuleWording + ": notification prompt", ruleTag: "div",
		},
		{
			name:     "short in-flow paragraph about comments is kept",
			body:     "<article>" + domtest.LongP1 + "<p>Comments can also be mailed to City Hall.</p>" + domtest.LongP2 + "</article>",
			kept:     []string{"Comments can also be mailed to City Hall.", "The council met", "Supporters of the plan"},
			noRemove: true,
		},
		{
			// It matches the newsletter rule (TestShortParagraphInTheFlowIsKept
			// checks that its cases match one, in four languages).
			name:     "short in-flow paragraph that matches a rule is kept",
			body:     "<article>" + domtest.LongP1 + "<p>Residents can sign up for the council's weekly bulletin at City Hall.</p>" + domtest.LongP2 + "</article>",
			kept:     []string{"Residents can sign up for the council's weekly bulletin at City Hall."},
			noRemove: true,
		},
		{
			name: "long paragraph mentioning join the conversation is kept",
			body: "<article>" + domtest.LongP1 + "<p>In a long interview the mayor said she wanted residents to join the conversation " +
				"about the budget, and that the council would hold open meetings in every district before the vote next spring.</p>" +
				domtest.LongP2 + "</article>",
			kept:     []string{"join the conversation about the budget"},
			noRemove: true,
		},
		{
			name: "lone Advertisement label between paragraphs",
			body: "<article>" + domtest.LongP1 + "<div>Advertisement</div>" + domtest.LongP2 + "</article>",
			gone: []string{"Advertisement"},
			kept: []string{"The council met", "Supporters of the plan"},
			rule: RuleWording + ": advertisement label", ruleTag: "div",
		},
		{
			name: "Advertisement label in a paragraph of its own is not prose",
			body: "<article>" + domtest.LongP1 + "<p>ADVERTISEMENT</p>" + domtest.LongP2 + "</article>",
			gone: []string{"ADVERTISEMENT"},
			rule: RuleWording + ": advertisement label", ruleTag: "p",
		},
		{
			name: "cookie notice with buttons",
			body: `<div class="css-k3l4m5"><p>We use cookies to improve your experience.</p>` +
				`<button>Accept</button><button>Reject</button></div>` +
				"<article>" + domtest.LongP1 + domtest.LongP2 + "</article>",
			gone: []string{"We use cookies", "Accept", "Reject"},
			kept: []string{"The council met"},
			rule: RuleWording + ": cookie notice", ruleTag: "div",
		},
		{
			name: "newsletter box with a form",
			body: "<article>" + domtest.LongP1 + domtest.LongP2 +
				`<div class="css-z1x2c3"><h3>Sign up for our weekly newsletter</h3><p>The best of the week, every Friday.</p>` +
				`<form><input type="email" placeholder="Email"><button>Go</button></form></div></article>`,
			gone: []string{"weekly newsletter", "The best of the week"},
			kept: []string{"Supporters of the plan"},
			rule: RuleWording + ": newsletter box", ruleTag: "div",
		},
		{
			name: "share label with its links",
			body: "<article>" + domtest.LongP1 + `<div class="css-v5b6n7"><span>Share</span><a href="#fb">Facebook</a><a href="#x">X</a></div>` +
				domtest.LongP2 + "</article>",
			gone: []string{"Share", "Facebook"},
			rule: RuleWording + ": share bar", ruleTag: "div",
		},
		{
			name:     "newsletter launch story between long paragraphs is kept",
			body:     "<article>" + domtest.LongP1 + "<p>The paper launched its first newsletter in 1998, when readers still used dial-up.</p>" + domtest.LongP2 + "</article>",
			kept:     []string{"launched its first newsletter"},
			noRemove: true,
		},
		{
			name: "matched heading keeps the reader comments below it",
			body: "<article>" + domtest.LongP1 + domtest.LongP2 + "</article>" +
				"<section><h2>Comments</h2>" + domtest.LongParagraph("Anna") + domtest.LongParagraph("Boris") + "</section>",
			gone: []string{"Comments"},
			kept: []string{"Anna was one of", "Boris was one of"},
			rule: RuleWording + ": comment banner", ruleTag: "h2",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, tc.body)
			removed := cleanTree(root)
			checkGoneKept(t, domtest.FlatText(root), tc.gone, tc.kept, removed)
			if tc.noRemove && len(removed) > 0 {
				t.Errorf("removed %+v, want nothing", removed)
			}
			if tc.rule != "" && !slices.ContainsFunc(removed, func(r Removal) bool { return r.Rule == tc.rule && r.Tag == tc.ruleTag }) {
				t.Errorf("no %s removed under %q; removals: %+v", tc.ruleTag, tc.rule, removed)
			}
		})
	}
}

// TestCleanReportsRules checks that each removal names its rule, its tag and
// its selector and the start of its text.
func TestCleanReportsRules(t *testing.T) {
	root := domtest.Page(t, `<script>var x = 1;</script><nav><a href="/">Home</a><a href="/news">News</a></nav>`+
		`<div class="social-links"><a href="#fb">Facebook</a></div>`+
		`<dialog open><p>Subscribe for one pound a week</p></dialog>`+
		"<article>"+domtest.LongP1+`<div hidden>Hidden promo text</div>`+"<div>Advertisement</div>"+domtest.LongP2+
		`<p>Choose a language: <select><option>English</option><option>Deutsch</option></select></p>`+domtest.LongP3+"</article>")
	removed := cleanTree(root)
	want := []Removal{
		{Rule: RuleNonContent, Tag: "script", Selector: "script", Text: "var x = 1;"},
		{Rule: RuleNavigation, Tag: "nav", Selector: "nav", Text: "Home News"},
		{Rule: RuleClassVocab, Tag: "div", Selector: "div.social-links", Text: "Facebook"},
		{Rule: RuleDialog, Tag: "dialog", Selector: "dialog", Text: "Subscribe for one pound a week"},
		{Rule: RuleHidden, Tag: "div", Selector: "div", Text: "Hidden promo text"},
		{Rule: RuleWording + ": advertisement label", Tag: "div", Selector: "div", Text: "Advertisement"},
		{Rule: RuleControls, Tag: "select", Selector: "select", Text: "English Deutsch"},
	}
	if !slices.Equal(removed, want) {
		t.Errorf("removals:\n got %+v\nwant %+v", removed, want)
	}
	if text := domtest.FlatText(root); !strings.Contains(text, "Choose a language:") || !strings.Contains(text, "Opponents warned") {
		t.Errorf("body text lost: %q", text)
	}
}

func TestRemovalTextIsShortened(t *testing.T) {
	root := domtest.Page(t, domtest.LongP1+domtest.LongP2)
	p := dom.FindFirst(root, func(n *html.Node) bool { return n.Data == "p" })
	r := removal(p, RuleHidden)
	if got := []rune(r.Text); len(got) != 81 || got[80] != '…' {
		t.Errorf("removal text %q: want 80 runes and an ellipsis", r.Text)
	}
	if !strings.HasPrefix(r.Text, "The council met on Tuesday") {
		t.Errorf("removal text %q does not start with the element's text", r.Text)
	}
	widget := dom.FindFirst(domtest.Page(t, `<div id="w"><script>track()</script><p>Sign up <b>now</b></p></div>`),
		func(n *html.Node) bool { return dom.Attr(n, "id") == "w" })
	if got := removal(widget, RuleWording).Text; got != "Sign up now" {
		t.Errorf("removal text %q, want the text after the script", got)
	}
}

// TestMarkupRules checks the rule markup alone gives one element (data-test="x")
// on a page whose body is elsewhere.
func TestMarkupRules(t *testing.T) {
	for _, tc := range []struct {
		name, el, want string // want "" means kept
	}{
		{"hidden attribute", `<div data-test="x" hidden>Offer</div>`, RuleHidden},
		{"aria-hidden true", `<div data-test="x" aria-hidden="true">Offer</div>`, RuleHidden},
		{"aria-hidden false is shown", `<div data-test="x" aria-hidden="false">Offer</div>`, ""},
		{"aria-hidden fallback image is kept", `<div data-test="x" aria-hidden="true" class="fallback-image">Offer</div>`, ""},
		{"display none", `<div data-test="x" style="color: red; display:none">Offer</div>`, RuleHidden},
		{"display none, spaced and upper case", `<div data-test="x" style="DISPLAY : NONE">Offer</div>`, RuleHidden},
		{"visibility hidden", `<span data-test="x" style="visibility: hidden">Offer</span>`, RuleHidden},
		{"display block is shown", `<div data-test="x" style="display: block">Offer</div>`, ""},
		{"dialog element", `<dialog data-test="x" open>Offer</dialog>`, RuleDialog},
		{"role dialog", `<div data-test="x" role="dialog">Offer</div>`, RuleDialog},
		{"role alertdialog", `<div data-test="x" role="alertdialog">Offer</div>`, RuleDialog},
		{"aria-modal", `<div data-test="x" aria-modal="true">Offer</div>`, RuleDialog},
		{"nav element", `<nav data-test="x"><a href="/">Home</a></nav>`, RuleNavigation},
		{"role navigation", `<div data-test="x" role="navigation"><a href="/">Home</a></div>`, RuleNavigation},
		{"role toolbar", `<div data-test="x" role="toolbar"><a href="/">Home</a></div>`, RuleNavigation},
		{"style element", `<style data-test="x">p { color: red }</style>`, RuleNonContent},
		{"template element", `<template data-test="x"><p>Offer</p></template>`, RuleNonContent},
		{"class share bar", `<div data-test="x" class="shareBar">Offer</div>`, RuleClassVocab},
		{"id newsletter-signup", `<div data-test="x" id="newsletter-signup">Offer</div>`, RuleClassVocab},
		{"class sign-up", `<div data-test="x" class="sign-up-box">Offer</div>`, RuleClassVocab},
		{"generated class name", `<div data-test="x" class="css-8ad0xc">Offer</div>`, ""},
		{"class commentary", `<div data-test="x" class="commentary">Offer</div>`, ""},
		{"article is never removed for its class", `<article data-test="x" class="related-story">Offer</article>`, ""},
		{"main is never removed for its class", `<main data-test="x" class="has-sidebar">Offer</main>`, ""},
		{"aside element", `<aside data-test="x"><p>Offer</p></aside>`, RuleFurniture},
		{"footer element", `<footer data-test="x"><p>Offer</p></footer>`, RuleFurniture},
		{"form element", `<form data-test="x"><p>Offer</p></form>`, RuleFurniture},
		{"svg icon", `<svg data-test="x"><path d="M0 0h24v24H0z"/></svg>`, RuleNonContent},
		{"role tooltip", `<span data-test="x" role="tooltip">Opens a page to print</span>`, RuleClassVocab},
		{"tooltip bubble class", `<div data-test="x" class="tooltip-text">Opens a page to print</div>`, RuleClassVocab},
		{"tooltip bubble camelCase id", `<div data-test="x" id="printTooltipContent">Opens a page to print</div>`, RuleClassVocab},
		{"tooltiptext class", `<span data-test="x" class="tooltiptext">Opens a page to print</span>`, RuleClassVocab},
		{"a heading's id is its anchor", `<h2 data-test="x" id="sharing-with-your-team">Sharing with your team</h2>`, ""},
		{"a heading's class still counts", `<h3 data-test="x" class="share-title">Pass it on</h3>`, RuleClassVocab},
		{"author bio box", `<div data-test="x" class="author-bio"><p>Writes about schools.</p></div>`, RuleClassVocab},
		{"author box, BEM description", `<div data-test="x" class="entry-author__description">Seit 2019 im Ressort.</div>`, RuleClassVocab},
		{"author box, camelCase id", `<div data-test="x" id="authorProfile">Periodista.</div>`, RuleClassVocab},
		{"author box, words run together", `<div data-test="x" class="authorinfo">Journaliste.</div>`, RuleClassVocab},
		{"about the author", `<section data-test="x" class="about-the-author">Reporter.</section>`, RuleClassVocab},
		{"author box, German", `<div data-test="x" id="autor-info-card">Redakteurin.</div>`, RuleClassVocab},
		{"author box, its wrapper", `<div data-test="x" class="author-container"><p>Nicole Weber</p><p>Redakteurin</p></div>`, RuleClassVocab},
		{"author word alone stays", `<p>Written by <span data-test="x" class="author">Ann Lee</span> for the weekend edition of the paper.</p>`, ""},
		{"box word alone stays", `<div data-test="x" class="profile-card">A town of 4,000 people on the river.</div>`, ""},
		{"author and box words in two class names stay", `<div data-test="x" class="post-author entry-info">Ann Lee</div>`, ""},
		{"a quotation's author stays", `<blockquote><p>We will rebuild the bridge.</p><cite data-test="x" class="author-info">The mayor</cite></blockquote>`, ""},
		{"a quote box's author stays", `<div data-test="x" class="pullquote__author-details">The mayor</div>`, ""},
		{"a term classed tooltip stays", `<p>The word <span data-test="x" class="tooltip">quorum</span> recurs in the minutes of every meeting.</p>`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, "<article>"+domtest.LongP1+domtest.LongP2+domtest.LongP3+domtest.LongP4+"</article>"+tc.el)
			removed := cleanTree(root)
			x := dom.FindFirst(root, func(n *html.Node) bool { return dom.Attr(n, "data-test") == "x" })
			if tc.want == "" {
				if x == nil {
					t.Errorf("element removed: %+v", removed)
				}
				return
			}
			if x != nil {
				t.Fatalf("element kept, want removed under %q; removals: %+v", tc.want, removed)
			}
			if len(removed) == 0 || removed[0].Rule != tc.want {
				t.Errorf("removals %+v, want first under %q", removed, tc.want)
			}
		})
	}
}

// TestMarkupRuleDirect calls markupRule on single elements, outside clean.
func TestMarkupRuleDirect(t *testing.T) {
	root := domtest.Page(t, `<div id="a" class="js-newsletter">Offer</div><div id="b" role="search">Find</div>`+
		`<div id="c" class="story">Text</div><link id="d" rel="stylesheet" href="a.css">`)
	c := &cleaner{Pruner: &Pruner{}, totalLong: dom.LongParagraphs(root)}
	for id, want := range map[string]string{"a": RuleClassVocab, "b": RuleNavigation, "c": "", "d": RuleNonContent} {
		n := domtest.ByID(root, id)
		if n == nil {
			t.Fatalf("no element %s", id)
		}
		if got := c.markupRule(n); got != want {
			t.Errorf("markupRule(%s) = %q, want %q", id, got, want)
		}
	}
	for _, tag := range []string{"html", "head", "body"} {
		n := dom.FindFirst(root.Parent, func(n *html.Node) bool { return n.Data == tag })
		if got := c.markupRule(n); got != "" {
			t.Errorf("markupRule(<%s>) = %q, want none", tag, got)
		}
	}
}

// TestBodyGuard checks unlessBody: a wrapper that markup marks as boilerplate
// but that holds three or more long paragraphs and at least half the page's
// keeps its text.
func TestBodyGuard(t *testing.T) {
	three := domtest.LongP1 + domtest.LongP2 + domtest.LongP3
	six := domtest.LongParagraph("Anna") + domtest.LongParagraph("Boris") + domtest.LongParagraph("Chen") +
		domtest.LongParagraph("Dora") + domtest.LongParagraph("Emil") + domtest.LongParagraph("Farid")
	for _, tc := range []struct {
		name, body string
		want       string // "" means the wrapper is kept
	}{
		{"aria-hidden wrapper holding the body", `<div id="x" aria-hidden="true">` + three + `</div>` + domtest.LongP4, ""},
		{"open modal holding the whole body", `<div id="x" role="dialog" aria-modal="true">` + three + domtest.LongP4 + `</div>`, ""},
		{"dialog element holding the body", `<dialog id="x" open>` + three + `</dialog>`, ""},
		{"display none wrapper holding the body", `<div id="x" style="display:none">` + three + domtest.LongP4 + `</div>`, ""},
		{"body wrapper with a stray class word", `<div id="x" class="l-sidebar-fixed article-body">` + three + `</div>` + domtest.LongP4, ""},
		{"aria-hidden wrapper with a minority of the long paragraphs", `<div id="x" aria-hidden="true">` + three + `</div>` + six, RuleHidden},
		{"modal with two long paragraphs among many", `<div id="x" aria-modal="true">` + domtest.LongP1 + domtest.LongP2 + `</div>` + six, RuleDialog},
		{"sidebar with a minority of the long paragraphs", `<div id="x" class="sidebar">` + three + `</div>` + six, RuleClassVocab},
		// A thread under a short post holds as many words as the post, in
		// fewer long paragraphs: its name is taken at its word.
		{"comment thread with as many words as the post", `<div>` + three + domtest.LongP4 + `</div><section id="x" class="kommentarer">` +
			domtest.LongParagraph("Anna") + domtest.LongParagraph("Boris") + domtest.LongParagraph("Chen") + `</section>`, RuleClassVocab},
		{"post wrapper that a comment-named class holds with most paragraphs", `<div id="x" class="kommentare-open">` + three + domtest.LongP4 + `</div>` +
			domtest.LongParagraph("Anna"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, tc.body)
			removed := cleanTree(root)
			x := domtest.ByID(root, "x")
			if tc.want == "" {
				if x == nil || !strings.Contains(domtest.FlatText(root), "Opponents warned") {
					t.Errorf("body removed: %+v", removed)
				}
				return
			}
			if x != nil {
				t.Errorf("wrapper kept, want removed under %q", tc.want)
			}
			if !slices.Contains(rulesOf(removed), tc.want) {
				t.Errorf("removals %+v, want one under %q", removed, tc.want)
			}
		})
	}
}

// TestSparedDialogLosesModalMark checks that an open modal spared as the
// body loses aria-modal, which would make readability drop it, unless it
// names consent or cookies: a consent centre's legal paragraphs keep the
// mark readability drops them by.
func TestSparedDialogLosesModalMark(t *testing.T) {
	body := domtest.LongP1 + domtest.LongP2 + domtest.LongP3 + domtest.LongP4
	for _, tc := range []struct {
		name, page string
		marked     bool
	}{
		{"story in an open modal", `<div id="x" role="dialog" aria-modal="true" class="modal-content">` + body + `</div>`, false},
		{"consent centre passing for a body", `<div id="x" role="dialog" aria-modal="true"><div class="cookie-settings">` + body + `</div></div>`, true},
		{"modal beside the body keeps it and goes", body + `<div id="y" role="dialog" aria-modal="true"><p>Sign up</p></div>`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, tc.page)
			cleanTree(root)
			x := domtest.ByID(root, "x")
			if x == nil {
				if tc.marked && domtest.ByID(root, "y") == nil {
					return // removed with its mark
				}
				t.Fatal("dialog removed")
			}
			if got := dom.Attr(x, "aria-modal") == "true"; got != tc.marked {
				t.Errorf("aria-modal kept = %v, want %v", got, tc.marked)
			}
		})
	}
}

// TestBodyGuardStillCleansInside checks that a kept wrapper's own boilerplate goes.
func TestBodyGuardStillCleansInside(t *testing.T) {
	root := domtest.Page(t, `<div id="x" aria-hidden="true">`+domtest.LongP1+`<div hidden>Hidden promo</div>`+domtest.LongP2+domtest.LongP3+`</div>`)
	removed := cleanTree(root)
	if domtest.ByID(root, "x") == nil {
		t.Fatal("wrapper removed")
	}
	if strings.Contains(domtest.FlatText(root), "Hidden promo") {
		t.Errorf("hidden element inside the kept wrapper survived; removals %+v", removed)
	}
}

func TestNameWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"shareBar js-newsletter", []string{"share", "bar", "js", "newsletter"}},
		{"css-8ad0xc", []string{"css", "8ad0xc"}},
		{"sign-up", []string{"sign", "up"}},
		{"log_in", []string{"log", "in"}},
		{"fooBarBaz", []string{"foo", "bar", "baz"}},
		{"HTMLParser", []string{"htmlparser"}},
		{"  a__b  c ", []string{"a", "b", "c"}},
		{"ad2 Ads", []string{"ad2", "ads"}},
		// generated ids: digits and both cases mixed; their humps are chance
		{"block-id-n1AuAdJlVL", []string{"block", "id", "n1auadjlvl"}},
		{"x9TpQrAd2 shareBar", []string{"x9tpqrad2", "share", "bar"}},
		{"promoBox2", []string{"promo", "box2"}}, // no upper case after a digit-free start: still words
		{"", nil},
		{"--", nil},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := lexicon.NameWords(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("nameWords(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestHasBoilerplateName(t *testing.T) {
	cached := &cleaner{names: map[string]nameVerdict{}}
	for _, tc := range []struct {
		attrs string
		want  bool
	}{
		{`class="shareBar"`, true},
		{`class="js-newsletter"`, true},
		{`class="ad-slot"`, true},
		{`class="AdSlot"`, true},
		{`id="comments"`, true},
		{`class="sign-up"`, true},
		{`class="signUpForm"`, true},
		{`class="log-in"`, true},
		{`id="sign_in"`, true},
		{`class="page-wrapper" id="cookie-banner"`, true},
		{`class="css-8ad0xc"`, false},
		{`id="block-id-n1AuAdJlVL"`, false},
		{`id="k7AdWrapQz"`, false},
		{`class="AdSlot2"`, true}, // only letters before the digit: a name, not a generated id
		{`class="commentary"`, false},
		// Reader comments in other languages, plural only: the singular
		// is a German opinion column's, or one comment among a thread's.
		{`id="kommentare"`, true},
		{`class="kommentarer"`, true},
		{`class="zone-commentaires"`, true},
		{`id="comentarios"`, true},
		{`class="commenti-lista"`, true},
		{`class="reacties"`, true},
		{`class="komentarze"`, true},
		{`class="kommentar"`, false},
		{`class="article kommentar"`, false},
		{`class="commentaire"`, false},
		{`class="shared-content"`, false},
		{`class="loading download"`, false},
		{`class="sign-off"`, false},
		{`class="up-sign"`, false},
		{`class="story-body"`, false},
		{`class="social-media-embed"`, false},
		{`class="embed" id="related-tweet"`, false},
		{`class="embedded-post share"`, false},
		{``, false},
	} {
		t.Run(tc.attrs, func(t *testing.T) {
			n := dom.FindFirst(domtest.Page(t, "<div "+tc.attrs+">x</div>"), func(n *html.Node) bool { return n.Data == "div" })
			if got := hasBoilerplateName(n); got != tc.want {
				t.Errorf("hasBoilerplateName(<div %s>) = %v, want %v", tc.attrs, got, tc.want)
			}
			// The cleaner remembers what each value says, across elements.
			for range 2 {
				if got := cached.namesBoilerplate(n); got != tc.want {
					t.Errorf("namesBoilerplate(<div %s>) = %v, want %v", tc.attrs, got, tc.want)
				}
			}
		})
	}
}

func TestControlRule(t *testing.T) {
	for _, tc := range []struct {
		name, el    string
		want        string
		wantControl bool // isControl
	}{
		{"button", `<button>Send</button>`, RuleControls, true},
		{"input", `<input type="text">`, RuleControls, true},
		{"select", `<select><option>A</option></select>`, RuleControls, true},
		{"textarea", `<textarea>Hi</textarea>`, RuleControls, true},
		{"short role button", `<span role="button">Load more</span>`, RuleControls, true},
		{"long role button is text", `<span role="button">This long passage has a button role but reads like an article sentence.</span>`, "", false},
		{"form is a control but not removed itself", `<form><label>Name</label></form>`, "", true},
		{"short label of a field", `<label>Quantity</label><input type="number" value="1">`, RuleControls, false},
		{"label of a check box stays", `<label>Show details</label><input type="checkbox">`, "", false},
		{"label with no field stays", `<label>Ingredients</label><p>Flour and salt.</p>`, "", false},
		{"long label stays", `<label>Keep my name and e-mail in this browser</label><input type="text">`, "", false},
		{"link", `<a href="/x">Send</a>`, "", false},
		{"paragraph", `<p>Send</p>`, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<div id="w">`+tc.el+`</div>`)
			n := dom.FindFirst(domtest.ByID(root, "w"), func(*html.Node) bool { return true })
			if got := controlRule(n); got != tc.want {
				t.Errorf("controlRule = %q, want %q", got, tc.want)
			}
			if got := isControl(n); got != tc.wantControl {
				t.Errorf("isControl = %v, want %v", got, tc.wantControl)
			}
		})
	}
}

// TestHeadingButtonUnwrapped checks the controls pass on an accordion's
// section title, a button that is all of its heading's text: the words
// stay in the heading, which loses the class readability would read as the
// page's header; a button beside a heading's words goes.
func TestHeadingButtonUnwrapped(t *testing.T) {
	root := domtest.Page(t, `<h2 id="a" class="accordion-header"><button>Sharing with a team</button></h2>`+
		`<h2 id="b">Prices <button>Copy link</button></h2>`+domtest.LongP1)
	cleanTree(root)
	a, b := domtest.ByID(root, "a"), domtest.ByID(root, "b")
	if a == nil || strings.TrimSpace(dom.TextOf(a)) != "Sharing with a team" || dom.FindFirst(a, isControl) != nil || dom.HasAttr(a, "class") {
		t.Errorf("accordion title not unwrapped into its heading: %q", domtest.FlatText(root))
	}
	if b == nil || strings.Contains(dom.TextOf(b), "Copy link") || !strings.Contains(dom.TextOf(b), "Prices") {
		t.Errorf("button beside a heading's words: %q", domtest.FlatText(root))
	}
}

// TestPostCleanHeaderZone checks that the headline, standfirst, byline and
// date line leave the body when they sit above the first long paragraph,
// and stay when they come below it.
func TestPostCleanHeaderZone(t *testing.T) {
	art := &Article{
		Title:    "Council closes two bus depots",
		Subtitle: "Drivers will move to a single site by spring.",
		Authors:  []string{"Jane Doe"},
	}
	for _, tc := range []struct {
		name, line, wantRule string
	}{
		{"English byline", "By Jane Doe", RuleBylineDate},
		{"byline naming the author", "Jane Doe, transport correspondent", RuleBylineDate},
		{"German byline", "Von Hans Müller", RuleBylineDate},
		{"French byline", "Par Marie Dupont", RuleBylineDate},
		{"English date line", "Saturday 9 March 2024 18:42 GMT", RuleBylineDate},
		{"German date line", "14.05.2024, 09:15 Uhr", RuleBylineDate},
		{"French date line", "Publié le 28/09/2024 à 16h20", RuleBylineDate},
		{"Spanish date line", "21 de agosto de 2024", RuleBylineDate},
		{"Portuguese date line", "sexta-feira, 22 de outubro de 2010 às 20:13", RuleBylineDate},
		{"Russian date line", "пятница, 12 марта 2024, 10:15", RuleBylineDate},
		{"time element", `<time datetime="2024-03-09">Yesterday</time>`, RuleBylineDate},
		{"standfirst", art.Subtitle, RuleHeadline},
		{"headline repeated as a paragraph", "Council closes two bus depots", RuleHeadline},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<article id="content"><h1>Council closes two bus depots</h1>`+
				`<p>`+tc.line+`</p>`+domtest.LongP1+`<p>`+tc.line+`</p>`+domtest.LongP2+`</article>`)
			content := domtest.ByID(root, "content")
			line := domtest.FlatText(dom.FindFirst(domtest.Page(t, tc.line), func(n *html.Node) bool { return n.Data == "body" }))
			removed := postCleanTree(content, art)
			want := []Removal{{Rule: RuleHeadline, Tag: "h1", Selector: "h1", Text: art.Title}, {Rule: tc.wantRule, Tag: "p", Selector: "p", Text: line}}
			if !slices.Equal(removed, want) {
				t.Errorf("removals:\n got %+v\nwant %+v", removed, want)
			}
			text := domtest.FlatText(content)
			if n := strings.Count(text, line); n != 1 {
				t.Errorf("%q appears %d times, want once (the copy below the first long paragraph); text %q", line, n, text)
			}
			if !strings.HasPrefix(text, "The council met") {
				t.Errorf("text should start with the first long paragraph: %q", text)
			}
		})
	}
}

func TestPostCleanFullHeader(t *testing.T) {
	art := &Article{Title: "Council closes two bus depots", Subtitle: "Drivers will move to a single site by spring."}
	root := domtest.Page(t, `<article id="content"><div class="header"><p>Transport</p><h1>Council closes two bus depots</h1>`+
		`<p>Drivers will move to a single site by spring.</p><div class="meta"><p>By Jane Doe</p>`+
		`<p>Saturday 9 March 2024 18:42 GMT</p></div></div>`+
		`<figure><img src="depot.jpg"></figure>`+domtest.LongP1+
		`<h2>Council closes two bus depots</h2><p>By Jane Doe</p><p>Saturday 9 March 2024 18:42 GMT</p>`+
		`<p>Transport</p>`+domtest.LongP2+`</article>`)
	content := domtest.ByID(root, "content")
	removed := postCleanTree(content, art)
	want := []string{RuleHeadline, RuleHeadline, RuleHeadline, RuleBylineDate, RuleBylineDate}
	if got := rulesOf(removed); !slices.Equal(got, want) {
		t.Errorf("rules %q, want %q (%+v)", got, want, removed)
	}
	wantText := "The council met on Tuesday evening to debate the new transport plan, which would close two bus depots " +
		"and move about three hundred drivers to a single site near the ring road. " +
		"Council closes two bus depots By Jane Doe Saturday 9 March 2024 18:42 GMT Transport"
	if text := domtest.FlatText(content); !strings.HasPrefix(text, wantText) {
		t.Errorf("text %q\nwant prefix %q", text, wantText)
	}
	if dom.FindFirst(content, func(n *html.Node) bool { return dom.Attr(n, "class") == "header" }) != nil {
		t.Error("emptied header wrapper was left in place")
	}
	if dom.FindFirst(content, func(n *html.Node) bool { return n.Data == "img" }) == nil {
		t.Error("figure above the first paragraph was removed")
	}
}

func TestLooksLikeDate(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Saturday 9 March 2024 18:42 GMT", true},
		{"14.05.2024, 09:15 Uhr", true},
		{"Publié le 28/09/2024 à 16h20", true},
		{"21 de agosto de 2024", true},
		{"March 9, 2024", true},
		{"Updated 9 March 2024", true},
		{"Aktualisiert am 14. Mai 2024, 10:12 Uhr", true},
		{"Pubblicato il 3 maggio 2024 alle 10:30", true},
		{"Gepubliceerd op 12 maart 2024", true},
		{"9 марта 2024 г.", true},
		{"9 March 2024 London", true},                // one other word is allowed
		{"Published 9 March 2024 · Jane Doe", false}, // two are not
		// A full numeric date stands alone.
		{"09.03.2024", true},
		{"2024-03-09", true},
		{"2024-03-09T18:42:00Z", true},
		{"28/09/2024", true},
		{"09/28/2024", true},
		{"Updated 09.03.2024", true},
		// Relative stamps, with the same allowance for other words.
		{"Updated 3 hours ago", true},
		{"3 hours ago", true},
		{"Reuters · 5 min ago", true},
		{"vor 2 Stunden", true},
		{"Aktualisiert vor 2 Stunden", true},
		{"il y a 3 heures", true},
		{"Mis à jour il y a 3 heures", true},
		{"hace 2 horas", true},
		{"há 2 horas", true},
		{"2 ore fa", true},
		{"3 uur geleden", true},
		{"2 часа назад", true},
		{"He left 3 hours ago with his brother", false},
		// One date word is not enough: a bare number, or a number in a sentence.
		{"2024", false},
		{"In 2024 the town grew", false},
		{"The 2 cats", false},
		{"Chapter 12", false},
		{"By Jane Doe", false},
		{"Top 10 tips for 2024", false},
		{"The May elections", false},
		{"", false},
		// Numbers that only look like dates.
		{"31.31.2024", false},
		{"2024-13-40", false},
		{"Version 1.2.3", false},
		{"3.14", false},
		// The languages only the month table knows: date lines, reworded.
		{"Güncelleme: 20 Nisan 2026", true},
		{"Pazartesi, 20 Nisan 2026 saat 14:05", true},
		{"Aktualizacja: 3 maja 2024, 10:15", true},
		{"środa, 3 lipca 2024 r. o 18:40", true},
		{"Publikováno 12. dubna 2024", true},
		{"pátek 12. dubna 2024 v 9:30", true},
		{"Publicerad 4 juni 2024 kl. 07.12", true},
		{"Oppdatert søndag 8. september 2024", true},
		{"Julkaistu 5.3.2024 klo 12:40", true},
		{"perjantaina 3. toukokuuta 2024", true},
		{"Frissítve: 2024. április 20. 10:15", true},
		{"Publicat: 12 aprilie 2024, ora 10:15", true},
		{"Оновлено 20 квітня 2024 року о 10:15", true},
		{"Ενημερώθηκε: 20 Απριλίου 2024, 10:15", true},
		{"Objavljeno: utorak, 16. travnja 2024. u 11:20", true},
		{"2024年4月20日", true},
		{"公開日：2024年4月20日(土) 10:15", true},
		{"입력 2024.04.20 10:15", true},
		{"수정 2024.04.21 오후 1:20", true},
		{"2024/04/20", true},
		// A month's name needs a number beside it: some are words or names
		// elsewhere.
		{"Marta Nowak", false},
		{"Sie sagte 2024", false},
		{"Marco Rossi, Roma 2024", false},
		// Prose with a date inside is content.
		{"W maju 2024 rząd ogłosił nowy program budowy mieszkań dla młodych rodzin.", false},
		{"Hükümet 20 Nisan 2026 tarihinde yeni bir vergi paketini meclise sundu.", false},
		{"Vláda 12. dubna 2024 schválila novelu zákona o dani z příjmů.", false},
		{"2024年4月20日，政府宣布了一项新的住房政策。", false},
		{"Regeringen meddelade den 4 juni 2024 att skatten sänks.", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if got := lexicon.LooksLikeDate(tc.text); got != tc.want {
				t.Errorf("looksLikeDate(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// linkList is a list of n items that are all links to other stories.
func linkList(n int) string {
	titles := []string{"Rail strike called off", "New bridge opens in June", "Budget passes after late vote", "School meals to be free"}
	var b strings.Builder
	b.WriteString("<ul>")
	for _, title := range titles[:n] {
		b.WriteString(`<li><a href="/story">` + title + `</a></li>`)
	}
	b.WriteString("</ul>")
	return b.String()
}

// checkGoneKept asserts that every gone string left the text and every kept
// one stayed.
func checkGoneKept(t *testing.T, text string, gone, kept []string, removed []Removal) {
	t.Helper()
	for _, s := range gone {
		if strings.Contains(text, s) {
			t.Errorf("%q survived; text: %q", s, text)
		}
	}
	for _, s := range kept {
		if !strings.Contains(text, s) {
			t.Errorf("%q was removed; removals: %+v; text: %q", s, removed, text)
		}
	}
}

func TestRemoveLinkLists(t *testing.T) {
	plainList := "<ul><li>Two depots close</li><li>Drivers move site</li><li>Fares may fall</li></ul>"
	for _, tc := range []struct {
		name     string
		body     string
		gone     []string
		kept     []string
		removals int
	}{
		{
			name:     "link list after the last long paragraph goes with its heading",
			body:     domtest.LongP1 + domtest.LongP2 + "<h3>Elsewhere</h3>" + linkList(3),
			gone:     []string{"Elsewhere", "Rail strike called off", "Budget passes after late vote"},
			kept:     []string{"Supporters of the plan"},
			removals: 2,
		},
		{
			name:     "a wrapper of a heading and a link list after the body goes as one block",
			body:     domtest.LongP1 + domtest.LongP2 + `<div class="more"><h3>More stories</h3>` + linkList(4) + `</div>`,
			gone:     []string{"More stories", "School meals to be free"},
			removals: 1,
		},
		{
			name:     "link list mid-article under an ordinary heading is kept",
			body:     domtest.LongP1 + "<h3>Documents published by the council</h3>" + linkList(3) + domtest.LongP2,
			kept:     []string{"Documents published by the council", "Rail strike called off", "Budget passes after late vote"},
			removals: 0,
		},
		{
			name:     "link list mid-article under a related heading goes",
			body:     domtest.LongP1 + "<h3>Read more</h3>" + linkList(3) + domtest.LongP2,
			gone:     []string{"Read more", "Rail strike called off"},
			kept:     []string{"The council met", "Supporters of the plan"},
			removals: 2,
		},
		{
			name:     "list of ordinary items after the body is kept",
			body:     domtest.LongP1 + domtest.LongP2 + "<h3>At a glance</h3>" + plainList,
			kept:     []string{"At a glance", "Two depots close", "Fares may fall"},
			removals: 0,
		},
		{
			name:     "link-only paragraphs under a related label go, ad slots between them too",
			body:     domtest.LongP1 + "<p>You may also like...</p><p><a href=/a>Rail strike called off</a></p><div class=ad></div><p><a href=/b>New bridge opens in June</a></p>" + domtest.LongP2,
			gone:     []string{"You may also like", "Rail strike called off", "New bridge opens in June"},
			kept:     []string{"The council met", "Supporters of the plan"},
			removals: 3,
		},
		{
			name:     "a single link paragraph mid-article is kept",
			body:     domtest.LongP1 + "<p><a href=/a>Read the full council report</a></p>" + domtest.LongP2,
			kept:     []string{"Read the full council report"},
			removals: 0,
		},
		{
			name:     "two links are not a link list",
			body:     domtest.LongP1 + domtest.LongP2 + "<h3>Elsewhere</h3>" + linkList(2),
			kept:     []string{"Elsewhere", "Rail strike called off"},
			removals: 0,
		},
		{
			name: "link lists under headings that the article's prose follows are its own",
			body: domtest.LongP1 + "<h3>Bug fixes</h3>" + linkList(3) + "<h3>Known issues</h3>" + linkList(4) +
				"<p>Thanks to everyone who reported these problems and tested the two release candidates over the last month.</p>",
			kept:     []string{"Bug fixes", "Rail strike called off", "Known issues", "School meals to be free", "Thanks to everyone"},
			removals: 0,
		},
		{
			name:     "a link list after the body goes though a short credit line follows",
			body:     domtest.LongP1 + domtest.LongP2 + "<h3>Elsewhere</h3>" + linkList(3) + "<p>Photo: City archive</p>",
			gone:     []string{"Elsewhere", "Rail strike called off"},
			kept:     []string{"Photo: City archive"},
			removals: 2,
		},
		{
			name: "an unheaded link list after the body goes though prose follows",
			body: domtest.LongP1 + domtest.LongP2 + linkList(3) +
				"<p>The town's oldest bakery has closed after ninety years, its owners said on Monday evening.</p>",
			gone:     []string{"Rail strike called off"},
			removals: 1,
		},
		{
			// A video page: a short description and a long browse list
			// of clips in one wrapper, which as a whole is nearly all
			// links. The list goes; the description is no link.
			name: "a browse list goes from a wrapper that holds the page's one paragraph of prose",
			body: `<div class="clips"><section><p>Two engineers sailed across the bay in a boat that runs on its solar panels alone, a three-hour crossing without noise or fuel.</p></section>` +
				`<section><h3><a href="/videos">All videos</a></h3><ul>` + strings.Repeat(`<li><a href="/v">Evening news: volunteers clear the beach after the storm</a></li>`, 30) + `</ul></section></div>`,
			gone:     []string{"All videos", "volunteers clear the beach"},
			kept:     []string{"Two engineers sailed across the bay"},
			removals: 2,
		},
		{
			name: "items with text beside their links are kept",
			body: domtest.LongP1 + domtest.LongP2 + "<ul><li><a href=/a>Report</a> on the depots, with the costs per route</li>" +
				"<li><a href=/b>Minutes</a> of the meeting held last Tuesday</li><li><a href=/c>Map</a> of the new site</li></ul>",
			kept:     []string{"Report on the depots"},
			removals: 0,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<article id="content">`+tc.body+`</article>`)
			content := domtest.ByID(root, "content")
			removed := removeLinkListsTree(content)
			checkGoneKept(t, domtest.FlatText(content), tc.gone, tc.kept, removed)
			if len(removed) != tc.removals {
				t.Errorf("%d removals, want %d: %+v", len(removed), tc.removals, removed)
			}
			for _, r := range removed {
				if r.Rule != RuleLinkList {
					t.Errorf("removal %+v, want rule %q", r, RuleLinkList)
				}
			}
			if tc.removals > 0 && dom.FindFirst(content, func(n *html.Node) bool { return dom.Attr(n, "class") == "more" }) != nil {
				t.Error("emptied wrapper left in place")
			}
		})
	}
}

// cleanTree runs the pre-readability rules with no user rules and returns
// what they removed.
func cleanTree(root *html.Node) []Removal {
	p := &Pruner{}
	clean(root, p)
	return p.Removed
}

// postCleanTree runs the header-zone rules and returns what they removed.
func postCleanTree(content *html.Node, art *Article) []Removal {
	p := &Pruner{}
	postClean(content, art, p)
	return p.Removed
}

// removeLinkListsTree runs the link-list rule and returns what it removed.
func removeLinkListsTree(content *html.Node) []Removal {
	p := &Pruner{}
	removeLinkLists(content, "", p)
	return p.Removed
}

func TestIsDateStamp(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Updated at 1:23 p.m.", true},
		{"PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", true},
		{"First Published: Tuesday, November 19, 2019 08:38 AM", true},
		{"Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET", true},
		{"Posted on March 30, 2015 by Admin", true},
		{"Last updated: 3 hours ago", true},
		{"Veröffentlicht am 14.05.2024, 09:15 Uhr", true},
		{"Zuletzt aktualisiert: 14. Mai 2024", true},
		{"Publié le 28/09/2024 à 16h20 · Mis à jour le 29/09/2024 à 08h05", true},
		{"Actualizado el 21 de agosto de 2024", true},
		{"Atualizado em 3 de março de 2024", true},
		{"Aggiornato il 12 maggio 2024 alle 10:30", true},
		{"Bijgewerkt op 4 juni 2024 om 14:12", true},
		{"Опубликовано 12 марта 2024 в 10:15", true},
		{"Güncelleme: 20 Nisan 2026", true},
		{"Yayınlanma tarihi: 20 Nisan 2026 - 14:05 | Güncelleme tarihi: 21 Nisan 2026", true},
		{"Aktualizacja: 3 maja 2024, 10:15", true},
		{"Opublikowano: środa, 3 lipca 2024 r. o 18:40 przez Anna Kowalska", true},
		{"Publikováno 12. dubna 2024", true},
		{"Aktualizováno: pátek 12. dubna 2024 v 9:30", true},
		{"Senast uppdaterad 4 juni 2024 kl. 07.12", true},
		{"Sist oppdatert: 8. september 2024", true},
		{"Julkaistu 5.3.2024 klo 12:40 | Päivitetty 6.3.2024 klo 8:05", true},
		{"Publicat: 12 aprilie 2024, ora 10:15", true},
		{"Опубліковано 20 квітня 2024 року о 10:15", true},
		{"Ενημερώθηκε στις 20 Απριλίου 2024, 10:15", true},
		{"Ažurirano: 16. travnja 2024. u 11:20", true},
		{"公開日：2024年4月20日 10:15", true},
		{"입력 2024.04.20 10:15 | 수정 2024.04.21 08:00", true},
		{"Aktualizacja przepisów weszła w życie 3 maja 2024 i objęła wszystkich przedsiębiorców.", false},
		{"Güncelleme sonrası uygulama 20 Nisan 2026 itibarıyla tüm kullanıcılara açıldı.", false},
		{"Julkaistu kirja myi 5000 kappaletta vuonna 2024.", false},
		// Sentences that use the same words are content.
		{"Update: the company has since replied, saying it will refund every customer.", false},
		{"Editor's note: This story was updated at 5:45 p.m. ET to include details from the NASA telecon.", false},
		{"Originally published on Live Science.", false},
		{"The findings were published today (Nov. 18) in the journal BMJ Case Reports.", false},
		{"Published by Penguin, 2019", false},
		{"Updated", false},
		{"Aktualisiert wurde die Liste zuletzt im Mai, als drei neue Schulen hinzukamen.", false},
	} {
		if got := isDateStamp(tc.text); got != tc.want {
			t.Errorf("isDateStamp(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestRemoveDateStamps(t *testing.T) {
	root := domtest.Page(t, `<article id="content">`+domtest.LongP1+`<p>Updated at 1:23 p.m.</p>`+domtest.LongP2+
		`<p>Update: the council has since said the vote will take place on March 4.</p>`+domtest.LongP3+
		`<div><span>Veröffentlicht am 14.05.2024</span></div></article>`)
	content := domtest.ByID(root, "content")
	p := &Pruner{}
	removeDateStamps(content, p)
	checkGoneKept(t, domtest.FlatText(content),
		[]string{"Updated at 1:23", "Veröffentlicht"},
		[]string{"Update: the council has since said", "The council met", "Supporters of the plan", "Opponents warned"}, p.Removed)
	if got := rulesOf(p.Removed); !slices.Equal(got, []string{RuleDateStamp, RuleDateStamp}) {
		t.Errorf("rules %v, want two %s", got, RuleDateStamp)
	}
}

// A "related" label takes the list of teasers under it; a list under any
// other heading stays, links and all.
func TestRelatedLabelTakesItsTeaserList(t *testing.T) {
	teasers := `<ul><li>Drivers must unionize, <a href="/a">no matter what the depot says</a></li>` +
		`<li>Bus lanes are not the problem. <a href="/b">Our habits are</a></li></ul>`
	helpful := `<h3>How to take part</h3><ul><li>Write to the council, <a href="/c">using its online form</a></li>` +
		`<li>Come to the meeting <a href="/d">at the town hall on March 4</a></li></ul>`
	root := domtest.Page(t, "<article>"+domtest.LongP1+domtest.LongP2+helpful+domtest.LongP3+`<hr><div class="heading-h3">More great stories</div>`+teasers+"</article>")
	removed := cleanTree(root)
	checkGoneKept(t, domtest.FlatText(root),
		[]string{"More great stories", "Drivers must unionize", "Bus lanes are not the problem"},
		[]string{"How to take part", "Write to the council", "Come to the meeting", "Opponents warned"}, removed)
}

// Teasers may come as one list each, after a bare "More:" label; the run
// ends at the next paragraph, which is the article's again.
func TestRelatedLabelTakesARunOfLists(t *testing.T) {
	one := func(title string) string { return `<ul><li><h4><a href="/x">` + title + `</a></h4></li></ul>` }
	root := domtest.Page(t, "<article>"+domtest.LongP1+"<h4>More:</h4>"+one("Depot plan faces new vote")+"<div></div>"+one("Drivers vote to strike")+
		"<p>It did not say when the study would be ready.</p>"+domtest.LongP2+domtest.LongP3+"</article>")
	removed := cleanTree(root)
	checkGoneKept(t, domtest.FlatText(root),
		[]string{"More:", "Depot plan faces new vote", "Drivers vote to strike"},
		[]string{"It did not say when the study would be ready.", "Supporters of the plan"}, removed)
}

// TestLineScore checks that a game's score by period is told from a date
// line, which the header rule removes.
func TestLineScore(t *testing.T) {
	for text, want := range map[string]bool{
		"Rockledge 14 11 6 15 — 44":        true,
		"Hartley 7 0 14 3 10 — 34":         true,
		"Saturday, February 8, 2025":       false,
		"Published 12 March 2024 at 14:05": false,
		"09.03.2024, 10:48 Uhr":            false,
		"Tue, Nov 19, 2019 10:48 AM":       false,
		"12 5 2019":                        false,
		"Updated 3 hours ago":              false,
		"Eastfield d. Marlow 56-51":        false,
		"Le 4 avril 2024 à 18 h 30":        false,
	} {
		if got := lineScore(text); got != want {
			t.Errorf("lineScore(%q) = %v, want %v", text, got, want)
		}
	}
}
