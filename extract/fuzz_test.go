package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pith-cli/pith/extract/internal/input"
)

// inputDir holds one small file per input case: encodings, containers.
const inputDir = "../testdata/input"

// maxFuzzSeed bounds the seeds a fuzzing run starts from: each input the
// fuzzer derives from a seed is about the seed's size, and each new one is
// minimised by rerunning the pipeline on it, so the 20 KB fixture pages
// made for slow fuzzing. (Minimising takes most of a run anyway unless
// -fuzzminimizetime bounds it; the README's development section has the
// command and the figures.)
const maxFuzzSeed = 2 << 10

// smallPages are seeds of a few hundred bytes, each with a structure the
// pipeline treats specially: body paragraphs beside boilerplate widgets (in
// several languages), a declared article and a JSON-LD body, the renderings'
// constructs, metadata, and hostile or odd input.
var smallPages = []string{
	`<html lang="en"><head><title>Depot to close</title><meta name="author" content="Ann Lee"></head><body><nav><a href="/">Home</a></nav>` +
		`<article><h1>Depot to close</h1><p>The council voted on Tuesday to close the depot on Mill Road, moving three hundred drivers to one site.</p>` +
		`<div class="share"><span>Share</span><button>Facebook</button></div><p>Supporters said it would save money; opponents warned of long journeys.</p></article>` +
		`<div>Advertisement</div><footer>© 2024</footer></body></html>`,
	`<html lang="de"><body><div class="c-1a"><p>Wir verwenden Cookies.</p><button>Akzeptieren</button></div><main><p>Der Stadtrat hat am Dienstag beschlossen, ` +
		`das Depot zu schließen. Die Fahrer sollen an einen neuen Standort wechseln.</p><h2>Kommentare</h2><p>Melden Sie sich für den Newsletter an.</p></main></body></html>`,
	`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry cancelled","datePublished":"2024-03-01T08:00:00Z",` +
		`"author":{"@type":"Person","name":"Jo Park"},"articleBody":"High winds closed the harbour.\nSailings resume on Tuesday."}</script></head>` +
		`<body><div itemprop="articleBody"><p>High winds closed the harbour before the first sailing of the day.</p></div></body></html>`,
	`<body><article><p>Le conseil a voté mardi : <a href="/a">le dépôt</a> ferme.</p><ul><li>Un</li><li>Deux</li></ul><ol><li><a href="javascript:x()">x</a></li></ol>` +
		`<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table><pre>  code  kept </pre><blockquote>Une citation.</blockquote>` +
		`<figure><img src="a.jpg" alt="Le dépôt"><figcaption>Le dépôt.</figcaption></figure><p>Fin <em>de</em> <strong>l'article</strong><br>ici.</p></article></body>`,
	`<meta charset="windows-1251"><title>Новости</title><p>` + "\xcd\xee\xe2\xee\xf1\xf2\xe8 \xe3\xee\xf0\xee\xe4\xe0" + `</p>`,
	"<p>\x1b$BF|K\\\x1b(B</p>",
	"\xff\xfe<\x00p\x00>\x00h\x00i\x00",
	`<title>x</title><template><p>hidden</p></template><noscript><img src=x></noscript><svg><style><img src=x onerror=alert(1)></style></svg>` +
		`<math><mi><table><mglyph><style><img src=x></style></mglyph></table></mi></math><p>Text of the page, long enough to count as an article here.</p>`,
}

