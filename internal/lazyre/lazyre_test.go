package lazyre

import (
	"sync"
	"testing"
)

func TestCompiledOnFirstUse(t *testing.T) {
	rs := append([]*Regexp{New(`a+b`)}, &Slice([]string{`^x`, `y$`})[1])
	for _, r := range rs {
		if r.Compiled() {
			t.Fatalf("%s compiled before use", r)
		}
	}
	var wg sync.WaitGroup
	for range 8 { // concurrent first uses compile once, race-free
		wg.Go(func() {
			if !rs[0].MatchString("xaab") || rs[1].MatchString("yx") {
				t.Error("wrong match")
			}
		})
	}
	wg.Wait()
	for _, r := range rs {
		if !r.Compiled() || r.Get() != r.Get() {
			t.Errorf("%s: not compiled once", r)
		}
	}
	if got := rs[0].String(); got != `a+b` {
		t.Errorf("String() = %q", got)
	}
}

func TestBadPatternPanicsOnFirstUse(t *testing.T) {
	r := New(`(`) // no panic here
	defer func() {
		if recover() == nil {
			t.Error("no panic on first use of a bad pattern")
		}
	}()
	r.Get()
}
