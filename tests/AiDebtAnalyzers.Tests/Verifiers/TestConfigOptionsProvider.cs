using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Tests.Verifiers;

/// <summary>
/// Options for analyzers driven directly through <see cref="CompilationWithAnalyzers"/> (see <see cref="AnalyzerDriver"/>):
/// the same values for every source file and as global options; a <see cref="TestAdditionalFile"/> sees them plus its
/// own metadata, as a build passes AdditionalFiles item metadata.
/// </summary>
public sealed class TestConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, string> values;
    private readonly DictionaryOptions options;

    /// <param name="editorConfigLines">Lines <c>key = value</c>, as in an <c>.editorconfig</c> section, or null.</param>
    /// <param name="globalValues">More keys and values, e.g. <c>build_property.IsTestProject</c>; they win over the lines.</param>
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

        values = builder.ToImmutable();
        options = new DictionaryOptions(values);
    }

    public override AnalyzerConfigOptions GlobalOptions => options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile is TestAdditionalFile { Metadata.Count: > 0 } file ? new DictionaryOptions(values.SetItems(file.Metadata)) : options;

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
