using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// When the group-kind classification may skip binding a copy: only where syntax proves that every name in it binds as in
/// an earlier copy. Each case that could bind otherwise must not be settled by syntax.
/// </summary>
public class CloneBindingContextTests
{
    private const string Copy = "Total += Rate * 2; Count++; Log(Total);";

    [Fact]
    public void Identical_copies_reading_only_members_of_their_type_bind_alike()
    {
        var (first, second) = Contexts($$"""
            class C
            {
                int Total, Count, Rate;
                void Log(int value) { }
                void A() { {{Copy}} }
                void B() { {{Copy}} }
            }
            """);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.True(first!.BindsAlike(second!));
    }

    [Fact]
    public void Copies_in_two_types_are_bound()
    {
        var (first, second) = Contexts($$"""
            class C { int Total, Count, Rate; void Log(int value) { } void A() { {{Copy}} } }
            class D { long Total, Count, Rate; void Log(long value) { } void A() { {{Copy}} } }
            """);

        Assert.False(first!.BindsAlike(second!));
    }

    [Theory]
    [InlineData("void A(int Rate) { {|#0:|} } void B(long Rate) { {|#0:|} }")]
    [InlineData("void A() { long Rate = 1; {|#0:|} } void B() { int Rate = 1; {|#0:|} }")]
    [InlineData("void A<Rate>() { {|#0:|} } void B() { {|#0:|} }")]
    [InlineData("void A() { System.Action<int> f = Rate => { {|#0:|} }; } void B() { {|#0:|} }")]
    public void A_name_declared_around_the_copy_is_bound(string members)
    {
        var (first, _) = Contexts("class C { int Total, Count; void Log(long value) { } " + members.Replace("{|#0:|}", Copy, StringComparison.Ordinal) + " }");

        Assert.Null(first);
    }

    [Fact]
    public void A_name_declared_in_a_block_beside_the_copy_does_not_stop_it()
    {
        var (first, second) = Contexts($$"""
            class C
            {
                int Total, Count, Rate;
                void Log(int value) { }
                void A() { { var Rate = 1L; } {{Copy}} }
                void B() { {{Copy}} }
            }
            """);

        Assert.True(first!.BindsAlike(second!));
    }

    [Fact]
    public void A_setter_value_is_bound()
    {
        var (first, _) = Contexts("class C { int Total, Count, Rate; void Log(int value) { } int P { set { Total += Rate * 2; Count++; Log(value); } } void B() { Total += Rate * 2; Count++; Log(value); } }", "Total += Rate * 2; Count++; Log(value);");

        Assert.Null(first);
    }

    [Theory]
    [InlineData("return x => Total + x;")]
    [InlineData("return new();")]
    public void A_returned_expression_typed_by_its_member_is_bound(string returned)
    {
        var copy = "Count++; " + returned;
        var (first, _) = Contexts("class C { int Total, Count; System.Func<int, int> A() { " + copy + " } System.Func<long, long> B() { " + copy + " } }", copy);

        Assert.Null(first);
    }

    [Theory]
    [InlineData("#nullable enable", false)]
    [InlineData("#nullable disable", true)]
    public void Types_inferred_from_flow_state_are_bound_where_nullable_analysis_runs(string directive, bool settled)
    {
        var copy = "Count++; Run(s => s.Length);";
        var (first, _) = Contexts(directive + "\nclass C { int Count; void Run(System.Func<string, int> f) { } void A() { " + copy + " } void B() { " + copy + " } }", copy);

        Assert.Equal(settled, first is not null);
    }

    /// <summary>The binding contexts of the first two occurrences of <paramref name="copy"/>, as copies of one group.</summary>
    private static (CloneBindingContext? First, CloneBindingContext? Second) Contexts(string source, string copy = Copy)
    {
        var compilation = AnalyzerDriver.Compile(source);
        var tree = compilation.SyntaxTrees.Single();
        var text = source.Replace("\r\n", "\n", StringComparison.Ordinal);
        var at = text.IndexOf(copy, StringComparison.Ordinal);
        var next = text.IndexOf(copy, at + copy.Length, StringComparison.Ordinal);
        Assert.True(at >= 0 && next > at, "the source must hold the copy twice");
        var group = new CloneGroup("0000000000000000", 20, isExact: true);
        var copies = new[] { at, next }.Select(start => new CloneCopy(group, tree, new TextSpan(start, copy.Length), 1, "Test0.cs")).ToImmutableArray();
        group.Copies = copies;
        return (CloneBindingContext.Of(copies[0], t => compilation.GetSemanticModel(t), CancellationToken.None),
            CloneBindingContext.Of(copies[1], t => compilation.GetSemanticModel(t), CancellationToken.None));
    }
}
