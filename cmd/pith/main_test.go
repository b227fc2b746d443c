package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"pith": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the CLI scripts in testdata/script, one behaviour each.
// $PAGES is the repository's testdata/pages, $INPUT its testdata/input.
func TestScripts(t *testing.T) {
	pages, err := filepath.Abs("../../testdata/pages")
	if err != nil {
		t.Fatal(err)
	}
	input, err := filepath.Abs("../../testdata/input")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           "../../testdata/script",
		UpdateScripts: os.Getenv("UPDATE_SCRIPTS") != "",
		Setup: func(env *testscript.Env) error {
			env.Setenv("PAGES", pages)
			env.Setenv("INPUT", input)
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond == "root" { // root reads files whatever their mode
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// exitcode N runs the rest of the line and asserts its exit status.
			"exitcode": cmdExitcode,
			// files DIR prints the path of every file under DIR, sorted.
			"files": cmdFiles,
			// waitfor FILE waits until FILE exists (10 seconds at most).
			"waitfor": cmdWaitfor,
			// mkwarc [-gz] OUT KIND URI FILE... writes a WARC file (warcwrite_test.go).
			"mkwarc": cmdMkwarc,
			// bigline FILE ID N appends a pith stream line whose page holds N
			// bytes of paragraphs (stream_test.go).
			"bigline": cmdBigline,
		},
	})
}

// cmdExitcode runs "exitcode N pith args..." and fails unless the command
// exits with status N. Its stdout and stderr are kept for later assertions.
func cmdExitcode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exitcode: %v", err)
	}
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	if err != nil {
		if code, ok := exitStatus(err); ok {
			got = code
		} else {
			ts.Fatalf("exitcode: %v", err)
		}
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// exitStatus reads the exit status out of a command's error.
func exitStatus(err error) (int, bool) {
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		return exitErr.ExitCode(), true
	}
	return 0, false
}

// cmdFiles prints, one a line and sorted, the path relative to DIR of every
// file under DIR, hidden ones included: a script compares it with the
// layout it expects, so a stray temp file fails the script.
func cmdFiles(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: files DIR")
	}
	root := ts.MkAbs(args[0])
	var paths []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(root, path)
			paths = append(paths, filepath.ToSlash(rel))
		}
		return nil
	})
	ts.Check(err)
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Fprintln(ts.Stdout(), p)
	}
}

// cmdWaitfor waits until a file exists, so that a script can signal a
// background command once it has got that far.
func cmdWaitfor(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: waitfor FILE")
	}
	path := ts.MkAbs(args[0])
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if _, err := os.Stat(path); err == nil {
			return
		}
	}
	ts.Fatalf("waitfor: %s did not appear", args[0])
}
