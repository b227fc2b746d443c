package extract

import (
	"strings"
	"testing"

	"github.com/pith-cli/pith/extract/internal/render"
)

// Long figcaptions are a slideshow's text when there are several of them
// (testdata/pages/slideshow-captions is the whole page); one long
// figcaption among short ones is a figure's legend, and a short one a
// caption: text leaves both out.
func TestSlideshowCaptions(t *testing.T) {
	long := func(topic string) string {
		return `<figure><img src="` + topic + `.jpg"><figcaption><p>` +
			strings.Repeat("The "+topic+" scene shows how the room changes when the light moves across it in the afternoon. ", 6) +
			`</p></figcaption></figure>`
	}
	short := `<figure><img src="s.jpg"><figcaption>A reading corner by the window.</figcaption></figure>`
	intro := `<p>We asked a designer what first homes get wrong, and she walked us through a few rooms.</p>`
	for _, tc := range []struct {
		name, body string
		want       []bool // whether the text holds the kitchen's, then the garden's caption
	}{
		{"two long figcaptions: slides", intro + long("kitchen") + long("garden") + short, []bool{true, true}},
		{"one long figcaption: a legend", intro + long("kitchen") + short + short, []bool{false, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := render.Text(parseBody(t, tc.body))
			for i, topic := range []string{"kitchen", "garden"} {
				if got := strings.Contains(text, "The "+topic+" scene"); got != tc.want[i] {
					t.Errorf("text holds the %s caption: %v, want %v\n%s", topic, got, tc.want[i], text)
				}
			}
			if strings.Contains(text, "A reading corner") {
				t.Errorf("text holds the short caption\n%s", text)
			}
		})
	}
}
