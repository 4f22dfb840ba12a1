using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiDebtAnalyzers.CodeFixes.MagicValues;

/// <summary>
/// Fix-all for "Introduce named constant". The batch fixer merges independent edits and drops overlapping ones, and
/// every fix here edits the same type declaration; so all findings in scope are planned together: one constant per
/// value and name in each type, every use replaced.
/// </summary>
internal sealed class IntroduceConstantFixAllProvider : FixAllProvider
{
    public static readonly IntroduceConstantFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
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

        var solution = fixAllContext.Solution;
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
            fixAllContext.CodeActionEquivalenceKey);
    }
}
