// Package hugepages asks the kernel to back the Go heap with transparent
// huge pages. Importing it for its side effect does so at start-up, before
// the process fills its first megabytes of heap; BackHeap does it again.
//
// On a virtual machine a process pays several microseconds for each 4 KB
// page of memory it touches for the first time (12 µs on the 2-core VMs
// pith is measured on): a one-page run of pith touches about 2 MB of fresh
// heap, some 500 such pages, a fifth of its time. Backed by 2 MB pages,
// that memory costs a fault or two.
//
// Only Linux has transparent huge pages that a process can ask for; on
// other systems BackHeap does nothing.
package hugepages
