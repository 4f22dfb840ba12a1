using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>Copies in sibling classes whose block needs their instance: the method goes into their nearest shared base class.</summary>
public class ExtractDuplicateBaseClassFixTests
{
    private const string Options = "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 25";

    private const string Shipment = """
        using System.Collections.Generic;

        namespace Shop;

        public abstract class Shipment
        {
            public int Shipped { get; protected set; }

            protected virtual string Label => "shipment";

            protected void Record(string customer, decimal total, string label) => System.Console.WriteLine(label + ": " + customer + " pays " + total);
        }
        """;

    private static VerifyCS.Test Test(string source, string fixedSource, string baseSource, string fixedBaseSource)
    {
        var test = FixTestWithOrder(source, fixedSource, Options);
        test.TestState.Sources.Add(("/0/Shipment.cs", baseSource));
        test.FixedState.Sources.Add(("/0/Shipment.cs", fixedBaseSource));
        return test;
    }

    [Fact]
    public async Task Extracts_copies_that_call_and_write_members_of_their_shared_base_class_into_that_class()
    {
        var source = """
            using System.Collections.Generic;

            namespace Shop;

            public sealed class Parcel : Shipment
            {
                protected override string Label => "parcel";

                public void Send(Order order)
                {
                    System.Console.WriteLine("parcel");
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    var entry = new KeyValuePair<string, decimal>(order.Customer, total);
                    Record(entry.Key, entry.Value, Label);
                    Shipped = Shipped + order.Quantity;|]
                }
            }

            public sealed class Letter : Shipment
            {
                public void Post(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    var entry = new KeyValuePair<string, decimal>(order.Customer, total);
                    Record(entry.Key, entry.Value, Label);
                    Shipped = Shipped + order.Quantity;|]
                }
            }
            """;
        var fixedSource = """
            using System.Collections.Generic;

            namespace Shop;

            public sealed class Parcel : Shipment
            {
                protected override string Label => "parcel";

                public void Send(Order order)
                {
                    System.Console.WriteLine("parcel");
                    SetShipped(order);
                }
            }

            public sealed class Letter : Shipment
            {
                public void Post(Order order)
                {
                    SetShipped(order);
                }
            }
            """;
        var fixedBase = """
            using System.Collections.Generic;

            namespace Shop;

            public abstract class Shipment
            {
                public int Shipped { get; protected set; }

                protected virtual string Label => "shipment";

                protected void Record(string customer, decimal total, string label) => System.Console.WriteLine(label + ": " + customer + " pays " + total);

                private protected void SetShipped(Order order)
                {
                    var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    var entry = new KeyValuePair<string, decimal>(order.Customer, total);
                    Record(entry.Key, entry.Value, Label);
                    Shipped = Shipped + order.Quantity;
                }
            }
            """;
        await Test(source, fixedSource, Shipment, fixedBase).RunAsync();
    }

