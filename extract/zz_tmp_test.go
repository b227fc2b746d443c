package extract

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"runtime"
	"testing"
)

func TestTmpPage(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("TMPPAGE"))
	Extract(bytes.NewReader(b), Options{})
	all := append([]*lazyRegexp{}, allPatterns...)
	all = append(all, partPieces().patterns...)
	all = append(all, wholePieces().patterns...)
	tot := uint64(0)
	for _, p := range all {
		if p.re == nil {
			continue
		}
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		regexp.MustCompile(p.src)
		runtime.ReadMemStats(&m1)
		tot += m1.TotalAlloc - m0.TotalAlloc
		s := p.src
		if len(s) > 90 {
			s = s[:90]
		}
		fmt.Printf("%6d %s\n", (m1.TotalAlloc-m0.TotalAlloc)>>10, s)
	}
	fmt.Println("total KB", tot>>10)
}
