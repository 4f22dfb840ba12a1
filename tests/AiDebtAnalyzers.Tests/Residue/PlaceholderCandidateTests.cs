using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiDebtAnalyzers.Residue;
using AiDebtAnalyzers.Tests.Quality;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace AiDebtAnalyzers.Tests.Residue;

/// <summary>
/// AID502's pass without comments reads method declarations and the throws that can be a member's whole body. It
/// finds them by entering namespaces, types and members only; these tests hold it to the walk over every node it
/// replaced (kept here as the oracle): the same nodes, in the same order.
/// </summary>
public class PlaceholderCandidateTests
{
    private const string Shapes = """
        using System;
        public void TopLevel() => throw new NotImplementedException();
        int Local() => throw new NotImplementedException();
        throw new NotImplementedException();
        namespace A
        {
            namespace B
            {
                public class Outer
                {
                    public Outer() { throw new NotImplementedException(); }
                    ~Outer() => throw new NotImplementedException();
                    public void Send() { Console.WriteLine("x"); }
                    public void Two() { Validate(); throw new NotImplementedException(); }
                    public void Nested() { { throw new NotImplementedException(); } }
                    public int Lambda() { Func<int> f = () => throw new NotImplementedException(); return f(); }
                    public void LocalFunction() { void Inner() { throw new NotImplementedException(); } Inner(); }
                    public int Property { get => throw new NotImplementedException(); set { throw new NotImplementedException(); } }
                    public int Arrow => throw new NotImplementedException();
                    public int this[int i] { get { throw new NotImplementedException(); } }
                    public int this[string s] => throw new NotImplementedException();
                    public event EventHandler Changed { add { throw new NotImplementedException(); } remove => throw new NotImplementedException(); }
                    public static Outer operator +(Outer a, Outer b) => throw new NotImplementedException();
                    public static implicit operator int(Outer o) { throw new NotImplementedException(); }
                    public int Both { get; } => throw new NotImplementedException();
                    public void Broken() { throw new NotImplementedException(); } => throw new InvalidOperationException();
                    private int field = Compute() ?? throw new NotImplementedException();
                    public interface INested { void M() => throw new NotImplementedException(); void Send(); }
                    public record R(int X) { public void Notify() { } }
                    public struct S { public void M() { throw new NotImplementedException(); } }
                    public enum E { One, Two }
                    public delegate void D();
                    public void Unfinished(
                }
            }
        }
        namespace C;
        class AfterFileScoped { void M() { public void NotAMember() { throw new NotImplementedException(); } } void Send() => throw new NotImplementedException(); }
        """;

    [Fact]
    public void Finds_what_the_walk_over_every_node_finds()
    {
        AssertSameAsWalk(CSharpSyntaxTree.ParseText(Shapes));
        AssertSameAsWalk(CSharpSyntaxTree.ParseText(Shapes, new CSharpParseOptions(kind: SourceCodeKind.Script)));
        AssertSameAsWalk(CSharpSyntaxTree.ParseText("class C { void M() { throw new System.NotImplementedException(); }"));
        AssertSameAsWalk(CSharpSyntaxTree.ParseText("void M() { } } class { int P { get { throw null; } } void N() => throw null;"));
        Assert.Equal(30, PlaceholderImplementationAnalyzer.MemberCandidates(CSharpSyntaxTree.ParseText(Shapes).GetRoot()).Count);
    }

    [Fact]
    public void Finds_what_the_walk_finds_on_the_repository_sources()
    {
        var files = RuleCatalog.RepositorySourceFiles();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            AssertSameAsWalk(CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(file)), path: file));
        }
    }

    private static void AssertSameAsWalk(SyntaxTree tree)
    {
        var root = tree.GetRoot();
        var walked = new List<SyntaxNode>();
        foreach (var node in root.DescendantNodes())
        {
            if (node is MethodDeclarationSyntax
                || (node is ThrowStatementSyntax or ThrowExpressionSyntax && PlaceholderImplementationAnalyzer.StubOwner(node) is not null))
            {
                walked.Add(node);
            }
        }

        Assert.Equal(walked, PlaceholderImplementationAnalyzer.MemberCandidates(root));
    }
}
