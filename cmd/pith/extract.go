package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/pith-cli/pith/extract"
	"github.com/pith-cli/pith/internal/jsonline"
	"github.com/pith-cli/pith/warc"
)

// result is the outcome of one page.
type result struct {
	source  string
	article *extract.Article // nil when the page failed
	err     error
	origin  *warc.Origin    // a WARC record's identity
	outName string          // the page's file under -o
	id      json.RawMessage // a pith stream line's id
}

// tally counts outcomes for the summary line: pages processed, of which
// some failed (could not be read or extracted) and some gave no article
// (parsed, but no article text); and files skipped.
type tally struct {
	processed, failed, noArticle, skipped int
}

// String is the summary: "6 processed, 2 failed, 1 no article, 3 skipped".
func (t tally) String() string {
	return fmt.Sprintf("%d processed, %d %s, %d %s, %d skipped", t.processed, t.failed, outcomeFailed, t.noArticle, outcomeNoArticle, t.skipped)
}

// runExtract extracts every page and writes the results in input order:
// to stdout, or with -o to one file per page.
func runExtract(ctx context.Context, opts *Options, s streams) error {
	st, err := opts.validate()
	if err != nil {
		return err
	}
	jobs, err := opts.jobs()
	if err != nil {
		return err
	}
	in, err := expandInterruptibly(ctx, opts.inputSpec(), s)
	if err != nil {
		return err
	}
	if opts.Verbose {
		listSkipped(in, s.err)
	}
	pages := in.pages
	count, withWARC := len(pages), hasWARC(pages)
	if withWARC {
		// A WARC counts as its page records; only 0, 1 or more matters.
		count = countPages(pages, 2, st.extract.MaxSize)
		defer closeRecords(pages)
	}
	if count == 0 {
		return noPages(len(in.skipped))
	}
	if err := checkURLPages(st.extract.URL, pages); err != nil {
		return err
	}
	var out *outputDir
	if opts.Output == "" {
		if err := checkFormatPages(st, count); err != nil {
			return err // --standalone documents need a file each
		}
	} else {
		if out, err = planOutput(opts.Output, st.format, pages); err != nil {
			return err
		}
		if err := out.open(); err != nil {
			return err
		}
		defer out.close()
		out.placeAssets(pages)
	}
	several := count > 1
	// No bar over documents printed on the terminal, nor for WARC records,
	// whose number is known only once they are read.
	quiet := opts.Quiet || s.outIsTerminal && opts.Output == "" || withWARC
	prog := newProgress(s, quiet, len(pages), outcomeFailed, outcomeNoArticle)
	w := &writer{out: s.out, explain: prog, settings: st, several: several}
	start := time.Now()
	t := tally{skipped: len(in.skipped)}
	var last result
	emit := func(i int, r result) error {
		if st.meta && errors.Is(r.err, extract.ErrNotReadable) {
			r.err = nil // metadata is all that was asked for
		}
		last = r
		t.processed++
		outcome := ""
		switch {
		case errors.Is(r.err, extract.ErrNotReadable):
			t.noArticle++
			outcome = outcomeNoArticle
		case r.err != nil:
			t.failed++
			outcome = outcomeFailed
		}
		prog.step(outcome)
		if unselected(st, r) {
			prog.println(fmt.Sprintf("pith: %s: %s", r.source, selectMissed))
		}
		if r.err != nil {
			prog.println(fmt.Sprintf("pith: %s: %s", r.source, reason(r.err)))
		}
		if out != nil {
			return writeFile(out, i, r, w)
		}
		if err := w.write(r); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		return nil
	}
	if withWARC {
		var names []string
		if out != nil {
			names = out.names
		}
		skipped := 0
		err = extractSeq(ctx, units(pages, names, st.format.ext, st.extract.MaxSize, &skipped), jobs, st.extract, emit)
		t.skipped += skipped
	} else {
		err = extractAll(ctx, pages, jobs, st.extract, emit)
	}
	prog.finish()
	if count != 1 {
		fmt.Fprintf(s.err, "pith: %s in %.2fs\n", t, time.Since(start).Seconds())
	}
	switch {
	case err != nil:
		return err
	case !several && errors.Is(last.err, extract.ErrNotReadable):
		return errNotReadable
	case t.failed > 0 || t.noArticle > 0:
		return errPagesFailed
	}
	return nil
}

