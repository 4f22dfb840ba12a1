using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using AiDebt.Cli.Analysis;
using AiDebtAnalyzers;
using AiDebtAnalyzers.CorpusScan;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// Runs the package's analyzers over folders of C# sources; the sources are parsed, never built. See docs/measuring.md.
const string Usage = """
    usage: AiDebtAnalyzers.CorpusScan <folder>... [options]
      --rules AID501,AID502      only these rule IDs
      --prefix AID4              only the rules whose ID starts with this prefix
      --option key=value         an option, as if from a global config (repeatable)
      --findings out.tsv         write every finding: rule, file:line, message, source line, severity (tab-separated)
      --role-column              add a sixth column to --findings: the finding's aidebt.role (AID201, AID202), or empty
      --exclude-tests            skip test, benchmark and sample folders (and bin/, obj/), and test projects known by
                                 what they reference (xunit, NUnit, MSTest, TUnit, IsTestProject)
      --compile-items            analyse only the files a build compiles, decided as `aidebt scan <folder>` decides:
                                 an old-style project's Compile Include list, an SDK-style project's default glob
                                 less its unconditional Compile Remove items (files no project compiles are left out)
      --single-compilation       one compilation for everything, not one per folder holding a .csproj
      --project-boundaries       with --single-compilation: an AID101 warning whose copies lie in two projects neither
                                 of which references the other (their .csproj ProjectReferences, transitively) is
                                 reported as a suggestion (info), as `aidebt scan` reports it (cloneKind unrelated-projects)
      --project-references file  compile each project as its build does, from the file
                                 tests/project-references/project-references.sh writes (its references, defines,
                                 language version and source generators; --references, --define and
                                 --single-compilation do not apply)
      --references runtime|sdk|corlib
                                 runtime (default): the running .NET's assemblies; sdk: the newest
                                 Microsoft.NETCore.App.Ref and Microsoft.AspNetCore.App.Ref packs, with NET,
                                 NETCOREAPP, NET5_0_OR_GREATER..NET8_0_OR_GREATER defined; corlib: only System.Private.CoreLib
      --add-references path      more references beside --references (repeatable): a .dll, a folder (its *.dll, not
                                 its subfolders) or a text file listing such paths one a line (# starts a comment);
                                 of two assemblies with one name the higher version is kept (the first on a tie)
      --code-lines               rates per 1,000 code lines (lines holding a token), not physical lines
      --define A;B               preprocessor symbols to define too (a project's DefineConstants)
      --nullable enable|disable  the compilation's nullable context (default enable; disable for a project that turns
                                 it off, where the semantic model binds one statement per question, as in its build)
      --test-sources             pass each project's test sources (found as the package's build targets find them)
                                 and its PublicAPI.*.txt files as AdditionalFiles, and count its public APIs
      --tests Project=folder     the .cs files under folder are test sources of Project (as an AiDebtTestProject item)
      --timing                   Roslyn's execution-time telemetry per analyzer
      --properties-column        add a column with every property of each finding (key=value, by key): group ids and
                                 fingerprints too, for comparing the findings of two builds
      --check-fingerprints       list findings of one compilation that share rule and aidebt.fingerprint, and
                                 exit 1 when there are any (a baseline could not tell them apart); count the
                                 fingerprints that findings of two compilations share (equal code in two projects),
                                 which baseline entries tell apart by aidebt.assembly, and exit 1 when two
                                 compilations share rule, fingerprint and assembly too
      --quiet                    print only the totals
    or: AiDebtAnalyzers.CorpusScan --residue-set <list.tsv> --index-files <folder> --corpus <folder> [--files <folder>] [--verbose]
                                 recall and false alarms on a list of known residue and look-alike lines
    or: AiDebtAnalyzers.CorpusScan --fix-applicability <verdicts.tsv> <folder> [--single-compilation] [--exclude-tests]
                                 [--compile-items] [--references runtime|sdk|corlib] [--add-references path]... [--define A;B]... [--project-references file]
                                 [--nullable enable|disable] [--out results.tsv]
                                 for each AID101 group judged genuine: is the extract-method fix offered, and if not why
    or: AiDebtAnalyzers.CorpusScan --clone-context < copies.tsv
                                 for each line "path TAB first line TAB line count": the member that holds the copy, its
                                 statements and the copy's, and what holds the copy's statement list
    """;

if (args.Length > 0 && args[0] == "--residue-set")
{
    return await ResidueSet.RunAsync(args, AllAnalyzers(), LoadReferences("runtime", Array.Empty<string>()));
}

