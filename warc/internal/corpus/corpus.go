// Package corpus turns the pages of pith's development corpora
// (../shared/corpus/<name>/html/<id>.html.gz with ground-truth.json) into
// WARC records, for the equivalence test and for mkwarc.
package corpus

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pith-cli/pith/extract"
	"github.com/pith-cli/pith/warc/warctest"
)

// Page is one saved page of a corpus.
type Page struct {
	Corpus, ID string
	// Path is the page's file.
	Path string
	// URL is the ground truth's url, or http://corpus.invalid/<corpus>/<id>.
	URL string
	// HTML is the page's bytes, gunzipped.
	HTML []byte
}

// Dirs returns the corpus folders under dir: dir itself when it holds an
// html folder, else its subfolders that do.
func Dirs(dir string) ([]string, error) {
	if _, err := os.Stat(filepath.Join(dir, "html")); err == nil {
		return []string{dir}, nil
	}
	matches, err := filepath.Glob(filepath.Join(dir, "*", "html"))
	if err != nil {
		return nil, err
	}
	if len(matches) == 0 {
		return nil, fmt.Errorf("%s: no corpus (no html folder in it or below it)", dir)
	}
	var dirs []string
	for _, m := range matches {
		dirs = append(dirs, filepath.Dir(m))
	}
	return dirs, nil
}

// Load reads the pages of one corpus folder, sorted by id.
func Load(dir string) ([]Page, error) {
	name := filepath.Base(dir)
	truth := map[string]struct {
		URL string `json:"url"`
	}{}
	if data, err := os.ReadFile(filepath.Join(dir, "ground-truth.json")); err == nil {
		if err := json.Unmarshal(data, &truth); err != nil {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
	}
	files, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var pages []Page
	for _, f := range files {
		html, err := gunzip(f)
		if err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		url := truth[id].URL
		if url == "" {
			url = "http://corpus.invalid/" + name + "/" + id
		}
		pages = append(pages, Page{Corpus: name, ID: id, Path: f, URL: url, HTML: html})
	}
	return pages, nil
}

func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	data, err := io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return data, nil
}

// Charset is the charset a server would send for the page: the encoding
// pith reads it in, "" when pith cannot read it.
func Charset(p Page) string {
	art, err := extract.Extract(bytes.NewReader(p.HTML), extract.Options{})
	if err != nil {
		return ""
	}
	return art.Encoding
}

// Records returns the page as a crawler writes it: the request, the
// response (HTTP 200, text/html with charset when known) and a metadata
// record.
func Records(p Page, charset string) []warctest.Record {
	ct := "text/html"
	if charset != "" {
		ct += "; charset=" + charset
	}
	return []warctest.Record{
		warctest.Request(p.URL),
		warctest.Response(p.URL, 200, ct, p.HTML, "Server: corpus"),
		{Type: "metadata", TargetURI: p.URL, ContentType: "application/warc-fields",
			Block: []byte("via: " + p.Corpus + "/" + p.ID + "\r\n")},
	}
}
