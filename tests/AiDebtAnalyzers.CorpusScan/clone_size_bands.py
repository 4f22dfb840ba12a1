#!/usr/bin/env python3
"""AID101 judged groups still reported as warnings, by counted tokens, on re-scored checks.

usage: python3 clone_size_bands.py <check>=<out folder> ...   (the --out folders of rescore_check.py runs, e.g. 18=<out>/18)

For each check, the AID101 verdict files it names (docs/precision/AID101-<base>-independent.tsv and -second.tsv whose
header says "rules at commit <commit>", the commit given by CHECKS) are joined with the re-scan's findings file
(<out>/findings/<the header command's --findings name>) through clone_verdicts.py --list (as rescore_check.py joins
them). A judged group kept as a warning takes the counted tokens of its finding: the first warning row of the verdict's
file whose block holds the verdict's line (start <= line + 2 and line <= start + lines), as clone_noise_structure.py
picks it. Writes rows.tsv (one row per judged group) to the current folder and prints markdown tables.
"""
import collections, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
PRECISION = os.path.join(REPO, "docs", "precision")
JOIN = os.path.join(REPO, "tests", "AiDebtAnalyzers.CorpusScan", "clone_verdicts.py")
sys.path.insert(0, os.path.join(REPO, "tests", "AiDebtAnalyzers.CorpusScan"))
import clone_sample  # noqa: E402  (read_groups)

CHECKS = {
    "18": ("beb7085", ["DiscordChatExporter", "Unigram", "choco", "dotnet-podcasts"]),
    "19": ("92aa2a6", ["keepass2android", "Character-Map-UWP", "FluentStore"]),
    "20": ("1f6137f", ["SourceGit", "OpenUtau", "Starward", "Captura"]),
    "21": ("070a942", ["CKAN", "Snap.Hutao", "Denaro", "Minecraft-Console-Client", "bitwarden-mobile", "devhome"]),
}
MESSAGE = re.compile(r"This (\d+)-line block \((\d+) tokens\)")
BANDS = [("50-64", 0, 65), ("65-79", 65, 80), ("80-99", 80, 100), ("100+", 100, 10 ** 9)]
EXTRA = [("80+", 80, 10 ** 9)]
THRESHOLDS = [60, 65, 70, 75, 80, 85, 90, 100, 120]


def header(path):
    lines = [l[1:].strip() for l in open(path, encoding="utf-8") if l.startswith("#")]
    commit = re.search(r"rules at commit (\w+)", lines[0]).group(1)
    findings = os.path.basename(re.search(r"--findings (\S+)", lines[1]).group(1))
    return commit, findings


