using System;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>Text comparisons the phrase and name tables share.</summary>
internal static class TextSearch
{
    /// <summary>Whether <paramref name="value"/> occurs in <paramref name="text"/>, ignoring case (ordinal, culture-free).</summary>
    public static bool ContainsIgnoreCase(string text, string value) => text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0;
}
