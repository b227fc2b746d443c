package render

import (
	"net/url"
	"path"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/lexicon"
)

// Image sources. Pages that load images lazily leave the real address in
// an attribute a script reads (data-src, data-srcset, data-lazy-src,
// data-original…), in a <picture>'s <source> elements, in a <noscript>
// copy of the image beside it, or in an <amp-img>, and put a placeholder
// (a tiny data: URL, a "placeholder.svg", a spacer gif) in src. Every
// format reads an image's address from ImageSource, so the Markdown, the
// HTML and the JSON images agree.

// srcAttrs are the attributes that hold one address, in the order they are
// tried: the standard one first, then the lazy loaders' names.
var srcAttrs = []string{"src", "data-src", "data-lazy-src", "data-original", "data-lazy",
	"data-hi-res-src", "data-full-src", "data-orig-src", "data-actualsrc"}

// srcsetAttrs are the attributes that hold a srcset's candidate list.
var srcsetAttrs = []string{"srcset", "data-srcset", "data-lazy-srcset", "data-original-set"}

// minDataURLPayload is the shortest data: URL payload taken for an image:
// shorter ones are tracking pixels and placeholders (a 1×1 GIF is about 60
// base64 characters); readability draws the same line.
const minDataURLPayload = 133

// ImageSource returns the best real address of an image element (img,
// amp-img, picture, or a picture's img): the widest candidate of its
// srcset, else the first address among src and the lazy loaders'
// attributes that is not a placeholder, else the widest of its picture's
// sources, else the image in a <noscript> beside it; a data: URL only
// when nothing else is found and it is not a pixel. Relative addresses of
// the lazy loaders' attributes are resolved against base (readability
// resolved the standard ones), except a local save's (see IsLocalAsset),
// which stay as written. It returns "" when the image has no real source.
func ImageSource(n *html.Node, base *url.URL) string {
	img := n
	if n.DataAtom == atom.Picture {
		img = dom.FindFirst(n, isImgElement)
	}
	var fallback string // a data: URL, taken only when nothing else is found
	var best candidate
	if img != nil {
		best = widest([]*html.Node{img}, &fallback)
		for _, key := range srcAttrs {
			if v := strings.TrimSpace(dom.Attr(img, key)); best.url == "" && realSource(v, &fallback) {
				best = candidate{v, img, key}
			}
		}
	}
	if pic := pictureOf(n); pic != nil && best.url == "" {
		// The picture's sources, when its img has nothing real: they may
		// be in formats some readers lack, the img is everyone's.
		var sources []*html.Node
		for c := pic.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Source {
				sources = append(sources, c)
			}
		}
		best = widest(sources, &fallback)
	}
	if best.url == "" && img != nil {
		best.url = noscriptSource(img, &fallback)
	}
	if !strings.Contains(best.url, ":") || strings.HasPrefix(strings.ToLower(best.url), "http") {
		// A browser reads a web address's backslashes as slashes.
		best.url = strings.ReplaceAll(best.url, `\`, "/")
	}
	switch {
	case best.url == "":
		return fallback
	case best.standard():
		return best.url // as the page, or readability resolving it, wrote it
	}
	return absolute(base, best.url)
}

// candidate is an image's address and where it was read.
type candidate struct {
	url string
	el  *html.Node
	key string
}

// standard reports an address from the standard attributes of an img or
// a source, which readability resolves (and a page's own links leave
// relative when the page has no address).
func (c candidate) standard() bool {
	return c.el != nil && (c.el.DataAtom == atom.Img || c.el.DataAtom == atom.Source) && (c.key == "src" || c.key == "srcset")
}

// widest returns the real candidate of the elements' srcsets with the
// largest width (or density), the first one of equals; none when none.
func widest(elements []*html.Node, fallback *string) candidate {
	var best candidate
	bestWidth := -1.0
	for _, el := range elements {
		for _, key := range srcsetAttrs {
			for _, c := range parseSrcset(dom.Attr(el, key)) {
				if c.width > bestWidth && realSource(c.url, fallback) {
					best, bestWidth = candidate{c.url, el, key}, c.width
				}
			}
		}
	}
	return best
}

// isImgElement reports an img or amp-img element.
func isImgElement(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Img || n.Data == "amp-img")
}

// pictureOf returns the <picture> that n is or is the image of.
func pictureOf(n *html.Node) *html.Node {
	if n.DataAtom == atom.Picture {
		return n
	}
	if p := n.Parent; p != nil && p.DataAtom == atom.Picture {
		return p
	}
	return nil
}

// noscriptSource returns the address of the image inside a <noscript>
// next to img (or next to its picture), the copy a lazy loader's page
// leaves for readers without scripts.
func noscriptSource(img *html.Node, fallback *string) string {
	at := img
	if p := pictureOf(img); p != nil {
		at = p
	}
	for _, s := range []*html.Node{dom.NextElement(at), dom.PrevElement(at)} {
		if s == nil || s.DataAtom != atom.Noscript {
			continue
		}
		inner := noscriptImage(s)
		if inner == nil {
			continue
		}
		if src := ImageSource(inner, nil); src != "" && realSource(src, fallback) {
			return src
		}
	}
	return ""
}

// noscriptImage parses a <noscript>'s text (the parser keeps it raw when
// scripting is on) and returns the first image in it, or nil.
func noscriptImage(ns *html.Node) *html.Node {
	text := dom.TextOf(ns)
	if !strings.Contains(strings.ToLower(text), "<img") && !strings.Contains(strings.ToLower(text), "<amp-img") {
		if img := dom.FindFirst(ns, isImgElement); img != nil {
			return img // parsed as elements (scripting off)
		}
		return nil
	}
	nodes, err := html.ParseFragment(strings.NewReader(text), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return nil
	}
	for _, n := range nodes {
		if isImgElement(n) {
			return n
		}
		if img := dom.FindFirst(n, isImgElement); img != nil {
			return img
		}
	}
	return nil
}

// realSource reports whether v is an image's real address: not empty, not
// a placeholder's file, and not a data: URL (a data: URL long enough to be
// an image rather than a pixel is kept in fallback, the first one only).
func realSource(v string, fallback *string) bool {
	v = strings.TrimSpace(v)
	if v == "" || v == "#" || strings.HasPrefix(strings.ToLower(v), "about:") || strings.HasPrefix(strings.ToLower(v), "javascript:") {
		return false
	}
	if strings.HasPrefix(strings.ToLower(v), "data:") {
		if *fallback == "" && isDataImage(v) {
			*fallback = v
		}
		return false
	}
	if _, ok := allowedURL("img", strings.ReplaceAll(v, " ", "%20")); !ok {
		return false // not an address (a script's text), or one no format may print
	}
	return !IsPlaceholder(v)
}

// isDataImage reports a data: URL that holds an image bigger than a pixel.
func isDataImage(v string) bool {
	head, payload, ok := strings.Cut(v, ",")
	if !ok || !strings.HasPrefix(strings.ToLower(head), "data:image/") {
		return false
	}
	if strings.Contains(strings.ToLower(head), "svg") && !strings.Contains(head, "base64") {
		return false // an inline SVG's markup: the lazy loaders' empty box
	}
	return len(payload) >= minDataURLPayload
}

// placeholderWords are the file names, cut into words, that image
// placeholders and spacers recur with across sites and lazy loaders.
var placeholderWords = map[string]bool{"placeholder": true, "blank": true, "spacer": true, "pixel": true,
	"transparent": true, "lazy": true, "lazyload": true, "loading": true, "loader": true, "1x1": true,
	"empty": true, "dummy": true, "clear": true, "grey": true, "gray": true, "trans": true}

// IsPlaceholder reports an address whose file name says it is a
// placeholder, spacer or loading image ("placeholder.svg", "blank.gif",
// "lazy-load.png", "1x1.gif"): every word of the name before its extension
// is one of placeholderWords, or the name is a pixel ("pixel.gif").
func IsPlaceholder(v string) bool {
	if u, err := url.Parse(v); err == nil {
		v = u.Path
	}
	name := strings.ToLower(path.Base(v))
	if ext := path.Ext(name); ext != "" {
		name = strings.TrimSuffix(name, ext)
	}
	words := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == ' ' })
	if len(words) == 0 {
		return false
	}
	named := false
	for _, w := range words {
		switch {
		case placeholderWords[w]:
			named = true
		case w != "image" && w != "img" && w != "load" && w != "default":
			return false
		}
	}
	return named
}

// srcsetCandidate is one address of a srcset and its width (or density,
// scaled so that any width descriptor outranks it).
type srcsetCandidate struct {
	url   string
	width float64
}

// parseSrcset reads a srcset's candidates: "a.jpg 480w, b.jpg 960w" or
// "a.jpg 1x, b.jpg 2x". A width ranks by its pixels; a density (or no
// descriptor, 1x) ranks below every width.
func parseSrcset(s string) []srcsetCandidate {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var out []srcsetCandidate
	for s != "" {
		s = strings.TrimLeft(s, " \t\n\r\f,")
		end := strings.IndexAny(s, " \t\n\r\f")
		if end < 0 {
			end = len(s)
		}
		u := s[:end]
		s = s[end:]
		desc := ""
		if !strings.HasSuffix(u, ",") {
			d, rest, _ := strings.Cut(s, ",")
			desc, s = strings.TrimSpace(d), rest
		} else {
			u = strings.TrimRight(u, ",")
		}
		if u == "" {
			continue
		}
		c := srcsetCandidate{url: u, width: 0}
		switch {
		case strings.HasSuffix(desc, "w"):
			if w, err := strconv.ParseFloat(strings.TrimSuffix(desc, "w"), 64); err == nil {
				c.width = 1000 + w
			}
		case strings.HasSuffix(desc, "x"):
			if x, err := strconv.ParseFloat(strings.TrimSuffix(desc, "x"), 64); err == nil && x < 1000 {
				c.width = x
			}
		default:
			c.width = 1
		}
		out = append(out, c)
	}
	return out
}

// absolute resolves ref against base, except a local save's reference and
// what does not parse, which stay as written.
func absolute(base *url.URL, ref string) string {
	if base == nil || IsLocalAsset(ref) {
		return ref
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return base.ResolveReference(u).String()
}

// IsLocalAsset reports a reference into the folder that a browser's "Save
// Page As…, complete" writes beside the page: relative (no scheme, host or
// leading "/"), its first folder named "<stem>_files". Such references
// point to files on the reader's disk, not on the site, so they are never
// resolved against the page's address.
func IsLocalAsset(ref string) bool {
	ref = strings.TrimSpace(ref)
	for strings.HasPrefix(ref, "./") {
		ref = ref[2:]
	}
	if ref == "" || strings.HasPrefix(ref, "/") || strings.HasPrefix(ref, "../") {
		return false
	}
	first, _, ok := strings.Cut(ref, "/")
	if !ok || strings.ContainsAny(first, ":?#") {
		return false // a scheme, or no folder at all
	}
	stem, ok := strings.CutSuffix(first, "_files")
	return ok && stem != ""
}

// isTrackingPixel reports an image declared 1×1 (or 0): a counter, not a
// picture.
func isTrackingPixel(n *html.Node) bool {
	w, h := dom.Attr(n, "width"), dom.Attr(n, "height")
	return (w == "1" || w == "0") && (h == "1" || h == "0")
}

// resolveImages gives every image of the tree its real source (see
// ImageSource) as a plain <img src>: an <amp-img> or a <picture> becomes
// that <img>, the lazy loaders' attributes and srcsets go (the printed
// address is the chosen one), and an image without a real source, or a
// tracking pixel, is removed, so that no format prints an image without an
// address or with a placeholder's.
func resolveImages(root *html.Node, base *url.URL) {
	var images, unprinted []*html.Node
	for n := range dom.Elements(root) {
		if n.DataAtom == atom.Picture || isImgElement(n) && pictureOf(n) == nil {
			images = append(images, n)
		}
	}
	for _, n := range images {
		src := ""
		if !isTrackingPixel(n) {
			src = ImageSource(n, base)
		}
		if src == "" {
			// Left in place, without a source, until the captions are
			// judged: a caption beside it is beside media not printed.
			n.Attr = nil
			unprinted = append(unprinted, n)
			continue
		}
		img := n
		if n.DataAtom != atom.Img {
			// A picture or an amp-img (whose children are its fallbacks
			// and placeholders) becomes one plain, empty img.
			from := n
			if n.DataAtom == atom.Picture {
				from = dom.FindFirst(n, isImgElement)
			}
			img = &html.Node{Type: html.ElementNode, Data: "img", DataAtom: atom.Img}
			if from != nil {
				img.Attr = from.Attr
			}
			n.Parent.InsertBefore(img, n)
			n.Parent.RemoveChild(n)
		}
		img.Attr = imageAttributes(img.Attr, src)
		if ns := dom.NextElement(img); ns != nil && ns.DataAtom == atom.Noscript && noscriptImage(ns) != nil {
			ns.Parent.RemoveChild(ns) // its copy of the image is the one printed
		}
	}
	dropOrphanCaptions(root)
	for _, n := range unprinted {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// dropEmptyLinks removes the links left with nothing to show: no text and
// no image (an image without a real source went, or the link held only an
// icon). The formats would print them as "[](…)", an address the reader
// never saw a link for. An anchor without an address, the target of the
// page's own links, stays.
func dropEmptyLinks(root *html.Node) {
	var empty []*html.Node
	for n := range dom.Elements(root) {
		if n.DataAtom == atom.A && dom.Attr(n, "href") != "" && !dom.HasText(n) && dom.FindFirst(n, holdsMedia) == nil {
			empty = append(empty, n)
		}
	}
	for _, n := range empty {
		dom.RemoveNode(n)
	}
}

// imageAttributes keeps an image's attributes but its sources, and sets
// src.
func imageAttributes(attrs []html.Attribute, src string) []html.Attribute {
	kept := []html.Attribute{{Key: "src", Val: src}}
	for _, a := range attrs {
		if a.Key == "src" || a.Key == "sizes" || isSourceAttr(a.Key) {
			continue
		}
		kept = append(kept, a)
	}
	return kept
}

// isSourceAttr reports an attribute that holds an image's address.
func isSourceAttr(key string) bool {
	for _, list := range [][]string{srcAttrs, srcsetAttrs} {
		for _, k := range list {
			if k == key {
				return true
			}
		}
	}
	return false
}

// dropOrphanCaptions removes the captions and credits (the lines the text
// leaves out as such, see skipInText) that describe no printed media: the
// image they described has no real source (it is still in the tree, without
// one, while this runs), and a caption must not outlive its image.
// Figures are dropBareFigures' work.
func dropOrphanCaptions(root *html.Node) {
	var orphans []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom == atom.Figure {
				continue
			}
			if isCaptionLine(c) {
				// A caption by its markup goes unless it describes printed
				// media; a line that only reads like a credit goes only
				// beside media that are not printed (it may be prose).
				if found, printed := mediaBeside(c); !printed && (found || isCaptionByMarkup(c)) {
					orphans = append(orphans, c)
				}
				continue
			}
			walk(c)
		}
	}
	walk(root)
	for _, n := range orphans {
		dom.RemoveNode(n)
	}
}

// isCaptionLine reports an element that text leaves out as a caption or
// a credit: a figcaption outside a figure, a caption or credit by its
// class, or a short photo credit line.
func isCaptionLine(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Figcaption:
		return !proseCaption(n)
	case atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Svg, atom.Video, atom.Audio, atom.Canvas,
		atom.Table, atom.Ul, atom.Ol, atom.Pre, atom.Blockquote:
		return false
	}
	if n.DataAtom == atom.Cite && !nextToMedia(n) {
		return false // a quotation's source
	}
	if dom.FindFirst(n, holdsMedia) != nil {
		return false // a wrapper of the media and their credit, whose text is the credit's
	}
	if CountWords(dom.TextOf(n)) > maxCaptionWords || dom.FindFirst(n, isHeading) != nil {
		return false // a teaser or a section that a class name calls a credit holds more than a caption
	}
	return skipInText(n) && !dom.IsHidden(n) && dom.HasText(n)
}

// maxCaptionWords bounds a caption with its credit.
const maxCaptionWords = 80

// isHeading reports a heading element.
func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// mediaBeside reports whether the caption n stands beside media (an
// image, printed or not, a video, an audio, an embed), and whether the
// formats print them: the nearest element before it that shows anything
// (other captions and credits aside), or, when that element is text
// rather than media, the nearest one after it. A caption wrapped on its
// own looks from its wrapper.
func mediaBeside(n *html.Node) (found, printed bool) {
	holds := func(s *html.Node) bool { return isPrintedMedia(s) || dom.FindFirst(s, isPrintedMedia) != nil }
	media := func(s *html.Node) bool { return holdsMedia(s) || dom.FindFirst(s, holdsMedia) != nil }
	// nearest skips, in one direction, the elements with nothing to show
	// and the other captions and credits of the same media.
	nearest := func(s *html.Node, step func(*html.Node) *html.Node) *html.Node {
		for s != nil && (!dom.HasText(s) && !media(s) || isCaptionLine(s)) {
			s = step(s)
		}
		return s
	}
	for at := n; at != nil && at.Type == html.ElementNode; at = at.Parent {
		prev := nearest(dom.PrevElement(at), dom.PrevElement)
		if prev != nil && media(prev) {
			return true, holds(prev) // the media it follows
		}
		next := nearest(dom.NextElement(at), dom.NextElement)
		if next != nil && media(next) {
			return true, holds(next)
		}
		if prev != nil || next != nil {
			break // only captions alone in their wrapper look one level up
		}
	}
	return false, false
}

// isCaptionByMarkup reports a caption or credit that its markup names so:
// a figcaption, or a class that says caption, credit or copyright.
func isCaptionByMarkup(n *html.Node) bool {
	if n.DataAtom == atom.Figcaption {
		return true
	}
	for w := range lexicon.NameWordsOf(dom.Attr(n, "class")) {
		switch w {
		case "caption", "credit", "credits", "figcaption", "copyright":
			return true
		}
	}
	return false
}

// holdsMedia reports an element that is media, printed or not.
func holdsMedia(n *html.Node) bool {
	return n.Type == html.ElementNode && (isImgElement(n) || n.DataAtom == atom.Picture || n.DataAtom == atom.Figure ||
		n.DataAtom == atom.Video || n.DataAtom == atom.Audio || n.DataAtom == atom.Iframe || n.DataAtom == atom.Embed ||
		n.DataAtom == atom.Object || n.DataAtom == atom.Svg || isMath(n))
}

// isPrintedMedia reports media that survive to the output.
func isPrintedMedia(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Img:
		return dom.Attr(n, "src") != ""
	case atom.Video, atom.Audio, atom.Iframe, atom.Embed, atom.Object, atom.Svg, atom.Math:
		return true
	}
	return false
}
