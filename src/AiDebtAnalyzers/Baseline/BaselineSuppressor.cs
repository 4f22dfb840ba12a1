using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Baseline;

/// <summary>
/// Suppresses exactly the findings listed in <c>.aidebt/baseline.json</c>, matched by rule ID,
/// <c>aidebt.fingerprint</c> and the entry's assembly (the compilation's own name; an entry without one matches any). Suppressed findings stay in SARIF (with a suppression), so the trend stays visible while
/// <c>-warnaserror</c> fails only on new debt. A suppressor cannot report; a malformed baseline is AID002's to report,
/// and then nothing is suppressed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaselineSuppressor : DiagnosticSuppressor
{
    /// <summary>Suppression IDs are <c>AIDB</c> plus the digits of the rule they suppress: <c>AIDB501</c> for AID501.</summary>
    public const string SuppressionIdPrefix = "AIDB";

    public const string Justification = "Accepted in the AiDebtAnalyzers baseline (.aidebt/baseline.json)";

    private static readonly ImmutableArray<SuppressionDescriptor> Descriptors = CreateDescriptors();

    private static readonly ImmutableDictionary<string, SuppressionDescriptor> DescriptorByRule = IndexByRule(Descriptors);

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => Descriptors;

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var baselines = Baseline.FindAll(context.Options, context.CancellationToken);
        if (baselines.IsEmpty)
        {
            return;
        }

        foreach (var baseline in baselines)
        {
            if (!baseline.IsValid)
            {
                return;
            }
        }

        var legacyFindings = CountLegacyKeys(baselines, context.ReportedDiagnostics);
        var assembly = context.Compilation.AssemblyName;
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!diagnostic.Properties.TryGetValue(DebtProperties.Fingerprint, out var fingerprint) || fingerprint is null
                || !DescriptorByRule.TryGetValue(diagnostic.Id, out var descriptor))
            {
                continue;
            }

            if (IsAccepted(baselines, legacyFindings, diagnostic.Id, fingerprint, assembly))
            {
                context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
            }
        }
    }

    /// <summary>
    /// Listed by its fingerprint (for this assembly, or for any), or matched by a version 1 entry unambiguously: no more current findings share the
    /// entry's legacy key than the baseline holds entries for it. When more do, one of them is new and the baseline
    /// cannot tell which, so none is suppressed until <c>aidebt baseline --upgrade</c> rewrites the baseline.
    /// </summary>
    private static bool IsAccepted(ImmutableArray<Baseline> baselines, Dictionary<string, int>? legacyFindings, string ruleId, string fingerprint, string? assembly)
    {
        foreach (var baseline in baselines)
        {
            if (baseline.Contains(ruleId, fingerprint, assembly))
            {
                return true;
            }
        }

        if (legacyFindings is null || Fingerprint.LegacyKey(fingerprint) is not { } legacyKey)
        {
            return false;
        }

        var key = Baseline.LegacyKeyOf(ruleId, legacyKey);
        var entries = 0;
        foreach (var baseline in baselines)
        {
            entries += baseline.LegacyEntries(key);
        }

        return entries > 0 && legacyFindings.TryGetValue(key, out var findings) && findings <= entries;
    }

    /// <summary>How many current findings share each legacy key; null when no baseline has version 1 entries.</summary>
    private static Dictionary<string, int>? CountLegacyKeys(ImmutableArray<Baseline> baselines, ImmutableArray<Diagnostic> diagnostics)
    {
        var hasLegacy = false;
        foreach (var baseline in baselines)
        {
            hasLegacy |= baseline.HasLegacyEntries;
        }

        if (!hasLegacy)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(DebtProperties.Fingerprint, out var fingerprint) && fingerprint is not null
                && Fingerprint.LegacyKey(fingerprint) is { } legacyKey)
            {
                var key = Baseline.LegacyKeyOf(diagnostic.Id, legacyKey);
                counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
            }
        }

        return counts;
    }

    /// <summary>Every rule ID declared in <see cref="RuleIds"/>, so a new rule is covered without wiring here.</summary>
    internal static ImmutableArray<string> SuppressibleRuleIds()
    {
        var ids = new List<string>();
        foreach (var field in typeof(RuleIds).GetTypeInfo().DeclaredFields)
        {
            if (field.IsLiteral && field.FieldType == typeof(string) && field.GetRawConstantValue() is string id
                && id.StartsWith("AID", StringComparison.Ordinal)
                && !string.Equals(id, RuleIds.MalformedBaseline, StringComparison.Ordinal))
            {
                ids.Add(id);
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return ids.ToImmutableArray();
    }

    private static ImmutableArray<SuppressionDescriptor> CreateDescriptors()
    {
        var builder = ImmutableArray.CreateBuilder<SuppressionDescriptor>();
        foreach (var id in SuppressibleRuleIds())
        {
            builder.Add(new SuppressionDescriptor(SuppressionIdPrefix + id.Substring(3), id, Justification));
        }

        return builder.ToImmutable();
    }

    private static ImmutableDictionary<string, SuppressionDescriptor> IndexByRule(ImmutableArray<SuppressionDescriptor> descriptors)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, SuppressionDescriptor>(StringComparer.Ordinal);
        foreach (var descriptor in descriptors)
        {
            builder[descriptor.SuppressedDiagnosticId] = descriptor;
        }

        return builder.ToImmutable();
    }
}
