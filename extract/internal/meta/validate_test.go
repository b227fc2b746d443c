package meta

import (
	"reflect"
	"testing"
)

func TestSplitAuthorsRejectsWhatIsNoName(t *testing.T) {
	for in, want := range map[string][]string{
		// labels, in several languages and wordings
		"Posted":                {},
		"Veröffentlicht":        {},
		"Publiziert am":         {},
		"Article by":            {},
		"No Author":             {},
		"publisher":             {},
		"Updated":               {},
		"Mis à jour le":         {},
		"Publicado por":         {},
		"Opublikowano":          {},
		"cc-by":                 {},
		"Dec":                   {},
		"Mär.":                  {},
		"Samstag":               {},
		"Bildquelle: SWR":       {},
		"Foto: Jens Albrecht":   {},
		"Photo credit: Mia Lux": {},
		"Фото: Олег Смирнов":    {},
		"写真：山田太郎":               {},
		// markup and addresses
		`<a href="https://blatt.example/autor/jan-berg">Jan Berg</a>`: {"Jan Berg"},
		"Tom Reis - https://tomreis.example":                          {"Tom Reis"},
		"Ana Lima ana.lima@jornal.example":                            {"Ana Lima"},
		// places, datelines and outlets
		"Von Karin Ost und Malik Nuri, Kakuma, Kenia": {"Karin Ost", "Malik Nuri"},
		"Claire Dupin (Bruxelles, bureau européen)":   {"Claire Dupin"},
		"Associated Press in Valencia":                {"Associated Press"},
		"Nina Holt for The Evening Paper":             {"Nina Holt"},
		"CAIRO":                                       {},
		// prose and fragments
		"deinen Hochzeitsbloggern":         {},
		"Sie haben einen Fehler gefunden?": {},
		"Isabel KeaneJournal New":          {},
		"j":                                {},
		// names that stay
		"Ursula von der Leyen":        {"Ursula von der Leyen"},
		"Maria da Silva e João Lima":  {"Maria da Silva", "João Lima"},
		"dpa":                         {"dpa"},
		"AFP/dpa":                     {"AFP", "dpa"},
		"Ann Lee, Bo Kim, and Cy Roe": {"Ann Lee", "Bo Kim", "Cy Roe"},
		"高木浩光":                        {"高木浩光"},
		"Mike McNeil":                 {"Mike McNeil"},
		"Redaktion blatt.example":     {},              // a site's desk by its address: the site, never an author
		"Stan Posted":                 {"Stan Posted"}, // a label word inside a name is no label
		"Julia Mai":                   {"Julia Mai"},   // nor is a month
		// labels about the writers, and the wires in general
		"Social Links":                   {},
		"Auswärtige Autoren":             {},
		"Über den Autor":                 {},
		"À propos de l'auteur":           {},
		"Gastautorin Jane Roe":           {"Jane Roe"},
		"Guest author Priya Raman":       {"Priya Raman"},
		"Christopher Guest":              {"Christopher Guest"}, // Guest is a surname after a first name
		"Von Lea Hoffmann und Agenturen": {"Lea Hoffmann"},
		"Nina Holt with Agencies":        {"Nina Holt"},
		"Pablo Ruiz y agencias":          {"Pablo Ruiz"},
		"J. K. Mbeki":                    {"J. K. Mbeki"}, // initials in capitals are no shouted name
		"JOHN J. SMITH Associated Press": {"John J. Smith"},
		"Anouk van der Berg-Smit":        {"Anouk van der Berg-Smit"},
		// CJK labels, credits, furniture and romanisations
		"ライター":              {},
		"執筆者":               {},
		"この記事を書いた人":         {},
		"著者プロフィール":          {},
		"記事一覧":              {},
		"粉絲團":               {},
		"即時報導":              {},
		"ライター 松本 さくら":       {"松本 さくら"},
		"筆者 山田太郎":           {"山田太郎"},
		"文／佐藤健、翻訳 高橋美咲":     {"佐藤健"},
		"撮影 中村 光":           {},
		"山田 太郎 Taro Yamada": {"山田 太郎"},
		"山田太郎 / Taro Yamada, 佐藤花子 / Hanako Sato": {"山田太郎", "佐藤花子"},
		"Arielle Pardes, 松村太郎":                   {"Arielle Pardes", "松村太郎"}, // a Latin name first is another writer
		"記者王志明／即時報導":                             {"王志明"},
		"城市日報 記者王志明":                             {"王志明"},
		"청년을 위한 새로운 뉴스 공간":                       {},
		"박준석":             {"박준석"},
		"文在寅":             {"文在寅"},            // 文 is a surname too
		"حسام أبو العلا":  {"حسام أبو العلا"}, // three words in a script without case: Arabic names have them
		"ITmedia NEWS編集部": {"ITmedia NEWS編集部"},
	} {
		got := SplitAuthors(in)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("SplitAuthors(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAuthorsAreNotTagsOrThePublisher(t *testing.T) {
	for _, tc := range []struct {
		name, head, header string
		want               []string
	}{
		{"tag links in the byline's block", ``,
			`<h1>Headline here</h1><div class="meta"><a rel="tag" href="/t/csp">CSP</a> <a rel="tag" href="/t/wirtschaft">Wirtschaft</a></div>`, nil},
		{"a meta author that is a tag", `<meta name="author" content="Wirtschaft">`,
			`<h1>Headline here</h1><ul class="tags"><li><a href="/thema/wirtschaft">Wirtschaft</a></li></ul>`, nil},
		{"an author who is a tag too", `<meta name="author" content="Lea Brandt">`,
			`<h1>Headline here</h1><p>Von <a href="/autor/lea-brandt">Lea Brandt</a></p><a rel="tag" href="/t/lea">Lea Brandt</a>`, []string{"Lea Brandt"}},
		{"a JSON-LD author linked under /thema/", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Duc Anh Tran"}}</script>`,
			`<h1>Headline here</h1><p><a href="/thema/duc-anh-tran,1/">Duc Anh Tran</a></p>`, []string{"Duc Anh Tran"}},
		{"the publisher gives way to a person", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Kessel Media"},"publisher":{"@type":"Organization","name":"Kessel Media"}}</script><meta name="author" content="Jonas Weil">`,
			`<h1>Headline here</h1>`, []string{"Jonas Weil"}},
		{"the publisher stays when no person is named", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Kessel Media"},"publisher":{"@type":"Organization","name":"Kessel Media"}}</script><meta property="og:site_name" content="Kessel Daily">`,
			`<h1>Headline here</h1>`, []string{"Kessel Media"}},
		{"the article's author meta before the site owner's", `<meta name="author" content="Kessel Verlag"><meta property="article:author" content="Jonas Weil">`,
			`<h1>Headline here</h1>`, []string{"Jonas Weil"}},
		{"the site's name run on after the writer's", `<meta property="og:site_name" content="Kessel Daily">`,
			`<h1>Headline here</h1><p class="byline">By Jonas Q. Weil Kessel Daily</p>`, []string{"Jonas Q. Weil"}},
		{"a writer whose surname is the site's one-word name", `<meta property="og:site_name" content="Weil">`,
			`<h1>Headline here</h1><p class="byline">By Jonas Weil</p>`, []string{"Jonas Weil"}},
		{"JSON-LD author name holding a link", `<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"<a href=\"https://b.example/u/ida\">Ida Sommer</a>"}}</script>`,
			`<h1>Headline here</h1>`, []string{"Ida Sommer"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fieldsOf(t, page("de", tc.head, tc.header))
			if !reflect.DeepEqual(a.Authors, tc.want) {
				t.Errorf("authors = %q, want %q", a.Authors, tc.want)
			}
		})
	}
}

func TestTagHref(t *testing.T) {
	for href, want := range map[string]bool{
		"/tag/wirtschaft": true, "https://b.example/Thema/klima/": true, "/category/city/page/2": true,
		"/topics/x?ref=1": true, "/tag/": false, "/tags": false, "/news/tagesschau-heute": false,
		"https://b.example/theme/style.css": false, "/autor/lea-brandt": false, "#tag/x": false,
	} {
		if got := tagHref(href); got != want {
			t.Errorf("tagHref(%q) = %v, want %v", href, got, want)
		}
	}
}
