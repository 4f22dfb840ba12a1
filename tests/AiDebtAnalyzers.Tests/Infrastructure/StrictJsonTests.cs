using System;
using AiDebtAnalyzers.Infrastructure;

namespace AiDebtAnalyzers.Tests.Infrastructure;

public class StrictJsonTests
{
    [Theory]
    [InlineData("{}", true)]
    [InlineData("[1, 2.5, -3e-2, true, false, null, \"a\\u00e9\\n\"]", true)]
    [InlineData("  {\"a\": {\"b\": []}}  ", true)]
    [InlineData("\uFEFF{}", true)]
    [InlineData("", false)]
    [InlineData("{\"a\": 1,}", false)]
    [InlineData("[1,]", false)]
    [InlineData("{'a': 1}", false)]
    [InlineData("{\"a\": 01}", false)]
    [InlineData("{\"a\": 1} x", false)]
    [InlineData("{\"a\": 1, \"a\": 2}", false)]
    [InlineData("{\"a\": {\"b\": 1, \"b\": 2}}", false)]
    [InlineData("{\"a\": \"tab\there\"}", false)]
    [InlineData("{\"a\": \"\\x\"}", false)]
    [InlineData("{\"a\": \"\\u12\"}", false)]
    [InlineData("{\"a\": tru}", false)]
    [InlineData("{\"a\": 1 // comment\n}", false)]
    [InlineData("[1, 2", false)]
    [InlineData("\"unterminated", false)]
    [InlineData("-", false)]
    [InlineData("1.", false)]
    [InlineData("1e", false)]
    public void Reader_is_strict(string json, bool valid)
    {
        Assert.Equal(valid, StrictJson.TryParse(json, out var value, out var error));
        if (valid)
        {
            Assert.NotNull(value);
        }
        else
        {
            Assert.Null(value);
            Assert.NotEmpty(error.Message);
            Assert.True(error.Line >= 1);
            Assert.True(error.Column >= 1);
        }
    }

    [Theory]
    [InlineData("not json", 1, 1, "unexpected character 'n'")]
    [InlineData("{\n  \"a\": 1,\n  \"a\": 2\n}", 3, 3, "the property \"a\" appears twice")]
    [InlineData("{\n  \"a\": [1,\n    2 3]\n}", 3, 7, "expected ',' or ']' after an array element")]
    [InlineData("{\n  \"a\": \"x\\q\"\n}", 2, 11, "invalid escape '\\q'")]
    [InlineData("{\n  \"a\": 1\n", 3, 1, "unexpected end of input: the object is not closed")]
    [InlineData("{}\r\n\r\n[]", 3, 1, "unexpected text after the JSON value")]
    public void Errors_name_line_column_and_cause(string json, int line, int column, string message)
    {
        Assert.False(StrictJson.TryParse(json, out _, out var error));
        Assert.Equal(message, error.Message);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Reader_refuses_deep_nesting_without_throwing()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        Assert.False(StrictJson.TryParse(deep, out _, out var error));
        Assert.Contains("nested deeper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_keep_their_position_order_and_text()
    {
        Assert.True(StrictJson.TryParse("{\n  \"n\": -12.50,\n  \"s\": \"a\\u00e9\",\n  \"list\": [true, null]\n}", out var value, out _));

        Assert.Equal(JsonKind.Object, value!.Kind);
        Assert.Equal(new[] { "n", "s", "list" }, new[] { value.Properties[0].Name, value.Properties[1].Name, value.Properties[2].Name });
        Assert.True(value.TryGetProperty("n", out var number));
        Assert.Equal(JsonKind.Number, number.Kind);
        Assert.Equal("-12.50", number.Text);
        Assert.False(number.TryGetInt32(out _));
        Assert.Equal(2, number.Line);
        Assert.Equal(8, number.Column);
        Assert.True(value.TryGetProperty("s", out var text));
        Assert.Equal("a\u00e9", text.Text);
        Assert.Equal(3, value.Properties[1].Line);
        Assert.True(value.TryGetProperty("list", out var list));
        Assert.Equal(JsonKind.True, list.Items[0].Kind);
        Assert.Equal(JsonKind.Null, list.Items[1].Kind);
        Assert.False(value.TryGetProperty("missing", out _));
        Assert.False(list.TryGetProperty("n", out _));
    }
}
