package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
	"github.com/pith-cli/pith/internal/rx"
	"github.com/pith-cli/pith/internal/rx/guardsrc"
)

// TestPatternGuards fails when internal/rx/guards_gen.go is not what the
// patterns imply now; `go generate ./internal/rx` rewrites it.
func TestPatternGuards(t *testing.T) {
	want, err := guardsrc.Source(rx.ComputeGuards())
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("../internal/rx/guards_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, want) {
		t.Error("internal/rx/guards_gen.go is stale: run go generate ./internal/rx")
	}
}

// A guard hides no match: on every text, attribute value and element text
// of the fixture pages (under 400 bytes, the lines the patterns are asked
// about; the race detector makes longer ones slow), as written and
// lower-cased, a pattern that matches holds one of its guard's literals.
func TestPatternGuardsHideNoMatch(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every pattern over every fixture page's texts; -short (the race run) leaves it to the plain run")
	}
	var files []string
	for _, dir := range []string{"../testdata/pages/*", "../testdata/metadata", "../testdata/metadata-holdout"} {
		found, _ := filepath.Glob(filepath.Join(dir, "*.htm*"))
		files = append(files, found...)
	}
	if len(files) < 100 {
		t.Fatalf("only %d fixture pages", len(files))
	}
	texts := map[string]bool{}
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" && len(s) < 400 {
			texts[s] = true
			texts[strings.ToLower(s)] = true
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			switch n.Type {
			case html.TextNode:
				add(n.Data)
			case html.ElementNode:
				add(dom.TextOf(n))
				for _, a := range n.Attr {
					add(a.Val)
				}
			}
		}
	}
	guarded := 0
	for pattern, g := range rx.Guards() {
		guarded++
		re := regexp.MustCompile(pattern)
		for text := range texts {
			if re.MatchString(text) && !guardPasses(g, text) {
				t.Errorf("pattern %.50q… matches %.80q, which holds none of its literals", pattern, text)
			}
		}
	}
	if guarded < 30 {
		t.Errorf("only %d patterns have a guard", guarded)
	}
}

func guardPasses(g rx.PatternGuard, text string) bool {
	if g.Fold {
		text = rx.FoldCanonical(text)
	}
	return lexicon.ContainsAnyOf(text, g.Literals)
}
