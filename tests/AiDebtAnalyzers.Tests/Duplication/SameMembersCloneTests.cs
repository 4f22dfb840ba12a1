using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// A pair of copied members edited between their blocks matches as several groups whose copies lie in the same
/// members: one duplication, reported once.
/// </summary>
public class SameMembersCloneTests
{
    // The statements the copies differ in between the two blocks: other shapes, so no match spans them.
    private const string EditA = "\n        order.Customer = \"a\";\n        ";
    private const string EditB = "\n        order.Quantity++;\n        ";

    [Fact]
    public async Task Reports_two_blocks_of_one_pair_of_copied_methods_once_as_the_larger_naming_the_other()
    {
        // A.Run and B.Run are one copied method edited in the middle: two groups, both in the same two members. One
        // finding per copy, the larger block, whose message names the line of the other block in that copy's member.
        var test = AnalyzerTestWithOrder(
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:" + Validation + "|}" + EditA + Pricing)),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:" + Validation + "|}" + EditB + Pricing)));
        const string Folded = "; 1 more block matches in the same members (here at line 23)";
        test.ExpectedDiagnostics.Add(Clone(0, new[] { 1 }, "B.cs:7" + Folded, ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(1, new[] { 0 }, "A.cs:7" + Folded, ValidationLines, ValidationTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task Names_every_folded_block_by_its_own_line_in_each_member()
    {
        // Three blocks in the same two methods, in another order in each: one finding per copy, the largest block
        // (the labeling), naming the lines of the other two in its own member.
        var source = $$"""
            namespace Shop;

            public sealed class Orders
            {
                public void Place(Order order)
                {
                    {{Validation}}{{EditA}}{{Pricing}}{{EditB}}{|#0:{{Labeling}}|}
                }

                public void Update(Order order)
                {
                    System.Console.WriteLine("update");
                    {|#1:{{Labeling}}|}
                    order.Customer = order.Customer.Trim();
                    {{Validation}}
                    order.Quantity--;
                    {{Pricing}}
                }
            }
            """;
        var test = AnalyzerTestWithOrder(("/0/Orders.cs", source));
        test.ExpectedDiagnostics.Add(Clone(0, new[] { 1 }, "Orders.cs:50; 2 more blocks match in the same members (here at lines 7 and 23)", LabelingLines, LabelingTokens));
        test.ExpectedDiagnostics.Add(Clone(1, new[] { 0 }, "Orders.cs:37; 2 more blocks match in the same members (here at lines 59 and 75)", LabelingLines, LabelingTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_finding_carries_the_debt_of_every_block_it_stands_for()
    {
        // One fixed cost for the duplication, one minute per 25 tokens of all its blocks: 5 + ceil((69 + 68) / 25) = 11,
        // where the reported block alone would be 5 + ceil(69 / 25) = 8.
        var files = new[]
        {
            ("/0/A.cs", Service("A", "Run", "order", Validation + EditA + Pricing)),
            ("/0/B.cs", Service("B", "Run", "order", Validation + EditB + Pricing)),
            ("/0/Order.cs", Order),
        };
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(ValidationTokens.ToString(CultureInfo.InvariantCulture), d.Properties[DuplicatedCodeAnalyzer.CloneTokensProperty]));
        Assert.All(diagnostics, d => Assert.Equal(DuplicatedCodeAnalyzer.DebtMinutesFor(ValidationTokens + PricingTokens).ToString(CultureInfo.InvariantCulture), d.Properties[DebtProperties.DebtMinutes]));
        Assert.Equal("11", diagnostics[0].Properties[DebtProperties.DebtMinutes]);
    }

    [Fact]
    public async Task Reports_the_warning_when_the_larger_block_differs_in_a_member()
    {
        // B's larger block throws another exception type (a suggestion); the smaller one is the same code (a warning).
        // The duplication is reported once, at the stronger severity, as the smaller block naming the larger one.
        var other = Validation.Replace("ArgumentOutOfRangeException", "ArgumentException", System.StringComparison.Ordinal);
        var test = AnalyzerTestWithOrder(
            ("/0/A.cs", Service("A", "Run", "order", Validation + EditA + "{|#0:" + Pricing + "|}")),
            ("/0/B.cs", Service("B", "Run", "order", other + EditB + "{|#1:" + Pricing + "|}")));
        const string Folded = "; 1 more block matches in the same members (here at line 7)";
        test.ExpectedDiagnostics.Add(Clone(0, new[] { 1 }, "B.cs:23" + Folded, PricingLines, PricingTokens));
        test.ExpectedDiagnostics.Add(Clone(1, new[] { 0 }, "A.cs:23" + Folded, PricingLines, PricingTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task Where_suggestions_are_hidden_the_warning_still_names_the_block_that_differs_in_a_member()
    {
        // As above in a build that shows no suggestion: the larger block is asked only whether it is a warning (the
        // classification stops at its first substitution), yet the warning's message names it as where suggestions show.
        var other = Validation.Replace("ArgumentOutOfRangeException", "ArgumentException", System.StringComparison.Ordinal);
        var files = new[]
        {
            ("/0/A.cs", Service("A", "Run", "order", Validation + EditA + Pricing)),
            ("/0/B.cs", Service("B", "Run", "order", other + EditB + Pricing)),
            ("/0/Order.cs", Order),
        };
        // The pricing block is under the default warning size: the size is lowered so that the build prints it.
        var warningSize = KeyValuePair.Create(AiDebtAnalyzers.Options.AiDebtOptions.DuplicationWarningMinTokens.Key, "50");
        var shown = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(globalValues: new[] { warningSize }), new DuplicatedCodeAnalyzer());
        var hidden = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(globalValues: new[] { warningSize, KeyValuePair.Create(ShownSuggestions.Key, "false") }), new DuplicatedCodeAnalyzer());

        Assert.Equal(2, hidden.Length);
        Assert.All(hidden, d => Assert.EndsWith("; 1 more block matches in the same members (here at line 7)", d.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal));
        Assert.Equal(shown.Select(Key), hidden.Select(Key));
    }

    private static string Key(Microsoft.CodeAnalysis.Diagnostic d) => d.Location.SourceTree!.FilePath + ":" + d.Location.SourceSpan + " " + d.Severity + " "
        + d.GetMessage(CultureInfo.InvariantCulture) + " " + d.Properties[DebtProperties.Fingerprint] + " " + d.Properties[DebtProperties.DebtMinutes];

    /// <summary>A type with a block in each of two members, <paramref name="between"/> declared between them.</summary>
    private static string TwoMembers(string className, string first, string second, string between = "") => $$"""
        namespace Shop;

        public class {{className}}
        {
            public void Store(Order order)
            {
                {{first}}
            }
        {{between}}
            public void Erase(Order order)
            {
                {{second}}
            }
        }
        """;

    [Fact]
    public async Task Reports_blocks_of_two_copied_neighbouring_members_once()
    {
        // Store and then Erase copied from one type into another: the copied region runs on across the member boundary,
        // which splits the match in two groups. One duplication: reported as the larger block, naming the other.
        var test = AnalyzerTestWithOrder(
            ("/0/A.cs", TwoMembers("A", "{|#0:" + Validation + "|}", Pricing)),
            ("/0/B.cs", TwoMembers("B", "{|#1:" + Validation + "|}", Pricing)));
        const string Folded = "; 1 more block matches in the same or neighbouring members (here at line 26)";
        test.ExpectedDiagnostics.Add(Clone(0, new[] { 1 }, "B.cs:7" + Folded, ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(1, new[] { 0 }, "A.cs:7" + Folded, ValidationLines, ValidationTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_blocks_of_two_copied_types_once_when_the_members_are_not_neighbours_in_every_type()
    {
        // B declares another member between the two: no run of members, but the two blocks lie one copy in each of
        // the same two types, A copied into B: one duplication (see SameTypesCloneTests).
        var test = AnalyzerTestWithOrder(
            ("/0/A.cs", TwoMembers("A", "{|#0:" + Validation + "|}", Pricing)),
            ("/0/B.cs", TwoMembers("B", "{|#1:" + Validation + "|}", Pricing, "\n    public int Count { get; set; }\n")));
        test.ExpectedDiagnostics.Add(Clone(0, new[] { 1 }, "B.cs:7; 1 more block matches in the same types (here at line 26)", ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(1, new[] { 0 }, "A.cs:7; 1 more block matches in the same types (here at line 28)", ValidationLines, ValidationTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_blocks_of_two_copied_types_once_when_the_members_come_in_another_order()
    {
        // B declares the blocks' members the other way round: no copied run of members, one copied type.
        var test = AnalyzerTestWithOrder(
            ("/0/A.cs", TwoMembers("A", "{|#0:" + Validation + "|}", Pricing)),
            ("/0/B.cs", TwoMembers("B", Pricing, "{|#1:" + Validation + "|}")));
        test.ExpectedDiagnostics.Add(Clone(0, new[] { 1 }, "B.cs:24; 1 more block matches in the same types (here at line 26)", ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(1, new[] { 0 }, "A.cs:7; 1 more block matches in the same types (here at line 7)", ValidationLines, ValidationTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task Keeps_both_groups_when_one_block_has_a_copy_in_another_member_too()
    {
        // The pricing block is also in C: its copies lie in three members, the validation's in two. Two duplications.
        var test = AnalyzerTestWithOrder(
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:" + Validation + "|}" + EditA + "{|#2:" + Pricing + "|}")),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:" + Validation + "|}" + EditB + "{|#3:" + Pricing + "|}")),
            ("/0/C.cs", Service("C", "Run", "order", "{|#4:" + Pricing + "|}")));
        test.ExpectedDiagnostics.Add(Clone(0, new[] { 1 }, "B.cs:7", ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(1, new[] { 0 }, "A.cs:7", ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(2, new[] { 3, 4 }, "B.cs:23 and C.cs:7", PricingLines, PricingTokens));
        test.ExpectedDiagnostics.Add(Clone(3, new[] { 2, 4 }, "A.cs:23 and C.cs:7", PricingLines, PricingTokens));
        test.ExpectedDiagnostics.Add(Clone(4, new[] { 2, 3 }, "A.cs:23 and B.cs:23", PricingLines, PricingTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task Keeps_both_groups_when_their_copies_lie_in_one_member()
    {
        // Both copies of each block lie in one method: no pair of copied members, two duplications within one body.
        var source = $$"""
            namespace Shop;

            public sealed class Orders
            {
                public void Place(Order order)
                {
                    {
                        {|#0:{{Validation}}|}{{EditA}}{|#2:{{Pricing}}|}
                    }

                    if (order.Quantity > 1)
                    {
                        {|#1:{{Validation}}|}
                        order.Customer = order.Customer.Trim();
                        {|#3:{{Pricing}}|}
                    }
                }
            }
            """;
        var test = AnalyzerTestWithOrder(("/0/Orders.cs", source));
        test.ExpectedDiagnostics.Add(Clone(0, new[] { 1 }, "Orders.cs:41", ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(1, new[] { 0 }, "Orders.cs:8", ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(2, new[] { 3 }, "Orders.cs:57", PricingLines, PricingTokens));
        test.ExpectedDiagnostics.Add(Clone(3, new[] { 2 }, "Orders.cs:24", PricingLines, PricingTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_fix_extracts_the_reported_block_and_the_other_is_found_again_after_it()
    {
        // The fix (and fix-all) works on the group reported: the validation. The pricing block stays in both methods and
        // is then a duplication of its own, which the next pass extracts.
        var source = $$"""
            namespace Shop;

            public sealed class Orders
            {
                public void Place(Order order)
                {
                    [|{{Validation}}|]{{EditA}}{{Pricing}}
                }

                public void Update(Order order)
                {
                    [|{{Validation}}|]{{EditB}}{{Pricing}}
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Orders
            {
                public void Place(Order order)
                {
                    ValidateOrder(order);
                    order.Customer = "a";
                    SetOrderUnitPrice(order);
                }

                private static void SetOrderUnitPrice(Order order)
                {
                    var discount = order.UnitPrice / 10m;
                    if (discount > 5m)
                    {
                        discount = 5m + ((discount - 5m) / 2m);
                    }

                    var net = order.Quantity * (order.UnitPrice - discount);
                    if (net < 0m)
                    {
                        net = 0m;
                    }

                    order.UnitPrice = net / order.Quantity;
                }

                private static void ValidateOrder(Order order)
                {
                    if (order is null)
                    {
                        throw new System.ArgumentNullException(nameof(order));
                    }

                    if (order.Quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity must be positive.");
                    }

                    var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }
                }

                public void Update(Order order)
                {
                    ValidateOrder(order);
                    order.Quantity++;
                    SetOrderUnitPrice(order);
                }
            }
            """;

        // The first pass (one fix, or fix-all) extracts the validation only; the pricing block is reported and
        // extracted in the second.
        var test = FixTestWithOrder(source, fixedSource, editorConfig: null);
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 2;
        test.NumberOfFixAllInDocumentIterations = 2;
        test.NumberOfFixAllInProjectIterations = 2;
        await test.RunAsync();
    }
}
