package main

import (
	"bytes"
	"io"
	"net/url"
	"runtime"
	"time"

	readeck "codeberg.org/readeck/go-readability/v2"
	shiori "github.com/go-shiori/go-readability"
	distiller "github.com/markusmobius/go-domdistiller"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/pith-cli/pith/extract"
	"golang.org/x/net/html"
)

// extractor is one contender, called as its users call it: the page's
// bytes and the base URL https://example.com/, its plain-text rendering,
// no readerable pre-check.
type extractor struct {
	name string
	run  func(io.Reader) (string, error)
}

var baseURL, _ = url.Parse("https://example.com/")

func extractors() []extractor {
	return []extractor{
		{"pith", func(r io.Reader) (string, error) {
			a, err := extract.Extract(r, extract.Options{})
			if err != nil {
				return "", err
			}
			return a.Text, nil
		}},
		{"readeck", func(r io.Reader) (string, error) {
			a, err := readeck.FromReader(r, baseURL)
			return readeckText(a, err)
		}},
		{"readeck-core", func(r io.Reader) (string, error) {
			doc, err := html.Parse(r)
			if err != nil {
				return "", err
			}
			p := readeck.NewParser()
			a, err := p.ParseAndMutate(doc, baseURL)
			return readeckText(a, err)
		}},
		{"go-readability", func(r io.Reader) (string, error) {
			a, err := shiori.FromReader(r, baseURL)
			return a.TextContent, err
		}},
		{"go-trafilatura", func(r io.Reader) (string, error) {
			res, err := trafilatura.Extract(r, trafilatura.Options{OriginalURL: baseURL})
			if err != nil {
				return "", err
			}
			return res.ContentText, nil
		}},
		{"go-trafilatura-fallback", func(r io.Reader) (string, error) {
			res, err := trafilatura.Extract(r, trafilatura.Options{OriginalURL: baseURL, EnableFallback: true})
			if err != nil {
				return "", err
			}
			return res.ContentText, nil
		}},
		{"go-domdistiller", func(r io.Reader) (string, error) {
			res, err := distiller.ApplyForReader(r, &distiller.Options{OriginalURL: baseURL})
			if err != nil {
				return "", err
			}
			return res.Text, nil
		}},
	}
}

func readeckText(a readeck.Article, err error) (string, error) {
	if err != nil || a.Node == nil {
		return "", err
	}
	var b bytes.Buffer
	err = a.RenderText(&b)
	return b.String(), err
}

// timeParse times one pass of the bare golang.org/x/net/html.Parse over the
// corpus: the unit of the ratio column.
func timeParse(pages []page) time.Duration {
	runtime.GC()
	start := time.Now()
	for _, p := range pages {
		_, _ = html.Parse(bytes.NewReader(p.HTML))
	}
	return time.Since(start)
}
