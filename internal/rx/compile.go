package rx

import (
	"slices"
	"strings"
)

//go:generate go run ./guardgen

// All lists every Regexp made by Compile, so a test can compile them all
// and the generator can work out their guards.
var All []*Regexp

// Compile returns a Regexp for src; like regexp.MustCompile, a bad pattern
// panics — on first use, which TestPatternsCompile makes sure of. Its
// guard (see Regexp.Guard), worked out ahead of time, comes from
// generatedGuards, found by the pattern's source.
func Compile(src string) *Regexp {
	l := New(src)
	if i, ok := slices.BinarySearchFunc(generatedGuards[:], src, func(g SourceGuard, src string) int {
		return strings.Compare(g.Src, src)
	}); ok {
		l.Guard(generatedGuards[i].Literals, generatedGuards[i].Fold)
	}
	All = append(All, l)
	return l
}

// A PatternGuard is the prefilter of one pattern (see GuardLiterals).
// guards_gen.go holds those of the patterns that have one, written by
// `go generate ./internal/rx` (see package guardsrc); extract's
// TestPatternGuards fails when a pattern changes without them.
type PatternGuard struct {
	Fold     bool
	Literals []string
}

// A SourceGuard is a pattern's source and its guard. guards_gen.go holds
// them in a table sorted by source, which the linker lays out as data: a
// map would be built by code on every start of the binary.
type SourceGuard struct {
	Src string
	PatternGuard
}

// Guards returns the guards guards_gen.go holds, keyed by pattern source.
func Guards() map[string]PatternGuard {
	guards := make(map[string]PatternGuard, len(generatedGuards))
	for _, g := range generatedGuards {
		guards[g.Src] = g.PatternGuard
	}
	return guards
}

// ComputeGuards returns the guard of every pattern in All that has one,
// keyed by its source: what guards_gen.go should hold.
func ComputeGuards() map[string]PatternGuard {
	guards := map[string]PatternGuard{}
	for _, p := range All {
		if lits, fold := GuardLiterals(p.String()); lits != nil {
			guards[p.String()] = PatternGuard{Fold: fold, Literals: lits}
		}
	}
	return guards
}
