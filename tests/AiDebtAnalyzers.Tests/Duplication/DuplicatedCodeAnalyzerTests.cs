using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer>;

namespace AiDebtAnalyzers.Tests.Duplication;

public class DuplicatedCodeAnalyzerTests
{
    private static VerifyCS.Test Test(string? editorConfig, params (string Path, string Source)[] files)
    {
        var test = new VerifyCS.Test();
        foreach (var file in files)
        {
            test.TestState.Sources.Add(file);
        }

        test.TestState.Sources.Add(("/0/Order.cs", Order));
        test.WithEditorConfig(editorConfig);
        return test;
    }

    [Fact]
    public async Task Reports_each_copy_of_a_cross_file_clone_with_the_other_as_additional_location()
    {
        var test = Test(
            null,
            ("/0/OrderService.cs", Service("OrderService", "Place", "order", "{|#0:" + Validation + "|}")),
            ("/0/InvoiceService.cs", Service("InvoiceService", "Bill", "order", "{|#1:" + Validation + "|}")));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "OrderService.cs:7"));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "InvoiceService.cs:7"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_a_clone_within_one_file()
    {
        var source = $$"""
            namespace Shop;

            public sealed class OrderService
            {
                public void Place(Order order)
                {
                    {|#0:{{Validation}}|}
                }

                public void Update(Order order)
                {
                    System.Console.WriteLine("update");
                    {|#1:{{Validation}}|}
                }
            }
            """;
        var test = Test(null, ("/0/OrderService.cs", source));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "OrderService.cs:27"));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "OrderService.cs:7"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_consistently_renamed_copies_in_the_default_mode()
    {
        var test = Test(
            null,
            ("/0/OrderService.cs", Service("OrderService", "Place", "order", "{|#0:" + Validation + "|}")),
            ("/0/InvoiceService.cs", Service("InvoiceService", "Bill", "invoice", "{|#1:" + RenamedValidation + "|}")));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "OrderService.cs:7"));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "InvoiceService.cs:7"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Exact_mode_ignores_renamed_copies()
    {
        var test = Test(
            "aidebt.duplication.mode = exact",
            ("/0/OrderService.cs", Service("OrderService", "Place", "order", Validation)),
            ("/0/InvoiceService.cs", Service("InvoiceService", "Bill", "invoice", RenamedValidation)));
        await test.RunAsync();
    }

    [Fact]
    public async Task Exact_mode_reports_identical_copies()
    {
        var test = Test(
            "aidebt.duplication.mode = exact",
            ("/0/OrderService.cs", Service("OrderService", "Place", "order", "{|#0:" + Validation + "|}")),
            ("/0/InvoiceService.cs", Service("InvoiceService", "Bill", "order", "{|#1:" + Validation + "|}")));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "OrderService.cs:7"));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "InvoiceService.cs:7"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Renamed_mode_ignores_inconsistent_renaming_that_blind_mode_reports()
    {
        var files = new[]
        {
            ("/0/OrderService.cs", Service("OrderService", "Place", "order", "{|#0:" + Validation + "|}")),
            ("/0/AuditService.cs", Service("AuditService", "Check", "order", "{|#1:" + InconsistentValidation + "|}")),
        };

        // Renaming must map Quantity to one name only; what stays consistent around that statement is below the minimum.
        var renamed = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(WithOrder(files)), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        Assert.Empty(renamed);

        // Blind mode pairs them, and the semantic model sees that they read different members: a suggestion, not a warning.
        var blind = Test("aidebt.duplication.mode = blind", files);
        blind.ExpectedDiagnostics.Add(Clone(1, 0, "OrderService.cs:7").WithSeverity(DiagnosticSeverity.Info));
        blind.ExpectedDiagnostics.Add(Clone(0, 1, "AuditService.cs:7").WithSeverity(DiagnosticSeverity.Info));
        await blind.RunAsync();
    }

    [Fact]
    public async Task Ignores_code_without_clones()
    {
        var source = """
            namespace Shop;

            public sealed class Calculator
            {
                public int Add(int a, int b)
                {
                    var sum = a + b;
                    if (sum > 100)
                    {
                        sum = 100;
                    }

                    return sum;
                }

                public string Describe(Order order)
                {
                    var text = order.Customer + ": " + order.Quantity;
                    foreach (var c in text)
                    {
                        System.Console.Write(c);
                    }

                    return text.Trim();
                }
            }
            """;
        await Test(null, ("/0/Calculator.cs", source)).RunAsync();
    }

    [Fact]
    public async Task Ignores_blocks_below_min_tokens_and_reports_them_when_lowered()
    {
        const string Small = """
            if (order.Quantity > 10)
                    {
                        order.Quantity = 10;
                        order.UnitPrice = order.UnitPrice * 2m;
                    }
            """;
        var files = new[]
        {
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:" + Small + "|}")),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:" + Small + "|}")),
        };

        await Test(null, files).RunAsync();

        var lowered = Test("aidebt.duplication.min_tokens = 20", files);
        lowered.ExpectedDiagnostics.Add(Clone(0, 1, "B.cs:7", lines: 5, tokens: 26));
        lowered.ExpectedDiagnostics.Add(Clone(1, 0, "A.cs:7", lines: 5, tokens: 26));
        await lowered.RunAsync();
    }

    [Fact]
    public async Task Min_lines_is_counted_on_the_longest_copy()
    {
        // The same statements, once as written (15 lines) and once with blank lines taken out (13 lines).
        var compact = Validation.Replace("\n\n", "\n", System.StringComparison.Ordinal);
        var files = new[]
        {
            ("/0/OrderService.cs", Service("OrderService", "Place", "order", "{|#0:" + Validation + "|}")),
            ("/0/InvoiceService.cs", Service("InvoiceService", "Bill", "order", "{|#1:" + compact + "|}")),
        };

        var longestCounts = Test("aidebt.duplication.min_lines = 14", files);
        longestCounts.ExpectedDiagnostics.Add(Clone(1, 0, "OrderService.cs:7", lines: 13));
        longestCounts.ExpectedDiagnostics.Add(Clone(0, 1, "InvoiceService.cs:7", lines: 15));
        await longestCounts.RunAsync();

        var tooShort = Test("aidebt.duplication.min_lines = 16", files);
        tooShort.TestState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Ignore;
        await tooShort.RunAsync();
    }

    [Fact]
    public async Task Max_locations_caps_the_additional_locations_and_the_message()
    {
        var test = Test(
            "aidebt.duplication.max_locations = 1",
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:" + Validation + "|}")),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:" + Validation + "|}")),
            ("/0/C.cs", Service("C", "Run", "order", "{|#2:" + Validation + "|}")));
        DiagnosticResult Expected(int at, int other, string places) =>
            VerifyCS.Diagnostic(RuleIds.DuplicatedCode).WithLocation(at).WithLocation(other).WithArguments("15", "69", "3", places).WithSeverity(DiagnosticSeverity.Info);
        test.ExpectedDiagnostics.Add(Expected(0, 1, "B.cs:7 and 1 more place"));
        test.ExpectedDiagnostics.Add(Expected(1, 0, "A.cs:7 and 1 more place"));
        test.ExpectedDiagnostics.Add(Expected(2, 0, "A.cs:7 and 1 more place"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Lists_every_other_copy_in_the_message()
    {
        var test = Test(
            null,
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:" + Validation + "|}")),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:" + Validation + "|}")),
            ("/0/C.cs", Service("C", "Run", "order", "{|#2:" + Validation + "|}")));
        DiagnosticResult Expected(int at, int first, int second, string places) =>
            VerifyCS.Diagnostic(RuleIds.DuplicatedCode).WithLocation(at).WithLocation(first).WithLocation(second).WithArguments("15", "69", "3", places).WithSeverity(DiagnosticSeverity.Info);
        test.ExpectedDiagnostics.Add(Expected(0, 1, 2, "B.cs:7 and C.cs:7"));
        test.ExpectedDiagnostics.Add(Expected(1, 0, 2, "A.cs:7 and C.cs:7"));
        test.ExpectedDiagnostics.Add(Expected(2, 0, 1, "A.cs:7 and B.cs:7"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Merges_overlapping_windows_into_one_maximal_clone()
    {
        // Twice the validation in a row: one group of the whole 31-line region, not one per sliding window.
        var doubled = Validation + "\n\n        " + Validation.Replace("total", "total2", System.StringComparison.Ordinal);
        var test = Test(
            null,
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:" + doubled + "|}")),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:" + doubled + "|}")));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "B.cs:7", lines: 31, tokens: 138));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "A.cs:7", lines: 31, tokens: 138));
        await test.RunAsync();
    }

    private const string LoggedTail = """

                    System.Console.WriteLine("Validated " + order.Customer + " with " + order.Quantity + " items");
                    System.Console.WriteLine("Total " + order.UnitPrice + " for " + order.Customer + " today");
            """;

    /// <param name="longerTokens">The size of the longer block some of the copies share, the same code in each (0 when none).</param>
    private static DiagnosticResult SharedClone(int location, int[] others, string places, int lines = ValidationLines, int tokens = ValidationTokens, int longerTokens = 0)
    {
        var result = VerifyCS.Diagnostic(RuleIds.DuplicatedCode).WithLocation(location);
        foreach (var other in others)
        {
            result = result.WithLocation(other);
        }

        // The tier follows the largest block the finding stands for: the block all copies share, or the longer one some
        // of them share.
        if (System.Math.Max(tokens, longerTokens) < AiDebtAnalyzers.Options.AiDebtOptions.DuplicationWarningMinTokens.Default)
        {
            result = result.WithSeverity(DiagnosticSeverity.Info);
        }

        return result.WithArguments(
            lines.ToString(System.Globalization.CultureInfo.InvariantCulture),
            tokens.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (others.Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            places);
    }

    [Fact]
    public async Task Reports_a_block_copied_three_times_once_when_two_copies_share_a_longer_block()
    {
        // A and B share a long block; C shares only its first part. One duplication, one group: the block all three
        // share, reported at every copy, naming the longer block two of them share. Never a second group for A and B.
        // The shared block is under the warning size, the longer one is not: the finding is a warning at every copy.
        var test = Test(
            null,
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:" + Validation + "|}" + LoggedTail)),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:" + Validation + "|}" + LoggedTail)),
            ("/0/C.cs", Service("C", "Run", "order", "{|#2:" + Validation + "|}")));
        const string Longer = "; 2 of them share a longer block (111 tokens)";
        test.ExpectedDiagnostics.Add(SharedClone(0, new[] { 1, 2 }, "B.cs:7 and C.cs:7" + Longer, longerTokens: 111));
        test.ExpectedDiagnostics.Add(SharedClone(1, new[] { 0, 2 }, "A.cs:7 and C.cs:7" + Longer, longerTokens: 111));
        test.ExpectedDiagnostics.Add(SharedClone(2, new[] { 0, 1 }, "A.cs:7 and B.cs:7" + Longer, longerTokens: 111));
        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_one_group_with_distinct_fingerprints_for_four_copies_of_which_three_share_more()
    {
        // Four handlers of one class share a block; three of them go on alike for two more statements (a notification
        // agent's per-type handlers): one group of four copies, not a second group of three.
        var source = $$"""
            namespace Shop;

            public sealed class Agent
            {
                public void First(Order order)
                {
                    {{Validation}}
                }

                public void Second(Order order)
                {
                    {{Validation}}{{LoggedTail}}
                }

                public void Third(Order order)
                {
                    {{Validation}}{{LoggedTail}}
                }

                public void Fourth(Order order)
                {
                    {{Validation}}{{LoggedTail}}
                }
            }
            """;
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(WithOrder(new[] { ("/0/Agent.cs", source) })), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        Assert.Equal(4, diagnostics.Length);
        Assert.Single(diagnostics.Select(d => d.Properties[DuplicatedCodeAnalyzer.CloneGroupProperty]).Distinct());
        Assert.All(diagnostics, d => Assert.Equal("4", d.Properties[DuplicatedCodeAnalyzer.CloneCopiesProperty]));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity)); // 69 tokens, standing for 111
        Assert.All(diagnostics, d => Assert.EndsWith("; 3 of them share a longer block (111 tokens)", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal));
        Assert.Equal(4, diagnostics.Select(d => d.Properties[DebtProperties.Fingerprint]).Distinct().Count());
    }

    [Fact]
    public async Task Reports_a_longer_block_more_than_twice_the_shared_one_naming_the_shared_blocks_other_copy()
    {
        // A and B go on alike for four more statements: the longer block is more than twice the block C shares, so it
        // is the finding, at A and B. The shared block lies inside both of its copies: one helper for it fixes C too, so
        // the longer block's message names C's copy, and C has no finding of its own (one duplication, one finding).
        const string LongTail = LoggedTail + """

                    System.Console.WriteLine("Checked " + order.Customer + " for " + order.Quantity + " units");
                    System.Console.WriteLine("Billed " + order.UnitPrice + " to " + order.Customer + " at once");
            """;
        var test = Test(
            null,
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:" + Validation + LongTail + "|}")),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:" + Validation + LongTail + "|}")),
            ("/0/C.cs", Service("C", "Run", "order", Validation)));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "B.cs:7; its 15-line block at line 7 is also in C.cs:7", lines: 19, tokens: 153));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "A.cs:7; its 15-line block at line 7 is also in C.cs:7", lines: 19, tokens: 153));
        await test.RunAsync();
    }

    [Fact]
    public async Task Keeps_the_longer_group_when_the_extra_copy_is_a_parallel_implementation()
    {
        // C validates another type with its own members: the three copies are parallel implementations, not reported.
        // They do not stand for A and B, which keep their own group.
        const string Invoice = """
            namespace Shop;

            public sealed class Invoice
            {
                public int Quantity { get; set; }
                public decimal UnitPrice { get; set; }
            }

            public sealed class C
            {
                public void Run(Invoice order)
                {
                    {{BODY}}
                }
            }
            """;
        var test = Test(
            null,
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:" + Validation + LoggedTail + "|}")),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:" + Validation + LoggedTail + "|}")),
            ("/0/C.cs", Invoice.Replace("{{BODY}}", Validation, System.StringComparison.Ordinal)));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "B.cs:7", lines: 17, tokens: 111));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "A.cs:7", lines: 17, tokens: 111));
        await test.RunAsync();
    }

    [Fact]
    public async Task Keeps_the_longer_group_when_the_extra_copy_differs_in_a_member()
    {
        // C's copy throws another exception type: the three copies differ in a member (a suggestion), while A and B are
        // the same code (a warning). The suggestion does not stand for the warning: A and B keep their own group, and the
        // shorter one is reported at C only, listing the copies inside the longer group as its other places.
        var other = Validation.Replace("ArgumentOutOfRangeException", "ArgumentException", System.StringComparison.Ordinal);
        var test = Test(
            null,
            ("/0/A.cs", Service("A", "Run", "order", "{|#0:{|#3:" + Validation + "|}" + LoggedTail + "|}")),
            ("/0/B.cs", Service("B", "Run", "order", "{|#1:{|#4:" + Validation + "|}" + LoggedTail + "|}")),
            ("/0/C.cs", Service("C", "Run", "order", "{|#2:" + other + "|}")));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "B.cs:7", lines: 17, tokens: 111));
        test.ExpectedDiagnostics.Add(Clone(1, 0, "A.cs:7", lines: 17, tokens: 111));
        test.ExpectedDiagnostics.Add(SharedClone(2, new[] { 3, 4 }, "A.cs:7 and B.cs:7; 2 of them share a longer block (111 tokens)").WithSeverity(DiagnosticSeverity.Info));
        await test.RunAsync();
    }

    [Fact]
    public async Task Finds_clones_in_lambdas_local_functions_constructors_and_accessors()
    {
        var source = $$"""
            namespace Shop;

            public sealed class Handlers
            {
                private decimal value;

                public Handlers(Order order)
                {
                    {|#0:{{Validation}}|}
                }

                public Order Current
                {
                    set
                    {
                        var order = value;
                        {|#1:{{Validation}}|}
                    }
                }

                public System.Action<Order> Build()
                {
                    return order =>
                    {
                        {|#2:{{Validation}}|}
                    };
                }

                public void Local(Order input)
                {
                    Check(input);

                    void Check(Order order)
                    {
                        {|#3:{{Validation}}|}
                    }
                }
            }
            """;
        var test = Test(null, ("/0/Handlers.cs", source));
        DiagnosticResult Expected(int at, int[] others, string places) =>
            VerifyCS.Diagnostic(RuleIds.DuplicatedCode).WithLocation(at).WithLocation(others[0]).WithLocation(others[1]).WithLocation(others[2])
                .WithArguments("15", "69", "4", places).WithSeverity(DiagnosticSeverity.Info);
        test.ExpectedDiagnostics.Add(Expected(0, new[] { 1, 2, 3 }, "Handlers.cs:31, Handlers.cs:53 and Handlers.cs:77"));
        test.ExpectedDiagnostics.Add(Expected(1, new[] { 0, 2, 3 }, "Handlers.cs:9, Handlers.cs:53 and Handlers.cs:77"));
        test.ExpectedDiagnostics.Add(Expected(2, new[] { 0, 1, 3 }, "Handlers.cs:9, Handlers.cs:31 and Handlers.cs:77"));
        test.ExpectedDiagnostics.Add(Expected(3, new[] { 0, 1, 2 }, "Handlers.cs:9, Handlers.cs:31 and Handlers.cs:53"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Finds_clones_between_top_level_statements_and_a_method_body()
    {
        var program = $$"""
            using Shop;

            var order = new Order();
            {|#0:{{Validation}}|}
            System.Console.WriteLine(order.Customer);
            """;
        var test = Test(
            null,
            ("/0/Program.cs", program),
            ("/0/OrderService.cs", Service("OrderService", "Place", "order", "{|#1:" + Validation + "|}")));
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Clone(1, 0, "Program.cs:4"));
        test.ExpectedDiagnostics.Add(Clone(0, 1, "OrderService.cs:7"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Finds_clones_within_a_top_level_program_and_in_blocks_and_lambdas_nested_in_it()
    {
        var inLambda = Validation.Replace("order", "item", System.StringComparison.Ordinal).Replace("total", "amount", System.StringComparison.Ordinal);
        var program = $$"""
            using Shop;

            var order = new Order();
            var invoice = order;
            {|#0:{{Validation}}|}
            if (args.Length > 0)
            {
                {|#1:{{RenamedValidation}}|}
            }

            System.Action<Order> check = item =>
            {
                {|#2:{{inLambda}}|}
            };
            check(order);
            """;
        var test = Test(null, ("/0/Program.cs", program));
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        foreach (var (location, others, places) in new[] { (0, new[] { 1, 2 }, "Program.cs:22 and Program.cs:41"), (1, new[] { 0, 2 }, "Program.cs:5 and Program.cs:41"), (2, new[] { 0, 1 }, "Program.cs:5 and Program.cs:22") })
        {
            test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(RuleIds.DuplicatedCode).WithLocation(location).WithLocation(others[0]).WithLocation(others[1])
                .WithArguments("15", "69", "3", places).WithSeverity(DiagnosticSeverity.Info));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task Ignores_top_level_statements_without_clones()
    {
        var program = $$"""
            using Shop;

            var order = new Order { Quantity = 2, UnitPrice = 3m, Customer = "Ada" };
            System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items at " + order.UnitPrice);
            if (order.Quantity > 1)
            {
                System.Console.WriteLine("Several items for " + order.Customer + " at " + order.UnitPrice + " each");
                System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice);
            }

            System.Console.WriteLine("Done with " + order.Customer);
            """;
        var test = Test(
            null,
            ("/0/Program.cs", program),
            ("/0/OrderService.cs", Service("OrderService", "Place", "order", Validation)));
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    /// <summary>Error recovery puts global statements where a program cannot have them; the IDE still analyzes such files.</summary>
    [Fact]
    public async Task Top_level_statements_in_broken_places_do_not_throw()
    {
        var statements = Validation + "\n";
        var sources = new[]
        {
            ("split", "using Shop;\nvar order = new Order();\n" + statements + "class Between { }\nvar again = 1;\n" + statements.Replace("order", "again", System.StringComparison.Ordinal)),
            ("in-namespace", "namespace Shop { " + statements + " }"),
            ("file-scoped", "namespace Shop;\nSystem.Console.WriteLine(1);\n" + statements),
            ("order", Order),
        };
        var exceptions = await Quality.RobustnessTests.RunAnalyzersAsync(
            System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new DuplicatedCodeAnalyzer()),
            sources,
            "aidebt.duplication.min_tokens = 10\naidebt.duplication.min_lines = 1");
        Assert.True(exceptions.IsEmpty, string.Join(System.Environment.NewLine, exceptions));
    }

    [Fact]
    public async Task Ignores_generated_files_and_does_not_match_against_them()
    {
        var header = "// <auto-generated/>\n";
        await Test(
            null,
            ("/0/OrderService.cs", Service("OrderService", "Place", "order", Validation)),
            ("/0/OrderService.g.cs", Service("Generated1", "Place", "order", Validation)),
            ("/0/Mapper.cs", header + Service("Generated2", "Place", "order", Validation))).RunAsync();
    }

    [Fact]
    public async Task Honours_the_generated_code_editorconfig_key()
    {
        var test = Test(
            null,
            ("/0/OrderService.cs", Service("OrderService", "Place", "order", Validation)),
            ("/0/Legacy/InvoiceService.cs", Service("InvoiceService", "Bill", "order", Validation)));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[/0/Legacy/*.cs]\ngenerated_code = true\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Does_not_report_clones_that_cross_member_boundaries()
    {
        // The same statements split differently across two methods: each method alone is below the minimum size.
        var source = """
            namespace Shop;

            public sealed class Split
            {
                public void First(Order order)
                {
                    System.Console.WriteLine(order.Customer + " one " + order.Quantity + " two " + order.UnitPrice);
                    System.Console.WriteLine(order.Customer + " three " + order.Quantity + " four " + order.UnitPrice);
                }

                public void Second(Order order)
                {
                    System.Console.WriteLine(order.Customer + " five " + order.Quantity + " six " + order.UnitPrice);
                    System.Console.WriteLine(order.Customer + " seven " + order.Quantity + " eight " + order.UnitPrice);
                }

                public void Third(Order order)
                {
                    System.Console.WriteLine(order.Customer + " one " + order.Quantity + " two " + order.UnitPrice);
                }

                public void Fourth(Order order)
                {
                    System.Console.WriteLine(order.Customer + " three " + order.Quantity + " four " + order.UnitPrice);
                    System.Console.WriteLine(order.Customer + " five " + order.Quantity + " six " + order.UnitPrice);
                }
            }
            """;
        await Test("aidebt.duplication.min_lines = 2", ("/0/Split.cs", source)).RunAsync();
    }

    [Fact]
    public async Task Repetitive_tables_stay_bounded()
    {
        // 400 statements of one shape: every seed occurs hundreds of times, which marks a table, not copy-paste.
        var builder = new StringBuilder();
        builder.Append("namespace Shop;\npublic sealed class Table\n{\n    public System.Collections.Generic.Dictionary<string, int> Build()\n    {\n");
        builder.Append("        var map = new System.Collections.Generic.Dictionary<string, int>();\n");
        for (var i = 0; i < 400; i++)
        {
            builder.Append("        map.Add(\"key").Append(i).Append("\", ").Append(i).Append(");\n");
        }

        builder.Append("        return map;\n    }\n}\n");
        var files = new[] { ("/0/Table.cs", builder.ToString()), ("/0/Table2.cs", builder.ToString().Replace("class Table", "class Table2", System.StringComparison.Ordinal)) };
        var compilation = AnalyzerDriver.Compile(files);
        var trees = compilation.SyntaxTrees.ToList();
        var index = CloneIndex.Build(trees, new CloneSettings(CloneMode.Renamed, 50, 5), CancellationToken.None);
        Assert.True(index.Groups.Length <= 2, "A table must not explode into many groups, found " + index.Groups.Length);
    }

    [Fact]
    public async Task A_run_of_repeated_statements_is_a_table_not_a_clone()
    {
        // 40 repetitions of a 3-statement unit in one method: each statement shape counts once toward the minimum size, so
        // the run is never paired with a shifted window of itself, and one unit alone is below the minimum.
        var builder = new StringBuilder();
        builder.Append("namespace Shop;\npublic sealed class Repeat\n{\n    public void Run(Order order)\n    {\n");
        for (var i = 0; i < 40; i++)
        {
            builder.Append("        order.Quantity = order.Quantity + 1;\n        order.UnitPrice = order.UnitPrice * 2m;\n        System.Console.WriteLine(order.Customer);\n");
        }

        builder.Append("    }\n}\n");
        var compilation = AnalyzerDriver.Compile(WithOrder(new[] { ("/0/Repeat.cs", builder.ToString()) }));
        var index = CloneIndex.Build(compilation.SyntaxTrees.ToList(), new CloneSettings(CloneMode.Renamed, 50, 5), CancellationToken.None);
        Assert.Empty(index.Groups);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Group_ids_and_diagnostics_do_not_depend_on_tree_order()
    {
        var files = new[]
        {
            ("/0/A.cs", Service("A", "Run", "order", Validation)),
            ("/0/B.cs", Service("B", "Run", "invoice", RenamedValidation)),
            ("/0/C.cs", Service("C", "Run", "order", Validation)),
        };
        var forward = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(WithOrder(files)), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        var backward = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(WithOrder(files.Reverse().ToArray())), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());

        Assert.Equal(3, forward.Length);
        Assert.Single(forward.Select(d => d.Properties[DuplicatedCodeAnalyzer.CloneGroupProperty]).Distinct());
        Assert.Equal(Describe(forward), Describe(backward));
        Assert.Matches("^[0-9a-f]{16}$", forward[0].Properties[DuplicatedCodeAnalyzer.CloneGroupProperty]);

        // Edits elsewhere in the files do not change the id.
        var edited = files.Select(f => (f.Item1, "// header\n\n" + f.Item2.Replace("public void Run", "internal void Execute", System.StringComparison.Ordinal))).ToArray();
        var afterEdit = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(WithOrder(edited)), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        Assert.Equal(forward[0].Properties[DuplicatedCodeAnalyzer.CloneGroupProperty], afterEdit[0].Properties[DuplicatedCodeAnalyzer.CloneGroupProperty]);
    }

    [Fact]
    public async Task Carries_debt_data_and_clone_properties()
    {
        var files = new[]
        {
            ("/0/A.cs", Service("A", "Run", "order", Validation)),
            ("/0/B.cs", Service("B", "Run", "order", Validation)),
            ("/0/C.cs", Service("C", "Run", "invoice", RenamedValidation)),
        };
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(WithOrder(files)), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        Assert.Equal(3, diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            var p = diagnostic.Properties;
            Assert.Equal("duplication", p[DebtProperties.Family]);
            Assert.Equal("8", p[DebtProperties.DebtMinutes]);
            Assert.StartsWith("v2:AID101:Shop.", p[DebtProperties.Fingerprint], System.StringComparison.Ordinal);
            Assert.Equal("69", p[DuplicatedCodeAnalyzer.CloneTokensProperty]);
            Assert.Equal("15", p[DuplicatedCodeAnalyzer.CloneLinesProperty]);
            Assert.Equal(DuplicatedCodeAnalyzer.Type2, p[DuplicatedCodeAnalyzer.CloneTypeProperty]);
            Assert.Equal("3", p[DuplicatedCodeAnalyzer.CloneCopiesProperty]);
        }

        var exact = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(WithOrder(files.Take(2).ToArray())), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        Assert.All(exact, d => Assert.Equal(DuplicatedCodeAnalyzer.Type1, d.Properties[DuplicatedCodeAnalyzer.CloneTypeProperty]));
    }

    [Theory]
    [InlineData(50, 7)]
    [InlineData(69, 8)]
    [InlineData(250, 15)]
    public void Debt_grows_with_clone_size(int tokens, int minutes) => Assert.Equal(minutes, DuplicatedCodeAnalyzer.DebtMinutesFor(tokens));

    [Fact]
    public void A_cancelled_first_build_does_not_poison_the_index()
    {
        var compilation = AnalyzerDriver.Compile(WithOrder(new[]
        {
            ("/0/A.cs", Service("A", "Run", "order", Validation)),
            ("/0/B.cs", Service("B", "Run", "order", Validation)),
        }));
        var lazy = new LazyCloneIndex(compilation, AnalyzerDriver.Options(), new CloneSettings(CloneMode.Renamed, 50, 5));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<System.OperationCanceledException>(() => lazy.Get(cancelled.Token));
        Assert.Single(lazy.Get(CancellationToken.None).Groups);
    }

    [Fact]
    public void Concurrent_callers_share_one_index()
    {
        var compilation = AnalyzerDriver.Compile(WithOrder(new[]
        {
            ("/0/A.cs", Service("A", "Run", "order", Validation)),
            ("/0/B.cs", Service("B", "Run", "order", Validation)),
        }));
        var lazy = new LazyCloneIndex(compilation, AnalyzerDriver.Options(), new CloneSettings(CloneMode.Renamed, 50, 5));
        var results = new CloneIndex[8];
        Parallel.For(0, results.Length, i => results[i] = lazy.Get(CancellationToken.None));
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public void A_tree_action_does_not_wait_for_a_build_another_caller_holds()
    {
        var compilation = AnalyzerDriver.Compile(WithOrder(new[]
        {
            ("/0/A.cs", Service("A", "Run", "order", Validation)),
            ("/0/B.cs", Service("B", "Run", "order", Validation)),
        }));
        var lazy = new LazyCloneIndex(compilation, AnalyzerDriver.Options(), new CloneSettings(CloneMode.Renamed, 50, 5));

        // Another caller building the index holds its gate: preparing returns, having fingerprinted every tree, while
        // getting the index waits for that build.
        var gate = typeof(LazyCloneIndex).GetField("gate", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(lazy)!;
        System.Threading.Monitor.Enter(gate);
        try
        {
            // Threads of their own, not tasks: the gate is a monitor, entered and left on this test's thread.
            var preparing = new Thread(() => lazy.Prepare(CancellationToken.None));
            preparing.Start();
            Assert.True(preparing.Join(System.TimeSpan.FromSeconds(30)));
            Assert.All(compilation.SyntaxTrees, tree => Assert.True(TreeCloneData.TryGetCached(tree, out _)));
            var getting = new Thread(() => lazy.Get(CancellationToken.None)) { IsBackground = true };
            getting.Start();
            Assert.False(getting.Join(System.TimeSpan.FromMilliseconds(300)));
        }
        finally
        {
            System.Threading.Monitor.Exit(gate);
        }

        // With nobody building, preparing builds the index that getting it then returns.
        var fresh = new LazyCloneIndex(compilation, AnalyzerDriver.Options(), new CloneSettings(CloneMode.Renamed, 50, 5));
        fresh.Prepare(CancellationToken.None);
        var built = fresh.Get(CancellationToken.None);
        Assert.Single(built.Groups);
        Assert.Same(built, fresh.Get(CancellationToken.None));
        Assert.Single(lazy.Get(CancellationToken.None).Groups);
    }

    [Fact]
    public void Tree_fingerprints_are_cached_per_tree()
    {
        var compilation = AnalyzerDriver.Compile(WithOrder(new[] { ("/0/A.cs", Service("A", "Run", "order", Validation)) }));
        var tree = compilation.SyntaxTrees.First();
        Assert.Same(TreeCloneData.Get(tree, CancellationToken.None), TreeCloneData.Get(tree, CancellationToken.None));

        // Reuse across compilations after an edit is covered by IdePathTests.
    }

    private static (string, string)[] WithOrder((string, string)[] files) => files.Append(("/0/Order.cs", Order)).ToArray();

    private static string[] Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Location.SourceTree!.FilePath + "@" + d.Location.SourceSpan + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + d.Properties[DuplicatedCodeAnalyzer.CloneGroupProperty]).ToArray();
}
