#!/usr/bin/env python3
"""Joins the committed AID301 verdicts of the independent checks with AID301 findings, per library and per check.

usage: python3 test_gap_verdicts.py <findings folder> [<precision folder>] [--corpus <folder>] [--rows]

<findings folder> holds one <library>.tsv per library, written by CorpusScan --findings with the command of the
library's check (docs/measuring.md); <precision folder> defaults to docs/precision. A verdict (file:line) is
- "reported" when a finding of the library sits at that file:line: the finding as a build would show it;
- "listed" when it is not, but a finding of the same file names the member in its list ("untested members: ..." of a
  type-level finding, "also untested, forwarding to it: ..." of a folded forward): the gap is still reported, inside
  another finding (needs --corpus, the folder the checkouts are under, to read the declaration's line);
- "quiet" otherwise.
Prints, per library and pooled per check: genuine and noise verdicts reported / listed / quiet, and the genuine share
of the judged findings still reported (precision of the sample as built). --rows prints every verdict with its state.
"""
import os
import re
import sys

# Each check's libraries: the verdict file's name part, and the folder its paths are relative to (under the corpus).
CHECKS = [
    ("first (744db80)", [("FluentValidation", "FluentValidation/src/FluentValidation"), ("Humanizer", "Humanizer/src/Humanizer")]),
    ("second (fdfb8ee)", [("CsvHelper", "CsvHelper/src/CsvHelper"), ("AutoMapper", "AutoMapper/src/AutoMapper")]),
    ("third (1bdbfd6)", [("NSubstitute", "NSubstitute/src/NSubstitute"), ("Bogus", "Bogus/Source/Bogus")]),
    ("fourth (313443f)", [("YamlDotNet", "YamlDotNet/YamlDotNet"), ("markdig", "markdig/src/Markdig")]),
    ("fifth (667f863)", [("LiteDB", "LiteDB/LiteDB"), ("scriban", "scriban/src/Scriban"), ("FluentFTP", "FluentFTP/FluentFTP"),
                         ("Handlebars.Net", "Handlebars.Net/source/Handlebars")]),
    ("sixth (01cb22f)", [("commandline", "commandline/src/CommandLine"), ("Mapster", "Mapster/src/Mapster"),
                         ("DynamicExpresso", "DynamicExpresso/src/DynamicExpresso.Core"), ("Sprache", "Sprache/src/Sprache")]),
    ("seventh (917c383)", [("fluid", "fluid/Fluid"), ("SmartFormat", "SmartFormat/src/SmartFormat"),
                           ("spectre.console", "spectre.console/src/Spectre.Console")]),
    ("eighth (4f6fc80)", [("jint", "jint/Jint"), ("refit", "refit/src/Refit"), ("MoreLINQ", "MoreLINQ/MoreLinq"), ("Autofac", "Autofac/src/Autofac")]),
    ("ninth (6b9f0a1)", [("Flurl", "Flurl/src/Flurl.Http"), ("Scrutor", "Scrutor/src/Scrutor"), ("quartznet", "quartznet/src/Quartz")]),
]

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def read_findings(path):
    by_line, by_file = {}, {}
    for line in open(path, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if len(cells) < 3 or cells[0] != "AID301":
            continue
        by_line[cells[1]] = cells[2]
        by_file.setdefault(cells[1].rsplit(":", 1)[0], []).append(cells[2])
    return by_line, by_file


def read_verdicts(path):
    for line in open(path, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if line.startswith("#") or cells[0] == "file:line" or len(cells) < 2:
            continue
        yield cells[0], cells[1], cells[2] if len(cells) > 2 else ""


def listed_elsewhere(where, by_file, corpus, folder):
    """Whether another finding of the file lists the member declared at file:line."""
    located = {file: [(None, message) for message in messages] for file, messages in by_file.items()}
    return listing_finding(where, located, corpus, folder) is not False


def read_located_findings(path):
    """The AID301 findings as file -> [(file:line, message)]."""
    located = {}
    for line in open(path, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if len(cells) >= 3 and cells[0] == "AID301":
            located.setdefault(cells[1].rsplit(":", 1)[0], []).append((cells[1], cells[2]))
    return located


def listing_finding(where, located, corpus, folder):
    """The file:line of the first finding of the file whose list ("untested members: ..." of a type-level finding, "also
    untested, forwarding to it: ..." of a folded forward) names the member declared at file:line; False when none does."""
    if corpus is None:
        return False
    file, number = where.rsplit(":", 1)
    source = os.path.join(corpus, folder, file)
    try:
        with open(source, encoding="utf-8-sig", errors="replace") as text:
            declaration = text.read().splitlines()[int(number) - 1]
    except (OSError, IndexError, ValueError):
        return False
    names = set(IDENTIFIER.findall(declaration.split("=>")[0].split("(")[0]))
    for place, message in located.get(file, []):
        for marker in ("(untested members: ", "(also untested, forwarding to it: "):
            if marker in message:
                listing = message.split(marker, 1)[1]
                if any(re.search(r"\." + re.escape(name) + r"[(<,)[]", listing) for name in names):
                    return place
    return False


def main(argv):
    rows = "--rows" in argv
    corpus = None
    if "--corpus" in argv:
        corpus = argv[argv.index("--corpus") + 1]
        argv = [a for i, a in enumerate(argv) if a != "--corpus" and (i == 0 or argv[i - 1] != "--corpus")]
    argv = [a for a in argv if a != "--rows"]
    findings = argv[1]
    precision = argv[2] if len(argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "precision")
    header = "| Library | Judged (genuine / noise) | Genuine reported / listed / quiet | Noise reported / listed / quiet | Sample as built: genuine of reported |"
    print(header)
    print("| --- | --- | --- | --- | --- |")
    grand = [0] * 7
    for check, libraries in CHECKS:
        pooled = [0] * 7
        for library, folder in libraries:
            verdict_file = os.path.join(precision, f"AID301-{library}-independent.tsv")
            findings_file = os.path.join(findings, f"{library}.tsv")
            if not os.path.exists(findings_file):
                print(f"| {library} | no findings file | | | |")
                continue
            by_line, by_file = read_findings(findings_file)
            counts = [0] * 7  # genuine, noise, g reported, g listed, n reported, n listed, findings
            counts[6] = len(by_line)
            for where, verdict, category in read_verdicts(verdict_file):
                genuine = verdict == "genuine"
                counts[0 if genuine else 1] += 1
                if where in by_line:
                    state = "reported"
                    counts[2 if genuine else 4] += 1
                elif listed_elsewhere(where, by_file, corpus, folder):
                    state = "listed"
                    counts[3 if genuine else 5] += 1
                else:
                    state = "quiet"
                if rows:
                    print(f"#\t{library}\t{where}\t{verdict}\t{category}\t{state}")
            print_row(library, counts)
            pooled = [a + b for a, b in zip(pooled, counts)]
        print_row(f"**{check}**", pooled)
        grand = [a + b for a, b in zip(grand, pooled)]
    print_row("**all checks**", grand)


def print_row(name, c):
    genuine, noise, g_rep, g_list, n_rep, n_list, _ = c
    reported = g_rep + n_rep
    share = f"{g_rep} of {reported}" + (f" ({100 * g_rep / reported:.0f}%)" if reported else "")
    print(f"| {name} | {genuine + noise} ({genuine} / {noise}) | {g_rep} / {g_list} / {genuine - g_rep - g_list} | "
          f"{n_rep} / {n_list} / {noise - n_rep - n_list} | {share} |")


if __name__ == "__main__":
    main(sys.argv)
