using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Configuration;

/// <summary>
/// AID001: an AiDebtAnalyzers option has a value of the wrong type or out of range. The rules fall back to the
/// default silently; this analyzer says so once per key and value, sorted, at the end of the compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidOptionAnalyzer : DiagnosticAnalyzer
{
    public const int DebtMinutes = 2;

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InvalidOption,
        "Invalid AiDebtAnalyzers option",
        "Option '{0}' has the invalid value '{1}': expected {2}; the default '{3}' is used",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An AiDebtAnalyzers option in .editorconfig or a global config has a value of the wrong type or out of range. The rule it governs uses the default instead.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.InvalidOption),
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd });

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(ReportInvalidOptions);
    }

    private static void ReportInvalidOptions(CompilationAnalysisContext context)
    {
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        var invalid = new SortedDictionary<string, (AiDebtOption Option, string Value)>(StringComparer.Ordinal);

        void Check(AnalyzerConfigOptions options)
        {
            foreach (var option in AiDebtOptions.All)
            {
                if (options.TryGetValue(option.Key, out var raw) && !option.IsValid(raw))
                {
                    invalid[option.Key + "\0" + raw] = (option, raw);
                }
            }
        }

        Check(provider.GlobalOptions);
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            Check(provider.GetOptions(tree));
        }

        foreach (var entry in invalid.Values)
        {
            var properties = DebtProperties.Create(RuleIds.InvalidOption, DebtMinutes, Fingerprint.ForValue(RuleIds.InvalidOption, entry.Option.Key, entry.Value), context.Compilation.AssemblyName);
            properties["aidebt.optionKey"] = entry.Option.Key;
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                Location.None,
                properties.ToImmutable(),
                entry.Option.Key,
                entry.Value,
                entry.Option.Allowed,
                entry.Option.DefaultText));
        }
    }
}
