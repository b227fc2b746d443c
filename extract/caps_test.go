package extract

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/extract/internal/input"
	"github.com/pith-cli/pith/internal/dom"
)

// hangGuard is how long one pathological page may take before the test
// calls it a hang. It is a guard against endless loops, not a speed
// assertion: the benchmark measures speed.
const hangGuard = 2 * time.Minute

// article is a paragraph long enough to be an article.
var article = "<p>" + strings.Repeat("The council met on Tuesday to discuss the new harbour wall and its cost. ", 12) + "</p>"

// pathologicalPages are the hostile shapes the work caps exist for, each
// generated here rather than committed. Each holds the article paragraph.
func pathologicalPages() []pathologicalPage {
	const n = 200_000
	var tables strings.Builder
	for i := range 5_000 {
		tables.WriteString("<table><tr><td>cell " + strconv.Itoa(i) + "</td><td>x</td></tr></table>")
	}
	return []pathologicalPage{
		{"200k nested divs", "<html><body>" + strings.Repeat("<div>", n) + article + strings.Repeat("</div>", n) + "</body></html>", true},
		{"200k unclosed spans", "<html><body>" + strings.Repeat("<span>", n) + article + "</body></html>", true},
		{"200k repeated attributes", "<html><body><div " + strings.Repeat("a ", n) + ">" + article + "</div></body></html>", true},
		{"200k distinct attributes", "<html><body><div " + numberedAttrs(n) + ">" + article + "</div></body></html>", true},
		{"50 MB text node", "<html><body>" + article + "<div>" + strings.Repeat("word ", 10<<20) + "</div></body></html>", true},
		{"5000 tables", "<html><body>" + article + tables.String() + "</body></html>", false},
		{"300k elements", "<html><body>" + article + strings.Repeat("<i>x</i>", 300_000) + "</body></html>", true},
		{"misnested formatting re-opened in every paragraph", "<html><body>" + article + "<div>" + numberedTags("b", 200) + "</div>" + strings.Repeat("<p>x</p>", 20_000) + "</body></html>", true},
		{"20k nested tables", "<html><body>" + article + strings.Repeat("<table><tr><td>", 20_000) + "</body></html>", true},
	}
}

// pathologicalPage is one generated hostile page.
type pathologicalPage struct {
	name   string
	page   string
	capped bool // whether it breaks a cap (else it is only large)
}

// numberedTags returns n start tags of one name with distinct ids.
func numberedTags(name string, n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("<" + name + " id=" + strconv.Itoa(i) + ">")
	}
	return b.String()
}

func numberedAttrs(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(" a" + strconv.Itoa(i) + "=v")
	}
	return b.String()
}

// withHangGuard runs f and fails the test if it does not return within hangGuard.
func withHangGuard(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(hangGuard):
		t.Fatalf("still running after %v", hangGuard)
	}
}

// TestPathologicalPagesAreCapped extracts each pathological page: the caps
// bound its tree, and its article comes out.
func TestPathologicalPagesAreCapped(t *testing.T) {
	if testing.Short() {
		t.Skip("large generated pages")
	}
	for _, tc := range pathologicalPages() {
		t.Run(tc.name, func(t *testing.T) {
			if input.NeedsCaps(tc.page) != tc.capped {
				t.Fatalf("the byte scan says needsCaps = %v, want %v", !tc.capped, tc.capped)
			}
			withHangGuard(t, func() {
				doc, err := input.Parse(tc.page)
				if err != nil {
					t.Fatalf("parse: %v", err)
				}
				checkWithinCaps(t, doc.Node)
				if elements := countElements(doc.Node); elements > 2*len(tc.page)/3 {
					t.Errorf("%d elements from a page of %d bytes", elements, len(tc.page))
				}
				art, err := Extract(strings.NewReader(tc.page), Options{})
				if err != nil {
					t.Fatalf("Extract: %v", err)
				}
				if !strings.Contains(art.Text, "The council met on Tuesday") {
					t.Errorf("the article was lost: %.200q", art.Text)
				}
			})
		})
	}
}

func countElements(root *html.Node) int {
	n := 0
	dom.FindFirst(root, func(c *html.Node) bool {
		if c.Type == html.ElementNode {
			n++
		}
		return false
	})
	return n
}

