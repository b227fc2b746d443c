//go:build unix

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestRealSignalStopsTheBinary runs the pith binary (put on $PATH by
// testscript.Main), lets it write two pages under -o and block on a third
// read from a silent pipe, then sends it a real signal.
func TestRealSignalStopsTheBinary(t *testing.T) {
	bin, err := exec.LookPath("pith")
	if err != nil {
		t.Skip("no pith binary on $PATH")
	}
	in := writePages(t, 2)
	for sig, want := range map[syscall.Signal]int{syscall.SIGINT: exitSIGINT, syscall.SIGTERM: exitSIGTERM} {
		out := filepath.Join(t.TempDir(), "out")
		cmd := exec.Command(bin, "-j", "1", "-o", out, in, "-")
		stdin, err := cmd.StdinPipe() // never written to: the third page blocks
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		second := filepath.Join(out, "page-001.txt")
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
			if _, err := os.Stat(second); err == nil {
				break
			}
		}
		if err := cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
		err = cmd.Wait()
		stdin.Close()
		code := cmd.ProcessState.ExitCode()
		if code != want {
			t.Errorf("%v: exit %d (%v), want %d; stderr %q", sig, code, err, want, stderr.String())
		}
		if !strings.Contains(stderr.String(), "pith: 2 processed, 0 failed") || !strings.Contains(stderr.String(), "pith: interrupted") {
			t.Errorf("%v: stderr %q, want the summary and the interruption", sig, stderr.String())
		}
		entries, _ := os.ReadDir(out)
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		if strings.Join(names, " ") != "page-000.txt page-001.txt" {
			t.Errorf("%v: out holds %v, want the two finished pages and no temp file", sig, names)
		}
	}
}