if (args.Length > 0 && args[0] == "--clone-context")
{
    return CloneContext.Run();
}

if (args.Length > 0 && args[0] == "--fix-applicability")
{
    return await FixApplicability.RunAsync(args, LoadReferences, ParseOptionsFor, GroupByCompiledProject);
}

var folders = new List<string>();
var rules = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
string? prefix = null;
string? findingsPath = null;
var roleColumn = false;
var propertiesColumn = false;
var references = "runtime";
var addedReferences = new List<string>();
var quiet = false;
var timing = false;
var excludeTests = false;
var singleCompilation = false;
var compileItems = false;
var projectBoundaries = false;
string? projectReferencesPath = null;
var codeLines = false;
var checkFingerprints = false;
var testSources = false;
var defines = new List<string>();
var nullable = NullableContextOptions.Enable;
var explicitTests = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
var extraOptions = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--rules":
            foreach (var id in Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                rules.Add(id);
            }

            break;
        case "--prefix":
            prefix = Next();
            break;
        case "--option":
            var pair = Next().Split('=', 2, StringSplitOptions.TrimEntries);
            extraOptions[pair[0]] = pair.Length > 1 ? pair[1] : string.Empty;
            break;
        case "--findings":
            findingsPath = Path.GetFullPath(Next());
            break;
        case "--role-column":
            roleColumn = true;
            break;
        case "--properties-column":
            propertiesColumn = true;
            break;
        case "--references":
            references = Next();
            break;
        case "--add-references":
            addedReferences.Add(Path.GetFullPath(Next()));
            break;
        case "--exclude-tests":
            excludeTests = true;
            break;
        case "--compile-items":
            compileItems = true;
            break;
        case "--single-compilation":
            singleCompilation = true;
            break;
        case "--project-boundaries":
            projectBoundaries = true;
            break;
        case "--project-references":
            projectReferencesPath = Path.GetFullPath(Next());
            break;
        case "--code-lines":
            codeLines = true;
            break;
        case "--define":
            defines.AddRange(Next().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            break;
        case "--nullable":
            nullable = Next() == "disable" ? NullableContextOptions.Disable : NullableContextOptions.Enable;
            break;
        case "--test-sources":
            testSources = true;
            break;
        case "--tests":
            var mapping = Next().Split('=', 2, StringSplitOptions.TrimEntries);
            if (mapping.Length != 2 || !Directory.Exists(mapping[1]))
            {
                Console.Error.WriteLine($"--tests needs Project=folder with an existing folder: {string.Join('=', mapping)}");
                return 2;
            }

            if (!explicitTests.TryGetValue(mapping[0], out var testFolders))
            {
                explicitTests[mapping[0]] = testFolders = new List<string>();
            }

            testFolders.Add(Path.GetFullPath(mapping[1]));
            testSources = true;
            break;
        case "--quiet":
            quiet = true;
            break;
        case "--timing":
            timing = true;
            break;
        case "--check-fingerprints":
            checkFingerprints = true;
            break;
        case "-h" or "--help":
            Console.WriteLine(Usage);
            return 0;
        default:
            if (args[i].StartsWith("--", StringComparison.Ordinal) || !Directory.Exists(args[i]))
            {
                Console.Error.WriteLine($"unknown option or missing folder: {args[i]}");
                Console.Error.WriteLine(Usage);
                return 2;
            }

            folders.Add(Path.GetFullPath(args[i]));
            break;
    }
}

