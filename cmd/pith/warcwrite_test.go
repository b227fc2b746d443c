package main

import (
	"os"

	"github.com/pith-cli/pith/warc/warctest"
	"github.com/rogpeppe/go-internal/testscript"
)

// cmdMkwarc writes a WARC file for a script with warctest, a writer
// independent of the reader: "mkwarc [-gz] OUT KIND URI FILE..." takes
// triples. KIND is page (200, text/html), page-latin1 (the same with
// charset=iso-8859-1 in the HTTP header), notfound (404, text/html), image
// (200, image/png), resource (an HTML resource record) or request (FILE
// is "-"). A warcinfo record comes first.
func cmdMkwarc(ts *testscript.TestScript, neg bool, args []string) {
	gz := len(args) > 0 && args[0] == "-gz"
	if gz {
		args = args[1:]
	}
	if neg || len(args) < 1 || (len(args)-1)%3 != 0 {
		ts.Fatalf("usage: mkwarc [-gz] OUT KIND URI FILE...")
	}
	f, err := os.Create(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	w := warctest.NewWriter(f, gz)
	_, err = w.Write(warctest.Warcinfo())
	ts.Check(err)
	for rest := args[1:]; len(rest) > 0; rest = rest[3:] {
		kind, uri, file := rest[0], rest[1], rest[2]
		var body []byte
		if file != "-" {
			body = []byte(ts.ReadFile(file))
		}
		var rec warctest.Record
		switch kind {
		case "page":
			rec = warctest.Response(uri, 200, "text/html", body)
		case "page-latin1":
			rec = warctest.Response(uri, 200, "text/html; charset=iso-8859-1", body)
		case "notfound":
			rec = warctest.Response(uri, 404, "text/html", body)
		case "image":
			rec = warctest.Response(uri, 200, "image/png", body)
		case "resource":
			rec = warctest.Resource(uri, "text/html", body)
		case "request":
			rec = warctest.Request(uri)
		default:
			ts.Fatalf("mkwarc: unknown kind %q", kind)
		}
		_, err := w.Write(rec)
		ts.Check(err)
	}
}
