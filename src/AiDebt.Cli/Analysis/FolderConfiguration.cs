using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebt.Cli.Analysis;

/// <summary>
/// The <c>.editorconfig</c> and <c>.globalconfig</c> files that apply to an ad hoc folder compilation, evaluated the way
/// the compiler evaluates them: option values for the analyzers and severities for the compilation.
/// </summary>
internal sealed class FolderConfiguration
{
    private readonly AnalyzerConfigSet set;
    // Looked up from the analyzers' threads for every option they read: a concurrent cache, not a lock.
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> byPath = new(StringComparer.Ordinal);

    private FolderConfiguration(AnalyzerConfigSet set) => this.set = set;

    public static FolderConfiguration Load(string folder)
    {
        var configs = new List<AnalyzerConfig>();

        // .editorconfig files above the folder apply too (up to one marked root = true; AnalyzerConfigSet honours that).
        for (var dir = new DirectoryInfo(folder).Parent; dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, ".editorconfig");
            if (File.Exists(path))
            {
                configs.Add(AnalyzerConfig.Parse(File.ReadAllText(path), path));
            }
        }

        foreach (var path in SourceFiles.Enumerate(folder, ".editorconfig"))
        {
            configs.Add(AnalyzerConfig.Parse(File.ReadAllText(path), path));
        }

        foreach (var path in SourceFiles.Enumerate(folder, ".globalconfig"))
        {
            configs.Add(AnalyzerConfig.Parse(File.ReadAllText(path), path));
        }

        return new FolderConfiguration(AnalyzerConfigSet.Create(configs));
    }

    public AnalyzerConfigOptionsResult For(string path) => byPath.GetOrAdd(path, set.GetOptionsForSourcePath);

    public AnalyzerConfigOptionsResult Global => set.GlobalConfigOptions;

    public SyntaxTreeOptionsProvider CreateTreeOptions(IEnumerable<SyntaxTree> trees) =>
        new TreeOptions(trees.ToDictionary(t => t, t => For(t.FilePath)), Global);

    /// <summary>
    /// The options one project of a folder sees: the configuration files, plus what the package's props and targets add in
    /// a build: compiler-visible properties (<c>build_property.*</c>) and additional-file metadata
    /// (<c>build_metadata.AdditionalFiles.*</c>, by file path).
    /// </summary>
    public AnalyzerConfigOptionsProvider CreateOptionsProvider(ImmutableDictionary<string, string> buildProperties, Dictionary<string, ImmutableDictionary<string, string>> fileMetadata) =>
        new OptionsProvider(this, buildProperties, fileMetadata);

    private sealed class TreeOptions : SyntaxTreeOptionsProvider
    {
        private readonly Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> byTree;
        private readonly AnalyzerConfigOptionsResult global;

        public TreeOptions(Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> byTree, AnalyzerConfigOptionsResult global)
        {
            this.byTree = byTree;
            this.global = global;
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (byTree.TryGetValue(tree, out var result) && result.AnalyzerOptions.TryGetValue("generated_code", out var value))
            {
                return string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated;
            }

            return GeneratedKind.Unknown;
        }

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return byTree.TryGetValue(tree, out var result) && result.TreeOptions.TryGetValue(diagnosticId, out severity);
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            global.TreeOptions.TryGetValue(diagnosticId, out severity);
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly FolderConfiguration configuration;
        private readonly Dictionary<string, ImmutableDictionary<string, string>> fileMetadata;

        // The analyzers ask for a tree's options at every option they read (tens of thousands of times in a large
        // project); building a case-insensitive copy of the file's options each time was a measurable share of a scan.
        private readonly ConcurrentDictionary<string, AnalyzerConfigOptions> byTreePath = new(StringComparer.Ordinal);

        public OptionsProvider(FolderConfiguration configuration, ImmutableDictionary<string, string> buildProperties, Dictionary<string, ImmutableDictionary<string, string>> fileMetadata)
        {
            this.configuration = configuration;
            this.fileMetadata = fileMetadata;
            GlobalOptions = new DictionaryOptions(configuration.Global.AnalyzerOptions.SetItems(buildProperties));
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
            byTreePath.GetOrAdd(tree.FilePath, static (path, configuration) => new DictionaryOptions(configuration.For(path).AnalyzerOptions), configuration);

        // A baseline found by the scan is .aidebt/baseline.json, which the suppressor recognises by its path.
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            var options = configuration.For(textFile.Path).AnalyzerOptions;
            return new DictionaryOptions(fileMetadata.TryGetValue(textFile.Path, out var metadata) ? options.SetItems(metadata) : options);
        }
    }
}

/// <summary>Analyzer options backed by a dictionary (editorconfig keys are case-insensitive).</summary>
internal sealed class DictionaryOptions : AnalyzerConfigOptions
{
    private readonly ImmutableDictionary<string, string> values;

    public DictionaryOptions(ImmutableDictionary<string, string> values) => this.values = values.WithComparers(StringComparer.OrdinalIgnoreCase);

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

    public override IEnumerable<string> Keys => values.Keys;
}

/// <summary>A file on disk as an AdditionalFile.</summary>
internal sealed class FileAdditionalText : AdditionalText
{
    private readonly Lazy<Microsoft.CodeAnalysis.Text.SourceText> text;

    public FileAdditionalText(string path)
    {
        Path = path;
        text = new Lazy<Microsoft.CodeAnalysis.Text.SourceText>(() => Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(path)));
    }

    public override string Path { get; }

    public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => text.Value;
}

/// <summary>The files of a folder scan: everything but build output and version-control folders.</summary>
internal static class SourceFiles
{
    private static readonly string[] SkippedFolders = { "bin", "obj", ".git", ".vs", "node_modules", "artifacts" };

    /// <param name="suffix">A file name (<c>.editorconfig</c>) or an ending (<c>.cs</c>, <c>.globalconfig</c>).</param>
    public static IEnumerable<string> Enumerate(string folder, string suffix)
    {
        var stack = new Stack<string>();
        stack.Push(folder);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            IEnumerable<string> files;
            IEnumerable<string> folders;
            try
            {
                files = Directory.GetFiles(current);
                folders = Directory.GetDirectories(current);
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
            {
                if (System.IO.Path.GetFileName(file).EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    yield return file;
                }
            }

            foreach (var sub in folders.OrderByDescending(f => f, StringComparer.Ordinal))
            {
                if (!SkippedFolders.Contains(System.IO.Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
                {
                    stack.Push(sub);
                }
            }
        }
    }
}
