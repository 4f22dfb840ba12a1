#!/usr/bin/env python3
"""Per AID101/AID301 independent verdict row: is the finding's file code not the project's own?

Signals (all read from the file itself, plus the code base's majority header):
  holder   leading comment block names a copyright holder other than the code base's majority holder
  licence  leading comment block names a licence other than the code base's majority licence
  phrase   "ported from", "adapted from", "based on", "original code", ... in the leading block (phrase-h)
           or anywhere in a comment of the file (phrase-any, reported but weaker)
  url      a URL in a comment pointing at another project (not the code base's own repo, not a licence page)
  folder   a path component named for vendored/another project's code
Usage: vendored_signals.py [--rows] [--corpus DIR]... [--out DIR]
  --corpus: a folder of checkouts (repeatable; default /work/corpus); --out: where rows.json goes (default: .)
"""
import collections, glob, os, re, sys

PREC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'docs', 'precision')


def _options(name, default):
    values = [sys.argv[i + 1] for i, a in enumerate(sys.argv[:-1]) if a == name]
    return values or default


ROOTS = _options('--corpus', ['/work/corpus'])
OUT = _options('--out', ['.'])[0]
HELD_OUT = ROOTS[-1] if len(ROOTS) > 1 else ''

CODE_START = re.compile(r'^\s*(using\s|namespace\s|global\s+using|\[assembly|public\s|internal\s|static\s|sealed\s|abstract\s|partial\s|class\s|interface\s|enum\s|record\s|struct\s)')
COPY_RE = re.compile(r'(?:copyright|\(c\)|©)\s*(?:\(c\)|©)?\s*(.*)', re.I)
LIC_PATTERNS = [
    ('apache', r'apache\s+licen[cs]e|apache-2\.0|apache 2'), ('mit', r'\bmit\b(?:\s+licen[cs]e)?|permission is hereby granted, free of charge'),
    ('lgpl', r'\blgpl\b|lesser general public'), ('gpl', r'(?<!l)\bgpl|(?<!lesser )general public licen[cs]e'),
    ('bsd', r'\bbsd\b|redistribution and use in source and binary'), ('ms-pl', r'ms-pl|microsoft public licen[cs]e'),
    ('mpl', r'\bmpl\b|mozilla public'), ('zlib', r'zlib licen[cs]e|this software is provided .as-is.'),
    ('cc', r'creative commons|cc-by'), ('public-domain', r'public domain'), ('unlicense', r'unlicense'),
]
PHRASES = re.compile(r'ported from|port of|adapted from|based (?:up)?on (?:the |code|work|an? )|original (?:code|source|author|implementation|version)|originally (?:written|from|by|developed)|derived from|taken from|copied from|borrowed from|inspired by|modified from|courtesy of|from the .{0,40}project|reference implementation|licensed under', re.I)
LICENCE_HOSTS = re.compile(r'opensource\.org|apache\.org/licenses|gnu\.org|creativecommons|spdx\.org|mit-license', re.I)
FOLDERS = re.compile(r'^(third[-_ ]?party|external|externals|extern|vendor|vendored|vendors|deps|contrib|zstandard|zstd|lzma)$', re.I)
STRONG = re.compile(r'ported from|port of|adapted from|original (?:code|source code|author|implementation)|derived from|taken from|copied from|borrowed from|modified from|courtesy of|referencing with paket', re.I)
NOISE_WORDS = {'all', 'rights', 'reserved', 'the', 'inc', 'ltd', 'llc', 'and', 'by', 'contributors', 'its', 'affiliates', 'corporation', 'corp', 'co', 'authors', 'author', 'licensed', 'under', 'see', 'license', 'licence', 'file', 'is', 'c', 'of', 'this', 'project', 'root', 'for', 'more', 'information'}


def header_block(lines):
    out, in_block = [], False
    for ln in lines[:150]:
        s = ln.strip()
        if in_block:
            out.append(s)
            if '*/' in s:
                in_block = False
            continue
        if not s or s.startswith('#') or s.startswith('\ufeff') and not s[1:].strip():
            continue
        if s.startswith('//'):
            out.append(s)
            continue
        if s.startswith('/*'):
            out.append(s)
            in_block = '*/' not in s
            continue
        break
    return '\n'.join(out)


def ns_root(txt):
    m = re.search(r'^\s*namespace\s+([A-Za-z_][A-Za-z0-9_]*)', txt, re.M)
    return m.group(1) if m else None


