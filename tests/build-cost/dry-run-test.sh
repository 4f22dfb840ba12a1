#!/usr/bin/env bash
# A dry run of build-cost.sh with a stand-in for dotnet (every command succeeds at once, a build prints a Csc time and
# an analyzer table): checks the script's own control flow in its default mode, with and without --out, and that
# --sarif hands the ErrorLog property to every build, in seconds and without building anything. Exits non-zero when a run does not reach its end with status 0.
#
#   tests/build-cost/dry-run-test.sh
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/project"
cat >"$work/bin/dotnet" <<'STUB'
#!/usr/bin/env bash
case "$1" in
  --version) echo 10.0.100 ;;
  build)
    if [[ -n "${DRY_RUN_ARGS:-}" ]]; then echo "$*" >>"$DRY_RUN_ARGS"; fi
    echo "Task Performance Summary:"
    echo "      123 ms  Csc                                        1 calls"
    if [[ "$*" == *ReportAnalyzer=true* ]]; then
      echo "   0.500   10   AiDebtAnalyzers.TestGaps.UntestedPublicApiAnalyzer (AID301, AID302, AID303)"
      echo "   Total analyzer execution time: 0.5 seconds."
    fi
    if [[ -n "${AIDEBT_CSC_TIMES:-}" ]]; then echo "0.50 0.10 1.00" >>"$AIDEBT_CSC_TIMES"; fi
    ;;
esac
exit 0
STUB
chmod +x "$work/bin/dotnet"
touch "$work/project/DryRun.csproj"
failed=0
check() { # label, then build-cost.sh's arguments after --project
  local label=$1 status; shift
  PATH="$work/bin:$PATH" bash "$here/build-cost.sh" --project "$work/project/DryRun.csproj" --pairs 1 "$@" >"$work/run.log" 2>&1
  status=$?
  if [[ $status -ne 0 ]] || ! grep -q '^median ratio on/off over 1 pairs' "$work/run.log"; then
    echo "FAIL $label: exit status $status"; sed 's/^/  /' "$work/run.log"; failed=1
  else
    echo "ok   $label"
  fi
}
check "default mode, --out" --out "$work/out"
# Without --out the script picks /tmp/aidebt-build-cost/<commit>-DryRun; the stand-in writes nothing else there.
check "default mode, default output folder"
rm -rf /tmp/aidebt-build-cost/*-DryRun
# --sarif: every build, both sides and the ReportAnalyzer build, writes the log that makes info-severity rules run.
export DRY_RUN_ARGS="$work/args.log"
check "--sarif" --out "$work/sarif" --sarif
builds=$(grep -c . "$work/args.log")
with_log=$(grep -c -- "-p:ErrorLog=$work/sarif/build.sarif%2Cversion=2.1" "$work/args.log")
if [[ $builds -lt 3 || $with_log -ne $builds ]]; then
  echo "FAIL --sarif: $with_log of $builds builds write the SARIF log"; failed=1
else
  echo "ok   --sarif reaches all $builds builds"
fi
unset DRY_RUN_ARGS
exit $failed
