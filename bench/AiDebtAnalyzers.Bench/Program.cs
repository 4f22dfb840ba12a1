using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using AiDebtAnalyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// Usage: AiDebtAnalyzers.Bench <folder> [rule-id-prefix]
// Parses every .cs file under the folder (bin/ and obj/ skipped; nothing is built or run), runs every analyzer of the
// package through the analyzer API, and prints findings per rule and per 1,000 code lines. An .agent-trace/traces.jsonl
// under the folder is passed as an additional file, as the package targets do.
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: AiDebtAnalyzers.Bench <folder> [rule-id-prefix]");
    return 2;
}

var folder = Path.GetFullPath(args[0]);
var prefix = args.Length > 1 ? args[1] : "AID";
var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
    .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
             && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
    .OrderBy(p => p, StringComparer.Ordinal)
    .ToList();
var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);
var trees = files.Select(p => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(p)), parse, p)).ToList();
var codeLines = trees.Sum(CountCodeLines);
var additional = Directory.EnumerateFiles(folder, "traces.jsonl", SearchOption.AllDirectories)
    .Where(p => p.Contains(".agent-trace", StringComparison.Ordinal))
    .Select(p => (AdditionalText)new FileText(p))
    .ToImmutableArray();

var analyzers = typeof(RuleIds).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .Where(a => a.SupportedDiagnostics.Any(d => d.Id.StartsWith(prefix, StringComparison.Ordinal)))
    .ToImmutableArray();
var compilation = CSharpCompilation.Create("Corpus", trees, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
var options = new AnalyzerOptions(additional);
var stopwatch = Stopwatch.StartNew();
var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
stopwatch.Stop();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{folder}: {trees.Count} files, {codeLines} code lines, {analyzers.Length} analyzers, {stopwatch.ElapsedMilliseconds} ms"));
foreach (var id in analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).Distinct().OrderBy(id => id, StringComparer.Ordinal))
{
    var found = diagnostics.Where(d => d.Id == id).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}: {found.Count} findings, {found.Count * 1000.0 / Math.Max(1, codeLines):0.000} per 1,000 lines"));
    foreach (var d in found.Take(15))
    {
        var where = d.Location.IsInSource ? Path.GetRelativePath(folder, d.Location.SourceTree!.FilePath) + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) : "(project)";
        Console.WriteLine("    " + where + ": " + d.GetMessage(CultureInfo.InvariantCulture));
    }
}

return 0;

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

internal sealed class FileText : AdditionalText
{
    public FileText(string path) => Path = path;

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
}
