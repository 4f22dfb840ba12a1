using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.MagicValues;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiDebtAnalyzers.CodeFixes.MagicValues;

/// <summary>
/// AID201, AID202, AID203 "Introduce named constant": a <c>private const</c> in the containing type, named after
/// where the value flows, replaces the literal (every copy the diagnostic lists for AID201 and AID202); a number an
/// existing constant holds (AID201) is replaced with that constant. When nothing names the value the single fix writes
/// a placeholder and starts a rename on it; fix-all skips the literal.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IntroduceConstantCodeFixProvider))]
[Shared]
public sealed class IntroduceConstantCodeFixProvider : CodeFixProvider
{
    internal const string Title = "Introduce named constant";

    /// <summary>Fix-all cannot ask for a name, so it says that it leaves the literals nothing names alone.</summary>
    internal const string FixAllTitle = "Introduce named constant (skips values nothing around them names)";

    public override ImmutableArray<string> FixableDiagnosticIds =>
        ImmutableArray.Create(RuleIds.MagicNumber, RuleIds.RepeatedString, RuleIds.EnvironmentValue);

    public override FixAllProvider GetFixAllProvider() => IntroduceConstantFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var request = ToRequest(context.Document.Project.Solution, diagnostic, allowPlaceholder: true);
            if (request is null || !await CanFixAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => IntroduceConstantEngine.ApplyAsync(context.Document.Project.Solution, new[] { request }, cancellationToken),
                    equivalenceKey: EquivalenceKey(diagnostic.Id)),
                diagnostic);
        }
    }

    internal static string EquivalenceKey(string ruleId) => nameof(IntroduceConstantCodeFixProvider) + ":" + ruleId;

    /// <summary>Only plain literals outside constant definitions get the fix (not interpolated strings).</summary>
    private static async Task<bool> CanFixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return false;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node is Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentSyntax argument)
        {
            node = argument.Expression;
        }

        return node is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax expression
            and (Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.PrefixUnaryExpressionSyntax)
            && !IntroduceConstantEngine.IsConstantDefinition(expression)
            && expression.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>() is not null;
    }

    internal static ConstantRequest? ToRequest(Solution solution, Diagnostic diagnostic, bool allowPlaceholder)
    {
        var sites = new List<LiteralSite>();
        AddSite(solution, diagnostic.Location, sites);
        if (diagnostic.Id is RuleIds.RepeatedString or RuleIds.MagicNumber)
        {
            foreach (var location in diagnostic.AdditionalLocations)
            {
                AddSite(solution, location, sites);
            }
        }

        if (sites.Count == 0)
        {
            return null;
        }

        diagnostic.Properties.TryGetValue(EnvironmentValueAnalyzer.KindProperty, out var kind);
        var existing = diagnostic.Id == RuleIds.MagicNumber
            && diagnostic.Properties.TryGetValue(MagicNumberAnalyzer.ConstantProperty, out var field) && field is not null
            && diagnostic.Properties.TryGetValue(MagicNumberAnalyzer.ConstantTypeProperty, out var type) && type is not null
            ? new ExistingConstant(type, field, diagnostic.Properties.TryGetValue(MagicNumberAnalyzer.ConstantFactoryProperty, out var factory) ? factory : null)
            : null;
        return new ConstantRequest(diagnostic.Id, kind, sites, allowPlaceholder, existing);
    }

    private static void AddSite(Solution solution, Location location, List<LiteralSite> sites)
    {
        if (!location.IsInSource || location.SourceTree is null)
        {
            return;
        }

        var documentId = solution.GetDocumentId(location.SourceTree);
        if (documentId is not null)
        {
            sites.Add(new LiteralSite(documentId, location.SourceSpan));
        }
    }
}
