package extract_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pith-cli/pith/extract"
)

const examplePage = `<!DOCTYPE html>
<html lang="en"><head><title>Rain returns to Ulm | Ulm Daily</title>
<meta property="og:site_name" content="Ulm Daily">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-09T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Rain returns to Ulm</h1>
<p>After six dry weeks, rain returned to Ulm on Saturday morning, and the river rose by half a metre before noon.</p>
<p>Farmers east of the city said the rain came in time for the spring sowing, though more is needed to refill the reservoirs.</p>
<p>Sign up for our newsletter</p>
</article>
<footer>© Ulm Daily</footer>
</body></html>`

// Extract reads the page and returns its article: the metadata, and the
// body text without the navigation, the footer and the newsletter prompt.
func ExampleExtract() {
	art, err := extract.Extract(strings.NewReader(examplePage), extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(art.Title)
	fmt.Println(art.Authors, art.Published, art.Language)
	fmt.Print(art.Text)
	// Output:
	// Rain returns to Ulm
	// [Jane Doe] 2024-03-09T08:00:00Z en
	// After six dry weeks, rain returned to Ulm on Saturday morning, and the river rose by half a metre before noon.
	//
	// Farmers east of the city said the rain came in time for the spring sowing, though more is needed to refill the reservoirs.
}

// Options.Render asks for more renderings; here Markdown, with links
// turned into their text.
func ExampleExtract_markdown() {
	art, err := extract.Extract(strings.NewReader(examplePage), extract.Options{
		Render: extract.RenderOptions{Markdown: true, NoLinks: true},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(art.Markdown)
	// Output:
	// # Rain returns to Ulm
	//
	// After six dry weeks, rain returned to Ulm on Saturday morning, and the river rose by half a metre before noon.
	//
	// Farmers east of the city said the rain came in time for the spring sowing, though more is needed to refill the reservoirs.
}

// A page with no article text is reported with ErrNotReadable, which
// errors.Is matches through the detail Extract wraps around it.
func ExampleExtract_notReadable() {
	_, err := extract.Extract(strings.NewReader("<html><body><p>Loading…</p></body></html>"), extract.Options{})
	fmt.Println(errors.Is(err, extract.ErrNotReadable))
	// Output: true
}
