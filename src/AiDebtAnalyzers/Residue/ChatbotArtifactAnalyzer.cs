using System.Collections.Immutable;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Residue;

/// <summary>
/// AID503: conversation text from a chatbot committed as a code comment (<c>// Certainly! Here's the updated code:</c>,
/// <c>// :contentReference[oaicite:0]{index=0}</c>). Comments only: string literals and disabled code are never read.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ChatbotArtifactAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Deleting the text is quick; the minutes go to checking what else of the answer came along with it.</summary>
    public const int DebtMinutes = 2;

    /// <summary>The diagnostic property that names the artifact's kind (<c>Citation</c>, <c>SelfReference</c>, <c>Preamble</c>, <c>Closing</c>).</summary>
    public const string KindProperty = "aidebt.artifactKind";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ChatbotArtifact,
        "Chatbot artifact",
        "Comment '{0}' is chatbot conversation text ({1}); remove it",
        RuleCategories.Residue,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Text a chatbot wrote to its user (citation markup, 'As an AI language model', 'Certainly! Here's', 'I hope this helps!') was pasted into the code along with the answer. It tells readers nothing about the code and shows that the surrounding code was taken from a conversation unreviewed.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.ChatbotArtifact));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is not the assistant's residue: a generator writes what it means.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        DebtProperties.RegisterSyntaxTreeAction(context, AnalyzeTree);
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, string? assembly)
    {
        var index = CommentIndex.Get(context.Tree, context.CancellationToken);

        // The last whole-line // comment that said nothing on its own, to be read together with the line below it.
        var previous = default(SyntaxTrivia);
        var previousText = string.Empty;
        var previousLine = -1;
        var first = true;
        foreach (var comment in index.Comments)
        {
            var trivia = comment.Trivia;
            var kind = comment.Chatbot;
            if (first && kind == ChatbotArtifactKind.None && comment.IsSingleLine && comment.IsAloneOnLine
                && ChatbotArtifacts.NamesAnotherFile(comment.Text, context.Tree.FilePath))
            {
                kind = ChatbotArtifactKind.ForeignFileHeader;
            }

            first = false;
            if (kind != ChatbotArtifactKind.None)
            {
                Report(context, assembly, kind, trivia.GetLocation(), Fingerprint.ForTrivia(RuleIds.ChatbotArtifact, trivia), comment.Text);
                previousLine = -1;
                continue;
            }

            if (!comment.IsSingleLine || !comment.IsAloneOnLine)
            {
                previousLine = -1;
                continue;
            }

            if (previousLine >= 0 && comment.Line == previousLine + 1 && TryReportJoined(context, assembly, previous, previousText, trivia, comment.Text))
            {
                previousLine = -1;
                continue;
            }

            previous = trivia;
            previousText = comment.Text;
            previousLine = comment.Line;
        }

        SourceText? text = null;
        foreach (var documentation in index.DocumentationComments)
        {
            if (documentation.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia))
            {
                text ??= context.Tree.GetText(context.CancellationToken);
                AnalyzeDocumentationLines(context, assembly, documentation, text);
            }
        }
    }

    /// <summary>
    /// A sentence split over two comment lines, neither of which is chatbot text alone
    /// (<c>// Let me know if you need any</c> / <c>// further assistance.</c>): one diagnostic over both lines, which the
    /// fix removes together. Citation markup is never split, so only the phrase kinds are joined.
    /// </summary>
    private static bool TryReportJoined(SyntaxTreeAnalysisContext context, string? assembly, SyntaxTrivia first, string firstText, SyntaxTrivia second, string secondText)
    {
        // The texts are the index's own (the trivia's text, kept when first asked): the join copies nothing more.
        var joined = ChatbotArtifacts.JoinLines(firstText, secondText);
        var kind = ChatbotArtifacts.Classify(joined);
        if (kind is ChatbotArtifactKind.None or ChatbotArtifactKind.Citation)
        {
            return false;
        }

        var fingerprint = Fingerprint.ForValue(RuleIds.ChatbotArtifact, context.Tree.GetRoot(context.CancellationToken), TextSpan.FromBounds(first.SpanStart, second.Span.End), Fingerprint.NormalizeWhitespace(joined));
        Report(context, assembly, kind, Location.Create(context.Tree, TextSpan.FromBounds(first.SpanStart, second.Span.End)), fingerprint, joined);
        return true;
    }

    /// <summary>
    /// A documentation comment is read line by line, and only lines of plain text count: the fix then removes the
    /// line and leaves the XML around it intact.
    /// </summary>
    private static void AnalyzeDocumentationLines(SyntaxTreeAnalysisContext context, string? assembly, SyntaxTrivia trivia, SourceText text)
    {
        var first = text.Lines.GetLineFromPosition(trivia.FullSpan.Start).LineNumber;
        var last = text.Lines.GetLineFromPosition(trivia.FullSpan.End > trivia.FullSpan.Start ? trivia.FullSpan.End - 1 : trivia.FullSpan.Start).LineNumber;
        for (var number = first; number <= last; number++)
        {
            var line = text.Lines[number];
            var start = line.Start;
            while (start < line.End && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (start + 3 > line.End || text[start] != '/' || text[start + 1] != '/' || text[start + 2] != '/')
            {
                continue;
            }

            // A line with XML, or too short for any artifact (see ChatbotArtifacts.Classify), is passed over before its
            // text is copied: most lines of a documentation comment are one or the other.
            var span = TextSpan.FromBounds(start, line.End);
            if (span.Length < ChatbotArtifacts.MinimumLength || HasMarkup(text, span))
            {
                continue;
            }

            var lineText = text.ToString(span);
            var kind = ChatbotArtifacts.Classify(lineText);
            if (kind != ChatbotArtifactKind.None)
            {
                // The line holds no token, so its identity is its container and its text.
                var fingerprint = Fingerprint.ForValue(RuleIds.ChatbotArtifact, context.Tree.GetRoot(context.CancellationToken), span, Fingerprint.NormalizeWhitespace(lineText));
                Report(context, assembly, kind, Location.Create(context.Tree, span), fingerprint, lineText);
            }
        }
    }

    private static bool HasMarkup(SourceText text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (text[i] is '<' or '>')
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(SyntaxTreeAnalysisContext context, string? assembly, ChatbotArtifactKind kind, Location location, string fingerprint, string commentText)
    {
        var properties = DebtProperties.Create(RuleIds.ChatbotArtifact, DebtMinutes, fingerprint, assembly);
        properties[KindProperty] = kind.ToString();
        context.ReportDiagnostic(Diagnostic.Create(Rule, location, properties.ToImmutable(), CommentLayout.ShortenForMessage(commentText), ChatbotArtifacts.Describe(kind)));
    }
}
