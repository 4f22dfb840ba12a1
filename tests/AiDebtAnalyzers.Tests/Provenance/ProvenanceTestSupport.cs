using System;
using AiDebtAnalyzers.CodeFixes.Provenance;
using AiDebtAnalyzers.Provenance;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDebtAnalyzers.Tests.Provenance;

internal static class ProvenanceTestSupport
{
    public static readonly DateTime FixedToday = new(2026, 11, 22);

    /// <summary>The <c>aid1:</c> hash of a piece of code, as the analyzer computes it for a region holding it.</summary>
    public static string HashOf(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code);
        var root = tree.GetRoot();
        return RegionHash.Compute(root, tree.GetText(), root.FullSpan, null).Value;
    }
}

/// <summary>The review fixes with a fixed "today", so fixed code is deterministic.</summary>
public sealed class FixedDateMarkReviewedCodeFixProvider : MarkReviewedCodeFixProvider
{
    internal override DateTime Today => ProvenanceTestSupport.FixedToday;
}

public sealed class FixedDateMarkReReviewedCodeFixProvider : MarkReReviewedCodeFixProvider
{
    internal override DateTime Today => ProvenanceTestSupport.FixedToday;
}
