using System.Collections.Immutable;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// AID303: a line of <c>PublicAPI.Shipped.txt</c> or <c>PublicAPI.Unshipped.txt</c> that is not an entry of the
/// PublicApiAnalyzers format, so AID301 cannot tell whether that API is new. Reported on the line, at compilation end.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnreadablePublicApiEntryAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UnreadablePublicApiEntry,
        "Unreadable PublicAPI entry",
        "Line '{0}' of {1} is not a PublicAPI entry: {2}",
        RuleCategories.TestGaps,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A line of PublicAPI.Shipped.txt or PublicAPI.Unshipped.txt does not follow the Microsoft.CodeAnalysis.PublicApiAnalyzers format, so test-gap analysis cannot tell whether that API is new.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.UnreadablePublicApiEntry),
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd });

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(AnalyzeCompilation);
    }

    private static void AnalyzeCompilation(CompilationAnalysisContext context)
    {
        if (ProjectKind.IsTestProject(context.Compilation, context.Options))
        {
            return;
        }

        foreach (var (file, parsed) in TestGapsInputs.Read(context.Options, withTestSources: false, context.CancellationToken).ApiFiles)
        {
            var fileName = System.IO.Path.GetFileName(file.Path);
            foreach (var error in parsed.Errors)
            {
                var location = Location.Create(file.Path, error.Span, error.LineSpan);
                var properties = DebtProperties.Create(RuleIds.UnreadablePublicApiEntry, 2, Fingerprint.ForValue(RuleIds.UnreadablePublicApiEntry, fileName, error.Line), context.Compilation.AssemblyName);
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, properties.ToImmutable(), Shorten(error.Line), fileName, error.Reason));
            }
        }
    }

    private static string Shorten(string line) => line.Length <= 80 ? line : line.Substring(0, 77) + "...";
}
