using System;
using System.Text.RegularExpressions;
using AiDebtAnalyzers.Infrastructure;

namespace AiDebtAnalyzers.Residue;

/// <summary>What kind of elision a comment is, if any.</summary>
internal enum ElisionKind
{
    None,

    /// <summary>Nothing but an ellipsis: <c>// ...</c>, <c>/* … */</c>, <c>// [...]</c>.</summary>
    BareEllipsis,

    /// <summary>An elision phrase: <c>// ... existing code ...</c>, <c>// (omitted for brevity)</c>.</summary>
    Phrase,

    /// <summary>
    /// A phrase that is an elision only where code is missing (between members, or alone in an empty body) and prose
    /// among statements: <c>// Other properties remain unchanged</c> before assertions describes the object under test,
    /// <c>// same as before</c> before a statement says the statement repeats an earlier one.
    /// </summary>
    ContextualPhrase,
}

/// <summary>
/// Recognizes the elisions that AI assistants write in place of code. A phrase counts only when it is the whole comment
/// (give or take ellipses, brackets and punctuation), so prose that merely mentions "the rest of the code" never fires.
/// Weak phrases (<c>other methods</c>, <c>rest of the class</c>, <c>unchanged</c>) count only when the comment also
/// carries an ellipsis or brackets, the marks of an elision rather than a section heading.
/// </summary>
internal static class ElisionPhrases
{
    // Not RegexOptions.Compiled: compiling these case-insensitive alternations to IL took seconds at first use in every
    // compiler process (13.6 s for the AID501 set), while interpreted matching costs microseconds per candidate comment.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Nouns that can only mean code: "the rest of the code remains the same" always elides.
    private const string CodeThings =
        "code|implementation|implementations|logic|methods?|members|usings|imports|tests|test cases|cases|" +
        "body|class|file|function|functions|endpoints|handlers|registrations|services|" +
        "setup|validation|mappings|routes|overloads|constructors|helpers|steps|statements|lines|checks";

    // Nouns that also name run-time data: "other properties remain unchanged" among statements describes an object.
    private const string DataThings = "properties|fields|options|parameters|content|contents|configuration|config|values|settings";

    private const string Things = CodeThings + "|" + DataThings;

    private const string Keep = "remains?|stays?|is|are|left|kept|remain";

    private const string Same = "the same|unchanged|as[- ]is|as before|intact|untouched";

    // Strong: the whole comment is this phrase, with or without ellipses.
    private static readonly Regex Strong = new(
        "^(?:" +
        // existing code / your existing code here
        "(?:your |the |all )?existing (?:code|implementation|logic)(?: here| goes here)?" +
        // previous implementation unchanged / original code remains the same / existing methods omitted
        "|(?:your |the |all )?(?:existing|previous|original|prior|old) (?:" + CodeThings + ")(?: (?:here|goes here|(?:" + Keep + ") (?:" + Same + ")|unchanged|not changed|as before))" +
        "|(?:your |the |all )?(?:existing|previous|original|prior|old) (?:" + Things + ")(?: (?:omitted|not shown|elided))" +
        // existing code that should remain unchanged
        "|(?:your |the |all )?(?:existing|previous|original|prior|old) (?:[\\w-]+ ){0,2}(?:code|logic|implementation)(?: that| which)? (?:should |will |must |can )?(?:" + Keep + ") (?:" + Same + ")" +
        // rest of the code remains the same / the rest of the class is unchanged
        "|(?:the )?(?:rest|remainder) of (?:the |this |your )?(?:" + CodeThings + ")(?: (?:\\w+ ){0,2})?(?:" + Keep + ") (?:" + Same + ")" +
        // remaining methods unchanged / other members omitted / other fields omitted
        "|(?:all )?(?:other|remaining|additional|more|existing|further) (?:" + CodeThings + ")(?: \\w+)? (?:(?:" + Keep + ") )?(?:" + Same + ")" +
        "|(?:all )?(?:other|remaining|additional|more|existing|further) (?:" + Things + ")(?: \\w+)? (?:(?:" + Keep + ") )?(?:omitted|not shown|elided)" +
        // omitted for brevity / implementation omitted for brevity / (code omitted for clarity)
        "|(?:[\\w-]+ ){0,4}(?:omitted|elided|removed|trimmed|truncated|skipped|shortened|abbreviated|left out) for (?:brevity|clarity|simplicity|space|readability)" +
        "|for brevity" +
        ")$",
        Options);

