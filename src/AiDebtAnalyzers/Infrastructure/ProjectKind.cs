using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>What kind of project a compilation belongs to. Resolve once per compilation, in a compilation-start action.</summary>
internal static class ProjectKind
{
    /// <summary>The MSBuild property the package props make visible to analyzers.</summary>
    public const string IsTestProjectProperty = "build_property.IsTestProject";

    private static readonly string[] TestFrameworkAssemblies =
    {
        "xunit.core",
        "xunit.v3.core",
        "xunit.abstractions",
        "nunit.framework",
        "Microsoft.VisualStudio.TestPlatform.TestFramework",
        "MSTest.TestFramework",
        "TUnit.Core",
    };

    /// <summary>
    /// A test project is one whose MSBuild <c>IsTestProject</c> is true (visible through the package props), or that
    /// references xunit, NUnit, MSTest or TUnit.
    /// </summary>
    public static bool IsTestProject(Compilation compilation, AnalyzerOptions options)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(IsTestProjectProperty, out var value)
            && bool.TryParse(value.Trim(), out var isTest))
        {
            if (isTest)
            {
                return true;
            }
        }

        foreach (var reference in compilation.ReferencedAssemblyNames)
        {
            foreach (var name in TestFrameworkAssemblies)
            {
                if (string.Equals(reference.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