// noPages is the error of inputs that hold no page: a run over an empty
// or misplaced folder must not pass.
func noPages(skipped int) error {
	if skipped == 0 {
		return errors.New("no page found in the inputs")
	}
	return fmt.Errorf("no page found in the inputs (%d %s skipped; --verbose lists them, --all takes every file whose content looks like a page)",
		skipped, plural(skipped, "file", "files"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// writeFile writes page i's result to its file under -o: exactly what w
// would print on stdout for that page alone. A failed page writes no file.
func writeFile(out *outputDir, i int, r result, w *writer) error {
	if r.err != nil {
		return nil
	}
	doc, err := w.renderAlone(r)
	if err != nil {
		return err
	}
	if r.outName != "" {
		return out.writeAs(r.outName, doc)
	}
	return out.write(i, doc)
}

// renderAlone is what w would print on stdout for the page of r alone: the
// content of its file under -o, and of its golden file for pith check.
func (w *writer) renderAlone(r result) ([]byte, error) {
	var buf bytes.Buffer
	alone := *w // the same settings, for one page and into buf
	alone.out, alone.several, alone.printed = &buf, false, 0
	err := alone.write(r)
	return buf.Bytes(), err
}

// extractPage opens and extracts one page. A panic inside the extraction
// fails that page only: one bad file never stops a batch.
func extractPage(p page, opts extract.Options) (r result) {
	r.source, r.origin, r.outName, r.id = p.source, p.origin, p.outName, p.id
	defer func() {
		if v := recover(); v != nil {
			r.article, r.err = nil, fmt.Errorf("internal error: %v", v)
		}
	}()
	if p.err != nil {
		r.err = p.err
		return r
	}
	if p.assetDir != "" {
		opts.Render.AssetDir = p.assetDir
	}
	if p.url != nil {
		opts.URL = p.url
	}
	opts.Decoded = p.decoded
	if p.record {
		// As the Beam pipeline extracts it: the record's HTTP header named
		// an HTML payload, its URI is the page's address, and its charset
		// counts when the page declares none (--encoding overrides both).
		opts.HeaderCharset = p.charset
		r.article, r.err = extract.Extract(bytes.NewReader(p.data), opts)
		return r
	}
	f, err := p.open()
	if err != nil {
		r.err = err
		return r
	}
	defer f.Close()
	size := p.size // known for a regular file, so Extract reads it in one buffer
	if file, ok := f.(*os.File); ok {
		if info, err := file.Stat(); err == nil && info.Mode().IsRegular() {
			size = info.Size()
		}
	}
	r.article, r.err = extract.Extract(sizedReader{f, size}, opts)
	return r
}

// selectMissed is the warning for a page where no --select selector
// matched.
const selectMissed = "warning: no --select selector matched; extracted as without it"

// unselected reports whether --select was given but matched nothing in
// r's page.
func unselected(st settings, r result) bool {
	return st.extract.Select != nil && r.article != nil && r.article.BodySource != extract.BodySelected
}

// reason is the one-line cause of a page's failure.
func reason(err error) string {
	var pathErr *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.As(err, &pathErr):
		return pathErr.Err.Error()
	}
	return err.Error()
}

// writer prints results to stdout in the chosen format.
type writer struct {
	out      io.Writer
	explain  io.Writer // where --explain lists each page's removals
	settings settings
	several  bool
	printed  int // documents printed so far, for separators
}

func (w *writer) write(r result) error {
	if w.settings.explain && r.article != nil {
		w.writeExplanation(r)
	}
	if w.settings.format == formatJSON {
		return w.writeJSON(r)
	}
	if r.err != nil || r.article == nil {
		return nil // a failed page prints nothing on stdout
	}
	doc := w.settings.format.document(r.article)
	if w.several {
		doc = w.settings.format.separate(r.source, doc, w.printed > 0)
	}
	w.printed++
	_, err := io.WriteString(w.out, doc) // one write: an interrupt never cuts a document
	return err
}

// writeExplanation lists what pith's and the user's rules removed from the
// page, one line each, in one write. Scripts and styles, never text, are
// left out.
func (w *writer) writeExplanation(r result) {
	var b strings.Builder
	for _, rm := range r.article.Removed {
		if rm.Rule != extract.RuleNonContent {
			fmt.Fprintf(&b, "pith: %s: %s\n", r.source, rm)
		}
	}
	if n := r.article.Restored; n > 0 {
		fmt.Fprintf(&b, "pith: %s: put back %d paragraph(s) readability dropped from the story, classed like the ones it kept (a sentence with a link between them, or the story's opening module)\n", r.source, n)
	}
	switch src := r.article.BodySource; {
	case src == extract.BodyConserved:
		fmt.Fprintf(&b, "pith: %s: body taken from a second run in which the rules judging by class, id or role spared article prose: on the first they removed more of it than the body kept\n", r.source)
	case src == extract.BodySplit:
		fmt.Fprintf(&b, "pith: %s: body taken from the element holding all the paragraphs classed like readability's: it kept under half of them\n", r.source)
	case src != "" && src != extract.BodyReadability:
		fmt.Fprintf(&b, "pith: %s: body taken from the page's %s: readability found under a third of it\n", r.source, src)
	}
	if a := r.article; a.Confidence > 0 {
		fmt.Fprintf(&b, "pith: %s: confidence %.2f", r.source, a.Confidence)
		if len(a.ConfidenceReasons) > 0 {
			fmt.Fprintf(&b, ": %s", strings.Join(a.ConfidenceReasons, "; "))
		}
		b.WriteString("\n")
	}
	io.WriteString(w.explain, b.String())
}

func (w *writer) writeJSON(r result) error {
	l := jsonline.Line{Source: r.source, WARC: r.origin}
	if r.article != nil {
		a := *r.article
		if w.settings.meta {
			a.Text = ""
		}
		l.Article = &a
	}
	if r.err != nil {
		l.Error = reason(r.err)
	}
	js, err := jsonline.Encode(l, w.settings.pretty)
	if err != nil {
		return err
	}
	_, err = w.out.Write(js)
	return err
}

// sizedReader tells Extract a file's size, when known, so that it reads
// the page into one buffer of that size whatever the file system gave.
type sizedReader struct {
	io.Reader
	size int64
}

func (s sizedReader) Len() int { return int(s.size) }

// checkURLPages refuses --url where it cannot name the one page: with a
// WARC (each record has its own address) or with several pages.
func checkURLPages(u *url.URL, pages []page) error {
	if u == nil {
		return nil
	}
	for _, p := range pages {
		if p.warc {
			return errURLWithWARC(p.source)
		}
	}
	if len(pages) > 1 {
		return usagef("--url names one page, but the inputs give %d", len(pages))
	}
	return nil
}
