using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

public class ExtractDuplicateCodeFixTests
{
    private static VerifyCS.Test Test(string source, string fixedSource, string? editorConfig = null) => FixTestWithOrder(source, fixedSource, editorConfig);

    // Shared with ExtractDuplicateLineEndingFixTests, which runs the same case with CRLF line endings.
    internal static readonly string OneClassSource = $$"""
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

    internal static readonly string OneClassFixed = """
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

    [Fact]
    public async Task Extracts_an_identical_block_within_one_class()
    {
        await Test(OneClassSource, OneClassFixed).RunAsync();
    }

    [Fact]
    public async Task Keeps_the_comment_above_the_block_at_the_call_and_does_not_copy_it_into_the_method()
    {
        // The methods take values the block does not, so no copy is a method the other could call instead.
        var source = $$"""
            namespace Shop;

            public sealed class OrderService
            {
                public void Place(Order order, int attempt)
                {
                    // An order is checked before anything is written.
                    [|{{Validation}}|]
                }

                public void Update(Order order)
                {
                    System.Console.WriteLine("update");

                    // An order is checked before anything is written.
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
                    // An order is checked before anything is written.
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

                public void Update(Order order)
                {
                    System.Console.WriteLine("update");

                    // An order is checked before anything is written.
                    ValidateOrder(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Extracts_renamed_copies_across_partial_declarations_with_differing_values_as_parameters()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/0/OrderService.Part1.cs", $$"""
            namespace Shop;

            public sealed partial class OrderService
            {
                public void Place(Order order)
                {
                    [|{{Validation}}|]
                }
            }
            """));
        test.TestState.Sources.Add(("/0/OrderService.Part2.cs", $$"""
            namespace Shop;

            public sealed partial class OrderService
            {
                public void Bill(Order invoice)
                {
                    [|{{RenamedValidation}}|]
                }
            }
            """));
        test.TestState.Sources.Add(("/0/Order.cs", Order));
        test.FixedState.Sources.Add(("/0/OrderService.Part1.cs", """
            namespace Shop;

            public sealed partial class OrderService
            {
                public void Place(Order order)
                {
                    ValidateOrder(order, nameof(order), "Quantity must be positive.", 1000m, 0.95m);
                }

                private static void ValidateOrder(Order order, string paramName, string quantityMessage, decimal maxTotal, decimal totalFactor)
                {
                    if (order is null)
                    {
                        throw new System.ArgumentNullException(paramName);
                    }

                    if (order.Quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(paramName, quantityMessage);
                    }

                    var total = order.Quantity * order.UnitPrice;
                    if (total > maxTotal)
                    {
                        total = total * totalFactor;
                    }
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/OrderService.Part2.cs", """
            namespace Shop;

            public sealed partial class OrderService
            {
                public void Bill(Order invoice)
                {
                    ValidateOrder(invoice, nameof(invoice), "Invoice quantity must be positive.", 500m, 0.9m);
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Order.cs", Order));
        await test.RunAsync();
    }

    [Fact]
    public async Task Returns_the_one_value_that_flows_out_and_keeps_instance_access()
    {
        const string Block = """
            var subtotal = order.Quantity * order.UnitPrice;
                    if (subtotal > threshold)
                    {
                        subtotal = subtotal - 10m;
                    }

                    var tax = subtotal * 0.2m;
                    var total = subtotal + tax;
                    System.Console.WriteLine(order.Customer + " owes " + total);
                    System.Console.Error.WriteLine(order.Customer + " pays " + tax + " in tax");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Pricing
            {
                private readonly decimal threshold = 100m;

                public decimal Price(Order order)
                {
                    [|{{Block}}|]
                    return total;
                }

                public decimal PriceWithFee(Order order)
                {
                    [|{{Block}}|]
                    return total + 1m;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Pricing
            {
                private readonly decimal threshold = 100m;

                public decimal Price(Order order)
                {
                    var total = ComputeTotal(order);
                    return total;
                }

                private decimal ComputeTotal(Order order)
                {
                    var subtotal = order.Quantity * order.UnitPrice;
                    if (subtotal > threshold)
                    {
                        subtotal = subtotal - 10m;
                    }

                    var tax = subtotal * 0.2m;
                    var total = subtotal + tax;
                    System.Console.WriteLine(order.Customer + " owes " + total);
                    System.Console.Error.WriteLine(order.Customer + " pays " + tax + " in tax");
                    return total;
                }

                public decimal PriceWithFee(Order order)
                {
                    var total = ComputeTotal(order);
                    return total + 1m;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Makes_the_method_async_when_the_block_awaits()
    {
        const string Block = """
            System.Console.WriteLine("Saving " + order.Customer + " with " + order.Quantity + " items");
                    await System.Threading.Tasks.Task.Delay(order.Quantity);
                    order.UnitPrice = order.UnitPrice * 2m;
                    await System.Threading.Tasks.Task.Yield();
                    System.Console.WriteLine("Saved " + order.Customer + " at " + order.UnitPrice);
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Store
            {
                public async System.Threading.Tasks.Task SaveAsync(Order order, int attempt)
                {
                    [|{{Block}}|]
                }

                public async System.Threading.Tasks.Task SaveAgainAsync(Order order, string note)
                {
                    [|{{Block}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Store
            {
                public async System.Threading.Tasks.Task SaveAsync(Order order, int attempt)
                {
                    await WriteLineOrderAsync(order);
                }

                private static async System.Threading.Tasks.Task WriteLineOrderAsync(Order order)
                {
                    System.Console.WriteLine("Saving " + order.Customer + " with " + order.Quantity + " items");
                    await System.Threading.Tasks.Task.Delay(order.Quantity);
                    order.UnitPrice = order.UnitPrice * 2m;
                    await System.Threading.Tasks.Task.Yield();
                    System.Console.WriteLine("Saved " + order.Customer + " at " + order.UnitPrice);
                }

                public async System.Threading.Tasks.Task SaveAgainAsync(Order order, string note)
                {
                    await WriteLineOrderAsync(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Awaits_the_call_with_ConfigureAwait_false_when_every_await_in_the_block_does()
    {
        const string Block = """
            System.Console.WriteLine("Saving " + order.Customer + " with " + order.Quantity + " items");
                    await System.Threading.Tasks.Task.Delay(order.Quantity).ConfigureAwait(false);
                    order.UnitPrice = order.UnitPrice * 2m;
                    await System.Threading.Tasks.Task.Delay(1).ConfigureAwait(false);
                    order.Customer = order.Customer.Trim() + " (saved at " + order.UnitPrice + ")";
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Store
            {
                public async System.Threading.Tasks.Task SaveAsync(Order order, int attempt)
                {
                    [|{{Block}}|]
                }

                public async System.Threading.Tasks.Task SaveAgainAsync(Order order, string note)
                {
                    [|{{Block}}|]
                }
            }
            """;

        // The code after the call resumes off the caller's context, as it did after the block's own last await; the
        // method is named from the block's final assignment.
        var fixedSource = """
            namespace Shop;

            public sealed class Store
            {
                public async System.Threading.Tasks.Task SaveAsync(Order order, int attempt)
                {
                    await SetOrderCustomerAsync(order).ConfigureAwait(false);
                }

                private static async System.Threading.Tasks.Task SetOrderCustomerAsync(Order order)
                {
                    System.Console.WriteLine("Saving " + order.Customer + " with " + order.Quantity + " items");
                    await System.Threading.Tasks.Task.Delay(order.Quantity).ConfigureAwait(false);
                    order.UnitPrice = order.UnitPrice * 2m;
                    await System.Threading.Tasks.Task.Delay(1).ConfigureAwait(false);
                    order.Customer = order.Customer.Trim() + " (saved at " + order.UnitPrice + ")";
                }

                public async System.Threading.Tasks.Task SaveAgainAsync(Order order, string note)
                {
                    await SetOrderCustomerAsync(order).ConfigureAwait(false);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Keeps_a_variable_known_not_null_non_nullable_and_carries_the_members_trim_requirements()
    {
        const string Block = """
            var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    System.Console.WriteLine(order.Customer + " owes " + total);
                    System.Console.WriteLine(order.Customer.Length + order.Quantity);
            """;
        // Each member checks its order its own way first, so the copies start after the check.
        var member = (string name, string body) => $$"""
                [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Reflects over orders.")]
                public void {{name}}(Order? order)
                {
                    {{(name == "Place" ? "if (order is null) return;" : "System.ArgumentNullException.ThrowIfNull(order);")}}
                    {{body}}
                }
            """;
        var source = $$"""
            #nullable enable
            namespace Shop;

            public sealed class OrderService
            {
            {{member("Place", "[|" + Block + "|]")}}

            {{member("Update", "[|" + Block + "|]")}}
            }
            """;
        var fixedSource = $$"""
            #nullable enable
            namespace Shop;

            public sealed class OrderService
            {
            {{member("Place", "WriteLineOrder(order);")}}

                [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Reflects over orders.")]
                private static void WriteLineOrder(Order order)
                {
                    var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    System.Console.WriteLine(order.Customer + " owes " + total);
                    System.Console.WriteLine(order.Customer.Length + order.Quantity);
                }

            {{member("Update", "WriteLineOrder(order);")}}
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_block_mixes_configured_and_plain_awaits_and_code_follows_it()
    {
        const string Block = """
            System.Console.WriteLine("Saving " + order.Customer + " with " + order.Quantity + " items");
                    await System.Threading.Tasks.Task.Delay(order.Quantity).ConfigureAwait(false);
                    order.UnitPrice = order.UnitPrice * 2m;
                    await System.Threading.Tasks.Task.Delay(1);
                    order.Customer = order.Customer.Trim() + " (saved at " + order.UnitPrice + ")";
            """;

        // The code after the block resumed on the caller's context; after a call awaited either way it would not, or
        // would where it did not.
        var source = $$"""
            namespace Shop;

            public sealed class Store
            {
                public async System.Threading.Tasks.Task SaveAsync(Order order)
                {
                    [|{{Block}}|]
                    System.Console.WriteLine("saved");
                }

                public async System.Threading.Tasks.Task SaveAgainAsync(Order order)
                {
                    [|{{Block}}|]
                    order.Quantity = 0;
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_copy_holds_code_an_if_directive_switches_off()
    {
        // CollapseLauncher's settings classes: each copy logs its own game under `#if DEBUG`. Where the fix runs
        // without DEBUG that line is trivia, so the method would carry the first copy's line, naming its own constant,
        // into every copy and fail the Debug build (CS0103).
        var source = """
            namespace Shop;

            public sealed class GenshinSettings
            {
                private const string ValueName = "genshin";

                public void Save(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
            #if DEBUG
                    System.Console.WriteLine("Saved Genshin settings: " + ValueName);
            #endif
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);|]
                }
            }

            public sealed class HonkaiSettings
            {
                private const string ValueName = "honkai";

                public void Save(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
            #if DEBUG
                    System.Console.WriteLine("Saved Honkai settings: " + ValueName);
            #endif
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_copy_holds_a_pragma_that_the_move_would_change()
    {
        // A `#pragma warning disable` without its `restore` in the block covers the rest of the file; moved into a
        // method it would cover other code.
        var source = """
            namespace Shop;

            public sealed class Store
            {
                public void Ship(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
            #pragma warning disable CS0618
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);|]
                }

                public void Reserve(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
            #pragma warning disable CS0618
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Offers_no_helper_class_for_copies_in_two_types_that_call_a_name_the_compilation_cannot_find()
    {
        // Two XAML pages' constructors, compiled without their generated parts: `InitializeComponent` is each page's own
        // instance method in the real build, which a static helper class cannot call (CS0103 there). Unresolved, it
        // shows nothing a helper can reach.
        var source = """
            namespace Shop;

            public sealed class OrderPage
            {
                public OrderPage(Order order)
                {
                    [|{|CS0103:InitializeComponent|}();
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);|]
                }
            }

            public sealed class InvoicePage
            {
                public InvoicePage(Order order)
                {
                    [|{|CS0103:InitializeComponent|}();
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Keeps_a_comment_only_another_copy_has_above_its_call()
    {
        // The method is made from the first copy and keeps its comments; the reservation's own comment would go with
        // its copy, so it moves above the call. The comment both copies share is not repeated there.
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
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Keeps_a_comment_only_another_copy_has_above_its_call_to_the_method_one_copy_already_is()
    {
        // Ship's body is the block: Reserve calls Ship, which keeps the shared comment; Reserve's own one stays with it.
        var source = """
            namespace Shop;

            public sealed class Desk
            {
                public void Ship(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    // Prices are shown before the total.
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);|]
                }

                public void Reserve(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    // Prices are shown before the total.
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    /* A reservation is not paid yet: the total is what it will cost. */
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
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    // Prices are shown before the total.
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                }

                public void Reserve(Order order)
                {
                    /* A reservation is not paid yet: the total is what it will cost. */
                    Ship(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Keeps_a_comment_after_another_copys_last_statement_once()
    {
        // The reservation's comment ends its copy's last line: it stays there, after the call, and is not also written
        // above it.
        var source = """
            namespace Shop;

            public sealed class Desk
            {
                public void Ship(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine("Goodbye " + order.Customer);|]
                }

                public void Reserve(Order order)
                {
                    System.GC.KeepAlive(order);
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine("Goodbye " + order.Customer);|] // not paid yet
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
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine("Goodbye " + order.Customer);
                }

                public void Reserve(Order order)
                {
                    System.GC.KeepAlive(order);
                    WriteLineOrder(order); // not paid yet
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_helper_class_for_copies_in_two_types_that_call_their_own_overloads_with_a_dynamic_value()
    {
        // `Note(tag)` with a `dynamic` tag binds at run time among each page's own two `Note` overloads: no symbol, no
        // error, yet each is the type's own instance method, which a static helper class cannot call.
        var source = """
            namespace Shop;

            public sealed class OrderPage
            {
                private void Note(string text) => System.Console.WriteLine(text);

                private void Note(int number) => System.Console.WriteLine(number);

                public void Show(Order order, dynamic tag)
                {
                    [|Note(tag);
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);|]
                }
            }

            public sealed class InvoicePage
            {
                private void Note(string text) => System.Console.WriteLine(text);

                private void Note(int number) => System.Console.WriteLine(number);

                public void Show(Order order, dynamic tag)
                {
                    [|Note(tag);
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Names_a_parameter_from_a_PascalCase_variable_in_camelCase()
    {
        const string Block = """
            System.Console.WriteLine("Customer " + Item.Customer + " ordered " + Item.Quantity);
                    System.Console.WriteLine("Unit price " + Item.UnitPrice + " for " + Item.Customer);
                    System.Console.WriteLine("Total " + Item.Quantity * Item.UnitPrice + " for " + Item.Customer);
                    System.Console.WriteLine("Thanks " + Item.Customer);
                    System.Console.WriteLine("Done");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Report
            {
                public void Print(Order Item, int attempt)
                {
                    [|{{Block}}|]
                }

                public void PrintAgain(Order Item, string note)
                {
                    [|{{Block}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Report
            {
                public void Print(Order Item, int attempt)
                {
                    WriteLineItem(Item);
                }

                private static void WriteLineItem(Order item)
                {
                    System.Console.WriteLine("Customer " + item.Customer + " ordered " + item.Quantity);
                    System.Console.WriteLine("Unit price " + item.UnitPrice + " for " + item.Customer);
                    System.Console.WriteLine("Total " + item.Quantity * item.UnitPrice + " for " + item.Customer);
                    System.Console.WriteLine("Thanks " + item.Customer);
                    System.Console.WriteLine("Done");
                }

                public void PrintAgain(Order Item, string note)
                {
                    WriteLineItem(Item);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_literal_parameters_from_the_parameter_they_flow_to_and_the_guard_around_them()
    {
        const string Extensions = """
            namespace Shop;

            public static class TextExtensions
            {
                public static string FormatWith(this string format, object arg) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, arg);
            }
            """;
        var source = """
            namespace Shop;

            public sealed class Checks
            {
                public void CheckOrder(Order order, string id)
                {
                    [|if (id != null)
                    {
                        throw new System.InvalidOperationException("Order {0} has an id.".FormatWith(order.Customer));
                    }

                    if (order.Customer.Length > 10)
                    {
                        throw new System.InvalidOperationException("Order {0} has a long customer.".FormatWith(order.Customer));
                    }|]
                }

                public void CheckInvoice(Order order, string id)
                {
                    [|if (id != null)
                    {
                        throw new System.InvalidOperationException("Invoice {0} has an id.".FormatWith(order.Customer));
                    }

                    if (order.Customer.Length > 10)
                    {
                        throw new System.InvalidOperationException("Invoice {0} has a long customer.".FormatWith(order.Customer));
                    }|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Checks
            {
                public void CheckOrder(Order order, string id)
                {
                    ValidateId(id, "Order {0} has an id.", order, "Order {0} has a long customer.");
                }

                private static void ValidateId(string id, string idFormat, Order order, string customerFormat)
                {
                    if (id != null)
                    {
                        throw new System.InvalidOperationException(idFormat.FormatWith(order.Customer));
                    }

                    if (order.Customer.Length > 10)
                    {
                        throw new System.InvalidOperationException(customerFormat.FormatWith(order.Customer));
                    }
                }

                public void CheckInvoice(Order order, string id)
                {
                    ValidateId(id, "Invoice {0} has an id.", order, "Invoice {0} has a long customer.");
                }
            }
            """;
        var test = Test(source, fixedSource, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20");
        test.TestState.Sources.Add(("/0/TextExtensions.cs", Extensions));
        test.FixedState.Sources.Add(("/0/TextExtensions.cs", Extensions));
        await test.RunAsync();
    }

    private const string EventKinds = """
        namespace Shop;

        public enum EventKind
        {
            Added,
            Removed,
        }

        public static class Journal
        {
            public const int MaxEntries = 100;
            public const int MaxRemovals = 10;

            public static void Write(EventKind kind, string customer, int limit) => System.Console.WriteLine(kind + customer + limit);
        }
        """;

    [Fact]
    public async Task Passes_a_named_constant_that_differs_between_the_copies_as_a_value()
    {
        var source = """
            namespace Shop;

            public sealed class Basket
            {
                public void Add(Order order)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Journal.Write(EventKind.Added, customer, Journal.MaxEntries);
                    order.UnitPrice = order.UnitPrice * 2m;|]
                }

                public void Remove(Order order)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Journal.Write(EventKind.Removed, customer, Journal.MaxRemovals);
                    order.UnitPrice = order.UnitPrice * 2m;|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Basket
            {
                public void Add(Order order)
                {
                    ValidateOrder(order, EventKind.Added, Journal.MaxEntries);
                }

                private static void ValidateOrder(Order order, EventKind kind, int limit)
                {
                    if (order.Quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Journal.Write(kind, customer, limit);
                    order.UnitPrice = order.UnitPrice * 2m;
                }

                public void Remove(Order order)
                {
                    ValidateOrder(order, EventKind.Removed, Journal.MaxRemovals);
                }
            }
            """;
        var test = Test(source, fixedSource, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20");
        test.TestState.Sources.Add(("/0/EventKinds.cs", EventKinds));
        test.FixedState.Sources.Add(("/0/EventKinds.cs", EventKinds));
        await test.RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_differing_constant_is_a_case_label()
    {
        var source = """
            namespace Shop;

            public sealed class Basket
            {
                public void Add(Order order, EventKind kind)
                {
                    [|var customer = order.Customer.Trim();
                    switch (kind)
                    {
                        case EventKind.Added:
                            Journal.Write(kind, customer, order.Quantity);
                            break;
                    }

                    order.UnitPrice = order.UnitPrice * 2m;|]
                }

                public void Remove(Order order, EventKind kind)
                {
                    [|var customer = order.Customer.Trim();
                    switch (kind)
                    {
                        case EventKind.Removed:
                            Journal.Write(kind, customer, order.Quantity);
                            break;
                    }

                    order.UnitPrice = order.UnitPrice * 2m;|]
                }
            }
            """;
        var test = Test(source, source, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20");
        test.TestState.Sources.Add(("/0/EventKinds.cs", EventKinds));
        test.FixedState.Sources.Add(("/0/EventKinds.cs", EventKinds));
        await test.RunAsync();
    }

    [Fact]
    public async Task Hands_out_a_second_value_used_after_the_copies_through_an_out_parameter()
    {
        const string Block = """
            var quantity = order.Quantity;
                    if (quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    decimal discount;
                    var unitPrice = order.UnitPrice * 2m;
                    discount = unitPrice > 100m ? 0.1m : 0m;
                    System.Console.WriteLine(order.Customer.Trim() + quantity);
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Pricing
            {
                public decimal Price(Order order)
                {
                    [|{{Block}}|]
                    return quantity * unitPrice - discount;
                }

                public decimal Quote(Order order)
                {
                    [|{{Block}}|]
                    return unitPrice + quantity + discount;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Pricing
            {
                public decimal Price(Order order)
                {
                    var quantity = ComputeQuantity(order, out var discount, out var unitPrice);
                    return quantity * unitPrice - discount;
                }

                private static int ComputeQuantity(Order order, out decimal discount, out decimal unitPrice)
                {
                    var quantity = order.Quantity;
                    if (quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    unitPrice = order.UnitPrice * 2m;
                    discount = unitPrice > 100m ? 0.1m : 0m;
                    System.Console.WriteLine(order.Customer.Trim() + quantity);
                    return quantity;
                }

                public decimal Quote(Order order)
                {
                    var quantity = ComputeQuantity(order, out var discount, out var unitPrice);
                    return unitPrice + quantity + discount;
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    [Fact]
    public async Task Returns_a_second_value_used_after_the_copies_and_captured_by_a_lambda_in_a_tuple()
    {
        // An out parameter cannot be captured; the values are never written after their declarations, so a tuple
        // gives the lambda of the block and the code after it the same values as before.
        const string Block = """
            var quantity = order.Quantity;
                    if (quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    var unitPrice = order.UnitPrice * 2m;
                    System.Func<decimal> price = () => unitPrice * quantity;
                    System.Console.WriteLine(order.Customer.Trim() + price());
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Pricing
            {
                public decimal Price(Order order)
                {
                    [|{{Block}}|]
                    return quantity * unitPrice;
                }

                public decimal Quote(Order order)
                {
                    [|{{Block}}|]
                    return unitPrice + quantity;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Pricing
            {
                public decimal Price(Order order)
                {
                    var (quantity, unitPrice) = ComputeQuantityAndUnitPrice(order);
                    return quantity * unitPrice;
                }

                private static (int Quantity, decimal UnitPrice) ComputeQuantityAndUnitPrice(Order order)
                {
                    var quantity = order.Quantity;
                    if (quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    var unitPrice = order.UnitPrice * 2m;
                    System.Func<decimal> price = () => unitPrice * quantity;
                    System.Console.WriteLine(order.Customer.Trim() + price());
                    return (quantity, unitPrice);
                }

                public decimal Quote(Order order)
                {
                    var (quantity, unitPrice) = ComputeQuantityAndUnitPrice(order);
                    return unitPrice + quantity;
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_copies_rely_on_a_nullable_field_checked_before_them()
    {
        const string Block = """
            var first = _buffer[0];
                    if (first == '*')
                    {
                        throw new System.FormatException("Unexpected star in " + order.Customer);
                    }

                    order.Customer = order.Customer.Trim() + first;
                    order.Quantity = order.Quantity + _buffer.Length;
            """;

        // The method would not know that _buffer was checked: every dereference in it would be CS8602.
        var source = ParserOfBuffer(Block);
        await Test(source, source, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    [Fact]
    public async Task Extracts_copies_that_assign_a_nullable_member_in_an_initializer_and_returns_the_new_object_not_null()
    {
        const string Block = """
            var receipt = new Receipt
                    {
                        Note = "Order for " + order.Customer,
                        Total = order.Quantity * order.UnitPrice,
                    };
                    if (receipt.Total > 1000m)
                    {
                        receipt.Total = receipt.Total * 0.95m;
                    }

                    _receipts.Add(receipt);
            """;

        // `Note` is nullable and known not null where the initializer sets it: a member of the new object, written,
        // whose state the method sees as the copy did. `receipt` is declared `var` (so `Receipt?`), yet known not null
        // after the block, so the method returns `Receipt`: the caller's `receipt.Total` stays free of CS8602.
        var member = (string name, string body) => $$"""
                public decimal {{name}}(Order order)
                {
                    {{body}}
                    return {{(name == "Ring" ? "receipt.Total" : "receipt.Total - order.UnitPrice")}};
                }
            """;
        var source = $$"""
            #nullable enable
            namespace Shop;

            public sealed class Receipt
            {
                public string? Note { get; set; }

                public decimal Total { get; set; }
            }

            public sealed class Till
            {
                private readonly System.Collections.Generic.List<Receipt> _receipts = new();

            {{member("Ring", "[|" + Block + "|]")}}

            {{member("RingAgain", "[|" + Block + "|]")}}
            }
            """;
        var fixedSource = $$"""
            #nullable enable
            namespace Shop;

            public sealed class Receipt
            {
                public string? Note { get; set; }

                public decimal Total { get; set; }
            }

            public sealed class Till
            {
                private readonly System.Collections.Generic.List<Receipt> _receipts = new();

            {{member("Ring", "var receipt = CreateReceipt(order);")}}

                private Receipt CreateReceipt(Order order)
                {
                    var receipt = new Receipt
                    {
                        Note = "Order for " + order.Customer,
                        Total = order.Quantity * order.UnitPrice,
                    };
                    if (receipt.Total > 1000m)
                    {
                        receipt.Total = receipt.Total * 0.95m;
                    }

                    _receipts.Add(receipt);
                    return receipt;
                }

            {{member("RingAgain", "var receipt = CreateReceipt(order);")}}
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    [Fact]
    public async Task Returns_the_new_object_not_null_when_one_copy_does_not_read_it_after_the_block()
    {
        const string Block = """
            var receipt = new Receipt
                    {
                        Note = "Order for " + order.Customer,
                        Total = order.Quantity * order.UnitPrice,
                    };
                    if (receipt.Total > 1000m)
                    {
                        receipt.Total = receipt.Total * 0.95m;
                    }

                    _receipts.Add(receipt);
            """;

        // Only `Ring` reads `receipt` after the block, where it is known not null; `Keep` ends with the block, so its
        // copy says nothing about the value's null state and the method still returns `Receipt`, not the `Receipt?` of
        // the `var` declaration (which would make `Ring`'s `receipt.Total` a CS8602 warning). `Keep` calls the method
        // for its work alone: a `receipt` local there would be unused.
        var source = $$"""
            #nullable enable
            namespace Shop;

            public sealed class Receipt
            {
                public string? Note { get; set; }

                public decimal Total { get; set; }
            }

            public sealed class Till
            {
                private readonly System.Collections.Generic.List<Receipt> _receipts = new();

                public decimal Ring(Order order)
                {
                    [|{{Block}}|]
                    return receipt.Total;
                }

                public void Keep(Order order)
                {
                    [|{{Block}}|]
                }
            }
            """;
        var fixedSource = """
            #nullable enable
            namespace Shop;

            public sealed class Receipt
            {
                public string? Note { get; set; }

                public decimal Total { get; set; }
            }

            public sealed class Till
            {
                private readonly System.Collections.Generic.List<Receipt> _receipts = new();

                public decimal Ring(Order order)
                {
                    var receipt = CreateReceipt(order);
                    return receipt.Total;
                }

                private Receipt CreateReceipt(Order order)
                {
                    var receipt = new Receipt
                    {
                        Note = "Order for " + order.Customer,
                        Total = order.Quantity * order.UnitPrice,
                    };
                    if (receipt.Total > 1000m)
                    {
                        receipt.Total = receipt.Total * 0.95m;
                    }

                    _receipts.Add(receipt);
                    return receipt;
                }

                public void Keep(Order order)
                {
                    CreateReceipt(order);
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    [Fact]
    public async Task Extracts_copies_that_read_a_nullable_field_only_under_the_null_forgiving_operator()
    {
        const string Block = """
            var first = _buffer![0];
                    if (first == '*')
                    {
                        throw new System.FormatException("Unexpected star in " + order.Customer);
                    }

                    order.Customer = order.Customer.Trim() + first;
                    order.Quantity = order.Quantity + _buffer!.Length;
            """;

        // The copies say themselves that _buffer is not null (`_buffer!`), and the `!` moves into the method with them.
        var source = ParserOfBuffer(Block);
        var fixedSource = """
            #nullable enable
            namespace Shop;

            public sealed class Parser
            {
                private char[]? _buffer;

                public void Read(Order order)
                {
                    if (_buffer is null)
                    {
                        return;
                    }

                    SetOrderQuantity(order);
                }

                private void SetOrderQuantity(Order order)
                {
                    var first = _buffer![0];
                    if (first == '*')
                    {
                        throw new System.FormatException("Unexpected star in " + order.Customer);
                    }

                    order.Customer = order.Customer.Trim() + first;
                    order.Quantity = order.Quantity + _buffer!.Length;
                }

                public void ReadAgain(Order order)
                {
                    _buffer ??= new char[16];
                    SetOrderQuantity(order);
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_copy_reads_a_nullable_field_plainly_after_reading_it_under_the_null_forgiving_operator()
    {
        const string Block = """
            var first = _buffer![0];
                    if (first == '*')
                    {
                        throw new System.FormatException("Unexpected star in " + order.Customer);
                    }

                    order.Customer = order.Customer.Trim() + first;
                    order.Quantity = order.Quantity + _buffer.Length;
            """;

        // The plain `_buffer.Length` is the field's first read that is not under a `!`: it is known not null there, which
        // the method would know too (from `_buffer!` before it), but the planner judges the first plain read as one
        // that may rely on the check before the block, and declines.
        var source = ParserOfBuffer(Block);
        await Test(source, source, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    /// <summary>
    /// Two copies of a block that reads the nullable <c>_buffer</c>: one after an early return when it is null, one after
    /// it is given a value (<c>??=</c>).
    /// </summary>
    private static string ParserOfBuffer(string block) => $$"""
        #nullable enable
        namespace Shop;

        public sealed class Parser
        {
            private char[]? _buffer;

            public void Read(Order order)
            {
                if (_buffer is null)
                {
                    return;
                }

                [|{{block}}|]
            }

            public void ReadAgain(Order order)
            {
                _buffer ??= new char[16];
                [|{{block}}|]
            }
        }
        """;

    private const string CallbackTypes = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Shop;

        public sealed class Context
        {
            public bool ContinueOnCapturedContext { get; set; }

            public static Context Rent(CancellationToken cancellationToken, bool isSynchronous) => new Context();

            public static void Return(Context context) => Console.WriteLine(context.ContinueOnCapturedContext);
        }
        """;

    private const string CallbackBlock = """
        var context = Context.Rent(cancellationToken, isSynchronous: false);
                try
                {
                    foreach (var action in callbacks)
                    {
                        await action(context).ConfigureAwait(context.ContinueOnCapturedContext);
                    }
                }
                finally
                {
                    Context.Return(context);
                }
        """;

    [Fact]
    public async Task Awaits_the_call_with_ConfigureAwait_false_when_the_awaits_resume_by_a_run_time_value_and_nothing_follows_the_block()
    {
        // Nothing of either caller runs after the call: where it resumes changes nothing, and ConfigureAwait(false) adds
        // no hop to the caller's context (and keeps CA2007). The named argument is no variable of the block; the token
        // goes last (CA1068) and the method is named from what the block does, not from the token.
        var source = $$"""
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class Switch
            {
                private bool _open;

                public bool IsOpen => _open;

                public async Task OpenAsync(Func<Context, Task>[] callbacks, CancellationToken cancellationToken)
                {
                    _open = true;
                    [|{{CallbackBlock}}|]
                }

                public async Task CloseAsync(Func<Context, Task>[] callbacks, CancellationToken cancellationToken)
                {
                    Console.WriteLine("closing");
                    [|{{CallbackBlock}}|]
                }
            }
            """;
        var fixedSource = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class Switch
            {
                private bool _open;

                public bool IsOpen => _open;

                public async Task OpenAsync(Func<Context, Task>[] callbacks, CancellationToken cancellationToken)
                {
                    _open = true;
                    await InvokeCallbacksAsync(callbacks, cancellationToken).ConfigureAwait(false);
                }

                private static async Task InvokeCallbacksAsync(Func<Context, Task>[] callbacks, CancellationToken cancellationToken)
                {
                    var context = Context.Rent(cancellationToken, isSynchronous: false);
                    try
                    {
                        foreach (var action in callbacks)
                        {
                            await action(context).ConfigureAwait(context.ContinueOnCapturedContext);
                        }
                    }
                    finally
                    {
                        Context.Return(context);
                    }
                }

                public async Task CloseAsync(Func<Context, Task>[] callbacks, CancellationToken cancellationToken)
                {
                    Console.WriteLine("closing");
                    await InvokeCallbacksAsync(callbacks, cancellationToken).ConfigureAwait(false);
                }
            }
            """;
        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.Sources.Add(("/0/Context.cs", CallbackTypes));
        test.FixedState.Sources.Add(("/0/Context.cs", CallbackTypes));
        test.WithEditorConfig("aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 30");
        await test.RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_awaits_resume_by_a_run_time_value_and_code_follows_the_block()
    {
        var source = $$"""
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class Switch
            {
                public async Task OpenAsync(Func<Context, Task>[] callbacks, CancellationToken cancellationToken)
                {
                    [|{{CallbackBlock}}|]
                    Console.WriteLine("opened");
                }

                public async Task CloseAsync(Func<Context, Task>[] callbacks, CancellationToken cancellationToken)
                {
                    [|{{CallbackBlock}}|]
                    GC.KeepAlive(callbacks);
                }
            }
            """;
        var test = new VerifyCS.Test { TestCode = source, FixedCode = source };
        test.TestState.Sources.Add(("/0/Context.cs", CallbackTypes));
        test.FixedState.Sources.Add(("/0/Context.cs", CallbackTypes));
        test.WithEditorConfig("aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 30");
        await test.RunAsync();
    }

    [Fact]
    public async Task Awaits_the_call_with_ConfigureAwait_true_when_every_await_in_the_block_does()
    {
        var block = CallbackBlock.Replace("context.ContinueOnCapturedContext)", "true)", System.StringComparison.Ordinal);
        var source = $$"""
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class Switch
            {
                public async Task OpenAsync(Func<Context, Task>[] callbacks, CancellationToken cancellationToken)
                {
                    [|{{block}}|]
                    Console.WriteLine("opened");
                }

                public async Task CloseAsync(Func<Context, Task>[] callbacks, CancellationToken cancellationToken)
                {
                    [|{{block}}|]
                    GC.KeepAlive(callbacks);
                }
            }
            """;
        var fixedSource = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class Switch
            {
                public async Task OpenAsync(Func<Context, Task>[] callbacks, CancellationToken cancellationToken)
                {
                    await InvokeCallbacksAsync(callbacks, cancellationToken).ConfigureAwait(true);
                    Console.WriteLine("opened");
                }

                private static async Task InvokeCallbacksAsync(Func<Context, Task>[] callbacks, CancellationToken cancellationToken)
                {
                    var context = Context.Rent(cancellationToken, isSynchronous: false);
                    try
                    {
                        foreach (var action in callbacks)
                        {
                            await action(context).ConfigureAwait(true);
                        }
                    }
                    finally
                    {
                        Context.Return(context);
                    }
                }

                public async Task CloseAsync(Func<Context, Task>[] callbacks, CancellationToken cancellationToken)
                {
                    await InvokeCallbacksAsync(callbacks, cancellationToken).ConfigureAwait(true);
                    GC.KeepAlive(callbacks);
                }
            }
            """;
        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.Sources.Add(("/0/Context.cs", CallbackTypes));
        test.FixedState.Sources.Add(("/0/Context.cs", CallbackTypes));
        test.WithEditorConfig("aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 30");
        await test.RunAsync();
    }

    [Fact]
    public async Task Returns_what_the_method_returns_when_every_path_of_the_copies_returns_a_value()
    {
        var source = """
            namespace Shop;

            public sealed class Approval
            {
                public bool CanShip(Order order, int stock)
                {
                    System.Console.WriteLine("ship");
                    [|if (order.Quantity <= 0 || order.Customer.Length == 0)
                    {
                        return false;
                    }

                    var needed = order.Quantity * 2;
                    if (needed > stock)
                    {
                        System.Console.WriteLine(order.Customer + " waits for " + (needed - stock) + " items");
                        return false;
                    }

                    return order.UnitPrice * order.Quantity < 1000m;|]
                }

                public bool CanReserve(Order order, int stock, string note)
                {
                    [|if (order.Quantity <= 0 || order.Customer.Length == 0)
                    {
                        return false;
                    }

                    var needed = order.Quantity * 2;
                    if (needed > stock)
                    {
                        System.Console.WriteLine(order.Customer + " waits for " + (needed - stock) + " items");
                        return false;
                    }

                    return order.UnitPrice * order.Quantity < 1000m;|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Approval
            {
                public bool CanShip(Order order, int stock)
                {
                    System.Console.WriteLine("ship");
                    return NewMethod(order, stock);
                }

                private static bool NewMethod(Order order, int stock)
                {
                    if (order.Quantity <= 0 || order.Customer.Length == 0)
                    {
                        return false;
                    }

                    var needed = order.Quantity * 2;
                    if (needed > stock)
                    {
                        System.Console.WriteLine(order.Customer + " waits for " + (needed - stock) + " items");
                        return false;
                    }

                    return order.UnitPrice * order.Quantity < 1000m;
                }

                public bool CanReserve(Order order, int stock, string note)
                {
                    return NewMethod(order, stock);
                }
            }
            """;
        // Nothing names the block (it returns a comparison): the single fix writes the placeholder the user renames, and
        // fix-all leaves the group alone.
        var test = Test(source, fixedSource);
        test.BatchFixedState.Sources.Add(("/0/Test0.cs", source));
        test.BatchFixedState.Sources.Add(("/0/Order.cs", Order));
        test.BatchFixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(8, 9, 20, 57).WithSpan(25, 9, 37, 57).WithArguments("13", "73", "2", "Test0.cs:25").WithSeverity(DiagnosticSeverity.Info));
        test.BatchFixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(25, 9, 37, 57).WithSpan(8, 9, 20, 57).WithArguments("13", "73", "2", "Test0.cs:8").WithSeverity(DiagnosticSeverity.Info));
        await test.RunAsync();
    }

    [Fact]
    public async Task Writes_a_void_method_for_copies_that_return_early_and_are_whole_method_bodies()
    {
        // The methods take values the block does not, so no copy is a method the other could call instead.
        // The `return;` leaves nothing of the caller undone: no `bool TryX` and `if (!TryX(...)) { return; }`.
        var source = """
            namespace Shop;

            public sealed class Guard
            {
                public void First(Order order, int attempt)
                {
                    [|if (order.Quantity <= 0)
                    {
                        return;
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");|]
                }

                public void Second(Order order, string note)
                {
                    [|if (order.Quantity <= 0)
                    {
                        return;
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Guard
            {
                public void First(Order order, int attempt)
                {
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

                public void Second(Order order, string note)
                {
                    WriteLineOrder(order);
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Continues_the_callers_loop_where_a_copy_continued_and_awaits_as_the_copies_did()
    {
        const string Block = """
            if (order.Quantity <= 0)
                        {
                            continue;
                        }

                        await System.Threading.Tasks.Task.Delay(order.Quantity).ConfigureAwait(false);
                        System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                        System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class First
            {
                public async System.Threading.Tasks.Task RunAsync(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        [|{{Block}}|]
                    }
                }
            }

            public sealed class Second
            {
                public async System.Threading.Tasks.Task RunAsync(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        System.Console.WriteLine("next");
                        [|{{Block}}|]
                    }
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class First
            {
                public async System.Threading.Tasks.Task RunAsync(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        if (!await ShopHelpers.TryWriteLineOrderAsync(order).ConfigureAwait(false))
                        {
                            continue;
                        }
                    }
                }
            }

            internal static class ShopHelpers
            {
                internal static async System.Threading.Tasks.Task<bool> TryWriteLineOrderAsync(Order order)
                {
                    if (order.Quantity <= 0)
                    {
                        return false;
                    }

                    await System.Threading.Tasks.Task.Delay(order.Quantity).ConfigureAwait(false);
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    return true;
                }
            }

            public sealed class Second
            {
                public async System.Threading.Tasks.Task RunAsync(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        System.Console.WriteLine("next");
                        if (!await ShopHelpers.TryWriteLineOrderAsync(order).ConfigureAwait(false))
                        {
                            continue;
                        }
                    }
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Hands_out_the_value_a_copy_returns_early_and_names_the_local_apart_from_the_members_names()
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

            public sealed class Guard
            {
                public string First(Order order)
                {
                    [|{{Block}}|]
                    return "done";
                }

                public string Second(Order order, int result)
                {
                    [|{{Block}}|]
                    return "done " + result;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Guard
            {
                public string First(Order order)
                {
                    if (TryWriteLineOrder(order, out var result))
                    {
                        return result;
                    }

                    return "done";
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

                public string Second(Order order, int result)
                {
                    if (TryWriteLineOrder(order, out var result2))
                    {
                        return result2;
                    }

                    return "done " + result;
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_copies_leave_early_in_two_ways()
    {
        const string Block = """
            if (order.Quantity <= 0)
                        {
                            continue;
                        }

                        if (order.Quantity > 100)
                        {
                            return;
                        }

                        System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                        System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Guard
            {
                public void First(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        System.Console.Beep();
                        [|{{Block}}|]
                        System.Console.Out.Flush();
                    }
                }

                public void Second(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        if (orders.Length > 1000)
                        {
                            throw new System.ArgumentException("Too many orders.", nameof(orders));
                        }

                        [|{{Block}}|]
                    }
                }
            }
            """;
        await Test(source, source, "aidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_copies_call_different_methods()
    {
        // One member differs (Write against WriteLine): a suggestion, and no fix (it would need a delegate).
        var source = """
            namespace Shop;

            public sealed class Printer
            {
                public void First(Order order)
                {
                    {|#0:System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item, " + order.Quantity + " in all");
                    System.Console.WriteLine(order.Customer + " is done at " + System.DateTime.Now);|}
                }

                public void Second(Order order)
                {
                    {|#1:System.Console.Write(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Write(order.Customer + " pays " + order.UnitPrice + " per item, " + order.Quantity + " in all");
                    System.Console.Write(order.Customer + " is done at " + System.DateTime.Now);|}
                }
            }
            """;
        var test = Test(source, source, "aidebt.duplication.min_lines = 3");
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithLocation(0).WithLocation(1).WithSeverity(DiagnosticSeverity.Info).WithArguments("3", "63", "2", "Test0.cs:14"));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithLocation(1).WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("3", "63", "2", "Test0.cs:7"));
        await test.RunAsync();
    }

    // Shared with ExtractDuplicateLineEndingFixTests, which runs the same case with CRLF line endings.
    internal static readonly string TwoTypesSource = $$"""
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

    internal static readonly string TwoTypesFixed = """
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

    [Fact]
    public async Task Extracts_copies_in_different_types_into_an_internal_static_helper_class()
    {
        await Test(TwoTypesSource, TwoTypesFixed).RunAsync();
    }

    [Fact]
    public async Task Names_the_helper_class_after_the_namespace_when_the_types_common_name_is_taken()
    {
        var source = $$"""
            namespace Shop;

            public sealed class ServiceHelpers
            {
            }

            public sealed class OrderService
            {
                public void Run(Order order)
                {
                    [|{{Validation}}|]
                }
            }

            public sealed class InvoiceService
            {
                public void Run(Order order)
                {
                    [|{{Validation}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class ServiceHelpers
            {
            }

            public sealed class OrderService
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

            public sealed class InvoiceService
            {
                public void Run(Order order)
                {
                    ShopHelpers.Run(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_copies_in_different_types_loop_over_fields_of_different_collection_types()
    {
        // A foreach converts both fields to the non-generic IEnumerable; a parameter of that type would lose the element type.
        const string Block = """
            foreach (var order in orders)
                    {
                        System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                        System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    }
            """;
        var source = $$"""
            namespace Shop;

            public sealed class First
            {
                private readonly Order[] orders = new Order[0];

                public void Run()
                {
                    [|{{Block}}|]
                }
            }

            public sealed class Second
            {
                private readonly System.Collections.Generic.List<Order> orders = new();

                public void Run()
                {
                    [|{{Block}}|]
                }
            }
            """;
        await Test(source, source, "aidebt.duplication.min_lines = 4\naidebt.duplication.min_tokens = 40").RunAsync();
    }

    private const string LoggingBlock = """
        System.Console.WriteLine(prefix + " ordered " + order.Quantity + " items for " + order.Customer);
                System.Console.WriteLine(prefix + " pays " + order.UnitPrice + " per item, " + order.Quantity + " in all");
                await System.Threading.Tasks.Task.Delay(delay).ConfigureAwait(false);
                System.Console.WriteLine(prefix + " is done with " + order.Customer);
        """;

    [Fact]
    public async Task Passes_what_the_block_reads_of_its_types_to_a_helper_class_named_after_them_and_keeps_ConfigureAwait()
    {
        // Each controller reads its own readonly field and a shared auto-property of the base: both are passed in, and
        // the call is awaited with ConfigureAwait(false) as every await of the block was.
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/0/Controllers.cs", $$"""
            namespace Shop.Web
            {
                public abstract class BaseController
                {
                    protected int delay { get; } = 5;
                }

                public sealed class OrderController : BaseController
                {
                    private readonly string prefix = "Order";

                    public async System.Threading.Tasks.Task PlaceAsync(Order order)
                    {
                        [|{{LoggingBlock}}|]
                    }
                }
            }
            """));
        test.TestState.Sources.Add(("/0/Invoices.cs", $$"""
            namespace Shop.Billing
            {
                public sealed class InvoiceController : Shop.Web.BaseController
                {
                    private readonly string prefix = "Invoice";

                    public async System.Threading.Tasks.Task BillAsync(Order order)
                    {
                        [|{{LoggingBlock}}|]
                    }
                }
            }
            """));
        test.TestState.Sources.Add(("/0/Order.cs", Order));
        test.FixedState.Sources.Add(("/0/Controllers.cs", """
            namespace Shop.Web
            {
                public abstract class BaseController
                {
                    protected int delay { get; } = 5;
                }

                public sealed class OrderController : BaseController
                {
                    private readonly string prefix = "Order";

                    public async System.Threading.Tasks.Task PlaceAsync(Order order)
                    {
                        await ControllerHelpers.WriteLineOrderAsync(prefix, order, delay).ConfigureAwait(false);
                    }
                }

                internal static class ControllerHelpers
                {
                    internal static async System.Threading.Tasks.Task WriteLineOrderAsync(string prefix, Order order, int delay)
                    {
                        System.Console.WriteLine(prefix + " ordered " + order.Quantity + " items for " + order.Customer);
                        System.Console.WriteLine(prefix + " pays " + order.UnitPrice + " per item, " + order.Quantity + " in all");
                        await System.Threading.Tasks.Task.Delay(delay).ConfigureAwait(false);
                        System.Console.WriteLine(prefix + " is done with " + order.Customer);
                    }
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Invoices.cs", """
            namespace Shop.Billing
            {
                public sealed class InvoiceController : Shop.Web.BaseController
                {
                    private readonly string prefix = "Invoice";

                    public async System.Threading.Tasks.Task BillAsync(Order order)
                    {
                        await Web.ControllerHelpers.WriteLineOrderAsync(prefix, order, delay).ConfigureAwait(false);
                    }
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Order.cs", Order));
        test.WithEditorConfig("aidebt.duplication.min_lines = 4\naidebt.duplication.min_tokens = 40");
        await test.RunAsync();
    }

    [Fact]
    public async Task Passes_the_method_of_its_type_each_copy_in_different_types_calls_as_a_delegate()
    {
        var source = """
            namespace Shop;

            public sealed class First
            {
                public void Run(Order order)
                {
                    [|System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item, " + order.Quantity + " in all");
                    Log(order.Customer + " is done");|]
                }

                private void Log(string text) => System.Console.WriteLine(text);
            }

            public sealed class Second
            {
                public void Run(Order order)
                {
                    [|System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item, " + order.Quantity + " in all");
                    Log(order.Customer + " is done");|]
                }

                private void Log(string text) => System.Console.WriteLine(text);
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class First
            {
                public void Run(Order order)
                {
                    ShopHelpers.Run(order, Log);
                }

                private void Log(string text) => System.Console.WriteLine(text);
            }

            internal static class ShopHelpers
            {
                internal static void Run(Order order, System.Action<string> log)
                {
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item, " + order.Quantity + " in all");
                    log(order.Customer + " is done");
                }
            }

            public sealed class Second
            {
                public void Run(Order order)
                {
                    ShopHelpers.Run(order, Log);
                }

                private void Log(string text) => System.Console.WriteLine(text);
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 3\naidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Passes_a_field_copies_in_different_types_assign_by_ref()
    {
        var source = """
            namespace Shop;

            public sealed class First
            {
                private int count;

                public void Run(Order order)
                {
                    [|System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item, " + order.Quantity + " in all");
                    count = count + order.Quantity;|]
                }
            }

            public sealed class Second
            {
                private int count;

                public void Run(Order order)
                {
                    [|System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item, " + order.Quantity + " in all");
                    count = count + order.Quantity;|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class First
            {
                private int count;

                public void Run(Order order)
                {
                    ShopHelpers.Run(order, ref count);
                }
            }

            internal static class ShopHelpers
            {
                internal static void Run(Order order, ref int count)
                {
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item, " + order.Quantity + " in all");
                    count = count + order.Quantity;
                }
            }

            public sealed class Second
            {
                private int count;

                public void Run(Order order)
                {
                    ShopHelpers.Run(order, ref count);
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 3\naidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Passes_a_span_by_value_to_a_helper_of_copies_in_different_types()
    {
        var source = """
            namespace Shop;

            public sealed class First
            {
                public int Run(System.Span<int> values, Order order)
                {
                    [|var sum = 0;
                    for (var i = 0; i < values.Length; i++)
                    {
                        sum = sum + values[i] * order.Quantity;
                    }

                    System.Console.WriteLine(order.Customer + " sums " + sum + " over " + values.Length + " values");
                    return sum;|]
                }
            }

            public sealed class Second
            {
                public int Run(System.Span<int> values, Order order)
                {
                    [|var sum = 0;
                    for (var i = 0; i < values.Length; i++)
                    {
                        sum = sum + values[i] * order.Quantity;
                    }

                    System.Console.WriteLine(order.Customer + " sums " + sum + " over " + values.Length + " values");
                    return sum;|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class First
            {
                public int Run(System.Span<int> values, Order order)
                {
                    return ShopHelpers.Run(values, order);
                }
            }

            internal static class ShopHelpers
            {
                internal static int Run(System.Span<int> values, Order order)
                {
                    var sum = 0;
                    for (var i = 0; i < values.Length; i++)
                    {
                        sum = sum + values[i] * order.Quantity;
                    }

                    System.Console.WriteLine(order.Customer + " sums " + sum + " over " + values.Length + " values");
                    return sum;
                }
            }

            public sealed class Second
            {
                public int Run(System.Span<int> values, Order order)
                {
                    return ShopHelpers.Run(values, order);
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_span_the_block_makes_flows_out()
    {
        var source = """
            using System;

            namespace Shop;

            public sealed class Parser
            {
                public int First(string line, Order order)
                {
                    [|var rest = line.AsSpan();
                    var cut = rest.IndexOf(';');
                    if (cut >= 0)
                    {
                        rest = rest.Slice(cut + 1);
                    }

                    System.Console.WriteLine(order.Customer + " keeps " + rest.Length + " of " + line.Length);|]
                    return rest.Length + order.Quantity;
                }

                public int Second(string line, Order order)
                {
                    [|var rest = line.AsSpan();
                    var cut = rest.IndexOf(';');
                    if (cut >= 0)
                    {
                        rest = rest.Slice(cut + 1);
                    }

                    System.Console.WriteLine(order.Customer + " keeps " + rest.Length + " of " + line.Length);|]
                    return rest.Length - order.Quantity;
                }
            }
            """;
        await Test(source, source, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_block_passed_a_span_assigns_it_a_stackalloc()
    {
        // As a parameter the span could reach the caller, so the method may not give it stack memory (CS8353), where the
        // copy's own stackalloc-made local could take more.
        var source = """
            using System;

            namespace Shop;

            public sealed class Buffers
            {
                public void First(Order order, int n)
                {
                    Span<byte> buffer = stackalloc byte[16];
                    Console.Beep();
                    [|if (n > buffer.Length)
                    {
                        buffer = stackalloc byte[n];
                    }

                    buffer.Fill((byte)order.Quantity);
                    Console.WriteLine(order.Customer + " fills " + buffer.Length + " bytes");|]
                    Console.Beep();
                }

                public void Second(Order order, int n)
                {
                    Span<byte> buffer = stackalloc byte[16];
                    [|if (n > buffer.Length)
                    {
                        buffer = stackalloc byte[n];
                    }

                    buffer.Fill((byte)order.Quantity);
                    Console.WriteLine(order.Customer + " fills " + buffer.Length + " bytes");|]
                    Console.WriteLine();
                }
            }
            """;
        await Test(source, source, "aidebt.duplication.min_lines = 3\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_block_passed_a_span_mixes_it_with_a_stackalloc()
    {
        // A writer made from the parameter could reach the caller, so it may not take the block's stack memory (CS8350),
        // where the copy's writer, made from a stackalloc-made local, could.
        var source = """
            using System;

            namespace Shop;

            public ref struct Writer
            {
                private Span<byte> target;

                public Writer(Span<byte> target) => this.target = target;

                public void Write(ReadOnlySpan<byte> data) => target = target.Slice(data.Length);
            }

            public sealed class Buffers
            {
                public void First(Order order)
                {
                    Span<byte> buffer = stackalloc byte[16];
                    Console.Beep();
                    [|var writer = new Writer(buffer);
                    Span<byte> head = stackalloc byte[2];
                    head[0] = (byte)order.Quantity;
                    writer.Write(head);
                    Console.WriteLine(order.Customer + " writes " + head.Length + " bytes");|]
                    Console.Beep();
                }

                public void Second(Order order)
                {
                    Span<byte> buffer = stackalloc byte[16];
                    [|var writer = new Writer(buffer);
                    Span<byte> head = stackalloc byte[2];
                    head[0] = (byte)order.Quantity;
                    writer.Write(head);
                    Console.WriteLine(order.Customer + " writes " + head.Length + " bytes");|]
                    Console.WriteLine();
                }
            }
            """;
        await Test(source, source, "aidebt.duplication.min_lines = 3\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_block_passed_a_span_mixes_it_with_a_span_of_one_of_its_locals()
    {
        // A span made from a reference to the block's own `quantity` lives on the stack as a stackalloc does (CS8350).
        var source = """
            using System;

            namespace Shop;

            public ref struct Writer
            {
                private Span<int> target;

                public Writer(Span<int> target) => this.target = target;

                public void Write(Span<int> data) => target = target.Slice(data.Length);
            }

            public sealed class Buffers
            {
                public void First(Order order)
                {
                    Span<int> buffer = stackalloc int[16];
                    Console.Beep();
                    [|var writer = new Writer(buffer);
                    var quantity = order.Quantity;
                    var head = new Span<int>(ref quantity);
                    writer.Write(head);
                    Console.WriteLine(order.Customer + " writes " + head.Length + " values");|]
                    Console.Beep();
                }

                public void Second(Order order)
                {
                    Span<int> buffer = stackalloc int[16];
                    [|var writer = new Writer(buffer);
                    var quantity = order.Quantity;
                    var head = new Span<int>(ref quantity);
                    writer.Write(head);
                    Console.WriteLine(order.Customer + " writes " + head.Length + " values");|]
                    Console.WriteLine();
                }
            }
            """;
        await Test(source, source, "aidebt.duplication.min_lines = 3\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    [Fact]
    public async Task Fix_all_puts_the_groups_of_one_namespace_into_one_helper_class_with_distinct_method_names()
    {
        const string Report = """
            System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine("Done");
            """;
        // The validation is copied into InvoiceService, the report into ReceiptService: two groups of their own, not
        // one copied type (which would be one finding, see SameTypesCloneTests).
        var source = $$"""
            namespace Shop;

            public sealed class OrderService
            {
                public void Check(Order order)
                {
                    [|{{Validation}}|]
                }

                public void Print(Order order)
                {
                    [|{{Report}}|]
                }
            }

            public sealed class InvoiceService
            {
                public void Check(Order order)
                {
                    [|{{Validation}}|]
                }
            }

            public sealed class ReceiptService
            {
                public void Print(Order order)
                {
                    [|{{Report}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class OrderService
            {
                public void Check(Order order)
                {
                    ServiceHelpers.Check(order);
                }

                public void Print(Order order)
                {
                    ServiceHelpers.Print(order);
                }
            }

            internal static class ServiceHelpers
            {
                internal static void Check(Order order)
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

                internal static void Print(Order order)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine("Done");
                }
            }

            public sealed class InvoiceService
            {
                public void Check(Order order)
                {
                    ServiceHelpers.Check(order);
                }
            }

            public sealed class ReceiptService
            {
                public void Print(Order order)
                {
                    ServiceHelpers.Print(order);
                }
            }
            """;
        // Fixed one at a time, the second group joins the class the first one wrote: the same code as fix-all.
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_some_copies_are_not_listed()
    {
        var source = $$"""
            namespace Shop;

            public sealed class Many
            {
                public void A(Order order)
                {
                    [|{{Validation}}|]
                }

                public void B(Order order)
                {
                    [|{{Validation}}|]
                }

                public void C(Order order)
                {
                    [|{{Validation}}|]
                }
            }
            """;
        await Test(source, source, "aidebt.duplication.max_locations = 1").RunAsync();
    }

    [Fact]
    public async Task Fix_all_extracts_each_group_once_with_distinct_names()
    {
        // The methods take values the block does not, so no copy is a method the other could call instead.
        const string Report = """
            System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine("Done");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Twice
            {
                public void A(Order order, int attempt)
                {
                    [|{{Validation}}|]
                }

                public void B(Order order, string note)
                {
                    [|{{Validation}}|]
                }

                public void C(Order order)
                {
                    order.Quantity++;
                    [|{{Report}}|]
                }

                public void D(Order order)
                {
                    order.Quantity--;
                    [|{{Report}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Twice
            {
                public void A(Order order, int attempt)
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

                public void B(Order order, string note)
                {
                    ValidateOrder(order);
                }

                public void C(Order order)
                {
                    order.Quantity++;
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

                public void D(Order order)
                {
                    order.Quantity--;
                    WriteLineOrder(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Passes_a_field_that_differs_between_copies_as_a_parameter_named_from_its_use_so_it_hides_no_field()
    {
        var source = """
            namespace Shop;

            public sealed class Limits
            {
                private readonly int minimum = 1;
                private readonly int maximum = 99;

                public void CheckLow(Order order)
                {
                    [|if (order.Quantity < minimum)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity " + order.Quantity + " is out of range for " + order.Customer);
                    }

                    System.Console.WriteLine("Checked " + order.Customer + " with " + order.Quantity + " items");|]
                }

                public void CheckHigh(Order order)
                {
                    [|if (order.Quantity < maximum)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity " + order.Quantity + " is out of range for " + order.Customer);
                    }

                    System.Console.WriteLine("Checked " + order.Customer + " with " + order.Quantity + " items");|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Limits
            {
                private readonly int minimum = 1;
                private readonly int maximum = 99;

                public void CheckLow(Order order)
                {
                    ValidateOrder(order, minimum);
                }

                private static void ValidateOrder(Order order, int minQuantity)
                {
                    if (order.Quantity < minQuantity)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity " + order.Quantity + " is out of range for " + order.Customer);
                    }

                    System.Console.WriteLine("Checked " + order.Customer + " with " + order.Quantity + " items");
                }

                public void CheckHigh(Order order)
                {
                    ValidateOrder(order, maximum);
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Passes_a_property_whose_getter_returns_a_field_as_that_field()
    {
        // `Minimum` and `Maximum` read their fields and nothing else: read once at the call, they give what the block read.
        var source = """
            namespace Shop;

            public sealed class Limits
            {
                private int minimum = 1;
                private int maximum = 99;

                public int Minimum
                {
                    get => minimum;
                    set
                    {
                        minimum = value;
                        System.Console.WriteLine("minimum changed");
                    }
                }

                public int Maximum
                {
                    get { return this.maximum; }
                    set { maximum = value; }
                }

                public void CheckLow(Order order)
                {
                    [|if (order.Quantity < Minimum)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity " + order.Quantity + " is out of range for " + order.Customer);
                    }

                    System.Console.WriteLine("Checked " + order.Customer + " with " + order.Quantity + " items");|]
                }

                public void CheckHigh(Order order)
                {
                    [|if (order.Quantity < Maximum)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity " + order.Quantity + " is out of range for " + order.Customer);
                    }

                    System.Console.WriteLine("Checked " + order.Customer + " with " + order.Quantity + " items");|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Limits
            {
                private int minimum = 1;
                private int maximum = 99;

                public int Minimum
                {
                    get => minimum;
                    set
                    {
                        minimum = value;
                        System.Console.WriteLine("minimum changed");
                    }
                }

                public int Maximum
                {
                    get { return this.maximum; }
                    set { maximum = value; }
                }

                public void CheckLow(Order order)
                {
                    ValidateOrder(order, Minimum);
                }

                private static void ValidateOrder(Order order, int minQuantity)
                {
                    if (order.Quantity < minQuantity)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity " + order.Quantity + " is out of range for " + order.Customer);
                    }

                    System.Console.WriteLine("Checked " + order.Customer + " with " + order.Quantity + " items");
                }

                public void CheckHigh(Order order)
                {
                    ValidateOrder(order, Maximum);
                }
            }
            """;
        await Test(source, fixedSource, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_differing_property_computes_its_value()
    {
        // `Maximum` computes: a read at the call could give another value than the block's read would have.
        var source = """
            namespace Shop;

            public sealed class Limits
            {
                private int minimum = 1;
                private int maximum = 99;

                public int Minimum => minimum;

                public int Maximum => maximum + minimum;

                public void CheckLow(Order order)
                {
                    [|if (order.Quantity < Minimum)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity " + order.Quantity + " is out of range for " + order.Customer);
                    }

                    System.Console.WriteLine("Checked " + order.Customer + " with " + order.Quantity + " items");|]
                }

                public void CheckHigh(Order order)
                {
                    [|if (order.Quantity < Maximum)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity " + order.Quantity + " is out of range for " + order.Customer);
                    }

                    System.Console.WriteLine("Checked " + order.Customer + " with " + order.Quantity + " items");|]
                }
            }
            """;
        await Test(source, source, "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 40").RunAsync();
    }

    [Fact]
    public async Task Passes_a_receiver_field_that_differs_between_copies_as_a_parameter()
    {
        var source = """
            namespace Shop;

            public sealed class Ledger
            {
                private readonly System.Collections.Generic.List<Order> _orders = new();
                private readonly System.Collections.Generic.List<Order> _invoices = new();
                private int total;

                public void AddOrder(Order item)
                {
                    [|System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    _orders.Add(item);
                    total += _orders.Count;
                    System.Console.WriteLine("Now " + _orders.Count + " entries for " + item.Customer);
                    System.Console.WriteLine("Total " + total);|]
                }

                public void AddInvoice(Order item)
                {
                    [|System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    _invoices.Add(item);
                    total += _invoices.Count;
                    System.Console.WriteLine("Now " + _invoices.Count + " entries for " + item.Customer);
                    System.Console.WriteLine("Total " + total);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Ledger
            {
                private readonly System.Collections.Generic.List<Order> _orders = new();
                private readonly System.Collections.Generic.List<Order> _invoices = new();
                private int total;

                public void AddOrder(Order item)
                {
                    WriteLineItem(item, _orders);
                }

                private void WriteLineItem(Order item, System.Collections.Generic.List<Order> orders)
                {
                    System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    orders.Add(item);
                    total += orders.Count;
                    System.Console.WriteLine("Now " + orders.Count + " entries for " + item.Customer);
                    System.Console.WriteLine("Total " + total);
                }

                public void AddInvoice(Order item)
                {
                    WriteLineItem(item, _invoices);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    private const string ReceiverBlock = """
        System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                RECEIVER.Add(item);
                total += RECEIVER.Count;
                System.Console.WriteLine("Now " + RECEIVER.Count + " entries for " + item.Customer);
                System.Console.WriteLine("Total " + total);
        """;

    private static string ReceiverSource(string fields, string first, string second, string? secondMethod = null) => $$"""
        namespace Shop;

        public sealed class Ledger
        {
            {{fields}}
            private int total;

            public void AddOrder(Order item)
            {
                [|{{ReceiverBlock.Replace("RECEIVER", first, System.StringComparison.Ordinal)}}|]
            }

            public void AddInvoice(Order item)
            {
                [|{{(secondMethod ?? ReceiverBlock).Replace("RECEIVER", second, System.StringComparison.Ordinal)}}|]
            }
        }

        public struct Tally
        {
            public int Count { get; private set; }

            public void Add(Order item) => Count += item.Quantity;
        }
        """;

    [Fact]
    public async Task Passes_a_differing_receiver_assigned_in_the_block_by_ref()
    {
        var block = """
            System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    RECEIVER = new System.Collections.Generic.List<Order>();
                    RECEIVER.Add(item);
                    total += RECEIVER.Count;
                    System.Console.WriteLine("Now " + RECEIVER.Count + " entries for " + item.Customer);
            """;
        var source = ReceiverSource(
            "private System.Collections.Generic.List<Order> _orders = new();\n    private System.Collections.Generic.List<Order> _invoices = new();",
            "_orders",
            "_invoices",
            block).Replace("[|" + ReceiverBlock.Replace("RECEIVER", "_orders", System.StringComparison.Ordinal) + "|]", "[|" + block.Replace("RECEIVER", "_orders", System.StringComparison.Ordinal) + "|]", System.StringComparison.Ordinal);
        var fixedSource = """
            namespace Shop;

            public sealed class Ledger
            {
                private System.Collections.Generic.List<Order> _orders = new();
                private System.Collections.Generic.List<Order> _invoices = new();
                private int total;

                public void AddOrder(Order item)
                {
                    WriteLineItem(item, ref _orders);
                }

                private void WriteLineItem(Order item, ref System.Collections.Generic.List<Order> orders)
                {
                    System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    orders = new System.Collections.Generic.List<Order>();
                    orders.Add(item);
                    total += orders.Count;
                    System.Console.WriteLine("Now " + orders.Count + " entries for " + item.Customer);
                }

                public void AddInvoice(Order item)
                {
                    WriteLineItem(item, ref _invoices);
                }
            }

            public struct Tally
            {
                public int Count { get; private set; }

                public void Add(Order item) => Count += item.Quantity;
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Passes_a_differing_struct_field_whose_mutating_method_is_called_by_ref()
    {
        var source = ReceiverSource("private Tally _orders;\n    private Tally _invoices;", "_orders", "_invoices");
        var fixedSource = """
            namespace Shop;

            public sealed class Ledger
            {
                private Tally _orders;
                private Tally _invoices;
                private int total;

                public void AddOrder(Order item)
                {
                    WriteLineItem(item, ref _orders);
                }

                private void WriteLineItem(Order item, ref Tally orders)
                {
                    System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    orders.Add(item);
                    total += orders.Count;
                    System.Console.WriteLine("Now " + orders.Count + " entries for " + item.Customer);
                    System.Console.WriteLine("Total " + total);
                }

                public void AddInvoice(Order item)
                {
                    WriteLineItem(item, ref _invoices);
                }
            }

            public struct Tally
            {
                public int Count { get; private set; }

                public void Add(Order item) => Count += item.Quantity;
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Passes_a_mutable_receiver_a_called_method_may_reassign_by_ref()
    {
        var block = ReceiverBlock + """

                    Reset();
                    System.Console.WriteLine("After reset " + RECEIVER.Count);
            """;
        var source = ReceiverSource(
            "private System.Collections.Generic.List<Order> _orders = new();\n    private System.Collections.Generic.List<Order> _invoices = new();\n\n    private void Reset() => _orders = new();",
            "_orders",
            "_invoices",
            block).Replace("[|" + ReceiverBlock.Replace("RECEIVER", "_orders", System.StringComparison.Ordinal) + "|]", "[|" + block.Replace("RECEIVER", "_orders", System.StringComparison.Ordinal) + "|]", System.StringComparison.Ordinal);
        var fixedSource = """
            namespace Shop;

            public sealed class Ledger
            {
                private System.Collections.Generic.List<Order> _orders = new();
                private System.Collections.Generic.List<Order> _invoices = new();

                private void Reset() => _orders = new();
                private int total;

                public void AddOrder(Order item)
                {
                    WriteLineItem(item, ref _orders);
                }

                private void WriteLineItem(Order item, ref System.Collections.Generic.List<Order> orders)
                {
                    System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    orders.Add(item);
                    total += orders.Count;
                    System.Console.WriteLine("Now " + orders.Count + " entries for " + item.Customer);
                    System.Console.WriteLine("Total " + total);
                    Reset();
                    System.Console.WriteLine("After reset " + orders.Count);
                }

                public void AddInvoice(Order item)
                {
                    WriteLineItem(item, ref _invoices);
                }
            }

            public struct Tally
            {
                public int Count { get; private set; }

                public void Add(Order item) => Count += item.Quantity;
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_copies_call_different_members_on_one_receiver()
    {
        var source = """
            namespace Shop;

            public sealed class Ledger
            {
                private readonly System.Collections.Generic.List<Order> _orders = new();
                private int total;

                public void AddOrder(Order item)
                {
                    [|System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    _orders.Add(item);
                    total += _orders.Count;
                    System.Console.WriteLine("Now " + _orders.Count + " entries for " + item.Customer);
                    System.Console.WriteLine("Total " + total);|]
                }

                public void RemoveOrder(Order item)
                {
                    [|System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    _orders.Remove(item);
                    total += _orders.Count;
                    System.Console.WriteLine("Now " + _orders.Count + " entries for " + item.Customer);
                    System.Console.WriteLine("Total " + total);|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Passes_a_readonly_struct_receiver_whose_members_are_only_read()
    {
        var block = """
            System.Console.WriteLine("Checking " + item.Customer + " with " + item.Quantity + " items");
                    var seconds = RECEIVER.TotalSeconds + item.Quantity;
                    var text = RECEIVER.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
                    System.Console.WriteLine("Limit " + text + " gives " + seconds + " for " + item.Customer);
                    System.Console.WriteLine("Done " + seconds);
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Timer
            {
                private System.TimeSpan _warning = System.TimeSpan.FromSeconds(5);
                private System.TimeSpan _critical = System.TimeSpan.FromSeconds(9);

                public void Warn(Order item)
                {
                    [|{{block.Replace("RECEIVER", "_warning", System.StringComparison.Ordinal)}}|]
                }

                public void Alert(Order item)
                {
                    [|{{block.Replace("RECEIVER", "_critical", System.StringComparison.Ordinal)}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Timer
            {
                private System.TimeSpan _warning = System.TimeSpan.FromSeconds(5);
                private System.TimeSpan _critical = System.TimeSpan.FromSeconds(9);

                public void Warn(Order item)
                {
                    WriteLineItem(item, _warning);
                }

                private static void WriteLineItem(Order item, System.TimeSpan warning)
                {
                    System.Console.WriteLine("Checking " + item.Customer + " with " + item.Quantity + " items");
                    var seconds = warning.TotalSeconds + item.Quantity;
                    var text = warning.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
                    System.Console.WriteLine("Limit " + text + " gives " + seconds + " for " + item.Customer);
                    System.Console.WriteLine("Done " + seconds);
                }

                public void Alert(Order item)
                {
                    WriteLineItem(item, _critical);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    /// <summary>
    /// Unlike a field, a struct variable mutated through a method call is tracked by Roslyn's data flow analysis: the
    /// mutation flows out, so the variable is returned and assigned back.
    /// </summary>
    [Fact]
    public async Task Returns_a_struct_variable_that_a_method_call_mutates()
    {
        var block = """
            System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    tally.Add(item);
                    System.Console.WriteLine("Now " + tally.Count + " entries for " + item.Customer);
                    System.Console.WriteLine("Customer " + item.Customer + " at " + item.UnitPrice);
                    System.Console.WriteLine("Done " + item.Customer);
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Ledger
            {
                public int AddOrder(Order item, Tally tally)
                {
                    [|{{block}}|]
                    return tally.Count;
                }

                public int AddInvoice(Order item, Tally tally)
                {
                    [|{{block}}|]
                    return tally.Count + 1;
                }
            }

            public struct Tally
            {
                public int Count { get; private set; }

                public void Add(Order item) => Count += item.Quantity;
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Ledger
            {
                public int AddOrder(Order item, Tally tally)
                {
                    tally = ComputeTally(item, tally);
                    return tally.Count;
                }

                private static Tally ComputeTally(Order item, Tally tally)
                {
                    System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    tally.Add(item);
                    System.Console.WriteLine("Now " + tally.Count + " entries for " + item.Customer);
                    System.Console.WriteLine("Customer " + item.Customer + " at " + item.UnitPrice);
                    System.Console.WriteLine("Done " + item.Customer);
                    return tally;
                }

                public int AddInvoice(Order item, Tally tally)
                {
                    tally = ComputeTally(item, tally);
                    return tally.Count + 1;
                }
            }

            public struct Tally
            {
                public int Count { get; private set; }

                public void Add(Order item) => Count += item.Quantity;
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_only_some_copies_are_in_top_level_statements()
    {
        var program = $$"""
            using Shop;

            var order = new Order();
            [|{{Validation}}|]
            System.Console.WriteLine(order.Customer);
            """;
        var service = $$"""
            namespace Shop;

            public sealed class OrderService
            {
                public void Place(Order order)
                {
                    [|{{Validation}}|]
                }
            }
            """;
        var test = Test(program, program);
        test.TestState.Sources.Add(("/0/OrderService.cs", service));
        test.FixedState.Sources.Add(("/0/OrderService.cs", service));
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    /// <summary>Even where the copies share the generated Program class, a copy nested in top-level statements and one in a method of it get no fix.</summary>
    [Fact]
    public async Task Offers_no_fix_when_a_copy_nested_in_top_level_statements_has_a_copy_in_a_program_method()
    {
        var program = $$"""
            using Shop;

            var order = new Order();
            if (args.Length > 0)
            {
                [|{{Validation}}|]
            }

            Program.Check(order);
            """;
        var partialProgram = $$"""
            using Shop;

            internal partial class Program
            {
                internal static void Check(Order order)
                {
                    [|{{Validation}}|]
                }
            }
            """;
        var test = Test(program, program);
        test.TestState.Sources.Add(("/0/Checks.cs", partialProgram));
        test.FixedState.Sources.Add(("/0/Checks.cs", partialProgram));
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Fact]
    public async Task Extracts_copies_within_a_top_level_program_into_a_static_local_function()
    {
        var nested = Validation.Replace("total", "amount", System.StringComparison.Ordinal);
        var program = $$"""
            using Shop;

            var order = new Order { Quantity = 1 };
            [|{{Validation}}|]
            if (args.Length > 0)
            {
                [|{{nested}}|]
            }

            System.Console.WriteLine(order.Customer);
            """;
        var fixedProgram = """
            using Shop;

            var order = new Order { Quantity = 1 };
            ValidateOrder(order);
            if (args.Length > 0)
            {
                ValidateOrder(order);
            }

            System.Console.WriteLine(order.Customer);

            static void ValidateOrder(Order order)
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
            """;
        var test = Test(program, fixedProgram);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Fact]
    public async Task Extracts_from_a_lambda_and_the_last_top_level_statements_before_the_programs_types()
    {
        var nested = Validation.Replace("total", "amount", System.StringComparison.Ordinal);
        var program = $$"""
            using Shop;

            var order = new Order { Quantity = 1 };
            System.Action check = () =>
            {
                [|{{nested}}|]
            };
            check();
            [|{{Validation}}|]

            internal sealed class Marker
            {
            }
            """;
        var fixedProgram = """
            using Shop;

            var order = new Order { Quantity = 1 };
            System.Action check = () =>
            {
                ValidateOrder(order);
            };
            check();
            ValidateOrder(order);

            static void ValidateOrder(Order order)
            {
                if (order is null)
                {
                    throw new System.ArgumentNullException(nameof(order));
                }

                if (order.Quantity <= 0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity must be positive.");
                }

                var amount = order.Quantity * order.UnitPrice;
                if (amount > 1000m)
                {
                    amount = amount * 0.95m;
                }
            }

            internal sealed class Marker
            {
            }
            """;
        var test = Test(program, fixedProgram);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_extracts_two_top_level_groups_into_two_local_functions()
    {
        const string Report = """
            System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
            System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
            System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
            System.Console.WriteLine("Thanks " + order.Customer);
            System.Console.WriteLine("Done");
            """;
        var nested = Validation.Replace("total", "amount", System.StringComparison.Ordinal).Replace("\n        ", "\n    ", System.StringComparison.Ordinal);
        var program = $$"""
            using Shop;

            var order = new Order { Quantity = 1 };
            [|{{Validation.Replace("\n        ", "\n", System.StringComparison.Ordinal)}}|]
            order.Quantity++;
            [|{{Report}}|]
            if (args.Length > 0)
            {
                [|{{nested}}|]
                order.Quantity--;
                [|{{Report.Replace("\n", "\n    ", System.StringComparison.Ordinal)}}|]
            }
            """;
        var fixedProgram = """
            using Shop;

            var order = new Order { Quantity = 1 };
            ValidateOrder(order);
            order.Quantity++;
            WriteLineOrder(order);
            if (args.Length > 0)
            {
                ValidateOrder(order);
                order.Quantity--;
                WriteLineOrder(order);
            }

            static void ValidateOrder(Order order)
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

            static void WriteLineOrder(Order order)
            {
                System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                System.Console.WriteLine("Thanks " + order.Customer);
                System.Console.WriteLine("Done");
            }
            """;
        var test = Test(program, fixedProgram);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Fact]
    public async Task Makes_the_top_level_local_function_async_when_the_block_awaits()
    {
        const string Block = """
            System.Console.WriteLine("Saving " + order.Customer + " with " + order.Quantity + " items");
            await System.Threading.Tasks.Task.Delay(order.Quantity);
            order.UnitPrice = order.UnitPrice * 2m;
            await System.Threading.Tasks.Task.Yield();
            System.Console.WriteLine("Saved " + order.Customer + " at " + order.UnitPrice);
            """;
        var program = $$"""
            using Shop;

            var order = new Order { Quantity = 1 };
            [|{{Block}}|]
            foreach (var arg in args)
            {
                [|{{Block.Replace("\n", "\n    ", System.StringComparison.Ordinal)}}|]
            }
            """;
        var fixedProgram = """
            using Shop;

            var order = new Order { Quantity = 1 };
            await WriteLineOrderAsync(order);
            foreach (var arg in args)
            {
                await WriteLineOrderAsync(order);
            }

            static async System.Threading.Tasks.Task WriteLineOrderAsync(Order order)
            {
                System.Console.WriteLine("Saving " + order.Customer + " with " + order.Quantity + " items");
                await System.Threading.Tasks.Task.Delay(order.Quantity);
                order.UnitPrice = order.UnitPrice * 2m;
                await System.Threading.Tasks.Task.Yield();
                System.Console.WriteLine("Saved " + order.Customer + " at " + order.UnitPrice);
            }
            """;
        var test = Test(program, fixedProgram);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Fact]
    public async Task Passes_a_this_qualified_receiver_and_keeps_the_method_static()
    {
        var block = """
            System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    this.RECEIVER.Add(item);
                    var count = this.RECEIVER.Count + item.Quantity;
                    System.Console.WriteLine("Now " + count + " entries for " + item.Customer);
                    System.Console.WriteLine("Done " + item.Customer);
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Ledger
            {
                private readonly System.Collections.Generic.List<Order> _orders = new();
                private readonly System.Collections.Generic.List<Order> _invoices = new();

                public void AddOrder(Order item)
                {
                    [|{{block.Replace("RECEIVER", "_orders", System.StringComparison.Ordinal)}}|]
                }

                public void AddInvoice(Order item)
                {
                    [|{{block.Replace("RECEIVER", "_invoices", System.StringComparison.Ordinal)}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Ledger
            {
                private readonly System.Collections.Generic.List<Order> _orders = new();
                private readonly System.Collections.Generic.List<Order> _invoices = new();

                public void AddOrder(Order item)
                {
                    WriteLineItem(item, this._orders);
                }

                private static void WriteLineItem(Order item, System.Collections.Generic.List<Order> orders)
                {
                    System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    orders.Add(item);
                    var count = orders.Count + item.Quantity;
                    System.Console.WriteLine("Now " + count + " entries for " + item.Customer);
                    System.Console.WriteLine("Done " + item.Customer);
                }

                public void AddInvoice(Order item)
                {
                    WriteLineItem(item, this._invoices);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Passes_a_receiver_that_is_a_parameter_in_one_copy_and_a_field_in_the_other()
    {
        // The methods take values the block does not, so no copy is a method the other could call instead.
        var source = $$"""
            namespace Shop;

            public sealed class Ledger
            {
                private readonly System.Collections.Generic.List<Order> _invoices = new();

                public void AddOrder(Order item, System.Collections.Generic.List<Order> orders, int batch)
                {
                    [|{{ReceiverBlock.Replace("RECEIVER", "orders", System.StringComparison.Ordinal).Replace("total", "count", System.StringComparison.Ordinal)}}|]
                }

                public void AddInvoice(Order item)
                {
                    [|{{ReceiverBlock.Replace("RECEIVER", "_invoices", System.StringComparison.Ordinal).Replace("total", "count", System.StringComparison.Ordinal)}}|]
                }

                private int count;
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Ledger
            {
                private readonly System.Collections.Generic.List<Order> _invoices = new();

                public void AddOrder(Order item, System.Collections.Generic.List<Order> orders, int batch)
                {
                    WriteLineItem(item, orders);
                }

                private void WriteLineItem(Order item, System.Collections.Generic.List<Order> orders)
                {
                    System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    orders.Add(item);
                    count += orders.Count;
                    System.Console.WriteLine("Now " + orders.Count + " entries for " + item.Customer);
                    System.Console.WriteLine("Total " + count);
                }

                public void AddInvoice(Order item)
                {
                    WriteLineItem(item, _invoices);
                }

                private int count;
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_parameter_read_in_place_of_a_field_is_reassigned_in_the_block()
    {
        var block = """
            System.Console.WriteLine("Adding " + item.Customer + " with " + item.Quantity + " items");
                    count += RECEIVER.Count;
                    RECEIVER = new System.Collections.Generic.List<Order>();
                    RECEIVER.Add(item);
                    System.Console.WriteLine("Now " + RECEIVER.Count + " entries for " + item.Customer);
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Ledger
            {
                private System.Collections.Generic.List<Order> _invoices = new();
                private int count;

                public void AddOrder(Order item, System.Collections.Generic.List<Order> orders)
                {
                    [|{{block.Replace("RECEIVER", "orders", System.StringComparison.Ordinal)}}|]
                }

                public void AddInvoice(Order item)
                {
                    [|{{block.Replace("RECEIVER", "_invoices", System.StringComparison.Ordinal)}}|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }
}
