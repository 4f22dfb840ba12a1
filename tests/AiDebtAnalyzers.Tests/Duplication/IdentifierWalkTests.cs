using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using AiDebtAnalyzers.Duplication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The clone index reads each matched statement's tokens, and the group kinds the identifiers of each copy and the
/// declarations of each copy's member, through <see cref="TokenWalk"/> instead of <c>DescendantTokens</c>, and the kinds
/// keep a member's declarations for the next group (<see cref="CloneNameScopes"/>): the walk must give exactly the tokens
/// <c>DescendantTokens</c> gave, in the same order,
/// for any span (whole statements, members, and spans that cut tokens and nodes), in broken code and in expressions too
/// deep for a recursive walk. The fingerprints and the weighing of matched statements walk the same way, with the
/// thread's reused stack (<see cref="WalkStack"/>): they must record what <c>DescendantNodesAndTokensAndSelf</c> and the
/// weighing's two filtered <c>DescendantTokens</c> walks recorded.
/// </summary>
public class IdentifierWalkTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Alias = System.Collections.Generic.Dictionary<string, (int Count, string Name)>;

        namespace N
        {
            class P<T> where T : class { public int X; public T? Item; public (int First, int Second) Pair; }
            class C
            {
                int x, total, count;
                event EventHandler? Changed;
                int this[int index] { get => index + x; set { x = value; } }
                double Sum(double[] values, int from)
                {
                    double total = 0;
                    for (var i = from; i < values.Length; i++) { total += values[i] * x; }
                    foreach (var (first, second) in new[] { (1, 2) }) { total += first + second; }
                    var query = from v in values let w = v * 2 join u in values on w equals u into g where w > 0 orderby w select new { w, Count = g.Count() };
                    global::System.Console.WriteLine(nameof(query) + query.Count());
                    if (values is { Length: > 0 } array && array[0] is double d) { total += d; }
                    (int a, string b) tuple = (1, "b");
                    Func<int, int> f = n => n + tuple.a;
                    int Local<TLocal>(TLocal item) where TLocal : struct => item.GetHashCode();
                    label: total += Local(3) + f(2);
                    if (total < 0) { goto label; }
                    try { Changed?.Invoke(this, EventArgs.Empty); } catch (InvalidOperationException error) when (error.Message.Length > 0) { throw; }
                    switch (from) { case 1: int local = 2; total += local; break; default: local = 3; total -= local; break; }
                    return total > count ? total : -total;
                }

                void Broken(int y)
                {
                    var z = y + ;
                    Use(z, );
                    if (y > ) { }
                    var w = new Alias { [""] = (1, "n") };
                }

                static void Use(params object[] values) { }
            }
        }
        """;

    [Fact]
    public void The_walk_gives_the_descendant_tokens_for_every_span()
    {
        var root = CSharpSyntaxTree.ParseText(Source).GetRoot();
        foreach (var span in Spans(root))
        {
            var walked = new List<SyntaxToken>();
            var walk = new TokenWalk(root, span);
            while (walk.Next(out var token))
            {
                walked.Add(token);
            }

            Assert.Equal(Described(root.DescendantTokens(span).ToList()), Described(walked));
        }

        foreach (var statement in root.DescendantNodes().OfType<StatementSyntax>())
        {
            // As the clone index reads a matched statement's tokens: the whole statement.
            var walked = new List<SyntaxToken>();
            var walk = new TokenWalk(statement, statement.FullSpan);
            while (walk.Next(out var token))
            {
                walked.Add(token);
            }

            Assert.Equal(Described(statement.DescendantTokens().ToList()), Described(walked));
        }
    }

    [Fact]
    public void Identifiers_are_the_filtered_descendant_tokens_for_every_span()
    {
        var root = CSharpSyntaxTree.ParseText(Source).GetRoot();
        foreach (var span in Spans(root))
        {
            var walked = new List<SyntaxToken>();
            IdentifierWalk.Identifiers(root, span, walked);
            Assert.Equal(Described(FilteredIdentifiers(root, span)), Described(walked));
        }
    }

    [Fact]
    public void Declaring_identifiers_are_the_descendant_identifiers_outside_names()
    {
        var root = CSharpSyntaxTree.ParseText(Source).GetRoot();
        var checkedMembers = 0;
        foreach (var member in root.DescendantNodes().OfType<MemberDeclarationSyntax>())
        {
            var walked = new List<SyntaxToken>();
            IdentifierWalk.DeclaringIdentifiers(member, walked);
            var expected = member.DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.Parent is not (SimpleNameSyntax or QualifiedNameSyntax))
                .ToList();
            Assert.Equal(Described(expected), Described(walked));
            checkedMembers++;
        }

        Assert.True(checkedMembers > 10);
    }

    [Fact]
    public void An_expression_deeper_than_a_recursive_walk_could_go_is_walked()
    {
        var text = new StringBuilder("class C { int F(int a) { return ");
        for (var i = 0; i < 5000; i++)
        {
            text.Append("a + ");
        }

        text.Append("a; } }");
        var root = CSharpSyntaxTree.ParseText(text.ToString()).GetRoot();
        var method = root.DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

        var walked = new List<SyntaxToken>();
        IdentifierWalk.Identifiers(root, method.Body!.Span, walked);
        Assert.Equal(5001, walked.Count);

        var declaring = new List<SyntaxToken>();
        IdentifierWalk.DeclaringIdentifiers(method, declaring);
        Assert.Equal(new[] { "F", "a" }, declaring.Select(t => t.ValueText));
    }

    [Fact]
    public void A_members_scopes_are_computed_once_for_every_copy_in_it()
    {
        var compilation = CSharpCompilation.Create(
            "Scopes",
            new[] { CSharpSyntaxTree.ParseText("class C { int F(int[] a) { var s = 0; foreach (var v in a) { s += v; } foreach (var w in a) { s -= w; } return s; } }") },
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var loops = tree.GetRoot().DescendantNodes().OfType<ForEachStatementSyntax>().ToList();

        var first = CloneNameScopes.Of(tree, loops[0].Span, model, CancellationToken.None);
        var second = CloneNameScopes.Of(tree, loops[1].Span, model, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Same(first, second);
        var read = loops[1].Statement.DescendantTokens().First(t => t.ValueText == "w" && t.Parent is IdentifierNameSyntax);
        Assert.IsType<ForEachStatementSyntax>(second!.DeclarationOf(read));

        // The project's nullable setting is asked on every call, before the member's declarations are looked up.
        var nullable = compilation.WithOptions(compilation.Options.WithNullableContextOptions(NullableContextOptions.Enable));
        Assert.Null(CloneNameScopes.Of(tree, loops[0].Span, nullable.GetSemanticModel(tree), CancellationToken.None));
    }

    private const string DataSource = """
        using System;
        using System.Collections.Generic;

        var names = new[] { "a.mkv", "b.mkv" };
        Console.WriteLine(names.Length);
        if (names.Length > 1) { Console.WriteLine(names[0]); }

        class D
        {
            int[] table = { 1, 2, 3 };
            Func<int, int> twice = n => { var m = n * 2; return m; };

            object Build(int id, string name)
            {
                var options = new Options { Name = "x", Size = 3, Inner = new Options { Name = nameof(id) } };
                var bag = new { Id = id, Name = name, Run = (Func<int, int>)(x => { return x + id; }) };
                Register("PART_Score", nameof(Build), typeof(D), $"{nameof(name)}", id);
                var list = new List<Func<int>> { () => { var local = new[] { 1, 2 }; return local.Length; }, () => id };
                switch (id) { case 1: { Use(new[] { 4, 5 }); break; } default: Use(new int[] { }); break; }
                Use(new Options { Name = );
                return new Dictionary<string, int> { ["a"] = 1, { "b", 2 } };
            }

            void Register(params object[] values) { }
            void Use(object value) { }
        }

        class Options { public string? Name; public int Size; public Options? Inner; }
        """;

    [Fact]
    public void Statement_weights_count_data_and_layout_as_the_descendant_walks_did()
    {
        var statements = 0;
        foreach (var source in new[] { Source, DataSource })
        {
            var root = CSharpSyntaxTree.ParseText(source).GetRoot();
            foreach (var statement in root.DescendantNodes().OfType<StatementSyntax>())
            {
                // The two definitions the weighing had, one walk each: the data are the tokens of each outermost data node
                // outside the lambdas inside it, the layout the braces and semicolons outside data (missing tokens count).
                var data = statement.DescendantNodes(n => !CloneStatementRoles.IsData(n))
                    .Where(CloneStatementRoles.IsData)
                    .Sum(n => n.DescendantTokens(d => d is not AnonymousFunctionExpressionSyntax).Count());
                var layout = statement.DescendantTokens(n => !CloneStatementRoles.IsData(n))
                    .Count(t => t.IsKind(SyntaxKind.OpenBraceToken) || t.IsKind(SyntaxKind.CloseBraceToken) || t.IsKind(SyntaxKind.SemicolonToken));
                Assert.Equal((data, layout), CloneStatementRoles.UncountedTokens(statement));
                Assert.Equal(data, CloneStatementRoles.DataTokens(statement));
                statements++;
            }
        }

        Assert.True(statements > 60);
        Assert.Equal((0, 0), CloneStatementRoles.UncountedTokens(null));
    }

    [Fact]
    public void Fingerprints_record_the_statement_lists_and_tokens_of_the_descendant_walk()
    {
        foreach (var source in new[] { Source, DataSource })
        {
            var tree = CSharpSyntaxTree.ParseText(source);
            var root = tree.GetRoot();
            var data = TreeCloneData.Get(tree, CancellationToken.None);

            // Every block and switch section with statements, in document order, is one list of the fingerprints.
            var lists = root.DescendantNodes()
                .Select(n => n switch { BlockSyntax b => b.Statements, SwitchSectionSyntax s => s.Statements, _ => default })
                .Where(l => l.Count > 0)
                .ToList();
            var topLevel = root.DescendantNodes().OfType<GlobalStatementSyntax>().Select(g => g.Statement).ToList();
            var expected = new List<List<StatementSyntax>>();
            if (topLevel.Count > 0)
            {
                expected.Add(topLevel);
            }

            expected.AddRange(lists.Select(l => l.ToList()));
            var recorded = new List<List<TextSpan>>();
            for (var l = 0; l < data.ListStart.Length; l++)
            {
                recorded.Add(Enumerable.Range(data.ListStart[l], data.ListCount[l]).Select(i => data.StatementSpans[i]).ToList());
            }

            Assert.Equal(
                expected.Select(l => l.Select(st => st.Span)).SelectMany(x => x).OrderBy(x => x.Start).ThenBy(x => x.Length),
                recorded.SelectMany(x => x).OrderBy(x => x.Start).ThenBy(x => x.Length));
            Assert.Equal(expected.Count, recorded.Count);

            // Per statement, its tokens (missing and empty ones left out) and the hash of their kinds and texts.
            var statements = root.DescendantNodes().OfType<StatementSyntax>().ToDictionary(st => st.Span);
            for (var i = 0; i < data.StatementCount; i++)
            {
                var tokens = statements[data.StatementSpans[i]].DescendantTokens().Where(t => !t.IsMissing && !t.Span.IsEmpty).ToList();
                Assert.Equal(tokens.Count, data.StatementTokenCount[i]);
                var exact = TreeCloneData.HashSeed;
                var shape = TreeCloneData.HashSeed;
                foreach (var token in tokens)
                {
                    shape = TreeCloneData.HashCombine(shape, token.RawKind);
                    exact = TreeCloneData.HashCombine(exact, TreeCloneData.IsAbstracted(token) ? Fnv(token.Text) : token.RawKind);
                }

                Assert.Equal(TreeCloneData.HashCombine(shape, tokens.Count), data.StatementShapeHash[i]);
                Assert.Equal(TreeCloneData.HashCombine(exact, tokens.Count), data.StatementExactHash[i]);
            }
        }
    }

    [Fact]
    public void A_finished_walk_leaves_its_stack_to_the_next_walk_holding_no_tree()
    {
        var root = CSharpSyntaxTree.ParseText(Source).GetRoot();
        var stack = WalkStack.Rent();
        WalkStack.Return(stack, 0);

        var walk = new TokenWalk(root, root.FullSpan);
        while (walk.Next(out _))
        {
        }

        var reused = WalkStack.Rent();
        Assert.Same(stack, reused);
        Assert.All(reused, children => Assert.Equal(default, children));
        WalkStack.Return(reused, 0);
    }

    private static long Fnv(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }

        return (long)h;
    }

    /// <summary>Every node's span and full span, and spans that start or end inside tokens and nodes, empty ones among them.</summary>
    private static List<TextSpan> Spans(SyntaxNode root)
    {
        var spans = new List<TextSpan>();
        foreach (var node in root.DescendantNodes())
        {
            spans.Add(node.Span);
            spans.Add(node.FullSpan);
        }

        var length = root.FullSpan.Length;
        for (var start = 0; start < length; start += 37)
        {
            for (var size = 0; start + size <= length && size < 400; size += 53)
            {
                spans.Add(new TextSpan(start, size));
            }
        }

        return spans;
    }

    /// <summary>Each token's kind, text and span, so a failure shows which tokens differ.</summary>
    private static List<string> Described(List<SyntaxToken> tokens) => tokens.Select(t => t.Kind() + " " + t.Text + "@" + t.Span + (t.IsMissing ? " missing" : string.Empty)).ToList();

    private static List<SyntaxToken> FilteredIdentifiers(SyntaxNode root, TextSpan span) =>
        root.DescendantTokens(span).Where(t => t.IsKind(SyntaxKind.IdentifierToken) && span.Contains(t.Span)).ToList();
}
