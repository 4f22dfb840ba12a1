using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AiDebtAnalyzers.MagicValues;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: MeasureMagicValues <checkout-dir> <findings.tsv>
// Parses every .cs file of the checkout outside test, benchmark and sample folders (the rules skip test projects by
// default), compiles them against the SDK's reference packs, runs AID201-AID203 and prints findings per 1,000 lines.
// The TSV lists every finding (rule, file:line, message, the source line) for reading.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: MeasureMagicValues <checkout-dir> <findings.tsv>");
    return 2;
}

var root = Path.GetFullPath(args[0]) + Path.DirectorySeparatorChar;
// Matched against the path below the checkout, so a top-level "samples/" folder (the code of a samples repository)
// is kept while nested sample and test folders are not.
string[] excluded = { "/test", "test/", ".test", "/bench", "benchmark", "/obj/", "/bin/", "/sample", "/samples/" };
var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
    .Where(f => !excluded.Any(e => f.Substring(root.Length).ToLowerInvariant().Contains(e, StringComparison.Ordinal)))
    .OrderBy(f => f, StringComparer.Ordinal)
    .ToList();
var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: new[] { "NET", "NETCOREAPP", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET8_0_OR_GREATER" });
var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parseOptions, path: f)).ToList();
var lines = trees.Sum(t => t.GetText().Lines.Count);

var packs = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "packs");
var references = new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }
    .Select(pack => Directory.GetDirectories(Path.Combine(packs, pack)).OrderBy(d => d, StringComparer.Ordinal).Last())
    .SelectMany(dir => Directory.GetFiles(Path.Combine(dir, "ref"), "*.dll", SearchOption.AllDirectories))
    .Select(path => MetadataReference.CreateFromFile(path));

var compilation = CSharpCompilation.Create("Corpus", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new MagicNumberAnalyzer(), new RepeatedStringAnalyzer(), new EnvironmentValueAnalyzer());
var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();

using (var output = new StreamWriter(args[1]))
{
    foreach (var diagnostic in diagnostics.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
    {
        if (diagnostic.Location.SourceTree is not { } tree)
        {
            output.WriteLine($"{diagnostic.Id}\t<no location>\t{diagnostic.GetMessage()}\t");
            continue;
        }

        var span = diagnostic.Location.GetLineSpan();
        var text = tree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
        output.WriteLine($"{diagnostic.Id}\t{span.Path.Substring(root.Length)}:{span.StartLinePosition.Line + 1}\t{diagnostic.GetMessage()}\t{text}");
    }
}

Console.WriteLine($"files={files.Count} lines={lines}");
foreach (var group in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"{group.Key}: {group.Count()} findings, {group.Count() * 1000.0 / lines:F2} per 1,000 lines");
}

return 0;
