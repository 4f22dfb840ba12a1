using System.Globalization;
using AiDebtAnalyzers.CodeFixes.Duplication;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>Source snippets shared by the AID101 tests.</summary>
internal static class CloneSources
{
    /// <summary>An extract-fix test with <see cref="Order"/> beside the code, before and after the fix.</summary>
    public static CSharpCodeFixVerifier<DuplicatedCodeAnalyzer, ExtractDuplicateCodeFixProvider>.Test FixTestWithOrder(string source, string fixedSource, string? editorConfig)
    {
        var test = new CSharpCodeFixVerifier<DuplicatedCodeAnalyzer, ExtractDuplicateCodeFixProvider>.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.Sources.Add(("/0/Order.cs", Order));
        test.FixedState.Sources.Add(("/0/Order.cs", Order));
        test.WithEditorConfig(editorConfig);
        return test;
    }

    /// <summary>An AID101 analyzer test of the given files with <see cref="Order"/> beside them.</summary>
    public static CSharpAnalyzerVerifier<DuplicatedCodeAnalyzer>.Test AnalyzerTestWithOrder(params (string Path, string Source)[] files)
    {
        var test = new CSharpAnalyzerVerifier<DuplicatedCodeAnalyzer>.Test();
        foreach (var file in files)
        {
            test.TestState.Sources.Add(file);
        }

        test.TestState.Sources.Add(("/0/Order.cs", Order));
        return test;
    }

    // The sizes the AID101 message states for the shared blocks below (lines, tokens of the block).
    public const int ValidationLines = 15;
    public const int ValidationTokens = 69;
    public const int PricingLines = 13;
    public const int PricingTokens = 68;
    public const int LabelingLines = 8;
    public const int LabelingTokens = 76;

    /// <summary>The AID101 finding at markup <paramref name="location"/> naming the copies at <paramref name="others"/>,
    /// with the default options: a block under <c>aidebt.duplication.warning_min_tokens</c> is a suggestion.</summary>
    public static DiagnosticResult Clone(int location, int[] others, string places, int lines, int tokens)
    {
        var result = CSharpAnalyzerVerifier<DuplicatedCodeAnalyzer>.Diagnostic(RuleIds.DuplicatedCode).WithLocation(location);
        if (tokens < AiDebtOptions.DuplicationWarningMinTokens.Default)
        {
            result = result.WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info);
        }

        foreach (var other in others)
        {
            result = result.WithLocation(other);
        }

        return result.WithArguments(
            lines.ToString(CultureInfo.InvariantCulture),
            tokens.ToString(CultureInfo.InvariantCulture),
            (others.Length + 1).ToString(CultureInfo.InvariantCulture),
            places);
    }

    /// <summary>The AID101 finding of a two-copy group at markup <paramref name="location"/> naming the copy at <paramref name="other"/>.</summary>
    public static DiagnosticResult Clone(int location, int other, string places, int lines = ValidationLines, int tokens = ValidationTokens) =>
        Clone(location, new[] { other }, places, lines, tokens);

    public const string Order = """
        namespace Shop;

        public sealed class Order
        {
            public int Quantity { get; set; }
            public decimal UnitPrice { get; set; }
            public string Customer { get; set; } = "";
        }
        """;

    /// <summary>A 15-line validation block; the first line carries no indentation so it can follow markup.</summary>
    public const string Validation = """
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
        """;

    /// <summary>A 13-line pricing block of 68 tokens (59 of its own logic); the first line carries no indentation so it can follow markup.</summary>
    public const string Pricing = """
        var discount = order.UnitPrice / 10m;
                if (discount > 5m)
                {
                    discount = 5m + ((discount - 5m) / 2m);
                }

                var net = order.Quantity * (order.UnitPrice - discount);
                if (net < 0m)
                {
                    net = 0m;
                }

                order.UnitPrice = net / order.Quantity;
        """;

    /// <summary>An 8-line labeling block of 76 tokens, larger than the validation and pricing blocks.</summary>
    public const string Labeling = """
        var label = order.Customer.Trim().ToUpperInvariant();
                if (label.Length > 20)
                {
                    label = label.Substring(0, 20) + "...";
                }

                var line = label + ": " + order.Quantity + " x " + order.UnitPrice;
                System.Console.WriteLine(line + " = " + (order.Quantity * order.UnitPrice));
        """;

    /// <summary>The same block with every name consistently renamed and other literals (Type-2).</summary>
    public const string RenamedValidation = """
        if (invoice is null)
                {
                    throw new System.ArgumentNullException(nameof(invoice));
                }

                if (invoice.Quantity <= 0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(invoice), "Invoice quantity must be positive.");
                }

                var sum = invoice.Quantity * invoice.UnitPrice;
                if (sum > 500m)
                {
                    sum = sum * 0.9m;
                }
        """;

    /// <summary>The same shape, but one name is used for two different names of the original.</summary>
    public const string InconsistentValidation = """
        if (order is null)
                {
                    throw new System.ArgumentNullException(nameof(order));
                }

                if (order.Quantity <= 0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity must be positive.");
                }

                var total = order.UnitPrice * order.UnitPrice;
                if (total > 1000m)
                {
                    total = total * 0.95m;
                }
        """;

    public static string Service(string className, string method, string parameter, string body) => $$"""
        namespace Shop;

        public sealed class {{className}}
        {
            public void {{method}}(Order {{parameter}})
            {
                {{body}}
            }
        }
        """;
}
