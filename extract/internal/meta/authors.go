package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
	"github.com/pith-cli/pith/internal/rx"
)

var (
	// rxAuthorSeparator splits "A, B and C", "A und B", "A et B", "A y B",
	// "A e B", "A with B", "AFP/dpa": the conjunctions in lower case between
	// spaces, so that a middle initial ("Sarah E. Needleman") stays inside
	// its name.
	rxAuthorSeparator = rx.Compile(`\s*(?:,|，|;|；|&|/|／|、|\||\s(?:and|AND|und|et|y|e|en|og|och|i|oraz|и|with|avec|mit|con|com|met)\s)\s*`)
	rxLooksLikeURL    = rx.Compile(`^(https?:|www\.|/)|\.(com|org|net)\b`)
	// rxProfileLink is the text of a link to an author page, not a name.
	rxProfileLink = rx.Compile(`\b(view|see|all|more|posts|articles|stories|profile|follow|contact|email|bio|alle|artikel|beiträge|tous|todos|tutti|meer|mehr|plus|más|mais|più)\b|все`)
	rxHasDigit    = rx.Compile(`\d`)
	// rxHonorific is a title before a name.
	rxHonorific = rx.Compile(`^(?:Dr|Prof|Mr|Mrs|Ms|Mme|Sr|Sra|Hr|Fr)\.?\s+`)
	// rxRole is a job title after a name ("Jane Doe, Political Correspondent").
	rxRole = rx.Compile(`correspondent|reporter|editor|writer|columnist|commentator|contributor|journalist|staff|photographer|kommentator|commentateur|comentarista|commentatore|korrespondent|redakteur|mitarbeiter|fotograf|rédact|chroniqueu|corresponsal|redactor|periodista|repórter|redattore|giornalista|corrispondente|inviat[oa]\b|envoy[ée]e?s? spécia(?:l|le|ux|les)|enviad[oa]s? especial(?:es)?|verslaggever|redacteur|корреспондент|редактор|обозреватель`)
)

// notAName are bylines' credentials, newsroom placeholders and the
// placeholder accounts of publishing systems: never a person's name.
var notAName = map[string]bool{
	"md": true, "phd": true, "ms": true, "msc": true, "rd": true, "rdn": true, "rn": true, "mph": true,
	"mba": true, "jr": true, "sr": true, "esq": true, "cpa": true, "dds": true,
	"webmaster": true, "guest": true, "user": true, "anonymous": true, "editorial": true, "гость": true,
	"redaktion": true, "rédaction": true, "la rédaction": true, "redacción": true, "redaccion": true, "redazione": true,
	"la redazione": true, "redactie": true, "de redactie": true, "redação": true, "da redação": true, "редакция": true,
	"newsroom": true, "the editors": true, "editorial team": true, "staff": true, "unknown": true,
	"編集部": true, "编辑部": true, "편집부": true, "文": true,
	// CJK labels standing alone: writer, contributor, translator, photographs.
	"ライター": true, "筆者": true, "著者": true, "執筆": true, "執筆者": true, "寄稿": true, "記者": true, "作者": true,
	"翻訳": true, "監修": true, "写真": true, "撮影": true, "イラスト": true, "編集": true, "기자": true, "필자": true,
	// "and agencies": the wires in general, no one in particular.
	"agencies": true, "agenturen": true, "nachrichtenagenturen": true, "agences": true, "agencias": true, "agenzie": true,
	"agências": true, "agentschappen": true, "agencje": true, "агентства": true, "wires": true, "wire services": true,
}

