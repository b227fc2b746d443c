package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/extract/internal/clean"
	"github.com/pith-cli/pith/extract/internal/input"
	"github.com/pith-cli/pith/extract/internal/meta"
	"github.com/pith-cli/pith/extract/internal/render"
	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/testcorpus"
)

// sharedCorpora are the shared development corpora the conservation
// property runs over (read by id in ../shared/corpus, never copied).
var sharedCorpora = []string{"fundus", "goose3", "htmldate", "newspaper3k", "newspaper4k", "postlight", "scrapinghub"}

// TestConservation is the content-conservation invariant as a property over
// every page of every shared corpus and of testdata/pages: on each page
// where readability alone (no pith rule) picks an article — long prose
// paragraphs holding most of its words — no single cleaning rule removes
// most of that article's words from pith's text (what a rule removed but
// pith kept elsewhere, a duplicate, is not lost). Elements named for reader comments are
// left out: comments are prose, and their names are right about them.
//
// Set PITH_NO_SHARED=1 to run it on testdata alone where ../shared is
// missing; without it a missing corpus fails the test.
func TestConservation(t *testing.T) {
	if testing.Short() {
		t.Skip("sweeps every corpus page; -short (the race run) leaves it to the plain run")
	}
	var paths []string
	pages, _ := filepath.Glob(filepath.Join(pagesDir, "*", "source.html"))
	paths = append(paths, pages...)
	for _, corpus := range sharedCorpora {
		paths = append(paths, testcorpus.Pages(t, corpus)...) // fails when missing, unless PITH_NO_SHARED=1
	}
	type failure struct{ page, msg string }
	var (
		mu       sync.Mutex
		failures []failure
		checked  int
	)
	work := make(chan string)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for path := range work {
				ok, msg, err := conserves(path)
				mu.Lock()
				if err != nil {
					failures = append(failures, failure{path, err.Error()})
				} else if ok {
					checked++
				} else if msg != "" {
					failures = append(failures, failure{path, msg})
				}
				mu.Unlock()
			}
		}()
	}
	for _, p := range paths {
		work <- p
	}
	close(work)
	wg.Wait()
	sort.Slice(failures, func(i, j int) bool { return failures[i].page < failures[j].page })
	for _, f := range failures {
		t.Errorf("%s: %s", f.page, f.msg)
	}
	if checked*2 < len(paths) {
		t.Errorf("readability alone found an article on only %d of %d pages: the property checks too little", checked, len(paths))
	}
	t.Logf("%d of %d pages hold an article readability alone finds; %d break the invariant", checked, len(paths), len(failures))
}

