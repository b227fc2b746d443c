package whatlang

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	upstream "github.com/abadojack/whatlanggo"
	"golang.org/x/net/html"
)

// outcome is everything a caller can observe of one Detect call: the
// Info's fields, the script's name, and the language's names and codes.
type outcome struct {
	Lang             int
	Iso6391, Iso6393 string
	Name, Script     string
	Confidence       float64
	Reliable         bool
}

func (o outcome) String() string {
	return fmt.Sprintf("%s (%d, %q/%q) script %s confidence %v reliable %v",
		o.Name, o.Lang, o.Iso6391, o.Iso6393, o.Script, o.Confidence, o.Reliable)
}

func detectFork(text string) outcome {
	info := Detect(text)
	return outcome{
		Lang: int(info.Lang), Iso6391: info.Lang.Iso6391(), Iso6393: info.Lang.Iso6393(),
		Name: info.Lang.String(), Script: scriptName(info.Script),
		Confidence: info.Confidence, Reliable: info.IsReliable(),
	}
}

func detectUpstream(text string) outcome {
	info := upstream.Detect(text)
	return outcome{
		Lang: int(info.Lang), Iso6391: info.Lang.Iso6391(), Iso6393: info.Lang.Iso6393(),
		Name: info.Lang.String(), Script: scriptName(info.Script),
		Confidence: info.Confidence, Reliable: info.IsReliable(),
	}
}

// scriptName names a script table by value, since each package has its own
// Hiragana+Katakana table: the name unicode.Scripts gives it, or
// "Hiragana+Katakana" for a table equal to the fork's.
func scriptName(rt *unicode.RangeTable) string {
	if rt == nil {
		return "none"
	}
	for name, table := range unicode.Scripts {
		if table == rt {
			return name
		}
	}
	if reflect.DeepEqual(rt, _HiraganaKatakana) {
		return "Hiragana+Katakana"
	}
	return fmt.Sprintf("unknown table %+v", *rt)
}

// profileLists maps each script that has several languages to the fork's
// profiles for it, as detectLangBaseOnScript chooses them.
func profileLists() map[*unicode.RangeTable]langProfileList {
	return map[*unicode.RangeTable]langProfileList{
		unicode.Latin:      latinLangs(),
		unicode.Cyrillic:   cyrillicLangs(),
		unicode.Devanagari: devanagariLangs(),
		unicode.Hebrew:     hebrewLangs(),
		unicode.Ethiopic:   ethiopicLangs(),
		unicode.Arabic:     arabicLangs(),
	}
}

// leaders lists the languages whose profiles are nearest to text, by the
// fork's tables: more than one when they tie.
func leaders(text string) []Lang {
	list := profileLists()[DetectScript(text)]
	if list == nil {
		return nil
	}
	trigrams := getTrigramsWithPositions(text)
	best := -1
	var langs []Lang
	for lang, profile := range list {
		switch d := calculateDistance(profile, trigrams); {
		case best < 0 || d < best:
			best, langs = d, []Lang{lang}
		case d == best:
			langs = append(langs, lang)
		}
	}
	return langs
}

// agree reports whether the fork's outcome matches upstream's. Upstream
// ranges over a map to rank languages, so when two languages tie for the
// lead (confidence 0) it names either one at random; the fork inherits
// that, and such a pair agrees when both name one of the tied languages.
func agree(text string, want, got outcome) (same, tie bool) {
	if want == got {
		return true, false
	}
	if want.Confidence != 0 || got.Confidence != 0 || want.Script != got.Script {
		return false, false
	}
	tied := leaders(text)
	if len(tied) < 2 || !slices.Contains(tied, Lang(want.Lang)) || !slices.Contains(tied, Lang(got.Lang)) {
		return false, false
	}
	return true, true
}

