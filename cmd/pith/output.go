package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// outputDir writes one file per page under the -o directory. All writes go
// through an os.Root, so no path, link or ".." can lead outside it.
type outputDir struct {
	flag  string // the flag that named dir, for messages: "-o", "--golden"
	dir   string
	names []string // each page's file under dir, in input order
	root  *os.Root
	temps int // temp files made so far, for unique names
}

// planOutput maps every page to its file under the -o directory dir and
// refuses, as a usage error, a run that would overwrite one of its inputs
// or write into a file. Nothing is created yet.
func planOutput(dir string, format *format, pages []page) (*outputDir, error) {
	return planDir("-o", dir, format, pages)
}

// planDir is planOutput for the directory that flag names.
func planDir(flag, dir string, format *format, pages []page) (*outputDir, error) {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return nil, usagef("%s %s: not a directory", flag, dir)
	}
	o := &outputDir{flag: flag, dir: dir, names: outputNames(pages, format.ext)}
	resolved := pathResolver{}
	inputs := map[string]string{} // resolved path → source
	for _, p := range pages {
		if p.source != "-" && p.err == nil {
			if key := resolved.resolve(p.source); key != "" {
				inputs[key] = p.source
			}
		}
	}
	for _, name := range o.names {
		if !filepath.IsLocal(name) {
			return nil, fmt.Errorf("%s %s: output name %q escapes the directory", flag, dir, name)
		}
		target := filepath.Join(dir, name)
		if src, ok := inputs[resolved.resolve(target)]; ok {
			return nil, usagef("%s %s: writing %s would overwrite the input %s", flag, dir, target, src)
		}
	}
	return o, nil
}

// pathResolver resolves the links in the directories of paths, so that two
// names of one directory entry compare equal. Directories are resolved once.
type pathResolver map[string]string

// resolve is path with its directory's links resolved; "" when that
// directory does not exist (then no file is there to overwrite).
func (r pathResolver) resolve(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return ""
	}
	parent := filepath.Dir(abs)
	dir, ok := r[parent]
	if !ok {
		dir, _ = filepath.EvalSymlinks(parent)
		r[parent] = dir
	}
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, filepath.Base(abs))
}

// outputNames gives each page its file name: its name with the page
// extension (and a .gz after it) replaced by ext, or ext added when it has
// none. When a name is already taken by an earlier page in input order
// (compared without case, as some file systems do), the page gets the
// lowest free "-2", "-3"... before the extension: a.html → a.txt and
// a.htm → a-2.txt.
func outputNames(pages []page, ext string) []string {
	taken := map[string]bool{}
	names := make([]string, len(pages))
	for i, p := range pages {
		stem := strings.TrimSuffix(p.name, pageExtension(p.name))
		name := stem + ext
		for n := 2; taken[strings.ToLower(name)]; n++ {
			name = stem + "-" + strconv.Itoa(n) + ext
		}
		taken[strings.ToLower(name)] = true
		names[i] = name
	}
	return names
}

// placeAssets gives each page the folder its local save's files are in
// (the page's own folder; the working directory for stdin) as seen from
// its output file, so the references into "<stem>_files" still lead to
// them from where the output is written.
func (o *outputDir) placeAssets(pages []page) {
	for i := range pages {
		from, err := filepath.Abs(filepath.Dir(filepath.Join(o.dir, o.names[i])))
		if err != nil {
			continue
		}
		pageDir := "."
		if pages[i].source != "-" {
			pageDir = filepath.Dir(pages[i].source)
		}
		to, err := filepath.Abs(pageDir)
		if err != nil {
			continue
		}
		if rel, err := filepath.Rel(from, to); err == nil {
			pages[i].assetDir = filepath.ToSlash(rel)
		}
	}
}

// open creates the output directory and opens it for writing.
func (o *outputDir) open() error {
	if err := os.MkdirAll(o.dir, 0o777); err != nil {
		return fmt.Errorf("%s %s: %s", o.flag, o.dir, reason(err))
	}
	root, err := os.OpenRoot(o.dir)
	if err != nil {
		return fmt.Errorf("%s %s: %s", o.flag, o.dir, reason(err))
	}
	o.root = root
	return nil
}

func (o *outputDir) close() {
	if o.root != nil {
		o.root.Close()
	}
}

// write puts data in page i's file atomically: it is written to a temp
// file in the same directory, then renamed over the name. On failure no
// temp file is left. A file that already holds data is left alone, so a
// rerun keeps the times of the files it would not change (and make-style
// tools rebuild nothing from them).
func (o *outputDir) write(i int, data []byte) error {
	return o.writeAs(o.names[i], data)
}

// writeAs is write to the file name under the directory.
func (o *outputDir) writeAs(name string, data []byte) error {
	if o.holds(name, data) {
		return nil
	}
	if dir := filepath.Dir(name); dir != "." {
		if err := o.root.MkdirAll(dir, 0o777); err != nil {
			return o.writeError(name, err)
		}
	}
	tmp, f, err := o.createTemp(name)
	if err != nil {
		return o.writeError(name, err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = o.root.Rename(tmp, name)
	}
	if err != nil {
		o.root.Remove(tmp)
		return o.writeError(name, err)
	}
	return nil
}

// holds reports whether the regular file name under the directory holds
// exactly data.
func (o *outputDir) holds(name string, data []byte) bool {
	f, err := o.root.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() || info.Size() != int64(len(data)) {
		return false
	}
	have, err := io.ReadAll(io.LimitReader(f, int64(len(data))+1))
	return err == nil && bytes.Equal(have, data)
}

// createTemp makes a new hidden file beside name: ".NAME.PID-N.pith-tmp".
func (o *outputDir) createTemp(name string) (string, *os.File, error) {
	dir, base := filepath.Split(name)
	for {
		o.temps++
		tmp := filepath.Join(dir, fmt.Sprintf(".%s.%d-%d.pith-tmp", base, os.Getpid(), o.temps))
		f, err := o.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue // left by an earlier run that was killed
		}
		return tmp, f, err
	}
}

func (o *outputDir) writeError(name string, err error) error {
	return fmt.Errorf("writing %s: %s", filepath.Join(o.dir, name), reason(err))
}
