#!/usr/bin/env python3
"""Joins every committed AID201/AID202 verdict with the role the current rules give that finding, tabulates the judged
precision per role, decides a default set of roles from it and estimates precision on unseen code by leaving one
independent check out at a time.

usage: python3 magic_roles.py <findings folder>... [--verdicts docs/precision] [--extra <verdict folder> <check>]...
                              [--min-precision 0.75] [--min-code-bases 2] [--always <rule>:<role>]... [--markdown]
                              [--rule AID201|AID202]

Each findings folder holds one `<code base>.tsv` per code base: the corpus runner's --findings output with
--role-column, scanned with the magic-value command of docs/measuring.md (`--rules AID201,AID202 --exclude-tests
--single-compilation --references sdk`). A verdict joins the finding of its rule at its file:line; a verdict with no
such finding is "quiet now". Verdict files are `docs/precision/<rule>-<code base>[-<suffix>].tsv` (rows file:line,
verdict, category, reason); `--extra <folder> <check>` reads `<folder>/<rule>-<code base>.tsv` as a further
independent check. A file:line judged in several samples of one code base counts once (noise when the samples
disagree half and half). --rule tabulates one rule only (magic_scans.sh lists every AID201 role but scans AID202 with
its defaults, so its AID202 roles are the default set's).

A role is in the default set when its joined verdicts are at least --min-precision genuine and come from at least
--min-code-bases code bases, or when --always names it (a role kept on whatever its measure, such as the issue's
must-catch cases; the table marks it `kept`). Leave-one-check-out: for each independent check, the set is decided from every other
verdict (other checks and the development samples) and applied to that check alone: precision of the judged findings
it keeps, and recall (the genuine verdicts it keeps out of all genuine verdicts of the check, quiet ones included).
"""
import collections
import glob
import os
import re
import sys

# Code bases of the independent checks on fresh code, by check (docs/measuring.md); every other verdict file is a
# development sample (the corpus, tuned on from the start, or judged by the rules' author).
CHECKS = {
    'btcpayserver': '1', 'Sonarr': '1', 'Playnite': '1',
    'Jackett': '2', 'Kavita': '2', 'duplicati': '2',
    'ScreenToGif': '3',
    'Files': '4', 'ArchiSteamFarm': '4', 'gitextensions': '4',
    'Flow.Launcher': '5', 'NETworkManager': '5', 'Ombi': '5',
    'Pinta': '6', 'squidex': '6', 'v2rayN': '6', 'greenshot': '6', 'WalletWasabi': '6',
    'osu': '7', 'DevToys': '7', 'nina': '7', 'better-genshin-impact': '7', 'BloomDesktop': '7',
    'subtitleedit': '8', 'OpenRA': '8', 'SimplCommerce': '8', 'lively': '8',
    'ErsatzTV': '9', 'grandnode2': '9', 'ShokoServer': '9', 'Exceptionless': '9',
}
DEV = 'dev'
# Verdict files that are not a sample of one code base's findings (a list of findings an earlier change removed).
SKIPPED = re.compile(r'-suppressed-')
CODE_BASE = re.compile(r'^(AID20[12])-(.+?)(-independent|-[0-9a-f]{7}|-seed\d+)?\.tsv$')


def read_findings(folders):
    """(rule, code base, file:line) -> role, from every <code base>.tsv of the folders; a later folder's findings of a
    rule replace an earlier folder's findings of that rule on the same code base (a rescan of one rule)."""
    by_scan = {}
    for folder in folders:
        for path in glob.glob(os.path.join(folder, '*.tsv')):
            base = os.path.basename(path)[:-4]
            found = collections.defaultdict(dict)
            for line in open(path, encoding='utf-8'):
                cells = line.rstrip('\n').split('\t')
                if len(cells) < 6 or cells[0] not in ('AID201', 'AID202'):
                    continue
                found[cells[0]][cells[1]] = cells[5] or '?'
            for rule, rows in found.items():
                by_scan[(rule, base)] = rows
    return {(rule, base, where): role for (rule, base), rows in by_scan.items() for where, role in rows.items()}


