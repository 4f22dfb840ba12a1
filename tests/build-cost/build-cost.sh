#!/usr/bin/env bash
# Whole-package build cost: rebuilds one real project with and without the AiDebtAnalyzers package, alternating, and
# reports the median of the pairwise Csc-task ratios, then the per-analyzer table of one more build with ReportAnalyzer.
#
#   tests/build-cost/build-cost.sh --project /tmp/copy/Src/Newtonsoft.Json/Newtonsoft.Json.csproj [--pairs 5] [--out DIR]
#   tests/build-cost/build-cost.sh --project ... --without AID101[,AID402...] [--pairs 5] [--out DIR]
#   tests/build-cost/build-cost.sh --project ... [--without ...] --server [--pairs 5] [--out DIR]
#   tests/build-cost/build-cost.sh --project ... [--without ...] [--server] --sarif [--pairs 5] [--out DIR]
#
# With --without, both builds of a pair have the package, and one of them also has a global config that sets the named
# rules' severity to none (at global_level 1000, above the package's preset and a project's own .globalconfig): the
# compiler skips an analyzer whose every diagnostic is suppressed by a global config, so the ratio is what those
# analyzers add to a build with the rest of the package (their marginal cost). Name every rule an analyzer reports
# (AID301,AID302,AID303 for the test-gap analyzer), or it still runs; the script ends with ReportAnalyzer builds of both
# sides and lists the analyzers that ran with the package and not without the named rules.
#
# Next to the Csc task's wall time, the script records the compiler process's processor time (user + system, from
# /usr/bin/time around csc): on a machine loaded by other work, wall time mostly measures the scheduler, while processor
# time stays close to the work done. Both ratios are reported.
#
# With --server, every build compiles through one compiler server, as `dotnet build` and an IDE's builds do by default:
# the server is shut down before the series, each side's warm-up build starts or reuses it, and a compile's processor
# time is the server process's own (user + system from /proc/<pid>/stat) before and after that build. The server keeps
# the analyzer assemblies loaded, and with them what an analyzer keeps across compilations (AID301's parses of unchanged
# test files), so this is what each build costs a developer who builds again, not a fresh machine's first build.
#
# With --sarif, every build writes a SARIF log (the compiler's ErrorLog, to DIR/build.sarif), as a team that tracks its
# debt through SARIF builds. Without a log the compiler skips every analyzer whose diagnostics are all at info
# (suggestion) severity: in the default mode AID201, AID202 and AID400 do not run at all, so a series without --sarif
# leaves them out of both the ratio and the table.
#
# The package is packed from this working tree under a version of its own (0.1.0-bench.<commit>[.<time>]), so a figure
# always names the code it measured. Measure a copy of the project: the script builds it in place.
set -euo pipefail
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 DOTNET_CLI_TELEMETRY_OPTOUT=1

pairs=5
out=""
project=""
extra=()
without=""
server=false
sarif=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --project) project=$(realpath "$2"); shift 2 ;;
    --pairs) pairs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --without) without="$2"; shift 2 ;;
    --server) server=true; shift ;;
    --sarif) sarif=true; shift ;;
    --) shift; extra=("$@"); break ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -n "$project" ]] || { echo "usage: build-cost.sh --project PROJ.csproj [--pairs N] [--out DIR] [--without ID[,ID...]] [--server] [--sarif] [-- msbuild args]" >&2; exit 2; }
[[ -z "$without" || "$without" =~ ^AID[0-9]{3}(,AID[0-9]{3})*$ ]] || { echo "--without takes rule IDs separated by commas, e.g. AID101,AID402" >&2; exit 2; }

