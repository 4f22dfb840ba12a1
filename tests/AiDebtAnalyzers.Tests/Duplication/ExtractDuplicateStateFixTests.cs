using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// State the copies share with the code around them that a new method must not lose: a primary constructor's parameter
/// (declared without a value in the new method, CS0165, on NetPad's window services) and a <c>using</c> variable that
/// flows out of the copy (a returned process disposed before the caller waits for it, on NetPad's media files).
/// </summary>
public class ExtractDuplicateStateFixTests
{
    // Every block of these cases at the rule's severity, so that the markup's warnings stand for the findings.
    private static VerifyCS.Test Test(string source, string fixedSource) =>
        FixTestWithOrder(source, fixedSource, "aidebt.duplication.min_tokens = 40\naidebt.duplication.warning_min_tokens = 10");

    private const string LabelBlock = """
        var label = prefix + order.Customer;
                System.Console.Out.WriteLine(label + " ships " + order.Quantity + " items now");
                System.Console.Error.WriteLine(label + " pays " + order.UnitPrice + " per item today");
                System.Console.Out.WriteLine(prefix.Length + order.Quantity);
                System.Console.Error.WriteLine(prefix.Trim() + order.Customer.Trim());
        """;

    [Fact]
    public async Task Reads_a_primary_constructor_parameter_the_copies_read_from_an_instance_method_without_a_parameter_that_would_shadow_it()
    {
        var source = $$"""
            namespace Shop;

            public sealed class Billing(string prefix)
            {
                public void Ship(Order order)
                {
                    System.Console.WriteLine("ship");
                    [|{{LabelBlock}}|]
                }

                public void Reserve(Order order)
                {
                    [|{{LabelBlock}}|]
                    System.Console.WriteLine("done");
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Billing(string prefix)
            {
                public void Ship(Order order)
                {
                    System.Console.WriteLine("ship");
                    WriteLineOrder(order);
                }

                private void WriteLineOrder(Order order)
                {
                    var label = prefix + order.Customer;
                    System.Console.Out.WriteLine(label + " ships " + order.Quantity + " items now");
                    System.Console.Error.WriteLine(label + " pays " + order.UnitPrice + " per item today");
                    System.Console.Out.WriteLine(prefix.Length + order.Quantity);
                    System.Console.Error.WriteLine(prefix.Trim() + order.Customer.Trim());
                }

                public void Reserve(Order order)
                {
                    WriteLineOrder(order);
                    System.Console.WriteLine("done");
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_copies_assign_a_primary_constructor_parameter()
    {
        var block = LabelBlock + "\n        prefix = label;";
        var source = $$"""
            namespace Shop;

            public sealed class Billing(string prefix)
            {
                public void Ship(Order order)
                {
                    System.Console.WriteLine("ship");
                    [|{{block}}|]
                }

                public void Reserve(Order order)
                {
                    [|{{block}}|]
                    System.Console.WriteLine("done");
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    private const string WriterBlock = """
        using var writer = new System.IO.StringWriter();
                writer.WriteLine(order.Customer + " opens " + order.Quantity + " items now");
                writer.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                writer.WriteLine(order.Customer.Trim() + order.Quantity.ToString());
                writer.Flush();
        """;

    [Fact]
    public async Task Keeps_a_using_declaration_that_opens_the_copies_in_place_and_extracts_the_statements_after_it()
    {
        // Moved into the new method, the writer would be disposed where the method returns, before the code after the
        // copies reads it: the declaration stays, disposed where its block ends as before, and the method is handed it.
        var source = $$"""
            namespace Shop;

            public sealed class Reports
            {
                public void Open(Order order)
                {
                    [|{{WriterBlock}}|]
                    System.Console.WriteLine(writer.ToString());
                }

                public void Close(Order order)
                {
                    System.Console.WriteLine("close");
                    [|{{WriterBlock}}|]
                    System.Console.Error.WriteLine(writer.ToString());
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Reports
            {
                public void Open(Order order)
                {
                    using var writer = new System.IO.StringWriter();
                    FlushWriter(writer, order);
                    System.Console.WriteLine(writer.ToString());
                }

                private static void FlushWriter(System.IO.StringWriter writer, Order order)
                {
                    writer.WriteLine(order.Customer + " opens " + order.Quantity + " items now");
                    writer.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    writer.WriteLine(order.Customer.Trim() + order.Quantity.ToString());
                    writer.Flush();
                }

                public void Close(Order order)
                {
                    System.Console.WriteLine("close");
                    using var writer = new System.IO.StringWriter();
                    FlushWriter(writer, order);
                    System.Console.Error.WriteLine(writer.ToString());
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_using_declaration_inside_the_copies_holds_a_resource_past_them()
    {
        // The declaration does not open the copies: it cannot stay in place without the statement before it. Nothing
        // reads the writer after the copies, but it stays open until the method ends (a lock or a file held for the
        // statements after the copies would be released before them); data flow counts the disposal at the method's
        // end as a use after the block, so the variable cannot be declared at the call either.
        const string Block = """
            System.Console.WriteLine(order.Customer + " opens a report");
                    using var writer = new System.IO.StringWriter();
                    writer.WriteLine(order.Customer + " opens " + order.Quantity + " items now");
                    writer.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    writer.WriteLine(order.Customer.Trim() + order.Quantity.ToString());
                    writer.Flush();
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Reports
            {
                public void Open(Order order)
                {
                    [|{{Block}}|]
                    System.Console.WriteLine("opened");
                }

                public void Close(Order order)
                {
                    System.Console.WriteLine("close");
                    [|{{Block}}|]
                    System.Console.Error.WriteLine("closed");
                }
            }
            """;
        await Test(source, source).RunAsync();
    }
}
