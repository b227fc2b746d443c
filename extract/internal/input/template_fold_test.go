package input

import "testing"

// containsFoldASCII must agree with the byte-by-byte containsFold it
// replaces on the template check's hot path.
func TestContainsFoldASCIIAgrees(t *testing.T) {
	for _, text := range []string{
		"", "y", "articlebody", "ArticleBody", "ARTICLEBODY", "xxarticleBODy",
		`<div itemprop="articleBody">`, `<div itemprop="articleBod">y`,
		"articlebodY", "articlebod", "rticlebody", "article body",
		"style type body articlebodyy", "yyyyyyyyyyyarticlebody",
		"<p>Ärticlebody</p>", "articlebodz ARTICLEBODy",
	} {
		if got, want := containsFoldASCII(text, "articlebody"), containsFold(text, "articlebody"); got != want {
			t.Errorf("containsFoldASCII(%q) = %v, containsFold says %v", text, got, want)
		}
	}
}
