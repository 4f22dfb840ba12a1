using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

/// <summary>
/// Recall and false alarms of the residue rules (and AID203) on a list of known residue and look-alike lines in public
/// code: <c>--residue-set docs/measuring/residue-set.tsv --index-files DIR --corpus DIR</c>. See docs/measuring.md.
/// </summary>
internal static class ResidueSet
{
    private static readonly string[] Rules = { "AID203", "AID501", "AID502", "AID503" };

    public static async Task<int> RunAsync(string[] args, ImmutableArray<DiagnosticAnalyzer> allAnalyzers, ImmutableArray<MetadataReference> references)
    {
        string? listPath = null, indexFiles = null, corpus = null, repositoryFiles = null;
        var verbose = false;
        var optionValues = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--residue-set": listPath = args[++i]; break;
                case "--index-files": indexFiles = args[++i]; break;
                case "--corpus": corpus = args[++i]; break;
                case "--files": repositoryFiles = args[++i]; break;
                case "--verbose": verbose = true; break;
                case "--option":
                    var pair = args[++i].Split('=', 2, StringSplitOptions.TrimEntries);
                    optionValues[pair[0]] = pair.Length > 1 ? pair[1] : string.Empty;
                    break;
                default:
                    Console.Error.WriteLine($"unknown option: {args[i]}");
                    return 2;
            }
        }

        if (listPath is null || indexFiles is null || corpus is null)
        {
            Console.Error.WriteLine("usage: --residue-set <list.tsv> --index-files <folder of <id>.cs> --corpus <folder of checkouts> [--files <folder of <owner>+<name>/<path>>] [--option key=value]... [--verbose]");
            return 2;
        }

        var analyzers = allAnalyzers.Where(a => a.SupportedDiagnostics.Any(d => Rules.Contains(d.Id))).ToImmutableArray();
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ScanOptionsProvider(optionValues, new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)));
        var implicitUsings = ImplicitUsings.Tree(new CSharpParseOptions(LanguageVersion.Preview));
        var cache = new Dictionary<string, (SourceText Text, ImmutableArray<Diagnostic> Diagnostics)>(StringComparer.Ordinal);
        var totals = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // positives, found, negatives, flagged
        var missing = 0;

        foreach (var line in File.ReadLines(listPath).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length < 7)
            {
                continue;
            }

            var (polarity, rule, repository, path, version, position, needle) = (columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], columns[6]);

            // "positive-when:key=value": residue only under that option (a loopback URL with allow_loopback=false).
            if (polarity.StartsWith("positive-when:", StringComparison.Ordinal))
            {
                var condition = polarity["positive-when:".Length..].Split('=', 2);
                if (!optionValues.TryGetValue(condition[0], out var value) || value != condition[1])
                {
                    continue;
                }

                polarity = "positive";
            }

            var file = FileOf(repository, path, version, indexFiles, corpus, repositoryFiles);
            if (!File.Exists(file))
            {
                missing++;
                Console.Error.WriteLine($"missing: {file}");
                continue;
            }

            if (!cache.TryGetValue(file, out var analyzed))
            {
                var text = SourceText.From(File.ReadAllText(file));
                var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview), file);
                var compilation = CSharpCompilation.Create(
                    "ResidueSet",
                    new[] { tree, implicitUsings },
                    references,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
                var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
                analyzed = (text, diagnostics.Where(d => d.Location.SourceTree == tree).ToImmutableArray());
                cache[file] = analyzed;
            }

            var target = TargetLine(analyzed.Text, position, needle);
            if (target < 0)
            {
                missing++;
                Console.Error.WriteLine($"needle not found: {file}: {needle}");
                continue;
            }

            // AID502 reports the member's name, which stands above the comment that gives the body away.
            var (from, to) = rule == "AID502" ? (target - 30, target + 2) : (target - 1, target + 1);
            var hit = analyzed.Diagnostics.Any(d => d.Id == rule && Lines(d).Any(l => l >= from && l <= to));
            if (!totals.TryGetValue(rule, out var counts))
            {
                totals[rule] = counts = new int[4];
            }

            var positive = polarity == "positive";
            counts[positive ? 0 : 2]++;
            if (hit)
            {
                counts[positive ? 1 : 3]++;
            }

            if (verbose && hit != positive)
            {
                Console.WriteLine($"{(positive ? "MISSED" : "FLAGGED")} {rule} {repository}:{(repository == "index" ? version : path)}:{target + 1}: {needle}");
            }
        }

        foreach (var (rule, counts) in totals)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rule}: recall {counts[1]}/{counts[0]} ({Percent(counts[1], counts[0])}), negatives flagged {counts[3]}/{counts[2]} ({Percent(counts[3], counts[2])})"));
        }

        var all = totals.Values.Aggregate(new int[4], (sum, c) => new[] { sum[0] + c[0], sum[1] + c[1], sum[2] + c[2], sum[3] + c[3] });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all: recall {all[1]}/{all[0]} ({Percent(all[1], all[0])}), negatives flagged {all[3]}/{all[2]} ({Percent(all[3], all[2])}), rows not found {missing}"));
        return missing == 0 ? 0 : 1;
    }

    /// <summary>
    /// Where a row's file is: an index row's <c>&lt;version&gt;.cs</c>; a code base of docs/measuring.md under
    /// <c>--corpus</c> by its name; any other repository under <c>--files</c> as <c>&lt;owner&gt;+&lt;name&gt;/&lt;path&gt;</c>, the
    /// file as it is at the row's version (<c>git show &lt;version&gt;:&lt;path&gt;</c>).
    /// </summary>
    private static string FileOf(string repository, string path, string version, string indexFiles, string corpus, string? repositoryFiles)
    {
        if (repository == "index")
        {
            return Path.Combine(indexFiles, version + ".cs");
        }

        var inCorpus = Path.Combine(corpus, repository[(repository.IndexOf('/', StringComparison.Ordinal) + 1)..], path);
        return File.Exists(inCorpus) || repositoryFiles is null
            ? inCorpus
            : Path.Combine(repositoryFiles, repository.Replace('/', '+'), path);
    }

    private static IEnumerable<int> Lines(Diagnostic diagnostic)
    {
        yield return diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        foreach (var additional in diagnostic.AdditionalLocations)
        {
            yield return additional.GetLineSpan().StartLinePosition.Line;
        }
    }

    /// <summary>
    /// The zero-based line the row points at: <c>line:N</c> directly; <c>char:OFFSET/LENGTH</c> in the file as stored
    /// (when a downloaded copy is whole), else the first line that holds the needle (an excerpt of the file).
    /// </summary>
    private static int TargetLine(SourceText text, string position, string needle)
    {
        var content = text.ToString();
        if (position.StartsWith("line:", StringComparison.Ordinal))
        {
            return int.Parse(position[5..], CultureInfo.InvariantCulture) - 1;
        }

        var offset = int.Parse(position[5..position.IndexOf('/', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        var at = offset < content.Length && string.CompareOrdinal(content, offset, needle, 0, needle.Length) == 0
            ? offset
            : content.IndexOf(needle, StringComparison.Ordinal);
        return at < 0 ? -1 : text.Lines.GetLineFromPosition(at).LineNumber;
    }

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : (part * 100.0 / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
