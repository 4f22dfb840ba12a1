using System.Linq;
using AiDebtAnalyzers.TestGaps;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Tests.TestGaps;

public class PublicApiFileTests
{
    private static PublicApiFile Parse(string text, bool shipped = false) => PublicApiFile.Parse("/p/PublicAPI.Unshipped.txt", SourceText.From(text), shipped);

    private static PublicApiEntry Single(string line)
    {
        var file = Parse(line);
        Assert.Empty(file.Errors.Select(e => e.Reason));
        return Assert.Single(file.Entries);
    }

    [Theory]
    [InlineData("Shop.Orders.Order", "Shop.Orders", "Order")]
    [InlineData("Shop.Cache<TKey, TValue>", "Shop", "Cache<TKey, TValue>")]
    [InlineData("Shop.Outer<T>.Inner", "Shop.Outer<T>", "Inner")]
    [InlineData("GlobalType", "", "GlobalType")]
    public void Types(string line, string container, string name)
    {
        var entry = Single(line);
        Assert.Equal(PublicApiEntryKind.Type, entry.Kind);
        Assert.Equal(container, entry.ContainingName);
        Assert.Equal(name, entry.MemberName);
        Assert.Null(entry.ReturnType);
    }

    [Fact]
    public void Method_with_nullability_annotations_defaults_and_generics()
    {
        var entry = Single("static Shop.Orders.Order.Find<T>(string! name, int count = 10, System.Collections.Generic.IDictionary<string!, T?>? map = null) -> T?");
        Assert.Equal(PublicApiEntryKind.Method, entry.Kind);
        Assert.Equal("Shop.Orders.Order", entry.ContainingName);
        Assert.Equal("Find<T>", entry.MemberName);
        Assert.Equal(new[] { "static" }, entry.Modifiers);
        Assert.Equal(new[] { "string! name", "int count = 10", "System.Collections.Generic.IDictionary<string!, T?>? map = null" }, entry.Parameters);
        Assert.Equal("T?", entry.ReturnType);
    }

    [Fact]
    public void Extension_method_and_ref_out_params()
    {
        var entry = Single("static Shop.Ext.TryRead(this Shop.Reader! reader, ref int position, out string? value, params object![]! rest) -> bool");
        Assert.Equal(PublicApiEntryKind.Method, entry.Kind);
        Assert.Equal(4, entry.Parameters.Length);
        Assert.Equal("this Shop.Reader! reader", entry.Parameters[0]);
    }

    [Theory]
    [InlineData("Shop.Order.Order() -> void", "Shop.Order")]
    [InlineData("Shop.Cache<T>.Cache(int capacity) -> void", "Shop.Cache<T>")]
    public void Constructors(string line, string container)
    {
        var entry = Single(line);
        Assert.Equal(PublicApiEntryKind.Constructor, entry.Kind);
        Assert.Equal(container, entry.ContainingName);
        Assert.Equal("void", entry.ReturnType);
    }

    [Theory]
    [InlineData("static Shop.Money.operator +(Shop.Money! left, Shop.Money! right) -> Shop.Money!", "operator +", PublicApiEntryKind.Operator)]
    [InlineData("static Shop.Money.operator <(Shop.Money left, Shop.Money right) -> bool", "operator <", PublicApiEntryKind.Operator)]
    [InlineData("static Shop.Money.operator >=(Shop.Money left, Shop.Money right) -> bool", "operator >=", PublicApiEntryKind.Operator)]
    [InlineData("static Shop.Money.operator >>>(Shop.Money value, int shift) -> Shop.Money", "operator >>>", PublicApiEntryKind.Operator)]
    [InlineData("static Shop.Money.implicit operator decimal(Shop.Money value) -> decimal", "implicit operator decimal", PublicApiEntryKind.Conversion)]
    [InlineData("static Shop.Money.explicit operator Shop.Money(decimal amount) -> Shop.Money", "explicit operator Shop.Money", PublicApiEntryKind.Conversion)]
    public void Operators(string line, string name, PublicApiEntryKind kind)
    {
        var entry = Single(line);
        Assert.Equal(kind, entry.Kind);
        Assert.Equal("Shop.Money", entry.ContainingName);
        Assert.Equal(name, entry.MemberName);
        Assert.Equal(2 - (kind == PublicApiEntryKind.Conversion ? 1 : 0), entry.Parameters.Length);
    }

    [Theory]
    [InlineData("Shop.Order.Total.get -> decimal", "Total")]
    [InlineData("Shop.Order.Total.set -> void", "Total")]
    [InlineData("Shop.Order.Name.init -> void", "Name")]
    [InlineData("abstract Shop.Shape.Area.get -> double", "Area")]
    public void Property_accessors(string line, string name)
    {
        var entry = Single(line);
        Assert.Equal(PublicApiEntryKind.PropertyAccessor, entry.Kind);
        Assert.Equal(name, entry.MemberName);
    }

    [Fact]
    public void Indexer_accessor()
    {
        var entry = Single("Shop.Cart.this[int index, string! key].get -> Shop.Line!");
        Assert.Equal(PublicApiEntryKind.IndexerAccessor, entry.Kind);
        Assert.Equal("Shop.Cart", entry.ContainingName);
        Assert.Equal(new[] { "int index", "string! key" }, entry.Parameters);
    }

