using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using AiDebt.Cli.Sarif;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebt.Cli.Analysis;

/// <summary>The analyzers and suppressor of the AiDebtAnalyzers assembly the tool ships with, and their rules' metadata.</summary>
public static class AnalyzerCatalog
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyAnalyzers = new(CreateAnalyzers);

    private static readonly Lazy<IReadOnlyDictionary<string, RuleInfo>> LazyRules = new(CreateRules);

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers => LazyAnalyzers.Value;

    public static IReadOnlyDictionary<string, RuleInfo> Rules => LazyRules.Value;

    public static string PackageVersion { get; } = typeof(AiDebtAnalyzers.RuleIds).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public const string InformationUri = "https://github.com/aidebt/AiDebtAnalyzers";

    /// <summary>The rule's page from docs/rules, shipped inside the tool; null for a rule the tool does not know.</summary>
    public static string? RulePage(string ruleId)
    {
        using var stream = typeof(AnalyzerCatalog).Assembly.GetManifestResourceStream("docs/rules/" + ruleId + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public static RuleInfo RuleFor(string ruleId, IReadOnlyDictionary<string, RuleInfo>? fromInput = null)
    {
        if (Rules.TryGetValue(ruleId, out var known))
        {
            return known;
        }

        if (fromInput is not null && fromInput.TryGetValue(ruleId, out var reported))
        {
            return reported;
        }

        return new RuleInfo { Id = ruleId, Title = ruleId, HelpUri = AiDebtAnalyzers.RuleIds.HelpLink(ruleId) };
    }

    /// <summary>"AID501 Elided code placeholder", or the bare ID for a rule with no known title.</summary>
    public static string Label(string ruleId, IReadOnlyDictionary<string, RuleInfo>? fromInput = null) =>
        RuleFor(ruleId, fromInput).Title is { } title && !string.Equals(title, ruleId, StringComparison.Ordinal) ? ruleId + " " + title : ruleId;

    private static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers() =>
        typeof(AiDebtAnalyzers.RuleIds).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    private static IReadOnlyDictionary<string, RuleInfo> CreateRules()
    {
        var rules = new SortedDictionary<string, RuleInfo>(StringComparer.Ordinal);
        foreach (var analyzer in Analyzers)
        {
            if (analyzer is DiagnosticSuppressor)
            {
                continue;
            }

            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                rules.TryAdd(descriptor.Id, new RuleInfo
                {
                    Id = descriptor.Id,
                    Title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    FullDescription = descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    HelpUri = descriptor.HelpLinkUri,
                    Category = descriptor.Category,
                    DefaultLevel = SarifLevel(descriptor.DefaultSeverity),
                    IsSummary = descriptor.CustomTags.Contains(AiDebtAnalyzers.RuleTags.Summary),
                });
            }
        }

        return rules;
    }

    public static string SarifLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };
}
