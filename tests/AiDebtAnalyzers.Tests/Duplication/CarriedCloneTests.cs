using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// A shorter block that lies inside every copy of a longer one and also elsewhere (one arm of a run of copied arms) is
/// the longer block's repeated part: one duplication, reported once, as the longer block naming the other copies. So is a
/// block whose copies lie in the same members as a larger one's even where one copy overlaps the larger one's.
/// </summary>
public class CarriedCloneTests
{
    private const string Next = "\n        ";

    /// <summary>The longer block: validation, pricing and labeling, more than twice the pricing block's tokens.</summary>
    private const string Long = Validation + Next + Pricing + Next + Labeling;

    [Fact]
    public async Task Reports_a_block_inside_every_copy_of_a_longer_one_once_as_the_longer_naming_its_other_copies()
    {
        // The pricing block lies inside both copies of the long block and once more in C: one helper for the pricing
        // fixes all three, so the long block's finding names C's copy and C has no finding of its own.
        var test = AnalyzerTestWithOrder(
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:" + Long + "|}")),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:" + Long + "|}")),
            ("/0/C.cs", Service("C", "Run", "order", Pricing)));
        var tokens = ValidationTokens + PricingTokens + 76;
        test.ExpectedDiagnostics.Add(Clone(0, 1, "B.cs:7; its 13-line block at line 22 is also in C.cs:7", 36, tokens));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "A.cs:7; its 13-line block at line 22 is also in C.cs:7", 36, tokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_block_inside_several_longer_ones_is_named_by_the_first_its_kind_allows()
    {
        // The pricing lies inside both copies of the validated pricing (A, B: a warning), inside both copies of the
        // pricing and labeling (C, D: a suggestion, one writes with Write, the other with WriteLine) and alone in E.
        // The largest block that holds it is the suggestion, which a warning is not folded into; the next one, the
        // warning, names its other copies, those inside the suggestion's copies too, and it has no finding of its own.
        var labelingWrite = Labeling.Replace("System.Console.WriteLine(", "System.Console.Write(", System.StringComparison.Ordinal);
        var test = AnalyzerTestWithOrder(
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:" + Validation + Next + Pricing + "|}")),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:" + Validation + Next + Pricing + "|}")),
            ("/0/C.cs", Service("C", "Run", "order", "{|#2:" + Pricing + Next + Labeling + "|}")),
            ("/0/D.cs", Service("D", "Run", "order", "{|#3:" + Pricing + Next + labelingWrite + "|}")),
            ("/0/E.cs", Service("E", "Run", "order", Pricing)));
        var tokens = ValidationTokens + PricingTokens;
        test.ExpectedDiagnostics.Add(Clone(0, 1, "B.cs:7; its 13-line block at line 22 is also in C.cs:7, D.cs:7 and E.cs:7", 28, tokens));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "A.cs:7; its 13-line block at line 22 is also in C.cs:7, D.cs:7 and E.cs:7", 28, tokens));
        test.ExpectedDiagnostics.Add(Clone(2, 3, "D.cs:7", 21, PricingTokens + LabelingTokens).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        test.ExpectedDiagnostics.Add(Clone(3, 2, "C.cs:7", 21, PricingTokens + LabelingTokens).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        await test.RunAsync();
    }

    [Fact]
    public async Task Keeps_the_shorter_block_reported_when_a_copy_of_the_longer_one_holds_none_of_it()
    {
        // Pricing then labeling in A and C; validation then pricing in A and B. The larger pair (A, C) holds no copy of
        // the other in C, so the other is a duplication of its own: reported at B, its copy clear of the larger pair.
        var files = new[]
        {
            ("/0/A.cs", Service("A", "Run", "order", Long)),
            ("/0/B.cs", Service("B", "Run", "order", Validation + Next + Pricing + Next + "order.Quantity++;")),
            ("/0/C.cs", Service("C", "Run", "order", Pricing + Next + Labeling)),
            ("/0/Order.cs", Order),
        };
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        Assert.Equal(new[] { "/0/A.cs", "/0/B.cs", "/0/C.cs" }, diagnostics.Select(d => d.Location.SourceTree!.FilePath).OrderBy(p => p, System.StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.DoesNotContain("is also in", d.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_longer_finding_changes_its_fingerprint_when_the_shorter_block_gains_a_copy()
    {
        // A baseline that lists the long block's finding must not accept a new paste of the pricing block, which has no
        // finding of its own: the fingerprint counts the copies it names. Without any, it is the fingerprint it always was.
        static (string, string) File(string name, string body) => ("/0/" + name + ".cs", Service(name, "Run", "order", body));
        async Task<string> FingerprintInA(params (string, string)[] files)
        {
            var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files.Append(("/0/Order.cs", Order))), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
            return diagnostics.Single(d => d.Location.SourceTree!.FilePath == "/0/A.cs").Properties[DebtProperties.Fingerprint]!;
        }

        var alone = await FingerprintInA(File("A", Long), File("B", Long));
        var once = await FingerprintInA(File("A", Long), File("B", Long), File("C", Pricing));
        var twice = await FingerprintInA(File("A", Long), File("B", Long), File("C", Pricing), File("D", Pricing));
        Assert.NotEqual(alone, once);
        Assert.NotEqual(once, twice);
        Assert.Equal(once, await FingerprintInA(File("A", Long), File("B", Long), File("C", Pricing)));
    }

    [Fact]
    public async Task The_longer_finding_carries_the_debt_of_the_block_it_names()
    {
        var files = new[]
        {
            ("/0/A.cs", Service("A", "Run", "order", Long)),
            ("/0/B.cs", Service("B", "Run", "order", Long)),
            ("/0/C.cs", Service("C", "Run", "order", Pricing)),
            ("/0/Order.cs", Order),
        };
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        Assert.Equal(2, diagnostics.Length);
        var tokens = int.Parse(diagnostics[0].Properties[DuplicatedCodeAnalyzer.CloneTokensProperty]!, CultureInfo.InvariantCulture);
        Assert.All(diagnostics, d => Assert.Equal(DuplicatedCodeAnalyzer.DebtMinutesFor(tokens + PricingTokens).ToString(CultureInfo.InvariantCulture), d.Properties[DebtProperties.DebtMinutes]));
        Assert.All(diagnostics, d => Assert.Equal("2", d.Properties[DuplicatedCodeAnalyzer.CloneCopiesProperty]));
    }

    [Fact]
    public async Task Reports_two_blocks_of_the_same_members_once_when_one_copy_overlaps_the_larger_block()
    {
        // A's getter writes the separator twice, B's once: the validation's copy in B ends with the separator that starts
        // the pricing's copy there. The pricing has a copy inside the validation's in B, and its copies still lie one
        // in each of the same two members: one duplication, reported as the larger block naming the other.
        const string Separator = "order.Customer = \"/\";";
        var test = AnalyzerTestWithOrder(
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:" + Validation + Next + Separator + "|}" + Next + Separator + Next + Pricing)),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:" + Validation + Next + Separator + "|}" + Next + Pricing)));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "B.cs:7; 1 more block matches in the same members (here at line 23)", 16, ValidationTokens + 6));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "A.cs:7; 1 more block matches in the same members (here at line 22)", 16, ValidationTokens + 6));
        await test.RunAsync();
    }
}
