#!/usr/bin/env python3
"""Splits judged AID101 verdicts by whether each clone group stays in one project or spans several.

usage: python3 clone_projects.py <code base folder> <findings.tsv> <verdicts.tsv>

A group is rebuilt from the --findings rows as clone_sample.py builds it; a copy's project is the nearest folder above
it holding a .csproj. A build analyses each project alone, so only the groups within one project are what it reports;
a --single-compilation scan also joins copies across projects. Prints each cross-project verdict and the genuine
counts per kind."""
import sys, os, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clone_sample import read_groups
base, findings, verdicts = sys.argv[1], sys.argv[2], sys.argv[3]
def proj(rel):
    d = os.path.dirname(os.path.join(base, rel))
    while d.startswith(base):
        if glob.glob(os.path.join(d, '*.csproj')): return os.path.relpath(d, base)
        d = os.path.dirname(d)
    return '?'
groups = {key: [where for where, _, _ in copies] for key, copies in read_groups(findings).items()}
first = {}
for k, ws in groups.items():
    first[ws[0]] = ws
tot = {}
for line in open(verdicts, encoding='utf-8'):
    c = line.rstrip('\n').split('\t')
    if c[0] == 'file:line': continue
    ws = first.get(c[0])
    if ws is None: print('nomatch', c[0]); continue
    projs = {proj(w.rsplit(':',1)[0]) for w in ws}
    x = 'cross' if len(projs) > 1 else 'same'
    tot.setdefault(x, [0,0])
    tot[x][0 if c[1]=='genuine' else 1] += 1
    if x == 'cross': print(c[1], c[2], sorted(projs))
print(os.path.basename(verdicts), {k: f"{v[0]}/{v[0]+v[1]}" for k, v in tot.items()})
