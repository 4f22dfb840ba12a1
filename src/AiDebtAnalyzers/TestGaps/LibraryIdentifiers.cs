using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// How often the library's code writes an identifier, asked name by name and remembered per compilation. AID301 asks it
/// of the interfaces and data holders it may leave out and of the reflection calls of the <c>script-name</c> row: on
/// the libraries measured, 0 to 5 names (most types are settled before they ask). So each answer searches the trees'
/// text for the name and looks at the token under each occurrence, instead of walking every token of the library to
/// count them all: that walk cost a fresh compiler process 0.16 to 0.34 s on Newtonsoft.Json. A search costs about a
/// fiftieth to a hundredth of the walk (warm, 0.4 to 1.3 ms a name against 30 to 125 ms on three code bases), so after
/// <see cref="DefaultNamesSearched"/> names the walk is made once and answers the rest: a library of hundreds of data
/// holders pays at most the searches and the walk. An identifier token is counted as the walk counts it: outside trivia (not
/// in comments, disabled code, directives or documentation comments), verbatim (<c>@Name</c>) included; the search does
/// not find a name spelled with Unicode escapes (<c>\u0049Name</c>) or with a formatting character inside it (a soft
/// hyphen or zero-width joiner, which the compiler leaves out of the name), spellings no library uses for its own types.
/// </summary>
internal sealed class LibraryIdentifiers
{
    // The text is copied out in slices of this many characters, overlapping by the name's length less one.
    private const int SliceLength = 1 << 14;

    /// <summary>How many names are searched before the walk counts every identifier once.</summary>
    public const int DefaultNamesSearched = 32;

    private readonly Compilation compilation;
    private readonly int namesSearched;
    private readonly ConcurrentDictionary<string, int> counts = new(System.StringComparer.Ordinal);
    private Dictionary<string, int>? walked;
    private int searches;

    public LibraryIdentifiers(Compilation compilation, int namesSearched = DefaultNamesSearched)
    {
        this.compilation = compilation;
        this.namesSearched = namesSearched;
    }

    /// <summary>How many identifier tokens of the library's trees have <paramref name="name"/> as their value.</summary>
    public int Count(string name, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            return 0;
        }

        if (counts.TryGetValue(name, out var known))
        {
            return known;
        }

        if (Volatile.Read(ref walked) is not null || Interlocked.Increment(ref searches) > namesSearched)
        {
            return Walked(cancellationToken).TryGetValue(name, out var written) ? written : 0;
        }

        var count = 0;
        var slice = new char[SliceLength];
        foreach (var tree in compilation.SyntaxTrees)
        {
            count += CountIn(tree, name, slice, cancellationToken);
        }

        return counts.GetOrAdd(name, count);
    }

    /// <summary>Every identifier's count, from one walk of every token (two callers may both walk; one result is kept).</summary>
    private Dictionary<string, int> Walked(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref walked) is { } known)
        {
            return known;
        }

        var all = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    all.TryGetValue(token.ValueText, out var count);
                    all[token.ValueText] = count + 1;
                }
            }
        }

        return Interlocked.CompareExchange(ref walked, all, null) ?? all;
    }

    private static int CountIn(SyntaxTree tree, string name, char[] slice, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var step = SliceLength - (name.Length - 1);
        if (step <= 0)
        {
            return 0;
        }

        SyntaxNode? root = null;
        var count = 0;
        for (var start = 0; start < text.Length; start += step)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = System.Math.Min(SliceLength, text.Length - start);
            if (length < name.Length)
            {
                break;
            }

            text.CopyTo(start, slice, 0, length);
            // An occurrence that starts in the overlap is found again by the next slice: only those that start before
            // the next slice's start are taken here, unless this slice is the last.
            var isLastSlice = start + length == text.Length;
            var last = isLastSlice ? length - name.Length : System.Math.Min(length - name.Length, step - 1);
            for (var at = 0; at <= last; at++)
            {
                at = System.Array.IndexOf(slice, name[0], at, last - at + 1);
                if (at < 0)
                {
                    break;
                }

                if (!Matches(slice, at, name))
                {
                    continue;
                }

                root ??= tree.GetRoot(cancellationToken);
                var token = root.FindToken(start + at);
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.Span.Contains(start + at) && token.ValueText == name)
                {
                    count++;
                }
            }

            if (isLastSlice)
            {
                break;
            }
        }

        return count;
    }

    private static bool Matches(char[] slice, int at, string name)
    {
        for (var i = 1; i < name.Length; i++)
        {
            if (slice[at + i] != name[i])
            {
                return false;
            }
        }

        return true;
    }
}
