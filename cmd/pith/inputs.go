package main

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// page is one input page: where it came from and how to open it.
type page struct {
	source string // the path as given or found, or "-"
	open   func() (io.ReadCloser, error)
	err    error // set when the input could not even be listed
}

// pageExtensions are the names picked from directories, also with .gz.
var pageExtensions = []string{".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht"}

// expandInputs turns the inputs into pages: files as given, directories
// walked recursively in sorted order for page names, "-" as stdin. With no
// inputs, stdin is read unless it is a terminal.
func expandInputs(inputs []string, s streams) ([]page, error) {
	if len(inputs) == 0 {
		if s.inIsTerminal {
			return nil, usagef("no input: give a file, a directory or -, or pipe a page to stdin")
		}
		inputs = []string{"-"}
	}
	stdin := func() (io.ReadCloser, error) { return io.NopCloser(s.in), nil }
	var pages []page
	for _, in := range inputs {
		if in == "-" {
			pages = append(pages, page{source: "-", open: stdin})
			continue
		}
		info, err := os.Stat(in)
		if err != nil || !info.IsDir() {
			pages = append(pages, filePage(in, err))
			continue
		}
		pages = append(pages, walkDir(in)...)
	}
	return pages, nil
}

func filePage(path string, statErr error) page {
	return page{source: path, err: statErr, open: func() (io.ReadCloser, error) { return os.Open(path) }}
}

// walkDir lists the page files under dir in sorted order.
func walkDir(dir string) []page {
	var pages []page
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			pages = append(pages, filePage(path, err))
			return nil
		}
		if d.Type().IsRegular() && isPageName(path) {
			pages = append(pages, filePage(path, nil))
		}
		return nil
	})
	if err != nil {
		pages = append(pages, filePage(dir, err))
	}
	sort.SliceStable(pages, func(i, j int) bool { return pages[i].source < pages[j].source })
	return pages
}

func isPageName(path string) bool {
	name := strings.TrimSuffix(strings.ToLower(path), ".gz")
	for _, ext := range pageExtensions {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}
