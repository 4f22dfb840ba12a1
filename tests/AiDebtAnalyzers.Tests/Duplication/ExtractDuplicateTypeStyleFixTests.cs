using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.Duplication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The locals the call site declares (<c>var result = X(...)</c>, <c>out var x</c>, <c>var (a, b) = X(...)</c>) follow
/// the document's <c>csharp_style_var_*</c> options: the type's name where they ask for explicit types, <c>var</c> where
/// they prefer it or say nothing. The verifier applies fix-all in document, project and solution scope too.
/// </summary>
public class ExtractDuplicateTypeStyleFixTests
{
    // The compiler's warnings are compared too (a nullable annotation the explicit type loses or gains shows as one),
    // all but the missing documentation of the test's public types.
    private const string Sizes = "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 40\ndotnet_diagnostic.CS1591.severity = none";

    private const string AllExplicit = """
        csharp_style_var_for_built_in_types = false:warning
        csharp_style_var_when_type_is_apparent = false:warning
        csharp_style_var_elsewhere = false:warning
        """;

    private const string AllVar = """
        csharp_style_var_for_built_in_types = true:warning
        csharp_style_var_when_type_is_apparent = true:warning
        csharp_style_var_elsewhere = true:warning
        """;

    private const string BuiltInExplicit = "csharp_style_var_for_built_in_types = false";

    private const string ElsewhereExplicit = "csharp_style_var_elsewhere = false:error";

    private const string ApparentExplicit = "csharp_style_var_when_type_is_apparent = false:warning";

    private static VerifyCS.Test Test(string source, string fixedSource, string? style)
    {
        var test = FixTestWithOrder(source, fixedSource, style is null ? Sizes : Sizes + "\n" + style);
        test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
        return test;
    }

    // A declaration and two out arguments, each of a built-in type.
    private const string OutBlock = """
        var quantity = order.Quantity;
                if (quantity <= 0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(order));
                }

                decimal discount;
                var unitPrice = order.UnitPrice * 2m;
                discount = unitPrice > 100m ? 0.1m : 0m;
                System.Console.WriteLine(order.Customer.Trim() + quantity);
        """;

    private static readonly string OutSource = $$"""
        namespace Shop;

        public sealed class Pricing
        {
            public decimal Price(Order order)
            {
                [|{{OutBlock}}|]
                return quantity * unitPrice - discount;
            }

            public decimal Quote(Order order)
            {
                [|{{OutBlock}}|]
                return unitPrice + quantity + discount;
            }
        }
        """;

    private static string OutFixed(string call) => $$"""
        namespace Shop;

        public sealed class Pricing
        {
            public decimal Price(Order order)
            {
                {{call}}
                return quantity * unitPrice - discount;
            }

            private static int ComputeQuantity(Order order, out decimal discount, out decimal unitPrice)
            {
                var quantity = order.Quantity;
                if (quantity <= 0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(order));
                }

                unitPrice = order.UnitPrice * 2m;
                discount = unitPrice > 100m ? 0.1m : 0m;
                System.Console.WriteLine(order.Customer.Trim() + quantity);
                return quantity;
            }

            public decimal Quote(Order order)
            {
                {{call}}
                return unitPrice + quantity + discount;
            }
        }
        """;

    [Theory]
    [InlineData(AllExplicit)]
    [InlineData(BuiltInExplicit)]
    public async Task Writes_built_in_types_of_a_declaration_and_out_arguments_where_the_options_ask_for_explicit_built_in_types(string style)
    {
        await Test(OutSource, OutFixed("int quantity = ComputeQuantity(order, out decimal discount, out decimal unitPrice);"), style).RunAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(AllVar)]
    [InlineData(ElsewhereExplicit)]
    [InlineData(ApparentExplicit)]
    public async Task Keeps_var_for_built_in_types_where_the_options_prefer_it_or_say_nothing(string? style)
    {
        await Test(OutSource, OutFixed("var quantity = ComputeQuantity(order, out var discount, out var unitPrice);"), style).RunAsync();
    }

    // Two values returned in a tuple (a lambda captures them), taken apart at the call.
    private const string TupleBlock = """
        var quantity = order.Quantity;
                if (quantity <= 0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(order));
                }

                var unitPrice = order.UnitPrice * 2m;
                System.Func<decimal> price = () => unitPrice * quantity;
                System.Console.WriteLine(order.Customer.Trim() + price());
        """;

