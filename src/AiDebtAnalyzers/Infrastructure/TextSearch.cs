using System;
using System.Collections.Generic;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>Text comparisons the phrase and name tables share.</summary>
internal static class TextSearch
{
    /// <summary>Whether <paramref name="value"/> occurs in <paramref name="text"/>, ignoring case (ordinal, culture-free).</summary>
    public static bool ContainsIgnoreCase(string text, string value) => text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Whether every character of <paramref name="text"/> is ASCII.</summary>
    public static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// A table of stems looked for in a text ignoring case: <see cref="ContainsAny"/> answers exactly what
/// <see cref="TextSearch.ContainsIgnoreCase"/> answers for some stem of the table, in one pass over the text instead of one
/// search per stem. The phrase detectors ask it of every comment before any regular expression runs, so it is on the
/// comment rules' hottest path: a comment of plain ASCII is read once, each character looked up among the stems that
/// start with it (ASCII letters compared without case, which is what an ordinal comparison ignoring case does for
/// them). A text with any other character is searched stem by stem as before, because ignoring case there follows the
/// runtime's own tables.
/// </summary>
internal sealed class StemTable
{
    private readonly string[] stems;

    // The stems of ASCII characters, lower-cased, by their first character.
    private readonly string[]?[] byFirst = new string[]?[128];

    // Stems with other characters that still match some ASCII text ignoring case (none in the tables so far): searched
    // one by one even in ASCII text.
    private readonly string[] searchedAlways;

    private readonly bool hasEmpty;

    public StemTable(params string[] stems)
    {
        this.stems = stems;
        var buckets = new List<string>[128];
        var always = new List<string>();
        foreach (var stem in stems)
        {
            if (stem.Length == 0)
            {
                hasEmpty = true;
                continue;
            }

            if (!TextSearch.IsAscii(stem))
            {
                // "aquí", "şte ", "】": in ASCII text a stem is found only if each of its characters equals, ignoring case,
                // some ASCII character; asked of the runtime once here rather than assumed.
                if (CanMatchAscii(stem))
                {
                    always.Add(stem);
                }

                continue;
            }

            var folded = Fold(stem);
            (buckets[folded[0]] ??= new List<string>()).Add(folded);
        }

        for (var i = 0; i < buckets.Length; i++)
        {
            byFirst[i] = buckets[i]?.ToArray();
        }

        searchedAlways = always.ToArray();
    }

    /// <summary>The stems, as given.</summary>
    public IReadOnlyList<string> Stems => stems;

    /// <summary>Whether some stem occurs in <paramref name="text"/>, ignoring case as an ordinal comparison does.</summary>
    public bool ContainsAny(string text)
    {
        if (hasEmpty)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 128)
            {
                // A match found before this character was exact (ASCII on both sides); finding none is only known for
                // ASCII text.
                return SearchEachStem(text);
            }

            var bucket = byFirst[Fold(c)];
            if (bucket is null)
            {
                continue;
            }

            foreach (var stem in bucket)
            {
                if (MatchesAt(text, i, stem))
                {
                    return true;
                }
            }
        }

        foreach (var stem in searchedAlways)
        {
            if (TextSearch.ContainsIgnoreCase(text, stem))
            {
                return true;
            }
        }

        return false;
    }

    private bool SearchEachStem(string text)
    {
        foreach (var stem in stems)
        {
            if (TextSearch.ContainsIgnoreCase(text, stem))
            {
                return true;
            }
        }

        return false;
    }

    // The stem's first character matched already; a character of the text that is not ASCII matches no ASCII stem here.
    private static bool MatchesAt(string text, int at, string stem)
    {
        if (at + stem.Length > text.Length)
        {
            return false;
        }

        for (var k = 1; k < stem.Length; k++)
        {
            var c = text[at + k];
            if (c >= 128 || Fold(c) != stem[k])
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

    private static string Fold(string stem)
    {
        var chars = stem.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Fold(chars[i]);
        }

        return new string(chars);
    }

    private static bool CanMatchAscii(string stem)
    {
        foreach (var c in stem)
        {
            if (c < 128)
            {
                continue;
            }

            var matches = false;
            for (var a = 0; a < 128 && !matches; a++)
            {
                matches = string.Equals(((char)a).ToString(), c.ToString(), StringComparison.OrdinalIgnoreCase);
            }

            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}
