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
    /// The global usings a build of the project in the folder generates: the implicit ones when it enables them, and its
    /// <c>&lt;Using Include="..." /&gt;</c> items (<c>Static="true"</c>, <c>Alias="..."</c>), read from its .csproj, the
    /// Directory.Build.props of the folder and its ancestors, and the .props files those import (an import path MSBuild
    /// would compute is looked up by its last two segments relative to the importing file's folder and its ancestors).
    /// Null when there are none.
    /// </summary>
    public static SyntaxTree? For(string projectFolder, CSharpParseOptions parseOptions)
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

        var texts = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            texts.Add(text);
            foreach (Match import in ImportPattern().Matches(text))
            {
                if (Resolve(Path.GetDirectoryName(file)!, import.Groups[1].Value) is { } imported)
                {
                    texts.Add(File.ReadAllText(imported));
                }
            }
        }

        var source = new System.Text.StringBuilder();
        foreach (var text in texts)
        {
            if (source.Length == 0 && Enables(text))
            {
                source.Append(Source);
            }
        }

        foreach (var text in texts)
        {
            foreach (Match item in UsingItemPattern().Matches(text))
            {
                var attributes = item.Groups[1].Value;
                var name = AttributeValue(attributes, "Include");
                if (name is null)
                {
                    continue;
                }

                var alias = AttributeValue(attributes, "Alias");
                var isStatic = string.Equals(AttributeValue(attributes, "Static"), "true", StringComparison.OrdinalIgnoreCase);
                source.Append(" global using ").Append(isStatic ? "static " : string.Empty).Append(alias is null ? string.Empty : alias + " = ").Append(name).Append(';');
            }
        }

        return source.Length == 0 ? null : CSharpSyntaxTree.ParseText(source.ToString(), parseOptions, "GlobalUsings.g.cs");
    }

    private static string? AttributeValue(string attributes, string name)
    {
        var match = Regex.Match(attributes, name + @"\s*=\s*""([^""]*)""");
        return match.Success ? match.Groups[1].Value : null;
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

    [GeneratedRegex(@"<Using\s+([^>]*?)/?>")]
    private static partial Regex UsingItemPattern();

    [GeneratedRegex(@"<Import\s+Project=""([^""]+)""")]
    private static partial Regex ImportPattern();
}
