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

    private static VerifyCS.Test Test(string source, string fixedSource)
    {
        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.Sources.Add(("/0/Order.cs", Order));
        test.FixedState.Sources.Add(("/0/Order.cs", Order));
        test.WithEditorConfig(Options);
        return test;
    }

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
}
