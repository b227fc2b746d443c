package readability

import (
	"bytes"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// checkLinkDensities compares getLinkDensities with getLinkDensity, bit
// for bit, for the given candidates.
func checkLinkDensities(t *testing.T, name string, candidates []*html.Node) {
	t.Helper()
	ps := NewParser()
	got := ps.getLinkDensities(candidates)
	for i, c := range candidates {
		if want := ps.getLinkDensity(c); got[i] != want {
			t.Fatalf("%s: candidate %d <%s>: getLinkDensities %v, getLinkDensity %v", name, i, c.Data, got[i], want)
		}
	}
}

// TestLinkDensitiesMatchOneByOne checks the one-walk link densities on
// hand-made trees — nested links, a link as candidate, a candidate inside
// a link, text split over nodes by spaces of all kinds — and on every
// page of testdata/pages with random sets of nested candidates.
func TestLinkDensitiesMatchOneByOne(t *testing.T) {
	made := `<div id=outer> lead <p> one <a href=/x>two <a href=#y>three</a> four</a></p>` +
		`<p>\u00a0<a href=#frag>x</a>y\u3000 <span> </span>z</p><a href=/z><p>in a link</p></a>` +
		`<div>  </div><p>tail,</p><p></p></div>`
	doc, err := html.Parse(strings.NewReader(made))
	if err != nil {
		t.Fatal(err)
	}
	var all []*html.Node
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode {
			all = append(all, n)
		}
	}
	checkLinkDensities(t, "made", all)
	for i := range all {
		checkLinkDensities(t, "made", all[i:i+1])
	}

	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "pages", "*", "source.html"))
	if len(files) == 0 {
		t.Fatal("no pages")
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for _, f := range files {
		page, err := readPage(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var elements []*html.Node
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode {
				elements = append(elements, n)
			}
		}
		for range 20 {
			var candidates []*html.Node
			seen := map[*html.Node]bool{}
			for range 1 + rng.IntN(30) {
				// a paragraph-like node and up to five of its ancestors, as grabArticle picks
				n := elements[rng.IntN(len(elements))]
				for level := 0; n != nil && n.Type == html.ElementNode && level < 6; level++ {
					if !seen[n] {
						seen[n] = true
						candidates = append(candidates, n)
					}
					n = n.Parent
				}
			}
			checkLinkDensities(t, f, candidates)
		}
	}
}

// TestTextSummaryComposes checks that composing summaries gives the count
// of one charCounter fed all the pieces, for random pieces.
func TestTextSummaryComposes(t *testing.T) {
	pieces := []string{"", " ", "a", "b c", " d", "e ", "\u00a0", "語", "\xff", "  f  ", "\u3000g"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 5000 {
		var c charCounter
		var sum textSummary
		var texts []string
		for range rng.IntN(7) {
			s := pieces[rng.IntN(len(pieces))] + pieces[rng.IntN(len(pieces))]
			texts = append(texts, s)
			c.CountString(s)
			sum = sum.then(summarize(s))
		}
		if sum.total != c.Total {
			t.Fatalf("%q: summaries compose to %d, one counter counts %d", texts, sum.total, c.Total)
		}
	}
}
