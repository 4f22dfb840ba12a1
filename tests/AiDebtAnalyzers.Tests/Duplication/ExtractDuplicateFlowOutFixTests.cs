using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>Copies that leave early and let a variable flow out, and awaiting copies with several variables flowing out.</summary>
public class ExtractDuplicateFlowOutFixTests
{
    private static VerifyCS.Test Test(string source, string fixedSource, string? editorConfig = "aidebt.duplication.min_tokens = 40") => FixTestWithOrder(source, fixedSource, editorConfig);

    [Fact]
    public async Task Offers_no_fix_when_a_catch_around_a_copy_reads_the_result_declared_before_it()
    {
        // The new method's result is assigned at the call only when the method returns: if the block threw after
        // changing the variable, the catch would read the old value where the copy let it read the new one.
        const string Block = """
            total = order.Quantity * order.UnitPrice;
                            total += order.Quantity;
                            total -= order.UnitPrice / 2;
                            System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");
                            System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                            System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
            """;
        var source = $$"""
            namespace Shop
            {
                public sealed class Billing
                {
                    public decimal Ship(Order order)
                    {
                        decimal total = 0;
                        try
                        {
                            [|{{Block}}|]
                        }
                        catch (System.IO.IOException)
                        {
                            return total;
                        }

                        return total;
                    }

                    public decimal Reserve(Order order)
                    {
                        decimal total = 0;
                        try
                        {
                            [|{{Block}}|]
                        }
                        finally
                        {
                            System.Console.WriteLine("reserved " + total);
                        }

                        return total + 1;
                    }
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Hands_out_a_variable_through_an_out_parameter_beside_whether_a_synchronous_copy_returned_a_constant()
    {
        const string Block = """
            if (order.Quantity <= 0)
                    {
                        return null;
                    }

                    var total = order.Quantity * order.UnitPrice;
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + total + " in total today");
            """;
        var source = $$"""
            #nullable enable
            namespace Shop;

            public sealed class Approval
            {
                public string? Ship(Order order)
                {
                    [|{{Block}}|]
                    return "shipped for " + total;
                }

                public Order? Reserve(Order order)
                {
                    [|{{Block}}|]
                    return total > 10m ? order : null;
                }
            }
            """;
        var fixedSource = """
            #nullable enable
            namespace Shop;

            public sealed class Approval
            {
                public string? Ship(Order order)
                {
                    if (!TryComputeTotal(order, out var total))
                    {
                        return null;
                    }

                    return "shipped for " + total;
                }

                private static bool TryComputeTotal(Order order, out decimal total)
                {
                    if (order.Quantity <= 0)
                    {
                        total = default;
                        return false;
                    }

                    total = order.Quantity * order.UnitPrice;
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + total + " in total today");
                    return true;
                }

