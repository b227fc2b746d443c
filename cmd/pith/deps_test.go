package main

import (
	"os/exec"
	"strings"
	"testing"
)

// keptOut are packages the pith binary must not link, with why: each came
// back once through a dependency without anyone noticing.
var keptOut = map[string]string{
	"net/http":   "its initialisation and the TLS stack it brings cost every run; pith never makes a request",
	"crypto/tls": "as net/http",
	"go/format":  "only internal/rx's generator writes Go source",
	"go/parser":  "as go/format",
}

func TestBinaryLeavesOutUnusedPackages(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on $PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	if !deps["github.com/pith-cli/pith/extract"] {
		t.Fatalf("go list -deps did not list extract: %q", out)
	}
	for p, why := range keptOut {
		if deps[p] {
			t.Errorf("the binary links %s (%s): find the import with go list -deps -f '{{.ImportPath}}: {{.Imports}}' ./cmd/pith", p, why)
		}
	}
}
