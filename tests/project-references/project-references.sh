#!/usr/bin/env bash
# Writes what a build of each project of a code base hands the compiler, for the scanner's --project-references:
# restores the given solutions or projects, then runs their Compile target without running the compiler (as a
# design-time build does) and records, per project and target framework, the compiler's command line (sources,
# references of packages and frameworks, defines, language version, nullable, source generators) and the project's
# project references. Nothing is built: the scanner compiles a referenced project from its own sources.
#
#   tests/project-references/project-references.sh <copy-of-code-base> <out.txt> <solution-or-project>... [--property K=V]...
#
# Run it on a copy (restore writes obj/ folders). Solutions and projects are relative to the copy. Package sources that
# cannot be reached are skipped (--ignore-failed-sources: a code base's own feeds are not reachable from every machine).
# A project whose packages do not all restore is still recorded, with the references that did; restore's errors are in
# <out.txt>.log.
set -uo pipefail
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

[[ $# -ge 3 ]] || { echo "usage: project-references.sh <copy> <out.txt> <solution-or-project>... [--property K=V]..." >&2; exit 2; }
copy=$(realpath "$1"); out=$(realpath -m "$2"); shift 2
entries=(); properties=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --property) properties+=("-p:$2"); shift 2 ;;
    *) entries+=("$1"); shift ;;
  esac
done

targets="$(cd "$(dirname "$0")" && pwd)/AiDebtProjectReferences.targets"
records=$(mktemp -d)
log="$out.log"
: >"$log"
# Warnings of the code base (NU1603 for a nearby package version, say) must not stop restore or evaluation here.
common=(-nodeReuse:false -nologo -v:m -p:TreatWarningsAsErrors=false -p:MSBuildTreatWarningsAsErrors=false "${properties[@]}")
for entry in "${entries[@]}"; do
  echo "== restore $entry" >>"$log"
  (cd "$copy" && timeout 1800 dotnet restore "$entry" --disable-build-servers --ignore-failed-sources "${common[@]}") >>"$log" 2>&1 \
    || echo "restore of $entry reported errors (see $log)" >&2
  echo "== command lines $entry" >>"$log"
  # EmitAssetsLogMessages=false: the restore errors of packages not served would otherwise fail the project before
  # its command line is computed; the project is recorded with the references that did restore.
  (cd "$copy" && timeout 1800 dotnet msbuild "$entry" -t:AiDebtWriteProjectReferences "${common[@]}" \
    -p:CustomAfterMicrosoftCommonTargets="$targets" -p:CustomAfterMicrosoftCommonCrossTargetingTargets="$targets" \
    -p:AiDebtProjectReferencesOut="$records" -p:BuildProjectReferences=false -p:SkipCompilerExecution=true \
    -p:ProvideCommandLineArgs=true -p:EmitAssetsLogMessages=false) >>"$log" 2>&1 \
    || echo "some projects of $entry recorded no command line (see $log)" >&2
done

: >"$out"
for record in "$records"/*.txt; do
  [[ -e "$record" ]] || continue
  cat "$record" >>"$out"; echo >>"$out"
done
rm -rf "$records"
echo "$(grep -c '^project	' "$out") project(s) and target framework(s) recorded in $out"
