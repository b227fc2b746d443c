package main

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/pith-cli/pith/extract"
)

// TestFormatFlags checks which renderings each combination of flags asks
// extraction for, and which combinations are usage errors.
func TestFormatFlags(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		want    extract.RenderOptions
		wantErr string
	}{
		{args: nil, want: extract.RenderOptions{}},
		{args: []string{"-f", "markdown"}, want: extract.RenderOptions{Markdown: true}},
		{args: []string{"-f", "html", "--standalone"}, want: extract.RenderOptions{HTML: true, Standalone: true}},
		{args: []string{"-f", "json", "--include", "markdown,html"}, want: extract.RenderOptions{Markdown: true, HTML: true}},
		{args: []string{"-f", "json", "--include", "markdown", "--front-matter"}, want: extract.RenderOptions{Markdown: true, FrontMatter: true}},
		{args: []string{"--links=false", "--images=false", "--tables=false"}, want: extract.RenderOptions{NoLinks: true, NoImages: true, NoTables: true}},
		{args: []string{"--include", "markdown"}, wantErr: "--include adds fields to -f json"},
		{args: []string{"--metadata-only", "--include", "html"}, wantErr: "--include adds fields to -f json"},
		{args: []string{"-f", "json", "--include", "pdf"}, wantErr: `unknown rendering "pdf"`},
		{args: []string{"-f", "html", "--front-matter"}, wantErr: "--front-matter applies to Markdown"},
		{args: []string{"-f", "markdown", "--standalone"}, wantErr: "--standalone applies to HTML"},
		{args: []string{"--pretty"}, wantErr: "--pretty applies to JSON"},
		{args: []string{"-f", "JSON", "--pretty"}, want: extract.RenderOptions{}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var opts *Options
			cmd := newRootCmd(context.Background(), streams{}, func(o *Options) error { opts = o; return nil })
			cmd.SetArgs(tc.args)
			if err := cmd.Execute(); err != nil {
				t.Fatal(err)
			}
			st, err := opts.validate()
			var usage *usageError
			switch {
			case tc.wantErr != "":
				if !errors.As(err, &usage) || !strings.Contains(err.Error(), tc.wantErr) {
					t.Errorf("error %v, want a usage error with %q", err, tc.wantErr)
				}
			case err != nil:
				t.Errorf("unexpected error %v", err)
			case st.extract.Render != tc.want:
				t.Errorf("renderings %+v, want %+v", st.extract.Render, tc.want)
			}
		})
	}
}

func TestSeparatorsEscapeTheSource(t *testing.T) {
	html := formatHTML.separate(`a"<b>&.html`, "<p>x</p>\n", false)
	if want := "<article data-source=\"a&#34;&lt;b&gt;&amp;.html\">\n<p>x</p>\n</article>\n"; html != want {
		t.Errorf("html wrapper = %q, want %q", html, want)
	}
	md := formatMarkdown.separate("odd-->name\n.html", "# T\n", true)
	if want := "\n<!-- pith: odd-%2D>name%0A.html -->\n# T\n"; md != want {
		t.Errorf("markdown separator = %q, want %q", md, want)
	}
	if text := formatText.separate("a.html", "body\n", true); text != "\n==> a.html <==\nbody\n" {
		t.Errorf("text separator = %q", text)
	}
}

// Each format carries its name, its extension under -o and its document;
// -f finds it in any case.
func TestFormatsCarryTheirParts(t *testing.T) {
	a := &extract.Article{Text: "t\n", Markdown: "m\n", HTML: "<p>h</p>\n"}
	for _, tc := range []struct {
		name, ext, doc string
	}{
		{"text", ".txt", "t\n"}, {"json", ".json", ""}, {"markdown", ".md", "m\n"}, {"html", ".html", "<p>h</p>\n"},
	} {
		f, ok := parseFormat(strings.ToUpper(tc.name))
		if !ok || f.name != tc.name || f.ext != tc.ext {
			t.Fatalf("parseFormat(%q) = %v, %v; want %s with %s", strings.ToUpper(tc.name), f, ok, tc.name, tc.ext)
		}
		if (f.document == nil) != (f == formatJSON) || f.document != nil && f.document(a) != tc.doc {
			t.Errorf("%s: document wrong", tc.name)
		}
	}
	if _, ok := parseFormat("yaml"); ok {
		t.Error("parseFormat(yaml) found a format")
	}
}