// checkWithinCaps walks a tree and asserts every cap.
func checkWithinCaps(t *testing.T, root *html.Node) {
	t.Helper()
	elements, deepest, mostAttrs, longestText := 0, 0, 0, 0
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		deepest = max(deepest, depth)
		switch n.Type {
		case html.ElementNode:
			elements++
			mostAttrs = max(mostAttrs, len(n.Attr))
		case html.TextNode:
			longestText = max(longestText, len(n.Data))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	// The parser adds elements of its own (html, head, body, tbody) and
	// re-opens the formatting elements left open.
	if elements > (input.MaxOpenFormatting+1)*input.MaxElements+8 {
		t.Errorf("%d elements, cap %d", elements, input.MaxElements)
	}
	if deepest > 514 { // 512 open elements, the document node and a text node
		t.Errorf("depth %d, the parser's limit is 512", deepest)
	}
	if mostAttrs > input.MaxAttrs {
		t.Errorf("%d attributes on one element, cap %d", mostAttrs, input.MaxAttrs)
	}
	// Adjacent capped runs may merge into one text node; each is within the cap.
	if longestText > 2*input.MaxTextRun {
		t.Errorf("a text node of %d bytes, cap %d", longestText, input.MaxTextRun)
	}
}

// TestTooComplexPageIsRefused shows the one shape the caps cannot fix:
// nested tables whose implied elements (tbody, tr) double the nesting the
// caps count, past the parser's limit once it adds html and body itself.
// It is refused with a clear reason.
func TestTooComplexPageIsRefused(t *testing.T) {
	page := article + strings.Repeat("<table><td>", 200) + "x"
	withHangGuard(t, func() {
		_, err := Extract(strings.NewReader(page), Options{})
		if !errors.Is(err, input.ErrTooComplex) {
			t.Fatalf("err = %v, want ErrTooComplex", err)
		}
		if !strings.Contains(err.Error(), "too deep") {
			t.Errorf("the reason is not clear: %v", err)
		}
	})
}

// TestCommonPagesAreNotRewritten shows the byte scan lets every real page of
// testdata through untouched: the common page pays one scan, no tokenizer.
func TestCommonPagesAreNotRewritten(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(pagesDir, "*", "source.html"))
	if len(files) == 0 {
		t.Fatal("no pages")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if input.NeedsCaps(string(data)) {
			t.Errorf("%s: the byte scan wants to cap a normal page", f)
		}
	}
}

// TestApplyCaps checks each rewrite on small pages.
func TestApplyCaps(t *testing.T) {
	deep := strings.Repeat("<div>", input.MaxDepth+10) + "text" + strings.Repeat("</div>", input.MaxDepth+10)
	for _, tc := range []struct {
		name, in, want string
	}{
		{"within the caps is unchanged", "<p>a <b>b</b></p>", "<p>a <b>b</b></p>"},
		{"deep start tags are dropped, text kept",
			deep, strings.Repeat("<div>", input.MaxDepth) + "text" + strings.Repeat("</div>", input.MaxDepth)},
		{"omitted end tags are not nesting, and are written",
			"<ul>" + strings.Repeat("<li>item", input.MaxDepth+10), "<ul><li>item" + strings.Repeat("</li><li>item", input.MaxDepth+9)},
		{"a dropped script's code is dropped too",
			strings.Repeat("<div>", input.MaxDepth) + "<script>var x = 1;</script>ok",
			strings.Repeat("<div>", input.MaxDepth) + "ok"},
		{"a dropped title's or textarea's text is dropped too",
			strings.Repeat("<div>", input.MaxDepth) + "<title>Tab title</title><textarea>typed words</textarea>ok",
			strings.Repeat("<div>", input.MaxDepth) + "ok"},
		{"attributes past the cap are dropped",
			"<div" + numberedAttrs(input.MaxAttrs+1) + ">x</div>",
			"<div" + strings.ReplaceAll(numberedAttrs(input.MaxAttrs), "=v", `="v"`) + ">x</div>"},
		{"SVG self-closing tags are void", "<svg>" + strings.Repeat("<path/>", input.MaxDepth+10) + "</svg>",
			"<svg>" + strings.Repeat("<path/>", input.MaxDepth+10) + "</svg>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := input.ApplyCaps(tc.in); got != tc.want {
				t.Errorf("applyCaps:\n got %.300q\nwant %.300q", got, tc.want)
			}
		})
	}
}

func TestCutTextKeepsUTF8(t *testing.T) {
	long := bytes.Repeat([]byte("é"), input.MaxTextRun) // 2 bytes each
	got := input.CutText(append([]byte("x"), long...))
	if len(got) > input.MaxTextRun || !strings.HasPrefix(string(got), "xé") || !bytes.HasSuffix(got, []byte("é")) {
		t.Errorf("cut to %d bytes ending %q", len(got), got[len(got)-3:])
	}
}

// BenchmarkPathologicalPages measures the whole pipeline on each generated
// pathological page; MB/s is over the page's size.
func BenchmarkPathologicalPages(b *testing.B) {
	for _, tc := range pathologicalPages() {
		b.Run(strings.ReplaceAll(tc.name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(tc.page)))
			b.ReportAllocs()
			for b.Loop() {
				_, _ = Extract(strings.NewReader(tc.page), Options{})
			}
		})
	}
}

// BenchmarkCapScan measures the byte scan every page pays.
func BenchmarkCapScan(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(pagesDir, "*", "source.html"))
	var pages []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, p := range pages {
			input.NeedsCaps(p)
		}
	}
}
