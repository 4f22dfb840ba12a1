#!/usr/bin/env python3
"""The structure of the judged AID101 groups a re-score still reports as warnings, genuine beside noise.

usage: python3 clone_noise_structure.py [--groups] [--context <CorpusScan.dll>] <rescore output>...
       python3 clone_noise_structure.py --verdict-context <CorpusScan.dll> --corpus <folder>... [verdict files]

Each argument is the saved standard output of one `rescore_check.py --rows` run, saved as `<out>.txt` beside its --out
folder (its "scanning:" lines, or with --reuse the folder's scans.log, name each scan's folder and findings file; its rows
give each judged group's state). A code base judged by two reviewers appears twice in
the rows (the verdict files in name order: -independent before -second); the first verdict of each group is used.

For every judged group still kept as a warning, its finding (the warning row of the verdict's file whose block holds
the verdict's line) and the rows of its other copies (findings of the same block size named in its "also in" list) are
read, and the copies' text from the scanned folder:
- size: the counted tokens and lines of the message, and the number of copies;
- scope: every copy in one file, in one folder, or in several folders;
- what differs: the copies' tokens (comments dropped, a string literal one token) compared position by position between
  the first two copies; "identical" when they are the same text, else the number of distinct (first, other) token pairs
  (a renamed local counts, so this over-counts the values a shared method would take), "other length" when the two
  copies do not have the same number of tokens (a different layout of data the rule does not count);
- decompiler names: a file of a copy declares a local named after its own type and a number (`IEnumerable<Field>
  enumerable2`, `string text2`, `int num2`), the names a decompiler gives; reported per group and per copy's block.

- with --context (a built CorpusScan, its --clone-context mode): what holds each copy's statements (a method body, a
  constructor, a catch clause, a loop, ...) and the share of its member's statements the copy is (the least over the
  copies: "whole member" at 90% or more).

Prints markdown tables (genuine and noise groups per size, scope and what differs) and, with --groups, one line per group.
--verdict-context reads every AID101 verdict file (or those named), finds each verdict's file under the corpus folders
(by the file's "paths relative to <corpus>/<name>" header) and tabulates what holds the statement at its line, genuine
beside noise, over every judged group whose code is checked out (the groups of every check, reported or not now).
"""
import glob
import subprocess
import collections
import os
import re
import shlex
import sys

TOKEN = re.compile(r'@?\$?"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|[A-Za-z_]\w*|\d[\w.]*|==|!=|<=|>=|=>|&&|\|\||\?\?|\+\+|--|\S')
MESSAGE = re.compile(r"This (\d+)-line block \((\d+) tokens\) appears in (\d+) places; also in ([^;]*)")
KEYWORD_STEMS = {"string": "text", "int": "num", "long": "num", "short": "num", "uint": "num", "ulong": "num",
                 "ushort": "num", "double": "num", "float": "num", "decimal": "num", "bool": "flag", "object": "obj",
                 "byte": "b", "char": "c"}
DECLARATION = re.compile(r'(?<![\w.])([A-Za-z_][\w.]*(?:<[^;=()]*?>)?(?:\[\])?)\s+([a-z][A-Za-z]*?)(\d+)\s*(?:=|;|\bin\b)')


def decompiler_names(text):
    """Locals declared with an explicit type and named after it with a number of 2 or more."""
    found = []
    for match in DECLARATION.finditer(text):
        declared, stem, number = match.group(1), match.group(2), match.group(3)
        if declared in ("return", "new", "else", "in", "out", "ref", "var") or int(number) < 2:
            continue
        if declared.endswith("[]"):
            expected = "array"
        else:
            name = re.sub(r"<.*", "", declared).split(".")[-1]
            if name in KEYWORD_STEMS:
                expected = KEYWORD_STEMS[name]
            else:
                if len(name) > 1 and name[0] == "I" and name[1].isupper():
                    name = name[1:]
                expected = name[:1].lower() + name[1:]
        if stem == expected:
            found.append(declared + " " + stem + number)
    return found


