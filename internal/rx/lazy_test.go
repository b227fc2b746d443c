package rx

import (
	"sync"
	"testing"
)

func TestCompiledOnFirstUse(t *testing.T) {
	rs := append([]*Regexp{New(`a+b`)}, &Slice([]string{`^x`, `y$`})[1])
	for _, r := range rs {
		if r.Compiled() {
			t.Fatalf("%s compiled before use", r)
		}
	}
	var wg sync.WaitGroup
	for range 8 { // concurrent first uses compile once, race-free
		wg.Go(func() {
			if !rs[0].MatchString("xaab") || rs[1].MatchString("yx") {
				t.Error("wrong match")
			}
		})
	}
	wg.Wait()
	for _, r := range rs {
		if !r.Compiled() || r.Get() != r.Get() {
			t.Errorf("%s: not compiled once", r)
		}
	}
	if got := rs[0].String(); got != `a+b` {
		t.Errorf("String() = %q", got)
	}
}

func TestBadPatternPanicsOnFirstUse(t *testing.T) {
	r := New(`(`) // no panic here
	defer func() {
		if recover() == nil {
			t.Error("no panic on first use of a bad pattern")
		}
	}()
	r.Get()
}

func TestGuardSparesTheCompilation(t *testing.T) {
	r := New(`(published|updated) (on )?\d+`)
	r.Guard([]string{"published", "updated"}, false)
	for _, s := range []string{"", "a story", "Published 3 May"} { // case counts
		if r.MatchString(s) || r.FindStringIndex(s) != nil || r.FindAllString(s, -1) != nil ||
			r.FindStringSubmatch(s) != nil || r.ReplaceAllString(s, "x") != s {
			t.Errorf("%q: a match without the guard's literals", s)
		}
	}
	if r.Compiled() {
		t.Fatal("compiled for texts the guard excludes")
	}
	if !r.MatchString("updated on 3 May") || !r.Compiled() {
		t.Fatal("no match on a text that holds a literal")
	}
	if got := r.ReplaceAllString("published 1, updated 2", "x"); got != "x, x" {
		t.Errorf("ReplaceAllString = %q", got)
	}
}

// TestGuardScreensOnceCompiled gives patterns guards that wrongly exclude a
// text they match, to see which guards still screen after compiling: one
// that keeps case does, one that folds it does not.
func TestGuardScreensOnceCompiled(t *testing.T) {
	kept := New(`updated`)
	kept.Guard([]string{"published"}, false)
	if !kept.MatchString("published, updated") || !kept.Compiled() {
		t.Fatal("no match on a text that holds a literal")
	}
	if kept.MatchString("updated") || kept.FindStringIndex("updated") != nil || kept.ReplaceAllString("updated", "x") != "updated" {
		t.Error("a compiled pattern ran on a text its case-keeping guard excludes")
	}
	folded := New(`(?i)updated`)
	folded.Guard([]string{FoldCanonical("published")}, true)
	if !folded.MatchString("Published, updated") || !folded.Compiled() {
		t.Fatal("no match on a text that holds a literal")
	}
	if !folded.MatchString("Updated") {
		t.Error("a folding guard screened a text after compiling")
	}
}

func TestGuardIgnoringCase(t *testing.T) {
	r := New(`(?i)\b(veröffentlicht|published)\b`)
	r.Guard([]string{FoldCanonical("veröffentlicht"), FoldCanonical("published")}, true)
	for _, s := range []string{"VERÖFFENTLICHT am 3. Mai", "Published", "puBLISHed", "ſtory publiſhed"} {
		if !r.MatchString(s) {
			t.Errorf("%q: no match", s)
		}
		r = New(r.String())
		r.Guard([]string{FoldCanonical("veröffentlicht"), FoldCanonical("published")}, true)
	}
	if r.MatchString("unpublished") || r.MatchString("a story") {
		t.Error("a match that the pattern does not make")
	}
}

func TestFoldCanonical(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Published", "PUBLISHED"},
		{"straße", "STRAßE"},
		{"ſ", "s"}, // long s folds to s
		{"K", "k"}, // Kelvin sign folds to k
		{"Ä", "ä"},
		{"Комментарии", "КОММЕНТАРИИ"},
	} {
		if FoldCanonical(tc.a) != FoldCanonical(tc.b) {
			t.Errorf("FoldCanonical(%q) = %q, FoldCanonical(%q) = %q", tc.a, FoldCanonical(tc.a), tc.b, FoldCanonical(tc.b))
		}
	}
	if FoldCanonical("ab") == FoldCanonical("ac") {
		t.Error("different letters folded together")
	}
}

func TestGuardLength(t *testing.T) {
	r := New(`(?i)^(ad|advertisement|Реклама)$`)
	r.GuardLength(MatchBound(r.String(), Runes))
	if r.LengthBound() != 13 {
		t.Fatalf("LengthBound() = %d, want 13", r.LengthBound())
	}
	for _, s := range []string{"advertisements", "a longer paragraph of text", "Реклама и ещё раз"} {
		if r.MatchString(s) {
			t.Errorf("%q matches", s)
		}
	}
	if r.Compiled() {
		t.Fatal("compiled for texts longer than any match")
	}
	for _, s := range []string{"Advertisement", "РЕКЛАМА", "ad"} { // 7 runes, 14 bytes
		if !r.MatchString(s) {
			t.Errorf("%q does not match", s)
		}
	}
	if New(`x`).LengthBound() != -1 {
		t.Error("a bound without GuardLength")
	}
}

func TestMatchBound(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    int
	}{
		{`^ad$`, 2},
		{`(?i)^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$`, 13},
		{`(?i)^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$`, 13},
		{`^\d{1,3}$`, 3},
		{`^a.?b$`, 3},
		{`^\[?more ?:$(\P{L}|$)`, 8}, // held at the end inside the sequence; a bound, if not the least
		{`^ad$|^advert$`, 6},
		{`^a+$`, -1},
		{`^ad`, -1},
		{`ad$`, -1},
		{`^ad$|advert`, -1},
		{`(?m)^ad$`, -1},
		{`(`, -1},
	} {
		if got := MatchBound(tc.pattern, Runes); got != tc.want {
			t.Errorf("MatchBound(%q) = %d, want %d", tc.pattern, got, tc.want)
		}
	}
}
