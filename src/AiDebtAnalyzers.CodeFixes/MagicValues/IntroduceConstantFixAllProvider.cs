using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;

namespace AiDebtAnalyzers.CodeFixes.MagicValues;

/// <summary>
/// Fix-all for "Introduce named constant". The batch fixer merges independent edits and drops overlapping ones, and
/// every fix here edits the same type declaration; so all findings in scope are planned together: one constant per
/// value and name in each type, every use replaced. A literal nothing names is skipped (the title says so): a
/// placeholder needs someone to rename it, and a generic or numbered name is worse than the number.
/// </summary>
internal sealed class IntroduceConstantFixAllProvider : ScopedFixAllProvider
{
    public static readonly IntroduceConstantFixAllProvider Instance = new();

    /// <summary>
    /// Plans the edits before offering the action: when every finding in scope is skipped there is nothing to offer
    /// (an action that changes nothing would be offered again and again).
    /// </summary>
    protected override async Task<CodeAction?> CreateFixAsync(Solution solution, List<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var requests = new List<ConstantRequest>();
        foreach (var diagnostic in diagnostics)
        {
            var request = IntroduceConstantCodeFixProvider.ToRequest(solution, diagnostic, allowPlaceholder: false);
            if (request is not null)
            {
                requests.Add(request);
            }
        }

        if (requests.Count == 0)
        {
            return null;
        }

        var fixedSolution = await IntroduceConstantEngine.ApplyAsync(solution, requests, cancellationToken).ConfigureAwait(false);
        if (!fixedSolution.GetChanges(solution).GetProjectChanges().Any())
        {
            return null;
        }

        return CodeAction.Create(IntroduceConstantCodeFixProvider.FixAllTitle, _ => Task.FromResult(fixedSolution), equivalenceKey);
    }
}
