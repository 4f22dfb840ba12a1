using System.Collections.Immutable;
using AiDebtAnalyzers.MagicValues;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Tests.MagicValues.IntroduceConstantCodeFixTests.EveryNumberAnalyzer,
    AiDebtAnalyzers.CodeFixes.MagicValues.IntroduceConstantCodeFixProvider>;

using VerifyMagic = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.MagicValues.MagicNumberAnalyzer,
    AiDebtAnalyzers.CodeFixes.MagicValues.IntroduceConstantCodeFixProvider>;
using VerifyRepeated = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.MagicValues.RepeatedStringAnalyzer,
    AiDebtAnalyzers.CodeFixes.MagicValues.IntroduceConstantCodeFixProvider>;
using VerifyEnvironment = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.MagicValues.EnvironmentValueAnalyzer,
    AiDebtAnalyzers.CodeFixes.MagicValues.IntroduceConstantCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.MagicValues;

/// <summary>
/// "Introduce named constant": where the name comes from, what happens when nothing names the value (a placeholder to
/// rename in a single fix, skipped by fix-all), and that a clash is never dodged with a number or a generic name. The
/// findings come from a probe that reports every number outside a constant as AID201, so these tests pin the fix
/// whatever AID201 itself chooses to report; the tests at the end run the fix on the findings of AID201, AID202 and
/// AID203 themselves. This is the fix's one test home: the analyzers' test files test only what they report.
/// </summary>
public class IntroduceConstantCodeFixTests
{
    private static DiagnosticResult Number(int location) => VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(location);

    /// <summary>AID201 reports single uses of every policy role under this option; the fix tests below pin naming on them.</summary>
    private const string SingleUse = "aidebt.magic_values.report_single_use = true";

    /// <summary>Every role that can be reported, of both rules (the defaults list only the measured set): these tests pin the fixes.</summary>
    private static readonly string EveryRole = "aidebt.magic_values.reported_roles = " + MagicNumberRoles.PolicyRoles + "\naidebt.magic_values.reported_string_roles = " + RepeatedStringRoles.ReportableRoles;

    private static DiagnosticResult Magic(int location, string value) =>
        VerifyMagic.Diagnostic(RuleIds.MagicNumber).WithLocation(location).WithArguments(value, AiDebtAnalyzers.MagicValues.MagicNumberAnalyzer.SingleReason);

    private static DiagnosticResult Repeated(int location, string value, int count, string type, params int[] others)
    {
        var result = VerifyRepeated.Diagnostic(RuleIds.RepeatedString).WithLocation(location).WithArguments(value, count.ToString(System.Globalization.CultureInfo.InvariantCulture), type);
        foreach (var other in others)
        {
            result = result.WithLocation(other);
        }

        return result;
    }

    private static DiagnosticResult Env(int location, string kind) =>
        VerifyEnvironment.Diagnostic(RuleIds.EnvironmentValue).WithLocation(location).WithArguments(kind);

    [Fact]
    public async Task Names_the_constant_after_the_parameter_the_comparison_the_product_and_the_property()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            class Options { public TimeSpan RequestTimeout { get; set; } }

