using System;
using System.Text.RegularExpressions;
using AiDebtAnalyzers.Infrastructure;
using static AiDebtAnalyzers.Infrastructure.TextSearch;

namespace AiDebtAnalyzers.Residue;

/// <summary>What kind of chatbot conversation text a comment carries, if any.</summary>
internal enum ChatbotArtifactKind
{
    None,

    /// <summary>
    /// Citation markup a chat interface renders and a copy keeps: <c>:contentReference[oaicite:0]{index=0}</c>,
    /// <c>turn0search0</c>, <c>【4:0†source】</c>, <c>[cite_start]</c>, <c>[cite: 12]</c>.
    /// </summary>
    Citation,

    /// <summary>The model speaking of itself: <c>As an AI language model</c>, <c>as of my last knowledge update</c>.</summary>
    SelfReference,

    /// <summary>The opening of an answer: <c>Certainly! Here's</c>, <c>Here's the updated code:</c>.</summary>
    Preamble,

    /// <summary>The close of an answer: <c>I hope this helps!</c>, <c>Let me know if you need further assistance.</c></summary>
    Closing,

    /// <summary>
    /// The header a chat puts above a code block it wrote for a file of the user's machine, pasted with the code:
    /// <c>// filepath: c:\Users\ana\src\Api\OrderService.cs</c>.
    /// </summary>
    CodeBlockHeader,

    /// <summary>
    /// The model answering its user's request: <c>// We're not implementing actual password hashing as per instructions</c>,
    /// <c>// as you requested</c>.
    /// </summary>
    UserRequest,

    /// <summary>
    /// A chat's code block header naming another file, as the file's first comment: <c>// File: DummyDataGenerator.cs</c>
    /// in <c>DummyDataService.cs</c>. Decided by the analyzer, which knows the file's name.
    /// </summary>
    ForeignFileHeader,
}

