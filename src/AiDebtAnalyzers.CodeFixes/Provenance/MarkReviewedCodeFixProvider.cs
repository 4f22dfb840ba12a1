using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using AiDebtAnalyzers.Provenance;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.CodeFixes.Provenance;

/// <summary>
/// Review fixes share this: they write <c>reviewed-by</c>, <c>reviewed</c> (today, from the clock, which code fixes may
/// read and analyzers never do) and the current <c>hash</c>.
/// </summary>
public abstract class ReviewCodeFixProvider : TextEditCodeFixProvider
{
    /// <summary>Today's date on the machine where the fix runs.</summary>
    internal virtual DateTime Today => DateTime.Now.Date;

    protected static string? Reviewer(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(ProvenanceProperties.Reviewer, out var reviewer) && !string.IsNullOrWhiteSpace(reviewer) ? reviewer : null;

    protected override IEnumerable<TextChange> GetEdits(SyntaxNode root, SourceText text, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var reviewer = Reviewer(diagnostic);
        var region = ProvenanceEditor.RegionAt(root, diagnostic.Location.SourceSpan, cancellationToken);
        if (region is null)
        {
            return Enumerable.Empty<TextChange>();
        }

        var values = new List<KeyValuePair<string, string>>();
        if (reviewer is not null)
        {
            values.Add(new(ProvenanceFieldNames.ReviewedBy, reviewer));
        }

        values.Add(new(ProvenanceFieldNames.Reviewed, ProvenanceEditor.Date(Today)));
        values.Add(new(ProvenanceFieldNames.Hash, region.ComputeHash(root, text).Value));
        return ProvenanceEditor.SetFields(region, values).ToList();
    }
}

/// <summary>AID404 "Mark as reviewed": needs <c>aidebt.provenance.reviewer</c>, since a review needs a reviewer.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkReviewedCodeFixProvider))]
[Shared]
public class MarkReviewedCodeFixProvider : ReviewCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.UnreviewedAiCode);

    protected override string Title => "Mark as reviewed";

    protected override bool CanFix(Diagnostic diagnostic) => Reviewer(diagnostic) is not null;
}

/// <summary>AID403 "Mark as re-reviewed": the configured reviewer, else the one recorded, signs off the new code.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkReReviewedCodeFixProvider))]
[Shared]
public class MarkReReviewedCodeFixProvider : ReviewCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.ChangedSinceReview);

    protected override string Title => "Mark as re-reviewed";
}
