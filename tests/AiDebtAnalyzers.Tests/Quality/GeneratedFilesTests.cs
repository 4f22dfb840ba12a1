using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace AiDebtAnalyzers.Tests.Quality;

/// <summary>
/// Generated sections of the docs and the shipped severity presets must match the code. To refresh them after adding a
/// rule or an option, run: <c>AIDEBT_UPDATE_GENERATED=1 dotnet test --filter GeneratedFilesTests</c>.
/// </summary>
public class GeneratedFilesTests
{
    private const string UpdateVariable = "AIDEBT_UPDATE_GENERATED";

    public static IEnumerable<object[]> Files()
    {
        yield return new object[] { "README.md" };
        yield return new object[] { "docs/configuration.md" };
        foreach (var mode in AnalysisModes.Names)
        {
            yield return new object[] { PresetPath(mode) };
        }

        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            yield return new object[] { "docs/rules/" + descriptor.Id + ".md" };
        }
    }

    public static string PresetPath(string mode) => "src/AiDebtAnalyzers.Package/build/config/AiDebt." + mode + ".globalconfig";

    [Theory]
    [MemberData(nameof(Files))]
    public void Generated_content_is_current(string relativePath)
    {
        var path = Path.Combine(RuleCatalog.RepositoryRoot, relativePath);
        var current = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : string.Empty;
        var expected = Expected(relativePath, current);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
            return;
        }

        Assert.True(
            string.Equals(expected, current, StringComparison.Ordinal),
            relativePath + " is out of date with the rule descriptors or options. Run: " + UpdateVariable + "=1 dotnet test --filter GeneratedFilesTests");
    }

    private static string Expected(string relativePath, string current)
    {
        foreach (var mode in AnalysisModes.Names)
        {
            if (relativePath == PresetPath(mode))
            {
                return AnalysisModes.GlobalConfig(mode);
            }
        }

        if (relativePath == "README.md")
        {
            return ReplaceSection(current, relativePath, "rules", GeneratedDocs.RuleTable());
        }

        if (relativePath == "docs/configuration.md")
        {
            var withOptions = ReplaceSection(current, relativePath, "options", GeneratedDocs.OptionTable(AiDebtAnalyzers.Options.AiDebtOptions.All, withRules: true));
            return ReplaceSection(withOptions, relativePath, "presets", GeneratedDocs.PresetTable());
        }

        var id = Path.GetFileNameWithoutExtension(relativePath);
        var withSources = ReplaceSection(current, relativePath, "sources", GeneratedDocs.SourcesLine(id));
        return ReplaceSection(withSources, relativePath, "options", GeneratedDocs.RuleOptionTable(id));
    }

    /// <summary>Replaces what stands between <c>&lt;!-- name:begin --&gt;</c> and <c>&lt;!-- name:end --&gt;</c>.</summary>
    public static string ReplaceSection(string text, string file, string name, string content)
    {
        var begin = "<!-- " + name + ":begin -->";
        var end = "<!-- " + name + ":end -->";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, file + " needs the markers " + begin + " and " + end + ".");
        var builder = new StringBuilder();
        builder.Append(text, 0, start + begin.Length).Append('\n').Append(content).Append(text, stop, text.Length - stop);
        return builder.ToString();
    }
}
