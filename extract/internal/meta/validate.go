package meta

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
	"github.com/pith-cli/pith/internal/rx"
)

// Author validation: every candidate name must read as a person's or an
// organisation's name in the page's language. A wrong author is worse than
// none (a user filtering a corpus by author gets garbage), so a candidate
// that fails any check is dropped, not repaired.

var (
	// rxLeadingConjunction is "and" left at the start of the last name of
	// "A, B, and C".
	rxLeadingConjunction = rx.Compile(`^(?:and|und|et|y|e|en|i|и)\s+`)
	// rxMarkup is markup, an entity left encoded, a URL or an address:
	// never part of a name.
	rxMarkup = rx.Compile(`[<>{}=\[\]]|://|(?:^|\s)www\.|@|&[a-zA-Z]+;|&#\d+;|(?:^|\s)https?(?:\s|$)`)
	// rxCreditLabel opens a credit for a picture or a source, not a byline:
	// "Foto: …", "Bildquelle: …", "Photo credit", "Снимка: …", "写真：…".
	rxCreditLabel = rx.Compile(`(?i)^(?:developed|designed|powered|entwickelt|gestaltet|réalisé|desarrollado|diseñado|sviluppato|foto|fotos|photo|photos|photograph|bild|bilder|bildquelle|quelle|quellen|image|images|imagen|immagine|imagem|credit|credits|crédit|crédito|credito|source|fuente|fonte|bron|illustration|grafik|video|kamera|zdjęcie|źródło|zrodlo|fot\.|фото|снимка|снимок|источник|写真|画像|出典|图片|来源|圖片|來源)(?:\s*[:：/|-]|\s+(?:by|von|de|di|por|par|credit)\b|$)`)
	// rxTrailingPlaceOrOutlet is " in Valencia", " for The Paper", " für
	// die Zeitung": where a byline says where or for whom, after the name.
	rxTrailingPlaceOrOutlet = rx.Compile(`\s+(?:in|for|For|für|pour|para|per|voor|dla)\s+(?:the\s+|die\s+|der\s+|das\s+|le\s+|la\s+|el\s+)?\p{Lu}.*$`)
	// rxTrailingDateLabel is a date's label run into the name: "Jane Doe.
	// Updated", "Anna Weber, aktualisiert".
	rxTrailingDateLabel = rx.Compile(`(?i)\s*[.,|·]\s*(?:updated|published|posted|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado|aggiornato|pubblicato|bijgewerkt|gepubliceerd)\b.*$`)
	// rxTrailingRole is a title after a name: "Jane Doe CEO".
	rxTrailingRole = rx.Compile(`\s+(?:CEO|CTO|CFO|COO|MD|PhD|Founder|Co-[Ff]ounder|President|Chair)$`)
	// rxParenthesised is a bracketed group: a place, a desk or an outlet
	// after a name ("Jane Doe (Brussels, Europe desk)").
	rxParenthesised = rx.Compile(`\s*[(（\[][^)）\]]*[)）\]]`)
	// rxURLOrMail is a web address or an e-mail address inside a byline.
	rxURLOrMail = rx.Compile(`\S+://\S*|(?:^|\s)www\.\S+|\S+@\S+|(?:^|\s)https?(?:\s|$)`)
	// rxWriterLabel opens a byline's part that names its writer, and goes:
	// "Text:", "Texto de", "Reporting by", "Geschrieben von", and the
	// Japanese credit marks "文●", "取材・文：", "文・写真／" (文 alone is
	// a name's character: a mark must follow it), "记者 ", and the author
	// labels with their colon ("Autoren:", "Autorzy:", "Auteurs :"), which
	// would otherwise stay on the first name.
	rxWriterLabel = rx.Compile(`(?i)^(?:reporting\s+by|words\s+by|written\s+by|story\s+by|text[eo]?\s*[:：]|testo\s*[:：]|tekst\s*[:：]|texto\s+de|testo\s+di|un\s+texte\s+de|geschrieben\s+von|escrito\s+por|scritto\s+da|(?:取材[・、/／]?)?文(?:[・、/／]?(?:写真|撮影|構成|イラスト|图))?\s*[●◎○■◆▼★：:／/|｜＝=・]|(?:著者|筆者|作者|撰文|文責|글쓴이)\s*[:：]|\p{Han}{0,6}(?:记者|記者)(?:\s*[:：]|\s)|기자\s*[:：]?|(?:by|von|par|por|di|door|av|af|de)\s*:|(?:autor(?:in|innen|en|es|as?|ka|zy)?|autoři|auteure?s?|autor[ei]|авторы?)\s*[:：])\s*`)
	// rxEditorLabel opens a byline's part that names an editor or a
	// contributor rather than the writer: "Editing by", "Bearbeitet von",
	// "Redaktion:", "Editor:", "编辑：". Such a part is no author.
	rxEditorLabel = rx.Compile(`(?i)^(?:(?:additional|further|zusätzliche)\s+reporting|editing\s+by|edited\s+by|bearbeitet\s+von|redigiert\s+von|editado\s+por|édité\s+par|revisado\s+por|redactie\s*[:：]|(?:editors?|editor[a]|redakteur(?:in)?|redaktion|redacción|redação|redazione|rédaction|redakcja|redaktor|редактор|редакция|責任編集|編集|编辑|責編|责编|편집)\s*[:：]|(?:責任編集|编辑|責編|责编|편집)\s)`)
	// rxNotInName are words no name holds: a picture's credit and the
	// social networks a byline links beside the name.
	rxNotInName = rx.Compile(`\b(?:photo|photos|foto|fotos|image|images|illustration|grafik|video|twitter|facebook|instagram|linkedin|mastodon|tiktok|youtube|bluesky)\b`)
	// rxDomainInName is a web address's host inside a name: two letters or
	// more, a dot, a lower-case ending ("nieuwsblad.be", "News.Example.at").
	rxDomainInName = rx.Compile(`\pL{2,}\.[a-z]{2,10}(?:$|[\s/])`)
	// rxCJKRole is a newsroom role written before or after a name in
	// Japanese, Chinese and Korean ("山田太郎 記者", "박준석 기자 외 1명"):
	// the role and a count of co-writers go, the name stays.
	rxCJKRole = rx.Compile(`\s*(?:記者|记者|기자|特派員|特派员|特派記者|特约记者|編集委員|論説委員|通信員|通讯员|특파원|논설위원|선임기자|객원기자)(?:\s*외\s*\d+\s*명)?$`)
)

