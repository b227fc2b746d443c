package render

import (
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/dom/domtest"
)

// bigPNG is a data: URL long enough to be a picture, not a pixel.
const bigPNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAr0lEQVR42g3IIQ7CMBiA0S+pWYMkwaAm6iZp5iom/wQ/j6ugoicgmURWzVTNY3sB5FQlqeUa8OQDMCAQIEGBBuq/WIw9iD0F2yc7FDs2Oyl7BY/xJ/FD8FPyc/H35hflV8iY3EueQr6lvJS8tfxW+QsVUwepc6hLqq9SP612ql5AY/Qo+h70lvSn6GPTovQDHMZN4pbg3sl1xUlzT+V2iJh4lbiG+E3xUuKjxV3F8w/i4kJxiAf0OgAAAABJRU5ErkJggg=="

// pixel is a 1×1 GIF, the tracking pixels' and lazy loaders' data: URL.
const pixel = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

// TestImageSource checks where an image's real address is found, and that
// placeholders and pixels never are one.
func TestImageSource(t *testing.T) {
	base, _ := url.Parse("https://news.example/2024/story.html")
	for _, tc := range []struct{ name, in, want string }{
		{"plain src, as readability left it", `<img id="i" src="/a.jpg">`, "/a.jpg"},
		{"data-src behind a pixel", `<img id="i" src="` + pixel + `" data-src="b.jpg">`, "https://news.example/2024/b.jpg"},
		{"data-lazy-src behind a placeholder file", `<img id="i" src="/img/placeholder.svg" data-lazy-src="https://cdn.example/c.jpg">`, "https://cdn.example/c.jpg"},
		{"data-original behind a spacer", `<img id="i" src="/spacer.gif" data-original="/d.png">`, "https://news.example/d.png"},
		{"widest of a srcset", `<img id="i" src="s.jpg" srcset="s.jpg 320w, l.jpg 1280w, m.jpg 640w">`, "l.jpg"},
		{"widest of a data-srcset", `<img id="i" src="` + pixel + `" data-srcset="m.jpg 2x, s.jpg 1x">`, "https://news.example/2024/m.jpg"},
		{"a picture's source when its img has nothing",
			`<picture id="i"><source type="image/webp" srcset="p-800.webp 800w, p-1600.webp 1600w"><img src="` + pixel + `" alt="x"></picture>`,
			"p-1600.webp"},
		{"a picture's img before its sources",
			`<picture id="i"><source type="image/webp" srcset="p.webp 1600w"><img src="p.jpg" alt="x"></picture>`,
			"p.jpg"},
		{"the noscript copy beside a lazy image",
			`<p><img id="i" class="lazy" src="` + pixel + `"><noscript><img src="/real.jpg"></noscript></p>`,
			"https://news.example/real.jpg"},
		{"amp-img", `<amp-img id="i" src="/amp.jpg" width="800" height="600"></amp-img>`, "https://news.example/amp.jpg"},
		{"a real inline image when nothing else", `<img id="i" src="` + bigPNG + `">`, bigPNG},
		{"a pixel is no source", `<img id="i" src="` + pixel + `">`, ""},
		{"placeholder files are no source", `<img id="i" src="/assets/lazy-placeholder.png" data-src="/blank.gif">`, ""},
		{"an inline SVG box is no source", `<img id="i" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 3 2'%3E%3C/svg%3E">`, ""},
		{"a local save's folder stays relative", `<img id="i" data-src="./story_files/e.jpg">`, "./story_files/e.jpg"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := domtest.ByID(domtest.Body(t, tc.in), "i")
			if n == nil {
				t.Fatalf("no element i in %s", tc.in)
			}
			if got := ImageSource(n, base); got != tc.want {
				t.Errorf("ImageSource = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestIsPlaceholder checks placeholder file names against real ones that
// share their words.
func TestIsPlaceholder(t *testing.T) {
	for _, v := range []string{"/img/placeholder.svg", "blank.gif", "/s/spacer.png", "lazy-load.png", "1x1.gif",
		"https://cdn.example/transparent.png?v=2", "image-placeholder.jpg", "grey.gif"} {
		if !IsPlaceholder(v) {
			t.Errorf("%s: not a placeholder", v)
		}
	}
	for _, v := range []string{"/photos/blank-verse-reading.jpg", "image.jpg", "loading-dock-fire.jpg",
		"/2024/empty-shelves.webp", "pixel-art-museum.png", "https://cdn.example/a/b/c.jpg"} {
		if IsPlaceholder(v) {
			t.Errorf("%s: a real picture taken for a placeholder", v)
		}
	}
}

// TestIsLocalAsset checks the shape of a local save's references.
func TestIsLocalAsset(t *testing.T) {
	for _, v := range []string{"story_files/a.jpg", "./Die Seite_files/b.webp", "./x_files/sub/c.png"} {
		if !IsLocalAsset(v) {
			t.Errorf("%s: not a local save's reference", v)
		}
	}
	for _, v := range []string{"/story_files/a.jpg", "https://site.example/story_files/a.jpg", "_files/a.jpg",
		"story_files", "img/story_files/a.jpg", "../story_files/a.jpg", "//cdn.example/x_files/a.jpg"} {
		if IsLocalAsset(v) {
			t.Errorf("%s: taken for a local save's reference", v)
		}
	}
}

// TestResolveImagesDropsSourceless checks that every image printed has its
// real source and that images without one, and their orphaned captions,
// go.
func TestResolveImagesDropsSourceless(t *testing.T) {
	body := domtest.Body(t, `<div>
<p>Text before the pictures, long enough to be a paragraph of its own.</p>
<figure><img src="`+pixel+`" class="lazyload"><figcaption>Die Anlage im Morgenlicht</figcaption></figure>
<div class="photo"><img src="/blank.gif"></div><p class="credit">Foto: Jana Muster</p>
<p><img src="`+pixel+`" data-src="/kept.jpg" alt="kept"></p><p class="caption">Kept caption beside its image</p>
<img src="/counter.gif" width="1" height="1">
</div>`)
	h, err := HTML(&Head{Base: "https://site.example/a/"}, body, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"Die Anlage", "Foto: Jana", "blank.gif", "counter.gif", "data:image/gif"} {
		if strings.Contains(h, gone) {
			t.Errorf("%q survives:\n%s", gone, h)
		}
	}
	for _, kept := range []string{`src="https://site.example/kept.jpg"`, "Kept caption beside its image"} {
		if !strings.Contains(h, kept) {
			t.Errorf("%q lost:\n%s", kept, h)
		}
	}
}

// TestEmptyLinksGo checks that a link left with nothing to show goes, and
// that a link around an image or text, and an anchor target, stay.
func TestEmptyLinksGo(t *testing.T) {
	body := domtest.Body(t, `<p>See <a href="/big.jpg"><img src="`+pixel+`"></a><a href="/zoom"><span class="icon"></span></a>
<a href="/full.jpg"><img src="/thumb.jpg" alt="thumb"></a> and <a href="/more">more</a><a id="fn1"></a>.</p>`)
	md, err := Markdown(&Head{}, body, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(md, "[](/") || strings.Contains(md, "/zoom") || strings.Contains(md, "/big.jpg") {
		t.Errorf("an empty link survives:\n%s", md)
	}
	for _, kept := range []string{"[![thumb](/thumb.jpg)](/full.jpg)", "[more](/more)"} {
		if !strings.Contains(md, kept) {
			t.Errorf("%q lost:\n%s", kept, md)
		}
	}
	h, _ := HTML(&Head{}, body, Options{})
	if !strings.Contains(h, `<a id="fn1"></a>`) {
		t.Errorf("the anchor target went:\n%s", h)
	}
}

// TestLocalAssetsMarkedAndRestored checks that a local save's references
// come back as written after something resolved them, and that a page's
// own attribute named like the mark puts nothing else in their place.
func TestLocalAssetsMarkedAndRestored(t *testing.T) {
	body := domtest.Body(t, `<p><img id="a" src="./page_files/a.jpg" srcset="page_files/a-2x.jpg 2x"><a id="l" href="page_files/doc.pdf">doc</a>
<a id="x" href="/ok" data-pith-local-href="javascript:alert(1)">x</a><img id="w" src="/site/b.jpg"></p>`)
	MarkLocalAssets(body)
	for n := range dom.Elements(body) { // what readability does to every src, srcset and href
		for i, a := range n.Attr {
			if a.Key == "src" || a.Key == "href" || a.Key == "srcset" {
				n.Attr[i].Val = "https://site.example/dir/" + strings.TrimPrefix(a.Val, "./")
			}
		}
	}
	RestoreLocalAssets(body)
	for id, want := range map[string]string{"a": "./page_files/a.jpg", "l": "page_files/doc.pdf", "x": "https://site.example/dir//ok", "w": "https://site.example/dir//site/b.jpg"} {
		n := domtest.ByID(body, id)
		key := "src"
		if n.DataAtom == atom.A {
			key = "href"
		}
		if got := dom.Attr(n, key); got != want {
			t.Errorf("%s: %s = %q, want %q", id, key, got, want)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, localMark) {
				t.Errorf("%s: the mark %s stays", id, a.Key)
			}
		}
	}
	if got := dom.Attr(domtest.ByID(body, "a"), "srcset"); got != "page_files/a-2x.jpg 2x" {
		t.Errorf("srcset = %q", got)
	}
}

// TestAmpImageWithFallbacks checks that an amp-img's children (its
// fallback and placeholder) do not follow it into the printed img.
func TestAmpImageWithFallbacks(t *testing.T) {
	body := domtest.Body(t, `<p>Text.</p><amp-img src="/a.jpg" alt="A" width="800" height="600"><div fallback>Your browser does not show images.</div><noscript><img src="/a.jpg"></noscript></amp-img>`)
	for _, render := range []func(*Head, *html.Node, Options) (string, error){Markdown, HTML} {
		out, err := render(&Head{}, body, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "/a.jpg") || strings.Contains(out, "does not show") {
			t.Errorf("amp-img:\n%s", out)
		}
	}
}

// TestCreditLikeProseStays checks that a line that only reads like a
// credit goes beside an image that is not printed, and stays where no
// media is near (it may be the article's own sentence), while a caption
// marked as such goes in both cases.
func TestCreditLikeProseStays(t *testing.T) {
	body := domtest.Body(t, `<div>
<p>A first paragraph of the article, long enough to be prose and not a caption of anything at all.</p>
<div><img src="`+pixel+`"></div><p>Foto: Lea Sommer</p>
<p>Another paragraph of the article, long enough to be prose and not a caption of anything.</p>
<p>Follow the coverage via Reuters</p>
<p>A third paragraph of the article, long enough to be prose and not a caption of anything.</p>
<p class="caption">A marked caption with nothing to describe</p>
<p>The last paragraph of the article, long enough to be prose and not a caption of anything.</p>
</div>`)
	md, err := Markdown(&Head{}, body, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(md, "Lea Sommer") || strings.Contains(md, "marked caption") {
		t.Errorf("an orphaned credit or caption survives:\n%s", md)
	}
	if !strings.Contains(md, "Follow the coverage via Reuters") {
		t.Errorf("a credit-like line far from any media went:\n%s", md)
	}
}

// TestSourceLineUnderTable checks that a source line under a table stays
// with it, in several languages, while the same label under a photo, or
// under the story where it names an agency or a desk, still goes.
func TestSourceLineUnderTable(t *testing.T) {
	table := `<table><tr><th>Stadt</th><th>Miete</th></tr><tr><td>Köln</td><td>12,1</td></tr></table>`
	prose := `<p>A paragraph of the article, long enough to be prose and not a caption of anything at all.</p>`
	for _, tc := range []struct {
		name, body, line string
		kept             bool
	}{
		{"fr under a table", table + `<p>Source : observatoires locaux des loyers.</p>`, "observatoires locaux", true},
		{"de under a table", table + `<p>Quelle: Statistisches Landesamt, eigene Berechnung</p>`, "Statistisches Landesamt", true},
		{"es under a wrapped table", `<div class="tabla">` + table + `</div><p>Fuente: Instituto Nacional de Estadística</p>`, "Instituto Nacional", true},
		{"under a photo", `<div><img src="` + pixel + `"></div><p>Source: Jane Roe</p>`, "Jane Roe", false},
		{"after the story", prose + `<p>Bron: nieuwsdienst</p>`, "nieuwsdienst", false},
		{"agency under a table", table + `<p>Quelle: dpa</p>`, "dpa", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := Text(domtest.Body(t, `<div>`+prose+tc.body+prose+`</div>`))
			if got := strings.Contains(text, tc.line); got != tc.kept {
				t.Errorf("line kept = %v, want %v:\n%s", got, tc.kept, text)
			}
		})
	}
}
