using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;

namespace AiDebtAnalyzers.Tests.TestGaps;

/// <summary>
/// Which test sources the test-gap rules read, and when: both ask the scope first, so a project whose scope is
/// <c>none</c> (an application, by default) reads none of them; AID301 then loads every test text in its
/// compilation-start action (and parses them in its first tree action), and AID302 only asks whether one can be read.
/// </summary>
public class TestSourceReadingTests
{
    private const string Library = "namespace Shop { public class Cart { public void Add() { } public void Remove() { } } }";

    private const string Application = "namespace Shop { public class Cart { public void Add() { } } public static class Program { public static void Main() { } } }";

    private static TestAdditionalFile[] TestFiles(int count) => Enumerable.Range(0, count)
        .Select(i => new TestAdditionalFile(
            "/" + TestSources.Project + "/CartTests" + i + ".cs",
            "class CartTests" + i + " { void Adds() { new Shop.Cart().Add(); } }",
            (UntestedPublicApiAnalyzer.TestSourceMetadata, "true"),
            (UntestedPublicApiAnalyzer.TestProjectMetadata, TestSources.Project)))
        .ToArray();

    [Fact]
    public async Task An_application_beside_its_test_project_reads_none_of_the_tests()
    {
        var files = TestFiles(4);
        var application = TestSources.Library(Application);
        application = application.WithOptions(application.Options.WithOutputKind(OutputKind.ConsoleApplication));

        var diagnostics = await AnalyzerDriver.RunAsync(application, AnalyzerDriver.Options(additionalFiles: files), new UntestedPublicApiAnalyzer(), new NoTestSourcesAnalyzer());

        Assert.Empty(diagnostics);
        Assert.All(files, file => Assert.Equal(0, file.Reads));
    }

    [Fact]
    public async Task A_library_whose_scope_is_none_reads_none_of_the_tests()
    {
        var files = TestFiles(3);

        var diagnostics = await AnalyzerDriver.RunAsync(
            TestSources.Library(Library),
            AnalyzerDriver.Options("aidebt.test_gaps.scope = none", additionalFiles: files),
            new UntestedPublicApiAnalyzer(),
            new NoTestSourcesAnalyzer());

        Assert.Empty(diagnostics);
        Assert.All(files, file => Assert.Equal(0, file.Reads));
    }

    [Fact]
    public async Task AID302_reads_only_the_first_test_source_to_know_the_library_has_tests()
    {
        var files = TestFiles(5);

        var diagnostics = await AnalyzerDriver.RunAsync(TestSources.Library(Library), AnalyzerDriver.Options(additionalFiles: files), new NoTestSourcesAnalyzer());

        Assert.Empty(diagnostics);
        Assert.Equal(1, files[0].Reads);
        Assert.All(files.Skip(1), file => Assert.Equal(0, file.Reads));
    }

    [Fact]
    public async Task AID301_reads_every_test_source_and_names_their_project()
    {
        var files = TestFiles(3);

        var diagnostics = await AnalyzerDriver.RunAsync(TestSources.Library(Library), AnalyzerDriver.Options(additionalFiles: files), new UntestedPublicApiAnalyzer());

        var untested = Assert.Single(diagnostics);
        Assert.Equal(UntestedPublicApiAnalyzer.Rule.Id, untested.Id);
        Assert.Contains("Remove", untested.GetMessage(), System.StringComparison.Ordinal);
        Assert.EndsWith("searched " + TestSources.Project, untested.GetMessage(), System.StringComparison.Ordinal);
        Assert.All(files, file => Assert.True(file.Reads >= 1));
    }
}