if (folders.Count == 0 || references is not ("runtime" or "sdk" or "corlib"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

bool Selected(string id) => (rules.Count == 0 || rules.Contains(id)) && (prefix is null || id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

var analyzers = AllAnalyzers()
    .Where(a => a.SupportedDiagnostics.Any(d => Selected(d.Id)))
    .ToImmutableArray();
var selectedIds = rules.Count == 0 && prefix is null
    ? null
    : analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Where(Selected)
        .Concat(rules).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(id => id, StringComparer.Ordinal).ToList();

var metadataReferences = LoadReferences(references, addedReferences);
var parseOptions = ParseOptionsFor(references, defines);
(List<BuiltProject> Projects, Solution Solution, Dictionary<string, ProjectId> Ids)? builtSolution = null;
if (projectReferencesPath is not null)
{
    var recordedProjects = ProjectReferencesFile.OnePerProject(ProjectReferencesFile.Parse(File.ReadLines(projectReferencesPath)));
    var (solution, ids, missing) = BuiltSolution.Open(recordedProjects);
    foreach (var line in missing)
    {
        Console.Error.WriteLine("not found: " + line);
    }

    builtSolution = (recordedProjects, solution, ids);
}

var totalLines = 0L;
var totalFiles = 0;
var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
var executionTimes = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
var findings = new List<string>();
var fingerprinted = 0;
var sharedFingerprints = new List<string>();

// Rule and fingerprint -> the compilations (by their order and assembly) whose findings carry them.
var fingerprintCompilations = new Dictionary<string, List<(int Compilation, string Assembly, string Place)>>(StringComparer.Ordinal);
var compilationNumber = 0;
var publicApis = 0L;
foreach (var folder in folders)
{
    // An .agent-trace/traces.jsonl under the folder is passed as an additional file, as the package targets do.
    var additionalFiles = Directory.EnumerateFiles(folder, "traces.jsonl", SearchOption.AllDirectories)
        .Where(p => Path.GetFileName(Path.GetDirectoryName(p)) == ".agent-trace")
        .Select(p => (AdditionalText)new FileText(p))
        .ToImmutableArray();
    var boundaries = projectBoundaries && singleCompilation && builtSolution is null ? ProjectBoundaries.Read(folder) : null;
    await foreach (var (project, compilation) in Compilations(folder))
    {
        var globalOptions = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_property.IsTestProject"] = project.IsTest ? "true" : "false",
        };
        foreach (var (key, value) in extraOptions)
        {
            globalOptions[key] = value;
        }

        var fileOptions = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var projectFiles = additionalFiles;
        if (testSources && !project.IsTest)
        {
            projectFiles = projectFiles.AddRange(TestGapsFiles(folder, project, explicitTests, fileOptions, globalOptions));
            publicApis += PublicApiCount.Of(compilation);
        }

        var options = new AnalyzerOptions(projectFiles, new ScanOptionsProvider(globalOptions, fileOptions));
        async Task<ImmutableArray<Diagnostic>> Analyze(Compilation analysed, ImmutableArray<DiagnosticAnalyzer> running)
        {
            var withAnalyzers = analysed.WithAnalyzers(running, new CompilationWithAnalyzersOptions(options, OnAnalyzerException, concurrentAnalysis: false, logAnalyzerExecutionTime: timing));
            var found = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            if (timing)
            {
                foreach (var analyzer in running)
                {
                    var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
                    var name = analyzer.GetType().Name;
                    executionTimes[name] = (executionTimes.TryGetValue(name, out var soFar) ? soFar : TimeSpan.Zero) + telemetry.ExecutionTime;
                }
            }

            return found;
        }

        // With --single-compilation, the top-level programs of separate projects are analysed apart (SeparatePrograms).
        var programs = project.FileProjects is { } fileProjects
            ? SeparatePrograms.Find(compilation.SyntaxTrees, path => fileProjects.TryGetValue(path, out var owner) ? owner : null)
            : new List<List<SyntaxTree>>();
        if (programs.Count > 0)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"--single-compilation: top-level statements in {programs.Count} projects, each program's files analysed apart (rules but AID101)"));
        }

        var diagnostics = await SeparatePrograms.AnalyzeAsync(compilation, programs, analyzers, Analyze);

        if (checkFingerprints)
        {
            var withFingerprint = diagnostics.Where(d => Selected(d.Id) && d.Properties.TryGetValue("aidebt.fingerprint", out var f) && f is not null).ToList();
            fingerprinted += withFingerprint.Count;
            compilationNumber++;
            foreach (var diagnostic in withFingerprint)
            {
                var key = diagnostic.Id + " " + diagnostic.Properties["aidebt.fingerprint"];
                if (!fingerprintCompilations.TryGetValue(key, out var seenIn))
                {
                    fingerprintCompilations[key] = seenIn = new List<(int, string, string)>();
                }

                if (!seenIn.Exists(c => c.Compilation == compilationNumber))
                {
                    seenIn.Add((compilationNumber, diagnostic.Properties.TryGetValue("aidebt.assembly", out var assembly) ? assembly ?? "<none>" : "<none>", PlaceOf(diagnostic, folder)));
                }
            }

            foreach (var group in withFingerprint.GroupBy(d => d.Id + "\t" + d.Properties["aidebt.fingerprint"], StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var places = group.Select(d => PlaceOf(d, folder));
                sharedFingerprints.Add(group.Count().ToString(CultureInfo.InvariantCulture) + " x " + group.Key.Replace('\t', ' ') + " at " + string.Join(", ", places));
            }
        }

        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            if (!Selected(diagnostic.Id))
            {
                continue;
            }

            counts[diagnostic.Id] = counts.TryGetValue(diagnostic.Id, out var n) ? n + 1 : 1;
            var severity = boundaries is not null && UnrelatedProjectsClone(diagnostic, boundaries) ? DiagnosticSeverity.Info : diagnostic.Severity;
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            var where = "<no location>";
            var sourceLine = string.Empty;
            if (diagnostic.Location.SourceTree is { } tree)
            {
                var span = diagnostic.Location.GetLineSpan();
                where = string.Create(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(folder, span.Path).Replace('\\', '/')}:{span.StartLinePosition.Line + 1}");
                sourceLine = tree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
            }

            if (!quiet)
            {
                Console.WriteLine($"{where}: {diagnostic.Id} {message}");
            }

            if (findingsPath is not null)
            {
                var row = $"{diagnostic.Id}\t{OneLine(where)}\t{OneLine(message)}\t{OneLine(sourceLine)}\t{severity.ToString().ToLowerInvariant()}";
                row = roleColumn ? row + "\t" + (diagnostic.Properties.TryGetValue("aidebt.role", out var role) ? role : string.Empty) : row;
                findings.Add(propertiesColumn ? row + "\t" + OneLine(string.Join(";", diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))) : row);
            }
        }
    }
}

