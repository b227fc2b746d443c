//go:build !linux

package hugepages

// BackHeap does nothing: only Linux has transparent huge pages a process
// can ask for.
func BackHeap() {}