/// <summary>
/// Recognizes conversation text that a chatbot wrote to its user and that was committed as a code comment (AID503).
/// Shared with the provenance rules, which take any such artifact as evidence of AI generation.
/// </summary>
/// <remarks>
/// Precision comes first: every pattern was checked against how the words occur in human comments. Citation markup
/// never occurs in human prose. Self-references are ignored when quoted (a filter that lists the phrase is not an
/// artifact). Preambles count only at the start of the comment and only when they announce code (<c>Here's the
/// updated code path</c> is prose). Closings count only as a sentence of their own (<c>I hope this helps the JIT</c> is
/// prose) and, without "I", only with an exclamation mark or a chatbot tail: a terse <c>// Hope this helps.</c> in an
/// old revision log is human.
/// </remarks>
internal static class ChatbotArtifacts
{
    // Not RegexOptions.Compiled: compiling these case-insensitive alternations to IL took seconds at first use in every
    // compiler process (13.6 s for the AID501 set), while interpreted matching costs microseconds per candidate comment.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex CitationPattern = new(
        // ChatGPT web answers: ":contentReference[oaicite:0]{index=0}", "[oaicite:3]"
        @"contentReference\[oaicite|\[oaicite:\d+\]|oaicite:\d+" +
        // ChatGPT search citations, with or without the private-use delimiters around them: "citeturn0search0turn1view2"
        @"|(?:\b|cite|[\uE200-\uE2FF])turn\d+(?:search|news|view|image|fetch|file|academia|finance|forecast|sports|product|reddit|video)\d+" +
        @"|[\uE200-\uE2FF](?:cite|filecite|navlist|entity|image_group)" +
        // Assistants file search and browsing: "【4:0†source】", "【12†L1-L5】"
        @"|【[^】\r\n]{0,40}†[^】\r\n]{0,40}】" +
        // Gemini: "[cite_start]...[cite: 12, 14]"
        @"|\[cite_start\]|\[cite:\s*\d+(?:\s*[-,]\s*\d+)*\]",
        Options);

    // The citation markup alone, for removing it from a comment that also says something.
    private static readonly Regex CitationMarkup = new(
        @"[ \t]*(?::?contentReference\[oaicite:\d+\](?:\{index=\d+\})?|\[oaicite:\d+\]" +
        @"|【?[\uE200-\uE2FF]*(?:cite|filecite)?[\uE200-\uE2FF]*(?:turn\d+(?:search|news|view|image|fetch|file|academia|finance|forecast|sports|product|reddit|video)\d+[\uE200-\uE2FF]*)+】?" +
        @"|【[^】\r\n]{0,40}†[^】\r\n]{0,40}】|\[cite_start\]|\[cite:\s*\d+(?:\s*[-,]\s*\d+)*\])",
        Options);

    private static readonly Regex SelfReferencePattern = new(
        @"\bas an ai(?:[- ]powered)? (?:language model|model|assistant|chatbot)\b" +
        @"|\bas a (?:large )?language model\b" +
        @"|\bi(?:'m|’m| am) (?:an ai|a (?:large )?language model)\b" +
        @"|\bas an ai, i\b" +
        @"|\b(?:as of|up to|since) my (?:last |latest )?(?:knowledge (?:cutoff|cut-off|update)|training (?:data|cutoff|cut-off))\b" +
        @"|\bmy knowledge cut-?off\b",
        Options);

    // An agent thinking aloud about its own next edit, at the start of a comment: "Let me restructure this to ...",
    // "Actually, looking at the code more carefully:". People write to the reader, not to themselves.
    private static readonly Regex NarrationPattern = new(
        @"^(?:actually,? |ok(?:ay)?,? |hmm,? )?let me (?:restructure|rewrite|refactor|rework|reorganize|fix|update|simplify|try|check|verify|rethink|re-think|reconsider|revise|correct|adjust|change|modify|clean up|think)\b" +
        @"|^actually,? (?:looking at|on second thought|let me)\b",
        Options);

    private static readonly Regex PreamblePattern = new(
        // An optional speaker label left by the copy ("ChatGPT:", "AI:", "Assistant:") and an optional interjection.
        @"^(?:(?:chatgpt|gpt-?\d\w*|ai|assistant|claude|gemini|copilot|bard)\s*:\s*)?" +
        @"(?:" +
        @"(?:certainly|sure|absolutely|of course)! (?:here|below|i(?:'ve|’ve| have)|i(?:'ll|’ll| will)|let's|let’s|let me)\b" +
        @"|(?:(?:certainly|sure|absolutely|of course|great question|got it|okay|alright)[!.,] +)?" +
        @"(?:here(?:'s|’s| is| are)|below is|below are) (?:the |an |a |your |my )?" +
        @"(?:(?:updated|revised|modified|corrected|fixed|refactored|improved|complete|completed|rewritten|optimized|cleaned[- ]up|adjusted|enhanced)(?:, | and | ))+" +
        @"(?:" +
        // "... updated code:", "... refactored `ShippingCalculator` class that ..."
        @"(?:version of (?:the |your )?)?(?:[`'\w.<>-]+ ){0,2}(?:code|implementation|version|class|method|function|file|snippet|solution|script|component|program|service|controller)s?" +
        @"(?=$|\s*[:.!]| (?:with|that|for|which|incorporating|including|in|based|using|where|to|of)\b)" +
        // "... updated ShippingCalculator:" (a type or member name, then the code)
        @"|`?[A-Z][\w.<>]*`?\s*:\s*$" +
        @")" +
        // The same opening in the languages assistants answer in: "¡Claro! Aquí está el código actualizado",
        // "Aqui está o código atualizado", "Hier ist der aktualisierte Code", "Voici le code mis à jour",
        // "İşte güncellenmiş kod".
        @"|(?:¡?(?:claro|por supuesto|certamente|bien sûr|natürlich|tabii ki)[!.,]? +)?" +
        @"(?:aquí (?:está|tienes) (?:el|la|tu) (?:código|codigo|versión|implementación|clase|método) (?:actualizad[oa]|corregid[oa]|modificad[oa]|complet[oa]|refactorizad[oa])" +
        @"|aqui está (?:o|a) (?:código|codigo|versão|implementação|classe|método) (?:atualizad[oa]|corrigid[oa]|modificad[oa]|complet[oa]|refatorad[oa])" +
        @"|hier ist (?:der|die|das) (?:aktualisierte|überarbeitete|korrigierte|vollständige|angepasste) (?:code|version|implementierung|klasse|methode)" +
        @"|voici (?:le|la) (?:code|version|implémentation|classe|méthode) (?:mis à jour|mise à jour|corrigée?|modifiée?|complète|complet)" +
        @"|[iİ]şte (?:güncellenmiş|düzeltilmiş|güncel|tam) (?:kod|sürüm|versiyon|sınıf|metot|metod))" +
        @")",
        Options);

    // "filepath:" then a path of the machine the chat ran beside: a drive ("e:\\", "/d:/") or a home folder. A path from
    // the repository's root ("// filepath: src/Api/OrderService.cs") is a header a team may keep on purpose.
    private static readonly Regex CodeBlockHeaderPattern = new(
        @"^filepath:\s*(?:[a-z]:[\\/]|/[a-z]:/|/(?:users|home|mnt|workspaces?|root)/)",
        Options);

    // The instructions and requests of the conversation, not of a document: "as per instructions" ends the clause or
    // the comment ("as per the instructions in README.md" and "as requested by the server" are a colleague's notes).
    private static readonly Regex UserRequestPattern = new(
        @"\b(?:as per|per|following|according to) (?:your |the |the user's |my )?instructions\s*(?:$|[.,;!)])" +
        @"|\bas you (?:requested|asked|wanted|specified|instructed)\b" +
        @"|\b(?:per|as per) your (?:request|requirements?)\b" +
        // Spanish and Portuguese: "la lógica personalizada que me digas" (the logic you tell me), "o que você me pedir".
        @"|\b(?:que|lo que|como) me (?:digas|indiques|pidas|pediste|dijiste)\b|\bque você me (?:pediu|disser|indicar)\b",
        Options);

    // A chat's code block header naming the file the block is for: "// File: DummyDataGenerator.cs".
    private static readonly Regex FileHeaderPattern = new(
        @"^(?:file|filename|file name)\s*:\s*(?:[\w.-]+[\\/])*(?<name>[\w.-]+\.cs)\s*$",
        Options);

    private static readonly Regex HopeThisHelpsPattern = new(
        @"(?:^|[.!?:;]\s+)(?<i>i )?hope (?:this|that|it) helps(?<rest>.*)$",
        Options | RegexOptions.Singleline);

    private static readonly Regex ClosingPattern = new(
        @"\blet me know if you (?:need|have|want|require|would like|'d like|’d like) (?:any )?(?:further|additional|more|other) (?:help|assistance|clarification|modifications|adjustments|changes|questions|features|improvements)\b" +
        @"|\bif you have any (?:further|more|other|additional) questions, (?:feel free|don't hesitate|don’t hesitate|let me know)\b" +
        @"|\bfeel free to ask if you\b",
        Options);

    /// <summary>The shortest comment text <see cref="Classify"/> finds an artifact in: shorter ones are none.</summary>
    internal const int MinimumLength = 8;

    /// <summary>
    /// Classifies a comment's text. The <c>//</c>, <c>/* */</c> or <c>///</c> markers may be present or not; the text
    /// must be a comment's, never a string literal's (AID503 reads comments only).
    /// </summary>
    public static ChatbotArtifactKind Classify(string commentText)
    {
        if (commentText is null || commentText.Length < MinimumLength)
        {
            return ChatbotArtifactKind.None;
        }

        var body = StripMarkers(commentText);
        if (body.StartsWith("filepath:", StringComparison.OrdinalIgnoreCase))
        {
            return CodeBlockHeaderPattern.IsMatch(body) ? ChatbotArtifactKind.CodeBlockHeader : ChatbotArtifactKind.None;
        }

        if (!HasStem(body))
        {
            return ChatbotArtifactKind.None;
        }

        if (CitationPattern.IsMatch(body))
        {
            return ChatbotArtifactKind.Citation;
        }

        var match = SelfReferencePattern.Match(body);
        while (match.Success)
        {
            if (!IsQuoted(body, match.Index))
            {
                return ChatbotArtifactKind.SelfReference;
            }

            match = match.NextMatch();
        }

        if (NarrationPattern.IsMatch(body))
        {
            return ChatbotArtifactKind.SelfReference;
        }

        if (PreamblePattern.IsMatch(body))
        {
            return ChatbotArtifactKind.Preamble;
        }

        if (IsClosing(body))
        {
            return ChatbotArtifactKind.Closing;
        }

        if (UserRequestPattern.IsMatch(body))
        {
            return ChatbotArtifactKind.UserRequest;
        }

        return ChatbotArtifactKind.None;
    }

    /// <summary>
    /// Whether the comment is a chat's code block header for another file (<c>// File: DummyDataGenerator.cs</c> in
    /// <c>DummyDataService.cs</c>): the block was pasted into a file it was not written for. A header naming the file
    /// it stands in is a header a team may keep. Ask only of a file's first comment.
    /// </summary>
    public static bool NamesAnotherFile(string commentText, string filePath)
    {
        if (string.IsNullOrEmpty(filePath))
        {
            return false;
        }

        var match = FileHeaderPattern.Match(StripMarkers(commentText));
        if (!match.Success)
        {
            return false;
        }

        var start = Math.Max(filePath.LastIndexOf('/'), filePath.LastIndexOf('\\')) + 1;
        return !string.Equals(match.Groups["name"].Value, filePath.Substring(start), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The comment's text without its citation markup, when something besides the markup and the comment markers
    /// remains (<c>// Retries are capped at 3. :contentReference[oaicite:1]{index=1}</c> keeps its sentence); otherwise
    /// <see langword="null"/>: the whole comment is residue.
    /// </summary>
    public static string? WithoutCitations(string commentText)
    {
        if (commentText is null)
        {
            return null;
        }

        // Markup between two words leaves one space: "// [cite_start]Validates" becomes "// Validates".
        var stripped = CitationMarkup.Replace(
            commentText,
            match => match.Length > 0 && (match.Value[0] == ' ' || match.Value[0] == '\t')
                && match.Index + match.Length < commentText.Length && !char.IsWhiteSpace(commentText[match.Index + match.Length])
                ? " "
                : string.Empty);
        if (string.Equals(stripped, commentText, StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var c in StripMarkers(stripped))
        {
            if (char.IsLetterOrDigit(c))
            {
                // Keep a block comment's closing marker where it was; drop spaces the markup left at the end of a line.
                return stripped.EndsWith("*/", StringComparison.Ordinal) ? stripped : stripped.TrimEnd();
            }
        }

        return null;
    }

    /// <summary>
    /// Two adjacent <c>//</c> lines read as one sentence (<c>// Here's the updated</c> / <c>// implementation:</c>): the
    /// first line as written, then the second without its marker. Classify the result with <see cref="Classify"/>.
    /// </summary>
    public static string JoinLines(string firstComment, string secondComment) =>
        firstComment.TrimEnd() + " " + StripMarkers(secondComment).Trim();

    /// <summary>Whether the comment's text carries any chatbot artifact.</summary>
    public static bool IsArtifact(string commentText) => Classify(commentText) != ChatbotArtifactKind.None;

    /// <summary>A short description of the kind, for diagnostic messages.</summary>
    public static string Describe(ChatbotArtifactKind kind) => kind switch
    {
        ChatbotArtifactKind.Citation => "chatbot citation markup",
        ChatbotArtifactKind.SelfReference => "a chatbot speaking of itself",
        ChatbotArtifactKind.Preamble => "the opening of a chatbot answer",
        ChatbotArtifactKind.Closing => "the closing of a chatbot answer",
        ChatbotArtifactKind.CodeBlockHeader => "the header of a chatbot's code block naming a local file",
        ChatbotArtifactKind.UserRequest => "a chatbot answering its user's instructions",
        ChatbotArtifactKind.ForeignFileHeader => "the header of a chatbot's code block naming another file",
        _ => "no chatbot artifact",
    };

    private static bool IsClosing(string body)
    {
        if (ClosingPattern.IsMatch(body))
        {
            return true;
        }

        var hope = HopeThisHelpsPattern.Match(body);
        if (!hope.Success)
        {
            return false;
        }

        // "helps" ends the clause ("I hope this helps!", "...helps you on your trip"); "helps the JIT" is prose.
        var rest = hope.Groups["rest"].Value;
        var restTrimmed = rest.TrimStart();
        var endsClause = restTrimmed.Length == 0 || restTrimmed[0] == '!' || restTrimmed[0] == '.' || restTrimmed[0] == ','
            || restTrimmed.StartsWith("you", StringComparison.OrdinalIgnoreCase) || restTrimmed[0] == ')';
        if (!endsClause)
        {
            return false;
        }

        if (hope.Groups["i"].Success)
        {
            return true;
        }

        // Without "I", a terse "Hope this helps." is how people sign off too; take only the chatbot's exclamation or tail.
        return restTrimmed.StartsWith("!", StringComparison.Ordinal)
            || ContainsIgnoreCase(rest, "let me know") || ContainsIgnoreCase(rest, "feel free") || ContainsIgnoreCase(rest, "further");
    }

    /// <summary>Whether the match sits inside quotes in the comment ("filters replies like "As an AI language model"").</summary>
    private static bool IsQuoted(string body, int index)
    {
        var straight = 0;
        var backticks = 0;
        var openCurly = 0;
        for (var i = 0; i < index; i++)
        {
            switch (body[i])
            {
                case '"':
                    straight++;
                    break;
                case '`':
                    backticks++;
                    break;
                case '“':
                case '‘':
                    openCurly++;
                    break;
                case '”':
                case '’' when openCurly > 0:
                    openCurly--;
                    break;
            }
        }

        if (straight % 2 == 1 || backticks % 2 == 1 || openCurly > 0)
        {
            return true;
        }

        // A single-quoted phrase: 'As an AI language model'.
        var before = index - 1;
        while (before >= 0 && body[before] == ' ')
        {
            before--;
        }

        return before >= 0 && body[before] == '\'';
    }

    // Every pattern above holds one of these; most comments hold none, so the regexes rarely run.
    internal static readonly StemTable Stems = new(
        "cite", "turn", "】", " ai", "language model", "knowledge cut", "my training", "knowledge update", "here",
        "below", "!", "hope", "let me know", "feel free", "questions", "instructions", "as you", "your req",
        "let me", "actually", " me ", "aquí", "aqui", "hier ist", "voici", "şte ");

    private static bool HasStem(string body) => Stems.ContainsAny(body) || HasPrivateUseDelimiter(body);

    private static bool HasPrivateUseDelimiter(string body)
    {
        foreach (var c in body)
        {
            if (c >= '\uE200' && c <= '\uE2FF')
            {
                return true;
            }
        }

        return false;
    }

    // One array for every call: "TrimStart('-', '>', ...)" builds a new one each time, which in a build (where much of the
    // analyzers' code runs before the JIT optimizes it) cost more than the rest of the stripping.
    private static readonly char[] ListMarks = { '-', '>', '#', '*', ' ', '\t' };

    /// <summary>The comment's words without the Markdown the copy kept around them.</summary>
    private static string StripMarkers(string commentText) =>
        // Markdown emphasis and list marks the copy kept ("**Certainly!** Here's", "- Here's").
        // A block comment's first text line carries the '*' of the comment's margin ("/*\n * Here's the updated code:").
        CommentText.Body(commentText).Replace("**", string.Empty).Trim().TrimStart(ListMarks);
}
