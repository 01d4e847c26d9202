#!/usr/bin/env bash
# Summarize a JSON Lines archive on one machine with GNU parallel: the input is cut into blocks
# of whole lines, each block goes to its own `triglot summarize --jsonl`, and --keep-order puts
# the results back in input order. Each triglot already uses every core, so on one machine this
# gains little; the same recipe spreads the blocks over several machines with --sshlogin.
#
# Usage: tools/scale-out/parallel-summarize.sh [TRIGLOT] < articles.jsonl > summaries.jsonl
# Exit status: 0; 65 when some line gave an error record (as triglot itself); 1 when a block
# failed otherwise.
set -uo pipefail
triglot=${1:-triglot}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
parallel --pipe --keep-order --block 4M --jobs 2 --halt never --joblog "$log" "$triglot" summarize --jsonl
# Column 7 of the job log is each block's exit value: 65 means error records were written.
worst=$(awk 'NR > 1 && $7 != 0 { print ($7 == 65 ? 65 : 1) }' "$log" | sort -n | tail -1)
exit "${worst:-0}"