def holder_of(head):
    for ln in head.splitlines():
        m = COPY_RE.search(ln)
        if not m:
            continue
        if re.search(r'copyright (notice|holders?\b|and permission)|above copyright|copyright law', ln, re.I):
            continue
        rest = re.sub(r'(\(c\)|©)', ' ', m.group(1), flags=re.I)
        rest = re.sub(r'\d{4}(\s*[-–,/]\s*(\d{4}|present))*', ' ', rest)
        rest = re.sub(r'https?://\S+|<[^>]*>|[^A-Za-z0-9 .&-]', ' ', rest)
        rest = rest.split('. ')[0]
        toks = [t for t in re.split(r'[\s.,]+', rest.lower()) if t and t not in NOISE_WORDS and not t.isdigit()]
        if toks:
            return ' '.join(toks[:4])
    return None


def licence_of(head):
    low = head.lower()
    for name, pat in LIC_PATTERNS:
        if re.search(pat, low):
            return name
    return None


def same_holder(a, b):
    if not a or not b:
        return False
    ta, tb = set(a.split()), set(b.split())
    return bool(ta & tb)


def read(path):
    try:
        with open(path, encoding='utf-8-sig', errors='replace') as f:
            return f.read()
    except OSError:
        return None


class Base:
    cache = {}

    @classmethod
    def get(cls, root):
        if root not in cls.cache:
            cls.cache[root] = cls(root)
        return cls.cache[root]

    def __init__(self, root):
        holders, lics, ns = collections.Counter(), collections.Counter(), collections.Counter()
        n = 0
        for p in glob.glob(os.path.join(root, '**', '*.cs'), recursive=True):
            if '/obj/' in p or '/bin/' in p:
                continue
            txt = read(p)
            if txt is None:
                continue
            n += 1
            ns[ns_root(txt)] += 1
            head = header_block(txt.splitlines())
            holders[holder_of(head) or '-'] += 1
            lics[licence_of(head) or '-'] += 1
        self.n = n
        named = [(h, c) for h, c in holders.most_common() if h != '-']
        self.holder = named[0][0] if named else None
        self.holder_share = (named[0][1] / n) if named and n else 0.0
        self.none_share = holders['-'] / n if n else 0
        named_l = [(l, c) for l, c in lics.most_common() if l != '-']
        self.licence = named_l[0][0] if named_l else None
        self.top_holders = holders.most_common(4)
        self.ns = ns


def signals(root, rel, repo_name):
    path = os.path.join(root, rel)
    txt = read(path)
    if txt is None:
        return None, {}
    base = Base.get(root.split('/')[0] and '/'.join(root.split('/')[:4]))
    lines = txt.splitlines()
    head = header_block(lines)
    sig = {}
    h = holder_of(head)
    if h and base.holder and not same_holder(h, base.holder):
        sig['holder'] = h
    lic = licence_of(head)
    if lic and base.licence and lic != base.licence:
        sig['licence'] = lic
    m = PHRASES.search(head)
    if m and m.group(0).lower() != 'licensed under':
        sig['phrase-h'] = m.group(0)
    comments = '\n'.join(l for l in lines if l.strip().startswith(('//', '*', '/*', '///')))
    m2 = PHRASES.search(comments)
    if m2 and m2.group(0).lower() != 'licensed under':
        sig['phrase-any'] = m2.group(0)
    own = repo_name.lower().split('/')[-1] if repo_name else ''
    for u in re.findall(r'https?://[^\s)"\'>]+', comments):
        ul = u.lower()
        if LICENCE_HOSTS.search(ul) or (own and own in ul) or 'microsoft.com' in ul or 'stackoverflow' in ul:
            continue
        if re.search(r'github\.com/[^/]+/[^/\s]+|gitlab|sourceforge|codeplex|codeproject|bitbucket', ul):
            sig['url'] = u[:80]
            break
    for part in rel.split('/')[:-1]:
        if FOLDERS.match(part):
            sig['folder'] = part
            break
    return base, sig


def rows():
    for f in sorted(glob.glob(os.path.join(PREC, 'AID[13]01-*-independent.tsv'))):
        rule, cb = re.match(r'AID(\d+)-(.+)-independent\.tsv', os.path.basename(f)).groups()
        rule = 'AID' + rule
        text = open(f, encoding='utf-8').read().splitlines()
        rel_folder, repo = None, None
        for ln in text:
            if ln.startswith('#'):
                m = re.search(r'relative to <corpus>/(\S+?)[;,\s]', ln + ' ')
                if m and not rel_folder:
                    rel_folder = m.group(1)
                m = re.match(r'#\s*(\S+/\S+)\s+[0-9a-f]{7,40}', ln)
                if m and not repo:
                    repo = m.group(1)
        rel_folder = rel_folder or cb
        top = rel_folder.split('/')[0]
        root = next((r for r in ROOTS if os.path.isdir(os.path.join(r, top))), None)
        for ln in text:
            if ln.startswith('#') or ln.startswith('file:line') or not ln.strip():
                continue
            parts = ln.split('\t')
            if len(parts) < 3:
                continue
            fl, verdict, cat = parts[0], parts[1].strip().lower(), parts[2]
            reason = parts[3] if len(parts) > 3 else ''
            yield dict(rule=rule, cb=cb, root=root, folder=rel_folder, top=top, repo=repo or cb,
                       fileline=fl, file=fl.rsplit(':', 1)[0], verdict=verdict, cat=cat, reason=reason)


