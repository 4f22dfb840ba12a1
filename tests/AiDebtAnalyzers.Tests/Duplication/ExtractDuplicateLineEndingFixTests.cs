using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The extract fix writes its method, helper class and calls in the line ending the file already uses: a file checked
/// out with CRLF keeps CRLF on every line, whatever the machine's own line ending is (a fix-all run on a Linux CI agent
/// must not leave LF lines in a CRLF file).
/// </summary>
public class ExtractDuplicateLineEndingFixTests
{
    [Fact]
    public async Task Writes_the_extracted_method_in_the_files_CRLF_line_endings()
    {
        var source = $$"""
            namespace Shop;

            public sealed class OrderService
            {
                public void Place(Order order, int attempt)
                {
                    [|{{Validation}}|]
                }

                public void Update(Order order, string note)
                {
                    System.Console.WriteLine("update");
                    [|{{Validation}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class OrderService
            {
                public void Place(Order order, int attempt)
                {
                    ValidateOrder(order);
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

                public void Update(Order order, string note)
                {
                    System.Console.WriteLine("update");
                    ValidateOrder(order);
                }
            }
            """;
        await FixTestWithOrder(Crlf(source), Crlf(fixedSource), null).RunAsync();
    }

    [Fact]
    public async Task Writes_the_helper_class_in_the_files_CRLF_line_endings()
    {
        var source = $$"""
            namespace Shop;

            public sealed class First
            {
                public void Run(Order order)
                {
                    [|{{Validation}}|]
                }
            }

            public sealed class Second
            {
                public void Run(Order order)
                {
                    [|{{Validation}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class First
            {
                public void Run(Order order)
                {
                    ShopHelpers.Run(order);
                }
            }

            internal static class ShopHelpers
            {
                internal static void Run(Order order)
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
            }

            public sealed class Second
            {
                public void Run(Order order)
                {
                    ShopHelpers.Run(order);
                }
            }
            """;
        await FixTestWithOrder(Crlf(source), Crlf(fixedSource), null).RunAsync();
    }

    private static string Crlf(string text) => text.ReplaceLineEndings("\r\n");
}