// The compilations to analyze under a folder: the parsed files grouped by project (or all of them in one compilation),
// or, with --project-references, each recorded project that compiles files under the folder, as its build compiles it
// (its own references, defines, language version and source generators; referenced projects from their sources).
async IAsyncEnumerable<(ScanProject Project, Compilation Compilation)> Compilations(string folder)
{
    if (builtSolution is { } built)
    {
        foreach (var recorded in built.Projects)
        {
            var compiled = built.Solution.GetProject(built.Ids[recorded.ProjectPath])!;
            var files = compiled.Documents.Select(d => d.FilePath!)
                .Where(f => f.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !("/" + Path.GetRelativePath(folder, f).Replace('\\', '/')).Contains("/obj/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0 || (excludeTests && (recorded.IsTest || IsTestOrSamplePath("/" + Path.GetRelativePath(folder, recorded.Folder).Replace('\\', '/') + "/"))))
            {
                continue;
            }

            var compilation = (await compiled.GetCompilationAsync())!;
            foreach (var tree in compilation.SyntaxTrees.Where(t => files.BinarySearch(t.FilePath, StringComparer.Ordinal) >= 0))
            {
                totalLines += codeLines ? CountCodeLines(tree) : CountLines(tree.GetText());
                totalFiles++;
            }

            yield return (new ScanProject(recorded.Folder, files, recorded.IsTest), compilation);
        }

        yield break;
    }

    foreach (var project in GroupByCompiledProject(folder, singleCompilation, excludeTests, compileItems))
    {
        var trees = new List<SyntaxTree>();
        foreach (var file in project.Files)
        {
            var tree = CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(file)), parseOptions, file);
            totalLines += codeLines ? CountCodeLines(tree) : CountLines(tree.GetText());
            totalFiles++;
            trees.Add(tree);
        }

        if (!singleCompilation && ImplicitUsings.For(project.Folder, parseOptions) is { } globalUsings)
        {
            trees.Add(globalUsings);
        }

        yield return (project, CSharpCompilation.Create(
            singleCompilation ? "Corpus" : CompilationName(project.Folder),
            trees,
            metadataReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: nullable)));
    }
}

if (findingsPath is not null)
{
    // Sorted by rule, then by where the finding is, so `grep '^AID201'` gives one rule's findings in file order.
    File.WriteAllLines(findingsPath, findings.OrderBy(f => f[..f.IndexOf('\t', StringComparison.Ordinal)], StringComparer.Ordinal));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"files: {totalFiles}, {(codeLines ? "code lines" : "lines")}: {totalLines}, analyzers: {analyzers.Length}"));
foreach (var id in selectedIds ?? counts.Keys.ToList())
{
    var count = counts.TryGetValue(id, out var n) ? n : 0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}: {count} findings, {count * 1000.0 / Math.Max(1, totalLines):0.000} per 1,000 lines"));
}

