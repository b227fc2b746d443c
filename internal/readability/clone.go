package readability

import "golang.org/x/net/html"

// cloneTree returns a deep copy of src, as dom.Clone(src, true) does — the
// same fields copied (Type, DataAtom, Data, Attr; not Namespace), every
// copy's Attr a fresh non-nil slice — but with all the nodes in one
// allocation and all the attributes in another, instead of one node and one
// attribute slice per node. grabArticle copies the whole document on every
// pass, so upstream's copy cost two allocations per node and page (pith's
// fork; see FORK.md for the figures).
func cloneTree(src *html.Node) *html.Node {
	nodes, attrs := countTree(src)
	c := treeCloner{
		nodes: make([]html.Node, nodes),
		attrs: make([]html.Attribute, 0, attrs),
	}
	return c.clone(src)
}

// countTree returns the number of nodes in the tree under n, n included,
// and the number of their attributes.
func countTree(n *html.Node) (nodes, attrs int) {
	nodes, attrs = 1, len(n.Attr)
	for child := n.FirstChild; child != nil; child = child.NextSibling {
		cn, ca := countTree(child)
		nodes += cn
		attrs += ca
	}
	return nodes, attrs
}

// treeCloner hands out the preallocated nodes and attributes in order.
type treeCloner struct {
	nodes []html.Node
	attrs []html.Attribute
}

func (c *treeCloner) clone(src *html.Node) *html.Node {
	clone := &c.nodes[0]
	c.nodes = c.nodes[1:]
	clone.Type, clone.DataAtom, clone.Data = src.Type, src.DataAtom, src.Data
	// A full slice expression caps each node's attributes, so an append
	// to one node's Attr reallocates instead of writing over its
	// neighbour's.
	start := len(c.attrs)
	c.attrs = append(c.attrs, src.Attr...)
	clone.Attr = c.attrs[start:len(c.attrs):len(c.attrs)]
	var last *html.Node
	for child := src.FirstChild; child != nil; child = child.NextSibling {
		cc := c.clone(child)
		cc.Parent = clone
		if last == nil {
			clone.FirstChild = cc
		} else {
			last.NextSibling = cc
			cc.PrevSibling = last
		}
		last = cc
	}
	clone.LastChild = last
	return clone
}
