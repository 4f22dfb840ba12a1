using System;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// The text of a comment without its markers, for every rule that reads what a comment says (placeholders, elisions,
/// chatbot artifacts, provenance markers): one definition of where the words start and end.
/// </summary>
internal static class CommentText
{
    /// <summary>
    /// Where the words of <paramref name="comment"/> (the text of one comment trivia) start and end: after all the
    /// slashes of a line comment (<c>//</c>, <c>////</c>), or between <c>/*</c> with the stars that follow it
    /// (<c>/**</c>) and <c>*/</c>. White space before the marker is skipped; the words keep theirs. Text that is no
    /// comment is returned whole.
    /// </summary>
    public static void Bounds(string comment, out int start, out int end)
    {
        start = 0;
        end = comment.Length;
        while (start < end && char.IsWhiteSpace(comment[start]))
        {
            start++;
        }

        if (string.CompareOrdinal(comment, start, "//", 0, 2) == 0)
        {
            start += 2;
            while (start < end && comment[start] == '/')
            {
                start++;
            }
        }
        else if (string.CompareOrdinal(comment, start, "/*", 0, 2) == 0)
        {
            if (end - start >= 4 && comment.EndsWith("*/", StringComparison.Ordinal))
            {
                end -= 2;
            }

            start += 2;
            while (start < end && comment[start] == '*')
            {
                start++;
            }
        }
    }

    /// <summary>The words of a comment, trimmed: <c>// TODO: x</c> and <c>/** TODO: x */</c> both give <c>TODO: x</c>.</summary>
    public static string Body(string comment)
    {
        Bounds(comment, out var start, out var end);
        return comment.Substring(start, end - start).Trim();
    }
}
