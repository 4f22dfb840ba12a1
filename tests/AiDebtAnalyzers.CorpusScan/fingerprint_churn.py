#!/usr/bin/env python3
"""How a baseline fares over a repository's history: findings that a baseline written at one commit would call new at a
later commit, split by whether their file changed in between.

    fingerprint_churn.py --scanner <AiDebtAnalyzers.CorpusScan.dll> --gitdir <repository.git> --out <folder>
                         [--commits N] [--step K] [--folder <sub/folder>] [--rules AID101,...] [-- <scanner options>]

Takes every K-th commit of the first-parent history from the tip (N+1 commits, N pairs), writes each commit's files
(those the git directory holds) under <out>/trees/<commit>, scans each with the scanner (one compilation per project
folder, as a build makes them: --exclude-tests --references sdk --compile-items unless scanner options are given),
and for each pair (older, newer) matches findings by rule, aidebt.fingerprint and aidebt.assembly, as the baseline
suppressor does. A finding of the newer commit that no finding of the older one matches is "new": the gate fails on
it. New in a file the pair changed is the gate doing its job; new in a file nobody touched is either debt that a change
elsewhere made (a third copy of a string, a block pasted elsewhere) or a fingerprint that moved without its code
changing, which is what a team would call the ratchet crying wolf. The rows of the second kind are written to
<out>/untouched.tsv (rule, commit pair, file:line, message, fingerprint, and the older commit's findings of that rule in
the same file) for reading one by one. A new finding with the same rule, file and message (line numbers aside) as a
finding gone from the older commit is counted apart ("new, as one gone") and written to <out>/moved.tsv: most likely
the same finding whose fingerprint moved, which the gate then reports as new.
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], capture_output=True, check=True, text=True).stdout


def extract(gitdir, commit, target):
    if os.path.isdir(target):
        return
    tmp = target + ".partial"
    subprocess.run(["rm", "-rf", tmp], check=True)
    out = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "-r", "-z", commit], capture_output=True, check=True).stdout
    entries = []
    for record in out.split(b"\0"):
        if not record:
            continue
        meta, path = record.split(b"\t", 1)
        mode, kind, sha = meta.split()
        if kind != b"blob" or mode == b"120000":
            continue
        entries.append((sha.decode(), path.decode("utf-8", "surrogateescape")))
    cat = subprocess.Popen(["git", "--git-dir", gitdir, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    for sha, path in entries:
        cat.stdin.write((sha + "\n").encode())
        cat.stdin.flush()
        header = cat.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            continue
        data = cat.stdout.read(int(header[2]))
        cat.stdout.read(1)
        destination = os.path.join(tmp, path)
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        with open(destination, "wb") as f:
            f.write(data)
    cat.stdin.close()
    cat.wait()
    os.rename(tmp, target)


def scan(scanner, folder, findings, options, log):
    if os.path.exists(findings):
        return
    started = time.time()
    with open(findings + ".out", "w") as out:
        subprocess.run(["dotnet", scanner, folder, *options, "--properties-column", "--findings", findings + ".partial", "--quiet"], stdout=out, stderr=subprocess.STDOUT, check=False)
    os.rename(findings + ".partial", findings)
    load = open("/proc/loadavg").read().split()[0] if os.path.exists("/proc/loadavg") else "?"
    log.write(f"{os.path.basename(findings)}\t{time.strftime('%H:%M:%S', time.gmtime(started))}-{time.strftime('%H:%M:%S', time.gmtime())} UTC\tload {load}\n")
    log.flush()


def read(findings, rules):
    rows = []
    for line in open(findings, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        rule, place, message = cells[0], cells[1], cells[2]
        if rules and rule not in rules:
            continue
        properties = dict(p.split("=", 1) for p in cells[-1].split(";") if "=" in p)
        fingerprint = properties.get("aidebt.fingerprint")
        if fingerprint is None:
            continue
        path = place.rsplit(":", 1)[0] if place != "<no location>" else ""
        rows.append({"rule": rule, "place": place, "file": path, "message": message, "gist": re.sub(r"(?<=\.cs):\d+|\bat lines? [\d, and]+", "", message),
                     "key": (rule, fingerprint, properties.get("aidebt.assembly", "").upper()), "fingerprint": fingerprint})
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scanner", required=True)
    parser.add_argument("--gitdir", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--commits", type=int, default=5)
    parser.add_argument("--step", type=int, default=10)
    parser.add_argument("--folder", default="")
    parser.add_argument("--rules", default="")
    parser.add_argument("options", nargs="*")
    args = parser.parse_args()
    options = args.options or ["--exclude-tests", "--references", "sdk", "--compile-items"]
    rules = set(r for r in args.rules.split(",") if r)

    history = git(args.gitdir, "rev-list", "--first-parent", "HEAD").split()
    commits = [history[i] for i in range(0, min(len(history), args.commits * args.step + 1), args.step)]
    os.makedirs(os.path.join(args.out, "trees"), exist_ok=True)
    log = open(os.path.join(args.out, "scans.log"), "a")
    findings = {}
    for commit in commits:
        tree = os.path.join(args.out, "trees", commit[:10])
        extract(args.gitdir, commit, tree)
        path = os.path.join(args.out, commit[:10] + ".tsv")
        scan(args.scanner, os.path.join(tree, args.folder), path, options, log)
        findings[commit] = read(path, rules)

    totals = collections.defaultdict(lambda: collections.Counter())
    untouched_rows = []
    moved_rows = []
    for newer, older in zip(commits, commits[1:]):
        changed = set(git(args.gitdir, "diff", "--name-only", "--no-renames", older, newer).split("\n"))
        prefix = args.folder.rstrip("/") + "/" if args.folder else ""
        changed = {c[len(prefix):] for c in changed if c.startswith(prefix)}
        before = collections.Counter(f["key"] for f in findings[older])
        after_keys = collections.Counter(f["key"] for f in findings[newer])
        # A finding gone from the older commit and one new in the newer, of one rule, in one file, with one message
        # (line numbers aside): most likely the same finding whose fingerprint moved.
        gone = collections.Counter()
        seen_before = collections.Counter()
        for finding in findings[older]:
            seen_before[finding["key"]] += 1
            if seen_before[finding["key"]] > after_keys[finding["key"]]:
                gone[(finding["rule"], finding["file"], finding["gist"])] += 1
                kind = "gone, file changed" if not finding["file"] or finding["file"] in changed else "gone, file untouched"
                totals[finding["rule"]][kind] += 1

        seen = collections.Counter()
        for finding in findings[newer]:
            seen[finding["key"]] += 1
            counts = totals[finding["rule"]]
            counts["findings"] += 1
            if seen[finding["key"]] <= before[finding["key"]]:
                counts["accepted"] += 1
                continue
            twin = (finding["rule"], finding["file"], finding["gist"])
            if gone[twin] > 0:
                gone[twin] -= 1
                counts["new, as one gone"] += 1
                moved_rows.append("\t".join([finding["rule"], older[:10] + ".." + newer[:10], finding["place"], "changed" if finding["file"] in changed else "untouched", finding["message"], finding["fingerprint"]]))
                continue
            if not finding["file"] or finding["file"] in changed:
                counts["new, file changed"] += 1
                continue
            counts["new, file untouched"] += 1
            same_file = [f["fingerprint"] for f in findings[older] if f["rule"] == finding["rule"] and f["file"] == finding["file"]]
            untouched_rows.append("\t".join([finding["rule"], older[:10] + ".." + newer[:10], finding["place"], finding["message"], finding["fingerprint"], " ".join(same_file)]))

    with open(os.path.join(args.out, "untouched.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(untouched_rows) + ("\n" if untouched_rows else ""))
    with open(os.path.join(args.out, "moved.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(moved_rows) + ("\n" if moved_rows else ""))
    columns = ["findings", "accepted", "new, as one gone", "new, file changed", "new, file untouched", "gone, file changed", "gone, file untouched"]
    print("commits: " + " ".join(c[:10] for c in commits))
    print("rule\t" + "\t".join(columns))
    for rule in sorted(totals):
        print(rule + "\t" + "\t".join(str(totals[rule][c]) for c in columns))


if __name__ == "__main__":
    sys.exit(main())
