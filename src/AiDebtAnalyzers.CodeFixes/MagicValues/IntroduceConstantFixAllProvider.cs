using System.Collections.Generic;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;

namespace AiDebtAnalyzers.CodeFixes.MagicValues;

/// <summary>
/// Fix-all for "Introduce named constant". The batch fixer merges independent edits and drops overlapping ones, and
/// every fix here edits the same type declaration; so all findings in scope are planned together: one constant per
/// value and name in each type, every use replaced.
/// </summary>
internal sealed class IntroduceConstantFixAllProvider : ScopedFixAllProvider
{
    public static readonly IntroduceConstantFixAllProvider Instance = new();

    protected override CodeAction? CreateFix(Solution solution, List<Diagnostic> diagnostics, string? equivalenceKey)
    {
        var requests = new List<ConstantRequest>();
        foreach (var diagnostic in diagnostics)
        {
            var request = IntroduceConstantCodeFixProvider.ToRequest(solution, diagnostic);
            if (request is not null)
            {
                requests.Add(request);
            }
        }

        if (requests.Count == 0)
        {
            return null;
        }

        return CodeAction.Create(
            IntroduceConstantCodeFixProvider.Title,
            cancellationToken => IntroduceConstantEngine.ApplyAsync(solution, requests, cancellationToken),
            equivalenceKey);
    }
}
