package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// screen stands in for a stderr that is a terminal. It keeps what a
// terminal would show, interpreting the few controls a progress bar writes
// (newline, carriage return, ESC[nA cursor up, ESC[J erase below, ESC[K
// erase to the end of the line), and records the screen after each write,
// so tests can check what a user saw at any moment and at the end. Any
// other control is an error. It is safe for the bar's goroutine to write
// while a test reads.
type screen struct {
	mu       sync.Mutex
	rows     [][]rune
	row, col int
	raw      strings.Builder
	frames   [][]string // the visible lines after each write
	err      error      // the first control it does not know
	onWrite  func(lines []string)
}

func (*screen) IsTerminal() bool { return true }

func (s *screen) Write(b []byte) (int, error) {
	s.mu.Lock()
	s.raw.Write(b)
	text := []rune(string(b))
	for i := 0; i < len(text); i++ {
		switch r := text[i]; r {
		case '\n': // a terminal's line discipline turns it into CR LF
			s.row++
			s.col = 0
		case '\r':
			s.col = 0
		case '\x1b':
			i = s.control(text, i)
		default:
			s.put(r)
		}
	}
	lines := s.linesLocked()
	s.frames = append(s.frames, lines)
	onWrite := s.onWrite
	s.mu.Unlock()
	if onWrite != nil {
		onWrite(lines)
	}
	return len(b), nil
}

// control interprets the escape sequence starting at text[i] and returns
// the index of its last rune.
func (s *screen) control(text []rune, i int) int {
	j := i + 1
	if j >= len(text) || text[j] != '[' {
		s.fail(fmt.Errorf("lone ESC at %d", i))
		return i
	}
	j++
	start := j
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	if j >= len(text) {
		s.fail(fmt.Errorf("unfinished control %q", string(text[i:])))
		return j - 1
	}
	n := 1
	if j > start {
		n, _ = strconv.Atoi(string(text[start:j]))
	}
	switch text[j] {
	case 'A':
		s.row = max(s.row-n, 0)
	case 'J':
		s.clearLine()
		if s.row+1 < len(s.rows) {
			s.rows = s.rows[:s.row+1]
		}
	case 'K':
		s.clearLine()
	default:
		s.fail(fmt.Errorf("unknown control %q", string(text[i:j+1])))
	}
	return j
}

// clearLine erases the cursor's row from the cursor on.
func (s *screen) clearLine() {
	if s.row < len(s.rows) && s.col < len(s.rows[s.row]) {
		s.rows[s.row] = s.rows[s.row][:s.col]
	}
}

func (s *screen) put(r rune) {
	for len(s.rows) <= s.row {
		s.rows = append(s.rows, nil)
	}
	line := s.rows[s.row]
	for len(line) < s.col {
		line = append(line, ' ')
	}
	if s.col < len(line) {
		line[s.col] = r
	} else {
		line = append(line, r)
	}
	s.rows[s.row] = line
	s.col++
}

func (s *screen) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

// linesLocked is what the screen shows, without the empty rows at its end.
func (s *screen) linesLocked() []string {
	var lines []string
	for _, r := range s.rows {
		lines = append(lines, string(r))
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// lines is what the screen shows now.
func (s *screen) lines() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.linesLocked()
}

// written is every byte written, controls included.
func (s *screen) written() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.raw.String()
}

// history is the screen after each write, and the first control it could
// not interpret.
func (s *screen) history() ([][]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.frames, s.err
}

func TestScreenInterpretsABarRedrawnBelowALine(t *testing.T) {
	s := &screen{}
	fmt.Fprint(s, "bar 1/3\n")
	fmt.Fprint(s, "\x1b[1A\x1b[Jfirst line\nbar 2/3\n")
	fmt.Fprint(s, "\x1b[1A\x1b[J")
	fmt.Fprint(s, "summary\r\x1b[Ksum\n")
	frames, err := s.history()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"bar 1/3"}, {"first line", "bar 2/3"}, {"first line"}, {"first line", "sum"}}
	if fmt.Sprint(frames) != fmt.Sprint(want) {
		t.Errorf("frames %q, want %q", frames, want)
	}
	fmt.Fprint(s, "\x1b[2Z")
	if _, err := s.history(); err == nil {
		t.Error("an unknown control was taken for a known one")
	}
}
