package extract

import "github.com/pith-cli/pith/extract/internal/clean"

// Removal records one element a cleaning rule removed, and why: its Rule
// (one of the rule names below), Tag, Selector (as CSS would name it, for a
// --keep or --remove rule) and the start of its Text.
type Removal = clean.Removal

// Rules are a user's own cleaning rules, applied with pith's: CSS selectors
// whose elements are removed (Remove), CSS selectors whose elements pith's
// rules must not remove (Keep), and text patterns that remove a block whose
// whole text they match (RemoveText), added one by one or read from a rules
// file (Load). The zero value has no rules; a Rules is safe for concurrent
// use once built.
//
// Kept elements are shielded from pith's rules only: readability may still
// leave them out of the article, as it leaves out anything it does not
// take for the article's body.
type Rules = clean.Rules

// Rule names, as reported in Removal.Rule.
const (
	RuleNonContent     = clean.RuleNonContent     // scripts, styles, templates: never article text
	RuleHidden         = clean.RuleHidden         // hidden, aria-hidden or display:none/visibility:hidden
	RuleDialog         = clean.RuleDialog         // <dialog>, role=dialog/alertdialog, aria-modal
	RuleNavigation     = clean.RuleNavigation     // <nav> and navigation, menu, toolbar, search roles
	RuleClassVocab     = clean.RuleClassVocab     // class/id names of boilerplate widgets
	RuleWording        = clean.RuleWording        // short widgets whose wording is boilerplate
	RuleControls       = clean.RuleControls       // buttons and form fields
	RuleHeadline       = clean.RuleHeadline       // the headline or standfirst repeated in the body
	RuleBylineDate     = clean.RuleBylineDate     // byline and date lines above the body
	RuleLinkList       = clean.RuleLinkList       // lists of links to other stories
	RuleFurniture      = clean.RuleFurniture      // <aside>, <footer> and forms, which readability drops too
	RuleOutsideArticle = clean.RuleOutsideArticle // the page around the article it declares
	RuleAuthorBio      = clean.RuleAuthorBio      // the author's biography at the article's foot
	RuleDateStamp      = clean.RuleDateStamp      // published and updated stamps anywhere in the article
	RuleTeaserList     = clean.RuleTeaserList     // teasers for other stories after the article
	RuleSignatories    = clean.RuleSignatories    // the names under an open letter or petition
	RuleSignupBox      = clean.RuleSignupBox      // a short box around an e-mail field
	RuleShareLink      = clean.RuleShareLink      // a link to a network's share endpoint, or an e-mail share
)

// Rule names of the user's own rules, as reported in Removal.Rule.
const (
	RuleUserRemove = clean.RuleUserRemove // a --remove selector or a "remove" line of a rules file
	RuleUserText   = clean.RuleUserText   // a "remove-text" pattern of a rules file
)

// Where the article's body came from, as reported in Article.BodySource.
const (
	BodyReadability = clean.BodyReadability
	BodyDeclared    = clean.BodyDeclared // itemprop=articleBody, <article> or <main>
	BodyJSONLD      = clean.BodyJSONLD
	// BodyConserved: readability's, on a second run in which the rules that
	// judge by class, id or role spared every element holding article
	// prose, because on the first they removed more of it than the body
	// found held.
	BodyConserved = "readability with the name rules sparing prose"
)
