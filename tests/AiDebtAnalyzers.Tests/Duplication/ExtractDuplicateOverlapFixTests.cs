using Microsoft.CodeAnalysis;
using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>Fix-all over clone groups whose copies overlap in one method.</summary>
public class ExtractDuplicateOverlapFixTests
{
    [Fact]
    public async Task Fix_all_extracts_the_larger_of_two_overlapping_groups_and_leaves_the_other_code_intact()
    {
        var source = """
            namespace Shop;

            public sealed class Orders
            {
                public void Place(Order order)
                {
                    System.Console.WriteLine("placing " + order.Customer);
                    System.Console.WriteLine("customer " + order.Customer.Trim() + " orders " + order.Quantity);
                    System.Console.WriteLine("unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("total " + order.UnitPrice * order.Quantity + " for " + order.Customer);
                    System.Console.WriteLine("placed");
                }

                public void PlaceAndShip(Order order)
                {
                    System.Console.WriteLine("placing " + order.Customer);
                    System.Console.WriteLine("customer " + order.Customer.Trim() + " orders " + order.Quantity);
                    System.Console.WriteLine("unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("total " + order.UnitPrice * order.Quantity + " for " + order.Customer);
                    System.Console.WriteLine("shipping " + order.Quantity + " items to " + order.Customer);
                    System.Console.WriteLine("carrier booked for " + order.Customer.Trim() + " on " + order.Quantity);
                }

                public void Ship(Order order)
                {
                    System.Console.WriteLine("shipping only");
                    System.Console.WriteLine("unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("total " + order.UnitPrice * order.Quantity + " for " + order.Customer);
                    System.Console.WriteLine("shipping " + order.Quantity + " items to " + order.Customer);
                    System.Console.WriteLine("carrier booked for " + order.Customer.Trim() + " on " + order.Quantity);
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Orders
            {
                public void Place(Order order)
                {
                    WriteLineOrder(order);
                    System.Console.WriteLine("placed");
                }

                private static void WriteLineOrder(Order order)
                {
                    System.Console.WriteLine("placing " + order.Customer);
                    System.Console.WriteLine("customer " + order.Customer.Trim() + " orders " + order.Quantity);
                    System.Console.WriteLine("unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("total " + order.UnitPrice * order.Quantity + " for " + order.Customer);
                }

                public void PlaceAndShip(Order order)
                {
                    WriteLineOrder(order);
                    System.Console.WriteLine("shipping " + order.Quantity + " items to " + order.Customer);
                    System.Console.WriteLine("carrier booked for " + order.Customer.Trim() + " on " + order.Quantity);
                }

                public void Ship(Order order)
                {
                    System.Console.WriteLine("shipping only");
                    System.Console.WriteLine("unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("total " + order.UnitPrice * order.Quantity + " for " + order.Customer);
                    System.Console.WriteLine("shipping " + order.Quantity + " items to " + order.Customer);
                    System.Console.WriteLine("carrier booked for " + order.Customer.Trim() + " on " + order.Quantity);
                }
            }
            """;
        // Fix-all extracts the larger group first and skips the one that overlaps it; fixing the first diagnostic alone
        // extracts the group it belongs to. Either way every statement is kept once, in its order.
        var batchFixedSource = """
            namespace Shop;

            public sealed class Orders
            {
                public void Place(Order order)
                {
                    System.Console.WriteLine("placing " + order.Customer);
                    System.Console.WriteLine("customer " + order.Customer.Trim() + " orders " + order.Quantity);
                    System.Console.WriteLine("unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("total " + order.UnitPrice * order.Quantity + " for " + order.Customer);
                    System.Console.WriteLine("placed");
                }

                public void PlaceAndShip(Order order)
                {
                    System.Console.WriteLine("placing " + order.Customer);
                    System.Console.WriteLine("customer " + order.Customer.Trim() + " orders " + order.Quantity);
                    WriteLineOrder(order);
                }

                private static void WriteLineOrder(Order order)
                {
                    System.Console.WriteLine("unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("total " + order.UnitPrice * order.Quantity + " for " + order.Customer);
                    System.Console.WriteLine("shipping " + order.Quantity + " items to " + order.Customer);
                    System.Console.WriteLine("carrier booked for " + order.Customer.Trim() + " on " + order.Quantity);
                }

                public void Ship(Order order)
                {
                    System.Console.WriteLine("shipping only");
                    WriteLineOrder(order);
                }
            }
            """;
        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource, BatchFixedCode = batchFixedSource };
        test.BatchFixedState.Sources.Add(("/0/Order.cs", Order));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(7, 9, 10, 106).WithSpan(16, 9, 19, 106).WithArguments("4", "78", "2", "Test0.cs:16").WithSeverity(DiagnosticSeverity.Info));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(18, 9, 21, 107).WithSpan(27, 9, 30, 107).WithArguments("4", "84", "2", "Test0.cs:27"));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(27, 9, 30, 107).WithSpan(18, 9, 21, 107).WithArguments("4", "84", "2", "Test0.cs:18"));
        test.TestState.Sources.Add(("/0/Order.cs", Order));
        test.FixedState.Sources.Add(("/0/Order.cs", Order));
        test.WithEditorConfig("aidebt.duplication.min_lines = 4\naidebt.duplication.min_tokens = 40");
        await test.RunAsync();
    }
}
