using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// Whether the findings a rule reports as suggestions are seen by anyone. A command-line build that writes no error log
/// prints warnings and errors only, and the package's build targets pass such a build, and no other, a global config
/// setting <see cref="Key"/> to <c>false</c> (the IDE, <c>dotnet format</c> and a build with a SARIF log never get it).
/// A rule whose findings are suggestions only some of the time (AID101) can then leave out the work of those findings.
/// </summary>
internal static class ShownSuggestions
{
    /// <summary>The key of <c>build/config/AiDebt.NoErrorLog.globalconfig</c> in the package.</summary>
    public const string Key = "aidebt_build.suggestions_shown";

    /// <summary>Whether the build said it shows no suggestions; without the key (every other host) they are shown.</summary>
    public static bool AreHidden(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(Key, out var value)
        && string.Equals(value.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a severity is configured for the rule for the whole compilation: the command line's <c>/nowarn</c> or
    /// <c>/warnaserror:</c> options, a global config such as the <c>Strict</c> preset, or a bulk setting for every rule
    /// or the rule's category (<c>dotnet_analyzer_diagnostic.severity</c>,
    /// <c>dotnet_analyzer_diagnostic.category-AiDebt.Duplication.severity</c>). Each replaces the severity of every
    /// finding, so a finding the rule lowers to a suggestion may be shown after all.
    /// </summary>
    public static bool IsSeverityConfigured(Compilation compilation, AnalyzerOptions options, DiagnosticDescriptor rule, CancellationToken cancellationToken) =>
        compilation.Options.SpecificDiagnosticOptions.ContainsKey(rule.Id)
        || compilation.Options.SyntaxTreeOptionsProvider is { } provider && provider.TryGetGlobalDiagnosticValue(rule.Id, cancellationToken, out _)
        || HasBulkSeverity(options.AnalyzerConfigOptionsProvider.GlobalOptions, rule);

    /// <summary>Whether a severity for the rule, or a bulk one, is configured for one tree (an <c>.editorconfig</c> section).</summary>
    public static bool IsSeverityConfigured(Compilation compilation, AnalyzerOptions options, SyntaxTree tree, DiagnosticDescriptor rule, CancellationToken cancellationToken) =>
        compilation.Options.SyntaxTreeOptionsProvider is { } provider && provider.TryGetDiagnosticValue(tree, rule.Id, cancellationToken, out _)
        || HasBulkSeverity(options.AnalyzerConfigOptionsProvider.GetOptions(tree), rule);

    private static bool HasBulkSeverity(AnalyzerConfigOptions options, DiagnosticDescriptor rule) =>
        options.TryGetValue("dotnet_analyzer_diagnostic.severity", out _)
        || options.TryGetValue("dotnet_analyzer_diagnostic.category-" + rule.Category + ".severity", out _);
}
