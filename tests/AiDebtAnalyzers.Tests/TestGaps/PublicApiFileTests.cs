using System.Linq;
using AiDebtAnalyzers.TestGaps;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Tests.TestGaps;

public class PublicApiFileTests
{
    private static PublicApiFile Parse(string text, bool shipped = false) => PublicApiFile.Parse(SourceText.From(text), shipped);

    [Theory]
    [InlineData("Shop.Orders.Order")]
    [InlineData("Shop.Cache<TKey, TValue>")]
    [InlineData("Shop.Outer<T>.Inner")]
    [InlineData("GlobalType")]
    [InlineData("static Shop.Orders.Order.Find<T>(string! name, int count = 10, System.Collections.Generic.IDictionary<string!, T?>? map = null) -> T?")]
    [InlineData("static Shop.Ext.TryRead(this Shop.Reader! reader, ref int position, out string? value, params object![]! rest) -> bool")]
    [InlineData("Shop.Order.Order() -> void")]
    [InlineData("Shop.Cache<T>.Cache(int capacity) -> void")]
    [InlineData("static Shop.Money.operator +(Shop.Money! left, Shop.Money! right) -> Shop.Money!")]
    [InlineData("static Shop.Money.operator <(Shop.Money left, Shop.Money right) -> bool")]
    [InlineData("static Shop.Money.operator >=(Shop.Money left, Shop.Money right) -> bool")]
    [InlineData("static Shop.Money.operator >>>(Shop.Money value, int shift) -> Shop.Money")]
    [InlineData("static Shop.Money.implicit operator decimal(Shop.Money value) -> decimal")]
    [InlineData("static Shop.Money.explicit operator Shop.Money(decimal amount) -> Shop.Money")]
    [InlineData("Shop.Order.Total.get -> decimal")]
    [InlineData("Shop.Order.Total.set -> void")]
    [InlineData("Shop.Order.Name.init -> void")]
    [InlineData("abstract Shop.Shape.Area.get -> double")]
    [InlineData("Shop.Cart.this[int index, string! key].get -> Shop.Line!")]
    [InlineData("Shop.Order.Changed -> System.EventHandler?")]
    [InlineData("static readonly Shop.Money.Zero -> Shop.Money")]
    [InlineData("const Shop.Limits.Max = 10 -> int")]
    [InlineData("const Shop.Limits.Arrow = \"a -> b\" -> string!")]
    [InlineData("Shop.Color.Red = 1 -> Shop.Color")]
    [InlineData("Shop.Handle.~Handle() -> void")]
    [InlineData("Shop.Point.<Clone>$() -> Shop.Point!")]
    public void Every_shape_the_format_writes_is_an_entry(string line)
    {
        var file = Parse(line);
        Assert.Empty(file.Errors.Select(e => e.Reason));
        Assert.Equal(line, Assert.Single(file.Entries));
    }

    [Fact]
    public void Prefixes_are_left_out_and_removed_entries_are_not_listed()
    {
        var file = Parse("#nullable enable\n~Shop.Legacy.Run(string s) -> object\n*REMOVED*Shop.Old.Gone() -> void\n*REMOVED*~Shop.Old.Legacy(string s) -> void\n\n[EXP001]Shop.Preview.Try() -> void\n");
        Assert.True(file.NullableEnabled);
        Assert.Empty(file.Errors);
        Assert.Equal(new[] { "Shop.Legacy.Run(string s) -> object", "Shop.Preview.Try() -> void" }, file.Entries);
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
    [InlineData("Shop.~Order", "is not a type name")]
    [InlineData("[EXP001 Shop.Order", "no closing ']'")]
    [InlineData(".operator +(Shop.Money a) -> Shop.Money", "containing type")]
    public void Unreadable_lines_become_errors_never_exceptions(string line, string reason)
    {
        var file = Parse(line);
        Assert.Empty(file.Entries);
        var error = Assert.Single(file.Errors);
        Assert.Contains(reason, error.Reason, System.StringComparison.Ordinal);
        Assert.Equal(0, error.LineSpan.Start.Line);
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
    public void Parses_one_text_once_per_kind()
    {
        var text = SourceText.From("#nullable enable\nShop.Orders.Place(int count) -> void\n");
        var first = PublicApiFile.ParseCached(text, isShipped: false);
        Assert.Same(first, PublicApiFile.ParseCached(text, isShipped: false));

        var asShipped = PublicApiFile.ParseCached(text, isShipped: true);
        Assert.NotSame(first, asShipped);
        Assert.True(asShipped.IsShipped);

        var edited = PublicApiFile.ParseCached(SourceText.From("Shop.Orders.Cancel() -> void\n"), isShipped: false);
        Assert.NotSame(first, edited);
        Assert.Equal("Shop.Orders.Cancel() -> void", Assert.Single(edited.Entries));
    }
}
