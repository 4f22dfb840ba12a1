using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.TestGaps;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Tests.TestGaps;

public class TestReferenceTests
{
    private static TestFileReferences Extract(string code) => TestFileReferences.Extract(SourceText.From(code), CancellationToken.None);

    [Fact]
    public void Aliases_resolve_to_the_target_type_with_its_arity()
    {
        var refs = Extract("using Store = Shop.Cache<string>; class T { void M() { var s = new Store(); } }");
        Assert.Contains("Cache`1", refs.TypeNames);
        Assert.Contains("Cache`1", refs.CreatedTypes);
        Assert.DoesNotContain("Store`0", refs.CreatedTypes);
    }

    [Fact]
    public void Member_positions_are_collected()
    {
        var refs = Extract(@"
class T
{
    void M(Shop.Cart cart)
    {
        cart.Add(1);
        cart?.Remove(2);
        Clear();
        var order = new Shop.Order { Total = 3 };
        if (order is { Status: 1 }) { }
        cart.Changed += Handler;
    }
}");
        foreach (var name in new[] { "Add", "Remove", "Clear", "Total", "Status", "Changed" })
        {
            Assert.Contains(name, refs.MemberNames);
        }

        Assert.Contains("Order`0", refs.CreatedTypes);
        Assert.DoesNotContain("Cart`0", refs.CreatedTypes);
    }

    [Fact]
    public void Statements_that_call_pattern_methods_count_as_their_use()
    {
        var refs = Extract(@"
class T
{
    async System.Threading.Tasks.Task M(Shop.Conn c)
    {
        using var x = c;
        foreach (var i in c) { }
        await c;
        var (a, b) = c;
        Shop.Cart cart = new();
        _ = c[0];
        _ = c + c;
    }
}");
        foreach (var name in new[] { "Dispose", "DisposeAsync", "GetEnumerator", "GetAwaiter", "Deconstruct" })
        {
            Assert.Contains(name, refs.MemberNames);
        }

        Assert.Contains("Cart`0", refs.CreatedTypes);
        Assert.True(refs.UsesElementAccess);
        Assert.Contains("+", refs.Operators);
    }

    [Fact]
    public void Attributes_name_their_class_with_or_without_the_suffix()
    {
        var refs = Extract("class T { [Shop.Explicit] [Shop.RetryAttribute(3)] void M() { } }");
        Assert.Contains("ExplicitAttribute`0", refs.TypeNames);
        Assert.Contains("ExplicitAttribute`0", refs.CreatedTypes);
        Assert.Contains("RetryAttribute`0", refs.CreatedTypes);
    }

    [Fact]
    public void Malformed_test_code_is_read_without_throwing()
    {
        var refs = Extract("class T { void M( { new Shop.Cart(.Add(");
        Assert.Contains("Cart`0", refs.TypeNames);
    }

    [Fact]
    public void Cache_reads_each_distinct_text_once()
    {
        var cache = new TestReferenceCache();
        var first = SourceText.From("class A { void M() { new Shop.Cart(); } }");
        var second = SourceText.From("class B { }");
        TestReferenceIndex.Build(new[] { first, second }, cache, CancellationToken.None);
        Assert.Equal(2, cache.Extractions);

        // The next compilation brings equal texts (new instances) and one edited file: only the edit is read again.
        var firstAgain = SourceText.From("class A { void M() { new Shop.Cart(); } }");
        var secondEdited = SourceText.From("class B { void M() { new Shop.Order(); } }");
        var index = TestReferenceIndex.Build(new[] { firstAgain, secondEdited }, cache, CancellationToken.None);
        Assert.Equal(3, cache.Extractions);
        Assert.Contains("Order`0", index.CreatedTypes);
        Assert.Equal(2, index.FileCount);
    }

    [Fact]
    public async Task Editing_a_test_file_changes_the_result_of_the_next_compilation()
    {
        var compilation = TestSources.Library("namespace Shop { public class Cart { public void Add() { } public void Clear() { } } }");
        var covering = "class T { void M() { var c = new Shop.Cart(); c.Add(); c.Clear(); } }";
        Assert.Empty(await TestSources.UntestedAsync(compilation, covering));

        var edited = covering.Replace(" c.Clear();", string.Empty);
        var diagnostic = Assert.Single(await TestSources.UntestedAsync(compilation, edited));
        Assert.Equal("AID301", diagnostic.Id);
        Assert.Equal("Shop.Cart.Clear() -> void", diagnostic.Properties[UntestedPublicApiAnalyzer.ApiProperty]);

        Assert.Empty(await TestSources.UntestedAsync(compilation, covering));
    }

    [Fact]
    public async Task Known_blind_spot_overloads_are_counted_together()
    {
        var compilation = TestSources.Library("namespace Shop { public class Cart { public void Add(int id) { } public void Add(string name) { } } }");
        Assert.Empty(await TestSources.UntestedAsync(compilation, "class T { void M() { new Shop.Cart().Add(1); } }"));
    }

    [Fact]
    public async Task Known_blind_spot_a_name_used_on_another_receiver_counts_once_the_type_is_mentioned()
    {
        var compilation = TestSources.Library("namespace Shop { public class Cart { public Cart() { } public int Count => 0; } }");
        const string test = "class T { void M() { var c = new Shop.Cart(); var list = new System.Collections.Generic.List<int>(); _ = list.Count; } }";
        Assert.Empty(await TestSources.UntestedAsync(compilation, test));
    }

    [Fact]
    public async Task A_type_returned_by_a_used_member_counts_as_mentioned()
    {
        var compilation = TestSources.Library(@"namespace Shop
{
    public class Factory { public static Cart Create() => new Cart(); public static System.Threading.Tasks.Task<Cart[]> LoadAsync() => null!; }
    public class Cart { internal Cart() { } public void Add() { } }
    public class Order { internal Order() { } public void Ship() { } }
}");
        var direct = await TestSources.UntestedAsync(compilation, "class T { void M() { var c = Shop.Factory.Create(); c.Add(); } }");
        Assert.Equal(new[] { "static Shop.Factory.LoadAsync() -> System.Threading.Tasks.Task<Shop.Cart![]!>!", "Shop.Order" }, System.Linq.Enumerable.Select(direct, d => d.Properties[UntestedPublicApiAnalyzer.ApiProperty]));
        var wrapped = await TestSources.UntestedAsync(compilation, "class T { async void M() { var c = await Shop.Factory.LoadAsync(); c[0].Add(); } }");
        Assert.Equal(new[] { "static Shop.Factory.Create() -> Shop.Cart!", "Shop.Order" }, System.Linq.Enumerable.Select(wrapped, d => d.Properties[UntestedPublicApiAnalyzer.ApiProperty]));
    }

    [Fact]
    public async Task Known_blind_spot_a_type_reached_only_through_an_untested_path_is_not_seen()
    {
        // Order comes back from Cart.Checkout, whose name the tests never use: nothing says Ship is called on an Order.
        var compilation = TestSources.Library("namespace Shop { public class Cart { public Order Checkout() => null!; } public class Order { internal Order() { } public void Ship() { } } }");
        const string test = "class T { void M(dynamic cart) { var order = cart.Checkout2(); order.Ship(); } }";
        var diagnostics = await TestSources.UntestedAsync(compilation, test);
        Assert.Equal(new[] { "Shop.Cart", "Shop.Order" }, System.Linq.Enumerable.Select(diagnostics, d => d.Properties[UntestedPublicApiAnalyzer.ApiProperty]));
    }

    [Fact]
    public async Task Test_sources_are_read_in_every_branch_their_conditions_select()
    {
        // A test under a symbol the library's build defines or does not (NET8_0_OR_GREATER, its #else, !NET8_0_OR_GREATER)
        // is a test on some configuration: it counts whichever symbols the library was compiled with.
        const string library = "namespace Shop { public class Cart { public void Add() { } public void Clear() { } public void Empty() { } } }";
        const string test = "class T { void M() { var c = new Shop.Cart(); c.Add();\n#if NET8_0_OR_GREATER\n c.Clear();\n#else\n c.Empty();\n#endif\n } }";
        Assert.Empty(await TestSources.UntestedAsync(TestSources.Library(library, "NET8_0_OR_GREATER"), test));
        Assert.Empty(await TestSources.UntestedAsync(TestSources.Library(library), test));

        const string negated = "class T { void M() { var c = new Shop.Cart(); c.Add();\n#if !NET8_0_OR_GREATER\n c.Clear(); c.Empty();\n#endif\n } }";
        Assert.Empty(await TestSources.UntestedAsync(TestSources.Library(library, "NET8_0_OR_GREATER"), negated));
    }

    [Fact]
    public async Task A_left_out_block_of_usings_is_read_with_its_aliases()
    {
        // The usual head of a test file built for two test frameworks: the alias in the branch the build leaves out still
        // names the library's assertion type, read from the block alone.
        var library = TestSources.Library("namespace Shop { public static class XAssert { public static void Same() { } } }");
        const string test = "#if XUNIT\nusing Assert = Shop.XAssert;\n#else\nusing NUnit.Framework;\n#endif\nclass T { void M() => Assert.Same(); }";
        Assert.Empty(await TestSources.UntestedAsync(library, test));
        Assert.Empty(await TestSources.UntestedAsync(library, test.Replace("#if XUNIT", "#if !XUNIT")));

        // As in a second parse of the whole file: a block the flipped symbols do not select either (A and B both defined)
        // is not read, and the alias's type is reported.
        Assert.Equal("Shop.XAssert", Assert.Single(await TestSources.UntestedAsync(library, test.Replace("#if XUNIT", "#if A && !B"))).Properties[UntestedPublicApiAnalyzer.ApiProperty]);
    }

    [Fact]
    public async Task A_left_out_block_of_usings_is_read_between_regions_and_pragmas()
    {
        // Directives that select nothing (#region, #pragma) are copied into the skeleton of usings as text, without their
        // structure: the block they surround is still read, and the skeleton still parses.
        var library = TestSources.Library("namespace Shop { public static class XAssert { public static void Same() { } } }");
        const string test = "#region Usings\n#pragma warning disable 1591\n#if XUNIT\nusing Assert = Shop.XAssert;\n#else\nusing NUnit.Framework;\n#endif\n#endregion\nclass T {\n#region Tests\n void M() => Assert.Same();\n#endregion\n}";
        Assert.Empty(await TestSources.UntestedAsync(library, test));
    }

    [Fact]
    public async Task A_left_out_block_of_usings_no_symbol_selects_is_not_read()
    {
        // As A_branch_no_symbol_selects_is_not_read, for a block of usings beside one a symbol selects.
        var library = TestSources.Library("namespace Shop { public class Cart { public void Add() { } } }");
        const string test = "#if false\nusing Basket = Shop.Cart;\n#endif\n#if DEBUG\nusing System;\n#endif\nclass T { void M() { new Basket().Add(); } }";
        Assert.Equal("Shop.Cart", Assert.Single(await TestSources.UntestedAsync(library, test)).Properties[UntestedPublicApiAnalyzer.ApiProperty]);
    }

    [Fact]
    public async Task An_alias_of_three_branches_takes_the_target_the_second_parse_takes()
    {
        // The alias keeps the last target written: the first parse (NET) writes Foo, the second (NET undefined, NETFX
        // defined) Bar, so Bar is the type created; Baz, in a branch neither parse takes, is only named by nothing.
        var library = TestSources.Library("namespace Shop { public class Foo { public Foo(int x) { } public void Run() { } } public class Bar { public Bar(int x) { } public void Run() { } } public class Baz { public Baz(int x) { } public void Run() { } } }", "NET");
        const string test = "#if NET\nusing Target = Shop.Foo;\n#elif NETFX\nusing Target = Shop.Bar;\n#else\nusing Target = Shop.Baz;\n#endif\nclass T { void M() { new Target(1).Run(); } }";
        var apis = System.Linq.Enumerable.OrderBy(System.Linq.Enumerable.Select(await TestSources.UntestedAsync(library, test), d => d.Properties[UntestedPublicApiAnalyzer.ApiProperty]), api => api, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "Shop.Baz", "Shop.Foo.Foo(int x) -> void" }, apis);
    }

    [Fact]
    public async Task A_type_marked_as_generated_code_is_not_reported()
    {
        // Findings come from the semantic model actions of files that are not generated; a type marked [GeneratedCode] in
        // such a file is still the generator's, as when findings came from symbol actions.
        var library = TestSources.Library("namespace Shop { [System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")] public class Cart { public void Add() { } public void Clear() { } public class Line { public void Split() { } } } public class Order { public void Ship() { } } }");
        Assert.Empty(await TestSources.UntestedAsync(library, "class T { void M() { new Shop.Order().Ship(); } }"));
    }

