package main

import (
	"context"
	"fmt"
	"net/url"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/pith-cli/pith/extract"
	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise the module version from the build info is used.
var version = ""

// Options are the extraction flags and inputs of one run.
type Options struct {
	Format       string   // text or json
	Pretty       bool     // indent JSON
	URL          string   // the page's address, for one page
	MaxSize      string   // bound on one page's decompressed bytes
	Encoding     string   // the pages' character encoding, overriding their declarations
	MetadataOnly bool     // JSON without the text
	Quiet        bool     // no progress bar (errors and the summary still print)
	Inputs       []string // files, directories, "-"
}

const longHelp = `pith reads saved web pages and prints their article: the body text without
navigation, share bars, comment banners, sign-up prompts or cookie notices,
or JSON with the page's metadata (title, authors, dates, site, language).

An INPUT is a file, a directory (walked recursively for .html, .htm, .xhtml,
.shtml, .mhtml, .mht, and those with .gz), or - for stdin. With no INPUT,
pith reads stdin unless it is a terminal. A page file named like a
subcommand (check, help, completion) is given as ./check.

Exit status: 0 every page gave an article; 1 a page failed (with several
pages, also one without article text); 2 usage error; 3 the one page given
has no article text; 130/143 interrupted.`

const examples = `  # In a pipeline: a page from stdin, its text on stdout
  curl -s https://example.com/story | pith

  # Batch: a folder of saved pages as JSON Lines
  pith -f json saved-pages/ > articles.jsonl

  # In CI: fail the job (exit 1) when any saved fixture no longer yields an article
  pith -q -f json fixtures/ > extracted.jsonl`

// newRootCmd builds the pith command. runF replaces the extraction run in
// tests that only check flag parsing.
func newRootCmd(ctx context.Context, s streams, runF func(*Options) error) *cobra.Command {
	opts := &Options{}
	cmd := &cobra.Command{
		Use:           "pith [flags] [INPUT...]",
		Short:         "Print the article of a saved web page, without the boilerplate",
		Long:          longHelp,
		Example:       examples,
		Version:       buildVersion(),
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			if runF != nil {
				return runF(opts)
			}
			return runExtract(ctx, opts, s)
		},
	}
	cmd.SetIn(s.in)
	cmd.SetOut(s.out)
	cmd.SetErr(s.err)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{msg: err.Error()} })
	cmd.SetVersionTemplate("pith {{.Version}}\n")

	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "text", "output format: text or json")
	f.BoolVar(&opts.Pretty, "pretty", false, "indent JSON output")
	f.StringVar(&opts.URL, "url", "", "the page's address (one page only); resolves its links")
	f.StringVar(&opts.MaxSize, "max-size", "64MiB", "refuse pages over this many decompressed bytes (e.g. 500KiB, 10MB)")
	f.StringVar(&opts.Encoding, "encoding", "", "the pages' character encoding (e.g. shift_jis, windows-1251), overriding their declarations")
	f.BoolVar(&opts.MetadataOnly, "metadata-only", false, "print only the metadata (implies -f json)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar on stderr (errors and the summary still print)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "json"}, cobra.ShellCompDirectiveNoFileComp))

	cmd.InitDefaultCompletionCmd()
	return cmd
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

// settings are the options checked and converted for a run.
type settings struct {
	format  string
	pretty  bool
	extract extract.Options
	meta    bool
}

// validate checks the options that do not depend on the inputs.
func (o *Options) validate() (settings, error) {
	st := settings{format: o.Format, pretty: o.Pretty, meta: o.MetadataOnly}
	if o.MetadataOnly {
		st.format = "json"
	}
	switch st.format {
	case "text", "json":
	case "markdown", "html":
		return st, usagef("-f %s is not available yet; use text or json", st.format)
	default:
		return st, usagef("unknown format %q for -f: use text or json", o.Format)
	}
	if o.URL != "" {
		u, err := url.Parse(o.URL)
		if err != nil || !u.IsAbs() || u.Host == "" {
			return st, usagef("--url %q is not an absolute URL", o.URL)
		}
		st.extract.URL = u
	}
	size, err := parseSize(o.MaxSize)
	if err != nil {
		return st, usagef("--max-size: %v", err)
	}
	st.extract.MaxSize = size
	if o.Encoding != "" {
		if _, ok := extract.LookupEncoding(o.Encoding); !ok {
			return st, usagef("--encoding: unknown encoding %q", o.Encoding)
		}
		st.extract.Encoding = o.Encoding
	}
	return st, nil
}

// parseSize reads a byte count with an optional unit: 1000, 500KB, 64MiB, 1G.
func parseSize(s string) (int64, error) {
	units := []struct {
		suffix string
		scale  int64
	}{
		{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
		{"kb", 1000}, {"mb", 1000 * 1000}, {"gb", 1000 * 1000 * 1000},
		{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"b", 1},
	}
	t := strings.ToLower(strings.TrimSpace(s))
	scale := int64(1)
	for _, u := range units {
		if strings.HasSuffix(t, u.suffix) {
			t, scale = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.scale
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a positive size", s)
	}
	return int64(n * float64(scale)), nil
}
