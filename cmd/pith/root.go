package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
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
	Format       string   // text, json, markdown or html
	Pretty       bool     // indent JSON
	URL          string   // the page's address, for one page
	MaxSize      string   // bound on one page's decompressed bytes
	Encoding     string   // the pages' character encoding, overriding their declarations
	MetadataOnly bool     // JSON without the text
	Quiet        bool     // no progress bar (errors and the summary still print)
	Verbose      bool     // list the files skipped under directories
	Remove       []string // CSS selectors of elements to remove
	Keep         []string // CSS selectors of elements pith's rules leave alone
	Select       []string // CSS selectors of the article's element, in order of preference
	RuleFiles    []string // rules files (remove, keep, remove-text lines)
	Explain      bool     // print each removal on stderr
	Inputs       []string // files, directories, "-"

	formatGiven bool // -f was on the command line

	// Format flags (format.go).
	Links       bool     // keep links; false prints their text only
	Images      bool     // keep images and their captions
	Tables      bool     // keep tables
	Include     []string // fields added to JSON: markdown, html, links, images
	FrontMatter bool     // Markdown opens with YAML front matter
	Standalone  bool     // HTML is a full document

	// Batch flags (batch.go, inputs.go, output.go).
	FilesFrom string // a file listing inputs, one a line; "-" for stdin
	Null      bool   // the --files-from list is NUL-separated
	All       bool   // in directories, take every file whose content sniffs as a page
	Jobs      int    // pages extracted in parallel; 0 for the number of CPUs
	Output    string // directory for one file per page, instead of stdout
}

const longHelp = `pith reads saved web pages and prints their article: the body text without
navigation, share bars, comment banners, sign-up prompts or cookie notices,
or JSON with the page's metadata (title, authors, dates, site, language),
or the article as Markdown or sanitized HTML (-f markdown, -f html).

An INPUT is a file, a directory (walked recursively for .html, .htm, .xhtml,
.shtml, .mhtml, .mht, and those with .gz, and for the WARC files .warc and
.warc.gz; with --all, for every file whose content looks like a page), or -
for stdin; --files-from adds the paths a list names. A WARC file (known by
its bytes) is a container: each HTML record is a page, named FILE#OFFSET. With no INPUT, pith reads stdin unless it is a terminal. Input
that holds no HTML at all (text, source code) is refused; pith never fetches
a URL. The names check, man, stream, help and completion are subcommands:
a page file so named is given as ./check. pith stream reads JSON Lines of
pages on stdin, for data engines (pith stream --help).

Exit status: 0 every page gave an article; 1 a page failed (with several
pages, also one without article text); 2 usage error; 3 the one page given
has no article text; 130/143 interrupted.`

const examples = `  # In a pipeline: a page from stdin, its text on stdout
  curl -s https://example.com/story | pith

  # Batch: a folder of saved pages as JSON Lines
  pith -f json saved-pages/ > articles.jsonl

  # Batch to files: one clean .txt per page, mirroring the folder, 4 workers
  pith -j 4 -o clean/ saved-pages/

  # In CI: fail the job (exit 1) when any saved fixture no longer yields an article
  pith -q -f json fixtures/ > extracted.jsonl

  # For notes: Markdown with the metadata as YAML front matter
  pith -f markdown --front-matter page.html > page.md

  # A site whose template you know: the article is its story element
  pith --select 'div.story-body' --select article saved-pages/

  # A crawl: every HTML record of a WARC file as JSON Lines, in file order
  pith -q -j 2 -f json crawl.warc.gz > crawl.jsonl

  # Data engines: JSON Lines of pages in, JSON Lines of articles out
  pith stream < pages.jsonl > articles.jsonl`

