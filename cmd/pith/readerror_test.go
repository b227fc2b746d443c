package main

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// deniedFiles is the operating system's file system, but opening or
// listing the paths in denied fails with EACCES, as for a file of mode 000
// read by anyone but root.
type deniedFiles struct{ denied map[string]bool }

func (d deniedFiles) Open(name string) (io.ReadCloser, error) {
	if d.denied[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: syscall.EACCES}
	}
	return os.Open(name)
}

func (d deniedFiles) ReadDir(name string) ([]fs.DirEntry, error) {
	if d.denied[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: syscall.EACCES}
	}
	return os.ReadDir(name)
}

// An unreadable file or directory fails as one input, with its reason,
// and the rest of the batch goes on: batch-badfiles.txtar's case, which a
// root user (as CI runs) skips there, injected through the file system
// seam so it runs for root too.
func TestUnreadableInputsFailAlone(t *testing.T) {
	dir := t.TempDir()
	tree := filepath.Join(dir, "tree")
	for _, name := range []string{"a/1.html", "a/2.html", "locked/3.html"} {
		path := filepath.Join(tree, name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(articleHTML(len(name))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file, locked := filepath.Join(tree, "a/1.html"), filepath.Join(tree, "locked")
	files := deniedFiles{denied: map[string]bool{file: true, locked: true}}
	for _, args := range [][]string{{tree}, {"--all", tree}, {file, filepath.Join(tree, "a/2.html")}} {
		var stdout, stderr bytes.Buffer
		s := streams{in: strings.NewReader(""), out: &stdout, err: &stderr, files: files}
		if code := runWithSignals(args, s, make(chan os.Signal, 1)); code != exitFailed {
			t.Errorf("%q: exit %d, want %d", args, code, exitFailed)
		}
		if !strings.Contains(stderr.String(), "pith: "+file+": permission denied\n") {
			t.Errorf("%q: stderr %q, want the unreadable file's line", args, stderr.String())
		}
		if args[len(args)-1] == tree && !strings.Contains(stderr.String(), "pith: "+locked+": permission denied\n") {
			t.Errorf("%q: stderr %q, want the unreadable directory's line", args, stderr.String())
		}
		if !strings.Contains(stdout.String(), "==> "+filepath.Join(tree, "a/2.html")+" <==") {
			t.Errorf("%q: stdout %q, want the readable page", args, stdout.String())
		}
	}
}
