package extract

import (
	"encoding/json"
	"fmt"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/extract/internal/render"
	"github.com/pith-cli/pith/internal/dom"
)

// RenderOptions chooses which renderings Extract fills in besides
// Article.Text and what every rendering keeps. The zero value renders text
// only and keeps links, images and tables.
type RenderOptions struct {
	// Markdown fills Article.Markdown with the article as CommonMark with
	// GitHub's tables. Off by default: text runs pay nothing for it.
	Markdown bool
	// HTML fills Article.HTML with the article as sanitized HTML.
	HTML bool
	// NoLinks turns links into their text.
	NoLinks bool
	// NoImages drops images, and the figures that hold them with their captions.
	NoImages bool
	// NoTables drops tables, also from Article.Text.
	NoTables bool
	// FrontMatter opens the Markdown with the metadata as YAML front matter
	// instead of the title as a top-level heading.
	FrontMatter bool
	// Standalone makes the HTML a full document with <title> and meta
	// elements instead of a fragment.
	Standalone bool
	// ListLinks fills Article.Links with the article's links, and
	// ListImages Article.Images with its images (none with NoLinks or
	// NoImages): the ones the Markdown and HTML print, in order, each
	// address once.
	ListLinks, ListImages bool
	// AssetDir is the folder of the page as seen from where the output is
	// written: the references into a local save's "<stem>_files" folder
	// are rewritten relative to it. "" keeps them as the page wrote them,
	// right for output beside the page.
	AssetDir string
}

// render fills the renderings opts asks for from the cleaned article. The
// article tree itself is never changed: each rendering works on a copy.
func (a *Article) render(content *html.Node, opts RenderOptions) error {
	if opts.NoTables {
		a.Text, _ = bodyText(render.ApplyToggles(content, render.Options(opts)))
	}
	if opts.Markdown {
		md, err := renderMarkdown(a, content, opts)
		if err != nil {
			return fmt.Errorf("markdown: %w", err)
		}
		a.Markdown = md
	}
	if opts.HTML {
		h, err := renderHTML(a, content, opts)
		if err != nil {
			return fmt.Errorf("html: %w", err)
		}
		a.HTML = h
	}
	if opts.ListLinks || opts.ListImages {
		links, images := render.Lists(a.head(), content, render.Options(opts))
		if opts.ListLinks {
			a.Links = links
		}
		if opts.ListImages {
			a.Images = images
		}
	}
	return nil
}

// head is what the renderings say about a besides its body.
func (a *Article) head() *render.Head {
	return &render.Head{
		URL: a.URL, Title: a.Title, Subtitle: a.Subtitle, SiteName: a.SiteName,
		Published: a.Published, Modified: a.Modified, Language: a.Language,
		Description: a.Description, Authors: a.Authors, Tags: a.Tags,
		Base: dom.FirstNonEmpty(a.ArchiveURL, a.URL),
		Meta: func() ([]byte, error) {
			meta := *a
			meta.Text, meta.Markdown, meta.HTML = "", "", ""
			meta.Links, meta.Images = nil, nil // data, not metadata
			return json.Marshal(meta)
		},
	}
}

// frontMatter returns a's metadata, without the renderings, as YAML front
// matter (see render's frontMatter).
func frontMatter(a *Article) (string, error) {
	js, err := a.head().Meta()
	if err != nil {
		return "", err
	}
	return render.FrontMatter(js)
}

// renderMarkdown renders a as Markdown (see render's Markdown).
func renderMarkdown(a *Article, content *html.Node, opts RenderOptions) (string, error) {
	return render.Markdown(a.head(), content, render.Options(opts))
}

// renderHTML renders a as HTML (see render's HTML).
func renderHTML(a *Article, content *html.Node, opts RenderOptions) (string, error) {
	return render.HTML(a.head(), content, render.Options(opts))
}