    private static readonly string TupleSource = $$"""
        namespace Shop;

        public sealed class Pricing
        {
            public decimal Price(Order order)
            {
                [|{{TupleBlock}}|]
                return quantity * unitPrice;
            }

            public decimal Quote(Order order)
            {
                [|{{TupleBlock}}|]
                return unitPrice + quantity;
            }
        }
        """;

    private static string TupleFixed(string target) => $$"""
        namespace Shop;

        public sealed class Pricing
        {
            public decimal Price(Order order)
            {
                {{target}} = ComputeQuantityAndUnitPrice(order);
                return quantity * unitPrice;
            }

            private static (int Quantity, decimal UnitPrice) ComputeQuantityAndUnitPrice(Order order)
            {
                var quantity = order.Quantity;
                if (quantity <= 0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(order));
                }

                var unitPrice = order.UnitPrice * 2m;
                System.Func<decimal> price = () => unitPrice * quantity;
                System.Console.WriteLine(order.Customer.Trim() + price());
                return (quantity, unitPrice);
            }

            public decimal Quote(Order order)
            {
                {{target}} = ComputeQuantityAndUnitPrice(order);
                return unitPrice + quantity;
            }
        }
        """;

    [Theory]
    [InlineData(AllExplicit)]
    [InlineData(ElsewhereExplicit)]
    public async Task Writes_a_deconstruction_with_the_element_types_where_the_options_ask_for_explicit_types_elsewhere(string style)
    {
        // To the IDE a deconstruction is never the built-in case, whatever its elements' types: IDE0008 reports
        // `var (quantity, unitPrice)` under csharp_style_var_elsewhere.
        await Test(TupleSource, TupleFixed("(int quantity, decimal unitPrice)"), style).RunAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(AllVar)]
    [InlineData(BuiltInExplicit)]
    [InlineData(ApparentExplicit)]
    public async Task Keeps_var_for_a_deconstruction_where_the_options_prefer_it_elsewhere_or_say_nothing(string? style)
    {
        await Test(TupleSource, TupleFixed("var (quantity, unitPrice)"), style).RunAsync();
    }

    // An awaiting copy that leaves early: whether it left, with a string that flows out, in one tuple.
    private const string AsyncBlock = """
        var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                if (stock <= 0)
                {
                    return null;
                }

                var response = order.Customer + " ordered " + stock + " items today";
                System.Console.WriteLine(response);
                System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
        """;

    private static readonly string AsyncSource = $$"""
        #nullable enable
        namespace Shop;

        public sealed class Approval
        {
            public async System.Threading.Tasks.Task<string?> ShipAsync(Order order)
            {
                [|{{AsyncBlock}}|]
                return response;
            }

            public async System.Threading.Tasks.Task<int?> CountAsync(Order order)
            {
                [|{{AsyncBlock}}|]
                return response.Length;
            }
        }
        """;

    private static string AsyncFixed(string target) => $$"""
        #nullable enable
        namespace Shop;

        public sealed class Approval
        {
            public async System.Threading.Tasks.Task<string?> ShipAsync(Order order)
            {
                {{target}} = await TryComputeResponseAsync(order).ConfigureAwait(false);
                if (returned)
                {
                    return null;
                }

                return response;
            }

            private static async System.Threading.Tasks.Task<(bool Returned, string Response)> TryComputeResponseAsync(Order order)
            {
                var stock = await System.Threading.Tasks.Task.FromResult(order.Quantity * 2).ConfigureAwait(false);
                if (stock <= 0)
                {
                    return (true, default!);
                }

                var response = order.Customer + " ordered " + stock + " items today";
                System.Console.WriteLine(response);
                System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                return (false, response);
            }

            public async System.Threading.Tasks.Task<int?> CountAsync(Order order)
            {
                {{target}} = await TryComputeResponseAsync(order).ConfigureAwait(false);
                if (returned)
                {
                    return null;
                }

                return response.Length;
            }
        }
        """;

    [Fact]
    public async Task Writes_the_element_types_of_an_awaited_deconstruction_as_the_tuple_has_them()
    {
        // The response is read not null after every copy, so the tuple's element is `string`, and so is the local.
        await Test(AsyncSource, AsyncFixed("(bool returned, string response)"), AllExplicit).RunAsync();
    }

    [Fact]
    public async Task Keeps_var_for_an_awaited_deconstruction_where_the_options_say_nothing()
    {
        await Test(AsyncSource, AsyncFixed("var (returned, response)"), null).RunAsync();
    }

