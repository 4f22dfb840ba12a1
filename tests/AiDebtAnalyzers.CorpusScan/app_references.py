#!/usr/bin/env python3
"""The references a build of an application would have, as far as the package feed serves them, for
`AiDebtAnalyzers.CorpusScan --add-references` (docs/fixes.md, "Reach with the apps' own references").

    app_references.py <app folder> <scratch folder> <target framework> [--pin Name=Version]... [--served list.tsv]

Reads every PackageReference (and central PackageVersion) of the folder's project, props and targets files, writes
<scratch folder>/<name>.csproj referencing each package once (its highest version in the app), restores it, and writes
<scratch folder>/refs.txt: the compile assets of the restore's project.assets.json, one path a line. Test, analyzer,
build-tool and native-only packages are left out (the scans leave tests out and bind no analyzers). --pin sets a
version (Avalonia 11.3.23 for an app that takes it from a property). --served names a tab-separated list of the
packages the feed serves (name, ..., versions in the fifth column): a package it does not list is left out, and a
version it does not serve is replaced by the nearest higher one (else its highest); both are written to notes.txt, so
that the references can be stated as matching the app's build only in part.
"""
import glob
import json
import os
import re
import subprocess
import sys

SKIP = re.compile(r"(xunit|nunit|test\.sdk|coverlet|analyzers|stylecop|gitversion|gitinfo|fody|costura|sourcelink|"
                  r"benchmarkdotnet|fscheck|fluentassertions|nsubstitute|verify\.|specflow|opencover|reportgenerator|"
                  r"tools\.innosetup|nuget\.commandline|netbeauty|polysharp|publicapigenerator|cswin32|buildtools|"
                  r"referenceassemblies|runtime\.win|native|testcontainers|mvc\.testing|^microsoft\.codeanalysis)", re.I)


def version_key(version):
    return [int(x) if x.isdigit() else 0 for x in re.split(r"[.-]", version)]


def package_references(root):
    central, found = {}, {}
    for path in glob.glob(os.path.join(root, "**", "*"), recursive=True):
        if not re.search(r"\.(csproj|props|targets)$", path) or not os.path.isfile(path):
            continue
        text = open(path, encoding="utf-8", errors="replace").read()
        for m in re.finditer(r'<PackageVersion\s+Include="([^"]+)"\s+Version="([^"]+)"', text):
            central[m.group(1)] = m.group(2)
        # A reference either closes itself or carries child elements up to its closing tag; its version is an attribute
        # or a <Version> child on any line of that body.
        for m in re.finditer(r'<PackageReference\s+(?:Include|Update)="([^"]+)"([^>]*?)(?:/>|>(.*?)</PackageReference>)', text, re.S):
            version = re.search(r'Version="([^"]+)"', m.group(2)) or re.search(r"<Version>\s*([^<\s]+)\s*</Version>", m.group(3) or "")
            found.setdefault(m.group(1).strip(), set())
            if version and not version.group(1).startswith("$"):
                found[m.group(1).strip()].add(version.group(1))
    return {name: max(versions, key=version_key) if versions else central.get(name) for name, versions in found.items()}


def main(argv):
    app, scratch, framework = argv[0], argv[1], argv[2]
    pins, served = {}, None
    i = 3
    while i < len(argv):
        if argv[i] == "--pin":
            name, version = argv[i + 1].split("=", 1)
            pins[name] = version
        elif argv[i] == "--served":
            served = {}
            for line in open(argv[i + 1], encoding="utf-8"):
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 5:
                    served[cols[0].lower()] = [v for v in re.sub(r"\(.*?\)", "", cols[4]).split() if re.match(r"^\d", v)]
        i += 2
    wanted = package_references(app)
    wanted.update(pins)
    items, notes = [], []
    for name, version in sorted(wanted.items()):
        if SKIP.search(name):
            continue
        if served is not None:
            versions = served.get(name.lower())
            if not versions:
                notes.append(f"not served: {name} {version}")
                continue
            if version not in versions:
                higher = [v for v in versions if version and version_key(v) >= version_key(version)]
                taken = min(higher, key=version_key) if higher else max(versions, key=version_key)
                notes.append(f"version: {name} wants {version}, takes {taken}")
                version = taken
        if version:
            items.append(f'    <PackageReference Include="{name}" Version="{version}" />')
        else:
            notes.append(f"no version: {name}")
    os.makedirs(scratch, exist_ok=True)
    name = os.path.basename(os.path.normpath(scratch))
    project = os.path.join(scratch, name + ".csproj")
    with open(project, "w", encoding="utf-8") as out:
        out.write(f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>{framework}</TargetFramework>
    <EnableWindowsTargeting>true</EnableWindowsTargeting>
    <NoWarn>$(NoWarn);NU1603;NU1605;NU1608;NU1701;NU1901;NU1902;NU1903;NU1904</NoWarn>
  </PropertyGroup>
  <ItemGroup>
{chr(10).join(items)}
  </ItemGroup>
</Project>
""")
    with open(os.path.join(scratch, "notes.txt"), "w", encoding="utf-8") as out:
        out.write("\n".join(notes) + "\n")
    subprocess.run(["dotnet", "restore", project, "--disable-build-servers"], check=False)
    assets = json.load(open(os.path.join(scratch, "obj", "project.assets.json"), encoding="utf-8"))
    folders = list(assets["packageFolders"].keys())
    paths = set()
    for target, entries in assets["targets"].items():
        if "/" in target:
            continue  # a runtime-specific graph: the compile assets are those of the plain target
        for library, info in entries.items():
            if info.get("type") != "package":
                continue
            for asset in info.get("compile", {}):
                if asset.endswith("_._"):
                    continue
                for folder in folders:
                    path = os.path.join(folder, assets["libraries"][library]["path"], asset)
                    if os.path.exists(path):
                        paths.add(path)
                        break
    with open(os.path.join(scratch, "refs.txt"), "w", encoding="utf-8") as out:
        out.write("\n".join(sorted(paths)) + "\n")
    print(f"{name}: {len(items)} packages, {len(notes)} notes, {len(paths)} compile assets")


if __name__ == "__main__":
    main(sys.argv[1:])
