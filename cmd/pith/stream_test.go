package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdBigline appends to FILE a pith stream line {"id": ID, "html": …}
// whose page is an article of about N bytes of numbered paragraphs.
func cmdBigline(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: bigline FILE ID N")
	}
	n, err := strconv.Atoi(args[2])
	ts.Check(err)
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>The long report</title></head><body><article><h1>The long report</h1>`)
	for i := 1; b.Len() < n; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d of the long report tells how the river rose again this spring, how the town's volunteers filled sandbags through the night, and how the water stopped one street short of the market square.</p>\n", i)
	}
	b.WriteString("</article></body></html>")
	html, err := json.Marshal(b.String())
	ts.Check(err)
	f, err := os.OpenFile(ts.MkAbs(args[0]), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o666)
	ts.Check(err)
	defer f.Close()
	_, err = fmt.Fprintf(f, "{\"id\":%s,\"html\":%s}\n", args[1], html)
	ts.Check(err)
}
