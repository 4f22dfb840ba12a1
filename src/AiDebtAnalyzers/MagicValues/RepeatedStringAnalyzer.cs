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

namespace AiDebtAnalyzers.MagicValues;

/// <summary>
/// AID202: the same string literal written again and again in one type (partial declarations together), counted only
/// where its role (<see cref="RepeatedStringRoles"/>) makes the copies one meaning that must change together. A symbol
/// action per type, so the finding shows live in the IDE; each occurrence is reported with the others as additional
/// locations.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RepeatedStringAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Per occurrence: replacing it with the constant and checking the value meant the same thing there.</summary>
    public const int DebtMinutesPerOccurrence = 2;

    /// <summary>Diagnostic property: how many times the literal occurs in the type.</summary>
    public const string CountProperty = "aidebt.occurrences";

    /// <summary>
    /// Diagnostic property: the reported role of this copy (<see cref="StringRole"/>: <c>Key</c>,
    /// <c>ComparedIdentifier</c>, ...), as AID201's <c>aidebt.role</c>, so a team can see and filter why each copy counts.
    /// </summary>
    public const string RoleProperty = "aidebt.role";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.RepeatedString,
        "Repeated string literal",
        "String \"{0}\" is written {1} times in '{2}'; introduce a named constant",
        RuleCategories.MagicValues,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Copies of one string literal drift apart: a key, a header name or a route changed in one place and not the others is a bug the compiler cannot see. One named constant keeps them together.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.RepeatedString));

    private const int MaxShownLength = 40;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code repeats what its template says; it is never edited by hand. Partial types are checked per
        // declaration below, because a type with one hand-written part still gets this action.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Test data repeats its literals on purpose (each test spells out its input); like AID201 and AID203, test
            // projects are read only when aidebt.magic_values.analyze_tests asks for it.
            var isTestProject = ProjectKind.IsTestProject(start.Compilation, start.Options);
            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, isTestProject), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, bool isTestProject)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.DeclaringSyntaxReferences.Length == 0)
        {
            return;
        }

        if (isTestProject && !AiDebtOptions.MagicValuesAnalyzeTests.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(type.DeclaringSyntaxReferences[0].SyntaxTree)))
        {
            return;
        }

        // One-off data migrations and vendored code are not the team's to maintain (UnownedCode): not read, like
        // generated code.
        if (UnownedCode.IsDataMigration(type))
        {
            return;
        }

        Dictionary<string, List<(LiteralExpressionSyntax Literal, StringRole Role)>>? byValue = null;
        var minLength = 0;
        var minRepetitions = 0;
        var reportedRoles = default(ImmutableArray<string>);
        HashSet<string>? memberNames = null;
        Dictionary<string, int>? minCopiesByValue = null;
        Dictionary<(StringRole Role, string Value), List<(LiteralExpressionSyntax Literal, SyntaxNode? Place)>>? oneUse = null;

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var tree = reference.SyntaxTree;
            if (GeneratedCode.IsGenerated(tree, context.Options, context.CancellationToken))
            {
                continue;
            }

            var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree);
            if (minRepetitions == 0)
            {
                minLength = AiDebtOptions.MagicValuesMinStringLength.Read(options);
                minRepetitions = AiDebtOptions.MagicValuesMinRepetitions.Read(options);
                reportedRoles = AiDebtOptions.MagicValuesReportedStringRoles.Read(options);
            }

            // Per declaration: a partial type may keep its one-off migration in a file of its own (InvoiceData.Migration.cs).
            var declaration = reference.GetSyntax(context.CancellationToken);
            if (declaration is BaseTypeDeclarationSyntax typeDeclaration
                && UnownedCode.Classify(typeDeclaration, context.Compilation, AiDebtOptions.MagicValuesVendoredCode.Read(options), context.CancellationToken) != UnownedKind.None)
            {
                continue;
            }

            foreach (var literal in TreeLiteralIndex.Get(tree, context.CancellationToken).StringLiteralsOf(declaration))
            {
                var value = literal.Token.ValueText;
                if (value.Length < minLength)
                {
                    continue;
                }

                memberNames ??= new HashSet<string>(type.MemberNames, StringComparer.Ordinal);
                var role = RepeatedStringRoles.Classify(literal, value, memberNames, type.DeclaringSyntaxReferences, context.Compilation, context.CancellationToken);
                if (RepeatedStringRoles.RepeatedAs(role) is not null)
                {
                    // Kept aside: copies in one place are one use of the name (a consumed setting's run, a variable
                    // saved, set and restored in one member), but a type that uses it in two places writes it in two
                    // places that must agree (below).
                    oneUse ??= new Dictionary<(StringRole, string), List<(LiteralExpressionSyntax, SyntaxNode?)>>();
                    if (!oneUse.TryGetValue((role, value), out var uses))
                    {
                        uses = new List<(LiteralExpressionSyntax, SyntaxNode?)>();
                        oneUse.Add((role, value), uses);
                    }

                    uses.Add((literal, RepeatedStringRoles.PlaceOfUse(role, literal, value)));
                    continue;
                }

                if (!RepeatedStringRoles.IsCounted(role, reportedRoles))
                {
                    continue;
                }

                // A role that needs more copies than the option (a query parameter's name) raises the bar for its value.
                if (RepeatedStringRoles.MinCopies(role) is > 0 and var roleMinimum)
                {
                    minCopiesByValue ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    minCopiesByValue[value] = minCopiesByValue.TryGetValue(value, out var known) ? Math.Max(known, roleMinimum) : roleMinimum;
                }

                byValue ??= new Dictionary<string, List<(LiteralExpressionSyntax, StringRole)>>(StringComparer.Ordinal);
                if (!byValue.TryGetValue(value, out var list))
                {
                    list = new List<(LiteralExpressionSyntax, StringRole)>();
                    byValue.Add(value, list);
                }

                list.Add((literal, role));
            }
        }

        if (oneUse is not null)
        {
            foreach (var entry in oneUse)
            {
                if (RepeatedStringRoles.RepeatedAs(entry.Key.Role) is not { } repeatedAs || !RepeatedStringRoles.IsCounted(repeatedAs, reportedRoles) || !InTwoPlaces(entry.Value))
                {
                    continue;
                }

                byValue ??= new Dictionary<string, List<(LiteralExpressionSyntax, StringRole)>>(StringComparer.Ordinal);
                if (!byValue.TryGetValue(entry.Key.Value, out var list))
                {
                    list = new List<(LiteralExpressionSyntax, StringRole)>();
                    byValue.Add(entry.Key.Value, list);
                }

                foreach (var (literal, _) in entry.Value)
                {
                    list.Add((literal, repeatedAs));
                }
            }
        }

        if (byValue is null)
        {
            return;
        }

        foreach (var entry in byValue)
        {
            var occurrences = entry.Value;
            if (occurrences.Count < minRepetitions
                || minCopiesByValue is not null && minCopiesByValue.TryGetValue(entry.Key, out var roleMinimum) && occurrences.Count < roleMinimum)
            {
                continue;
            }

            var count = occurrences.Count.ToString(CultureInfo.InvariantCulture);
            var shown = Shorten(entry.Key);
            for (var i = 0; i < occurrences.Count; i++)
            {
                var others = new Location[occurrences.Count - 1];
                var next = 0;
                for (var j = 0; j < occurrences.Count; j++)
                {
                    if (j != i)
                    {
                        others[next++] = occurrences[j].Literal.GetLocation();
                    }
                }

                var (literal, role) = occurrences[i];
                var root = literal.SyntaxTree.GetRoot(context.CancellationToken);
                var properties = DebtProperties.Create(RuleIds.RepeatedString, DebtMinutesPerOccurrence, Fingerprint.ForSpan(RuleIds.RepeatedString, root, literal.Span), context.Compilation.AssemblyName);
                properties[CountProperty] = count;
                properties[RoleProperty] = RepeatedStringRoles.NameOf(role);
                context.ReportDiagnostic(Diagnostic.Create(Rule, literal.GetLocation(), others, properties.ToImmutable(), shown, count, type.Name));
            }
        }
    }

    /// <summary>
    /// Whether the copies of a one-use role lie in two or more places (<see cref="RepeatedStringRoles.PlaceOfUse"/>: a
    /// consumed setting's runs told apart by the removal ending each, an environment variable's members): the name is
    /// then used in two places of the type that must agree, counted in the role's RepeatedAs (StoreKey).
    /// </summary>
    private static bool InTwoPlaces(List<(LiteralExpressionSyntax Literal, SyntaxNode? Place)> copies)
    {
        for (var i = 1; i < copies.Count; i++)
        {
            if (copies[i].Place != copies[0].Place)
            {
                return true;
            }
        }

        return false;
    }

    private static string Shorten(string value)
    {
        var folded = value.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
        return folded.Length <= MaxShownLength ? folded : folded.Substring(0, MaxShownLength - 3) + "...";
    }
}
