package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pith-cli/pith/extract"
	"github.com/pith-cli/pith/warc"
)

// page is one input page: where it came from and how to open it.
type page struct {
	source string // the path as given or found, or "-"
	// name is the page's path under -o DIR before its extension is
	// replaced: relative to the directory argument it was found under, the
	// base name of a file named directly, or "stdin".
	name string
	open func() (io.ReadCloser, error)
	err  error // set when the input could not even be listed
	// info is the file's, when it was looked at while listing (a file
	// named as an argument; not one found in a directory).
	info fs.FileInfo
	// assetDir is the page's folder as seen from its output file under -o
	// ("" on stdout): a local save's references are rewritten relative to
	// it.
	assetDir string

	// warc marks a WARC file: a container of pages, replaced by its
	// records when the pages are extracted (warcinput.go).
	warc bool
	// A record of a WARC file: its payload read already, its identity, its
	// target URI and the charset its HTTP header gives.
	record  bool
	data    []byte
	origin  *warc.Origin
	url     *url.URL
	charset string
	// decoded marks a page that came as text, not bytes: a pith stream
	// line's "html" string, which JSON gave as Unicode whatever its <meta>
	// says.
	decoded bool
	// outName is the page's file under -o, when there is one.
	outName string
	// stream is a WARC file's records, opened while counting the pages.
	stream *records
	// A line of pith stream: its id as given, and its html's size.
	id   json.RawMessage
	size int64
}

// fileInfo returns the page's file information, looking at the file (once)
// if listing did not: nil for stdin and for a page that could not be listed.
func (p *page) fileInfo() fs.FileInfo {
	if p.info == nil && p.err == nil && p.source != "-" {
		p.info, _ = os.Stat(p.source)
	}
	return p.info
}

// regularFile reports whether the page is a regular file: reading it
// cannot wait on a writer, as a pipe or stdin can.
func (p *page) regularFile() bool {
	info := p.fileInfo()
	return info != nil && info.Mode().IsRegular()
}

// inputSet is what the inputs expand to.
type inputSet struct {
	pages   []page
	skipped []skippedFile // files under directories that are not pages
}

// skippedFile is a file a directory walk left out, and why.
type skippedFile struct{ path, why string }

// pageExtensions are the names picked from directories, also with .gz.
var pageExtensions = []string{".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht"}

// inputSpec says what to expand: the arguments, then the --files-from list.
type inputSpec struct {
	args      []string
	filesFrom string // a list of paths, "-" for stdin; "" for none
	nul       bool   // the list is NUL-separated
	all       bool   // take every file under directories whose content sniffs as a page
	outputDir string // never walked as input
	// argStats, when set, are the arguments' os.Stat results, in order,
	// looked at already (see expandInterruptibly).
	argStats []argStat
}

// argStat is what os.Stat said of an argument.
type argStat struct {
	info fs.FileInfo
	err  error
}

// statArgs looks at each argument but "-" once.
func statArgs(args []string) []argStat {
	stats := make([]argStat, len(args))
	for i, a := range args {
		if a != "-" {
			stats[i].info, stats[i].err = os.Stat(a)
		}
	}
	return stats
}

// stat returns what os.Stat says of inputs[i], reusing argStats.
func (spec inputSpec) stat(i int, path string) (fs.FileInfo, error) {
	if i < len(spec.argStats) {
		return spec.argStats[i].info, spec.argStats[i].err
	}
	return os.Stat(path)
}

