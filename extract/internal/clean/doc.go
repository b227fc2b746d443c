// Package clean removes the page's boilerplate, before readability (named
// rules: markup, class vocabulary, wording widgets, the user's rules, focus
// on a declared article) and after it (headline, byline and date lines,
// date stamps, link lists, author bios), and guards the body's recall
// against the element or JSON-LD body the page declares.
package clean
