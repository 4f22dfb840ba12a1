using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Residue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: CorpusScan <folder>... [--rules AID501,AID502] [--option key=value]... [--timing] [--quiet]
// Each folder that holds a .csproj becomes one compilation (test projects are flagged as such, as the package props
// would), referencing the running framework's assemblies; the sources are parsed, never built.
var folders = new List<string>();
var rules = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
var quiet = false;
var timing = false;
var extraOptions = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--rules":
            foreach (var id in args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                rules.Add(id);
            }

            break;
        case "--option":
            var pair = args[++i].Split('=', 2, StringSplitOptions.TrimEntries);
            extraOptions[pair[0]] = pair.Length > 1 ? pair[1] : string.Empty;
            break;
        case "--quiet":
            quiet = true;
            break;
        case "--timing":
            timing = true;
            break;
        default:
            folders.Add(Path.GetFullPath(args[i]));
            break;
    }
}

if (folders.Count == 0)
{
    Console.Error.WriteLine("usage: CorpusScan <folder>... [--rules AID501,AID502,AID503] [--option key=value]... [--timing] [--quiet]");
    return 2;
}

var analyzers = typeof(ElidedCodeAnalyzer).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .Where(a => rules.Count == 0 || a.SupportedDiagnostics.Any(d => rules.Contains(d.Id)))
    .ToImmutableArray();

var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
    .Split(Path.PathSeparator)
    .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
    .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
    .ToImmutableArray();

var totalLines = 0L;
var totalFiles = 0;
var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
var executionTimes = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
foreach (var folder in folders)
{
    foreach (var project in GroupByProject(folder))
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = new List<SyntaxTree>();
        foreach (var file in project.Files)
        {
            var text = File.ReadAllText(file);
            totalLines += CountLines(text);
            totalFiles++;
            trees.Add(CSharpSyntaxTree.ParseText(text, parseOptions, file));
        }

        var compilation = CSharpCompilation.Create(
            Path.GetFileName(project.Folder),
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var globalOptions = new Dictionary<string, string>
        {
            ["build_property.IsTestProject"] = project.IsTest ? "true" : "false",
        };
        foreach (var (key, value) in extraOptions)
        {
            globalOptions[key] = value;
        }

        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ScanOptionsProvider(globalOptions));
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, OnAnalyzerException, concurrentAnalysis: false, logAnalyzerExecutionTime: timing));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        if (timing)
        {
            foreach (var analyzer in analyzers)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
                var name = analyzer.GetType().Name;
                executionTimes[name] = (executionTimes.TryGetValue(name, out var soFar) ? soFar : TimeSpan.Zero) + telemetry.ExecutionTime;
            }
        }

        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
        {
            if (rules.Count > 0 && !rules.Contains(diagnostic.Id))
            {
                continue;
            }

            counts[diagnostic.Id] = counts.TryGetValue(diagnostic.Id, out var n) ? n + 1 : 1;
            if (!quiet)
            {
                var span = diagnostic.Location.GetLineSpan();
                var path = span.Path.Length == 0 ? "<none>" : Path.GetRelativePath(folder, span.Path);
                Console.WriteLine($"{path}:{span.StartLinePosition.Line + 1}: {diagnostic.Id} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
            }
        }
    }
}

Console.WriteLine($"files: {totalFiles}, lines: {totalLines}");
foreach (var id in rules.Count > 0 ? rules.OrderBy(r => r, StringComparer.Ordinal).ToList() : counts.Keys.ToList())
{
    var count = counts.TryGetValue(id, out var n) ? n : 0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}: {count} findings, {count * 1000.0 / Math.Max(1, totalLines):0.000} per 1,000 lines"));
}

if (timing)
{
    // Time spent inside each analyzer's callbacks (Roslyn's own telemetry), not parsing or binding shared with the compiler.
    foreach (var (name, time) in executionTimes.OrderBy(p => p.Key, StringComparer.Ordinal))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {time.TotalMilliseconds:0} ms, {time.TotalMilliseconds * 1000.0 / Math.Max(1, totalLines):0.000} ms per 1,000 lines"));
    }
}

return 0;

static void OnAnalyzerException(Exception exception, DiagnosticAnalyzer analyzer, Diagnostic diagnostic)
{
    Console.Error.WriteLine($"AD0001 in {analyzer.GetType().Name}: {exception}");
    Environment.ExitCode = 1;
}

static int CountLines(string text)
{
    var lines = text.Length == 0 ? 0 : 1;
    foreach (var c in text)
    {
        if (c == '\n')
        {
            lines++;
        }
    }

    return lines;
}

static IEnumerable<ScanProject> GroupByProject(string root)
{
    var groups = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
    foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
            || relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
        {
            continue;
        }

        var projectFolder = FindProjectFolder(Path.GetDirectoryName(file)!, root);
        if (!groups.TryGetValue(projectFolder, out var list))
        {
            groups[projectFolder] = list = new List<string>();
        }

        list.Add(file);
    }

    foreach (var (folder, files) in groups)
    {
        files.Sort(StringComparer.Ordinal);
        yield return new ScanProject(folder, files, IsTestProject(folder));
    }
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
            || Path.GetFileNameWithoutExtension(project).EndsWith(".Tests", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
    }

    return false;
}

internal sealed record ScanProject(string Folder, List<string> Files, bool IsTest);

internal sealed class ScanOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ScanOptions global;

    public ScanOptionsProvider(Dictionary<string, string> values) => global = new ScanOptions(values);

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => global;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => global;
}

internal sealed class ScanOptions : AnalyzerConfigOptions
{
    private readonly Dictionary<string, string> values;

    public ScanOptions(Dictionary<string, string> values) => this.values = values;

    public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
}
