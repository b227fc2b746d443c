package publicsuffix

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	upstream "golang.org/x/net/publicsuffix"
)

// The fork must answer as the x/net release in go.mod does: the same list
// revision, and the same suffix and registrable domain for every host.
// When go.mod moves to an x/net whose list changed, the revision check
// fails until table.go and data/ are copied over again (FORK.md).
func TestSameListAsUpstream(t *testing.T) {
	if got, want := List.String(), upstream.List.String(); got != want {
		t.Fatalf("fork holds %q,\nupstream %q: copy table.go and data/ from the x/net release in go.mod", got, want)
	}
}

func TestSameAnswersAsUpstream(t *testing.T) {
	hosts := append(testdataHosts(t), oddHosts...)
	if len(hosts) < 150 {
		t.Fatalf("only %d hosts to compare", len(hosts))
	}
	for _, h := range hosts {
		gotSuffix, gotICANN := PublicSuffix(h)
		wantSuffix, wantICANN := upstream.PublicSuffix(h)
		if gotSuffix != wantSuffix || gotICANN != wantICANN {
			t.Errorf("PublicSuffix(%q) = %q, %v; upstream %q, %v", h, gotSuffix, gotICANN, wantSuffix, wantICANN)
		}
		got, gotErr := EffectiveTLDPlusOne(h)
		want, wantErr := upstream.EffectiveTLDPlusOne(h)
		if got != want || errText(gotErr) != errText(wantErr) {
			t.Errorf("EffectiveTLDPlusOne(%q) = %q, %v; upstream %q, %v", h, got, gotErr, want, wantErr)
		}
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// oddHosts are the list's special cases: wildcards and their exceptions,
// private suffixes, suffixes alone, IP addresses, case, empty labels.
var oddHosts = []string{
	"", ".", "com", "example.com", "www.example.com", "EXAMPLE.COM", "example.com.",
	"co.uk", "bbc.co.uk", "news.bbc.co.uk", "amazon.co.uk", "www.amazon.co.uk",
	"ck", "www.ck", "a.www.ck", "foo.ck", "bar.foo.ck",
	"kawasaki.jp", "city.kawasaki.jp", "a.city.kawasaki.jp", "b.kawasaki.jp", "c.b.kawasaki.jp",
	"blogspot.com", "foo.blogspot.com", "a.foo.blogspot.com", "github.io", "user.github.io",
	"appspot.com", "x.appspot.com", "s3.amazonaws.com", "bucket.s3.amazonaws.com",
	"xn--p1ai", "xn--80aswg.xn--p1ai", "пример.рф", "münchen.de", "xn--mnchen-3ya.de",
	"127.0.0.1", "192.168.0.1", "::1", "[::1]", "2001:db8::1",
	"localhost", "local", "a.b.c.d.e.f.example.org", "example.notatld", "a..b.com", "..com",
	"gov.uk", "service.gov.uk", "www.service.gov.uk", "com.au", "abc.net.au", "nsw.gov.au",
	"zeit.de", "lemonde.fr", "elpais.com", "repubblica.it", "nos.nl", "ria.ru", "asahi.com",
	"mainichi.jp", "co.jp", "yahoo.co.jp", "news.yahoo.co.jp", "com.cn", "sina.com.cn",
	"co.kr", "chosun.co.kr", "com.br", "globo.com.br", "g1.globo.com",
}

// testdataHosts are the hosts of the links in pith's fixtures.
func testdataHosts(t *testing.T) []string {
	t.Helper()
	rxHost := regexp.MustCompile(`https?://([^/"'\s<>?#:]+)`)
	seen := map[string]bool{}
	root := filepath.Join("..", "..", "testdata")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range rxHost.FindAllStringSubmatch(string(b), -1) {
			seen[strings.ToLower(m[1])] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	hosts := make([]string, 0, len(seen))
	for h := range seen {
		hosts = append(hosts, h)
	}
	slices.Sort(hosts)
	return hosts
}
