package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"net/url"
	"os"
	"strings"

	"github.com/pith-cli/pith/internal/jsonline"
	"github.com/spf13/cobra"
)

const streamLong = `pith stream reads JSON Lines on stdin, one page a line:

  {"id": ANY, "html": "<html>…"}   or   {"id": ANY, "path": "saved/page.html"}

with an optional "url" (the page's address), and writes one JSON line per
input line on stdout, in the same order: the id exactly as given (a number
stays a number), then the fields of pith -f json. A line that cannot be
read, or a page that fails, gives {"id": …, "error": "…"}; pages without
article text also carry their metadata. The exit status is 0 unless stdin
or stdout fail or a flag is wrong: one bad record never fails the task.
This is the process that Spark's RDD.pipe, Hadoop streaming and
parallel --pipe call.`

const streamExamples = `  # Spark (PySpark): each record a JSON line in, a JSON line out
  rdd.map(json.dumps).pipe("pith stream -j 1").map(json.loads)

  # Hadoop streaming: a map-only job
  hadoop jar hadoop-streaming.jar -D mapreduce.job.reduces=0 \
    -input pages.jsonl -output articles -mapper 'pith stream -j 1'

  # GNU parallel: blocks of lines over all cores, output in input order
  parallel --pipe --keep-order -N 1000 pith stream -j 1 < pages.jsonl > articles.jsonl`

