#!/usr/bin/env python3
"""Joins every AID301 verdict with syntactic features of the member (or type) it judges, and measures whether a
"behaviour of its own" boundary separates genuine findings from noise, leaving one check out.

usage: python3 test_gap_features.py --corpus <folder> [--check-corpus <check>=<folder>]... [--precision docs/precision]
                                    [--findings <folder>]...
                                    [--verdicts <extra verdict file>]... [--rows <out.tsv>] [--all-verdicts]
                                    [--min-recall 0.6]...

Verdict files: docs/precision/AID301-<library>-independent.tsv (checks 1 to 11; the check is read from the header's
"rules at commit" or, for the first nine checks, from test_gap_verdicts.py's CHECKS) and any --verdicts file (the
twelfth check's, named AID301-<library>.tsv; its check is "12"). "-second" files (a second reviewer of the same sample)
and the in-house samples (no "-independent") are left out: one verdict per finding, every one by a reviewer who did
not change the rule. Paths are resolved under --corpus/<library> (the folder that holds the file), or under the folder
--check-corpus gives for the verdict's check (the thirteenth to fifteenth checks' checkouts are kept apart:
--check-corpus 13=/work/corpus13).

--findings: folders of <library>.tsv findings files (CorpusScan --findings) of a scan with the rules to measure; a
verdict counts as "reported now" when a finding of its library sits at its file:line (a library without a findings
file counts every verdict as reported: the twelfth check was judged on the rules as built). --all-verdicts measures
every verdict instead of the ones reported now.

Features are read from the source with a small C# tokenizer (comments, strings and preprocessor lines skipped), the
declaration being the one whose name token sits on the verdict's line:
  kind        type, method, ctor, property, indexer, field, const, event, operator, delegate
  exprbody    1 when the body is `=> expression;`
  nobody      1 for abstract/interface/extern members and auto-properties (no code of its own)
  statements  `;` at parenthesis depth 0 in the body (an expression body is one statement)
  branches    if, case and switch-expression arms, ?:, catch, when
  loops       for, foreach, while, do
  logic       && and ||
  nullish     ??, ??= and ?.
  calls       invocations (a name followed by `(`, keywords aside), `new` included
  lambdas, returns, throws, awaits, yields, assigns, tokens, lines, params
  async       the async modifier or a name ending in Async
Then prints (markdown) the genuine share per feature bucket, four boundaries written out per check, and per
--min-recall (repeatable; 0.6 when none) the leave-one-check-out table: for each held-out check, the boundary (from
the family in GRID: a member has behaviour of its own when its decisions, statements, calls or tokens reach a
threshold; type-level findings kept or dropped) with the best precision on the other checks among those keeping at
least that share of their genuine findings, applied to the held-out check. Last, the latest check's verdicts by the
reviewers' category, kept or dropped by the boundary chosen without it. --rows writes every verdict with its features.
The tokenizer reads both branches of an #if; the features are syntax only (no binding), as an analyzer's syntax
pass would count them.
"""
import argparse
import bisect
import glob
import itertools
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import test_gap_verdicts  # noqa: E402  (CHECKS: the first nine checks' libraries)

RULE_COMMIT_CHECK = {"744db80": 1, "fdfb8ee": 2, "1bdbfd6": 3, "313443f": 4, "667f863": 5, "01cb22f": 6,
                     "917c383": 7, "4f6fc80": 8, "6b9f0a1": 9, "4176122": 10, "6ea4bf8": 11, "e879162": 12,
                     "64474b2": 13, "ab94e1b": 14, "78ee4a8": 15}

KEYWORDS = set("""abstract as base bool break byte case catch char checked class const continue decimal default delegate
do double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface
internal is lock long namespace new null object operator out override params private protected public readonly ref
return sbyte sealed short sizeof stackalloc static string struct switch this throw true try typeof uint ulong
unchecked unsafe ushort using virtual void volatile while nameof when await yield var record async get set init
add remove partial where not and or with""".split())
NOT_CALLS = {"if", "for", "foreach", "while", "switch", "catch", "using", "lock", "nameof", "typeof", "sizeof",
             "default", "return", "throw", "when", "fixed", "checked", "unchecked", "await", "in", "is", "and", "or",
             "not", "stackalloc", "base", "this", "get", "set", "init", "add", "remove"}
