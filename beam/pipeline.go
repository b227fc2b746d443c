package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net/url"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/pith-cli/pith/extract"
	"github.com/pith-cli/pith/internal/jsonline"
	"github.com/pith-cli/pith/warc"
)

// The pipeline's counters, under the namespace "pith".
var (
	pagesCounter   = beam.NewCounter("pith", "pages")
	skippedCounter = beam.NewCounter("pith", "skipped_records")
	badCounter     = beam.NewCounter("pith", "bad_records")
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string), error](&extractFn{})
	register.Emitter1[string]()
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
}

// Config is what one run reads and writes.
type Config struct {
	// Input is a glob of WARC files, in any file system Beam knows
	// (local paths and gs:// here; s3:// with its file system imported).
	Input string
	// Output is the prefix of the JSON Lines shards:
	// PREFIX-00000-of-00004.jsonl.
	Output string
	// Shards is the number of output files.
	Shards int
	// MaxPayload bounds one record's payload, as pith's --max-size.
	MaxPayload int64
}

// Build adds the pipeline to s: match the WARC files, spread them over the
// workers, extract every page record into a JSON line (a bad record gives
// an error line), and write the lines in shards.
func Build(s beam.Scope, cfg Config) {
	files := fileio.MatchFiles(s, cfg.Input)
	files = beam.Reshuffle(s, files) // one worker per file, not all on the matcher's
	readable := fileio.ReadMatches(s, files, fileio.ReadUncompressed())
	lines := beam.ParDo(s, &extractFn{MaxPayload: cfg.MaxPayload}, readable)
	WriteShards(s, cfg.Output, max(cfg.Shards, 1), lines)
}

// extractFn extracts the pages of one WARC file. The file is opened
// uncompressed: a .warc.gz is read member by member, so that offsets are
// the file's.
type extractFn struct {
	MaxPayload int64 `json:"max_payload"`
}

// line is one page's JSON object, encoded by the encoder pith -f json
// uses (a root internal package this module may import, its path lying
// under the root's): source FILE#OFFSET, the article, warc, or the error.
type line = jsonline.Line

func (f *extractFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(string)) error {
	name := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		badCounter.Inc(ctx, 1)
		emit(encode(line{Source: name, Error: err.Error()}))
		return nil
	}
	defer rc.Close()
	r := warc.NewReader(rc, warc.Options{MaxPayload: f.MaxPayload})
	lastBad := "" // a record that failed, whose end may also fail the file
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return nil
		}
		if rec == nil {
			// The file is broken from here on: one error line, and the
			// pages read so far stand. A record cut short has had its
			// line already.
			source := name
			var werr *warc.Error
			if errors.As(err, &werr) {
				source = fmt.Sprintf("%s#%d", name, werr.Offset)
			}
			if source != lastBad {
				badCounter.Inc(ctx, 1)
				emit(encode(line{Source: source, Error: err.Error()}))
			}
			return nil
		}
		if err != nil {
			badCounter.Inc(ctx, 1)
			origin := rec.Origin(name)
			emit(encode(line{Source: rec.Source(name), WARC: &origin, Error: err.Error()}))
			continue
		}
		if !rec.IsPage() {
			skippedCounter.Inc(ctx, 1)
			continue
		}
		l := extractRecord(name, rec, f.MaxPayload)
		if l.Error != "" {
			badCounter.Inc(ctx, 1)
			lastBad = l.Source
		} else {
			pagesCounter.Inc(ctx, 1)
		}
		emit(encode(l))
	}
}

// extractRecord extracts one page record as pith does for a WARC input:
// the HTTP charset as a hint below the page's own, the target URI as the
// page's address. A panic fails this record only.
func extractRecord(name string, rec *warc.Record, maxSize int64) (l line) {
	origin := rec.Origin(name)
	l = line{Source: rec.Source(name), WARC: &origin}
	defer func() {
		if v := recover(); v != nil {
			l.Article, l.Error = nil, fmt.Sprintf("internal error: %v", v)
		}
	}()
	opts := extract.Options{HeaderCharset: rec.Charset(), MaxSize: maxSize}
	if u, err := url.Parse(rec.TargetURI); err == nil && u.IsAbs() {
		opts.URL = u
	}
	art, err := extract.Extract(rec.Body, opts)
	l.Article = art
	if err != nil {
		l.Error = err.Error()
	}
	return l
}

func encode(l line) string {
	js, err := jsonline.Encode(l, false)
	if err != nil {
		js, _ = jsonline.Encode(line{Source: l.Source, WARC: l.WARC, Error: err.Error()}, false)
	}
	return strings.TrimSuffix(string(js), "\n")
}

// WriteShards writes lines to n files PREFIX-SSSSS-of-NNNNN.jsonl, each
// line to the shard its hash picks. Beam's Go textio.Write writes one file
// through a single worker; this is the same writer, once per shard.
func WriteShards(s beam.Scope, prefix string, n int, lines beam.PCollection) {
	s = s.Scope("WriteShards")
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardFn{Shards: n}, lines)
	grouped := beam.GroupByKey(s, keyed)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: n}, grouped)
}

type shardFn struct {
	Shards int `json:"shards"`
}

func (f *shardFn) ProcessElement(l string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(l))
	return int(h.Sum32() % uint32(f.Shards)), l
}

type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

// ShardName is the file of shard i of n.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) (err error) {
	name := ShardName(f.Prefix, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := w.Close(); err == nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriterSize(w, 1<<20)
	var l string
	for lines(&l) {
		bw.WriteString(l)
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return bw.Flush()
}
