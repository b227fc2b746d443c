package main

import (
	_ "embed"

	"github.com/spf13/cobra"
)

// manPageText is pith(1), written by TestManPageIsCurrent from the flags
// themselves (go test ./cmd/pith -run TestManPageIsCurrent -update). The
// page is built ahead of time rather than by each run: cobra's generator
// brings a Markdown package whose initialisation, compiling its patterns,
// every run of the binary paid, extracting a page or not.
//
//go:embed pith.1
var manPageText []byte

// newManCmd builds pith man, which prints pith(1) in troff.
func newManCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the pith(1) manual page, in troff",
		Long: `pith man prints the manual page pith(1), in troff, on stdout: pith's options
and pith check's, generated from the flags themselves.

  pith man > pith.1 && man ./pith.1`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := s.out.Write(manPageText)
			return err
		},
	}
}