    [Fact]
    public async Task Names_the_base_class_method_apart_from_a_local_function_at_a_copy()
    {
        var source = """
            using System.Collections.Generic;

            namespace Shop;

            public sealed class Parcel : Shipment
            {
                protected override string Label => "parcel";

                public void Send(Order order)
                {
                    System.Console.WriteLine("parcel");
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    var entry = new KeyValuePair<string, decimal>(order.Customer, total);
                    Record(entry.Key, entry.Value, Label);
                    Shipped = Shipped + order.Quantity;|]
                }
            }

            public sealed class Letter : Shipment
            {
                public void Post(Order order)
                {
                    // `SetShipped`, the block's name, is this method's own local function: a call by that name would reach it.
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    var entry = new KeyValuePair<string, decimal>(order.Customer, total);
                    Record(entry.Key, entry.Value, Label);
                    Shipped = Shipped + order.Quantity;|]

                    void SetShipped(int count) => System.Console.WriteLine(count);
                }
            }
            """;
        var fixedSource = """
            using System.Collections.Generic;

            namespace Shop;

            public sealed class Parcel : Shipment
            {
                protected override string Label => "parcel";

                public void Send(Order order)
                {
                    System.Console.WriteLine("parcel");
                    NewMethod(order);
                }
            }

            public sealed class Letter : Shipment
            {
                public void Post(Order order)
                {
                    // `SetShipped`, the block's name, is this method's own local function: a call by that name would reach it.
                    NewMethod(order);

                    void SetShipped(int count) => System.Console.WriteLine(count);
                }
            }
            """;
        var fixedBase = """
            using System.Collections.Generic;

            namespace Shop;

            public abstract class Shipment
            {
                public int Shipped { get; protected set; }

                protected virtual string Label => "shipment";

                protected void Record(string customer, decimal total, string label) => System.Console.WriteLine(label + ": " + customer + " pays " + total);

                private protected void NewMethod(Order order)
                {
                    var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    var entry = new KeyValuePair<string, decimal>(order.Customer, total);
                    Record(entry.Key, entry.Value, Label);
                    Shipped = Shipped + order.Quantity;
                }
            }
            """;
        // Nothing else names the block: the single fix writes the placeholder, fix-all skips the group.
        var test = Test(source, fixedSource, Shipment, fixedBase);
        test.BatchFixedState.Sources.Add(("/0/Test0.cs", source));
        test.BatchFixedState.Sources.Add(("/0/Order.cs", Order));
        test.BatchFixedState.Sources.Add(("/0/Shipment.cs", Shipment));
        test.BatchFixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(12, 9, 20, 44).WithSpan(29, 9, 37, 44).WithArguments("9", "64", "2", "Test0.cs:29").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        test.BatchFixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(29, 9, 37, 44).WithSpan(12, 9, 20, 44).WithArguments("9", "64", "2", "Test0.cs:12").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        await test.RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_block_writes_a_field_of_each_copys_own_class()
    {
        var source = """
            namespace Shop;

            public sealed class Parcel : Shipment
            {
                private int count;

                public void Send(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Record(order.Customer, total, Label);
                    count = count + order.Quantity;|]
                }
            }

            public sealed class Letter : Shipment
            {
                private int count;

                public void Post(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Record(order.Customer, total, Label);
                    count = count + order.Quantity;|]
                }
            }
            """;
        await Test(source, source, Shipment, Shipment).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_block_passes_this_whose_type_would_change_in_the_base_class()
    {
        var source = """
            namespace Shop;

            public static class Registry
            {
                public static void Add(Shipment shipment) => System.Console.WriteLine("any shipment");

                public static void Add(Parcel parcel) => System.Console.WriteLine("a parcel");
            }

            public sealed class Parcel : Shipment
            {
                public void Send(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Record(order.Customer, total, Label);
                    Registry.Add(this);|]
                }
            }

            public sealed class Letter : Shipment
            {
                public void Post(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Record(order.Customer, total, Label);
                    Registry.Add(this);|]
                }
            }
            """;
        await Test(source, source, Shipment, Shipment).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_copys_class_hides_a_member_of_the_base_class_the_block_uses()
    {
        var source = """
            namespace Shop;

            public sealed class Parcel : Shipment
            {
                private new string Label => "parcel";

                public void Send(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Record(order.Customer, total, Label);
                    Shipped = Shipped + order.Quantity;|]
                }
            }

            public sealed class Letter : Shipment
            {
                public void Post(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Record(order.Customer, total, Label);
                    Shipped = Shipped + order.Quantity;|]
                }
            }
            """;
        await Test(source, source, Shipment, Shipment).RunAsync();
    }
    [Fact]
    public async Task Offers_no_fix_when_a_name_of_the_block_binds_through_a_using_the_base_class_file_lacks()
    {
        var source = """
            using System.Text;

            namespace Shop;

            public sealed class Parcel : Shipment
            {
                public void Send(Order order)
                {
                    [|var text = new StringBuilder(order.Customer);
                    if (order.Quantity > 10)
                    {
                        text.Append(" in bulk");
                    }

                    Record(text.ToString(), order.UnitPrice, Label);
                    Shipped = Shipped + order.Quantity;|]
                }
            }

            public sealed class Letter : Shipment
            {
                public void Post(Order order)
                {
                    [|var text = new StringBuilder(order.Customer);
                    if (order.Quantity > 10)
                    {
                        text.Append(" in bulk");
                    }

                    Record(text.ToString(), order.UnitPrice, Label);
                    Shipped = Shipped + order.Quantity;|]
                }
            }
            """;
        await Test(source, source, Shipment, Shipment).RunAsync();
    }
    [Fact]
    public async Task Keeps_a_call_through_base_of_a_member_declared_above_the_shared_base_class()
    {
        const string Hierarchy = """
            namespace Shop;

            public abstract class Item
            {
                public virtual int Refresh(Order order) => order.Quantity;
            }

            public abstract class Shipment : Item
            {
                public int Shipped { get; protected set; }
            }
            """;
        var source = """
            namespace Shop;

            public sealed class Parcel : Shipment
            {
                public override int Refresh(Order order)
                {
                    [|var changes = base.Refresh(order);
                    if (order.UnitPrice > 1000m)
                    {
                        changes = changes + order.Quantity * 2;
                    }

                    Shipped = Shipped + changes;
                    return changes;|]
                }
            }

            public sealed class Letter : Shipment
            {
                public override int Refresh(Order order)
                {
                    [|var changes = base.Refresh(order);
                    if (order.UnitPrice > 1000m)
                    {
                        changes = changes + order.Quantity * 2;
                    }

                    Shipped = Shipped + changes;
                    return changes;|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Parcel : Shipment
            {
                public override int Refresh(Order order)
                {
                    return ComputeChanges(order);
                }
            }

            public sealed class Letter : Shipment
            {
                public override int Refresh(Order order)
                {
                    return ComputeChanges(order);
                }
            }
            """;
        var fixedHierarchy = """
            namespace Shop;

            public abstract class Item
            {
                public virtual int Refresh(Order order) => order.Quantity;
            }

            public abstract class Shipment : Item
            {
                public int Shipped { get; protected set; }

                private protected int ComputeChanges(Order order)
                {
                    var changes = base.Refresh(order);
                    if (order.UnitPrice > 1000m)
                    {
                        changes = changes + order.Quantity * 2;
                    }

                    Shipped = Shipped + changes;
                    return changes;
                }
            }
            """;
        await Test(source, fixedSource, Hierarchy, fixedHierarchy).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_base_in_the_copies_calls_what_the_shared_base_class_overrides()
    {
        const string Hierarchy = """
            namespace Shop;

            public abstract class Item
            {
                public virtual int Refresh(Order order) => order.Quantity;
            }

            public abstract class Shipment : Item
            {
                public int Shipped { get; protected set; }

                public override int Refresh(Order order) => 0;
            }
            """;
        var source = """
            namespace Shop;

            public sealed class Parcel : Shipment
            {
                public override int Refresh(Order order)
                {
                    [|var changes = base.Refresh(order);
                    if (order.UnitPrice > 1000m)
                    {
                        changes = changes + order.Quantity * 2;
                    }

                    Shipped = Shipped + changes;
                    return changes;|]
                }
            }

            public sealed class Letter : Shipment
            {
                public override int Refresh(Order order)
                {
                    [|var changes = base.Refresh(order);
                    if (order.UnitPrice > 1000m)
                    {
                        changes = changes + order.Quantity * 2;
                    }

                    Shipped = Shipped + changes;
                    return changes;|]
                }
            }
            """;
        await Test(source, source, Hierarchy, Hierarchy).RunAsync();
    }
}
