#!/usr/bin/env python3
"""Groups the AID101 lines of a --findings file (one line per reported copy) into clone groups and prints a seeded
random sample of groups, one line each: the first reported copy's file:line, its severity and its message.

usage: python3 clone_sample.py findings.tsv SEED COUNT [warning|info]

A group is the set of its copies' places (file name and line), so a group reported at several copies counts once, also
when it has more copies than its messages list."""
import sys, random, re, os


def read_groups(path, severity=None):
    """The clone groups of a --findings file: key (tokens, sorted places) -> [(where, message, severity)], one per copy."""
    groups, rows = {}, []
    for line in open(path, encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if cols[0] != 'AID101': continue
        where, message, sev = cols[1], cols[2], cols[4] if len(cols) > 4 else 'warning'
        if severity and sev != severity: continue
        # A group that stands for a longer one names it after its places: "; 3 of them share a longer block (102 tokens)";
        # one that stands for other blocks of the same members names their lines: "; 2 more blocks match in the same members (...)";
        # one that carries a shorter block names that block's other copies: "; its 9-line block at line 144 is also in A.cs:130".
        m = re.match(r"This (\d+)-line block \((\d+) tokens\) appears in (\d+) places; also in (.*?)(; \d+ of them share a longer block \(\d+ tokens\))?(; \d+ more blocks? match(es)? in the same (?:(?:or neighbouring )?members|types) \(here at lines? [\d, and]+\))?((?:; its \d+-(?:line|token) block (?:at line \d+ )?is also in [^;]+)*)$", message)
        tokens = m.group(2)
        places = re.split(r", | and ", m.group(4))
        f, l = where.rsplit(':', 1)
        members = {os.path.basename(f) + ':' + l}
        for p in places:
            if 'more place' in p: continue
            pf, pl = p.rsplit(':', 1)
            members.add(os.path.basename(pf) + ':' + pl)
        rows.append((tokens, members, (where, message, sev)))
    # A group with more copies than the message lists (aidebt.duplication.max_locations) names a different subset at each
    # copy: the rows that name one another's places are one group.
    parent = {}
    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for tokens, members, _ in rows:
        first = find((tokens, min(members)))
        for member in members:
            parent[find((tokens, member))] = first
    places = {}
    for tokens, members, _ in rows:
        places.setdefault(find((tokens, min(members))), set()).update(members)
    for tokens, members, row in rows:
        key = (tokens, tuple(sorted(places[find((tokens, min(members)))])))
        groups.setdefault(key, []).append(row)
    return groups


if __name__ == '__main__':
    path, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    groups = read_groups(path, sys.argv[4] if len(sys.argv) > 4 else None)
    keys = sorted(groups)
    print(f"# groups: {len(keys)} findings: {sum(len(v) for v in groups.values())}", file=sys.stderr)
    random.Random(seed).shuffle(keys)
    for key in keys[:count]:
        where, message, sev = groups[key][0]
        print(f"{where}\t{sev}\t{message}")
