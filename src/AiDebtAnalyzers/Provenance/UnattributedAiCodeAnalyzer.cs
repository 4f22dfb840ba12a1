using System.Collections.Immutable;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Provenance;

/// <summary>
/// AID401: code with evidence of AI generation (an attribution comment, an Agent Trace record, and whatever
/// <see cref="EvidenceSources.All"/> lists) that no provenance annotation covers. Reported once per member or region.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnattributedAiCodeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Recording provenance takes a few minutes: find the tool and the conversation, write the annotation.</summary>
    public const int DebtMinutes = 5;

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UnattributedAiCode,
        "AI-generated code without provenance",
        "{0} shows evidence of AI generation ({1}) but carries no provenance annotation",
        RuleCategories.Provenance,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Code that an attribution comment or an Agent Trace record marks as AI-generated should say so in an <ai-provenance> annotation or an [AiProvenance] attribute, so that reviewers see it and later edits are caught.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.UnattributedAiCode));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code records its origin in its own header; an assistant's attribution there is not ours to track.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var units = ProvenanceUnitCache.For(start.Compilation, start.Options, start.CancellationToken);
            var assembly = start.Compilation.AssemblyName;
            start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, units, assembly));
        });
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, ProvenanceUnitCache units, string? assembly)
    {
        var found = units.UnitsOf(context.Tree, context.CancellationToken);
        if (found.Count == 0)
        {
            return;
        }

        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Tree);
        var root = context.Tree.GetRoot(context.CancellationToken);
        var text = context.Tree.GetText(context.CancellationToken);
        foreach (var unit in found)
        {
            var lines = RegionHash.CountCodeLines(root, text, unit.Span);
            var properties = DebtProperties.Create(RuleIds.UnattributedAiCode, DebtMinutes, Fingerprint.ForSpan(RuleIds.UnattributedAiCode, root, unit.Span), assembly);
            var defaultModel = AiDebtOptions.ProvenanceDefaultModel.Read(options);
            ProvenanceProperties.Add(
                properties,
                unit.Tool ?? AiDebtOptions.ProvenanceDefaultTool.Read(options),
                unit.Model ?? (defaultModel.Length == 0 ? null : defaultModel),
                unit.Contributor,
                reviewed: false,
                lines);
            properties[ProvenanceProperties.Evidence] = unit.Sources;
            AddIfPresent(properties, ProvenanceProperties.Generated, unit.Generated);
            AddIfPresent(properties, ProvenanceProperties.Trace, unit.Trace);
            AddIfPresent(properties, ProvenanceProperties.Conversation, unit.Conversation);
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                Location.Create(context.Tree, unit.Anchor),
                new[] { Location.Create(context.Tree, unit.Span) },
                properties.ToImmutable(),
                Capitalize(unit.Name),
                unit.Sources));
        }
    }

    private static void AddIfPresent(ImmutableDictionary<string, string?>.Builder properties, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            properties[key] = value;
        }
    }

    private static string Capitalize(string name) =>
        name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name.Substring(1) : name;
}
