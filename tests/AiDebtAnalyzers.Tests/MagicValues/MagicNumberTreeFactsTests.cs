using System.Linq;
using AiDebtAnalyzers.MagicValues;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AiDebtAnalyzers.Tests.MagicValues;

/// <summary>
/// The tree's string positions that let the <c>stated</c> role skip statements without strings must answer exactly as
/// a walk of the statement's own tokens would, or AID201's findings would change.
/// </summary>
public class MagicNumberTreeFactsTests
{
    private const string Source = """"
        #line 1 "not a string of the code"
        using System;
        class C
        {
            static readonly double[] Table = { 1.5, 2.5, 3.5 };
            void M(int n, double x)
            {
                var y = x * 0.25 + x * x * 0.125 + 4.0;
                if (n > 1000) throw new ArgumentException("At most 1000 items.");
                var s = $"{n} of 250" + @"verbatim 3" + """raw 7""" + "utf8 9"u8.Length;
                Console.WriteLine($$"""{{n}} raw interpolated 12""");
                for (var i = 0; i < 8; i++) { y += i * 0.5; }
                M(n - 1, y);
            }
        }
        """";

    [Fact]
    public void A_span_holds_a_string_exactly_when_its_node_has_a_string_token()
    {
        var root = CSharpSyntaxTree.ParseText(Source).GetRoot();
        var facts = new MagicNumberTreeFacts(root, default);
        var withStrings = 0;
        var without = 0;
        foreach (var node in root.DescendantNodesAndSelf())
        {
            var expected = node.DescendantTokens().Any(MagicNumberClassifier.IsStringLikeToken);
            Assert.Equal(expected, facts.HasStringTokenWithin(node.Span));
            withStrings += expected ? 1 : 0;
            without += expected ? 0 : 1;
        }

        // Both answers are exercised, and the string of the #line directive (trivia) is no string of the code.
        Assert.True(withStrings > 10 && without > 10);
        Assert.False(facts.HasStringTokenWithin(root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.UsingDirectiveSyntax>().Single().Span));
    }
}
