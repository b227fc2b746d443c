// Command guardgen writes internal/rx/guards_gen.go: the literal guard of
// every pattern extract's stages declare with rx.Compile, keyed by the
// pattern's source. Run it with `go generate ./internal/rx`.
package main

import (
	"log"
	"os"

	_ "github.com/pith-cli/pith/extract" // declares the patterns
	"github.com/pith-cli/pith/internal/rx"
	"github.com/pith-cli/pith/internal/rx/guardsrc"
)

func main() {
	src, err := guardsrc.Source(rx.ComputeGuards())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("guards_gen.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
