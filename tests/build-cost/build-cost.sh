#!/usr/bin/env bash
# Whole-package build cost: rebuilds one real project with and without the AiDebtAnalyzers package, alternating, and
# reports the median of the pairwise Csc-task ratios, then the per-analyzer table of one more build with ReportAnalyzer.
#
#   tests/build-cost/build-cost.sh --project /tmp/copy/Src/Newtonsoft.Json/Newtonsoft.Json.csproj [--pairs 5] [--out DIR]
#
# Next to the Csc task's wall time, the script records the compiler process's processor time (user + system, from
# /usr/bin/time around csc): on a machine loaded by other work, wall time mostly measures the scheduler, while processor
# time stays close to the work done. Both ratios are reported.
#
# The package is packed from this working tree under a version of its own (0.1.0-bench.<commit>[.<time>]), so a figure
# always names the code it measured. Measure a copy of the project: the script builds it in place.
set -euo pipefail
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 DOTNET_CLI_TELEMETRY_OPTOUT=1

pairs=5
out=""
project=""
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --project) project=$(realpath "$2"); shift 2 ;;
    --pairs) pairs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -n "$project" ]] || { echo "usage: build-cost.sh --project PROJ.csproj [--pairs N] [--out DIR] [-- msbuild args]" >&2; exit 2; }

repo=$(cd "$(dirname "$0")/../.." && pwd)
commit=$(git -C "$repo" rev-parse --short HEAD)
version="0.1.0-bench.$commit"
if [[ -n "$(git -C "$repo" status --porcelain -- src)" ]]; then version="$version.$(date -u +%H%M%S)"; fi
out=${out:-/tmp/aidebt-build-cost/$commit-$(basename "$project" .csproj)}
mkdir -p "$out/feed"
log() { echo "$*" | tee -a "$out/summary.txt"; }

dotnet pack "$repo/src/AiDebtAnalyzers.Package" -c Release -p:Version="$version" -o "$out/feed" --nologo -v:q >"$out/pack.log"
# The compiler runs through a wrapper that appends its processor time to the file named by AIDEBT_CSC_TIMES.
csc_dll=$(dirname "$(command -v dotnet)")/sdk/$(dotnet --version)/Roslyn/bincore/csc.dll
[[ -f "$csc_dll" ]] || csc_dll=$(dirname "$(readlink -f "$(command -v dotnet)")")/sdk/$(dotnet --version)/Roslyn/bincore/csc.dll
printf '#!/usr/bin/env bash\nexec /usr/bin/time -a -o "$AIDEBT_CSC_TIMES" -f "%%U %%S %%e" dotnet %q "$@"\n' "$csc_dll" >"$out/csc-timed"
chmod +x "$out/csc-timed"
props=(-p:CscToolPath="$out" -p:CscToolExe=csc-timed -p:CustomAfterMicrosoftCommonTargets="$repo/tests/build-cost/AiDebtBuildCost.targets"
       -p:AiDebtBuildCostFeed="$out/feed" -p:AiDebtBuildCostVersion="$version" "${extra[@]}")
timeout 1200 dotnet restore "$project" "${props[@]}" -v:q >"$out/restore.log"

# One build of the project; prints the Csc task's total milliseconds and the compiler's processor milliseconds (each
# summed over the projects the build compiles).
build() { # mode(on|off) logfile [more args]
  local mode=$1 file=$2; shift 2
  : >"$file.cpu"
  AIDEBT_CSC_TIMES="$file.cpu" timeout 1800 dotnet build "$project" --no-restore -t:Rebuild -m:1 -nologo -clp:PerformanceSummary \
    "${props[@]}" -p:AiDebtBuildCost="$mode" "$@" >"$file" 2>&1 || { echo "build failed, see $file" >&2; exit 1; }
  local wall cpu
  wall=$(awk '/Task Performance Summary/ {t=1} t && $3 == "Csc" {print $1; exit}' "$file")
  cpu=$(awk '/^[0-9.]+ [0-9.]+ [0-9.:]+$/ {s += ($1 + $2) * 1000} END {printf "%d", s}' "$file.cpu")
  echo "$wall $cpu"
}

: >"$out/summary.txt"
log "commit $commit, package $version, project $project"
log "$(uname -srm); $(nproc) cores; dotnet $(dotnet --version)"
build off "$out/warmup-off.log" >/dev/null
build on "$out/warmup-on.log" >/dev/null
ratios=()
cpu_ratios=()
for ((i = 1; i <= pairs; i++)); do
  # Alternate which build goes first so that drift in the machine's load falls on both sides.
  if ((i % 2)); then order=(off on); else order=(on off); fi
  declare -A wall=() cpu=()
  for mode in "${order[@]}"; do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    read -r wall[$mode] cpu[$mode] < <(build "$mode" "$out/pair$i-$mode.log")
    [[ -n "${wall[$mode]}" ]] || exit 1
    log "pair $i $mode: Csc ${wall[$mode]} ms wall, compiler ${cpu[$mode]} ms CPU (load before: $load)"
  done
  ratios+=("$(awk -v a="${wall[on]}" -v b="${wall[off]}" 'BEGIN {printf "%.4f", a / b}')")
  cpu_ratios+=("$(awk -v a="${cpu[on]}" -v b="${cpu[off]}" 'BEGIN {printf "%.4f", a / b}')")
  log "pair $i ratio with/without: Csc wall ${ratios[-1]}, compiler CPU ${cpu_ratios[-1]}"
  unset wall cpu
done
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.4f\n", (a[NR/2]+a[NR/2+1])/2}'; }
adds() { awk -v m="$1" 'BEGIN {printf "%.1f", (m - 1) * 100}'; }
wall_median=$(printf '%s\n' "${ratios[@]}" | median)
cpu_median=$(printf '%s\n' "${cpu_ratios[@]}" | median)
log "median ratio with/without over $pairs pairs: Csc wall $wall_median (package adds $(adds "$wall_median")%), compiler CPU $cpu_median (adds $(adds "$cpu_median")%)"
log "uptime: $(uptime)"

# The per-analyzer table: one more build with the package and ReportAnalyzer, at detailed verbosity.
# Each analyzer's share is taken against the same build's Csc time divided by the median wall ratio, an estimate of
# that build without the package under the same machine load.
read -r report_wall report_cpu < <(build on "$out/report.log" -p:ReportAnalyzer=true -v:d)
base=$(awk -v w="$report_wall" -v m="$wall_median" 'BEGIN {printf "%d", w / m}')
log "ReportAnalyzer (one build with the package: Csc $report_wall ms wall, compiler $report_cpu ms CPU; share = analyzer execution time / ($report_wall ms / $wall_median) = $base ms):"
grep -E '^\s+[0-9.<]+\s+[0-9<]+\s+AiDebtAnalyzers\.' "$out/report.log" \
  | awk -v base="$base" '{name=$3; for (i = 4; i <= NF; i++) name = name " " $i; t[name] += ($1 == "<0.001" ? 0 : $1)}
      END {for (n in t) printf "%8.3f s  %5.2f%%  %s\n", t[n], t[n] * 100000 / base, n}' | sort -rn | tee -a "$out/summary.txt"
grep -E 'Total analyzer execution time' "$out/report.log" | tee -a "$out/summary.txt"
log "uptime: $(uptime)"
