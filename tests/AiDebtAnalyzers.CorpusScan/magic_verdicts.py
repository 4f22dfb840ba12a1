#!/usr/bin/env python3
"""Re-scores every committed independent AID201 or AID202 verdict against the findings of the rules as built.

usage: python3 magic_verdicts.py <scans folder> [--rule AID201|AID202] [--verdicts docs/precision] [--markdown]
                                 [--roles delay,retry,...] [--list lost|kept|all]

<scans folder> is magic_scans.sh's output: one <code base>.tsv per code base, written by CorpusScan --findings
--role-column with the folder of the code base's check, AID201 with every policy role listed. An AID201 finding is
reported as built when its role is one of --roles (default: the roles AID201 reports by default); every AID202 finding
of the scan is (it ran with its default options). A verdict of docs/precision/<rule>-<code base>-independent.tsv (rows
file:line, verdict, category, reason) is "kept" when a finding reported as built sits at its file:line, and "lost"
otherwise. Every sampled finding was reported by the rules its check judged, so "judged reported before" is the whole
sample.

Prints a table per check and one row per check pooled: findings now (as built), judged reported before (genuine of the
sample), judged reported after (genuine of the kept verdicts), genuine kept, noise kept. --list prints the verdicts
lost (genuine ones only), kept (noise ones only) or all, each with the role the findings give it ("(off by default)"
when only a role off by default reports it; "quiet" when no role does).
"""
import collections
import os
import sys

# The independent checks in order: (name, rules judged, code bases). The verdict files' comment lines or the check's
# section of docs/measuring.md give each code base's commit and folder (magic_scans.sh holds the folders).
CHECKS = [
    ("review (ec5ac55)", ["bitwarden-server"]),
    ("1 (e36a843)", ["btcpayserver", "Sonarr", "Playnite"]),
    ("2 (fdfb8ee)", ["Jackett", "Kavita", "duplicati"]),
    ("3 (1bdbfd6)", ["ScreenToGif"]),
    ("4 (313443f)", ["Files", "ArchiSteamFarm", "gitextensions"]),
    ("5 (667f863)", ["Flow.Launcher", "NETworkManager", "Ombi"]),
    ("6 (01cb22f)", ["Pinta", "squidex", "v2rayN", "greenshot", "WalletWasabi"]),
    ("7 (917c383)", ["osu", "DevToys", "nina", "better-genshin-impact", "BloomDesktop"]),
    ("8 (4f6fc80)", ["subtitleedit", "OpenRA", "SimplCommerce", "lively"]),
    ("9 (6b9f0a1)", ["ErsatzTV", "grandnode2", "ShokoServer", "Exceptionless"]),
]


# MagicNumberRoles' policy roles with reportedByDefault: true.
DEFAULT_ROLES = "status-code,retry,delay,money-rate,page-size"


def read_findings(path, rule):
    """file:line -> roles of the rule's findings on that line in a --findings --role-column file; None when the file is
    missing."""
    if not os.path.exists(path):
        return None
    found = collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if len(cells) >= 2 and cells[0] == rule:
            found[cells[1]].append(cells[5] if len(cells) > 5 and cells[5] else "?")
    return found


def read_verdicts(path):
    for line in open(path, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(cells) < 2 or cells[0] == "file:line" or cells[1] not in ("genuine", "noise"):
            continue
        yield cells[0], cells[1] == "genuine", cells[2] if len(cells) > 2 else "", cells[3] if len(cells) > 3 else ""


def share(a, b):
    return f"{a} of {b} ({100 * a / b:.0f}%)" if b else "none"


def main(argv):
    scans, rule, verdicts_folder, markdown, listing = None, "AID201", "docs/precision", False, None
    reported_roles = set(DEFAULT_ROLES.split(","))
    i = 0
    while i < len(argv):
        if argv[i] == "--roles":
            reported_roles = set(argv[i + 1].split(",")); i += 2
        elif argv[i] == "--rule":
            rule = argv[i + 1]; i += 2
        elif argv[i] == "--verdicts":
            verdicts_folder = argv[i + 1]; i += 2
        elif argv[i] == "--markdown":
            markdown = True; i += 1
        elif argv[i] == "--list":
            listing = argv[i + 1]; i += 2
        else:
            scans = argv[i]; i += 1
    if scans is None:
        print(__doc__, file=sys.stderr)
        return 2

    header = ["Check", "Code base", "Findings now", "Judged reported before", "Judged reported after", "Genuine kept", "Noise kept"]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("| --- | --- | ---: | --- | --- | --- | --- |")
    else:
        print("\t".join(header))
    rows = []
    total = collections.Counter()
    for check, bases in CHECKS:
        pooled = collections.Counter()
        for base in bases:
            path = os.path.join(verdicts_folder, f"{rule}-{base}-independent.tsv")
            if not os.path.exists(path):
                continue
            every_role = read_findings(os.path.join(scans, base + ".tsv"), rule)
            built = None if every_role is None else {
                where: reported[0] for where, roles in every_role.items()
                if (reported := [r for r in roles if rule != "AID201" or r in reported_roles])}
            verdicts = list(read_verdicts(path))
            if built is None:
                cells = [check, base, "not scanned", share(sum(g for _, g, _, _ in verdicts), len(verdicts)), "-", "-", "-"]
                print(("| " + " | ".join(cells) + " |") if markdown else "\t".join(cells))
                continue
            counts = collections.Counter(findings=findings_count(os.path.join(scans, base + ".tsv"), rule, reported_roles), judged=len(verdicts))
            for where, genuine, category, reason in verdicts:
                kept = where in built
                counts["genuine"] += genuine
                counts["genuine kept"] += genuine and kept
                counts["noise kept"] += (not genuine) and kept
                role = built[where] if kept else (",".join(every_role[where]) + " (off by default)" if where in every_role else "quiet")
                rows.append((check, base, where, "genuine" if genuine else "noise", "kept" if kept else "lost", role, category, reason))
            pooled.update(counts)
            print_row(markdown, check, base, counts)
        if len([b for b in bases if os.path.exists(os.path.join(verdicts_folder, f"{rule}-{b}-independent.tsv"))]) > 1 and pooled["judged"]:
            print_row(markdown, check, "**all**" if markdown else "all", pooled)
        total.update(pooled)
    print_row(markdown, "**all checks**" if markdown else "all checks", "", total)

    if listing:
        print()
        for row in rows:
            if listing == "all" or (listing == "lost" and row[3] == "genuine" and row[4] == "lost") or (listing == "kept" and row[3] == "noise" and row[4] == "kept"):
                print("\t".join(row))
    return 0


def findings_count(path, rule, reported_roles):
    """How many findings of the rule a build reports (for AID201: of the reported roles)."""
    count = 0
    for line in open(path, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if len(cells) >= 2 and cells[0] == rule and (rule != "AID201" or (len(cells) > 5 and cells[5] in reported_roles)):
            count += 1
    return count


def print_row(markdown, check, base, c):
    kept = c["genuine kept"] + c["noise kept"]
    noise = c["judged"] - c["genuine"]
    cells = [check, base, str(c["findings"]), share(c["genuine"], c["judged"]), share(c["genuine kept"], kept),
             f"{c['genuine kept']} of {c['genuine']}", f"{c['noise kept']} of {noise}"]
    print(("| " + " | ".join(cells) + " |") if markdown else "\t".join(cells))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
