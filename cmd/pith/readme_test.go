package main

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

func readme(t *testing.T) string {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// Every row of every README table has as many cells as its header.
func TestReadmeTablesAreWhole(t *testing.T) {
	header := 0
	for i, line := range strings.Split(readme(t), "\n") {
		if !strings.HasPrefix(line, "|") {
			header = 0
			continue
		}
		cells := len(strings.Split(strings.Trim(strings.ReplaceAll(line, `\|`, ""), "| "), "|"))
		if header == 0 {
			header = cells
		} else if cells != header {
			t.Errorf("README.md:%d: %d cells in a table of %d columns: %.80s", i+1, cells, header, line)
		}
	}
}

// The README's flag table names every flag of pith, and the check table
// every flag of check's own.
func TestReadmeFlagTablesAreComplete(t *testing.T) {
	text := readme(t)
	root := newRootCmd(context.Background(), streams{}, nil)
	root.InitDefaultHelpFlag()
	root.InitDefaultVersionFlag()
	root.Flags().VisitAll(func(f *pflag.Flag) {
		if !strings.Contains(text, "| `--"+f.Name) && !strings.Contains(text, ", `--"+f.Name) {
			t.Errorf("README's flag table lacks --%s", f.Name)
		}
	})
	check, _, _ := root.Find([]string{"check"})
	check.LocalNonPersistentFlags().VisitAll(func(f *pflag.Flag) {
		if root.Flags().Lookup(f.Name) == nil && !strings.Contains(text, "| `--"+f.Name) {
			t.Errorf("README's check flag table lacks --%s", f.Name)
		}
	})
	for _, sub := range []string{"`pith man`", "`check`, `man`, `stream`, `help` and `completion`"} {
		if !strings.Contains(text, sub) {
			t.Errorf("README does not mention %s", sub)
		}
	}
}
