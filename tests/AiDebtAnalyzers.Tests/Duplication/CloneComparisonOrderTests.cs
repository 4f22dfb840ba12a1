using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The group-kind classification compares the copies and their names in the order a substitution is likeliest and
/// stops once the group is parallel. The kind is the set of substitutions over every pair, so it must not depend on that
/// order: the planted groups below put the telling copy and the telling names last in the source.
/// </summary>
public class CloneComparisonOrderTests
{
    private const string Copy = "Total += Rate * 2; Count++; Log(Total);";

    [Fact]
    public void Copies_whose_names_differ_in_more_ways_come_first_ties_in_order()
    {
        var identifiers = new[]
        {
            Names("a b c d"),
            Names("a b c d"),
            Names("a x c y"),
            Names("a x c d"),
            Names("p q r s"),
            Names("a x c z"),
        };

        Assert.Equal(new[] { 4, 2, 5, 3, 1 }, CloneKindClassifier.ComparisonOrder(identifiers));
    }

    [Fact]
    public void Repeated_renamings_count_once()
    {
        // Copy 1 renames one name three times (one distinct difference), copy 2 renames two names once each.
        var identifiers = new[] { Names("a a a b c"), Names("x x x b c"), Names("a a a y z") };

        Assert.Equal(new[] { 2, 1 }, CloneKindClassifier.ComparisonOrder(identifiers));
    }

