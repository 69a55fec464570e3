#!/usr/bin/env bash
# Regenerate expected outputs with CPython 3.11 (run from anywhere).
#   ./regen.sh              -> all cases
#   ./regen.sh foo.py ...   -> only the given cases
# .out  = stdout; .err = last non-empty stderr line (only when stderr is non-empty);
# .code = exit code, only when it is not the default (1 if .err exists, else 0);
# .tb   = full stderr, regenerated only for cases that already have a .tb
#         (create an empty <name>.tb to opt a case in). File paths are reduced
#         to the basename.
set -u
cd "$(dirname "$0")"
PY=${PY:-$(python3 -c 'import sys; print(sys.executable)')}
"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || exit 1
cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=(*.py)
for f in "${cases[@]}"; do
    n=${f%.py}
    "$PY" -S "$n.py" > "$n.out" 2> "$n.stderr.tmp" < /dev/null
    rc=$?
    rm -f "$n.err" "$n.code"
    last=$(grep -v '^[[:space:]]*$' "$n.stderr.tmp" | tail -n1)
    [ -n "$last" ] && printf '%s\n' "$last" > "$n.err"
    # .code only when it differs from the default implied by .err (1) / no .err (0)
    if [ -e "$n.err" ]; then [ $rc -ne 1 ] && echo $rc > "$n.code"
    else [ $rc -ne 0 ] && echo $rc > "$n.code"; fi
    if [ -e "$n.tb" ]; then
        sed -E 's#^(  File ")[^"]*/([^/"]+")#\1\2#' "$n.stderr.tmp" > "$n.tb"
    fi
    rm -f "$n.stderr.tmp"
done
