package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// openPTY opens a new pseudo-terminal and returns its two ends. Until
// someone sets it, its size is 0×0.
func openPTY(t *testing.T) (master, tty *os.File) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { master.Close() })
	fd := int(master.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("unlocking the pseudo-terminal: %v", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Skipf("naming the pseudo-terminal: %v", err)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("opening the pseudo-terminal: %v", err)
	}
	return master, tty
}

func TestProgressBarOnATerminalOfNoSize(t *testing.T) {
	master, tty := openPTY(t)
	if ws, err := unix.IoctlGetWinsize(int(tty.Fd()), unix.TIOCGWINSZ); err != nil || ws.Row != 0 {
		t.Skipf("the new pseudo-terminal has a size: %+v, %v", ws, err)
	}
	var shown bytes.Buffer
	read := make(chan struct{})
	go func() {
		defer close(read)
		io.Copy(&shown, master) // ends with EIO once tty is closed
	}()
	p := newProgressBar(tty, 8, 0)
	for range 8 {
		p.step("")
	}
	p.finish()
	tty.Close()
	<-read
	if got := shown.String(); !strings.Contains(got, "8/8 ") || !strings.Contains(got, "pages/s") {
		t.Errorf("the terminal showed %q, want the bar drawn", got)
	}
}
