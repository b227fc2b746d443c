package clean

import (
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
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
			body: "<article>" + domtest.LongP1 + `<p><span>Today the scope of the mission may well have </span><a href="/europa">expand</a>` +
				`<span>ed to Jupiter's moon Europa, as scientists have found water vapour above its crust.</span></p>` + domtest.LongP2 + "</article>",
			kept: []string{"may well have expand"},
		},
		{
			name: "a skip link beside the page's blocks goes",
			body: `<div id="page"><a class="skip-link" href="#content">Skip to content</a><div id="content"><article>` + domtest.LongP1 + domtest.LongP2 + "</article></div></div>",
			gone: []string{"Skip to content"},
			kept: []string{"The council met"},
		},
		{
			name: "a label over other stories takes its links with it",
			body: `<div class="block"><h2>Trending:</h2><ul><li><a href="/a">Donald Trump</a></li><li><a href="/b">Impeachment</a></li>` +
				`<li><a href="/c">Deposition transcripts</a></li></ul></div><article>` + domtest.LongP1 + domtest.LongP2 + "</article>",
			gone: []string{"Trending", "Donald Trump", "Impeachment", "Deposition transcripts"},
			kept: []string{"The council met"},
		},
		{
			name: "a reading time among the body's paragraphs is a stamp, not prose",
			body: "<article>" + `<p class="read-time">Tempo de leitura:<small> 2 minutos</small></p>` + domtest.LongP1 + domtest.LongP2 +
				`<p><strong><em>Like this story? Share it with a friend!</em></strong></p>` + domtest.LongP3 + "</article>",
			gone: []string{"Tempo de leitura", "Like this story"},
			kept: []string{"The council met", "Opponents warned"},
		},
		{
			name: "a view count split from its word goes whole",
			body: `<div class="views"><div class="count">3.409</div><span> letture</span></div><article>` + domtest.LongP1 + domtest.LongP2 + "</article>",
			gone: []string{"3.409", "letture"},
			kept: []string{"The council met"},
		},
		{
			name: "a table's cells are data, even when they read like buttons",
			body: "<article>" + domtest.LongP1 + `<table><tr><th>Open</th><th>High</th><th>Low</th><th>Close</th></tr>` +
				`<tr><td>225.86</td><td>227.10</td><td>212.30</td><td>212.87</td></tr></table>` +
				`<table><tr><th>Player</th><th>FG</th></tr><tr><td>Smith</td><td>3 of 7</td></tr></table>` + domtest.LongP2 + "</article>",
			kept: []string{"Open High Low Close", "225.86", "Smith 3 of 7"},
		},
		{
			name: "a More stories link in a card does not take the card's links",
			body: "<article>" + domtest.LongP1 + `<p>Rep. <span class="card"><a href="/p">Ilhan Omar</a><span>Ilhan Omar</span>` +
				`<span>Progressives oppose the funding bill over its surveillance powers</span><a href="/more">More stories</a></span> (D-Minn.) spoke at the hearing on Tuesday about the threats she has received since May.</p>` + domtest.LongP2 + "</article>",
			kept: []string{"Ilhan Omar"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, tc.body)
			removed := cleanTree(root)
			checkGoneKept(t, domtest.FlatText(root), tc.gone, tc.kept, removed)
		})
	}
}
