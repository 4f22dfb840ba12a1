using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Provenance.AgentTrace;

/// <summary>The Agent Trace ranges of a compilation, by source file. Build once per compilation.</summary>
internal sealed class TraceIndex
{
    public static readonly TraceIndex Empty = new(ImmutableArray<AgentTraceFile>.Empty, new Dictionary<string, List<TraceRange>>());

    private readonly Dictionary<string, List<TraceRange>> byPath;

    private TraceIndex(ImmutableArray<AgentTraceFile> files, Dictionary<string, List<TraceRange>> byPath)
    {
        Files = files;
        this.byPath = byPath;
    }

    public ImmutableArray<AgentTraceFile> Files { get; }

    public static TraceIndex Build(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = ImmutableArray.CreateBuilder<AgentTraceFile>();
        // Paths compare without case: a trace written on Windows or macOS names files as the user typed them.
        var byPath = new Dictionary<string, List<TraceRange>>(StringComparer.OrdinalIgnoreCase);
        foreach (var additional in options.AdditionalFiles)
        {
            if (!AgentTraceFile.IsTraceFile(additional, options))
            {
                continue;
            }

            var file = AgentTraceFile.Get(additional, cancellationToken);
            files.Add(file);
            foreach (var range in file.Ranges)
            {
                if (range.Contributor is not ("ai" or "mixed"))
                {
                    continue;
                }

                var key = Resolve(file.Root, range.Path);
                if (!byPath.TryGetValue(key, out var list))
                {
                    byPath[key] = list = new List<TraceRange>();
                }

                list.Add(range);
            }
        }

        return files.Count == 0 ? Empty : new TraceIndex(files.ToImmutable(), byPath);
    }

    /// <summary>The AI and mixed ranges recorded for a source file.</summary>
    public IReadOnlyList<TraceRange> For(string? filePath)
    {
        if (string.IsNullOrEmpty(filePath) || byPath.Count == 0)
        {
            return Array.Empty<TraceRange>();
        }

        return byPath.TryGetValue(Normalize(filePath!), out var list) ? list : (IReadOnlyList<TraceRange>)Array.Empty<TraceRange>();
    }

    /// <summary>
    /// Where a range stands now, as 0-based first and last lines. With a content hash the analyzer can compute
    /// (<c>sha256:</c> over the lines joined by '\n', or <c>aid1:</c>), the lines are checked and, when they moved, found
    /// again; when the code no longer matches anywhere the range no longer describes this file and null is returned.
    /// Other hash algorithms (<c>murmur3:</c>...) are implementation-defined: the recorded line numbers are used.
    /// </summary>
    public static (int First, int Last)? Locate(TraceRange range, SourceText text, SyntaxNode root)
    {
        var count = text.Lines.Count;
        var length = range.EndLine - range.StartLine + 1;
        var first = range.StartLine - 1;
        var hash = range.ContentHash;
        if (hash is null || !IsComputable(hash))
        {
            if (first >= count)
            {
                return null;
            }

            return (first, Math.Min(range.EndLine - 1, count - 1));
        }

        if (first + length <= count && Matches(hash, text, root, first, length))
        {
            return (first, first + length - 1);
        }

        for (var start = 0; start + length <= count; start++)
        {
            if (start != first && Matches(hash, text, root, start, length))
            {
                return (start, start + length - 1);
            }
        }

        return null;
    }

    private static bool IsComputable(string hash) =>
        hash.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) || hash.StartsWith(ProvenanceFieldNames.HashPrefix, StringComparison.Ordinal);

    private static bool Matches(string hash, SourceText text, SyntaxNode root, int first, int length)
    {
        var span = TextSpan.FromBounds(text.Lines[first].Start, text.Lines[first + length - 1].End);
        if (hash.StartsWith(ProvenanceFieldNames.HashPrefix, StringComparison.Ordinal))
        {
            return string.Equals(RegionHash.Compute(root, text, span, null).Value, hash, StringComparison.Ordinal);
        }

        var expected = hash.Substring("sha256:".Length).ToLowerInvariant();
        if (expected.Length < 8)
        {
            return false;
        }

        var builder = new StringBuilder();
        for (var i = first; i < first + length; i++)
        {
            if (i > first)
            {
                builder.Append('\n');
            }

            builder.Append(text.ToString(text.Lines[i].Span));
        }

        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(builder.ToString()));
        var hex = new StringBuilder(64);
        foreach (var b in digest)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        // A shortened hash (a prefix of the full digest) is accepted, as git accepts short SHAs.
        return expected.Length <= 64 && string.CompareOrdinal(hex.ToString(), 0, expected, 0, expected.Length) == 0;
    }

    private static string Resolve(string root, string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized.Substring(2);
        }

        var isAbsolute = normalized.StartsWith("/", StringComparison.Ordinal) || (normalized.Length > 2 && normalized[1] == ':');
        return Normalize(isAbsolute ? normalized : root + "/" + normalized);
    }

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.IndexOf("//", StringComparison.Ordinal) >= 0)
        {
            normalized = normalized.Replace("//", "/");
        }

        return normalized;
    }
}
