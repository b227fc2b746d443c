package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// CheckOptions are the flags of pith check. The extraction flags it shares
// with pith (formats, inputs, workers, rules) stay in Options.
type CheckOptions struct {
	Golden    string   // directory of golden outputs, laid out as -o would write them
	Update    bool     // (re)write the goldens instead of comparing with them
	Tolerance float64  // least shingle F1 of a body text that differs from its golden
	DiffLines int      // lines of unified diff shown per drifted page; 0 for none
	MinWords  int      // least word count of an article
	Require   []string // JSON fields that must not be empty
	Report    string   // stdout report: text or json
	JUnit     string   // file for a JUnit XML report; "" for none

	tolerant bool // --tolerance was given
}

const checkLongHelp = `pith check extracts each page as pith would and gives it a verdict:

  pass   the page gave an article, met every gate and matches its golden
  drift  its output differs from its golden file (or that file is missing)
  gate   it gave no article text, too few words or an empty --require field
  error  it could not be read or extracted

The inputs and the format flags are pith's: each HTML record of a WARC
file is a page, FILE#OFFSET. The golden file of a page is where
'pith -o DIR' would write its output (DIR/<the WARC's name>/<offset>.<ext>
for a record): --update writes them, then check compares with them. --tolerance F lets a body text pass when its
4-gram shingle F1 against the golden is at least F (with -f json, every
field but text must still match exactly).

One verdict line per page goes to stdout, with a short diff under each
drift; --report json prints one JSON object per page instead. The summary
goes to stderr; --junit FILE also writes a JUnit XML report.

Exit status: 0 every page passed; 1 a page did not (or no page was found);
2 usage error; 130/143 interrupted.`

const checkExamples = `  # Record the goldens once (and after an intended change), then commit them
  pith check --update --golden testdata/golden testdata/pages

  # In CI: compare, allow small body-text changes, write a JUnit report
  pith check -q --golden testdata/golden --tolerance 0.9 --junit pith-junit.xml testdata/pages

  # Quality gates only: every published page must read as an article
  pith check --min-words 150 --require title,published site/`

// notCheckFlags are pith's flags that pith check does not take: it writes
// no output files (its goldens go under --golden).
var notCheckFlags = map[string]bool{"output": true}