    // A copy that returns a value early: the value leaves through `out var result`.
    private const string EarlyBlock = """
        if (order.Quantity <= 0)
                {
                    return order.Customer + " has nothing";
                }

                System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
        """;

    private static readonly string EarlySource = $$"""
        namespace Shop;

        public sealed class Approval
        {
            public string Ship(Order order)
            {
                [|{{EarlyBlock}}|]
                return "shipped " + order.Quantity;
            }

            public string Reserve(Order order)
            {
                [|{{EarlyBlock}}|]
                return order.Customer;
            }
        }
        """;

    private static string EarlyFixed(string argument) => $$"""
        namespace Shop;

        public sealed class Approval
        {
            public string Ship(Order order)
            {
                if (TryWriteLineOrder(order, {{argument}}))
                {
                    return result;
                }

                return "shipped " + order.Quantity;
            }

            private static bool TryWriteLineOrder(Order order, out string result)
            {
                if (order.Quantity <= 0)
                {
                    result = order.Customer + " has nothing";
                    return true;
                }

                System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                result = default;
                return false;
            }

            public string Reserve(Order order)
            {
                if (TryWriteLineOrder(order, {{argument}}))
                {
                    return result;
                }

                return order.Customer;
            }
        }
        """;

    [Theory]
    [InlineData(BuiltInExplicit, "out string result")]
    [InlineData(ElsewhereExplicit, "out var result")]
    [InlineData(null, "out var result")]
    public async Task Writes_the_type_of_the_value_a_copy_returned_early_as_the_options_ask(string? style, string argument)
    {
        await Test(EarlySource, EarlyFixed(argument), style).RunAsync();
    }

    // A generic result, read after the block, named as the file's usings let it be named.
    private const string GenericBlock = """
        var names = new List<string>();
                if (order.Quantity <= 0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(order));
                }

                names.Add(order.Customer.Trim());
                names.Add(order.Customer.ToUpperInvariant() + order.Quantity);
                System.Console.WriteLine(order.Customer.Trim() + names.Count);
        """;

    private static readonly string GenericSource = $$"""
        using System.Collections.Generic;

        namespace Shop;

        public sealed class Labels
        {
            public int Print(Order order)
            {
                [|{{GenericBlock}}|]
                return names.Count;
            }

            public string First(Order order)
            {
                [|{{GenericBlock}}|]
                return names[0];
            }
        }
        """;

    private static string GenericFixed(string type) => $$"""
        using System.Collections.Generic;

        namespace Shop;

        public sealed class Labels
        {
            public int Print(Order order)
            {
                {{type}} names = ComputeNames(order);
                return names.Count;
            }

            private static List<string> ComputeNames(Order order)
            {
                var names = new List<string>();
                if (order.Quantity <= 0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(order));
                }

                names.Add(order.Customer.Trim());
                names.Add(order.Customer.ToUpperInvariant() + order.Quantity);
                System.Console.WriteLine(order.Customer.Trim() + names.Count);
                return names;
            }

            public string First(Order order)
            {
                {{type}} names = ComputeNames(order);
                return names[0];
            }
        }
        """;

    [Theory]
    [InlineData(AllExplicit, "List<string>")]
    [InlineData(ElsewhereExplicit, "List<string>")]
    [InlineData(BuiltInExplicit, "var")]
    [InlineData(ApparentExplicit, "var")]
    [InlineData(AllVar, "var")]
    [InlineData(null, "var")]
    public async Task Writes_a_generic_type_whose_type_is_not_apparent_from_the_call_where_the_options_ask_for_explicit_types_elsewhere(string? style, string type)
    {
        // `ComputeNames(order)` does not show its type: the apparent option has no say, the elsewhere one decides.
        await Test(GenericSource, GenericFixed(type), style).RunAsync();
    }

    // A nullable reference result: `var` declares `string?`, and the first read after the block may see null, so the
    // method returns `string?`.
    private const string NullableBlock = """
        var note = order.Quantity > 10 ? order.Customer.Trim() : null;
                if (order.Quantity <= 0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(order));
                }

                System.Console.WriteLine(order.Customer.Trim() + order.Quantity);
                System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice);
        """;