OPERATORS = ["??=", ">>=", "<<=", "=>", "??", "?.", "?[", "&&", "||", "==", "!=", "<=", ">=", "++", "--", "+=", "-=",
             "*=", "/=", "%=", "&=", "|=", "^=", "::", "->"]
ASSIGN_OPS = {"=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "??=", ">>=", "<<="}
TYPE_KEYWORDS = {"class", "struct", "interface", "record", "enum"}


def skip_string(text, i, prefix, quotes):
    """Index after the string literal starting at i (prefix: its $/@ marks, quotes: its opening quotes)."""
    n = len(text)
    j = i + len(prefix) + len(quotes)
    interpolated = "$" in prefix
    if len(quotes) >= 3:  # raw string literal: ends at the same run of quotes
        end = text.find(quotes, j)
        return n if end < 0 else end + len(quotes)
    verbatim = "@" in prefix
    depth = 0
    while j < n:
        ch = text[j]
        if depth == 0:
            if ch == "\\" and not verbatim:
                j += 2; continue
            if ch == '"':
                if verbatim and j + 1 < n and text[j + 1] == '"':
                    j += 2; continue
                return j + 1
            if interpolated and ch == "{":
                if j + 1 < n and text[j + 1] == "{":
                    j += 2; continue
                depth = 1; j += 1; continue
            if ch == "\n" and not verbatim:
                return j  # unterminated: stop at the line's end
            j += 1
        else:  # inside an interpolation hole: code, possibly with strings of its own
            if ch == '"' or (ch in "$@" and j + 1 < n and text[j + 1] in '"$@'):
                m = re.match(r'(\$*@?\$*)("""+|")', text[j:j + 12])
                if m:
                    j = skip_string(text, j, m.group(1), m.group(2)); continue
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            j += 1
    return n


def tokenize_file(path):
    with open(path, encoding="utf-8-sig", errors="replace") as f:
        return tokenize_with_lines(f.read())


def tokenize_with_lines(text):
    """(token, line) pairs; strings become "STR", chars "CHR", numbers "NUM"; comments and preprocessor lines skipped."""
    tokens, i, n = [], 0, len(text)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    def line_of(pos):
        return bisect.bisect_right(line_starts, pos)

    at_line_start = True
    while i < n:
        c = text[i]
        if c == "\n":
            i += 1; at_line_start = True; continue
        if c in " \t\r\f\v\ufeff":
            i += 1; continue
        if at_line_start and c == "#":
            while i < n and text[i] != "\n":
                i += 1
            continue
        at_line_start = False
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2; continue
        m = re.match(r'(\$*@?\$*)("""+|")', text[i:i + 12])
        if m and (m.group(1) or c == '"'):
            tokens.append(("STR", line_of(i)))
            i = skip_string(text, i, m.group(1), m.group(2)); continue
        if c == "'":
            j = i + 1
            while j < n and text[j] != "'" and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            tokens.append(("CHR", line_of(i))); i = j + 1; continue
        if c.isalpha() or c == "_" or (c == "@" and i + 1 < n and (text[i + 1].isalpha() or text[i + 1] == "_")):
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append((text[i:j].lstrip("@"), line_of(i))); i = j; continue
        if c.isdigit():
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] in "._"):
                j += 1
            tokens.append(("NUM", line_of(i))); i = j; continue
        for op in OPERATORS:
            if text.startswith(op, i):
                tokens.append((op, line_of(i))); i += len(op); break
        else:
            tokens.append((c, line_of(i))); i += 1
    return tokens


OPENERS = {"(": ")", "[": "]", "{": "}"}


def match_close(tokens, k):
    """Index of the token closing the bracket at k."""
    opener = tokens[k][0]
    closer = OPENERS[opener]
    depth = 0
    for j in range(k, len(tokens)):
        t = tokens[j][0]
        if t == opener:
            depth += 1
        elif t == closer:
            depth -= 1
            if depth == 0:
                return j
    return len(tokens) - 1


