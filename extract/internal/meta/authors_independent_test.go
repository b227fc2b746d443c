package meta_test

// An independent check of the authors pith outputs, on every page of the
// shared corpora (../shared/corpus, read in place, never copied) and of
// testdata/: no author may be the text of one of the page's rel=tag links,
// hold markup or a URL, or be a label phrase. The label phrases below are
// written for this test, apart from the validator's word lists, so that a
// gap in those lists shows here rather than hiding in both.

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/pith-cli/pith/extract"
	"github.com/pith-cli/pith/internal/testcorpus"
)

// labelPhrases are what bylines, credits and date lines print around names,
// and placeholders, in English, German, French, Spanish, Italian,
// Portuguese, Dutch, Polish, Russian, Japanese and Chinese, with month and
// weekday names: never an author.
const labelPhrases = `
posted | posted by | posted on | by | written by | article by | story by | words by | author | authors | the author
no author | unknown author | unknown | anonymous | admin | administrator | publisher | the publisher | editor
published | published on | updated | last updated | modified | share | comments | read more | more | follow
cc-by | cc by | cc-by-sa | creative commons | all rights reserved | copyright | photo | photos | image | credit
von | autor | autorin | veröffentlicht | veröffentlicht am | publiziert | publiziert am | aktualisiert
aktualisiert am | zuletzt aktualisiert | erschienen am | quelle | bildquelle | foto | fotos | bild | redaktion
teilen | kommentare | mehr | weiterlesen | stand
par | auteur | publié | publié le | mis à jour | mis à jour le | source | photo | crédit | la rédaction | partager
por | publicado | publicado el | publicado por | actualizado | fuente | foto | redacción | compartir
di | autore | pubblicato | pubblicato il | aggiornato | fonte | redazione | condividi
publicado em | atualizado | atualizado em | fonte | redação | compartilhar
door | gepubliceerd | gepubliceerd op | bijgewerkt | bron | redactie | delen
przez | opublikowano | zaktualizowano | autor | źródło | zdjęcie | redakcja | udostępnij
автор | опубликовано | обновлено | источник | фото | редакция | поделиться
投稿者 | 投稿日 | 著者 | 作成者 | 公開日 | 更新日 | 写真 | 出典 | 編集部
作者 | 发布 | 发布时间 | 更新时间 | 来源 | 图片 | 编辑
january | february | march | april | may | june | july | august | september | october | november | december
jan | feb | mar | apr | jun | jul | aug | sep | sept | oct | nov | dec
januar | februar | märz | mai | juni | juli | oktober | dezember | janvier | février | mars | avril | juin
juillet | août | septembre | octobre | novembre | décembre | enero | febrero | marzo | abril | mayo | junio
julio | agosto | septiembre | octubre | noviembre | diciembre
monday | tuesday | wednesday | thursday | friday | saturday | sunday | montag | dienstag | mittwoch
donnerstag | freitag | samstag | sonntag | lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche
today | yesterday | heute | gestern | aujourd'hui | hoy | ayer | oggi | ieri
editors | edited by | editing by | redakteur | redakteurin | bearbeitet von | editado por | redazione | redactie
web desk | news desk | digital desk | online desk | online-redaktion | onlineredaktion | newsroom | staff
guest author | gastautor | gastautorin | sponsored | sponsored content | anzeige | advertorial | werbung
partner content | publicité | publicidad | pubblicità | reading time | lesezeit | min read
編集部 | 编辑部 | 편집부 | 記者 | 记者 | 기자 | 文
`

// labelOpeners are the labels that, followed by a colon, open a credit or
// a source rather than a byline: "Foto: …", "Bildquelle: …".
var labelOpeners = regexp.MustCompile(`(?i)^(?:(photo|photos|foto|fotos|bild|bildquelle|quelle|image|credit|crédit|source|fuente|fonte|bron|źródło|фото|источник|写真|出典|来源|posted|published|updated|veröffentlicht|publiziert|aktualisiert|publié|publicado|pubblicato|gepubliceerd|opublikowano|editor|redaktion|redazione|redacción|text|texto|testo|编辑|編集|著者|作者)\s*[:：]|(edited|editing|reporting|photos?|photographs?|illustrations?)\s+by\s|bearbeitet\s+von\s|(取材・)?文\s*[●◎：/／])`)

// markupOrURL is markup, an entity, a URL, an e-mail address or a bare
// web address ("example.de").
var markupOrURL = regexp.MustCompile(`(?i)[<>{}]|://|www\.|href|&[a-z]+;|&#\d+;|\S@\S+\.\S|\b[a-z0-9-]{2,}\.(?:com|org|net|info|de|at|ch|fr|es|it|nl|be|pl|ru|jp|cn|kr|uk|us|io|co|ca|am|tv)\b`)

var fold = cases.Fold()

// normal folds case and width and trims the punctuation around a phrase.
func normal(s string) string {
	s = fold.String(norm.NFKC.String(s))
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r) })
	return strings.Join(strings.Fields(s), " ")
}