    // Contextual: an elision where code is missing, prose among statements (see ElisionKind.ContextualPhrase).
    private static readonly Regex Contextual = new(
        "^(?:" +
        "(?:your |the |all )?(?:existing|previous|original|prior|old) (?:" + DataThings + ")(?: (?:here|goes here|(?:" + Keep + ") (?:" + Same + ")|unchanged|not changed|as before))" +
        "|(?:the )?(?:rest|remainder) of (?:the |this |your )?(?:" + DataThings + ")(?: (?:\\w+ ){0,2})?(?:" + Keep + ") (?:" + Same + ")" +
        "|(?:all )?(?:other|remaining|additional|more|existing|further) (?:" + DataThings + ")(?: \\w+)? (?:(?:" + Keep + ") )?(?:" + Same + ")" +
        "|(?:same|unchanged) as (?:before|previously|earlier|the original)" +
        ")$",
        Options);

    // Weak: these need an ellipsis or brackets in the comment to count.
    private static readonly Regex Weak = new(
        "^(?:" +
        "(?:the )?(?:rest|remainder) of (?:the |this |your )?(?:" + Things + ")" +
        "|(?:all )?(?:other|remaining|additional|more|existing|previous|same|original|prior|old) (?:" + Things + ")(?: here)?" +
        "|(?:code |implementation )?(?:unchanged|omitted|elided|snip|snipped|truncated|same)" +
        "|(?:code|implementation|logic) (?:here|goes here|continues)" +
        "|no changes?(?: here| below| needed)?" +
        // ... existing message handling code ... / Other existing code...
        "|(?:(?:other|your|the|all) )?(?:existing|previous|original|prior|old) (?:[\\w-]+ ){0,3}(?:code|logic|implementation|methods|members|handlers)(?: here| goes here)?" +
        // "// Same as above" before a statement or an overload is a human's note that it repeats what precedes it.
        "|(?:same|unchanged) as (?:before|above|previously|earlier|the original)" +
        ")$",
        Options);

    // "// ... existing <anything> ..." : an ellipsis, then "existing" (or the word in the languages assistants answer in),
    // whatever noun and words follow. Prose that goes on after an ellipsis ("// ... and the recurrence is valid") never
    // starts with the word.
    private static readonly Regex LeadingExisting = new(
        @"^(?:existing|existente|existentes|existant|existante|existants|existantes|esistente|bestehende[rnms]?|vorhandene[rnms]?|mevcut)\b",
        Options);

    // The elision phrases in Spanish, Portuguese, French, German, Italian and Turkish; like the weak English phrases they
    // count only with an ellipsis or brackets around them ("// Código existente" alone may be a heading).
    private static readonly Regex Foreign = new(
        "^(?:" +
        @"(?:el |o |todo el |todo o )?(?:código|codigo|lógica|logica|métodos|metodos|propiedades|propriedades|campos|implementación|implementação)(?: \w+){0,2} (?:existentes?|anterior(?:es)?|original(?:es)?|previos?|sin cambios|sem alterações|sem alteracoes|inalterad[oa]s?)\b.*" +
        @"|(?:el |o )?resto del? (?:código|codigo|clase|método|metodo|archivo|arquivo)\b.*|(?:o )?restante do (?:código|codigo)\b.*" +
        @"|(?:le |la |les )?(?:code|logique|méthodes|propriétés|champs|implémentation)(?: \w+){0,2} (?:existante?s?|précédente?s?|inchangée?s?)\b.*|(?:le )?reste du code\b.*" +
        @"|(?:der |die |das )?(?:bestehende[rn]?|vorhandene[rn]?|bisherige[rn]?|restliche[rn]?|übrige[rn]?) (?:code|logik|methoden|eigenschaften|felder|implementierung)\b.*|(?:der )?rest des codes\b.*|(?:der )?code bleibt unverändert" +
        @"|(?:il )?codice esistente\b.*|(?:il )?resto del codice\b.*" +
        @"|mevcut (?:kod\w*|metot\w*|metod\w*|özellik\w*|mantık)\b.*|kodun (?:geri )?kalan\w*\b.*" +
        ")$",
        Options);

