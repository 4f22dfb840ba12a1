#!/usr/bin/env python3
"""Judged AID101 findings per code base: how many of the findings that carry a committed verdict are warnings, and how
many of those are genuine.

usage: python3 clone_findings_score.py <verdicts folder> <findings folder> <code base>...

Reads <verdicts folder>/AID101-<code base>-independent.tsv and <findings folder>/<code base>.tsv (a --findings file).
Each judged group (its file:line) is mapped to the finding that reports it: the finding row of the same file whose block
holds the judged line (it starts at most two lines below it), or, when the group is folded into another block of the
same members, the finding that names its lines (as clone_verdicts.py). A finding that carries several judged groups
counts once, genuine when one of them is; a judged group that no finding reports counts nowhere. Prints genuine/judged
warning findings per code base and in all."""
import collections
import re
import sys


def score(verdicts, findings):
    rows, folded = collections.defaultdict(list), collections.defaultdict(list)
    for line in open(findings, encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if cols[0] != 'AID101':
            continue
        path, start = cols[1].rsplit(':', 1)
        lines = int(re.match(r"This (\d+)-line", cols[2]).group(1))
        rows[path].append((int(start), lines, cols[4], cols[1]))
        same = re.search(r"in the same (?:(?:or neighbouring )?members|types) \(here at lines? ([\d, and]+)\)(?:;|$)", cols[2])
        if same:
            for other in re.split(r", | and ", same.group(1)):
                folded[path].append((int(other), cols[4], cols[1]))
    found = {}
    for line in open(verdicts, encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if line.startswith('#') or len(cols) < 3 or cols[1] not in ('genuine', 'noise'):
            continue
        path, judged = cols[0].rsplit(':', 1)
        judged = int(judged)
        key, severity = None, None
        for start, lines, row_severity, where in rows.get(path, []):
            if start <= judged + 2 and judged <= start + lines and severity != 'warning':
                key, severity = where, row_severity
        if key is None:
            for other, row_severity, where in folded.get(path, []):
                if other <= judged + 2 and judged <= other + 2:
                    key, severity = where, row_severity
        if key is None:
            continue
        genuine, _ = found.get(key, (False, severity))
        found[key] = (genuine or cols[1] == 'genuine', severity)
    warnings = [genuine for genuine, severity in found.values() if severity == 'warning']
    return len(warnings), sum(warnings)


total_judged = total_genuine = 0
for name in sys.argv[3:]:
    judged, genuine = score(f"{sys.argv[1]}/AID101-{name}-independent.tsv", f"{sys.argv[2]}/{name}.tsv")
    total_judged += judged
    total_genuine += genuine
    print(f"{name}\t{genuine}/{judged}")
print(f"all\t{total_genuine}/{total_judged}\t{100 * total_genuine / max(total_judged, 1):.1f}%")
