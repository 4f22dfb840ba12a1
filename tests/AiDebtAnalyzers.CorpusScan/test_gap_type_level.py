#!/usr/bin/env python3
"""Measures type-level defaults for AID301 on re-scored checks: what the findings would be if the rule reported the
untested members of a type the tests touch differently, per check, per finding (a proxy: a finding is genuine when a
judged row it carries is genuine) and per judged genuine row (recall: genuine rows still carried by some finding).

usage: python3 test_gap_type_level.py <rescore out folder> [<commit> ...]

Reads what rescore_check.py --rows left in the folder: <commit>.txt (its "scanning:" lines, its public API counts and
its rows "AID301 <library> <file:line> <verdict> <state>") and <commit>/findings/<library>.tsv. Member features come from
test_gap_features.py's tokenizer at each finding's file:line under the scanned folder. Variants (member findings only;
a finding on a type, none of whose members the tests touch, is kept as it is):
  as built      the findings as they are
  fold          the untested members of each type the tests touch in one finding per type (file and type name)
  bar           a member finding dropped when its member has no decision (branch or loop) and at most one statement
                (a one-line forward, a stub, an empty body, a flag getter)
  bar+fold      both
  bar25         a member finding dropped when it has no decision and fewer than 25 body tokens
  bar25+fold    both
A judged row "listed" in another finding is carried by the first type finding of its file (else the first finding
listing forwards), as rescore_check.py counts it.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import test_gap_features as tf  # noqa: E402

CHECKS = {"5d6e3e3": 17, "c6c6f75": 16, "78ee4a8": 15, "ab94e1b": 14, "64474b2": 13, "e879162": 12, "6ea4bf8": 11, "4176122": 10}


def scanned_folders(text):
    folders = {}
    for line in text.splitlines():
        if line.startswith("scanning: "):
            words = line.split()
            dll = next(i for i, w in enumerate(words) if w.endswith(".dll"))
            findings = words[words.index("--findings") + 1]
            folders[os.path.basename(findings)[:-4]] = words[dll + 1]
    return folders


def public_apis(text):
    m = re.search(r"^\| \*\*All\*\* \|.*\| (\d+) \| [\d.]+ \|$", text, re.M)
    return int(m.group(1)) if m else 0


def member_type(message):
    m = re.match(r"Public API '(.*)'", message)
    if not m:
        return None
    api = m.group(1)
    depth, cut = 0, len(api)
    for i, ch in enumerate(api):
        if ch in "(<[":
            if ch == "(" or depth == 0 and ch == "[":
                cut = i
                break
            depth += 1
        elif ch in ">]":
            depth -= 1
    head = api[:cut]
    # strip a generic argument list of the member itself
    head = re.sub(r"<[^<>]*>$", "", head)
    return head.rsplit(".", 1)[0] if "." in head else head


def behaviour(f, kind):
    if f is None or f["kind"] in ("missing", "type"):
        return True
    if f.get("nobody"):
        return False
    decisions = f["branches"] + f["loops"]
    if decisions >= 1:
        return True
    if kind == "bar":
        return f["statements"] >= 2
    return f["tokens"] >= 25


def main():
    out = sys.argv[1]
    commits = sys.argv[2:] or list(CHECKS)
    variants = ["as built", "fold", "bar", "bar+fold", "bar25", "bar25+fold"]
    print("| Check | Variant | Findings | Findings carrying judged rows: genuine (proxy) | Genuine rows carried / judged genuine | Noise rows carried | Per 1,000 public APIs |")
    print("| --- | --- | ---: | --- | --- | ---: | ---: |")
    for commit in commits:
        path = os.path.join(out, commit + ".txt")
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        folders = scanned_folders(text)
        apis = public_apis(text)
        rows = [l.split("\t") for l in text.splitlines() if l.startswith("AID301\t")]
        genuine_judged = sum(1 for r in rows if r[3] == "genuine")
        findings = []  # (lib, file, line, message, is_type, type, features)
        tokens_cache = {}
        for lib, folder in folders.items():
            fpath = os.path.join(out, commit, "findings", lib + ".tsv")
            if not os.path.exists(fpath):
                continue
            for line in open(fpath, encoding="utf-8"):
                c = line.rstrip("\n").split("\t")
                if len(c) < 3 or c[0] != "AID301" or (len(c) > 4 and c[4] != "warning"):
                    continue
                file, _, ln = c[1].rpartition(":")
                is_type = c[2].startswith("Public type")
                src = os.path.join(folder, file)
                feats = None
                if not is_type and os.path.exists(src):
                    if src not in tokens_cache:
                        tokens_cache[src] = tf.tokenize_file(src)
                    feats = tf.features(tokens_cache[src], int(ln))
                findings.append(dict(lib=lib, file=file, key=c[1], is_type=is_type, type=None if is_type else member_type(c[2]),
                                     lists=("untested members" in c[2] or "also untested" in c[2]), f=feats))
        by_key = {(f["lib"], f["key"]): f for f in findings}
        carried = collections.defaultdict(list)  # finding id -> verdicts
        for r in rows:
            lib, fl, verdict, state = r[1], r[2], r[3], r[4]
            target = None
            if state == "kept":
                target = by_key.get((lib, fl))
            elif state == "listed":
                file = fl.rpartition(":")[0]
                cands = [f for f in findings if f["lib"] == lib and f["file"] == file and f["lists"]]
                cands.sort(key=lambda f: not f["is_type"])
                target = cands[0] if cands else None
            if target is not None:
                carried[id(target)].append(verdict)
        for variant in variants:
            bar = "bar25" if variant.startswith("bar25") else ("bar" if variant.startswith("bar") else None)
            fold = variant.endswith("fold")
            groups = collections.OrderedDict()
            for f in findings:
                if bar and not f["is_type"] and not f["lists"] and not behaviour(f["f"], bar):
                    continue
                gkey = ("type", f["lib"], f["file"], f["type"]) if fold and not f["is_type"] else ("one", id(f))
                groups.setdefault(gkey, []).append(f)
            n = len(groups)
            judged = genuine = 0
            g_rows = n_rows = 0
            for members in groups.values():
                verdicts = [v for f in members for v in carried.get(id(f), [])]
                g_rows += verdicts.count("genuine")
                n_rows += verdicts.count("noise")
                if verdicts:
                    judged += 1
                    genuine += "genuine" in verdicts
            prec = f"{genuine} of {judged} ({100 * genuine / judged:.0f}%)" if judged else "-"
            rec = f"{g_rows} of {genuine_judged} ({100 * g_rows / genuine_judged:.0f}%)" if genuine_judged else "-"
            per = f"{1000 * n / apis:.1f}" if apis else "-"
            print(f"| {CHECKS.get(commit, commit)} (`{commit}`) | {variant} | {n} | {prec} | {rec} | {n_rows} | {per} |")


if __name__ == "__main__":
    main()
