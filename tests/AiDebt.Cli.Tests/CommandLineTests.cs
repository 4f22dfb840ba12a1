namespace AiDebt.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public void Help_exits_0() => Assert.Equal(ExitCodes.Success, CliRunner.Run("--help").ExitCode);

    [Fact]
    public void No_command_exits_2() => Assert.Equal(ExitCodes.UsageOrInputError, CliRunner.Run().ExitCode);

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("sarif")]
    [InlineData("sarif", "in.sarif")]
    [InlineData("report", "in.sarif")]
    [InlineData("compare", "baseline.json")]
    [InlineData("compare", "baseline.json", "current.sarif", "--fail-on", "sometimes")]
    [InlineData("compare", "baseline.json", "current.sarif", "--max-new-debt", "lots")]
    [InlineData("compare", "baseline.json", "current.sarif", "--max-new-debt", "-5")]
    [InlineData("report", "in.sarif", "-o", "r.txt", "--format", "pdf")]
    [InlineData("scan", "--no-such-option")]
    [InlineData("provenance", "import", "--from", "svn")]
    [InlineData("provenance", "export")]
    public void Parse_errors_exit_2_not_1(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public void Missing_input_file_exits_2_with_a_clear_message()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("sarif", temp.Combine("missing.sarif"), "-o", temp.Combine("out.sarif"), "--root", temp.Path);
        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Contains("does not exist", result.Error, System.StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(temp.Combine("out.sarif")));
    }
}
