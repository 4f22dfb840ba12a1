using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Baseline;

/// <summary>
/// Suppresses exactly the findings listed in <c>.aidebt/baseline.json</c>, matched by rule ID and
/// <c>aidebt.fingerprint</c>. Suppressed findings stay in SARIF (with a suppression), so the trend stays visible while
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

        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!diagnostic.Properties.TryGetValue(DebtProperties.Fingerprint, out var fingerprint) || fingerprint is null
                || !DescriptorByRule.TryGetValue(diagnostic.Id, out var descriptor))
            {
                continue;
            }

            foreach (var baseline in baselines)
            {
                if (baseline.Contains(diagnostic.Id, fingerprint))
                {
                    context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
                    break;
                }
            }
        }
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
