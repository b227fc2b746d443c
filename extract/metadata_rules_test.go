package extract

import (
	"strings"
	"testing"

	"github.com/pith-cli/pith/extract/internal/meta"
	"github.com/pith-cli/pith/extract/internal/render"
)

func TestURLDate(t *testing.T) {
	for in, want := range map[string]string{
		"/2020/08/15/five-things/":        "2020-08-15",
		"/news/2021-01-25/snow-day":       "2021-01-25",
		"/espana/20230315/plan.html":      "2023-03-15",
		"/2019/03/story-0":                "", // a month is not a day
		"/products/20231399/":             "",
		"/politik/2022/11/08/reform.html": "2022-11-08",
	} {
		if got := meta.URLDate(in); got != want {
			t.Errorf("urlDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCheckLanguage(t *testing.T) {
	de := strings.Repeat("Die Pläne wurden den Anwohnern an einem verregneten Abend im Gemeindesaal vorgestellt, wo mehr als zweihundert Menschen standen. ", 4)
	en := strings.Repeat("The plan was presented to residents on a wet evening in the community hall, where more than two hundred people queued. ", 4)
	for _, tc := range []struct{ declared, text, want string }{
		{"en", de, "de"},       // a template's default on a German page
		{"", de, "de"},         // nothing declared
		{"en-GB", en, "en-GB"}, // agreement keeps the page's own tag
		{"de", "Kurzer Text auf Englisch? No, this is short.", "de"}, // too short to overrule
	} {
		if got := meta.CheckLanguage(tc.declared, tc.text, render.CountWords(tc.text)); got != tc.want {
			t.Errorf("checkLanguage(%q, %.20q…) = %q, want %q", tc.declared, tc.text, got, tc.want)
		}
	}
}
