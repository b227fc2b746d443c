package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"io"
	"os"
)

// ReadPage reads one page, gunzipping it when its bytes say it is gzip
// (whatever its name), and refuses more than maxSize decompressed bytes
// before reading them all: a gzip bomb stops at the limit.
func ReadPage(r io.Reader, maxSize int64) ([]byte, error) {
	var data []byte
	var err error
	if size := sizeOf(r); size > 0 {
		data, err = readWhole(r, size, maxSize)
	} else {
		data, err = readStream(r, maxSize)
	}
	if err != nil {
		if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, errorf(ErrCorrupt, "gzip: %v", err)
		}
		return nil, err
	}
	if int64(len(data)) > maxSize {
		return nil, errorf(ErrTooLarge, "more than %d bytes", maxSize)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmptyInput
	}
	if isBinary(data) {
		return nil, ErrBinary
	}
	return data, nil
}

// sizeOf is how many bytes r holds, when it can tell (a file, an
// in-memory reader); 0 otherwise.
func sizeOf(r io.Reader) int64 {
	switch v := r.(type) {
	case interface{ Len() int }:
		return int64(v.Len())
	case *os.File:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			return fi.Size()
		}
	}
	return 0
}

// readWhole reads a page whose size is known (a file, an in-memory
// reader) into one buffer of that size, then gunzips it if it is gzip: one
// read, no peeking buffer. The gzip trailer's ISIZE field sizes the second
// buffer; it is a first guess only, so a stream that lies (or holds several
// members) costs at most a regrowth: it is held to 64 times the compressed
// size.
func readWhole(r io.Reader, size, maxSize int64) ([]byte, error) {
	raw, err := readAll(io.LimitReader(r, maxSize+1), int(min(size, maxSize+1)))
	if err != nil || !isGzip(raw) || int64(len(raw)) > maxSize {
		return raw, err // over maxSize compressed, it is too large anyway
	}
	var hint int64
	if len(raw) >= 18 {
		hint = min(int64(binary.LittleEndian.Uint32(raw[len(raw)-4:])), 64*int64(len(raw)))
	}
	return gunzip(bytes.NewReader(raw), hint, maxSize)
}

// readStream reads a page of unknown size (a pipe), gunzipping it if its
// first bytes say it is gzip.
func readStream(r io.Reader, maxSize int64) ([]byte, error) {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); isGzip(magic) {
		return gunzip(br, 0, maxSize)
	}
	return readAll(io.LimitReader(br, maxSize+1), 0)
}

// gunzip reads the gzip stream r to its end, or to maxSize+1 decompressed
// bytes, into a buffer sized for hint bytes at first (0: unknown).
func gunzip(r io.Reader, hint, maxSize int64) ([]byte, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, errorf(ErrCorrupt, "gzip: %v", err)
	}
	defer zr.Close()
	return readAll(io.LimitReader(zr, maxSize+1), int(min(hint, maxSize+1)))
}

// readAll reads r to its end into a buffer sized for hint bytes at first,
// sparing io.ReadAll's growing copies when the size is known.
func readAll(r io.Reader, hint int) ([]byte, error) {
	if hint <= 0 {
		return io.ReadAll(r)
	}
	buf := make([]byte, 0, hint+1) // +1: the read that finds the end needs room
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // more than the hint: let append grow it
		}
	}
}

// isBinary reports whether data looks like something other than text: NUL
// bytes or many control characters in its first kilobytes. UTF-16 text
// (which has NULs) is recognised by its byte-order mark or, without one,
// by its pattern of zero bytes.
func isBinary(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return false
	}
	if _, ok := sniffUTF16(data); ok {
		return false
	}
	head := data[:min(len(data), 8192)]
	controls := 0
	for _, b := range head {
		switch {
		case b == 0:
			return true
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b:
			controls++
		}
	}
	return controls*20 > len(head) // over 5% control bytes
}
