using System;
using System.IO;
using System.Linq;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.Quality;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDebtAnalyzers.Tests.TestGaps;

/// <summary>
/// The walk of a test file passes the kinds of node <see cref="TestFileReferences.ReadsNothing"/> lists without asking
/// what they reference. These tests hold the list to the reading itself: a node of a listed kind, read on its own, adds
/// nothing, in a text built to exercise every reading and in every source of this repository.
/// </summary>
public class ReadsNothingTests
{
    private const string EveryReading = @"
using Alias = Shop.Cache<string>;
using static System.Math;
[assembly: Shop.Marker(1, Name = ""x"")]
namespace Tests
{
    [Shop.Fixture(typeof(Shop.Cart))]
    public class CartTests : Shop.TestBase, Shop.IVisitor<int>
    {
        public override int Top => 2;
        public event System.EventHandler Changed;
        public int this[int i] => i;
        public override void Visit(Shop.Node node) { }
        [Shop.Theory, Shop.Data(1, 2, 3)]
        public async System.Threading.Tasks.Task Reads(Shop.Cart cart, int[] values, int? maybe, params string[] rest)
        {
            var order = new Shop.Order(1) { Total = 3, Lines = { 1, 2 } };
            Alias cache = new();
            Shop.Cart other = new(cart) { Owner = ""me"" };
            cart.Add(1); cart?.Remove(2); Clear(); cart.Changed += Handler; cart.Changed -= Handler;
            if (order is { Status: 1, Customer.Name: ""n"" } and Shop.Order { } || cart is Shop.Cart c && c != null) { }
            var x = (Shop.Money)order.Total + -values[0]++ * values?[1] ?? 0;
            x += 2; x <<= 1; x = ~x; x = !true ? x-- : ++x;
            try { using var scope = cart.Begin(); using (cart.Lock()) { } } catch (Shop.CartException e) when (e != null) { throw; }
            foreach (var line in order.Lines) { } await foreach (var item in cart.Stream()) { }
            await cart.SaveAsync(); (var a, var b) = order; (a, b) = (b, a);
            var t = typeof(Shop.Cart).GetProperties(); var v = t[0].GetValue(cart); typeof(Shop.Cart).GetMethod(""Clear"").Invoke(cart, null);
            Assert.Throws<Shop.CartException>(() => cart.Fail()); var s = cart as Shop.Special; var d = cart.Deserialize<Shop.Dto>($""{x,4} {{ x | string.to_long }}"");
            buffer.Interpolate($""{x}""); new Shop.Message($""m {x}""); Func<int, int> f = y => y * 2; Func<int, int> g = (y) => { return y; };
            object o = checked(1 + 2); var n = (order.Total); var arr = new int[3, 2]; var omitted = new int[] { 1 }; char ch = 'c'; var none = default(Shop.Cart);
            var path = ""config.section.key""; var tuple = (1, ""two""); var z = switchOn switch { 1 => ""a"", _ => null };
            Shop.Api.Call<int, string>(this, base.Top, nameof(Clear), sizeof(int), x is > 1 and < 5 ? 1 : 2);
            return;
        }
        private int Helper() => Top * 2;
    }
    struct Point : System.IEquatable<Point> { public bool Equals(Point p) => true; }
    record Pair(int A, int B) : Shop.Base(A);
}";

    [Fact]
    public void A_node_of_a_passed_kind_adds_nothing_in_a_text_of_every_reading()
    {
        var tree = CSharpSyntaxTree.ParseText(EveryReading, new CSharpParseOptions(LanguageVersion.Preview));
        var passed = AssertPassedKindsAddNothing(tree);

        // The text holds a node of most listed kinds, and nodes the reading does read, so the check is not empty.
        Assert.True(passed > 100, "only " + passed + " nodes of the passed kinds");
        Assert.Contains(tree.GetRoot().DescendantNodes(), node => !TestFileReferences.ReadsNothing(node.Kind()) && !(node is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax) && TestFileReferences.NodeAddsAnything(node));
    }

    [Fact]
    public void A_node_of_a_passed_kind_adds_nothing_in_this_repositorys_sources()
    {
        var files = RuleCatalog.RepositorySourceFiles();
        Assert.True(files.Count > 100, "the repository's sources were not found");
        foreach (var file in files)
        {
            AssertPassedKindsAddNothing(CSharpSyntaxTree.ParseText(File.ReadAllText(file), new CSharpParseOptions(LanguageVersion.Preview), path: file));
        }
    }

    private static int AssertPassedKindsAddNothing(SyntaxTree tree)
    {
        var passed = 0;
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (TestFileReferences.ReadsNothing(node.Kind()))
            {
                passed++;
                Assert.False(TestFileReferences.NodeAddsAnything(node), tree.FilePath + ": a " + node.Kind() + " adds a reference: " + node);
            }
        }

        return passed;
    }
}
