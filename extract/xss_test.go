package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/net/html"

	"github.com/pith-cli/pith/internal/dom"
)

// TestXSSPageIsSanitized extracts the page full of XSS vectors and checks
// that neither the HTML nor the Markdown (rendered back to HTML, raw HTML
// allowed) carries any of them, and that no script marker of the page
// survives except in the text that only looks like markup.
func TestXSSPageIsSanitized(t *testing.T) {
	src := filepath.Join(pagesDir, "xss", "source.html")
	page, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	markers := scriptMarkers(string(page))
	if len(markers) < 20 {
		t.Fatalf("the XSS page should hold many vectors, found %d markers", len(markers))
	}
	for _, standalone := range []bool{false, true} {
		art := extractFile(t, src, Options{Render: RenderOptions{Markdown: true, HTML: true, Standalone: standalone}})
		outputs := map[string]string{"html": art.HTML, "markdown": art.Markdown, "markdown as html": markdownToHTML(t, art.Markdown)}
		for name, out := range outputs {
			if standalone && name != "html" {
				continue
			}
			for _, problem := range unsafeMarkup(t, out, standalone) {
				t.Errorf("%s (standalone %v): %s", name, standalone, problem)
			}
			for _, m := range markers {
				if !strings.HasPrefix(m, "text-") && strings.Contains(out, m) {
					t.Errorf("%s (standalone %v) still holds the vector marked %q", name, standalone, m)
				}
			}
		}
	}
}

