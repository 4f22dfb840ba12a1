#!/usr/bin/env python3
"""Aggregates rows.json (written by vendored_signals.py) into RESULT.md.

usage: vendored_report.py DIR   (DIR holds rows.json, skipped.txt (the other script's stderr) and conclusion.md; RESULT.md is written there)
"""
import collections, json, os, re, sys
DIR = sys.argv[1] if len(sys.argv) > 1 else '.'
rs = json.load(open(os.path.join(DIR, 'rows.json')))
skipped = open(os.path.join(DIR, 'skipped.txt')).read()
BRIEF = ['holder', 'licence', 'phrase-h', 'phrase-any', 'url', 'folder']
VENDORED_LABEL = re.compile(r'vendored|third-party|third party|\bported\b|\bport of|sdk port|sdk surface|imported third|zstdsharp', re.I)
def r_root(cr):
    return cr[0]['root'].endswith('corpus13')


def cnt(rows, pred):
    n = sum(1 for r in rows if pred(r) and r['verdict'] == 'noise')
    g = sum(1 for r in rows if pred(r) and r['verdict'] == 'genuine')
    return f'{n}/{g}'
out = ['# Findings in code not the project\'s own (AID101, AID301 independent verdicts)', '',
       'Made by `python3 vendored_signals.py --rows --corpus <checkouts>... --out DIR > DIR/rows.tsv 2> DIR/skipped.txt && python3 vendored_report.py DIR`. Cells are **noise/genuine** verdict counts.',
       'Signals: holder = leading comment names a holder other than the house holder (most common named holder, if >=10% of .cs files carry it; else any named holder);',
       'licence = header licence differs from the majority header licence; phrase-h = "ported/adapted from, based on, original code, taken/copied/derived from" in the header;',
       'phrase-any = a strong one of those (not "based on") in any comment; url = comment URL to another project\'s source (not issues/licences/own repo);',
       'folder = ThirdParty/External/Vendor/Deps/Contrib/ZStandard/Zstd/Lzma; any = any of these; namespace (extra) = namespace root used by <2% of the code base\'s files.',
       'vendored-by-reviewer = the reviewer\'s category/reason says vendored/third-party/ported.', '']
for rule in ('AID101', 'AID301'):
    rows = [r for r in rs if r['rule'] == rule]
    tot = cnt(rows, lambda r: True)
    out.append(f'## {rule}: {len(rows)} verdicts in {len(set(r["cb"] for r in rows))} code bases (noise/genuine {tot})')
    out.append('| signal | ' + ' | '.join(BRIEF) + ' | any | namespace | vendored-by-reviewer | any, among vendored-by-reviewer |')
    out.append('|' + '---|' * (len(BRIEF) + 5))
    vend = lambda r: bool(VENDORED_LABEL.search(r['cat'] + ' ' + r['reason']))
    cells = [cnt(rows, lambda r, s=s: s in r['sig']) for s in BRIEF]
    anyb = lambda r: any(s in r['sig'] for s in BRIEF)
    cells += [cnt(rows, anyb), cnt(rows, lambda r: 'namespace' in r['sig']), cnt(rows, vend), cnt(rows, lambda r: vend(r) and anyb(r))]
    out.append('| all | ' + ' | '.join(cells) + ' |')
    out.append('')
    out.append('| code base | rows | any | holder | folder | url | phrase | namespace | vendored-by-reviewer |')
    out.append('|---|---|---|---|---|---|---|---|---|')
    for cb in sorted(set(r['cb'] for r in rows)):
        cr = [r for r in rows if r['cb'] == cb]
        if not any(anyb(r) or 'namespace' in r['sig'] or vend(r) for r in cr):
            continue
        held = ' (corpus13)' if r_root(cr) else ''
        out.append(f'| {cb}{held} | {len(cr)} | {cnt(cr, anyb)} | {cnt(cr, lambda r: "holder" in r["sig"])} | {cnt(cr, lambda r: "folder" in r["sig"])} | '
                   f'{cnt(cr, lambda r: "url" in r["sig"])} | {cnt(cr, lambda r: "phrase-h" in r["sig"] or "phrase-any" in r["sig"])} | '
                   f'{cnt(cr, lambda r: "namespace" in r["sig"])} | {cnt(cr, vend)} |')
    out.append('')

out.append('## Examples')
ex = ['sharpcompress:Compressors/ZStandard/Compressor.cs:47', 'sharpcompress:Compressors/Deflate/DeflateStream.cs:144',
      'StabilityMatrix:StabilityMatrix.Avalonia/Controls/VendorLabs/Cache/CacheBase.cs:329', 'QuickLook:QuickLook.Plugin/QuickLook.Plugin.AppViewer/PackageParsers/Ipa/Plist.cs:551',
      'commandline:Infrastructure/CSharpx/Either.cs:42', 'Bogus:Bson/BValue.cs:131', 'ShokoServer:Shoko.Server/Utilities/PocoCache.cs:362',
      'scriban:Functions/DateTimeFunctions.cs:214', 'CsvHelper:Configuration/MemberMapCollection.cs:46', 'QuickLook:QuickLook.Plugin/QuickLook.Plugin.VideoViewer/RegFileParser.cs:180']
out.append('| rule | code base | file:line | verdict | signals | reviewer reason |')
out.append('|---|---|---|---|---|---|')
for e in ex:
    cb, fl = e.split(':', 1)
    for r in rs:
        if r['cb'] == cb and r['fileline'] == fl:
            sig = '; '.join(f'{k}={v}' for k, v in r['sig'].items()) or '-'
            out.append(f"| {r['rule']} | {cb} | {fl} | {r['verdict']} | {sig[:70]} | {r['reason'][:140]} |")
out.append('')
out.append('## Not checked out (skipped)')
out.append(skipped.strip())
conclusion = os.path.join(DIR, 'conclusion.md')
open(os.path.join(DIR, 'RESULT.md'), 'w').write('\n'.join(out) + '\n\n' + (open(conclusion).read() if os.path.exists(conclusion) else ''))
print('\n'.join(out))
