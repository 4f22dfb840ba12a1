using System.Linq;
using AiDebtAnalyzers.TestGaps;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDebtAnalyzers.Tests.TestGaps;

/// <summary>The rendered lines are the ones Microsoft.CodeAnalysis.PublicApiAnalyzers writes for the same declarations.</summary>
public class PublicApiSignatureTests
{
    private const string Source = @"
#nullable enable
namespace Shop
{
    public class Order
    {
        public Order(string name) { }
        public int Count { get; set; }
        public string? Note { get; init; }
        public string this[int index] => """";
        public event System.EventHandler? Changed;
        public const int Max = 10;
        public static readonly Order Empty = new Order("""");
        public T? Find<T>(string name, int limit = 5) where T : class => null;
        public virtual void Run(params object[] args) { }
        public static Order operator +(Order left, Order right) => left;
        public static implicit operator string(Order order) => """";
    }

    public static class OrderExtensions
    {
        public static bool IsBig(this Order order) => true;
    }

    public enum Color { Red = 1 }

    public class Cache<TKey, TValue> where TKey : notnull { }
}";

    private static readonly Compilation Compilation = CSharpCompilation.Create(
        "Shop",
        new[] { CSharpSyntaxTree.ParseText(Source) },
        new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static INamedTypeSymbol Type(string name) => Compilation.GetTypeByMetadataName(name)!;

    private static ISymbol Member(string type, string name) => Type(type).GetMembers(name).First();

    [Theory]
    [InlineData("Shop.Order", ".ctor", "Shop.Order.Order(string! name) -> void")]
    [InlineData("Shop.Order", "get_Count", "Shop.Order.Count.get -> int")]
    [InlineData("Shop.Order", "set_Count", "Shop.Order.Count.set -> void")]
    [InlineData("Shop.Order", "get_Note", "Shop.Order.Note.get -> string?")]
    [InlineData("Shop.Order", "set_Note", "Shop.Order.Note.init -> void")]
    [InlineData("Shop.Order", "get_Item", "Shop.Order.this[int index].get -> string!")]
    [InlineData("Shop.Order", "Changed", "Shop.Order.Changed -> System.EventHandler?")]
    [InlineData("Shop.Order", "Max", "const Shop.Order.Max = 10 -> int")]
    [InlineData("Shop.Order", "Empty", "static readonly Shop.Order.Empty -> Shop.Order!")]
    [InlineData("Shop.Order", "Find", "Shop.Order.Find<T>(string! name, int limit = 5) -> T?")]
    [InlineData("Shop.Order", "Run", "virtual Shop.Order.Run(params object![]! args) -> void")]
    [InlineData("Shop.Order", "op_Addition", "static Shop.Order.operator +(Shop.Order! left, Shop.Order! right) -> Shop.Order!")]
    [InlineData("Shop.Order", "op_Implicit", "static Shop.Order.implicit operator string!(Shop.Order! order) -> string!")]
    [InlineData("Shop.OrderExtensions", "IsBig", "static Shop.OrderExtensions.IsBig(this Shop.Order! order) -> bool")]
    [InlineData("Shop.Color", "Red", "Shop.Color.Red = 1 -> Shop.Color")]
    public void Members_render_as_PublicApiAnalyzers_lists_them(string type, string member, string expected)
    {
        var symbol = Member(type, member);
        Assert.Equal(expected, PublicApiSignature.RenderWithNullability(symbol));

        // Every rendered line reads back as an entry of the format.
        var file = PublicApiFile.Parse(Microsoft.CodeAnalysis.Text.SourceText.From("#nullable enable\n" + expected), isShipped: false);
        Assert.Empty(file.Errors);
        Assert.Equal(expected, Assert.Single(file.Entries));
    }

    [Fact]
    public void Without_nullability_the_annotations_are_left_out() =>
        Assert.Equal("Shop.Order.Order(string name) -> void", PublicApiSignature.Render(Member("Shop.Order", ".ctor")));

    [Theory]
    [InlineData("Shop.Order", "Shop.Order")]
    [InlineData("Shop.Cache`2", "Shop.Cache<TKey, TValue>")]
    public void Types_render_with_their_type_parameters(string metadataName, string expected) =>
        Assert.Equal(expected, PublicApiSignature.RenderWithNullability(Type(metadataName)));
}
