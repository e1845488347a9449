#!/usr/bin/env bash
# regen.sh: rewrite the expectation files of golden programs from real Go.
#
#   tests/golden/regen.sh [--runs N] [FILE.go | DIR ...]
#
# With no FILE or DIR it regenerates tests/golden, tests/seed and static/lessons.
# For each program it writes, beside it:
#   NAME.stdout   exact stdout bytes
#   NAME.code     exit status and a newline
#   NAME.stderr1  first line of stderr (only when stderr is non-empty)
#   NAME.stderr   the whole stderr, only for compile-error programs (err_*), whose
#                 checker must report several errors
# A lesson's main.go gets expected.stdout / expected.code / expected.stderr1 instead, and
# when its lesson.toml says `also_go = "1.21"`, a second run with --go 1.21 writes
# expected-go1.21.stdout / .code / .stderr1 (the loop-variable lesson shows both).
# A lesson with `golden = "possible"` (real Go is not deterministic there) is run at least
# 9 times; its stored expectation stays if any run reproduces it, otherwise the output
# most runs gave replaces it.
#
# A first line `// poolscope: go1.21 procs=N` (either token optional) selects the Go
# language version and GOMAXPROCS (defaults: 1.22 semantics of Go 1.27, procs=1).
#
# The program is copied to a scratch dir as prog.go before it is built, so compile errors
# always read `prog.go:LINE:COL: message`, whatever the golden file is called (the name
# issue 4 specifies and the interpreter prints).
#
# --runs N runs each program N times and fails loudly if stdout, exit status or the first
# stderr line differ between runs: goroutine programs must be deterministic under
# GOMAXPROCS=1 or they are not golden.
set -u
REAL_GO=${REAL_GO:-/work/shared/tools/real-go}
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=1
if [ "${1:-}" = "--runs" ]; then runs=$2; shift 2; fi
[ $# -gt 0 ] || set -- "$root/tests/golden" "$root/tests/seed" "$root/static/lessons"

progs=()
for arg in "$@"; do
  if [ -d "$arg" ]; then
    while IFS= read -r f; do progs+=("$f"); done < <(find "$arg" -name '*.go' | sort)
  else
    progs+=("$arg")
  fi
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
# run_one PROG STEM [EXTRA_FLAGS...]: run PROG $runs times and write STEM.* files.
# With majority=1 (a lesson whose golden = "possible") it runs at least 9 times and keeps
# the stored output if some run gave it, else the output most runs gave.
majority=0 # 1 while running a lesson with golden = "possible"
run_one() {
  local prog=$1 stem=$2; shift 2
  local flags=("$@") header tok first="" sum i base n=$runs best
  [ "$majority" = 1 ] && [ "$n" -lt 9 ] && n=9
  header=$(head -n 1 "$prog")
  case "$header" in
    "// poolscope:"*)
      for tok in ${header#// poolscope:}; do
        case "$tok" in
          go*) flags+=(--go "${tok#go}");;
          procs=*) flags+=(--procs "${tok#procs=}");;
          *) echo "regen: $prog: unknown header token $tok" >&2; status=1;;
        esac
      done;;
  esac
  cp "$prog" "$scratch/prog.go"
  for ((i = 1; i <= n; i++)); do
    "$REAL_GO" "${flags[@]}" "$scratch/prog.go" > "$scratch/out" 2> "$scratch/err"
    echo $? > "$scratch/code"
    # real-go prints its own install notice on stderr once; it is not the program's.
    grep -v '^real-go: installing' "$scratch/err" > "$scratch/err2" || true
    head -n 1 "$scratch/err2" > "$scratch/err1"
    sum=$(cat "$scratch/out" "$scratch/code" "$scratch/err1" | md5sum | cut -c1-32)
    if [ "$majority" = 1 ]; then
      mkdir -p "$scratch/by/$sum"
      cp "$scratch/out" "$scratch/code" "$scratch/err2" "$scratch/err1" "$scratch/by/$sum/"
      echo "$sum" >> "$scratch/by/sums"
    elif [ -z "$first" ]; then
      first=$sum
    elif [ "$sum" != "$first" ]; then
      echo "regen: NONDETERMINISTIC $prog (run $i differs)" >&2
      status=1
    fi
  done
  if [ "$majority" = 1 ]; then
    best=$(sort "$scratch/by/sums" | uniq -c | sort -rn | head -n 1)
    if [ -f "$stem.stdout" ]; then
      local stored
      stored=$( (cat "$stem.stdout" "$stem.code"; head -n 1 "$stem.stderr1" 2>/dev/null) | md5sum | cut -c1-32)
      grep -q "$stored" "$scratch/by/sums" && best=" $stored"
    fi
    echo "regen: several outcomes by design, $prog: $(sort "$scratch/by/sums" | uniq -c | awk '{print $1}' | sort -rn | tr '\n' ' ')runs per distinct output" >&2
    cp "$scratch/by/${best##* }/"* "$scratch/"
    rm -rf "$scratch/by"
  fi
  base=$(basename "$prog" .go)
  cp "$scratch/out" "$stem.stdout"
  cp "$scratch/code" "$stem.code"
  if [ -s "$scratch/err2" ]; then cp "$scratch/err1" "$stem.stderr1"; else rm -f "$stem.stderr1"; fi
  case "$base" in
    err_*) cp "$scratch/err2" "$stem.stderr";;
  esac
  echo "$(cat "$scratch/code") ${stem#$root/} ${flags[*]}"
}

