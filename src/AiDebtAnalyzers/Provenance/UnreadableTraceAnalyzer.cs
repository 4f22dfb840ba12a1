using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Provenance.AgentTrace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Provenance;

/// <summary>AID405: a line of an Agent Trace file (<c>.agent-trace/traces.jsonl</c>) that is not a valid trace record.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnreadableTraceAnalyzer : DiagnosticAnalyzer
{
    public const int DebtMinutes = 5;

    /// <summary>A file that is not JSON Lines at all would otherwise flood the error list.</summary>
    public const int MaxReportsPerFile = 20;

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UnreadableTrace,
        "Unreadable provenance trace",
        "Agent Trace file '{0}' line {1} cannot be read: {2}",
        RuleCategories.Provenance,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A line of an Agent Trace file is not valid JSON or not a valid trace record (RFC 0.1.0). The line is skipped, so the code it attributes may be reported as AI-generated code without provenance, or not at all.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.UnreadableTrace));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        if (!AgentTraceFile.IsTraceFile(context.AdditionalFile, context.Options))
        {
            return;
        }

        var file = AgentTraceFile.Get(context.AdditionalFile, context.CancellationToken);

        // The message names the file as its folder and name (".agent-trace/traces.jsonl" by convention, or whatever
        // AiDebtAgentTraceFile names), not the full path, so it reads the same on every machine.
        var folderName = Path.GetFileName(Path.GetDirectoryName(context.AdditionalFile.Path) ?? string.Empty);
        var fileName = Path.GetFileName(context.AdditionalFile.Path);
        var displayName = folderName.Length == 0 ? fileName : folderName + "/" + fileName;
        var text = context.AdditionalFile.GetText(context.CancellationToken);
        var reported = 0;
        foreach (var error in file.Errors)
        {
            if (reported++ == MaxReportsPerFile)
            {
                break;
            }

            var location = text is null
                ? Location.None
                : Location.Create(context.AdditionalFile.Path, error.Span, text.Lines.GetLinePositionSpan(error.Span));
            var properties = DebtProperties.Create(RuleIds.UnreadableTrace, DebtMinutes, text is null ? Fingerprint.ForValue(RuleIds.UnreadableTrace, folderName, error.Message) : Fingerprint.ForValue(RuleIds.UnreadableTrace, folderName, text, error.Span, error.Message), context.Compilation.AssemblyName);
            ProvenanceProperties.Add(properties, null, null, null, reviewed: false, lines: 0);
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                location,
                properties.ToImmutable(),
                displayName,
                error.Line.ToString(CultureInfo.InvariantCulture),
                error.Message));
        }
    }
}
