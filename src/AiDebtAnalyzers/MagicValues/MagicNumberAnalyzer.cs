using System;
using System.Collections.Immutable;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>
/// AID201: a numeric literal that plays a policy role (a delay, a retry count, a rate, a limit, a threshold, a status
/// code compared by hand) and has no name. Each literal's role is decided by <see cref="MagicNumberRoles"/>, the one
/// table of roles: structural numbers (indices, table data, bit math, format widths...) and numbers no role claims are
/// never reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MagicNumberAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Naming a number needs someone who knows what it means: look it up, name it, maybe make it configurable.</summary>
    public const int DebtMinutes = 5;

    /// <summary>Diagnostic property: the literal as written, sign included (the code fix keys constants on it).</summary>
    public const string ValueProperty = "aidebt.value";

    /// <summary>Diagnostic property: the policy role the number plays (<c>delay</c>, <c>retry</c>, <c>money-rate</c>, <c>limit</c>, <c>threshold</c>, <c>status-code</c>).</summary>
    public const string RoleProperty = "aidebt.role";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MagicNumber,
        "Unexplained magic number",
        "Number {0} has no name that explains it; introduce a named constant",
        RuleCategories.MagicValues,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A numeric literal that sets a policy of the code (a delay or timeout, a retry count, a rate, a limit or page size, a threshold, an HTTP status compared by hand) carries a meaning that lives only in its author's head (or in the prompt that generated it). A named constant says what it is, and changing it means changing one place. Structural numbers (indices, table data, bit math, format widths) are not reported.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.MagicNumber));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // A generator writes what its input says; its numbers are named where the input is.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var isTestProject = ProjectKind.IsTestProject(start.Compilation, start.Options);
            start.RegisterSemanticModelAction(model => AnalyzeTree(model, isTestProject));
        });
    }

    private static void AnalyzeTree(SemanticModelAnalysisContext context, bool isTestProject)
    {
        var tree = context.SemanticModel.SyntaxTree;
        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        if (isTestProject && !AiDebtOptions.MagicValuesAnalyzeTests.Read(options))
        {
            return;
        }

        var allowed = AiDebtOptions.MagicValuesAllowedNumbers.Read(options);
        var commentExplains = AiDebtOptions.MagicValuesCommentExplains.Read(options);
        var reportedRoles = AiDebtOptions.MagicValuesReportedRoles.Read(options);
        var root = tree.GetRoot(context.CancellationToken);
        var facts = new MagicNumberTreeFacts(root, context.CancellationToken);

        foreach (var token in root.DescendantTokens(descendIntoTrivia: false))
        {
            if (!token.IsKind(SyntaxKind.NumericLiteralToken) || token.Parent is not LiteralExpressionSyntax literal)
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            ExpressionSyntax reported = literal;
            var negative = false;
            if (literal.Parent is PrefixUnaryExpressionSyntax unary && unary.IsKind(SyntaxKind.UnaryMinusExpression))
            {
                reported = unary;
                negative = true;
            }

            if (!TryGetValue(token, negative, out var value) || IsAllowed(value, allowed) || IsInScaffoldedType(literal))
            {
                continue;
            }

            var site = new MagicNumberSite(reported, literal, value, context.SemanticModel, facts, commentExplains, context.CancellationToken);
            var role = MagicNumberRoles.Classify(in site);
            if (role is null || !role.IsPolicy || !IsListed(role.Name, reportedRoles))
            {
                continue;
            }

            var written = reported.ToString();
            var properties = DebtProperties.Create(RuleIds.MagicNumber, DebtMinutes, Fingerprint.ForSpan(RuleIds.MagicNumber, root, reported.Span));
            properties[ValueProperty] = written;
            properties[RoleProperty] = role.Name;
            context.ReportDiagnostic(Diagnostic.Create(Rule, reported.GetLocation(), properties.ToImmutable(), written));
        }
    }

    private static bool TryGetValue(SyntaxToken token, bool negative, out double value)
    {
        switch (token.Value)
        {
            case int i: value = i; break;
            case uint ui: value = ui; break;
            case long l: value = l; break;
            case ulong ul: value = ul; break;
            case float f: value = f; break;
            case double d: value = d; break;
            case decimal m: value = (double)m; break;
            default: value = 0; return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    private static bool IsAllowed(double value, ImmutableArray<double> allowed)
    {
        foreach (var number in allowed)
        {
            if (number.Equals(value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsListed(string role, ImmutableArray<string> reportedRoles)
    {
        foreach (var name in reportedRoles)
        {
            if (string.Equals(name, role, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Entity Framework migrations and model snapshots: scaffolded once, their numbers are the schema.</summary>
    private static bool IsInScaffoldedType(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseTypeDeclarationSyntax type)
            {
                return ScaffoldedCode.IsScaffolded(type);
            }
        }

        return false;
    }
}
