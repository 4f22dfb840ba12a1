using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// Copies that differ in a member whose getter computes (a virtual or calculated property), read once as the first thing
/// the block evaluates: read at the call, it is read at the same moment, so its value is passed in. Read later, or twice,
/// the block could see another value than the call did, and no fix is offered.
/// </summary>
public class ExtractDuplicateReadFirstFixTests
{
    private const string Options = "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20";

    private static VerifyCS.Test Test(string source, string fixedSource) => FixTestWithOrder(source, fixedSource, Options);

    private static string Packages(string mainBody, string preloadBody) => $$"""
        using System.Collections.Generic;

        namespace Shop;

        public class Catalog
        {
            protected virtual List<Order> MainOrders => new List<Order>();

            protected virtual List<Order> PreloadOrders => new List<Order>();

            public int CountMain()
            {
                {{mainBody}}
            }

            public int CountPreload()
            {
                {{preloadBody}}
            }
        }
        """;

    private static string Block(string member, string before = "", string after = "return 0;") => $$"""
        [|{{before}}if (this.{{member}} is { } orders && orders.Count > 0)
                {
                    System.Console.WriteLine("Counting " + orders.Count + " orders");
                    var total = 0;
                    foreach (var order in orders)
                    {
                        total += order.Quantity;
                    }

                    return total;
                }|]

                {{after}}
        """;

    // The copies' functions end apart, so the block is the `if` alone.
    private const string PreloadTail = "System.Console.WriteLine(\"nothing preloaded\");\n        return -1;";