if (checkFingerprints)
{
    foreach (var shared in sharedFingerprints)
    {
        Console.WriteLine("shared fingerprint: " + shared);
    }

    var acrossCompilations = 0;
    var sameAssembly = 0;
    foreach (var pair in fingerprintCompilations.OrderBy(p => p.Key, StringComparer.Ordinal))
    {
        if (pair.Value.Count < 2)
        {
            continue;
        }

        acrossCompilations++;
        var assemblies = pair.Value.Select(c => c.Assembly.ToUpperInvariant()).ToList();
        var told = assemblies.Distinct(StringComparer.Ordinal).Count() == assemblies.Count;
        sameAssembly += told ? 0 : 1;
        Console.WriteLine("fingerprint of " + pair.Value.Count.ToString(CultureInfo.InvariantCulture) + " compilations" + (told ? string.Empty : ", assemblies not told apart") + ": " + pair.Key + " in " + string.Join(", ", pair.Value.Select(c => c.Assembly + " (" + c.Place + ")")));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fingerprints: {fingerprinted} findings, {sharedFingerprints.Count} fingerprint(s) shared within a compilation, {acrossCompilations} shared by compilations ({sameAssembly} with the same assembly)"));
    if (sharedFingerprints.Count > 0 || sameAssembly > 0)
    {
        Environment.ExitCode = 1;
    }
}

if (testSources)
{
    // The denominator of AID301: what the rule would report if no test touched anything (types and their members).
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"public APIs: {publicApis}"));
    foreach (var id in selectedIds ?? counts.Keys.ToList())
    {
        var count = counts.TryGetValue(id, out var n) ? n : 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}: {count * 1000.0 / Math.Max(1, publicApis):0.0} per 1,000 public APIs"));
    }
}

if (timing)
{
    // Time spent inside each analyzer's callbacks (Roslyn's own telemetry), not parsing or binding shared with the compiler.
    foreach (var (name, time) in executionTimes.OrderBy(p => p.Key, StringComparer.Ordinal))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {time.TotalMilliseconds:0} ms, {time.TotalMilliseconds * 1000.0 / Math.Max(1, totalLines):0.000} ms per 1,000 lines"));
    }
}

return Environment.ExitCode;

static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() => typeof(RuleIds).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .ToImmutableArray();

// A clone group across projects that do not reference one another is a suggestion in `aidebt scan`
// (CrossProjectClones, cloneKind unrelated-projects): sharing it needs a new project both reference. Only warnings move;
// a group already a suggestion keeps its own kind. The diagnostic's own place and the other copies it lists are the group.
static bool UnrelatedProjectsClone(Diagnostic diagnostic, ProjectBoundaries boundaries)
{
    if (diagnostic.Id != RuleIds.DuplicatedCode || diagnostic.Severity != DiagnosticSeverity.Warning || diagnostic.Location.SourceTree is null)
    {
        return false;
    }

    var files = new List<string> { diagnostic.Location.SourceTree.FilePath };
    foreach (var other in diagnostic.AdditionalLocations)
    {
        if (other.SourceTree is { } tree)
        {
            files.Add(tree.FilePath);
        }
    }

    return boundaries.SpansUnrelatedProjects(files);
}

// Where a finding is, for the fingerprint checks: path relative to the scanned folder and line.
static string PlaceOf(Diagnostic diagnostic, string folder) =>
    diagnostic.Location.SourceTree is null
        ? "<no location>"
        : Path.GetRelativePath(folder, diagnostic.Location.GetLineSpan().Path).Replace('\\', '/') + ":" + (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);

// A project's compilation is named as its build names it (the findings' aidebt.assembly, which baseline entries match):
// by its one project file's literal AssemblyName, else by that file's name, else by its folder.
static string CompilationName(string folder)
{
    var projectFiles = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.csproj") : Array.Empty<string>();
    if (projectFiles.Length != 1)
    {
        return Path.GetFileName(folder);
    }

    try
    {
        var assemblyName = System.Xml.Linq.XDocument.Load(projectFiles[0]).Descendants()
            .Where(e => e.Name.LocalName == "AssemblyName" && e.Attribute("Condition") is null && e.Parent?.Attribute("Condition") is null)
            .Select(e => e.Value.Trim())
            .LastOrDefault(v => v.Length > 0 && !v.Contains("$(", StringComparison.Ordinal));
        return assemblyName ?? Path.GetFileNameWithoutExtension(projectFiles[0]);
    }
    catch (System.Xml.XmlException)
    {
        return Path.GetFileNameWithoutExtension(projectFiles[0]);
    }
}

