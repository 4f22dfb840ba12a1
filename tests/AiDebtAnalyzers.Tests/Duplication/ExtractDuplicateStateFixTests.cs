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
    public async Task Passes_a_primary_constructor_parameter_the_copies_read()
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
                    WriteLinePrefix(prefix, order);
                }

                private static void WriteLinePrefix(string prefix, Order order)
                {
                    var label = prefix + order.Customer;
                    System.Console.Out.WriteLine(label + " ships " + order.Quantity + " items now");
                    System.Console.Error.WriteLine(label + " pays " + order.UnitPrice + " per item today");
                    System.Console.Out.WriteLine(prefix.Length + order.Quantity);
                    System.Console.Error.WriteLine(prefix.Trim() + order.Customer.Trim());
                }

                public void Reserve(Order order)
                {
                    WriteLinePrefix(prefix, order);
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
    public async Task Offers_no_fix_when_a_using_declaration_of_the_copies_reaches_past_them()
    {
        // Extracted, the writer would be disposed where the new method returns, before the code after the copies reads it.
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
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_statements_follow_a_using_declaration_that_holds_a_resource_for_them()
    {
        // Nothing reads the writer after the copies, but it stays open until the method ends: a lock or a file held for
        // the statements after the copies would be released before them. Data flow counts the disposal at the method's
        // end as a use after the block, so the variable cannot be declared at the call either.
        var source = $$"""
            namespace Shop;

            public sealed class Reports
            {
                public void Open(Order order)
                {
                    [|{{WriterBlock}}|]
                    System.Console.WriteLine("opened");
                }

                public void Close(Order order)
                {
                    System.Console.WriteLine("close");
                    [|{{WriterBlock}}|]
                    System.Console.Error.WriteLine("closed");
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_copy_that_ends_its_block_declares_a_using_variable()
    {
        // The disposal at the end of each method is still outside the copy: the new method would dispose the writer at
        // its own end, which is the same moment here, but the planner sees a use after the block and declines.
        var source = $$"""
            namespace Shop;

            public sealed class Reports
            {
                public void Open(Order order)
                {
                    order.Quantity++;
                    [|{{WriterBlock}}|]
                }

                public void Close(Order order)
                {
                    System.Console.WriteLine("close");
                    [|{{WriterBlock}}|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }
}
