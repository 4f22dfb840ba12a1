using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// AID302: test-gap analysis is on and public APIs are in scope, but no test source reached the analyzer, so AID301
/// reports nothing and this summary says why, once per project.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoTestSourcesAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.NoTestSources,
        "No test sources found for test-gap analysis",
        "Project '{0}' has public APIs to check but no test sources reached the analyzer; {1}",
        RuleCategories.TestGaps,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Test-gap analysis found no test sources among the AdditionalFiles, so it reports this once instead of flagging every public API.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.NoTestSources),
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd, RuleTags.Summary });

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <summary>What to do when no test project was found at all.</summary>
    public const string AddTestProjectHint = "add a test project beside it by convention or name it with an AiDebtTestProject item";

    /// <summary>
    /// The test projects that reference the project without a conventional name, which the build targets found and did
    /// not read (<c>AiDebtFindTestProjectsByReference</c> is not true): a comma-separated list of project names.
    /// </summary>
    public const string ReferencingTestProjectsProperty = "build_property.AiDebtReferencingTestProjects";

    /// <summary>The names of a comma-separated list, sorted (the build lists them in the order the file system gives).</summary>
    private static string SortedNames(string list)
    {
        var names = new List<string>();
        foreach (var name in list.Split(','))
        {
            if (name.Trim() is { Length: > 0 } trimmed)
            {
                names.Add(trimmed);
            }
        }

        names.Sort(StringComparer.OrdinalIgnoreCase);
        return string.Join(", ", names);
    }

    /// <summary>What to do when test projects that reference the project were found but not read.</summary>
    public static string ReferencingTestProjectsHint(string projects) =>
        projects + (projects.IndexOf(',') >= 0 ? " reference" : " references")
        + " it: name each that tests it with an AiDebtTestProject item, or set AiDebtFindTestProjectsByReference to true to read every test project that references it";

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // As AID301: an API declared only in generated code does not need a test of this project.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (ProjectKind.IsTestProject(context.Compilation, context.Options))
        {
            return;
        }

        // Whether any test source can be read is the question, not what the tests say: they are read only until one can be.
        var inputs = TestGapsInputs.Read(context.Options, withTestSources: true, context.CancellationToken);
        if (inputs.OnlyNewApis(context.Options, context.Compilation) is not { } onlyNew || inputs.HasTestSources(context.CancellationToken))
        {
            return;
        }

        var inScope = 0;
        context.RegisterSymbolAction(
            symbolContext =>
            {
                var type = (INamedTypeSymbol)symbolContext.Symbol;
                if (Volatile.Read(ref inScope) == 0 && PublicSurface.IsPubliclyVisible(type) && (!onlyNew || PublicSurface.HasNewApi(type, inputs.Shipped)))
                {
                    Interlocked.Exchange(ref inScope, 1);
                }
            },
            SymbolKind.NamedType);
        context.RegisterCompilationEndAction(end =>
        {
            if (Volatile.Read(ref inScope) == 1)
            {
                var name = end.Compilation.AssemblyName ?? "?";
                var properties = DebtProperties.Create(RuleIds.NoTestSources, 0, Fingerprint.ForValue(RuleIds.NoTestSources, name, name), end.Compilation.AssemblyName);
                var hint = end.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ReferencingTestProjectsProperty, out var referencing)
                    && SortedNames(referencing) is { Length: > 0 } projects
                    ? ReferencingTestProjectsHint(projects)
                    : AddTestProjectHint;
                end.ReportDiagnostic(Diagnostic.Create(Rule, Location.None, properties.ToImmutable(), name, hint));
            }
        });
    }
}
