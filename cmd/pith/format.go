package main

import (
	"fmt"
	"html"
	"strings"

	"github.com/pith-cli/pith/extract"
	"github.com/spf13/pflag"
)

// format is an output format (-f): its name, the extension of its files
// under -o, the rendering extraction must make for it, and how it prints a
// page's document, alone or among several on stdout.
type format struct {
	name string
	ext  string
	// render asks extraction for the format's rendering (nil: text and
	// JSON need none beyond the text).
	render func(*extract.RenderOptions)
	// document is a page's document in the format (nil for JSON, which the
	// writer encodes itself).
	document func(*extract.Article) string
	// separate marks a document with its source among several on stdout;
	// later is false for the first one printed.
	separate func(source, doc string, later bool) string
}

var (
	formatText = &format{name: "text", ext: ".txt",
		document: func(a *extract.Article) string { return a.Text },
		separate: func(source, doc string, later bool) string {
			return gap(later) + fmt.Sprintf("==> %s <==\n", shownName(source)) + doc
		}}
	formatJSON     = &format{name: "json", ext: ".json"}
	formatMarkdown = &format{name: "markdown", ext: ".md",
		render:   func(r *extract.RenderOptions) { r.Markdown = true },
		document: func(a *extract.Article) string { return a.Markdown },
		separate: func(source, doc string, later bool) string {
			return gap(later) + "<!-- pith: " + shownName(commentSafe(source)) + " -->\n" + doc
		}}
	formatHTML = &format{name: "html", ext: ".html",
		render:   func(r *extract.RenderOptions) { r.HTML = true },
		document: func(a *extract.Article) string { return a.HTML },
		separate: func(source, doc string, _ bool) string {
			return `<article data-source="` + html.EscapeString(shownName(source)) + "\">\n" + doc + "</article>\n"
		}}
)

// allFormats are the values of -f, in the order help lists them.
var allFormats = []*format{formatText, formatJSON, formatMarkdown, formatHTML}

// formatNames are their names.
var formatNames = func() []string {
	var names []string
	for _, f := range allFormats {
		names = append(names, f.name)
	}
	return names
}()

// parseFormat is the format named name, in any case.
func parseFormat(name string) (*format, bool) {
	for _, f := range allFormats {
		if strings.EqualFold(strings.TrimSpace(name), f.name) {
			return f, true
		}
	}
	return nil, false
}

func (f *format) String() string { return f.name }

// gap is the blank line before a document that is not the first.
func gap(later bool) string {
	if later {
		return "\n"
	}
	return ""
}

// renderings are the values of --include: the JSON fields besides text
// and the metadata.
var renderings = []string{"markdown", "html", "links", "images"}

// addFormatFlags adds the flags that shape the Markdown and HTML output and
// the toggles every format honours.
func addFormatFlags(f *pflag.FlagSet, opts *Options) {
	f.BoolVar(&opts.Links, "links", true, "keep links (--links=false prints their text only)")
	f.BoolVar(&opts.Images, "images", true, "keep images and their captions in markdown and html")
	f.BoolVar(&opts.Tables, "tables", true, "keep tables (--tables=false drops them)")
	f.StringSliceVar(&opts.Include, "include", nil, "with -f json, also these fields: markdown, html, links, images")
	f.BoolVar(&opts.FrontMatter, "front-matter", false, "markdown: the metadata as YAML front matter instead of the title heading")
	f.BoolVar(&opts.Standalone, "standalone", false, "html: a full document with <title> and meta, not a fragment")
}

// validateFormat checks the format flags and sets the renderings that
// extraction must produce: only what will be printed.
func (o *Options) validateFormat(st *settings) error {
	r := extract.RenderOptions{NoLinks: !o.Links, NoImages: !o.Images, NoTables: !o.Tables,
		FrontMatter: o.FrontMatter, Standalone: o.Standalone}
	if st.format.render != nil {
		st.format.render(&r)
	}
	if len(o.Include) > 0 {
		if st.format != formatJSON || st.meta {
			return usagef("--include adds fields to -f json output (and --metadata-only prints none)")
		}
		for _, name := range o.Include {
			switch strings.ToLower(strings.TrimSpace(name)) {
			case "markdown":
				r.Markdown = true
			case "html":
				r.HTML = true
			case "links":
				r.ListLinks = true
			case "images":
				r.ListImages = true
			default:
				return usagef("unknown rendering %q for --include: use %s", name, strings.Join(renderings, ","))
			}
		}
	}
	if o.Pretty && st.format != formatJSON {
		return usagef("--pretty applies to JSON: use -f json")
	}
	if o.FrontMatter && !r.Markdown {
		return usagef("--front-matter applies to Markdown: use -f markdown or -f json --include markdown")
	}
	if o.Standalone && !r.HTML {
		return usagef("--standalone applies to HTML: use -f html or -f json --include html")
	}
	st.extract.Render = r
	return nil
}

// checkFormatPages checks the format flags against the number of pages on
// stdout (with -o each document has a file of its own).
func checkFormatPages(st settings, pages int) error {
	if st.extract.Render.Standalone && st.format == formatHTML && pages > 1 {
		return usagef("--standalone with several pages needs -o: one HTML document per file")
	}
	return nil
}

// commentSafe keeps a source name inside its HTML comment and on its line:
// "--" (which could end the comment), line breaks and "%" are
// percent-encoded.
func commentSafe(source string) string {
	return strings.NewReplacer("%", "%25", "--", "-%2D", "\n", "%0A", "\r", "%0D").Replace(source)
}
