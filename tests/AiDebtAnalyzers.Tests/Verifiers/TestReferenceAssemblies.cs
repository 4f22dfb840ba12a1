using System.IO;
using Microsoft.CodeAnalysis.Testing;

namespace AiDebtAnalyzers.Tests.Verifiers;

/// <summary>Reference assemblies pinned to a reference pack the package feed serves (8.0.0 is not served).</summary>
public static class TestReferenceAssemblies
{
    public static ReferenceAssemblies Net80 { get; } = new(
        "net8.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.28"),
        Path.Combine("ref", "net8.0"));
}
