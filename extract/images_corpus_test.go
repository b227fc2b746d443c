package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/extract/internal/render"
	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/testcorpus"
)

var (
	// rxMarkdownImage finds a Markdown image's address: ![alt](addr) or
	// ![alt](<addr>).
	rxMarkdownImage = regexp.MustCompile(`!\[(?:[^\]\\]|\\.)*\]\((<[^>]*>|[^)\s]*)`)
	// rxLocalFolder finds the relative references into a local save's
	// folder in a page's markup: ="./stem_files/ or ="stem_files/.
	rxLocalFolder = regexp.MustCompile(`(?i)=\s*["']?(?:\./)?([^"'\s/:?#=<>]+_files)/`)
)

// TestCorpusImages runs every page of ../shared/corpus and testdata/pages
// through the Markdown and counts, over all of them: Markdown images with an
// empty or placeholder address, addresses invented into a local save's
// "<stem>_files" folder (resolved against the site), and article images
// with a real source in the page that the Markdown does not print. All
// three must be zero. A missing ../shared fails it; with PITH_NO_SHARED=1
// only testdata/pages are run.
func TestCorpusImages(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every corpus page")
	}
	pages, _ := filepath.Glob(filepath.Join(pagesDir, "*", "source.html"))
	if os.Getenv(testcorpus.OptOut) == "1" {
		t.Logf("%s=1: the shared corpora are left out; checking testdata/pages only", testcorpus.OptOut)
	} else {
		root := testcorpus.Root(t)
		corpus, _ := filepath.Glob(filepath.Join(root, "*", "html", "*.html.gz"))
		if len(corpus) == 0 {
			t.Fatalf("no corpus pages under %s (set %s=1 to check testdata/pages only)", root, testcorpus.OptOut)
		}
		pages = append(pages, corpus...)
	}
	var placeholders, invented, lost, printed, resolvedLazy, articles int
	for _, path := range pages {
		raw := readPage(t, path)
		art, err := Extract(bytes.NewReader(raw), Options{Render: RenderOptions{Markdown: true, HTML: true, ListImages: true}})
		if errors.Is(err, ErrNotReadable) {
			continue // no article: nothing is printed
		}
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		articles++
		srcs := map[string]bool{}
		for _, m := range rxMarkdownImage.FindAllStringSubmatch(art.Markdown, -1) {
			src := strings.TrimSuffix(strings.TrimPrefix(m[1], "<"), ">")
			printed++
			if src == "" || render.IsPlaceholder(src) || strings.HasPrefix(src, "data:image/gif") && len(src) < 200 {
				placeholders++
				t.Errorf("%s: a Markdown image without a real source: %s", path, m[0])
			}
			srcs[normalURL(src)] = true
		}
		for _, folder := range localFolders(raw) {
			for _, line := range strings.Split(art.Markdown, "\n") {
				if i := strings.Index(line, "/"+folder+"/"); i > 0 && strings.Contains(line[:i], "://") &&
					strings.LastIndex(line[:i], "(") > strings.LastIndex(line[:i], ")") {
					invented++
					t.Errorf("%s: an address invented into the local folder %s: %s", path, folder, line)
				}
			}
		}
		base, _ := url.Parse(art.URL)
		if art.ArchiveURL != "" {
			base, _ = url.Parse(art.ArchiveURL)
		}
		for _, img := range articleImages(art.Content) {
			src := render.ImageSource(img, base)
			if src == "" || dom.Attr(img, "width") == "1" && dom.Attr(img, "height") == "1" {
				continue
			}
			if dom.Attr(img, "src") != src && !strings.Contains(dom.Attr(img, "srcset"), src) {
				resolvedLazy++
			}
			if !srcs[normalURL(strings.ReplaceAll(src, " ", "%20"))] {
				lost++
				t.Errorf("%s: the article image %s is not printed", path, src)
			}
		}
	}
	t.Logf("%d pages, %d articles: %d Markdown images printed (%d from a lazy loader's or a fallback's source); "+
		"%d without a real source, %d invented into a local folder, %d article images lost",
		len(pages), articles, printed, resolvedLazy, placeholders, invented, lost)
}

// readPage returns a page's bytes, gunzipped when the file is.
func readPage(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// localFolders lists the "<stem>_files" folders a page refers to relatively.
func localFolders(raw []byte) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range rxLocalFolder.FindAllSubmatch(raw, -1) {
		if f := string(m[1]); !seen[f] && f != "_files" {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// articleImages lists the images of the article's tree that a format
// prints when they have a source: not inside what the formats never print
// (noscript copies, scripts, templates, frames).
func articleImages(root *html.Node) []*html.Node {
	var out []*html.Node
	if root == nil {
		return nil
	}
	for n := range dom.Elements(root) {
		isImg := n.DataAtom == atom.Img || n.Data == "amp-img"
		if n.DataAtom != atom.Picture && !(isImg && (n.Parent == nil || n.Parent.DataAtom != atom.Picture)) {
			continue
		}
		inside := false
		for p := n.Parent; p != nil; p = p.Parent {
			switch p.DataAtom {
			case atom.Noscript, atom.Script, atom.Template, atom.Iframe, atom.Object:
				inside = true
			}
		}
		if !inside {
			out = append(out, n)
		}
	}
	return out
}

// normalURL is an address as a parser writes it back, so that two
// spellings of one address compare equal.
func normalURL(s string) string {
	s = strings.TrimSpace(s)
	if u, err := url.PathUnescape(s); err == nil {
		s = u // the Markdown escapes a query's "/" and ","
	}
	if u, err := url.Parse(s); err == nil {
		return u.String()
	}
	return s
}
