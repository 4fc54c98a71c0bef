#!/usr/bin/env python3
"""Score a JSONL corpus with `jdautopsy batch - --out -` under PySpark's RDD.pipe (local mode),
then check that the result equals the single-process run record for record.

    python3 Tests/Spark/spark_batch.py --binary .build/debug/jdautopsy \
        --input ../shared/data/skillspan/postings.jsonl [--partitions 4] [--out spark.jsonl]

Each Spark partition starts one `jdautopsy batch - --out -` process that reads the partition's lines
on stdin and writes one result line per input line on stdout, in order; `collect()` keeps partition
order, so the job's output is in input order. Records need an `id` field: without one a record's id
is `-:LINE`, and line numbers restart in every partition.

Exit status: 0 equal, 1 different, 2 usage or Spark failure.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import time


def spark_run(binary, path, partitions, jobs):
    from pyspark import SparkConf, SparkContext

    conf = (SparkConf().setMaster("local[2]").setAppName("jdautopsy-batch")
            .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        lines = sc.textFile(os.path.abspath(path), minPartitions=partitions)
        command = [os.path.abspath(binary), "batch", "-", "--out", "-", "--quiet", "--jobs", str(jobs)]
        # checkCode=False: exit 8 means "some records failed", and those records are in the output.
        scored = lines.pipe(shlex.join(command), checkCode=False)
        return scored.collect(), lines.getNumPartitions()
    finally:
        sc.stop()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True, help="the jdautopsy executable")
    ap.add_argument("--input", required=True, help="a JSONL corpus whose records have ids")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--jobs", type=int, default=1, help="--jobs of each piped process")
    ap.add_argument("--out", help="also write the Spark job's output here")
    args = ap.parse_args()

    started = time.time()
    spark_lines, partitions = spark_run(args.binary, args.input, args.partitions, args.jobs)
    spark_seconds = time.time() - started
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.writelines(line + "\n" for line in spark_lines)

    started = time.time()
    local = subprocess.run([args.binary, "batch", args.input, "--out", "-", "--quiet"], capture_output=True)
    local_seconds = time.time() - started
    if local.returncode not in (0, 8):
        print(f"single-process run failed ({local.returncode}): {local.stderr.decode()}", file=sys.stderr)
        return 2
    local_lines = local.stdout.decode("utf-8").splitlines()

    with open(args.input, encoding="utf-8") as f:
        inputs = sum(1 for _ in f)
    problems = []
    if len(spark_lines) != len(local_lines) or len(local_lines) != inputs:
        problems.append(f"record counts differ: input {inputs}, spark {len(spark_lines)}, local {len(local_lines)}")
    for k, (s, l) in enumerate(zip(spark_lines, local_lines)):
        if s != l:
            sid, lid = json.loads(s).get("id"), json.loads(l).get("id")
            same = json.loads(s) == json.loads(l)
            problems.append(f"record {k + 1} differs (spark id {sid}, local id {lid}; equal as JSON: {same})")
            if len(problems) > 5:
                break
    print(f"spark: {len(spark_lines)} records from {partitions} partitions in {spark_seconds:.1f} s; "
          f"local: {len(local_lines)} records in {local_seconds:.1f} s")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print("spark output equals the single-process output, record for record")
    return 0


if __name__ == "__main__":
    sys.exit(main())
