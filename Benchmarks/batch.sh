#!/usr/bin/env bash
# End-to-end figures for `jdautopsy batch` (release build) and the naive Python baseline, on corpora
# generated deterministically from the real postings by Benchmarks/python/make_corpus.py.
#
#   Benchmarks/batch.sh            # 10k: --jobs 1 and 2 per format, Python; 100k: --jobs 2 (memory)
#   SIZES="10000" FORMATS="csv" RUNS=3 Benchmarks/batch.sh
#
# Each run is timed by /usr/bin/time (wall seconds, peak resident memory) and writes its results to a
# file (JSONL, CSV or SQLite; FORMATS picks them), so reading, scoring and writing are all counted.
# With RUNS=N every row is the median-wall of N runs, Python's too (this machine's minutes vary). With
# Python on, each jdautopsy row's records/s is printed at the end as a multiple of Python's from the same run. Python runs in a venv under /tmp (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data/skillspan/postings.jsonl}
WORK=${WORK:-/tmp/jdautopsy-batch-bench}
VENV=${VENV:-/tmp/jd-naive-venv}
PY_SIZE=${PY_SIZE:-10000}
[ -f "$DATA" ] || { echo "batch benchmark skipped: $DATA is absent"; exit 0; }
mkdir -p "$WORK"
swift build -c release --static-swift-stdlib --product jdautopsy >/dev/null  # as the README builds it
BIN=.build/release/jdautopsy

corpus() { # N → path
  local f="$WORK/corpus-$1.jsonl"
  [ -s "$f" ] || python3 Benchmarks/python/make_corpus.py "$DATA" "$1" > "$f"
  echo "$f"
}

measure() { # label records input output command… → one table row (the median-wall run of RUNS)
  local label=$1 n=$2 file=$3 out=$4; shift 4
  local t="$WORK/time.txt" runs="$WORK/runs.txt"
  : > "$runs"
  for _ in $(seq "${RUNS:-1}"); do
    rm -f "$out"
    /usr/bin/time -f "%e %U %S %M" -o "$t" "$@" >/dev/null 2>"$WORK/stderr.txt" || true
    tail -1 "$t" >> "$runs"
  done
  local secs user sys kb
  read -r secs user sys kb < <(sort -n "$runs" | awk -v m="$(( (${RUNS:-1} + 1) / 2 ))" 'NR == m')
  local mb; mb=$(stat -c %s "$file")
  awk -v l="$label" -v n="$n" -v s="$secs" -v u="$user" -v y="$sys" -v k="$kb" -v b="$mb" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { c = u + y; printf "| %-38s | %7d | %7.2f | %8.1f | %5.2f | %7.1f | %4.2f | %8.1f | %5.0f | %4s |\n", l, n, s, n / s, b / s / 1e6, c, c / s, n / c, k / 1024, load }'
  awk -v l="$label" -v n="$n" -v s="$secs" 'BEGIN { printf "%s, %d records\t%.1f\n", l, n, n / s }' >> "$WORK/rates.txt"
}
: > "$WORK/rates.txt"

# records/s and MB/s are wall-clock; "CPU s" is user + system time, "cores" = CPU s / wall s, and
# records per CPU-second is the figure that holds on a shared machine; "load" is the 1-minute load average after the run.
echo "| run | records | wall s | records/s | MB/s | CPU s | cores | records/CPU-s | peak RSS MB | load |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for n in ${SIZES:-10000 100000}; do
  c=$(corpus "$n")
  for f in ${FORMATS:-jsonl csv sqlite}; do
    if [ "$n" -le 10000 ] && [ "${JOBS1:-1}" = 1 ]; then
      measure "jdautopsy batch --jobs 1, $f" "$n" "$c" "$WORK/out-$n-j1.$f" "$BIN" batch "$c" --out "$WORK/out-$n-j1.$f" --jobs 1 --quiet
    fi
    measure "jdautopsy batch --jobs 2, $f" "$n" "$c" "$WORK/out-$n-j2.$f" "$BIN" batch "$c" --out "$WORK/out-$n-j2.$f" --jobs 2 --quiet
  done
done
if [ "${PYTHON:-1}" = 1 ]; then
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV" && "$VENV/bin/pip" install -q lxml flashtext scikit-learn
  fi
  c=$(corpus "$PY_SIZE")
  measure "naive Python (lxml+flashtext+sklearn)" "$PY_SIZE" "$c" "$WORK/out-$PY_SIZE-py.jsonl" "$VENV/bin/python" Benchmarks/python/naive_batch.py "$c" "$WORK/out-$PY_SIZE-py.jsonl"
fi
if [ "${PYTHON:-1}" = 1 ]; then
  # Each jdautopsy row's records/s over Python's, from the same run (the goal is ≥ 20×).
  awk -F '\t' 'NR == FNR { if ($1 ~ /^naive Python/) py = $2; next } $1 !~ /^naive Python/ && py > 0 { printf "%-52s %5.1f× naive Python\n", $1, $2 / py }' \
    "$WORK/rates.txt" "$WORK/rates.txt"
fi
