using System;
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
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Benchmarks;

/// <summary>
/// Compares AID101 with jscpd on one folder of C# code.
/// <code>
/// dotnet run -c Release --project tests/AiDebtAnalyzers.Benchmarks -- compare FOLDER --jscpd PATH [--min-tokens 50] [--min-lines 5] [--mode renamed] [--runs 3]
/// dotnet run -c Release --project tests/AiDebtAnalyzers.Benchmarks -- detect FOLDER [--min-tokens 50] [--min-lines 5] [--mode renamed]
/// </code>
/// <c>compare</c> times, per run, jscpd's whole process, this command's own <c>detect</c> as a whole process (start-up,
/// file reading, parsing and detection), and the analyzer's execution time as the analyzer driver's telemetry reports
/// it (parsing excluded, as in a build where the compiler parses anyway); it prints medians, ratios and clone counts.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: compare FOLDER --jscpd PATH [--min-tokens N] [--min-lines N] [--mode exact|renamed|blind] [--runs N]\n       detect FOLDER [--min-tokens N] [--min-lines N] [--mode ...]");
            return 2;
        }

        var folder = Path.GetFullPath(args[1]);
        var options = ParseOptions(args);
        return args[0] switch
        {
            "detect" => await DetectCommandAsync(folder, options).ConfigureAwait(false),
            "compare" => await CompareAsync(folder, options).ConfigureAwait(false),
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
        for (var i = 2; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
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
        Parallel.For(0, files.Count, i =>
        {
            var text = SourceText.From(File.ReadAllText(files[i]));
            trees[i] = CSharpSyntaxTree.ParseText(text, parseOptions, files[i]);
        });
        var parseTime = total.Elapsed;

        // The driver's own cost (generated-code checks, declaration table, scheduling one action per tree), measured
        // with an analyzer that does nothing, on a compilation of its own so that AID101's run starts as cold.
        var driverCpu = await DriverOverheadCpuAsync(trees).ConfigureAwait(false);

        var compilation = CSharpCompilation.Create("Corpus", trees, Array.Empty<MetadataReference>(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var config = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["aidebt.duplication.min_tokens"] = options["--min-tokens"],
            ["aidebt.duplication.min_lines"] = options["--min-lines"],
            ["aidebt.duplication.mode"] = options["--mode"],
            ["aidebt.duplication.max_locations"] = "1000",
        };
        var analyzer = new DuplicatedCodeAnalyzer();
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FixedOptionsProvider(config));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        var analyzerCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
        total.Stop();

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

        return new DetectResult(files.Count, parseTime.TotalSeconds, telemetry.ExecutionTime.TotalSeconds, analyzerCpu.TotalSeconds, driverCpu.TotalSeconds, total.Elapsed.TotalSeconds, copies);
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
            var (detectSeconds, detectCpu, detectOutput) = RunProcess(self, detectArgs.ToArray());
            detectTimes.Add(detectSeconds);
            detectCpuTimes.Add(detectCpu);
            detect = JsonSerializer.Deserialize<DetectResult>(detectOutput.Trim().Split('\n').Last())!;
            analyzerTimes.Add(detect.AnalyzerSeconds);
            analyzerCpuTimes.Add(detect.AnalyzerCpuSeconds);
            driverCpuTimes.Add(detect.DriverCpuSeconds);
            parseTimes.Add(detect.ParseSeconds);
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
        Console.WriteLine(FormattableString.Invariant($"AID101 standalone whole process:    {Median(detectTimes):F2} s wall, {Median(detectCpuTimes):F2} s CPU  (ratio to jscpd wall {Median(detectTimes) / Median(jscpdTimes):F2}, CPU {Median(detectCpuTimes) / Median(jscpdCpuTimes):F2}; parsing {Median(parseTimes):F2} s wall of it)"));
        Console.WriteLine("load average at the end: " + File.ReadAllText("/proc/loadavg").Trim());
        Console.WriteLine("jscpd clones (pairs of fragments):  " + jscpdClones!.Count + ", of which overlap an AID101 copy on both sides: " + jscpdCovered);
        Console.WriteLine("AID101 clone groups:                " + groups.Count + " (" + detect.Copies.Count + " copies; Type-1 " + (groups.Count - type2) + ", Type-2 " + type2 + ")");
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

public sealed record DetectResult(int Files, double ParseSeconds, double AnalyzerSeconds, double AnalyzerCpuSeconds, double DriverCpuSeconds, double TotalSeconds, List<CloneCopyResult> Copies);

public sealed record JscpdClone(string FirstFile, int FirstStart, int FirstEnd, string SecondFile, int SecondStart, int SecondEnd);
