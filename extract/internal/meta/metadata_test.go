package meta

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
)

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2020-08-15T21:38:00+01:00":       "2020-08-15T21:38:00+01:00",
		"2020-08-15T20:38:00Z":            "2020-08-15T20:38:00Z",
		"2020-08-15T20:38:00.123+00:00":   "2020-08-15T20:38:00Z",
		"2020-08-15T21:38+0200":           "2020-08-15T21:38:00+02:00", // its offset stated, if not in RFC 3339's form
		"2020-12-05T23:15:0Z":             "2020-12-05T23:15:00Z",      // a one-digit second
		"20200316T08:00:00Z":              "2020-03-16T08:00:00Z",      // ISO 8601's basic format
		"2020-08-15T21:38:0":              "2020-08-15",                // no offset: a date alone
		"2020-08-15T25:38:00Z":            "2020-08-15",                // no such hour: the date alone, as before
		"2020-08-15T21:38:00+0200":        "2020-08-15T21:38:00+02:00",
		"2020-08-15T21:38:00":             "2020-08-15", // no offset: never invent a zone
		"2020-08-15 21:38:00":             "2020-08-15", // likewise
		"2020-08-15":                      "2020-08-15",
		"Sat, 15 Aug 2020 20:38:00 GMT":   "2020-08-15T20:38:00Z", // GMT is a known offset
		"Sat, 15 Aug 2020 21:38:00 BST":   "2020-08-15",           // a zone name alone is not
		"Sat, 15 Aug 2020 21:38:00 +0100": "2020-08-15T21:38:00+01:00",
		"August 15, 2020":                 "2020-08-15",
		"15 August 2020":                  "2020-08-15",
		"":                                "",
		"last Tuesday":                    "",
		"0001-01-01T00:00:00Z":            "", // a CMS's "unknown"
	} {
		if got := normalizeDate(in); got != want {
			t.Errorf("normalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitAuthors(t *testing.T) {
	for in, want := range map[string][]string{
		"By Jane Doe":                      {"Jane Doe"},
		"Jane Doe and John Roe":            {"Jane Doe", "John Roe"},
		"Anna Weber, Jonas Roth und Li Wu": {"Anna Weber", "Jonas Roth", "Li Wu"},
		"Par Claire Martin et Paul Henri":  {"Claire Martin", "Paul Henri"},
		"Por Ana García y Luis Pérez":      {"Ana García", "Luis Pérez"},
		"Sarah E. Needleman":               {"Sarah E. Needleman"},
		"Ilana Muhlstein, MS, RDN":         {"Ilana Muhlstein"},
		"admin":                            nil,
		"View all posts":                   nil,
		"More stories by Jane Doe":         nil,
		"AP":                               {"AP"}, // an agency as the byline itself
		// A name in capitals run into its outlet or role in mixed case.
		"By MARGARET OYELARAN Associated Press": {"Margaret Oyelaran"},
		"By JANE DOE":                           {"Jane Doe"},
		"Anna Y. Lee and Tom Roe":               {"Anna Y. Lee", "Tom Roe"},
		"https://example.com/authors/jane":      nil,
		"15 August 2020":                        nil,
		// Writers' labels go, the name stays; 文 alone is a name's character.
		"文● 森本さくら／編集部":                               {"森本さくら"},
		"取材・文◎鈴木一郎":                                  {"鈴木一郎"},
		"文・写真：佐藤次郎":                                  {"佐藤次郎"},
		"文在寅":                                        {"文在寅"},
		"著者：後藤恵":                                     {"後藤恵"},
		"记者 王小明":                                     {"王小明"},
		"박준석 기자 외 1명":                                {"박준석"},
		"Texto: Ana Souza":                           {"Ana Souza"},
		"Testo di Marco Gallo":                       {"Marco Gallo"},
		"Text: Anna Weber, Fotos: Tom Roe":           {"Anna Weber"},
		"Reporting by Jane Doe; Editing by John Roe": {"Jane Doe"},
		// Editors and contributors are no authors; a label left inside is none.
		"Edited by Mark Olsen":                     nil,
		"Von Anna Weber, bearbeitet von Paul Kern": {"Anna Weber"},
		"Editado por Rosa Quintana":                nil,
		"Redazione: Lucia Ferraris":                nil,
		"编辑：李华":                                    nil,
		// A role and the place after it go.
		"Por Ana García, corresponsal en Lima": {"Ana García"},
		"Jane Doe, reporter in Leeds":          {"Jane Doe"},
		// "and" joining lower-case words: a phrase, not names.
		"Rubrique Justice et faits divers": nil,
		"Anna Weber und dpa":               {"Anna Weber", "dpa"},
		// Pictures' credits, networks, desks and placeholders are no names.
		"AP Photo/Jane Doe":                nil,
		"Jane Doe/AP Photo":                nil,
		"Jane Doe - Twitter":               nil,
		"Web Desk":                         nil,
		"Online-Redaktion":                 nil,
		"Partner Content":                  nil,
		"Gastautor":                        nil,
		"Sports Desk":                      {"Sports Desk"},
		"Door onze redacteur":              nil,
		"Marco Gallo, inviato a Bruxelles": {"Marco Gallo"},
		"Claire Dubois, envoyée spéciale à Kyiv": {"Claire Dubois"},
		"Por: Ana Souza": {"Ana Souza"},
		"新华社记者 王明":       {"王明"},
		"山田太郎記者":         {"山田太郎"},
		// A site's address and the places after it; a section before a dot.
		"example-news.de, Frankfurt, Germany": nil,
		"Redaktion Example.at":                nil,
		"Politik · Jane Doe · 4 Min":          {"Jane Doe"},
		"田中一郎，Medianet":                       {"田中一郎", "Medianet"},
		// A sentence split at its "and" gives no names.
		"The Russian and Syrian defense ministries":      nil,
		"LAURE DUPONT, MARC ROY Envoyés spéciaux à Lyon": {"Laure Dupont"},
		// An e-mail address beside a name is a contact; the name stays.
		"Rosa Lindqvist (rosa.l@example.org)": {"Rosa Lindqvist"},
		"kai.berg@example.de (Kai Berg)":      {"Kai Berg"},
		"Marta Ruiz <marta@example.es>":       {"Marta Ruiz"},
		"redaktion@example.de":                nil,
		"Anna Weber (dpa)":                    {"Anna Weber"},
		// An author label with its colon goes before the first name too.
		"Autorzy: Anna Nowak i Piotr Wiśniewski": {"Anna Nowak", "Piotr Wiśniewski"},
		"Autoren: Lea Sommer und Jonas Keller":   {"Lea Sommer", "Jonas Keller"},
		"Auteurs : Claire Dubois et Marc Leroy":  {"Claire Dubois", "Marc Leroy"},
		"Autores: Lucía Gómez y Pablo Ruiz":      {"Lucía Gómez", "Pablo Ruiz"},
	} {
		if got := SplitAuthors(in); !reflect.DeepEqual(got, want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripSiteAffix(t *testing.T) {
	for _, tc := range []struct{ title, site, want string }{
		{"Harbour reopens after storm | Coast Courier", "Coast Courier", "Harbour reopens after storm"},
		{"Coast Courier - Harbour reopens after storm", "Coast Courier", "Harbour reopens after storm"},
		{"Harbour reopens after the winter storm – Courier", "", "Harbour reopens after the winter storm"},
		{"Brexit: what happens next", "The Paper", "Brexit: what happens next"},
		{"Cats - a history - and more", "", "Cats - a history - and more"},
		// The site's name without its edition's word.
		{"港の新しい橋が開通：港町新聞", "港町新聞 電子版", "港の新しい橋が開通"},
		{"Bridge reopens | Harbour Gazette", "Harbour Gazette Online", "Bridge reopens"},
		{"Rents rise | Harbour", "Harbourside News", "Rents rise | Harbour"}, // no whole word of the name
	} {
		if got := stripSiteAffix(tc.title, tc.site); got != tc.want {
			t.Errorf("stripSiteAffix(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}

func TestStandfirstNeedsAgreementAndAHeader(t *testing.T) {
	head := `<html><head><meta name="description" content="Crews worked through the night to shore up the defences."></head><body>`
	withHeader := fieldsOf(t, head+`<header><h1>Town evacuated</h1><p>Crews worked through the night to shore up the defences.</p></header>
<p>`+strings.Repeat("Body text of the story goes on. ", 10)+`</p></body></html>`)
	if withHeader.Subtitle != "Crews worked through the night to shore up the defences." {
		t.Errorf("standfirst in a header: got %q", withHeader.Subtitle)
	}
	long := strings.Repeat("More body text of the story goes on here. ", 4)
	inBody := fieldsOf(t, head+`<div><h1>Town evacuated</h1><p>Crews worked through the night to shore up the defences.</p>
<p>`+long+`</p><p>`+long+`</p><p>`+long+`</p></div></body></html>`)
	if inBody.Subtitle != "" {
		t.Errorf("a first body paragraph is no standfirst: got %q", inBody.Subtitle)
	}
}

func TestPageURL(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{`<!-- saved from url=(0031)https://news.example/a-story --><html><head><link rel="canonical" href="https://other.example/"></head></html>`, "https://news.example/a-story"},
		{"<!--\n Page saved with SingleFile \n url: https://news.example/single \n saved date: Sat Mar 09 2024\n--><html></html>", "https://news.example/single"},
		{`<html><head><link rel="canonical" href="https://news.example/c"><meta property="og:url" content="https://news.example/og"></head></html>`, "https://news.example/c"},
		{`<html><head><link rel="canonical" href="/relative"><meta property="og:url" content="https://news.example/og"></head></html>`, "https://news.example/og"},
		{`<html><head><base href="https://cdn.example/"></head></html>`, ""},
	} {
		node, _ := html.Parse(strings.NewReader(tc.page))
		got := ""
		if u := Read(&dom.Document{Node: node}).PageURL(); u != nil {
			got = u.String()
		}
		if got != tc.want {
			t.Errorf("pageURL = %q, want %q\npage: %s", got, tc.want, tc.page)
		}
	}
}

func TestStandfirstCandidatesMustReadLikeOne(t *testing.T) {
	page := func(sub string) string {
		return `<html><head><meta name="author" content="Janie Har"></head><body><header><h1>Harbour reopens after the storm</h1>` + sub +
			`</header><p>` + strings.Repeat("The body of the story goes on here. ", 6) + `</p></body></html>`
	}
	for _, tc := range []struct{ name, sub, want string }{
		{"a marked standfirst", `<p class="article-dek">Divers cleared the channel overnight after four days of work</p>`,
			"Divers cleared the channel overnight after four days of work"},
		{"too short", `<p class="dek">Ports</p>`, ""},
		{"the headline again", `<p class="subtitle">Harbour reopens after the storm, officials say</p>`, ""},
		{"a breadcrumb", `<p class="subhead"><a href="/">News</a> » <a href="/uk">UK</a> » <a href="/uk/ports">Ports and shipping</a></p>`, ""},
		{"boilerplate", `<div class="subhead">Sign up for our newsletter</div>`, ""},
		{"a byline and date", `<p class="deck">JANIE HAR Nov. 20, 2019 Updated: Nov. 20, 2019</p>`, ""},
		{"far from the headline", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := page(tc.sub)
			if tc.name == "far from the headline" {
				src = strings.Replace(page(""), "</body>", `<aside><p class="dek">Divers cleared the channel overnight after four days</p></aside></body>`, 1)
			}
			if got := fieldsOf(t, src).Subtitle; got != tc.want {
				t.Errorf("subtitle = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestHasSubtitleName(t *testing.T) {
	for class, want := range map[string]bool{
		"article__standfirst": true, "c-dek": true, "sub-title": true, "subTitle": true, "story-subhead": true,
		"deck large": true, "Strapline": true, "header": false, "subtitles-off": false, "dekstop": false,
		"sub-nav": false, "list-style": false, "": false,
		"SUB_HEADLINE": true, "x-DECK": true, "SubHead": true, "STRAPLINE": true, "dek-Ünterzeile": true,
	} {
		if got := hasSubtitleName(class); got != want {
			t.Errorf("hasSubtitleName(%q) = %v, want %v", class, got, want)
		}
	}
}

// fieldsOf reads the metadata of page.
func fieldsOf(t *testing.T, page string) *Fields {
	t.Helper()
	node, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return Read(&dom.Document{Node: node}).Article()
}

func TestBylineLineLabels(t *testing.T) {
	for text, want := range map[string][]string{
		"Ein Artikel von Lena Roth":               {"Lena Roth"},
		"Written by Ana Kim":                      {"Ana Kim"},
		"Un articolo di Marco Gallo":              {"Marco Gallo"},
		"Entfernung von Steinen/ Wurzeln":         nil, // a noun before "von": prose, not a byline
		"Photographs by Tom Roe":                  nil, // the pictures' credit
		"Bau von Brücken und Straßen":             nil,
		"Texto: Beatriz Moura, Fotos: Caio Lemos": {"Beatriz Moura"},
		"Von dpa | 22.06.2023, 18:30 Uhr":         {"dpa"}, // an agency before the bar is no section
	} {
		if got := bylineNames(text); !reflect.DeepEqual(got, want) {
			t.Errorf("bylineNames(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestBylineTextJoinedLabel: a text credit joined to its names by the
// language's "of" loses the joining word with the label; a name that
// merely starts like one keeps it.
func TestBylineTextJoinedLabel(t *testing.T) {
	for in, want := range map[string]string{
		"Texto de Irene Castro · Fotografías de Xoán Piñeiro": "Irene Castro",
		"Texte de Claire Martin":                              "Claire Martin",
		"Testo di Marco Gallo":                                "Marco Gallo",
		"Text von Jana Berg | 3. Mai 2024":                    "Jana Berg",
		"Texto: Ana Souza":                                    "Ana Souza",
		"Por Ana de Souza":                                    "Ana de Souza",
	} {
		if got := bylineText(in); got != want {
			t.Errorf("bylineText(%q) = %q, want %q", in, got, want)
		}
	}
}
