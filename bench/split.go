package main

import "hash/fnv"

// The tuning/confirmation split, the same for every corpus and for the
// metadata bench: a page belongs to the tuning part when the 32-bit FNV-1a
// hash of its id (the file name less ".html.gz", as UTF-8 bytes) is 0–6
// modulo 10, else to the confirmation part (about 70/30). The rule needs
// nothing but the id, so pith's own tests can reproduce it in three lines:
//
//	h := fnv.New32a(); h.Write([]byte(id)); tuning := h.Sum32()%10 < 7
//
// Look at the confirmation part's pages one by one only to confirm a change
// made on the tuning part.

const (
	partTuning  = "tuning"
	partConfirm = "confirmation"
)

// inTuning tells whether the page id falls in the tuning part.
func inTuning(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%10 < 7
}

// partOf names the part the page id falls in.
func partOf(id string) string {
	if inTuning(id) {
		return partTuning
	}
	return partConfirm
}