def read_run(stdout):
    folders, findings, rows = {}, {}, []
    for line in open(stdout, encoding="utf-8"):
        if line.startswith("scanning: "):
            words = shlex.split(line[len("scanning: "):])
            path = words[words.index("--findings") + 1]
            name = os.path.basename(path)[:-len(".tsv")]
            folders[name], findings[name] = words[2], path
        elif line.startswith("AID101\t"):
            rows.append(line.rstrip("\n").split("\t"))
    # A run with --reuse prints no "scanning:" lines: the scans of its <out> folder's scans.log (the output saved as
    # <out>.txt beside <out>) name them.
    log = os.path.join(os.path.splitext(stdout)[0], "scans.log")
    if not folders and os.path.exists(log):
        for line in open(log, encoding="utf-8"):
            if ": dotnet " in line:
                words = shlex.split(line.split(": dotnet ", 1)[1])
                path = words[words.index("--findings") + 1]
                name = os.path.basename(path)[:-len(".tsv")]
                folders[name], findings[name] = words[1], path
    return folders, findings, rows


def warnings_of(path):
    result = []
    if not os.path.exists(path):
        return result
    for line in open(path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if cols[0] != "AID101" or len(cols) < 5 or cols[4] != "warning":
            continue
        match = MESSAGE.match(cols[2])
        if not match:
            continue
        file, start = cols[1].rsplit(":", 1)
        result.append(dict(file=file, start=int(start), lines=int(match.group(1)), tokens=int(match.group(2)),
                           places=int(match.group(3)), others=[o.strip() for o in re.split(r", | and ", match.group(4))],
                           size=match.group(0).split(" appears")[0]))
    return result


_texts = {}


def text_of(path):
    if path not in _texts:
        try:
            _texts[path] = open(path, encoding="utf-8", errors="replace").read()
        except OSError:
            _texts[path] = None
    return _texts[path]


def tokens_of(path, start, lines):
    text = text_of(path)
    if text is None:
        return None
    block = "\n".join(text.split("\n")[start - 1:start - 1 + lines])
    block = re.sub(r"/\*.*?\*/", "", re.sub(r"//[^\n]*", "", block), flags=re.S)
    return TOKEN.findall(block)


def contexts(scanner, locations):
    """The --clone-context answer for each (path, first line, line count)."""
    if not locations:
        return []
    stdin = "".join(f"{p}\t{s}\t{n}\n" for p, s, n in locations)
    out = subprocess.run(["dotnet", scanner, "--clone-context"], input=stdin, capture_output=True, text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines()]


def groups(stdouts):
    for stdout in stdouts:
        check = os.path.basename(stdout)
        folders, findings, rows = read_run(stdout)
        seen, cache = set(), {}
        for row in rows:
            _, base, location, verdict, state = row[:5]
            if (base, location) in seen:
                continue
            seen.add((base, location))
            if state != "kept":
                continue
            if base not in cache:
                cache[base] = warnings_of(findings.get(base, ""))
            file, line = location.rsplit(":", 1)
            line = int(line)
            finding = next((f for f in cache[base] if f["file"] == file and f["start"] <= line + 2 and line <= f["start"] + f["lines"]), None)
            if finding is None:
                continue
            copies = [finding]
            for other in finding["others"]:
                match = re.match(r"(.*):(\d+)$", other)
                if not match:
                    continue
                name, start = match.group(1), int(match.group(2))
                copy = next((f for f in cache[base] if f["start"] == start and f["size"] == finding["size"]
                             and (f["file"] == name or f["file"].endswith("/" + name))), None)
                if copy is not None:
                    copies.append(copy)
            folder = folders.get(base, "")
            files = [os.path.join(folder, c["file"]) for c in copies]
            scope = ("one file" if len(set(files)) == 1
                     else "one folder" if len({os.path.dirname(f) for f in files}) == 1 else "several folders")
            first = tokens_of(files[0], copies[0]["start"], copies[0]["lines"])
            differs = None
            if len(copies) > 1:
                other = tokens_of(files[1], copies[1]["start"], copies[1]["lines"])
                if first is not None and other is not None:
                    if first == other:
                        differs = 0
                    elif len(first) == len(other):
                        differs = len({(a, b) for a, b in zip(first, other) if a != b})
                    else:
                        differs = -1
            in_files = sorted({n for f in set(files) for n in decompiler_names(text_of(f) or "")})
            in_blocks = sorted({n for f, c in zip(files, copies)
                                for n in decompiler_names("\n".join((text_of(f) or "").split("\n")[c["start"] - 1:c["start"] - 1 + c["lines"]]))})
            yield dict(check=check, base=base, location=location, verdict=verdict, tokens=finding["tokens"],
                       lines=finding["lines"], places=finding["places"], found=len(copies), scope=scope, differs=differs,
                       decompiled_file=in_files, decompiled_block=in_blocks,
                       copies=[(f, c["start"], c["lines"]) for f, c in zip(files, copies)])


# Verbs whose two members are one operation and its inverse (AddIncludeAsync beside AddExcludeAsync).
MIRROR_VERBS = [("add", "remove"), ("include", "exclude"), ("show", "hide"), ("mark", "unmark"), ("select", "unselect"),
                ("select", "deselect"), ("install", "uninstall"), ("enable", "disable"), ("open", "close"), ("push", "pop"),
                ("lock", "unlock"), ("pin", "unpin"), ("mute", "unmute"), ("archive", "unarchive"), ("block", "unblock"),
                ("subscribe", "unsubscribe"), ("register", "unregister"), ("attach", "detach"), ("start", "stop"),
                ("increase", "decrease"), ("increment", "decrement"), ("expand", "collapse"), ("load", "unload"),
                ("in", "out"), ("up", "down"), ("next", "previous"), ("next", "prev"), ("min", "max"), ("get", "set"),
                ("encrypt", "decrypt"), ("encode", "decode"), ("serialize", "deserialize"), ("zoom in", "zoom out"),
                ("left", "right"), ("top", "bottom"), ("horizontal", "vertical"), ("width", "height"), ("x", "y"),
                ("import", "export"), ("upload", "download"), ("read", "write"), ("save", "load"), ("on", "off"),
                ("follow", "unfollow"), ("hold", "unhold"), ("favorite", "unfavorite"), ("star", "unstar"),
                ("upgrade", "downgrade"), ("forward", "backward"), ("undo", "redo"), ("connect", "disconnect")]
MIRRORS = {frozenset(p) for p in MIRROR_VERBS}


def words(name):
    return [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", name)]


def mirror_pair(members):
    """The verb pair when two copies' members differ in one word only, and those words are an operation and its inverse."""
    if len(members) < 2:
        return ""
    a, b = words(members[0]), words(members[1])
    if len(a) != len(b):
        return ""
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diff) == 1 and frozenset(diff[0]) in MIRRORS:
        return "/".join(diff[0])
    return ""


def is_code_behind_handler(path, parameters):
    """An event handler (object sender, XxxEventArgs e) in a XAML view's code-behind (Page.xaml.cs)."""
    parts = parameters.split(",")
    return path.endswith((".xaml.cs", ".axaml.cs")) and len(parts) == 2 and parts[0] in ("object", "object?") and parts[1].endswith("EventArgs")


PORTED = re.compile(r"(?i)\b(ported|port of|translated|derived|adapted|based on|taken from|copied from)\b")


def ported_header(text):
    """The file's leading comment block (before the first using/namespace) says it is ported or derived from elsewhere."""
    head = []
    for line in text.split("\n")[:80]:
        stripped = line.strip()
        if stripped.startswith(("using ", "namespace ")):
            break
        head.append(stripped)
    return bool(PORTED.search("\n".join(head)))


def table(title, all_groups, key, order=None):
    counts = collections.defaultdict(lambda: [0, 0])
    for group in all_groups:
        counts[key(group)][0 if group["verdict"] == "genuine" else 1] += 1
    print(f"\n| {title} | Genuine | Noise | Genuine share |\n| --- | ---: | ---: | ---: |")
    for value in (order or sorted(counts)):
        genuine, noise = counts[value]
        if genuine + noise:
            print(f"| {value} | {genuine} | {noise} | {100 * genuine / (genuine + noise):.0f}% |")


def size_bin(tokens):
    return "50-64" if tokens < 65 else "65-79" if tokens < 80 else "80-99" if tokens < 100 else "100-149" if tokens < 150 else "150+"


def difference(group):
    d = group["differs"]
    return "one copy found" if d is None else "identical" if d == 0 else "other length" if d < 0 else "1-2 token pairs" if d <= 2 else "3 or more token pairs"


def verdict_context(scanner, corpora, files):
    rows = []
    for path in files or sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "precision", "AID101-*.tsv"))):
        root = None
        for line in open(path, encoding="utf-8"):
            if line.startswith("#"):
                match = re.search(r"paths relative to <corpus>/([^,;\s]+)", line)
                root = root or (match.group(1) if match else None)
                continue
            cols = line.rstrip("\n").split("\t")
            if root is None or len(cols) < 3 or cols[1] not in ("genuine", "noise"):
                continue
            file, at = cols[0].rsplit(":", 1)
            full = next((os.path.join(c, root, file) for c in corpora if os.path.exists(os.path.join(c, root, file))), None)
            if full:
                rows.append((os.path.basename(path), cols[0], cols[1], cols[2], full, int(at)))
    answers = contexts(scanner, [(r[4], r[5], 1) for r in rows])
    counts = collections.defaultdict(lambda: [0, 0])
    handlers = collections.defaultdict(lambda: [0, 0])
    for row, answer in zip(rows, answers):
        handler = is_code_behind_handler(row[4], answer[5] if len(answer) > 5 else "")
        ported = ported_header(text_of(row[4]) or "")
        for key in (("event handler in a XAML code-behind" if handler else "other member"),
                    ("file header says ported or derived" if ported else "no such header")):
            handlers[key][0 if row[2] == "genuine" else 1] += 1
        if handler or ported:
            print("handler" if handler else "ported", row[0], row[1], row[2], row[3], answer[1] if len(answer) > 1 else "", sep="\t")
        counts[answer[4] if len(answer) > 4 else "?"][0 if row[2] == "genuine" else 1] += 1
        if len(answer) > 4 and answer[4] == "CatchClause":
            print("catch clause:", row[0], row[1], row[2], row[3])
    print(f"\n{len(rows)} verdict rows whose code is checked out\n\n| Holder of the verdict's statement | Genuine | Noise |\n| --- | ---: | ---: |")
    for holder in sorted(counts, key=lambda h: -sum(counts[h])):
        print(f"| {holder} | {counts[holder][0]} | {counts[holder][1]} |")
    print("\n| The verdict's copy | Genuine | Noise |\n| --- | ---: | ---: |")
    for key in sorted(handlers):
        print(f"| {key} | {handlers[key][0]} | {handlers[key][1]} |")


