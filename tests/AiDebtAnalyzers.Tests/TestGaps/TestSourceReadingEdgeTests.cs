using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.Quality;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Tests.TestGaps;

/// <summary>
/// The cases of <see cref="TestSourceReadingTests"/> at their edges: test sources that cannot be read (the compiler's
/// <see cref="AdditionalText.GetText"/> returns null), test scripts, every analyzer of the package at once, both
/// test-gap rules starting together, and a read that is cancelled.
/// </summary>
public class TestSourceReadingEdgeTests
{
    private const string Library = "namespace Shop { public class Cart { public void Add() { } public void Remove() { } } }";

    private const string Application = "namespace Shop { public class Cart { public void Add() { } } public static class Program { public static void Main() { } } }";

    private static TestAdditionalFile Source(int i, string project = TestSources.Project, bool readable = true) => new(
        "/" + project + "/CartTests" + i + ".cs",
        readable ? SourceText.From("class CartTests" + i + " { void Adds() { new Shop.Cart().Add(); } }") : null!,
        (UntestedPublicApiAnalyzer.TestSourceMetadata, "true"),
        (UntestedPublicApiAnalyzer.TestProjectMetadata, project));

    private static TestAdditionalFile Script(int i) => new(
        "/" + TestSources.Project + "/TestFiles/Script" + i + ".txt",
        "cart.Remove",
        (UntestedPublicApiAnalyzer.TestScriptMetadata, "true"),
        (UntestedPublicApiAnalyzer.TestProjectMetadata, TestSources.Project));

    private static Compilation ApplicationCompilation()
    {
        var application = TestSources.Library(Application);
        return application.WithOptions(application.Options.WithOutputKind(OutputKind.ConsoleApplication));
    }

    [Fact]
    public async Task No_analyzer_of_the_package_reads_an_applications_test_sources_or_scripts()
    {
        var files = new[] { Source(0), Source(1), Script(0) };

        var run = await AnalyzerDriver.AnalyzeAsync(ApplicationCompilation(), AnalyzerDriver.Options(additionalFiles: files), RuleCatalog.Analyzers.ToArray());

        Assert.Empty(run.Failures);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "AID301" or "AID302");
        Assert.All(files, file => Assert.Equal(0, file.Reads));
    }

    [Fact]
    public async Task AID302_reads_past_unreadable_sources_to_the_first_readable_one_and_stops()
    {
        var files = new[] { Source(0, readable: false), Source(1, readable: false), Source(2), Source(3) };

        var diagnostics = await AnalyzerDriver.RunAsync(TestSources.Library(Library), AnalyzerDriver.Options(additionalFiles: files), new NoTestSourcesAnalyzer());

        Assert.Empty(diagnostics);
        Assert.Equal(new[] { 1, 1, 1, 0 }, files.Select(f => f.Reads));
    }

    [Fact]
    public async Task Only_unreadable_sources_are_no_test_sources_for_both_rules()
    {
        var files = new[] { Source(0, readable: false), Source(1, readable: false), Script(0) };

        var diagnostics = await AnalyzerDriver.RunAsync(TestSources.Library(Library), AnalyzerDriver.Options(additionalFiles: files), new UntestedPublicApiAnalyzer(), new NoTestSourcesAnalyzer());

        var noTests = Assert.Single(diagnostics);
        Assert.Equal(NoTestSourcesAnalyzer.Rule.Id, noTests.Id);
    }

    [Fact]
    public async Task AID301_reads_every_source_and_script_once_and_names_only_the_projects_it_could_read()
    {
        var files = new[] { Source(0, project: "Shop.Unreadable", readable: false), Source(1), Script(0) };

        var diagnostics = await AnalyzerDriver.RunAsync(TestSources.Library(Library), AnalyzerDriver.Options(additionalFiles: files), new UntestedPublicApiAnalyzer(), new NoTestSourcesAnalyzer());

        var untested = Assert.Single(diagnostics);
        Assert.Equal(UntestedPublicApiAnalyzer.Rule.Id, untested.Id);
        Assert.EndsWith("searched " + TestSources.Project, untested.GetMessage(), StringComparison.Ordinal);
        // AID301 reads each once; AID302 reads the sources up to the first it can read; neither reads a script twice.
        Assert.Equal(new[] { 2, 2, 1 }, files.Select(f => f.Reads));
    }

    [Fact]
    public async Task Both_rules_starting_together_give_the_same_findings_every_run()
    {
        for (var run = 0; run < 20; run++)
        {
            var files = Enumerable.Range(0, 8).Select(i => Source(i, readable: i % 3 != 0)).ToArray();

            var diagnostics = await AnalyzerDriver.RunAsync(TestSources.Library(Library), AnalyzerDriver.Options(additionalFiles: files), new UntestedPublicApiAnalyzer(), new NoTestSourcesAnalyzer());

            var untested = Assert.Single(diagnostics);
            Assert.Equal(UntestedPublicApiAnalyzer.Rule.Id, untested.Id);
            Assert.EndsWith("searched " + TestSources.Project, untested.GetMessage(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_cancelled_read_stores_nothing_and_concurrent_reads_share_one_load()
    {
        var files = Enumerable.Range(0, 4).Select(i => Source(i, readable: i != 1)).ToArray();
        var cancellable = new CancellableFile(files[0]);
        var options = AnalyzerDriver.Options(additionalFiles: files);
        var withCancellable = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(
            options.AdditionalFiles.Replace(files[0], cancellable), new Provider(options.AnalyzerConfigOptionsProvider, cancellable, files[0]));
        var inputs = TestGapsInputs.Read(withCancellable, withTestSources: true, CancellationToken.None);

        using (var cancelled = new CancellationTokenSource())
        {
            cancelled.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => inputs.ReadTestSources(cancelled.Token));
        }

        var reads = Enumerable.Range(0, 8).Select(_ => Task.Run(() => inputs.ReadTestSources(CancellationToken.None))).ToArray();
        var all = await Task.WhenAll(reads);

        var sources = all[0];
        Assert.All(all, read => Assert.Same(sources, read));
        Assert.Equal(3, sources.Texts.Count);
        Assert.Equal(new[] { TestSources.Project }, sources.Projects);
        Assert.Equal(new[] { 1, 1, 1 }, files.Skip(1).Select(f => f.Reads));
        Assert.Equal(1, cancellable.Reads);
    }

    /// <summary>The options of <paramref name="inner"/>, with <paramref name="file"/>'s metadata for its stand-in.</summary>
    private sealed class Provider(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider inner, AdditionalText standIn, TestAdditionalFile file)
        : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions => inner.GlobalOptions;

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => inner.GetOptions(tree);

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            inner.GetOptions(ReferenceEquals(textFile, standIn) ? file : textFile);
    }

    /// <summary>A test source whose read honours cancellation, as a file read may.</summary>
    private sealed class CancellableFile : AdditionalText
    {
        private readonly TestAdditionalFile inner;
        private int reads;

        public CancellableFile(TestAdditionalFile inner) => this.inner = inner;

        public override string Path => inner.Path;

        public int Reads => Volatile.Read(ref reads);

        public override SourceText? GetText(CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Interlocked.Increment(ref reads);
            return inner.GetText(cancellationToken);
        }
    }
}
