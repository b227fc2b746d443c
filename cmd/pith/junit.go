package main

import (
	"encoding/xml"
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// The JUnit XML schema as GitHub Actions reporters, GitLab and Jenkins
// read it: one testsuite, one testcase per page, a failure (drift, gate)
// or an error under each page that did not pass.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
}

// junitProblem is a failure or an error: its message is the reasons on one
// line, its body the reasons one a line and the diff.
type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",chardata"`
}

// junitReport builds the report of the verdicts, in input order.
func junitReport(verdicts []verdict, elapsed time.Duration) junitSuites {
	suite := junitSuite{Name: "pith check", Tests: len(verdicts), Time: fmt.Sprintf("%.3f", elapsed.Seconds())}
	for _, v := range verdicts {
		c := junitCase{Name: v.Source, Classname: "pith check"}
		if v.Status != statusPass {
			body := strings.Join(v.Reasons, "\n")
			if v.Diff != "" {
				body += "\n\n" + v.Diff
			}
			p := &junitProblem{Message: string(v.Status) + ": " + strings.Join(v.Reasons, "; "), Type: string(v.Status), Body: body}
			if v.Status == statusError {
				c.Error = p
				suite.Errors++
			} else {
				c.Failure = p
				suite.Failures++
			}
		}
		suite.Cases = append(suite.Cases, c)
	}
	return junitSuites{Name: suite.Name, Tests: suite.Tests, Failures: suite.Failures, Errors: suite.Errors,
		Time: suite.Time, Suites: []junitSuite{suite}}
}

// writeJUnit writes the JUnit report to path atomically, creating its
// directory if need be.
func writeJUnit(path string, verdicts []verdict, elapsed time.Duration) error {
	data, err := xml.MarshalIndent(junitReport(verdicts, elapsed), "", "  ")
	if err != nil {
		return fmt.Errorf("--junit %s: %v", path, err)
	}
	data = append([]byte(xml.Header), append(data, '\n')...)
	out := &outputDir{flag: "--junit", dir: filepath.Dir(path), names: []string{filepath.Base(path)}}
	if err := out.open(); err != nil {
		return err
	}
	defer out.close()
	return out.write(0, data)
}
