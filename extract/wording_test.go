package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pith-cli/pith/extract/internal/input"
	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
)

// TestCleanWordingPieces checks the widgets around inline blocks and labels
// of other stories.
func TestCleanWordingPieces(t *testing.T) {
	for _, tc := range []struct {
		name       string
		body       string
		gone, kept []string
	}{
		{
			name: "a link in a paragraph of spans is a piece of its sentence",
			body: "<article>" + longP1 + `<p><span>Today the scope of the mission may well have </span><a href="/europa">expand</a>` +
				`<span>ed to Jupiter's moon Europa, as scientists have found water vapour above its crust.</span></p>` + longP2 + "</article>",
			kept: []string{"may well have expand"},
		},
		{
			name: "a skip link beside the page's blocks goes",
			body: `<div id="page"><a class="skip-link" href="#content">Skip to content</a><div id="content"><article>` + longP1 + longP2 + "</article></div></div>",
			gone: []string{"Skip to content"},
			kept: []string{"The council met"},
		},
		{
			name: "a label over other stories takes its links with it",
			body: `<div class="block"><h2>Trending:</h2><ul><li><a href="/a">Donald Trump</a></li><li><a href="/b">Impeachment</a></li>` +
				`<li><a href="/c">Deposition transcripts</a></li></ul></div><article>` + longP1 + longP2 + "</article>",
			gone: []string{"Trending", "Donald Trump", "Impeachment", "Deposition transcripts"},
			kept: []string{"The council met"},
		},
		{
			name: "a reading time among the body's paragraphs is a stamp, not prose",
			body: "<article>" + `<p class="read-time">Tempo de leitura:<small> 2 minutos</small></p>` + longP1 + longP2 +
				`<p><strong><em>Like this story? Share it with a friend!</em></strong></p>` + longP3 + "</article>",
			gone: []string{"Tempo de leitura", "Like this story"},
			kept: []string{"The council met", "Opponents warned"},
		},
		{
			name: "a view count split from its word goes whole",
			body: `<div class="views"><div class="count">3.409</div><span> letture</span></div><article>` + longP1 + longP2 + "</article>",
			gone: []string{"3.409", "letture"},
			kept: []string{"The council met"},
		},
		{
			name: "a table's cells are data, even when they read like buttons",
			body: "<article>" + longP1 + `<table><tr><th>Open</th><th>High</th><th>Low</th><th>Close</th></tr>` +
				`<tr><td>225.86</td><td>227.10</td><td>212.30</td><td>212.87</td></tr></table>` +
				`<table><tr><th>Player</th><th>FG</th></tr><tr><td>Smith</td><td>3 of 7</td></tr></table>` + longP2 + "</article>",
			kept: []string{"Open High Low Close", "225.86", "Smith 3 of 7"},
		},
		{
			name: "a More stories link in a card does not take the card's links",
			body: "<article>" + longP1 + `<p>Rep. <span class="card"><a href="/p">Ilhan Omar</a><span>Ilhan Omar</span>` +
				`<span>Progressives oppose the funding bill over its surveillance powers</span><a href="/more">More stories</a></span> (D-Minn.) spoke at the hearing on Tuesday about the threats she has received since May.</p>` + longP2 + "</article>",
			kept: []string{"Ilhan Omar"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := parsePage(t, tc.body)
			removed := cleanTree(root)
			checkGoneKept(t, flatText(root), tc.gone, tc.kept, removed)
		})
	}
}

// BenchmarkMatchWording runs lexicon.MatchWording over the text blocks of the pages
// in testdata/pages, as removeWordingWidgets meets them. Set
// PITH_BENCH_DIR to a folder of .html files (or .html.gz) to measure on
// another corpus.
func BenchmarkMatchWording(b *testing.B) {
	pattern := filepath.Join(pagesDir, "*", "source.html")
	if dir := os.Getenv("PITH_BENCH_DIR"); dir != "" {
		pattern = filepath.Join(dir, "*.htm*")
	}
	files, _ := filepath.Glob(pattern)
	var texts []string
	for _, f := range files {
		file, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		data, err := input.ReadPage(file, 1<<26)
		file.Close()
		if err != nil {
			continue
		}
		text, _, _ := input.Decode(data)
		doc, err := input.Parse(text)
		if err != nil {
			continue
		}
		for _, n := range dom.TextBlocks(doc.Root()) {
			texts = append(texts, dom.TextOf(n))
		}
	}
	if len(texts) == 0 {
		b.Skip("no pages")
	}
	b.ReportMetric(float64(len(texts)), "blocks")
	for b.Loop() {
		for _, t := range texts {
			lexicon.MatchWording(t)
		}
	}
}
