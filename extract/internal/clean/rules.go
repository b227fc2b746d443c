package clean

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
)

// Rule names of the user's own rules, as reported in Removal.Rule.
const (
	RuleUserRemove = "user-remove" // a --remove selector or a "remove" line of a rules file
	RuleUserText   = "user-text"   // a "remove-text" pattern of a rules file
)

// Rules are a user's own cleaning rules, applied with pith's: CSS selectors
// whose elements are removed, CSS selectors whose elements pith's rules must
// not remove, and text patterns that remove a block whose whole text they
// match. The zero value has no rules; a Rules is safe for concurrent use once
// built.
//
// Kept elements are shielded from pith's rules only: readability may still
// leave them out of the article, as it leaves out anything it does not
// take for the article's body.
type Rules struct {
	remove     []selectorRule
	keep       []selectorRule
	removeText []textRule
}

type selectorRule struct {
	source string
	sel    cascadia.Matcher
}

type textRule struct {
	source string
	re     *regexp.Regexp
}

// Remove adds a CSS selector whose elements are removed from every page.
func (r *Rules) Remove(selector string) error {
	s, err := compileSelector(selector)
	if err == nil {
		r.remove = append(r.remove, s)
	}
	return err
}

// Keep adds a CSS selector whose elements pith's own rules leave in place.
func (r *Rules) Keep(selector string) error {
	s, err := compileSelector(selector)
	if err == nil {
		r.keep = append(r.keep, s)
	}
	return err
}

// RemoveText adds a regular expression (RE2 syntax) that removes a text
// block — a paragraph, heading, list item or a div of text — when it
// matches the block's whole text, spaces collapsed. Prefix the pattern with
// (?i) to ignore case.
func (r *Rules) RemoveText(pattern string) error {
	re, err := regexp.Compile(`^(?:` + pattern + `)$`)
	if err != nil {
		return fmt.Errorf("text pattern %q: %w", pattern, err)
	}
	r.removeText = append(r.removeText, textRule{source: pattern, re: re})
	return nil
}

// Load reads rules in pith's rules-file format: one rule a line, a
// directive and its argument separated by spaces —
//
//	# comments and blank lines are ignored
//	remove .newsletter-signup, aside.promo
//	keep figure.lead-image
//	remove-text (?i)sponsored content|advertisement
//
// name labels errors ("name:3: …").
func (r *Rules) Load(in io.Reader, name string) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		directive, arg, _ := strings.Cut(text, " ")
		arg = strings.TrimSpace(arg)
		if arg == "" {
			return fmt.Errorf("%s:%d: %q needs an argument", name, line, directive)
		}
		var err error
		switch directive {
		case "remove":
			err = r.Remove(arg)
		case "keep":
			err = r.Keep(arg)
		case "remove-text":
			err = r.RemoveText(arg)
		default:
			err = fmt.Errorf("unknown directive %q (want remove, keep or remove-text)", directive)
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func compileSelector(selector string) (selectorRule, error) {
	sel, err := cascadia.ParseGroup(selector)
	if err != nil {
		return selectorRule{}, fmt.Errorf("CSS selector %q: %w", selector, err)
	}
	return selectorRule{source: selector, sel: sel}, nil
}

// applyUserRemovals removes what the user's remove selectors and text
// patterns match under root.
func (r *Rules) applyUserRemovals(root *html.Node, p *Pruner) {
	if r == nil {
		return
	}
	for _, rule := range r.remove {
		for _, n := range cascadia.QueryAll(root, rule.sel) {
			if dom.Attached(n, root) {
				p.force(n, RuleUserRemove+": "+rule.source)
			}
		}
	}
	if len(r.removeText) == 0 {
		return
	}
	for _, block := range dom.TextBlocks(root) {
		if !dom.Attached(block, root) {
			continue
		}
		text := dom.NormalizeSpace(dom.TextOf(block))
		for _, rule := range r.removeText {
			if rule.re.MatchString(text) {
				p.force(block, RuleUserText+": "+rule.source)
				break
			}
		}
	}
}

// shield finds the elements the user's keep selectors protect.
func (r *Rules) shield(root *html.Node) shield {
	if r == nil || len(r.keep) == 0 {
		return shield{}
	}
	s := shield{kept: map[*html.Node]bool{}, holdsKept: map[*html.Node]bool{}}
	for _, rule := range r.keep {
		for _, n := range cascadia.QueryAll(root, rule.sel) {
			s.kept[n] = true
			for p := n.Parent; p != nil && !s.holdsKept[p]; p = p.Parent {
				s.holdsKept[p] = true
			}
		}
	}
	return s
}

// Reshield extends p's shield to the elements the user's keep selectors
// match under root: readability builds the article from new elements, so
// the kept elements found in the page before it are not those the
// post-clean's headline and byline rules see.
func (p *Pruner) Reshield(rules *Rules, root *html.Node) {
	more := rules.shield(root)
	if len(more.kept) == 0 {
		return
	}
	if p.shield.kept == nil {
		p.shield = more
		return
	}
	for n := range more.kept {
		p.shield.kept[n] = true
	}
	for n := range more.holdsKept {
		p.shield.holdsKept[n] = true
	}
}

// shield is the set of elements pith's rules must leave in place: the kept
// elements, everything inside them, and their ancestors (removing an
// ancestor would remove them too).
type shield struct {
	kept      map[*html.Node]bool
	holdsKept map[*html.Node]bool
}

// protects reports whether n may not be removed.
func (s shield) protects(n *html.Node) bool {
	if len(s.kept) == 0 {
		return false
	}
	if s.holdsKept[n] {
		return true
	}
	for ; n != nil; n = n.Parent {
		if s.kept[n] {
			return true
		}
	}
	return false
}

// Pruner removes elements for pith's rules, records each removal, and
// leaves alone what the shield protects.
type Pruner struct {
	shield  shield
	Removed []Removal
	// Prose is the article prose (see articleProse) of the tree being
	// cleaned; 0 turns the conservation checks off.
	Prose      int
	paragraphs int // the long paragraphs Prose counts
	// Risky counts the article prose the name rules removed; Conserve makes
	// them spare every element holding some (conserve.go).
	Risky    int
	Conserve bool
	paras    paraMemo // during a run of the rules, the paragraphs counted
	// Observe, when set, sees each element just before a rule removes it:
	// the conservation property test checks what each rule takes.
	Observe func(n *html.Node, rule string)
}

// remove removes n for rule unless the shield protects it or the
// conservation invariant forbids it, and reports whether it did.
func (p *Pruner) remove(n *html.Node, rule string) bool {
	if p.shield.protects(n) || p.spares(n, rule) {
		return false
	}
	p.force(n, rule)
	return true
}

// force removes n for rule whatever the shield says: the user's own
// removals win over their keeps.
func (p *Pruner) force(n *html.Node, rule string) {
	if p.Observe != nil {
		p.Observe(n, rule)
	}
	p.Removed = append(p.Removed, removal(n, rule))
	p.paras.forget(n)
	dom.RemoveNode(n)
}

// removeWithEmptyParents removes n, then each ancestor below root left
// without text or media, as far as the shield allows.
func (p *Pruner) removeWithEmptyParents(n, root *html.Node, rule string) bool {
	parent := n.Parent
	if !p.remove(n, rule) {
		return false
	}
	for parent != nil && parent != root && !dom.HasText(parent) && dom.FindFirst(parent, dom.IsMedia) == nil && !p.shield.protects(parent) {
		next := parent.Parent
		p.paras.forget(parent)
		dom.RemoveNode(parent)
		parent = next
	}
	return true
}
