// Command mkwarc writes the pages of pith's development corpora as a WARC
// file, for the WARC equivalence check and the throughput benchmark.
//
//	go run ./warc/internal/mkwarc -o corpus.warc.gz ../shared/corpus
//	go run ./warc/internal/mkwarc -o big.warc.gz -min-size 1G ../shared/corpus
//
// Each DIR is a corpus folder (html/*.html.gz, ground-truth.json) or a
// folder of them. Each page becomes a request, a response (HTTP 200,
// text/html with the charset pith reads the page in) and a metadata record,
// after one warcinfo record; WARC-Target-URI is the ground truth's url, or
// http://corpus.invalid/<corpus>/<id>. With -min-size, the pages are
// written again, in the same order, until the file reaches that size. An
// output name ending in .gz gives one gzip member per record.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/pith-cli/pith/warc/internal/corpus"
	"github.com/pith-cli/pith/warc/warctest"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "mkwarc:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("mkwarc", flag.ContinueOnError)
	out := fs.String("o", "", "the WARC file to write (.warc or .warc.gz)")
	minSize := fs.String("min-size", "0", "repeat the pages until the file has this many bytes (K, M, G suffixes)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() == 0 {
		return errors.New("usage: mkwarc -o FILE.warc[.gz] [-min-size N] DIR...")
	}
	limit, err := parseSize(*minSize)
	if err != nil {
		return err
	}
	var pages []corpus.Page
	for _, arg := range fs.Args() {
		dirs, err := corpus.Dirs(arg)
		if err != nil {
			return err
		}
		for _, d := range dirs {
			p, err := corpus.Load(d)
			if err != nil {
				return err
			}
			pages = append(pages, p...)
		}
	}
	charsets := make([]string, len(pages))
	for i, p := range pages {
		charsets[i] = corpus.Charset(p)
	}

	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	cw := &counter{w: bw}
	w := warctest.NewWriter(cw, strings.HasSuffix(*out, ".gz"))
	if _, err := w.Write(warctest.Warcinfo()); err != nil {
		return err
	}
	records := 0
	for pass := 0; pass == 0 || cw.n < limit; pass++ {
		for i, p := range pages {
			for _, rec := range corpus.Records(p, charsets[i]) {
				if _, err := w.Write(rec); err != nil {
					return err
				}
			}
			records++
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "mkwarc: %s: %d pages (%d distinct), %d bytes\n", *out, records, len(pages), cw.n)
	return nil
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mult, s = 1<<10, strings.TrimSuffix(s, "K")
	case strings.HasSuffix(s, "M"):
		mult, s = 1<<20, strings.TrimSuffix(s, "M")
	case strings.HasSuffix(s, "G"):
		mult, s = 1<<30, strings.TrimSuffix(s, "G")
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("-min-size %q: want a number of bytes such as 1G", s)
	}
	return n * mult, nil
}

type counter struct {
	w interface{ Write([]byte) (int, error) }
	n int64
}

func (c *counter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