def declaration(tokens, line):
    """(header tokens, body tokens, end kind) of the declaration named on `line`, or None."""
    first = next((k for k, (_, l) in enumerate(tokens) if l == line), None)
    if first is None:
        return None
    # The header starts after the previous statement/member end or attribute list.
    start = first
    while start > 0 and tokens[start - 1][0] not in (";", "{", "}", "]"):
        start -= 1
    # Header end: first `{`, `=>`, `;` or field `=` at depth 0.
    depth, k = 0, first
    while k < len(tokens):
        t = tokens[k][0]
        if t in ("(", "["):
            depth += 1
        elif t in (")", "]"):
            depth -= 1
        elif depth == 0 and t in ("{", "=>", ";", "="):
            break
        k += 1
    if k >= len(tokens):
        return None
    header = tokens[start:k]
    end = tokens[k][0]
    if end == "{":
        close = match_close(tokens, k)
        body = tokens[k + 1:close]
    elif end in ("=>", "="):
        j, depth = k + 1, 0
        while j < len(tokens):
            t = tokens[j][0]
            if t in ("(", "[", "{"):
                depth += 1
            elif t in (")", "]", "}"):
                depth -= 1
            elif t == ";" and depth == 0:
                break
            j += 1
        body = tokens[k + 1:j]
    else:
        body = []
    return header, body, end


def kind_of(header, end):
    words = [t for t, _ in header]
    depth, paren_at = 0, None
    for idx, t in enumerate(words):
        if t in ("(", "[") and depth == 0 and paren_at is None and t == "(":
            paren_at = idx
        if t in ("(", "["):
            depth += 1
        elif t in (")", "]"):
            depth -= 1
    outer = strip_generic(words if paren_at is None else words[:paren_at])
    if any(w in TYPE_KEYWORDS for w in outer) and "delegate" not in outer:
        return "type"
    if "delegate" in outer:
        return "delegate"
    if "event" in outer:
        return "event"
    if "operator" in outer:
        return "operator"
    if "this" in outer and "[" in words:
        return "indexer"
    if paren_at is not None:
        name = outer[-1] if outer else ""
        before = outer[-2] if len(outer) > 1 else ""
        if before in ("public", "protected", "internal", "private", "static", "extern", "unsafe") or before == "":
            return "ctor"
        return "method"
    if "const" in outer:
        return "const"
    if end in ("{", "=>"):
        return "property"
    return "field"


def features(tokens, line):
    found = declaration(tokens, line)
    if found is None:
        return None
    header, body, end = found
    words = [t for t, _ in header]
    kind = kind_of(header, end)
    f = {"kind": kind, "exprbody": int(end == "=>"), "nobody": 0}
    b = [t for t, _ in body]
    if kind in ("field", "const"):
        b = b if end == "=" else []
    auto = kind in ("property", "indexer", "event") and end == "{" and all(t in ("get", "set", "init", "add", "remove", ";", "public", "private", "protected", "internal", "readonly") for t in b)
    f["nobody"] = int(end == ";" or auto or (kind in ("field", "const")))
    statements = branches = loops = logic = nullish = calls = lambdas = returns = throws = awaits = yields = assigns = 0
    depth = 0
    callees = set()
    for idx, t in enumerate(b):
        nxt = b[idx + 1] if idx + 1 < len(b) else ""
        prev = b[idx - 1] if idx > 0 else ""
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
        elif t == ";" and depth == 0:
            statements += 1
        if t in ("if", "case", "catch", "when"):
            branches += 1
        elif t == "switch" and prev != "" and prev not in (";", "{", "}", ")"):
            pass  # a switch expression: its arms count below
        elif t in ("for", "foreach", "while", "do"):
            loops += 1
        elif t in ("&&", "||"):
            logic += 1
        elif t in ("??", "??=", "?.", "?["):
            nullish += 1
        elif t == "?" and is_ternary(b, idx):
            branches += 1
        elif t == "=>":
            lambdas += 1
        elif t == "return":
            returns += 1
        elif t == "throw":
            throws += 1
        elif t == "await":
            awaits += 1
        elif t == "yield":
            yields += 1
        if t in ASSIGN_OPS:
            assigns += 1
        if t == "new":
            calls += 1
        elif nxt == "(" and t not in NOT_CALLS and (t[:1].isalpha() or t[:1] == "_") and t not in KEYWORDS:
            calls += 1; callees.add(t)
        elif nxt == "<" and t[:1].isupper() and generic_call(b, idx + 1):
            calls += 1; callees.add(t)
    # Switch-expression arms: `=>` inside a switch { } are arms, not lambdas.
    arms = switch_arms(b)
    branches += arms
    lambdas -= arms
    if f["exprbody"] or (end == "=" and b):
        statements = max(statements, 1)
    f.update(statements=statements, branches=branches, loops=loops, logic=logic, nullish=nullish, calls=calls,
             callees=len(callees), lambdas=lambdas, returns=returns, throws=throws, awaits=awaits, yields=yields,
             assigns=assigns, tokens=len(b), lines=(body[-1][1] - body[0][1] + 1) if body else 0)
    name = declared_name(words, kind)
    f["name"] = name
    f["async"] = int("async" in words or name.endswith("Async"))
    f["static"] = int("static" in words)
    f["params"] = param_count(words)
    if kind == "type":
        f["members"] = member_count(b)
    return f