// closedWords are words that never make a name on their own: byline and
// date labels, bylines' little words, interface words and placeholders, in
// the languages pith reads. A candidate made only of these (and of month
// and weekday names) is a label, not a name. The set is built the first
// time a name is checked: a run whose pages name no author never splits
// the list.
var closedWords = sync.OnceValue(func() map[string]bool {
	words := strings.Fields(`
		by posted post published publish updated update modified written article articles author authors
		no none unknown anonymous admin administrator publisher published editor editors editorial staff
		cc cc-by by-sa nc nd sa licence license copyright rights reserved all
		the a an and of on at in to for from with am pm today yesterday
		share shares comment comments reply read more less size print email mail subscribe unsubscribe
		follow login log sign home news menu search tags tag category categories topics topic related social links
		desk web digital online team newsroom guest gast gastautor gastautorin gastbeitrag sponsored anzeige
		advertorial partner content promoted werbung publicité publicidad pubblicità reclame
		redaktion rédaction redacción redazione redactie redakcja redação
		lesezeit min minuten minutes minute read kommentar kommentare comentarios commentaires
		von und am um im vom zum zur der die das den dem ein eine artikel beitrag autor autorin autoren
		veröffentlicht publiziert aktualisiert erschienen geändert stand uhr heute gestern mehr teilen
		par le la les de du des et à au publié mis jour mise auteur auteurs rédigé modifié
		por el los las y del publicado publicada actualizado actualizada autora escrito
		di il lo gli e pubblicato aggiornato autore autori scritto da
		door op om en het een gepubliceerd bijgewerkt geplaatst
		przez opublikowano zaktualizowano autorzy
		em os as do dos atualizado atualizada publicada
		автор авторы опубликовано обновлено от и в
		投稿 投稿者 著者 作成者 公開 更新 作者 发布 发表 编辑 記者
		mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday
		montag dienstag mittwoch donnerstag freitag samstag sonntag
		lundi mardi mercredi jeudi vendredi samedi dimanche
		lunes martes miércoles jueves viernes sábado domingo
		lunedì martedì mercoledì giovedì venerdì sabato
		maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	`)
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
})

// nameParticles are the lower-case words a name may hold: "Ursula von der
// Leyen", "Ludwig van Beethoven", "Maria da Silva", "Omar bin Laden".
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "del": true, "della": true, "di": true,
	"da": true, "das": true, "do": true, "dos": true, "du": true, "des": true, "la": true, "le": true,
	"ter": true, "ten": true, "zu": true, "y": true, "e": true, "bin": true, "ibn": true, "al": true, "el": true,
	"af": true, "av": true, "of": false,
}

