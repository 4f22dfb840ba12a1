using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.TestGaps;
using AiDebtAnalyzers.CSharp14Tests.Verifiers;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.CSharp14Tests.TestGaps;

/// <summary>
/// The test-stub fix for C# 14 extension members: the finding lists each block member by its implementation on the static
/// class, and the stub calls that implementation (C#'s disambiguation form), so it compiles.
/// </summary>
public class ExtensionMemberStubTests
{
    private const string Library = """
        using System;
        using System.Collections.Generic;

        namespace Shop;

        public static class ShopExtensions
        {
            public static int Classic(this string text) => text.Length;

            extension(ArgumentException)
            {
                public static void ThrowIfEmpty<T>(T[] items)
                {
                    if (items.Length == 0) throw new ArgumentException("empty");
                }
            }

            extension<T>(IList<T> list)
            {
                public bool IsEmpty => list.Count == 0;

                public T Second() => list[1];
            }

            extension(string text)
            {
                public string Shout(int times) => text.ToUpperInvariant() + new string('!', times);
            }
        }
        """;

    private const string XunitStubs = "namespace Xunit { public sealed class FactAttribute : System.Attribute { } public static class Assert { public static void True(bool c, string m) { } } }";

    [Fact]
    public async Task Stubs_for_extension_block_members_call_their_implementations_and_compile()
    {
        using var workspace = new AdhocWorkspace();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p))
            .ToList();
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp14);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error);
        var library = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Shop", "Shop", LanguageNames.CSharp,
            compilationOptions: options, parseOptions: parseOptions, metadataReferences: references));
        library = workspace.AddDocument(library.Id, "ShopExtensions.cs", SourceText.From(Library)).Project;
        var tests = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Shop.Tests", "Shop.Tests", LanguageNames.CSharp,
            filePath: "/src/Shop.Tests/Shop.Tests.csproj", compilationOptions: options, parseOptions: parseOptions, metadataReferences: references,
            projectReferences: new[] { new ProjectReference(library.Id) }));
        workspace.AddDocument(tests.Id, "Framework.cs", SourceText.From(XunitStubs));
        var solution = workspace.CurrentSolution;

        var libraryCompilation = (await solution.GetProject(library.Id)!.GetCompilationAsync())!;
        Assert.Empty(CSharp14Driver.Errors(libraryCompilation));
        var diagnostics = await CSharp14Driver.RunAsync(
            libraryCompilation,
            new[] { new TestAdditionalFile("/src/Shop.Tests/Other.cs", "class Other { }", (UntestedPublicApiAnalyzer.TestSourceMetadata, "true"), (UntestedPublicApiAnalyzer.TestProjectMetadata, "Shop.Tests")) },
            new UntestedPublicApiAnalyzer());

        // One finding for the class, its block members listed by their implementations on the class.
        var finding = Assert.Single(diagnostics);
        Assert.Equal(
            "M:Shop.ShopExtensions.Classic(System.String);M:Shop.ShopExtensions.ThrowIfEmpty``1(``0[]);M:Shop.ShopExtensions.get_IsEmpty``1(System.Collections.Generic.IList{``0});M:Shop.ShopExtensions.Second``1(System.Collections.Generic.IList{``0});M:Shop.ShopExtensions.Shout(System.String,System.Int32)",
            finding.Properties[UntestedPublicApiAnalyzer.MembersProperty]);

        var fixedSolution = await TestStubWriter.AddStubsAsync(solution, library.Id, diagnostics, CancellationToken.None);
        var testProject = fixedSolution.GetProject(tests.Id)!;
        var written = Assert.Single(testProject.Documents, d => d.Name != "Framework.cs");
        Assert.Equal("ShopExtensionsTests.cs", written.Name);
        var text = (await written.GetTextAsync()).ToString();
        Assert.True(text.Contains("Shop.ShopExtensions.ThrowIfEmpty<object>(items)", StringComparison.Ordinal), text);
        Assert.True(text.Contains("Shop.ShopExtensions.Shout(text, times)", StringComparison.Ordinal), text);

        var compilation = (await testProject.GetCompilationAsync())!;
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + text);
    }
}