// expandInputs turns the inputs into pages: files as given, directories
// walked recursively in sorted order, "-" as stdin, then the paths the
// --files-from list names. With no inputs at all, stdin is read unless it
// is a terminal.
func expandInputs(spec inputSpec, s streams) (inputSet, error) {
	inputs := spec.args
	if spec.filesFrom != "" {
		if spec.filesFrom == "-" && slices.Contains(inputs, "-") {
			return inputSet{}, usagef("--files-from - reads the list from stdin, so - cannot also be a page")
		}
		listed, err := readFileList(spec.filesFrom, spec.nul, s.in)
		if err != nil {
			return inputSet{}, err
		}
		// A listed "-" is a file of that name, not stdin.
		for i, p := range listed {
			if p == "-" {
				listed[i] = "./-"
			}
		}
		inputs = append(inputs[:len(inputs):len(inputs)], listed...)
	} else if len(inputs) == 0 {
		if s.inIsTerminal {
			return inputSet{}, usagef("no input: give a file, a directory or -, or pipe a page to stdin")
		}
		inputs = []string{"-"}
	}
	w := newWalker(spec.all, spec.outputDir, s.fileSystem())
	for i, in := range inputs {
		if in == "-" {
			w.pages = append(w.pages, stdinPage(s.in, len(inputs) == 1))
			continue
		}
		info, err := spec.stat(i, in)
		if errors.Is(err, fs.ErrNotExist) && looksLikeURL(in) {
			err = &urlArgError{url: in}
		}
		if err != nil || !info.IsDir() {
			p := w.filePage(in, filepath.Base(in), err)
			p.info = info
			// Known by its bytes, whatever its name; a pipe is not read ahead.
			p.warc = err == nil && info.Mode().IsRegular() && w.sniffWARC(in)
			w.pages = append(w.pages, p)
			continue
		}
		w.walk(in)
	}
	return inputSet{pages: w.pages, skipped: w.skipped}, nil
}

// expandInterruptibly expands the inputs while watching ctx: an interrupt
// stops the run at once, even while a long walk or a --files-from list on
// a quiet pipe is still being read.
func expandInterruptibly(ctx context.Context, spec inputSpec, s streams) (inputSet, error) {
	if spec.filesFrom == "" {
		spec.argStats = statArgs(spec.args)
		if len(spec.args) > 0 && !slices.Contains(spec.args, "-") &&
			!slices.ContainsFunc(spec.argStats, func(a argStat) bool { return a.info != nil && a.info.IsDir() }) {
			// Files are only looked at: nothing to wait for, and no hand-off
			// between threads. Stdin's first bytes may be long in coming.
			return expandInputs(spec, s)
		}
	}
	type expanded struct {
		in  inputSet
		err error
	}
	done := make(chan expanded, 1)
	go func() {
		in, err := expandInputs(spec, s)
		done <- expanded{in, err}
	}()
	select {
	case e := <-done:
		return e.in, e.err
	case <-ctx.Done():
		return inputSet{}, ctx.Err()
	}
}

// stdinPage is the page on stdin. When stdin is the only input (sniff), it
// is a WARC file if its first bytes say so; among other inputs it is a
// page, and is not read ahead: the pages before it must not wait on it.
func stdinPage(in io.Reader, sniff bool) page {
	p := page{source: "-", name: "stdin", open: func() (io.ReadCloser, error) { return io.NopCloser(in), nil }}
	if sniff {
		br := bufio.NewReaderSize(in, 1<<16)
		head, _ := br.Peek(warcHeadSize)
		p.warc = warc.IsWARC(head)
		p.open = func() (io.ReadCloser, error) { return io.NopCloser(br), nil }
	}
	return p
}

// filePage is the page of the file at path, opened through w's files.
func (w *walker) filePage(path, name string, statErr error) page {
	return page{source: path, name: name, err: statErr, open: func() (io.ReadCloser, error) { return w.files.Open(path) }}
}

// fileSystem is how the CLI opens page files and lists directories: the
// operating system's, or in tests one that fails where they ask (a read
// error even for root, who reads any file whatever its mode).
type fileSystem interface {
	Open(name string) (io.ReadCloser, error)
	ReadDir(name string) ([]fs.DirEntry, error)
}

// osFiles is the operating system's file system.
type osFiles struct{}

func (osFiles) Open(name string) (io.ReadCloser, error)    { return os.Open(name) }
func (osFiles) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }

// fileSystem is s.files, or the operating system's when it is nil.
func (s streams) fileSystem() fileSystem {
	if s.files != nil {
		return s.files
	}
	return osFiles{}
}

// walker lists the pages under directories. It follows symbolic links, but
// walks each real directory once, so a link loop ends.
type walker struct {
	files   fileSystem
	all     bool
	output  string          // real path of the output directory, if it exists
	visited map[string]bool // real paths of the directories walked
	pages   []page
	skipped []skippedFile
}

func newWalker(all bool, outputDir string, files fileSystem) *walker {
	w := &walker{files: files, all: all, visited: map[string]bool{}}
	if outputDir != "" {
		w.output, _ = filepath.EvalSymlinks(outputDir)
	}
	return w
}