    [Fact]
    public async Task Writes_a_nullable_reference_type_as_the_method_returns_it()
    {
        var source = $$"""
            #nullable enable
            namespace Shop;

            public sealed class Notes
            {
                public int Length(Order order)
                {
                    [|{{NullableBlock}}|]
                    return note?.Length ?? 0;
                }

                public string Text(Order order)
                {
                    [|{{NullableBlock}}|]
                    return note ?? "";
                }
            }
            """;
        var fixedSource = """
            #nullable enable
            namespace Shop;

            public sealed class Notes
            {
                public int Length(Order order)
                {
                    string? note = ComputeNote(order);
                    return note?.Length ?? 0;
                }

                private static string? ComputeNote(Order order)
                {
                    var note = order.Quantity > 10 ? order.Customer.Trim() : null;
                    if (order.Quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    System.Console.WriteLine(order.Customer.Trim() + order.Quantity);
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice);
                    return note;
                }

                public string Text(Order order)
                {
                    string? note = ComputeNote(order);
                    return note ?? "";
                }
            }
            """;
        await Test(source, fixedSource, AllExplicit).RunAsync();
    }

    // A `var` string read not null after the block, assigned null again in one copy's code after it.
    private const string ReassignedBlock = """
        var label = order.Customer.Trim();
                if (order.Quantity <= 0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(order));
                }

                System.Console.WriteLine(label + order.Quantity);
                System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice);
        """;

    [Fact]
    public async Task Keeps_the_nullable_annotation_var_gave_a_local_the_copys_code_assigns_null_later()
    {
        // `string label = ...; label = null;` would be CS8600 where `var label` allowed it: the first copy writes
        // `string?`; the second, which never assigns it again, writes the type the method returns.
        var source = $$"""
            #nullable enable
            namespace Shop;

            public sealed class Labels
            {
                public int Print(Order order)
                {
                    [|{{ReassignedBlock}}|]
                    var length = label.Length;
                    label = null;
                    return length + (label?.Length ?? 0);
                }

                public string Text(Order order)
                {
                    [|{{ReassignedBlock}}|]
                    return label.ToUpperInvariant();
                }
            }
            """;
        var fixedSource = """
            #nullable enable
            namespace Shop;

            public sealed class Labels
            {
                public int Print(Order order)
                {
                    string? label = ComputeLabel(order);
                    var length = label.Length;
                    label = null;
                    return length + (label?.Length ?? 0);
                }

                private static string ComputeLabel(Order order)
                {
                    var label = order.Customer.Trim();
                    if (order.Quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    System.Console.WriteLine(label + order.Quantity);
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice);
                    return label;
                }

                public string Text(Order order)
                {
                    string label = ComputeLabel(order);
                    return label.ToUpperInvariant();
                }
            }
            """;
        await Test(source, fixedSource, AllExplicit).RunAsync();
    }