static string OneLine(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

static void OnAnalyzerException(Exception exception, DiagnosticAnalyzer analyzer, Diagnostic diagnostic)
{
    Console.Error.WriteLine($"AD0001 in {analyzer.GetType().Name}: {exception}");
    Environment.ExitCode = 1;
}

static CSharpParseOptions ParseOptionsFor(string references, IEnumerable<string> defines) =>
    new(LanguageVersion.Preview, preprocessorSymbols: (references == "sdk"
        ? new[] { "NET", "NETCOREAPP", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET8_0_OR_GREATER" }
        : Array.Empty<string>()).Concat(defines));

static ImmutableArray<MetadataReference> LoadReferences(string kind, IReadOnlyList<string> added)
{
    IEnumerable<string> paths = kind switch
    {
        "corlib" => new[] { typeof(object).Assembly.Location },
        "sdk" => SdkReferencePaths(),
        _ => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)),
    };
    if (added.Count == 0)
    {
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }

    // Added references (a desktop runtime pack, a restored project's compile assets) overlap the reference packs and
    // each other: System.Drawing.Common or System.Text.Json come from both. Two assemblies of one name make their types
    // ambiguous (CS0433), which the planner would judge as code it cannot bind, so one of each name is kept: the higher
    // version, as the build's conflict resolution keeps it; on a tie the first, so the reference packs win.
    var kept = new Dictionary<string, (string Path, Version Version)>(StringComparer.OrdinalIgnoreCase);
    var order = new List<string>();
    foreach (var path in paths.Concat(added.SelectMany(AddedReferencePaths)))
    {
        AssemblyName name;
        try
        {
            name = AssemblyName.GetAssemblyName(path);
        }
        catch (BadImageFormatException)
        {
            continue; // a native library beside the managed ones
        }

        var version = name.Version ?? new Version(0, 0);
        if (!kept.TryGetValue(name.Name!, out var existing))
        {
            order.Add(name.Name!);
            kept[name.Name!] = (path, version);
        }
        else if (version > existing.Version)
        {
            kept[name.Name!] = (path, version);
        }
    }

    Console.Error.WriteLine($"references: {order.Count} assemblies ({kind} and {added.Count} added source(s))");
    return order.Select(n => (MetadataReference)MetadataReference.CreateFromFile(kept[n].Path)).ToImmutableArray();
}

// A .dll, a folder's *.dll (not its subfolders), or a text file listing such paths one a line.
static IEnumerable<string> AddedReferencePaths(string path)
{
    if (Directory.Exists(path))
    {
        return Directory.GetFiles(path, "*.dll").OrderBy(p => p, StringComparer.Ordinal);
    }

    if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
    {
        return new[] { path };
    }

    return File.ReadLines(path)
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .SelectMany(line => AddedReferencePaths(Path.GetFullPath(line, Path.GetDirectoryName(path)!)));
}

static IEnumerable<string> SdkReferencePaths()
{
    // The reference packs sit next to the shared runtime: <dotnet>/shared/Microsoft.NETCore.App/<version>/ and <dotnet>/packs/.
    var packs = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "packs");
    return new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }
        .Select(pack => Directory.GetDirectories(Path.Combine(packs, pack)).OrderBy(d => d, StringComparer.Ordinal).Last())
        .SelectMany(dir => Directory.GetFiles(Path.Combine(dir, "ref"), "*.dll", SearchOption.AllDirectories));
}

static int CountLines(SourceText text) => text.Length == 0 ? 0 : text.Lines.Count;

static int CountCodeLines(SyntaxTree tree)
{
    var text = tree.GetText();
    var lines = new HashSet<int>();
    foreach (var token in tree.GetRoot().DescendantTokens())
    {
        if (token.Span.Length > 0)
        {
            lines.Add(text.Lines.GetLineFromPosition(token.SpanStart).LineNumber);
        }
    }

    return lines.Count;
}

