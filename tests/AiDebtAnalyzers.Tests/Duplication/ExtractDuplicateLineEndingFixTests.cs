using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The extract fix writes its method, helper class and calls in the line ending the file already uses: a file checked
/// out with CRLF keeps CRLF on every line, whatever the machine's own line ending is (a fix-all run on a Linux CI agent
/// must not leave LF lines in a CRLF file). The cases are <see cref="ExtractDuplicateCodeFixTests"/>' own, in CRLF.
/// </summary>
public class ExtractDuplicateLineEndingFixTests
{
    [Fact]
    public async Task Writes_the_extracted_method_in_the_files_CRLF_line_endings()
    {
        await FixTestWithOrder(Crlf(ExtractDuplicateCodeFixTests.OneClassSource), Crlf(ExtractDuplicateCodeFixTests.OneClassFixed), null).RunAsync();
    }

    [Fact]
    public async Task Writes_the_helper_class_in_the_files_CRLF_line_endings()
    {
        await FixTestWithOrder(Crlf(ExtractDuplicateCodeFixTests.TwoTypesSource), Crlf(ExtractDuplicateCodeFixTests.TwoTypesFixed), null).RunAsync();
    }

    [Fact]
    public async Task Writes_a_moved_comment_on_its_own_CRLF_line_above_the_call()
    {
        // A comment only the second copy holds moves above its call, ended with the file's CRLF.
        var source = """
            namespace Shop;

            public sealed class Desk
            {
                public void Ship(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    // Prices are shown before the total.
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);|]
                }

                public void Reserve(Order order)
                {
                    System.GC.KeepAlive(order);
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    // Prices are shown before the total.
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    // A reservation is not paid yet: the total is what it will cost.
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Desk
            {
                public void Ship(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    WriteLineOrder(order);
                }

                private static void WriteLineOrder(Order order)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    // Prices are shown before the total.
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                }

                public void Reserve(Order order)
                {
                    System.GC.KeepAlive(order);
                    // A reservation is not paid yet: the total is what it will cost.
                    WriteLineOrder(order);
                }
            }
            """;
        await FixTestWithOrder(Crlf(source), Crlf(fixedSource), null).RunAsync();
    }

    private static string Crlf(string text) => text.ReplaceLineEndings("\r\n");
}