def is_ternary(b, idx):
    """A `?` followed, at the same depth and before `;`, by a `:` (not a nullable type `int?`)."""
    depth = 0
    nxt = b[idx + 1] if idx + 1 < len(b) else ""
    if nxt in (")", ",", ">", ";", "]", "=", "{"):
        return False
    for t in b[idx + 1:]:
        if t in ("(", "[", "{"):
            depth += 1
        elif t in (")", "]", "}"):
            depth -= 1
            if depth < 0:
                return False
        elif t == ";" and depth == 0:
            return False
        elif t == ":" and depth == 0:
            return True
    return False


def generic_call(b, k):
    depth = 0
    for j in range(k, min(len(b), k + 30)):
        if b[j] == "<":
            depth += 1
        elif b[j] == ">":
            depth -= 1
            if depth == 0:
                return j + 1 < len(b) and b[j + 1] == "("
        elif b[j] in (";", "{", "}", "=>", "&&", "||"):
            return False
    return False


def switch_arms(b):
    arms = 0
    for idx, t in enumerate(b):
        if t == "switch" and idx + 1 < len(b) and b[idx + 1] == "{":
            depth = 0
            for j in range(idx + 1, len(b)):
                if b[j] in ("{", "(", "["):
                    depth += 1
                elif b[j] in ("}", ")", "]"):
                    depth -= 1
                    if depth == 0:
                        break
                elif b[j] == "=>" and depth == 1:
                    arms += 1
    return arms


def strip_generic(outer):
    """The header before the parameter list without the trailing type parameter list (`Foo<T>` -> `Foo`)."""
    if outer and outer[-1] == ">":
        depth = 0
        for k in range(len(outer) - 1, -1, -1):
            if outer[k] == ">":
                depth += 1
            elif outer[k] == "<":
                depth -= 1
                if depth == 0:
                    return outer[:k]
    return outer


def declared_name(words, kind):
    outer = words
    if "(" in words:
        outer = strip_generic(words[:words.index("(")])
    if kind == "type":
        outer = [w for w in outer if w not in ("<", ">", ",")]
    if kind == "type":
        for k, w in enumerate(outer):
            if w in TYPE_KEYWORDS and k + 1 < len(outer):
                return outer[k + 1]
    return outer[-1] if outer else ""


def param_count(words):
    if "(" not in words:
        return 0
    k = words.index("(")
    depth, count, seen = 0, 0, False
    for t in words[k:]:
        if t in ("(", "[", "<"):
            depth += 1
        elif t in (")", "]", ">"):
            depth -= 1
            if depth == 0:
                break
        elif t == "," and depth == 1:
            count += 1
        elif depth >= 1:
            seen = True
    return count + 1 if seen else 0


def member_count(b):
    """Members declared at the type's top level: `;` and `}` ending a member at depth 0."""
    depth, count = 0, 0
    for t in b:
        if t in ("{", "("):
            depth += 1
        elif t in ("}", ")"):
            depth -= 1
            if depth == 0 and t == "}":
                count += 1
        elif t == ";" and depth == 0:
            count += 1
    return count


def find_source(corpus, library, relative):
    """The checkout file for a verdict path, searched under <corpus>/<library> (first match by suffix)."""
    root = os.path.join(corpus, library)
    cache = find_source.cache.setdefault(root, None)
    if cache is None:
        cache = {}
        for dirpath, _, files in os.walk(root):
            for name in files:
                if name.endswith(".cs"):
                    full = os.path.join(dirpath, name)
                    cache.setdefault(name, []).append(full)
        find_source.cache[root] = cache
    candidates = [p for p in cache.get(os.path.basename(relative), []) if p.replace(os.sep, "/").endswith("/" + relative)]
    return candidates[0] if candidates else None