// With compileItems (--compile-items), only the files a build compiles, as `aidebt scan <folder>` decides (CompiledFiles).
static IEnumerable<ScanProject> GroupByCompiledProject(string root, bool single, bool excludeTests, bool compileItems)
{
    var all = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
        .Where(file => !("/" + Path.GetRelativePath(root, file).Replace('\\', '/')).Contains("/obj/", StringComparison.Ordinal)
            && !("/" + Path.GetRelativePath(root, file).Replace('\\', '/')).Contains("/bin/", StringComparison.Ordinal))
        .ToList();
    var compiledBy = compileItems ? CompiledBy(root, all) : null;
    var leftOut = 0;
    var groups = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
    var fileProjects = single ? new Dictionary<string, string>(StringComparer.Ordinal) : null;
    var testProjects = new Dictionary<string, bool>(StringComparer.Ordinal);
    foreach (var file in all)
    {
        var relative = "/" + Path.GetRelativePath(root, file).Replace('\\', '/');
        if (excludeTests && IsTestOrSamplePath(relative))
        {
            continue;
        }

        var projectFolder = FindProjectFolder(Path.GetDirectoryName(file)!, root);
        if (compiledBy is not null)
        {
            if (compiledBy.FolderOf(file, projectFolder) is not { } compiling)
            {
                leftOut++;
                continue;
            }

            projectFolder = compiling;
        }

        // A test project named otherwise (TailBlazer.Fixtures, UnitTestsTeslalogger) is known by what it references, as
        // the analyzers know it in a build (ProjectKind): its files are no product code.
        if (excludeTests && projectFolder != root)
        {
            if (!testProjects.TryGetValue(projectFolder, out var isTest))
            {
                testProjects[projectFolder] = isTest = IsTestProject(projectFolder);
            }

            if (isTest)
            {
                continue;
            }
        }

        if (fileProjects is not null)
        {
            // The project a file would be compiled in, kept so the top-level programs of separate projects stay apart.
            fileProjects[file] = projectFolder;
            projectFolder = root;
        }

        if (!groups.TryGetValue(projectFolder, out var list))
        {
            groups[projectFolder] = list = new List<string>();
        }

        list.Add(file);
    }

    if (compileItems)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"--compile-items: {leftOut} .cs file(s) under a project file left out, no project compiles them"));
    }

    foreach (var (folder, files) in groups)
    {
        files.Sort(StringComparer.Ordinal);
        yield return new ScanProject(folder, files, !single && IsTestProject(folder), fileProjects);
    }
}

// The project files under the folder (bin/ and obj/ excluded) and what each compiles.
static CompiledFiles CompiledBy(string root, List<string> files)
{
    var projectFiles = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
        .Where(p => !("/" + Path.GetRelativePath(root, p).Replace('\\', '/')).Contains("/obj/", StringComparison.Ordinal)
            && !("/" + Path.GetRelativePath(root, p).Replace('\\', '/')).Contains("/bin/", StringComparison.Ordinal));
    return new CompiledFiles(projectFiles, files);
}

// Matched against the path below the folder given, so a top-level "samples/" folder (the code of a samples repository)
// is kept while nested sample folders are not; test folders ("tests/" at the top too) and benchmark folders never are.
static bool IsTestOrSamplePath(string relativeWithLeadingSlash)
{
    var path = relativeWithLeadingSlash[1..].ToLowerInvariant();
    string[] excluded = { "/test", "test/", "tests/", ".test", "/bench", "benchmark", "/sample", "/samples/" };
    return excluded.Any(e => path.Contains(e, StringComparison.Ordinal));
}

static string FindProjectFolder(string folder, string root)
{
    for (var current = folder; current is not null && current.Length >= root.Length; current = Path.GetDirectoryName(current))
    {
        if (Directory.EnumerateFiles(current, "*.csproj").Any())
        {
            return current;
        }
    }

    return root;
}

