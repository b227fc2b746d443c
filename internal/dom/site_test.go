package dom

import "testing"

func TestSite(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://www.example.co.uk/a/b", "example.co.uk"},
		{"http://news.Example.com:8080/x", "example.com"},
		{"https://192.0.2.7/page", "192.0.2.7"},
		{"/relative/path", ""},
		{"", ""},
	} {
		if got := Site(tc.in); got != tc.want {
			t.Errorf("Site(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		href string
		want bool
	}{
		{"https://shop.other.example/item", true},
		{"https://blog.example.co.uk/post", false}, // a subdomain of the same site
		{"/shop/item", false},
		{"mailto:desk@other.example", false},
		{"//cdn.other.example/x", true}, // the page's scheme
	} {
		if got := LeavesSite(tc.href, "example.co.uk"); got != tc.want {
			t.Errorf("LeavesSite(%q) = %v, want %v", tc.href, got, tc.want)
		}
	}
}
