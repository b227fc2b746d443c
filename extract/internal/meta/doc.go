// Package meta reads a page's metadata from its untouched tree: meta tags,
// JSON-LD, the headline and the title, the byline and its authors, dates
// (declared, in the headline zone, in the URL) and the language.
package meta