find_source.cache = {}

FOLDER_OF = {"System.IO.Abstractions.Wrappers": "System.IO.Abstractions"}


def verdict_files(precision, extra):
    """(library, check number, path) of every verdict file measured."""
    check_of_library, folder_of_library = {}, {}
    for number, (_, libraries) in enumerate(test_gap_verdicts.CHECKS, start=1):
        for library, folder in libraries:
            check_of_library[library] = number
            folder_of_library[library] = folder
    out = []
    for path in sorted(glob.glob(os.path.join(precision, "AID301-*-independent.tsv"))):
        library = os.path.basename(path)[len("AID301-"):-len("-independent.tsv")]
        check = check_of_library.get(library)
        with open(path, encoding="utf-8") as f:
            head = f.read(2000)
        m = re.search(r"rules at commit ([0-9a-f]{7})", head)
        if m and m.group(1) in RULE_COMMIT_CHECK:
            check = RULE_COMMIT_CHECK[m.group(1)]
        if check is None:
            print(f"no check for {path}", file=sys.stderr)
            continue
        base = re.search(r"paths relative to <corpus>/(\S+?)[;,]", head)
        out.append((library, check, path, base.group(1) if base else folder_of_library.get(library)))
    for path in extra:
        library = os.path.basename(path)[len("AID301-"):-len(".tsv")].replace("-independent", "")
        out.append((library, 12, path, None))
    return out


def read_rows(args):
    rows = []
    findings = {}
    for folder in args.findings:
        for path in glob.glob(os.path.join(folder, "*.tsv")):
            by_line, _ = test_gap_verdicts.read_findings(path)
            findings[os.path.basename(path)[:-4]] = by_line
    token_cache = {}
    corpus_of = {int(k): v for k, v in (item.split("=", 1) for item in args.check_corpus)}
    for library, check, path, base in verdict_files(args.precision, args.verdicts):
        by_line = findings.get(library)
        corpus = corpus_of.get(check, args.corpus)
        for where, verdict, category in test_gap_verdicts.read_verdicts(path):
            relative, number = where.rsplit(":", 1)
            source = os.path.join(corpus, base, relative) if base else None
            if source is None or not os.path.exists(source):
                source = find_source(corpus, FOLDER_OF.get(library, library), relative)
            row = {"library": library, "check": check, "where": where, "verdict": verdict, "category": category,
                   "reported": int(by_line is None or where in by_line)}
            if source is None:
                row["kind"] = "missing"
            else:
                if source not in token_cache:
                    token_cache[source] = tokenize_file(source)
                f = features(token_cache[source], int(number))
                row.update(f if f else {"kind": "missing"})
            rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------------------------------
# Boundaries: "behaviour of its own" = some code that decides, loops, or does more than one thing.

def behaviour(row, p):
    """Whether the row's member has behaviour of its own under parameters p."""
    if row["kind"] == "missing":
        return True
    if row["kind"] == "type":
        return p["types"]
    if row.get("nobody"):
        return False
    decisions = row["branches"] + row["loops"] + (row["logic"] if p["logic"] else 0) + (row["nullish"] if p["nullish"] else 0)
    if decisions >= p["decisions"]:
        return True
    if row["statements"] >= p["statements"]:
        return True
    if row["calls"] >= p["calls"]:
        return True
    if row["tokens"] >= p["tokens"]:
        return True
    return False


INF = 10 ** 9
GRID = [dict(decisions=d, statements=s, calls=c, tokens=t, logic=lg, nullish=nl, types=ty)
        for d, s, c, t, lg, nl, ty in itertools.product([1, 2, 3, INF], [2, 3, 4, 6, INF], [2, 3, 4, INF],
                                                         [25, 40, INF], [True, False], [True, False], [True, False])]


def describe(p):
    parts = []
    what = "branches+loops" + ("+&&/||" if p["logic"] else "") + ("+??/?." if p["nullish"] else "")
    if p["decisions"] < INF:
        parts.append(f"{what} >= {p['decisions']}")
    if p["statements"] < INF:
        parts.append(f"statements >= {p['statements']}")
    if p["calls"] < INF:
        parts.append(f"calls >= {p['calls']}")
    if p["tokens"] < INF:
        parts.append(f"tokens >= {p['tokens']}")
    text = " or ".join(parts) if parts else "nothing"
    return text + ("; types kept" if p["types"] else "; types dropped")


