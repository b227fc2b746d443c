package main

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// pith man names every flag of pith and of pith check, carries no date,
// and prints the same page every time.
func TestManPageHasEveryFlag(t *testing.T) {
	var page bytes.Buffer
	if code := run([]string{"man"}, strings.NewReader(""), &page, &bytes.Buffer{}); code != exitOK {
		t.Fatalf("pith man: exit %d", code)
	}
	man := page.String()
	root := newRootCmd(context.Background(), streams{}, nil)
	check, _, err := root.Find([]string{"check"})
	if err != nil {
		t.Fatal(err)
	}
	for _, fs := range []*pflag.FlagSet{root.Flags(), check.Flags()} {
		fs.VisitAll(func(f *pflag.Flag) {
			if !strings.Contains(man, `\fB--`+f.Name+`\fP`) {
				t.Errorf("pith(1) does not name --%s", f.Name)
			}
		})
	}
	for _, want := range []string{".SH CHECK\n", `pith check [flags] [INPUT...]`, "--golden"} {
		if !strings.Contains(man, want) {
			t.Errorf("pith(1) lacks %q", want)
		}
	}
	if th := regexp.MustCompile(`(?m)^\.TH .*$`).FindAllString(man, -1); len(th) != 1 || th[0] != `.TH "PITH" "1" "" "pith" "pith manual"` {
		t.Errorf(".TH lines %q, want one with no date", th)
	}
	var again bytes.Buffer
	run([]string{"man"}, strings.NewReader(""), &again, &bytes.Buffer{})
	if again.String() != man {
		t.Error("pith man printed two different pages")
	}
}
