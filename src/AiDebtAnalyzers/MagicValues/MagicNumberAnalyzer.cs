using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>
/// AID201: a numeric literal in executable code whose meaning has no name (<c>Thread.Sleep(3000)</c>,
/// <c>if (retries &gt; 5)</c>). Purely syntactic: every exemption is decided from the tree, so the rule costs one walk
/// per file and never binds.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MagicNumberAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Naming a number needs someone who knows what it means: look it up, name it, maybe make it configurable.</summary>
    public const int DebtMinutes = 5;

    /// <summary>Diagnostic property: the literal as written, sign included (the code fix keys constants on it).</summary>
    public const string ValueProperty = "aidebt.value";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MagicNumber,
        "Unexplained magic number",
        "Number {0} has no name that explains it; introduce a named constant",
        RuleCategories.MagicValues,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A numeric literal in executable code carries a meaning that lives only in its author's head (or in the prompt that generated it): a timeout, a limit, a retry count. A named constant says what it is, and changing it means changing one place.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.MagicNumber));

    private static readonly string[] UnitExtensionNames =
    {
        "Nanoseconds", "Microseconds", "Milliseconds", "Seconds", "Minutes", "Hours", "Days", "Weeks",
        "Ticks", "Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terabytes", "KB", "MB", "GB", "Percent",
    };

    private static readonly string[] UnitTypeNames =
    {
        "TimeSpan", "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "Version",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // A generator writes what its input says; its numbers are named where the input is.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var isTestProject = ProjectKind.IsTestProject(start.Compilation, start.Options);
            start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, isTestProject));
        });
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, bool isTestProject)
    {
        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Tree);
        if (isTestProject && !AiDebtOptions.MagicValuesAnalyzeTests.Read(options))
        {
            return;
        }

        var settings = new Settings(
            AiDebtOptions.MagicValuesAllowedNumbers.Read(options),
            AiDebtOptions.MagicValuesCommentExplains.Read(options),
            AiDebtOptions.MagicValuesIgnoreUnitFactories.Read(options));

        var root = context.Tree.GetRoot(context.CancellationToken);
        HashSet<int>? commentLines = null;
        SourceText? text = null;

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

            if (!TryGetValue(token, negative, out var value) || IsAllowed(value, settings.AllowedNumbers))
            {
                continue;
            }

            if (IsExempt(reported, settings))
            {
                continue;
            }

            if (settings.CommentExplains)
            {
                text ??= context.Tree.GetText(context.CancellationToken);
                commentLines ??= CollectCommentLines(root, text);
                if (commentLines.Contains(text.Lines.GetLineFromPosition(reported.SpanStart).LineNumber))
                {
                    continue;
                }
            }

            var written = reported.ToString();
            var properties = DebtProperties.Create(RuleIds.MagicNumber, DebtMinutes, Fingerprint.ForSpan(RuleIds.MagicNumber, root, reported.Span));
            properties[ValueProperty] = written;
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

    /// <summary>Every exemption that names the number through its syntactic context.</summary>
    internal static bool IsExempt(ExpressionSyntax literal, Settings settings)
    {
        var child = (SyntaxNode)literal;

        // Parentheses, casts and unchecked(...) around the literal change nothing about its meaning.
        var parent = child.Parent;
        while (parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or CheckedExpressionSyntax)
        {
            child = parent;
            parent = parent.Parent;
        }

        if (parent is null)
        {
            return true;
        }

        // The literal alone initializes something whose name explains it: var maxRetries = 3; int Port { get; } = 8080;
        if (parent is EqualsValueClauseSyntax equalsValue)
        {
            if (equalsValue.Parent is VariableDeclaratorSyntax or PropertyDeclarationSyntax or ParameterSyntax or EnumMemberDeclarationSyntax)
            {
                return true;
            }
        }

        // Retry(maxAttempts: 3) and new Options { MaxRetries = 3 } name the number at the call.
        if (parent is ArgumentSyntax { NameColon: not null })
        {
            return true;
        }

        if (parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer } assignment
            && assignment.Right == child
            && initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            return true;
        }

        // int MaxItems => 50; and get { return 50; } name it through the member.
        if (parent is ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax or AccessorDeclarationSyntax })
        {
            return true;
        }

        if (parent is ReturnStatementSyntax { Parent: BlockSyntax { Statements.Count: 1, Parent: AccessorDeclarationSyntax } })
        {
            return true;
        }

        if (settings.IgnoreUnitFactories && IsUnitFactoryUse(child, parent))
        {
            return true;
        }

        for (var node = parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AttributeArgumentSyntax:
                case AttributeSyntax:
                case EnumMemberDeclarationSyntax:
                case ParameterSyntax:
                case BaseFieldDeclarationSyntax:
                case DirectiveTriviaSyntax:
                    // Fields: const and static readonly initializers define a name; instance field initializers are
                    // declarations too, named by the field.
                    return true;
                case LocalDeclarationStatementSyntax local when local.IsConst:
                    return true;
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText == "GetHashCode" && method.ParameterList.Parameters.Count == 0;
                case LocalFunctionStatementSyntax:
                case AnonymousFunctionExpressionSyntax:
                    continue;
                case BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or BaseTypeDeclarationSyntax or GlobalStatementSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary><c>TimeSpan.FromSeconds(30)</c>, <c>new TimeSpan(0, 5, 0)</c>, <c>30.Seconds()</c>: the unit names the number.</summary>
    private static bool IsUnitFactoryUse(SyntaxNode child, SyntaxNode parent)
    {
        if (parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var call } })
        {
            if (call is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
            {
                var name = access.Name.Identifier.ValueText;
                return name.Length > 4 && name.StartsWith("From", StringComparison.Ordinal) && char.IsUpper(name[4]);
            }

            if (call is BaseObjectCreationExpressionSyntax creation)
            {
                var typeName = creation is ObjectCreationExpressionSyntax explicitCreation ? RightmostName(explicitCreation.Type) : null;
                return typeName is not null && Array.IndexOf(UnitTypeNames, typeName) >= 0;
            }

            return false;
        }

        // 30.Seconds(): the literal is the receiver of a unit extension method.
        if (parent is MemberAccessExpressionSyntax receiverAccess && receiverAccess.Expression == child
            && receiverAccess.Parent is InvocationExpressionSyntax)
        {
            return Array.IndexOf(UnitExtensionNames, receiverAccess.Name.Identifier.ValueText) >= 0;
        }

        return false;
    }

    private static string? RightmostName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>Lines that hold a comment (a trailing <c>// why</c> or a <c>/* why */</c> beside the number).</summary>
    private static HashSet<int> CollectCommentLines(SyntaxNode root, SourceText text)
    {
        var lines = new HashSet<int>();
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: false))
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                var first = text.Lines.GetLineFromPosition(trivia.SpanStart).LineNumber;
                var last = text.Lines.GetLineFromPosition(trivia.Span.End).LineNumber;
                for (var line = first; line <= last; line++)
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }

    internal readonly struct Settings
    {
        public Settings(ImmutableArray<double> allowedNumbers, bool commentExplains, bool ignoreUnitFactories)
        {
            AllowedNumbers = allowedNumbers;
            CommentExplains = commentExplains;
            IgnoreUnitFactories = ignoreUnitFactories;
        }

        public ImmutableArray<double> AllowedNumbers { get; }

        public bool CommentExplains { get; }

        public bool IgnoreUnitFactories { get; }
    }
}
