using System;
using System.Collections.Generic;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// What the test-gap rules read from outside the compilation, all of it AdditionalFiles: the PublicAPI files and the
/// test sources that the package's build targets mark with <c>AiDebtTestSource=true</c>. Read once per compilation by
/// each rule that needs it; the files' parses are cached per text (<see cref="PublicApiFile.ParseCached"/>,
/// <see cref="TestReferenceCache"/>), so reading them again costs a lookup. The PublicAPI files are read at once (a
/// project's scope depends on them); the test sources' texts only when <see cref="ReadTestSources"/> is first asked: an
/// application whose scope is <c>none</c> never needs them, and AID302 needs only to know that one can be read
/// (<see cref="HasTestSources"/>).
/// </summary>
internal sealed class TestGapsInputs
{
    private readonly List<(AdditionalText File, AnalyzerConfigOptions Options)> testSourceFiles = new();
    private readonly List<AdditionalText> testScriptFiles = new();
    private readonly BuiltOnce<TestSources> testSources;

    private TestGapsInputs() => testSources = new BuiltOnce<TestSources>(LoadTestSources);

    /// <summary>The APIs the shipped file lists (as rendered symbols are compared with them).</summary>
    public HashSet<string> Shipped { get; } = new(StringComparer.Ordinal);

    public bool HasApiFiles { get; private set; }

    /// <summary>A PublicAPI file says <c>#nullable enable</c>.</summary>
    public bool NullableApiFiles { get; private set; }

    public List<(AdditionalText File, PublicApiFile Parsed)> ApiFiles { get; } = new();

    /// <summary>The test sources' texts, read on the first call (the next calls, on any thread, share that read).</summary>
    public TestSources ReadTestSources(CancellationToken cancellationToken) => testSources.Get(cancellationToken);

    /// <summary>Whether a test source can be read: the search ends at the first that can, so usually only its text is read.</summary>
    public bool HasTestSources(CancellationToken cancellationToken)
    {
        foreach (var (file, _) in testSourceFiles)
        {
            if (file.GetText(cancellationToken) is not null)
            {
                return true;
            }
        }

        return false;
    }

    public static TestGapsInputs Read(AnalyzerOptions options, bool withTestSources, CancellationToken cancellationToken)
    {
        var inputs = new TestGapsInputs();
        foreach (var file in options.AdditionalFiles)
        {
            if (PublicApiFile.IsPublicApiFileName(file.Path, out var isShipped))
            {
                var text = file.GetText(cancellationToken);
                if (text is null)
                {
                    continue;
                }

                inputs.HasApiFiles = true;
                var parsed = PublicApiFile.ParseCached(text, isShipped);
                inputs.NullableApiFiles |= parsed.NullableEnabled;
                inputs.ApiFiles.Add((file, parsed));

                // Only the shipped list decides: an API in the unshipped file, or in neither file, is new.
                if (isShipped)
                {
                    inputs.Shipped.UnionWith(parsed.Entries);
                }

                continue;
            }

            if (!withTestSources)
            {
                continue;
            }

            var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (IsTrue(fileOptions, UntestedPublicApiAnalyzer.TestScriptMetadata))
            {
                inputs.testScriptFiles.Add(file);
                continue;
            }

            if (IsTrue(fileOptions, UntestedPublicApiAnalyzer.TestSourceMetadata))
            {
                inputs.testSourceFiles.Add((file, fileOptions));
            }
        }

        return inputs;
    }

    /// <summary>Every test source and script that can be read, in the order of the AdditionalFiles.</summary>
    private TestSources LoadTestSources(CancellationToken cancellationToken)
    {
        var sources = new TestSources();
        foreach (var (file, fileOptions) in testSourceFiles)
        {
            if (file.GetText(cancellationToken) is { } text)
            {
                sources.Texts.Add(text);
                sources.Projects.Add(fileOptions.TryGetValue(UntestedPublicApiAnalyzer.TestProjectMetadata, out var project) && project.Trim().Length > 0
                    ? project.Trim()
                    : System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(file.Path) ?? string.Empty));
            }
        }

        foreach (var file in testScriptFiles)
        {
            if (file.GetText(cancellationToken) is { } script)
            {
                sources.ScriptTexts.Add(script);
            }
        }

        return sources;
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The APIs in scope: <c>null</c> for none, else whether only new APIs count (<c>auto</c> means <c>new</c> with
    /// PublicAPI files, else <c>all</c> for a library and none for an executable).
    /// </summary>
    public bool? OnlyNewApis(AnalyzerOptions options, Compilation compilation)
    {
        var scope = AiDebtOptions.TestGapsScope.Read(options, compilation);
        if (scope == "auto")
        {
            scope = HasApiFiles ? "new" : compilation.Options.OutputKind == OutputKind.DynamicallyLinkedLibrary ? "all" : "none";
        }

        return scope switch
        {
            "none" => null,
            "new" => true,
            _ => false,
        };
    }

    /// <summary>The test sources and scripts of a compilation, read.</summary>
    internal sealed class TestSources
    {
        public List<SourceText> Texts { get; } = new();

        /// <summary>
        /// The test projects' script texts (<c>AiDebtTestScript=true</c>): templates and scripts the tests load at run time,
        /// read for the member paths they write (the <c>script-name</c> row), never as C#.
        /// </summary>
        public List<SourceText> ScriptTexts { get; } = new();

        /// <summary>The names of the test projects the sources came from, for the message.</summary>
        public SortedSet<string> Projects { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
