// Package input is the first stage of extract: it reads a page's bytes
// (bounded, gunzipped when gzip, unwrapped from MHTML), decodes them to
// UTF-8 (BOM, declared charset, detection), and parses them once, after
// cutting script bodies and capping the work a pathological page can ask
// for.
package input
