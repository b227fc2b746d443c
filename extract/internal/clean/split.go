package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// A split article. Some pages put each section of a story in its own
// module — a chain of wrappers around a heading and a few paragraphs —
// with the page's furniture (an audio player, a link box) in modules of
// its own between them. Readability scores the modules one by one and may
// keep one run of them: the story from its middle on, say. The page's own
// markup says where the rest is: the story's paragraphs share a class
// (p.text, p.article-paragraph) that the paragraphs readability kept
// carry too. When at least as many long paragraphs of that class lie
// outside readability's body as in it, the body becomes the smallest
// element holding them all, post-cleaned like readability's.

// BodySplit is the body source of a split article's completed body.
const BodySplit = "the element holding all the paragraphs classed like readability's"

// splitMinWords: the long paragraphs readability left out must hold at
// least this many words; fewer are a teaser's or a box's.
const splitMinWords = 100

// CompleteSplit returns the body of a split article that readability's
// content holds only part of (see above), post-cleaned, with pr's removals
// after the cleaning's replaced by its post-cleaning's; else content and
// pr's removals. root is the cleaned page, which readability left as it
// was.
func CompleteSplit(root, content *html.Node, pr *Pruner, cleaned int, art *Article) (*html.Node, []Removal) {
	if content == nil {
		return content, pr.Removed
	}
	class, inContent, long := splitClass(content)
	if class == "" || pr.paragraphs*2 <= long*3 {
		// Firing takes more classed paragraphs outside the content than in
		// it (over half of its long ones): the page must hold more than
		// half as many long paragraphs again as the content (the common
		// case ends here, without a walk of the page).
		return content, pr.Removed
	}
	var all []*html.Node
	for p := range dom.Elements(root) {
		if p.DataAtom == atom.P && dom.Attr(p, "class") == class && proseParagraph(p) > 0 && !inComments(p) {
			all = append(all, p) // reader comments are prose too, often classed alike
		}
	}
	if len(all) < 2*inContent {
		return content, pr.Removed // readability kept most of them (the common case)
	}
	kept := map[string]bool{}
	for p := range dom.Elements(content) {
		if p.DataAtom == atom.P && proseParagraph(p) > 0 {
			kept[dom.NormalizeSpace(dom.TextOf(p))] = true
		}
	}
	missing, missingWords := 0, 0
	for _, p := range all {
		if !kept[dom.NormalizeSpace(dom.TextOf(p))] {
			missing++
			missingWords += proseParagraph(p)
		}
	}
	if inside := len(all) - missing; missing < inside || missingWords < splitMinWords || inside*2 < len(kept) {
		return content, pr.Removed
	}
	holder := commonAncestor(all)
	if holder == nil || holder.DataAtom == atom.Body || holder.DataAtom == atom.Html {
		return content, pr.Removed
	}
	body := dom.CloneTree(holder)
	post := &Pruner{shield: pr.shield, Observe: pr.Observe}
	PostCleanAll(body, art, post)
	words, found := dom.WordsIn(body), dom.WordsIn(content)
	if prose, _ := articleProse(body); words*2 > found*3 && prose*2 >= words {
		art.BodySource = BodySplit
		return body, append(pr.Removed[:cleaned], post.Removed...)
	}
	return content, pr.Removed
}

// splitClass returns the class most of content's long prose paragraphs
// carry, how many carry it, and how many there are; "" when no class is
// carried by most.
func splitClass(content *html.Node) (class string, carry, long int) {
	var counts map[string]int
	for p := range dom.Elements(content) {
		if p.DataAtom != atom.P || proseParagraph(p) == 0 {
			continue
		}
		long++
		if c := dom.Attr(p, "class"); c != "" {
			if counts == nil {
				counts = map[string]int{}
			}
			counts[c]++
		}
	}
	best := ""
	for c, n := range counts {
		if n > counts[best] || n == counts[best] && c < best {
			best = c
		}
	}
	if counts[best]*2 <= long {
		return "", 0, long // the class of a few paragraphs only
	}
	return best, counts[best], long
}

