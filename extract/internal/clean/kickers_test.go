package clean

import (
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
)

func TestRemoveKickerTeasers(t *testing.T) {
	body := domtest.LongP1 + domtest.LongP2
	kickerList := `<ul><li><strong>Sport:</strong> <a href="/s/1">Derby ends in a draw after a late penalty</a></li>` +
		`<li><b>Wetter:</b> <a href="/s/2">Gewitter ziehen am Abend über das Land</a></li>` +
		`<li><strong>Cultura:</strong> <a href="https://news.example.org/s/3">El museo abre sus salas de noche</a></li></ul>`
	for _, tc := range []struct {
		name     string
		body     string
		gone     []string
		kept     []string
		removals int
	}{
		{
			name:     "a list of kicker teaser lines mid-article goes",
			body:     domtest.LongP1 + kickerList + domtest.LongP2,
			gone:     []string{"Derby ends in a draw", "Gewitter ziehen", "El museo abre"},
			kept:     []string{"The council met", "Supporters of the plan"},
			removals: 1,
		},
		{
			name:     "a bold label above a teaser paragraph goes with it; a heading above stays",
			body:     body + `<p><b>Don't miss</b></p><p><a href="/a">Bridge opens in June</a> [<b>VIDEO</b>] <a href="/b">Rail strike called off</a> [<b>LIVE</b>] <a href="/c">Budget passes late</a></p><h3>Costs</h3>` + kickerList + domtest.LongP3,
			gone:     []string{"Don't miss", "Bridge opens in June", "Derby ends in a draw"},
			kept:     []string{"Costs"},
			removals: 3,
		},
		{
			name:     "a short sentence of the article above a box stays",
			body:     body + `<p>Nobody was hurt.</p>` + kickerList + domtest.LongP3,
			gone:     []string{"Derby ends in a draw"},
			kept:     []string{"Nobody was hurt."},
			removals: 1,
		},
		{
			name:     "a list of sources on other sites is the article's",
			body:     body + `<ul><li><strong>Ministry:</strong> <a href="https://gov.example.com/report">Annual report</a></li><li><strong>Audit office:</strong> <a href="https://audit.example.net/r">Review of the depots</a></li><li><strong>University:</strong> <a href="https://uni.example.edu/study">Bus study</a></li></ul>`,
			kept:     []string{"Ministry: Annual report", "Bus study"},
			removals: 0,
		},
		{
			name:     "bold terms with their own text are the article's",
			body:     body + `<ul><li><strong>Depot A:</strong> closes in May, <a href="/a">map</a></li><li><strong>Depot B:</strong> <a href="/b">moves</a> north</li><li><strong>Depot C:</strong> <a href="/c">stays</a></li></ul>`,
			kept:     []string{"closes in May", "moves north", "Depot C"},
			removals: 0,
		},
		{
			name:     "two kicker teasers are not a box",
			body:     body + `<ul><li><strong>Sport:</strong> <a href="/s/1">Derby ends in a draw</a></li><li><strong>Kultur:</strong> <a href="/s/2">Museum öffnet</a></li></ul>`,
			kept:     []string{"Derby ends in a draw", "Museum öffnet"},
			removals: 0,
		},
		{
			name:     "labels longer than their links are not kickers",
			body:     body + `<ul><li><strong>The mayor told the committee that the depots would close:</strong> <a href="/a">video</a></li><li><strong>Her deputy said the fares would fall next spring:</strong> <a href="/b">audio</a></li><li><strong>The unions said they would fight the plan:</strong> <a href="/c">letter</a></li></ul>`,
			kept:     []string{"The mayor told the committee"},
			removals: 0,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, `<article id="content">`+tc.body+`</article>`)
			content := domtest.ByID(root, "content")
			p := &Pruner{Prose: 10000}
			removeKickerTeasers(content, "example.org", p)
			checkGoneKept(t, domtest.FlatText(content), tc.gone, tc.kept, p.Removed)
			if len(p.Removed) != tc.removals {
				t.Errorf("%d removals, want %d: %+v", len(p.Removed), tc.removals, p.Removed)
			}
		})
	}
}