def score(rows, p):
    kept_g = sum(1 for r in rows if r["verdict"] == "genuine" and behaviour(r, p))
    kept_n = sum(1 for r in rows if r["verdict"] != "genuine" and behaviour(r, p))
    genuine = sum(1 for r in rows if r["verdict"] == "genuine")
    return kept_g, kept_n, genuine


def choose(rows, min_recall):
    best, best_key = None, None
    for p in GRID:
        g, n, total = score(rows, p)
        if total == 0 or g / total < min_recall or g + n == 0:
            continue
        key = (g / (g + n), g, -complexity(p))
        if best_key is None or key > best_key:
            best, best_key = p, key
    return best


def complexity(p):
    return sum(1 for k in ("decisions", "statements", "calls", "tokens") if p[k] < INF) + int(p["logic"]) + int(p["nullish"])


def pct(a, b):
    return f"{a} of {b} ({100 * a / b:.0f}%)" if b else f"{a} of 0"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--check-corpus", action="append", default=[], help="<check>=<folder>: that check's checkouts")
    ap.add_argument("--precision", default=os.path.join(HERE, "..", "..", "docs", "precision"))
    ap.add_argument("--findings", action="append", default=[])
    ap.add_argument("--verdicts", action="append", default=[])
    ap.add_argument("--rows")
    ap.add_argument("--all-verdicts", action="store_true")
    ap.add_argument("--min-recall", type=float, action="append", default=[])
    args = ap.parse_args()
    rows = read_rows(args)
    if args.rows:
        keys = ["check", "library", "where", "verdict", "category", "reported", "kind", "name", "exprbody", "nobody",
                "statements", "branches", "loops", "logic", "nullish", "calls", "callees", "lambdas", "returns",
                "throws", "awaits", "yields", "assigns", "tokens", "lines", "async", "static", "params", "members"]
        with open(args.rows, "w", encoding="utf-8") as out:
            out.write("\t".join(keys) + "\n")
            for r in rows:
                out.write("\t".join(str(r.get(k, "")) for k in keys) + "\n")
    measured = rows if args.all_verdicts else [r for r in rows if r["reported"]]
    missing = sum(1 for r in measured if r["kind"] == "missing")
    print(f"Verdicts: {len(rows)}; measured ({'all' if args.all_verdicts else 'reported now'}): {len(measured)}, "
          f"genuine {sum(r['verdict'] == 'genuine' for r in measured)}; declaration not found: {missing}\n")
    print_buckets(measured)
    print_fixed(measured)
    for floor in args.min_recall or [0.6]:
        print_loco(measured, floor)
    print_kept_noise(measured)


def print_buckets(rows):
    def bucket_table(title, key):
        groups = {}
        for r in rows:
            groups.setdefault(key(r), []).append(r)
        print(f"| {title} | Judged | Genuine | Genuine share |")
        print("| --- | ---: | ---: | ---: |")
        for k in sorted(groups, key=str):
            g = sum(1 for r in groups[k] if r["verdict"] == "genuine")
            print(f"| {k} | {len(groups[k])} | {g} | {100 * g / len(groups[k]):.0f}% |")
        print()

    def capped(v, cap):
        return f"{cap}+" if v >= cap else str(v)

    bucket_table("Kind", lambda r: r["kind"])
    member = lambda r: r["kind"] not in ("type", "missing")
    bucket_table("Member: no code of its own / expression body / block body",
                 lambda r: "type" if not member(r) else ("no code" if r["nobody"] else ("expression" if r["exprbody"] else "block")))
    bucket_table("Member: branches + loops", lambda r: "type" if not member(r) else capped(r["branches"] + r["loops"], 3))
    bucket_table("Member: statements", lambda r: "type" if not member(r) else capped(r["statements"], 5))
    bucket_table("Member: calls", lambda r: "type" if not member(r) else capped(r["calls"], 4))
    bucket_table("Member: tokens", lambda r: "type" if not member(r) else
                 ("<10" if r["tokens"] < 10 else "10-24" if r["tokens"] < 25 else "25-49" if r["tokens"] < 50 else "50+"))
    bucket_table("Member: async", lambda r: "type" if not member(r) else r["async"])
    bucket_table("Type: members", lambda r: "member" if r["kind"] != "type" else capped(r.get("members", 0), 6))


