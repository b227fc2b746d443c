package meta

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
)

func TestFindTextDatesMoreForms(t *testing.T) {
	for _, tc := range []struct{ text, lang, want string }{
		{"2021年11月10日 14:05", "ja", "2021-11-10"},
		{"发布时间：2019年4月4日", "zh", "2019-04-04"},
		{"2023년 7월 3일", "ko", "2023-07-03"},
		{"Stand: 30.10.23, 08:15", "de", "2023-10-30"},
		{"wtorek, 12 marca 2024", "pl", "2024-03-12"},
		{"Opublikowano 3 października 2022", "pl", "2022-10-03"},
		{"03.05.2013", "en", "2013-05-03"},    // dots are day first even on an English page
		{"03/05/2013", "en", "2013-03-05"},    // slashes follow the language
		{"Version 2.5.12 released", "en", ""}, // on an English page a two-digit year only as a date line
		{"In the media\n 02.12.19 \nHeadline", "en", "2019-12-02"},
		{"Release notes\nv1.4.21\n", "en", ""},
		{"02.12.19", "", "2019-12-02"},
		{"Upgrade to 3.4.21 before Friday", "", ""},
		{"Mis à jour le 02.12.19 à 10h", "fr", "2019-12-02"}, // day-first pages read it inside a line too
		// months as the press abbreviates them
		{"Wien, 14. Jänner 2022", "de", "2022-01-14"},
		{"Graz, 3. Jän. 2021, 10:05", "de", "2021-01-03"},
		{"di 5 mrt. 2019 om 09:12", "nl", "2019-03-05"},
		{"14 abr. 2021 - 09:30", "es", "2021-04-14"},
		{"Publicado em 22 abr 2020", "pt", "2020-04-22"},
		{"mer. 12 fév. 2020 à 8h", "fr", "2020-02-12"},
		{"5 sett. 2019, ore 10:12", "it", "2019-09-05"},
		{"5 paź 2021, 12:40", "pl", "2021-10-05"},
		{"Opublikowano: 17 lut 2022", "pl", "2022-02-17"},
		{"12 апр. 2019, 14:05", "ru", "2019-04-12"},
		{"3 нояб. 2020 г.", "ru", "2020-11-03"},
		{"입력 2019. 3. 5. 오전 10:15", "ko", "2019-03-05"},
		// and the near misses: a sentence that ends on a year and goes on
		// with numbers
		{"Im Jahr 2019. 3 Teams, 5 Spiele", "de", ""},
		{"Von 2019. 3. 5 Prozent", "de", ""},
	} {
		got := ""
		if m := findTextDates(tc.text, tc.lang); len(m) > 0 {
			got = m[0].Date
		}
		if got != tc.want {
			t.Errorf("findTextDates(%q, %q) = %q, want %q", tc.text, tc.lang, got, tc.want)
		}
	}
}

// datePage is an article whose head declares nothing but a title; body
// holds what the page shows around its headline.
func datePage(lang, head, body string) string {
	return `<html lang="` + lang + `"><head><title>Dachgarten eröffnet</title>` + head + `</head><body>
<nav><a href="/">Start</a> <a href="/archiv">Archiv</a></nav>` + body + `
<footer>© 2001–2024 Das Blatt · Impressum</footer></body></html>`
}

var storyText = strings.Repeat("Die Stadt hat den neuen Garten auf dem Dach der Bibliothek eröffnet, und viele kamen. ", 3)

