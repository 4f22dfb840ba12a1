using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

public class ExtractDuplicateEarlyExitFixTests
{
    private static VerifyCS.Test Test(string source, string fixedSource, string? editorConfig = null) => FixTestWithOrder(source, fixedSource, editorConfig);

    [Fact]
    public async Task Returns_whether_an_awaiting_copy_returned_with_the_value_and_awaits_as_the_copies_did()
    {
        const string Block = """
            var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                    if (stock <= 0)
                    {
                        return order.Customer + " has no stock";
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public async System.Threading.Tasks.Task<string> ShipAsync(Order order)
                {
                    System.Console.WriteLine("ship");
                    [|{{Block}}|]
                    return "shipped";
                }

                public async System.Threading.Tasks.Task<string> ReserveAsync(Order order, string result)
                {
                    [|{{Block}}|]
                    return "reserved for " + result;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public async System.Threading.Tasks.Task<string> ShipAsync(Order order)
                {
                    System.Console.WriteLine("ship");
                    if (await TryWriteLineOrderAsync(order).ConfigureAwait(false) is (true, var result))
                    {
                        return result;
                    }

                    return "shipped";
                }

                private static async System.Threading.Tasks.Task<(bool Returned, string Value)> TryWriteLineOrderAsync(Order order)
                {
                    var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                    if (stock <= 0)
                    {
                        return (true, order.Customer + " has no stock");
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    return (false, default);
                }

                public async System.Threading.Tasks.Task<string> ReserveAsync(Order order, string result)
                {
                    if (await TryWriteLineOrderAsync(order).ConfigureAwait(false) is (true, var result2))
                    {
                        return result2;
                    }

                    return "reserved for " + result;
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Hands_out_the_value_an_async_functions_copy_returns_early_when_the_copy_does_not_await()
    {
        const string Block = """
            if (order.Quantity <= 0)
                    {
                        return order.Customer + " has nothing";
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public async System.Threading.Tasks.Task<string> ShipAsync(Order order)
                {
                    [|{{Block}}|]
                    await System.Threading.Tasks.Task.Delay(order.Quantity).ConfigureAwait(false);
                    return "shipped";
                }

                public async System.Threading.Tasks.ValueTask<string> ReserveAsync(Order order)
                {
                    [|{{Block}}|]
                    await System.Threading.Tasks.Task.Delay(1).ConfigureAwait(false);
                    return "reserved";
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public async System.Threading.Tasks.Task<string> ShipAsync(Order order)
                {
                    if (TryWriteLineOrder(order, out var result))
                    {
                        return result;
                    }

                    await System.Threading.Tasks.Task.Delay(order.Quantity).ConfigureAwait(false);
                    return "shipped";
                }

                private static bool TryWriteLineOrder(Order order, out string result)
                {
                    if (order.Quantity <= 0)
                    {
                        result = order.Customer + " has nothing";
                        return true;
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    result = default;
                    return false;
                }

                public async System.Threading.Tasks.ValueTask<string> ReserveAsync(Order order)
                {
                    if (TryWriteLineOrder(order, out var result))
                    {
                        return result;
                    }

                    await System.Threading.Tasks.Task.Delay(1).ConfigureAwait(false);
                    return "reserved";
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Returns_a_nullable_value_an_awaiting_copy_returns_early_without_a_nullable_warning()
    {
        const string Block = """
            var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                    if (stock <= 0)
                    {
                        return stock < 0 ? null : order.Customer;
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
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
                    return "shipped";
                }

                public async System.Threading.Tasks.Task<string?> ReserveAsync(Order order)
                {
                    [|{{Block}}|]
                    return "reserved for " + order.Customer;
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
                    if (await TryWriteLineOrderAsync(order).ConfigureAwait(false) is (true, var result))
                    {
                        return result;
                    }

                    return "shipped";
                }

                private static async System.Threading.Tasks.Task<(bool Returned, string? Value)> TryWriteLineOrderAsync(Order order)
                {
                    var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                    if (stock <= 0)
                    {
                        return (true, stock < 0 ? null : order.Customer);
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    return (false, default!);
                }

                public async System.Threading.Tasks.Task<string?> ReserveAsync(Order order)
                {
                    if (await TryWriteLineOrderAsync(order).ConfigureAwait(false) is (true, var result))
                    {
                        return result;
                    }

                    return "reserved for " + order.Customer;
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_awaiting_copies_return_values_of_different_result_types()
    {
        // The copies return the same text from a Task<string> and a Task<object>: one method cannot return both.
        const string Block = """
            var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                    if (stock <= 0)
                    {
                        return order.Customer + " has no stock";
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public async System.Threading.Tasks.Task<string> ShipAsync(Order order)
                {
                    [|{{Block}}|]
                    return "shipped";
                }

                public async System.Threading.Tasks.Task<object> ReserveAsync(Order order)
                {
                    [|{{Block}}|]
                    return "reserved for " + order.Customer;
                }
            }
            """;
        await Test(source, source, "aidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_for_awaiting_copies_that_return_a_value_early_below_CSharp_8()
    {
        // The call site reads the tuple with a positional pattern, which C# 7.3 does not have.
        const string Block = """
            var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                        if (stock <= 0)
                        {
                            return order.Customer + " has no stock";
                        }

                        System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                        System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
            """;
        var source = $$"""
            namespace Shop
            {
                public sealed class Order
                {
                    public int Quantity { get; set; }
                    public decimal UnitPrice { get; set; }
                    public string Customer { get; set; } = "";
                }

                public sealed class Approval
                {
                    public async System.Threading.Tasks.Task<string> ShipAsync(Order order)
                    {
                        [|{{Block}}|]
                        return "shipped";
                    }

                    public async System.Threading.Tasks.Task<string> ReserveAsync(Order order)
                    {
                        [|{{Block}}|]
                        return "reserved for " + order.Customer;
                    }
                }
            }
            """;
        var test = new VerifyCS.Test { TestCode = source, FixedCode = source };
        test.WithEditorConfig("aidebt.duplication.min_tokens = 40");
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
            projectId,
            ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp7_3)));
        await test.RunAsync();
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7, false, "default(string)")]
    [InlineData(LanguageVersion.CSharp7_3, false, "default")]
    [InlineData(LanguageVersion.CSharp8, false, "default")]
    [InlineData(LanguageVersion.CSharp8, true, "default!")]
    public async Task Writes_the_value_a_copy_that_went_on_hands_out_as_the_language_version_and_nullable_context_take_it(LanguageVersion version, bool nullable, string value)
    {
        // `default!` is error CS8370 below C# 8 (a .NET Framework project without a LangVersion is C# 7.3), the default
        // literal is C# 7.1, and the `!` says nothing where nullable warnings are off.
        var directive = nullable ? "#nullable enable\n" : string.Empty;
        var source = directive + """
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
                            return order.Customer + " has nothing";
                        }

                        System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                        System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");|]
                        return "shipped";
                    }

                    public string Reserve(Order order)
                    {
                        [|if (order.Quantity <= 0)
                        {
                            return order.Customer + " has nothing";
                        }

                        System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                        System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");|]
                        return "reserved for " + order.Customer;
                    }
                }
            }
            """.Replace("public string Customer { get; set; }", nullable ? "public string Customer { get; set; } = \"\";" : "public string Customer { get; set; }");
        var fixedSource = directive + """
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
                        if (TryWriteLineOrder(order, out var result))
                        {
                            return result;
                        }

                        return "shipped";
                    }

                    private static bool TryWriteLineOrder(Order order, out string result)
                    {
                        if (order.Quantity <= 0)
                        {
                            result = order.Customer + " has nothing";
                            return true;
                        }

                        System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                        System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                        result = VALUE;
                        return false;
                    }

                    public string Reserve(Order order)
                    {
                        if (TryWriteLineOrder(order, out var result))
                        {
                            return result;
                        }

                        return "reserved for " + order.Customer;
                    }
                }
            }
            """.Replace("VALUE", value).Replace("public string Customer { get; set; }", nullable ? "public string Customer { get; set; } = \"\";" : "public string Customer { get; set; }");
        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource };
        test.WithEditorConfig("aidebt.duplication.min_tokens = 40");
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
            projectId,
            ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(version)));
        await test.RunAsync();
    }

    [Fact]
    public async Task Leaves_the_break_that_ends_copies_in_switch_sections_at_each_call()
    {
        const string Block = """
            System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                            System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                            order.Quantity = 0;
                            break;
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Dispatch
            {
                public void Ship(Order order, int kind)
                {
                    switch (kind)
                    {
                        case 1:
                            [|{{Block}}|]
                        default:
                            System.Console.WriteLine("none");
                            break;
                    }
                }

                public void Reserve(Order order, string kind)
                {
                    switch (kind)
                    {
                        case "now":
                            [|{{Block}}|]
                        case "later":
                            order.UnitPrice = 1m;
                            break;
                    }
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Dispatch
            {
                public void Ship(Order order, int kind)
                {
                    switch (kind)
                    {
                        case 1:
                            SetOrderQuantity(order);
                            break;
                        default:
                            System.Console.WriteLine("none");
                            break;
                    }
                }

                private static void SetOrderQuantity(Order order)
                {
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    order.Quantity = 0;
                }

                public void Reserve(Order order, string kind)
                {
                    switch (kind)
                    {
                        case "now":
                            SetOrderQuantity(order);
                            break;
                        case "later":
                            order.UnitPrice = 1m;
                            break;
                    }
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 4\naidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Leaves_the_continue_that_ends_copies_in_loops_at_each_call()
    {
        const string Block = """
            System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                        System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                        order.Quantity = 0;
                        continue;
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Dispatch
            {
                public void Ship(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        if (order.Quantity > 10)
                        {
                            [|{{Block}}|]
                        }

                        System.Console.WriteLine("small");
                    }
                }

                public void Reserve(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        if (order.UnitPrice > 10m)
                        {
                            [|{{Block}}|]
                        }

                        order.UnitPrice = 1m;
                    }
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Dispatch
            {
                public void Ship(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        if (order.Quantity > 10)
                        {
                            SetOrderQuantity(order);
                            continue;
                        }

                        System.Console.WriteLine("small");
                    }
                }

                private static void SetOrderQuantity(Order order)
                {
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    order.Quantity = 0;
                }

                public void Reserve(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        if (order.UnitPrice > 10m)
                        {
                            SetOrderQuantity(order);
                            continue;
                        }

                        order.UnitPrice = 1m;
                    }
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 4\naidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_copies_that_end_with_break_also_break_before_their_end()
    {
        // Without the last break the copies still leave early, and the call would need to say so as well: not done.
        const string Block = """
            if (order.Quantity <= 0)
                            {
                                break;
                            }

                            System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                            System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                            break;
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Dispatch
            {
                public void Ship(Order order, int kind)
                {
                    switch (kind)
                    {
                        case 1:
                            [|{{Block}}|]
                        default:
                            System.Console.WriteLine("none");
                            break;
                    }
                }

                public void Reserve(Order order, string kind)
                {
                    switch (kind)
                    {
                        case "now":
                            [|{{Block}}|]
                        case "later":
                            order.UnitPrice = 1m;
                            break;
                    }
                }
            }
            """;
        await Test(source, source, "aidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Returns_the_constant_the_copies_return_early_at_each_call_from_functions_of_different_types()
    {
        // Both copies return null early, one from a Task<string?>, the other from a Task<Order?>: the method says whether
        // the copy left, and each call returns null from its own function.
        const string Block = """
            var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                    if (stock <= 0)
                    {
                        return null;
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
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
                    return "shipped";
                }

                public async System.Threading.Tasks.Task<Order?> ReserveAsync(Order order)
                {
                    [|{{Block}}|]
                    return order.Quantity > 1 ? order : null;
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
                    if (!await TryWriteLineOrderAsync(order).ConfigureAwait(false))
                    {
                        return null;
                    }

                    return "shipped";
                }

                private static async System.Threading.Tasks.Task<bool> TryWriteLineOrderAsync(Order order)
                {
                    var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                    if (stock <= 0)
                    {
                        return false;
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    return true;
                }

                public async System.Threading.Tasks.Task<Order?> ReserveAsync(Order order)
                {
                    if (!await TryWriteLineOrderAsync(order).ConfigureAwait(false))
                    {
                        return null;
                    }

                    return order.Quantity > 1 ? order : null;
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_copies_return_two_different_constants_from_functions_of_different_types()
    {
        // The exits return null and "": not one constant, and the values' types differ between the copies' functions.
        const string Block = """
            if (order.Quantity <= 0)
                    {
                        return null;
                    }

                    if (order.Customer.Length == 0)
                    {
                        return "";
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public string Ship(Order order)
                {
                    [|{{Block}}|]
                    return "shipped";
                }

                public object Reserve(Order order)
                {
                    [|{{Block}}|]
                    return order.Quantity > 1 ? order : null;
                }
            }
            """;
        await Test(source, source, "aidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Turns_the_continue_of_a_copy_that_ends_its_loop_body_into_the_end_of_the_method_beside_its_break()
    {
        const string Block = """
            if (order.Quantity > 100)
                        {
                            break;
                        }

                        var customer = order.Customer.Trim();
                        if (customer.Length == 0)
                        {
                            continue;
                        }

                        System.Console.WriteLine(customer + " ordered " + order.Quantity + " items");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Shipping
            {
                public void Ship(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        [|{{Block}}|]
                    }
                }

                public void Reserve(System.Collections.Generic.List<Order> orders)
                {
                    for (var i = 0; i < orders.Count; i++)
                    {
                        var order = orders[i];
                        [|{{Block}}|]
                    }
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Shipping
            {
                public void Ship(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        if (!TryWriteLineOrder(order))
                        {
                            break;
                        }
                    }
                }

                private static bool TryWriteLineOrder(Order order)
                {
                    if (order.Quantity > 100)
                    {
                        return false;
                    }

                    var customer = order.Customer.Trim();
                    if (customer.Length == 0)
                    {
                        return true;
                    }

                    System.Console.WriteLine(customer + " ordered " + order.Quantity + " items");
                    return true;
                }

                public void Reserve(System.Collections.Generic.List<Order> orders)
                {
                    for (var i = 0; i < orders.Count; i++)
                    {
                        var order = orders[i];
                        if (!TryWriteLineOrder(order))
                        {
                            break;
                        }
                    }
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_copy_that_breaks_and_continues_does_not_end_its_loop_body()
    {
        // The continue skips the statement after the block; the end of the block does not.
        const string Block = """
            if (order.Quantity > 100)
                        {
                            break;
                        }

                        var customer = order.Customer.Trim();
                        if (customer.Length == 0)
                        {
                            continue;
                        }

                        System.Console.WriteLine(customer + " ordered " + order.Quantity + " items");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Shipping
            {
                public void Ship(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        [|{{Block}}|]
                        System.Console.Beep();
                    }
                }

                public void Reserve(System.Collections.Generic.List<Order> orders)
                {
                    for (var i = 0; i < orders.Count; i++)
                    {
                        var order = orders[i];
                        [|{{Block}}|]
                    }
                }
            }
            """;
        await Test(source, source, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    [Fact]
    public async Task Hands_out_the_value_a_copy_that_ends_its_loop_body_returns_beside_its_continue()
    {
        const string Block = """
            var customer = order.Customer.Trim();
                        if (customer.Length == 0)
                        {
                            continue;
                        }

                        if (order.Quantity > 100)
                        {
                            return customer;
                        }

                        System.Console.WriteLine(customer + " ordered " + order.Quantity + " items");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Shipping
            {
                public string Ship(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        [|{{Block}}|]
                    }

                    return "none";
                }

                public string Reserve(Order[] orders)
                {
                    for (var i = 0; i < orders.Length; i++)
                    {
                        var order = orders[i];
                        [|{{Block}}|]
                    }

                    return "nobody";
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Shipping
            {
                public string Ship(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        if (TryWriteLineOrder(order, out var result))
                        {
                            return result;
                        }
                    }

                    return "none";
                }

                private static bool TryWriteLineOrder(Order order, out string result)
                {
                    var customer = order.Customer.Trim();
                    if (customer.Length == 0)
                    {
                        result = default;
                        return false;
                    }

                    if (order.Quantity > 100)
                    {
                        result = customer;
                        return true;
                    }

                    System.Console.WriteLine(customer + " ordered " + order.Quantity + " items");
                    result = default;
                    return false;
                }

                public string Reserve(Order[] orders)
                {
                    for (var i = 0; i < orders.Length; i++)
                    {
                        var order = orders[i];
                        if (TryWriteLineOrder(order, out var result))
                        {
                            return result;
                        }
                    }

                    return "nobody";
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    [Fact]
    public async Task Writes_a_void_method_and_a_plain_call_when_every_copy_ends_its_method_right_after_the_block()
    {
        // StarAmountCell.UpdateAmount, SmoothPathBuilder.MoveTo: the early `return;` leaves nothing of the caller undone.
        const string Block = """
            if (order.Quantity <= 0)
                    {
                        return;
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public void Ship(Order order)
                {
                    order.Quantity++;
                    [|{{Block}}|]
                }

                public void Reserve(Order order)
                {
                    order.Quantity--;
                    [|{{Block}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public void Ship(Order order)
                {
                    order.Quantity++;
                    WriteLineOrder(order);
                }

                private static void WriteLineOrder(Order order)
                {
                    if (order.Quantity <= 0)
                    {
                        return;
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                }

                public void Reserve(Order order)
                {
                    order.Quantity--;
                    WriteLineOrder(order);
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Keeps_whether_the_caller_goes_on_when_one_copy_does_more_after_the_block()
    {
        const string Block = """
            if (order.Quantity <= 0)
                    {
                        return;
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Approval
            {
                public void Ship(Order order)
                {
                    order.Quantity++;
                    [|{{Block}}|]
                }

                public void Reserve(Order order)
                {
                    order.Quantity--;
                    [|{{Block}}|]
                    order.UnitPrice = 0m;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public void Ship(Order order)
                {
                    order.Quantity++;
                    if (!TryWriteLineOrder(order))
                    {
                        return;
                    }
                }

                private static bool TryWriteLineOrder(Order order)
                {
                    if (order.Quantity <= 0)
                    {
                        return false;
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    return true;
                }

                public void Reserve(Order order)
                {
                    order.Quantity--;
                    if (!TryWriteLineOrder(order))
                    {
                        return;
                    }

                    order.UnitPrice = 0m;
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_tokens = 40").RunAsync();
    }
}
