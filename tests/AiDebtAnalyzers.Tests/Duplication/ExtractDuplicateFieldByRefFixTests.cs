using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The extract fix for copies that write a field of their own type: the method takes the field by ref, so every read and
/// write reaches the copy's own field when it did; and named constants qualified by nested types.
/// </summary>
public class ExtractDuplicateFieldByRefFixTests
{
    private const string Options = "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20";

    private static VerifyCS.Test Test(string source, string fixedSource) => FixTestWithOrder(source, fixedSource, Options);

    [Fact]
    public async Task Passes_a_field_each_class_writes_by_ref_to_a_helper_class()
    {
        var source = """
            using System;

            namespace Shop;

            public sealed class OrderChannel
            {
                private readonly object _closeLock = new object();
                private bool _isClosed;

                public void Close(Order order)
                {
                    [|Console.WriteLine(order.Customer);
                    lock (_closeLock)
                    {
                        if (!_isClosed)
                        {
                            _isClosed = true;
                            Console.WriteLine(order.Quantity);
                        }
                    }|]
                }
            }

            public sealed class InvoiceChannel
            {
                private readonly object _closeLock = new object();
                private bool _isClosed;

                public void Close(Order order)
                {
                    [|Console.WriteLine(order.Customer);
                    lock (_closeLock)
                    {
                        if (!_isClosed)
                        {
                            _isClosed = true;
                            Console.WriteLine(order.Quantity);
                        }
                    }|]
                }
            }
            """;
        var fixedSource = """
            using System;

            namespace Shop;

            public sealed class OrderChannel
            {
                private readonly object _closeLock = new object();
                private bool _isClosed;

                public void Close(Order order)
                {
                    ChannelHelpers.Close(order, _closeLock, ref _isClosed);
                }
            }

            internal static class ChannelHelpers
            {
                internal static void Close(Order order, object closeLock, ref bool isClosed)
                {
                    Console.WriteLine(order.Customer);
                    lock (closeLock)
                    {
                        if (!isClosed)
                        {
                            isClosed = true;
                            Console.WriteLine(order.Quantity);
                        }
                    }
                }
            }

            public sealed class InvoiceChannel
            {
                private readonly object _closeLock = new object();
                private bool _isClosed;

                public void Close(Order order)
                {
                    ChannelHelpers.Close(order, _closeLock, ref _isClosed);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Passes_differing_fields_the_copies_deconstruct_into_by_ref()
    {
        // `(_retries, var spare) = ...` writes the field: a value parameter would take the write, and the field would
        // keep its count.
        var source = """
            using System;

            namespace Shop;

            public sealed class Counter
            {
                private int _retries;
                private int _failures;

                public void Retry(Order order)
                {
                    [|if (_retries > order.Quantity)
                    {
                        Console.WriteLine(order.Customer);
                        (_retries, var spare) = (0, order.Quantity);
                        Console.WriteLine(spare);
                    }|]
                }

                public void Fail(Order order)
                {
                    [|if (_failures > order.Quantity)
                    {
                        Console.WriteLine(order.Customer);
                        (_failures, var spare) = (0, order.Quantity);
                        Console.WriteLine(spare);
                    }|]
                }
            }
            """;
        var fixedSource = """
            using System;

            namespace Shop;

            public sealed class Counter
            {
                private int _retries;
                private int _failures;

                public void Retry(Order order)
                {
                    WriteLineOrder(ref _retries, order);
                }

                private static void WriteLineOrder(ref int retries, Order order)
                {
                    if (retries > order.Quantity)
                    {
                        Console.WriteLine(order.Customer);
                        (retries, var spare) = (0, order.Quantity);
                        Console.WriteLine(spare);
                    }
                }

                public void Fail(Order order)
                {
                    WriteLineOrder(ref _failures, order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Passes_differing_fields_the_copies_count_up_by_ref()
    {
        var source = """
            using System;

            namespace Shop;

            public sealed class Counter
            {
                private int _retries;
                private int _failures;

                public void Retry(Order order)
                {
                    [|_retries++;
                    if (_retries > order.Quantity)
                    {
                        Console.WriteLine(order.Customer);
                        _retries = 0;
                    }|]
                }

                public void Fail(Order order)
                {
                    [|_failures++;
                    if (_failures > order.Quantity)
                    {
                        Console.WriteLine(order.Customer);
                        _failures = 0;
                    }|]
                }
            }
            """;
        var fixedSource = """
            using System;

            namespace Shop;

            public sealed class Counter
            {
                private int _retries;
                private int _failures;

                public void Retry(Order order)
                {
                    SetRetries(ref _retries, order);
                }

                private static void SetRetries(ref int retries, Order order)
                {
                    retries++;
                    if (retries > order.Quantity)
                    {
                        Console.WriteLine(order.Customer);
                        retries = 0;
                    }
                }

                public void Fail(Order order)
                {
                    SetRetries(ref _failures, order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Passes_a_constant_named_through_nested_types()
    {
        var source = """
            using System;

            namespace Shop;

            public static class Messages
            {
                public static class Types
                {
                    public enum Reason
                    {
                        NotLeader,
                        ReadOnly,
                    }
                }
            }

            public sealed class Replies
            {
                public void DenyNotLeader(Order order)
                {
                    [|var customer = order.Customer.Trim();
                    Console.WriteLine(customer);
                    Console.WriteLine(order.Quantity);
                    Console.WriteLine(customer.Length);
                    Reply(customer, Messages.Types.Reason.NotLeader, order.Quantity);|]
                }

                public void DenyReadOnly(Order order)
                {
                    [|var customer = order.Customer.Trim();
                    Console.WriteLine(customer);
                    Console.WriteLine(order.Quantity);
                    Console.WriteLine(customer.Length);
                    Reply(customer, Messages.Types.Reason.ReadOnly, order.Quantity);|]
                }

                private static void Reply(string customer, Messages.Types.Reason reason, int quantity) => Console.WriteLine($"{customer} {reason} {quantity}");
            }
            """;
        var fixedSource = """
            using System;

            namespace Shop;

            public static class Messages
            {
                public static class Types
                {
                    public enum Reason
                    {
                        NotLeader,
                        ReadOnly,
                    }
                }
            }

            public sealed class Replies
            {
                public void DenyNotLeader(Order order)
                {
                    ReplyCustomer(order, Messages.Types.Reason.NotLeader);
                }

                private static void ReplyCustomer(Order order, Messages.Types.Reason reason)
                {
                    var customer = order.Customer.Trim();
                    Console.WriteLine(customer);
                    Console.WriteLine(order.Quantity);
                    Console.WriteLine(customer.Length);
                    Reply(customer, reason, order.Quantity);
                }

                public void DenyReadOnly(Order order)
                {
                    ReplyCustomer(order, Messages.Types.Reason.ReadOnly);
                }

                private static void Reply(string customer, Messages.Types.Reason reason, int quantity) => Console.WriteLine($"{customer} {reason} {quantity}");
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    /// <summary>An async method has no ref parameters, and a copy of the value would miss the writes.</summary>
    [Fact]
    public async Task Offers_no_fix_when_an_async_block_writes_the_field()
    {
        var source = """
            using System;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class Counter
            {
                private int _retries;
                private int _failures;

                public async Task RetryAsync(Order order)
                {
                    [|_retries++;
                    await Task.Delay(order.Quantity);
                    if (_retries > order.Quantity)
                    {
                        Console.WriteLine(order.Customer);
                    }|]
                }

                public async Task FailAsync(Order order)
                {
                    [|_failures++;
                    await Task.Delay(order.Quantity);
                    if (_failures > order.Quantity)
                    {
                        Console.WriteLine(order.Customer);
                    }|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    /// <summary>A lambda cannot capture a ref parameter (CS1628).</summary>
    [Fact]
    public async Task Offers_no_fix_when_a_lambda_of_the_block_uses_the_written_field()
    {
        var source = """
            using System;

            namespace Shop;

            public sealed class Counter
            {
                private int _retries;
                private int _failures;

                public void Retry(Order order)
                {
                    [|_retries++;
                    Func<bool> exceeded = () => _retries > order.Quantity;
                    if (exceeded())
                    {
                        Console.WriteLine(order.Customer);
                    }|]
                }

                public void Fail(Order order)
                {
                    [|_failures++;
                    Func<bool> exceeded = () => _failures > order.Quantity;
                    if (exceeded())
                    {
                        Console.WriteLine(order.Customer);
                    }|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    /// <summary>A ref to a volatile field reads and writes it without the volatile semantics (CS0420).</summary>
    [Fact]
    public async Task Offers_no_fix_for_a_volatile_field()
    {
        var source = """
            using System;

            namespace Shop;

            public sealed class Counter
            {
                private volatile int _retries;
                private volatile int _failures;

                public void Retry(Order order)
                {
                    [|_retries++;
                    if (_retries > order.Quantity)
                    {
                        Console.WriteLine(order.Customer);
                        _retries = 0;
                    }|]
                }

                public void Fail(Order order)
                {
                    [|_failures++;
                    if (_failures > order.Quantity)
                    {
                        Console.WriteLine(order.Customer);
                        _failures = 0;
                    }|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }
}
