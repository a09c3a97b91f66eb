#!/usr/bin/env python3
"""Build a newsgraph graph on Apache Spark: documents are piped through
`newsgraph facts` on the executors (map step), fact lines are written to
partitioned files and merged by `newsgraph merge` (reduce step).

Usage:
  spark-submit examples/spark/newsgraph_spark.py DOCS.jsonl OUT_DIR [--newsgraph PATH] [--partitions N]
  python3 examples/spark/newsgraph_spark.py ...        (local mode, pyspark from pip)

DOCS.jsonl holds {"id", "text"} per line (any Spark-readable path: HDFS, S3...).
The newsgraph binary and its gazetteers must exist on every executor at the same
path (ship them with --files/--archives or install them on the image).
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile

from pyspark.sql import SparkSession


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("docs")
    ap.add_argument("out")
    ap.add_argument("--newsgraph", default=shutil.which("newsgraph") or "target/release/newsgraph")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--master", default=os.environ.get("SPARK_MASTER", "local[2]"))
    a = ap.parse_args()
    binary = os.path.abspath(a.newsgraph)
    gazetteers = os.environ.get("NEWSGRAPH_GAZETTEERS", os.path.abspath("gazetteers"))

    spark = SparkSession.builder.master(a.master).appName("newsgraph").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    docs = spark.sparkContext.textFile(a.docs).filter(lambda l: l.strip()).repartition(a.partitions)
    # map: each partition's JSON lines go to `newsgraph facts - --stdin-jsonl` on its executor
    facts = docs.pipe(f"{binary} facts - --stdin-jsonl -j 1 -g {gazetteers} --no-default-gazetteers",
                      env={"NEWSGRAPH_GAZETTEERS": gazetteers})
    tmp = tempfile.mkdtemp(prefix="newsgraph-facts-")
    facts_dir = os.path.join(tmp, "facts")
    facts.saveAsTextFile(facts_dir)
    spark.stop()
    # reduce: merging is associative and commutative, so part order does not matter
    parts = sorted(glob.glob(os.path.join(facts_dir, "part-*")))
    subprocess.run([binary, "merge", *parts, "-o", a.out, "-g", gazetteers, "--no-default-gazetteers"], check=True)
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"merged {len(parts)} partitions -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
