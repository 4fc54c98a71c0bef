#!/usr/bin/env bash
# `jdautopsy analyze` of one typical posting as a whole cold process (start, lexicon load, analysis,
# output), with the release binary built as the README builds it (Swift runtime linked statically).
#
#   Benchmarks/cold.sh                 # median wall time (hyperfine) and CPU task-clock (perf stat)
#   RUNS=100 Benchmarks/cold.sh
#
# The case measured is a cold process with a warm cache: the first run after a lexicon or catalog
# change compiles them into ~/.cache/jdautopsy (≈0.2 s); every later start reads that.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-50}
POSTING=Corpus/postings/13-html-jsonld-salary-mismatch-growth-marketing-manager.html  # as in Benchmarks/Benchmarks/Analyze
swift build -c release --static-swift-stdlib --product jdautopsy >/dev/null
BIN=.build/release/jdautopsy
"$BIN" analyze "$POSTING" >/dev/null  # builds the cache when it is missing or stale
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --warmup 5 --runs "$RUNS" --export-json /tmp/jdautopsy-cold.json "$BIN analyze $POSTING" "$BIN --version"
python3 -c 'import json; [print("median %.1f ms  %s" % (r["median"] * 1000, r["command"])) for r in json.load(open("/tmp/jdautopsy-cold.json"))["results"]]'
perf stat -r 30 -e task-clock "$BIN" analyze "$POSTING" 2>&1 >/dev/null | grep -E "task-clock|elapsed"
