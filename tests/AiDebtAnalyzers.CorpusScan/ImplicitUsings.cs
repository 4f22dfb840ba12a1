using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

/// <summary>
/// The implicit usings of an SDK-style project (<c>&lt;ImplicitUsings&gt;enable&lt;/ImplicitUsings&gt;</c>): a real build
/// generates these global usings, a compilation of the parsed files alone does not, and without them every
/// <c>Select</c>, <c>OfType</c> or <c>Task</c> of such a project fails to bind.
/// </summary>
internal static partial class ImplicitUsings
{
    public const string Source =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    public static SyntaxTree Tree(CSharpParseOptions parseOptions) => CSharpSyntaxTree.ParseText(Source, parseOptions, "ImplicitUsings.g.cs");

    /// <summary>
    /// Whether the project in the folder enables them: in its .csproj, in a Directory.Build.props of the folder or an
    /// ancestor, or in a .props file one of those imports (an import path MSBuild would compute is looked up by its last
    /// two segments relative to the importing file's folder and its ancestors).
    /// </summary>
    public static bool EnabledFor(string projectFolder)
    {
        var files = new List<string>(Directory.EnumerateFiles(projectFolder, "*.csproj"));
        for (var folder = projectFolder; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var props = Path.Combine(folder, "Directory.Build.props");
            if (File.Exists(props))
            {
                files.Add(props);
            }
        }

        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (Enables(text))
            {
                return true;
            }

            foreach (Match import in ImportPattern().Matches(text))
            {
                var imported = Resolve(Path.GetDirectoryName(file)!, import.Groups[1].Value);
                if (imported is not null && Enables(File.ReadAllText(imported)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Enables(string msbuild) => EnabledPattern().IsMatch(msbuild);

    private static string? Resolve(string importingFolder, string importPath)
    {
        var segments = importPath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        var tail = Path.Combine(segments.Length >= 2 ? new[] { segments[^2], segments[^1] } : new[] { segments[^1] });
        for (var folder = importingFolder; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var candidate = Path.Combine(folder, tail);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex(@"<ImplicitUsings>\s*(enable|true)\s*</ImplicitUsings>", RegexOptions.IgnoreCase)]
    private static partial Regex EnabledPattern();

    [GeneratedRegex(@"<Import\s+Project=""([^""]+)""")]
    private static partial Regex ImportPattern();
}
