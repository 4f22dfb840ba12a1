#!/usr/bin/env python3
"""Sets committed AID101 verdicts against a new --findings file: how many judged groups are still warnings, became
suggestions, or are no longer reported, per verdict.

usage: python3 clone_verdicts.py verdicts.tsv findings.tsv [--list]

A judged group (its file:line) is still reported when a finding of the same file overlaps the lines of its copy
(the finding starts at most two lines below the judged line, and the judged line lies inside the finding's block).
A judged group that is no longer reported on its own but is named as another block of the same members by a finding
("; 2 more blocks match in the same members (here at lines 41 and 58)") is counted as folded into that finding's
severity: `folded-warning` or `folded-info`; with --list, the finding it folded into is named. So is a judged group whose
copy is named by a longer block's finding as a copy of its shorter block outside it ("; its 9-line block at line 144 is
also in VectorLinePrimitive.cs:130 and OutlinePrimitive.cs:140"): message places are file names, or paths below the
project where a name is not unique, so they match a judged path that ends with them."""
import sys, re, collections
verdicts, findings = sys.argv[1], sys.argv[2]
rows = collections.defaultdict(list)
folded = collections.defaultdict(list)
carried = []
for line in open(findings, encoding='utf-8'):
    cols = line.rstrip('\n').split('\t')
    if cols[0] != 'AID101': continue
    path, start = cols[1].rsplit(':', 1)
    lines = int(re.match(r"This (\d+)-line", cols[2]).group(1))
    severity = cols[4] if len(cols) > 4 else 'warning'
    rows[path].append((int(start), lines, severity))
    same = re.search(r"in the same (?:(?:or neighbouring )?members|types) \(here at lines? ([\d, and]+)\)(?:;|$)", cols[2])
    if same:
        for other in re.split(r", | and ", same.group(1)):
            folded[path].append((int(other), severity, cols[1]))
    for also in re.findall(r"; its \d+-(?:line|token) block (?:at line \d+ )?is also in ([^;]+)", cols[2]):
        for place, other in re.findall(r"([^\s,]+):(\d+)", also):
            carried.append((place, int(other), severity, cols[1]))
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
    into = ''
    if now == 'gone':
        for other, severity, where in folded.get(path, []):
            if other <= judged + 2 and judged <= other + 2:
                now, into = 'folded-' + severity, where
    if now == 'gone':
        for place, other, severity, where in carried:
            if (path == place or path.endswith('/' + place)) and other <= judged + 2 and judged <= other + 2:
                now, into = 'folded-' + severity, where
    tally[(cols[1], now)] += 1
    listing.append(f"{cols[1]}\t{now}\t{cols[2]}\t{cols[0]}" + (f"\tinto {into}" if into else ''))
for verdict in ('genuine', 'noise'):
    print(verdict, ' '.join(f"{now}={tally[(verdict, now)]}" for now in ('warning', 'info', 'folded-warning', 'folded-info', 'gone')))
if '--list' in sys.argv:
    print('\n'.join(listing))
