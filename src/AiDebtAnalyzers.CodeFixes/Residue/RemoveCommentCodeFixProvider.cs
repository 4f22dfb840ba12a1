using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using AiDebtAnalyzers.Residue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.CodeFixes.Residue;

/// <summary>
/// AID501, AID503: removes the residue of an AI conversation, elided-code placeholders and chatbot text.
/// A citation marker that trails a sentence of its own goes alone and leaves the sentence.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveCommentCodeFixProvider))]
[Shared]
public sealed class RemoveCommentCodeFixProvider : CodeFixProvider
{
    private const string PlaceholderTitle = "Remove the placeholder comment";
    private const string ChatbotTitle = "Remove the chatbot text";
    private const string CitationTitle = "Remove the chatbot citation markup";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.ElidedCode, RuleIds.ChatbotArtifact);

    // Edits in one document are merged as text, so overlapping lines never drop a fix as the batch fixer would.
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        (context, document, diagnostics) => FixAllAsync(document, diagnostics, context.CancellationToken)!);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var edit = EditFor(text, diagnostic);
            var title = diagnostic.Id == RuleIds.ElidedCode ? PlaceholderTitle : edit.Replacement is null ? ChatbotTitle : CitationTitle;

            // One equivalence key per rule, so fix-all of one rule never removes the other rule's comments.
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => CommentRemover.EditAsync(context.Document, new[] { edit }, cancellationToken),
                    equivalenceKey: nameof(RemoveCommentCodeFixProvider) + "." + diagnostic.Id),
                diagnostic);
        }
    }

    private static async Task<Document?> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var edits = new List<CommentEdit>(diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            edits.Add(EditFor(text, diagnostic));
        }

        return await CommentRemover.EditAsync(document, edits, cancellationToken).ConfigureAwait(false);
    }

    private static CommentEdit EditFor(SourceText text, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (diagnostic.Id == RuleIds.ChatbotArtifact
            && diagnostic.Properties.TryGetValue(ChatbotArtifactAnalyzer.KindProperty, out var kind)
            && kind == nameof(ChatbotArtifactKind.Citation)
            && span.End <= text.Length)
        {
            return new CommentEdit(span, ChatbotArtifacts.WithoutCitations(text.ToString(span)));
        }

        return new CommentEdit(span, null);
    }
}
