#!/bin/bash
# Usage: magic_scans.sh <CorpusScan bin folder> <corpus folder> <out folder> [<code base>...]
# AID201 and AID202 scans of the code bases of the independent checks, each with the folder of its check (checkouts at
# the commits docs/measuring.md and the verdict files' comment lines name): one <out>/<code base>.tsv each, with
# --role-column, AID201 with every policy role listed (so that findings of roles off by default are classified too;
# whether a number is reported never depends on which other roles are listed, so the findings of the default roles are
# those of a build), AID202 with its default options (its copies of every counted role count together, so listing
# more roles would change what the default reports). The machine load before and after each scan goes to <out>/log.txt.
# Without code bases: every code base with a committed AID201 or AID202 independent verdict file. Several runs may
# share one out folder (a code base is scanned once, by the run that takes it first): start them on the same list in
# different orders to use more cores.
# Then: python3 magic_verdicts.py <out>   and   python3 magic_roles.py <out> --markdown ...

BIN=$1; C=$2; OUT=$3; shift 3
SCRATCH=$OUT/copies
mkdir -p $SCRATCH
COMMON="--rules AID201,AID202 --exclude-tests --single-compilation --references sdk --role-column --quiet \
  --option aidebt.magic_values.reported_roles=status-code,retry,delay,money-rate,page-size,limit,threshold"

# A copy of some folders of a checkout (sources only), for checks that scanned a selection.
copy_of() { # <name> <checkout> <folder>...: copies <checkout>/<folder> to <scratch>/<name>/<basename of folder>
  local name=$1 from=$2; shift 2
  if [ ! -d $SCRATCH/$name ]; then
    mkdir -p $SCRATCH/$name
    for f in "$@"; do (cd $from && find $f -name '*.cs' -o -name '*.csproj') | (cd $from && tar -cf - -T -) | tar -xf - -C $SCRATCH/$name; done
  fi
  echo $SCRATCH/$name
}

if [ $# -eq 0 ]; then
  set -- $(ls docs/precision | sed -n 's/^AID20[12]-\(.*\)-independent\.tsv$/\1/p' | sort -u)
fi

for cb in "$@"; do
  # Several runs may share an out folder (on different lists): each code base is scanned by the first that takes it.
  mkdir $OUT/$cb.taken 2>/dev/null || continue
  case $cb in
  # first check (rules at e36a843)
  btcpayserver|Sonarr|Playnite) folder=$C/$cb ;;
  # second (fdfb8ee), third (1bdbfd6)
  Jackett|Kavita|duplicati|ScreenToGif) folder=$C/$cb ;;
  # fourth (313443f)
  Files|gitextensions) folder=$C/$cb/src ;;
  ArchiSteamFarm) folder=$C/$cb ;;
  # fifth (667f863)
  Flow.Launcher) folder=$C/$cb ;;
  NETworkManager) folder=$C/$cb/Source ;;
  Ombi) folder=$C/$cb/src ;;
  # sixth (01cb22f)
  Pinta|WalletWasabi) folder=$C/$cb ;;
  squidex) folder=$C/$cb/backend/src ;;
  v2rayN) folder=$C/$cb/v2rayN ;;
  greenshot) folder=$C/$cb/src ;;
  # seventh (917c383): osu's rulesets, tournament and desktop projects
  osu) folder=$(copy_of osu $C/osu osu.Desktop osu.Game.Rulesets.Catch osu.Game.Rulesets.Mania osu.Game.Rulesets.Osu osu.Game.Rulesets.Taiko osu.Game.Tournament) ;;
  DevToys) folder=$C/$cb/src/app ;;
  BloomDesktop) folder=$C/$cb/src ;;
  nina|better-genshin-impact) folder=$C/$cb ;;
  # eighth (4f6fc80): SubtitleEdit's src/libse and src/ui as libse/ and ui/
  subtitleedit) folder=$(copy_of subtitleedit $C/subtitleedit/src libse ui) ;;
  OpenRA) folder=$C/$cb ;;
  SimplCommerce|lively) folder=$C/$cb/src ;;
  # ninth (6b9f0a1): ErsatzTV without its two EF Core migration folders
  ErsatzTV)
    folder=$SCRATCH/ErsatzTV
    if [ ! -d $folder ]; then
      mkdir -p $folder
      (cd $C/ErsatzTV && find . \( -name '*.cs' -o -name '*.csproj' \) -not -path './ErsatzTV.Infrastructure.MySql/Migrations/*' -not -path './ErsatzTV.Infrastructure.Sqlite/Migrations/*' | tar -cf - -T -) | tar -xf - -C $folder
    fi ;;
  grandnode2|Exceptionless) folder=$C/$cb/src ;;
  ShokoServer) folder=$C/$cb ;;
  # the first review (rules at ec5ac55): bitwarden/server's src/
  bitwarden-server) folder=$C/server/src ;;
  *) echo "unknown code base $cb" >&2; continue ;;
  esac
  echo "$cb start $(date -u +%T) $(uptime)" >> $OUT/log.txt
  dotnet $BIN/AiDebtAnalyzers.CorpusScan.dll $folder $COMMON --findings $OUT/$cb.tsv > $OUT/$cb.out 2>&1
  echo "$cb end $(date -u +%T) rc=$? $(uptime)" >> $OUT/log.txt
done