func labelSet() map[string]bool {
	set := map[string]bool{}
	for _, p := range strings.Split(labelPhrases, "|") {
		for _, line := range strings.Split(p, "\n") {
			if n := normal(line); n != "" {
				set[n] = true
			}
		}
	}
	return set
}

// corpora are the shared corpora, every one of which is checked.
var corpora = []string{"fundus", "goose3", "htmldate", "newspaper3k", "newspaper4k", "postlight", "scrapinghub"}

// pagePaths lists the pages to check: every corpus page (a missing corpus
// fails the test unless PITH_NO_SHARED=1), and every page under testdata.
func pagePaths(t *testing.T) []string {
	var paths []string
	for _, c := range corpora {
		paths = append(paths, testcorpus.Pages(t, c)...)
	}
	_ = filepath.WalkDir(filepath.Join("..", "..", "..", "testdata"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".htm")) {
			paths = append(paths, p)
		}
		return nil
	})
	return paths
}

func readPage(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, err
		}
		r = z
	}
	return io.ReadAll(r)
}

// tagTexts returns the normalised texts of the page's rel=tag and
// rel=category links, less those inside the text of a link the page marks
// as an author's (rel=author or an address under /author/): a writer may
// be a tag too ("NeoL" tagged, "NeoL／ネオエル" the author link).
func tagTexts(page []byte) map[string]bool {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil
	}
	tags, authorLinks := map[string]bool{}, map[string]bool{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			var rel, href string
			for _, a := range n.Attr {
				switch a.Key {
				case "rel":
					rel = " " + strings.ToLower(a.Val) + " "
				case "href":
					href = strings.ToLower(a.Val)
				}
			}
			text := normal(textOf(n))
			switch {
			case text == "":
			case strings.Contains(rel, " author "), strings.Contains(href, "/author/"), strings.Contains(href, "/autor/"):
				authorLinks[text] = true
			case strings.Contains(rel, " tag "), strings.Contains(rel, " category "):
				tags[text] = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for tag := range tags {
		for a := range authorLinks {
			if strings.Contains(a, tag) {
				delete(tags, tag)
			}
		}
	}
	return tags
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// badAuthor says why an author is not one, or "".
func badAuthor(author string, tags, labels map[string]bool) string {
	n := normal(author)
	switch {
	case markupOrURL.MatchString(author):
		return "markup or URL"
	case labels[n]:
		return "a label phrase"
	case labelOpeners.MatchString(strings.TrimSpace(author)):
		return "opens with a label"
	case tags[n]:
		return "a rel=tag link's text"
	}
	return ""
}

func TestAuthorsAreNeverTagsMarkupOrLabels(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every corpus page")
	}
	paths := pagePaths(t)
	labels := labelSet()
	type finding struct{ path, author, why string }
	var (
		mu       sync.Mutex
		findings []finding
		checked  int
		wg       sync.WaitGroup
	)
	work := make(chan string)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for path := range work {
				page, err := readPage(path)
				if err != nil {
					t.Error(err)
					continue
				}
				art, _ := extract.Extract(bytes.NewReader(page), extract.Options{})
				if art == nil || len(art.Authors) == 0 {
					continue
				}
				tags := tagTexts(page)
				mu.Lock()
				checked += len(art.Authors)
				for _, a := range art.Authors {
					if why := badAuthor(a, tags, labels); why != "" {
						findings = append(findings, finding{path, a, why})
					}
				}
				mu.Unlock()
			}
		}()
	}
	for _, p := range paths {
		work <- p
	}
	close(work)
	wg.Wait()
	for _, f := range findings {
		t.Errorf("%s: author %q is %s", f.path, f.author, f.why)
	}
	t.Logf("%d pages, %d authors checked", len(paths), checked)
}

// The check itself must catch what it is meant to.
func TestBadAuthorCatches(t *testing.T) {
	labels := labelSet()
	tags := tagTexts([]byte(`<a rel="tag" href="/t/1">Wirtschaft</a><a rel="category tag" href="/c">International</a>
<a rel="tag" href="/t/2">Lea Brandt</a><a rel="author" href="/author/lea">Lea Brandt</a>`))
	for author, bad := range map[string]bool{
		"Wirtschaft": true, "international": true, `<a href="`: true, "a>": true, "Frank Berg - https://x.example": true,
		"Publiziert am": true, "Veröffentlicht": true, "No Author": true, "Dec": true, "Bildquelle: SWR": true,
		"Foto: Jens Albrecht": true, "cc-by": true, "投稿者": true, "Opublikowano": true,
		"jane@blatt.example.de": true, "nieuwsblad.be": true, "Redaktion hessenblatt.de": true, "Edited by Mark Olsen": true,
		"Redaktion: Paul Kern": true, "文● 森本さくら": true, "Web Desk": true, "編集部": true, "Anzeige": true,
		"T.C. Sottek": false, "Nicholas St. Fleur": false, "James S.A. Corey": false,
		"Lea Brandt": false, "Jens Albrecht": false, "Anna Weber": false, "Mai Nguyen": false,
	} {
		if got := badAuthor(author, tags, labels) != ""; got != bad {
			t.Errorf("badAuthor(%q) = %v, want %v", author, got, bad)
		}
	}
}
