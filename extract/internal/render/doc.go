// Package render writes the cleaned article: plain text following pith's
// contract, Markdown (with optional YAML front matter) and sanitized HTML,
// each from a copy of the tree with the options' toggles applied.
package render
