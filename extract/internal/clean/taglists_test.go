package clean

import (
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
)

func TestRemoveTagLists(t *testing.T) {
	article := domtest.LongP1 + domtest.LongP2 + domtest.LongP3
	for _, tc := range []struct {
		name string
		body string
		gone []string
		kept []string
	}{
		{
			name: "a list of rel=tag links goes with its label",
			body: article + `<ui-chips><span>Tagi:</span><ul><li><a href="/t/miasto" rel="tag">Miasto</a></li><li><a href="/t/rowery" rel="tag">Rowery</a></li></ul></ui-chips>`,
			gone: []string{"Tagi", "Miasto", "Rowery"},
			kept: []string{"The council met"},
		},
		{
			name: "a bar of category and tag links",
			body: article + `<p><a href="/c/news" rel="category tag">Nachrichten</a> <a href="/c/region" rel="category tag">Region</a></p>`,
			gone: []string{"Nachrichten", "Region"},
		},
		{
			name: "a tag link in a sentence stays",
			body: article + `<p>Filed under <a href="/c/news" rel="tag">News</a> and <a href="/c/city" rel="tag">City</a> by the desk.</p>`,
			kept: []string{"Filed under", "News"},
		},
		{
			name: "a list whose links are not all tags stays",
			body: article + `<p>Sources:</p><ul><li><a href="/t/a" rel="tag">Budget</a></li><li><a href="https://council.example/minutes">Minutes of the meeting</a></li></ul>`,
			kept: []string{"Sources", "Minutes of the meeting"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := domtest.Page(t, tc.body)
			removed := cleanTree(root)
			checkGoneKept(t, domtest.FlatText(root), tc.gone, tc.kept, removed)
		})
	}
}
