using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The group kinds' syntax shortcut (<see cref="CloneNameScopes"/>): a name it resolves to a local or parameter takes its
/// entry from the declaration, and that entry must be the one binding gives. Every test compares both on every name of
/// the planted members; the negative cases must be left to binding.
/// </summary>
public class CloneNameScopesTests
{
    private const string Members = """
        class P { public int X; public int Y; }
        class Color { public static int Shade = 1; public int Hue; }
        class C
        {
            int x, total, count;
            double scale;
            static void Use(object o) { }
            static int Twice(int x) => 2 * x;
            double Sum(double[] values, int from)
            {
                double total = 0;
                for (var i = from; i < values.Length; i++)
                {
                    total += values[i] * scale;
                    if (total > count) { Use(total); }
                }

                foreach (var value in values) { total -= value; }
                foreach (var values2 in new[] { values }) { Use(values2.Length); }
                using (var reader = new System.IO.StringReader("")) { Use(reader); }
                try { Use(from); } catch (System.Exception error) when (error.Message != null) { Use(error); }
                switch (from) { case 1: int local = 2; Use(local); break; case 2: local = 3; Use(local + from); break; }
                const int Limit = 10;
                return total > Limit ? total : -total;
            }

            void Shadows()
            {
                { int x = 1; Use(x); }
                Use(x);
                Use(Twice(x: x));
                var point = new P { X = x, Y = count };
                var anonymous = new { count, x };
                Use(nameof(point));
                System.Func<int, int> f = total => total + 1;
                Use(f(total));
                Use(point.X + anonymous.count);
            }

            void Patterns(object o)
            {
                if (o is int count) { Use(count); }
                if (int.TryParse("1", out var parsed)) { Use(parsed); }
                int Local(int n) => n + 1;
                Use(Local(1));
            }

            void ColorColor(Color Color)
            {
                Use(Color.Shade);
                Use(Color.Hue);
                Use(Color);
            }

            int Indexer(int[] data, int index) => data[index] + (int)scale + index;
        }
        """;

