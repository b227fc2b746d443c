package meta

import (
	"iter"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pith-cli/pith/internal/whatlang"
)

const (
	// detectMinWords is the shortest article text whose language is
	// detected: below it, detection is too often wrong to overrule a page.
	detectMinWords = 50
	// detectSampleBytes bounds the text given to the detector, for speed.
	detectSampleBytes = 1024
)

// functionWords are a few of the commonest words of some languages: a text
// in one of them has a good share of its words among them. They are kept as
// one set, each word with the languages it belongs to (bit i for
// functionWordLanguages[i]), so a word is looked up once for all of them;
// the set is built the first time a language is checked.
var functionWords = sync.OnceValue(func() map[string]uint8 {
	lists := map[string]string{
		"en": "the of and to a in is that for it was on with as are be by this have from at",
		"de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an",
		"fr": "de la le et les des en un du une que est pour qui dans a par sur au il ne pas se plus",
		"es": "de la que el en y a los del se las por un para con no una su al es lo como más",
		"pt": "de a o que e do da em um para é com não uma os no se na por mais as dos ao",
		"it": "di e il la che in a per un è del non le si da una con i sono al della dei",
		"nl": "de van een het en in is op te dat voor met die zijn niet aan er om ook als bij",
		"ru": "и в не на я что он с по это как а то из к у за от же для так",
	}
	var words [len(functionWordLanguages)][]string
	n := 0
	for i, lang := range functionWordLanguages {
		words[i] = strings.Fields(lists[lang])
		n += len(words[i])
	}
	langs := make(map[string]uint8, n)
	for i := range words {
		for _, w := range words[i] {
			langs[w] |= 1 << i
		}
	}
	return langs
})

// functionWordBit is lang's bit in functionWords, or 0 for a language
// without a list.
func functionWordBit(lang string) uint8 {
	for i, l := range functionWordLanguages {
		if l == lang {
			return 1 << i
		}
	}
	return 0
}

// agreesWithText reports whether at least one word in ten of text is a
// function word of lang: text in another language seldom reaches it.
func agreesWithText(lang, text string) bool {
	bit := functionWordBit(lang)
	if bit == 0 {
		return false
	}
	words := functionWords()
	total, hits := 0, 0
	for w := range leadingWords(text) {
		total++
		if words[w]&bit != 0 {
			hits++
		}
	}
	return hits*10 >= total
}

// functionWordSample is how many of a text's first words the function-word
// tests read.
const functionWordSample = 300

// leadingWords yields text's first functionWordSample words (runs of
// letters), in lower case.
func leadingWords(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		count, start := 0, -1
		for i, r := range text + " " {
			switch {
			case unicode.IsLetter(r):
				if start < 0 {
					start = i
				}
			case start >= 0:
				w := text[start:i]
				if !isLowerWord(w) {
					w = strings.ToLower(w)
				}
				start = -1
				if count++; !yield(w) || count == functionWordSample {
					return
				}
			}
		}
	}
}

// guessByFunctionWords names the language among functionWords whose common
// words make up at least a fifth of text's first words and twice the share
// of any other's; "" when none stands out so (a language pith has no list
// for, or close ones such as Spanish and Portuguese in a short text).
func guessByFunctionWords(text string) string {
	var hits [len(functionWordLanguages)]int
	total := 0
	words := functionWords()
	for w := range leadingWords(text) {
		total++
		for langs := words[w]; langs != 0; langs &= langs - 1 {
			hits[bits.TrailingZeros8(langs)]++
		}
	}
	best, second := -1, 0
	for i := range functionWordLanguages {
		switch n := hits[i]; {
		case best < 0 || n > hits[best]:
			if best >= 0 {
				second = hits[best]
			}
			best = i
		case n > second:
			second = n
		}
	}
	if best < 0 || hits[best]*5 < total || hits[best] < 2*second {
		return ""
	}
	return functionWordLanguages[best]
}

// functionWordLanguages lists functionWords' languages in a fixed order,
// so that guesses never depend on map order; at most eight, one bit each.
var functionWordLanguages = [8]string{"en", "de", "fr", "es", "pt", "it", "nl", "ru"}

// isLowerWord reports whether w has no upper-case letter, sparing a copy.
func isLowerWord(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// CheckLanguage cross-checks the declared language against the language
// detected on the article's text. A reliable detection on a long text
// wins when the page declares none or declares another language (a
// template's default lang="en" on a German page); otherwise the page's
// own declaration stands. For speed, the detector runs only when the page
// declares nothing, or declares a language whose function words pith
// knows and the text does not read like it (see agreesWithText).
func CheckLanguage(declared, text string, words int) string {
	if words < detectMinWords {
		return declared
	}
	if len(text) > detectSampleBytes {
		cut := detectSampleBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	primary := primarySubtag(declared)
	if declared != "" && (functionWordBit(primary) == 0 || agreesWithText(primary, text)) {
		return declared // the common case, spared the detector's cost
	}
	if guess := guessByFunctionWords(text); guess != "" && guess != primary {
		return guess // one of the common languages, plainly: no detector needed
	}
	info := whatlang.Detect(text)
	detected := info.Lang.Iso6391()
	if !info.IsReliable() || detected == "" || primarySubtag(declared) == detected {
		return declared
	}
	if declared != "" && functionWordBit(detected) != 0 && !agreesWithText(detected, text) {
		return declared // neither reads right: names, figures, a list; the page's word stands
	}
	return detected
}

// primarySubtag is a language tag's first part, lower-cased ("en-GB" → "en").
func primarySubtag(tag string) string {
	tag = strings.ToLower(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		return tag[:i]
	}
	return tag
}
