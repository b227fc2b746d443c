// Package extract turns a saved web page into its article: the body text with
// the site's boilerplate removed, and the page's metadata.
//
// The pipeline runs once per page and in this order:
//
//  1. read: the bytes, bounded by Options.MaxSize, gunzipped when gzip;
//  2. decode: to UTF-8 (BOM, declared charset, UTF-8 validity);
//  3. parse: once, with golang.org/x/net/html, after a depth cap when needed;
//  4. metadata: read from the untouched tree (JSON-LD, meta tags, headline);
//  5. clean: named boilerplate rules remove widgets before readability;
//  6. readability: internal/readability (pith's fork of
//     codeberg.org/readeck/go-readability/v2) finds the article, mutating
//     the tree instead of copying it;
//  7. post-clean: headline, standfirst, byline and date lines leave the body;
//  8. render: plain text following pith's contract.
//
// The package does no printing, no network access and never exits the
// process. Failures are reported with the sentinel errors below, wrapped with
// %w so callers can match them with errors.Is.
package extract
