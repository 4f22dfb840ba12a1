using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiDebtAnalyzers.CodeFixes.Infrastructure;

/// <summary>
/// A fix-all that plans every diagnostic in scope together instead of merging independent fixes, which the batch fixer
/// does and which drops the edits that overlap (several fixes writing to one type, or one fix touching several files).
/// Supports document, project and solution scope; <c>dotnet format</c> asks for solution scope.
/// </summary>
internal abstract class ScopedFixAllProvider : FixAllProvider
{
    public sealed override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

    public sealed override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var diagnostics = new List<Diagnostic>();
        switch (fixAllContext.Scope)
        {
            case FixAllScope.Document when fixAllContext.Document is not null:
                diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false));
                break;
            case FixAllScope.Project:
                diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in fixAllContext.Solution.Projects)
                {
                    diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }

                break;
            default:
                return null;
        }

        return await CreateFixAsync(fixAllContext.Solution, diagnostics, fixAllContext.CodeActionEquivalenceKey, fixAllContext.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>The one action that fixes every diagnostic in scope, or null when none can be fixed.</summary>
    protected virtual CodeAction? CreateFix(Solution solution, List<Diagnostic> diagnostics, string? equivalenceKey) => null;

    /// <summary>As <see cref="CreateFix"/>, for a provider that must plan the edits to know whether any will be made.</summary>
    protected virtual Task<CodeAction?> CreateFixAsync(Solution solution, List<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken) =>
        Task.FromResult(CreateFix(solution, diagnostics, equivalenceKey));
}
