// Package warc reads web archives (WARC 1.0 and 1.1, ISO 28500) as a stream
// of records, for pith's command and its data-engine pipeline.
//
// A file is read plain or as one gzip member per record (the .warc.gz that
// crawlers write), never whole: a Reader holds a few fixed buffers, and a
// record's payload is an io.Reader over the file, bounded by
// Options.MaxPayload. Records that are not pages (requests, metadata,
// images, redirects) are skipped without being decoded or buffered. Each
// record carries the offset where it starts in the file (the compressed
// offset for .warc.gz), so a reader can seek there and read it again.
//
// For a response record the payload is the HTTP body: after the status line
// and headers, with chunked transfer coding and gzip or deflate content
// coding undone. A resource record's payload is its whole block.
//
// # Why not a WARC library
//
// The reading path is written here over the standard library. The kept Go
// WARC library, github.com/nlnwa/gowarc/v3 (v3.1.0), was evaluated and is
// used by this package's tests and tools to write WARC files (warctest), so
// the reader is checked against an independent writer. Its reader does not
// fit a streaming extractor: WarcFileReader.Next consumes each record's whole
// block before it returns, so a payload can only be read after the library
// has copied it into its buffer (1 MiB in memory, then temporary files on
// disk, with no upper bound), and with validation switched off the payload
// is discarded unread. Every record, the skipped ones included, would be
// copied and digested; a skipped record here costs one pass over its bytes.
//
// Use:
//
//	r := warc.NewReader(f, warc.Options{})
//	for {
//		rec, err := r.Next()
//		if err == io.EOF {
//			break
//		}
//		if err != nil && rec == nil {
//			return err // the file itself is broken: nothing more can be read
//		}
//		if err != nil || !rec.IsPage() {
//			continue // this record only: bad HTTP message, or not a page
//		}
//		// The HTTP charset is a hint: the page's own declaration, which
//		// extract reads, comes first.
//		art, err := extract.Extract(rec.Body, extract.Options{HeaderCharset: rec.Charset()})
//		...
//	}
package warc