def main():
    show_rows = '--rows' in sys.argv
    results = []
    missing = collections.Counter()
    for r in rows():
        if not r['root']:
            missing[(r['rule'], r['cb'])] += 1
            continue
        base = Base.get(os.path.join(r['root'], r['top']))
        full = os.path.join(r['root'], r['folder'], r['file'])
        txt = read(full)
        if txt is None:
            full = locate(os.path.join(r['root'], r['top']), r['file'])
            txt = read(full) if full else None
        if txt is None:
            missing[(r['rule'], r['cb'] + ' (file absent)')] += 1
            continue
        _, sig = signals_for(full, base, r)
        r['sig'] = sig
        r['base'] = base
        results.append(r)
        if show_rows:
            print('\t'.join([r['rule'], r['cb'], r['fileline'], r['verdict'], r['cat'],
                             ';'.join(f'{k}={v}' for k, v in sig.items()) or '-',
                             f"majority={base.holder}|{base.licence}"]))
    return results, missing


_FILES = {}


def locate(top, rel):
    # headerless verdict files give paths relative to an unnamed source folder: find a unique suffix match
    if top not in _FILES:
        _FILES[top] = [p for p in glob.glob(os.path.join(top, '**', '*.cs'), recursive=True) if '/obj/' not in p]
    cands = [p for p in _FILES[top] if p.endswith('/' + rel)]
    cands = [p for p in cands if '/test' not in p.lower()] or cands
    return min(cands, key=len) if cands else None


def signals_for(full, base, r):
    txt = read(full)
    lines = txt.splitlines()
    head = header_block(lines)
    sig = {}
    h = holder_of(head)
    # majority counts files without a header too: where most files carry none, any named holder differs from it
    # the project's own holder is its most common named holder when at least 10% of its files carry it;
    # below that the code base has no house header and any named holder is someone else's
    own_holder = base.holder if base.holder_share >= 0.10 else None
    if h and not same_holder(h, own_holder):
        sig['holder'] = h
    lic = licence_of(head)
    if lic and (not base.licence or lic != base.licence):
        sig['licence'] = lic
    m = PHRASES.search(head)
    if m and m.group(0).lower() != 'licensed under':
        sig['phrase-h'] = m.group(0)
    comments = '\n'.join(l for l in lines if l.strip().startswith(('//', '*', '/*')))
    m2 = STRONG.search(comments)
    if m2:
        sig['phrase-any'] = m2.group(0)
    own = re.sub(r'[^a-z0-9]', '', r['repo'].lower().split('/')[-1])
    own_org = re.sub(r'[^a-z0-9]', '', r['repo'].lower().split('/')[0])
    for u in re.findall(r'https?://[^\s)"\'>]+', comments):
        ul = u.lower()
        flat = re.sub(r'[^a-z0-9]', '', ul)
        # links to bug reports, discussions or the project itself cite, they do not credit copied source
        if LICENCE_HOSTS.search(ul) or own in flat or own_org in flat or re.search(r'/(issues|pull|discussions|workitem)/', ul):
            continue
        if re.search(r'github\.com/[^/]+/[^/\s]+|gitlab\.|sourceforge|codeplex|codeproject|bitbucket', ul):
            sig['url'] = u[:80]
            break
    # extra signal (not in the brief's list): a namespace root that under 2% of the code base's files use
    root_ns = ns_root(txt)
    if root_ns and base.n and base.ns[root_ns] / base.n < 0.02:
        sig['namespace'] = root_ns
    for part in (r['folder'] + '/' + r['file']).split('/')[:-1]:
        if FOLDERS.match(part):
            sig['folder'] = part
            break
    return base, sig


if __name__ == '__main__':
    res, missing = main()
    import json
    with open(os.path.join(OUT, 'rows.json'), 'w') as f:
        json.dump([{k: v for k, v in r.items() if k != 'base'} | {'maj_holder': r['base'].holder, 'maj_licence': r['base'].licence,
                    'holder_share': round(r['base'].holder_share, 2), 'none_share': round(r['base'].none_share, 2)} for r in res], f, indent=0)
    print('# skipped (not checked out):', dict(missing), file=sys.stderr)
