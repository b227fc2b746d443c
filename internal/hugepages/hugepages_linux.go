package hugepages

import (
	"syscall"
	"unsafe"
)

// The package imports nothing but syscall, so that it is initialised
// before the packages that fill the heap at start-up (Go initialises the
// packages whose imports are ready in the order of their paths).
func init() {
	BackHeap()
}

const (
	// heapChunk is the unit in which the Go runtime maps its heap (its
	// pallocChunkBytes), aligned to its size. The heap starts at a random
	// place in its first mapping, and a hint given for one mapping does not
	// carry over to the next.
	heapChunk = 4 << 20
	// hugePage is the size of a transparent huge page with 4 KB base pages.
	hugePage = 2 << 20
	// inUse bounds how far below its top the heap may have been touched
	// when BackHeap is called by a process that has only started.
	inUse = 4 << 20
	// madvCollapse is Linux's MADV_COLLAPSE (6.1), which syscall predates.
	madvCollapse = 25
)

// frontier is where BackHeap stores its probe allocation, so that the
// compiler puts it on the heap rather than the stack.
var frontier []byte

// BackHeap asks for huge pages for the heap the process is about to fill:
// MADV_HUGEPAGE on the heap mapped around its top, so that the first touch
// of an untouched 2 MB stretch maps one huge page, and MADV_COLLAPSE on the
// stretches below the top already touched, which copies their 4 KB pages
// into one (on an untouched stretch it fails at once). These are hints:
// where the kernel has no huge page to give, has transparent huge pages
// turned off, or predates MADV_COLLAPSE, memory stays as it was.
// Collapsing takes a fraction of a millisecond, a few when the kernel must
// first compact memory.
func BackHeap() {
	if syscall.Getpagesize() != 4096 {
		return // huge pages are not 2 MB
	}
	// A large allocation is placed on fresh pages near the top of the heap
	// in use, and is not written to when the kernel gave them zeroed.
	frontier = make([]byte, 64<<10)
	top := uintptr(unsafe.Pointer(unsafe.SliceData(frontier)))
	frontier = nil
	chunk := top &^ (heapChunk - 1)
	madvise(chunk-inUse, inUse+2*heapChunk, syscall.MADV_HUGEPAGE)
	for stretch := (top - inUse) &^ (hugePage - 1); stretch <= top; stretch += hugePage {
		madvise(stretch, hugePage, madvCollapse)
	}
}

// madvise gives advice on memory the Go runtime owns, which is why it
// takes an address rather than a slice. Errors are ignored: the advice is
// a hint, and parts of the range may not be mapped.
func madvise(addr, length uintptr, advice int) {
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, addr, length, uintptr(advice))
}