def warnings(findings):
    rows = collections.defaultdict(list)
    for line in open(findings, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if cols[0] != "AID101" or (cols[4] if len(cols) > 4 else "warning") != "warning":
            continue
        m = MESSAGE.match(cols[2])
        path, start = cols[1].rsplit(":", 1)
        rows[path].append((int(start), int(m.group(1)), int(m.group(2))))
    return rows


def join(verdicts, findings):
    out = subprocess.run([sys.executable, JOIN, verdicts, findings, "--list"], check=True, capture_output=True,
                         text=True).stdout.splitlines()
    result = []
    for line in out[2:]:
        verdict, state, _, where = line.split("\t")[:4]
        result.append((where, verdict, "kept" if state == "warning" else state))
    return result


def main(argv):
    runs = dict(a.split("=", 1) for a in argv)
    rows, groups_per_base, ambiguous, other_verdicts = [], [], [], collections.Counter()
    for check, out in runs.items():
        commit, bases = CHECKS[check]
        for base in bases:
            first = os.path.join(PRECISION, f"AID101-{base}-independent.tsv")
            second = os.path.join(PRECISION, f"AID101-{base}-second.tsv")
            c, name = header(first)
            assert commit.startswith(c) or c.startswith(commit), (first, c, commit)
            findings = os.path.join(out, "findings", name)
            if not os.path.exists(findings):
                print(f"missing findings {findings}", file=sys.stderr)
                continue
            for path in (first, second):
                if os.path.exists(path):
                    for l in open(path, encoding="utf-8"):
                        cols = l.rstrip("\n").split("\t")
                        if not l.startswith("#") and len(cols) > 1 and cols[0] != "file:line" and cols[1] not in ("genuine", "noise"):
                            other_verdicts[(base, os.path.basename(path), cols[1])] += 1
            by_file = warnings(findings)
            one = join(first, findings)
            two = {w: (v, s) for w, v, s in join(second, findings)} if os.path.exists(second) else {}
            for where, verdict, state in one:
                path, line = where.rsplit(":", 1)
                line = int(line)
                holding = [f for f in by_file.get(path, []) if f[0] <= line + 2 and line <= f[0] + f[1]]
                tokens = holding[0][2] if state == "kept" and holding else None
                if state == "kept" and len({h[2] for h in holding}) > 1:
                    ambiguous.append((check, base, where, [h[2] for h in holding]))
                v2, s2 = two.get(where, ("", ""))
                if s2 and s2 != state:
                    print(f"state differs between the reviewers' files: {base} {where} {state} {s2}", file=sys.stderr)
                rows.append(dict(check=check, base=base, where=where, first=verdict, second=v2, tokens=tokens, state=state))
            for where in set(two) - {w for w, _, _ in one}:
                print(f"second reviewer's row not in the first file: {base} {where}", file=sys.stderr)
            groups = clone_sample.read_groups(findings, "warning")
            sizes = [int(key[0]) for key in groups]
            groups_per_base.append((check, base, len(sizes), sum(1 for s in sizes if s < 80), sum(1 for s in sizes if s >= 80),
                                    sum(1 for s in sizes if s < 65), min(sizes) if sizes else None))

    with open("rows.tsv", "w", encoding="utf-8") as f:
        f.write("check\tcodebase\tfile:line\tfirst_verdict\tsecond_verdict\ttokens\tstate\n")
        for r in rows:
            f.write(f"{r['check']}\t{r['base']}\t{r['where']}\t{r['first']}\t{r['second']}\t"
                    f"{'' if r['tokens'] is None else r['tokens']}\t{r['state']}\n")

    kept = [r for r in rows if r["state"] == "kept"]
    scopes = [(f"Check {c}", [r for r in kept if r["check"] == c]) for c in runs] + [("Pooled 18-21", kept)]
    by_base = [(f"{c} {b}", [r for r in kept if r["check"] == c and r["base"] == b]) for c in runs for b in CHECKS[c][1]]
    print("## Judged groups by state (first reviewer's rows)\n")
    print("| Check | Judged | Kept as warning | Info | Folded | Gone |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for c in list(runs) + ["all"]:
        rs = [r for r in rows if c == "all" or r["check"] == c]
        st = collections.Counter(r["state"] for r in rs)
        print(f"| {c} | {len(rs)} | {st['kept']} | {st['info']} | {st['folded-warning'] + st['folded-info']} | {st['gone']} |")
    for reviewer in ("first", "second"):
        print(f"\n## Bands, {reviewer} reviewer (judged groups kept as warnings)\n")
        print("| Scope | " + " | ".join(f"{b} G / N / share" for b, _, _ in BANDS + EXTRA) + " | All G / N / share |")
        print("| --- |" + " --- |" * (len(BANDS) + 2))
        for label, rs in scopes + (by_base if reviewer == "first" else []):
            rs = [r for r in rs if r[reviewer] in ("genuine", "noise")]
            cells = []
            for _, lo, hi in BANDS + EXTRA + [("all", 0, 10 ** 9)]:
                g = sum(1 for r in rs if lo <= r["tokens"] < hi and r[reviewer] == "genuine")
                n = sum(1 for r in rs if lo <= r["tokens"] < hi and r[reviewer] == "noise")
                cells.append(f"{g} / {n} / " + (f"{100 * g / (g + n):.0f}%" if g + n else "-"))
            print(f"| {label} | " + " | ".join(cells) + " |")
        print(f"\n## Thresholds, {reviewer} reviewer: precision of groups with tokens >= T; share of genuine kept\n")
        print("| Scope | " + " | ".join(f"T={t}" for t in THRESHOLDS) + " |")
        print("| --- |" + " --- |" * len(THRESHOLDS))
        for label, rs in scopes:
            rs = [r for r in rs if r[reviewer] in ("genuine", "noise")]
            gall = sum(1 for r in rs if r[reviewer] == "genuine")
            nall = len(rs) - gall
            cells = []
            for t in THRESHOLDS:
                g = sum(1 for r in rs if r["tokens"] >= t and r[reviewer] == "genuine")
                n = sum(1 for r in rs if r["tokens"] >= t and r[reviewer] == "noise")
                p = f"{100 * g / (g + n):.0f}%" if g + n else "-"
                k = f"{100 * g / gall:.0f}%" if gall else "-"
                cells.append(f"{g}/{g + n} = {p}; G kept {g}/{gall} = {k}; N cut {nall - n}/{nall}")
            print(f"| {label} (none: {gall}/{len(rs)}" + (f" = {100 * gall / len(rs):.0f}%" if rs else "") + ") | "
                  + " | ".join(cells) + " |")
    print("\n## Warning groups now per code base (judged or not)\n")
    print("| Check | Code base | Warning groups | Under 80 tokens | 80 and more | (of them under 65) | Smallest |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    tot = [0, 0, 0, 0]
    for check, base, n, under, over, under65, smallest in groups_per_base:
        tot = [a + b for a, b in zip(tot, [n, under, over, under65])]
        print(f"| {check} | {base} | {n} | {under} | {over} | {under65} | {smallest} |")
    print(f"| all | **All** | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]} | |")
    if ambiguous:
        print("\nKept groups whose file holds several overlapping warning findings of different sizes (first taken):")
        for a in ambiguous:
            print("  ", a)
    if other_verdicts:
        print("\nVerdict rows other than genuine/noise (left out of every figure):")
        for k, v in sorted(other_verdicts.items()):
            print("  ", k, v)
    missing = [r for r in kept if r["tokens"] is None]
    if missing:
        print("\nKept without a warning finding found:", missing)


if __name__ == "__main__":
    main(sys.argv[1:])