// SplitAuthors turns a byline into person names: prefixes and honorifics
// stripped, lists split, URLs, dates, roles and overlong strings dropped.
func SplitAuthors(byline string) []string {
	byline = dom.NormalizeSpace(byline)
	if strings.ContainsRune(byline, '@') {
		byline = withoutEmail(byline)
	}
	if rxLooksLikeURL.MatchString(strings.ToLower(byline)) {
		return nil
	}
	byline = cleanAuthor(byline) // markup goes before the split: never split "<a href=…>" at its "/"
	if byline == "" || rxCreditLabel.MatchString(byline) {
		return nil
	}
	byline = lexicon.BylinePrefix.ReplaceAllString(byline, "")
	byline = rxWriterLabel.ReplaceAllString(byline, "")
	var out []string
	seps := rxAuthorSeparator.FindAllString(byline, -1)
	full := false      // a full name came before: a lone word after a comma is a place
	afterRole := false // a role came before: a lone word after it is where the writer works
	parts := rxAuthorSeparator.Split(byline, -1)
	if joinsPhrase(parts, seps) {
		return nil
	}
	if strings.ContainsAny(byline, "·•") {
		parts, seps = dropLoneDotted(parts)
	}
	for i, part := range parts {
		part = rxLeadingConjunction.ReplaceAllString(strings.Trim(dom.NormalizeSpace(part), " .·|-–—:／"), "")
		if rxRole.MatchString(strings.ToLower(part)) {
			afterRole = true
			continue
		}
		if full && i > 0 && strings.TrimSpace(seps[i-1]) == "," && isPlaceAfterComma(part) ||
			afterRole && isPlaceAfterComma(part) {
			continue
		}
		if rxEditorLabel.MatchString(part) {
			continue // an editor's or a contributor's credit, not the writer
		}
		if rxPhotoCredit.MatchString(part) && !rxCreditLabel.MatchString(part) {
			return nil // a picture's credit ("AP Photo/Jane Doe"): its names took the pictures
		}
		part = rxCJKRole.ReplaceAllString(rxWriterLabel.ReplaceAllString(part, ""), "")
		part = rxHonorific.ReplaceAllString(part, "")
		if part = withoutAuthorLabel(part); part == "" {
			continue // a label about authors ("Auswärtige Autoren", "Über den Autor"), no name
		}
		if cjk := hasCJK(part); cjk && rxCJKCredit.MatchString(part) {
			continue // a translator's, a photographer's or a supervisor's credit ("翻訳 山田太郎")
		} else if cjk {
			part = cjkBeforeRomanised(rxCJKReporter.ReplaceAllString(rxCJKWriterLabel.ReplaceAllString(part, ""), "$1"))
		}
		part = rxTrailingRole.ReplaceAllString(rxTrailingPlaceOrOutlet.ReplaceAllString(rxTrailingDateLabel.ReplaceAllString(part, ""), ""), "")
		lowerPart := strings.ToLower(part) // the patterns are lower case: cheaper to compile than (?i)
		lower := strings.Trim(lowerPart, ".")
		if rxDomainInName.MatchString(part) {
			full = true // the site's address: lone words after it are its place
			continue
		}
		if sentencePart(part) {
			return nil // a sentence split at its "and": no byline
		}
		if part == "" || rxRole.MatchString(lowerPart) || lexicon.BylinePrefix.MatchString(part+" ") || rxHasDigit.MatchString(part) || rxLooksLikeURL.MatchString(lowerPart) || dom.WordCount(part) > 5 ||
			notAName[lower] || strings.Contains(lower, "admin") || rxProfileLink.MatchString(lowerPart) || !readsAsName(part) {
			continue
		}
		part = shoutedName(part)
		full = full || strings.ContainsRune(part, ' ')
		out = append(out, titleCaseShouting(part))
	}
	return withoutRomanised(out)
}

var (
	// rxCJKWriterLabel is a writer's label before a name in Japanese,
	// Chinese or Korean, set off by a space ("ライター 山田太郎", "筆者
	// 山田太郎"): the label goes, the name stays. With a colon,
	// rxWriterLabel has taken it already.
	rxCJKWriterLabel = rx.Compile(`^(?:ライター|フリーライター|記者|筆者|著者|執筆|執筆者|寄稿|作者|撰文|作家|글쓴이|필자)\s+`)
	// rxCJKReporter is a Chinese byline's "reporter" run into the name
	// after it, with the outlet before it or not ("聯合報 記者林宸誼"): the
	// name is the two to four characters after the label.
	rxCJKReporter = rx.Compile(`^(?:\p{Han}{1,8}\s*)?(?:記者|记者)(\p{Han}{2,4})$`)
	// rxCJKCredit opens a credit for other work than the writing, in
	// Japanese, Chinese or Korean: translation, supervision, photographs,
	// illustration, composition, interviewing. The name after it is no
	// author of the text.
	rxCJKCredit = rx.Compile(`^(?:翻訳|訳|監修|写真|撮影|イラスト|構成|聞き手|編集|翻译|译者|摄影|插图|審訂|审订|번역|사진|감수)(?:\s|[:：/／・=＝]|$)`)
	// rxCJKFurniture is page furniture around a byline in Japanese,
	// Chinese or Korean that no name holds: "profile", "list of
	// articles", "follow", "the person who wrote this article", "more",
	// a social network's "fan page", and a news desk's "breaking
	// report", "news flash", "compiled report" (即時報導, 快訊, 綜合報導).
	rxCJKFurniture = rx.Compile(`粉絲|粉丝|プロフィール|一覧|フォロー|この記事|書いた人|もっと見る|詳しく|報導|报道|快訊|快讯|綜合|综合|プロフ|관련기사|프로필|구독|팔로우|콘텐츠|플랫폼`)
)