// TestSanitizerRemovesVectors feeds vectors straight to the renderers,
// without readability in between, so the sanitizer alone must stop them.
func TestSanitizerRemovesVectors(t *testing.T) {
	vectors := []string{
		`<script>alert('v-script')</script>`,
		`<style>p{color:red}</style><p style="background:url(javascript:alert('v-style'))">styled</p>`,
		`<iframe src="https://evil.example/v-iframe"></iframe>`,
		`<iframe srcdoc="<script>alert('v-srcdoc')</script>"></iframe>`,
		`<object data="https://evil.example/v-object.swf"></object><embed src="https://evil.example/v-embed.swf">`,
		`<form action="https://evil.example/v-form"><input name="pw"><button formaction="javascript:alert('v-button')">Go</button></form>`,
		`<svg onload="alert('v-svg')"><circle r="1"/></svg>`,
		`<math><mtext><a href="javascript:alert('v-math')">m</a></mtext></math>`,
		`<base href="https://evil.example/v-base/"><a href="relative">r</a>`,
		`<a href="javascript:alert('v-js')">a</a><a href="JAVASCRIPT:alert('v-js-case')">b</a>`,
		`<a href="jav&#x61;script:alert('v-js-entity')">c</a><a href="java&#x0A;script:alert('v-js-newline')">d</a>`,
		`<a href="&#x20;javascript:alert('v-js-space')">e</a><a href="vbscript:msgbox('v-vbs')">f</a>`,
		`<a href="data:text/html,<script>alert('v-data-link')</script>">g</a>`,
		`<a href="data:image/png;base64,iVBORw0KGgo=">v-data-image-link</a>`,
		`<img src="x" onerror="alert('v-onerror')"><img src="javascript:alert('v-img-js')">`,
		`<p onclick="alert('v-onclick')" onmouseover="alert('v-hover')">p</p>`,
		`<details open ontoggle="alert('v-toggle')"><summary>s</summary>d</details>`,
		`<meta http-equiv="refresh" content="0;url=javascript:alert('v-meta')">`,
		`<blockquote cite="javascript:alert('v-cite')">q</blockquote>`,
		`<video poster="javascript:alert('v-poster')"><source src="x" onerror="alert('v-source')"></video>`,
		`<a href="JaVaScRiPt:alert('v-mixed-case')">h</a><a href="&#106;avascript:alert('v-decimal-j')">i</a>`,
		`<a href="&#0000106;&#0000097;vascript:alert('v-padded-decimal')">j</a><a href="javascript&colon;alert('v-colon-entity')">k</a>`,
		`<a href="&#x01;javascript:alert('v-control-prefix')">l</a><a href="&#x0B;javascript:alert('v-vtab-prefix')">m</a>`,
		`<a href="java&#x09;script:alert('v-tab-inside')">n</a><a href="&#x0D;&#x0A;javascript:alert('v-crlf-prefix')">o</a>`,
		`<a href="&#x7F;javascript:alert('v-del-prefix')">p</a><a href="javascript:alert('v-trailing-space') ">q</a>`,
		`<img srcset="javascript:alert('v-srcset') 1x, x.png 2x" src="ok.png"><picture><source srcset="javascript:alert('v-source-srcset')"><img src="pic.png"></picture>`,
		`<svg><a xlink:href="javascript:alert('v-svg-xlink')"><text>svg link</text></a><animate attributeName="href" to="javascript:alert('v-svg-animate')"/></svg>`,
		`<svg><foreignObject><p onclick="alert('v-foreign')">f</p></foreignObject><use href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=#x"/></svg>`,
		`<math href="javascript:alert('v-math-href')"><mi xlink:href="javascript:alert('v-math-xlink')">x</mi></math>`,
		`<button formaction="javascript:alert('v-formaction')">b</button><input type="image" formaction="javascript:alert('v-input-formaction')">`,
		`<p onmouseenter="alert('v-onmouseenter')" ONCLICK="alert('v-onclick-upper')" onanimationend="alert('v-onanimationend')">events</p>`,
		`<base href="javascript:alert('v-base-js')//"><a href="/relative">rel</a>`,
		`<meta http-equiv="refresh" content="0;url=https://evil.example/v-meta-redirect"><meta charset="x" http-equiv="Set-Cookie" content="v=1">`,
		`<object data="javascript:alert('v-object-js')"><param name="src" value="javascript:alert('v-param')"><embed src="javascript:alert('v-embed-js')"></object>`,
		`<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" type="text/html"><applet code="v-applet">applet</applet>`,
		`<img src="data:text/html;base64,PHNjcmlwdD48L3NjcmlwdD4=" alt="v-data-html-image"><img src="data:image/png;base64,!!!" alt="bad base64">`,
		`<a href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">v-data-svg-link</a><blockquote cite="data:image/png;base64,iVBORw0KGgo=">dq</blockquote>`,
		`<noscript><p title="</noscript><img src=x onerror=alert('v-noscript-mxss')>"></p></noscript>`,
		`<template><script>alert('v-template')</script></template><noembed><img src=x onerror=alert('v-noembed')></noembed>`,
		`<table background="javascript:alert('v-table-bg')"><tr><td background="javascript:alert('v-td-bg')">cell</td></tr></table>`,
		`<!-- <script>alert('v-comment')</script> --><p>after a comment</p>`,
		`<div style="width: expression(alert('v-expression'))" class="x">styled</div><font style="x" color="red">font</font>`,
	}
	for _, v := range vectors {
		body := parseBody(t, "<p>Before the vector.</p>"+v+"<p>After the vector.</p>")
		art := &Article{Title: "Vectors"}
		h, err := renderHTML(art, body, RenderOptions{})
		if err != nil {
			t.Fatal(err)
		}
		md, err := renderMarkdown(art, body, RenderOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for name, out := range map[string]string{"html": h, "markdown as html": markdownToHTML(t, md)} {
			for _, problem := range unsafeMarkup(t, out, false) {
				t.Errorf("%s of %s: %s", name, v, problem)
			}
			for _, m := range scriptMarkers(v) {
				if strings.Contains(out, m) {
					t.Errorf("%s of %s still holds %q:\n%s", name, v, m, out)
				}
			}
			if !strings.Contains(out, "After the vector.") {
				t.Errorf("%s of %s lost the text after it:\n%s", name, v, out)
			}
		}
		if strings.Contains(h, "evil.example") || strings.Contains(md, "evil.example") {
			t.Errorf("%s: an address of the vector survives:\n%s\n%s", v, h, md)
		}
	}
}

// TestSanitizerKeepsDataImages checks that data: URLs stay allowed for
// images bigger than a tracking pixel (an 8×8 PNG).
func TestSanitizerKeepsDataImages(t *testing.T) {
	const png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAr0lEQVR42g3IIQ7CMBiA0S+pWYMkwaAm6iZp5iom/wQ/j6ugoicgmURWzVTNY3sB5FQlqeUa8OQDMCAQIEGBBuq/WIw9iD0F2yc7FDs2Oyl7BY/xJ/FD8FPyc/H35hflV8iY3EueQr6lvJS8tfxW+QsVUwepc6hLqq9SP612ql5AY/Qo+h70lvSn6GPTovQDHMZN4pbg3sl1xUlzT+V2iJh4lbiG+E3xUuKjxV3F8w/i4kJxiAf0OgAAAABJRU5ErkJggg=="
	body := parseBody(t, `<p>A small picture: <img src="`+png+`" alt="small picture"></p>`)
	art := &Article{}
	h, _ := renderHTML(art, body, RenderOptions{})
	md, _ := renderMarkdown(art, body, RenderOptions{})
	if !strings.Contains(h, `src="`+png+`"`) {
		t.Errorf("html lost the data: image:\n%s", h)
	}
	if !strings.Contains(md, "![small picture]("+png+")") {
		t.Errorf("markdown lost the data: image:\n%s", md)
	}
}

var rxScriptMarker = regexp.MustCompile(`(?:alert|msgbox)\((?:'|&quot;)([a-z-]+)|evil\.example/(v-[a-z-]+)`)

// scriptMarkers lists the names that the vectors of src carry
// (alert('name'), msgbox('name'), evil.example/name).
func scriptMarkers(src string) []string {
	var markers []string
	for _, m := range rxScriptMarker.FindAllStringSubmatch(src, -1) {
		markers = append(markers, m[1]+m[2])
	}
	return markers
}

// markdownToHTML renders Markdown as a Markdown reader would, passing raw
// HTML through, so unsafe markup left in the Markdown shows up.
func markdownToHTML(t *testing.T, md string) string {
	t.Helper()
	var buf bytes.Buffer
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	if err := gm.Convert([]byte(md), &buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// unsafeMarkup parses an HTML output and lists what could run script or
// send the reader elsewhere: forbidden elements, event handler and style
// attributes, URLs with a scheme other than http, https and mailto (data:
// only as an image's source). A standalone document may have its head's
// meta and link elements.
func unsafeMarkup(t *testing.T, out string, standalone bool) []string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	forbidden := map[string]bool{
		"script": true, "style": true, "iframe": true, "frame": true, "frameset": true, "object": true,
		"embed": true, "applet": true, "form": true, "input": true, "button": true, "textarea": true,
		"select": true, "base": true, "meta": !standalone, "link": !standalone, "svg": true, "math": true,
		"noscript": true, "template": true, "video": true, "audio": true, "source": true,
	}
	var problems []string
	for n := range dom.Elements(doc) {
		if forbidden[n.Data] {
			problems = append(problems, "element <"+n.Data+">")
		}
		for _, a := range n.Attr {
			key := strings.ToLower(a.Key)
			switch {
			case strings.HasPrefix(key, "on"), key == "style", key == "srcdoc", key == "formaction", key == "action":
				problems = append(problems, "attribute "+key+" on <"+n.Data+">")
			case urlAttrs[key] && !safeURL(n.Data, key, a.Val):
				problems = append(problems, key+"="+a.Val+" on <"+n.Data+">")
			}
		}
	}
	return problems
}

var urlAttrs = map[string]bool{"href": true, "src": true, "cite": true, "poster": true, "background": true,
	"data": true, "xlink:href": true, "srcset": true, "action": true, "formaction": true}

// safeURL reads a URL as a browser does (tabs and newlines dropped, leading
// controls and spaces trimmed, scheme in any case) and allows relative
// URLs, http, https and mailto, and data: images as an img's source.
func safeURL(element, key, raw string) bool {
	u := strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, raw)
	u = strings.ToLower(strings.TrimLeft(u, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "))
	scheme, _, found := strings.Cut(u, ":")
	if !found || strings.ContainsAny(scheme, "/?#") {
		return true // relative
	}
	switch scheme {
	case "http", "https", "mailto":
		return true
	case "data":
		return element == "img" && key == "src" && strings.HasPrefix(u, "data:image/")
	}
	return false
}

// TestMarkdownDestinationsStayLiteral renders links and images whose URL is
// harmless in HTML but becomes a script URL once a CommonMark reader
// decodes character references or backslash escapes in the destination;
// goldmark, with raw HTML on, must find no script URL in any href or src.
func TestMarkdownDestinationsStayLiteral(t *testing.T) {
	vectors := []string{
		`<a href="javascript&amp;colon;alert('v-md-colon')">colon</a>`,
		`<a href="javascript&amp;#58;alert('v-md-decimal')">decimal</a>`,
		`<a href="javascript&amp;#x3a;alert('v-md-hex')">hex</a>`,
		`<a href="javascript&amp;#X3A;alert('v-md-hex-upper')">hex upper</a>`,
		`<a href="j&amp;#97;vascript:alert('v-md-letter')">letter</a>`,
		`<a href="&amp;#106;avascript:alert('v-md-first-letter')">first letter</a>`,
		`<a href="&amp;#0000106;avascript&amp;#0058;alert('v-md-padded')">padded</a>`,
		`<a href="javascript\:alert('v-md-backslash')">backslash</a>`,
		`<a href="javascript&amp;Tab;:alert('v-md-tab')">tab</a>`,
		`<a href="vbscript&amp;colon;msgbox('v-md-vbs')">vbs</a>`,
		`<a href="data&amp;colon;text/html,&lt;script&gt;alert('v-md-data')&lt;/script&gt;">data</a>`,
		`<img src="javascript&amp;colon;alert('v-md-img')" alt="img">`,
		`<img src="j&amp;#x61;vascript:alert('v-md-img-hex')" alt="img hex">`,
		`<a href="javascript&amp;colon;alert('v-md-image-link')"><img src="/pic.png" alt="linked image"></a>`,
	}
	for _, v := range vectors {
		body := parseBody(t, "<p>Before the vector.</p><p>"+v+"</p><p>After the vector.</p>")
		md, err := renderMarkdown(&Article{Title: "Vectors"}, body, RenderOptions{})
		if err != nil {
			t.Fatal(err)
		}
		out := markdownToHTML(t, md)
		for _, problem := range unsafeMarkup(t, out, false) {
			t.Errorf("markdown of %s, as goldmark reads it: %s\n%s", v, problem, md)
		}
		if !strings.Contains(out, "After the vector.") {
			t.Errorf("markdown of %s lost the text after it:\n%s", v, md)
		}
	}
	// The "&" between a query's parameters opens no reference: it stays.
	body := parseBody(t, `<p>See <a href="https://example.test/search?q=rain&amp;page=2&amp;copy=1">the results</a>.</p>`)
	md, err := renderMarkdown(&Article{}, body, RenderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md, "(https://example.test/search?q=rain&page=2&copy=1)") {
		t.Errorf("a query's ampersands changed:\n%s", md)
	}
}
