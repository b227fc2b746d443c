package extract

import (
	"net/url"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"

	"github.com/pith-cli/pith/extract/internal/render"
	"github.com/pith-cli/pith/internal/dom"
)

// articleBody is a body with every construct the formats must carry.
const articleBody = `<h2>Setup</h2>
<p>Some <em>emphasis</em>, some <strong>strength</strong> and a <a href="/docs/start">relative link</a>.</p>
<ul><li>Tools<ul><li>Go</li><li>Make</li></ul></li><li>Time</li></ul>
<blockquote><p>Quoted words.</p></blockquote>
<pre class="lang-python"><code>print("hi")
</code></pre>
<pre><code class="highlight language-rust">fn main() {}
</code></pre>
<table><tr><th>City</th><th>Rain</th></tr><tr><td>Ulm</td><td>40 mm</td></tr></table>
<figure><img src="/img/chart.png" alt="A chart"><figcaption>Rain per month.</figcaption></figure>
<p>The end.</p>`

func TestMarkdownConstructs(t *testing.T) {
	md, err := renderMarkdown(&Article{Title: "Rain in Ulm"}, parseBody(t, articleBody), RenderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"# Rain in Ulm\n\n## Setup\n",
		"Some *emphasis*, some **strength** and a [relative link](/docs/start).",
		"- Tools\n  \n  - Go\n  - Make\n- Time",
		"> Quoted words.",
		"```python\nprint(\"hi\")\n```",
		"```rust\nfn main() {}\n```",
		"| City | Rain  |\n|------|-------|\n| Ulm  | 40 mm |",
		"![A chart](/img/chart.png)\n\n_Rain per month._",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if !strings.HasSuffix(md, "The end.\n") || strings.HasSuffix(md, "\n\n") {
		t.Errorf("markdown should end with its last paragraph and one newline:\n%q", md)
	}
}

// TestMarkdownEscaping checks that text with Markdown's special characters
// reads back, through a Markdown renderer, as the same text.
func TestMarkdownEscaping(t *testing.T) {
	for _, text := range []string{
		"# not a heading",
		"Use *stars* and _underscores_ literally.",
		"A [bracketed] word and [a](fake link).",
		"1. not a list item",
		"- not a bullet",
		"> not a quote",
		"Tags: #go #markdown",
		"<b>not bold</b> &amp; not an entity",
	} {
		body := parseBody(t, "<p>"+html.EscapeString(text)+"</p>")
		md, err := renderMarkdown(&Article{Title: text}, body, RenderOptions{})
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(strings.NewReader(markdownToHTML(t, md)))
		if err != nil {
			t.Fatal(err)
		}
		h1 := dom.FindFirst(doc, func(n *html.Node) bool { return n.Data == "h1" })
		p := dom.FindFirst(doc, func(n *html.Node) bool { return n.Data == "p" })
		if h1 == nil || p == nil || h1.NextSibling == nil {
			t.Errorf("%q: want a heading and a paragraph, got:\n%s", text, md)
			continue
		}
		if got := dom.NormalizeSpace(dom.TextOf(h1)); got != text {
			t.Errorf("title %q reads back as %q from:\n%s", text, got, md)
		}
		if got := dom.NormalizeSpace(dom.TextOf(p)); got != text {
			t.Errorf("text %q reads back as %q from:\n%s", text, got, md)
		}
	}
}

func TestHTMLFragmentAndStandalone(t *testing.T) {
	art := &Article{Title: `Rain & "storms"`, Authors: []string{"Ana Ruiz", "Li Wu"}, Language: "en",
		Description: "Rain in <Ulm>", URL: "https://news.example/rain"}
	fragment, err := renderHTML(art, parseBody(t, articleBody), RenderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"<h1>Rain &amp; &#34;storms&#34;</h1>",
		`<pre class="lang-python"><code>print(&#34;hi&#34;)`,
		`<code class="language-rust">`,
		"<th>City</th>",
		`<img src="/img/chart.png" alt="A chart"/>`,
		"<figcaption>Rain per month.</figcaption>",
	} {
		if !strings.Contains(fragment, want) {
			t.Errorf("fragment lacks %q:\n%s", want, fragment)
		}
	}
	if strings.Contains(fragment, "<html") || strings.Contains(fragment, "highlight") {
		t.Errorf("a fragment has no document around it and no styling class:\n%s", fragment)
	}
	doc, err := renderHTML(art, parseBody(t, articleBody), RenderOptions{Standalone: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"<!DOCTYPE html>\n<html lang=\"en\">",
		"<title>Rain &amp; &#34;storms&#34;</title>",
		`<meta name="author" content="Ana Ruiz, Li Wu">`,
		`<meta name="description" content="Rain in &lt;Ulm&gt;">`,
		`<link rel="canonical" href="https://news.example/rain">`,
		"<body>\n<article>\n<h1>",
		"</article>\n</body>\n</html>\n",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("standalone document lacks %q:\n%s", want, doc)
		}
	}
}

func TestToggles(t *testing.T) {
	art := &Article{Title: "Rain"}
	for _, tc := range []struct {
		name      string
		opts      RenderOptions
		gone      []string // in both renderings
		keptMD    []string
		keptHTML  []string
		textGone  []string
		textKept  []string
		textCheck bool
	}{
		{name: "no links", opts: RenderOptions{NoLinks: true},
			gone: []string{"/docs/start", "<a "}, keptMD: []string{"and a relative link."}, keptHTML: []string{"and a relative link."}},
		{name: "no images", opts: RenderOptions{NoImages: true},
			gone: []string{"chart.png", "Rain per month", "<figure"}, keptMD: []string{"The end."}, keptHTML: []string{"The end."}},
		{name: "no tables", opts: RenderOptions{NoTables: true},
			gone: []string{"City", "40 mm"}, keptMD: []string{"> Quoted words."}, keptHTML: []string{"<blockquote>"},
			textGone: []string{"City | Rain", "Ulm | 40 mm"}, textKept: []string{"Quoted words."}, textCheck: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := parseBody(t, articleBody)
			md, err := renderMarkdown(art, body, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			h, err := renderHTML(art, body, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range tc.gone {
				if strings.Contains(md, g) || strings.Contains(h, g) {
					t.Errorf("%q survives:\n%s\n%s", g, md, h)
				}
			}
			assertHolds(t, "markdown", md, tc.keptMD)
			assertHolds(t, "html", h, tc.keptHTML)
			if tc.textCheck {
				text := render.Text(render.ApplyToggles(body, render.Options(tc.opts)))
				assertHolds(t, "text", text, tc.textKept)
				for _, g := range tc.textGone {
					if strings.Contains(text, g) {
						t.Errorf("text keeps %q:\n%s", g, text)
					}
				}
			}
			if full := render.Text(body); !strings.Contains(full, "Ulm | 40 mm") {
				t.Errorf("a toggle changed the article tree itself:\n%s", full)
			}
		})
	}
}

func assertHolds(t *testing.T, name, out string, wants []string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(out, w) {
			t.Errorf("%s lacks %q:\n%s", name, w, out)
		}
	}
}

func TestFrontMatter(t *testing.T) {
	art := &Article{Title: "Rain: a story", Authors: []string{"Ana Ruiz"}, Published: "2024-03-09",
		Tags: []string{"weather"}, WordCount: 120, ReadingTimeMinutes: 1, Text: "body\n"}
	md, err := renderMarkdown(art, parseBody(t, "<p>Body text.</p>"), RenderOptions{FrontMatter: true})
	if err != nil {
		t.Fatal(err)
	}
	head, body, ok := strings.Cut(strings.TrimPrefix(md, "---\n"), "---\n\n")
	if !strings.HasPrefix(md, "---\n") || !ok {
		t.Fatalf("no front matter block:\n%s", md)
	}
	if body != "Body text.\n" {
		t.Errorf("after the front matter want the body only (no title heading), got %q", body)
	}
	var fields map[string]any
	if err := yaml.Unmarshal([]byte(head), &fields); err != nil {
		t.Fatalf("front matter is not YAML: %v\n%s", err, head)
	}
	want := map[string]any{"title": "Rain: a story", "authors": []any{"Ana Ruiz"}, "published": "2024-03-09",
		"tags": []any{"weather"}, "word_count": 120, "reading_time_minutes": 1}
	for k, v := range want {
		if got := fields[k]; !equalYAML(got, v) {
			t.Errorf("%s = %#v, want %#v", k, got, v)
		}
	}
	if _, ok := fields["text"]; ok || len(fields) != len(want) {
		t.Errorf("front matter holds other fields than the metadata: %v", fields)
	}
	if strings.Index(head, "title:") > strings.Index(head, "authors:") {
		t.Errorf("front matter should keep the JSON field order:\n%s", head)
	}
}

func equalYAML(a, b any) bool {
	as, bs := yamlString(a), yamlString(b)
	return as == bs
}

func yamlString(v any) string {
	out, _ := yaml.Marshal(v)
	return string(out)
}

// TestRenderingsFromExtract checks Extract fills only the renderings asked
// for, and resolves links only when the page's URL is known.
func TestRenderingsFromExtract(t *testing.T) {
	page := `<html><head><title>Harbour news</title></head><body><article><h1>Harbour news</h1>
<p>The harbour at Kelmouth reopened to fishing boats on Monday morning, four days after a storm tore loose two pontoons, as the <a href="/notices/14">harbour notice</a> says.</p>
<p>Divers cleared the channel overnight, and the remaining wreckage posed no danger to vessels entering or leaving the port, the harbour master said.</p>
</article></body></html>`
	art, err := Extract(strings.NewReader(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if art.Markdown != "" || art.HTML != "" {
		t.Errorf("renderings that were not asked for: %q %q", art.Markdown, art.HTML)
	}
	art, err = Extract(strings.NewReader(page), Options{Render: RenderOptions{Markdown: true, HTML: true}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(art.Markdown, "[harbour notice](/notices/14)") || !strings.Contains(art.HTML, `href="/notices/14"`) {
		t.Errorf("with no URL known the link should stay as written:\n%s\n%s", art.Markdown, art.HTML)
	}
	base, _ := url.Parse("https://kelmouth.example/news/harbour")
	art, err = Extract(strings.NewReader(page), Options{URL: base, Render: RenderOptions{Markdown: true, HTML: true}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(art.Markdown, "[harbour notice](https://kelmouth.example/notices/14)") ||
		!strings.Contains(art.HTML, `href="https://kelmouth.example/notices/14"`) {
		t.Errorf("with the URL known the link should be absolute:\n%s\n%s", art.Markdown, art.HTML)
	}
	if !strings.HasPrefix(art.Markdown, "# Harbour news\n\nThe harbour") {
		t.Errorf("markdown should open with the title, once:\n%s", art.Markdown)
	}
}

// TestRenderingsInParallel renders from several goroutines at once, as
// the CLI's workers do, so the race detector sees the shared sanitizer.
func TestRenderingsInParallel(t *testing.T) {
	body := parseBody(t, articleBody)
	want, err := renderHTML(&Article{Title: "Rain"}, body, RenderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		t.Run("", func(t *testing.T) {
			t.Parallel()
			got, err := renderHTML(&Article{Title: "Rain"}, body, RenderOptions{})
			if err != nil || got != want {
				t.Errorf("parallel rendering differs: %v\n%s", err, got)
			}
			if _, err := renderMarkdown(&Article{Title: "Rain"}, body, RenderOptions{}); err != nil {
				t.Error(err)
			}
		})
	}
}
