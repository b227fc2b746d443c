package main

import (
	"errors"
	"io"
	"iter"
	"net/url"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pith-cli/pith/warc"
)

// WARC input: a web archive is a container of pages, one per HTML 2xx
// response or resource record. The CLI streams it: the dispatcher reads
// one record at a time into memory (bounded by --max-size) and hands it to
// a worker, so a large WARC is never held whole.

// warcHeadSize is how much of a file is read to tell a WARC by its bytes:
// enough for a gzip member's header and the first bytes it inflates to.
const warcHeadSize = 512

// isWARCName reports whether a directory walk takes path as a WARC file.
func isWARCName(path string) bool {
	lower := strings.ToLower(path)
	return strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz")
}

// sniffWARC reports whether the file at path starts as a WARC file does.
// A file that cannot be read is no WARC here: reading it as a page
// reports why.
func (w *walker) sniffWARC(path string) bool {
	f, err := w.files.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, warcHeadSize)
	n, _ := io.ReadFull(f, head)
	return warc.IsWARC(head[:n])
}

// hasWARC reports whether any page is a WARC file.
func hasWARC(pages []page) bool {
	for _, p := range pages {
		if p.warc {
			return true
		}
	}
	return false
}

// countPages counts the pages the inputs give, WARC files counting as
// their HTML records (and the records that fail), up to limit: the
// one-page and several-pages rules need to know only 0, 1 or more, so a
// WARC is read only as far as its first page records.
func countPages(pages []page, limit int, maxSize int64) int {
	n := 0
	for _, p := range pages {
		if n >= limit {
			return n
		}
		if !p.warc || p.err != nil {
			n++
			continue
		}
		n += countRecords(p, limit-n, maxSize)
	}
	return n
}

// countRecords counts the records of the WARC file p that give an output
// line, up to limit.
func countRecords(p page, limit int, maxSize int64) int {
	f, err := p.open()
	if err != nil {
		return 1 // the file's error is a line
	}
	defer f.Close()
	r := warc.NewReader(f, warc.Options{MaxPayload: maxSize})
	n := 0
	for n < limit {
		rec, err := r.Next()
		switch {
		case err == io.EOF:
			return n
		case rec == nil:
			return n + 1
		case err != nil || rec.IsPage():
			n++
		}
	}
	return n
}

// units yields the pages to extract in input order, each WARC file replaced
// by its page records as they are read; *skipped counts the records that
// are not pages. names are the -o names of the pages (nil without -o); a
// record's is DIR/<the WARC's name>/<offset><ext>.
func units(pages []page, names []string, ext string, maxSize int64, skipped *int) iter.Seq[page] {
	return func(yield func(page) bool) {
		for i, p := range pages {
			if names != nil {
				p.outName = names[i]
			}
			if !p.warc || p.err != nil {
				if !yield(p) {
					return
				}
				continue
			}
			if !warcRecords(p, ext, maxSize, skipped, yield) {
				return
			}
		}
	}
}

// warcRecords yields the page records of the WARC file p, as the Beam
// pipeline writes them: a record that fails is a failed page named
// FILE#OFFSET; a file broken past some point is one failed page there,
// after the pages before it. It returns false when yield asked to stop.
func warcRecords(p page, ext string, maxSize int64, skipped *int, yield func(page) bool) bool {
	name := p.source
	f, err := p.open()
	if err != nil {
		p.err = err
		return yield(p)
	}
	defer f.Close()
	r := warc.NewReader(f, warc.Options{MaxPayload: maxSize})
	lastBad := "" // a record that failed, whose end may also fail the file
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return true
		}
		if rec == nil {
			source := name
			var werr *warc.Error
			if errors.As(err, &werr) {
				source = name + "#" + strconv.FormatInt(werr.Offset, 10)
			}
			if source == lastBad {
				return true
			}
			return yield(page{source: source, name: p.name, err: err, outName: p.name + ext})
		}
		if err == nil && !rec.IsPage() {
			*skipped++
			continue
		}
		origin := rec.Origin(name)
		rp := page{source: rec.Source(name), origin: &origin, record: true,
			name:    path.Join(filepath.ToSlash(p.name), strconv.FormatInt(rec.Offset, 10)),
			outName: filepath.Join(p.name, strconv.FormatInt(rec.Offset, 10)+ext)}
		if err == nil {
			rp.enc, err = rec.Encoding()
		}
		if err == nil {
			rp.data, err = io.ReadAll(rec.Body)
		}
		if err == nil {
			if u, perr := url.Parse(rec.TargetURI); perr == nil && u.IsAbs() {
				rp.url = u
			}
		}
		rp.err = err
		if err != nil {
			lastBad = rp.source
		}
		if !yield(rp) {
			return false
		}
	}
}

// errURLWithWARC refuses --url for WARC input: each record has its own.
func errURLWithWARC(source string) error {
	return usagef("--url names one page, but %s is a WARC file whose records each have their own", source)
}
