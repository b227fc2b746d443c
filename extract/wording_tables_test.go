package extract

import (
	"bytes"
	"fmt"
	"testing"
)

// TestWordingTables checks that wording_tables.go holds what the rules
// imply, and rewrites it with -update.
func TestWordingTables(t *testing.T) {
	want := computeWordingTables(wordingRules)
	checkGenerated(t, "wording_tables.go", "TestWordingTables", generatedWordingTables, want,
		func(b *bytes.Buffer) { writeWordingTables(b, want) })
}

// writeWordingTables writes the tables as Go source.
func writeWordingTables(b *bytes.Buffer, t wordingTables) {
	b.WriteString("var generatedWordingTables = wordingTables{\n\tLabels: []wordingLabel{\n")
	for _, l := range t.Labels {
		fmt.Fprintf(b, "\t\t{%q, %d},\n", l.Label, l.Rule)
	}
	b.WriteString("\t},\n")
	for _, part := range []struct {
		name   string
		pieces []wordingPiece
	}{{"Part", t.Part}, {"Whole", t.Whole}} {
		fmt.Fprintf(b, "\t%s: []wordingPiece{\n", part.name)
		for _, p := range part.pieces {
			fmt.Fprintf(b, "\t\t{Rule: %d, Pattern: %q, MaxLetters: %d, ", p.Rule, p.Pattern, p.MaxLetters)
			if p.AlsoLiterals != nil {
				fmt.Fprintf(b, "AlsoLiterals: %#v, ", p.AlsoLiterals)
			}
			b.WriteString("Literals: ")
			if p.Literals == nil {
				b.WriteString("nil},\n")
				continue
			}
			b.WriteString("[]string{")
			for i, s := range p.Literals {
				if i > 0 {
					b.WriteString(", ")
				}
				fmt.Fprintf(b, "%q", s)
			}
			b.WriteString("}},\n")
		}
		b.WriteString("\t},\n")
	}
	for _, words := range []struct {
		name  string
		words []string
	}{{"DateWords", t.DateWords}, {"FillerWords", t.FillerWords}} {
		fmt.Fprintf(b, "\t%s: %#v,\n", words.name, words.words)
	}
	b.WriteString("}\n")
}