// agencies are news agencies' short names, which are bylines in their
// own right and may be written in lower case ("dpa", "sid").
var agencies = lexicon.NewsAgencies

// cleanAuthor removes what a byline carries around a name (markup, a URL
// or an e-mail address, a bracketed place, "in Valencia", "for The Paper")
// before the byline is split.
func cleanAuthor(s string) string {
	if len(s) > 2 && (s[0] == '[' && s[len(s)-1] == ']' || s[0] == '(' && s[len(s)-1] == ')') {
		s = s[1 : len(s)-1] // a byline wrapped in brackets whole
	}
	if strings.ContainsRune(s, '<') {
		s = stripTags(s)
	} else if strings.ContainsRune(s, '&') {
		s = html.UnescapeString(s)
	}
	s = rxURLOrMail.ReplaceAllString(s, " ")
	s = rxParenthesised.ReplaceAllString(s, "")
	return dom.NormalizeSpace(s)
}

// readsAsName reports whether one candidate, already split out of its
// byline, reads as the name of a person or an organisation.
func readsAsName(name string) bool {
	if name == "" || rxMarkup.MatchString(name) || rxCreditLabel.MatchString(name) {
		return false
	}
	if strings.ContainsAny(name, "?!…") || strings.Count(name, "(") != strings.Count(name, ")") {
		return false // a sentence or a fragment
	}
	if rxNotInName.MatchString(strings.ToLower(name)) {
		return false // a picture's credit ("AP Photo") or a social network beside a name
	}
	if rxDomainInName.MatchString(name) {
		return false // a site's address ("Example.de", "Desk example.com"): the site, no writer
	}
	if strings.ContainsAny(name, ":：●◎") {
		return false // a label left before a name ("Redaktion: …"): no name holds one
	}
	if hasCJK(name) && rxCJKFurniture.MatchString(name) {
		return false // a profile's link, a follow button, a desk's "breaking report"
	}
	lower := strings.ToLower(name)
	if agencies[lower] {
		return true
	}
	if !strings.ContainsRune(name, ' ') && utf8.RuneCountInString(name) >= 5 && allCased(name) && strings.ToUpper(name) == name {
		return false // a dateline's place in capitals ("CAIRO"), not a name
	}
	words := strings.FieldsFunc(lower, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '.' || r == ':' || r == ',' })
	closed := 0
	for _, w := range words {
		if closedWords()[w] || monthNames()[w] > 0 {
			closed++
		}
	}
	if closed == len(words) {
		return false // a label, a month, a placeholder
	}
	return nameShape(name)
}

// nameShape checks a name's shape in scripts with capitals: at least one
// capitalised word, no lower-case word but a name's particles, no capital
// glued inside a word ("KeaneJournal"), a single word at least two letters
// long. Scripts without case (CJK, Arabic, …) are bounded in length only.
func nameShape(name string) bool {
	fields := strings.Fields(name)
	if len(fields) > 5 {
		return false
	}
	cased, capitalised, prose, cjkWords := false, 0, false, 0
	for _, f := range fields {
		first, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(first) && !unicode.IsLower(first) {
			if !unicode.IsLetter(first) {
				continue // an initial's dot, an apostrophe
			}
			if utf8.RuneCountInString(name) > 16 {
				return false // a phrase, not a name, in a script without case
			}
			if isCJKWord(f) {
				cjkWords++
			}
			if cjkWords > 2 {
				return false // a phrase: a CJK name is one word, or two at most ("山田 太郎")
			}
			continue
		}
		cased = true
		if unicode.IsUpper(first) || rxDomainWord.MatchString(f) {
			capitalised++
			if gluedCapital(f) {
				return false
			}
		} else if !nameParticles[f] && !nameParticles[strings.TrimSuffix(f, "'")] {
			prose = true
		}
	}
	if !cased {
		return true
	}
	if capitalised == 0 {
		// A name written all in lower case ("jane doe", a handle's owner)
		// is still one; a single lower-case word is too likely prose.
		return len(fields) >= 2 && len(fields) <= 3 && lowerWords(fields)
	}
	if prose {
		return false // a lower-case word beside capitalised ones: prose, "deinen Hochzeitsbloggern"
	}
	return len(fields) > 1 || utf8.RuneCountInString(strings.Trim(name, ".")) >= 2
}

// lowerWords reports whether every word is lower-case letters only.
func lowerWords(fields []string) bool {
	for _, f := range fields {
		for _, r := range f {
			if !unicode.IsLower(r) && r != '\'' && r != '-' {
				return false
			}
		}
	}
	return true
}