def categories():
    """The category of each judged location, from the first verdict file (in name order) that judges it."""
    found = {}
    for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "precision", "AID101-*.tsv"))):
        for line in open(path, encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(cols) >= 3 and cols[1] in ("genuine", "noise"):
                found.setdefault(cols[0], cols[2])
    return found


def main(argv):
    if "--verdict-context" in argv:
        scanner = argv[argv.index("--verdict-context") + 1]
        corpora = [argv[i + 1] for i, a in enumerate(argv) if a == "--corpus"]
        rest = [a for i, a in enumerate(argv) if a not in ("--verdict-context", "--corpus") and argv[i - 1] not in ("--verdict-context", "--corpus")]
        verdict_context(scanner, corpora, rest)
        return
    show = "--groups" in argv
    scanner = argv[argv.index("--context") + 1] if "--context" in argv else None
    stdouts = [a for i, a in enumerate(argv) if a not in ("--groups", "--context") and (i == 0 or argv[i - 1] != "--context")]
    all_groups = list(groups(stdouts))
    if scanner:
        answers = iter(contexts(scanner, [c for g in all_groups for c in g["copies"]]))
        for g in all_groups:
            found = [next(answers) for _ in g["copies"]]
            g["holders"] = found[0][4] if len({a[4] for a in found}) == 1 else "differs between copies"
            g["share"] = min(int(a[3]) / max(1, int(a[2])) for a in found)
            g["members"] = [a[1] for a in found]
            g["parameters"] = [a[5] if len(a) > 5 else "" for a in found]
            g["types"] = [a[6] if len(a) > 6 else "?" for a in found]
            g["mirror"] = mirror_pair(g["members"])
            g["handler"] = all(is_code_behind_handler(f, p) for (f, _, _), p in zip(g["copies"], g["parameters"]))
    for g in all_groups:
        g["ported"] = any(ported_header(text_of(f) or "") for f, _, _ in g["copies"])
    if show:
        category = categories()
        for g in all_groups:
            print("\t".join(str(x) for x in (g["check"], g["base"], g["location"], g["verdict"], category.get(g["location"], ""), g["tokens"], g["lines"],
                                             g["places"], g["scope"], difference(g), ",".join(g["decompiled_block"]),
                                             ",".join(g["decompiled_file"][:3]), g.get("holders", ""),
                                             f"{g['share']:.2f}" if "share" in g else "",
                                             "|".join(g.get("members", [])), g.get("mirror", ""),
                                             "handler" if g.get("handler") else "", "ported" if g.get("ported") else "",
                                             "|".join(g.get("parameters", [])), "|".join(g.get("types", [])),
                                             "" if g["differs"] is None else g["differs"])))
    print(f"\n{len(all_groups)} judged groups still reported as warnings: "
          f"{sum(g['verdict'] == 'genuine' for g in all_groups)} genuine, {sum(g['verdict'] == 'noise' for g in all_groups)} noise")
    table("Counted tokens", all_groups, lambda g: size_bin(g["tokens"]), ["50-64", "65-79", "80-99", "100-149", "150+"])
    table("Copies", all_groups, lambda g: str(min(g["places"], 4)) + ("+" if g["places"] >= 4 else ""))
    table("Scope", all_groups, lambda g: g["scope"], ["one file", "one folder", "several folders"])
    table("What differs (first two copies)", all_groups, difference,
          ["identical", "1-2 token pairs", "3 or more token pairs", "other length", "one copy found"])
    table("Under 80 counted tokens, what differs", [g for g in all_groups if g["tokens"] < 80], difference,
          ["identical", "1-2 token pairs", "3 or more token pairs", "other length", "one copy found"])
    if scanner:
        table("What holds the copies' statements", all_groups, lambda g: g["holders"])
        table("Copies that are each a whole member, under 80 counted tokens, by what differs",
              [g for g in all_groups if g["share"] >= 0.9 and g["tokens"] < 80], difference,
              ["identical", "1-2 token pairs", "3 or more token pairs", "other length", "one copy found"])
        table("Share of its member's statements (least copy)", all_groups,
              lambda g: "whole member (90%+)" if g["share"] >= 0.9 else "half or more" if g["share"] >= 0.5 else "under half",
              ["whole member (90%+)", "half or more", "under half"])
        table("Under 80 counted tokens, share of the member", [g for g in all_groups if g["tokens"] < 80],
              lambda g: "whole member (90%+)" if g["share"] >= 0.9 else "half or more" if g["share"] >= 0.5 else "under half",
              ["whole member (90%+)", "half or more", "under half"])
    if scanner:
        table("Mirror-image members (an operation and its inverse)", all_groups, lambda g: g["mirror"] or "none")
        table("Each copy an event handler in a XAML code-behind", all_groups, lambda g: "yes" if g["handler"] else "no")
    table("A copy's file header says ported or derived", all_groups, lambda g: "yes" if g["ported"] else "no")
    table("Decompiler names", all_groups,
          lambda g: "in a copy's block" if g["decompiled_block"] else "in a copy's file" if g["decompiled_file"] else "none",
          ["in a copy's block", "in a copy's file", "none"])


if __name__ == "__main__":
    main(sys.argv[1:])
