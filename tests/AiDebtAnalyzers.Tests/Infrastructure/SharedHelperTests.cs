using System.Collections.Generic;
using System.Linq;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using AiDebtAnalyzers.CodeFixes.MagicValues;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.Tests.Infrastructure;

/// <summary>
/// The helpers that replaced copies with different behaviour: each case pins what the merged helper does where the copies
/// disagreed (the comments name the copy whose behaviour changed).
/// </summary>
public class SharedHelperTests
{
    [Theory]
    [InlineData("// TODO: x", "TODO: x")]
    [InlineData("//TODO", "TODO")]
    // AID501 stripped only "//" and read "// ... existing code"; AID502, AID503 stripped every slash, as all do now.
    [InlineData("//// ... existing code ...", "... existing code ...")]
    [InlineData("/* TODO: x */", "TODO: x")]
    // AID501 kept the stars of "/**" (its decoration trimming dropped them later); all drop them now.
    [InlineData("/** TODO: x **/", "TODO: x *")]
    [InlineData("/**/", "")]
    [InlineData("/*/", "/")]
    [InlineData("/* unterminated", "unterminated")]
    [InlineData("  // leading space", "leading space")]
    [InlineData("no comment", "no comment")]
    public void Comment_body_is_the_text_between_the_markers(string comment, string body) =>
        Assert.Equal(body, CommentText.Body(comment));

    [Fact]
    public void Comment_bounds_point_into_the_comment_text()
    {
        CommentText.Bounds("// <ai-provenance />", out var start, out var end);
        Assert.Equal((2, 20), (start, end));
        CommentText.Bounds("/* <ai-provenance /> */", out start, out end);
        Assert.Equal((2, 21), (start, end));
    }

    [Theory]
    [InlineData("RetryCount", "count", true)]
    [InlineData("Straße", "STRASSE", false)]
    [InlineData("timeout", "Timeout", true)]
    public void Contains_ignores_case_ordinally(string text, string value, bool expected) =>
        Assert.Equal(expected, TextSearch.ContainsIgnoreCase(text, value));

    [Theory]
    [InlineData("(5)", "5")]
    [InlineData("(int)5", "5")]
    [InlineData("-(int)(5)", "5")]
    // MagicNumberClassifier.Unwrap did not look through checked/unchecked; the shared wrapper set does.
    [InlineData("checked((int)5)", "5")]
    [InlineData("unchecked(-5)", "5")]
    [InlineData("^1", "^1")]
    [InlineData("a ?? 5", "a ?? 5")]
    public void Unwrap_looks_through_the_value_wrappers_and_prefix_operators(string expression, string unwrapped) =>
        Assert.Equal(unwrapped, ExpressionWrappers.Unwrap(SyntaxFactory.ParseExpression(expression)).ToString());

    [Theory]
    [InlineData("var x = (5);", "(5)")]
    [InlineData("var x = (long)(5);", "(long)(5)")]
    // MagicNumberClassifier and the introduce-constant fix climbed parentheses and casts only; MagicNumberSite also checked.
    [InlineData("var x = checked((long)5);", "checked((long)5)")]
    [InlineData("var x = -5;", "5")]
    [InlineData("var x = a ?? 5;", "5")]
    public void Outermost_climbs_only_the_value_wrappers(string statement, string outermost)
    {
        var literal = SyntaxFactory.ParseStatement(statement).DescendantNodes().OfType<LiteralExpressionSyntax>().Single();
        Assert.Equal(outermost, ExpressionWrappers.Outermost(literal).ToString());
    }

    [Theory]
    [InlineData("static readonly long Limit = 5000;", true)]
    [InlineData("static readonly long Limit = (long)(5000);", true)]
    // The introduce-constant fix climbed parentheses and casts only: checked((long)5000) was a literal to name again.
    [InlineData("static readonly long Limit = checked((long)5000);", true)]
    [InlineData("long limit = 5000;", false)]
    public void A_literal_that_initializes_a_constant_is_a_definition_through_any_wrapper(string member, bool isDefinition)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { " + member + " }");
        var literal = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single();
        Assert.Equal(isDefinition, IntroduceConstantEngine.IsConstantDefinition(literal));
    }

    [Theory]
    [InlineData("millisecondsTimeout", "MillisecondsTimeout")]
    [InlineData("_count", "Count")]
    [InlineData("@class", "Class")]
    // The extract-method fix only upper-cased the first letter: "ComputeMAX_RETRIES", "ComputeTotal_price".
    [InlineData("MAX_RETRIES", "MaxRetries")]
    [InlineData("total_price", "TotalPrice")]
    [InlineData("", "Value")]
    [InlineData("3000", "Value3000")]
    public void ToPascal_writes_dotnet_casing(string name, string pascal) =>
        Assert.Equal(pascal, Identifiers.ToPascal(name));

    [Fact]
    public void Unique_appends_the_first_free_number_from_two()
    {
        var taken = new HashSet<string> { "Total", "Total2" };
        Assert.Equal("Total3", Identifiers.Unique("Total", taken.Contains));
        Assert.Equal("Fee", Identifiers.Unique("Fee", taken.Contains));
    }
}
