using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Tests.TestGaps;

/// <summary>
/// A library and its test sources for AID301 through <see cref="AnalyzerDriver"/>, for checks the verifier does not
/// make (properties, results across edits): test sources are AdditionalFiles with the metadata the package targets write.
/// </summary>
internal static class TestSources
{
    public const string Project = "Shop.Tests";

    /// <summary>The library at <c>/Shop/Cart.cs</c>.</summary>
    public static CSharpCompilation Library([StringSyntax("C#-test")] string source, params string[] preprocessorSymbols) =>
        AnalyzerDriver.Compile(new[] { ("/Shop/Cart.cs", source) }, preprocessorSymbols);

    public static Task<ImmutableArray<Diagnostic>> UntestedAsync(Compilation library, [StringSyntax("C#-test")] string testSource) =>
        UntestedAsync(library, new[] { SourceText.From(testSource) });

    public static Task<ImmutableArray<Diagnostic>> UntestedAsync(Compilation library, IReadOnlyList<SourceText> testSources) =>
        UntestedAsync(library, testSources, System.Array.Empty<string>());

    /// <summary>With script texts of the test project too (<c>/Shop.Tests/TestFiles/Script0.txt</c>, <c>AiDebtTestScript=true</c>).</summary>
    public static Task<ImmutableArray<Diagnostic>> UntestedAsync(Compilation library, [StringSyntax("C#-test")] string testSource, params string[] scriptTexts) =>
        UntestedAsync(library, new[] { SourceText.From(testSource) }, scriptTexts);

    private static Task<ImmutableArray<Diagnostic>> UntestedAsync(Compilation library, IReadOnlyList<SourceText> testSources, IReadOnlyList<string> scriptTexts)
    {
        var files = new List<TestAdditionalFile>();
        for (var i = 0; i < testSources.Count; i++)
        {
            files.Add(new TestAdditionalFile(
                "/" + Project + "/Test" + i + ".cs",
                testSources[i],
                (UntestedPublicApiAnalyzer.TestSourceMetadata, "true"),
                (UntestedPublicApiAnalyzer.TestProjectMetadata, Project)));
        }

        for (var i = 0; i < scriptTexts.Count; i++)
        {
            files.Add(new TestAdditionalFile(
                "/" + Project + "/TestFiles/Script" + i + ".txt",
                SourceText.From(scriptTexts[i]),
                (UntestedPublicApiAnalyzer.TestScriptMetadata, "true"),
                (UntestedPublicApiAnalyzer.TestProjectMetadata, Project)));
        }

        return AnalyzerDriver.RunAsync(library, AnalyzerDriver.Options(additionalFiles: files.ToArray()), new UntestedPublicApiAnalyzer());
    }
}
