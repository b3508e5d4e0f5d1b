#!/usr/bin/env bash
# site-gen vs Hugo on the same generated corpus. See bench/README.md.
#
#   bench/run.sh [--sizes 1000,10000] [--runs 3] [--hugo] [--format md|txt] [--incremental]
#                [--seed 42] [--rebuild] [--no-sitegen]
#
# Environment: SITEGEN_JAR (default generator/target/site-gen.jar), SITEGEN_JAVA_OPTS (extra JVM
# options for the timed site-gen runs), HUGO (default: hugo on PATH), BENCH_WORK (default bench/work).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
WORK="${BENCH_WORK:-$BENCH_DIR/work}"
JAR="${SITEGEN_JAR:-$ROOT/generator/target/site-gen.jar}"
HUGO="${HUGO:-hugo}"
read -r -a JAVA_OPTS <<<"${SITEGEN_JAVA_OPTS:-}"

sizes="1000,10000"
runs=3
with_hugo=0
with_sitegen=1
format="md"
incremental=0
seed=42
rebuild=0

usage() {
    sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) sizes="${2:?--sizes needs a value}"; shift 2 ;;
        --sizes=*) sizes="${1#*=}"; shift ;;
        --runs) runs="${2:?--runs needs a value}"; shift 2 ;;
        --runs=*) runs="${1#*=}"; shift ;;
        --format) format="${2:?--format needs a value}"; shift 2 ;;
        --format=*) format="${1#*=}"; shift ;;
        --seed) seed="${2:?--seed needs a value}"; shift 2 ;;
        --seed=*) seed="${1#*=}"; shift ;;
        --hugo) with_hugo=1; shift ;;
        --no-sitegen) with_sitegen=0; shift ;;
        --incremental) incremental=1; shift ;;
        --rebuild) rebuild=1; shift ;;
        -h|--help) usage 0 ;;
        *) echo "run.sh: unknown option $1" >&2; usage 2 >&2 ;;
    esac
done

[[ "$format" == md || "$format" == txt ]] || { echo "run.sh: --format must be md or txt" >&2; exit 2; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs must be a positive integer" >&2; exit 2; }
IFS=',' read -r -a SIZES <<<"${sizes//_/}"
for n in "${SIZES[@]}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: bad size '$n'" >&2; exit 2; }
done

log() { printf '%s\n' "$*" >&2; }

# ---------------------------------------------------------------- tools

if [[ ! -x /usr/bin/time ]]; then
    log "installing GNU time (Debian package 'time') for peak RSS ..."
    if [[ $(id -u) -eq 0 ]]; then
        apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
    else
        echo "run.sh: /usr/bin/time is missing: apt-get install time" >&2
        exit 1
    fi
fi

if [[ $with_hugo -eq 1 ]]; then
    if [[ "$format" != md ]]; then
        log "note: Hugo reads only Markdown; --format $format runs site-gen alone"
        with_hugo=0
    elif ! command -v "$HUGO" >/dev/null 2>&1; then
        log "note: hugo not found (apt-get install -y hugo); running site-gen alone"
        with_hugo=0
    fi
fi

if [[ $with_sitegen -eq 1 ]] && [[ $rebuild -eq 1 || ! -f "$JAR" ]]; then
    log "building $JAR ..."
    (cd "$ROOT" && mvn -q -pl generator package -DskipTests) >&2
    [[ -f "$JAR" ]] || { echo "run.sh: build did not produce $JAR" >&2; exit 1; }
fi

mkdir -p "$WORK"
RESULTS="$WORK/results.tsv"
[[ -f "$RESULTS" ]] || printf 'when\tformat\tn\ttool\tbuild\trun\twall_s\tcpu_s\tpeak_rss_kb\tpages\tstatus\tload1\n' >"$RESULTS"
STAMP="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

# -------------------------------------------------------------- corpora

GEN_HASH="$(sha1sum "$BENCH_DIR/CorpusGenerator.java" | cut -c1-8)"