                public Order? Reserve(Order order)
                {
                    if (!TryComputeTotal(order, out var total))
                    {
                        return null;
                    }

                    return total > 10m ? order : null;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Gives_an_out_parameter_the_copy_leaves_before_assigning_a_default_without_a_suppression_at_CSharp_7_3()
    {
        // chocolatey's MarkPackagePending shape in a net48 project: `pendingFile = default!;` was error CS8370 there.
        var source = """
            namespace Shop
            {
                public sealed class Order
                {
                    public int Quantity { get; set; }
                    public decimal UnitPrice { get; set; }
                    public string Customer { get; set; }
                }

                public sealed class Approval
                {
                    public string Ship(Order order)
                    {
                        [|if (order.Quantity <= 0)
                        {
                            return order.Customer + " has no stock";
                        }

                        var label = order.Customer + " x" + order.Quantity;
                        System.Console.Error.WriteLine(label + " pays " + order.UnitPrice + " in total today");|]
                        return string.Concat("shipped for ", label);
                    }

                    public static string Reserve(Order order)
                    {
                        [|if (order.Quantity <= 0)
                        {
                            return order.Customer + " has no stock";
                        }

                        var label = order.Customer + " x" + order.Quantity;
                        System.Console.Error.WriteLine(label + " pays " + order.UnitPrice + " in total today");|]
                        return label.Length > 10 ? "large" : "small";
                    }
                }
            }
            """;
        var fixedSource = """
            namespace Shop
            {
                public sealed class Order
                {
                    public int Quantity { get; set; }
                    public decimal UnitPrice { get; set; }
                    public string Customer { get; set; }
                }

                public sealed class Approval
                {
                    public string Ship(Order order)
                    {
                        if (TryComputeLabel(order, out var label, out var result))
                        {
                            return result;
                        }

                        return string.Concat("shipped for ", label);
                    }

                    private static bool TryComputeLabel(Order order, out string label, out string result)
                    {
                        if (order.Quantity <= 0)
                        {
                            label = default;
                            result = order.Customer + " has no stock";
                            return true;
                        }

                        label = order.Customer + " x" + order.Quantity;
                        System.Console.Error.WriteLine(label + " pays " + order.UnitPrice + " in total today");
                        result = default;
                        return false;
                    }

                    public static string Reserve(Order order)
                    {
                        if (TryComputeLabel(order, out var label, out var result))
                        {
                            return result;
                        }

                        return label.Length > 10 ? "large" : "small";
                    }
                }
            }
            """;
        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource };
        test.WithEditorConfig("aidebt.duplication.min_tokens = 40");
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
            projectId,
            ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp7_3)));
        await test.RunAsync();
    }

    [Fact]
    public async Task Hands_out_a_variable_and_the_returned_value_of_a_synchronous_copy_assigning_the_variable_where_the_copy_leaves_before_it()
    {
        const string Block = """
            if (order.Quantity <= 0)
                    {
                        return order.Customer + " has no stock";
                    }

                    var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        return order.Customer + " needs approval";
                    }

                    System.Console.Error.WriteLine(order.Customer + " pays " + total + " in total today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public string Ship(Order order)
                {
                    [|{{Block}}|]
                    return string.Concat("shipped for ", total);
                }

                public static string Reserve(Order order)
                {
                    [|{{Block}}|]
                    return total > 10m ? "large" : "small";
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public string Ship(Order order)
                {
                    if (TryComputeTotal(order, out var total, out var result))
                    {
                        return result;
                    }

                    return string.Concat("shipped for ", total);
                }

                private static bool TryComputeTotal(Order order, out decimal total, out string result)
                {
                    if (order.Quantity <= 0)
                    {
                        total = default;
                        result = order.Customer + " has no stock";
                        return true;
                    }

                    total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        result = order.Customer + " needs approval";
                        return true;
                    }

                    System.Console.Error.WriteLine(order.Customer + " pays " + total + " in total today");
                    result = default;
                    return false;
                }

                public static string Reserve(Order order)
                {
                    if (TryComputeTotal(order, out var total, out var result))
                    {
                        return result;
                    }

                    return total > 10m ? "large" : "small";
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Returns_whether_an_awaiting_copy_left_with_the_variable_that_flows_out_and_awaits_as_the_copies_did()
    {
        const string Block = """
            var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                    if (stock <= 0)
                    {
                        return null;
                    }

                    var response = order.Customer + " ordered " + stock + " items today";
                    System.Console.WriteLine(response);
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
            """;
        var source = $$"""
            #nullable enable
            namespace Shop;

            public sealed class Approval
            {
                public async System.Threading.Tasks.Task<string?> ShipAsync(Order order)
                {
                    [|{{Block}}|]
                    return response;
                }

                public async System.Threading.Tasks.Task<int?> CountAsync(Order order, bool returned)
                {
                    [|{{Block}}|]
                    return returned ? response.Length : 0;
                }
            }
            """;
        var fixedSource = """
            #nullable enable
            namespace Shop;

            public sealed class Approval
            {
                public async System.Threading.Tasks.Task<string?> ShipAsync(Order order)
                {
                    var (returned, response) = await TryComputeResponseAsync(order).ConfigureAwait(false);
                    if (returned)
                    {
                        return null;
                    }

                    return response;
                }

                private static async System.Threading.Tasks.Task<(bool Returned, string Response)> TryComputeResponseAsync(Order order)
                {
                    var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                    if (stock <= 0)
                    {
                        return (true, default!);
                    }

                    var response = order.Customer + " ordered " + stock + " items today";
                    System.Console.WriteLine(response);
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    return (false, response);
                }

                public async System.Threading.Tasks.Task<int?> CountAsync(Order order, bool returned)
                {
                    var (returned2, response) = await TryComputeResponseAsync(order).ConfigureAwait(false);
                    if (returned2)
                    {
                        return null;
                    }

                    return returned ? response.Length : 0;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Returns_the_value_an_awaiting_copy_returned_and_the_variable_that_flows_out_in_one_tuple()
    {
        const string Block = """
            var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                    if (stock <= 0)
                    {
                        return order.Customer + " has no stock";
                    }

                    var response = order.Customer + " ordered " + stock + " items today";
                    System.Console.WriteLine(response);
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public async System.Threading.Tasks.Task<string> ShipAsync(Order order)
                {
                    [|{{Block}}|]
                    return response;
                }

                public async System.Threading.Tasks.Task<string> ReserveAsync(Order order)
                {
                    [|{{Block}}|]
                    return "reserved: " + response;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public async System.Threading.Tasks.Task<string> ShipAsync(Order order)
                {
                    var (returned, result, response) = await TryComputeResponseAsync(order).ConfigureAwait(false);
                    if (returned)
                    {
                        return result;
                    }

                    return response;
                }

                private static async System.Threading.Tasks.Task<(bool Returned, string Value, string Response)> TryComputeResponseAsync(Order order)
                {
                    var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                    if (stock <= 0)
                    {
                        return (true, order.Customer + " has no stock", default);
                    }

                    var response = order.Customer + " ordered " + stock + " items today";
                    System.Console.WriteLine(response);
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    return (false, default, response);
                }

                public async System.Threading.Tasks.Task<string> ReserveAsync(Order order)
                {
                    var (returned, result, response) = await TryComputeResponseAsync(order).ConfigureAwait(false);
                    if (returned)
                    {
                        return result;
                    }

                    return "reserved: " + response;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Returns_the_variables_that_flow_out_of_awaiting_copies_in_a_tuple()
    {
        const string Block = """
            var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                    var total = stock * order.UnitPrice;
                    System.Console.WriteLine(order.Customer + " ordered " + stock + " items today");
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items before");
                    System.Console.Error.WriteLine(order.Customer + " pays " + total + " in total today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public async System.Threading.Tasks.Task<string> ShipAsync(Order order)
                {
                    [|{{Block}}|]
                    return "shipped " + stock + " for " + total;
                }

                public async System.Threading.Tasks.Task<decimal> ReserveAsync(Order order)
                {
                    [|{{Block}}|]
                    return total / stock;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public async System.Threading.Tasks.Task<string> ShipAsync(Order order)
                {
                    var (stock, total) = await ComputeStockAndTotalAsync(order).ConfigureAwait(false);
                    return "shipped " + stock + " for " + total;
                }

                private static async System.Threading.Tasks.Task<(int Stock, decimal Total)> ComputeStockAndTotalAsync(Order order)
                {
                    var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                    var total = stock * order.UnitPrice;
                    System.Console.WriteLine(order.Customer + " ordered " + stock + " items today");
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items before");
                    System.Console.Error.WriteLine(order.Customer + " pays " + total + " in total today");
                    return (stock, total);
                }

                public async System.Threading.Tasks.Task<decimal> ReserveAsync(Order order)
                {
                    var (stock, total) = await ComputeStockAndTotalAsync(order).ConfigureAwait(false);
                    return total / stock;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_copy_leaves_early_and_a_variable_declared_before_it_flows_out()
    {
        // Where the copy leaves, the variable keeps the value it had: the method would have to give it one.
        const string Block = """
            if (order.Quantity <= 0)
                    {
                        return null;
                    }

                    total = order.Quantity * order.UnitPrice;
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + total + " in total today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public string Ship(Order order)
                {
                    decimal total = 0;
                    [|{{Block}}|]
                    return string.Concat("shipped for ", total);
                }

                public object Reserve(Order order)
                {
                    var total = order.UnitPrice;
                    [|{{Block}}|]
                    return total;
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Passes_by_ref_a_variable_that_has_a_value_where_the_block_starts_and_is_assigned_on_some_paths()
    {
        const string Block = """
            if (order.Quantity > 10)
                    {
                        total = total * 0.9m;
                        label = label + " in bulk";
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + label + " today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + total + " in total today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public decimal Ship(Order order)
                {
                    var total = order.UnitPrice;
                    var label = order.Customer;
                    [|{{Block}}|]
                    return total + label.Length;
                }

                public string Reserve(Order order)
                {
                    decimal total = 12;
                    string label = "reserved";
                    [|{{Block}}|]
                    return string.Concat(label, total);
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public decimal Ship(Order order)
                {
                    var total = order.UnitPrice;
                    var label = order.Customer;
                    total = ComputeTotalAndLabel(order, total, ref label);
                    return total + label.Length;
                }

                private static decimal ComputeTotalAndLabel(Order order, decimal total, ref string label)
                {
                    if (order.Quantity > 10)
                    {
                        total = total * 0.9m;
                        label = label + " in bulk";
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + label + " today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + total + " in total today");
                    return total;
                }

                public string Reserve(Order order)
                {
                    decimal total = 12;
                    string label = "reserved";
                    total = ComputeTotalAndLabel(order, total, ref label);
                    return string.Concat(label, total);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Keeps_a_deconstruction_of_an_awaiting_copy_and_returns_its_variables_beside_whether_the_copy_left()
    {
        const string Block = """
            var (stock, price) = await System.Threading.Tasks.Task.FromResult((order.Quantity * 2, order.UnitPrice)).ConfigureAwait(false);
                    if (stock <= 0)
                    {
                        return null;
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + stock + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + price + " per item today");
            """;
        var source = $$"""
            #nullable enable
            namespace Shop;

            public sealed class Approval
            {
                public async System.Threading.Tasks.Task<string?> ShipAsync(Order order)
                {
                    [|{{Block}}|]
                    return string.Concat(stock, price);
                }

                public async System.Threading.Tasks.Task<object?> ReserveAsync(Order order)
                {
                    [|{{Block}}|]
                    return stock > 2 ? price : order;
                }
            }
            """;
        var fixedSource = """
            #nullable enable
            namespace Shop;

            public sealed class Approval
            {
                public async System.Threading.Tasks.Task<string?> ShipAsync(Order order)
                {
                    var (returned, stock, price) = await TryComputeStockAndPriceAsync(order).ConfigureAwait(false);
                    if (returned)
                    {
                        return null;
                    }

                    return string.Concat(stock, price);
                }

                private static async System.Threading.Tasks.Task<(bool Returned, int Stock, decimal Price)> TryComputeStockAndPriceAsync(Order order)
                {
                    var (stock, price) = await System.Threading.Tasks.Task.FromResult((order.Quantity * 2, order.UnitPrice)).ConfigureAwait(false);
                    if (stock <= 0)
                    {
                        return (true, default, default);
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + stock + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + price + " per item today");
                    return (false, stock, price);
                }

                public async System.Threading.Tasks.Task<object?> ReserveAsync(Order order)
                {
                    var (returned, stock, price) = await TryComputeStockAndPriceAsync(order).ConfigureAwait(false);
                    if (returned)
                    {
                        return null;
                    }

                    return stock > 2 ? price : order;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Declares_again_at_the_call_a_variable_of_the_block_that_the_code_after_it_assigns_before_reading()
    {
        // The code after each copy assigns `line` before it reads it, so no value the block gave it is read after the
        // block: the method keeps its own `line`, and the call site declares the name again for the code after it.
        const string Block = """
            var line = order.Customer + " ordered " + order.Quantity + " items today";
                    System.Console.WriteLine(line);
                    line = order.Customer + " pays " + order.UnitPrice + " per item today";
                    System.Console.Error.WriteLine(line);
                    System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public void Ship(Order order)
                {
                    [|{{Block}}|]
                    line = "shipped";
                    System.Console.WriteLine(line);
                }

                public int Reserve(Order order)
                {
                    [|{{Block}}|]
                    line = order.Customer.ToUpperInvariant();
                    return line.Length;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public void Ship(Order order)
                {
                    string line;
                    WriteLineOrder(order);
                    line = "shipped";
                    System.Console.WriteLine(line);
                }

                private static void WriteLineOrder(Order order)
                {
                    var line = order.Customer + " ordered " + order.Quantity + " items today";
                    System.Console.WriteLine(line);
                    line = order.Customer + " pays " + order.UnitPrice + " per item today";
                    System.Console.Error.WriteLine(line);
                    System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");
                }

                public int Reserve(Order order)
                {
                    string line;
                    WriteLineOrder(order);
                    line = order.Customer.ToUpperInvariant();
                    return line.Length;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_lambda_after_the_copies_captures_a_variable_the_block_declares()
    {
        const string Block = """
            var line = order.Customer + " ordered " + order.Quantity + " items today";
                    System.Console.WriteLine(line);
                    line = order.Customer + " pays " + order.UnitPrice + " per item today";
                    System.Console.Error.WriteLine(line);
                    System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public System.Func<string> Ship(Order order)
                {
                    [|{{Block}}|]
                    line = "shipped";
                    return () => line;
                }

                public System.Func<int> Reserve(Order order)
                {
                    [|{{Block}}|]
                    line = order.Customer.ToUpperInvariant();
                    return () => line.Length;
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Returns_in_a_tuple_the_variables_of_a_synchronous_copy_when_a_lambda_captures_one()
    {
        // `stock` is captured by a lambda after the block, which an out parameter cannot be; nothing writes it after its
        // declaration, so the caller's new `stock` holds the one value every reader saw before.
        const string Block = """
            var stock = order.Quantity * 2;
                    var total = stock * order.UnitPrice;
                    System.Console.WriteLine(order.Customer + " ordered " + stock + " items today");
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items before");
                    System.Console.Error.WriteLine(order.Customer + " pays " + total + " in total today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public System.Func<string> Ship(Order order)
                {
                    [|{{Block}}|]
                    return () => "shipped " + stock + " for " + total;
                }

                public decimal Reserve(Order order)
                {
                    [|{{Block}}|]
                    System.Func<decimal> share = () => total / stock;
                    return share();
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public System.Func<string> Ship(Order order)
                {
                    var (stock, total) = ComputeStockAndTotal(order);
                    return () => "shipped " + stock + " for " + total;
                }

                private static (int Stock, decimal Total) ComputeStockAndTotal(Order order)
                {
                    var stock = order.Quantity * 2;
                    var total = stock * order.UnitPrice;
                    System.Console.WriteLine(order.Customer + " ordered " + stock + " items today");
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items before");
                    System.Console.Error.WriteLine(order.Customer + " pays " + total + " in total today");
                    return (stock, total);
                }

                public decimal Reserve(Order order)
                {
                    var (stock, total) = ComputeStockAndTotal(order);
                    System.Func<decimal> share = () => total / stock;
                    return share();
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_captured_variable_of_a_synchronous_copy_is_written_after_its_declaration()
    {
        // The lambda of the block would read the method's `stock`, the write after the block the caller's: no tuple.
        const string Block = """
            var stock = order.Quantity * 2;
                    System.Func<int> current = () => stock;
                    System.Console.WriteLine(order.Customer + " ordered " + stock + " items today");
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items before");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " in total today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public int Ship(Order order)
                {
                    [|{{Block}}|]
                    stock = stock + 1;
                    return current();
                }

                public int Reserve(Order order)
                {
                    [|{{Block}}|]
                    stock = 0;
                    return current() + stock;
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Passes_the_out_parameter_of_copies_that_return_whether_they_assigned_it_on_as_out()
    {
        // Wino-Mail's MenuItemCollection.TryGetWindowsStyleRootSpecialFolderMenuItem and TryGetSpecialFolderMenuItem: the
        // copies assign the method's out parameter and return whether they found one.
        const string Block = """
            var all = System.Linq.Enumerable.ToList(orders);
                    found = System.Linq.Enumerable.FirstOrDefault(all, o => o.Customer == customer && o.Quantity > 0 && o.UnitPrice > 0m);
                    System.Console.WriteLine(customer + " looked through " + all.Count + " orders today");
                    return found != null;
            """;
        var source = $$"""
            #nullable enable
            namespace Shop;

            public sealed class Catalog
            {
                private readonly Order[] orders = new Order[0];

                public bool TryFindShipped(string customer, out Order? found)
                {
                    [|{{Block}}|]
                }

                public bool TryFindReserved(string customer, out Order? found)
                {
                    [|{{Block}}|]
                }
            }
            """;
                // The new method returns what the copies return and takes the parameter as out: the caller's own parameter
        // is the argument, assigned on every path as before.
        var fixedSource = """
            #nullable enable
            namespace Shop;

            public sealed class Catalog
            {
                private readonly Order[] orders = new Order[0];

                public bool TryFindShipped(string customer, out Order? found)
                {
                    return ComputeFound(customer, out found);
                }

                private bool ComputeFound(string customer, out Order? found)
                {
                    var all = System.Linq.Enumerable.ToList(orders);
                    found = System.Linq.Enumerable.FirstOrDefault(all, o => o.Customer == customer && o.Quantity > 0 && o.UnitPrice > 0m);
                    System.Console.WriteLine(customer + " looked through " + all.Count + " orders today");
                    return found != null;
                }

                public bool TryFindReserved(string customer, out Order? found)
                {
                    return ComputeFound(customer, out found);
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 4\naidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_for_copies_that_return_early_and_assign_out_parameters_of_different_nullability()
    {
        // Wino-Mail's CalendarColorPalette.TryNormalizeHexColor and ColorHelpers.TryNormalizeHexColor: the out parameter
        // is assigned before the block, the block returns false early and true at its end.
        const string Block = """
            if (order.Quantity <= 0)
                    {
                        return false;
                    }

                    var total = order.Quantity * order.UnitPrice;
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    label = order.Customer + " pays " + total + " in total today";
                    return true;
            """;
        var source = $$"""
            #nullable enable
            namespace Shop;

            public sealed class Approval
            {
                public static bool TryLabel(Order order, out string? label)
                {
                    label = null;
                    [|{{Block}}|]
                }

                public static bool TryLabelAgain(Order order, out string label)
                {
                    label = string.Empty;
                    [|{{Block}}|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Passes_an_out_parameter_assigned_before_copies_that_return_early_by_ref()
    {
        // TryNormalizeHexColor's shape with one nullability: the parameter has a value where the block starts, and the
        // early return false leaves it as it was; by ref, the new method keeps it so on that path.
        const string Block = """
            if (order.Quantity <= 0)
                    {
                        return false;
                    }

                    var total = order.Quantity * order.UnitPrice;
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    label = order.Customer + " pays " + total + " in total today";
                    return true;
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public static bool TryLabel(Order order, out string label)
                {
                    label = "none";
                    [|{{Block}}|]
                }

                public static bool TryLabelAgain(Order order, out string label)
                {
                    label = string.Empty;
                    [|{{Block}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public static bool TryLabel(Order order, out string label)
                {
                    label = "none";
                    return ComputeLabel(order, ref label);
                }

                private static bool ComputeLabel(Order order, ref string label)
                {
                    if (order.Quantity <= 0)
                    {
                        return false;
                    }

                    var total = order.Quantity * order.UnitPrice;
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    label = order.Customer + " pays " + total + " in total today";
                    return true;
                }

                public static bool TryLabelAgain(Order order, out string label)
                {
                    label = string.Empty;
                    return ComputeLabel(order, ref label);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_for_copies_that_return_before_they_assign_an_out_parameter_without_a_value()
    {
        // The out parameter has no value where the block starts: the block's own early return must leave it
        // unassigned, which neither an out parameter (CS0177) nor a ref argument (CS0165) of the new method allows.
        const string Block = """
            if (order.Quantity <= 0)
                    {
                        label = "none";
                        return false;
                    }

                    var total = order.Quantity * order.UnitPrice;
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    label = order.Customer + " pays " + total + " in total today";
                    return true;
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public static bool TryLabel(Order order, out string label)
                {
                    [|{{Block}}|]
                }

                public static bool TryLabelAgain(Order order, out string label)
                {
                    [|{{Block}}|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Hands_in_a_variable_the_copies_read_only_in_a_Debug_Assert()
    {
        // Data flow leaves the assertion's read of expected out when DEBUG is not defined: the new method would declare
        // it unassigned, and a Debug build would not compile (CS0165).
        const string Block = """
            var lines = new System.Collections.Generic.List<string>();
                    System.Diagnostics.Debug.Assert(expected >= 0, "negative count");
                    for (var i = 0; i < order.Quantity; i++)
                    {
                        lines.Add(order.Customer + " ordered item " + i + " of " + order.Quantity);
                    }
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public static void Ship(Order order, int expected, System.Collections.Generic.List<string> log)
                {
                    [|{{Block}}|]
                    log.AddRange(lines);
                }

                public static void Reserve(Order order, int expected, System.Collections.Generic.List<string> log)
                {
                    [|{{Block}}|]
                    log.Add(string.Join(", ", lines));
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public static void Ship(Order order, int expected, System.Collections.Generic.List<string> log)
                {
                    var lines = ComputeLines(expected, order);
                    log.AddRange(lines);
                }

                private static System.Collections.Generic.List<string> ComputeLines(int expected, Order order)
                {
                    var lines = new System.Collections.Generic.List<string>();
                    System.Diagnostics.Debug.Assert(expected >= 0, "negative count");
                    for (var i = 0; i < order.Quantity; i++)
                    {
                        lines.Add(order.Customer + " ordered item " + i + " of " + order.Quantity);
                    }

                    return lines;
                }

                public static void Reserve(Order order, int expected, System.Collections.Generic.List<string> log)
                {
                    var lines = ComputeLines(expected, order);
                    log.Add(string.Join(", ", lines));
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Hands_out_a_variable_the_code_after_the_copies_reads_only_in_a_Debug_Assert()
    {
        // OpenLiveWriter's PostEditorFile.ReadUploadInfoData and ReadFileVersionData: the settings loop counts the
        // element depth, and Debug.Assert(depth == 0 && ...) checks it after the loop.
        const string Block = """
            var lines = new System.Collections.Generic.List<string>();
                    if (order.Quantity > 0)
                    {
                        depth = 1;
                        while (depth < order.Quantity)
                        {
                            lines.Add(order.Customer + " ordered item " + depth + " of " + order.Quantity);
                            depth++;
                        }
                    }
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public static void Ship(Order order, System.Collections.Generic.List<string> log)
                {
                    int depth = 0;
                    System.Console.WriteLine("ship " + order.Customer);
                    [|{{Block}}|]
                    log.AddRange(lines);
                    System.Diagnostics.Debug.Assert(depth == order.Quantity || order.Quantity <= 0, "unexpected depth");
                }

                public static void Reserve(Order order, System.Collections.Generic.List<string> log)
                {
                    int depth = 0;
                    log.Clear();
                    [|{{Block}}|]
                    log.Add(string.Join(", ", lines));
                    System.Diagnostics.Debug.Assert(depth == order.Quantity || order.Quantity <= 0, "unexpected depth");
                }
            }
            """;

        // The assertion's read counts whatever the symbols: depth goes by ref, as a read by an ordinary call would make it.
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public static void Ship(Order order, System.Collections.Generic.List<string> log)
                {
                    int depth = 0;
                    System.Console.WriteLine("ship " + order.Customer);
                    var lines = ComputeLinesAndDepth(order, ref depth);
                    log.AddRange(lines);
                    System.Diagnostics.Debug.Assert(depth == order.Quantity || order.Quantity <= 0, "unexpected depth");
                }

                private static System.Collections.Generic.List<string> ComputeLinesAndDepth(Order order, ref int depth)
                {
                    var lines = new System.Collections.Generic.List<string>();
                    if (order.Quantity > 0)
                    {
                        depth = 1;
                        while (depth < order.Quantity)
                        {
                            lines.Add(order.Customer + " ordered item " + depth + " of " + order.Quantity);
                            depth++;
                        }
                    }

                    return lines;
                }

                public static void Reserve(Order order, System.Collections.Generic.List<string> log)
                {
                    int depth = 0;
                    log.Clear();
                    var lines = ComputeLinesAndDepth(order, ref depth);
                    log.Add(string.Join(", ", lines));
                    System.Diagnostics.Debug.Assert(depth == order.Quantity || order.Quantity <= 0, "unexpected depth");
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task A_copy_whose_code_after_it_never_uses_the_result_calls_the_method_without_declaring_it()
    {
        var source = """
            namespace Shop;

            public sealed class Orders
            {
                public void Preview(Order order)
                {
                    [|var label = order.Customer.Trim() + " x" + order.Quantity;
                    System.Console.WriteLine(label + " costs " + order.Quantity * order.UnitPrice + " today");
                    System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");|]
                    System.Console.Beep();
                }

                public string Place(Order order)
                {
                    [|var label = order.Customer.Trim() + " x" + order.Quantity;
                    System.Console.WriteLine(label + " costs " + order.Quantity * order.UnitPrice + " today");
                    System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");|]
                    return label;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Orders
            {
                public void Preview(Order order)
                {
                    ComputeLabel(order);
                    System.Console.Beep();
                }

                private static string ComputeLabel(Order order)
                {
                    var label = order.Customer.Trim() + " x" + order.Quantity;
                    System.Console.WriteLine(label + " costs " + order.Quantity * order.UnitPrice + " today");
                    System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");
                    return label;
                }

                public string Place(Order order)
                {
                    var label = ComputeLabel(order);
                    return label;
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 3\naidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task A_copy_that_names_the_result_only_in_nameof_after_it_still_declares_it()
    {
        // A `nameof(label)` is no read for data flow, yet it needs the variable declared.
        var source = """
            namespace Shop;

            public sealed class Orders
            {
                public void Preview(Order order)
                {
                    [|var label = order.Customer.Trim() + " x" + order.Quantity;
                    System.Console.WriteLine(label + " costs " + order.Quantity * order.UnitPrice + " today");
                    System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");|]
                    System.Console.WriteLine(nameof(label));
                }

                public string Place(Order order)
                {
                    [|var label = order.Customer.Trim() + " x" + order.Quantity;
                    System.Console.WriteLine(label + " costs " + order.Quantity * order.UnitPrice + " today");
                    System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");|]
                    return label;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Orders
            {
                public void Preview(Order order)
                {
                    var label = ComputeLabel(order);
                    System.Console.WriteLine(nameof(label));
                }

                private static string ComputeLabel(Order order)
                {
                    var label = order.Customer.Trim() + " x" + order.Quantity;
                    System.Console.WriteLine(label + " costs " + order.Quantity * order.UnitPrice + " today");
                    System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");
                    return label;
                }

                public string Place(Order order)
                {
                    var label = ComputeLabel(order);
                    return label;
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 3\naidebt.duplication.min_tokens = 20").RunAsync();
    }
}
