using System.Collections.Generic;
using AiDebtAnalyzers.Options;
using AiDebtAnalyzers.Tests.Verifiers;

namespace AiDebtAnalyzers.Tests.Infrastructure;

public class OptionTests
{
    private static readonly AiDebtOption<int> Size = AiDebtOptionFactory.Integer("aidebt.residue.size", 50, 1, 100, "Size.", RuleIds.ElidedCode);
    private static readonly AiDebtOption<string> Mode = AiDebtOptionFactory.Choice("aidebt.residue.mode", "renamed", new[] { "exact", "renamed", "blind" }, "Mode.", RuleIds.ElidedCode);
    private static readonly AiDebtOption<System.Collections.Immutable.ImmutableArray<double>> Numbers = AiDebtOptionFactory.NumberList("aidebt.residue.numbers", "-1,0,1,2", "Numbers.", RuleIds.ElidedCode);

    [Theory]
    [InlineData("75", 75)]
    [InlineData(" 75 ", 75)]
    [InlineData("0", 50)]
    [InlineData("101", 50)]
    [InlineData("ten", 50)]
    [InlineData("", 50)]
    public void Integer_reads_in_range_values_else_default(string raw, int expected)
    {
        var options = new TestConfigOptionsProvider("aidebt.residue.size = " + raw).GlobalOptions;

        Assert.Equal(expected, Size.Read(options));
        Assert.Equal(expected != 50 || raw.Trim() == "50", Size.IsValid(raw));
    }

    [Theory]
    [InlineData("EXACT", "exact", true)]
    [InlineData("blind", "blind", true)]
    [InlineData("fuzzy", "renamed", false)]
    public void Choice_is_case_insensitive(string raw, string expected, bool valid)
    {
        var options = new TestConfigOptionsProvider("aidebt.residue.mode = " + raw).GlobalOptions;

        Assert.Equal(expected, Mode.Read(options));
        Assert.Equal(valid, Mode.IsValid(raw));
    }

    [Fact]
    public void Number_list_parses_invariant_numbers()
    {
        var options = new TestConfigOptionsProvider("aidebt.residue.numbers = 0, 1.5 ,100").GlobalOptions;

        Assert.Equal(new[] { 0d, 1.5d, 100d }, Numbers.Read(options));
        Assert.False(Numbers.IsValid("1,two"));
        Assert.True(Numbers.IsValid(string.Empty));
    }

    [Fact]
    public void Missing_option_reads_default()
    {
        var options = new TestConfigOptionsProvider(null, new List<KeyValuePair<string, string>>()).GlobalOptions;

        Assert.Equal(50, Size.Read(options));
        Assert.Equal(new[] { -1d, 0d, 1d, 2d }, Numbers.Read(options));
    }

    [Fact]
    public void All_options_are_sorted_and_unique()
    {
        var keys = new List<string>();
        foreach (var option in AiDebtOptions.All)
        {
            keys.Add(option.Key);
        }

        var sorted = new List<string>(keys);
        sorted.Sort(System.StringComparer.Ordinal);
        Assert.Equal(sorted, keys);
        Assert.Equal(keys.Count, new HashSet<string>(keys).Count);
    }
}