// commonAncestor returns the deepest element holding every node of ns.
func commonAncestor(ns []*html.Node) *html.Node {
	if len(ns) == 0 {
		return nil
	}
	depth := func(n *html.Node) int {
		d := 0
		for ; n != nil; n = n.Parent {
			d++
		}
		return d
	}
	a := ns[0].Parent
	for _, n := range ns[1:] {
		b := n
		da, db := depth(a), depth(b)
		for ; db > da; db-- {
			b = b.Parent
		}
		for ; da > db; da-- {
			a = a.Parent
		}
		for a != b {
			a, b = a.Parent, b.Parent
		}
		if a == nil {
			return nil
		}
	}
	return a
}

// inComments reports whether an ancestor of n is named for reader comments.
func inComments(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && NamesComments(a) {
			return true
		}
	}
	return false
}

// FillGaps puts back into readability's content the paragraphs it dropped
// from the middle of the story: a paragraph of the class most of the
// content's long paragraphs carry, lying between two that it kept, that
// is a sentence rather than a link (under half its words in links).
// Readability drops a short paragraph with a link in it when the paragraph
// sits alone in its module ("Both applied to join <a>in May 2022</a>,
// shortly after…" reads as link-dense); the page's markup says it is one
// of the story's. It returns how many it put back, each after the kept
// paragraph before it. It runs before the post-cleaning, which judges the
// paragraphs it puts back like the others.
func FillGaps(root, content *html.Node) int {
	if content == nil {
		return 0
	}
	class, _, _ := splitClass(content)
	if class == "" {
		return 0
	}
	classed := func(n *html.Node) []*html.Node {
		var ps []*html.Node
		for p := range dom.Elements(n) {
			if p.DataAtom == atom.P && dom.Attr(p, "class") == class && dom.HasText(p) {
				ps = append(ps, p)
			}
		}
		return ps
	}
	kept, onPage := classed(content), classed(root)
	if len(onPage) <= len(kept) {
		return 0 // none dropped (the common case): no text compared
	}
	inContent := map[string]*html.Node{}
	for _, p := range kept {
		if text := dom.NormalizeSpace(dom.TextOf(p)); inContent[text] == nil {
			inContent[text] = p
		}
	}
	type para struct {
		n    *html.Node
		kept *html.Node // its copy in content; nil when dropped
	}
	paras := make([]para, len(onPage))
	for i, p := range onPage {
		paras[i] = para{p, inContent[dom.NormalizeSpace(dom.TextOf(p))]}
	}
	first, last := -1, -1 // the first and last kept paragraphs: nothing after the last is put back
	for i, p := range paras {
		if p.kept != nil {
			last = i
			if first < 0 {
				first = i
			}
		}
	}
	restored := 0
	if first > 0 {
		restored += restoreLead(paras[first].n, paras[first].kept, func(i int) *html.Node { return paras[i].n }, first)
	}
	var prev *html.Node // the copy of the kept or restored paragraph before
	for _, p := range paras[:last+1] {
		if p.kept != nil {
			prev = p.kept
			continue
		}
		if prev == nil || inComments(p.n) {
			continue
		}
		if halfLinks(p.n) && !linkedSentence(p.n) {
			continue // a link line, not a sentence
		}
		c := dom.CloneTree(p.n)
		prev.Parent.InsertBefore(c, prev.NextSibling)
		prev = c
		restored++
	}
	return restored
}

