// Command beam runs pith over WARC files on an Apache Beam runner: every
// HTML page record becomes one JSON line, as pith -f json prints it, in
// sharded JSON Lines files. See README.md for the runners' flags.
//
//	go run . --input 'crawl/*.warc.gz' --output out/pages --shards 4
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx" // every runner, local and gs:// files

	"github.com/pith-cli/pith/warc"
)

var (
	input      = flag.String("input", "", "glob of the WARC files to read (.warc, .warc.gz; local or gs://)")
	output     = flag.String("output", "", "prefix of the JSON Lines files: PREFIX-SSSSS-of-NNNNN.jsonl")
	shards     = flag.Int("shards", 1, "number of output files")
	maxPayload = flag.Int64("max-size", warc.DefaultMaxPayload, "the most bytes read of one page")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" {
		log.Fatal("pith beam: --input and --output are required")
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, Config{Input: *input, Output: *output, Shards: *shards, MaxPayload: *maxPayload})
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("pith beam: %v", err)
	}
}