    [Fact]
    public void Names_whose_text_differs_come_first_then_the_others_each_in_order()
    {
        var first = Names("a b c d e");
        var other = Names("a x c y e");
        var positions = new int[first.Count];

        Assert.Equal(new[] { 1, 3, 0, 2, 4 }, CloneKindClassifier.NameOrder(first, other, positions));
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, CloneKindClassifier.NameOrder(first, first, positions));
    }

    [Fact]
    public void A_parallel_copy_last_in_the_group_makes_the_group_parallel()
    {
        // Copies 0 to 2 agree (fields of one type read by their simple names); copy 3 reads fields of three other types.
        var kind = Classify(
            "class A { int Total, Count, Rate; void Log(int v) { } void M() { {|#0:|} } }",
            "class B { int Total, Count, Rate; void Log(int v) { } void M() { {|#0:|} } }",
            "class C { int Total, Count, Rate; void Log(int v) { } void M() { {|#0:|} } }",
            "class D { long Total; short Count; double Rate; void Log(long v) { } void M() { {|#0:|} } }");

        Assert.Equal(CloneKind.Parallel, kind);
    }

    [Fact]
    public void A_copy_settled_by_syntax_still_counts_through_the_copy_it_binds_as()
    {
        // Copies 2 and 3 bind alike (same tokens, same type, nothing declared around them): copy 3 is not bound. Copy 2
        // reads a delegate field where copies 0 and 1 call a method: one member substitution in all.
        var kind = Classify(
            "class A { int Total, Count, Rate; void Log(int v) { } void M() { {|#0:|} } }",
            "class B { int Total, Count, Rate; void Log(int v) { } void M() { {|#0:|} } }",
            "class C { int Total, Count, Rate; System.Action<int> Log = v => { }; void M() { {|#0:|} } void N() { {|#0:|} } }");

        Assert.Equal(CloneKind.Members, kind);
    }

    [Fact]
    public void Copies_that_differ_in_values_only_are_values_whatever_the_order()
    {
        // The renamed copy, last in the source, is compared first; its renamed parameter is still a value of one type.
        var kind = Classify(
            "class A { void Log(int v) { } void M(int Total, int Count, int Rate) { {|#0:|} } }",
            "class B { void Log(int v) { } void M(int Total, int Count, int Rate) { {|#0:|} } }",
            "class C { void Log(int v) { } void M(int Sum, int Count, int Rate) { " + Copy.Replace("Total", "Sum", StringComparison.Ordinal) + " } }");

        Assert.Equal(CloneKind.Values, kind);
    }

    /// <summary>
    /// A loop whose header and body are statements of their own: the cheapest-first order binds the inner statements
    /// before the loop (and falls back to source order past its budget), so the telling names sit once in the header and
    /// once in the innermost statement.
    /// </summary>
    private const string Loop = "for (var i = Start; i < Limit; i += Step) { Total += Rate * i; if (Total > Cap) { Log(Total); } Count++; }";

    private const string LoopFields = "int Start, Limit, Step, Total, Rate, Cap, Count; void Log(int v) { }";

    [Theory]
    [InlineData("int Start, Limit, Step, Total, Rate, Cap, Count; void Log(int v) { }", nameof(CloneKind.Values))]
    [InlineData("long Start; int Limit; short Step; long Total; int Rate, Cap, Count; void Log(long v) { }", nameof(CloneKind.Parallel))]
    [InlineData("int Start, Limit, Step, Total, Rate, Cap, Count; System.Action<int> Log = v => { };", nameof(CloneKind.Members))]
    [InlineData("int Start, Step, Total, Rate, Cap, Count; static int Limit => 10; void Log(int v) { }", nameof(CloneKind.Members))]
    public void The_kind_does_not_depend_on_how_much_is_bound_cheapest_first(string lastTypeMembers, string expected)
    {
        // The telling copy comes last; without nullable analysis the model binds one statement per question, which is what
        // the cheapest-first order saves. Share 1: cheapest first throughout; the default; int.MaxValue: source order.
        var source = "#nullable disable\n" + string.Join("\n",
            "class A { " + LoopFields + " void M() { " + Loop + " } }",
            "class B { " + LoopFields + " void M() { " + Loop + " } }",
            "class C { " + lastTypeMembers + " void M() { " + Loop + " } }");

        foreach (var share in new[] { 1, CloneKindClassifier.CheapFirstShare, int.MaxValue })
        {
            Assert.Equal(expected, ClassifyCopiesOf(source, Loop, share).ToString());
        }

        // Asked only whether the group is a warning, the classification stops at the first substitution: members read
        // as parallel, every other kind is exact.
        var asFarAsWarnings = expected == nameof(CloneKind.Members) ? nameof(CloneKind.Parallel) : expected;
        Assert.Equal(asFarAsWarnings, ClassifyCopiesOf(source, Loop, cheapFirstShare: 0).ToString());
    }

    private static List<SyntaxToken> Names(string names) =>
        names.Split(' ').Select(name => SyntaxFactory.Identifier(name)).ToList();

    /// <summary>Classifies the group of every occurrence of <paramref name="copy"/> in <paramref name="source"/>; with a
    /// <paramref name="cheapFirstShare"/> of 0, only as far as warnings.</summary>
    private static CloneKind ClassifyCopiesOf(string source, string copy, int cheapFirstShare)
    {
        var compilation = AnalyzerDriver.Compile(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees.Single();
        var text = tree.GetText().ToString();
        var group = new CloneGroup("0000000000000000", 20, isExact: false);
        var copies = new List<CloneCopy>();
        for (var at = text.IndexOf(copy, StringComparison.Ordinal); at >= 0; at = text.IndexOf(copy, at + copy.Length, StringComparison.Ordinal))
        {
            copies.Add(new CloneCopy(group, tree, new TextSpan(at, copy.Length), 1, "Test0.cs"));
        }

        group.Copies = copies.ToImmutableArray();
        Assert.Equal(3, group.Copies.Length);
        return cheapFirstShare == 0
            ? CloneKindClassifier.ClassifyAsFarAsWarnings(group, t => compilation.GetSemanticModel(t), CloneKindClassifier.DefaultMinTokens, CancellationToken.None)
            : CloneKindClassifier.Classify(group, t => compilation.GetSemanticModel(t), CloneKindClassifier.DefaultMinTokens, cheapFirstShare, CancellationToken.None);
    }

    /// <summary>Classifies the group of every <c>{|#0:|}</c> (replaced by <see cref="Copy"/>) and every renamed copy in the types.</summary>
    private static CloneKind Classify(params string[] types)
    {
        var source = string.Join("\n", types).Replace("{|#0:|}", Copy, StringComparison.Ordinal);
        var compilation = AnalyzerDriver.Compile(source);
        var tree = compilation.SyntaxTrees.Single();
        var text = tree.GetText().ToString();
        var starts = new List<(int Start, int Length)>();
        foreach (var copy in new[] { Copy, Copy.Replace("Total", "Sum", StringComparison.Ordinal) })
        {
            for (var at = text.IndexOf(copy, StringComparison.Ordinal); at >= 0; at = text.IndexOf(copy, at + copy.Length, StringComparison.Ordinal))
            {
                starts.Add((at, copy.Length));
            }
        }

        starts.Sort((a, b) => a.Start.CompareTo(b.Start));
        var group = new CloneGroup("0000000000000000", 20, isExact: false);
        group.Copies = starts.Select(s => new CloneCopy(group, tree, new TextSpan(s.Start, s.Length), 1, "Test0.cs")).ToImmutableArray();
        Assert.True(group.Copies.Length >= 3, "the source must hold three copies or more");
        return CloneKindClassifier.Classify(group, t => compilation.GetSemanticModel(t), CancellationToken.None);
    }
}
