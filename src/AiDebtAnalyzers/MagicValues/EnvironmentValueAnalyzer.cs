using System;
using System.Collections.Immutable;
using System.Globalization;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>
/// AID203: a string literal that ties the code to one environment or holds a secret (an absolute URL, a file system
/// path, an IP address, a connection string, a placeholder credential). The message and the properties name the kind
/// only: SARIF files are uploaded, and a secret must not travel with them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EnvironmentValueAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Moving a value into configuration: an options class or a setting, its binding, and the deployment entry.</summary>
    public const int DebtMinutes = 15;

    /// <summary>Diagnostic property: the kind token (<c>url</c>, <c>path</c>, <c>ip</c>, ...), never the value.</summary>
    public const string KindProperty = "aidebt.kind";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.EnvironmentValue,
        "Hard-coded environment value",
        "String literal holds {0}; read it from configuration or a secret store",
        RuleCategories.MagicValues,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Generated code hard-codes the values of the environment it was imagined in: service URLs, file paths, IP addresses, connection strings and placeholder API keys. Such code works on one machine, fails everywhere else, and leaks secrets into source control.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.EnvironmentValue));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated clients (OpenAPI, WCF, resources) carry the URLs of their input on purpose.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var isTestProject = ProjectKind.IsTestProject(start.Compilation, start.Options);
            var xNamespace = start.Compilation.GetTypeByMetadataName("System.Xml.Linq.XNamespace");
            var version = start.Compilation.GetTypeByMetadataName("System.Version");
            start.RegisterSyntaxNodeAction(
                node => Analyze(node, isTestProject, xNamespace, version),
                SyntaxKind.StringLiteralExpression,
                SyntaxKind.InterpolatedStringExpression);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, bool isTestProject, INamedTypeSymbol? xNamespace, INamedTypeSymbol? version)
    {
        var value = TextOf(context.Node, out var interpolated);
        if (value is null || value.Length < 4)
        {
            return;
        }

        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Node.SyntaxTree);
        if (isTestProject && !AiDebtOptions.MagicValuesAnalyzeTests.Read(options))
        {
            return;
        }

        var kind = Classify(value, interpolated, AiDebtOptions.MagicValuesAllowLoopback.Read(options));
        if (kind == EnvironmentValueKind.None)
        {
            return;
        }

        if (IsExempt(context, kind, xNamespace, version))
        {
            return;
        }

        var node = (ExpressionSyntax)context.Node;
        var token = EnvironmentValueClassifier.Token(kind);
        var properties = DebtProperties.Create(RuleIds.EnvironmentValue, DebtMinutes, FingerprintOf(node, kind), context.Compilation.AssemblyName);
        properties[KindProperty] = token;
        context.ReportDiagnostic(Diagnostic.Create(Rule, node.GetLocation(), properties.ToImmutable(), EnvironmentValueClassifier.Describe(kind)));
    }

    private static bool IsExempt(SyntaxNodeAnalysisContext context, EnvironmentValueKind kind, INamedTypeSymbol? xNamespace, INamedTypeSymbol? version)
    {
        var node = context.Node;
        var parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression })
        {
            parent = parent.Parent;
        }

        for (var ancestor = parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is AttributeArgumentSyntax)
            {
                // Attribute arguments are metadata: XML and data-contract namespaces, documentation links.
                return true;
            }

            if (ancestor is StatementSyntax or MemberDeclarationSyntax)
            {
                break;
            }
        }

        if (kind is EnvironmentValueKind.Url or EnvironmentValueKind.FilePath or EnvironmentValueKind.IpAddress && IsConfigurableData(parent))
        {
            return true;
        }

        if (IsInTestDouble(node))
        {
            return true;
        }

        var targetName = TargetName(parent);
        if (targetName is not null)
        {
            if (TextSearch.ContainsIgnoreCase(targetName, "namespace") || TextSearch.ContainsIgnoreCase(targetName, "xmlns") || TextSearch.ContainsIgnoreCase(targetName, "schema"))
            {
                return true;
            }

            if (kind == EnvironmentValueKind.IpAddress && TextSearch.ContainsIgnoreCase(targetName, "version"))
            {
                return true;
            }
        }

        if (kind is EnvironmentValueKind.Url or EnvironmentValueKind.IpAddress)
        {
            var type = context.SemanticModel.GetTypeInfo(node, context.CancellationToken).ConvertedType;
            if (type is not null && (SymbolEqualityComparer.Default.Equals(type, xNamespace) || SymbolEqualityComparer.Default.Equals(type, version)))
            {
                return true;
            }

            if (parent is ArgumentSyntax argument)
            {
                var parameterName = ParameterNameOf(context.SemanticModel, argument, context.CancellationToken, out var containingType);
                if (parameterName is not null && (TextSearch.ContainsIgnoreCase(parameterName, "namespace") || TextSearch.ContainsIgnoreCase(parameterName, "xmlns") || (kind == EnvironmentValueKind.IpAddress && TextSearch.ContainsIgnoreCase(parameterName, "version"))))
                {
                    return true;
                }

                if (containingType is not null && (SymbolEqualityComparer.Default.Equals(containingType, xNamespace) || SymbolEqualityComparer.Default.Equals(containingType, version)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// <c>new HistoryItem { Url = "https://example.com/a.png" }</c> and <c>public string ServerUrl { get; set; } = "..."</c>:
    /// data and the default of a setting that configuration overrides, not a value the code is tied to. Secrets and
    /// placeholders are reported even there.
    /// </summary>
    private static bool IsConfigurableData(SyntaxNode? parent)
    {
        if (parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer }
            && (initializer.IsKind(SyntaxKind.ObjectInitializerExpression) || initializer.IsKind(SyntaxKind.WithInitializerExpression)))
        {
            return true;
        }

        if (parent is EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax { AccessorList: { } accessors } })
        {
            foreach (var accessor in accessors.Accessors)
            {
                if (accessor.IsKind(SyntaxKind.SetAccessorDeclaration) || accessor.IsKind(SyntaxKind.InitAccessorDeclaration))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Mocks, fakes, stubs and dummies hold made-up values by design, as tests do.</summary>
    private static bool IsInTestDouble(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseTypeDeclarationSyntax type)
            {
                var name = type.Identifier.ValueText;
                if (name.EndsWith("Mock", StringComparison.Ordinal) || name.EndsWith("Fake", StringComparison.Ordinal)
                    || name.EndsWith("Stub", StringComparison.Ordinal) || name.EndsWith("Dummy", StringComparison.Ordinal)
                    || name.StartsWith("Mock", StringComparison.Ordinal) || name.StartsWith("Fake", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The name of the variable, field, property or named argument the string is given to, if any.</summary>
    internal static string? TargetName(SyntaxNode? parent) => parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
        EqualsValueClauseSyntax { Parent: ParameterSyntax parameter } => parameter.Identifier.ValueText,
        AssignmentExpressionSyntax { Left: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText,
        AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText,
        ArgumentSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
        ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
        _ => null,
    };

    private static string? ParameterNameOf(SemanticModel model, ArgumentSyntax argument, System.Threading.CancellationToken cancellationToken, out INamedTypeSymbol? containingType)
    {
        containingType = null;
        if (argument.Parent is not BaseArgumentListSyntax { Parent: { } call } list)
        {
            return null;
        }

        if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method)
        {
            return null;
        }

        containingType = method.ContainingType;
        var index = list.Arguments.IndexOf(argument);
        if (index < 0 || method.Parameters.Length == 0)
        {
            return null;
        }

        return method.Parameters[Math.Min(index, method.Parameters.Length - 1)].Name;
    }

    /// <summary>The text a string holds, or for an interpolated string the text before its first hole.</summary>
    private static string? TextOf(SyntaxNode node, out bool interpolated)
    {
        interpolated = node is InterpolatedStringExpressionSyntax;
        return node switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
            InterpolatedStringExpressionSyntax { Contents.Count: > 0 } interpolation when interpolation.Contents[0] is InterpolatedStringTextSyntax firstText => firstText.TextToken.ValueText,
            _ => null,
        };
    }

    private static EnvironmentValueKind Classify(string value, bool interpolated, bool allowLoopback)
    {
        var kind = EnvironmentValueClassifier.Classify(value, allowLoopback);

        // The text before the first hole of an interpolated string is only a prefix: it can say URL or path, not more.
        return interpolated && kind is not (EnvironmentValueKind.Url or EnvironmentValueKind.FilePath) ? EnvironmentValueKind.None : kind;
    }

    /// <summary>
    /// Keyed on the container, the kind and the rank among findings of that kind there, never on the value: a hash of a
    /// short placeholder or password is easy to reverse with a dictionary.
    /// </summary>
    private static string FingerprintOf(ExpressionSyntax node, EnvironmentValueKind kind)
    {
        SyntaxNode container = node;
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            container = current;
            if (current is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or BasePropertyDeclarationSyntax
                or BaseFieldDeclarationSyntax or BaseTypeDeclarationSyntax or GlobalStatementSyntax)
            {
                break;
            }
        }

        var ordinal = 0;
        foreach (var descendant in container.DescendantNodes())
        {
            if (descendant.SpanStart >= node.SpanStart)
            {
                break;
            }

            // Every string the rule reads counts, interpolated ones too, so that two findings never share a rank.
            if (TextOf(descendant, out var interpolated) is { } text && Classify(text, interpolated, allowLoopback: false) == kind)
            {
                ordinal++;
            }
        }

        return Fingerprint.ForValue(
            RuleIds.EnvironmentValue,
            Fingerprint.ContainerPath(container),
            EnvironmentValueClassifier.Token(kind) + "#" + ordinal.ToString(CultureInfo.InvariantCulture));
    }
}
