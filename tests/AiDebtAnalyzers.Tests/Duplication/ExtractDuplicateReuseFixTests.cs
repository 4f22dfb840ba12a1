using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// A copy that is the whole body of a method whose parameters are exactly the values the other copies would pass: the
/// other copies call that method, and no third method is written. Every test also runs fix-all (the verifier's default).
/// </summary>
public class ExtractDuplicateReuseFixTests
{
    private const string Options = "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20";

    private const string Report = """
        System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                System.Console.WriteLine("Thanks " + order.Customer);
                System.Console.WriteLine("Done");
        """;

    private const string Mix = """
        var low = x * (1 - amount);
                var high = y * amount;
                System.Console.WriteLine("Mixing " + x + " and " + y);
                System.Console.WriteLine("Amount " + amount + " of " + y);
                return low + high;
        """;

    private static VerifyCS.Test Test(string source, string fixedSource) => FixTestWithOrder(source, fixedSource, Options);

    [Fact]
    public async Task Calls_the_method_a_copy_is_the_whole_body_of_from_the_other_copy_of_its_type()
    {
        // SettingsStoragePage: ConvertKeepMediaTick calls ConvertTtl(days) rather than both calling a third method.
        var source = $$"""
            namespace Shop;

            public sealed class Desk
            {
                public void PrintReceipt(Order order)
                {
                    [|{{Report}}|]
                }

                public void Close(Order order)
                {
                    order.Quantity = 0;
                    [|{{Report}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Desk
            {
                public void PrintReceipt(Order order)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine("Done");
                }

                public void Close(Order order)
                {
                    order.Quantity = 0;
                    PrintReceipt(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Calls_a_static_method_of_another_type_a_copy_is_the_whole_body_of_with_its_parameters_in_their_order()
    {
        // Unigram's Scrim.Mix calls ColorsHelper.Mix: the values go in the order the existing method takes them.
        var source = $$"""
            namespace Shop;

            public static class Prices
            {
                public static decimal Mix(decimal x, decimal y, decimal amount)
                {
                    [|{{Mix}}|]
                }
            }

            public sealed class Scrim
            {
                private decimal Blend(decimal amount, decimal y, decimal x)
                {
                    [|{{Mix}}|]
                }
            }
            """;
        var fixedSource = $$"""
            namespace Shop;

            public static class Prices
            {
                public static decimal Mix(decimal x, decimal y, decimal amount)
                {
                    {{Mix}}
                }
            }

            public sealed class Scrim
            {
                private decimal Blend(decimal amount, decimal y, decimal x)
                {
                    return Prices.Mix(x, y, amount);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Writes_a_new_method_when_the_method_a_copy_is_takes_a_value_the_block_does_not_use()
    {
        var source = $$"""
            namespace Shop;

            public sealed class Desk
            {
                public void PrintReceipt(Order order, int copies)
                {
                    [|{{Report}}|]
                }

                public void Close(Order order)
                {
                    order.Quantity = 0;
                    [|{{Report}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Desk
            {
                public void PrintReceipt(Order order, int copies)
                {
                    WriteLineOrder(order);
                }

                private static void WriteLineOrder(Order order)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine("Done");
                }

                public void Close(Order order)
                {
                    order.Quantity = 0;
                    WriteLineOrder(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Writes_a_helper_when_the_method_a_copy_is_is_private_to_another_type()
    {
        var source = $$"""
            namespace Shop;

            public static class Prices
            {
                private static decimal Mix(decimal x, decimal y, decimal amount)
                {
                    [|{{Mix}}|]
                }
            }

            public sealed class Scrim
            {
                private decimal Blend(decimal x, decimal y, decimal amount)
                {
                    [|{{Mix}}|]
                }
            }
            """;
        var fixedSource = $$"""
            namespace Shop;

            public static class Prices
            {
                private static decimal Mix(decimal x, decimal y, decimal amount)
                {
                    return ShopHelpers.Mix(x, amount, y);
                }
            }

            internal static class ShopHelpers
            {
                internal static decimal Mix(decimal x, decimal amount, decimal y)
                {
                    {{Mix}}
                }
            }

            public sealed class Scrim
            {
                private decimal Blend(decimal x, decimal y, decimal amount)
                {
                    return ShopHelpers.Mix(x, amount, y);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }
}