def read_verdict_file(path):
    for line in open(path, encoding='utf-8'):
        cells = line.rstrip('\n').split('\t')
        if line.startswith('#') or len(cells) < 2 or cells[0] == 'file:line':
            continue
        if cells[1] in ('genuine', 'noise'):
            yield cells[0], cells[1] == 'genuine'


def read_verdicts(folder, extras):
    """(rule, code base, file:line) -> (check, genuine), one verdict per judged finding."""
    votes = collections.defaultdict(list)
    check_of = {}
    for path in sorted(glob.glob(os.path.join(folder, 'AID20[12]-*.tsv'))):
        name = os.path.basename(path)
        match = CODE_BASE.match(name)
        if SKIPPED.search(name) or not match:
            continue
        rule, base, suffix = match.group(1), match.group(2), match.group(3) or ''
        check = CHECKS.get(base, DEV) if suffix == '-independent' else DEV
        for where, genuine in read_verdict_file(path):
            votes[(rule, base, where)].append(genuine)
            # An independent verdict of a code base decides its check; development samples of it never do.
            check_of[(rule, base, where)] = check if check != DEV else check_of.get((rule, base, where), DEV)
    for folder_extra, check in extras:
        for path in sorted(glob.glob(os.path.join(folder_extra, 'AID20[12]-*.tsv'))):
            match = CODE_BASE.match(os.path.basename(path))
            if not match:
                continue
            for where, genuine in read_verdict_file(path):
                key = (match.group(1), match.group(2), where)
                votes[key].append(genuine)
                check_of[key] = check
    return {key: (check_of[key], sum(v) * 2 > len(v)) for key, v in votes.items()}


def tabulate(rows):
    """role -> [genuine, noise, code bases]."""
    table = collections.defaultdict(lambda: [0, 0, set()])
    for rule, base, role, genuine in rows:
        cell = table[(rule, role)]
        cell[0 if genuine else 1] += 1
        cell[2].add(base)
    return table


def default_set(table, min_precision, min_code_bases, always=frozenset()):
    chosen = set(always)
    for key, (genuine, noise, bases) in table.items():
        if key[1] != 'quiet now' and genuine >= min_precision * (genuine + noise) and len(bases) >= min_code_bases:
            chosen.add(key)
    return chosen


def percent(a, b):
    return f'{a} of {b} ({100 * a / b:.0f}%)' if b else '-'