    [Fact]
    public async Task Writes_no_annotation_where_the_call_sites_nullable_annotations_are_disabled()
    {
        // The method's file enables annotations; the second copy's does not: `string?` there would be CS8632.
        var source = $$"""
            #nullable enable
            namespace Shop;

            public sealed class Notes
            {
                public int Length(Order order)
                {
                    [|{{NullableBlock}}|]
                    return note?.Length ?? 0;
                }

            #nullable disable
                public string Text(Order order)
                {
                    [|{{NullableBlock}}|]
                    return note ?? "";
                }
            }
            """;
        var fixedSource = """
            #nullable enable
            namespace Shop;

            public sealed class Notes
            {
                public int Length(Order order)
                {
                    string? note = ComputeNote(order);
                    return note?.Length ?? 0;
                }

                private static string? ComputeNote(Order order)
                {
                    var note = order.Quantity > 10 ? order.Customer.Trim() : null;
                    if (order.Quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    System.Console.WriteLine(order.Customer.Trim() + order.Quantity);
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice);
                    return note;
                }

            #nullable disable
                public string Text(Order order)
                {
                    string note = ComputeNote(order);
                    return note ?? "";
                }
            }
            """;
        await Test(source, fixedSource, AllExplicit).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_for_an_anonymous_result_whatever_the_options_ask()
    {
        // An anonymous type cannot be named: not in the method's signature, so nothing is extracted (and a local of one
        // would keep `var`).
        const string Block = """
            var summary = new { order.Customer, Total = order.Quantity * order.UnitPrice };
                    if (order.Quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    System.Console.WriteLine(summary.Customer.Trim() + order.Quantity);
                    System.Console.Error.WriteLine(order.Customer + " pays " + summary.Total);
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Summaries
            {
                public decimal Total(Order order)
                {
                    [|{{Block}}|]
                    return summary.Total;
                }

                public string Customer(Order order)
                {
                    [|{{Block}}|]
                    return summary.Customer;
                }
            }
            """;
        await Test(source, source, AllExplicit).RunAsync();
    }

    [Fact]
    public async Task Follows_each_documents_own_options_in_a_fix_all()
    {
        // One group, copies in two classes of two files: the file the .editorconfig asks explicit types of gets them, the
        // other keeps var.
        var pricing = $$"""
            namespace Shop;

            public sealed class Pricing
            {
                public decimal Price(Order order)
                {
                    [|{{OutBlock}}|]
                    return quantity * unitPrice - discount;
                }
            }
            """;
        var quotes = $$"""
            namespace Shop;

            public sealed class Quotes
            {
                public decimal Quote(Order order)
                {
                    [|{{OutBlock}}|]
                    return unitPrice + quantity + discount;
                }
            }
            """;
        var pricingFixed = """
            namespace Shop;

            public sealed class Pricing
            {
                public decimal Price(Order order)
                {
                    int quantity = ShopHelpers.ComputeQuantity(order, out decimal discount, out decimal unitPrice);
                    return quantity * unitPrice - discount;
                }
            }

            internal static class ShopHelpers
            {
                internal static int ComputeQuantity(Order order, out decimal discount, out decimal unitPrice)
                {
                    var quantity = order.Quantity;
                    if (quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    unitPrice = order.UnitPrice * 2m;
                    discount = unitPrice > 100m ? 0.1m : 0m;
                    System.Console.WriteLine(order.Customer.Trim() + quantity);
                    return quantity;
                }
            }
            """;
        var quotesFixed = """
            namespace Shop;

            public sealed class Quotes
            {
                public decimal Quote(Order order)
                {
                    var quantity = ShopHelpers.ComputeQuantity(order, out var discount, out var unitPrice);
                    return unitPrice + quantity + discount;
                }
            }
            """;
        var test = new VerifyCS.Test { CompilerDiagnostics = CompilerDiagnostics.Warnings };
        test.TestState.Sources.Add(("/0/Pricing.cs", pricing + "\n"));
        test.TestState.Sources.Add(("/0/Quotes.cs", quotes + "\n"));
        test.TestState.Sources.Add(("/0/Order.cs", Order));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + Sizes + "\n\n[Pricing.cs]\n" + AllExplicit + "\n"));
        test.FixedState.Sources.Add(("/0/Pricing.cs", pricingFixed + "\n"));
        test.FixedState.Sources.Add(("/0/Quotes.cs", quotesFixed + "\n"));
        test.FixedState.Sources.Add(("/0/Order.cs", Order));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("false", false)]
    [InlineData("false:warning", false)]
    [InlineData(" False : error ", false)]
    [InlineData("true:silent", true)]
    [InlineData("when_on_single_line", null)]
    public void Reads_a_code_style_value_before_its_severity(string value, bool? expected) =>
        Assert.Equal(expected, CloneExtraction.VarPreferences.ParsePreference(value));

    [Theory]
    [InlineData("int", true)]
    [InlineData("int?", true)]
    [InlineData("string", true)]
    [InlineData("object", true)]
    [InlineData("decimal", true)]
    [InlineData("System.DateTime", false)]
    [InlineData("System.Collections.Generic.List<int>", false)]
    [InlineData("(int, int)", false)]
    [InlineData("int[]", false)]
    public void Counts_as_built_in_the_types_the_ide_counts(string typeName, bool expected) =>
        Assert.Equal(expected, CloneExtraction.VarPreferences.IsBuiltIn(TypeOf(typeName)));

    [Theory]
    [InlineData("ToUri", true, false, "System.Uri", true)]
    [InlineData("ToDateTime", true, false, "System.DateTime?", true)]
    [InlineData("ToUri", false, false, "System.Uri", false)]
    [InlineData("ToUri", true, true, "System.Uri", false)]
    [InlineData("ComputeUri", true, false, "System.Uri", false)]
    public void Counts_a_call_apparent_as_the_ide_counts_a_conversion_helper(string method, bool qualified, bool isAsync, string typeName, bool expected) =>
        Assert.Equal(expected, CloneExtraction.IsApparentConversion(method, qualified, isAsync, TypeOf(typeName)));

    private static ITypeSymbol TypeOf(string typeName)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { " + typeName + " F; }");
        var compilation = CSharpCompilation.Create("types", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        var field = (IFieldSymbol)compilation.GetTypeByMetadataName("C")!.GetMembers("F")[0];
        return field.Type;
    }
}
