// Package testcorpus finds the shared development corpora for the tests
// that read them (the readability differential test, the script-body cut's
// tree test, the WARC tests, extract's images test). The corpora live
// outside the repository, in ../shared/corpus beside it; a test that
// silently fell back to the fixture pages when they are missing would
// pass while checking far less than it claims, so a
// missing corpus fails the test unless the run opts out with
// PITH_NO_SHARED=1.
package testcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// OptOut is the environment variable that lets tests run without the
// shared corpora: set to 1, they check the fixture pages only and say so.
const OptOut = "PITH_NO_SHARED"

// Pages returns the gzipped pages of the named corpus ("scrapinghub", …),
// found in shared/corpus/<name>/html beside the repository that holds the
// test's working directory. When none are found it fails the test, naming
// the folder it looked in and the opt-out; with PITH_NO_SHARED=1 it logs
// that the corpus is left out and returns nil, whether or not the corpus is
// there, so that an opted-out run checks the same pages everywhere.
func Pages(t testing.TB, corpus string) []string {
	t.Helper()
	if os.Getenv(OptOut) == "1" {
		t.Logf("%s=1: the shared %s corpus is left out; checking the fixture pages only", OptOut, corpus)
		return nil
	}
	dir, err := Dir(corpus)
	if err != nil {
		t.Fatalf("shared corpus: %v (set %s=1 to run on the fixture pages only)", err, OptOut)
		return nil
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(pages) == 0 {
		t.Fatalf("shared corpus: no pages in %s (set %s=1 to run on the fixture pages only)", dir, OptOut)
		return nil
	}
	return pages
}

// Root returns the shared/corpus folder beside the repository, for the
// tests that have no fixture pages to fall back on: it fails the test when
// the folder is missing, and skips the test when the run opts out with
// PITH_NO_SHARED=1.
func Root(t testing.TB) string {
	t.Helper()
	if os.Getenv(OptOut) == "1" {
		t.Skipf("%s=1: skipped, it needs the shared corpora", OptOut)
		return ""
	}
	root, err := root()
	if err == nil {
		_, err = os.Stat(root)
	}
	if err != nil {
		t.Fatalf("shared corpus: %v (set %s=1 to skip the tests that need it)", err, OptOut)
		return ""
	}
	return root
}

// Dir returns the html folder of the named corpus: shared/corpus/<name>/html
// beside the repository.
func Dir(corpus string) (string, error) {
	root, err := root()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(root, corpus, "html")
	if _, err := os.Stat(dir); err != nil {
		return "", err
	}
	return dir, nil
}

// root returns where shared/corpus belongs: beside the repository root, the
// nearest folder above the working directory that holds go.mod.
func root() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	repo := wd
	for {
		if _, err := os.Stat(filepath.Join(repo, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(repo)
		if parent == repo {
			return "", &os.PathError{Op: "find go.mod above", Path: wd, Err: os.ErrNotExist}
		}
		repo = parent
	}
	return filepath.Join(filepath.Dir(repo), "shared", "corpus"), nil
}
