using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// Declarations the extraction would leave unused (CS0168 on MathNet.Numerics' Amos port after fix-all): a variable declared
/// before the copies that only the copies use, and one the block declares without a value for the code after it only.
/// </summary>
public class ExtractDuplicateUnusedDeclarationFixTests
{
    private static VerifyCS.Test Test(string source, string fixedSource) => FixTestWithOrder(source, fixedSource, "aidebt.duplication.min_tokens = 40");

    private const string CountingBlock = """
        count = order.Quantity * 2;
                count += order.Quantity;
                var total = order.UnitPrice * count;
                System.Console.Out.WriteLine(order.Customer + " ships " + count + " items now");
                System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
        """;

    [Fact]
    public async Task Offers_no_fix_when_a_variable_declared_before_the_copies_is_used_by_the_copies_only()
    {
        // The new method would declare its own `count`, and `int count;` at the top of each method would be left unused.
        var source = $$"""
            namespace Shop;

            public sealed class Billing
            {
                public int Ship(Order order)
                {
                    int count;
                    System.Console.WriteLine("ship");
                    [|{{CountingBlock}}|]
                    return (int)total;
                }

                public int Reserve(Order order)
                {
                    int count;
                    [|{{CountingBlock}}|]
                    return (int)total + 1;
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Extracts_when_a_variable_declared_before_the_copies_is_also_used_outside_them()
    {
        var source = $$"""
            namespace Shop;

            public sealed class Billing
            {
                public int Ship(Order order)
                {
                    int count = 0;
                    System.Console.WriteLine(count);
                    foreach (var letter in order.Customer)
                    {
                        System.Console.Write(letter);
                    }

                    [|{{CountingBlock}}|]
                    return (int)total;
                }

                public int Reserve(Order order)
                {
                    int count = 0;
                    System.Console.WriteLine(count);
                    lock (order)
                    {
                        System.Console.Write(order.Quantity);
                    }

                    [|{{CountingBlock}}|]
                    return (int)total + 1;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Billing
            {
                public int Ship(Order order)
                {
                    int count = 0;
                    System.Console.WriteLine(count);
                    foreach (var letter in order.Customer)
                    {
                        System.Console.Write(letter);
                    }

                    var total = ComputeTotal(order);
                    return (int)total;
                }

                private static decimal ComputeTotal(Order order)
                {
                    int count;
                    count = order.Quantity * 2;
                    count += order.Quantity;
                    var total = order.UnitPrice * count;
                    System.Console.Out.WriteLine(order.Customer + " ships " + count + " items now");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    return total;
                }

                public int Reserve(Order order)
                {
                    int count = 0;
                    System.Console.WriteLine(count);
                    lock (order)
                    {
                        System.Console.Write(order.Quantity);
                    }

                    var total = ComputeTotal(order);
                    return (int)total + 1;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_block_declares_a_variable_without_a_value_for_the_code_after_it_only()
    {
        // `double rate;` would be declared again at the call, and the new method's declaration would be left unused.
        const string Block = """
            double rate;
                    var total = order.UnitPrice * order.Quantity;
                    System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    System.Console.WriteLine(order.Customer + " owes " + total);
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Billing
            {
                public decimal Ship(Order order)
                {
                    [|{{Block}}|]
                    rate = 2;
                    return total * (decimal)rate;
                }

                public decimal Reserve(Order order)
                {
                    [|{{Block}}|]
                    rate = order.Quantity > 1 ? 3 : 4;
                    System.Console.WriteLine(rate);
                    return total;
                }
            }
            """;
        await Test(source, source).RunAsync();
    }
}
