using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// Names of the debt data every diagnostic carries in <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>;
/// the compiler writes them into SARIF as <c>customProperties</c>.
/// </summary>
internal static class DebtProperties
{
    public const string Family = "aidebt.family";
    public const string DebtMinutes = "aidebt.debtMinutes";
    public const string Fingerprint = "aidebt.fingerprint";

    /// <summary>
    /// The name of the assembly whose compilation reported the finding. A fingerprint is unique within one compilation
    /// only: a type compiled into two projects (a copied or linked file) gives equal findings equal fingerprints, so a
    /// baseline entry records the assembly too, and the suppressor matches it against the compilation it runs in.
    /// </summary>
    public const string Assembly = "aidebt.assembly";

    /// <summary>Starts the property bag of a diagnostic with the common entries; callers add their rule's own.</summary>
    /// <param name="assembly">The reporting compilation's <see cref="Microsoft.CodeAnalysis.Compilation.AssemblyName"/>; left out when null.</param>
    public static ImmutableDictionary<string, string?>.Builder Create(string ruleId, int debtMinutes, string fingerprint, string? assembly)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder[Family] = RuleIds.FamilyOf(ruleId);
        builder[DebtMinutes] = debtMinutes.ToString(CultureInfo.InvariantCulture);
        builder[Fingerprint] = fingerprint;
        if (assembly is not null)
        {
            builder[Assembly] = assembly;
        }

        return builder;
    }

    /// <summary>
    /// Registers a syntax tree action that is given the compilation's assembly name for <see cref="Create"/>: a tree
    /// action's own context has no compilation, so it is registered from a compilation start action, which reads nothing
    /// else of the compilation.
    /// </summary>
    public static void RegisterSyntaxTreeAction(AnalysisContext context, Action<SyntaxTreeAnalysisContext, string?> action) =>
        context.RegisterCompilationStartAction(start =>
        {
            var assembly = start.Compilation.AssemblyName;
            start.RegisterSyntaxTreeAction(tree => action(tree, assembly));
        });
}