// newStreamCmd builds pith stream: JSON Lines of pages in, JSON Lines of
// articles out.
func newStreamCmd(ctx context.Context, s streams) *cobra.Command {
	opts := &Options{Format: "json"}
	cmd := &cobra.Command{
		Use:     "stream [flags]",
		Short:   "Extract JSON Lines of pages from stdin to JSON Lines on stdout, for data engines",
		Long:    streamLong,
		Example: streamExamples,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("stream reads its pages on stdin and takes no INPUT (a page file named stream is given as ./stream)")
			}
			return nil
		},
		RunE: func(*cobra.Command, []string) error { return runStream(ctx, opts, s) },
	}
	f := cmd.Flags()
	f.IntVarP(&opts.Jobs, "jobs", "j", 0, "extract `N` pages in parallel (default: the number of CPUs); output stays in input order")
	f.StringSliceVar(&opts.Include, "include", nil, "also these renderings: markdown, html")
	f.StringVar(&opts.MaxSize, "max-size", "64MiB", "refuse pages over this many decompressed bytes; bounds the input lines too")
	f.StringVar(&opts.Encoding, "encoding", "", "the pages' character encoding, overriding their declarations")
	f.StringArrayVar(&opts.Remove, "remove", nil, "also remove elements matching this CSS selector (repeatable)")
	f.StringArrayVar(&opts.Keep, "keep", nil, "shield elements matching this CSS selector from pith's rules (repeatable)")
	f.StringArrayVar(&opts.Select, "select", nil, "the article is the first element this CSS selector matches (repeatable: the first that matches wins)")
	f.StringArrayVar(&opts.RuleFiles, "rules", nil, "read remove/keep/remove-text rules from this file (repeatable)")
	f.BoolVar(&opts.Links, "links", true, "keep links (--links=false gives their text only)")
	f.BoolVar(&opts.Images, "images", true, "keep images and their captions in the renderings")
	f.BoolVar(&opts.Tables, "tables", true, "keep tables (--tables=false drops them)")
	_ = cmd.RegisterFlagCompletionFunc("include", cobra.FixedCompletions(renderings, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// streamOutput is r's output line: its id as given, then the article's
// fields or the error.
func streamOutput(r result) []byte {
	errMsg := ""
	if r.err != nil {
		errMsg = reason(r.err)
	}
	return jsonline.EncodeWithID(r.id, r.article, errMsg)
}

// streamInput is one input line.
type streamInput struct {
	ID   json.RawMessage `json:"id"`
	HTML *string         `json:"html"`
	Path *string         `json:"path"`
	URL  string          `json:"url"`
}

// errStdin marks a failure to read stdin itself, which fails the run.
type errStdin struct{ err error }

func (e *errStdin) Error() string { return "reading stdin: " + e.err.Error() }

func runStream(ctx context.Context, opts *Options, s streams) error {
	st, err := opts.validate()
	if err != nil {
		return err
	}
	jobs, err := opts.jobs()
	if err != nil {
		return err
	}
	// An HTML document of --max-size bytes grows when written as a JSON
	// string (quotes, line breaks and controls escaped): lines may be
	// twice as long, plus room for the other fields.
	limit := int(min(2*st.extract.MaxSize+1<<16, 1<<40))
	var readErr error
	pages := func(yield func(page) bool) {
		br := bufio.NewReaderSize(s.in, 1<<16)
		for {
			line, long, err := readBoundedLine(br, limit)
			if len(line) > 0 || long || (err == nil) {
				if !yield(streamPage(line, long, limit)) {
					return
				}
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				readErr = err
				return
			}
		}
	}
	err = extractSeq(ctx, iter.Seq[page](pages), jobs, st.extract, func(_ int, r result) error {
		if unselected(st, r) {
			fmt.Fprintf(s.err, "pith: line with id %s: %s\n", r.id, selectMissed)
		}
		if _, err := s.out.Write(streamOutput(r)); err != nil { // one write a line
			return fmt.Errorf("writing output: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if readErr != nil {
		return &errStdin{readErr}
	}
	return nil
}

// readBoundedLine reads one line of br without its line break. A line over
// limit bytes is read to its end but not kept whole: long is set and line
// holds its first bytes only, where the id may still be found.
func readBoundedLine(br *bufio.Reader, limit int) (line []byte, long bool, err error) {
	const keep = 1 << 16 // of a long line, enough for the id in most writers' order
	for {
		frag, err := br.ReadSlice('\n')
		switch {
		case long:
		case len(line)+len(frag) > limit:
			long = true
			if len(line) < keep {
				line = append(line, frag[:min(len(frag), keep-len(line))]...)
			}
		default:
			line = append(line, frag...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if !long {
			line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		}
		return line, long, err
	}
}

// streamPage turns an input line into the page to extract; a line that
// cannot be one is a page that fails with the reason.
func streamPage(line []byte, long bool, limit int) page {
	p := page{source: "-", name: "stdin"}
	fail := func(format string, args ...any) page {
		p.err = fmt.Errorf(format, args...)
		return p
	}
	if long {
		p.id = findID(line)
		return fail("line longer than %d bytes (--max-size bounds the lines)", limit)
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return fail("empty line")
	}
	var in streamInput
	if err := json.Unmarshal(line, &in); err != nil {
		p.id = findID(line)
		return fail("not a JSON object with id and html or path: %v", err)
	}
	p.id = in.ID
	if len(bytes.TrimSpace(in.ID)) == 0 {
		p.id = nil
		return fail(`no "id"`)
	}
	if in.URL != "" {
		u, err := url.Parse(in.URL)
		if err != nil || !u.IsAbs() || u.Host == "" || u.Scheme != "http" && u.Scheme != "https" {
			return fail("url %q is not an absolute http or https address", in.URL)
		}
		p.url = u
	}
	switch {
	case in.HTML != nil && in.Path != nil:
		return fail(`give "html" or "path", not both`)
	case in.HTML != nil:
		html := *in.HTML
		p.open = func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(html)), nil }
		p.size = int64(len(html))
		p.decoded = true
	case in.Path != nil:
		path := *in.Path
		p.source = path
		p.open = func() (io.ReadCloser, error) { return os.Open(path) }
	default:
		return fail(`no "html" or "path"`)
	}
	return p
}

// findID is the value of the object's "id" in the first bytes of a line
// that could not be read whole; nil when it is not there.
func findID(prefix []byte) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(prefix))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil
		}
		if key == "id" {
			return v
		}
	}
	return nil
}
