using System.Collections.Generic;
using System.Collections.Immutable;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Residue;

/// <summary>
/// AID501: a comment that stands in for code an AI assistant left out (<c>// ... existing code ...</c>).
/// Only comment trivia is read; documentation comments, string literals and disabled code never are.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ElidedCodeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Someone has to check whether the elided code was meant to be there before deleting the comment.</summary>
    public const int DebtMinutes = 5;

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ElidedCode,
        "Elided code placeholder",
        "Comment '{0}' stands in for code that was left out; restore the code or remove the comment",
        RuleCategories.Residue,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "AI assistants answer with partial code and mark what they left out with comments such as '// ... existing code ...'. Committed, such a comment hides that code is missing.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.ElidedCode));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is not the assistant's residue: a generator writes what it means.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        DebtProperties.RegisterSyntaxTreeAction(context, AnalyzeTree);
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, string? assembly)
    {
        var reportBareEllipsis = AiDebtOptions.ResidueReportBareEllipsis.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Tree));
        SourceText? text = null;
        List<TextSpan>? regions = null;

        foreach (var comment in CommentIndex.Get(context.Tree, context.CancellationToken).Comments)
        {
            var kind = comment.Elision;
            if (kind == ElisionKind.None)
            {
                continue;
            }

            if (comment.IsSingleLine && !comment.IsAloneOnLine)
            {
                // "total += x; // ..." trails code: it explains that line, it does not replace code.
                continue;
            }

            var trivia = comment.Trivia;
            if (kind == ElisionKind.BareEllipsis)
            {
                // A bare "// ..." inside a run of comment lines elides part of a comment (an example, a list), not code.
                text ??= context.Tree.GetText(context.CancellationToken);
                if (!reportBareEllipsis || (comment.IsSingleLine && CommentLayout.HasCommentNeighbour(text, trivia.Span)))
                {
                    continue;
                }

                // A documentation snippet ("#region circuit-breaker-anti-pattern", copied into the docs by the region's
                // name) abbreviates its example with a bare "// ..." on purpose: the region marks text written for readers.
                regions ??= RegionSpans(context.Tree.GetRoot(context.CancellationToken));
                if (IsInRegion(regions, trivia.SpanStart))
                {
                    continue;
                }
            }

            if (kind == ElisionKind.ContextualPhrase && !StandsWhereCodeIsMissing(trivia.Token))
            {
                continue;
            }

            var properties = DebtProperties.Create(RuleIds.ElidedCode, DebtMinutes, Fingerprint.ForTrivia(RuleIds.ElidedCode, trivia), assembly);
            context.ReportDiagnostic(Diagnostic.Create(Rule, trivia.GetLocation(), properties.ToImmutable(), CommentLayout.ShortenForMessage(comment.Text)));
        }
    }

    /// <summary>The spans from each <c>#region</c> to its <c>#endregion</c>, nested ones included.</summary>
    private static List<TextSpan> RegionSpans(SyntaxNode root)
    {
        var spans = new List<TextSpan>();
        if (!root.ContainsDirectives)
        {
            return spans;
        }

        var open = new Stack<int>();
        foreach (var directive in root.DescendantTrivia())
        {
            if (directive.IsKind(SyntaxKind.RegionDirectiveTrivia))
            {
                open.Push(directive.SpanStart);
            }
            else if (directive.IsKind(SyntaxKind.EndRegionDirectiveTrivia) && open.Count > 0)
            {
                spans.Add(TextSpan.FromBounds(open.Pop(), directive.Span.End));
            }
        }

        return spans;
    }

    private static bool IsInRegion(List<TextSpan> regions, int position)
    {
        foreach (var region in regions)
        {
            if (region.Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a comment attached to <paramref name="token"/> sits between members (of a type, namespace or file) or
    /// alone in an empty body, rather than among statements, expressions or initializers.
    /// </summary>
    private static bool StandsWhereCodeIsMissing(SyntaxToken token)
    {
        if (token.IsKind(SyntaxKind.CloseBraceToken) && token.Parent is BlockSyntax block)
        {
            return block.Statements.Count == 0;
        }

        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case StatementSyntax:
                case ExpressionSyntax:
                case SwitchSectionSyntax:
                case ArrowExpressionClauseSyntax:
                case EqualsValueClauseSyntax:
                case ArgumentListSyntax:
                    return false;
                case MemberDeclarationSyntax:
                case CompilationUnitSyntax:
                    return true;
            }
        }

        return true;
    }
}
