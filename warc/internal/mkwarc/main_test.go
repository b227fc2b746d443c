package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/pith-cli/pith/internal/testcorpus"
	"github.com/pith-cli/pith/warc"
)

func TestMkwarc(t *testing.T) {
	dir := filepath.Join(testcorpus.Root(t), "newspaper4k")
	out := filepath.Join(t.TempDir(), "c.warc.gz")
	if err := run([]string{"-o", out, "-min-size", "3M", dir}); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	r := warc.NewReader(f, warc.Options{})
	pages := 0
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if rec.IsPage() {
			pages++
		}
	}
	if st.Size() < 3<<20 || pages%17 != 0 || pages < 34 {
		t.Errorf("%d bytes, %d pages: want at least 3 MiB of whole passes over 17 pages", st.Size(), pages)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"0": 0, "10": 10, "2K": 2048, "3M": 3 << 20, "1G": 1 << 30} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v", in, got, err)
		}
	}
	if _, err := parseSize("1T"); err == nil {
		t.Error("parseSize(1T) gave no error")
	}
}