// gluedCapital reports a capital after a lower-case letter deep inside a
// word, where two words lost their space ("KeaneJournal"); the prefixes
// of names (McNeil, MacKenzie, DeAndre, LeBron, O'Neill) come earlier.
func gluedCapital(word string) bool {
	prevLower := false
	for i, r := range word {
		if unicode.IsUpper(r) && prevLower && i > 3 {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// stripTags returns the text of a value that holds markup (a JSON-LD
// author.name written as <a href="…">Name</a>), entities decoded.
func stripTags(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			b.WriteByte(' ')
		}
	}
}

// isPlaceAfterComma reports whether a byline's part after a comma is a
// single word that is neither an agency nor an acronym: a place or a
// dateline ("Anna Weber und Li Wu, Kakuma, Kenia"), not a name.
func isPlaceAfterComma(part string) bool {
	return !strings.ContainsRune(part, ' ') && hasCase(part) && !agencies[strings.ToLower(part)] && strings.ToUpper(part) != part
}

// allCased reports whether every letter of s has a case: "CAIRO", not
// "ASCII編集部".
func allCased(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) {
			return false
		}
	}
	return hasCase(s)
}

// hasCase reports whether s is written in a script with capitals.
func hasCase(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// rxDomainWord is a site's address used as its name ("hessenschau.de").
var rxDomainWord = rx.Compile(`^[a-z0-9-]+\.[a-z]{2,12}$`)

// maxTagLinks bounds the tag and category links kept per page.
const maxTagLinks = 200

// tagSegments are the path segments under which sites list a tag's,
// category's or topic's pages.
var tagSegments = map[string]bool{
	"tag": true, "tags": true, "category": true, "categories": true, "kategorie": true, "thema": true, "themen": true,
	"schlagwort": true, "schlagworte": true, "stichwort": true, "stichworte": true, "topic": true, "topics": true,
	"label": true, "labels": true, "etiqueta": true, "etiquetas": true, "tema": true, "temas": true, "rubrique": true,
	"rubrik": true, "rubrica": true, "mot-cle": true, "mots-cles": true, "argomenti": true, "tagged": true,
	"onderwerp": true, "onderwerpen": true, "tagi": true, "теги": true, "тема": true,
}

// isTagLink reports whether a is a link to a tag or category page
// (rel=tag, rel=category, or such an address) and not also an author's.
func isTagLink(a *html.Node) bool {
	rel := dom.Attr(a, "rel")
	if !dom.HasToken(rel, "tag") && !dom.HasToken(rel, "category") && !tagHref(dom.Attr(a, "href")) {
		return false // most links: no tag, no pattern run
	}
	return !dom.HasToken(rel, "author") && !rxAuthorHref.MatchString(dom.Attr(a, "href")) &&
		dom.FindFirst(a, func(c *html.Node) bool { return dom.HasToken(dom.Attr(c, "itemprop"), "author") }) == nil
}

// tagHref reports whether href is the address of a tag or category
// page: one of tagSegments followed by a further segment. Segments are
// compared, no pattern run: a page has hundreds of links.
func tagHref(href string) bool {
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	for {
		i := strings.IndexByte(href, '/')
		if i < 0 {
			return false
		}
		href = href[i+1:]
		j := strings.IndexByte(href, '/')
		if j <= 0 || j == len(href)-1 {
			continue
		}
		seg := href[:j]
		if hasUpper(seg) {
			seg = strings.ToLower(seg)
		}
		if tagSegments[seg] {
			return true
		}
	}
}

// hasUpper reports whether s holds an ASCII capital.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// squeeze removes the spaces, hyphens and dots of a folded name, to
// compare it with a host's label ("n-tv" with "ntv").
var squeeze = strings.NewReplacer(" ", "", "-", "", ".", "")

// isRelTag reports a link the page marks rel=tag or rel=category.
func isRelTag(a *html.Node) bool {
	rel := dom.Attr(a, "rel")
	return dom.HasToken(rel, "tag") || dom.HasToken(rel, "category")
}

// tagTexts returns the texts of the page's tag and category links, and
// the texts the page also links as an author (a writer who is a tag too).
// A structured source's names are checked against rel=tag links only: a
// German site's author page often lives under /thema/.
func (m *pageMeta) tagTexts(relOnly bool) map[string]bool {
	if len(m.tagLinks) == 0 {
		return nil
	}
	tags := map[string]bool{}
	for _, a := range m.tagLinks {
		if relOnly && !isRelTag(a) {
			continue
		}
		if t := dom.Comparable(dom.TextOf(a)); t != "" {
			tags[t] = true
		}
	}
	return tags
}
