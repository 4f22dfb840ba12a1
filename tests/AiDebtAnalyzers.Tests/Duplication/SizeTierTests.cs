using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using System.Collections.Generic;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The size tier: a block under <c>aidebt.duplication.warning_min_tokens</c> (default 80) is reported as a suggestion
/// marked <c>aidebt.cloneSize = small</c>. The size lowers the severity, and what stands for what ranks findings by
/// that severity: a small block with more copies never hides a longer block that would be a warning.
/// </summary>
public class SizeTierTests
{
    // Twice the shared validation block, the second time with its own total: one 138-token block.
    private static readonly string Large = Validation + "\n\n        " + Validation.Replace("total", "total2", System.StringComparison.Ordinal);

    // Twice the shared pricing block, the second time with its own names: a large block that shares nothing with Validation.
    private static readonly string LargePricing = Pricing + "\n\n        " + Pricing.Replace("discount", "rebate", System.StringComparison.Ordinal).Replace("net", "net2", System.StringComparison.Ordinal);

    [Fact]
    public void The_default_is_eighty_tokens()
    {
        Assert.Equal(80, AiDebtOptions.DuplicationWarningMinTokens.Default);
        Assert.True(ValidationTokens < 80, "the shared validation block is the small case of these tests");
    }

    [Fact]
    public async Task A_block_of_at_least_the_warning_size_is_a_warning_without_a_size_mark()
    {
        var diagnostics = await AnalyzeAsync(null, Large);
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal("138", d.Properties[DuplicatedCodeAnalyzer.CloneTokensProperty]));
        Assert.All(diagnostics, d => Assert.False(d.Properties.ContainsKey(DuplicatedCodeAnalyzer.CloneSizeProperty)));
    }

    [Fact]
    public async Task A_smaller_block_is_a_suggestion_marked_small_with_its_kind_kept()
    {
        var diagnostics = await AnalyzeAsync(null, Validation);
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(DuplicatedCodeAnalyzer.SmallClone, d.Properties[DuplicatedCodeAnalyzer.CloneSizeProperty]));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    [Theory]
    [InlineData("aidebt.duplication.warning_min_tokens = 50", DiagnosticSeverity.Warning)]
    [InlineData("aidebt.duplication.warning_min_tokens = 69", DiagnosticSeverity.Warning)]
    [InlineData("aidebt.duplication.warning_min_tokens = 70", DiagnosticSeverity.Info)]
    [InlineData("aidebt.duplication.warning_min_tokens = 200", DiagnosticSeverity.Info)]
    public async Task The_option_sets_the_size_a_warning_needs(string option, DiagnosticSeverity expected)
    {
        var diagnostics = await AnalyzeAsync(option, Validation);
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(expected, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(expected == DiagnosticSeverity.Info, d.Properties.ContainsKey(DuplicatedCodeAnalyzer.CloneSizeProperty)));
    }

    [Fact]
    public async Task A_large_block_of_another_kind_stays_a_suggestion()
    {
        // One type differs (ArgumentException against ArgumentNullException): a members copy is a suggestion at any size.
        var other = Large.Replace("System.ArgumentNullException(nameof(order))", "System.ArgumentException(nameof(order))", System.StringComparison.Ordinal);
        var diagnostics = await AnalyzeAsync(null, Large, other);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.MembersName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
        Assert.All(diagnostics, d => Assert.False(d.Properties.ContainsKey(DuplicatedCodeAnalyzer.CloneSizeProperty)));
    }

    [Fact]
    public async Task The_tier_reports_the_same_blocks_as_every_block_a_warning()
    {
        var files = new[]
        {
            ("/0/A.cs", Service("A", "Run", "order", Validation)),
            ("/0/B.cs", Service("B", "Run", "order", Validation)),
            ("/0/C.cs", Service("C", "Run", "order", LargePricing)),
            ("/0/D.cs", Service("D", "Run", "order", LargePricing)),
            ("/0/Order.cs", Order),
        };
        var tiered = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        var flat = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options("aidebt.duplication.warning_min_tokens = 10"), new DuplicatedCodeAnalyzer());
        Assert.Equal(flat.Select(Key), tiered.Select(Key));
        Assert.All(flat, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(tiered, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains(tiered, d => d.Severity == DiagnosticSeverity.Info);

        static string Key(Diagnostic d) => d.Location.SourceTree!.FilePath + ":" + d.Location.SourceSpan + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
            + " " + d.Properties[AiDebtAnalyzers.Infrastructure.DebtProperties.Fingerprint];
    }

    [Fact]
    public async Task A_small_block_that_stands_for_a_warning_sized_longer_block_is_a_warning()
    {
        // Validation alone (69 tokens) in three places, two of them followed by Pricing: one duplication at two
        // extents, reported once as the block all three share. The longer block two of them share would be a warning on
        // its own, so the finding keeps that severity at every copy: a build prints it.
        var diagnostics = await AnalyzeAsync(ThreePlacesTwoGoingOn(Pricing));

        Assert.Equal(3, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(ValidationTokens.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Properties[DuplicatedCodeAnalyzer.CloneTokensProperty]));
        Assert.All(diagnostics, d => Assert.False(d.Properties.ContainsKey(DuplicatedCodeAnalyzer.CloneSizeProperty)));
        Assert.All(diagnostics, d => Assert.Contains("2 of them share a longer block", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal));

        // Where suggestions are hidden it is kept, the same finding.
        var unseen = await AnalyzeWhereSuggestionsAreHiddenAsync(ThreePlacesTwoGoingOn(Pricing));
        Assert.Equal(diagnostics.Select(Key), unseen.Select(Key));
    }

    [Fact]
    public async Task A_small_block_is_raised_by_a_warning_sized_block_down_its_chain_in_every_request()
    {
        // Validation in four places; three go on with Bound (Max, Max, Min: a member apart); two go on with Pricing too,
        // the same code (a 170-token block). The block all four share stands for the chain and takes the warning of its
        // identical innermost block, also when an editor asks for one copy's span only.
        var files = ChainOfThree(Validation);
        var diagnostics = await AnalyzeAsync(files);

        Assert.Equal(4, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(ValidationTokens.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Properties[DuplicatedCodeAnalyzer.CloneTokensProperty]));
        await AssertSpanLimitedRequestsAgree(files, diagnostics);

        var unseen = await AnalyzeWhereSuggestionsAreHiddenAsync(files);
        Assert.Equal(diagnostics.Select(Key), unseen.Select(Key));
    }

    [Fact]
    public async Task A_suggestion_at_the_top_of_a_chain_does_not_hide_the_identical_block_at_its_end()
    {
        // As above, but the fourth copy throws another exception type: the block all four share is a suggestion, and
        // so is the three-copy block a member apart. The two identical copies keep their own warning.
        var files = ChainOfThree(Validation.Replace("ArgumentNullException", "ArgumentException", System.StringComparison.Ordinal));
        var diagnostics = await AnalyzeAsync(files);

        var warnings = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToArray();
        Assert.Equal(new[] { "/0/F0.cs", "/0/F1.cs" }, warnings.Select(d => d.Location.SourceTree!.FilePath).OrderBy(p => p, System.StringComparer.Ordinal));
        Assert.All(warnings, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));

        var unseen = await AnalyzeWhereSuggestionsAreHiddenAsync(files);
        Assert.Equal(warnings.Select(Key), unseen.Select(Key));
    }

    [Fact]
    public async Task A_small_block_is_raised_by_a_warning_sized_block_that_continues_its_copies()
    {
        // Two types whose methods were copied and edited: the validation method and the pricing method match across
        // the types (one duplication of the same types, reported as its largest block, Validation, 69 tokens). In one
        // type both methods end with the same 90-token tail, which continues the copies and is folded into that
        // finding: it would be a warning on its own, so the finding is one.
        var tail = Labeling + "\n        order.Quantity = order.Quantity + order.Customer.Length;";
        var files = new[]
        {
            ("/0/Orders.cs", TwoMethods("Orders", "ToLeft", Validation + "\n        " + tail, "ToRight", Pricing + "\n        " + tail)),
            ("/0/Sales.cs", TwoMethods("Sales", "ToRight", Pricing + "\n        order.Quantity--;", "ToLeft", Validation + "\n        order.Quantity++;")),
            ("/0/Order.cs", Order),
        };
        var diagnostics = await AnalyzeAsync(files);

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(diagnostics, d => Assert.False(d.Properties.ContainsKey(DuplicatedCodeAnalyzer.CloneSizeProperty)));
        await AssertSpanLimitedRequestsAgree(files, diagnostics);
    }

    [Fact]
    public async Task In_a_test_project_a_small_block_that_stands_for_a_longer_one_stays_a_suggestion()
    {
        var files = ThreePlacesTwoGoingOn(Pricing);
        var testProject = new[] { KeyValuePair.Create(ProjectKind.IsTestProjectProperty, "true") };
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(globalValues: testProject), new DuplicatedCodeAnalyzer());

        Assert.Equal(3, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public async Task A_small_block_whose_longer_extent_is_a_suggestion_kind_stays_a_suggestion()
    {
        // The longer block differs in a member between its two copies (Math.Max against Math.Min): on its own it would
        // be a suggestion, so the small block standing for it is one too.
        var files = ThreePlacesTwoGoingOn(Bound("Max"));
        files[1] = ("/0/F1.cs", Service("F1", "Run", "order", Validation + "\n\n        " + Bound("Min")));
        var diagnostics = await AnalyzeAsync(files);

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("2 of them share a longer block", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_editorconfig_severity_applies_to_every_block()
    {
        // A configured severity replaces each diagnostic's own, as it does for the suggestion kinds.
        var test = AnalyzerTestWithOrder(
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:" + Validation + "|}")),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:" + Validation + "|}")));
        test.WithEditorConfig("dotnet_diagnostic.AID101.severity = warning");
        test.ExpectedDiagnostics.Add(Clone(0, 1, "B.cs:7").WithSeverity(DiagnosticSeverity.Warning));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "A.cs:7").WithSeverity(DiagnosticSeverity.Warning));
        await test.RunAsync();
    }

    [Fact]
    public async Task Where_suggestions_are_hidden_the_warnings_are_the_same_and_every_suggestion_is_left_out()
    {
        // A command-line build without an error log gets aidebt_build.suggestions_shown = false from the package.
        var files = TieredFiles();
        var shown = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        var unseen = await AnalyzeWhereSuggestionsAreHiddenAsync(files);

        Assert.Contains(shown, d => d.Severity == DiagnosticSeverity.Info && d.Properties.ContainsKey(DuplicatedCodeAnalyzer.CloneSizeProperty));
        Assert.Contains(shown, d => d.Severity == DiagnosticSeverity.Info && d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty] == CloneKindClassifier.MembersName);
        Assert.Equal(shown.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(Key), unseen.Select(Key));
        Assert.All(unseen, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public async Task Where_suggestions_are_hidden_a_configured_severity_still_raises_every_block()
    {
        // Strict, or the command line's /warnaserror:AID101, raises the small blocks: they are reported as before.
        var files = TieredFiles();
        var raised = AnalyzerDriver.Compile(files).WithOptions(AnalyzerDriver.Compile(files).Options
            .WithSpecificDiagnosticOptions(new[] { KeyValuePair.Create(RuleIds.DuplicatedCode, ReportDiagnostic.Warn) }));
        var shown = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        var unseen = await AnalyzerDriver.RunAsync(raised, AnalyzerDriver.Options(globalValues: SuggestionsHidden), new DuplicatedCodeAnalyzer());

        // The configured severity makes every finding a warning; the findings are the same.
        Assert.Equal(shown.Select(Place), unseen.Select(Place));
        Assert.All(unseen, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    public static IEnumerable<object[]> MixedTiers()
    {
        // Small blocks that absorb, carry or share members with large ones: which group stands for which is decided by
        // the same kinds and sizes whichever findings are reported.
        var both = Validation + "\n\n        " + Pricing;
        var renamed = Validation + "\n\n        " + Pricing.Replace("discount", "rebate", System.StringComparison.Ordinal);
        var otherValues = Validation + "\n\n        " + Pricing.Replace("0.", "1.", System.StringComparison.Ordinal);
        yield return new object[] { "a small block with more copies than the large one around it", new[] { both, both, Validation } };
        yield return new object[] { "two more copies of the small block", new[] { both, both, Validation, Validation } };
        yield return new object[] { "renamed", new[] { both, renamed, Validation } };
        yield return new object[] { "other values", new[] { both, otherValues, Validation } };
        yield return new object[] { "the other part repeated", new[] { both, both, Pricing, Pricing } };
        yield return new object[] { "three parts", new[] { both + "\n\n        " + Labeling, both + "\n\n        " + Labeling, Labeling, Validation } };
    }

    [Theory]
    [MemberData(nameof(MixedTiers))]
    public async Task Where_suggestions_are_hidden_mixed_tiers_keep_their_warnings(string name, string[] blocks)
    {
        _ = name; // labels the case in the test's name only
        var files = blocks.Select((block, i) => ("/0/F" + i + ".cs", Service("F" + i, "Run", "order", block))).Append(("/0/Order.cs", Order)).ToArray();
        var shown = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        var unseen = await AnalyzeWhereSuggestionsAreHiddenAsync(files);

        Assert.Equal(shown.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(Key), unseen.Select(Key));
    }

    [Theory]
    [InlineData("dotnet_analyzer_diagnostic.category-AiDebt.Duplication.severity = warning")]
    [InlineData("dotnet_analyzer_diagnostic.severity = warning")]
    public async Task Where_suggestions_are_hidden_a_bulk_severity_keeps_every_block(string bulk)
    {
        // A bulk setting raises every finding of the category (or every rule) as a rule's own severity would.
        var files = TieredFiles();
        var shown = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        var unseen = await AnalyzeWhereSuggestionsAreHiddenAsync(files, bulk);

        Assert.Equal(shown.Select(Place), unseen.Select(Place));
    }

    [Fact]
    public async Task Where_suggestions_are_hidden_a_test_project_reports_nothing_and_builds_no_index()
    {
        var files = TieredFiles();
        var values = SuggestionsHidden.Append(KeyValuePair.Create(ProjectKind.IsTestProjectProperty, "true")).ToArray();
        var compilation = AnalyzerDriver.Compile(files);
        var shownInTests = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(globalValues: new[] { values[1] }), new DuplicatedCodeAnalyzer());
        var unseen = await AnalyzerDriver.RunAsync(compilation, AnalyzerDriver.Options(globalValues: values), new DuplicatedCodeAnalyzer());

        Assert.NotEmpty(shownInTests);
        Assert.Empty(unseen);
        Assert.All(compilation.SyntaxTrees, tree => Assert.False(TreeCloneData.TryGetCached(tree, out _)));
    }

    /// <summary>A small block, a large one, and a large one whose copies differ in a member (a suggestion at any size).</summary>
    private static (string Path, string Source)[] TieredFiles() => new[]
    {
        ("/0/A.cs", Service("A", "Run", "order", Validation)),
        ("/0/B.cs", Service("B", "Run", "order", Validation)),
        ("/0/C.cs", Service("C", "Run", "order", LargePricing)),
        ("/0/D.cs", Service("D", "Run", "order", LargePricing)),
        ("/0/E.cs", Service("E", "Run", "order", Labeling + "\n\n        " + Bound("Max"))),
        ("/0/F.cs", Service("F", "Run", "order", Labeling + "\n\n        " + Bound("Min"))),
        ("/0/Order.cs", Order),
    };

    /// <summary>Two statements calling <paramref name="method"/> of <c>System.Math</c>: Max in one copy and Min in another is one member apart.</summary>
    private static string Bound(string method) => "var bound = System.Math." + method + "(order.Quantity, order.Customer.Length);\n        order.Quantity = bound + (order.Customer.Length * 2);";

    /// <summary>Validation in three files, the first two going on alike with <paramref name="tail"/>.</summary>
    private static (string Path, string Source)[] ThreePlacesTwoGoingOn(string tail) => new[]
    {
        ("/0/F0.cs", Service("F0", "Run", "order", Validation + "\n\n        " + tail)),
        ("/0/F1.cs", Service("F1", "Run", "order", Validation + "\n\n        " + tail)),
        ("/0/F2.cs", Service("F2", "Run", "order", Validation)),
        ("/0/Order.cs", Order),
    };

    /// <summary>Validation in three files and <paramref name="fourth"/> in a fourth; the three go on with Bound (Max, Max, Min), the first two with Pricing too.</summary>
    private static (string Path, string Source)[] ChainOfThree(string fourth) => new[]
    {
        ("/0/F0.cs", Service("F0", "Run", "order", Validation + "\n\n        " + Bound("Max") + "\n\n        " + Pricing)),
        ("/0/F1.cs", Service("F1", "Run", "order", Validation + "\n\n        " + Bound("Max") + "\n\n        " + Pricing)),
        ("/0/F2.cs", Service("F2", "Run", "order", Validation + "\n\n        " + Bound("Min"))),
        ("/0/F3.cs", Service("F3", "Run", "order", fourth)),
        ("/0/Order.cs", Order),
    };

    private static string TwoMethods(string type, string first, string firstBody, string second, string secondBody) => $$"""
        namespace Shop;

        public sealed class {{type}}
        {
            public void {{first}}(Order order)
            {
                {{firstBody}}
            }

            public void {{second}}(Order order)
            {
                {{secondBody}}
            }
        }
        """;

    /// <summary>Each finding asked again by a request for its own span (an editor's light bulb): the same severity, size mark and message.</summary>
    private static async Task AssertSpanLimitedRequestsAgree((string Path, string Source)[] files, ImmutableArray<Diagnostic> full)
    {
        foreach (var diagnostic in full)
        {
            var compilation = AnalyzerDriver.Compile(files);
            var withAnalyzer = compilation.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new DuplicatedCodeAnalyzer()),
                new CompilationWithAnalyzersOptions(AnalyzerDriver.Options(), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == diagnostic.Location.SourceTree!.FilePath);
            var limited = await withAnalyzer.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), diagnostic.Location.SourceSpan, System.Threading.CancellationToken.None);
            var same = Assert.Single(limited, d => d.Location.SourceSpan == diagnostic.Location.SourceSpan);
            Assert.Equal(Key(diagnostic), Key(same));
        }
    }

    /// <summary>What the package's targets tell a command-line build that writes no error log.</summary>
    private static readonly KeyValuePair<string, string>[] SuggestionsHidden = { KeyValuePair.Create(ShownSuggestions.Key, "false") };

    private static Task<ImmutableArray<Diagnostic>> AnalyzeWhereSuggestionsAreHiddenAsync((string Path, string Source)[] files, string? editorConfig = null) =>
        AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(editorConfig, SuggestionsHidden), new DuplicatedCodeAnalyzer());

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync((string Path, string Source)[] files) =>
        AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());

    private static string Place(Diagnostic d) => d.Location.SourceTree!.FilePath + ":" + d.Location.SourceSpan + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    private static string Key(Diagnostic d) => d.Location.SourceTree!.FilePath + ":" + d.Location.SourceSpan + " " + d.Severity + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
        + " " + d.Properties[AiDebtAnalyzers.Infrastructure.DebtProperties.Fingerprint];

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string? editorConfig, string block, string? otherBlock = null)
    {
        var files = new[]
        {
            ("/0/A.cs", Service("A", "Run", "order", block)),
            ("/0/B.cs", Service("B", "Run", "order", otherBlock ?? block)),
            ("/0/Order.cs", Order),
        };
        return AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(editorConfig), new DuplicatedCodeAnalyzer());
    }
}
