package meta

import (
	"encoding/json"
	"strings"

	"github.com/pith-cli/pith/internal/dom"
)

// ldArticle is what pith reads from a page's JSON-LD.
type ldArticle struct {
	headline, alternativeHeadline, description string
	// named: headline is the object's name (a recipe's, a product's), not
	// a headline the page declares for itself.
	named                                bool
	published, modified, language, image string
	publisher, siteName                  string
	authors, keywords, sections          []string
	Body                                 string   // articleBody, for the recall guard
	anyPublished                         string   // the first datePublished of another object (a WebPage), when no article has one
	allPublished                         []string // every object's datePublished as written, for the page's own zone
}

// articleTypes are the schema.org types that describe the page's article.
var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "BlogPosting": true, "ReportageNewsArticle": true,
	"AnalysisNewsArticle": true, "OpinionNewsArticle": true, "BackgroundNewsArticle": true,
	"ReviewNewsArticle": true, "LiveBlogPosting": true, "ScholarlyArticle": true,
	"TechArticle": true, "Report": true, "SocialMediaPosting": true, "Recipe": true,
	"AskPublicNewsArticle": true, "SatiricalArticle": true, "Review": true,
}

// parseJSONLD reads the first article object found in the page's JSON-LD
// scripts (top level, arrays and @graph), plus the WebSite's name.
func parseJSONLD(scripts []string) ldArticle {
	var out ldArticle
	found := false
	var objects []map[string]any
	for _, s := range scripts {
		var v any
		if json.Unmarshal([]byte(stripCDATA(s)), &v) != nil {
			continue
		}
		objects = append(objects, ldObjects(v)...)
	}
	byID := map[string]map[string]any{}
	for _, obj := range objects {
		if id := ldString(obj["@id"]); id != "" && byID[id] == nil {
			byID[id] = obj
		}
	}
	{
		for _, obj := range objects {
			types := ldStrings(obj["@type"])
			if hasAny(types, "WebSite") && out.siteName == "" {
				out.siteName = ldString(obj["name"])
			}
			if v := ldString(obj["datePublished"]); v != "" && len(out.allPublished) < 8 {
				out.allPublished = append(out.allPublished, v)
			}
			if out.anyPublished == "" && !hasAny(types, "WebSite") {
				out.anyPublished = normalizeDate(ldString(obj["datePublished"]))
			}
			if found || !anyIn(types, articleTypes) {
				continue
			}
			found = true
			out.headline = dom.NormalizeSpace(dom.FirstNonEmpty(ldString(obj["headline"]), ldString(obj["name"])))
			out.named = ldString(obj["headline"]) == ""
			out.alternativeHeadline = dom.NormalizeSpace(ldString(obj["alternativeHeadline"]))
			out.description = dom.NormalizeSpace(ldString(obj["description"]))
			out.published = ldString(obj["datePublished"])
			out.modified = ldString(obj["dateModified"])
			out.language = ldString(obj["inLanguage"])
			out.image = ldURL(obj["image"])
			out.authors = ldNames(obj["author"], byID)
			out.keywords = ldList(obj["keywords"])
			out.sections = ldList(obj["articleSection"])
			out.Body = ldString(obj["articleBody"])
			if p, ok := obj["publisher"].(map[string]any); ok {
				out.publisher = dom.NormalizeSpace(ldString(p["name"]))
			}
		}
	}
	return out
}

// ldObjects flattens a JSON-LD value into its objects, following arrays and @graph.
func ldObjects(v any) []map[string]any {
	switch t := v.(type) {
	case []any:
		var out []map[string]any
		for _, e := range t {
			out = append(out, ldObjects(e)...)
		}
		return out
	case map[string]any:
		out := []map[string]any{t}
		for _, key := range []string{"@graph", "mainEntity"} {
			if g, ok := t[key]; ok {
				out = append(out, ldObjects(g)...)
			}
		}
		return out
	}
	return nil
}

func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	case map[string]any:
		return ldString(t["@value"])
	}
	return ""
}

func ldStrings(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldList reads keywords or sections: an array, or one comma-separated string.
func ldList(v any) []string {
	var out []string
	for _, s := range ldStrings(v) {
		for _, part := range strings.Split(s, ",") {
			if p := dom.NormalizeSpace(part); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

func ldURL(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if u := ldURL(e); u != "" {
				return u
			}
		}
	case map[string]any:
		return dom.FirstNonEmpty(ldString(t["url"]), ldString(t["contentUrl"]), ldString(t["@id"]))
	}
	return ""
}

// ldNames reads person names from an author value: a string, a Person
// object or a reference to one by @id, or an array of these.
func ldNames(v any, byID map[string]map[string]any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldNames(e, byID)...)
		}
		return out
	case map[string]any:
		if name := ldPersonName(t); name != "" {
			return []string{name}
		}
		if ref := byID[ldString(t["@id"])]; ref != nil {
			if name := ldPersonName(ref); name != "" {
				return []string{name}
			}
		}
	}
	return nil
}

// ldPersonName is an author object's name, else its givenName and
// familyName joined: schema.org lets a Person give only the two parts,
// and some newsrooms' systems print every author that way. A script
// without case writes the family name first.
func ldPersonName(obj map[string]any) string {
	if name := ldString(obj["name"]); name != "" {
		return name
	}
	given, family := dom.NormalizeSpace(ldString(obj["givenName"])), dom.NormalizeSpace(ldString(obj["familyName"]))
	switch {
	case given == "" || family == "":
		return "" // half a name is no name: a lone "Anna" would pass for one
	case !hasCase(given + family):
		return family + " " + given
	}
	return given + " " + family
}

// stripCDATA removes the CDATA wrapper, and the script comments around
// it, that some pages put around their JSON-LD.
func stripCDATA(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"//", "/*", "<![CDATA[", "*/"} {
		s = strings.TrimSpace(strings.TrimPrefix(s, p))
	}
	for _, suffix := range []string{"//]]>", "/*]]>*/", "]]>"} {
		s = strings.TrimSpace(strings.TrimSuffix(s, suffix))
	}
	return s
}

func hasAny(list []string, want string) bool {
	for _, s := range list {
		if s == want {
			return true
		}
	}
	return false
}

func anyIn(list []string, set map[string]bool) bool {
	for _, s := range list {
		if set[strings.TrimPrefix(s, "schema:")] {
			return true
		}
	}
	return false
}
