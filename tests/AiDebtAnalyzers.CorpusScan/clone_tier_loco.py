#!/usr/bin/env python3
"""A lower AID101 tier for small groups whose copies differ in several values, measured leave-one-check-out.

usage: python3 clone_tier_loco.py [--allow N] <clone_noise_structure.py --groups output>...

Each input holds the --groups lines of one or more re-scores (one line per judged group still reported as a warning;
the check is the line's first column, the rescore output's name). A cut is (counted tokens below T, at least D distinct
token pairs differing between the first two copies, "other length" counting as differing); a group inside it would be
reported at the lower tier (a suggestion). For each check, the cut is chosen on every other check: the one that moves
the most noise groups while moving at most N genuine ones (default 0), ties going to the cut that moves fewest groups
(smaller T, larger D); it is then applied to the held-out check. Prints, per held-out check, the cut, the genuine and
noise groups it moves, and the share of genuine groups that stay warnings; then the same cut chosen on all checks.
"""
import collections
import sys

TOKENS = range(55, 125, 5)
PAIRS = range(1, 9)


def read(paths):
    groups = []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 21 or cols[3] not in ("genuine", "noise"):
                continue
            differs = None if cols[20] == "" else int(cols[20])
            groups.append(dict(check=cols[0], location=cols[2], verdict=cols[3], tokens=int(cols[5]), differs=differs))
    return groups


def inside(group, cut):
    tokens, pairs = cut
    d = group["differs"]
    return group["tokens"] < tokens and d is not None and (d < 0 or d >= pairs)


def moved(groups, cut):
    genuine = sum(1 for g in groups if g["verdict"] == "genuine" and inside(g, cut))
    noise = sum(1 for g in groups if g["verdict"] == "noise" and inside(g, cut))
    return genuine, noise


def choose(groups, allow):
    best = None
    for tokens in TOKENS:
        for pairs in PAIRS:
            genuine, noise = moved(groups, (tokens, pairs))
            if genuine > allow or noise == 0:
                continue
            key = (noise, -genuine, -tokens, pairs)
            if best is None or key > best[0]:
                best = (key, (tokens, pairs))
    return best[1] if best else None


def main(argv):
    allow = 0
    if argv and argv[0] == "--allow":
        allow, argv = int(argv[1]), argv[2:]
    groups = read(argv)
    checks = sorted({g["check"] for g in groups})
    print(f"| Held-out check | Cut chosen on the others (tokens below, pairs at least) | Genuine moved | Noise moved | Genuine staying warnings |\n| --- | --- | ---: | ---: | --- |")
    total = collections.Counter()
    for check in checks:
        held = [g for g in groups if g["check"] == check]
        cut = choose([g for g in groups if g["check"] != check], allow)
        genuine, noise = moved(held, cut) if cut else (0, 0)
        all_genuine = sum(1 for g in held if g["verdict"] == "genuine")
        total.update(genuine=genuine, noise=noise, all_genuine=all_genuine, all_noise=sum(1 for g in held if g["verdict"] == "noise"))
        print(f"| {check} | {cut if cut else 'none'} | {genuine} | {noise} | {all_genuine - genuine} of {all_genuine} |")
    print(f"| **All** | | {total['genuine']} | {total['noise']} of {total['all_noise']} | {total['all_genuine'] - total['genuine']} of {total['all_genuine']} |")
    cut = choose(groups, allow)
    if cut:
        genuine, noise = moved(groups, cut)
        print(f"\nOn all checks: cut {cut} moves {genuine} genuine and {noise} noise groups")
        for g in groups:
            if inside(g, cut):
                print("\t".join(str(g[k]) for k in ("check", "location", "verdict", "tokens", "differs")))
    else:
        print("\nOn all checks: no cut moves noise without moving more than", allow, "genuine groups")


if __name__ == "__main__":
    main(sys.argv[1:])
