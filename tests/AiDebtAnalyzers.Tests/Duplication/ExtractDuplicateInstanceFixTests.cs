using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// Copies in classes that share a base class the project cannot add a method to (a library's): the helper method takes
/// the instance, typed as that class, and reads its members through it.
/// </summary>
public class ExtractDuplicateInstanceFixTests
{
    private const string Options = "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 25";

    [Fact]
    public async Task Passes_the_instance_to_a_helper_when_the_block_uses_public_members_of_a_library_base_class()
    {
        var source = """
            using System.Collections.ObjectModel;

            namespace Shop;

            public sealed class AuditLog : Collection<string>
            {
                public void Append(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Add(order.Customer + ": " + total);
                    if (this.Count > 10)
                    {
                        RemoveAt(0);
                    }|]
                }
            }

            public sealed class ShippingLog : Collection<string>
            {
                public void Record(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Add(order.Customer + ": " + total);
                    if (this.Count > 10)
                    {
                        RemoveAt(0);
                    }|]
                }
            }
            """;
        var fixedSource = """
            using System.Collections.ObjectModel;

            namespace Shop;

            public sealed class AuditLog : Collection<string>
            {
                public void Append(Order order)
                {
                    LogHelpers.Append(this, order);
                }
            }

            internal static class LogHelpers
            {
                internal static void Append(Collection<string> collection, Order order)
                {
                    var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    collection.Add(order.Customer + ": " + total);
                    if (collection.Count > 10)
                    {
                        collection.RemoveAt(0);
                    }
                }
            }

            public sealed class ShippingLog : Collection<string>
            {
                public void Record(Order order)
                {
                    LogHelpers.Append(this, order);
                }
            }
            """;
        await FixTestWithOrder(source, fixedSource, Options).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_block_uses_a_protected_member_of_a_library_base_class()
    {
        var source = """
            using System.Collections.ObjectModel;

            namespace Shop;

            public sealed class AuditLog : Collection<string>
            {
                public void Append(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Add(order.Customer + ": " + total);
                    if (Items.Count > 10)
                    {
                        RemoveAt(0);
                    }|]
                }
            }

            public sealed class ShippingLog : Collection<string>
            {
                public void Record(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Add(order.Customer + ": " + total);
                    if (Items.Count > 10)
                    {
                        RemoveAt(0);
                    }|]
                }
            }
            """;
        await FixTestWithOrder(source, source, Options).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_block_passes_this_on_as_a_value()
    {
        var source = """
            using System.Collections.Generic;
            using System.Collections.ObjectModel;

            namespace Shop;

            public static class Registry
            {
                public static readonly List<object> Logs = new();

                public static void Register(object log) => Logs.Add(log);
            }

            public sealed class AuditLog : Collection<string>
            {
                public void Append(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Add(order.Customer + ": " + total);
                    Registry.Register(this);|]
                }
            }

            public sealed class ShippingLog : Collection<string>
            {
                public void Record(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Add(order.Customer + ": " + total);
                    Registry.Register(this);|]
                }
            }
            """;
        await FixTestWithOrder(source, source, Options).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_block_writes_a_property_whose_setter_is_protected()
    {
        // A generic base class is not one the method can join (each copy sees its own type argument), so the instance
        // is the way in; its protected setter is not reachable from a helper class.
        var source = """
            namespace Shop;

            public abstract class Ledger<T>
            {
                public decimal Balance { get; protected set; }

                public void Note(string line) => System.Console.WriteLine(line);
            }

            public sealed class AuditLedger : Ledger<string>
            {
                public void Append(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Note(order.Customer + ": " + total);
                    Balance = Balance + total;|]
                }
            }

            public sealed class ShippingLedger : Ledger<string>
            {
                public void Record(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Note(order.Customer + ": " + total);
                    Balance = Balance + total;|]
                }
            }
            """;
        await FixTestWithOrder(source, source, Options).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_block_sets_an_init_only_property_in_constructors()
    {
        // A constructor may set its instance's init-only property; a helper setting it through the instance parameter
        // may not (CS8852).
        var source = """
            namespace Shop;

            public abstract class Ledger<T>
            {
                public decimal Balance { get; init; }

                public void Note(string line) => System.Console.WriteLine(line);
            }

            public sealed class AuditLedger : Ledger<string>
            {
                public AuditLedger(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Note(order.Customer + ": " + total);
                    Balance = total;|]
                }
            }

            public sealed class ShippingLedger : Ledger<string>
            {
                public ShippingLedger(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Note(order.Customer + ": " + total);
                    Balance = total;|]
                }
            }
            """;
        await FixTestWithOrder(source, source, Options).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_block_deconstructs_into_a_property_whose_setter_is_protected()
    {
        // A deconstruction writes its targets: the protected setter is as unreachable from the helper as in `Balance = x`.
        var source = """
            namespace Shop;

            public abstract class Ledger<T>
            {
                public decimal Balance { get; protected set; }

                public void Note(string line) => System.Console.WriteLine(line);
            }

            public sealed class AuditLedger : Ledger<string>
            {
                public void Append(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Note(order.Customer + ": " + total);
                    (Balance, total) = (total, 0m);|]
                }
            }

            public sealed class ShippingLedger : Ledger<string>
            {
                public void Record(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Note(order.Customer + ": " + total);
                    (Balance, total) = (total, 0m);|]
                }
            }
            """;
        await FixTestWithOrder(source, source, Options).RunAsync();
    }

    [Fact]
    public async Task Passes_the_instance_of_a_generic_base_class_the_method_cannot_join_when_its_members_are_public()
    {
        var source = """
            namespace Shop;

            public abstract class Ledger<T>
            {
                public decimal Balance { get; set; }

                public void Note(string line) => System.Console.WriteLine(line);
            }

            public sealed class AuditLedger : Ledger<string>
            {
                public void Append(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Note(order.Customer + ": " + total);
                    Balance += total;|]
                }
            }

            public sealed class ShippingLedger : Ledger<string>
            {
                public void Record(Order order)
                {
                    [|var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    Note(order.Customer + ": " + total);
                    Balance += total;|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public abstract class Ledger<T>
            {
                public decimal Balance { get; set; }

                public void Note(string line) => System.Console.WriteLine(line);
            }

            public sealed class AuditLedger : Ledger<string>
            {
                public void Append(Order order)
                {
                    LedgerHelpers.Append(this, order);
                }
            }

            internal static class LedgerHelpers
            {
                internal static void Append(Ledger<string> ledger, Order order)
                {
                    var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    ledger.Note(order.Customer + ": " + total);
                    ledger.Balance += total;
                }
            }

            public sealed class ShippingLedger : Ledger<string>
            {
                public void Record(Order order)
                {
                    LedgerHelpers.Append(this, order);
                }
            }
            """;
        await FixTestWithOrder(source, fixedSource, Options).RunAsync();
    }
}