    /// <summary>Classifies a comment's text (including its <c>//</c> or <c>/* */</c> markers).</summary>
    public static ElisionKind Classify(string commentText)
    {
        var body = StripMarkers(commentText);
        if (body.Length == 0)
        {
            return ElisionKind.None;
        }

        var hasEllipsis = body.IndexOf("...", StringComparison.Ordinal) >= 0 || body.IndexOf('…') >= 0;
        var core = TrimDecoration(body, out var hadBrackets);
        if (core.Length == 0)
        {
            return hasEllipsis || CountDots(body) >= 3 ? ElisionKind.BareEllipsis : ElisionKind.None;
        }

        // Prose sentences (several words, no elision marks) are the common case: skip them cheaply.
        if (core.Length > 90 || !LooksLikeCandidate(core))
        {
            return ElisionKind.None;
        }

        var normalized = NormalizeSpaces(core);
        if (Strong.IsMatch(normalized))
        {
            return ElisionKind.Phrase;
        }

        var marked = hasEllipsis || hadBrackets;
        if ((StartsWithEllipsis(body) && LeadingExisting.IsMatch(normalized)) || (marked && Foreign.IsMatch(normalized)))
        {
            return ElisionKind.Phrase;
        }

        if (Contextual.IsMatch(normalized))
        {
            return marked ? ElisionKind.Phrase : ElisionKind.ContextualPhrase;
        }

        if (marked && Weak.IsMatch(normalized))
        {
            return ElisionKind.Phrase;
        }

        return ElisionKind.None;
    }

    // Every phrase above contains one of these stems; most comments contain none, so the regular expressions rarely run.
    internal static readonly StemTable CandidateStems = new(
        "exist", "previous", "original", "prior", "old ", "rest of", "remainder", "other", "remaining", "additional",
        "more ", "further", "brevity", "omitted", "elided", "unchanged", "same", "snip", "truncated", "no change",
        "here", "continues", "for clarity", "for simplicity", "for space", "for readability", "left out",
        "bestehend", "vorhanden", "bisherig", "restlich", "übrig", "mevcut", "kalan", "resto", "restante", "reste",
        "rest des", "anterior", "cambios", "altera", "inalterad", "précédent", "inchang", "unverändert", "esistente",
        "previo");

    private static bool LooksLikeCandidate(string core) => CandidateStems.ContainsAny(core);

    private static bool StartsWithEllipsis(string body) =>
        body.StartsWith("...", StringComparison.Ordinal) || body.StartsWith("…", StringComparison.Ordinal);

    private static int CountDots(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The comment's words; a block comment's lines joined, since an elision phrase may span them.</summary>
    private static string StripMarkers(string commentText)
    {
        var body = CommentText.Body(commentText);
        return commentText.StartsWith("/*", StringComparison.Ordinal)
            ? body.Replace("\r", " ").Replace("\n", " ").Replace(" * ", " ")
            : body;
    }

    /// <summary>Removes the ellipses, brackets and punctuation that surround an elision phrase.</summary>
    private static string TrimDecoration(string body, out bool hadBrackets)
    {
        hadBrackets = false;
        var start = 0;
        var end = body.Length;
        while (start < end && IsDecoration(body[start], ref hadBrackets))
        {
            start++;
        }

        while (end > start && IsDecoration(body[end - 1], ref hadBrackets))
        {
            end--;
        }

        var core = body.Substring(start, end - start);

        // "// ... (omitted for brevity)" leaves "..." and parentheses around the phrase; one more pass removes inner ones.
        return core.Replace("...", " ").Replace("…", " ").Trim();
    }

    private static bool IsDecoration(char c, ref bool hadBrackets)
    {
        switch (c)
        {
            case '[':
            case ']':
            case '(':
            case ')':
            case '<':
            case '>':
            case '{':
            case '}':
                hadBrackets = true;
                return true;
            case '.':
            case '…':
            case ' ':
            case '\t':
            case '-':
            case '=':
            case '*':
            case ':':
            case ',':
            case ';':
            case '!':
                return true;
            default:
                return false;
        }
    }

    private static string NormalizeSpaces(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '(' || c == ')' || c == '[' || c == ']')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
