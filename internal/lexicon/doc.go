// Package lexicon holds the multilingual word lists more than one stage of
// extract reads: the wording rules' patterns and labels with the tables
// generated from them, and the matcher that names the kind of boilerplate a
// short text is; the month, weekday and stamp words of date lines; the words
// of class and id names; the news agencies' names that bylines and picture
// credits both give.
package lexicon