// fuzzing reports whether this run is fuzzing (go test -fuzz) rather than
// running the seeds as tests.
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// addSeeds adds seeds to a fuzz corpus: the small pages, the input cases
// and some hostile inputs; and, when the seeds run as tests rather than
// start a fuzzing run, the fixture pages too (every page then goes through
// the invariants).
func addSeeds(f *testing.F) {
	addPageSeeds(f)
	inputs, _ := filepath.Glob(filepath.Join(inputDir, "*"))
	for _, p := range inputs {
		if data, err := os.ReadFile(p); err == nil && (!fuzzing() || len(data) <= maxFuzzSeed) {
			f.Add(data)
		}
	}
	f.Add([]byte(""))
	f.Add([]byte("\x1f\x8b\x08\x00garbage"))
	f.Add([]byte(strings.Repeat("<div>", 200) + "<p>deep</p>"))
	f.Add([]byte(strings.Repeat("<table><td>", 100) + "x"))
	f.Add([]byte("<html><body><pre>  keep\n\n\n  this  </pre><p>a\u00a0b</p></body></html>"))
	f.Add([]byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--b--\r\n"))
}

// addPageSeeds adds the small pages, and the fixture pages unless fuzzing.
func addPageSeeds(f *testing.F) {
	for _, p := range smallPages {
		f.Add([]byte(p))
	}
	if fuzzing() {
		return
	}
	pages, _ := filepath.Glob(filepath.Join(pagesDir, "*", "source.html"))
	for _, p := range pages {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

// FuzzExtract checks the invariants every input must keep: no panic, the
// input untouched, and an article whose fields are valid UTF-8, whose text
// is in the contract's shape (one final newline) and whose JSON form
// round-trips.
func FuzzExtract(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		input := bytes.Clone(data)
		art, err := Extract(bytes.NewReader(data), Options{MaxSize: 1 << 20})
		if !bytes.Equal(input, data) {
			t.Fatal("Extract changed its input")
		}
		if art == nil {
			return
		}
		js, jerr := json.Marshal(art)
		if jerr != nil {
			t.Fatalf("JSON: %v", jerr)
		}
		var back Article
		if jerr := json.Unmarshal(js, &back); jerr != nil {
			t.Fatalf("JSON does not read back: %v", jerr)
		}
		back.Content, back.Removed, back.BodySource, back.Restored = art.Content, art.Removed, art.BodySource, art.Restored // not in the JSON
		back.ConfidenceReasons, back.signals, back.features = art.ConfidenceReasons, art.signals, art.features
		if !reflect.DeepEqual(&back, art) {
			t.Errorf("JSON does not round-trip:\n%+v\n%+v", back, *art)
		}
		if !utf8.Valid(js) {
			t.Errorf("JSON is not valid UTF-8: %q", js)
		}
		if err != nil {
			return
		}
		text := art.Text
		if !utf8.ValidString(text) {
			t.Errorf("text is not valid UTF-8: %q", text)
		}
		if !strings.HasSuffix(text, "\n") || strings.HasSuffix(text, "\n\n") {
			t.Errorf("text must end with exactly one newline: %q", text)
		}
		if art.WordCount <= 0 {
			t.Errorf("an article with text has %d words", art.WordCount)
		}
	})
}

// FuzzDecode checks the stages before extraction: taking a page out of its
// container and decoding it never panic, always give valid UTF-8 and a
// known encoding name, and the parsed tree respects every work cap.
func FuzzDecode(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		page, err := input.Unwrap(data)
		if err != nil {
			return
		}
		text, name, err := input.DecodeWith(page.Body, input.Charsets{Container: page.Charset})
		if err != nil {
			t.Fatalf("decode: %v", err)
		}
		if !utf8.ValidString(text) {
			t.Errorf("decoded text is not valid UTF-8: %q", text)
		}
		if _, ok := input.LookupEncoding(name); !ok {
			t.Errorf("unknown encoding name %q", name)
		}
		doc, err := input.Parse(text)
		if err != nil {
			return // refused: too complex
		}
		checkWithinCaps(t, doc.Node)
	})
}

// TestFuzzSeedsAreSmall keeps the fuzzing seeds small as they grow.
func TestFuzzSeedsAreSmall(t *testing.T) {
	for i, p := range smallPages {
		if len(p) > maxFuzzSeed {
			t.Errorf("smallPages[%d] has %d bytes, more than %d", i, len(p), maxFuzzSeed)
		}
	}
	if fuzzing() {
		t.Error("fuzzing() is true in a run without -fuzz: the fixture pages would not be seeds")
	}
}