    [Theory]
    [InlineData("Shop.Order.Changed -> System.EventHandler?")]
    [InlineData("static readonly Shop.Money.Zero -> Shop.Money")]
    public void Events_and_fields_share_a_shape(string line) => Assert.Equal(PublicApiEntryKind.FieldOrEvent, Single(line).Kind);

    [Theory]
    [InlineData("const Shop.Limits.Max = 10 -> int")]
    [InlineData("const Shop.Limits.Arrow = \"a -> b\" -> string!")]
    [InlineData("Shop.Color.Red = 1 -> Shop.Color")]
    public void Constants_and_enum_members(string line)
    {
        var entry = Single(line);
        Assert.Equal(PublicApiEntryKind.Constant, entry.Kind);
        Assert.DoesNotContain(" = ", entry.MemberName, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Finalizer_and_compiler_generated_members()
    {
        Assert.Equal(PublicApiEntryKind.Finalizer, Single("Shop.Handle.~Handle() -> void").Kind);
        Assert.Equal(PublicApiEntryKind.Method, Single("Shop.Point.<Clone>$() -> Shop.Point!").Kind);
    }

    [Fact]
    public void Nullable_enable_oblivious_and_removed_prefixes()
    {
        var file = Parse("#nullable enable\n~Shop.Legacy.Run(string s) -> object\n*REMOVED*Shop.Old.Gone() -> void\n*REMOVED*~Shop.Old.Legacy(string s) -> void\n\n[EXP001]Shop.Preview.Try() -> void\n");
        Assert.True(file.NullableEnabled);
        Assert.Empty(file.Errors);
        Assert.Equal(4, file.Entries.Length);
        Assert.True(file.Entries[0].IsOblivious);
        Assert.Equal("Shop.Legacy.Run(string s) -> object", file.Entries[0].Text);
        Assert.True(file.Entries[1].IsRemoved);
        Assert.Equal("Shop.Old.Gone() -> void", file.Entries[1].Text);
        Assert.True(file.Entries[2].IsRemoved && file.Entries[2].IsOblivious);
        Assert.Equal("Try", file.Entries[3].MemberName);
        Assert.Equal(5, file.Entries[3].LineNumber);
    }

    [Theory]
    [InlineData("Shop.Order.Find(int id -> void", "never closed")]
    [InlineData("Shop.Order.Find(int id)) -> void", "closes nothing")]
    [InlineData("Shop.Order.Find(int id)", "needs ' -> '")]
    [InlineData("Shop.Order.Total.get -> ", "nothing follows")]
    [InlineData("#pragma warning disable", "directive")]
    [InlineData("this is not an entry", "is not a qualified name")]
    [InlineData("Shop..Order", "empty name part")]
    [InlineData("const Shop.Limits.Max = 10", "needs its type")]
    [InlineData("Shop.Order.Find(int id) trailing -> void", "follows the parameter list")]
    [InlineData("const Shop.Limits.Text = \"open -> string!", "not closed")]
    public void Unreadable_lines_become_errors_never_exceptions(string line, string reason)
    {
        var file = Parse(line);
        Assert.Empty(file.Entries);
        var error = Assert.Single(file.Errors);
        Assert.Contains(reason, error.Reason, System.StringComparison.Ordinal);
        Assert.Equal(0, error.LineNumber);
    }

    [Fact]
    public void Removed_entries_are_an_error_in_the_shipped_file()
    {
        var file = Parse("*REMOVED*Shop.Old.Gone() -> void", shipped: true);
        Assert.Contains("Unshipped", Assert.Single(file.Errors).Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Nullable_enable_after_entries_is_an_error()
    {
        var file = Parse("Shop.Order\n#nullable enable\n");
        Assert.Single(file.Entries);
        Assert.Contains("first line", Assert.Single(file.Errors).Reason, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/src/PublicAPI.Shipped.txt", true, true)]
    [InlineData("C:\\src\\publicapi.unshipped.txt", true, false)]
    [InlineData("/src/PublicAPI.txt", false, false)]
    public void Recognizes_the_two_file_names(string path, bool isApiFile, bool isShipped)
    {
        Assert.Equal(isApiFile, PublicApiFile.IsPublicApiFileName(path, out var shipped));
        Assert.Equal(isShipped, shipped);
    }

    [Fact]
    public void Parses_one_text_once_per_name_and_kind()
    {
        var text = SourceText.From("#nullable enable\nShop.Orders.Place(int count) -> void\n");
        var first = PublicApiFile.ParseCached("/p/PublicAPI.Unshipped.txt", text, isShipped: false);
        Assert.Same(first, PublicApiFile.ParseCached("/p/PublicAPI.Unshipped.txt", text, isShipped: false));

        var otherName = PublicApiFile.ParseCached("/q/PublicAPI.Shipped.txt", text, isShipped: true);
        Assert.NotSame(first, otherName);
        Assert.Equal("/q/PublicAPI.Shipped.txt", otherName.Path);
        Assert.True(otherName.IsShipped);

        var edited = PublicApiFile.ParseCached("/p/PublicAPI.Unshipped.txt", SourceText.From("Shop.Orders.Cancel() -> void\n"), isShipped: false);
        Assert.NotSame(first, edited);
        Assert.Equal("Shop.Orders.Cancel() -> void", Assert.Single(edited.Entries).Text);
    }
}
