using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

public class ExtractDuplicateCodeFixTests
{
    private static VerifyCS.Test Test(string source, string fixedSource, string? editorConfig = null)
    {
        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.Sources.Add(("/0/Order.cs", Order));
        test.FixedState.Sources.Add(("/0/Order.cs", Order));
        test.WithEditorConfig(editorConfig);
        return test;
    }

    [Fact]
    public async Task Extracts_an_identical_block_within_one_class()
    {
        var source = $$"""
            namespace Shop;

            public sealed class OrderService
            {
                public void Place(Order order)
                {
                    [|{{Validation}}|]
                }

                public void Update(Order order)
                {
                    System.Console.WriteLine("update");
                    [|{{Validation}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class OrderService
            {
                public void Place(Order order)
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

                public void Update(Order order)
                {
                    System.Console.WriteLine("update");
                    ValidateOrder(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }
}
