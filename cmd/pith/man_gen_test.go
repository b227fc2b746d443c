package main

import (
	"bytes"
	"context"
	"flag"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

var updateMan = flag.Bool("update", false, "rewrite pith.1 from the flags")

// The embedded pith(1) is the page the flags make now: a flag added or its
// help changed without the page written again fails here.
func TestManPageIsCurrent(t *testing.T) {
	page, err := manPage(newRootCmd(context.Background(), streams{}, nil))
	if err != nil {
		t.Fatal(err)
	}
	if *updateMan {
		if err := os.WriteFile("pith.1", page, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(page, manPageText) {
		t.Error("pith.1 is not the page the flags make: go test ./cmd/pith -run TestManPageIsCurrent -update")
	}
}

// manPage is pith(1): cobra's page of the root command, then pith check's
// synopsis, description, options and examples as subsections of a CHECK
// section. It carries no date (cobra's default is today's), so the page
// changes only when the flags or their help do.
func manPage(root *cobra.Command) ([]byte, error) {
	var rootPage, checkPage bytes.Buffer
	if err := genMan(root, &rootPage); err != nil {
		return nil, err
	}
	check, _, err := root.Find([]string{"check"})
	if err != nil {
		return nil, err
	}
	if err := genMan(check, &checkPage); err != nil {
		return nil, err
	}
	page := beforeSeeAlso(rootPage.String())
	sub := beforeSeeAlso(checkPage.String())
	if i := strings.Index(sub, ".SH SYNOPSIS"); i >= 0 {
		sub = sub[i:]
	}
	sub = strings.ReplaceAll(sub, ".SH ", ".SS ")
	return []byte(page + ".SH CHECK\n" + sub), nil
}

// manDate stands for the date in the page's .TH line, which is then
// emptied.
var manDate = time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)

var thDate = regexp.MustCompile(`(?m)^(\.TH "[^"]*" "[^"]*") "` + manDate.Format("Jan 2006") + `"`)

func genMan(cmd *cobra.Command, w io.Writer) error {
	cmd.DisableAutoGenTag = true // the tag carries the date too
	header := &doc.GenManHeader{Title: "PITH", Section: "1", Date: &manDate, Source: "pith", Manual: "pith manual"}
	var buf bytes.Buffer
	if err := doc.GenMan(cmd, header, &buf); err != nil {
		return err
	}
	_, err := w.Write(thDate.ReplaceAll(buf.Bytes(), []byte(`$1 ""`)))
	return err
}

// beforeSeeAlso is a cobra page without its SEE ALSO section, which names
// a page per subcommand: pith(1) is the only one.
func beforeSeeAlso(page string) string {
	if i := strings.Index(page, ".SH SEE ALSO"); i >= 0 {
		return page[:i]
	}
	return page
}
