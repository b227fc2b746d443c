package meta

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
)

func TestFindTextDates(t *testing.T) {
	for _, tc := range []struct{ text, lang, want string }{
		{"15. August 2020, 14:32 Uhr", "de", "2020-08-15"},
		{"Publié le 1er décembre 2022 à 10h05", "fr", "2022-12-01"},
		{"Martes, 9 de mayo de 2023", "es", "2023-05-09"},
		{"Publicado em 7 de julho de 2023, às 10h20", "pt", "2023-07-07"},
		{"lunedì 3 aprile 2023", "it", "2023-04-03"},
		{"dinsdag 14 november 2023, 09:12", "nl", "2023-11-14"},
		{"Опубликовано 28 января 2019 в 08:40", "ru", "2019-01-28"},
		{"Published Sept. 14, 2018 at 6:02 p.m.", "en", "2018-09-14"},
		{"Thursday 5th of March 2020", "en", "2020-03-05"},
		{"Posted by Kim Lee on 2022-08-15", "en", "2022-08-15"},
		{"Published: 11/02/2021", "en-GB", "2021-02-11"},
		{"Published: 11/02/2021", "en-US", "2021-11-02"},
		{"05/03/2024", "fr", "2024-03-05"},
		{"Posted 08/25/2023", "de", "2023-08-25"}, // a month over 12 settles it
		{"22.03.2023", "ru", "2023-03-22"},
		{"31/02/2023", "fr", ""}, // no such day
		{"Call 0800 123 4567", "en", ""},
		{"Mar 2024 budget", "en", ""}, // no day
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

// page wraps a headline block in site chrome whose other names and dates
// must not be taken.
func page(lang, head, header string) string {
	return `<html lang="` + lang + `"><head>` + head + `</head><body>
<div class="ticker"><time datetime="2019-01-01">1 Jan</time> <a href="/x">Other story</a></div>
<article>` + header + `<p>` + strings.Repeat("The body of the story goes on at some length here. ", 4) + `</p></article>
<aside><h2>Related</h2><article class="teaser"><h3>Old news</h3><time datetime="2018-05-05">5 May 2018</time>
<a rel="author" href="/author/x">Peter Maddox</a></article></aside><footer>© 2024 The Site</footer></body></html>`
}

func TestVisibleBylineAndDate(t *testing.T) {
	for _, tc := range []struct {
		name, lang, header string
		authors            []string
		published          string
	}{
		{"by and", "en", `<h1>Headline here</h1><p class="byline">By Helen Marsh and Arjun Patel</p><p>Published March 14, 2024</p>`, []string{"Helen Marsh", "Arjun Patel"}, "2024-03-14"},
		{"von und", "de", `<h1>Schlagzeile</h1><p>Von Anna Weber und Jonas Roth | 15. August 2020</p>`, []string{"Anna Weber", "Jonas Roth"}, "2020-08-15"},
		{"agency", "de", `<h1>Schlagzeile</h1><p class="quelle">Quelle: AFP/dpa</p>`, []string{"AFP", "dpa"}, ""},
		{"profile link", "en", `<h1>Headline</h1><div><a href="/author/paul-king">Paul King</a> <a href="/author/paul-king">View all posts</a> June 2, 2020</div>`, []string{"Paul King"}, "2020-06-02"},
		{"updated is not published", "fr", `<h1>Titre</h1><p>Par Inès Moreau</p><p>Mis à jour le 19 juillet 2022, publié le 18 juillet 2022</p>`, []string{"Inès Moreau"}, "2022-07-18"},
		{"role after name", "en", `<h1>Headline</h1><div class="byline">Rachel Moss, Political Correspondent</div>`, []string{"Rachel Moss"}, ""},
		{"newsroom placeholder", "es", `<h1>Titular</h1><p class="autor">Redacción</p><p class="fecha">11/04/2022</p>`, nil, "2022-04-11"},
		{"a standfirst is no byline", "en", `<h1>Headline</h1><p>By the end of the year the works will be done.</p>`, nil, ""},
		{"nothing in the zone", "en", `<h1>Headline</h1>`, nil, ""},
		{"lead words before von", "de", `<h1>Schlagzeile</h1><div class="author">Ein Artikel von <a href="/impressum/autor-1">Anna Clauß</a></div>`, []string{"Anna Clauß"}, ""},
		{"our reporter", "nl", `<h1>Kop</h1><p>Door onze verslaggever Jeroen Smit</p><p>12 maart 2024, 17:45</p>`, []string{"Jeroen Smit"}, "2024-03-12"},
		{"a date after the names", "en", `<h1>Headline</h1><p>By Jane Doe November 18, 2019</p>`, []string{"Jane Doe"}, "2019-11-18"},
		{"by after the date", "en", `<h1>Headline</h1><p class="posted">Posted 14th July 2021 by Megan Hale</p>`, []string{"Megan Hale"}, "2021-07-14"},
		{"a photo credit is no byline", "en", `<h1>Headline</h1><p>Photo by Ken Lo</p>`, nil, ""},
		{"microdata names", "en", `<h1>Headline</h1><p itemprop="author creator">By <span itemprop="name">Jane Smith</span> and <span itemprop="name">Ravi Kapoor</span></p>`, []string{"Jane Smith", "Ravi Kapoor"}, ""},
		// Illustrators and photographers linked to the same profile pages
		// as the writer: the label before the link tells them apart.
		{"illustrator in a list", "ja", `<h1>見出し</h1><dl class="credits"><dt>著者</dt><dd><a href="/author/101/">山田花子</a></dd><dt>イラスト</dt><dd><a href="/author/202/">川村ミナ</a></dd></dl>`, []string{"山田花子"}, ""},
		{"photographer after the writer", "de", `<h1>Schlagzeile</h1><p>Text: <a href="/autor/lena-kraus">Lena Kraus</a>, Fotos: <a href="/autor/tom-berg">Tom Berg</a></p>`, []string{"Lena Kraus"}, ""},
		{"illustrated by", "en", `<h1>Headline</h1><div>By <a href="/contributors/ana-ruiz">Ana Ruiz</a> · Illustrated by <a href="/contributors/li-wei">Li Wei</a></div>`, []string{"Ana Ruiz"}, ""},
		{"photo credit in french", "fr", `<h1>Titre</h1><p>Par <a href="/auteur/claire-petit">Claire Petit</a> et <a href="/auteur/marc-roy">Marc Roy</a> — Photos de <a href="/auteur/sami-haddad">Sami Haddad</a></p>`, []string{"Claire Petit", "Marc Roy"}, ""},
		// A writer who is also a photographer keeps her byline: only the
		// label right before a link counts.
		{"photographer writes", "en", `<h1>Headline</h1><p>Photographer and writer: no. By <a href="/author/eva-stone">Eva Stone</a>, who took the photos too</p>`, []string{"Eva Stone"}, ""},
		{"abbreviated month between dots", "pt", `<h1>Título</h1><p>Por Ana Souza e João Lima, da Folha</p><p>31.mar.2023 às 9h00</p>`, []string{"Ana Souza", "João Lima"}, "2023-03-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fieldsOf(t, page(tc.lang, "", tc.header))
			if !reflect.DeepEqual(a.Authors, tc.authors) {
				t.Errorf("authors = %q, want %q", a.Authors, tc.authors)
			}
			if a.Published != tc.published {
				t.Errorf("published = %q, want %q", a.Published, tc.published)
			}
		})
	}
}

func TestTitleByAgreement(t *testing.T) {
	for _, tc := range []struct{ name, head, header, want string }{
		{"site suffix", `<title>Harbour reopens | Coast Courier</title>`, `<h1>Harbour reopens</h1>`, "Harbour reopens"},
		{"section and site", `<title>Rents outpace wages | Housing | The Courier</title>`, `<h1>Rents outpace wages</h1>`, "Rents outpace wages"},
		{"short h1 among title parts", `<title>Contatti - Gazzetta di Valle</title>`, `<h1>Contatti</h1>`, "Contatti"},
		{"teaser og:title", `<title>Council tax to rise | Post</title><meta property="og:title" content="You will pay more">`, `<h1>Council tax to rise</h1>`, "Council tax to rise"},
		{"logo h1", `<meta property="og:title" content="Ferry fares frozen">`, `<h1>Isle Times</h1><h2>Ferry fares frozen</h2>`, "Ferry fares frozen"},
		{"kicker in h1", `<title>Opinion | We need more libraries - The Standard</title>`, `<h1><span class="label">Opinion</span> We need more libraries</h1>`, "We need more libraries"},
		{"kicker and its colon in h1", `<meta property="og:title" content="Gärten: Der Dachgarten öffnet im Mai">`, `<h1><span class="kicker">Gärten</span><span>: </span>Der Dachgarten öffnet im Mai</h1>`, "Der Dachgarten öffnet im Mai"},
		{"long marked kicker in h1 and title", `<meta property="og:title" content="Streit um den neuen Hafen: «Wir wollen gefragt werden»">`, `<h1><span class="kicker">Streit um den neuen Hafen</span>: «Wir wollen gefragt werden»</h1>`, "«Wir wollen gefragt werden»"},
		{"kicker in title", `<title>Recipe: lemon drizzle cake</title>`, `<h1>Lemon drizzle cake</h1>`, "Lemon drizzle cake"},
		{"kicker in JSON-LD and og:title", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Nahverkehr: Die Fähre fährt wieder"}</script><meta property="og:title" content="Nahverkehr: Die Fähre fährt wieder">`, `<h1>Die Fähre fährt wieder</h1>`, "Nahverkehr: Die Fähre fährt wieder"},
		{"kicker in JSON-LD and title, marked in h1", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Trasporti: il traghetto torna in servizio"}</script><title>Trasporti: il traghetto torna in servizio | Il Giornale della Costa Nord</title>`, `<h1><span class="kicker">Trasporti</span> il traghetto torna in servizio</h1>`, "Trasporti: il traghetto torna in servizio"},
		{"kicker in og:title only", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferja går igjen"}</script><meta property="og:title" content="Samferdsel: Ferja går igjen fra mandag">`, `<h1>Ferja går igjen fra mandag</h1>`, "Ferja går igjen fra mandag"},
		{"kicker in og:title and title, not in JSON-LD", `<script type="application/ld+json">{"@type":"Recipe","name":"Lemon drizzle cake"}</script><title>Recipe: lemon drizzle cake</title><meta property="og:title" content="Recipe: lemon drizzle cake">`, `<h1>Lemon drizzle cake</h1>`, "Lemon drizzle cake"},
		{"breadcrumb h1 shows the <title>", `<title>Zinsentscheid: Sinkt der Leitzins im Herbst? Was Fachleute erwarten</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Zinsentscheid: Sinkt der Leitzins im Herbst?"}</script>`, `<nav><h1 class="crumb">Zinsentscheid: Sinkt der Leitzins im Herbst? Was Fachleute erwarten</h1></nav><h2>Zinsentscheid: Sinkt der Leitzins im Herbst?</h2>`, "Zinsentscheid: Sinkt der Leitzins im Herbst?"},
		{"headline h2 after a longer <title> h1", `<title>Câmara aprova nova ciclovia no centro após meses de debate</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Câmara aprova nova ciclovia no centro"}</script>`, `<h1>Câmara aprova nova ciclovia no centro após meses de debate</h1><h2>Câmara aprova nova ciclovia no centro</h2>`, "Câmara aprova nova ciclovia no centro"},
		{"recipe card's name under the headline", `<title>Flapjacks that stay chewy for a week | Bake Club</title><meta property="og:title" content="Flapjacks that stay chewy for a week"><script type="application/ld+json">{"@type":"Recipe","name":"Chewy flapjacks"}</script>`, `<h1>Flapjacks that stay chewy for a week</h1><div class="recipe-card"><h2>Chewy flapjacks</h2></div>`, "Flapjacks that stay chewy for a week"},
		{"dash inside headline", `<title>Covid-19 - what we know now | Health Desk</title>`, `<h1>Covid-19 - what we know now</h1>`, "Covid-19 - what we know now"},
		{"no heading", `<title>Readers’ letters on parking — Gazette</title><meta property="og:title" content="Readers’ letters on parking">`, ``, "Readers’ letters on parking"},
		// The JSON-LD headline and the <title> agree on a title no heading
		// shows: two sources declare it, over a differently worded <h1>.
		// A share title that only repeats the <title> is one SEO field
		// written twice, and the <h1> stays.
		{"JSON-LD and <title> agree, h1 reworded", `<title>Neue Buslinie verbindet die Vororte</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Neue Buslinie verbindet die Vororte"}</script>`, `<h1>Ab Montag fährt der 42er bis nach Waldheim</h1>`, "Neue Buslinie verbindet die Vororte"},
		{"JSON-LD, og:title and <title> agree, h1 shortened", `<title>Le marché couvert rouvre après deux ans de travaux</title><meta property="og:title" content="Le marché couvert rouvre après deux ans de travaux"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Le marché couvert rouvre après deux ans de travaux"}</script>`, `<h1>Le marché rouvre après deux ans de travaux</h1>`, "Le marché couvert rouvre après deux ans de travaux"},
		{"og:title repeats <title>, h1 reworded", `<title>Le marché couvert rouvre ses portes</title><meta property="og:title" content="Le marché couvert rouvre ses portes">`, `<h1>Après deux ans de travaux, les étals reviennent place Carnot</h1>`, "Après deux ans de travaux, les étals reviennent place Carnot"},
		{"recipe name repeats <title>, h1 stays", `<title>Chewy flapjacks</title><script type="application/ld+json">{"@type":"Recipe","name":"Chewy flapjacks"}</script>`, `<h1>Flapjacks that stay chewy for a week</h1>`, "Flapjacks that stay chewy for a week"},
		// "Kicker - Headline" in JSON-LD, "Kicker: Headline" in og:title: the
		// kicker is declared twice and stays, though the dash reads like a
		// site separator. Declared once, it goes.
		{"kicker before a dash, declared twice", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Hafen - Die Fähre nach Norderau fährt wieder"}</script><meta property="og:title" content="Hafen: Die Fähre nach Norderau fährt wieder">`, `<h1>Die Fähre nach Norderau fährt wieder</h1>`, "Hafen - Die Fähre nach Norderau fährt wieder"},
		{"kicker before a dash, declared twice (es)", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Transporte – El ferry a la isla vuelve a navegar"}</script><title>Transporte: El ferry a la isla vuelve a navegar | Diario del Puerto</title>`, `<h1>El ferry a la isla vuelve a navegar</h1>`, "Transporte – El ferry a la isla vuelve a navegar"},
		{"kicker before a dash, declared once", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Hafen - Die Fähre nach Norderau fährt wieder"}</script><meta property="og:title" content="Die Fähre nach Norderau fährt wieder">`, `<h1>Die Fähre nach Norderau fährt wieder</h1>`, "Die Fähre nach Norderau fährt wieder"},
		{"site after the headline and a dash, declared twice", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Die Fähre nach Norderau fährt wieder - Hafenblatt"}</script><meta property="og:title" content="Die Fähre nach Norderau fährt wieder - Hafenblatt">`, `<h1>Die Fähre nach Norderau fährt wieder</h1>`, "Die Fähre nach Norderau fährt wieder"},
		// The <h1> begins the <title>, the rest set off by a separator
		// written without spaces or as a spaced colon: a site's affix.
		{"spaced colons before section and site (ko)", `<title>시립도서관 야간 열람실 문 연다 : 뉴스 : 바다일보</title>`, `<h1>시립도서관 야간 열람실 문 연다</h1>`, "시립도서관 야간 열람실 문 연다"},
		{"hyphen without spaces before the site (zh)", `<title>城市图书馆开放夜间阅览室-海港新闻网</title>`, `<h1>城市图书馆开放夜间阅览室</h1>`, "城市图书馆开放夜间阅览室"},
		{"bar without spaces before the site (ja)", `<title>図書館が夜間開館を始めます|みなとポータル</title>`, `<h1>図書館が夜間開館を始めます</h1>`, "図書館が夜間開館を始めます"},
		{"colon right after the h1 begins the title's second half", `<title>Tidewatch: a free app that reads the harbour tides</title>`, `<h1>Tidewatch</h1>`, "Tidewatch: a free app that reads the harbour tides"},
		{"colon right after a longer h1", `<title>Harbour tide tables: when to fish the outer banks</title>`, `<h1>Harbour tide tables</h1>`, "Harbour tide tables: when to fish the outer banks"},
		{"date in brackets after the h1, declared twice (ja)", `<title>港の跳ね橋が開通（2020年2月15日）</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"港の跳ね橋が開通（2020年2月15日）"}</script>`, `<h1>港の跳ね橋が開通</h1>`, "港の跳ね橋が開通"},
		{"long dash set close after the h1", `<title>The tide tables we trust—and how to read them</title>`, `<h1>The tide tables we trust</h1>`, "The tide tables we trust—and how to read them"},
		{"spaced long dash after the h1, unsplit site", `<title>Le marché couvert rouvre ses portes —Le Courrier du Port</title>`, `<h1>Le marché couvert rouvre ses portes</h1>`, "Le marché couvert rouvre ses portes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fieldsOf(t, page("en", tc.head, tc.header)).Title; got != tc.want {
				t.Errorf("title = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestJSONLDAuthorsByReferenceAndOrganizations(t *testing.T) {
	a := fieldsOf(t, page("en", `<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Crumb"},
{"@type":"Person","@id":"#ella","name":"Ella Hart"},{"@type":"BlogPosting","headline":"Sourdough","author":{"@id":"#ella"}}]}</script>`, `<h1>Sourdough</h1>`))
	if !reflect.DeepEqual(a.Authors, []string{"Ella Hart"}) {
		t.Errorf("authors by @id = %q", a.Authors)
	}
	b := fieldsOf(t, page("en", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget","author":{"@type":"Organization","name":"Daily Ledger"},
"publisher":{"@type":"Organization","name":"Daily Ledger"}}</script>`, `<h1>Budget</h1>`))
	if !reflect.DeepEqual(b.Authors, []string{"Daily Ledger"}) {
		t.Errorf("a newsroom that signs as the author, naming no one else: %q", b.Authors)
	}
}

// The site or its newsroom is the author when the page itself declares it
// so (JSON-LD's author, an author meta, microdata, a byline behind a
// writer's label) and names no person anywhere; never from the site's name
// alone, and never beside a person. What is no name stays out in its
// newsroom's spelling too: a web address, a bare label, a tag's text.
func TestNewsroomDeclaredAsAuthor(t *testing.T) {
	const site = `<meta property="og:site_name" content="Talbote Nachrichten">`
	for _, tc := range []struct {
		name, lang, head, header string
		authors                  []string
	}{
		{"JSON-LD organisation", "de", site + `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Talbote Nachrichten"}}</script>`, `<h1>Schlagzeile</h1>`, []string{"Talbote Nachrichten"}},
		{"author meta", "fr", site + `<meta name="author" content="Talbote Nachrichten">`, `<h1>Titre</h1>`, []string{"Talbote Nachrichten"}},
		{"microdata", "en", site, `<h1>Headline</h1><p itemprop="author">Talbote Nachrichten</p>`, []string{"Talbote Nachrichten"}},
		{"signed byline", "de", site, `<h1>Schlagzeile</h1><p class="byline">Von Talbote Nachrichten</p>`, []string{"Talbote Nachrichten"}},
		{"an unlabelled line is no declaration", "de", site, `<h1>Schlagzeile</h1><p class="byline">Talbote Nachrichten</p>`, nil},
		{"CJK newsroom", "ja", `<meta property="og:site_name" content="みなと新聞デジタル"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"みなと新聞デジタル"}}</script>`, `<h1>見出し</h1>`, []string{"みなと新聞デジタル"}},
		{"the site's name alone", "de", site + `<meta name="application-name" content="Talbote Nachrichten">`, `<h1>Schlagzeile</h1>`, nil},
		{"publisher alone", "en", `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Talbote Nachrichten"}}</script>`, `<h1>Headline</h1>`, nil},
		{"a person in the byline wins", "en", site + `<meta name="author" content="Talbote Nachrichten">`, `<h1>Headline</h1><p class="byline">By Mara Lindqvist</p>`, []string{"Mara Lindqvist"}},
		{"a person beside the newsroom in JSON-LD", "fr", site + `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Organization","name":"Talbote Nachrichten"},{"@type":"Person","name":"Odile Fabre"}]}</script>`, `<h1>Titre</h1>`, []string{"Odile Fabre"}},
		{"a person given by its name's parts", "en", site + `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Organization","name":"Talbote Nachrichten"},{"@type":"Person","givenName":"Mara","familyName":"Lindqvist"}]}</script>`, `<h1>Headline</h1>`, []string{"Mara Lindqvist"}},
		{"a given name alone is no name", "en", site + `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","givenName":"Mara"}}</script>`, `<h1>Headline</h1>`, nil},
		{"a person signing in bold", "de", site + `<meta name="author" content="Talbote Nachrichten">`, `<h1>Schlagzeile</h1><p><strong>Mara Lindqvist</strong></p>`, nil},
		{"a bold heading is no signature", "de", site + `<meta name="author" content="Talbote Nachrichten">`, `<h1>Schlagzeile</h1><p><strong>Das Wichtigste in Kürze</strong></p>`, []string{"Talbote Nachrichten"}},
		{"the site's address", "de", `<meta property="og:site_name" content="talbote.example"><meta name="author" content="Redaktion talbote.example">`, `<h1>Schlagzeile</h1>`, nil},
		{"a bare newsroom label", "de", site + `<meta name="author" content="Redaktion">`, `<h1>Schlagzeile</h1>`, nil},
		{"a tag's text", "en", site + `<meta name="author" content="Talbote Nachrichten">`, `<h1>Headline</h1><a rel="tag" href="/tag/talbote-nachrichten">Talbote Nachrichten</a>`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fieldsOf(t, page(tc.lang, tc.head, tc.header))
			if !reflect.DeepEqual(a.Authors, tc.authors) {
				t.Errorf("authors = %q, want %q", a.Authors, tc.authors)
			}
		})
	}
}

// FuzzBylineAndDates checks that byline and date reading never panics and
// only ever returns real calendar days.
func FuzzBylineAndDates(f *testing.F) {
	for _, seed := range []string{"Von Anna Weber | 15. August 2020", "Posted 14th July 2021 by Megan Hale", "İSTANBUL 31.mar.2023", "By JANE DOE November 18, 2019", "05/03/2024"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = lineAuthors(s, "en")
		_ = bylineText(s)
		for _, m := range findTextDates(s, "de") {
			if _, err := time.Parse(time.DateOnly, m.Date); err != nil {
				t.Fatalf("findTextDates(%q) gave %q", s, m.Date)
			}
		}
	})
}

func TestRelativeCanonicalGivesItsDate(t *testing.T) {
	node, err := html.Parse(strings.NewReader(page("en", `<link rel="canonical" href="/2021/04/05/spring-guide/">`, `<h1>Spring guide</h1>`)))
	if err != nil {
		t.Fatal(err)
	}
	m := Read(&dom.Document{Node: node})
	if a, u := m.Article(), m.PageURL(); a.Published != "2021-04-05" || u != nil {
		t.Errorf("published = %q, url = %v; want the path's date and no invented URL", a.Published, u)
	}
}

// A byline that names a person and, beside the person, the outlet they
// wrote for (the site, a regional edition of it) or a desk's or wire's
// code names only the person; a known news agency stays a byline of its
// own, and a site whose name is its writer's keeps that writer.
func TestOutletsBesidePeopleAreNoAuthors(t *testing.T) {
	for _, tc := range []struct {
		name, lang, url, header string
		authors                 []string
		site                    string
	}{
		{"site edition after the name", "de", "https://www.hkn.de/region/2024/fluss", `<h1>Schlagzeile</h1><p class="author">Lena Brandt, HKN NORDSEE</p>`, []string{"Lena Brandt"}, ""},
		{"site after the name", "es", "https://diariosur.example/local/puerto", `<h1>Titular</h1><p class="autor">Por Lucía Navarro, Diario Sur</p>`, []string{"Lucía Navarro"}, ""},
		{"an edition of the site named", "de", "https://kb.example/region/fluss", `<h1>Schlagzeile</h1><p class="author">Von Lena Brandt, Küstenbote Nordsee</p>`, []string{"Lena Brandt"}, "Küstenbote"},
		{"a writer whose surname is the site's name", "en", "https://news.example/story", `<h1>Headline</h1><p class="byline">By Tom Reyes and Ana Valley</p>`, []string{"Tom Reyes", "Ana Valley"}, "Valley"},
		{"wire code after the name", "en", "https://news.example/story", `<h1>Headline</h1><p class="byline">By Tom Reyes / KWS</p>`, []string{"Tom Reyes"}, ""},
		{"desk code after the name", "it", "https://giornale.example/cronaca", `<h1>Titolo</h1><p class="autore">Di Marco Gallo, RDX</p>`, []string{"Marco Gallo"}, ""},
		{"a known agency after the name stays", "it", "https://giornale.example/cronaca", `<h1>Titolo</h1><p class="autore">Di Marco Gallo, ANSA</p>`, []string{"Marco Gallo", "ANSA"}, ""},
		{"a known agency stays", "fr", "https://journal.example/article", `<h1>Titre</h1><p class="auteur">Par Claire Dubois et AFP</p>`, []string{"Claire Dubois", "AFP"}, ""},
		{"two writers stay", "en", "https://news.example/story", `<h1>Headline</h1><p class="byline">By Tom Reyes and Ana Kim</p>`, []string{"Tom Reyes", "Ana Kim"}, ""},
		{"a writer's own site keeps its writer", "en", "https://janedoe.example/2021/notes", `<h1>Notes</h1><p class="byline">By Jane Doe</p>`, []string{"Jane Doe"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			head := `<meta property="og:url" content="` + tc.url + `">`
			if tc.site != "" {
				head += `<meta property="og:site_name" content="` + tc.site + `">`
			}
			a := fieldsOf(t, page(tc.lang, head, tc.header))
			if !reflect.DeepEqual(a.Authors, tc.authors) {
				t.Errorf("authors = %q, want %q", a.Authors, tc.authors)
			}
		})
	}
}

// What a byline candidate carries that is no name: a date's label run into
// it, a job title standing alone, the site builder's credit.
func TestBylineLeftovers(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"John Plunkett. Updated", []string{"John Plunkett"}},
		{"Anna Weber, aktualisiert", []string{"Anna Weber"}},
		{"Par Inès Moreau | Publié", []string{"Inès Moreau"}},
		{"Lucía Navarro · Actualizado", []string{"Lucía Navarro"}},
		{"Political Commentator", nil},
		{"Politischer Kommentator", nil},
		{"Developed By Hana Ali", nil},
		{"Entwickelt von Jonas Roth", nil},
		{"Desarrollado por Ana Gil", nil},
		{"Jane Posted", []string{"Jane Posted"}}, // a surname that is a label word, with no separator before it
		{"BWW News Desk", []string{"BWW News Desk"}},
	} {
		if got := SplitAuthors(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SplitAuthors(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The generic extractor's byline stands only where it reads as a full
// name, an agency or a name in a script without case.
func TestFallbackAuthors(t *testing.T) {
	for _, c := range []struct {
		byline, site string
		want         []string
	}{
		{"Politik", "", nil},
		{"Anna, Kraków", "", nil},
		{"Travel", "Daily Example", nil},
		{"Marie-Claire Dupont", "", []string{"Marie-Claire Dupont"}},
		{"Jan Kowalski", "", []string{"Jan Kowalski"}},
		{"Von Lea Brandt und dpa", "", []string{"Lea Brandt", "dpa"}},
		{"AFP", "", []string{"AFP"}},
		{"山田太郎", "", []string{"山田太郎"}},
		{"Kurier Nord", "Kurier Nord", nil},
	} {
		if got := FallbackAuthors(c.byline, c.site); !slices.Equal(got, c.want) {
			t.Errorf("FallbackAuthors(%q, %q) = %q, want %q", c.byline, c.site, got, c.want)
		}
	}
}
