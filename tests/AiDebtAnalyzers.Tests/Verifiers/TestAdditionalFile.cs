using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Tests.Verifiers;

/// <summary>
/// An in-memory AdditionalFile for <see cref="AnalyzerDriver"/>, with the item metadata the package targets would pass
/// for it (keys as the analyzers read them, e.g. <c>build_metadata.AdditionalFiles.AiDebtKind</c>).
/// </summary>
public sealed class TestAdditionalFile : AdditionalText
{
    private readonly SourceText text;
    private int reads;

    public TestAdditionalFile(string path, string content, params (string Key, string Value)[] metadata)
        : this(path, SourceText.From(content), metadata)
    {
    }

    public TestAdditionalFile(string path, SourceText content, params (string Key, string Value)[] metadata)
    {
        Path = path;
        text = content;
        var builder = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var (key, value) in metadata)
        {
            builder[key] = value;
        }

        Metadata = builder.ToImmutable();
    }

    public override string Path { get; }

    /// <summary>Options that apply to this file only, on top of the options every file sees.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>How many times an analyzer asked for the text (tests of what is read, and when).</summary>
    public int Reads => Volatile.Read(ref reads);

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return text;
    }
}
