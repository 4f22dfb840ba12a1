#!/usr/bin/env python3
"""AID101 groups reported at two extents in one member: the members that hold copies of reported groups of two or more
sizes (warnings or suggestions), which the member fold leaves apart when one takes part in a duplication at two
extents. Joined with the judged verdicts of the re-score runs; a member is named by its file and name (overloads and
partial declarations are not told apart).

usage: python3 clone_same_members.py <CorpusScan.dll> <rescore output>...

Reads each run's findings (the "scanning:" lines name the folders and findings files), the members holding each copy
(the scanner's --clone-context), and prints one line per pair: check, code base, the two groups' first copies and sizes,
the members, and the verdicts of the judged groups among them.
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clone_noise_structure as cns  # noqa: E402

MESSAGE = re.compile(r"This (\d+)-line block \((\d+) tokens\) appears in (\d+) places; also in ([^;]*)")


def main(argv):
    scanner, stdouts = argv[0], argv[1:]
    for stdout in stdouts:
        folders, findings, rows = cns.read_run(stdout)
        verdicts = {}
        for row in rows:
            verdicts.setdefault((row[1], row[2]), row[3])
        for base, path in sorted(findings.items()):
            rows_of = []
            for line in open(path, encoding="utf-8"):
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 5 or cols[0] != "AID101":
                    continue
                match = MESSAGE.match(cols[2])
                if not match:
                    continue
                file, start = cols[1].rsplit(":", 1)
                rows_of.append(dict(file=file, start=int(start), lines=int(match.group(1)), tokens=int(match.group(2)),
                                    severity=cols[-1], location=cols[1]))
            answers = cns.contexts(scanner, [(os.path.join(folders.get(base, ""), r["file"]), r["start"], r["lines"]) for r in rows_of])
            for r, a in zip(rows_of, answers):
                r["member"] = (r["file"], a[1] if len(a) > 1 else "?")
            # Pairs of rows in one member at different sizes whose other copies lie in the same other members.
            sizes = collections.defaultdict(set)
            for r in rows_of:
                sizes[r["member"]].add((r["tokens"], r["lines"], r["severity"], r["location"]))
            for member, found in sizes.items():
                if len({(t, l) for t, l, _, _ in found}) < 2:
                    continue
                judged = [(loc, verdicts.get((base, loc))) for _, _, _, loc in sorted(found) if verdicts.get((base, loc))]
                print("\t".join([os.path.basename(stdout), base, f"{member[0]}:{member[1]}",
                                 ";".join(f"{t}t/{l}l/{s}@{loc.rsplit(':', 1)[1]}" for t, l, s, loc in sorted(found)),
                                 ";".join(f"{loc}={v}" for loc, v in judged)]))


if __name__ == "__main__":
    main(sys.argv[1:])
