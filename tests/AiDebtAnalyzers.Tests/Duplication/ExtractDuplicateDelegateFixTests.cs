using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>The extract fix for copies that call different methods of one shape: a delegate parameter, a method group at each call.</summary>
public class ExtractDuplicateDelegateFixTests
{
    private const string Options = "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20";

    private static VerifyCS.Test Test(string source, string fixedSource) => FixTestWithOrder(source, fixedSource, Options);

    [Fact]
    public async Task Passes_methods_of_one_shape_that_differ_between_the_copies_as_a_delegate()
    {
        var source = """
            using System;

            namespace Shop;

            public sealed class Mailer
            {
                public void Confirm(Order order)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    var sent = SendOrder(customer, order.Quantity);
                    Console.WriteLine(sent);|]
                }

                public void Bill(Order order)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    var sent = SendInvoice(customer, order.Quantity);
                    Console.WriteLine(sent);|]
                }

                private bool SendOrder(string customer, int quantity) => customer.Length > quantity;

                private bool SendInvoice(string customer, int quantity) => customer.Length < quantity;
            }
            """;
        var fixedSource = """
            using System;

            namespace Shop;

            public sealed class Mailer
            {
                public void Confirm(Order order)
                {
                    ValidateOrder(order, SendOrder);
                }

                private static void ValidateOrder(Order order, Func<string, int, bool> send)
                {
                    if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    var sent = send(customer, order.Quantity);
                    Console.WriteLine(sent);
                }

                public void Bill(Order order)
                {
                    ValidateOrder(order, SendInvoice);
                }

                private bool SendOrder(string customer, int quantity) => customer.Length > quantity;

                private bool SendInvoice(string customer, int quantity) => customer.Length < quantity;
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Awaits_a_differing_async_method_passed_as_a_delegate_with_the_copies_ConfigureAwait()
    {
        var source = """
            using System;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class Mailer
            {
                public async Task ConfirmAsync(Order order)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    await SendOrderAsync(customer, order.Quantity).ConfigureAwait(false);
                    Console.WriteLine(customer);|]
                }