# Boundaries written out by hand, from the buckets above, for the per-check table.
FIXED = [
    ("tokens >= 25", dict(decisions=INF, statements=INF, calls=INF, tokens=25, logic=False, nullish=False, types=True)),
    ("branches+loops >= 1 or statements >= 3", dict(decisions=1, statements=3, calls=INF, tokens=INF, logic=False, nullish=False, types=True)),
    ("branches+loops+&&/|| >= 2 or statements >= 3 or tokens >= 25", dict(decisions=2, statements=3, calls=INF, tokens=25, logic=True, nullish=False, types=True)),
    ("branches+loops >= 2 or statements >= 5 or calls >= 4", dict(decisions=2, statements=5, calls=4, tokens=INF, logic=False, nullish=False, types=True)),
]


def print_fixed(rows):
    checks = sorted({r["check"] for r in rows})
    print("Boundaries written out, per check (type-level findings kept; precision kept / recall of genuine):\n")
    print("| Check | Reported now: genuine | " + " | ".join(name for name, _ in FIXED) + " |")
    print("| --- | ---: | " + " | ".join("---" for _ in FIXED) + " |")
    for check in checks + ["all"]:
        subset = rows if check == "all" else [r for r in rows if r["check"] == check]
        cells = []
        for _, p in FIXED:
            g, n, total = score(subset, p)
            cells.append(f"{pct(g, g + n)} / {100 * g / total:.0f}%" if total else "-")
        genuine = sum(1 for r in subset if r["verdict"] == "genuine")
        print(f"| {check} | {pct(genuine, len(subset))} | " + " | ".join(cells) + " |")
    print()


def print_kept_noise(rows):
    """What the boundary chosen for the latest check keeps of its noise, by the reviewers' category."""
    latest = max((r["check"] for r in rows), default=None)
    train = [r for r in rows if r["check"] != latest]
    test = [r for r in rows if r["check"] == latest]
    if not test:
        return
    p = choose(train, 0.6)
    kept, dropped = {}, {}
    for r in test:
        target = kept if behaviour(r, p) else dropped
        key = ("genuine" if r["verdict"] == "genuine" else "noise", r["category"])
        target[key] = target.get(key, 0) + 1
    print(f"Check {latest} under `{describe(p)}` (chosen without it), by the reviewers' category:\n")
    print("| Verdict | Category | Kept | Dropped |")
    print("| --- | --- | ---: | ---: |")
    for key in sorted(set(kept) | set(dropped), key=lambda k: (k[0], -(kept.get(k, 0) + dropped.get(k, 0)), k[1])):
        print(f"| {key[0]} | {key[1]} | {kept.get(key, 0)} | {dropped.get(key, 0)} |")
    print()


def print_loco(rows, min_recall):
    checks = sorted({r["check"] for r in rows})
    print(f"Leave one check out (boundary: best precision on the other checks keeping >= {min_recall:.0%} of their genuine):\n")
    print("| Held-out check | Boundary from the other checks | Precision kept | Recall of genuine | Precision as reported now |")
    print("| --- | --- | ---: | ---: | ---: |")
    pooled = [0, 0, 0, 0]
    for check in checks:
        train = [r for r in rows if r["check"] != check]
        test = [r for r in rows if r["check"] == check]
        p = choose(train, min_recall)
        g, n, total = score(test, p)
        pooled = [pooled[0] + g, pooled[1] + n, pooled[2] + total, pooled[3] + len(test)]
        print(f"| {check} | {describe(p)} | {pct(g, g + n)} | {pct(g, total)} | {pct(total, len(test))} |")
    print(f"| pooled | | {pct(pooled[0], pooled[0] + pooled[1])} | {pct(pooled[0], pooled[2])} | {pct(pooled[2], pooled[3])} |")
    p = choose(rows, min_recall)
    g, n, total = score(rows, p)
    print(f"| in sample (all checks) | {describe(p)} | {pct(g, g + n)} | {pct(g, total)} | {pct(total, len(rows))} |")
    print()


if __name__ == "__main__":
    main()
