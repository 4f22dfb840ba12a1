#!/usr/bin/env python3
"""Sets committed AID101 verdicts against a new --findings file: how many judged groups are still warnings, became
suggestions, or are no longer reported, per verdict.

usage: python3 clone_verdicts.py verdicts.tsv findings.tsv [--list]

A judged group (its file:line) is still reported when a finding of the same file overlaps the lines of its copy
(the finding starts at most two lines below the judged line, and the judged line lies inside the finding's block)."""
import sys, re, collections
verdicts, findings = sys.argv[1], sys.argv[2]
rows = collections.defaultdict(list)
for line in open(findings, encoding='utf-8'):
    cols = line.rstrip('\n').split('\t')
    if cols[0] != 'AID101': continue
    path, start = cols[1].rsplit(':', 1)
    lines = int(re.match(r"This (\d+)-line", cols[2]).group(1))
    rows[path].append((int(start), lines, cols[4] if len(cols) > 4 else 'warning'))
tally, listing = collections.Counter(), []
for line in open(verdicts, encoding='utf-8'):
    cols = line.rstrip('\n').split('\t')
    if line.startswith('#') or len(cols) < 3 or cols[1] not in ('genuine', 'noise'): continue
    path, judged = cols[0].rsplit(':', 1)
    judged = int(judged)
    now = 'gone'
    for start, lines, severity in rows.get(path, []):
        if start <= judged + 2 and judged <= start + lines:
            now = 'warning' if severity == 'warning' or now == 'warning' else 'info'
    tally[(cols[1], now)] += 1
    listing.append(f"{cols[1]}\t{now}\t{cols[2]}\t{cols[0]}")
for verdict in ('genuine', 'noise'):
    print(verdict, ' '.join(f"{now}={tally[(verdict, now)]}" for now in ('warning', 'info', 'gone')))
if '--list' in sys.argv:
    print('\n'.join(listing))
