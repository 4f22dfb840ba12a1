using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The lines under a statement the fix moves (a lambda's body, a wrapped condition, a chained call) keep their place
/// relative to the statement's first line, whatever the copy's own indentation was.
/// </summary>
public class ExtractDuplicateIndentationFixTests
{
    private const string Options = "aidebt.duplication.min_lines = 3\naidebt.duplication.min_tokens = 20";

    [Fact]
    public async Task Lambda_bodies_of_a_copy_nested_deeper_than_the_method_stay_under_their_statement()
    {
        var source = """
            using System;

            namespace Shop;

            public sealed class Buttons
            {
                public event EventHandler? Entered;
                public event EventHandler? Exited;

                public void First(Order order)
                {
                    if (order.Quantity > 0)
                    {
                        [|Entered += (sender, _) =>
                        {
                            Console.WriteLine(order.Customer + " entered " + sender);
                            Console.WriteLine(order.Quantity);
                        };

                        Exited += (sender, _) =>
                        {
                            Console.WriteLine(order.Customer + " exited " + sender);
                            Console.WriteLine(order.Quantity);
                        };|]
                    }
                }

                public void Second(Order order)
                {
                    [|Entered += (sender, _) =>
                                 {
                                     Console.WriteLine(order.Customer + " entered " + sender);
                                     Console.WriteLine(order.Quantity);
                                 };

                    Exited += (sender, _) =>
                              {
                                  Console.WriteLine(order.Customer + " exited " + sender);
                                  Console.WriteLine(order.Quantity);
                              };|]
                    Console.Beep();
                }
            }
            """;
        var fixedSource = """
            using System;

            namespace Shop;

            public sealed class Buttons
            {
                public event EventHandler? Entered;
                public event EventHandler? Exited;

                public void First(Order order)
                {
                    if (order.Quantity > 0)
                    {
                        SetExited(order);
                    }
                }

                private void SetExited(Order order)
                {
                    Entered += (sender, _) =>
                    {
                        Console.WriteLine(order.Customer + " entered " + sender);
                        Console.WriteLine(order.Quantity);
                    };

                    Exited += (sender, _) =>
                    {
                        Console.WriteLine(order.Customer + " exited " + sender);
                        Console.WriteLine(order.Quantity);
                    };
                }

                public void Second(Order order)
                {
                    SetExited(order);
                    Console.Beep();
                }
            }
            """;
        await FixTestWithOrder(source, fixedSource, Options).RunAsync();
    }

    [Fact]
    public async Task A_wrapped_condition_and_a_chained_call_keep_their_continuation_indentation()
    {
        var source = """
            using System;
            using System.Linq;

            namespace Shop;

            public sealed class Checks
            {
                public void First(Order order, string[] names)
                {
                    foreach (var name in names)
                    {
                        if (name.Length > 0)
                        {
                            [|var count = names
                                .Where(n => n.StartsWith(order.Customer, StringComparison.Ordinal))
                                .Count();
                            if (count > order.Quantity
                                && order.UnitPrice > 0m)
                            {
                                Console.WriteLine(order.Customer + " has " + count);
                            }|]
                        }
                    }
                }

                public void Second(Order order, string[] names)
                {
                    [|var count = names
                        .Where(n => n.StartsWith(order.Customer, StringComparison.Ordinal))
                        .Count();
                    if (count > order.Quantity
                        && order.UnitPrice > 0m)
                    {
                        Console.WriteLine(order.Customer + " has " + count);
                    }|]
                    Console.Beep();
                }
            }
            """;
        var fixedSource = """
            using System;
            using System.Linq;

            namespace Shop;

            public sealed class Checks
            {
                public void First(Order order, string[] names)
                {
                    foreach (var name in names)
                    {
                        if (name.Length > 0)
                        {
                            WriteLineNames(names, order);
                        }
                    }
                }

                private static void WriteLineNames(string[] names, Order order)
                {
                    var count = names
                        .Where(n => n.StartsWith(order.Customer, StringComparison.Ordinal))
                        .Count();
                    if (count > order.Quantity
                        && order.UnitPrice > 0m)
                    {
                        Console.WriteLine(order.Customer + " has " + count);
                    }
                }

                public void Second(Order order, string[] names)
                {
                    WriteLineNames(names, order);
                    Console.Beep();
                }
            }
            """;
        await FixTestWithOrder(source, fixedSource, Options).RunAsync();
    }
}