    [Fact]
    public async Task Passes_a_virtual_property_read_first_and_once_as_an_argument()
    {
        var source = Packages(Block("MainOrders"), Block("PreloadOrders", after: PreloadTail));
        var fixedSource = """
            using System.Collections.Generic;

            namespace Shop;

            public class Catalog
            {
                protected virtual List<Order> MainOrders => new List<Order>();

                protected virtual List<Order> PreloadOrders => new List<Order>();

                public int CountMain()
                {
                    if (TryComputeTotal(this.MainOrders, out var result))
                    {
                        return result;
                    }

                    return 0;
                }

                private static bool TryComputeTotal(List<Order> mainOrders, out int result)
                {
                    if (mainOrders is { } orders && orders.Count > 0)
                    {
                        System.Console.WriteLine("Counting " + orders.Count + " orders");
                        var total = 0;
                        foreach (var order in orders)
                        {
                            total += order.Quantity;
                        }

                        result = total;
                        return true;
                    }

                    result = default;
                    return false;
                }

                public int CountPreload()
                {
                    if (TryComputeTotal(this.PreloadOrders, out var result))
                    {
                        return result;
                    }

                    System.Console.WriteLine("nothing preloaded");
                    return -1;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_computed_member_is_read_after_the_block_has_done_something()
    {
        // The log line runs first: a getter read at the call would run before it, and might see other state.
        var before = "System.Console.WriteLine(\"counting\");\n        ";
        var source = Packages(Block("MainOrders", before), Block("PreloadOrders", before, PreloadTail));
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_computed_member_is_read_twice()
    {
        var twice = """
            [|if (this.MainOrders is { } orders && orders.Count > 0)
                    {
                        System.Console.WriteLine("Counting " + orders.Count + " orders");
                        var total = 0;
                        foreach (var order in this.MainOrders)
                        {
                            total += order.Quantity;
                        }

                        return total;
                    }|]

                    return 0;
            """;
        var source = Packages(twice, twice.Replace("MainOrders", "PreloadOrders", System.StringComparison.Ordinal).Replace("return 0;", PreloadTail, System.StringComparison.Ordinal));
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Passes_a_nullable_member_a_check_before_the_block_showed_not_null_as_not_null()
    {
        // Each method returns early when its orders are null: where the block reads them they are known not null, so the
        // parameter is `List<Order>`, and the block's `orders.Count` stays free of CS8602 in the method.
        static string Method(string name, string member, string guard, string tail) => $$"""
                public int {{name}}()
                {
                    {{guard}}

                    [|var orders = {{member}};
                    System.Console.WriteLine("Counting " + orders.Count + " orders");
                    var total = 0;
                    foreach (var order in orders)
                    {
                        total += order.Quantity;
                    }|]

                    {{tail}}
                }
            """;
        var source = $$"""
            #nullable enable
            using System.Collections.Generic;

            namespace Shop;

            public class Catalog
            {
                protected virtual List<Order>? MainOrders => null;

                protected virtual List<Order>? PreloadOrders => null;

            {{Method("CountMain", "MainOrders", "if (MainOrders is null) throw new System.InvalidOperationException();", "return total;")}}

            {{Method("CountPreload", "PreloadOrders", "if (PreloadOrders == null || PreloadOrders.Count == 0) { return -2; }", "return total + 1;")}}
            }
            """;
        var fixedSource = """
            #nullable enable
            using System.Collections.Generic;

            namespace Shop;

            public class Catalog
            {
                protected virtual List<Order>? MainOrders => null;

                protected virtual List<Order>? PreloadOrders => null;

                public int CountMain()
                {
                    if (MainOrders is null) throw new System.InvalidOperationException();

                    var total = ComputeTotal(MainOrders);

                    return total;
                }

                private static int ComputeTotal(List<Order> mainOrders)
                {
                    var orders = mainOrders;
                    System.Console.WriteLine("Counting " + orders.Count + " orders");
                    var total = 0;
                    foreach (var order in orders)
                    {
                        total += order.Quantity;
                    }

                    return total;
                }

                public int CountPreload()
                {
                    if (PreloadOrders == null || PreloadOrders.Count == 0) { return -2; }

                    var total = ComputeTotal(PreloadOrders);

                    return total + 1;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    private static string Drainer(string main, string other) => $$"""
            namespace Shop;

            public class Drainer
            {
                private int pending = 3;
                private int failed = 2;
                private int drained;

                protected virtual int PendingCount => pending;

                protected virtual int FailedCount => failed;

                public void DrainPending()
                {
                    [|while ({{main}} > 0)
                    {
                        System.Console.WriteLine("draining one order");
                        var removed = Drain();
                        System.Console.WriteLine("drained " + removed + " orders");
                        drained += removed;
                    }|]
                }

                public int DrainFailed()
                {
                    [|while ({{other}} > 0)
                    {
                        System.Console.WriteLine("draining one order");
                        var removed = Drain();
                        System.Console.WriteLine("drained " + removed + " orders");
                        drained += removed;
                    }|]

                    return drained;
                }

                private int Drain()
                {
                    pending--;
                    failed--;
                    return 1;
                }
            }
            """;

    [Fact]
    public async Task Offers_no_fix_when_the_member_read_first_is_a_while_condition()
    {
        // The condition is evaluated again at each turn, and Drain() lowers what the getter returns: a value passed once
        // at the call would never reach 0, and the method would loop for ever (the earlier fix wrote
        // `SetDrained(PendingCount)`).
        var source = Drainer("PendingCount", "FailedCount");
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Passes_a_field_read_by_a_while_condition_by_reference()
    {
        // The same loop over the fields themselves: not a read once, so the method reads each copy's field through a
        // `ref` at each turn (the earlier fix passed its value, `SetDrained(pending)`, and looped for ever).
        var source = Drainer("pending", "failed");
        var fixedSource = """
            namespace Shop;

            public class Drainer
            {
                private int pending = 3;
                private int failed = 2;
                private int drained;

                protected virtual int PendingCount => pending;

                protected virtual int FailedCount => failed;

                public void DrainPending()
                {
                    SetDrained(ref pending);
                }

                private void SetDrained(ref int pendingField)
                {
                    while (pendingField > 0)
                    {
                        System.Console.WriteLine("draining one order");
                        var removed = Drain();
                        System.Console.WriteLine("drained " + removed + " orders");
                        drained += removed;
                    }
                }

                public int DrainFailed()
                {
                    SetDrained(ref failed);

                    return drained;
                }

                private int Drain()
                {
                    pending--;
                    failed--;
                    return 1;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }
    [Fact]
    public async Task Names_the_value_after_the_leading_words_the_members_share()
    {
        // `PendingOrdersMain` and `PendingOrdersBackup` are pending orders, and then which: the parameter is `pendingOrders`.
        var source = Packages(Block("PendingOrdersMain"), Block("PendingOrdersBackup", after: PreloadTail))
            .Replace("MainOrders =>", "PendingOrdersMain =>", System.StringComparison.Ordinal)
            .Replace("PreloadOrders =>", "PendingOrdersBackup =>", System.StringComparison.Ordinal);
        var fixedSource = """
            using System.Collections.Generic;

            namespace Shop;

            public class Catalog
            {
                protected virtual List<Order> PendingOrdersMain => new List<Order>();

                protected virtual List<Order> PendingOrdersBackup => new List<Order>();

                public int CountMain()
                {
                    if (TryComputeTotal(this.PendingOrdersMain, out var result))
                    {
                        return result;
                    }

                    return 0;
                }

                private static bool TryComputeTotal(List<Order> pendingOrders, out int result)
                {
                    if (pendingOrders is { } orders && orders.Count > 0)
                    {
                        System.Console.WriteLine("Counting " + orders.Count + " orders");
                        var total = 0;
                        foreach (var order in orders)
                        {
                            total += order.Quantity;
                        }

                        result = total;
                        return true;
                    }

                    result = default;
                    return false;
                }

                public int CountPreload()
                {
                    if (TryComputeTotal(this.PendingOrdersBackup, out var result))
                    {
                        return result;
                    }

                    System.Console.WriteLine("nothing preloaded");
                    return -1;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }
}