// conserves runs readability alone and pith on the page at path. It
// reports ok when readability alone finds an article and no rule removed
// most of its words, and a message when a rule did; neither when
// readability alone finds no article to conserve.
func conserves(path string) (ok bool, msg string, err error) {
	raw, err := readPageFile(path)
	if err != nil {
		return false, "", err
	}
	page, err := input.Unwrap(raw)
	if err != nil {
		return false, "", err
	}
	text, _, err := input.DecodeWith(page.Body, input.Charsets{Container: page.Charset})
	if err != nil {
		return false, "", err
	}
	doc, err := input.Parse(text)
	if err != nil {
		return false, "", err
	}
	// Readability alone and pith each change the tree they read; each gets
	// the same parse, readability a copy of it (copying a tree costs less
	// than tokenizing the page again).
	alone := &dom.Document{Node: dom.CloneTree(doc.Node)}
	body, _ := runReadability(alone, nil)
	if body == nil || !articleLike(body) {
		return false, "", nil
	}
	want := tokenBag(dom.TextOf(body))
	total := 0
	for _, n := range want {
		total += n
	}

	pm := meta.Read(doc)
	art := newArticle(pm.Article())
	var runs []map[string]map[string]int // per run: rule → tokens removed
	pruner := func(conserve bool) *clean.Pruner {
		taken := map[string]map[string]int{}
		runs = append(runs, taken)
		return &clean.Pruner{Conserve: conserve, Observe: func(n *html.Node, rule string) {
			if dom.SkipsText(n) || clean.NamesComments(n) {
				return // scripts' text (JSON-LD's articleBody) is no text on the page
			}
			rule, _, _ = strings.Cut(rule, ":")
			if taken[rule] == nil {
				taken[rule] = map[string]int{}
			}
			for w, c := range tokenBag(textOutsideDialogs(n)) {
				taken[rule][w] += c
			}
		}}
	}
	content, _ := findBody(text, doc, art, pm.LD.Body, nil, pm.PageURL(), pruner)
	taken := runs[0]
	if art.BodySource == BodyConserved {
		taken = runs[len(runs)-1]
	}
	var kept map[string]int // the words pith kept: a rule that removed a copy of them lost nothing
	if content != nil {
		kept = tokenBag(render.Text(content))
	}
	keptTotal := 0
	for _, c := range kept {
		keptTotal += c
	}
	if keptTotal >= total && articleLike(content) {
		// pith found an article of its own at least as long: readability
		// alone's pick was another block (a footer of links read as prose).
		return true, "", nil
	}
	for rule, bag := range taken {
		if rule == clean.RuleOutsideArticle {
			// Focus removes the page around the article the page declares,
			// and only when that holds 90% of its long paragraphs: by the
			// page's own markup, readability's pick outside it is not the
			// article (an obituary list, a teaser column).
			continue
		}
		lost := 0
		for w, c := range bag {
			lost += min(c, max(0, want[w]-kept[w]))
		}
		if lost*2 > total {
			return false, fmt.Sprintf("rule %s removed %d of the %d words of readability alone's article, and pith's text lacks them", rule, lost, total), nil
		}
	}
	return true, "", nil
}

// textOutsideDialogs is n's text outside dialogs (<dialog>,
// role=dialog or alertdialog, aria-modal): a consent centre's long legal
// paragraphs, which readability alone may pick, are a modal over the page
// by its own markup, and the dialog rule judges them (it spares a modal
// holding the article's paragraphs).
func textOutsideDialogs(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
				b.WriteByte(' ')
			case c.Type == html.ElementNode && !dom.SkipsText(c) && !isDialog(c):
				walk(c)
			}
		}
	}
	for a := n; a != nil; a = a.Parent {
		if isDialog(a) {
			return "" // in a dialog, or one
		}
	}
	walk(n)
	return b.String()
}

func isDialog(n *html.Node) bool {
	role := dom.Attr(n, "role")
	return n.DataAtom == atom.Dialog || role == "dialog" || role == "alertdialog" || dom.Attr(n, "aria-modal") == "true"
}

// readPageFile reads a page, gunzipping a corpus's .html.gz.
func readPageFile(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil || !strings.HasSuffix(path, ".gz") {
		return data, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	// The gzip trailer holds the page's size (mod 2^32): one buffer of
	// that size instead of io.ReadAll's doublings and copies.
	var out bytes.Buffer
	if len(data) >= 4 {
		out.Grow(int(min(binary.LittleEndian.Uint32(data[len(data)-4:]), 64<<20)) + 1)
	}
	_, err = io.Copy(&out, zr)
	return out.Bytes(), err
}

// tokenBag counts the words of s as the corpora's bag-of-words metric
// does: lower-case runs of letters and digits, and each character of a
// script written without spaces on its own.
func tokenBag(s string) map[string]int {
	bag := map[string]int{}
	start := -1
	flush := func(end int) {
		if start >= 0 {
			bag[strings.ToLower(s[start:end])]++
			start = -1
		}
	}
	for i, r := range s {
		switch {
		case dom.IsUnspacedScript(r):
			flush(i)
			bag[string(r)]++
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(s))
	return bag
}
