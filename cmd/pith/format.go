package main

import (
	"fmt"
	"html"
	"strings"

	"github.com/pith-cli/pith/extract"
	"github.com/spf13/pflag"
)

// formats are the values of -f.
var formats = []string{"text", "json", "markdown", "html"}

// renderings are the values of --include: the JSON fields besides text.
var renderings = []string{"markdown", "html"}

// addFormatFlags adds the flags that shape the Markdown and HTML output and
// the toggles every format honours.
func addFormatFlags(f *pflag.FlagSet, opts *Options) {
	f.BoolVar(&opts.Links, "links", true, "keep links (--links=false prints their text only)")
	f.BoolVar(&opts.Images, "images", true, "keep images and their captions in markdown and html")
	f.BoolVar(&opts.Tables, "tables", true, "keep tables (--tables=false drops them)")
	f.StringSliceVar(&opts.Include, "include", nil, "with -f json, also these renderings: markdown, html")
	f.BoolVar(&opts.FrontMatter, "front-matter", false, "markdown: the metadata as YAML front matter instead of the title heading")
	f.BoolVar(&opts.Standalone, "standalone", false, "html: a full document with <title> and meta, not a fragment")
}

// validateFormat checks the format flags and sets the renderings that
// extraction must produce: only what will be printed.
func (o *Options) validateFormat(st *settings) error {
	r := extract.RenderOptions{NoLinks: !o.Links, NoImages: !o.Images, NoTables: !o.Tables,
		FrontMatter: o.FrontMatter, Standalone: o.Standalone}
	switch st.format {
	case "markdown":
		r.Markdown = true
	case "html":
		r.HTML = true
	}
	if len(o.Include) > 0 {
		if st.format != "json" || st.meta {
			return usagef("--include adds fields to -f json output (and --metadata-only prints none)")
		}
		for _, name := range o.Include {
			switch strings.TrimSpace(name) {
			case "markdown":
				r.Markdown = true
			case "html":
				r.HTML = true
			default:
				return usagef("unknown rendering %q for --include: use %s", name, strings.Join(renderings, ","))
			}
		}
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
	if st.extract.Render.Standalone && st.format == "html" && pages > 1 {
		return usagef("--standalone with several pages needs -o: one HTML document per file")
	}
	return nil
}

// document is what a page prints on stdout in a format other than json.
func document(format string, a *extract.Article) string {
	switch format {
	case "markdown":
		return a.Markdown
	case "html":
		return a.HTML
	}
	return a.Text
}

// separated marks a document with its source, for several pages on
// stdout: text under a "==> SOURCE <==" line, documents a blank line apart;
// Markdown under a "<!-- pith: SOURCE -->" line, also a blank line apart;
// HTML inside <article data-source="SOURCE">. later is false for the first
// document printed.
func separated(format, source, doc string, later bool) string {
	var gap string
	if later {
		gap = "\n"
	}
	switch format {
	case "markdown":
		return gap + "<!-- pith: " + commentSafe(source) + " -->\n" + doc
	case "html":
		return `<article data-source="` + html.EscapeString(source) + "\">\n" + doc + "</article>\n"
	}
	return gap + fmt.Sprintf("==> %s <==\n", source) + doc
}

// commentSafe keeps a source name inside its HTML comment and on its line:
// "--" (which could end the comment), line breaks and "%" are
// percent-encoded.
func commentSafe(source string) string {
	return strings.NewReplacer("%", "%25", "--", "-%2D", "\n", "%0A", "\r", "%0D").Replace(source)
}
