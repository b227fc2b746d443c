package render

import (
	"path"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-cli/pith/internal/dom"
)

// Local saves. A browser's "Save Page As…, complete" writes the page as
// <stem>.html and its images beside it in <stem>_files/, and rewrites the
// page's references to "./<stem>_files/…". Those files are on the
// reader's disk: resolved against the site's address they become
// addresses that never existed. Readability resolves every src, srcset,
// href and poster against the page's address, so the references of that
// shape are noted before it runs and put back after.

// localKeys are the attributes readability resolves.
var localKeys = []string{"src", "srcset", "href", "poster"}

// localMark prefixes the attribute that keeps a local reference as the
// page wrote it while readability runs.
const localMark = "data-pith-local-"

// MarkLocalAssets notes, on each element of the page, the references into
// a local save's folder (see IsLocalAsset) that readability would resolve;
// RestoreLocalAssets puts them back. A page that declares a web <base>
// has its relative references on the site, not on the disk, and is left
// alone.
func MarkLocalAssets(root *html.Node) {
	var marks []*html.Node
	for n := range dom.Elements(root) {
		if n.DataAtom == atom.Base && strings.HasPrefix(strings.ToLower(strings.TrimSpace(dom.Attr(n, "href"))), "http") {
			return
		}
		for _, a := range n.Attr {
			if isLocalKey(a.Key) && hasLocalReference(a.Key, a.Val) {
				marks = append(marks, n)
				break
			}
		}
	}
	for _, n := range marks {
		for _, a := range n.Attr {
			if isLocalKey(a.Key) && hasLocalReference(a.Key, a.Val) {
				n.Attr = append(n.Attr, html.Attribute{Key: localMark + a.Key, Val: a.Val})
			}
		}
	}
}

// MayHoldLocalAssets reports whether the page's markup can hold a local
// save's reference at all, so that MarkLocalAssets walks only such pages.
func MayHoldLocalAssets(page string) bool {
	return strings.Contains(page, "_files/")
}

// RestoreLocalAssets gives the elements of the article the local
// references MarkLocalAssets noted, as the page wrote them.
func RestoreLocalAssets(root *html.Node) {
	if root == nil {
		return
	}
	for n := range dom.Elements(root) {
		kept := n.Attr[:0]
		var restore []html.Attribute
		for _, a := range n.Attr {
			if key, ok := strings.CutPrefix(a.Key, localMark); ok {
				// Only a local reference goes back: a page cannot name its
				// own attribute so to put something else there.
				if isLocalKey(key) && hasLocalReference(key, a.Val) {
					restore = append(restore, html.Attribute{Key: key, Val: a.Val})
				}
				continue
			}
			kept = append(kept, a)
		}
		n.Attr = kept
		for _, r := range restore {
			for i := range n.Attr {
				if n.Attr[i].Key == r.Key {
					n.Attr[i].Val = r.Val
				}
			}
		}
	}
}

func isLocalKey(key string) bool {
	for _, k := range localKeys {
		if k == key {
			return true
		}
	}
	return false
}

// hasLocalReference reports a value that is, or in a srcset holds, a local
// save's reference.
func hasLocalReference(key, val string) bool {
	if key != "srcset" {
		return IsLocalAsset(val)
	}
	for _, c := range parseSrcset(val) {
		if IsLocalAsset(c.url) {
			return true
		}
	}
	return false
}

// relocateLocalAssets rewrites the local references of images and links
// relative to dir, the page's folder as seen from the written output ("" or
// "." keeps them as the page wrote them, for output beside the page). The
// spaces a saved folder's name often has ("My page_files") are escaped:
// an address holds none, and the sanitizer refuses one that does.
func relocateLocalAssets(root *html.Node, dir string) {
	for n := range dom.Elements(root) {
		for i, a := range n.Attr {
			if (a.Key == "src" || a.Key == "href") && IsLocalAsset(a.Val) {
				ref := strings.ReplaceAll(strings.TrimSpace(a.Val), " ", "%20")
				if dir != "" && dir != "." {
					ref = path.Join(dir, ref)
				}
				n.Attr[i].Val = ref
			}
		}
	}
}
