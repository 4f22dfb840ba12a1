using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using AiDebtAnalyzers.CodeFixes.Residue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Tests.Quality;

/// <summary>Everything the package ships, found by reflection so that a new rule needs no registration here.</summary>
public static class RuleCatalog
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(RuleIds).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static ImmutableArray<CodeFixProvider> CodeFixes { get; } = typeof(RemoveCommentCodeFixProvider).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>Every descriptor, once per ID (an analyzer pair may share one).</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = Analyzers
        .Where(a => a is not DiagnosticSuppressor)
        .SelectMany(a => a.SupportedDiagnostics)
        .GroupBy(d => d.Id, StringComparer.Ordinal)
        .Select(g => g.First())
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    public static bool HasCodeFix(string id) => CodeFixes.Any(f => f.FixableDiagnosticIds.Contains(id));

    public static bool IsSummary(DiagnosticDescriptor descriptor) => descriptor.CustomTags.Contains(RuleTags.Summary);

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Every C# file of the repository's sources and tests, build output (<c>bin</c>, <c>obj</c>) left out.</summary>
    public static List<string> RepositorySourceFiles()
    {
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(RepositoryRoot, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !file.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .ToList();
    }

    public static string ReadRepositoryFile(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot, relativePath)).Replace("\r\n", "\n");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiDebtAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AiDebtAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
