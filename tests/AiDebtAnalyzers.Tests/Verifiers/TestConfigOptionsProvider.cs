using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Tests.Verifiers;

/// <summary>Options for analyzers driven directly through <see cref="CompilationWithAnalyzers"/>: the same values for every file.</summary>
public sealed class TestConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions options;

    public TestConfigOptionsProvider(string? editorConfigLines, IEnumerable<KeyValuePair<string, string>>? globalValues = null)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in (editorConfigLines ?? string.Empty).Split('\n'))
        {
            var separator = line.IndexOf('=', StringComparison.Ordinal);
            if (separator > 0)
            {
                builder[line.Substring(0, separator).Trim()] = line.Substring(separator + 1).Trim();
            }
        }

        foreach (var pair in globalValues ?? Array.Empty<KeyValuePair<string, string>>())
        {
            builder[pair.Key] = pair.Value;
        }

        options = new DictionaryOptions(builder.ToImmutable());
    }

    public override AnalyzerConfigOptions GlobalOptions => options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
