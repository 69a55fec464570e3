#!/usr/bin/env bash
# Expected transcripts of the interactive prompt, from CPython 3.11 run as
# `python3 -i` on each NAME.in (stdin is a pipe, so prompts go to stderr).
# The banner (the first two lines of stderr) is dropped.
set -eu
cd "$(dirname "$0")"
rm -f *.code
for f in *.in; do
    n=${f%.in}
    python3 -i < "$f" > "$n.out" 2> "$n.stderr.tmp" || echo $? > "$n.code"
    tail -n +3 "$n.stderr.tmp" > "$n.err"
    rm -f "$n.stderr.tmp"
done