    [Fact]
    public void Every_name_syntax_resolves_takes_the_entry_binding_gives()
    {
        var (compilation, tree) = Compile(Members);
        var model = compilation.GetSemanticModel(tree);
        var resolved = 0;
        foreach (var member in tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>().Where(m => m.Parent is TypeDeclarationSyntax))
        {
            var scopes = CloneNameScopes.Of(tree, member.Span, model, CancellationToken.None);
            Assert.NotNull(scopes);
            foreach (var token in member.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)))
            {
                if (scopes!.DeclarationOf(token) is { } declaration && CloneKindClassifier.DeclaredEntry(token, declaration, model, CancellationToken.None) is { } declared)
                {
                    resolved++;
                    Assert.Equal(Bound(token, model), declared);
                }
            }
        }

        Assert.True(resolved >= 30, "the planted members must exercise the shortcut, resolved " + resolved);
    }

    [Theory]
    [InlineData("total += values[i] * scale;", "total values i")]
    [InlineData("for (var i = from; i < values.Length; i++)", "from i values i")]
    [InlineData("Use(point.X + anonymous.count);", "point anonymous")]
    [InlineData("foreach (var value in values) { total -= value; }", "values total value")]
    [InlineData("{ Use(reader); }", "reader")]
    [InlineData("when (error.Message != null) { Use(error); }", "error error")]
    [InlineData("case 2: local = 3; Use(local + from);", "local local from")]
    [InlineData("return total > Limit ? total : -total;", "total Limit total total")]
    [InlineData("=> data[index] + (int)scale + index;", "data index index")]
    public void Locals_and_parameters_of_the_member_are_resolved(string text, string resolvedNames)
    {
        Assert.Equal(resolvedNames, string.Join(" ", ResolvedIn(text)));
    }

    [Theory]
    [InlineData("Use(x);\n        Use(Twice(x: x));", "a field outside the block of a local of its name, and a named argument")]
    [InlineData("var point = new P { X = x, Y = count };", "the members an object initializer sets")]
    [InlineData("var anonymous = new { count, x };", "anonymous type members")]
    [InlineData("Use(nameof(point));", "a name in nameof (a value without binding)")]
    [InlineData("System.Func<int, int> f = total => total + 1;", "a name a lambda parameter declares again")]
    [InlineData("if (o is int count) { Use(count); }", "a pattern variable")]
    [InlineData("if (int.TryParse(\"1\", out var parsed)) { Use(parsed); }", "an out variable")]
    [InlineData("Use(Local(1));", "a local function")]
    [InlineData("Use(Color.Shade);\n        Use(Color.Hue);", "a receiver whose type has its name (Color Color)")]
    public void Names_only_binding_can_tell_are_left_to_it(string text, string why)
    {
        var resolved = ResolvedIn(text);
        Assert.True(resolved.Count == 0, why + ": resolved " + string.Join(" ", resolved));
    }

    [Theory]
    [InlineData("#nullable enable\n")]
    [InlineData("")]
    public void Nothing_is_resolved_where_nullable_analysis_may_run(string directive)
    {
        // A directive turns it on in the file; a project that turns it on (the empty directive, compiled with nullable
        // enabled) binds a whole member at its first name, so nothing would be saved.
        var (compilation, tree) = Compile(directive + "class C { int Sum(int[] values) { var total = 0; foreach (var v in values) { total += v; } return total; } }", nullable: directive.Length == 0);
        var member = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

        Assert.Null(CloneNameScopes.Of(tree, member.Span, compilation.GetSemanticModel(tree), CancellationToken.None));
    }

    [Theory]
    [InlineData("double double|double double|double double", nameof(CloneKind.Values))]
    [InlineData("double double|float double|double double", nameof(CloneKind.Members))]
    [InlineData("double double|float float|int int", nameof(CloneKind.Parallel))]
    public void Kinds_decided_through_declarations_are_the_kinds_binding_decides(string parameterTypes, string expected)
    {
        // The copies read only locals and parameters: every name is resolved by syntax. A parameter of another type is a
        // value of another type (Int32TryParse against Int64TryParse), one substitution; more than two are parallel.
        const string Copy = "var total = 0.0; for (var i = 0; i < values.Length; i++) { total += values[i] * factor; } return total;";
        var source = string.Join("\n", parameterTypes.Split('|').Select((types, n) =>
            "class T" + n + " { double Sum(" + types.Split(' ')[0] + "[] values, " + types.Split(' ')[1] + " factor) { " + Copy + " } }"));
        var (compilation, tree) = Compile(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var text = tree.GetText().ToString();
        var group = new CloneGroup("0000000000000000", 20, isExact: false);
        var copies = new List<CloneCopy>();
        for (var at = text.IndexOf(Copy, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Copy, at + Copy.Length, StringComparison.Ordinal))
        {
            copies.Add(new CloneCopy(group, tree, new TextSpan(at, Copy.Length), 1, "Test0.cs"));
        }

        group.Copies = copies.ToImmutableArray();
        var model = compilation.GetSemanticModel(tree);
        var scopes = CloneNameScopes.Of(tree, copies[0].Span, model, CancellationToken.None)!;
        Assert.All(
            tree.GetRoot().DescendantTokens(copies[0].Span).Where(t => t.Parent is IdentifierNameSyntax { IsVar: false } name && !(name.Parent is MemberAccessExpressionSyntax access && access.Name == name)),
            token => Assert.NotNull(scopes.DeclarationOf(token)));

        var kind = CloneKindClassifier.Classify(group, t => compilation.GetSemanticModel(t), CancellationToken.None);
        var bound = new HashSet<(string, string)>();
        for (var i = 1; i < copies.Count; i++)
        {
            foreach (var (a, b) in BoundEntries(copies[0], model).Zip(BoundEntries(copies[i], model)))
            {
                if (a != b)
                {
                    bound.Add((a, b));
                }
            }
        }

        Assert.Equal(expected, kind.ToString());
        Assert.Equal(expected == nameof(CloneKind.Parallel), bound.Count > CloneKindClassifier.MaxMemberSubstitutions);
    }

    /// <summary>The names in the first occurrence of <paramref name="text"/> in <see cref="Members"/> that syntax resolves.</summary>
    private static List<string> ResolvedIn(string text)
    {
        var (compilation, tree) = Compile(Members);
        var model = compilation.GetSemanticModel(tree);
        var source = tree.GetText().ToString();
        var at = source.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, "planted text not found: " + text);
        var span = new TextSpan(at, text.Length);
        var scopes = CloneNameScopes.Of(tree, span, model, CancellationToken.None)!;
        return tree.GetRoot().DescendantTokens(span)
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken) && span.Contains(t.Span))
            .Where(t => scopes.DeclarationOf(t) is { } declaration && CloneKindClassifier.DeclaredEntry(t, declaration, model, CancellationToken.None) is not null)
            .Select(t => t.ValueText)
            .ToList();
    }

    private static IEnumerable<string> BoundEntries(CloneCopy copy, SemanticModel model) =>
        copy.Tree.GetRoot().DescendantTokens(copy.Span).Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => Bound(t, model));

    private static string Bound(SyntaxToken token, SemanticModel model) =>
        CloneKindClassifier.EntryOf(token, model, CloneKindClassifier.EnclosingType(token.Parent, model, CancellationToken.None), CancellationToken.None);

    private static (CSharpCompilation Compilation, SyntaxTree Tree) Compile(string source, bool nullable = false)
    {
        var compilation = AnalyzerDriver.Compile(source);
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        return (compilation, compilation.SyntaxTrees.Single());
    }
}
