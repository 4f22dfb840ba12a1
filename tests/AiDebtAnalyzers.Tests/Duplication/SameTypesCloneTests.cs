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
/// A class copied and then edited matches one stretch at a time, in members whose names or order differ: groups that
/// lie one copy in each of the same types are one duplication, reported once, as the largest naming the others.
/// </summary>
public class SameTypesCloneTests
{
    private const string Next = "\n        ";

    /// <summary>A type named <paramref name="name"/> with two methods of the given names and bodies.</summary>
    private static string Type(string name, string first, string firstBody, string second, string secondBody, string modifiers = "public sealed class") => $$"""
        namespace Shop;

        {{modifiers}} {{name}}
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

    [Fact]
    public async Task Reports_blocks_in_other_members_of_the_same_two_types_once_as_the_larger_naming_the_other()
    {
        // Sales copied from Orders, its methods renamed: the validation lies in Check and Verify, the pricing in
        // Price and Quote. One copied type, one finding per copy, naming the pricing's line in that copy's type.
        var test = AnalyzerTestWithOrder(
            ("/0/Orders.cs", Type("Orders", "Check", "{|#0:" + Validation + "|}", "Price", Pricing)),
            ("/0/Sales.cs", Type("Sales", "Quote", Pricing, "Verify", "{|#1:" + Validation + "|}")));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "Sales.cs:24; 1 more block matches in the same types (here at line 26)", ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "Orders.cs:7; 1 more block matches in the same types (here at line 7)", ValidationLines, ValidationTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task Folds_a_block_that_continues_copies_of_the_duplication_in_one_type()
    {
        // Orders and Sales each hold a "to left" (validation) and a "to right" (pricing) method, in another order: one
        // duplication by types. Orders ends both with the same labeling, Sales with other statements: the labeling matches as a group
        // of two copies in Orders, each right after a copy of the duplication. It is that duplication's tail: named by
        // its finding in Orders, no finding of its own (although it is the larger block).
        var test = AnalyzerTestWithOrder(
            ("/0/Orders.cs", Type("Orders", "ToLeft", "{|#0:" + Validation + "|}" + Next + Labeling, "ToRight", Pricing + Next + Labeling)),
            ("/0/Sales.cs", Type("Sales", "ToRight", Pricing + Next + "order.Quantity--;", "ToLeft", "{|#1:" + Validation + "|}" + Next + "order.Quantity++;")));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "Sales.cs:25; 2 more blocks match in the same types (here at lines 22 and 34)", ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "Orders.cs:7; 1 more block matches in the same types (here at line 7)", ValidationLines, ValidationTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task Keeps_a_block_that_continues_the_duplication_in_one_copy_only()
    {
        // The labeling follows the validation in Orders and is copied alone into Quotes: a duplication of its own that
        // shares a member with the copied types, so it keeps its finding.
        var test = AnalyzerTestWithOrder(
            ("/0/Orders.cs", Type("Orders", "ToLeft", "{|#0:" + Validation + "|}" + Next + "{|#2:" + Labeling + "|}", "ToRight", Pricing)),
            ("/0/Sales.cs", Type("Sales", "ToRight", Pricing + Next + "order.Quantity--;", "ToLeft", "{|#1:" + Validation + "|}" + Next + "order.Quantity++;")),
            ("/0/Quotes.cs", Service("Quotes", "Run", "order", "{|#3:" + Labeling + "|}")));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "Sales.cs:25; 1 more block matches in the same types (here at line 34)", ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(2, 3, "Quotes.cs:7", LabelingLines, LabelingTokens));
        test.ExpectedDiagnostics.Add(Clone(3, 2, "Orders.cs:22", LabelingLines, LabelingTokens));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "Orders.cs:7; 1 more block matches in the same types (here at line 7)", ValidationLines, ValidationTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task Keeps_both_groups_when_their_copies_lie_in_other_pairs_of_types()
    {
        // The validation is copied from Orders into Sales, the pricing from Orders into Quotes: two duplications.
        var test = AnalyzerTestWithOrder(
            ("/0/Orders.cs", Type("Orders", "Check", "{|#0:" + Validation + "|}", "Price", "{|#2:" + Pricing + "|}")),
            ("/0/Sales.cs", Type("Sales", "Verify", "{|#1:" + Validation + "|}", "Quote", "order.Quantity++;")),
            ("/0/Quotes.cs", Type("Quotes", "Verify", "order.Quantity--;", "Quote", "{|#3:" + Pricing + "|}")));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "Sales.cs:7", ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(2, 3, "Quotes.cs:12", PricingLines, PricingTokens));
        test.ExpectedDiagnostics.Add(Clone(3, 2, "Orders.cs:26", PricingLines, PricingTokens));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "Orders.cs:7", ValidationLines, ValidationTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task Keeps_both_groups_when_their_copies_lie_in_the_partial_declarations_of_one_type()
    {
        // Orders is one partial type over two files: its copies are the class's own duplications, each its own finding.
        var test = AnalyzerTestWithOrder(
            ("/0/Orders.Check.cs", Type("Orders", "Check", "{|#0:" + Validation + "|}", "Price", "{|#2:" + Pricing + "|}", "public sealed partial class")),
            ("/0/Orders.Verify.cs", Type("Orders", "Quote", "{|#3:" + Pricing + "|}", "Verify", "{|#1:" + Validation + "|}", "public sealed partial class")));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "Orders.Verify.cs:24", ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(2, 3, "Orders.Verify.cs:7", PricingLines, PricingTokens));
        test.ExpectedDiagnostics.Add(Clone(3, 2, "Orders.Check.cs:26", PricingLines, PricingTokens));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "Orders.Check.cs:7", ValidationLines, ValidationTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task Names_no_lines_when_the_other_blocks_lie_in_other_files_of_the_partial_types()
    {
        // Orders and Sales are each partial over two files, the validation copied into one file of each and the
        // pricing into the other: no other block lies in the finding's own file, so it names none (it said
        // "0 more blocks match in the same types (here at lines )").
        var test = AnalyzerTestWithOrder(
            ("/0/Orders.cs", Type("Orders", "Check", "{|#0:" + Validation + "|}", "Count", "order.Quantity++;", "public partial class")),
            ("/0/Orders.Pricing.cs", Type("Orders", "Price", Pricing, "Reset", "order.Quantity = 0;", "public partial class")),
            ("/0/Sales.cs", Type("Sales", "Verify", "{|#1:" + Validation + "|}", "Discount", "order.Quantity--;", "public partial class")),
            ("/0/Sales.Pricing.cs", Type("Sales", "Quote", Pricing, "Clear", "order.Quantity = 1;", "public partial class")));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "Sales.cs:7", ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "Orders.cs:7", ValidationLines, ValidationTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task Folds_partial_declarations_of_two_types()
    {
        // Two partial types of other names are two types, whatever their declarations: one copied type.
        var test = AnalyzerTestWithOrder(
            ("/0/Orders.cs", Type("Orders", "Check", "{|#0:" + Validation + "|}", "Price", Pricing, "public partial class")),
            ("/0/Sales.cs", Type("Sales", "Quote", Pricing, "Verify", "{|#1:" + Validation + "|}", "public partial class")));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "Sales.cs:24; 1 more block matches in the same types (here at line 26)", ValidationLines, ValidationTokens));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "Orders.cs:7; 1 more block matches in the same types (here at line 7)", ValidationLines, ValidationTokens));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_finding_keeps_its_fingerprint_and_carries_the_debt_of_the_block_it_names()
    {
        // A baseline made before the pricing was copied lists the validation's finding: it stays the same finding.
        static async Task<Microsoft.CodeAnalysis.Diagnostic> InOrders(string quoteBody)
        {
            var files = new[]
            {
                ("/0/Orders.cs", Type("Orders", "Check", Validation, "Price", Pricing)),
                ("/0/Sales.cs", Type("Sales", "Quote", quoteBody, "Verify", Validation)),
                ("/0/Order.cs", Order),
            };
            var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
            return diagnostics.Single(d => d.Location.SourceTree!.FilePath == "/0/Orders.cs");
        }

        var alone = await InOrders("order.Quantity++;");
        var folded = await InOrders(Pricing);
        Assert.Equal(alone.Properties[DebtProperties.Fingerprint], folded.Properties[DebtProperties.Fingerprint]);
        Assert.Equal(DuplicatedCodeAnalyzer.DebtMinutesFor(ValidationTokens + PricingTokens).ToString(CultureInfo.InvariantCulture), folded.Properties[DebtProperties.DebtMinutes]);
    }
}
