package rx

import (
	"iter"
	"slices"
	"strings"
)

// SplitPattern cuts a pattern into pieces whose matches together are the
// pattern's — "^(read more|see also)$" into "^(?:read more)$" and
// "^(?:see also)$" — by splitting its top-level alternatives and
// distributing a group of alternatives through the sequence around it, as
// long as there are at most maxPieces pieces. A page then compiles and
// runs only the pieces its text holds the literals of (see
// RequiredLiterals): a piece compiles in a small part of the time its
// whole pattern takes. The pieces are cut from the source text, so
// `\pL` stays `\pL` (and not the thousand ranges it stands for). Pieces
// serve for matching: captures become plain groups.
func SplitPattern(pattern string, maxPieces int) []string {
	pieces := []string{pattern}
	for i := 0; i < len(pieces); {
		alts := bestSplit(pieces[i])
		if alts == nil || len(pieces)-1+len(alts) > maxPieces {
			i++
			continue
		}
		pieces = slices.Replace(pieces, i, i+1, alts...)
	}
	return pieces
}

// bestSplit splits p one level: at its top-level bars, or at the bars of
// the group that shares p's literals out best — the fewest literals in
// all, so that a literal in a text wakes few pieces. It returns nil when no
// split helps: when a piece would have no literals, or when a group's
// pieces would not each need fewer literals than p, or would wake on the
// same literal (split at a clause's "^|: ", "(^|: )(turn on|allow)
// notifications" gives two pieces that both need "notifications").
func bestSplit(p string) []string {
	own := len(RequiredLiterals(p))
	var best []string
	bestLiterals := 0
	for _, split := range splitsOf(p) {
		literals, most, shared := literalsOf(split.pieces)
		switch {
		case literals < 0:
		case !split.group:
			return split.pieces
		case shared || most >= own:
		case best == nil || literals < bestLiterals || literals == bestLiterals && len(split.pieces) > len(best):
			best, bestLiterals = split.pieces, literals
		}
	}
	return best
}

// literalsOf counts the pieces' literals (-1 when a piece has none) and
// the most one piece has, and tells whether two pieces have one in common
// (one too short to index aside: its piece runs on every text anyway).
func literalsOf(pieces []string) (count, most int, shared bool) {
	seen := map[string]bool{}
	for _, p := range pieces {
		lits := RequiredLiterals(p)
		if lits == nil {
			return -1, 0, false
		}
		count += len(lits)
		most = max(most, len(lits))
		for _, lit := range lits {
			shared = shared || seen[lit] && len(lit) >= minLiteralLen
			seen[lit] = true
		}
	}
	return count, most, shared
}

// A split is p cut at the bars of its top level or of a group.
type split struct {
	pieces []string
	group  bool
}

// splitsOf lists the one-level splits of p: at its top-level bars, or,
// with none, at the bars of each of its groups that holds some and is not
// repeated, distributed through the sequence around the group.
func splitsOf(p string) []split {
	if setsFlags(p) {
		return nil // a piece cut off after "(?i)" would lose it
	}
	if alts := splitBars(p); len(alts) > 1 {
		return []split{{pieces: alts}}
	}
	var splits []split
	for from := 0; ; {
		start, end := nextGroup(p, from)
		if start < 0 {
			return splits
		}
		from = end + 1
		body := p[start:end]
		if strings.HasPrefix(body, "?:") {
			body = body[2:]
		} else if strings.HasPrefix(body, "?") {
			continue // flags: (?i) or (?i:…)
		}
		if end+1 < len(p) && strings.ContainsRune("?*+{", rune(p[end+1])) {
			continue // repeated: (a|b)+ is not a|b
		}
		alts := splitBars(body)
		if len(alts) < 2 {
			continue
		}
		pieces := make([]string, len(alts))
		for i, a := range alts {
			pieces[i] = p[:start-1] + "(?:" + a + ")" + p[end+1:]
		}
		splits = append(splits, split{pieces: pieces, group: true})
	}
}

// setsFlags reports whether p has a top-level flag group, "(?i)", that
// sets flags for the rest of its sequence.
func setsFlags(p string) bool {
	for from := 0; ; {
		start, end := nextGroup(p, from)
		if start < 0 {
			return false
		}
		if body := p[start:end]; strings.HasPrefix(body, "?") && !strings.Contains(body, ":") {
			return true
		}
		from = end + 1
	}
}

// splitBars splits s at the bars outside groups and classes.
func splitBars(s string) []string {
	var out []string
	last := 0
	for i, depth := range patternSyntax(s) {
		if s[i] == '|' && depth == 0 {
			out = append(out, s[last:i])
			last = i + 1
		}
	}
	return append(out, s[last:])
}

// nextGroup finds the first top-level group at or after from: the
// positions just inside its parentheses, or -1.
func nextGroup(s string, from int) (start, end int) {
	start = -1
	for i, depth := range patternSyntax(s) {
		switch {
		case depth != 0 || i < from:
		case s[i] == '(':
			start = i + 1
		case s[i] == ')' && start >= 0:
			return start, i
		}
	}
	return -1, -1
}

// patternSyntax yields the parentheses and bars of a pattern that are syntax
// (not escaped, not in a class), each with the depth of the groups around
// it: a group's own parentheses are at the depth outside it.
func patternSyntax(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		depth := 0
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case '\\':
				i++
			case '[':
				i = classEnd(s, i)
			case '(':
				if !yield(i, depth) {
					return
				}
				depth++
			case ')':
				depth--
				if !yield(i, depth) {
					return
				}
			case '|':
				if !yield(i, depth) {
					return
				}
			}
		}
	}
}

// classEnd returns the index of the ']' closing the class opened at s[i].
func classEnd(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '^' {
		j++
	}
	if j < len(s) && s[j] == ']' {
		j++ // a leading ']' is literal
	}
	for ; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '[':
			if j+1 < len(s) && s[j+1] == ':' { // [:alpha:]
				if k := strings.Index(s[j:], ":]"); k >= 0 {
					j += k + 1
				}
			}
		case ']':
			return j
		}
	}
	return len(s)
}