// authorLabelWords are the words for "author" and "guest author" in the
// languages pith reads: a label, never part of a name.
var authorLabelWords = map[string]bool{
	"author": true, "authors": true, "autor": true, "autorin": true, "autoren": true, "autorinnen": true,
	"gastautor": true, "gastautorin": true, "gastautoren": true, "auteur": true, "auteure": true, "auteurs": true,
	"autore": true, "autori": true, "autrice": true, "autores": true, "autora": true, "autoras": true,
	"autorzy": true, "автор": true, "авторы": true, "автора": true,
}

// withoutAuthorLabel drops the author labels that open a name
// ("Gastautorin Jane Roe", "Guest author Jane Roe") and returns "" for a
// text that holds one elsewhere ("Über den Autor", "Auswärtige Autoren"):
// a label about the writers, naming none.
func withoutAuthorLabel(part string) string {
	if !hasCase(part) {
		return part
	}
	words := strings.Fields(part)
	i := 0
	for i < len(words) {
		if w := strings.ToLower(strings.Trim(words[i], ".,:")); !authorLabelWords[w] && w != "guest" && w != "gast" {
			break // "guest" only as a label's first word: Guest is a surname too
		}
		i++
	}
	for _, w := range words[i:] {
		if authorLabelWords[strings.ToLower(strings.Trim(w, ".,:"))] {
			return ""
		}
	}
	if i == 0 {
		return part
	}
	return strings.Join(words[i:], " ")
}

// hasCJK reports whether s holds a Han, Kana or Hangul letter: the CJK
// patterns are run on such parts only.
func hasCJK(s string) bool {
	for _, r := range s {
		if dom.IsCJK(r) {
			return true
		}
	}
	return false
}

// isCJKWord reports a word that opens with a Han, Kana or Hangul letter.
func isCJKWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return dom.IsCJK(r)
}

// cjkBeforeRomanised keeps the name a Japanese, Chinese or Korean byline
// writes in its own script when the same name follows in Latin letters
// ("山田 太郎 Taro Yamada"): the romanisation repeats the name, and run on
// it would make one name of both. A name in Latin letters first, or
// Latin words inside the CJK ones ("ITmedia NEWS編集部"), stay.
func cjkBeforeRomanised(part string) string {
	words := strings.Fields(part)
	if len(words) < 2 || !isCJKWord(words[0]) {
		return part
	}
	cjk := 0
	for cjk < len(words) && isCJKWord(words[cjk]) {
		cjk++
	}
	if cjk == len(words) {
		return part
	}
	for _, w := range words[cjk:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || isCJKWord(w) {
			return part
		}
	}
	return strings.Join(words[:cjk], " ")
}

// withoutRomanised drops the Latin names of a byline that gives each
// name twice, in a CJK script and then in Latin letters ("山田太郎 /
// Taro Yamada, 佐藤花子 / Hanako Sato"): the same writers, once.
func withoutRomanised(names []string) []string {
	if len(names) < 2 || len(names)%2 != 0 {
		return names
	}
	for i := 0; i < len(names); i += 2 {
		if hasCase(names[i]) || !hasCase(names[i+1]) || !strings.ContainsRune(names[i+1], ' ') {
			return names
		}
	}
	out := make([]string, 0, len(names)/2)
	for i := 0; i < len(names); i += 2 {
		out = append(out, names[i])
	}
	return out
}

// rxEmail is an e-mail address, with the brackets an author meta or a
// feed's author field sets around it or around the name beside it ("Jane
// Roe (jane@example.com)", "jane@example.com (Jane Roe)").
var rxEmail = rx.Compile(`[(<\[]?\s*(?:mailto:)?[\pL\d._%+-]+@[\pL\d-]+(?:\.[\pL\d-]+)+\s*[)>\]]?`)

