// Package extract turns a saved web page into its article: the body text with
// the site's boilerplate removed, and the page's metadata.
//
// The pipeline runs once per page and in this order; each step names the
// package that holds it (imports run one way: this package calls the
// stages, the stages share internal/dom, internal/lexicon and internal/rx,
// and no stage imports another):
//
//  1. read (internal/input): the bytes, bounded by Options.MaxSize,
//     gunzipped when gzip, unwrapped from MHTML;
//  2. decode (internal/input): to UTF-8 (BOM, declared charset, UTF-8
//     validity, detection);
//  3. parse (internal/input): once, with golang.org/x/net/html, after the
//     script-body cut and a depth cap when needed; ruby keeps its base text,
//     not its readings;
//  4. metadata (internal/meta): read from the untouched tree (JSON-LD, meta
//     tags, headline, byline, dates, language);
//  5. clean (internal/clean): a streamed page's hidden parts are put in
//     their placeholders, the hidden tab and accordion panels the
//     page's markup names (role=tabpanel, aria-controls, a tab or collapse
//     toggle's target, a framework's panel class) are shown, then named
//     boilerplate rules remove widgets before readability, each removal
//     through the Pruner's content-conservation check (no rule takes most
//     of the page's main prose, no class, id or role word takes a
//     paragraph of it); when the name rules still took
//     more prose than the body found holds, steps 3 to 7 run again on a
//     fresh parse with those rules sparing prose;
//  6. readability: internal/readability (pith's fork of
//     codeberg.org/readeck/go-readability/v2) finds the article, mutating
//     the tree instead of copying it;
//  7. post-clean (internal/clean): headline, standfirst, byline and date
//     lines leave the body; the recall guard checks what is left against
//     the body the page declares;
//  8. render (internal/render): plain text following pith's contract, and
//     Markdown and HTML when Options.Render asks for them.
//
// The package does no printing, no network access and never exits the
// process. Failures are reported with the sentinel errors below, wrapped with
// %w so callers can match them with errors.Is.
package extract