// walk adds the pages under root, in sorted order, depth first.
func (w *walker) walk(root string) {
	w.dir(root, root)
}

func (w *walker) dir(root, dir string) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		w.fail(root, dir, err)
		return
	}
	if w.visited[real] || real == w.output {
		return
	}
	w.visited[real] = true
	entries, err := w.files.ReadDir(dir) // sorted by name
	if err != nil {
		w.fail(root, dir, err)
	}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			info, err := os.Stat(path)
			if err != nil {
				if w.all || isPageName(path) {
					w.fail(root, path, err) // a dangling link where a page should be
				} else {
					w.skip(path, "a link to nothing")
				}
				continue
			}
			typ = info.Mode().Type()
		}
		switch {
		case typ.IsDir():
			w.dir(root, path)
		case typ.IsRegular():
			w.file(root, path)
		default:
			w.skip(path, "not a regular file") // devices, sockets, pipes
		}
	}
}

// file adds the regular file at path when its name is a page's or, with
// --all, when its first bytes look like a page.
func (w *walker) file(root, path string) {
	if isWARCName(path) || w.all && w.sniffWARC(path) {
		p := w.filePage(path, relName(root, path), nil)
		p.warc = true
		w.pages = append(w.pages, p)
		return
	}
	if isPageName(path) {
		w.pages = append(w.pages, w.filePage(path, relName(root, path), nil))
		return
	}
	if !w.all {
		w.skip(path, "not named like a page (--all looks at its content)")
		return
	}
	ok, err := w.sniff(path)
	switch {
	case err != nil:
		w.fail(root, path, err)
	case ok:
		w.pages = append(w.pages, w.filePage(path, relName(root, path), nil))
	default:
		w.skip(path, "does not look like a page")
	}
}

// skip leaves path out, and says why.
func (w *walker) skip(path, why string) {
	w.skipped = append(w.skipped, skippedFile{path, why})
}

// listSkipped prints a line for each file skipped, for --verbose.
func listSkipped(in inputSet, stderr io.Writer) {
	for _, f := range in.skipped {
		fmt.Fprintf(stderr, "pith: %s: skipped: %s\n", f.path, f.why)
	}
}

// fail adds path as a page that fails with err, so that it is reported.
func (w *walker) fail(root, path string, err error) {
	w.pages = append(w.pages, w.filePage(path, relName(root, path), err))
}

// relName is path relative to the directory argument root.
func relName(root, path string) string {
	rel, err := filepath.Rel(root, path)
	if err != nil || rel == "." {
		return filepath.Base(path)
	}
	return rel
}

func (w *walker) sniff(path string) (bool, error) {
	f, err := w.files.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	return extract.SniffPage(f)
}

func isPageName(path string) bool {
	return pageExtension(path) != ""
}

// pageExtension is the page extension path ends with, including a
// following .gz (".html.gz"), in the case it is written in; "" if none.
func pageExtension(path string) string {
	lower := strings.ToLower(path)
	name := strings.TrimSuffix(lower, ".gz")
	for _, ext := range pageExtensions {
		if strings.HasSuffix(name, ext) {
			return path[len(path)-(len(lower)-len(name))-len(ext):]
		}
	}
	return ""
}

// urlArgError reports an argument that is no file but looks like a URL:
// pith reads saved pages and never fetches one.
type urlArgError struct{ url string }

func (e *urlArgError) Error() string {
	return fmt.Sprintf("no such file; pith reads saved pages and never fetches: curl -s '%s' | pith --url '%s'", e.url, e.url)
}

// looksLikeURL reports whether arg starts as a URL does: a scheme and
// "://", or "www.".
func looksLikeURL(arg string) bool {
	if strings.HasPrefix(strings.ToLower(arg), "www.") {
		return true
	}
	scheme, _, ok := strings.Cut(arg, "://")
	if !ok || scheme == "" || !isASCIILetter(scheme[0]) {
		return false
	}
	return !strings.ContainsFunc(scheme, func(r rune) bool {
		return !(r < 0x80 && isASCIILetter(byte(r)) || '0' <= r && r <= '9' || r == '+' || r == '-' || r == '.')
	})
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