// differentialTexts gathers the texts both implementations are run on:
// the samples and odd inputs, the visible text of every page under
// testdata (whole, and cut to the 1 kB pith gives the detector), the
// plain-text fixtures, random words over each sample's letters, and, for
// each language, texts on which it nearly ties with a neighbour (see
// crossovers), whose confidences move with any change to either profile.
func differentialTexts(t testing.TB) []string {
	t.Helper()
	var texts []string
	for _, lang := range sortedKeys(samples) {
		texts = append(texts, samples[lang])
	}
	texts = append(texts, oddTexts...)

	root := filepath.Join("..", "..", "testdata")
	pages := 0
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := d.Name()
		switch {
		case strings.HasSuffix(name, ".html"), strings.HasSuffix(name, ".htm"), strings.HasSuffix(name, ".html.gz"):
			page, err := readPage(path)
			if err != nil {
				t.Logf("%s: skipped, unreadable: %v", path, err)
				return nil
			}
			text := visibleText(page)
			texts = append(texts, text, firstBytes(text, 1024))
			pages++
		case strings.HasSuffix(name, ".txt") && !strings.HasSuffix(name, "checks.txt"):
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			texts = append(texts, string(data))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages < 100 {
		t.Fatalf("found only %d pages under %s", pages, root)
	}

	rng := rand.New(rand.NewPCG(8, 2026))
	for _, lang := range sortedKeys(samples) {
		texts = append(texts, randomWords(rng, samples[lang], 3)...)
	}

	for _, script := range []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Arabic, unicode.Devanagari, unicode.Hebrew, unicode.Ethiopic} {
		list := profileLists()[script]
		langs := sortedKeys(list)
		for i, la := range langs {
			lb := langs[(i+1)%len(langs)]
			for range 3 {
				texts = append(texts, crossovers(rng, list[la], list[lb])...)
			}
		}
	}
	return texts
}

// randomWords makes n texts of random words over the letters of sample.
func randomWords(rng *rand.Rand, sample string, n int) []string {
	var letters []rune
	for _, r := range sample {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) {
			letters = append(letters, r)
		}
	}
	texts := make([]string, n)
	for i := range texts {
		var b strings.Builder
		for range 5 + rng.IntN(40) {
			for range 1 + rng.IntN(9) {
				b.WriteRune(letters[rng.IntN(len(letters))])
			}
			b.WriteByte(' ')
		}
		texts[i] = b.String()
	}
	return texts
}

