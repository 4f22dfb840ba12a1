using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Benchmarks;

/// <summary>
/// Compares AID101 with jscpd on one folder of C# code.
/// <code>
/// dotnet run -c Release --project tests/AiDebtAnalyzers.Benchmarks -- compare FOLDER --jscpd PATH [--min-tokens 50] [--min-lines 5] [--mode renamed] [--references DIR] [--runs 3]
/// dotnet run -c Release --project tests/AiDebtAnalyzers.Benchmarks -- detect FOLDER [--min-tokens 50] [--min-lines 5] [--mode renamed] [--measure [--references DIR]]
/// dotnet run -c Release --project tests/AiDebtAnalyzers.Benchmarks -- phases FOLDER [--references DIR] [--define A;B] [--nullable enable|disable] [--all-groups] [--runs 3]
/// dotnet run -c Release --project tests/AiDebtAnalyzers.Benchmarks -- build-cost FOLDER --references DIR [--define A;B] [--nullable enable|disable] [--concurrent] [--suggestions-hidden] [--dump FILE] [--runs 3]
/// dotnet run -c Release --project tests/AiDebtAnalyzers.Benchmarks -- comments FOLDER [--runs 3] [--check]
/// dotnet run -c Release --project tests/AiDebtAnalyzers.Benchmarks -- rules FOLDER --references DIR [--rules AID401,AID501] [--define A;B] [--nullable enable|disable] [--index-first] [--runs 3]
/// dotnet run -c Release --project tests/AiDebtAnalyzers.Benchmarks -- names FOLDER --references DIR [--define A;B] [--nullable enable|disable]
/// dotnet run -c Release --project tests/AiDebtAnalyzers.Benchmarks -- test-read FOLDER [--define A;B] [--runs 3] [--dump FILE]
/// dotnet run -c Release --project tests/AiDebtAnalyzers.Benchmarks -- compile RSP --base DIR [--rules AID301] [--runs 3] [--cold]
/// </code>
/// <c>compile</c> compiles a project in this process as csc would from its response file (RSP, as a build's binary log or
/// <c>-v:diag</c> shows it; sources, references, defines, additional files and analyzer configs, resolved against DIR,
/// the project folder) and, in alternating warm runs, emits it without analyzers and runs the chosen rules' analyzers on a
/// fresh compilation of the same trees, with the additional files read again each run as a compiler server reads them
/// for each build: it prints each run's processor time of the emit and of each analyzer's actions on their threads.
/// The sources are parsed again for each run (the emit and the analyzers of one run share its trees), as a compiler server
/// parses each build's. Only the additional files' parses are cached across runs, as a compiler server's process keeps them; <c>--cold</c>
/// clears that cache before each run, as a fresh compiler process starts.
/// <c>test-read</c> reads every <c>.cs</c> file under FOLDER as AID301 reads a test project's sources (the test reference
/// index, with an empty cache each run) and prints the files, characters and names read and each run's time (<c>--dump</c>
/// writes every name of every set of the first run's index, sorted, so that two builds of the reader can be compared); run once
/// (<c>--runs 1</c>) in a fresh process it is what one build pays, first use of the code included, and is timed as a whole process.
/// <c>names</c> checks AID101's syntax shortcut for the group kinds on real code: for every name of every copy of every
/// group of the clone index that <c>CloneNameScopes</c> resolves to a local or parameter, the entry taken from the
/// declaration against the entry binding gives; it prints how many names it resolved and every mismatch.
/// <c>compare</c> times, per run, jscpd's whole process, this command's own <c>detect</c> as a whole process (start-up,
/// file reading, parsing and detection, on every core, as jscpd may use), and, in a separate <c>detect --measure</c>
/// process, the analyzer's execution time as the analyzer driver's telemetry reports it (parsing excluded, as in a build
/// where the compiler parses anyway) next to the driver's own cost; it prints medians, ratios and clone counts. Both
/// processes must find the same clone index, copy for copy; the analyzer reports fewer copies (the groups of a reported
/// kind, a set of copied members once), which are counted beside it. <c>--references</c> binds the measured run's
/// compilation against a reference pack, so that its group kinds bind as in a build.
/// The measuring work is kept out of the standalone process so that its whole-process time is only what a user waits for.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: compare FOLDER --jscpd PATH [--min-tokens N] [--min-lines N] [--mode exact|renamed|blind] [--references DIR] [--runs N]\n       detect FOLDER [--min-tokens N] [--min-lines N] [--mode ...] [--measure [--references DIR]]\n       phases FOLDER [--min-tokens N] [--min-lines N] [--mode ...] [--references DIR] [--define A;B] [--nullable enable|disable] [--all-groups] [--runs N]\n       build-cost FOLDER --references DIR [--define A;B] [--nullable enable|disable] [--concurrent] [--suggestions-hidden] [--jit-list] [--dump FILE] [--runs N]\n       comments FOLDER [--runs N] [--check]\n       rules FOLDER --references DIR [--rules ID,ID] [--define A;B] [--nullable enable|disable] [--index-first] [--runs N]\n       names FOLDER --references DIR [--define A;B] [--nullable enable|disable]\n       test-read FOLDER [--define A;B] [--runs N] [--dump FILE]\n       compile RSP [--base DIR] [--rules ID,ID] [--runs N] [--cold]");
            return 2;
        }

        var folder = Path.GetFullPath(args[1]);
        var options = ParseOptions(args);
        return args[0] switch
        {
            "detect" => await DetectCommandAsync(folder, options).ConfigureAwait(false),
            "compare" => await CompareAsync(folder, options).ConfigureAwait(false),
            "phases" => Phases(folder, options),
            "build-cost" => await BuildCostAsync(folder, options).ConfigureAwait(false),
            "comments" => Comments(folder, options),
            "rules" => await RulesAsync(folder, options).ConfigureAwait(false),
            "names" => Names(folder, options),
            "test-read" => TestRead(folder, options),
            "compile" => await CompileAsync(folder, options).ConfigureAwait(false),
            _ => 2,
        };
    }

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--min-tokens"] = "50",
            ["--min-lines"] = "5",
            ["--mode"] = "renamed",
            ["--runs"] = "3",
        };
        for (var i = 2; i < args.Length; i++)
        {
            if (args[i] is "--measure" or "--realized" or "--check" or "--all-groups" or "--index-first" or "--concurrent" or "--cold" or "--suggestions-hidden" or "--jit-list")
            {
                options[args[i]] = "true";
            }
            else if (i + 1 < args.Length)
            {
                options[args[i]] = args[++i];
            }
        }

        return options;
    }

    private static async Task<int> DetectCommandAsync(string folder, Dictionary<string, string> options)
    {
        var result = await DetectAsync(folder, options).ConfigureAwait(false);
        // One line of JSON for the compare command; people read the compare output.
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    public static async Task<DetectResult> DetectAsync(string folder, Dictionary<string, string> options)
    {
        var total = Stopwatch.StartNew();
        var files = SourceFiles(folder);
        var trees = new SyntaxTree[files.Count];
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview).WithPreprocessorSymbols("NET", "NETCOREAPP", "NET8_0_OR_GREATER");
        var config = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["aidebt.duplication.min_tokens"] = options["--min-tokens"],
            ["aidebt.duplication.min_lines"] = options["--min-lines"],
            ["aidebt.duplication.mode"] = options["--mode"],
            ["aidebt.duplication.max_locations"] = "1000",
        };
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FixedOptionsProvider(config));
        var measure = options.ContainsKey("--measure");
        Parallel.For(0, files.Count, i =>
        {
            var text = SourceText.From(File.ReadAllText(files[i]));
            trees[i] = CSharpSyntaxTree.ParseText(text, parseOptions, files[i]);
            if (!measure)
            {
                // A standalone run fingerprints each file on the thread that parsed it; the index finds them cached.
                TreeCloneData.Get(trees[i], CancellationToken.None);
            }
        });
        var parseTime = total.Elapsed;

        return measure
            ? await MeasureAnalyzerAsync(folder, files.Count, trees, analyzerOptions, SettingsOf(options), ReferencesOf(options), parseTime, total).ConfigureAwait(false)
            : DetectStandalone(folder, files.Count, trees, analyzerOptions, SettingsOf(options), parseTime, total);
    }

    /// <summary>
    /// The clone detection a standalone tool runs, as <c>aidebt scan</c> does for clones that span projects: the same
    /// clone index and the same diagnostics as the analyzer, without a compilation and the analyzer driver around them.
    /// </summary>
    private static DetectResult DetectStandalone(string folder, int fileCount, SyntaxTree[] trees, AnalyzerOptions analyzerOptions, CloneSettings settings, TimeSpan parseTime, Stopwatch total)
    {
        var sourceTrees = new List<SyntaxTree>(trees.Length);
        foreach (var tree in trees)
        {
            if (!GeneratedCode.IsGenerated(tree, analyzerOptions, CancellationToken.None))
            {
                sourceTrees.Add(tree);
            }
        }

        var diagnostics = IndexDiagnostics(sourceTrees, settings);
        total.Stop();
        return new DetectResult(fileCount, parseTime.TotalSeconds, 0, 0, 0, total.Elapsed.TotalSeconds, CopiesOf(diagnostics, folder), ReportedCopies: null);
    }

    /// <summary>
    /// One diagnostic per copy of every group of the clone index, as <c>aidebt scan</c> reports the groups no single
    /// compilation holds (no kind, no fold): what the engine detects, before the analyzer sorts groups by kind.
    /// </summary>
    private static List<Diagnostic> IndexDiagnostics(List<SyntaxTree> sourceTrees, CloneSettings settings)
    {
        var index = CloneIndex.Build(sourceTrees, settings, CancellationToken.None);
        var diagnostics = new List<Diagnostic>();
        foreach (var tree in sourceTrees)
        {
            var copiesInTree = index.CopiesIn(tree);
            if (copiesInTree.IsEmpty)
            {
                continue;
            }

            var root = tree.GetRoot();
            foreach (var copy in copiesInTree)
            {
                diagnostics.Add(DuplicatedCodeAnalyzer.CreateDiagnostic(root, copiesInTree, copy, maxLocations: 1000));
            }
        }

        return diagnostics;
    }

    private static CloneSettings SettingsOf(Dictionary<string, string> options) => new(
        DuplicatedCodeAnalyzer.ParseMode(options["--mode"]),
        int.Parse(options["--min-tokens"], CultureInfo.InvariantCulture),
        int.Parse(options["--min-lines"], CultureInfo.InvariantCulture));

    /// <summary>
    /// AID101 through the analyzer driver, with its telemetry and the driver's own cost next to it. Its findings are
    /// fewer than the index's copies: the analyzer leaves out the groups whose kind is not reported and reports a set of
    /// copied members once (the same-members fold), which needs each group's kind from the semantic model. So the copies
    /// this run returns are the index's, built again on the same trees after the timed run (their fingerprints are
    /// cached), to be checked against the standalone run's; the analyzer's own findings are counted beside them.
    /// </summary>
    private static async Task<DetectResult> MeasureAnalyzerAsync(string folder, int fileCount, SyntaxTree[] trees, AnalyzerOptions analyzerOptions, CloneSettings settings, List<MetadataReference>? references, TimeSpan parseTime, Stopwatch total)
    {
        // The driver's own cost (generated-code checks, declaration table, scheduling one action per tree), measured
        // with an analyzer that does nothing, on a compilation of its own so that AID101's run starts as cold.
        var driverCpu = await DriverOverheadCpuAsync(trees).ConfigureAwait(false);

        // Without --references every name is unresolved and the group kinds compare names only; with a reference pack
        // they bind as in a build.
        var compilation = CSharpCompilation.Create("Corpus", trees, (IEnumerable<MetadataReference>?)references ?? Array.Empty<MetadataReference>(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        var analyzer = new DuplicatedCodeAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        var analyzerCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
        total.Stop();
        var sourceTrees = new List<SyntaxTree>(trees.Length);
        foreach (var tree in trees)
        {
            if (!GeneratedCode.IsGenerated(tree, analyzerOptions, CancellationToken.None))
            {
                sourceTrees.Add(tree);
            }
        }

        var reported = CopiesOf(diagnostics, folder);
        return new DetectResult(fileCount, parseTime.TotalSeconds, telemetry.ExecutionTime.TotalSeconds, analyzerCpu.TotalSeconds, driverCpu.TotalSeconds, total.Elapsed.TotalSeconds, CopiesOf(IndexDiagnostics(sourceTrees, settings), folder), reported.Count)
        {
            ReportedGroups = reported.Select(c => c.Group).Distinct(StringComparer.Ordinal).Count(),
        };
    }

    /// <summary>
    /// Where the analyzer's time goes: the per-tree fingerprints, the clone index and the diagnostics, each timed on
    /// freshly parsed trees (the fingerprints are cached per tree), first run and the median of the warm runs after it.
    /// </summary>
    private static int Phases(string folder, Dictionary<string, string> options)
    {
        var files = SourceFiles(folder);
        var texts = new SourceText[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            texts[i] = SourceText.From(File.ReadAllText(files[i]));
        }

        // With --references the trees are parsed with the project's symbols and bound in a compilation, so that the kind
        // of each group (the semantic-model pass the analyzer runs on the groups it found) is timed too.
        var references = ReferencesOf(options);
        var defines = options.TryGetValue("--define", out var defineList) ? defineList.Split(';', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview).WithPreprocessorSymbols(defines);
        var settings = SettingsOf(options);
        var runs = int.Parse(options["--runs"], CultureInfo.InvariantCulture) + 1;
        var fingerprints = new List<double>();
        var indexes = new List<double>();
        var kinds = new List<double>();
        var kindsCpuTimes = new List<double>();
        var kindsMegabytes = new List<double>();
        var reports = new List<double>();
        var groups = 0;
        var copyCount = 0;
        var groupsClassified = 0;
        var phaseFigures = new Dictionary<string, List<(double Cpu, double Megabytes)>>(StringComparer.Ordinal);
        for (var run = 0; run < runs; run++)
        {
            var trees = new SyntaxTree[files.Count];
            for (var i = 0; i < files.Count; i++)
            {
                trees[i] = CSharpSyntaxTree.ParseText(texts[i], parseOptions, files[i]);
                if (options.ContainsKey("--realized")) { foreach (var _ in trees[i].GetRoot().DescendantNodesAndTokens()) { } } else { trees[i].GetRoot(); }
            }

            var watch = Stopwatch.StartNew();
            var phaseCpu = ThreadCpuAnalyzer.ThreadClock();
            var phaseBytes = GC.GetAllocatedBytesForCurrentThread();
            foreach (var tree in trees)
            {
                TreeCloneData.Get(tree, CancellationToken.None);
            }

            fingerprints.Add(watch.Elapsed.TotalSeconds);
            PhaseFigures(phaseFigures, "fingerprints", ref phaseCpu, ref phaseBytes);
            watch.Restart();
            var index = CloneIndex.Build(trees, settings, CancellationToken.None);
            indexes.Add(watch.Elapsed.TotalSeconds);
            PhaseFigures(phaseFigures, "clone index", ref phaseCpu, ref phaseBytes);
            if (references is not null)
            {
                var compilation = CSharpCompilation.Create("Project", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableOf(options), concurrentBuild: false));
                compilation.GetDeclarationDiagnostics();
                phaseCpu = ThreadCpuAnalyzer.ThreadClock();
                phaseBytes = GC.GetAllocatedBytesForCurrentThread();
                var kindsCpu = Process.GetCurrentProcess().TotalProcessorTime;
                var kindsAllocated = GC.GetTotalAllocatedBytes(precise: true);
                watch.Restart();
                // One model per tree, as the analyzer driver hands out the models it caches: a member bound for one group
                // stays bound for the next.
                var models = new Dictionary<SyntaxTree, SemanticModel>();
                SemanticModel ModelOf(SyntaxTree tree) => models.TryGetValue(tree, out var model) ? model : models[tree] = compilation.GetSemanticModel(tree);
                var classified = new Dictionary<CloneGroup, CloneKind>();
                CloneKind KindOf(CloneGroup group) => classified.TryGetValue(group, out var kind) ? kind : classified[group] = CloneKindClassifier.Classify(group, ModelOf, CancellationToken.None);
                if (options.ContainsKey("--all-groups"))
                {
                    foreach (var group in index.Groups)
                    {
                        KindOf(group);
                    }
                }
                else
                {
                    // The kinds the analyzer's report asks for, tree by tree, as its tree actions do.
                    foreach (var tree in trees)
                    {
                        foreach (var copy in index.CopiesIn(tree))
                        {
                            if (DuplicatedCodeAnalyzer.ReportedKind(copy, KindOf) is { } kind)
                            {
                                var folded = DuplicatedCodeAnalyzer.FoldedInto(copy.Group, KindOf);
                                DuplicatedCodeAnalyzer.CarriedBy(copy.Group, KindOf);
                                if (copy.Group.Tokens < settings.WarningMinTokens && !CloneKindClassifier.IsSuggestion(kind))
                                {
                                    DuplicatedCodeAnalyzer.StandsForWarningSizedBlock(copy.Group, folded, KindOf, settings.WarningMinTokens);
                                }
                            }
                        }
                    }
                }

                groupsClassified = classified.Count;
                PhaseFigures(phaseFigures, "group kinds", ref phaseCpu, ref phaseBytes);

                kinds.Add(watch.Elapsed.TotalSeconds);
                kindsCpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - kindsCpu).TotalSeconds);
                kindsMegabytes.Add((GC.GetTotalAllocatedBytes(precise: true) - kindsAllocated) / 1e6);
            }

            watch.Restart();
            foreach (var tree in trees)
            {
                var copies = index.CopiesIn(tree);
                var root = tree.GetRoot();
                foreach (var copy in copies)
                {
                    DuplicatedCodeAnalyzer.CreateDiagnostic(root, copies, copy, maxLocations: 10);
                }
            }

            reports.Add(watch.Elapsed.TotalSeconds);
            PhaseFigures(phaseFigures, "diagnostics", ref phaseCpu, ref phaseBytes);
            groups = index.Groups.Length;
            copyCount = index.Groups.Sum(g => g.Copies.Length);
        }

        static string Row(string name, List<double> times) =>
            FormattableString.Invariant($"{name,-14} first {times[0]:F3} s, warm median {Median(times.Skip(1).ToList()):F3} s, warm minimum {times.Skip(1).Min():F3} s");
        Console.WriteLine("folder: " + folder + " (" + files.Count + " .cs files, " + groups + " groups), single thread");
        Console.WriteLine(Row("fingerprints", fingerprints));
        Console.WriteLine(Row("clone index", indexes));
        if (kinds.Count > 0)
        {
            Console.WriteLine(Row("group kinds", kinds) + FormattableString.Invariant($" ({groupsClassified} groups classified{(options.ContainsKey("--all-groups") ? ", every group" : ", those the report asks for")})"));
            Console.WriteLine(Row("  their CPU", kindsCpuTimes));

            // Allocations follow the binding done and, unlike times, do not depend on the machine's load.
            Console.WriteLine(FormattableString.Invariant($"  allocated     first {kindsMegabytes[0]:F1} MB, warm median {Median(kindsMegabytes.Skip(1).ToList()):F1} MB"));
        }

        Console.WriteLine(Row("diagnostics", reports));
        Console.WriteLine(FormattableString.Invariant($"copies in all groups: {copyCount}; per phase, on this thread (first run; warm median): processor time, allocated"));
        foreach (var (phase, figures) in phaseFigures)
        {
            Console.WriteLine(FormattableString.Invariant($"  {phase,-14} {figures[0].Cpu:F3} s; {Median(figures.Skip(1).Select(f => f.Cpu).ToList()):F3} s   {figures[0].Megabytes:F1} MB; {Median(figures.Skip(1).Select(f => f.Megabytes).ToList()):F1} MB"));
        }

        return 0;
    }

    /// <summary>The processor time (this thread's clock) and allocations of one phase of <c>phases</c>, since the last call.</summary>
    private static void PhaseFigures(Dictionary<string, List<(double Cpu, double Megabytes)>> figures, string phase, ref long cpu, ref long bytes)
    {
        var nowCpu = ThreadCpuAnalyzer.ThreadClock();
        var nowBytes = GC.GetAllocatedBytesForCurrentThread();
        if (!figures.TryGetValue(phase, out var list))
        {
            figures[phase] = list = new List<(double Cpu, double Megabytes)>();
        }

        list.Add(((nowCpu - cpu) / 1e9, (nowBytes - bytes) / 1e6));
        cpu = nowCpu;
        bytes = nowBytes;
    }

    /// <summary>The <c>test-read</c> command: AID301's reading of every <c>.cs</c> file under the folder as test sources.</summary>
    private static int TestRead(string folder, Dictionary<string, string> options)
    {
        var texts = new List<SourceText>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            texts.Add(SourceText.From(File.ReadAllText(path)));
        }

        var symbols = options.TryGetValue("--define", out var define)
            ? ImmutableArray.Create(define.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            : ImmutableArray<string>.Empty;
        var runs = int.Parse(options["--runs"], CultureInfo.InvariantCulture);
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var index = AiDebtAnalyzers.TestGaps.TestReferenceIndex.Build(texts, symbols, new AiDebtAnalyzers.TestGaps.TestReferenceCache(), CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"files {index.FileCount} chars {texts.Sum(t => t.Length)} type names {index.TypeNames.Count} member names {index.MemberNames.Count} read {watch.Elapsed.TotalMilliseconds:F0} ms"));
            if (run == 0 && options.TryGetValue("--dump", out var dumpPath))
            {
                File.WriteAllLines(dumpPath, DumpLines(index));
            }
        }

        return 0;
    }

    /// <summary>Every name of every set of the index, sorted, one a line: two builds of the reader compare by their dumps.</summary>
    private static IEnumerable<string> DumpLines(AiDebtAnalyzers.TestGaps.TestReferenceIndex index)
    {
        var sets = new (string Name, AiDebtAnalyzers.TestGaps.NameSet Set)[]
        {
            ("types", index.TypeNames), ("created", index.CreatedTypes), ("created-with-arguments", index.CreatedWithArguments),
            ("creation-arities", index.CreationArities), ("received", index.ReceivedTypes), ("members", index.MemberNames),
            ("operators", index.Operators), ("subclassed", index.SubclassedTypes), ("subclass-members", index.SubclassMembers),
            ("reflected", index.ReflectedMembers), ("text-paths", index.TextPaths), ("interpolated-calls", index.InterpolatedCalls),
        };
        yield return "element-access " + index.UsesElementAccess;
        foreach (var (name, set) in sets)
        {
            foreach (var entry in set.OrderBy(n => n, StringComparer.Ordinal))
            {
                yield return name + "\t" + entry;
            }
        }
    }

    private static async Task<int> CompileAsync(string responseFile, Dictionary<string, string> options)
    {
        var baseDirectory = Path.GetFullPath(options.TryGetValue("--base", out var folder) ? folder : Directory.GetCurrentDirectory());
        var arguments = CSharpCommandLineParser.Default.Parse(new[] { "@" + responseFile }, baseDirectory, sdkDirectory: null);
        foreach (var error in arguments.Errors)
        {
            Console.Error.WriteLine(error);
        }

        var rules = (options.TryGetValue("--rules", out var ruleList) ? ruleList : "AID301").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var analyzers = AnalyzersFor(rules);
        var timed = analyzers.Select(a => new ThreadCpuAnalyzer(a)).ToList();
        // Parsed again for each run, as a compiler server parses each build's sources: a tree kept across runs would keep
        // what analyzers cache per tree (the clone index's, the comment index's) and its realized nodes warm.
        List<SyntaxTree> Parse() => arguments.SourceFiles
            .Select(file => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(file.Path)), arguments.ParseOptions, file.Path))
            .ToList();
        var trees = Parse();
        var references = arguments.MetadataReferences
            .Select(reference => (MetadataReference)MetadataReference.CreateFromFile(Path.GetFullPath(reference.Reference, baseDirectory)))
            .ToList();
        var configs = arguments.AnalyzerConfigPaths.Select(path => AnalyzerConfig.Parse(SourceText.From(File.ReadAllText(path)), Path.GetFullPath(path, baseDirectory))).ToList();
        var configSet = AnalyzerConfigSet.Create(configs);
        var compilationOptions = arguments.CompilationOptions.WithConcurrentBuild(false);
        var testSources = arguments.AdditionalFiles.Count(file => configSet.GetOptionsForSourcePath(file.Path).AnalyzerOptions.TryGetValue(AiDebtAnalyzers.TestGaps.UntestedPublicApiAnalyzer.TestSourceMetadata, out var marked) && marked == "true");
        Console.WriteLine(FormattableString.Invariant($"{testSources} of the additional files are test sources"));
        var cold = options.ContainsKey("--cold");
        var optionsProvider = new ConfigSetOptionsProvider(configSet);
        var runs = int.Parse(options["--runs"], CultureInfo.InvariantCulture) + 1;
        var emitTimes = new List<double>();
        var analyzerTimes = analyzers.ToDictionary(a => a, _ => new List<double>());
        Console.WriteLine(FormattableString.Invariant($"{trees.Count} sources, {references.Count} references, {arguments.AdditionalFiles.Length} additional files, {configs.Count} analyzer configs; load average at the start: {File.ReadAllText("/proc/loadavg").Trim()}"));
        for (var run = 0; run < runs; run++)
        {
            if (run > 0)
            {
                trees = Parse();
            }

            var emitted = CSharpCompilation.Create(arguments.CompilationName ?? "Project", trees, references, compilationOptions);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var start = ThreadCpuAnalyzer.ThreadClock();
            using (var stream = new MemoryStream())
            {
                var result = emitted.Emit(stream);
                if (!result.Success)
                {
                    Console.Error.WriteLine("emit failed: " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
                    return 1;
                }
            }

            emitTimes.Add((ThreadCpuAnalyzer.ThreadClock() - start) / 1e9);

            if (cold)
            {
                AiDebtAnalyzers.TestGaps.TestReferenceCache.Shared.Clear();
            }

            // A new compilation, so that the analyzers bind as in a build rather than reading the emit's bound bodies.
            var analyzed = CSharpCompilation.Create(arguments.CompilationName ?? "Project", trees, references, compilationOptions);
            var additionalFiles = arguments.AdditionalFiles.Select(file => (AdditionalText)new FileText(file.Path)).ToImmutableArray();
            var analyzerOptions = new AnalyzerOptions(additionalFiles, optionsProvider);
            foreach (var wrapper in timed)
            {
                wrapper.Reset();
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            var withAnalyzers = analyzed.WithAnalyzers(
                timed.ToImmutableArray<DiagnosticAnalyzer>(),
                new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            var line = FormattableString.Invariant($"run {run + 1}{(run == 0 ? " (first use)" : string.Empty)}: emit {emitTimes[^1]:F2} s CPU;");
            for (var i = 0; i < analyzers.Count; i++)
            {
                analyzerTimes[analyzers[i]].Add(timed[i].CpuSeconds);
                line += FormattableString.Invariant($" {analyzers[i].SupportedDiagnostics[0].Id} {timed[i].CpuSeconds:F3} s CPU ({timed[i].CpuSeconds / emitTimes[^1]:P1} of the emit; JIT {timed[i].JitSeconds:F3} s, {timed[i].JitMethods} methods)");
            }

            Console.WriteLine(line + FormattableString.Invariant($"; {diagnostics.Length} diagnostics (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})"));
        }

        var emitMedian = Median(emitTimes.Skip(1).ToList());
        Console.WriteLine(FormattableString.Invariant($"warm runs (median of {runs - 1}): emit {emitMedian:F2} s CPU"));
        foreach (var analyzer in analyzers)
        {
            var median = Median(analyzerTimes[analyzer].Skip(1).ToList());
            Console.WriteLine(FormattableString.Invariant($"  {median:F3} s CPU ({median / emitMedian:P1} of the emit)  {analyzer.GetType().Name}"));
        }

        return 0;
    }

    private static List<DiagnosticAnalyzer> AnalyzersFor(string[] rules)
    {
        var analyzers = new List<DiagnosticAnalyzer>();
        foreach (var type in typeof(DuplicatedCodeAnalyzer).Assembly.GetTypes())
        {
            if (type.IsAbstract || !typeof(DiagnosticAnalyzer).IsAssignableFrom(type) || type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length == 0)
            {
                continue;
            }

            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
            if (analyzer.SupportedDiagnostics.Any(d => rules.Contains(d.Id)))
            {
                analyzers.Add(analyzer);
            }
        }

        analyzers.Sort((a, b) => string.CompareOrdinal(a.SupportedDiagnostics[0].Id, b.SupportedDiagnostics[0].Id));
        return analyzers;
    }

    /// <summary>An additional file read from disk when an analyzer first asks, as the compiler reads it once per build.</summary>
    private sealed class FileText : AdditionalText
    {
        private readonly Lazy<SourceText> text;

        public FileText(string path)
        {
            Path = path;
            text = new Lazy<SourceText>(() => SourceText.From(File.ReadAllText(path)));
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text.Value;
    }

    /// <summary>The options the compiler gives analyzers from the project's .editorconfig and global config files.</summary>
    private sealed class ConfigSetOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigSet set;

        public ConfigSetOptionsProvider(AnalyzerConfigSet set)
        {
            this.set = set;
            GlobalOptions = new FixedOptions(new Dictionary<string, string>(set.GlobalConfigOptions.AnalyzerOptions, AnalyzerConfigOptions.KeyComparer));
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => OptionsFor(tree.FilePath);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => OptionsFor(textFile.Path);

        // Computed once per file, as the compiler computes them before the analyzers run.
        private readonly ConcurrentDictionary<string, FixedOptions> byPath = new(StringComparer.Ordinal);

        private FixedOptions OptionsFor(string path) =>
            byPath.GetOrAdd(path, file => new FixedOptions(new Dictionary<string, string>(set.GetOptionsForSourcePath(file).AnalyzerOptions, AnalyzerConfigOptions.KeyComparer)));
    }

    /// <summary>
    /// The <c>names</c> command: the entries <c>CloneNameScopes</c> lets the group kinds take from declarations, against
    /// the entries binding gives, over every name of every copy of the clone index.
    /// </summary>
    private static int Names(string folder, Dictionary<string, string> options)
    {
        var references = ReferencesOf(options);
        if (references is null)
        {
            Console.Error.WriteLine("names needs --references DIR");
            return 2;
        }

        var files = SourceFiles(folder);
        var defines = options.TryGetValue("--define", out var defineList) ? defineList.Split(';', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview).WithPreprocessorSymbols(defines);
        var trees = new SyntaxTree[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            trees[i] = CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(files[i])), parseOptions, files[i]);
        }

        var index = CloneIndex.Build(trees, SettingsOf(options), CancellationToken.None);
        var compilation = CSharpCompilation.Create("Project", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableOf(options), concurrentBuild: false));
        var models = new Dictionary<SyntaxTree, SemanticModel>();
        SemanticModel ModelOf(SyntaxTree tree) => models.TryGetValue(tree, out var model) ? model : models[tree] = compilation.GetSemanticModel(tree);
        int copies = 0, names = 0, resolved = 0, declaredNull = 0, mismatches = 0, withScopes = 0;
        foreach (var group in index.Groups)
        {
            foreach (var copy in group.Copies)
            {
                copies++;
                var model = ModelOf(copy.Tree);
                var scopes = CloneNameScopes.Of(copy.Tree, copy.Span, model, CancellationToken.None);
                withScopes += scopes is null ? 0 : 1;
                INamedTypeSymbol? enclosing = null;
                var enclosingKnown = false;
                foreach (var token in copy.Tree.GetRoot().DescendantTokens(copy.Span))
                {
                    if (!token.IsKind(SyntaxKind.IdentifierToken) || !copy.Span.Contains(token.Span))
                    {
                        continue;
                    }

                    names++;
                    if (scopes?.DeclarationOf(token) is not { } declaration)
                    {
                        continue;
                    }

                    resolved++;
                    var declared = CloneKindClassifier.DeclaredEntry(token, declaration, model, CancellationToken.None);
                    if (declared is null)
                    {
                        declaredNull++;
                        continue;
                    }

                    if (!enclosingKnown)
                    {
                        enclosing = CloneKindClassifier.EnclosingType(token.Parent, model, CancellationToken.None);
                        enclosingKnown = true;
                    }

                    var bound = CloneKindClassifier.EntryOf(token, model, enclosing, CancellationToken.None);
                    if (!string.Equals(declared, bound, StringComparison.Ordinal))
                    {
                        mismatches++;
                        var line = token.GetLocation().GetLineSpan();
                        Console.WriteLine(FormattableString.Invariant($"mismatch {line.Path}:{line.StartLinePosition.Line + 1} {token.ValueText}: declared {declared}, bound {bound}"));
                    }
                }
            }
        }

        Console.WriteLine(FormattableString.Invariant($"folder: {folder}: {index.Groups.Length} groups, {copies} copies ({withScopes} in members syntax can resolve), {names} names; resolved to a local or parameter {resolved} ({declaredNull} of them left to binding: in nameof, or a receiver whose type has its name); mismatches {mismatches}"));
        return mismatches == 0 ? 0 : 1;
    }

    /// <summary>
    /// The nullable context of the compilations <c>phases</c> and <c>build-cost</c> create: <c>--nullable disable</c> for a
    /// project that turns it off (MathNet.Numerics), where the semantic model binds the statement that holds a name rather
    /// than its whole member; enabled otherwise.
    /// </summary>
    private static NullableContextOptions NullableOf(Dictionary<string, string> options) =>
        options.TryGetValue("--nullable", out var nullable) && nullable == "disable" ? NullableContextOptions.Disable : NullableContextOptions.Enable;

    private static List<MetadataReference>? ReferencesOf(Dictionary<string, string> options)
    {
        if (!options.TryGetValue("--references", out var referenceFolder))
        {
            return null;
        }

        var references = new List<MetadataReference>();
        foreach (var dll in Directory.EnumerateFiles(referenceFolder, "*.dll"))
        {
            references.Add(MetadataReference.CreateFromFile(dll));
        }

        return references;
    }

    /// <summary>
    /// AID101's cost against the compiler's on one project, everything on one thread, so that waiting between concurrent
    /// actions does not enter the figures: the compiler's processor time to parse, compile and emit, and AID101's own
    /// execution time as the driver's telemetry (what -p:ReportAnalyzer=true reports) counts it. Per run, the same files are parsed,
    /// compiled and emitted, then analyzed by AID101 through the analyzer driver on trees parsed anew (its fingerprints are
    /// cached per tree). The first run includes JIT compilation of both, as a build without the compiler server does.
    /// </summary>
    private static async Task<int> BuildCostAsync(string folder, Dictionary<string, string> options)
    {
        if (!options.ContainsKey("--references"))
        {
            Console.Error.WriteLine("build-cost needs --references DIR (a reference pack, e.g. /usr/share/dotnet/packs/Microsoft.NETCore.App.Ref/10.0.12/ref/net10.0)");
            return 2;
        }

        var files = SourceFiles(folder);
        var texts = new SourceText[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            texts[i] = SourceText.From(File.ReadAllText(files[i]));
        }

        var references = ReferencesOf(options)!;
        var defines = options.TryGetValue("--define", out var defineList) ? defineList.Split(';', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithPreprocessorSymbols(defines);
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableOf(options), concurrentBuild: false);
        // --suggestions-hidden: what the package's targets tell a command-line build that writes no error log.
        var globalValues = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.ContainsKey("--suggestions-hidden"))
        {
            globalValues[ShownSuggestions.Key] = "false";
        }

        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FixedOptionsProvider(globalValues));
        var runs = int.Parse(options["--runs"], CultureInfo.InvariantCulture) + 1;
        var compileTimes = new List<double>();
        var analyzerTimes = new List<double>();
        var analyzerCpu = new List<double>();
        var analyzerAllocated = new List<double>();
        var concurrent = options.ContainsKey("--concurrent");
        var copies = 0;
        for (var run = 0; run < runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var compilation = CSharpCompilation.Create("Project", Parse(texts, files, parseOptions), references, compilationOptions);
            using (var peStream = new MemoryStream())
            {
                compilation.Emit(peStream);
            }

            compileTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);

            var analyzed = CSharpCompilation.Create("Project", Parse(texts, files, parseOptions), references, compilationOptions);
            var analyzer = new ThreadCpuAnalyzer(new DuplicatedCodeAnalyzer());
            var withAnalyzers = analyzed.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
                new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: true));
            using (var jitList = run == 0 && options.ContainsKey("--jit-list") ? new JitListener() : null)
            {
                var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
                copies = diagnostics.Length;
                jitList?.Print();
                if (run == 0 && options.TryGetValue("--dump", out var dumpPath))
                {
                    // Every finding as a build prints it (place, severity, message) with its fingerprint, debt, kind, size
                    // and other copies, sorted: two benchmarks' files compare their findings byte for byte.
                    File.WriteAllLines(dumpPath, diagnostics
                        .Select(d => d.Location.GetLineSpan() + " " + d.Id + " " + d.Severity + " " + d.GetMessage(CultureInfo.InvariantCulture) + " " + d.Properties.GetValueOrDefault(DebtProperties.Fingerprint) + " " + d.Properties.GetValueOrDefault(DebtProperties.DebtMinutes)
                            + " " + d.Properties.GetValueOrDefault(DuplicatedCodeAnalyzer.CloneKindProperty) + " " + d.Properties.GetValueOrDefault(DuplicatedCodeAnalyzer.CloneSizeProperty) + " " + string.Join(",", d.AdditionalLocations.Select(l => l.GetLineSpan().ToString())))
                        .OrderBy(line => line, StringComparer.Ordinal));
                }
            }

            analyzerCpu.Add(analyzer.CpuSeconds);
            analyzerAllocated.Add(analyzer.AllocatedBytes / 1e6);
            Console.WriteLine(FormattableString.Invariant($"run {run}: AID101 thread CPU {analyzer.CpuSeconds:F3} s (JIT {analyzer.JitSeconds:F3} s, {analyzer.JitMethods} methods), allocated {analyzer.AllocatedBytes / 1e6:F1} MB in its actions, {copies} diagnostics"));
            foreach (var (kind, figures) in analyzer.ByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                Console.WriteLine(FormattableString.Invariant($"  {kind} actions: {figures[2]}, thread CPU {figures[0] / 1e9:F3} s, wall {TimeSpan.FromTicks(figures[3]).TotalSeconds:F3} s (waits included), allocated {figures[1] / 1e6:F1} MB"));
            }

            // The analyzer's own actions, as -p:ReportAnalyzer=true counts them; on one thread nothing waits inside them.
            // The driver's work around them (compilation events, binding) is work the compiler does in a build anyway.
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
            analyzerTimes.Add(telemetry.ExecutionTime.TotalSeconds);
        }

        Console.WriteLine("folder: " + folder + " (" + files.Count + " .cs files, " + copies + " AID101 diagnostics), one thread: compiler processor time, AID101 execution time");
        Console.WriteLine(FormattableString.Invariant($"first run (JIT included): compile and emit {compileTimes[0]:F2} s, AID101 {analyzerTimes[0]:F3} s, share {analyzerTimes[0] / compileTimes[0]:P1}"));
        if (runs == 1)
        {
            // --runs 0: the first run alone, as a fresh compiler process pays it.
            return 0;
        }

        var warmCompile = Median(compileTimes.Skip(1).ToList());
        var warmAnalyzer = Median(analyzerTimes.Skip(1).ToList());
        Console.WriteLine(FormattableString.Invariant($"warm runs (median of {runs - 1}):   compile and emit {warmCompile:F2} s, AID101 {warmAnalyzer:F3} s, share {warmAnalyzer / warmCompile:P1}"));
        Console.WriteLine(FormattableString.Invariant($"AID101 in its actions, warm median: thread CPU {Median(analyzerCpu.Skip(1).ToList()):F3} s, allocated {Median(analyzerAllocated.Skip(1).ToList()):F1} MB"));
        var fastestCompile = compileTimes.Skip(1).Min();
        var fastestAnalyzer = analyzerTimes.Skip(1).Min();
        Console.WriteLine(FormattableString.Invariant($"warm runs (fastest of {runs - 1}):  compile and emit {fastestCompile:F2} s, AID101 {fastestAnalyzer:F3} s, share {fastestAnalyzer / fastestCompile:P1}"));
        return 0;
    }

    /// <summary>
    /// What each of a set of rules spends in the analyzer driver, on one thread, as <c>-p:ReportAnalyzer=true</c> counts it
    /// (the driver's telemetry: the time inside each analyzer's actions; on one thread nothing waits inside them), with
    /// the process's processor time for the whole analysis beside it and the number of diagnostics per rule (the same
    /// findings before and after a change). The analyzers are those of the package that report the named rules (default:
    /// the comment rules and AID203 at the <c>Default</c> preset's warning severity), at their default options. Per run
    /// the files are parsed anew, so the per-tree caches (the comment index among them) start empty as in a build. With
    /// <c>--index-first</c> each tree's comment index is built and every answer the rules read computed before the driver
    /// runs, timed apart in processor time: the analyzers' figures are then their own work, without the shared index
    /// that otherwise goes to whichever of them reaches a tree first.
    /// </summary>
    private static async Task<int> RulesAsync(string folder, Dictionary<string, string> options)
    {
        if (!options.ContainsKey("--references"))
        {
            Console.Error.WriteLine("rules needs --references DIR (a reference pack)");
            return 2;
        }

        var rules = (options.TryGetValue("--rules", out var ruleList) ? ruleList : "AID203,AID401,AID402,AID501,AID502,AID503")
            .Split(',', StringSplitOptions.RemoveEmptyEntries);
        var analyzers = AnalyzersFor(rules);
        var timed = analyzers.Select(a => new ThreadCpuAnalyzer(a)).ToList();
        var files = SourceFiles(folder);
        var texts = new SourceText[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            texts[i] = SourceText.From(File.ReadAllText(files[i]));
        }

        var references = ReferencesOf(options)!;
        var defines = options.TryGetValue("--define", out var defineList) ? defineList.Split(';', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithPreprocessorSymbols(defines);
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableOf(options), concurrentBuild: false);
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FixedOptionsProvider(new Dictionary<string, string>(StringComparer.Ordinal)));
        var indexFirst = options.ContainsKey("--index-first");
        var runs = int.Parse(options["--runs"], CultureInfo.InvariantCulture) + 1;
        var times = analyzers.ToDictionary(a => a, _ => new List<double>());
        var cpuByAnalyzer = analyzers.ToDictionary(a => a, _ => new List<double>());
        var indexTimes = new List<double>();
        var cpuTimes = new List<double>();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        Console.WriteLine("load average at the start: " + File.ReadAllText("/proc/loadavg").Trim());
        for (var run = 0; run < runs; run++)
        {
            var trees = Parse(texts, files, parseOptions);
            var compilation = CSharpCompilation.Create("Project", trees, references, compilationOptions);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            if (indexFirst)
            {
                long answers = 0;
                foreach (var tree in trees)
                {
                    foreach (var comment in Residue.CommentIndex.Get(tree, CancellationToken.None).Comments)
                    {
                        answers += comment.Text.Length + comment.Line + (comment.IsAloneOnLine ? 1 : 0) + (int)comment.Elision + (int)comment.Placeholder + (int)comment.Chatbot;
                    }
                }

                GC.KeepAlive(answers);
                indexTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
            }

            foreach (var wrapper in timed)
            {
                wrapper.Reset();
            }

            var withAnalyzers = compilation.WithAnalyzers(
                timed.ToImmutableArray<DiagnosticAnalyzer>(),
                new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            cpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            counts.Clear();
            foreach (var diagnostic in diagnostics)
            {
                counts[diagnostic.Id] = counts.TryGetValue(diagnostic.Id, out var count) ? count + 1 : 1;
            }

            var line = FormattableString.Invariant($"run {run + 1}: ");
            if (indexFirst)
            {
                line += FormattableString.Invariant($"comment index first {indexTimes[^1]:F3} s CPU; ");
            }

            line += FormattableString.Invariant($"driver {cpuTimes[^1]:F2} s CPU;");
            for (var i = 0; i < analyzers.Count; i++)
            {
                var analyzer = analyzers[i];
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(timed[i], CancellationToken.None).ConfigureAwait(false);
                times[analyzer].Add(telemetry.ExecutionTime.TotalSeconds);
                cpuByAnalyzer[analyzer].Add(timed[i].CpuSeconds);
                line += FormattableString.Invariant($" {analyzer.SupportedDiagnostics[0].Id} {telemetry.ExecutionTime.TotalSeconds:F3} ({timed[i].CpuSeconds:F3} CPU)");
            }

            Console.WriteLine(line + " (load " + File.ReadAllText("/proc/loadavg").Split(' ')[0] + ")");
        }

        Console.WriteLine("folder: " + folder + " (" + files.Count + " .cs files), one thread; diagnostics: " + string.Join(", ", counts.Select(c => c.Key + " " + c.Value)));
        Console.WriteLine("warm runs (median of " + (runs - 1) + "): execution time as ReportAnalyzer counts it (wall, waits for the processor included), and the processor time of the analyzer's actions on their thread:");
        foreach (var analyzer in analyzers)
        {
            Console.WriteLine(FormattableString.Invariant($"  {Median(times[analyzer].Skip(1).ToList()):F3} s wall  {Median(cpuByAnalyzer[analyzer].Skip(1).ToList()):F3} s CPU  {analyzer.GetType().Name} ({string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct())})"));
        }

        if (indexFirst)
        {
            Console.WriteLine(FormattableString.Invariant($"  {Median(indexTimes.Skip(1).ToList()):F3} s  the comment index and every answer, built first (processor time)"));
        }

        Console.WriteLine(FormattableString.Invariant($"  {Median(cpuTimes.Skip(1).ToList()):F2} s  the driver's whole analysis (processor time; binding included)"));
        Console.WriteLine("load average at the end: " + File.ReadAllText("/proc/loadavg").Trim());
        return 0;
    }

    private static SyntaxTree[] Parse(SourceText[] texts, List<string> files, CSharpParseOptions parseOptions)
    {
        var trees = new SyntaxTree[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            trees[i] = CSharpSyntaxTree.ParseText(texts[i], parseOptions, files[i]);
        }

        return trees;
    }

    private static List<CloneCopyResult> CopiesOf(IEnumerable<Diagnostic> diagnostics, string folder)
    {
        var copies = new List<CloneCopyResult>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id != RuleIds.DuplicatedCode)
            {
                continue;
            }

            var span = diagnostic.Location.GetLineSpan();
            copies.Add(new CloneCopyResult(
                diagnostic.Properties[DuplicatedCodeAnalyzer.CloneGroupProperty]!,
                diagnostic.Properties[DuplicatedCodeAnalyzer.CloneTypeProperty]!,
                Path.GetRelativePath(folder, span.Path),
                span.StartLinePosition.Line + 1,
                span.EndLinePosition.Line + 1));
        }

        return copies;
    }

    private static async Task<TimeSpan> DriverOverheadCpuAsync(SyntaxTree[] trees)
    {
        var compilation = CSharpCompilation.Create("Baseline", trees, Array.Empty<MetadataReference>(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyTreeAnalyzer()),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        return Process.GetCurrentProcess().TotalProcessorTime - before;
    }

    /// <summary>Registers what AID101 registers and does nothing: what is left is the driver's own cost.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyTreeAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("BENCH001", "Empty", "Empty", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => start.RegisterSyntaxTreeAction(_ => { }));
        }
    }

    /// <summary>
    /// The comment rules' shared per-tree work on one thread, in processor time (robust to other work on the machine):
    /// the comment index (the comments found, then every answer the rules read: text, line, layout and the three phrase
    /// detectors' verdicts, as in a build where every comment rule runs), the provenance parse that reads it, and each
    /// detector alone over every comment. Trees are parsed afresh for each run, outside the timings, so the first search
    /// of each run realizes the red nodes as the first rule in a build does. <c>--check</c> compares the index of every
    /// tree with a walk over every token's trivia (the way the index was built before it scanned the text) and prints
    /// the differences; the check runs outside the timings.
    /// </summary>
    private static int Comments(string folder, Dictionary<string, string> options)
    {
        var files = SourceFiles(folder);
        var texts = files.Select(file => SourceText.From(File.ReadAllText(file))).ToList();
        var runs = int.Parse(options["--runs"], CultureInfo.InvariantCulture);
        var detectors = new (string Name, Func<string, int> Classify)[]
        {
            ("elision", text => (int)Residue.ElisionPhrases.Classify(text)),
            ("placeholder", text => (int)Residue.PlaceholderPhrases.Classify(text)),
            ("chatbot", text => (int)Residue.ChatbotArtifacts.Classify(text)),
        };
        var comments = 0;
        for (var run = 0; run < runs; run++)
        {
            var trees = texts.Select((text, i) => CSharpSyntaxTree.ParseText(text, path: files[i])).ToList();

            // The previous run's trees are garbage now: collect them here, not on a collector thread inside the timings.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var start = ProcessorTime();
            foreach (var tree in trees)
            {
                Residue.CommentIndex.Get(tree, CancellationToken.None);
            }

            var found = ProcessorTime() - start;
            var indexed = new List<string>();
            var answers = 0L;
            foreach (var tree in trees)
            {
                foreach (var comment in Residue.CommentIndex.Get(tree, CancellationToken.None).Comments)
                {
                    indexed.Add(comment.Text);
                    answers += comment.Line + (comment.IsAloneOnLine ? 1 : 0) + (int)comment.Elision + (int)comment.Placeholder + (int)comment.Chatbot;
                }
            }

            var index = ProcessorTime() - start;
            start = ProcessorTime();
            foreach (var tree in trees)
            {
                Provenance.ProvenanceParser.Get(tree, CancellationToken.None);
            }

            var parse = ProcessorTime() - start;
            start = ProcessorTime();
            var codeLines = 0;
            foreach (var tree in trees)
            {
                var root = tree.GetRoot();
                codeLines += Provenance.RegionHash.CountCodeLines(root, tree.GetText(), root.FullSpan);
            }

            var line = FormattableString.Invariant($"run {run + 1}: comment index {index:F3} s (comments found {found:F3} s), provenance parse after it {parse:F3} s, code lines {ProcessorTime() - start:F3} s ({codeLines})");
            foreach (var (name, classify) in detectors)
            {
                start = ProcessorTime();
                foreach (var text in indexed)
                {
                    classify(text);
                }

                line += FormattableString.Invariant($", {name} alone {ProcessorTime() - start:F3} s");
            }

            comments = indexed.Count;
            GC.KeepAlive(answers);
            Console.WriteLine(line);
            if (options.ContainsKey("--check") && run == 0)
            {
                Console.WriteLine(CheckCommentIndex(trees));
                Console.WriteLine(CheckCodeLines(trees));
            }
        }

        Console.WriteLine(FormattableString.Invariant($"folder: {folder} ({texts.Count} .cs files, {comments} comments), processor time of the process; the work runs on one thread"));
        return 0;

        static double ProcessorTime() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    }

    /// <summary>
    /// AID400's count of code lines against the token walk of the region hash: the whole file, each member declaration,
    /// and spans drawn with a fixed seed, each with and without an excluded part inside it.
    /// </summary>
    private static string CheckCodeLines(List<SyntaxTree> trees)
    {
        var random = new Random(400);
        var compared = 0;
        var differences = new List<string>();
        foreach (var tree in trees)
        {
            var root = tree.GetRoot();
            var text = tree.GetText();
            var spans = new List<TextSpan> { root.FullSpan };
            spans.AddRange(root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>().Select(member => member.Span));
            for (var i = 0; i < 20 && text.Length > 0; i++)
            {
                var a = random.Next(text.Length + 1);
                var b = random.Next(text.Length + 1);
                spans.Add(TextSpan.FromBounds(Math.Min(a, b), Math.Max(a, b)));
            }

            foreach (var span in spans)
            {
                var excluded = TextSpan.FromBounds(span.Start + (span.Length / 3), span.Start + (2 * span.Length / 3));
                foreach (var skip in new TextSpan?[] { null, excluded })
                {
                    compared++;
                    var walked = Provenance.RegionHash.Compute(root, text, span, skip).Lines;
                    var counted = Provenance.RegionHash.CountCodeLines(root, text, span, skip);
                    if (walked != counted)
                    {
                        differences.Add($"{tree.FilePath} {span} excluding {skip}: {walked} walked, {counted} counted");
                    }
                }
            }
        }

        return $"code lines check: {compared} spans compared, {differences.Count} differences" + string.Concat(differences.Take(20).Select(d => "\n  " + d));
    }

    /// <summary>Every tree's comment index against a walk over every token's trivia: the same comments, answers and order.</summary>
    private static string CheckCommentIndex(List<SyntaxTree> trees)
    {
        var compared = 0;
        var documentation = 0;
        var differences = new List<string>();
        foreach (var tree in trees)
        {
            var text = tree.GetText();
            var index = Residue.CommentIndex.Get(tree, CancellationToken.None);
            var walked = new List<SyntaxTrivia>();
            var walkedDocumentation = new List<SyntaxTrivia>();
            foreach (var trivia in tree.GetRoot().DescendantTrivia(descendIntoTrivia: false))
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
                {
                    walked.Add(trivia);
                }
                else if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
                {
                    walkedDocumentation.Add(trivia);
                }
            }

            documentation += walkedDocumentation.Count;
            if (!walkedDocumentation.SequenceEqual(index.DocumentationComments))
            {
                differences.Add($"{tree.FilePath}: documentation comments differ ({walkedDocumentation.Count} walked, {index.DocumentationComments.Length} indexed)");
            }

            if (walked.Count != index.Comments.Length)
            {
                differences.Add($"{tree.FilePath}: {walked.Count} comments walked, {index.Comments.Length} indexed");
                continue;
            }

            for (var i = 0; i < walked.Count; i++)
            {
                var trivia = walked[i];
                var comment = index.Comments[i];
                var expectedText = trivia.ToString();
                compared++;
                if (trivia != comment.Trivia || expectedText != comment.Text
                    || text.Lines.GetLineFromPosition(trivia.SpanStart).LineNumber != comment.Line
                    || CommentLayout.IsAloneOnLine(text, trivia.Span) != comment.IsAloneOnLine
                    || Residue.ElisionPhrases.Classify(expectedText) != comment.Elision
                    || Residue.PlaceholderPhrases.Classify(expectedText) != comment.Placeholder
                    || Residue.ChatbotArtifacts.Classify(expectedText) != comment.Chatbot)
                {
                    differences.Add(FormattableString.Invariant($"{tree.FilePath}: comment {i} at {trivia.SpanStart} differs"));
                }
            }
        }

        return FormattableString.Invariant($"check against the walk: {compared} comments and {documentation} documentation comments compared, {differences.Count} differences")
            + (differences.Count == 0 ? string.Empty : Environment.NewLine + string.Join(Environment.NewLine, differences.Take(20)));
    }

    private static List<string> SourceFiles(string folder)
    {
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (!relative.Contains("/bin/", StringComparison.Ordinal) && !relative.Contains("/obj/", StringComparison.Ordinal)
                && !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                files.Add(file);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static async Task<int> CompareAsync(string folder, Dictionary<string, string> options)
    {
        if (!options.TryGetValue("--jscpd", out var jscpd))
        {
            Console.Error.WriteLine("compare needs --jscpd PATH (the jscpd 5.3.3 binary, e.g. node_modules/.bin/jscpd)");
            return 2;
        }

        var runs = int.Parse(options["--runs"], CultureInfo.InvariantCulture);
        var self = Environment.ProcessPath!;
        var selfDll = typeof(Program).Assembly.Location;
        var jscpdTimes = new List<double>();
        var detectTimes = new List<double>();
        var analyzerTimes = new List<double>();
        var parseTimes = new List<double>();
        var jscpdCpuTimes = new List<double>();
        var analyzerCpuTimes = new List<double>();
        var driverCpuTimes = new List<double>();
        var detectCpuTimes = new List<double>();
        DetectResult? detect = null;
        DetectResult? reported = null;
        List<JscpdClone>? jscpdClones = null;
        for (var run = 0; run < runs; run++)
        {
            var output = Path.Combine(Path.GetTempPath(), "aidebt-jscpd-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            var (jscpdSeconds, jscpdCpu, _) = RunProcess(jscpd, "--min-tokens", options["--min-tokens"], "--min-lines", options["--min-lines"], "--format", "csharp", "--reporters", "json", "--output", output, "--silent", folder);
            jscpdTimes.Add(jscpdSeconds);
            jscpdCpuTimes.Add(jscpdCpu);
            jscpdClones = ReadJscpd(Path.Combine(output, "jscpd-report.json"), folder);

            var detectArgs = new List<string>();
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                detectArgs.Add(selfDll);
            }

            detectArgs.AddRange(new[] { "detect", folder, "--min-tokens", options["--min-tokens"], "--min-lines", options["--min-lines"], "--mode", options["--mode"] });
            if (options.TryGetValue("--references", out var referenceFolder))
            {
                detectArgs.AddRange(new[] { "--references", referenceFolder });
            }

            var (detectSeconds, detectCpu, detectOutput) = RunProcess(self, detectArgs.ToArray());
            detectTimes.Add(detectSeconds);
            detectCpuTimes.Add(detectCpu);
            detect = JsonSerializer.Deserialize<DetectResult>(detectOutput.Trim().Split('\n').Last())!;
            parseTimes.Add(detect.ParseSeconds);

            detectArgs.Add("--measure");
            var (_, _, measureOutput) = RunProcess(self, detectArgs.ToArray());
            var measured = JsonSerializer.Deserialize<DetectResult>(measureOutput.Trim().Split('\n').Last())!;
            analyzerTimes.Add(measured.AnalyzerSeconds);
            analyzerCpuTimes.Add(measured.AnalyzerCpuSeconds);
            driverCpuTimes.Add(measured.DriverCpuSeconds);
            reported = measured;

            // Both processes must have run the same engine on the same trees: the same index, copy for copy. The
            // analyzer's findings are a subset of it (kinds and the same-members fold) and are counted on their own.
            if (!measured.Copies.SequenceEqual(detect.Copies))
            {
                Console.Error.WriteLine("the measured and the standalone run found different clone indexes: " + measured.Copies.Count + " and " + detect.Copies.Count + " copies");
                return 1;
            }
        }

        var groups = detect!.Copies.GroupBy(c => c.Group).ToList();
        var type2 = groups.Count(g => g.First().Type == DuplicatedCodeAnalyzer.Type2);
        var alsoJscpd = groups.Count(g => FoundByJscpd(g.ToList(), jscpdClones!));
        var type2AlsoJscpd = groups.Count(g => g.First().Type == DuplicatedCodeAnalyzer.Type2 && FoundByJscpd(g.ToList(), jscpdClones!));
        var jscpdCovered = jscpdClones!.Count(c => CoveredByAid101(c, detect.Copies));

        Console.WriteLine("folder: " + folder + " (" + detect.Files + " .cs files)");
        Console.WriteLine("settings: min tokens " + options["--min-tokens"] + ", min lines " + options["--min-lines"] + ", AID101 mode " + options["--mode"] + ", runs " + runs + " (medians)");
        Console.WriteLine(FormattableString.Invariant($"jscpd 5.3.3 whole process:          {Median(jscpdTimes):F2} s wall, {Median(jscpdCpuTimes):F2} s CPU"));
        Console.WriteLine(FormattableString.Invariant($"AID101 analyzer execution time:     {Median(analyzerTimes):F2} s wall (telemetry), {Median(analyzerCpuTimes):F2} s CPU  (ratio to jscpd wall {Median(analyzerTimes) / Median(jscpdTimes):F2}, CPU to CPU {Median(analyzerCpuTimes) / Median(jscpdCpuTimes):F2})"));
        var netCpu = Median(analyzerCpuTimes.Select((cpu, i) => cpu - driverCpuTimes[i]).ToList());
        Console.WriteLine(FormattableString.Invariant($"  of which the driver's own cost:   {Median(driverCpuTimes):F2} s CPU (an empty analyzer); AID101 net {netCpu:F2} s CPU (ratio to jscpd CPU {netCpu / Median(jscpdCpuTimes):F2})"));
        Console.WriteLine(FormattableString.Invariant($"AID101 standalone whole process:    {Median(detectTimes):F2} s wall, {Median(detectCpuTimes):F2} s CPU  (ratio to jscpd wall {Median(detectTimes) / Median(jscpdTimes):F2}, CPU {Median(detectCpuTimes) / Median(jscpdCpuTimes):F2}; reading, parsing and fingerprinting the files {Median(parseTimes):F2} s wall of it)"));
        Console.WriteLine("load average at the end: " + File.ReadAllText("/proc/loadavg").Trim());
        Console.WriteLine("jscpd clones (pairs of fragments):  " + jscpdClones!.Count + ", of which overlap an AID101 copy on both sides: " + jscpdCovered);
        Console.WriteLine("AID101 clone groups:                " + groups.Count + " (" + detect.Copies.Count + " copies; Type-1 " + (groups.Count - type2) + ", Type-2 " + type2 + "): the clone index, which both runs share");
        Console.WriteLine("  of which the analyzer reports:    " + reported!.ReportedGroups + " groups (" + reported.ReportedCopies + " copies), after the group kinds and the same-members fold, " + (options.ContainsKey("--references") ? "bound against " + options["--references"] : "with no references (every name unresolved, compared by its text)"));
        Console.WriteLine("AID101 groups jscpd also reports:   " + alsoJscpd + " (Type-2: " + type2AlsoJscpd + "); found by AID101 only: " + (groups.Count - alsoJscpd) + " (Type-2: " + (type2 - type2AlsoJscpd) + ")");
        return 0;
    }

    /// <summary>A group counts as found by jscpd when one jscpd pair overlaps two of its copies.</summary>
    private static bool FoundByJscpd(List<CloneCopyResult> copies, List<JscpdClone> clones)
    {
        foreach (var clone in clones)
        {
            var first = copies.FindIndex(c => Overlaps(c, clone.FirstFile, clone.FirstStart, clone.FirstEnd));
            if (first < 0)
            {
                continue;
            }

            for (var i = 0; i < copies.Count; i++)
            {
                if (i != first && Overlaps(copies[i], clone.SecondFile, clone.SecondStart, clone.SecondEnd))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool CoveredByAid101(JscpdClone clone, List<CloneCopyResult> copies)
    {
        foreach (var group in copies.GroupBy(c => c.Group))
        {
            var list = group.ToList();
            var first = list.FindIndex(c => Overlaps(c, clone.FirstFile, clone.FirstStart, clone.FirstEnd));
            if (first >= 0 && list.Where((c, i) => i != first && Overlaps(c, clone.SecondFile, clone.SecondStart, clone.SecondEnd)).Any())
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(CloneCopyResult copy, string file, int start, int end) =>
        copy.File == file && copy.StartLine <= end && start <= copy.EndLine;

    private static List<JscpdClone> ReadJscpd(string reportPath, string folder)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(reportPath));
        var clones = new List<JscpdClone>();
        foreach (var duplicate in document.RootElement.GetProperty("duplicates").EnumerateArray())
        {
            var first = duplicate.GetProperty("firstFile");
            var second = duplicate.GetProperty("secondFile");
            clones.Add(new JscpdClone(
                Relative(folder, first.GetProperty("name").GetString()!),
                first.GetProperty("start").GetInt32(),
                first.GetProperty("end").GetInt32(),
                Relative(folder, second.GetProperty("name").GetString()!),
                second.GetProperty("start").GetInt32(),
                second.GetProperty("end").GetInt32()));
        }

        return clones;
    }

    private static string Relative(string folder, string path) =>
        // jscpd names files relative to the folder it scanned.
        Path.GetRelativePath(folder, Path.IsPathRooted(path) ? path : Path.Combine(folder, path)).Replace('\\', '/');

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>Runs a process under /usr/bin/time: wall-clock seconds, CPU seconds (user + system) and its output.</summary>
    private static (double Seconds, double CpuSeconds, string Output) RunProcess(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-f");
        start.ArgumentList.Add("aidebt-cpu %U %S");
        start.ArgumentList.Add(fileName);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        stopwatch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(fileName + " exited with " + process.ExitCode + ": " + error.Result);
        }

        var cpu = 0.0;
        foreach (var line in error.Result.Split('\n'))
        {
            if (line.StartsWith("aidebt-cpu ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                cpu = double.Parse(parts[1], CultureInfo.InvariantCulture) + double.Parse(parts[2], CultureInfo.InvariantCulture);
            }
        }

        return (stopwatch.Elapsed.TotalSeconds, cpu, output.Result);
    }

    /// <summary>
    /// The methods the JIT compiles while it listens (the runtime's MethodJittingStarted events), whoever runs them: in
    /// the first run's analysis that is the analyzer's own code, the generic instantiations over its types, and the
    /// driver's paths the compile before it did not take. Printed per assembly-like part of the type name, the
    /// analyzer's methods per type.
    /// </summary>
    private sealed class JitListener : System.Diagnostics.Tracing.EventListener
    {
        private readonly ConcurrentQueue<(string Type, string Method, string Signature)> methods = new();
        private volatile bool listening = true;

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x10);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (listening && e.EventName == "MethodJittingStarted_V1" && e.Payload is { Count: >= 7 })
            {
                methods.Enqueue((e.Payload[4]?.ToString() ?? "", e.Payload[5]?.ToString() ?? "", e.Payload[6]?.ToString() ?? ""));
            }
        }

        public void Print()
        {
            // The runtime delivers the events on its own thread, shortly after: give it a moment before reading.
            Thread.Sleep(2000);
            listening = false;
            var all = methods.ToList();
            static bool Ours(string text) => text.Contains("AiDebtAnalyzers", StringComparison.Ordinal);
            var own = all.Where(m => m.Type.StartsWith("AiDebtAnalyzers", StringComparison.Ordinal)).ToList();
            var overOurs = all.Where(m => !m.Type.StartsWith("AiDebtAnalyzers", StringComparison.Ordinal) && (Ours(m.Type) || Ours(m.Signature))).ToList();
            Console.WriteLine(FormattableString.Invariant($"JIT-compiled in the first run's analysis: {all.Count} methods; the analyzer's own {own.Count}; other types' methods over the analyzer's types {overOurs.Count}; the rest {all.Count - own.Count - overOurs.Count}"));
            foreach (var group in own.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                Console.WriteLine(FormattableString.Invariant($"  {group.Count(),4}  {group.Key}"));
            }

            Console.WriteLine("  over the analyzer's types:");
            foreach (var group in overOurs.GroupBy(m => m.Type.Split('[', '`')[0]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                Console.WriteLine(FormattableString.Invariant($"  {group.Count(),4}  {group.Key}"));
            }

            Console.WriteLine("  the rest, by type:");
            foreach (var group in all.Where(m => !own.Contains(m) && !overOurs.Contains(m)).GroupBy(m => m.Type.Split('[', '`')[0]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(25))
            {
                Console.WriteLine(FormattableString.Invariant($"  {group.Count(),4}  {group.Key}"));
            }
        }
    }

    /// <summary>
    /// Runs an analyzer and adds up the processor time its actions take on the thread that runs them (Linux's thread
    /// clock), which other work on the machine does not inflate as it inflates the driver's wall-clock telemetry. Only
    /// the kinds of action the measured analyzers register are wrapped; any other registration fails the bench.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThreadCpuAnalyzer : DiagnosticAnalyzer
    {
        private readonly DiagnosticAnalyzer inner;
        private long nanoseconds;
        private long allocatedBytes;
        private long jitTicks;
        private long jitMethods;
        private readonly ConcurrentDictionary<string, long[]> byKind = new(StringComparer.Ordinal);

        public ThreadCpuAnalyzer(DiagnosticAnalyzer inner) => this.inner = inner;

        /// <summary>Processor time (ns), allocated bytes, count and wall time (ticks) per kind of action (syntax tree, semantic model, ...).</summary>
        public IReadOnlyDictionary<string, long[]> ByKind => byKind;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

        public double CpuSeconds => Interlocked.Read(ref nanoseconds) / 1e9;

        /// <summary>What the actions allocated on their own threads (does not depend on the load).</summary>
        public long AllocatedBytes => Interlocked.Read(ref allocatedBytes);

        /// <summary>
        /// The time the JIT took inside the actions, on their threads (<c>JitInfo</c>: elapsed time, which a loaded machine
        /// inflates; the method count does not depend on the load): in a build the compiler process is new and JIT-compiles
        /// the analyzer's code each time, as this bench's first run does.
        /// </summary>
        public double JitSeconds => TimeSpan.FromTicks(Interlocked.Read(ref jitTicks)).TotalSeconds;

        /// <summary>How many methods the JIT compiled inside the actions, on their threads.</summary>
        public long JitMethods => Interlocked.Read(ref jitMethods);

        public void Reset()
        {
            Interlocked.Exchange(ref nanoseconds, 0);
            Interlocked.Exchange(ref allocatedBytes, 0);
            Interlocked.Exchange(ref jitTicks, 0);
            Interlocked.Exchange(ref jitMethods, 0);
            byKind.Clear();
        }

        public override void Initialize(AnalysisContext context) => inner.Initialize(new Context(context, this));

        private Action<T> Timed<T>(Action<T> action) => argument =>
        {
            var start = ThreadClock();
            var wallStart = Stopwatch.GetTimestamp();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var jit = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
            try
            {
                action(argument);
            }
            finally
            {
                var spent = ThreadClock() - start;
                var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
                Interlocked.Add(ref nanoseconds, spent);
                Interlocked.Add(ref allocatedBytes, bytes);
                Interlocked.Add(ref jitTicks, (System.Runtime.JitInfo.GetCompilationTime(currentThread: true) - jit).Ticks);
                Interlocked.Add(ref jitMethods, System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - methods);
                var kind = byKind.GetOrAdd(typeof(T).Name.Replace("AnalysisContext", string.Empty, StringComparison.Ordinal), _ => new long[4]);
                Interlocked.Add(ref kind[0], spent);
                Interlocked.Add(ref kind[1], bytes);
                Interlocked.Increment(ref kind[2]);
                Interlocked.Add(ref kind[3], Stopwatch.GetElapsedTime(wallStart).Ticks);
            }
        };

        internal static long ThreadClock()
        {
            ClockGetTime(3, out var time); // CLOCK_THREAD_CPUTIME_ID
            return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
        }

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);

        [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        private sealed class Context : AnalysisContext
        {
            private readonly AnalysisContext context;
            private readonly ThreadCpuAnalyzer owner;

            public Context(AnalysisContext context, ThreadCpuAnalyzer owner)
            {
                this.context = context;
                this.owner = owner;
            }

            public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
                context.RegisterCompilationStartAction(owner.Timed<CompilationStartAnalysisContext>(start => action(new StartContext(start, owner))));

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationAction(owner.Timed(action));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => context.RegisterAdditionalFileAction(owner.Timed(action));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(owner.Timed(action));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => context.RegisterSymbolAction(owner.Timed(action), symbolKinds);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(owner.Timed(action));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(owner.Timed(action));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => context.RegisterSyntaxNodeAction(owner.Timed(action), syntaxKinds);
        }

        private sealed class StartContext : CompilationStartAnalysisContext
        {
            private readonly CompilationStartAnalysisContext context;
            private readonly ThreadCpuAnalyzer owner;

            public StartContext(CompilationStartAnalysisContext context, ThreadCpuAnalyzer owner)
                : base(context.Compilation, context.Options, context.CancellationToken)
            {
                this.context = context;
                this.owner = owner;
            }

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationEndAction(owner.Timed(action));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => context.RegisterAdditionalFileAction(owner.Timed(action));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(owner.Timed(action));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => context.RegisterSymbolAction(owner.Timed(action), symbolKinds);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(owner.Timed(action));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(owner.Timed(action));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => context.RegisterSyntaxNodeAction(owner.Timed(action), syntaxKinds);
        }
    }

    private sealed class FixedOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly FixedOptions options;

        public FixedOptionsProvider(Dictionary<string, string> values) => options = new FixedOptions(values);

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
    }

    private sealed class FixedOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public FixedOptions(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

public sealed record CloneCopyResult(string Group, string Type, string File, int StartLine, int EndLine);

/// <param name="Copies">Every copy of every group of the clone index: what the engine detects.</param>
/// <param name="ReportedCopies">How many of them the analyzer reports (<c>detect --measure</c> only): the groups of a
/// reported kind, a set of copied members once.</param>
public sealed record DetectResult(int Files, double ParseSeconds, double AnalyzerSeconds, double AnalyzerCpuSeconds, double DriverCpuSeconds, double TotalSeconds, List<CloneCopyResult> Copies, int? ReportedCopies)
{
    public int? ReportedGroups { get; init; }
}

public sealed record JscpdClone(string FirstFile, int FirstStart, int FirstEnd, string SecondFile, int SecondStart, int SecondEnd);
