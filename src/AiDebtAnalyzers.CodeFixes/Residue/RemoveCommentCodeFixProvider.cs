using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiDebtAnalyzers.CodeFixes.Residue;

/// <summary>
/// Removes comments that are residue of an AI conversation: AID501 elided-code placeholders and AID503 chatbot text.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveCommentCodeFixProvider))]
[Shared]
public sealed class RemoveCommentCodeFixProvider : CodeFixProvider
{
    private const string PlaceholderTitle = "Remove the placeholder comment";
    private const string ChatbotTitle = "Remove the chatbot text";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.ElidedCode, RuleIds.ChatbotArtifact);

    // Removals in one document are merged as text, so overlapping lines never drop a fix as the batch fixer would.
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        (context, document, diagnostics) => RemoveAllAsync(document, diagnostics, context.CancellationToken)!);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            // One equivalence key per rule, so fix-all of one rule never removes the other rule's comments.
            var isChatbot = diagnostic.Id == RuleIds.ChatbotArtifact;
            context.RegisterCodeFix(
                CodeAction.Create(
                    isChatbot ? ChatbotTitle : PlaceholderTitle,
                    cancellationToken => CommentRemover.RemoveAsync(context.Document, new[] { diagnostic.Location.SourceSpan }, cancellationToken),
                    equivalenceKey: nameof(RemoveCommentCodeFixProvider) + "." + diagnostic.Id),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> RemoveAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, System.Threading.CancellationToken cancellationToken)
    {
        var spans = new List<Microsoft.CodeAnalysis.Text.TextSpan>(diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            spans.Add(diagnostic.Location.SourceSpan);
        }

        return await CommentRemover.RemoveAsync(document, spans, cancellationToken).ConfigureAwait(false);
    }
}
