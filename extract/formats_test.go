package extract

import (
	"strings"
	"testing"
)

// archivedLinkPage is an ordinary page (its address is its own) that
// links to an archived copy of another page on purpose.
const archivedLinkPage = `<!DOCTYPE html><html lang="en"><head><title>The lost manual, found again</title>
<link rel="canonical" href="https://blog.example/posts/lost-manual"></head><body><article>
<h1>The lost manual, found again</h1>
<p>The vendor took its old manual offline years ago, and with it the only description of the calibration steps that the older meters still need before every season of measurements in the field.</p>
<p>A copy survives <a href="https://web.archive.org/web/20120304050607/http://vendor.example/manual.html">in the Wayback Machine</a>, and we have summarised the steps below for anyone who still owns one of those meters and cannot find a paper copy.</p>
<p>First, let the meter warm up for ten minutes; then set the zero point with the probe in clean water, and only then take the reading of the reference solution, twice, a minute apart.</p>
</article></body></html>`

// TestArchivedCopyLinkKept checks that only a page that is itself a
// Wayback Machine save has its address and links unwrapped: an ordinary
// page's link to an archived copy is the link its author meant.
func TestArchivedCopyLinkKept(t *testing.T) {
	art, err := Extract(strings.NewReader(archivedLinkPage), Options{Render: RenderOptions{Markdown: true, ListLinks: true}})
	if err != nil {
		t.Fatal(err)
	}
	if art.URL != "https://blog.example/posts/lost-manual" || art.ArchiveURL != "" {
		t.Errorf("url %q, archive_url %q: an ordinary page is no save", art.URL, art.ArchiveURL)
	}
	const archived = "https://web.archive.org/web/20120304050607/http://vendor.example/manual.html"
	if !strings.Contains(art.Markdown, "]("+archived+")") {
		t.Errorf("the link to the archived copy was changed:\n%s", art.Markdown)
	}
	if len(art.Links) != 1 || art.Links[0].URL != archived || art.Links[0].Text != "in the Wayback Machine" {
		t.Errorf("links = %+v", art.Links)
	}
}

// TestListsFollowToggles checks that the links and images lists are the
// ones the formats print: none with --links=false or --images=false,
// each address once, in order.
func TestListsFollowToggles(t *testing.T) {
	page := `<html><head><link rel="canonical" href="https://site.example/a"></head><body><article><h1>T</h1>
<p>` + strings.Repeat("Words of the article that make it long enough to read. ", 12) + `<a href="/one">one</a>, <a href="/two">two</a> and <a href="/one">one again</a>, <a href="#fn1">1</a>.</p>
<figure><img src="/p.jpg" alt="P"><figcaption>The caption of P.</figcaption></figure>
<p><img src="/p.jpg" alt="P again"><img src="/q.jpg" alt="Q"></p>
<p>` + strings.Repeat("More words so that the article holds together as prose. ", 10) + `</p></article></body></html>`
	art, err := Extract(strings.NewReader(page), Options{Render: RenderOptions{ListLinks: true, ListImages: true}})
	if err != nil {
		t.Fatal(err)
	}
	var links, images []string
	for _, l := range art.Links {
		links = append(links, l.URL+" "+l.Text)
	}
	for _, i := range art.Images {
		images = append(images, i.URL+" "+i.Alt+" "+i.Caption)
	}
	if got, want := strings.Join(links, "|"), "https://site.example/one one|https://site.example/two two"; got != want {
		t.Errorf("links = %s, want %s", got, want)
	}
	if got, want := strings.Join(images, "|"), "https://site.example/p.jpg P The caption of P.|https://site.example/q.jpg Q "; got != want {
		t.Errorf("images = %s, want %s", got, want)
	}
	art, err = Extract(strings.NewReader(page), Options{Render: RenderOptions{ListLinks: true, ListImages: true, NoLinks: true, NoImages: true}})
	if err != nil {
		t.Fatal(err)
	}
	if art.Links != nil || art.Images != nil {
		t.Errorf("toggled off, yet listed: %+v %+v", art.Links, art.Images)
	}
}
