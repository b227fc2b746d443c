package render

import (
	"testing"

	"github.com/pith-cli/pith/internal/dom/domtest"
)

// TestSanitize checks what the sanitizer keeps, rewrites, unwraps and
// drops, element by element.
func TestSanitize(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"allowed elements and attributes stay",
			`<p id="intro" title="An intro" lang="en" dir="rtl">A <em>b</em> <a href="https://x.example/a?b=1#c">c</a></p>`,
			`<p id="intro" title="An intro" lang="en" dir="rtl">A <em>b</em> <a href="https://x.example/a?b=1#c">c</a></p>`},
		{"unknown elements give up their tags, not their text",
			`<custom-el data-x="1"><font color="red">red</font> <center>mid</center></custom-el>`, `red mid`},
		{"scripts, styles, frames, objects and noscripts go with their content",
			`a<script>s()</script><style>p{}</style><iframe src="/f">if</iframe><object data="/o">obj</object><noscript>ns</noscript><noembed>ne</noembed>b`,
			`ab`},
		{"comments go", `a<!-- note -->b`, `ab`},
		{"an id must be one name, whole",
			`<p id="fn-1">a</p><p id="x y">b</p><p id="note&quot;&gt;">c</p><p id="&lt;b&gt;top">d</p>`,
			`<p id="fn-1">a</p><p>b</p><p>c</p><p>d</p>`},
		{"event handlers, styles, classes and unknown attributes go",
			`<p onclick="x()" style="color:red" class="lead" data-id="3" aria-label="l">t</p>`, `<p>t</p>`},
		{"a link without a safe address is its text, or keeps only its title",
			`<a href="javascript:x()">js</a> <a name="anchor">named</a> <a href="javascript:x()" title="t">titled</a>`,
			`js named <a title="t">titled</a>`},
		{"relative, mailto and http addresses stay, parsed",
			`<a href=" /guide ">g</a><a href="mailto:a@b.example">m</a><a href="HTTP://x.example/ü">u</a>`,
			`<a href="/guide">g</a><a href="mailto:a@b.example">m</a><a href="http://x.example/%C3%BC">u</a>`},
		{"addresses with white space or controls inside are refused",
			"<a href=\"java\tscript:x()\">t</a><a href=\"/a b\">s</a><a href=\"\x01javascript:x()\">c</a>", `tsc`},
		{"other schemes are refused",
			`<a href="vbscript:x">v</a><a href="ftp://x.example/f">f</a><a href="file:///etc/passwd">l</a><a href="data:text/html,x">d</a>`,
			`vfld`},
		{"a data: image stays as an image's source only",
			`<img src="data:image/png;base64,iVBORw0KGgo=" alt="px"><a href="data:image/png;base64,iVBORw0KGgo=">link</a>`,
			`<img src="data:image/png;base64,iVBORw0KGgo=" alt="px"/>link`},
		{"a data: image must be base64 of an image type",
			`<img src="data:image/png;base64,***" alt="bad"><img src="data:text/plain;base64,aGk=" alt="text">`,
			`<img alt="bad"/><img alt="text"/>`},
		{"an image without any attribute left goes",
			`x<img src="javascript:x()" onerror="y()">y`, `xy`},
		{"image and table attributes are checked by value",
			`<img src="a.png" width="100" height="50%" align="LEFT" alt="A (cat)"><table width="wide" summary="s"><tr><td colspan="2" rowspan="x" scope="row" align="center">c</td></tr></table>`,
			`<img src="a.png" width="100" height="50%" align="LEFT" alt="A (cat)"/><table summary="s"><tbody><tr><td colspan="2" scope="row" align="center">c</td></tr></tbody></table>`},
		{"a code block keeps the class naming its language, only",
			`<pre class="highlight language-go x"><code class="lang-c++ y">c</code></pre><code class="kw">k</code>`,
			`<pre class="language-go"><code class="lang-c++">c</code></pre><code>k</code>`},
		{"details, time, quotes and edits keep their attributes",
			`<details open><summary>s</summary>d</details><time datetime="2024-03-09T10:00:00Z">t</time><q cite="/src">q</q><del cite="/why" datetime="2024">d</del>`,
			`<details open=""><summary>s</summary>d</details><time datetime="2024-03-09T10:00:00Z">t</time><q cite="/src">q</q><del cite="/why" datetime="2024">d</del>`},
		{"an svg or math element gives up its tags; a link inside becomes an HTML link",
			`<svg viewBox="0 0 1 1"><title>t</title><a href="/s" xlink:href="/x">s</a></svg><math><mi>x</mi></math>`,
			`<a href="/s">s</a>x`},
		{"forms, embeds and document-level elements give up their tags",
			`<form action="/f"><label>l</label><input name="n"><button formaction="/b">b</button><select><option>o</option></select></form><embed src="/e"><base href="/b"><meta http-equiv="refresh" content="0"><link rel="stylesheet" href="/c">`,
			`lbo`},
	} {
		root := domtest.Body(t, tc.in)
		Sanitize(root)
		got, err := RenderChildren(root)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("%s:\n in  %s\n got %s\nwant %s", tc.name, tc.in, got, tc.want)
		}
	}
}
