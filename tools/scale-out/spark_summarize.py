#!/usr/bin/env python3
"""Summarize a partitioned JSON Lines archive with Apache Spark, one `triglot summarize --jsonl`
process per partition (RDD.pipe): each partition's lines go to triglot's standard input and its
result lines come back in the same order, so the output partitions line up with the input ones.

Usage:
    pip install pyspark            # Spark 4 needs Java 17 or later
    python3 tools/scale-out/spark_summarize.py INPUT_DIR OUTPUT_DIR [--master local[2]]
        [--triglot PATH] [--args "--sentences 2"]

INPUT_DIR holds the archive's part files (*.jsonl, one article per line: {"id", "text",
"title"?, ...}); OUTPUT_DIR is written as Spark writes text (part-00000, ...), one result line
per input line. A bad input line gives an error record in its place (triglot exits 65 then,
which Spark would take for a failed task, so this script tolerates exit 65 and fails on others).
"""
import argparse
import os
import shlex
import subprocess
import sys


def summarize_partition(lines, command):
    """Runs triglot on one partition's lines and yields its result lines in order."""
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Feeding and reading at once would need threads; a partition is written whole first,
    # which triglot reads as a stream while it writes results (bounded memory on its side).
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    out, err = process.communicate(data)
    if process.returncode not in (0, 65):
        raise RuntimeError(f"triglot exited {process.returncode}: {err.decode('utf-8', 'replace').strip()}")
    for line in out.decode("utf-8").splitlines():
        yield line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--triglot", default="triglot")
    parser.add_argument("--args", default="", help="extra arguments for triglot summarize")
    options = parser.parse_args()

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master(options.master).appName("triglot-summarize").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    command = [os.path.abspath(options.triglot) if os.sep in options.triglot else options.triglot,
               "summarize", "--jsonl"] + shlex.split(options.args)
    parts = sorted(os.path.join(options.input, name) for name in os.listdir(options.input) if name.endswith(".jsonl"))
    # One Spark partition per part file, in order: textFile keeps the lines of a file in order.
    rdd = spark.sparkContext.textFile(",".join(parts), minPartitions=len(parts))
    rdd.mapPartitions(lambda lines: summarize_partition(lines, command)).saveAsTextFile(options.output)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
