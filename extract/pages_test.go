package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"
)

var updateGoldens = flag.Bool("update-goldens", false, "rewrite the golden files in testdata/pages")

// pagesDir holds hand-written pages: source.html, checks.txt (the truth,
// written by hand) and golden outputs (expected.txt, expected.json,
// expected.md, expected.html).
const pagesDir = "../testdata/pages"

// TestPages extracts every page of testdata/pages and checks its hand-written
// assertions, then compares text, metadata (with the links and images
// lists), Markdown and HTML with the golden files.
func TestPages(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(pagesDir, "*", "source.html"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no pages under %s: %v", pagesDir, err)
	}
	for _, src := range dirs {
		dir := filepath.Dir(src)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			art := extractFile(t, src, Options{Render: RenderOptions{Markdown: true, HTML: true, ListLinks: true, ListImages: true}})
			checkAssertions(t, dir, art)
			checkGolden(t, filepath.Join(dir, "expected.txt"), []byte(art.Text))
			checkGolden(t, filepath.Join(dir, "expected.md"), []byte(art.Markdown))
			checkGolden(t, filepath.Join(dir, "expected.html"), []byte(art.HTML))
			meta := *art
			meta.Text, meta.Markdown, meta.HTML = "", "", ""
			js, err := json.MarshalIndent(meta, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join(dir, "expected.json"), append(js, '\n'))
		})
	}
}

// TestSeedPagesNeedCleaning shows the seed-like pages are real tests of the
// cleaning stage: readability alone (readeck, as its users call it) still
// prints boilerplate that pith must remove.
func TestSeedPagesNeedCleaning(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join(pagesDir, "seed-*"))
	if len(dirs) < 2 {
		t.Fatalf("want the seed-like pages, found %v", dirs)
	}
	for _, dir := range dirs {
		f, err := os.Open(filepath.Join(dir, "source.html"))
		if err != nil {
			t.Fatal(err)
		}
		base, _ := url.Parse("https://example.com/")
		res, err := readability.FromReader(f, base)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var text bytes.Buffer
		_ = res.RenderText(&text)
		leaked := 0
		for _, c := range readChecks(t, dir) {
			if c.key == "excludes" && strings.Contains(text.String(), c.value) {
				leaked++
			}
		}
		if leaked == 0 {
			t.Errorf("%s: readability alone leaks none of the excluded lines; the page tests nothing", dir)
		}
		t.Logf("%s: readability alone leaks %d excluded lines", filepath.Base(dir), leaked)
	}
}

func extractFile(t *testing.T, path string, opts Options) *Article {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	art, err := Extract(f, opts)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return art
}

type check struct{ key, value string }

func readChecks(t *testing.T, dir string) []check {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "checks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var checks []check
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("checks.txt: bad line %q", line)
		}
		checks = append(checks, check{strings.TrimSpace(key), strings.TrimSpace(value)})
	}
	return checks
}

func checkAssertions(t *testing.T, dir string, art *Article) {
	paragraphs := strings.Split(strings.TrimSuffix(art.Text, "\n"), "\n\n")
	for _, c := range readChecks(t, dir) {
		var got string
		switch c.key {
		case "contains":
			if !strings.Contains(art.Text, c.value) {
				t.Errorf("text lacks %q", c.value)
			}
			continue
		case "excludes":
			if strings.Contains(art.Text, c.value) {
				t.Errorf("text holds boilerplate %q", c.value)
			}
			continue
		case "md-contains", "html-contains":
			if out := rendering(art, c.key); !strings.Contains(out, c.value) {
				t.Errorf("%s lacks %q", strings.TrimSuffix(c.key, "-contains"), c.value)
			}
			continue
		case "md-excludes", "html-excludes":
			if out := rendering(art, c.key); strings.Contains(out, c.value) {
				t.Errorf("%s holds %q", strings.TrimSuffix(c.key, "-excludes"), c.value)
			}
			continue
		case "first":
			got = paragraphs[0]
		case "last":
			got = paragraphs[len(paragraphs)-1]
		case "title":
			got = art.Title
		case "subtitle":
			got = art.Subtitle
		case "authors":
			got = strings.Join(art.Authors, "; ")
		case "published":
			got = art.Published
		case "url":
			got = art.URL
		case "archive_url":
			got = art.ArchiveURL
		case "site_name":
			got = art.SiteName
		case "language":
			got = art.Language
		default:
			t.Fatalf("checks.txt: unknown key %q", c.key)
		}
		if got != c.value {
			t.Errorf("%s = %q, want %q", c.key, got, c.value)
		}
	}
}

// rendering picks the Markdown or the HTML for a check's key.
func rendering(art *Article, key string) string {
	if strings.HasPrefix(key, "md-") {
		return art.Markdown
	}
	return art.HTML
}

// checkGolden compares got with a golden file, or rewrites it with -update-goldens.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *updateGoldens {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./extract -update-goldens to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (go test ./extract -update-goldens rewrites it):\n%s", path, firstDiff(string(want), string(got)))
	}
}

// firstDiff shows the first line where want and got part.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n- " + w + "\n+ " + g
		}
	}
	return ""
}
