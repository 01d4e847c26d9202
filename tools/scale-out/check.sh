#!/usr/bin/env bash
# The scale-out recipes, checked: a partitioned JSON Lines archive summarized by one
# `triglot summarize --jsonl`, by GNU parallel and by Apache Spark (local[2]) must give the same
# lines in the same order; prints the throughput of each in the same run.
#
# Usage: tools/scale-out/check.sh TRIGLOT [ARTICLES_PER_PART] [PARTS]
# Needs: GNU parallel (apt-get install parallel), pyspark (pip install pyspark) and Java 17+.
set -euo pipefail
triglot=$(realpath "$1")
per_part=${2:-2000}
parts=${3:-8}
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The archive: articles made up from a fixed seed, written by the project (no shared data).
python3 - "$work/archive" "$per_part" "$parts" <<'PY'
import json, os, random, sys
folder, per_part, parts = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(folder)
random.seed(7)
words = ("the ministers met in hanoi and agreed to deepen cooperation on trade investment and "
         "security while discussing regional issues with their counterparts from laos and cambodia").split()
number = 0
for part in range(parts):
    with open(os.path.join(folder, f"part-{part:05d}.jsonl"), "w", encoding="utf-8") as out:
        for _ in range(per_part):
            sentences = [" ".join(random.choice(words) for _ in range(14)).capitalize() + "." for _ in range(10)]
            out.write(json.dumps({"id": number, "text": " ".join(sentences), "title": f"Report {number}"}) + "\n")
            number += 1
PY
total=$((per_part * parts))

seconds() { python3 -c 'import time; print(time.monotonic())'; }
rate() { python3 -c "import sys; print(f'{$total / ($2 - $1):,.0f} articles/s ({$2 - $1:.2f} s)')"; }

start=$(seconds)
cat "$work"/archive/part-*.jsonl | "$triglot" summarize --jsonl > "$work/single.jsonl"
end=$(seconds)
echo "single process:           $(rate "$start" "$end")"

start=$(seconds)
cat "$work"/archive/part-*.jsonl | "$here/parallel-summarize.sh" "$triglot" > "$work/parallel.jsonl"
end=$(seconds)
cmp "$work/single.jsonl" "$work/parallel.jsonl"
echo "GNU parallel (2 jobs):    $(rate "$start" "$end"), output identical"

start=$(seconds)
python3 "$here/spark_summarize.py" "$work/archive" "$work/spark" --master 'local[2]' --triglot "$triglot" 2> "$work/spark.log" \
    || { cat "$work/spark.log" >&2; exit 1; }
end=$(seconds)
cat "$work"/spark/part-* > "$work/spark.jsonl"
cmp "$work/single.jsonl" "$work/spark.jsonl"
echo "Spark local[2] (RDD.pipe per partition, JVM start included): $(rate "$start" "$end"), output identical"
echo "$total articles in $parts partitions: all three outputs equal"
