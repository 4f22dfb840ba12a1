using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using AiDebtAnalyzers.Duplication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <summary>AID101: replaces every copy of a clone group by a call to one new private method (or, for copies in
/// different types, a method of an internal static helper class).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExtractDuplicateCodeFixProvider))]
[Shared]
public sealed class ExtractDuplicateCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.DuplicatedCode);

    // The batch fixer would apply each copy's diagnostic separately and drop the overlapping edits: one group, one fix.
    public override FixAllProvider GetFixAllProvider() => CloneGroupFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var solution = context.Document.Project.Solution;
        foreach (var diagnostic in context.Diagnostics)
        {
            var plan = await CloneExtraction.TryPlanAsync(solution, diagnostic, new HashSet<string>(StringComparer.Ordinal), context.CancellationToken).ConfigureAwait(false);
            if (plan is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CloneExtraction.Title,
                    cancellationToken => CloneExtraction.ApplyAsync(solution, new[] { plan }, cancellationToken),
                    equivalenceKey: nameof(ExtractDuplicateCodeFixProvider)),
                diagnostic);
        }
    }

    private sealed class CloneGroupFixAllProvider : ScopedFixAllProvider
    {
        public static readonly CloneGroupFixAllProvider Instance = new();

        // The groups are planned first: when nothing names any of them, fix-all offers nothing rather than an action
        // that changes nothing.
        protected override async Task<CodeAction?> CreateFixAsync(Solution solution, List<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
        {
            var fixedSolution = await FixAllAsync(solution, diagnostics, cancellationToken).ConfigureAwait(false);
            return fixedSolution is null ? null : CodeAction.Create(CloneExtraction.FixAllTitle, _ => Task.FromResult(fixedSolution), equivalenceKey);
        }

        private static async Task<Solution?> FixAllAsync(Solution solution, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            // Largest groups first, then by place, so the result does not depend on the order diagnostics arrive in.
            diagnostics.Sort((x, y) =>
            {
                var bySize = Tokens(y).CompareTo(Tokens(x));
                if (bySize != 0)
                {
                    return bySize;
                }

                var byPath = string.CompareOrdinal(x.Location.SourceTree?.FilePath, y.Location.SourceTree?.FilePath);
                return byPath != 0 ? byPath : x.Location.SourceSpan.Start.CompareTo(y.Location.SourceSpan.Start);
            });

            var seenGroups = new HashSet<string>(StringComparer.Ordinal);
            var claimedNames = new HashSet<string>(StringComparer.Ordinal);
            var helperClasses = new CloneExtraction.HelperClasses();
            var plans = new List<ExtractionPlan>();
            foreach (var diagnostic in diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(DuplicatedCodeAnalyzer.CloneGroupProperty, out var group) || group is null || !seenGroups.Add(group))
                {
                    continue;
                }

                // A group nothing names is left alone: fix-all has nobody to put in rename mode.
                var plan = await CloneExtraction.TryPlanAsync(solution, diagnostic, claimedNames, cancellationToken, helperClasses: helperClasses, allowPlaceholder: false).ConfigureAwait(false);
                if (plan is not null && !Overlaps(plan, plans))
                {
                    plans.Add(plan);
                    claimedNames.Add(plan.MethodName);
                }
            }

            return plans.Count == 0 ? null : await CloneExtraction.ApplyAsync(solution, plans, cancellationToken).ConfigureAwait(false);
        }

        private static int Tokens(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(DuplicatedCodeAnalyzer.CloneTokensProperty, out var text)
            && int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var tokens) ? tokens : 0;

        private static bool Overlaps(ExtractionPlan plan, List<ExtractionPlan> accepted)
        {
            foreach (var other in accepted)
            {
                foreach (var (document, span) in plan.Spans)
                {
                    foreach (var (otherDocument, otherSpan) in other.Spans)
                    {
                        if (document == otherDocument && span.OverlapsWith(otherSpan))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }
    }
}