for prog in "${progs[@]}"; do
  dir=$(dirname "$prog"); base=$(basename "$prog" .go)
  if [ "$base" = main ] && [ -f "$dir/lesson.toml" ]; then
    majority=0
    grep -q '^golden *= *"possible"' "$dir/lesson.toml" && majority=1
    run_one "$prog" "$dir/expected"
    if grep -q '^also_go *= *"1.21"' "$dir/lesson.toml"; then
      run_one "$prog" "$dir/expected-go1.21" --go 1.21
    fi
  else
    majority=0
    run_one "$prog" "$dir/$base"
  fi
done

# Each lesson question says which stdout line reveals its answer; check that the line
# shows the right choice (or its reveal_text, for answers in words) and none of the
# wrong ones, so no question can drift from what Go prints. Each narration step names
# the source line it belongs to and a piece of its code; check that too.
check_questions() {
  python3 - "$@" <<'PY'
import re, sys, tomllib, pathlib
bad = 0
for toml in sys.argv[1:]:
    d = pathlib.Path(toml).parent
    lesson = tomllib.load(open(toml, "rb"))
    for i, q in enumerate(lesson.get("question", []), 1):
        stem = "expected-go1.21" if q.get("go") == "1.21" else "expected"
        lines = (d / f"{stem}.stdout").read_text().split("\n")
        line = lines[q["reveal_line"] - 1]
        def shows(choice):
            return re.search(r"(?<![\w.])" + re.escape(choice) + r"(?![\w.])", line) is not None
        right = q.get("reveal_text", q["choices"][q["answer"]])
        wrong = [c for j, c in enumerate(q["choices"]) if j != q["answer"] and shows(c) and c not in right]
        if not shows(right) or wrong:
            print(f"regen: {d.name} question {i}: line {q['reveal_line']} {line!r} does not reveal {right!r} alone", file=sys.stderr)
            bad = 1
    src = (d / "main.go").read_text().split("\n")
    for st in lesson.get("step", []):
        if not (0 < st["line"] <= len(src)) or st["code"] not in src[st["line"] - 1]:
            print(f"regen: {d.name} step at line {st['line']}: {st['code']!r} is not on that line", file=sys.stderr)
            bad = 1
sys.exit(bad)
PY
}
lessons=()
for prog in "${progs[@]}"; do
  [ -f "$(dirname "$prog")/lesson.toml" ] && lessons+=("$(dirname "$prog")/lesson.toml")
done
if [ ${#lessons[@]} -gt 0 ]; then check_questions "${lessons[@]}" || status=1; fi
exit $status
