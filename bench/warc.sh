#!/bin/sh
# warc.sh: WARC input's throughput and memory, outside go test (issue 21).
#
# Builds a WARC of at least SIZE bytes (default 1G) by repeating the pages
# of the corpora, and a --files-from list naming the same page files as
# often, then times paired runs of
#     pith -q -j 2 -f json big.warc.gz          (the WARC)
#     pith -q -j 2 -f json --files-from list    (the plain-file batch)
# alternating, RUNS pairs (default 2), and prints each pair's pages/s, the
# ratio WARC/plain (goal ≥ 0.9) and the WARC run's peak RSS (goal < 100 MB)
# from /usr/bin/time -v, with the load average. The big files are deleted
# at the end.
#
#     sh bench/warc.sh [CORPUS_DIR] (run from the repository's root)
#     SIZE=200M RUNS=1 sh bench/warc.sh   (a quick look)
set -eu
corpus=${1:-../shared/corpus}
size=${SIZE:-1G}
runs=${RUNS:-2}
work=$(mktemp -d "${TMPDIR:-/tmp}/pith-warc-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

go build -o "$work/pith" ./cmd/pith
go run ./warc/internal/mkwarc -o "$work/big.warc.gz" -min-size "$size" "$corpus" 2>"$work/mkwarc.log"
cat "$work/mkwarc.log"
pages=$(sed -n 's/.*: \([0-9]*\) pages (\([0-9]*\) distinct).*/\1/p' "$work/mkwarc.log")
distinct=$(sed -n 's/.*: \([0-9]*\) pages (\([0-9]*\) distinct).*/\2/p' "$work/mkwarc.log")
passes=$((pages / distinct))

# The same page files, as often as the WARC holds them, in the same order
# (mkwarc takes the corpora in sorted order, each page by sorted id).
find "$corpus"/*/html -name '*.html.gz' | sort >"$work/once"
i=0
: >"$work/list"
while [ $i -lt $passes ]; do cat "$work/once" >>"$work/list"; i=$((i + 1)); done
echo "warc.sh: $pages pages in the WARC ($(du -h "$work/big.warc.gz" | cut -f1)), $(wc -l <"$work/list") in the list"

timed() { # timed LOG ARGS...: runs pith, prints its wall seconds
	log=$1
	shift
	# exit 1 is pages without article text, which the corpora hold
	/usr/bin/time -v -o "$log" "$work/pith" -q -j 2 -f json "$@" >/dev/null 2>"$work/stderr" || [ $? -eq 1 ] || {
		echo "warc.sh: pith $* failed:" >&2
		tail -3 "$work/stderr" >&2
	}
	awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log"
}
rss() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }
# cpu LOG: user + system seconds, which a busy machine disturbs less than
# the wall clock
cpu() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$1"; }

r=1
while [ $r -le "$runs" ]; do
	load=$(cut -d' ' -f1-3 /proc/loadavg)
	w=$(timed "$work/warc.time" "$work/big.warc.gz")
	p=$(timed "$work/plain.time" --files-from "$work/list")
	awk -v r="$r" -v w="$w" -v p="$p" -v n="$pages" -v wr="$(rss "$work/warc.time")" -v pr="$(rss "$work/plain.time")" \
		-v wc="$(cpu "$work/warc.time")" -v pc="$(cpu "$work/plain.time")" -v load="$load" -v after="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
		printf "pair %d: warc %.1f pages/s (%.1fs, %.1f CPU-s, peak RSS %s MB), plain %.1f pages/s (%.1fs, %.1f CPU-s, peak RSS %s MB), ratio %.3f (CPU time: %.3f), load average before %s, after %s\n",
			r, n / w, w, wc, wr, n / p, p, pc, pr, p / w, pc / wc, load, after
	}'
	r=$((r + 1))
done