func TestDatesInThePagesOwnWords(t *testing.T) {
	for _, tc := range []struct {
		name, lang, head, body, want string
	}{
		{"time before the headline, outside the zone", "en", "",
			`<article><div class="eyebrow"><a href="/c">City</a> <time datetime="2022-06-14T09:00:00">June 14</time></div>
<div class="x"><div class="y"><div class="z"><p>Section</p><p>More</p><p>Nav</p><p>Bits</p></div></div></div>
<h1>Dachgarten eröffnet</h1><p>` + storyText + `</p><p>` + storyText + `</p></article>`, "2022-06-14"},
		{"microdata on a span, written date", "de", "",
			`<article><h1>Dachgarten eröffnet</h1><p>` + storyText + `</p><p>` + storyText + `</p>
<p>Erschienen: <span itemprop="datePublished">18. März 2020</span></p></article>`, "2020-03-18"},
		{"RDFa dateCreated on a div", "en", "",
			`<article><h1>Dachgarten eröffnet</h1><div property="schema:dateCreated" content="2021-11-10T08:00:00+01:00"></div><p>` + storyText + `</p></article>`,
			"2021-11-10T08:00:00+01:00"},
		{"JSON-LD on a WebPage", "de", `<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Blatt","datePublished":"2001-01-01"},{"@type":"WebPage","datePublished":"2020-05-19T10:00:00+02:00"}]}</script>`,
			`<h1>Dachgarten eröffnet</h1><p>` + storyText + `</p>`, "2020-05-19T10:00:00+02:00"},
		{"a dated div under the headline, after a long standfirst", "de", "",
			`<main><h1>Dachgarten eröffnet</h1><p>` + storyText + `</p><p>` + storyText + `</p><div class="authored">10.11.2021</div><p>` + storyText + `</p></main>`,
			"2021-11-10"},
		{"Japanese date line", "ja", "",
			`<article><h1>屋上庭園が開園</h1><div class="meta">2020年7月3日 公開</div><p>` + storyText + `</p></article>`, "2020-07-03"},
		{"labelled date far down the page", "de", "",
			`<h1>Dachgarten eröffnet</h1><p>` + storyText + `</p><p>` + storyText + `</p><p>` + storyText + `</p><p>` + storyText +
				`</p><p>` + storyText + `</p><p>` + storyText + `</p><p>` + storyText + `</p><p>Veröffentlicht am 4. Februar 2019</p>`, "2019-02-04"},
		{"a relative date beside an absolute one", "fr", "",
			`<article><h1>Un jardin sur le toit</h1><p class="date">il y a 3 jours · 12 mars 2021</p><p>` + storyText + `</p></article>`, "2021-03-12"},
		{"a relative date alone is no date", "fr", "",
			`<article><h1>Un jardin sur le toit</h1><p class="date">il y a 3 jours</p><p>` + storyText + `</p></article>`, ""},
		{"only an update date stands as the published one", "en", "",
			`<article><h1>Dachgarten eröffnet</h1><p>Updated: March 3, 2021</p><p>` + storyText + `</p></article>`, "2021-03-03"},
		{"a date inside a sentence of the body is not the page's", "es", "",
			`<article><h1>Un jardín en la azotea</h1><p>` + storyText + ` La biblioteca abrió desde el 6 de marzo de 2002 y sigue abierta hoy para todos los vecinos del barrio.</p></article>`, ""},
		{"URL path", "en", `<link rel="canonical" href="https://blatt.example/2020/05/19/dachgarten">`,
			`<h1>Dachgarten eröffnet</h1><p>` + storyText + `</p>`, "2020-05-19"},
		{"a UTC instant in the page's own zone, from its zone-less twin", "en",
			`<meta property="article:published_time" content="2023-11-09T01:09:55Z"><script type="application/ld+json">{"@type":"WebPage","datePublished":"2023-11-08 18:09:55"}</script>`,
			`<h1>Dachgarten eröffnet</h1><p>` + storyText + `</p>`, "2023-11-08T18:09:55-07:00"},
		{"a UTC instant just after midnight, the URL's day before it", "en",
			`<meta property="article:published_time" content="2023-11-09T02:10:00Z"><link rel="canonical" href="https://blatt.example/2023/11/08/dachgarten">`,
			`<h1>Dachgarten eröffnet</h1><p>` + storyText + `</p>`, "2023-11-08"},
		{"a UTC instant at noon keeps its day whatever the URL says", "en",
			`<meta property="article:published_time" content="2023-11-09T12:10:00Z"><link rel="canonical" href="https://blatt.example/2023/11/08/dachgarten">`,
			`<h1>Dachgarten eröffnet</h1><p>` + storyText + `</p>`, "2023-11-09T12:10:00Z"},
		{"a late UTC instant, the next day shown under microdata", "it",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-12-05T23:15:0Z"}</script>`,
			`<h1>Il giardino sul tetto apre</h1><p itemprop="datePublished">06 dicembre 2020</p><p>` + storyText + `</p>`, "2020-12-06"},
		{"an early UTC instant, the day before in a date-only meta", "es",
			`<meta property="article:published_time" content="2021-03-09T03:40:00Z"><meta name="date" content="2021-03-08">`,
			`<h1>Un jardín en la azotea</h1><p>` + storyText + `</p>`, "2021-03-08"},
		{"a UTC instant at noon keeps its day whatever the microdata shows", "de",
			`<meta property="article:published_time" content="2022-04-11T12:05:00Z">`,
			`<h1>Dachgarten eröffnet</h1><p><span itemprop="datePublished">12. April 2022</span></p><p>` + storyText + `</p>`, "2022-04-11T12:05:00Z"},
		{"a shown day two days off is no zone's", "fr",
			`<meta property="article:published_time" content="2022-04-11T23:05:00Z">`,
			`<h1>Un jardin sur le toit</h1><p><span itemprop="datePublished">13 avril 2022</span></p><p>` + storyText + `</p>`, "2022-04-11T23:05:00Z"},
		{"a date-only meta on the UTC day does not outvote the shown day", "en",
			`<meta property="article:published_time" content="2022-04-11T23:05:00Z"><meta name="date" content="2022-04-11">`,
			`<h1>Rooftop garden opens</h1><p><span itemprop="datePublished">April 12, 2022</span></p><p>` + storyText + `</p>`, "2022-04-12"},
		{"a shown time's day in the Americas, its datetime in UTC", "en",
			`<meta property="article:published_time" content="2019-11-20T04:26:47Z">`,
			`<h1>Rooftop garden opens</h1><p>Published <time itemprop="datePublished" datetime="2019-11-20T04:26:50Z">11:26 pm EST, Tuesday, November 19, 2019</time></p><p>` + storyText + `</p>`, "2019-11-19"},
		{"meta written with value=", "en", `<meta name="sailthru.date" value="2016-12-15 10:00:00">`,
			`<h1>Dachgarten eröffnet</h1><p>` + storyText + `</p>`, "2016-12-15"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fieldsOf(t, datePage(tc.lang, tc.head, tc.body)).Published; got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// The fallbacks read text only when the structured sources are silent.
func TestStructuredDateWinsOverText(t *testing.T) {
	page := datePage("en", `<meta property="article:published_time" content="2024-01-02T10:00:00+01:00">`,
		`<article><h1>Dachgarten eröffnet</h1><p class="date">Published 5 May 2019</p><p>`+storyText+`</p></article>`)
	if got := fieldsOf(t, page).Published; got != "2024-01-02T10:00:00+01:00" {
		t.Errorf("published = %q", got)
	}
}

func TestTitlesAsTheReaderSeesThem(t *testing.T) {
	for _, tc := range []struct{ name, head, body, want string }{
		{"full-width bar before the site", `<meta property="og:site_name" content="ガジェット速報"><title>新しいペンで新聞を切り抜く ｜ ガジェット速報</title>`,
			`<p>本文</p>`, "新しいペンで新聞を切り抜く"},
		{"full-width dash without spaces", `<meta property="og:site_name" content="技術日誌"><title>屋上庭園の記録－技術日誌</title>`,
			`<p>本文</p>`, "屋上庭園の記録"},
		{"full-width colon", `<meta property="og:site_name" content="市立図書館"><title>屋上庭園の記録：市立図書館</title>`,
			`<p>本文</p>`, "屋上庭園の記録"},
		{"the site's name as the title of a section page", `<meta property="og:site_name" content="The Morning Ledger"><title>The Morning Ledger</title>`,
			`<header><h1>The Morning Ledger</h1></header><main><h1>Rooftop garden opens above the library</h1><p>` + storyText + `</p></main>`,
			"Rooftop garden opens above the library"},
		{"the site's name as og:title, the visible headline kept", `<meta property="og:site_name" content="Kessel Daily"><meta property="og:title" content="Kessel Daily">`,
			`<h1>Stadtrat beschließt den Dachgarten</h1><p>` + storyText + `</p>`, "Stadtrat beschließt den Dachgarten"},
		{"entities escaped twice", `<meta property="og:title" content="Der &amp;quot;Dachgarten&amp;quot; öffnet">`,
			`<p>` + storyText + `</p>`, `Der "Dachgarten" öffnet`},
		{"an empty kicker's colon", `<meta property="og:title" content=": Nach dem Streit öffnet der Garten">`,
			`<p>` + storyText + `</p>`, "Nach dem Streit öffnet der Garten"},
		{"a colon inside a French headline stays", `<title>Budget : la ville ouvre un jardin sur le toit</title>`,
			`<p>` + storyText + `</p>`, "Budget : la ville ouvre un jardin sur le toit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
			if got := fieldsOf(t, page).Title; got != tc.want {
				t.Errorf("title = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestStripSiteAffixWithoutSpaces(t *testing.T) {
	for _, tc := range []struct{ title, site, want string }{
		{"图书馆屋顶花园开放_城市日报", "城市日报", "图书馆屋顶花园开放"},
		{"Rooftop garden|The Ledger", "The Ledger", "Rooftop garden"},
		{"Notes from The Ledger", "The Ledger", "Notes from The Ledger"}, // no separator: part of the headline
	} {
		if got := stripSiteAffix(tc.title, tc.site); got != tc.want {
			t.Errorf("stripSiteAffix(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}

func TestJapaneseDateLabels(t *testing.T) {
	page := datePage("ja", "", `<div class="x"><h1>屋上庭園の記録</h1><p>`+storyText+`</p><p>`+storyText+`</p><p>`+storyText+`</p><p>`+storyText+
		`</p><p>`+storyText+`</p><p>`+storyText+`</p><p>`+storyText+`</p><dl><dt>ページ数</dt><dd>120</dd><dt>配信開始日</dt>`+"\n\t"+`<dd>2019/3/5</dd></dl></div>`)
	if got := fieldsOf(t, page).Published; got != "2019-03-05" {
		t.Errorf("published = %q, want 2019-03-05", got)
	}
	updated := strings.Replace(page, "配信開始日", "最終更新日", 1)
	if got := fieldsOf(t, updated).Published; got != "2019-03-05" {
		t.Errorf("an update date alone gave published = %q, want it as the published one", got)
	}
}

// A page with no headline element dates its article by the meta line whose
// byline follows the date ("25.04.24 | 14:07 Uhr | Von …"); a date that
// prose follows with "von" is no such line.
func TestDateBeforeItsByline(t *testing.T) {
	for _, tc := range []struct{ name, lang, body, want string }{
		{"de short year, time, byline", "de", `<div class="meta">Do 25.04.24 | 14:07 Uhr | Von <span class="author">Eva Roth</span></div>`, "2024-04-25"},
		{"en month name, dot, byline", "en", `<p class="meta">March 3, 2021 · By Jane Doe</p>`, "2021-03-03"},
		{"fr numeric, bar, byline", "fr", `<p class="infos">12/05/2022 | Par Claire Dubois</p>`, "2022-05-12"},
		{"prose after a date", "de", `<p>Seit dem 25.04.2024, von Montag bis Freitag, ist die Bibliothek länger offen.</p>`, ""},
		{"a bar but no byline", "en", `<p class="meta">March 3, 2021 | Opinion</p>`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := datePage(tc.lang, "", `<div class="story"><p class="kicker">Kultur</p>`+tc.body+`<p>`+storyText+`</p><p>`+storyText+`</p></div>`)
			if got := fieldsOf(t, page).Published; got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// A structured value may write its date as a reader would: numeric orders
// by the page's language, month names in more languages, digits of other
// scripts. Two dates in one value, or a long text, give none.
func TestTextualDate(t *testing.T) {
	for _, tc := range []struct{ value, lang, want string }{
		{"12-15-2016", "en", "2016-12-15"},
		{"03-07-2022", "en-US", "2022-03-07"},
		{"03-07-2022", "de", "2022-07-03"},
		{"الثلاثاء، 14 مارس 2023 - 09:30 ص", "ar", "2023-03-14"},
		{"٥ مايو ٢٠٢١", "ar", "2021-05-05"},
		{"۱۲ اکتبر ۲۰۲۲", "fa", "2022-10-12"},
		{"２０２１年５月１８日", "ja", "2021-05-18"},
		{"7 Ekim 2022 Cuma", "tr", "2022-10-07"},
		{"14. března 2023", "cs", "2023-03-14"},
		{"3 листопада 2021", "uk", "2021-11-03"},
		{"2 May 2020 – 9 May 2020", "en", ""},
		{"yesterday", "en", ""},
		{strings.Repeat("Die Stadt eröffnet den Garten am 3. Mai 2020. ", 3), "de", ""},
	} {
		if got := textualDate(tc.value, tc.lang); got != tc.want {
			t.Errorf("textualDate(%q, %q) = %q, want %q", tc.value, tc.lang, got, tc.want)
		}
	}
}

func TestMetaDateWrittenAsText(t *testing.T) {
	for _, tc := range []struct{ name, lang, head, want string }{
		{"US numeric in value=", "en-US", `<meta name="article:published_time" value="12-15-2016">`, "2016-12-15"},
		{"Arabic month name", "ar", `<meta property="article:published_time" content="الأحد، 05 فبراير 2023 - 11:20 ص">`, "2023-02-05"},
		{"a later meta read when the first holds no date", "en",
			`<meta property="article:published_time" content="n/a"><meta name="dc.date" content="2021-06-30">`, "2021-06-30"},
		{"JSON-LD written as text, day first in German", "de",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"05.06.2021, 14:00 Uhr"}</script>`, "2021-06-05"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fieldsOf(t, datePage(tc.lang, tc.head, `<h1>Dachgarten eröffnet</h1><p>`+storyText+`</p>`)).Published; got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// A <time> whose shown date is another day than its datetime gives the
// shown day; the same day, a date with no year, or the datetime's day and
// month swapped leave the datetime.
func TestTimeShowsAnotherDay(t *testing.T) {
	for _, tc := range []struct{ name, lang, time, want string }{
		{"fr, a later datetime", "fr", `<time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time>`, "2019-06-29"},
		{"es, a later datetime", "es", `<time datetime="2020-03-02T10:00:00+01:00">Publicado el 24 de febrero de 2020</time>`, "2020-02-24"},
		{"en, the UTC day after the shown one", "en", `<time datetime="2020-05-02T02:54:29Z">May 1, 2020</time>`, "2020-05-01"},
		{"de, the same day", "de", `<time datetime="2021-03-05T10:00:00+01:00">5. März 2021</time>`, "2021-03-05T10:00:00+01:00"},
		{"no year shown", "fr", `<time datetime="2019-07-03T10:18:46Z">Publié le 29 juin</time>`, "2019-07-03T10:18:46Z"},
		{"relative text", "de", `<time datetime="2023-04-28T19:21:37+02:00">vor 58 Minuten</time>`, "2023-04-28T19:21:37+02:00"},
		{"day and month swapped", "en", `<time datetime="2021-04-05T09:00:00Z">05/04/2021</time>`, "2021-04-05T09:00:00Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := datePage(tc.lang, "", `<article><h1>Dachgarten eröffnet</h1><div class="meta">`+tc.time+`</div><p>`+storyText+`</p></article>`)
			if got := fieldsOf(t, page).Published; got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// A publication label after its date: German and Dutch only in a sentence
// about the page itself, CJK right after the date; a label that opens the
// next date, an update label, and prose about something else published are
// not read so.
func TestLabelAfterTheDate(t *testing.T) {
	long := `<p>` + storyText + `</p><p>` + storyText + `</p><p>` + storyText + `</p><p>` + storyText + `</p><p>` + storyText + `</p><p>` + storyText + `</p>`
	for _, tc := range []struct{ name, lang, line, want string }{
		{"de WordPress line", "de", `Dieser Beitrag wurde am Dienstag, 7. Juni 2016 um 18:40 Uhr veröffentlicht und unter Verein abgelegt.`, "2016-06-07"},
		{"de entry", "de", `Dieser Eintrag wurde am 12.03.2015 veröffentlicht.`, "2015-03-12"},
		{"nl", "nl", `Dit bericht werd op 4 april 2019 gepubliceerd in Nieuws.`, "2019-04-04"},
		{"ja", "ja", `2018年11月2日 掲載`, "2018-11-02"},
		{"zh with a time", "zh", `2020-08-15 09:30 发布`, "2020-08-15"},
		{"de prose about a book", "de", `Das Buch des Gärtners wurde am 3. Mai 1999 in Hamburg veröffentlicht, lange vor dem Garten.`, ""},
		{"the label opens the next date", "de", `Zuletzt aktualisiert am 9. Mai 2016, veröffentlicht am 2. Mai 2016`, "2016-05-02"},
		{"an update before: the update date alone", "de", `Aktualisiert: Dieser Beitrag vom 9. Mai 2016 wurde veröffentlicht`, "2016-05-09"},
		{"ja update", "ja", `2018年11月2日 更新`, ""},
		{"ja label after other words", "ja", `2018年11月2日に図書館で公開講座`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := datePage(tc.lang, "", `<div class="x"><h1>Dachgarten eröffnet</h1>`+long+`<p class="postmeta">`+tc.line+`</p></div>`)
			if got := fieldsOf(t, page).Published; got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// Every page of testdata/metadata gets the published day it is labelled
// with (or none where it has none).
func TestFixturePublishedDates(t *testing.T) {
	raw, err := os.ReadFile("../../../testdata/metadata/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var labels map[string]struct {
		Published string `json:"published"`
	}
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatal(err)
	}
	if len(labels) < 150 {
		t.Fatalf("only %d labelled pages", len(labels))
	}
	for id, l := range labels {
		page, err := os.ReadFile("../../../testdata/metadata/" + id + ".html")
		if err != nil {
			t.Fatal(err)
		}
		got := fieldsOf(t, string(page)).Published
		if got[:min(10, len(got))] != l.Published {
			t.Errorf("%s: published = %q, want %q", id, got, l.Published)
		}
	}
}

// Japan's era years, read in a date line and in a labelled date far down.
func TestJapaneseEraDates(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"令和3年4月1日", "2021-04-01"},
		{"令和元年5月7日", "2019-05-07"},
		{"平成30年12月25日", "2018-12-25"},
		{"令和 2 年 8 月 15 日", "2020-08-15"},
	} {
		got := ""
		if m := findTextDates(tc.text, "ja"); len(m) > 0 {
			got = m[0].Date
		}
		if got != tc.want {
			t.Errorf("findTextDates(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	long := strings.Repeat(`<p>`+storyText+`</p>`, 7)
	page := datePage("ja", "", `<div class="x"><h1>屋上庭園の記録</h1>`+long+`<p class="info">公開日：令和3年4月1日</p></div>`)
	if got := fieldsOf(t, page).Published; got != "2021-04-01" {
		t.Errorf("labelled era date far down: published = %q, want 2021-04-01", got)
	}
}

// Persian pages' Solar Hijri dates, given as Gregorian ones.
func TestJalaliDates(t *testing.T) {
	for _, tc := range []struct{ text, lang, want string }{
		{"۲ تیر ۱۳۹۹", "fa", "2020-06-22"},
		{"2 تير 1399 - 12:09:08", "fa", "2020-06-22"}, // Arabic yeh
		{"دوشنبه ۱ فروردین ۱۴۰۱", "fa", "2022-03-21"},
		{"۳۰ اسفند ۱۳۹۹", "fa", "2021-03-20"},
		{"۱۴۰۲/۰۷/۱۵", "fa", "2023-10-07"},
		{"1402/07/15", "en", ""},  // numeric only on a Persian page
		{"۳۱ مهر ۱۴۰۰", "fa", ""}, // the autumn months have 30 days
	} {
		got := ""
		if m := findTextDates(asciiDigits(tc.text), tc.lang); len(m) > 0 {
			got = m[0].Date
		}
		if got != tc.want {
			t.Errorf("findTextDates(%q, %q) = %q, want %q", tc.text, tc.lang, got, tc.want)
		}
	}
}

// Machine formats sites write in metas: a JavaScript Date's string, RFC
// 1123 without its comma after the day, Unix date(1)'s output.
func TestMoreZonedLayouts(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Tue Dec 20 2016 13:00:00 GMT+0000 (Coordinated Universal Time)", "2016-12-20T13:00:00Z"},
		{"Fri Sep 25 2020 16:04:49 GMT-0400 (Eastern Daylight Time)", "2020-09-25T16:04:49-04:00"},
		{"Thu, Dec 25 2014 16:57:37 +0000", "2014-12-25T16:57:37Z"},
		{"Fri Apr 28 19:20:36 CEST 2023", "2023-04-28"}, // Unix date(1): a zone's name, the date alone
		{"Sat Mar  7 08:05:00 UTC 2020", "2020-03-07T08:05:00Z"},
	} {
		if got := normalizeDate(tc.in); got != tc.want {
			t.Errorf("normalizeDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A date alone from an earlier source gives way to a later one's instant on
// the same day, never to another day's.
func TestDateAloneTakesItsInstant(t *testing.T) {
	for _, tc := range []struct{ name, head, want string }{
		{"a Unix date's zone name, then the instant", `<meta name="date" content="Fri Apr 28 19:20:36 CEST 2023"><meta property="article:published_time" content="2023-04-28T19:20:36+02:00">`, "2023-04-28T19:20:36+02:00"},
		{"a date-only JSON-LD, then the meta's instant", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-09-14"}</script><meta property="article:published_time" content="2021-09-14T08:30:00+02:00">`, "2021-09-14T08:30:00+02:00"},
		{"another day's instant leaves the date alone", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-09-14"}</script><meta property="article:published_time" content="2021-09-16T08:30:00+02:00">`, "2021-09-14"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := datePage("de", tc.head, `<h1>Dachgarten eröffnet</h1><p>`+storyText+`</p>`)
			if got := fieldsOf(t, page).Published; got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// A meta line under the headline that ends in a time ("a.m.") is a date
// line, not a sentence of prose; a quoted statement's date above the
// headline is not the article's.
func TestDateLineEndingInATime(t *testing.T) {
	page := datePage("en", "", `<div class="statement"><p>"We planted four hundred trees last spring."</p><p class="meta">— Dana Whitlock on Sunday, October 13th, 2019 in a speech to the council</p></div>
<h1>Did the city plant 400 trees?</h1><p class="article-meta">By <a href="/staff/jo">Jo Marsh</a> , <a href="/staff/al">Al Brook</a> <span>on Monday, November 18th, 2019 at 11:08 a.m.</span></p><p>`+storyText+`</p><p>`+storyText+`</p>`)
	if got := fieldsOf(t, page).Published; got != "2019-11-18" {
		t.Errorf("published = %q, want 2019-11-18", got)
	}
	// the headline's zone reads it so itself, in the line's own case
	node, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := Read(&dom.Document{Node: node})
	m.Article()
	if got, _ := zoneDates(headlineZone(m.h1), "en"); got != "2019-11-18" {
		t.Errorf("zone date = %q, want 2019-11-18", got)
	}
}

// Publication and update labels in more languages: the update shown first
// is not the publication; a labelled date far down is read.
func TestMoreDateLabels(t *testing.T) {
	long := strings.Repeat(`<p>`+storyText+`</p>`, 7)
	for _, tc := range []struct{ name, lang, zone, far, want string }{
		{"tr update first", "tr", `<p class="bilgi">Güncelleme: 03.07.2024 11:20 · Yayınlanma: 02.07.2024 09:05</p>`, "", "2024-07-02"},
		{"ko input and edit", "ko", `<p class="info">수정 2021.03.06 08:00 입력 2021.03.05 10:00</p>`, "", "2021-03-05"},
		{"sv update alone", "sv", `<p class="meta">Uppdaterad 4 maj 2022</p>`, "", "2022-05-04"},
		{"cs published far down", "cs", "", `<p>Publikováno: 14. března 2023</p>`, "2023-03-14"},
		{"ko input far down", "ko", "", `<p>기사입력 :[ 2018-09-28 17:32 ]</p>`, "2018-09-28"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := datePage(tc.lang, "", `<div class="x"><h1>Dachgarten eröffnet</h1>`+tc.zone+long+tc.far+`</div>`)
			if got := fieldsOf(t, page).Published; got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// A noun for the publication before a colon labels the date after it, far
// below the text, in several languages and wordings; the same nouns in a
// sentence of prose, told of another text, label nothing.
func TestPublicationNounLabels(t *testing.T) {
	long := strings.Repeat(`<p>`+storyText+`</p>`, 6)
	for _, tc := range []struct{ name, lang, line, want string }{
		{"en", "en-GB", `Publication date: 5 May 2022`, "2022-05-05"},
		{"en publish date", "en", `Publish date: June 2, 2021`, "2021-06-02"},
		{"de Datum der", "de", `Datum der Veröffentlichung: 12.03.2021`, "2021-03-12"},
		{"de compound", "de", `Veröffentlichungsdatum: 12.03.2021`, "2021-03-12"},
		{"de Erscheinungsdatum", "de", `Erscheinungsdatum: 1. Februar 2020`, "2020-02-01"},
		{"de Erstellt am", "de", `Erstellt am 26.03.2024`, "2024-03-26"},
		{"de Erstellt colon", "de", `Erstellt: Dienstag, 26. März 2024`, "2024-03-26"},
		{"de Eingestellt am", "de", `Eingestellt am 3. April 2024 in Termine`, "2024-04-03"},
		{"es", "es", `Fecha de publicación: 14/02/2024`, "2024-02-14"},
		{"es no accent", "es", `Fecha de publicacion: 14 de febrero de 2024`, "2024-02-14"},
		{"fr", "fr", `Date de publication : 7 juin 2023`, "2023-06-07"},
		{"fr paru le", "fr", `Paru le 7 juin 2023`, "2023-06-07"},
		{"it", "it", `Data di pubblicazione: 7 giugno 2023`, "2023-06-07"},
		{"pt", "pt", `Data de publicação: 7 de junho de 2023`, "2023-06-07"},
		{"nl", "nl", `Publicatiedatum: 7 juni 2023`, "2023-06-07"},
		{"pl", "pl", `Data publikacji: 09.01.2024`, "2024-01-09"},
		{"pl Dodano", "pl", `Dodano: 9 stycznia 2024`, "2024-01-09"},
		{"en prose", "en", `The survey has been read widely since its publication on 3 May 2019, and letters still arrive.`, ""},
		{"de prose", "de", `Seit der Veröffentlichung am 3. Mai 2019 hat die Studie viele Leser gefunden, sagt die Autorin.`, ""},
		{"es prose", "es", `Desde su publicación el 3 de mayo de 2019 el informe ha sido citado muchas veces por la prensa.`, ""},
		{"fr prose", "fr", `Depuis sa publication le 3 mai 2019, le rapport a été cité par de nombreux journaux du pays.`, ""},
		{"de discontinued", "de", `Die Buslinie wurde am 3. Mai 2019 eingestellt, weil zu wenige Fahrgäste sie nutzten.`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := datePage(tc.lang, "", `<div class="x"><h1>Dachgarten eröffnet</h1>`+long+`<p class="x">`+tc.line+`</p></div>`)
			if got := fieldsOf(t, page).Published; got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// Dotted dates written with spaces, and March as German locales abbreviate
// it, read day first.
func TestSpacedDottedAndMrz(t *testing.T) {
	for _, tc := range []struct{ text, lang, want string }{
		{"4. 3. 2024", "cs", "2024-03-04"},
		{"Aktualizováno 12. 11. 2023 v 10:15", "cs", "2023-11-12"},
		{"Do, 21. Mrz. 2024", "de", "2024-03-21"},
		{"21 Mrz 2024", "de", "2024-03-21"},
		{"Kapitel 4. 3 Absätze, 2024 neu", "de", ""},
		{"Version 1.2. 2024", "de", ""},
	} {
		got := ""
		if m := findTextDates(tc.text, tc.lang); len(m) > 0 {
			got = m[0].Date
		}
		if got != tc.want {
			t.Errorf("findTextDates(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// Update labels in the wordings small sites use ("Stand:", "zuletzt
// geändert", "Dernière modification", "Laatst gewijzigd", "Última
// modificación"): beside a publication they give way to it; alone the
// update stands in, as for every update label.
func TestMoreUpdateLabels(t *testing.T) {
	long := strings.Repeat(`<p>`+storyText+`</p>`, 6)
	for _, tc := range []struct{ name, lang, line, want string }{
		{"de Stand alone", "de", `Stand: 12.03.2021`, "2021-03-12"},
		{"de Stand vom", "de", `Stand vom 12.03.2021 · Veröffentlicht am 01.03.2021`, "2021-03-01"},
		{"de zuletzt geändert", "de", `Zuletzt geändert am 12.03.2021, erstellt am 01.03.2021`, "2021-03-01"},
		{"de letzte Änderung first", "de", `Letzte Änderung: 12.03.2021 | Veröffentlicht: 01.03.2021`, "2021-03-01"},
		{"fr", "fr", `Dernière modification : 12 mars 2021`, "2021-03-12"},
		{"nl", "nl", `Laatst gewijzigd: 12 maart 2021 · Gepubliceerd: 1 maart 2021`, "2021-03-01"},
		{"es", "es", `Última modificación: 12/03/2021 · Publicado: 01/03/2021`, "2021-03-01"},
		{"pl", "pl", `Zmodyfikowano: 12.03.2021, opublikowano: 01.03.2021`, "2021-03-01"},
		{"a water level is no label", "de", `Der Wasserstand vom 12.03.2021 war der höchste seit Jahren, sagt das Amt.`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := datePage(tc.lang, "", `<div class="x"><h1>Dachgarten eröffnet</h1>`+long+`<p class="x">`+tc.line+`</p></div>`)
			if got := fieldsOf(t, page).Published; got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}
