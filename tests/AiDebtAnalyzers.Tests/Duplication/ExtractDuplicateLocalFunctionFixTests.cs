using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The extract fix for names the block declares that are not variables (a local function, a query's range variable), and
/// for a different local function of each copy's function that the block calls or passes on (a delegate parameter).
/// </summary>
public class ExtractDuplicateLocalFunctionFixTests
{
    private const string Options = "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20";

    private static VerifyCS.Test Test(string source, string fixedSource) => FixTestWithOrder(source, fixedSource, Options);

    [Fact]
    public async Task Extracts_the_body_of_copies_that_are_each_one_whole_local_function()
    {
        // Each method declares the same stream factory and hands it on: the local functions stay, their bodies call the
        // new method with what they capture (`url`) and their own parameters, named apart in each copy.
        var source = """
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class Downloads
            {
                private readonly HttpClient client = new HttpClient();

                public Task<Stream> OpenPackage(string url, CancellationToken token)
                {
                    return Open(CreateStream, token);

                    [|async Task<Stream> CreateStream(long? from, long? to, CancellationToken cancel)
                    {
                        HttpRequestMessage request = new(HttpMethod.Get, url);
                        request.Headers.Range = new RangeHeaderValue(from, to);
                        HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel);
                        response.EnsureSuccessStatusCode();
                        return await response.Content.ReadAsStreamAsync(cancel);
                    }|]
                }

                public Task<Stream> OpenSdk(string url, CancellationToken token)
                {
                    var stream = Open(CreateStreamAt, token);
                    return stream;

                    [|async Task<Stream> CreateStreamAt(long? offset, long? length, CancellationToken inner)
                    {
                        HttpRequestMessage request = new(HttpMethod.Get, url);
                        request.Headers.Range = new RangeHeaderValue(offset, length);
                        HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, inner);
                        response.EnsureSuccessStatusCode();
                        return await response.Content.ReadAsStreamAsync(inner);
                    }|]
                }

                private static Task<Stream> Open(System.Func<long?, long?, CancellationToken, Task<Stream>> factory, CancellationToken token) =>
                    factory(0, null, token);
            }
            """;
        var fixedSource = """
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class Downloads
            {
                private readonly HttpClient client = new HttpClient();

                public Task<Stream> OpenPackage(string url, CancellationToken token)
                {
                    return Open(CreateStream, token);

                    async Task<Stream> CreateStream(long? from, long? to, CancellationToken cancel)
                    {
                        return await ReadAsStreamUrlAsync(url, from, to, cancel);
                    }
                }

                private async Task<Stream> ReadAsStreamUrlAsync(string url, long? from, long? to, CancellationToken cancellationToken)
                {
                    HttpRequestMessage request = new(HttpMethod.Get, url);
                    request.Headers.Range = new RangeHeaderValue(from, to);
                    HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                    response.EnsureSuccessStatusCode();
                    return await response.Content.ReadAsStreamAsync(cancellationToken);
                }

                public Task<Stream> OpenSdk(string url, CancellationToken token)
                {
                    var stream = Open(CreateStreamAt, token);
                    return stream;

                    async Task<Stream> CreateStreamAt(long? offset, long? length, CancellationToken inner)
                    {
                        return await ReadAsStreamUrlAsync(url, offset, length, inner);
                    }
                }

                private static Task<Stream> Open(System.Func<long?, long?, CancellationToken, Task<Stream>> factory, CancellationToken token) =>
                    factory(0, null, token);
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_local_function_writes_a_variable_of_its_method()
    {
        // `calls++` counts in the method's own variable, which the method returns: a new method would count in a copy.
        var source = """
            using System;

            namespace Shop;

            public sealed class Counter
            {
                public int RunA(string name)
                {
                    var calls = 0;
                    Func<int, int> f = Step;
                    f(1);
                    return calls;

                    [|int Step(int value)
                    {
                        calls++;
                        Console.WriteLine("Step " + name + " with " + value);
                        var doubled = value * 2;
                        Console.WriteLine("Doubled " + doubled + " for " + name);
                        return doubled + calls;
                    }|]
                }

                public int RunB(string label)
                {
                    var count = 0;
                    Func<int, int> g = StepB;
                    return g(2) + count;

                    [|int StepB(int amount)
                    {
                        count++;
                        Console.WriteLine("Step " + label + " with " + amount);
                        var doubled = amount * 2;
                        Console.WriteLine("Doubled " + doubled + " for " + label);
                        return doubled + count;
                    }|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Theory]
    [InlineData("done = true;", "finished = true;")]
    [InlineData("(done, _) = (true, 0);", "(finished, _) = (true, 1);")]
    public async Task Offers_no_fix_when_the_method_assigns_a_captured_variable_the_local_function_reads(string setDone, string setFinished)
    {
        // `done = true` runs while Poll awaits: Poll reads the method's variable at each turn and sees it. A parameter
        // would hold `false`, the value at the call, for ever (the earlier fix wrote `ComputeRoundsAsync(done)`).
        var source = $$"""
            using System.Threading.Tasks;

            namespace Shop;

            public class Pollers
            {
                public async Task<int> RunA()
                {
                    var done = false;
                    var poll = Poll();
                    await Task.Delay(10);
                    {{setDone}}
                    return await poll;

                    [|async Task<int> Poll()
                    {
                        var rounds = 0;
                        while (!done)
                        {
                            System.Console.WriteLine("waiting for the import, round " + rounds);
                            await Task.Delay(100);
                            rounds++;
                        }

                        return rounds;
                    }|]
                }

                public async Task<int> RunB()
                {
                    var finished = false;
                    var wait = PollB();
                    await Task.Yield();
                    {{setFinished}}
                    return await wait + 1;

                    [|async Task<int> PollB()
                    {
                        var rounds = 0;
                        while (!finished)
                        {
                            System.Console.WriteLine("waiting for the import, round " + rounds);
                            await Task.Delay(100);
                            rounds++;
                        }

                        return rounds;
                    }|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_method_assigns_a_captured_variable_a_lambda_reads()
    {
        // The same polling loop as the body of a lambda: the earlier fix passed `done` as a value too.
        var source = """
            using System;
            using System.Threading.Tasks;

            namespace Shop;

            public class Pollers
            {
                public async Task<int> RunA()
                {
                    var done = false;
                    Func<Task<int>> poll = async () =>
                    {
                        [|var rounds = 0;
                        while (!done)
                        {
                            System.Console.WriteLine("waiting for the import, round " + rounds);
                            await Task.Delay(100);
                            rounds++;
                        }

                        return rounds;|]
                    };
                    var task = poll();
                    await Task.Delay(10);
                    done = true;
                    return await task;
                }

                public async Task<int> RunB(int seed)
                {
                    bool finished = seed > 3;
                    System.Console.WriteLine(seed);
                    var wait = new Func<Task<int>>(async () =>
                    {
                        [|var rounds = 0;
                        while (!finished)
                        {
                            System.Console.WriteLine("waiting for the import, round " + rounds);
                            await Task.Delay(100);
                            rounds++;
                        }

                        return rounds;|]
                    });
                    var pending = wait();
                    await Task.Yield();
                    finished = true;
                    return await pending + 1;
                }
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Names_the_method_apart_from_a_local_function_in_scope_at_a_call()
    {
        // `ComputeTotal`, the name the block's result gives, is a local function of the first method: a call by that name
        // in place of the block would call it (CS1503 here; a wrong call where the signatures agree), not the new method.
        // The earlier fix wrote that call.
        var source = $$"""
            namespace Shop;

            public sealed class OrderService
            {
                public decimal Submit(Order order)
                {
                    [|{{Validation}}|]

                    return ComputeTotal(total);

                    static decimal ComputeTotal(decimal value) => value < 0m ? 0m : value;
                }

                public decimal Quote(Order order)
                {
                    [|{{Validation}}|]

                    return total;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class OrderService
            {
                public decimal Submit(Order order)
                {
                    var total = NewMethod(order);

                    return ComputeTotal(total);

                    static decimal ComputeTotal(decimal value) => value < 0m ? 0m : value;
                }

                private static decimal NewMethod(Order order)
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

                    return total;
                }

                public decimal Quote(Order order)
                {
                    var total = NewMethod(order);

                    return total;
                }
            }
            """;
        // No name says what the block is for then: the single fix writes the placeholder, fix-all skips the group.
        var test = Test(source, fixedSource);
        test.BatchFixedState.Sources.Add(("/0/Test0.cs", source));
        test.BatchFixedState.Sources.Add(("/0/Order.cs", Order));
        test.BatchFixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(7, 9, 21, 10).WithSpan(30, 9, 44, 10).WithArguments("15", "69", "2", "Test0.cs:30").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        test.BatchFixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(30, 9, 44, 10).WithSpan(7, 9, 21, 10).WithArguments("15", "69", "2", "Test0.cs:7").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        await test.RunAsync();
    }

    [Fact]
    public async Task Extracts_copies_that_each_declare_and_call_their_own_local_function()
    {
        // The methods take values the block does not, so no copy is a method the other could call instead.
        var source = """
            using System;

            namespace Shop;

            public sealed class Mailer
            {
                public void Confirm(Order order, int attempt)
                {
                    [|string Label(string text)
                    {
                        return text.Trim().ToUpperInvariant();
                    }

                    var customer = Label(order.Customer);
                    Console.WriteLine(customer + order.Quantity);|]
                }

                public void Bill(Order order, string note)
                {
                    [|string Label(string text)
                    {
                        return text.Trim().ToUpperInvariant();
                    }

                    var customer = Label(order.Customer);
                    Console.WriteLine(customer + order.Quantity);|]
                }
            }
            """;
        var fixedSource = """
            using System;

            namespace Shop;

            public sealed class Mailer
            {
                public void Confirm(Order order, int attempt)
                {
                    WriteLineOrder(order);
                }

                private static void WriteLineOrder(Order order)
                {
                    string Label(string text)
                    {
                        return text.Trim().ToUpperInvariant();
                    }

                    var customer = Label(order.Customer);
                    Console.WriteLine(customer + order.Quantity);
                }

                public void Bill(Order order, string note)
                {
                    WriteLineOrder(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Extracts_copies_that_each_declare_the_range_variables_of_a_query()
    {
        var source = """
            using System;
            using System.Linq;

            namespace Shop;

            public sealed class Report
            {
                public void PrintLarge(Order[] orders)
                {
                    Console.Beep();
                    [|var large = from o in orders
                                where o.Quantity > 10 && o.Customer.Length > 0
                                select o.Customer.Trim();
                    Console.WriteLine(string.Join(", ", large));
                    Console.WriteLine(orders.Length);|]
                }

                public void PrintRecent(Order[] recent)
                {
                    GC.KeepAlive(recent);
                    [|var large = from o in recent
                                where o.Quantity > 10 && o.Customer.Length > 0
                                select o.Customer.Trim();
                    Console.WriteLine(string.Join(", ", large));
                    Console.WriteLine(recent.Length);|]
                }
            }
            """;
        var fixedSource = """
            using System;
            using System.Linq;

            namespace Shop;

            public sealed class Report
            {
                public void PrintLarge(Order[] orders)
                {
                    Console.Beep();
                    WriteLineOrders(orders);
                }

                private static void WriteLineOrders(Order[] orders)
                {
                    var large = from o in orders
                                where o.Quantity > 10 && o.Customer.Length > 0
                                select o.Customer.Trim();
                    Console.WriteLine(string.Join(", ", large));
                    Console.WriteLine(orders.Length);
                }

                public void PrintRecent(Order[] recent)
                {
                    GC.KeepAlive(recent);
                    WriteLineOrders(recent);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Passes_the_local_function_each_copy_calls_as_a_delegate()
    {
        var source = """
            using System;

            namespace Shop;

            public sealed class Mailer
            {
                public void Confirm(Order order, string prefix)
                {
                    string Describe(string customer) => prefix + customer;

                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Console.WriteLine(Describe(customer));|]
                }

                public void Bill(Order order, string suffix)
                {
                    string Describe(string customer) => customer + suffix;

                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Console.WriteLine(Describe(customer));|]
                }
            }
            """;
        var fixedSource = """
            using System;

            namespace Shop;

            public sealed class Mailer
            {
                public void Confirm(Order order, string prefix)
                {
                    string Describe(string customer) => prefix + customer;

                    ValidateOrder(order, Describe);
                }

                private static void ValidateOrder(Order order, Func<string, string> describe)
                {
                    if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Console.WriteLine(describe(customer));
                }

                public void Bill(Order order, string suffix)
                {
                    string Describe(string customer) => customer + suffix;

                    ValidateOrder(order, Describe);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Passes_the_local_function_each_copy_hands_on_as_a_method_group()
    {
        var source = """
            using System;
            using System.Linq;

            namespace Shop;

            public sealed class Mailer
            {
                public void Confirm(Order[] orders, string prefix)
                {
                    string Describe(Order order) => prefix + order.Customer;

                    [|if (orders.Length == 0)
                    {
                        throw new ArgumentException("No orders.", nameof(orders));
                    }

                    var lines = orders.Select(Describe).ToList();
                    Console.WriteLine(string.Join(Environment.NewLine, lines));|]
                }

                public void Bill(Order[] orders, string suffix)
                {
                    string Describe(Order order) => order.Customer + suffix;

                    [|if (orders.Length == 0)
                    {
                        throw new ArgumentException("No orders.", nameof(orders));
                    }

                    var lines = orders.Select(Describe).ToList();
                    Console.WriteLine(string.Join(Environment.NewLine, lines));|]
                }
            }
            """;
        var fixedSource = """
            using System;
            using System.Linq;

            namespace Shop;

            public sealed class Mailer
            {
                public void Confirm(Order[] orders, string prefix)
                {
                    string Describe(Order order) => prefix + order.Customer;

                    ValidateOrders(orders, Describe);
                }

                private static void ValidateOrders(Order[] orders, Func<Order, string> describe)
                {
                    if (orders.Length == 0)
                    {
                        throw new ArgumentException("No orders.", nameof(orders));
                    }

                    var lines = orders.Select(describe).ToList();
                    Console.WriteLine(string.Join(Environment.NewLine, lines));
                }

                public void Bill(Order[] orders, string suffix)
                {
                    string Describe(Order order) => order.Customer + suffix;

                    ValidateOrders(orders, Describe);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_local_function_captures_a_variable_the_block_assigns()
    {
        // Made into a delegate at the call, Describe would need `customer` assigned there (CS0165).
        var source = """
            using System;

            namespace Shop;

            public sealed class Mailer
            {
                public void Confirm(Order order)
                {
                    string customer;
                    string Describe() => "to " + customer;

                    [|customer = order.Customer.Trim();
                    if (customer.Length == 0)
                    {
                        throw new ArgumentException("No customer.", nameof(order));
                    }

                    Console.WriteLine(Describe());|]
                }

                public void Bill(Order order)
                {
                    string customer;
                    string Describe()
                    {
                        return "for " + customer;
                    }

                    [|customer = order.Customer.Trim();
                    if (customer.Length == 0)
                    {
                        throw new ArgumentException("No customer.", nameof(order));
                    }

                    Console.WriteLine(Describe());|]
                }
            }
            """;
        await Test(source, source).RunAsync();
    }
}