            class Billing
            {
                async Task Run(int retries, decimal amount, Options options)
                {
                    Thread.Sleep({|#0:3000|});
                    if (retries > {|#1:3|}) { }
                    var processingFee = amount * {|#2:0.029m|};
                    options.RequestTimeout = TimeSpan.FromSeconds({|#3:30|});
                    await Task.Delay({|#4:1500|});
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            class Options { public TimeSpan RequestTimeout { get; set; } }

            class Billing
            {
                private const int MillisecondsTimeout = 3000;
                private const int MaxRetries = 3;
                private const decimal ProcessingFeeRate = 0.029m;
                private const int RequestTimeoutSeconds = 30;
                private const int MillisecondsDelay = 1500;

                async Task Run(int retries, decimal amount, Options options)
                {
                    Thread.Sleep(MillisecondsTimeout);
                    if (retries > MaxRetries) { }
                    var processingFee = amount * ProcessingFeeRate;
                    options.RequestTimeout = TimeSpan.FromSeconds(RequestTimeoutSeconds);
                    await Task.Delay(MillisecondsDelay);
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, new[] { Number(0), Number(1), Number(2), Number(3), Number(4) }, fixedSource);
    }

    [Fact]
    public async Task A_branch_that_works_before_it_returns_is_no_guard_and_a_negative_floor_is_a_minimum()
    {
        const string source = """
            class Parser
            {
                bool Fill(int pending, int exponent, ref int stored)
                {
                    if (pending < {|#0:3|})
                    {
                        stored = pending;
                        return true;
                    }

                    if (exponent >= {|#1:-28|})
                    {
                        stored += exponent;
                    }

                    return false;
                }
            }
            """;
        const string fixedSource = """
            class Parser
            {
                private const int MaxPending = 3;
                private const int MinExponent = -28;

                bool Fill(int pending, int exponent, ref int stored)
                {
                    if (pending < MaxPending)
                    {
                        stored = pending;
                        return true;
                    }

                    if (exponent >= MinExponent)
                    {
                        stored += exponent;
                    }

                    return false;
                }
            }
            """;

        await VerifyMagic.VerifyCodeFixAsync(source, new[] { Magic(0, "3"), Magic(1, "-28") }, fixedSource, SingleUse + "\n" + EveryRole);
    }

    [Fact]
    public async Task A_lower_comparison_names_a_minimum_only_in_a_guard_that_rejects_and_a_maximum_elsewhere()
    {
        const string source = """
            class Buffers
            {
                int Pick(int byteCount, int quantity, int argCount)
                {
                    if (quantity < {|#0:3|})
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(quantity));
                    }

                    var filled = quantity;
                    while (filled < {|#1:4|})
                    {
                        filled++;
                    }

                    if (byteCount <= {|#2:256|})
                    {
                        filled += byteCount;
                    }

                    return argCount < {|#3:255|} ? filled : quantity;
                }
            }
            """;
        const string fixedSource = """
            class Buffers
            {
                private const int MinQuantity = 3;
                private const int MaxFilled = 4;
                private const int MaxByteCount = 256;
                private const int MaxArgCount = 255;

                int Pick(int byteCount, int quantity, int argCount)
                {
                    if (quantity < MinQuantity)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(quantity));
                    }

                    var filled = quantity;
                    while (filled < MaxFilled)
                    {
                        filled++;
                    }

                    if (byteCount <= MaxByteCount)
                    {
                        filled += byteCount;
                    }

                    return argCount < MaxArgCount ? filled : quantity;
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, new[] { Number(0), Number(1), Number(2), Number(3) }, fixedSource);
    }

    [Fact]
    public async Task Single_fix_writes_a_placeholder_to_rename_when_nothing_names_the_value_and_fix_all_skips_it()
    {
        const string source = """
            class Shapes
            {
                int Grow(int size) => size + {|#0:7|};
            }
            """;
        const string singleFixed = """
            class Shapes
            {
                private const int NewConstant = 7;

                int Grow(int size) => size + NewConstant;
            }
            """;

        var test = new VerifyCS.Test { TestCode = source, FixedCode = singleFixed, BatchFixedCode = source };
        test.ExpectedDiagnostics.Add(Number(0));
        test.BatchFixedState.ExpectedDiagnostics.Add(Number(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_skips_generic_names_and_names_the_rest()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading;

            class Shapes
            {
                List<int> Make() => new List<int>({|#0:100|});
                string Cut(string text) => text.Substring({|#1:4|});
                void Wait() => Thread.Sleep({|#2:3000|});
            }
            """;
        const string batchFixed = """
            using System.Collections.Generic;
            using System.Threading;

            class Shapes
            {
                private const int MillisecondsTimeout = 3000;

                List<int> Make() => new List<int>({|#0:100|});
                string Cut(string text) => text.Substring({|#1:4|});
                void Wait() => Thread.Sleep(MillisecondsTimeout);
            }
            """;

        // One single fix (the first finding, a capacity): a placeholder to rename, the rest untouched.
        const string firstFixed = """
            using System.Collections.Generic;
            using System.Threading;

            class Shapes
            {
                private const int NewConstant = 100;

                List<int> Make() => new List<int>(NewConstant);
                string Cut(string text) => text.Substring({|#1:4|});
                void Wait() => Thread.Sleep({|#2:3000|});
            }
            """;

        var test = new VerifyCS.Test
        {
            TestCode = source,
            FixedCode = firstFixed,
            BatchFixedCode = batchFixed,
            CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne,
            NumberOfIncrementalIterations = 1,
        };
        test.ExpectedDiagnostics.AddRange(new[] { Number(0), Number(1), Number(2) });
        test.FixedState.ExpectedDiagnostics.AddRange(new[] { Number(1), Number(2) });
        test.BatchFixedState.ExpectedDiagnostics.AddRange(new[] { Number(0), Number(1) });
        await test.RunAsync();
    }

    /// <summary>
    /// A page size is named for the rows it reads or where they go, never the bare <c>Count</c> of <c>Take</c>: the rows
    /// queried, the variable the page is stored in, the member that returns it, the page-size parameter. A page of
    /// nothing named (<c>query.Take(10)</c> in <c>Sample</c>) is skipped by fix-all, never called <c>Count</c> or numbered.
    /// </summary>
    [Fact]
    public async Task Fix_all_names_page_sizes_after_the_rows_they_read()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;

            class Order { public int Day; }
            class PageRequest { public int PageSize { get; set; } }

            class OrderRepository
            {
                private readonly IQueryable<Order> _orders = Enumerable.Empty<Order>().AsQueryable();

                List<Order> Recent() => _orders.OrderBy(o => o.Day).Take({|#0:25|}).ToList();

                int Invoices(IQueryable<Order> query, int n)
                {
                    var invoices = query.Skip(n).Take({|#1:20|}).ToList();
                    return invoices.Count;
                }

                async Task<List<Order>> GetPendingOrdersAsync(IQueryable<Order> source)
                {
                    await Task.Yield();
                    return source.Where(o => o.Day > {|#2:7|}).Take({|#3:50|}).ToList();
                }

                Task<List<Order>> GetPageAsync(int page, int pageSize) => Task.FromResult(new List<Order>());

                Task<List<Order>> First() => GetPageAsync({|#4:3|}, {|#5:30|});

                IEnumerable<Order[]> Batches(IEnumerable<Order> pendingOrders) => pendingOrders.Chunk({|#6:100|});

                PageRequest Request() => new PageRequest { PageSize = {|#7:40|} };

                int Sample(IQueryable<Order> query) => query.Take({|#8:10|}).Count();
            }
            """;
        const string batchFixed = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;

            class Order { public int Day; }
            class PageRequest { public int PageSize { get; set; } }

            class OrderRepository
            {
                private const int OrdersPageSize = 25;
                private const int InvoicesPageSize = 20;
                private const int MaxDay = 7;
                private const int PendingOrdersPageSize = 50;
                private const int Page = 3;
                private const int PageSize = 30;
                private const int PendingOrdersBatchSize = 100;
                private readonly IQueryable<Order> _orders = Enumerable.Empty<Order>().AsQueryable();

                List<Order> Recent() => _orders.OrderBy(o => o.Day).Take(OrdersPageSize).ToList();

                int Invoices(IQueryable<Order> query, int n)
                {
                    var invoices = query.Skip(n).Take(InvoicesPageSize).ToList();
                    return invoices.Count;
                }

                async Task<List<Order>> GetPendingOrdersAsync(IQueryable<Order> source)
                {
                    await Task.Yield();
                    return source.Where(o => o.Day > MaxDay).Take(PendingOrdersPageSize).ToList();
                }

                Task<List<Order>> GetPageAsync(int page, int pageSize) => Task.FromResult(new List<Order>());

                Task<List<Order>> First() => GetPageAsync(Page, PageSize);

                IEnumerable<Order[]> Batches(IEnumerable<Order> pendingOrders) => pendingOrders.Chunk(PendingOrdersBatchSize);

                PageRequest Request() => new PageRequest { PageSize = {|#7:40|} };

                int Sample(IQueryable<Order> query) => query.Take({|#8:10|}).Count();
            }
            """;

        // One fix at a time: 40 gets the placeholder to rename (it would be a second PageSize of another value, and no
        // name is numbered); the sample, which nothing names, is left, as the placeholder is taken.
        var oneByOne = batchFixed.Replace("    private const int PendingOrdersBatchSize = 100;\n", "    private const int PendingOrdersBatchSize = 100;\n    private const int NewConstant = 40;\n\n")
            .Replace("{|#7:40|}", "NewConstant");
        var test = new VerifyCS.Test { TestCode = source, FixedCode = oneByOne, BatchFixedCode = batchFixed, CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck };
        test.ExpectedDiagnostics.AddRange(new[] { Number(0), Number(1), Number(2), Number(3), Number(4), Number(5), Number(6), Number(7), Number(8) });
        test.FixedState.ExpectedDiagnostics.Add(Number(8));
        test.BatchFixedState.ExpectedDiagnostics.AddRange(new[] { Number(7), Number(8) });
        await test.RunAsync();
    }

    /// <summary>AID201's own finding for <c>Take(25)</c> written twice: one fix and fix-all name it for the rows it reads.</summary>
    [Fact]
    public async Task Fix_names_a_repeated_page_size_after_the_rows_it_reads()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;

            class Order { public int Day; }

            class OrderRepository
            {
                private readonly IQueryable<Order> _orders = Enumerable.Empty<Order>().AsQueryable();

                List<Order> Recent() => _orders.OrderBy(o => o.Day).Take({|#0:25|}).ToList();

                List<Order> Oldest() => _orders.OrderByDescending(o => o.Day).Take({|#1:25|}).ToList();
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using System.Linq;

            class Order { public int Day; }

            class OrderRepository
            {
                private const int OrdersPageSize = 25;

                private readonly IQueryable<Order> _orders = Enumerable.Empty<Order>().AsQueryable();

                List<Order> Recent() => _orders.OrderBy(o => o.Day).Take(OrdersPageSize).ToList();

                List<Order> Oldest() => _orders.OrderByDescending(o => o.Day).Take(OrdersPageSize).ToList();
            }
            """;

        var test = new VerifyMagic.Test { TestCode = source, FixedCode = fixedSource, BatchFixedCode = fixedSource, CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne, NumberOfIncrementalIterations = 1 };
        test.ExpectedDiagnostics.AddRange(new[] { RepeatedNumber(0, "25", 2, "page-size", 1), RepeatedNumber(1, "25", 2, "page-size", 0) });
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_never_numbers_a_name_to_dodge_a_clash_and_reuses_a_constant_of_the_same_value()
    {
        const string source = """
            using System.Threading;

            class Device
            {
                private const int MaxRetries = 5;

                void Reboot(int retries)
                {
                    Thread.Sleep({|#0:3000|});
                    Thread.Sleep({|#1:3000|});
                    Thread.Sleep({|#2:500|});
                    if (retries > {|#3:5|}) { }
                }
            }
            """;
        const string batchFixed = """
            using System.Threading;

            class Device
            {
                private const int MaxRetries = 5;
                private const int MillisecondsTimeout = 3000;

                void Reboot(int retries)
                {
                    Thread.Sleep(MillisecondsTimeout);
                    Thread.Sleep(MillisecondsTimeout);
                    Thread.Sleep({|#2:500|});
                    if (retries > MaxRetries) { }
                }
            }
            """;

        var test = new VerifyCS.Test
        {
            TestCode = source,
            BatchFixedCode = batchFixed,
            FixedCode = batchFixed.Replace("{|#2:500|}", "NewConstant").Replace("private const int MillisecondsTimeout = 3000;", "private const int MillisecondsTimeout = 3000;\n    private const int NewConstant = 500;"),
        };
        test.ExpectedDiagnostics.AddRange(new[] { Number(0), Number(1), Number(2), Number(3) });
        test.BatchFixedState.ExpectedDiagnostics.Add(Number(2));
        await test.RunAsync();
    }

    /// <summary>Reports every numeric literal outside a constant declaration as AID201.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EveryNumberAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new(RuleIds.MagicNumber, "Number", "Number", "Test", DiagnosticSeverity.Info, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(
                nodeContext =>
                {
                    var literal = (LiteralExpressionSyntax)nodeContext.Node;
                    if (literal.FirstAncestorOrSelf<FieldDeclarationSyntax>() is { } field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
                    {
                        return;
                    }

                    nodeContext.ReportDiagnostic(Diagnostic.Create(Rule, literal.GetLocation()));
                },
                SyntaxKind.NumericLiteralExpression);
        }
    }

    [Fact]
    public async Task Fix_names_the_constant_after_the_parameter()
    {
        const string source = """
            using System.Threading;

            class Device
            {
                void Reboot()
                {
                    Thread.Sleep({|#0:3000|});
                }
            }
            """;
        const string fixedSource = """
            using System.Threading;

            class Device
            {
                private const int MillisecondsTimeout = 3000;

                void Reboot()
                {
                    Thread.Sleep(MillisecondsTimeout);
                }
            }
            """;

        await VerifyMagic.VerifyCodeFixAsync(source, new[] { Magic(0, "3000") }, fixedSource, SingleUse);
    }

    [Fact]
    public async Task Fix_names_the_constant_after_the_compared_member()
    {
        const string source = """
            using System.Collections.Generic;

            class Basket
            {
                private const string Name = "basket";

                bool IsFull(List<int> items, int retries) => items.Count > {|#0:50|} || retries >= {|#1:5|};

                void Check(List<int> items)
                {
                    if ({|#2:3|} > items.Count)
                    {
                        throw new System.ArgumentException(Name);
                    }
                }
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;

            class Basket
            {
                private const string Name = "basket";
                private const int MaxItemsCount = 50;
                private const int MaxRetries = 5;
                private const int MinItemsCount = 3;

                bool IsFull(List<int> items, int retries) => items.Count > MaxItemsCount || retries >= MaxRetries;

                void Check(List<int> items)
                {
                    if (MinItemsCount > items.Count)
                    {
                        throw new System.ArgumentException(Name);
                    }
                }
            }
            """;

        await VerifyMagic.VerifyCodeFixAsync(source, new[] { Magic(0, "50"), Magic(1, "5"), Magic(2, "3") }, fixedSource, SingleUse + "\n" + EveryRole);
    }

    [Fact]
    public async Task Fix_never_collides_with_existing_names()
    {
        const string source = """
            using System.Threading;

            class Device
            {
                private int MillisecondsTimeout;

                void Reboot()
                {
                    Thread.Sleep({|#0:3000|});
                }
            }
            """;
        const string fixedSource = """
            using System.Threading;

            class Device
            {
                private const int DefaultMillisecondsTimeout = 3000;

                private int MillisecondsTimeout;

                void Reboot()
                {
                    Thread.Sleep(DefaultMillisecondsTimeout);
                }
            }
            """;

        await VerifyMagic.VerifyCodeFixAsync(source, new[] { Magic(0, "3000") }, fixedSource, SingleUse);
    }

    [Fact]
    public async Task Fix_avoids_names_of_types_in_scope()
    {
        const string source = """
            using System.Threading;

            class Poller
            {
                void SetTimeout(int value) { }

                void Start()
                {
                    SetTimeout({|#0:30|});
                    Thread.Sleep(Timeout.Infinite);
                }
            }
            """;
        const string fixedSource = """
            using System.Threading;

            class Poller
            {
                private const int DefaultTimeout = 30;

                void SetTimeout(int value) { }

                void Start()
                {
                    SetTimeout(DefaultTimeout);
                    Thread.Sleep(Timeout.Infinite);
                }
            }
            """;

        await VerifyMagic.VerifyCodeFixAsync(source, new[] { Magic(0, "30") }, fixedSource, SingleUse);
    }

    [Fact]
    public async Task Fix_introduces_one_constant_named_after_the_value()
    {
        const string source = """
            using System.Net.Http;

            class JsonClient
            {
                void Send(HttpRequestMessage request)
                {
                    request.Headers.Add({|#0:"orders-api/v2"|}, "1");
                    var content = new StringContent("{}", System.Text.Encoding.UTF8, {|#1:"orders-api/v2"|});
                    var type = {|#2:"orders-api/v2"|};
                }
            }
            """;
        const string fixedSource = """
            using System.Net.Http;

            class JsonClient
            {
                private const string OrdersApiV2 = "orders-api/v2";

                void Send(HttpRequestMessage request)
                {
                    request.Headers.Add(OrdersApiV2, "1");
                    var content = new StringContent("{}", System.Text.Encoding.UTF8, OrdersApiV2);
                    var type = OrdersApiV2;
                }
            }
            """;

        await VerifyRepeated.VerifyCodeFixAsync(
            source,
            new[]
            {
                Repeated(0, "orders-api/v2", 3, "JsonClient", 1, 2),
                Repeated(1, "orders-api/v2", 3, "JsonClient", 0, 2),
                Repeated(2, "orders-api/v2", 3, "JsonClient", 0, 1),
            },
            fixedSource,
            EveryRole);
    }

    [Fact]
    public async Task Fix_introduces_a_constant_named_from_context()
    {
        const string source = """
            using System;
            using System.Net.Http;

            class OrdersClient
            {
                private readonly HttpClient http = new HttpClient();

                void Configure()
                {
                    http.BaseAddress = new Uri({|#0:"https://api.example.com/v1/"|});
                    var apiKey = {|#1:"YOUR_API_KEY"|};
                    http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Net.Http;

            class OrdersClient
            {
                private const string UriString = "https://api.example.com/v1/";
                private const string ApiKey = "YOUR_API_KEY";

                private readonly HttpClient http = new HttpClient();

                void Configure()
                {
                    http.BaseAddress = new Uri(UriString);
                    var apiKey = ApiKey;
                    http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
                }
            }
            """;

        var test = new VerifyEnvironment.Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.Add(Env(0, "an absolute URL"));
        test.ExpectedDiagnostics.Add(Env(1, "a placeholder credential"));
        test.FixedState.ExpectedDiagnostics.Add(VerifyEnvironment.Diagnostic(RuleIds.EnvironmentValue).WithSpan(6, 38, 6, 67).WithArguments("an absolute URL"));
        test.FixedState.ExpectedDiagnostics.Add(VerifyEnvironment.Diagnostic(RuleIds.EnvironmentValue).WithSpan(7, 35, 7, 49).WithArguments("a placeholder credential"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Counts_partial_declarations_together_and_nested_types_apart()
    {
        var test = new VerifyRepeated.Test
        {
            TestState =
            {
                Sources =
                {
                    """
                    partial class Orders
                    {
                        string A() => {|#0:"orders-queue"|};
                        string B() => {|#1:"orders-queue"|};

                        class Inner
                        {
                            string C() => "orders-queue";
                        }
                    }
                    """,
                    """
                    partial class Orders
                    {
                        string D() => {|#2:"orders-queue"|};
                    }
                    """,
                },
            },
        };
        test.ExpectedDiagnostics.Add(Repeated(0, "orders-queue", 3, "Orders", 1, 2));
        test.ExpectedDiagnostics.Add(Repeated(1, "orders-queue", 3, "Orders", 0, 2));
        test.ExpectedDiagnostics.Add(Repeated(2, "orders-queue", 3, "Orders", 0, 1));
        test.FixedState.Sources.Add("""
            partial class Orders
            {
                private const string OrdersQueue = "orders-queue";

                string A() => OrdersQueue;
                string B() => OrdersQueue;

                class Inner
                {
                    string C() => "orders-queue";
                }
            }
            """);
        test.FixedState.Sources.Add("""
            partial class Orders
            {
                string D() => OrdersQueue;
            }
            """);
        test.WithEditorConfig(EveryRole);
        await test.RunAsync();
    }

    [Fact]
    public async Task Names_a_repeated_address_after_what_it_points_at_not_its_scheme_and_host()
    {
        const string source = """
            class XmlWriter
            {
                bool IsNamespace(string uri) => uri == {|#0:"http://www.w3.org/2000/xmlns/"|};
                bool IsDeclaration(string prefix, string uri) => prefix == "xmlns" && uri == {|#1:"http://www.w3.org/2000/xmlns/"|};
                string Declare() => {|#2:"http://www.w3.org/2000/xmlns/"|};
            }
            """;
        const string fixedSource = """
            class XmlWriter
            {
                private const string XmlnsUri = "http://www.w3.org/2000/xmlns/";

                bool IsNamespace(string uri) => uri == XmlnsUri;
                bool IsDeclaration(string prefix, string uri) => prefix == "xmlns" && uri == XmlnsUri;
                string Declare() => XmlnsUri;
            }
            """;

        await VerifyRepeated.VerifyCodeFixAsync(
            source,
            new[]
            {
                Repeated(0, "http://www.w3.org/2000/xmlns/", 3, "XmlWriter", 1, 2),
                Repeated(1, "http://www.w3.org/2000/xmlns/", 3, "XmlWriter", 0, 2),
                Repeated(2, "http://www.w3.org/2000/xmlns/", 3, "XmlWriter", 0, 1),
            },
            fixedSource,
            EveryRole);
    }

    private static DiagnosticResult RepeatedNumber(int location, string value, int count, string role, params int[] others)
    {
        var result = VerifyMagic.Diagnostic(RuleIds.MagicNumber).WithLocation(location).WithArguments(value, AiDebtAnalyzers.MagicValues.MagicNumberAnalyzer.RepeatedReason(count, role));
        foreach (var other in others)
        {
            result = result.WithLocation(other);
        }

        return result;
    }

    private static DiagnosticResult ExistingNumber(int location, string value, string constant) =>
        VerifyMagic.Diagnostic(RuleIds.MagicNumber).WithLocation(location).WithArguments(value, AiDebtAnalyzers.MagicValues.MagicNumberAnalyzer.ConstantReason(constant));

    /// <summary>A number AID201 reports because it is written three times: one fix, and fix-all, write one constant for all copies.</summary>
    [Fact]
    public async Task Fix_replaces_every_copy_of_a_repeated_number_with_one_constant()
    {
        const string source = """
            using System;

            class SeedingCache
            {
                void Set(string key, object value, TimeSpan lifetime) { }

                bool Check(string key, object entry, bool reached, bool early)
                {
                    if (reached)
                    {
                        Set(key, entry, TimeSpan.FromMinutes({|#0:5|}));
                        return true;
                    }

                    if (early)
                    {
                        Set(key, entry, TimeSpan.FromMinutes({|#1:5|}));
                        return false;
                    }

                    Set(key, entry, TimeSpan.FromMinutes({|#2:5|}));
                    return false;
                }
            }
            """;
        const string fixedSource = """
            using System;

            class SeedingCache
            {
                private const int LifetimeMinutes = 5;

                void Set(string key, object value, TimeSpan lifetime) { }

                bool Check(string key, object entry, bool reached, bool early)
                {
                    if (reached)
                    {
                        Set(key, entry, TimeSpan.FromMinutes(LifetimeMinutes));
                        return true;
                    }

                    if (early)
                    {
                        Set(key, entry, TimeSpan.FromMinutes(LifetimeMinutes));
                        return false;
                    }

                    Set(key, entry, TimeSpan.FromMinutes(LifetimeMinutes));
                    return false;
                }
            }
            """;

        var test = new VerifyMagic.Test { TestCode = source, FixedCode = fixedSource, BatchFixedCode = fixedSource, CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne, NumberOfIncrementalIterations = 1 };
        test.ExpectedDiagnostics.AddRange(new[]
        {
            RepeatedNumber(0, "5", 3, "duration", 1, 2),
            RepeatedNumber(1, "5", 3, "duration", 0, 2),
            RepeatedNumber(2, "5", 3, "duration", 0, 1),
        });
        await test.RunAsync();
    }

    /// <summary>A number an existing constant holds is replaced with that constant, qualified where it is used; nothing is added.</summary>
    [Fact]
    public async Task Fix_reuses_the_existing_constant_that_holds_the_value()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            public static class Constants
            {
                public const int FailedSecretVerificationDelay = 2000;
            }

            static class CacheSettings
            {
                public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(6);
            }

            class WebAuthnController
            {
                TimeSpan Keep(TimeSpan lifetime) => lifetime;

                async Task Verify(bool valid)
                {
                    if (!valid)
                    {
                        await Task.Delay(Constants.FailedSecretVerificationDelay);
                    }

                    var session = Keep(CacheSettings.SessionLifetime);
                }
            }

            class DevicesController
            {
                TimeSpan Keep(TimeSpan lifetime) => lifetime;

                async Task Verify(bool valid)
                {
                    if (!valid)
                    {
                        await Task.Delay({|#0:2000|});
                    }

                    var session = Keep(TimeSpan.FromHours({|#1:6|}));
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Threading.Tasks;

            public static class Constants
            {
                public const int FailedSecretVerificationDelay = 2000;
            }

            static class CacheSettings
            {
                public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(6);
            }

            class WebAuthnController
            {
                TimeSpan Keep(TimeSpan lifetime) => lifetime;

                async Task Verify(bool valid)
                {
                    if (!valid)
                    {
                        await Task.Delay(Constants.FailedSecretVerificationDelay);
                    }

                    var session = Keep(CacheSettings.SessionLifetime);
                }
            }

            class DevicesController
            {
                TimeSpan Keep(TimeSpan lifetime) => lifetime;

                async Task Verify(bool valid)
                {
                    if (!valid)
                    {
                        await Task.Delay(Constants.FailedSecretVerificationDelay);
                    }

                    var session = Keep(CacheSettings.SessionLifetime);
                }
            }
            """;

        await VerifyMagic.VerifyCodeFixAsync(
            source,
            new[] { ExistingNumber(0, "2000", "Constants.FailedSecretVerificationDelay"), ExistingNumber(1, "6", "CacheSettings.SessionLifetime") },
            fixedSource);
    }

    /// <summary>
    /// A constant that only shares the value (a bound of a teleport setting, used in <c>Math.Clamp</c>) is not offered
    /// for unrelated waits: the fix and fix-all introduce a constant of their own and leave the unrelated one alone.
    /// </summary>
    [Fact]
    public async Task Fix_introduces_its_own_constant_beside_an_unrelated_one_of_the_same_value()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            namespace Game.AutoTrackPath
            {
                public class TpConfig
                {
                    public const int MaxTeleportOperationDelayMilliseconds = 100;

                    public int Configured(int value) => Math.Clamp(value, 2, MaxTeleportOperationDelayMilliseconds);
                }
            }

            namespace Game.Common.Job
            {
                class ScanPickTask
                {
                    async Task Scan(int turns)
                    {
                        for (var turn = 0; turn < turns; turn++)
                        {
                            await Task.Delay({|#0:100|});
                        }
                    }

                    async Task Pick(int presses)
                    {
                        for (var press = 0; press < presses; press++)
                        {
                            await Task.Delay({|#1:100|});
                        }
                    }
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Threading.Tasks;

            namespace Game.AutoTrackPath
            {
                public class TpConfig
                {
                    public const int MaxTeleportOperationDelayMilliseconds = 100;

                    public int Configured(int value) => Math.Clamp(value, 2, MaxTeleportOperationDelayMilliseconds);
                }
            }

            namespace Game.Common.Job
            {
                class ScanPickTask
                {
                    private const int MillisecondsDelay = 100;

                    async Task Scan(int turns)
                    {
                        for (var turn = 0; turn < turns; turn++)
                        {
                            await Task.Delay(MillisecondsDelay);
                        }
                    }

                    async Task Pick(int presses)
                    {
                        for (var press = 0; press < presses; press++)
                        {
                            await Task.Delay(MillisecondsDelay);
                        }
                    }
                }
            }
            """;

        var test = new VerifyMagic.Test { TestCode = source, FixedCode = fixedSource, BatchFixedCode = fixedSource, CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne, NumberOfIncrementalIterations = 1 };
        test.ExpectedDiagnostics.AddRange(new[] { RepeatedNumber(0, "100", 2, "delay", 1), RepeatedNumber(1, "100", 2, "delay", 0) });
        await test.RunAsync();
    }

    /// <summary>
    /// EventStore: a progress report scheduled twice with 500 ms, beside an unrelated leader reconnection delay of 500 ms
    /// scheduled through the same parameter with another message. The fix, and fix-all, never put the reconnection
    /// delay in; they introduce the report's own constant.
    /// </summary>
    [Fact]
    public async Task Fix_and_fix_all_never_use_a_constant_that_schedules_another_message()
    {
        const string source = """
            using System;

            namespace Store.Messaging
            {
                public sealed class ReportProgress { }

                public static class TimerMessage
                {
                    public static object Schedule(TimeSpan triggerAfter, object envelope, object message) => message;
                }
            }

            namespace Store.Core.VNode
            {
                using Store.Messaging;

                class NodeController
                {
                    public static readonly TimeSpan LeaderReconnectionDelay = TimeSpan.FromMilliseconds(500);

                    object Reconnect(object envelope, object msg) => TimerMessage.Schedule(LeaderReconnectionDelay, envelope, msg);
                }
            }

            namespace Store.Projections
            {
                using Store.Messaging;

                class ReaderService
                {
                    private readonly object _envelope = new object();

                    object Started() => TimerMessage.Schedule(TimeSpan.FromMilliseconds({|#0:500|}), _envelope, new ReportProgress());

                    object Handled() => TimerMessage.Schedule(TimeSpan.FromMilliseconds({|#1:500|}), _envelope, new ReportProgress());
                }
            }
            """;
        const string fixedSource = """
            using System;

            namespace Store.Messaging
            {
                public sealed class ReportProgress { }

                public static class TimerMessage
                {
                    public static object Schedule(TimeSpan triggerAfter, object envelope, object message) => message;
                }
            }

            namespace Store.Core.VNode
            {
                using Store.Messaging;

                class NodeController
                {
                    public static readonly TimeSpan LeaderReconnectionDelay = TimeSpan.FromMilliseconds(500);

                    object Reconnect(object envelope, object msg) => TimerMessage.Schedule(LeaderReconnectionDelay, envelope, msg);
                }
            }

            namespace Store.Projections
            {
                using Store.Messaging;

                class ReaderService
                {
                    private const int TriggerAfterMilliseconds = 500;

                    private readonly object _envelope = new object();

                    object Started() => TimerMessage.Schedule(TimeSpan.FromMilliseconds(TriggerAfterMilliseconds), _envelope, new ReportProgress());

                    object Handled() => TimerMessage.Schedule(TimeSpan.FromMilliseconds(TriggerAfterMilliseconds), _envelope, new ReportProgress());
                }
            }
            """;

        await VerifyMagic.VerifyCodeFixAsync(source, new[] { RepeatedNumber(0, "500", 2, "duration", 1), RepeatedNumber(1, "500", 2, "duration", 0) }, fixedSource);
    }

    /// <summary>Copies in two types (and files) become one constant, internal in the type of the first copy, not one per type.</summary>
    [Fact]
    public async Task Fix_all_writes_one_constant_for_copies_in_several_types()
    {
        var test = new VerifyMagic.Test { CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne, NumberOfIncrementalIterations = 1 };
        test.TestState.Sources.Add(("/0/OffscreenWebView.cs", """
            using System.Threading.Tasks;

            class OffscreenWebView
            {
                Task Load(Task page) => Task.WhenAny(page, Task.Delay({|#0:20000|}));
            }
            """));
        test.TestState.Sources.Add(("/0/WebView.cs", """
            using System.Threading.Tasks;

            class WebView
            {
                Task Load(Task page) => Task.WhenAny(page, Task.Delay({|#1:20000|}));
            }
            """));
        const string fixedOffscreen = """
            using System.Threading.Tasks;

            class OffscreenWebView
            {
                internal const int MillisecondsDelay = 20000;

                Task Load(Task page) => Task.WhenAny(page, Task.Delay(MillisecondsDelay));
            }
            """;
        const string fixedWebView = """
            using System.Threading.Tasks;

            class WebView
            {
                Task Load(Task page) => Task.WhenAny(page, Task.Delay(OffscreenWebView.MillisecondsDelay));
            }
            """;
        test.FixedState.Sources.Add(("/0/OffscreenWebView.cs", fixedOffscreen));
        test.FixedState.Sources.Add(("/0/WebView.cs", fixedWebView));
        test.BatchFixedState.Sources.Add(("/0/OffscreenWebView.cs", fixedOffscreen));
        test.BatchFixedState.Sources.Add(("/0/WebView.cs", fixedWebView));
        test.ExpectedDiagnostics.Add(RepeatedNumber(0, "20000", 2, "delay", 1));
        test.ExpectedDiagnostics.Add(RepeatedNumber(1, "20000", 2, "delay", 0));
        await test.RunAsync();
    }
}
