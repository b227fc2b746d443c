package hugepages

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// After BackHeap, the heap mapping that the next allocations come from
// carries the huge page advice (smaps's "hg" flag), and, where the kernel
// has huge pages to give, is backed by some.
func TestBackHeapAdvisesTheHeapInUse(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !strings.Contains(string(mode), "[madvise]") {
		t.Skipf("transparent huge pages are not left to madvise here (%q, %v)", mode, err)
	}
	BackHeap()
	fresh := make([]byte, 1<<20)
	for i := range fresh {
		fresh[i] = 1
	}
	m, ok := mappingOf(t, uintptr(unsafe.Pointer(&fresh[0])))
	if !ok {
		t.Fatal("no mapping in /proc/self/smaps holds a fresh heap allocation")
	}
	if !strings.Contains(" "+m.flags+" ", " hg ") {
		t.Errorf("the heap mapping %s has flags %q, want the huge page advice (hg)", m.span, m.flags)
	}
	t.Logf("heap mapping %s: %d kB in huge pages", m.span, m.hugeKB)
}

type mapping struct {
	span   string
	flags  string
	hugeKB int
}

// mappingOf returns what /proc/self/smaps says of the mapping holding addr.
func mappingOf(t *testing.T, addr uintptr) (mapping, bool) {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var m mapping
	found := false
	lines := bufio.NewScanner(f)
	for lines.Scan() {
		fields := strings.Fields(lines.Text())
		if len(fields) == 0 {
			continue
		}
		if lo, hi, isRange := strings.Cut(fields[0], "-"); isRange && !strings.HasSuffix(fields[0], ":") {
			if found {
				return m, true
			}
			l, err1 := strconv.ParseUint(lo, 16, 64)
			h, err2 := strconv.ParseUint(hi, 16, 64)
			found = err1 == nil && err2 == nil && uint64(addr) >= l && uint64(addr) < h
			m = mapping{span: fields[0]}
			continue
		}
		switch fields[0] {
		case "AnonHugePages:":
			m.hugeKB, _ = strconv.Atoi(fields[1])
		case "VmFlags:":
			m.flags = strings.Join(fields[1:], " ")
		}
	}
	return m, found
}