static bool IsTestProject(string folder)
{
    foreach (var project in Directory.EnumerateFiles(folder, "*.csproj"))
    {
        var text = File.ReadAllText(project);
        if (text.Contains("xunit", StringComparison.OrdinalIgnoreCase) || text.Contains("nunit", StringComparison.OrdinalIgnoreCase)
            || text.Contains("MSTest", StringComparison.OrdinalIgnoreCase) || text.Contains("<IsTestProject>true", StringComparison.OrdinalIgnoreCase)
            || text.Contains("TUnit", StringComparison.Ordinal) || Path.GetFileNameWithoutExtension(project).EndsWith(".Tests", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
    }

    return false;
}

// The test sources of a project as the package's build targets find them by name (AiDebtAnalyzers.TestGaps.targets): for a
// project N, the folders N.Tests, N.UnitTests, N.Test and N.IntegrationTests beside its folder and under <folder>/tests,
// plus the folders given with --tests N=folder (the targets' search for test projects that reference N is not repeated
// here: the checks name such projects with --tests, so their commands keep reading what they read); each .cs file (bin/ and obj/ excluded) carries the same metadata the
// targets write. The project's PublicAPI.Shipped.txt and PublicAPI.Unshipped.txt (any folder below it) come along.
static IEnumerable<AdditionalText> TestGapsFiles(string root, ScanProject project, Dictionary<string, List<string>> explicitTests,
    Dictionary<string, Dictionary<string, string>> fileOptions, Dictionary<string, string> globalOptions)
{
    var name = Path.GetFileName(project.Folder);
    var parent = Path.GetDirectoryName(project.Folder)!;
    var candidates = new List<string>();
    foreach (var suffix in new[] { ".Tests", ".UnitTests", ".Test", ".IntegrationTests" })
    {
        candidates.Add(Path.Combine(parent, name + suffix));
        candidates.Add(Path.Combine(root, "tests", name + suffix));
    }

    if (explicitTests.TryGetValue(name, out var given))
    {
        candidates.AddRange(given);
    }

    var seen = new HashSet<string>(StringComparer.Ordinal);
    foreach (var testFolder in candidates.Where(Directory.Exists).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
    {
        foreach (var file in Directory.EnumerateFiles(testFolder, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = "/" + Path.GetRelativePath(testFolder, file).Replace('\\', '/');
            var extension = Path.GetExtension(file).ToLowerInvariant();
            var isScript = TestScripts.Extensions.Contains(extension)
                && !file.Contains(".verified.", StringComparison.Ordinal) && !file.Contains(".received.", StringComparison.Ordinal);
            if ((extension != ".cs" && !isScript) || relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal) || !seen.Add(file))
            {
                continue;
            }

            // As the targets mark them: C# sources, and the templates and scripts the tests load (AiDebtTestScriptExtensions).
            fileOptions[file] = new Dictionary<string, string>(globalOptions, StringComparer.Ordinal)
            {
                [isScript ? "build_metadata.AdditionalFiles.AiDebtTestScript" : "build_metadata.AdditionalFiles.AiDebtTestSource"] = "true",
                ["build_metadata.AdditionalFiles.AiDebtTestProject"] = Path.GetFileName(testFolder),
            };
            yield return new FileText(file);
        }
    }

    foreach (var apiFile in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" }
        .SelectMany(fileName => Directory.EnumerateFiles(project.Folder, fileName, SearchOption.AllDirectories)))
    {
        yield return new FileText(apiFile);
    }
}

/// <param name="FileProjects">With --single-compilation: each file's own project folder (the scanned folder for a file under none).</param>
internal sealed record ScanProject(string Folder, List<string> Files, bool IsTest, IReadOnlyDictionary<string, string>? FileProjects = null);

internal static class TestScripts
{
    /// <summary>The default of AiDebtTestScriptExtensions in build/AiDebtAnalyzers.TestGaps.targets.</summary>
    public static readonly HashSet<string> Extensions = new(StringComparer.Ordinal)
    {
        ".txt", ".liquid", ".scriban", ".sbn", ".sbnhtml", ".sbntxt", ".sbn-html", ".sbn-txt", ".hbs", ".handlebars", ".mustache", ".js",
    };
}

internal sealed class FileText : AdditionalText
{
    public FileText(string path) => Path = path;

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
}

internal sealed class ScanOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ScanOptions global;
    private readonly Dictionary<string, Dictionary<string, string>> perFile;

    public ScanOptionsProvider(Dictionary<string, string> values, Dictionary<string, Dictionary<string, string>> perFile)
    {
        global = new ScanOptions(values);
        this.perFile = perFile;
    }

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => global;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        perFile.TryGetValue(textFile.Path, out var values) ? new ScanOptions(values) : global;
}

// Counts the APIs AID301 looks at with the rule's own definitions (PublicSurface): each reportable type, and each
// reportable member of a type that is not an enum or a delegate.
internal static class PublicApiCount
{
    public static long Of(Compilation compilation)
    {
        var count = 0L;
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    pending.Push(ns);
                }
                else if (member is INamedTypeSymbol type && AiDebtAnalyzers.TestGaps.PublicSurface.IsReportableType(type))
                {
                    pending.Push(type);
                    count++;
                    if (type.TypeKind is not (TypeKind.Enum or TypeKind.Delegate))
                    {
                        count += type.GetMembers().Count(m => AiDebtAnalyzers.TestGaps.PublicSurface.IsReportableMember(m));
                    }
                }
            }
        }

        return count;
    }
}

internal sealed class ScanOptions : AnalyzerConfigOptions
{
    private readonly Dictionary<string, string> values;

    public ScanOptions(Dictionary<string, string> values) => this.values = values;

    public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
}
