// Command pith prints the article of a saved web page: its text without the
// site's boilerplate, or JSON with the page's metadata.
package main

import (
	"os"

	// The heap is backed by huge pages from start-up on Linux: a one-page
	// run is 15% faster (see the package).
	_ "github.com/pith-cli/pith/internal/hugepages"
)

func main() {
	// As run, but the process ends with the run: its signals need no
	// unregistering, which costs a few hundred microseconds.
	sigs := make(chan os.Signal, 1)
	os.Exit(runWithSignals(os.Args[1:], processStreams(os.Stdin, os.Stdout, os.Stderr, sigs), sigs))
}