repo=$(cd "$(dirname "$0")/../.." && pwd)
commit=$(git -C "$repo" rev-parse --short HEAD)
version="0.1.0-bench.$commit"
if [[ -n "$(git -C "$repo" status --porcelain -- src)" ]]; then version="$version.$(date -u +%H%M%S)"; fi
# Each test is an if, not a `$server && ...` list: under set -e a false list ends an assignment's command substitution
# (which then stops the script) and, as the last command, sets the script's exit status.
server_suffix=""
if $server; then server_suffix=-server; fi
if $sarif; then server_suffix=$server_suffix-sarif; fi
out=${out:-/tmp/aidebt-build-cost/$commit-$(basename "$project" .csproj)${without:+-without-${without//,/-}}$server_suffix}
mkdir -p "$out/feed"
log() { echo "$*" | tee -a "$out/summary.txt"; }

dotnet pack "$repo/src/AiDebtAnalyzers.Package" -c Release -p:Version="$version" -o "$out/feed" --nologo -v:q >"$out/pack.log"
props=(-p:CustomAfterMicrosoftCommonTargets="$repo/tests/build-cost/AiDebtBuildCost.targets"
       -p:AiDebtBuildCostFeed="$out/feed" -p:AiDebtBuildCostVersion="$version" "${extra[@]}")
if $sarif; then
  # MSBuild reads %2C as the comma that separates the log's path from its SARIF version.
  props+=(-p:ErrorLog="$out/build.sarif%2Cversion=2.1")
fi
if $server; then
  # A compiler given by path is never run through the server: the compiler's processor time is read from the server.
  props+=(-p:AiDebtBuildCostServer=true)
  dotnet build-server shutdown >/dev/null 2>&1 || true
else
  # The compiler runs through a wrapper that appends its processor time to the file named by AIDEBT_CSC_TIMES.
  csc_dll=$(dirname "$(command -v dotnet)")/sdk/$(dotnet --version)/Roslyn/bincore/csc.dll
  [[ -f "$csc_dll" ]] || csc_dll=$(dirname "$(readlink -f "$(command -v dotnet)")")/sdk/$(dotnet --version)/Roslyn/bincore/csc.dll
  printf '#!/usr/bin/env bash\nexec /usr/bin/time -a -o "$AIDEBT_CSC_TIMES" -f "%%U %%S %%e" dotnet %q "$@"\n' "$csc_dll" >"$out/csc-timed"
  chmod +x "$out/csc-timed"
  props+=(-p:CscToolPath="$out" -p:CscToolExe=csc-timed)
fi
# The two sides of a pair: without and with the package, or, with --without, the package minus the named rules and the
# whole package. The global config is passed to the compiler by the targets file in the "without" builds only.
base_mode=off
base_label="without the package"
if [[ -n "$without" ]]; then
  base_mode=without
  base_label="with the package minus $without"
  mkdir -p "$out/without"
  {
    echo "# The rules whose marginal cost build-cost.sh measures, switched off in the builds without them."
    echo "is_global = true"
    echo "global_level = 1000"
    for id in ${without//,/ }; do echo "dotnet_diagnostic.$id.severity = none"; done
  } >"$out/without/.globalconfig"
  props+=(-p:AiDebtBuildCostWithoutConfig="$out/without/.globalconfig")
fi
timeout 1200 dotnet restore "$project" "${props[@]}" -v:q >"$out/restore.log"

# The compiler server's process id and its processor milliseconds so far (user + system), or nothing without a server.
server_cpu() {
  local pid
  pid=$(pgrep -u "$(id -u)" -f 'VBCSCompiler(\.dll)? -pipename' | head -n 1) || true
  [[ -n "$pid" && -r /proc/$pid/stat ]] || return 0
  awk -v pid="$pid" -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); printf "%s %d\n", pid, ($12 + $13) * 1000 / hz}' "/proc/$pid/stat"
}

# One build of the project; prints the Csc task's total milliseconds and the compiler's processor milliseconds (each
# summed over the projects the build compiles).
build() { # mode(on|off|without) logfile [more args]
  local mode=$1 file=$2; shift 2
  : >"$file.cpu"
  local before
  before=""
  if $server; then before=$(server_cpu); fi
  AIDEBT_CSC_TIMES="$file.cpu" timeout 1800 dotnet build "$project" --no-restore -t:Rebuild -m:1 -nologo -clp:PerformanceSummary \
    "${props[@]}" -p:AiDebtBuildCost="$mode" "$@" >"$file" 2>&1 || { echo "build failed, see $file" >&2; exit 1; }
  local wall cpu after
  wall=$(awk '/Task Performance Summary/ {t=1} t && $3 == "Csc" {print $1; exit}' "$file")
  if $server; then
    after=$(server_cpu)
    # Only a build that ran through the server it started with is measured (the warm-up builds start it); a compile
    # that fell back to a compiler process of its own leaves the server idle, and is reported as 0.
    if [[ -n "$before" && "${before%% *}" == "${after%% *}" ]]; then
      cpu=$(( ${after##* } - ${before##* } ))
    else
      cpu=0
    fi
  else
    cpu=$(awk '/^[0-9.]+ [0-9.]+ [0-9.:]+$/ {s += ($1 + $2) * 1000} END {printf "%d", s}' "$file.cpu")
  fi
  echo "$wall $cpu"
}

: >"$out/summary.txt"
log "commit $commit, package $version, project $project"
log "$(uname -srm); $(nproc) cores; dotnet $(dotnet --version)"
server_label=""
if $server; then server_label=", through one compiler server"; fi
log "pairs: the whole package (on) against the build $base_label ($base_mode)$server_label"
# A fresh compiler process JIT-compiles the same code in every build; a compiler server keeps getting faster over its
# first builds (its own code tiers up), so a server series starts after three builds of each side, not one.
warmups=1
if $server; then warmups=3; fi
for ((i = 1; i <= warmups; i++)); do
  build "$base_mode" "$out/warmup$i-$base_mode.log" >/dev/null
  build on "$out/warmup$i-on.log" >/dev/null
done
ratios=()
cpu_ratios=()
for ((i = 1; i <= pairs; i++)); do
  # Alternate which build goes first so that drift in the machine's load falls on both sides.
  if ((i % 2)); then order=("$base_mode" on); else order=(on "$base_mode"); fi
  declare -A wall=() cpu=()
  for mode in "${order[@]}"; do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    read -r wall[$mode] cpu[$mode] < <(build "$mode" "$out/pair$i-$mode.log")
    [[ -n "${wall[$mode]}" ]] || exit 1
    if $server && [[ "${cpu[$mode]}" == 0 ]]; then echo "build $i $mode did not run through the series' compiler server, see $out/pair$i-$mode.log" >&2; exit 1; fi
    log "pair $i $mode: Csc ${wall[$mode]} ms wall, compiler ${cpu[$mode]} ms CPU (load before: $load)"
  done
  ratios+=("$(awk -v a="${wall[on]}" -v b="${wall[$base_mode]}" 'BEGIN {printf "%.4f", a / b}')")
  cpu_ratios+=("$(awk -v a="${cpu[on]}" -v b="${cpu[$base_mode]}" 'BEGIN {printf "%.4f", a / b}')")
  log "pair $i ratio on/$base_mode: Csc wall ${ratios[-1]}, compiler CPU ${cpu_ratios[-1]}"
  unset wall cpu
done
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.4f\n", (a[NR/2]+a[NR/2+1])/2}'; }
adds() { awk -v m="$1" 'BEGIN {printf "%.1f", (m - 1) * 100}'; }
wall_median=$(printf '%s\n' "${ratios[@]}" | median)
cpu_median=$(printf '%s\n' "${cpu_ratios[@]}" | median)
what=${without:-package}
log "median ratio on/$base_mode over $pairs pairs: Csc wall $wall_median ($what adds $(adds "$wall_median")%), compiler CPU $cpu_median (adds $(adds "$cpu_median")%)"
log "uptime: $(uptime)"

# The per-analyzer table: one more build with the package and ReportAnalyzer, at detailed verbosity.
# Each analyzer's share is taken against the same build's Csc time divided by the median wall ratio, an estimate of
# that build without the package (or without the named rules) under the same machine load.
analyzers() { # report log: "seconds name" per analyzer of the package, summed over the projects the build compiles
  grep -E '^\s+[0-9.<]+\s+[0-9<]+\s+AiDebtAnalyzers\.' "$1" \
    | awk '{name=$3; for (i = 4; i <= NF; i++) name = name " " $i; t[name] += ($1 == "<0.001" ? 0 : $1)} END {for (n in t) printf "%.3f %s\n", t[n], n}'
}
read -r report_wall report_cpu < <(build on "$out/report.log" -p:ReportAnalyzer=true -v:d)
base=$(awk -v w="$report_wall" -v m="$wall_median" 'BEGIN {printf "%d", w / m}')
log "ReportAnalyzer (one build with the package: Csc $report_wall ms wall, compiler $report_cpu ms CPU; share = analyzer execution time / ($report_wall ms / $wall_median) = $base ms):"
analyzers "$out/report.log" | awk -v base="$base" '{name=$2; for (i = 3; i <= NF; i++) name = name " " $i; printf "%8.3f s  %5.2f%%  %s\n", $1, $1 * 100000 / base, name}' \
  | sort -rn | tee -a "$out/summary.txt"
grep -E 'Total analyzer execution time' "$out/report.log" | tee -a "$out/summary.txt"
if [[ -n "$without" ]]; then
  # The same table without the named rules: their analyzers must be absent (the compiler skipped them).
  read -r report_wall report_cpu < <(build without "$out/report-without.log" -p:ReportAnalyzer=true -v:d)
  log "ReportAnalyzer without $without (Csc $report_wall ms wall, compiler $report_cpu ms CPU):"
  analyzers "$out/report-without.log" | sort -rn | awk '{printf "%8.3f s  %s\n", $1, substr($0, index($0, " ") + 1)}' | tee -a "$out/summary.txt"
  grep -E 'Total analyzer execution time' "$out/report-without.log" | tee -a "$out/summary.txt"
  # A suppressed analyzer may still be listed: its start-up actions run (AID101 took 0.023 s against 75 s with the
  # rule on, on Newtonsoft.Json's library under load), its tree and node actions do not. So an analyzer counts as
  # skipped when it took under a hundredth of its time with the whole package, or is not listed.
  skipped=$(awk 'NR == FNR {name = substr($0, index($0, " ") + 1); off[name] = $1; next}
      {name = substr($0, index($0, " ") + 1); if ($1 > 0 && (!(name in off) || off[name] * 100 < $1)) printf "%s (%.3f s with it, %s s without)\n", name, $1, (name in off ? off[name] : "not listed")}' \
    <(analyzers "$out/report-without.log") <(analyzers "$out/report.log"))
  log "analyzers that ran with the whole package and not without $without: ${skipped:-none: the analyzers of the named rules still ran, name every rule they report}"
fi
log "uptime: $(uptime)"
if $server; then dotnet build-server shutdown >/dev/null 2>&1 || true; fi
