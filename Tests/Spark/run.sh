#!/usr/bin/env bash
# The Spark path's test: a real PySpark job (local mode) pipes ../shared/data/skillspan/postings.jsonl
# through `jdautopsy batch - --out -` and must equal the single-process run record for record.
# Skips (exit 0, with a message) when ../shared is absent. Installs pyspark and a Java runtime only when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=../shared/data/skillspan/postings.jsonl
if [ ! -f "$DATA" ]; then
  echo "Spark test SKIPPED: $DATA is absent (a clone without ../shared)"
  exit 0
fi
BIN=${JDAUTOPSY_BIN:-.build/debug/jdautopsy}
[ -x "$BIN" ] || swift build --product jdautopsy
if ! command -v java >/dev/null 2>&1; then
  apt-get update && apt-get install -y openjdk-17-jre-headless
fi
python3 -c "import pyspark" 2>/dev/null || python3 -m pip install --quiet pyspark
export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON=python3
python3 Tests/Spark/spark_batch.py --binary "$BIN" --input "$DATA" --partitions 4