    [Fact]
    public async Task A_function_pointer_property_the_library_invokes_is_read()
    {
        // The call Op(x) binds to the function pointer's signature; the reach asks the name, the property Op, as before.
        var library = TestSources.Library("namespace Shop { public unsafe class Calc { static int Twice(int x) => x * 2; public static delegate*<int, int> Op => &Twice; public int Run(int x) => Op(x) + 1; } }");
        library = library.WithOptions(library.Options.WithAllowUnsafe(true));
        Assert.Empty(await TestSources.UntestedAsync(library, "class T { void M() { new Shop.Calc().Run(1); } }"));
    }

    [Fact]
    public async Task A_left_out_branch_with_code_beside_usings_is_read_in_the_file()
    {
        // A left-out branch that holds more than usings (here a statement) is read by parsing the whole file again.
        var library = TestSources.Library("namespace Shop { public class Cart { public void Add() { } public void Clear() { } } }");
        const string test = "#if DEBUG\nusing System;\n#endif\nclass T { void M() { var c = new Shop.Cart(); c.Add();\n#if DEBUG\n c.Clear();\n#endif\n } }";
        Assert.Empty(await TestSources.UntestedAsync(library, test));
    }

    [Fact]
    public async Task The_names_used_in_a_test_subclass_end_with_its_declaration()
    {
        // A bare name inside a test type that derives (nested types included) reaches the inherited member; the same name
        // in a type after it does not.
        var library = TestSources.Library("namespace Shop { public abstract class Writer { public int Depth => System.Environment.ProcessorCount % 7; public abstract void Write(); } }");
        Assert.Empty(await TestSources.UntestedAsync(library, "class Mine : Shop.Writer { public override void Write() { } class Inner { int M() => Depth; } }"));
        Assert.Equal(
            "Shop.Writer.Depth.get -> int",
            Assert.Single(await TestSources.UntestedAsync(library, "class Mine : Shop.Writer { public override void Write() { } } class Other { int M() => Depth; }")).Properties[UntestedPublicApiAnalyzer.ApiProperty]);
    }

    [Fact]
    public async Task A_branch_no_symbol_selects_is_not_read()
    {
        const string library = "namespace Shop { public class Cart { public void Add() { } public void Clear() { } } }";
        const string test = "class T { void M() { var c = new Shop.Cart(); c.Add();\n#if false\n c.Clear();\n#endif\n } }";
        Assert.Equal("Shop.Cart.Clear() -> void", Assert.Single(await TestSources.UntestedAsync(TestSources.Library(library), test)).Properties[UntestedPublicApiAnalyzer.ApiProperty]);
    }

    [Fact]
    public void A_file_with_conditions_is_read_once_per_text_and_symbols()
    {
        // The second parse is part of reading the file: the cache keeps one entry per checksum and symbols, as before.
        var cache = new TestReferenceCache();
        var text = Microsoft.CodeAnalysis.Text.SourceText.From("class T { void M() {\n#if DEBUG\n Shop.Cart.Clear();\n#endif\n } }");
        var symbols = System.Collections.Immutable.ImmutableArray.Create("TRACE");
        var first = cache.Get(text, symbols, default);
        Assert.Same(first, cache.Get(text, symbols, default));
        Assert.Equal(1, cache.Extractions);
        Assert.Contains("Clear", first.MemberNames);
    }
}
