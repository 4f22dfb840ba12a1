#!/usr/bin/env bash
# Fix-all verification: applies one rule's code fix to a whole real project as a user does (solution-scope fix-all
# through `dotnet format analyzers`), rebuilds the project with its own analyzers, and prints per rule:
#   findings before, files and hunks the fix changed, findings after, compile errors, and warnings that are new.
#
#   tests/fix-verify/fix-verify.sh --source /path/to/repo/folder --project Src/Lib/Lib.csproj \
#       [--rules AID101,AID201] [--property LibraryFrameworks=net8.0]... [--framework net8.0] [--out DIR]
#
# --source is copied afresh for every rule (the original is never touched) and put under git, so each rule's changes
# can be reviewed with `git -C <out>/<rule>/src diff`. --project is relative to --source. --property sets an MSBuild
# property for restore, build and format alike (as an environment variable: dotnet format takes no -p: options).
# --framework rewrites every <TargetFrameworks> of the copy to that one framework: restore evaluates all of a project's
# frameworks, and the reference packs of old .NET Framework versions are not always at hand. The default rules are every
# rule the code-fix assembly fixes.
#
# A fix that compiles can still change behaviour: read the diffs. The script only proves that the fixed project
# builds, how many findings the fix removed, and which compiler or analyzer warnings it introduced.
set -euo pipefail
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

source_dir=""
project=""
rules="AID101,AID201,AID202,AID203,AID301,AID401,AID402,AID403,AID404,AID501,AID503"
out=""
properties=()
framework=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --source) source_dir=$(realpath "$2"); shift 2 ;;
    --project) project="$2"; shift 2 ;;
    --rules) rules="$2"; shift 2 ;;
    --property) properties+=("$2"); shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --framework) framework="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -n "$source_dir" && -n "$project" ]] || { echo "usage: fix-verify.sh --source DIR --project REL.csproj [--rules IDS] [--property K=V]... [--out DIR]" >&2; exit 2; }
[[ -f "$source_dir/$project" ]] || { echo "no project $project under $source_dir" >&2; exit 2; }

repo=$(cd "$(dirname "$0")/../.." && pwd)
commit=$(git -C "$repo" rev-parse --short HEAD)
version="0.1.0-fixverify.$commit"
if [[ -n "$(git -C "$repo" status --porcelain -- src)" ]]; then version="$version.$(date -u +%H%M%S)"; fi
out=${out:-/tmp/aidebt-fix-verify/$commit-$(basename "$project" .csproj)}
mkdir -p "$out/feed"
log() { echo "$*" | tee -a "$out/summary.txt"; }

dotnet pack "$repo/src/AiDebtAnalyzers.Package" -c Release -p:Version="$version" -o "$out/feed" --nologo -v:q >"$out/pack.log"
export CustomAfterMicrosoftCommonTargets="$repo/tests/fix-verify/AiDebtFixVerify.targets"
export AiDebtFixVerifyFeed="$out/feed" AiDebtFixVerifyVersion="$version"
for property in "${properties[@]}"; do export "${property%%=*}=${property#*=}"; done

# Prints the distinct "file(line,col): severity ID" warnings and errors of a build log, paths relative to the copy.
diagnostics() { # log copy
  grep -oE '[^ ]+\([0-9]+,[0-9]+(,[0-9]+,[0-9]+)?\): (warning|error) [A-Z]+[0-9]+' "$1" | sed "s|$2/||" | sort -u || true
}
build() { # copy logfile
  timeout 1800 dotnet build "$1/$project" -t:Rebuild -m:1 -nologo -v:m --disable-build-servers >"$2" 2>&1 || true
}