// newRootCmd builds the pith command and its subcommands. runF replaces
// the extraction run in tests that only check flag parsing.
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
			opts.formatGiven = cmd.Flags().Changed("format")
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
	f.StringVarP(&opts.Format, "format", "f", "text", "output format: text, json, markdown or html")
	f.BoolVar(&opts.Pretty, "pretty", false, "indent JSON output")
	f.StringVar(&opts.URL, "url", "", "the page's address (one page only); resolves its links")
	f.StringVar(&opts.MaxSize, "max-size", "64MiB", "refuse pages over this many decompressed bytes (e.g. 500KiB, 10MB)")
	f.StringVar(&opts.Encoding, "encoding", "", "the pages' character encoding (e.g. shift_jis, windows-1251), overriding their declarations")
	f.BoolVar(&opts.MetadataOnly, "metadata-only", false, "print only the metadata (implies -f json)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar on stderr (errors and the summary still print)")
	f.BoolVar(&opts.Verbose, "verbose", false, "list on stderr each file skipped under a directory, and why")
	f.StringArrayVar(&opts.Remove, "remove", nil, "also remove elements matching this CSS selector (repeatable)")
	f.StringArrayVar(&opts.Keep, "keep", nil, "shield elements matching this CSS selector from pith's rules (repeatable)")
	f.StringArrayVar(&opts.Select, "select", nil, "the article is the first element this CSS selector matches (repeatable: the first that matches wins)")
	f.StringArrayVar(&opts.RuleFiles, "rules", nil, "read remove/keep/remove-text rules from this file (repeatable)")
	f.BoolVar(&opts.Explain, "explain", false, "print on stderr what each rule removed, and why")
	addFormatFlags(f, opts)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formatNames, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("include", cobra.FixedCompletions(renderings, cobra.ShellCompDirectiveNoFileComp))
	f.StringVar(&opts.FilesFrom, "files-from", "", "read input paths from `FILE`, one a line (- for stdin)")
	f.BoolVarP(&opts.Null, "null", "0", false, "--files-from entries are separated by NUL, as find -print0 writes them")
	f.BoolVar(&opts.All, "all", false, "in directories, take every file whose content looks like a page, whatever its name")
	f.IntVarP(&opts.Jobs, "jobs", "j", 0, "extract `N` pages in parallel (default: the number of CPUs)")
	f.StringVarP(&opts.Output, "output", "o", "", "write one file per page under `DIR`, mirroring the inputs, instead of stdout")

	cmd.InitDefaultCompletionCmd()
	cmd.AddCommand(newCheckCmd(ctx, s, opts, f), newManCmd(s), newStreamCmd(ctx, s))
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
	format  *format
	pretty  bool
	extract extract.Options
	meta    bool
	explain bool // print each page's removals on stderr
}

// validate checks the options that do not depend on the inputs.
func (o *Options) validate() (settings, error) {
	st := settings{pretty: o.Pretty, meta: o.MetadataOnly}
	var ok bool
	if st.format, ok = parseFormat(o.Format); !ok {
		return st, usagef("unknown format %q for -f: use %s", o.Format, strings.Join(formatNames, ", "))
	}
	if o.MetadataOnly {
		if o.formatGiven && st.format != formatJSON {
			return st, usagef("--metadata-only prints JSON: use it without -f, or with -f json")
		}
		st.format = formatJSON
	}
	if err := o.validateFormat(&st); err != nil {
		return st, err
	}
	if o.URL != "" {
		u, err := url.Parse(o.URL)
		if err != nil || !u.IsAbs() || u.Host == "" {
			return st, usagef("--url %q is not an absolute URL", o.URL)
		}
		if u.Scheme != "http" && u.Scheme != "https" { // url.Parse lowers the scheme
			return st, usagef("--url %q: give an http or https address", o.URL)
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
	st.explain = o.Explain
	if len(o.Select) > 0 {
		if st.extract.Select, err = extract.NewSelection(o.Select...); err != nil {
			return st, usagef("--select: %v", err)
		}
	}
	st.extract.Rules, err = o.rules()
	return st, err
}

// rules builds the user's cleaning rules from --remove, --keep and --rules;
// nil when there are none.
func (o *Options) rules() (*extract.Rules, error) {
	if len(o.Remove) == 0 && len(o.Keep) == 0 && len(o.RuleFiles) == 0 {
		return nil, nil
	}
	r := &extract.Rules{}
	for _, sel := range o.Remove {
		if err := r.Remove(sel); err != nil {
			return nil, usagef("--remove: %v", err)
		}
	}
	for _, sel := range o.Keep {
		if err := r.Keep(sel); err != nil {
			return nil, usagef("--keep: %v", err)
		}
	}
	for _, name := range o.RuleFiles {
		if err := loadRules(r, name); err != nil {
			return nil, usagef("--rules: %v", err)
		}
	}
	return r, nil
}

func loadRules(r *extract.Rules, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return r.Load(f, name)
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