                public async Task BillAsync(Order order)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    await SendInvoiceAsync(customer, order.Quantity).ConfigureAwait(false);
                    Console.WriteLine(customer);|]
                }

                private static Task SendOrderAsync(string customer, int quantity) => Task.Delay(quantity);

                private static Task SendInvoiceAsync(string customer, int quantity) => Task.Delay(customer.Length);
            }
            """;
        var fixedSource = """
            using System;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class Mailer
            {
                public async Task ConfirmAsync(Order order)
                {
                    await ValidateOrderAsync(order, SendOrderAsync).ConfigureAwait(false);
                }

                private static async Task ValidateOrderAsync(Order order, Func<string, int, Task> send)
                {
                    if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    await send(customer, order.Quantity).ConfigureAwait(false);
                    Console.WriteLine(customer);
                }

                public async Task BillAsync(Order order)
                {
                    await ValidateOrderAsync(order, SendInvoiceAsync).ConfigureAwait(false);
                }

                private static Task SendOrderAsync(string customer, int quantity) => Task.Delay(quantity);

                private static Task SendInvoiceAsync(string customer, int quantity) => Task.Delay(customer.Length);
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Passes_static_methods_named_through_their_type_and_methods_of_a_receiver_declared_before_the_copies()
    {
        var source = """
            #nullable enable
            using System;

            namespace Shop;

            public static class Outbox
            {
                public static void PostOrder(string customer) => Console.WriteLine("order " + customer);

                public static void PostInvoice(string customer) => Console.WriteLine("invoice " + customer);
            }

            public sealed class Ledger
            {
                public void RecordOrder(string customer) => Console.WriteLine(customer);

                public void RecordInvoice(string customer) => Console.WriteLine(customer);
            }

            public static class Mailer
            {
                public static void Confirm(Order order, Ledger ledger)
                {
                    [|var customer = order.Customer.Trim();
                    if (customer.Length == 0)
                    {
                        throw new ArgumentException("No customer.", nameof(order));
                    }

                    Outbox.PostOrder(customer);
                    ledger.RecordOrder(customer);|]
                }

                public static void Bill(Order order, Ledger book)
                {
                    [|var customer = order.Customer.Trim();
                    if (customer.Length == 0)
                    {
                        throw new ArgumentException("No customer.", nameof(order));
                    }

                    Outbox.PostInvoice(customer);
                    book.RecordInvoice(customer);|]
                }
            }
            """;
        var fixedSource = """
            #nullable enable
            using System;

            namespace Shop;

            public static class Outbox
            {
                public static void PostOrder(string customer) => Console.WriteLine("order " + customer);

                public static void PostInvoice(string customer) => Console.WriteLine("invoice " + customer);
            }

            public sealed class Ledger
            {
                public void RecordOrder(string customer) => Console.WriteLine(customer);

                public void RecordInvoice(string customer) => Console.WriteLine(customer);
            }

            public static class Mailer
            {
                public static void Confirm(Order order, Ledger ledger)
                {
                    RecordOrder(order, Outbox.PostOrder, ledger.RecordOrder);
                }

                private static void RecordOrder(Order order, Action<string> post, Action<string> record)
                {
                    var customer = order.Customer.Trim();
                    if (customer.Length == 0)
                    {
                        throw new ArgumentException("No customer.", nameof(order));
                    }

                    post(customer);
                    record(customer);
                }

                public static void Bill(Order order, Ledger book)
                {
                    RecordOrder(order, Outbox.PostInvoice, book.RecordInvoice);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_the_delegate_apart_from_a_variable_of_the_block_that_has_its_name()
    {
        var source = """
            using System;

            namespace Shop;

            public sealed class Mailer
            {
                public void Confirm(Order order)
                {
                    [|var send = order.Customer.Trim();
                    if (send.Length == 0)
                    {
                        throw new ArgumentException("No customer.", nameof(order));
                    }

                    var sent = SendOrder(send, order.Quantity);
                    Console.WriteLine(sent);|]
                }

                public void Bill(Order order)
                {
                    [|var send = order.Customer.Trim();
                    if (send.Length == 0)
                    {
                        throw new ArgumentException("No customer.", nameof(order));
                    }

                    var sent = SendInvoice(send, order.Quantity);
                    Console.WriteLine(sent);|]
                }

                private bool SendOrder(string customer, int quantity) => customer.Length > quantity;

                private bool SendInvoice(string customer, int quantity) => customer.Length < quantity;
            }
            """;
        var fixedSource = """
            using System;

            namespace Shop;

            public sealed class Mailer
            {
                public void Confirm(Order order)
                {
                    WriteLineOrder(order, SendOrder);
                }

                private static void WriteLineOrder(Order order, Func<string, int, bool> getSent)
                {
                    var send = order.Customer.Trim();
                    if (send.Length == 0)
                    {
                        throw new ArgumentException("No customer.", nameof(order));
                    }

                    var sent = getSent(send, order.Quantity);
                    Console.WriteLine(sent);
                }

                public void Bill(Order order)
                {
                    WriteLineOrder(order, SendInvoice);
                }

                private bool SendOrder(string customer, int quantity) => customer.Length > quantity;

                private bool SendInvoice(string customer, int quantity) => customer.Length < quantity;
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_delegate_when_a_copy_runs_in_a_loop_of_its_method()
    {
        var source = """
            using System;

            namespace Shop;

            public sealed class Mailer
            {
                public void ConfirmAll(Order[] orders)
                {
                    foreach (var order in orders)
                    {
                        [|var customer = order.Customer.Trim();
                        if (customer.Length == 0)
                        {
                            throw new ArgumentException("No customer.", nameof(order));
                        }

                        var sent = SendOrder(customer, order.Quantity);
                        Console.WriteLine(sent);|]
                    }
                }

                public void Bill(Order order)
                {
                    [|var customer = order.Customer.Trim();
                    if (customer.Length == 0)
                    {
                        throw new ArgumentException("No customer.", nameof(order));
                    }

                    var sent = SendInvoice(customer, order.Quantity);
                    Console.WriteLine(sent);|]
                }

                private bool SendOrder(string customer, int quantity) => customer.Length > quantity;

                private bool SendInvoice(string customer, int quantity) => customer.Length < quantity;
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Offers_no_delegate_when_the_methods_take_different_parameter_types()
    {
        var source = """
            using System;

            namespace Shop;

            public sealed class Mailer
            {
                public void Bill(Order order)
                {
                    [|var customer = order.Customer.Trim();
                    if (customer.Length == 0)
                    {
                        throw new ArgumentException("No customer.", nameof(order));
                    }

                    var sent = SendInvoice(customer, order.Quantity);
                    Console.WriteLine(sent);|]
                }

                public void Remind(Order order)
                {
                    [|var customer = order.Customer.Trim();
                    if (customer.Length == 0)
                    {
                        throw new ArgumentException("No customer.", nameof(order));
                    }

                    var sent = SendReminder(customer, order.Quantity);
                    Console.WriteLine(sent);|]
                }

                private bool SendInvoice(string customer, int quantity) => customer.Length < quantity;

                private bool SendReminder(string customer, long quantity) => customer.Length < quantity;
            }
            """;
        await Test(source, source).RunAsync();
    }
}