: >"$out/summary.txt"
log "commit $commit, package $version, project $project in $source_dir"
log "properties: ${properties[*]:-(none)}; framework: ${framework:-as in the project}; $(uname -srm); $(nproc) cores; dotnet $(dotnet --version)"
log "$(printf '%-7s %8s %6s %6s %8s %7s  %s' rule before files hunks after errors 'new warnings')"
# A fresh copy under git, so that the fix's changes are the copy's diff. Build outputs are not the fix's changes.
fresh_copy() { # work
  rm -rf "$1"
  mkdir -p "$1"
  cp -a "$source_dir" "$1/src"
  if [[ -n "$framework" ]]; then
    find "$1/src" \( -name '*.csproj' -o -name '*.props' -o -name '*.targets' \) -print0 \
      | xargs -0 sed -i -E "s|<TargetFrameworks([^>]*)>[^<]*</TargetFrameworks>|<TargetFrameworks\\1>$framework</TargetFrameworks>|"
  fi
  # A NuGet.config with package source mapping would keep restore from the packed feed (it would silently take an
  # older build of the package from the cache): map the package to the feed in every config of the copy.
  find "$1/src" -maxdepth 1 -iname 'nuget.config' -print0 | while IFS= read -r -d '' config; do
    sed -i -e "s|</packageSources>|<add key=\"aidebt-fix-verify\" value=\"$out/feed\" /></packageSources>|" \
      -e "s|</packageSourceMapping>|<packageSource key=\"aidebt-fix-verify\"><package pattern=\"AiDebtAnalyzers\" /></packageSource></packageSourceMapping>|" "$config"
  done
  git -C "$1/src" init -q
  printf 'bin/\nobj/\n' >>"$1/src/.git/info/exclude"
  git -C "$1/src" add -A && git -C "$1/src" -c user.name=verify -c user.email=verify@localhost commit -qm before
}
rule_config() { # work rule...
  local work=$1; shift
  { printf 'is_global = true\nglobal_level = 100\n'; printf 'dotnet_diagnostic.%s.severity = warning\n' "$@"; } >"$work/rule.globalconfig"
  export AiDebtFixVerifyRuleConfig="$work/rule.globalconfig"
}

IFS=',' read -r -a rule_list <<<"$rules"
# One survey build with every listed rule on tells which rules have findings; only those get a copy of their own.
fresh_copy "$out/survey"
rule_config "$out/survey" "${rule_list[@]}"
timeout 1200 dotnet restore "$out/survey/src/$project" -v:q >"$out/survey/restore.log" 2>&1 || { log "restore failed, see $out/survey/restore.log"; exit 1; }
grep -rqs --include=project.assets.json "\"AiDebtAnalyzers/$version\"" "$out/survey/src" \
  || { log "restore did not take package $version from the packed feed, see $out/survey/restore.log"; exit 1; }
build "$out/survey/src" "$out/survey/build.log"
diagnostics "$out/survey/build.log" "$out/survey/src" >"$out/survey/findings.txt"
if grep -q ': error ' "$out/survey/findings.txt"; then log "the project does not build, see $out/survey/build.log"; exit 1; fi

for rule in "${rule_list[@]}"; do
  if ! grep -q " $rule\$" "$out/survey/findings.txt"; then
    log "$(printf '%-7s %8s %6s %6s %8s %7s  %s' "$rule" 0 - - 0 - -)"
    continue
  fi
  work="$out/$rule"
  fresh_copy "$work"
  copy="$work/src"
  rule_config "$work" "$rule"
  timeout 1200 dotnet restore "$copy/$project" -v:q >"$work/restore.log" 2>&1 || { log "$rule: restore failed, see $work/restore.log"; continue; }
  build "$copy" "$work/before.log"
  diagnostics "$work/before.log" "$copy" >"$work/before.txt"
  if grep -q ': error ' "$work/before.txt"; then log "$rule: the project does not build before the fix, see $work/before.log"; continue; fi
  before=$(grep -c " $rule\$" "$work/before.txt" || true)

  timeout 1800 dotnet format analyzers "$copy/$project" --diagnostics "$rule" --severity info --no-restore -v:q >"$work/format.log" 2>&1 \
    || log "$rule: dotnet format exited with an error, see $work/format.log"
  git -C "$copy" add -A
  files=$(git -C "$copy" diff --cached --name-only | wc -l)
  hunks=$(git -C "$copy" diff --cached -U0 | grep -c '^@@' || true)
  git -C "$copy" diff --cached >"$work/fix.diff"

  build "$copy" "$work/after.log"
  diagnostics "$work/after.log" "$copy" >"$work/after.txt"
  after=$(grep -c " $rule\$" "$work/after.txt" || true)
  errors=$(grep -c ': error ' "$work/after.txt" || true)
  # New warnings: per ID, how many more the fixed project has than the original (lines move, so IDs are compared).
  new=$(join -a1 -e0 -o '0,1.2,2.2' <(grep ': warning ' "$work/after.txt" | grep -v " $rule\$" | awk '{print $NF}' | sort | uniq -c | awk '{print $2, $1}') \
             <(grep ': warning ' "$work/before.txt" | grep -v " $rule\$" | awk '{print $NF}' | sort | uniq -c | awk '{print $2, $1}') \
        | awk '$2 > $3 {printf "%s%s +%d", sep, $1, $2 - $3; sep = ","}')
  log "$(printf '%-7s %8s %6s %6s %8s %7s  %s' "$rule" "$before" "$files" "$hunks" "$after" "$errors" "${new:-none}")"
  grep ': error ' "$work/after.txt" | head -20 >>"$out/summary.txt" || true
done
log "uptime: $(uptime)"