# corpus N -> prints the corpus dir, generating it once per (format, N, seed, generator version).
corpus() {
    local n="$1" name dir
    name="$format-$n-s$seed-$GEN_HASH"
    dir="$WORK/corpus/$name"
    if [[ ! -f "$dir.ok" ]]; then
        rm -rf "$dir" "$dir.tmp"
        local t0 t1
        t0=$(date +%s.%N)
        java "$BENCH_DIR/CorpusGenerator.java" --n "$n" --format "$format" --seed "$seed" --out "$dir.tmp" >&2
        t1=$(date +%s.%N)
        mv "$dir.tmp" "$dir"
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f\n", b - a }' >"$dir.ok"
        log "corpus $name: generated in $(cat "$dir.ok") s"
    fi
    printf '%s\n' "$dir"
}

# hugo_site CORPUS DEST -> a Hugo project: the skeleton plus the corpus in content/articles/, with
# `sources: [<source>]` added after `source:` (Hugo reads a taxonomy from its plural key).
hugo_site() {
    local src="$1" dest="$2"
    rm -rf "$dest"
    mkdir -p "$dest"
    cp -R "$BENCH_DIR/hugo-site/." "$dest/"
    mkdir -p "$dest/content/articles"
    # shellcheck disable=SC2016
    (cd "$src" && find . -maxdepth 1 -name '*.md' -print0 | xargs -0 awk -v dst="$dest/content/articles" '
        FNR == 1 { if (out) close(out); out = dst "/" substr(FILENAME, 3); fm = 0 }
        { print > out }
        /^---$/ { fm++ }
        fm == 1 && /^source: / { print "sources: [" substr($0, 9) "]" > out }')
}

# --------------------------------------------------------------- timing

# Pages written: .html files, not counting redirect stubs (Hugo writes /page/1/ aliases).
count_pages() {
    local dir="$1"
    [[ -d "$dir" ]] || { echo 0; return; }
    local all stubs
    all=$(find "$dir" -type f -name '*.html' | wc -l)
    stubs=$(find "$dir" -type f -name '*.html' -size -4096c -print0 | xargs -0 -r grep -l 'http-equiv="refresh"' | wc -l)
    echo $((all - stubs))
}

# measure LOGFILE CMD... : runs CMD under /usr/bin/time and prints "wall_s peak_rss_kb cpu_s status".
measure() {
    local logfile="$1"; shift
    local tf="$WORK/.time.$BASHPID" status=0 wall rss user sys
    /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" >"$logfile" 2>&1 || status=$?
    read -r wall rss user sys < <(tail -n 1 "$tf")
    rm -f "$tf"
    echo "$wall $rss $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $status"
}

run_sitegen() { # SEEDS OUT CWD LOG [BUILD OPTION...]
    local seeds="$1" out="$2" cwd="$3" logfile="$4"
    shift 4
    (cd "$cwd" && measure "$logfile" java "${JAVA_OPTS[@]}" -jar "$JAR" build --seeds "$seeds" --out "$out" "$@")
}

run_hugo() { # SITE OUT LOG
    measure "$3" "$HUGO" --quiet -s "$1" -d "$2"
}

load1() { cut -d' ' -f1 /proc/loadavg; }

median() {
    printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END {
        if (NR == 0) { print "-"; exit }
        if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# The one article an incremental run edits: the middle one.
edit_one() {
    local dir="$1" n="$2" f
    f=$(find "$dir" -maxdepth 1 -type f -name "$(printf '%06d' $(((n + 1) / 2)))[-_]*" | head -n 1)
    [[ -n "$f" ]] || { echo "run.sh: no article to edit in $dir" >&2; return 1; }
    printf '\nThis article was updated after publication to correct a figure in the third paragraph.\n' >>"$f"
}

declare -A R_WALL R_CPU R_RSS R_PAGES R_FAIL

record() { # KEY WALL RSS_KB CPU PAGES STATUS RUN
    local key="$1" tool build
    IFS='|' read -r tool build <<<"$key"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$STAMP" "$format" "$N" "$tool" "$build" "$7" \
        "$2" "$4" "$3" "$5" "$6" "$(load1)" >>"$RESULTS"
    if [[ "$6" -ne 0 ]]; then
        R_FAIL[$N|$key]=1
        return
    fi
    R_WALL[$N|$key]+="$2 "
    R_CPU[$N|$key]+="$4 "
    R_RSS[$N|$key]+="$3 "
    R_PAGES[$N|$key]+="$5 "
}

show_failure() { # TOOL LOG
    log "  $1 failed; last lines of $2:"
    tail -n 15 "$2" | sed 's/^/    /' >&2
}

TOOLS=()
[[ $with_sitegen -eq 1 ]] && TOOLS+=(sitegen)
[[ $with_hugo -eq 1 ]] && TOOLS+=(hugo)
[[ ${#TOOLS[@]} -gt 0 ]] || { echo "run.sh: nothing to run (--no-sitegen without --hugo)" >&2; exit 2; }

# one_run TOOL N RUN CORPUS: a full build (and with --incremental, an edit and a second build).
one_run() {
    local tool="$1" n="$2" run="$3" src="$4" base out logf wall rss cpu st pages
    base="$WORK/run/$tool-$format-$n"
    out="$base/out"
    logf="$base/build.log"
    rm -rf "$base"
    mkdir -p "$base/cwd"
    if [[ $tool == sitegen ]]; then
        local seeds="$src"
        if [[ $incremental -eq 1 ]]; then
            seeds="$base/seeds"
            cp -Rp "$src" "$seeds" # keeps file times: seeds of a real project were not all written a moment ago
        fi
        # A JVM of its own for every full build, as in CI: the figure includes the JVM's start.
        read -r wall rss cpu st < <(run_sitegen "$seeds" "$out" "$base/cwd" "$logf" --no-daemon)
    else
        local site="$HUGO_SITE"
        if [[ $incremental -eq 1 ]]; then
            site="$base/site"
            cp -R "$HUGO_SITE" "$site"
        fi
        read -r wall rss cpu st < <(run_hugo "$site" "$out" "$logf")
    fi
    pages=$(count_pages "$out")
    [[ $st -eq 0 ]] || show_failure "$tool (full, run $run)" "$logf"
    [[ $st -ne 0 || $pages -gt 0 ]] || log "  warning: $tool wrote no .html files (see $logf)"
    record "$tool|full" "$wall" "$rss" "$cpu" "$pages" "$st" "$run"
    log "  run $run $tool full: ${wall}s wall, ${cpu}s cpu, $((rss / 1024)) MB, $pages pages (load $(load1))"

    if [[ $incremental -eq 1 && $st -eq 0 ]]; then
        if [[ $tool == sitegen ]]; then
            edit_one "$base/seeds" "$n"
            read -r wall rss cpu st < <(run_sitegen "$base/seeds" "$out" "$base/cwd" "$logf.2" --no-daemon)
        else
            edit_one "$base/site/content/articles" "$n"
            read -r wall rss cpu st < <(run_hugo "$base/site" "$out" "$logf.2")
        fi
        pages=$(count_pages "$out")
        [[ $st -eq 0 ]] || show_failure "$tool (incremental, run $run)" "$logf.2"
        record "$tool|incr" "$wall" "$rss" "$cpu" "$pages" "$st" "$run"
        log "  run $run $tool after one edit: ${wall}s wall, ${cpu}s cpu, $((rss / 1024)) MB, $pages pages"
        if [[ $tool == sitegen && $st -eq 0 ]]; then
            # As a user builds with the build daemon: a full build (untimed here; it starts the
            # daemon, as the cache is removed first), then one edit (the same article again) and
            # a build. Time, CPU and RSS are the client JVM's.
            rm -rf "$base/cwd/target"
            run_sitegen "$base/seeds" "$out" "$base/cwd" "$logf.3" -q >/dev/null
            edit_one "$base/seeds" "$n"
            read -r wall rss cpu st < <(run_sitegen "$base/seeds" "$out" "$base/cwd" "$logf.4" -v)
            pages=$(count_pages "$out")
            [[ $st -eq 0 ]] || show_failure "$tool (incremental in the daemon, run $run)" "$logf.4"
            grep -q "in the build daemon" "$logf.4" || log "  warning: that build did not run in the build daemon (see $logf.4)"
            # Stopped, so that it takes no CPU or memory from the next tool's timed runs.
            (cd "$base/cwd" && java "${JAVA_OPTS[@]}" -jar "$JAR" build --seeds "$base/seeds" --out "$out" --stop-daemon >/dev/null)
            record "$tool|daemon" "$wall" "$rss" "$cpu" "$pages" "$st" "$run"
            log "  run $run $tool after one edit, build daemon: ${wall}s wall, ${cpu}s cpu (client), $pages pages"
        fi
    fi
}

# ------------------------------------------------------------------ main

LOAD_START="$(load1)"
for N in "${SIZES[@]}"; do
    CORPUS="$(corpus "$N")"
    if [[ $with_hugo -eq 1 ]]; then
        HUGO_SITE="$WORK/hugo/$(basename "$CORPUS")"
        hugo_site "$CORPUS" "$HUGO_SITE"
    fi
    # Warm the page cache the same way for both tools.
    find "$CORPUS" -type f -print0 | xargs -0 cat >/dev/null
    log "N=$N ($format): $runs run(s) of ${TOOLS[*]}"
    for ((run = 1; run <= runs; run++)); do
        # Alternate the order: odd runs site-gen first, even runs Hugo first.
        order=("${TOOLS[@]}")
        if (( run % 2 == 0 && ${#TOOLS[@]} == 2 )); then
            order=("${TOOLS[1]}" "${TOOLS[0]}")
        fi
        for tool in "${order[@]}"; do
            [[ -n "${R_FAIL[$N|$tool|full]:-}" ]] && continue
            one_run "$tool" "$N" "$run" "$CORPUS"
        done
    done
done

# ----------------------------------------------------------------- table

name_of() { [[ $1 == sitegen ]] && echo site-gen || echo hugo; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }'; }

builds=(full)
[[ $incremental -eq 1 ]] && builds+=(incr daemon)

echo
echo "site-gen vs Hugo · format $format · seed $seed · $runs run(s) per tool, medians"
echo "$(nproc) cores · load average $LOAD_START at start, $(load1) at end"
printf '%8s  %-9s %-6s %9s %9s %8s %9s %9s\n' N tool build "wall s" "cpu s" pages "pages/s" "RSS MB"
printf '%s\n' "--------  --------- ------ --------- --------- -------- --------- ---------"
for N in "${SIZES[@]}"; do
    for build in "${builds[@]}"; do
        declare -A MW=() MC=() MR=()
        for tool in "${TOOLS[@]}"; do
            key="$N|$tool|$build"
            if [[ -n "${R_FAIL[$key]:-}" && -z "${R_WALL[$key]:-}" ]]; then
                printf '%8s  %-9s %-6s %9s\n' "$N" "$(name_of "$tool")" "$build" "FAILED"
                continue
            fi
            [[ -n "${R_WALL[$key]:-}" ]] || continue
            # shellcheck disable=SC2086
            w=$(median ${R_WALL[$key]})
            # shellcheck disable=SC2086
            c=$(median ${R_CPU[$key]})
            # shellcheck disable=SC2086
            r=$(median ${R_RSS[$key]})
            # shellcheck disable=SC2086
            p=$(median ${R_PAGES[$key]})
            MW[$tool]=$w
            MC[$tool]=$c
            MR[$tool]=$r
            printf '%8s  %-9s %-6s %9.2f %9.2f %8.0f %9s %9.0f\n' "$N" "$(name_of "$tool")" "$build" "$w" "$c" "$p" \
                "$(awk -v p="$p" -v w="$w" 'BEGIN { if (w > 0) printf "%.0f", p / w; else print "-" }')" \
                "$(awk -v r="$r" 'BEGIN { printf "%.0f", r / 1024 }')"
        done
        if [[ -n "${MW[sitegen]:-}" && -n "${MW[hugo]:-}" ]]; then
            printf '%8s  %-9s %-6s %9s %9s %8s %9s %9s\n' "$N" "ratio" "$build" \
                "$(ratio "${MW[sitegen]}" "${MW[hugo]}")" "$(ratio "${MC[sitegen]}" "${MC[hugo]}")" "" "" \
                "$(ratio "${MR[sitegen]}" "${MR[hugo]}")"
        fi
        unset MW MC MR
    done
done
echo "ratio = site-gen / Hugo (below 1.00x: site-gen faster or smaller). Raw runs: ${RESULTS#"$ROOT"/}"
if [[ $incremental -eq 1 && $with_sitegen -eq 1 ]]; then
    echo "full and incr: site-gen in a JVM of its own (--no-daemon); daemon: an edit built by the build"
    echo "daemon after a full build in it (cpu s and RSS MB are then the client JVM's)"
fi
