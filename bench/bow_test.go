package main

import (
	"math"
	"reflect"
	"testing"
)

func TestBowTokens(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Hello, World! It's 2024.", []string{"hello", "world", "it", "s", "2024"}},
		// NFKC: the ligature, full-width letters and digits, the superscript.
		{"ﬁnd ＡＢＣ１２ x²", []string{"find", "abc12", "x2"}},
		// Han and Kana one token per character; the prolonged-sound mark too.
		{"東京でデータ", []string{"東", "京", "で", "デ", "ー", "タ"}},
		{"スーパーman", []string{"ス", "ー", "パ", "ー", "man"}},
		{"abc漢字def", []string{"abc", "漢", "字", "def"}},
		// Thai: every character (vowel signs included) a token.
		{"ภาษา", []string{"ภ", "า", "ษ", "า"}},
		// Hangul syllables make runs, like Latin letters.
		{"한국어 뉴스", []string{"한국어", "뉴스"}},
		// Combining marks stay in the word (Devanagari vowel signs).
		{"हिन्दी भाषा", []string{"हिन्दी", "भाषा"}},
		{"Straße—Ärger_x", []string{"straße", "ärger", "x"}},
		{"", nil},
	} {
		if got := bowTokens(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("bowTokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestBowScore(t *testing.T) {
	for _, tc := range []struct {
		name, truth, pred string
		want              prf
	}{
		{"identical up to case and punctuation", "The cat sat.", "the CAT, sat", prf{1, 1, 1}},
		// truth {a:2, b:1}; pred {a:1, b:1, c:2}: overlap 2.
		{"multiset overlap", "a a b", "a b c c", prf{0.5, 2.0 / 3, 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0/3)}},
		{"repeated word counted once per occurrence", "x", "x x x x", prf{0.25, 1, 0.4}},
		{"empty prediction", "some words", "  ", prf{}},
		{"CJK per character", "日本語", "日本", prf{1, 2.0 / 3, 0.8}},
	} {
		got := bowScore(bowTokens(tc.truth), bowTokens(tc.pred))
		if !near(got.P, tc.want.P) || !near(got.R, tc.want.R) || !near(got.F1, tc.want.F1) {
			t.Errorf("%s: bowScore = %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestPrefixRecall(t *testing.T) {
	prefix := bowTokens("Houston has promoted its coordinator")
	// All five tokens within the first 50.
	if got := prefixRecall(prefix, bowTokens("(Photo: A. Person) Houston has promoted its coordinator to head coach.")); !near(got, 1) {
		t.Errorf("prefix after a photo credit: %v, want 1", got)
	}
	// Two of five missing.
	if got := prefixRecall(prefix, bowTokens("Houston promoted the coordinator")); !near(got, 3.0/5) {
		t.Errorf("partial: %v, want 0.6", got)
	}
	// The window is max(50, 3×5) tokens: the prefix after 50 filler tokens is not found.
	filler := ""
	for range 50 {
		filler += "w "
	}
	if got := prefixRecall(prefix, bowTokens(filler+"Houston has promoted its coordinator")); got != 0 {
		t.Errorf("prefix beyond the window: %v, want 0", got)
	}
	// A long prefix widens the window to 3× its length.
	long := bowTokens(filler) // 50 tokens "w"
	if got := prefixRecall(long, bowTokens(filler+filler+filler)); !near(got, 1) {
		t.Errorf("long prefix: %v, want 1", got)
	}
	if got := prefixRecall(prefix, nil); got != 0 {
		t.Errorf("empty text: %v, want 0", got)
	}
	// Repeated prefix tokens must each be found.
	if got := prefixRecall(bowTokens("the the the cat"), bowTokens("the cat")); !near(got, 0.5) {
		t.Errorf("repeats: %v, want 0.5", got)
	}
}

func TestSplitStable(t *testing.T) {
	// FNV-1a 32 values computed independently (Python): id → hash mod 10.
	for id, tuning := range map[string]bool{
		"a":                       true,  // 3826002220
		"b":                       false, // … mod 10 = 7
		"c":                       false, // 8
		"d":                       true,  // 3
		"at-DerStandard-20240503": true,  // 3339225540
		"at-DiePresse-20250605":   false,
		"042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856": true, // 2947224233
		"06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85": false,
	} {
		if got := inTuning(id); got != tuning {
			t.Errorf("inTuning(%q) = %v, want %v", id, got, tuning)
		}
		if got := partOf(id); (got == partTuning) != tuning {
			t.Errorf("partOf(%q) = %q", id, got)
		}
	}
	// About 70% of ids fall in the tuning part.
	n := 0
	for i := range 10000 {
		if inTuning(string(rune('a'+i%26)) + "-page-" + string(rune('0'+i%10)) + string(rune(i))) {
			n++
		}
	}
	if n < 6700 || n > 7300 {
		t.Errorf("%d of 10000 ids in the tuning part, want about 7000", n)
	}
}

func TestPairedBootstrap(t *testing.T) {
	// A constant difference: the mean and both bounds are that difference.
	a := []float64{0.9, 0.8, 0.7, 0.6}
	b := []float64{0.8, 0.7, 0.6, 0.5}
	mean, ci := pairedBootstrap(a, b)
	if !near(mean, 0.1) || !near(ci[0], 0.1) || !near(ci[1], 0.1) {
		t.Errorf("constant difference: %v %v, want 0.1 [0.1, 0.1]", mean, ci)
	}
	// Pairing matters: b is a shifted a, so unpaired spread would be wide.
	a = []float64{0.1, 0.9, 0.3, 0.7, 0.5, 0.2, 0.8, 0.4, 0.6, 1.0}
	b = make([]float64, len(a))
	for i := range a {
		b[i] = a[i] - 0.01 - 0.001*float64(i%2)
	}
	mean, ci = pairedBootstrap(a, b)
	if ci[0] < 0.01-1e-9 || ci[1] > 0.011+1e-9 || ci[0] > mean || mean > ci[1] {
		t.Errorf("paired shift: %v %v, want within [0.010, 0.011]", mean, ci)
	}
	// Half the pages +1, half −1: the interval straddles 0, symmetric-ish.
	a = make([]float64, 200)
	b = make([]float64, 200)
	for i := range a {
		a[i] = float64(i % 2)
		b[i] = float64(1 - i%2)
	}
	mean, ci = pairedBootstrap(a, b)
	// sd of the difference is 1, so the 95% interval of the mean is about ±1.96/√200 = ±0.139.
	if mean != 0 || ci[0] > -0.1 || ci[0] < -0.18 || ci[1] < 0.1 || ci[1] > 0.18 {
		t.Errorf("±1 differences: %v %v, want 0 [≈−0.14, ≈+0.14]", mean, ci)
	}
	// The same inputs give the same interval (fixed seed).
	if _, again := pairedBootstrap(a, b); again != ci {
		t.Errorf("not reproducible: %v then %v", ci, again)
	}
}

func TestWithoutSummary(t *testing.T) {
	if got := withoutSummary("Lead.\n\nBody text.", "Lead."); got != "\n\nBody text." {
		t.Errorf("got %q", got)
	}
	if got := withoutSummary("Body text.", "Lead."); got != "Body text." {
		t.Errorf("a body not starting with the summary must stay whole, got %q", got)
	}
}

func TestHTMLLang(t *testing.T) {
	for in, want := range map[string]string{
		`<!doctype html><html class="x" lang="de-AT"><head>`: "de",
		`<HTML LANG=ja>`:         "ja",
		`<html><body lang="fr">`: "?",
	} {
		if got := htmlLang([]byte(in)); got != want {
			t.Errorf("htmlLang(%q) = %q, want %q", in, got, want)
		}
	}
}
