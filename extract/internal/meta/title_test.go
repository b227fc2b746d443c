package meta

import (
	"strings"
	"testing"
)

// The site's name as a prefix comes off before a colon or a bar, never
// before a hyphen that joins it to a word of the headline.
func TestStripSiteAffixPrefix(t *testing.T) {
	for _, tc := range []struct{ title, site, want string }{
		{"Le carnet de Marie: Confiture de figues", "Le carnet de Marie", "Confiture de figues"},
		{"Talbote|Buslinie 7 wird gestrichen", "Talbote", "Buslinie 7 wird gestrichen"},
		{"Spiegel-Affäre: Was 1962 geschah", "Spiegel", "Spiegel-Affäre: Was 1962 geschah"},
		{"Talboten erzählen von früher", "Talbote", "Talboten erzählen von früher"},
	} {
		if got := stripSiteAffix(tc.title, tc.site); got != tc.want {
			t.Errorf("stripSiteAffix(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}

// A headline that links to its own page, or one whose class only names a
// heading, is no logo: the title stays the story's.
func TestTitleHeadlineLinksAreNoLogo(t *testing.T) {
	body := `<p>` + strings.Repeat("Der Text des Beitrags geht hier weiter. ", 12) + `</p></body></html>`
	for _, tc := range []struct{ page, want string }{
		{`<html><head><title>Neue Werkstatt in Betrieb – Tischlerei Holzmann</title></head><body>
<h1 class="entry-title"><a href="https://holzmann.example/2024/03/neue-werkstatt/">Neue Werkstatt in Betrieb</a></h1>` + body,
			"Neue Werkstatt in Betrieb"},
		{`<html><head><title>Branding im Handwerk: fünf Fehler – Agentur Nord</title></head><body>
<h1 class="post-title">Branding im Handwerk: fünf Fehler</h1>` + body,
			"Branding im Handwerk: fünf Fehler"},
		// A short <title> that no home link shows stays the title.
		{`<html><head><title>Sommerfest im Kindergarten</title></head><body>
<header><a href="/" class="logo"><img src="/logo.png" alt="Kita Sonnenschein"></a></header>
<h1>Rückblick</h1>` + body,
			"Sommerfest im Kindergarten"},
	} {
		if got := fieldsOf(t, tc.page).Title; got != tc.want {
			t.Errorf("title = %q, want %q", got, tc.want)
		}
	}
}

// A colon close after the heading begins a description only when the
// declared title says more than the heading, in three words or more.
func TestNameBeforeDescription(t *testing.T) {
	for _, tc := range []struct {
		title, heading string
		want           bool
	}{
		{"acme/tilecache: A small map tile server", "acme/tilecache", true},
		{"Impressum: Müller GmbH", "Impressum", false},
		{"Klimawandel : Was auf Landwirte zukommt", "Klimawandel", false},
		{"Small Hours Club: Small Hours Club", "Small Hours Club", false},
	} {
		if got := nameBeforeDescription(tc.title, tc.heading); got != tc.want {
			t.Errorf("nameBeforeDescription(%q, %q) = %v, want %v", tc.title, tc.heading, got, tc.want)
		}
	}
}

// UTF-8 read as Latin-1 or Windows-1252 comes back; Latin text that only
// looks like it stays as written.
func TestRepairMojibake(t *testing.T) {
	for in, want := range map[string]string{
		"MÃ¼nchen erhÃ¤lt eine neue StraÃŸenbahn": "München erhält eine neue Straßenbahn",
		"Itâ€™s the ferryâ€™s last summer":        "It’s the ferry’s last summer",
		"Ã‰tÃ© indien Ã\u00a0 Lyon":               "Été indien à Lyon",
		"Wiosna w Åodzi":                          "Wiosna w Åodzi", // "Å" before a letter is no lead byte here
		"SÃO PAULO: NOVA LINHA DE METRÔ":          "SÃO PAULO: NOVA LINHA DE METRÔ",
		"INSCRIÇÃO ABERTA ATÉ SEXTA":              "INSCRIÇÃO ABERTA ATÉ SEXTA",
		"Straße, Café – Œuvre":                    "Straße, Café – Œuvre",
		"Zażółć gęślą jaźń":                       "Zażółć gęślą jaźń",
		"Año nuevo: ¿qué cambia?":                 "Año nuevo: ¿qué cambia?",
	} {
		if got := repairMojibake(in); got != want {
			t.Errorf("repairMojibake(%q) = %q, want %q", in, got, want)
		}
	}
}
