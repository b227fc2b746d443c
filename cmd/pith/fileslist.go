package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"strings"
)

// readFileList reads the paths of a --files-from list: one a line, or with
// nul one per NUL-terminated record (as find -print0 writes them). Empty
// entries are ignored; a line's trailing carriage return is dropped. The
// list "-" is read from stdin.
func readFileList(name string, nul bool, stdin io.Reader) ([]string, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, usagef("--files-from %s: %s", name, reason(err))
		}
		defer f.Close()
		r = f
	}
	sep := byte('\n')
	if nul {
		sep = 0
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, sep); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	var paths []string
	for sc.Scan() {
		p := sc.Text()
		if !nul {
			p = strings.TrimSuffix(p, "\r")
		}
		if p != "" {
			paths = append(paths, p)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, usagef("--files-from %s: %v", name, err)
	}
	return paths, nil
}