// restoreLead puts back the story's opening when readability kept the
// story from its second module on: a split story's first module (its lead
// paragraphs, above the lead image or an advertisement) and the module
// readability kept are two wrappers of the same element and class
// (div.story-text and div.story-text), each around paragraphs of the
// story's class. The run of classed paragraphs right before the first kept
// one (at(0) … at(n-1) in page order) comes back, in order, before its
// copy kept, while each sits in a wrapper like anchor's (anchor is the
// first kept paragraph on the page) and is a sentence rather than a link.
// It returns how many it put back.
func restoreLead(anchor, kept *html.Node, at func(int) *html.Node, n int) int {
	module := anchor.Parent
	if module == nil || module.Type != html.ElementNode || dom.Attr(module, "class") == "" || kept.Parent == nil {
		return 0
	}
	if !opensContent(kept) {
		return 0 // the content's text starts elsewhere: its opening is not missing
	}
	from := n
	for i := n - 1; i >= 0; i-- {
		p := at(i)
		w := p.Parent
		if w == nil || w == module || w.DataAtom != module.DataAtom || dom.Attr(w, "class") != dom.Attr(module, "class") || inComments(p) {
			break // not a module of its own like the kept one's
		}
		if halfLinks(p) {
			break // a link, not a sentence
		}
		from = i
	}
	for i := from; i < n; i++ {
		kept.Parent.InsertBefore(dom.CloneTree(at(i)), kept)
	}
	return n - from
}

// opensContent reports whether no text comes before n in its tree (in
// its body, when the tree is a page's).
func opensContent(n *html.Node) bool {
	for at := n; at.Parent != nil && at.DataAtom != atom.Body; at = at.Parent {
		for s := at.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" || s.Type == html.ElementNode && dom.HasText(s) {
				return false
			}
		}
	}
	return true
}

// FillModuleGaps puts back into readability's content the modules it
// dropped from the middle of a run of like modules: a listicle's items
// (a heading, often linked to the place or product it names, a photo and
// a short paragraph, each in a wrapper of one element and class). Each
// item is judged alone, so the items whose heading link is long beside
// their paragraph read as link-dense and go, while their neighbours stay:
// the list comes out with holes. The page's markup says they are one
// list. A module comes back when it lies between two kept modules of the
// same element and class under the same parent on the page, holds a
// paragraph, and is a sentence rather than a link (under half its words
// in links); each goes after the kept or restored module before it. The
// page's first module of the run comes back too, before the kept ones,
// when it is the only one dropped before them and holds a sentence. It
// returns how many it put back, and runs before the post-cleaning, which
// judges them like the others.
func FillModuleGaps(root, content *html.Node) int {
	if content == nil {
		return 0
	}
	type key struct {
		tag   string
		class string
	}
	// The page's tag: readability renames some elements it keeps (a div to
	// a p) but leaves their atom.
	keyOf := func(n *html.Node) key { return key{pageTag(n), dom.Attr(n, "class")} }
	// Runs of two or more classed sibling wrappers of one key in the
	// content (a run of bare paragraphs is FillGaps' to mend).
	runs := map[key]*html.Node{} // each key's first run's parent
	var order []key              // the keys in document order, for a stable result
	scan := func(parent *html.Node) {
		var prevKey key
		count := 0
		for c := parent.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom == atom.P || dom.Attr(c, "class") == "" {
				continue
			}
			k := keyOf(c)
			if k == prevKey {
				count++
			} else {
				prevKey, count = k, 1
			}
			if count == 2 && runs[k] == nil {
				runs[k] = c.Parent
				order = append(order, k)
			}
		}
	}
	scan(content)
	for parent := range dom.Elements(content) {
		scan(parent)
	}
	if len(runs) == 0 {
		return 0 // the common case: no run of like modules
	}
	inContent, onPage := map[key]int{}, map[key]int{}
	for n := range dom.Elements(content) {
		if k := keyOf(n); runs[k] != nil {
			inContent[k]++
		}
	}
	for n := range dom.Elements(root) {
		if k := keyOf(n); runs[k] != nil {
			onPage[k]++
		}
	}
	restored := 0
	for _, k := range order {
		if onPage[k] <= inContent[k] {
			continue // none dropped
		}
		restored += fillRun(root, content, runs[k], func(n *html.Node) bool { return n.Type == html.ElementNode && keyOf(n) == k })
	}
	return restored
}