// crossovers returns texts on which two languages of one script nearly tie.
// Each is a random subset of both profiles' trigrams: trigram i of a's
// profile is kept when ua[i] < p and trigram j of b's when ub[j] >= p, so
// p = 1 is all a and p = 0 all b; a bisection on p finds where a's profile
// becomes nearer to the text than b's, and the texts on either side of
// that point are returned. There a and b lead, the confidence lies
// strictly between 0 and 1 and moves with either profile's distance to the text, and since a
// random subset holds just one trigram of a neighbouring pair about half
// the time, even two swapped trigrams change that distance.
func crossovers(rng *rand.Rand, a, b []string) []string {
	ua, ub := make([]float64, len(a)), make([]float64, len(b))
	for i := range ua {
		ua[i] = rng.Float64()
	}
	for i := range ub {
		ub[i] = rng.Float64()
	}
	text := func(p float64) string {
		var words []string
		for i, tri := range a {
			if ua[i] < p {
				words = append(words, tri)
			}
		}
		for i, tri := range b {
			if ub[i] >= p {
				words = append(words, tri)
			}
		}
		return strings.Join(words, " ")
	}
	aNearer := func(p float64) bool {
		trigrams := getTrigramsWithPositions(text(p))
		return calculateDistance(a, trigrams) < calculateDistance(b, trigrams)
	}
	lo, hi := 0.0, 1.0
	if aNearer(lo) || !aNearer(hi) {
		return []string{text(0.5)}
	}
	for range 7 {
		mid := (lo + hi) / 2
		if aNearer(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return []string{text(lo), text(hi)}
}

func sortedKeys[K interface{ ~int | ~string }, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// readPage returns a file's bytes, gunzipped when it is gzip, at most 8 MB
// (testdata holds a gzip bomb).
func readPage(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		return data, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(io.LimitReader(zr, 8<<20))
}

// visibleText is a page's text outside script, style, template and
// noscript elements, its runs of white space collapsed.
func visibleText(page []byte) string {
	z := html.NewTokenizer(bytes.NewReader(page))
	var b strings.Builder
	hidden := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.Join(strings.Fields(b.String()), " ")
		case html.StartTagToken:
			if name, _ := z.TagName(); isHiddenTag(string(name)) {
				hidden++
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); isHiddenTag(string(name)) && hidden > 0 {
				hidden--
			}
		case html.TextToken:
			if hidden == 0 {
				b.Write(z.Text())
				b.WriteByte(' ')
			}
		}
	}
}

func isHiddenTag(name string) bool {
	return name == "script" || name == "style" || name == "template" || name == "noscript"
}

// firstBytes cuts text to at most n bytes at a rune boundary, as
// extract.checkLanguage does before calling Detect.
func firstBytes(text string, n int) string {
	if len(text) <= n {
		return text
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

// compareAll runs the fork on every text against upstream's outcomes and
// returns the disagreements and the number of tolerated ties.
func compareAll(texts []string, want []outcome) (diffs []string, ties int) {
	for i, text := range texts {
		got := detectFork(text)
		same, tie := agree(text, want[i], got)
		if tie {
			ties++
		}
		if !same {
			diffs = append(diffs, fmt.Sprintf("%.60q: upstream %v, fork %v", text, want[i], got))
		}
	}
	return diffs, ties
}

// corpus is the differential texts with upstream's outcome for each,
// gathered once for all the tests of a run.
var corpus struct {
	once  sync.Once
	texts []string
	want  []outcome
}

// differentialCorpus returns the differential texts and upstream's
// outcomes, gathering them on the first call.
func differentialCorpus(t *testing.T) ([]string, []outcome) {
	t.Helper()
	corpus.once.Do(func() {
		corpus.texts = differentialTexts(t)
		corpus.want = upstreamOutcomes(corpus.texts)
	})
	if corpus.texts == nil {
		t.Fatal("no differential texts (gathering them failed in an earlier test)")
	}
	return corpus.texts, corpus.want
}

func upstreamOutcomes(texts []string) []outcome {
	want := make([]outcome, len(texts))
	for i, text := range texts {
		want[i] = detectUpstream(text)
	}
	return want
}

// TestForkMatchesUpstream is the fork's safety net: upstream whatlanggo
// and the fork must give the same outcome on every text.
func TestForkMatchesUpstream(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the differential sweep is long and starts no goroutine; the full run (.ci/run's first test step) covers it")
	}
	texts, want := differentialCorpus(t)
	diffs, ties := compareAll(texts, want)
	for _, d := range diffs {
		t.Error(d)
	}
	langs := map[int]bool{}
	partial := 0
	for _, o := range want {
		langs[o.Lang] = true
		if o.Confidence > 0 && o.Confidence < 1 {
			partial++
		}
	}
	t.Logf("compared %d texts: %d languages detected, %d confidences strictly between 0 and 1, %d tied leads",
		len(texts), len(langs), partial, ties)
	if len(langs) < 60 {
		t.Errorf("the texts exercise only %d languages", len(langs))
	}
	if ties*20 > len(texts) {
		t.Errorf("%d of %d texts are ties: too many to compare languages", ties, len(texts))
	}
}

// TestDifferentialCatchesTableChanges checks the differential test can
// fail: each small change to one of the fork's profiles (two neighbouring
// trigrams swapped, one replaced, the last dropped) must change the outcome
// on at least one text.
func TestDifferentialCatchesTableChanges(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the differential sweep is long and starts no goroutine; the full run (.ci/run's first test step) covers it")
	}
	texts, want := differentialCorpus(t)
	type change struct {
		script *unicode.RangeTable
		lang   Lang
		apply  func([]string) []string
		name   string
	}
	swap := func(i int) func([]string) []string {
		return func(p []string) []string {
			p = slices.Clone(p)
			p[i], p[i+1] = p[i+1], p[i]
			return p
		}
	}
	replace := func(i int, tri string) func([]string) []string {
		return func(p []string) []string {
			p = slices.Clone(p)
			p[i] = tri
			return p
		}
	}
	dropLast := func(p []string) []string { return p[:len(p)-1] }
	changes := []change{
		{unicode.Latin, Eng, swap(0), "Eng: first two swapped"},
		{unicode.Latin, Deu, swap(150), "Deu: 150th and 151st swapped"},
		{unicode.Latin, Zul, replace(200, "qqq"), "Zul: one replaced"},
		{unicode.Latin, Fra, dropLast, "Fra: last dropped"},
		{unicode.Cyrillic, Rus, swap(10), "Rus: two swapped"},
		{unicode.Cyrillic, Mkd, dropLast, "Mkd: last dropped"},
		{unicode.Arabic, Pes, swap(40), "Pes: two swapped"},
		{unicode.Devanagari, Nep, replace(5, "xyz"), "Nep: one replaced"},
		{unicode.Hebrew, Ydd, swap(2), "Ydd: two swapped"},
		{unicode.Ethiopic, Tir, swap(50), "Tir: two swapped"},
	}
	for _, c := range changes {
		// Only texts in the changed profile's script can notice.
		var scriptTexts []string
		var scriptWant []outcome
		for i, text := range texts {
			if DetectScript(text) == c.script {
				scriptTexts, scriptWant = append(scriptTexts, text), append(scriptWant, want[i])
			}
		}
		list := profileLists()[c.script]
		original := list[c.lang]
		list[c.lang] = c.apply(original)
		diffs, _ := compareAll(scriptTexts, scriptWant)
		list[c.lang] = original
		if len(diffs) == 0 {
			t.Errorf("%s: the differential test did not notice", c.name)
		} else {
			t.Logf("%s: %d texts differ, e.g. %s", c.name, len(diffs), diffs[0])
		}
	}
	if diffs, _ := compareAll(texts, want); len(diffs) != 0 {
		t.Fatalf("tables not restored: %s", diffs[0])
	}
}

// TestLanguageNamesMatchUpstream compares every name and code the fork
// gives a language, and its script names, with upstream's.
func TestLanguageNamesMatchUpstream(t *testing.T) {
	for l := Lang(-2); l <= Zul+2; l++ {
		u := upstream.Lang(l)
		got := []string{l.String(), l.Iso6391(), l.Iso6393(), LangToString(l), LangToStringShort(l)}
		want := []string{u.String(), u.Iso6391(), u.Iso6393(), upstream.LangToString(u), upstream.LangToStringShort(u)}
		if !slices.Equal(got, want) {
			t.Errorf("Lang %d: fork gives %q, upstream %q", l, got, want)
		}
		if code := u.Iso6393(); int(CodeToLang(code)) != int(upstream.CodeToLang(code)) {
			t.Errorf("CodeToLang(%q): fork %d, upstream %d", code, CodeToLang(code), upstream.CodeToLang(code))
		}
	}
	if len(Langs()) != len(upstream.Langs) {
		t.Errorf("Langs has %d entries, upstream %d", len(Langs()), len(upstream.Langs))
	}
	for _, table := range unicode.Scripts {
		if Scripts()[table] != upstream.Scripts[table] {
			t.Errorf("Scripts: fork names a table %q, upstream %q", Scripts()[table], upstream.Scripts[table])
		}
	}
	if len(Scripts()) != len(upstream.Scripts) {
		t.Errorf("Scripts has %d entries, upstream %d", len(Scripts()), len(upstream.Scripts))
	}
}

// FuzzForkMatchesUpstream compares the two on arbitrary text, seeded with
// the samples and odd inputs.
func FuzzForkMatchesUpstream(f *testing.F) {
	for _, lang := range sortedKeys(samples) {
		f.Add(samples[lang])
	}
	for _, text := range oddTexts {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want, got := detectUpstream(text), detectFork(text)
		if same, _ := agree(text, want, got); !same {
			t.Fatalf("%q: upstream %v, fork %v", text, want, got)
		}
	})
}
