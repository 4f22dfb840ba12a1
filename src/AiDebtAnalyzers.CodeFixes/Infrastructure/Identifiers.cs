using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDebtAnalyzers.CodeFixes.Infrastructure;

/// <summary>The names the code fixes write: one casing rule and one way to make a name unique.</summary>
internal static class Identifiers
{
    /// <summary>The longest name a fix writes; a longer one is cut (names made from values and call chains can run on).</summary>
    private const int MaxNameLength = 60;

    /// <summary>
    /// .NET casing for a type, member or constant name: <c>millisecondsTimeout</c> -> <c>MillisecondsTimeout</c>,
    /// <c>MAX_RETRIES</c> -> <c>MaxRetries</c>, <c>_count</c> -> <c>Count</c>, <c>total_price</c> -> <c>TotalPrice</c>. A result that
    /// is no identifier gets <c>Value</c> in front (<c>3000</c> -> <c>Value3000</c>, empty -> <c>Value</c>) or, as a keyword, behind.
    /// </summary>
    public static string ToPascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var part in name.Split('_', '-', ' ', '@', '.'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var allUpper = part.Length > 1;
            foreach (var c in part)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    allUpper = false;
                    break;
                }
            }

            builder.Append(char.ToUpper(part[0], CultureInfo.InvariantCulture));
            builder.Append(allUpper ? part.Substring(1).ToLowerInvariant() : part.Substring(1));
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, "Value");
        }

        var result = builder.Length > MaxNameLength ? builder.ToString(0, MaxNameLength) : builder.ToString();
        return SyntaxFacts.GetKeywordKind(result) == SyntaxKind.None && SyntaxFacts.IsValidIdentifier(result) ? result : result + "Value";
    }

    /// <summary><paramref name="baseName"/>, or the first of <c>baseName2</c>, <c>baseName3</c>, ... that is not taken.</summary>
    public static string Unique(string baseName, Func<string, bool> isTaken)
    {
        var name = baseName;
        for (var i = 2; isTaken(name); i++)
        {
            name = baseName + i.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }
}