// fillRun restores the modules (like reports which) that readability
// dropped between two it kept under kept, its copy of their parent on
// the page. It finds the page's parent by the text of kept's first module.
func fillRun(root, content, kept *html.Node, like func(*html.Node) bool) int {
	copies := map[string]*html.Node{}
	var first *html.Node
	for c := kept.FirstChild; c != nil; c = c.NextSibling {
		if like(c) {
			if first == nil {
				first = c
			}
			copies[dom.NormalizeSpace(dom.TextOf(c))] = c
		}
	}
	firstText := dom.NormalizeSpace(dom.TextOf(first))
	var parent *html.Node
	for n := range dom.Elements(root) {
		if like(n) && n.Parent != nil && dom.NormalizeSpace(dom.TextOf(n)) == firstText {
			parent = n.Parent
			break
		}
	}
	if parent == nil || NamesComments(parent) || inComments(parent) {
		return 0
	}
	var mods []*html.Node
	last := -1
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if like(c) {
			if copies[dom.NormalizeSpace(dom.TextOf(c))] != nil {
				last = len(mods)
			}
			mods = append(mods, c)
		}
	}
	if last < 0 {
		return 0
	}
	// Readability keeps some modules in another shape (a wrapper around one
	// paragraph becomes the paragraph): a module any of whose paragraphs
	// the content holds was not dropped.
	inContent := map[string]bool{}
	for p := range dom.Elements(content) {
		if p.DataAtom == atom.P {
			inContent[dom.NormalizeSpace(dom.TextOf(p))] = true
		}
	}
	dropped := func(m *html.Node) bool {
		if !dom.HasText(m) {
			return false
		}
		paragraphs, held := 0, false
		for p := range dom.Elements(m) {
			if isParagraph(p) {
				paragraphs++
				held = held || inContent[dom.NormalizeSpace(dom.TextOf(p))]
			}
		}
		return paragraphs > 0 && !held && !halfLinks(m) // halfLinks: a link, not a sentence
	}
	restored := 0
	firstKept := -1
	var prev *html.Node // the copy of the kept or restored module before
	for i, m := range mods[:last+1] {
		if cp := copies[dom.NormalizeSpace(dom.TextOf(m))]; cp != nil {
			if firstKept < 0 {
				firstKept = i
			}
			prev = cp
			continue
		}
		if prev == nil || !dropped(m) {
			continue
		}
		c := dom.CloneTree(m)
		prev.Parent.InsertBefore(c, prev.NextSibling)
		prev = c
		restored++
	}
	// The list's first item, when it is the only one readability dropped
	// before the kept run (its neighbour on the page is the run's first):
	// readability judged it alone, as it judged the gaps. Only the very
	// first module of the page's run comes back, and only with a sentence
	// of prose. The last item stays out: a closing note after the list
	// ("we'd like to hear from you… follow us") often shares the items'
	// class and reads as prose.
	if firstKept == 1 && dropped(mods[0]) && dom.FindFirst(mods[0], articleSentence) != nil {
		kept := copies[dom.NormalizeSpace(dom.TextOf(mods[1]))]
		kept.Parent.InsertBefore(dom.CloneTree(mods[0]), kept)
		restored++
	}
	return restored
}

// isParagraph reports whether n is a paragraph with text.
func isParagraph(n *html.Node) bool { return n.DataAtom == atom.P && dom.HasText(n) }

// linkedSentence reports whether p, most of whose words are a link, is
// still a sentence of the story: it opens with words of its own and ends
// with a full stop, a question or an exclamation mark outside the link
// ("It also <a>co-ordinates military plans</a>."), as a link line ("Read
// more: <a>…</a>") or a teaser's title does not.
func linkedSentence(p *html.Node) bool {
	first, last := p.FirstChild, p.LastChild
	for first != nil && first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
		first = first.NextSibling
	}
	for last != nil && last.Type == html.TextNode && strings.TrimSpace(last.Data) == "" {
		last = last.PrevSibling
	}
	if first == nil || last == nil || first == last || first.Type != html.TextNode || last.Type != html.TextNode {
		return false
	}
	end := strings.TrimSpace(last.Data)
	return dom.WordCount(first.Data) >= 2 && strings.ContainsAny(end[len(end)-1:], ".!?")
}

// halfLinks reports whether half or more of n's words (or all of none) are
// link text: a link line or a teaser, not one of the story's sentences.
func halfLinks(n *html.Node) bool { return dom.LinkWords(n)*2 >= dom.WordsIn(n) }
