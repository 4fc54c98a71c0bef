#!/usr/bin/env bash
# End-to-end figures for `jdautopsy batch` (release build) and the naive Python baseline, on corpora
# generated deterministically from the real postings by Benchmarks/python/make_corpus.py.
#
#   Benchmarks/batch.sh            # 10k: --jobs 1, --jobs 2, Python; 100k: --jobs 2 (memory)
#   SIZES="10000" Benchmarks/batch.sh
#
# Each run is timed by /usr/bin/time (wall seconds, peak resident memory) and writes JSONL to a file,
# so reading, scoring and writing are all counted. Python runs in a venv under /tmp (never committed).
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

measure() { # label records file command… → one table row
  local label=$1 n=$2 file=$3; shift 3
  local t="$WORK/time.txt"
  /usr/bin/time -f "%e %U %S %M" -o "$t" "$@" >/dev/null 2>"$WORK/stderr.txt" || true
  local secs user sys kb
  read -r secs user sys kb < <(tail -1 "$t")
  local mb; mb=$(stat -c %s "$file")
  awk -v l="$label" -v n="$n" -v s="$secs" -v u="$user" -v y="$sys" -v k="$kb" -v b="$mb" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { c = u + y; printf "| %-38s | %7d | %7.1f | %8.1f | %5.2f | %7.1f | %4.2f | %8.1f | %5.0f | %4s |\n", l, n, s, n / s, b / s / 1e6, c, c / s, n / c, k / 1024, load }'
}

# records/s and MB/s are wall-clock; "CPU s" is user + system time, "cores" = CPU s / wall s, and
# records per CPU-second is the figure that holds on a shared machine; "load" is the 1-minute load average after the run.
echo "| run | records | wall s | records/s | MB/s | CPU s | cores | records/CPU-s | peak RSS MB | load |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for n in ${SIZES:-10000 100000}; do
  c=$(corpus "$n")
  if [ "$n" -le 10000 ] && [ "${JOBS1:-1}" = 1 ]; then
    measure "jdautopsy batch --jobs 1" "$n" "$c" "$BIN" batch "$c" --out "$WORK/out-$n-j1.jsonl" --jobs 1 --quiet
  fi
  measure "jdautopsy batch --jobs 2" "$n" "$c" "$BIN" batch "$c" --out "$WORK/out-$n-j2.jsonl" --jobs 2 --quiet
done
if [ "${PYTHON:-1}" = 1 ]; then
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV" && "$VENV/bin/pip" install -q lxml flashtext scikit-learn
  fi
  c=$(corpus "$PY_SIZE")
  measure "naive Python (lxml+flashtext+sklearn)" "$PY_SIZE" "$c" "$VENV/bin/python" Benchmarks/python/naive_batch.py "$c" "$WORK/out-$PY_SIZE-py.jsonl"
fi