def main(argv):
    folders, extras = [], []
    verdicts_folder = 'docs/precision'
    min_precision, min_code_bases, markdown = 0.75, 2, False
    always = set()
    only_rule = None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == '--verdicts':
            verdicts_folder = argv[i + 1]; i += 2
        elif arg == '--extra':
            extras.append((argv[i + 1], argv[i + 2])); i += 3
        elif arg == '--min-precision':
            min_precision = float(argv[i + 1]); i += 2
        elif arg == '--min-code-bases':
            min_code_bases = int(argv[i + 1]); i += 2
        elif arg == '--always':
            always.add(tuple(argv[i + 1].split(':', 1))); i += 2
        elif arg == '--rule':
            only_rule = argv[i + 1]; i += 2
        elif arg == '--markdown':
            markdown = True; i += 1
        else:
            folders.append(arg); i += 1

    roles = read_findings(folders)
    scanned = {base for _, base, _ in roles} | {os.path.basename(p)[:-4] for f in folders for p in glob.glob(os.path.join(f, '*.tsv'))}
    verdicts = read_verdicts(verdicts_folder, extras)
    joined = []  # (check, rule, code base, role or 'quiet now', genuine)
    missing = set()
    for (rule, base, where), (check, genuine) in sorted(verdicts.items()):
        if only_rule and rule != only_rule:
            continue
        if base not in scanned:
            missing.add(base)
            continue
        joined.append((check, rule, base, roles.get((rule, base, where), 'quiet now'), genuine))
    if missing:
        print('not scanned (verdicts left out):', ', '.join(sorted(missing)), file=sys.stderr)

    checks = sorted({c for c, *_ in joined if c != DEV})
    table = tabulate((r, b, role, g) for _, r, b, role, g in joined)
    measured = default_set(table, min_precision, min_code_bases)
    chosen = measured | always
    sep = '|' if markdown else '\t'
    print(f'{sep} Rule {sep} Role {sep} Genuine {sep} Noise {sep} Precision {sep} Code bases {sep} Default {sep}' if markdown else 'rule\trole\tgenuine\tnoise\tprecision\tcode bases\tdefault')
    if markdown:
        print('| --- | --- | ---: | ---: | ---: | ---: | --- |')
    for key in sorted(table, key=lambda k: (k[0], k[1] == 'quiet now', -(table[k][0] + table[k][1]))):
        genuine, noise, bases = table[key]
        cells = [key[0], key[1], str(genuine), str(noise), f'{100 * genuine / (genuine + noise):.0f}%', str(len(bases)),
                 '-' if key[1] == 'quiet now' else ('on' if key in measured else 'kept' if key in chosen else 'off')]
        print(('| ' + ' | '.join(cells) + ' |') if markdown else '\t'.join(cells))

    print()
    print('| Rule | Held-out check | Default set from the other verdicts | Precision kept | Recall of genuine | Precision of everything reported now |' if markdown else 'rule\tcheck\tdefault set\tprecision\trecall\tnow')
    if markdown:
        print('| --- | --- | --- | ---: | ---: | ---: |')
    for rule in (only_rule,) if only_rule else ('AID201', 'AID202'):
        pooled = [0, 0, 0, 0, 0]  # kept genuine, kept total, all genuine, reported-now genuine, reported-now total
        for check in checks:
            train = tabulate((r, b, role, g) for c, r, b, role, g in joined if c != check)
            held = [(role, g) for c, r, _, role, g in joined if c == check and r == rule]
            if not held:
                continue
            rule_set = sorted(role for r, role in default_set(train, min_precision, min_code_bases, always) if r == rule)
            kept = [g for role, g in held if role in rule_set]
            now = [g for role, g in held if role != 'quiet now']
            figures = [sum(kept), len(kept), sum(g for _, g in held), sum(now), len(now)]
            pooled = [a + b for a, b in zip(pooled, figures)]
            cells = [rule, check, ', '.join(rule_set) or 'none', percent(figures[0], figures[1]), percent(figures[0], figures[2]), percent(figures[3], figures[4])]
            print(('| ' + ' | '.join(cells) + ' |') if markdown else '\t'.join(cells))
        cells = [rule, 'pooled', '', percent(pooled[0], pooled[1]), percent(pooled[0], pooled[2]), percent(pooled[3], pooled[4])]
        print(('| ' + ' | '.join(cells) + ' |') if markdown else '\t'.join(cells))
        # In sample: the set decided from every verdict, applied to the independent checks it was decided on.
        held = [(role, g) for c, r, _, role, g in joined if c != DEV and r == rule]
        kept = [g for role, g in held if (rule, role) in chosen]
        cells = [rule, 'in sample (all checks)', ', '.join(sorted(role for r, role in chosen if r == rule)) or 'none',
                 percent(sum(kept), len(kept)), percent(sum(kept), sum(g for _, g in held)),
                 percent(sum(g for role, g in held if role != 'quiet now'), sum(1 for role, _ in held if role != 'quiet now'))]
        print(('| ' + ' | '.join(cells) + ' |') if markdown else '\t'.join(cells))


if __name__ == '__main__':
    main(sys.argv[1:])
