package input

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/testcorpus"
)

// withoutScriptBodies renders the tree of page with the text of its HTML
// scripts and style sheets left out, JSON and template ones excepted: what
// dropScriptBodies may change, and all it may change.
func withoutScriptBodies(t *testing.T, page string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Namespace != "" || n.DataAtom != atom.Script && n.DataAtom != atom.Style {
			continue
		}
		if typ := strings.ToLower(dom.Attr(n, "type")); n.DataAtom == atom.Script && (strings.Contains(typ, "json") || strings.Contains(typ, "template")) {
			continue
		}
		for c := n.FirstChild; c != nil; c = n.FirstChild {
			n.RemoveChild(c)
		}
	}
	var b bytes.Buffer
	if err := html.Render(&b, doc); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestDropScriptBodiesKeepsTheTree checks, on every fixture page and on the
// shared corpus (required unless the run opts out, see testcorpus), that the tree parsed
// from the shortened page is the tree of the page itself but for the bodies.
func TestDropScriptBodiesKeepsTheTree(t *testing.T) {
	var files []string
	for _, glob := range []string{"../../../testdata/pages/*/*.html", "../../../testdata/metadata/*.html", "../../../testdata/metadata-holdout/*.html"} {
		found, _ := filepath.Glob(glob)
		files = append(files, found...)
	}
	corpus := testcorpus.Pages(t, "scrapinghub")
	files = append(files, corpus...)
	shortened := 0
	for _, f := range files {
		file, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := ReadPage(file, 64<<20)
		file.Close()
		if err != nil {
			t.Fatal(err)
		}
		page := string(b)
		short := dropScriptBodies(page)
		if len(short) == len(page) {
			continue
		}
		shortened++
		if withoutScriptBodies(t, short) != withoutScriptBodies(t, page) {
			t.Errorf("%s: the tree changed", f)
		}
	}
	switch {
	case len(corpus) == 0:
		t.Logf("%d fixture pages shortened", shortened)
	case shortened < len(corpus)/2:
		t.Errorf("only %d of %d pages shortened", shortened, len(files))
	}
}

func TestDropScriptBodies(t *testing.T) {
	body := strings.Repeat("var x = 1; if (a < b) { y = '</div>'; }\n", 20) // enough to be worth a copy
	for _, tc := range []struct {
		name, page string
		dropped    bool
	}{
		{"a script", `<p>a</p><script>` + body + `</script><p>b</p>`, true},
		{"a style sheet, upper case", `<STYLE type="text/css">` + body + `</STYLE ><p>b</p>`, true},
		{"'>' in a quoted attribute", `<script data-x="a>b" src='c>d'>` + body + `</script><p>b</p>`, true},
		{"an end tag needs its delimiter", `<script>` + body + `</scripts></script><p>b</p>`, true},
		{"JSON-LD is kept", `<script type="application/ld+json">` + body + `</script>`, false},
		{"a template is kept", `<script type="text/template">` + body + `</script>`, false},
		{"a type with an entity is kept", `<script type="application/ld&#43;json">` + body + `</script>`, false},
		{"a script hidden in a comment", `<script><!-- <script>` + body + `</script> --></script><p>b</p>`, true},
		{"an escaped end tag ends it", `<script><!-- ` + body + `</script><p>b --></p>`, true},
		{"escaping undone", `<script><!-- a --> <script>` + body + `</script><p>b</p>`, true},
		{"a nested script left open", `<script><!-- <script> ` + body + `</script><p>b</p>`, false},
		{"a nested script, upper case", `<script><!--<SCRIPT>` + body + `</SCRIPT>--></script><p>b</p>`, true},
		{"'<' and no letter unescapes", `<script><!-- <1 <script>` + body + `</script><p>b</p>`, true},
		{"not a nested script", `<script><!--<scripts>` + body + `</script><p>b</p>`, true},
		{"a script in SVG is markup", `<svg><script><a>` + body + `</a></script></svg>`, false},
		{"after a self-closing svg", `<svg/><script>` + body + `</script>`, true},
		{"after the svg", `<svg><style>.a{}</style></svg><script>` + body + `</script>`, true},
		{"a script in a comment", `<!-- <script> -->` + body + `<script>` + body + `</script>`, true},
		{"an abrupt comment", `<!--><script>` + body + `</script>`, true},
		{"'--!>' ends a comment", `<!-- x --!><script>` + body + `</script>`, true},
		{"a script in a textarea", `<textarea><script>` + body + `</textarea>`, false},
		{"plaintext", `<plaintext><script>` + body + `</script>`, false},
		{"a bogus comment", `<?php </svg> ?><svg><script>` + body + `</script></svg>`, false},
		{"no end tag", `<script>` + body, false},
	} {
		got := dropScriptBodies(tc.page)
		if dropped := len(got) < len(tc.page); dropped != tc.dropped {
			t.Errorf("%s: dropped %v, want %v", tc.name, dropped, tc.dropped)
		}
		if withoutScriptBodies(t, got) != withoutScriptBodies(t, tc.page) {
			t.Errorf("%s: the tree changed:\n%s\n%s", tc.name, withoutScriptBodies(t, tc.page), withoutScriptBodies(t, got))
		}
	}
	if small := `<p>a</p><script>x</script>` + strings.Repeat("<p>text</p>", 20); dropScriptBodies(small) != small {
		t.Error("a page with little script was copied")
	}
}

// FuzzDropScriptBodies checks the invariant of TestDropScriptBodiesKeepsTheTree
// on generated pages: go test ./extract -run X -fuzz FuzzDropScriptBodies.
func FuzzDropScriptBodies(f *testing.F) {
	body := strings.Repeat("x = 1;", 40)
	for _, seed := range []string{
		`<p>a</p><script>` + body + `</script><p>b</p>`,
		`<style a="x>y">` + body + `</style>`,
		`<svg><script>` + body + `</script></svg><script>` + body + `</script>`,
		`<script><!-- <script>` + body + `</script> --></script>`,
		`<!--><textarea><script>` + body + `</textarea><script>` + body + `</script>`,
		`<math><mi><script>` + body + `</script></mi></math>`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, page string) {
		short := dropScriptBodies(page)
		if short == page {
			return
		}
		if withoutScriptBodies(t, short) != withoutScriptBodies(t, page) {
			t.Errorf("the tree changed for %q", page)
		}
	})
}
