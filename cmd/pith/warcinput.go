package main

import (
	"bytes"
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
// WARC is read only as far as its first page records. Those are kept, with
// the open file, for the extraction to go on from (stdin cannot be read
// twice).
func countPages(pages []page, limit int, maxSize int64) int {
	n := 0
	for i := range pages {
		p := &pages[i]
		if n >= limit {
			return n
		}
		if !p.warc || p.err != nil {
			n++
			continue
		}
		p.stream = openRecords(*p, maxSize)
		n += p.stream.prime(limit - n)
	}
	return n
}

// records reads the page records of one WARC file in order, as the Beam
// pipeline writes them: a record that fails is a failed page named
// FILE#OFFSET; a file broken past some point is one failed page there,
// after the pages before it.
type records struct {
	file    page // the WARC file
	f       io.ReadCloser
	r       *warc.Reader
	lastBad string // a record that failed, whose end may also fail the file
	done    bool
	skipped int    // records that are not pages
	primed  []page // read ahead while counting, not yet yielded
	maxSize int64
}

func openRecords(p page, maxSize int64) *records {
	rs := &records{file: p, maxSize: maxSize}
	f, err := p.open()
	if err != nil {
		rs.file.err, rs.done = err, true
		rs.primed = []page{rs.file} // the file's error is one failed page
		return rs
	}
	rs.f, rs.r = f, warc.NewReader(f, warc.Options{MaxPayload: maxSize})
	return rs
}

// prime reads ahead up to limit pages and returns how many it holds.
func (rs *records) prime(limit int) int {
	for len(rs.primed) < limit {
		p, ok := rs.read()
		if !ok {
			break
		}
		rs.primed = append(rs.primed, p)
	}
	return len(rs.primed)
}

// next returns the next page, primed or read; false at the file's end.
func (rs *records) next() (page, bool) {
	if len(rs.primed) > 0 {
		p := rs.primed[0]
		rs.primed = rs.primed[1:]
		return p, true
	}
	return rs.read()
}

func (rs *records) close() {
	if rs.f != nil {
		rs.f.Close()
		rs.f = nil
	}
}

// read reads the next page record.
func (rs *records) read() (page, bool) {
	if rs.done {
		return page{}, false
	}
	name, dir := rs.file.source, rs.file.name
	for {
		rec, err := rs.r.Next()
		if err == io.EOF {
			rs.done = true
			return page{}, false
		}
		if rec == nil {
			rs.done = true
			source := name
			var werr *warc.Error
			if errors.As(err, &werr) {
				source = name + "#" + strconv.FormatInt(werr.Offset, 10)
			}
			if source == rs.lastBad { // that record's page failed already
				return page{}, false
			}
			return page{source: source, name: dir, err: err}, true
		}
		if err == nil && !rec.IsPage() {
			rs.skipped++
			continue
		}
		origin := rec.Origin(name)
		offset := strconv.FormatInt(rec.Offset, 10)
		rp := page{source: rec.Source(name), origin: &origin, record: true,
			name: path.Join(filepath.ToSlash(dir), offset)}
		rp.charset = rec.Charset()
		if err == nil {
			rp.data, err = readPayload(rec, rs.maxSize)
		}
		if err == nil {
			if u, perr := url.Parse(rec.TargetURI); perr == nil && u.IsAbs() {
				rp.url = u
			}
		}
		rp.err = err
		if err != nil {
			rs.lastBad = rp.source
		}
		return rp, true
	}
}

// readPayload reads a record's payload into a buffer sized once from the
// record's length (which bounds a payload without content coding), not
// grown by doubling from a few hundred bytes as io.ReadAll's is.
func readPayload(rec *warc.Record, maxSize int64) ([]byte, error) {
	size := min(rec.Length, maxSize, 1<<26)
	buf := bytes.NewBuffer(make([]byte, 0, max(size, 0)+bytes.MinRead))
	_, err := buf.ReadFrom(rec.Body)
	return buf.Bytes(), err
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
			rs := p.stream
			if rs == nil {
				rs = openRecords(p, maxSize)
			}
			ok := true
			for ok {
				var rp page
				if rp, ok = rs.next(); ok {
					if rp.record {
						rp.outName = filepath.Join(p.name, path.Base(rp.name)+ext)
					}
					ok = yield(rp)
					if !ok {
						rs.close()
						return
					}
				}
			}
			*skipped += rs.skipped
			rs.close()
		}
	}
}

// closeRecords closes the WARC files counting left open, when the run
// stops before extracting them.
func closeRecords(pages []page) {
	for _, p := range pages {
		if p.stream != nil {
			p.stream.close()
		}
	}
}

// errURLWithWARC refuses --url for WARC input: each record has its own.
func errURLWithWARC(source string) error {
	return usagef("--url names one page, but %s is a WARC file whose records each have their own", source)
}