// withoutEmail drops the addresses from a byline and unwraps the name
// left in brackets: the address is a contact, and its ".com" would make
// the whole line read as a link and lose the name beside it.
func withoutEmail(byline string) string {
	s := dom.NormalizeSpace(rxEmail.ReplaceAllString(byline, " "))
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && strings.Count(s, "(") == 1 {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}

// shoutedName is the name a byline prints in capitals before an outlet
// or a role in mixed case, run together in one line ("By JANE DOE
// Associated Press", "JOHN SMITH Staff Writer"): the capitals are the
// name, and the rest is not. A name of fewer than two words in capitals,
// or a byline all in capitals, stays as it is.
func shoutedName(part string) string {
	words := strings.Fields(part)
	caps, end := 0, 0
	for i, w := range words {
		if strings.ToUpper(w) != w || strings.ToLower(w) == w || len([]rune(w)) < 2 {
			break
		}
		if !isInitial(w) {
			caps++ // an initial ("J.") is in capitals in any name: it neither starts nor ends the run
			end = i + 1
		}
	}
	if caps < 2 || end == len(words) {
		return part
	}
	return strings.Join(words[:end], " ")
}

// isInitial reports a name's initial: one letter and its dot ("J.").
func isInitial(w string) bool {
	r := []rune(w)
	return len(r) == 2 && unicode.IsLetter(r[0]) && r[1] == '.'
}

// titleCaseShouting writes a name printed in capitals ("MARGARET
// O'NEILL") in title case; agencies' short names ("AP", "AFP") and names
// already in mixed case stay as they are.
func titleCaseShouting(name string) string {
	if len(strings.Fields(name)) < 2 || strings.ToUpper(name) != name || strings.ToLower(name) == name {
		return name
	}
	var b strings.Builder
	start := true
	for _, r := range name {
		if start {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r)
	}
	return b.String()
}

// joinsPhrase reports a byline whose "and" joins lower-case words to what
// comes before ("Desk Name et faits divers"): a phrase, not a list of
// names, whose capitalised half would be taken for a person. A word that
// is no name by itself ("y agencias", "and staff") joins no phrase.
func joinsPhrase(parts, seps []string) bool {
	for i, sep := range seps {
		if sep = strings.TrimSpace(sep); sep == "" || !unicode.IsLetter([]rune(sep)[0]) || i+1 >= len(parts) {
			continue
		}
		next := strings.Fields(parts[i+1])
		if after := strings.ToLower(strings.Trim(parts[i+1], " .")); len(next) == 0 || agencies[after] || notAName[after] {
			continue
		}
		if first := []rune(next[0])[0]; unicode.IsLower(first) && !nameParticles[next[0]] {
			return true
		}
	}
	return false
}

// dropLoneDotted splits parts further at the middle dots a byline line
// strings its items with ("Section · Jane Doe · 3 min"), and drops the
// single words among them, a section's or a label's, but agencies.
func dropLoneDotted(parts []string) ([]string, []string) {
	var outParts, outSeps []string
	for _, p := range parts {
		for _, piece := range strings.FieldsFunc(p, func(r rune) bool { return r == '·' || r == '•' }) {
			piece = strings.TrimSpace(piece)
			if !strings.ContainsRune(piece, ' ') && hasCase(piece) && !agencies[strings.ToLower(piece)] {
				continue
			}
			if len(outParts) > 0 {
				outSeps = append(outSeps, ", ")
			}
			outParts = append(outParts, piece)
		}
	}
	if len(outParts) == 0 {
		return []string{""}, nil
	}
	return outParts, outSeps
}

// sentencePart reports a part of three words or more that mixes
// capitalised words with a lower-case word that is neither a name's
// particle nor a label's: prose ("Syrian defense ministries"), whose
// neighbours are no names either.
func sentencePart(part string) bool {
	fields := strings.Fields(part)
	if len(fields) < 3 || !hasCase(part) {
		return false
	}
	upper, prose := false, false
	for _, f := range fields {
		r := []rune(f)[0]
		switch {
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsLower(r) && !nameParticles[f] && !closedWords()[strings.ToLower(strings.Trim(f, ".,"))]:
			prose = true
		}
	}
	return upper && prose
}

// FallbackAuthors reads the byline a generic extractor found when the
// page's metadata named no one: readability takes the text of any element
// classed or marked as an author's, which is as often a section's word in
// an author box ("Politik", "Travel") as a name. So a lone word stands
// only as a known news agency, and a name in a script without case; a
// person's name needs two words. The site is not its articles' author.
func FallbackAuthors(byline, siteName string) []string {
	var out []string
	for _, n := range SplitAuthors(byline) {
		if dom.SameText(n, siteName) {
			continue
		}
		if hasCase(n) && !strings.ContainsRune(n, ' ') && !agencies[strings.ToLower(n)] {
			continue
		}
		out = append(out, n)
	}
	return out
}
