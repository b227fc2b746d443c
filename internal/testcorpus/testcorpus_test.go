package testcorpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that records Fatalf and Logf instead of acting
// on them, so the test can see what Pages would do to its caller.
type recorder struct {
	testing.TB
	fatal, log, skip string
}

func (r *recorder) Helper() {}
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatal = fmt.Sprintf(format, args...)
}
func (r *recorder) Logf(format string, args ...any)  { r.log = fmt.Sprintf(format, args...) }
func (r *recorder) Skipf(format string, args ...any) { r.skip = fmt.Sprintf(format, args...) }

// tree makes a repository in a temporary folder, with a shared corpus
// beside it holding pages when withPages is set, and moves into a package
// folder of the repository.
func tree(t *testing.T, withCorpus, withPages bool) {
	top := t.TempDir()
	repo := filepath.Join(top, "repo")
	pkg := filepath.Join(repo, "internal", "pkg")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(repo, "go.mod"), []byte("module example.com/repo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if withCorpus {
		html := filepath.Join(top, "shared", "corpus", "scrapinghub", "html")
		if err := os.MkdirAll(html, 0o755); err != nil {
			t.Fatal(err)
		}
		if withPages {
			for _, name := range []string{"a.html.gz", "b.html.gz", "notes.txt"} {
				if err := os.WriteFile(filepath.Join(html, name), nil, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	t.Chdir(pkg)
}

func TestPages(t *testing.T) {
	for _, tc := range []struct {
		name                  string
		corpus, pages, optOut bool
		want                  int    // pages returned
		fatal                 string // in the failure, "" for none
	}{
		{"corpus beside the repository", true, true, false, 2, ""},
		{"corpus missing fails", false, false, false, 0, "set PITH_NO_SHARED=1"},
		{"empty corpus fails", true, false, false, 0, "no pages"},
		{"opted out without the corpus", false, false, true, 0, ""},
		{"opted out with the corpus", true, true, true, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tree(t, tc.corpus, tc.pages)
			if tc.optOut {
				t.Setenv(OptOut, "1")
			} else {
				t.Setenv(OptOut, "")
			}
			r := &recorder{TB: t}
			got := Pages(r, "scrapinghub")
			if len(got) != tc.want {
				t.Errorf("%d pages %v, want %d", len(got), got, tc.want)
			}
			switch {
			case tc.fatal == "" && r.fatal != "":
				t.Errorf("failed: %s", r.fatal)
			case tc.fatal != "" && !strings.Contains(r.fatal, tc.fatal):
				t.Errorf("failure %q, want one saying %q", r.fatal, tc.fatal)
			}
			if tc.optOut && !strings.Contains(r.log, "fixture pages only") {
				t.Errorf("an opted-out run logs %q, want a line saying the corpus is left out", r.log)
			}
		})
	}
}

func TestRoot(t *testing.T) {
	for _, tc := range []struct {
		name                string
		corpus, optOut      bool
		found, fatal, skips bool
	}{
		{"corpus beside the repository", true, false, true, false, false},
		{"corpus missing fails", false, false, false, true, false},
		{"opted out skips", false, true, false, false, true},
		{"opted out skips even with the corpus", true, true, false, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tree(t, tc.corpus, tc.corpus)
			if tc.optOut {
				t.Setenv(OptOut, "1")
			} else {
				t.Setenv(OptOut, "")
			}
			r := &recorder{TB: t}
			got := Root(r)
			if found := got != "" && strings.HasSuffix(filepath.ToSlash(got), "shared/corpus"); found != tc.found {
				t.Errorf("Root = %q, want found %v", got, tc.found)
			}
			if (r.fatal != "") != tc.fatal || (r.skip != "") != tc.skips {
				t.Errorf("failed %q, skipped %q; want failure %v, skip %v", r.fatal, r.skip, tc.fatal, tc.skips)
			}
		})
	}
}
