package render

import (
	"net/url"
	"testing"
)

// TestWaybackOriginal checks which addresses are a Wayback Machine save's
// and the original each one archives.
func TestWaybackOriginal(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://web.archive.org/web/20200102030405/https://site.example/a/b?c=1", "https://site.example/a/b?c=1"},
		{"http://web.archive.org/web/2020/http://site.example/", "http://site.example/"},
		{"https://web.archive.org/web/20200102030405im_/https://site.example/i.jpg", "https://site.example/i.jpg"},
		{"https://web.archive.org/web/20200102030405id_/https:/site.example/x", "https://site.example/x"},
		{"https://web.archive.org/web/20200102030405/site.example/plain", "http://site.example/plain"},
		{"https://web.archive.org/web/20200102030405*/https://site.example/", ""},
		{"https://web.archive.org/web/", ""},
		{"https://web.archive.org/details/some-item", ""},
		{"https://site.example/web/20200102030405/https://other.example/", ""},
		{"https://archive.example/web/20200102030405/https://site.example/", ""},
	} {
		u, err := url.Parse(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := WaybackOriginal(u)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("WaybackOriginal(%s) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}
