package meta

import (
	"strings"
	"testing"
)

// A page that states only when it was updated gets that date as its
// published one; a page that states both keeps its publication; a
// copyright year, a date in prose or a teaser's update never stand in.
// With the switch off, the update date is the modification alone.
func TestUpdatedDateAsPublished(t *testing.T) {
	long := strings.Repeat(`<p>`+storyText+`</p>`, 7)
	for _, tc := range []struct{ name, lang, head, body, want, off string }{
		{"en update line under the headline", "en", "",
			`<article><h1>Dachgarten eröffnet</h1><p class="meta">Last updated: 14 February 2022</p><p>` + storyText + `</p></article>`, "2022-02-14", ""},
		{"de JSON-LD dateModified alone", "de",
			`<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2022-09-12T14:30:00+02:00"}</script>`,
			`<article><h1>Dachgarten eröffnet</h1><p>` + storyText + `</p></article>`, "2022-09-12T14:30:00+02:00", ""},
		{"fr modified meta alone", "fr", `<meta property="article:modified_time" content="2023-04-05T09:15:00+02:00">`,
			`<article><h1>Un jardin sur le toit</h1><p>` + storyText + `</p></article>`, "2023-04-05T09:15:00+02:00", ""},
		{"ja last-updated far down", "ja", "",
			`<div class="x"><h1>屋上庭園の記録</h1>` + long + `<div class="info"><p>最終更新日：2020年6月18日</p></div></div>`, "2020-06-18", ""},
		{"es actualizado far down", "es", "",
			`<div class="x"><h1>Un jardín en la azotea</h1>` + long + `<p class="pie">Actualizado el 3 de marzo de 2021</p></div>`, "2021-03-03", ""},
		{"en both shown, update first", "en", "",
			`<article><h1>Dachgarten eröffnet</h1><p class="meta">Updated 9 June 2020 | First published 2 June 2020</p><p>` + storyText + `</p></article>`, "2020-06-02", "2020-06-02"},
		{"de both in JSON-LD", "de",
			`<script type="application/ld+json">{"@type":"Article","dateModified":"2023-07-21T08:00:00+02:00","datePublished":"2023-07-14T10:00:00+02:00"}</script>`,
			`<article><h1>Dachgarten eröffnet</h1><p class="meta">Aktualisiert: 21.07.2023</p><p>` + storyText + `</p></article>`, "2023-07-14T10:00:00+02:00", "2023-07-14T10:00:00+02:00"},
		{"ja both far down", "ja", "",
			`<div class="x"><h1>屋上庭園の記録</h1>` + long + `<p>更新日：2021年10月20日　公開日：2021年10月1日</p></div>`, "2021-10-01", "2021-10-01"},
		{"en copyright footer only, with an update word", "en", "",
			`<article><h1>Dachgarten eröffnet</h1><p>` + storyText + `</p></article><footer><p>© 2021 Das Blatt · updated regularly</p></footer>`, "", ""},
		{"en an update in prose", "en", "",
			`<div class="x"><h1>Dachgarten eröffnet</h1>` + long + `<p>The rules were last updated on 4 May 2019 after a long comment period in which residents wrote to the council.</p></div>`, "", ""},
		{"de an update in prose", "de", "",
			`<div class="x"><h1>Dachgarten eröffnet</h1>` + long + `<p>Die Satzung wurde zuletzt am 4. Mai 2019 aktualisiert, nachdem viele Anwohner dem Rat geschrieben hatten, und gilt seitdem.</p></div>`, "", ""},
		{"fr a teaser's update is not the page's", "fr", "",
			`<article><h1>Un jardin sur le toit</h1><p>` + storyText + `</p></article><aside><h2>À lire aussi</h2><article><h3>Le pont</h3><p>Mis à jour le 2 novembre 2022</p></article></aside>`, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := datePage(tc.lang, tc.head, tc.body)
			if got := fieldsOf(t, page).Published; got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
			prev := updatedAsPublished
			updatedAsPublished = false
			defer func() { updatedAsPublished = prev }()
			if got := fieldsOf(t, page).Published; got != tc.off {
				t.Errorf("switch off: published = %q, want %q", got, tc.off)
			}
		})
	}
}

// The fallback leaves the modified date as it was.
func TestUpdatedDateKeepsModified(t *testing.T) {
	page := datePage("fr", `<meta property="article:modified_time" content="2023-04-05T09:15:00+02:00">`,
		`<article><h1>Un jardin sur le toit</h1><p>`+storyText+`</p></article>`)
	f := fieldsOf(t, page)
	if f.Modified != "2023-04-05T09:15:00+02:00" || f.Published != f.Modified {
		t.Errorf("published %q, modified %q", f.Published, f.Modified)
	}
}