// newCheckCmd builds pith check. It shares opts, and so the flags in
// extractFlags, with the pith command: the same inputs and formats mean
// the same thing in both.
func newCheckCmd(ctx context.Context, s streams, opts *Options, extractFlags *pflag.FlagSet) *cobra.Command {
	co := &CheckOptions{}
	cmd := &cobra.Command{
		Use:     "check [flags] [INPUT...]",
		Short:   "Check that pages still give an article, and the one their golden files hold",
		Long:    checkLongHelp,
		Example: checkExamples,
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			opts.formatGiven = cmd.Flags().Changed("format")
			co.tolerant = cmd.Flags().Changed("tolerance")
			return runCheck(ctx, opts, co, s)
		},
	}
	f := cmd.Flags()
	extractFlags.VisitAll(func(fl *pflag.Flag) {
		if !notCheckFlags[fl.Name] {
			f.AddFlag(fl)
		}
	})
	f.StringVar(&co.Golden, "golden", "", "compare each page's output with its file under `DIR`, laid out as -o DIR would write it")
	f.BoolVar(&co.Update, "update", false, "with --golden, write the goldens that are missing or differ, and say which")
	f.Float64Var(&co.Tolerance, "tolerance", 0, "with --golden, pass a body text whose 4-gram shingle F1 against the golden is at least `F` (0 < F ≤ 1)")
	f.IntVar(&co.DiffLines, "diff-lines", 20, "show at most `N` lines of diff under each drifted page (0: none)")
	f.IntVar(&co.MinWords, "min-words", 0, "fail (gate) a page whose article has fewer than `N` words")
	f.StringSliceVar(&co.Require, "require", nil, "fail (gate) a page whose JSON `FIELDS` are empty, e.g. title,authors,published")
	f.StringVar(&co.Report, "report", "text", "stdout report: text (a verdict line per page) or json (an object per page)")
	f.StringVar(&co.JUnit, "junit", "", "also write a JUnit XML report to `FILE` (one testcase per page)")
	_ = cmd.RegisterFlagCompletionFunc("report", cobra.FixedCompletions([]string{"text", "json"}, cobra.ShellCompDirectiveNoFileComp))
	// The field names are read from the Article type by reflection when a
	// shell asks for them, not on every run.
	_ = cmd.RegisterFlagCompletionFunc("require", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return articleFields(), cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

// errNoPages reports that the inputs of a check gave no page at all: a
// check of nothing must not pass.
var errNoPages = errors.New("check: the inputs hold no page to check")

// runCheck extracts every page, judges it and reports the verdicts in
// input order.
func runCheck(ctx context.Context, opts *Options, co *CheckOptions, s streams) error {
	st, err := opts.validate()
	if err != nil {
		return err
	}
	cs, err := co.validate(st)
	if err != nil {
		return err
	}
	jobs, err := opts.jobs()
	if err != nil {
		return err
	}
	spec := opts.inputSpec()
	spec.outputDir = co.Golden // goldens are never checked as pages
	in, err := expandInterruptibly(ctx, spec, s)
	if err != nil {
		return err
	}
	if opts.Verbose {
		listSkipped(in, s.err)
	}
	pages := in.pages
	withWARC := hasWARC(pages)
	if err := checkURLPages(st.extract.URL, pages); err != nil {
		return err
	}
	c := &checker{settings: cs, render: &writer{explain: s.err, settings: st}}
	if co.Golden != "" {
		if c.golden, err = planDir("--golden", co.Golden, st.format, pages); err != nil {
			return err
		}
		if co.Update {
			if err := c.golden.open(); err != nil {
				return err
			}
			defer c.golden.close()
		}
	}
	rep := &checkReport{out: s.out, json: co.Report == "json"}
	// No bar over a report printed on the terminal, nor for WARC records,
	// whose number is known only once they are read.
	prog := newProgress(s, opts.Quiet || s.outIsTerminal || withWARC, len(pages), string(statusDrift), string(statusGate), string(statusError))
	c.render.explain = prog // --explain's lines print above the bar
	start := time.Now()
	var verdicts []verdict // for the JUnit report
	t := checkTally{skipped: len(in.skipped)}
	judge := func(i int, r result) error {
		v := c.judge(i, r)
		t.add(v.Status)
		prog.step(string(v.Status)) // the bar counts the verdicts the summary does
		if co.JUnit != "" {
			verdicts = append(verdicts, v)
		}
		if err := rep.write(v); err != nil {
			return fmt.Errorf("writing the report: %w", err)
		}
		return nil
	}
	if withWARC {
		// Each HTML record of a WARC is a page, named FILE#OFFSET, its
		// golden where -o writes it: DIR/<the WARC's name>/<offset>.<ext>.
		var names []string
		if c.golden != nil {
			names = c.golden.names
		}
		skipped := 0
		err = extractSeq(ctx, units(pages, names, st.format.ext, st.extract.MaxSize, &skipped), jobs, st.extract, judge)
		t.skipped += skipped
	} else {
		err = extractAll(ctx, pages, jobs, st.extract, judge)
	}
	prog.finish()
	fmt.Fprintf(s.err, "pith: check: %s in %.2fs\n", t, time.Since(start).Seconds())
	if err != nil {
		return err
	}
	if co.JUnit != "" {
		if err := writeJUnit(co.JUnit, verdicts, time.Since(start)); err != nil {
			return err
		}
	}
	switch {
	case t.passed+t.failed() == 0:
		return errNoPages
	case t.failed() > 0:
		return errPagesFailed
	}
	return nil
}

// checkTally counts the verdicts for the summary line.
type checkTally struct {
	passed, drift, gate, errors, skipped int
}

func (t *checkTally) add(s status) {
	switch s {
	case statusPass:
		t.passed++
	case statusDrift:
		t.drift++
	case statusGate:
		t.gate++
	default:
		t.errors++
	}
}

func (t checkTally) failed() int { return t.drift + t.gate + t.errors }

// String is the summary: "5 checked: 3 pass, 1 drift, 1 gate, 0 error, 2 skipped".
func (t checkTally) String() string {
	return fmt.Sprintf("%d checked: %d pass, %d drift, %d gate, %d error, %d skipped",
		t.passed+t.failed(), t.passed, t.drift, t.gate, t.errors, t.skipped)
}
