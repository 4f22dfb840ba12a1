using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Provenance;

/// <summary>How a region is annotated.</summary>
internal enum ProvenanceForm
{
    /// <summary><c>// &lt;ai-provenance ...&gt;</c> ... <c>// &lt;/ai-provenance&gt;</c>.</summary>
    Comment,

    /// <summary><c>[AiProvenance(...)]</c> on a member or type.</summary>
    Attribute,
}

/// <summary>One <c>name="value"</c> pair of an annotation, with where its value stands in the file.</summary>
/// <param name="Name">The comment-form name (<c>reviewed-by</c>), also for the attribute form (<c>ReviewedBy</c> maps to it).</param>
/// <param name="ValueSpan">The value's characters between the quotes.</param>
internal sealed record ProvenanceField(string Name, string Value, TextSpan ValueSpan);

/// <summary>An annotated region: its fields, its markers and the code it covers.</summary>
internal sealed class ProvenanceRegion
{
    internal ProvenanceRegion(
        ProvenanceForm form,
        TextSpan markerSpan,
        TextSpan? closeSpan,
        TextSpan contentSpan,
        TextSpan? excludedSpan,
        int insertPosition,
        bool hasArgumentList,
        ImmutableArray<ProvenanceField> fields,
        bool isValid)
    {
        Form = form;
        MarkerSpan = markerSpan;
        CloseSpan = closeSpan;
        ContentSpan = contentSpan;
        ExcludedSpan = excludedSpan;
        InsertPosition = insertPosition;
        HasArgumentList = hasArgumentList;
        Fields = fields;
        IsValid = isValid;
    }

    public ProvenanceForm Form { get; }

    /// <summary>The opening marker (all its comment lines) or the attribute.</summary>
    public TextSpan MarkerSpan { get; }

    /// <summary>The closing marker of a comment region.</summary>
    public TextSpan? CloseSpan { get; }

    /// <summary>The code the region covers (for the attribute form, the whole member).</summary>
    public TextSpan ContentSpan { get; }

    /// <summary>Tokens left out of the hash: the <c>[AiProvenance]</c> attribute itself.</summary>
    public TextSpan? ExcludedSpan { get; }

    /// <summary>Where a new field goes: before the marker's <c>&gt;</c>, or before the attribute's <c>)</c>.</summary>
    public int InsertPosition { get; }

    /// <summary>For the attribute form: whether the attribute has parentheses.</summary>
    public bool HasArgumentList { get; }

    public ImmutableArray<ProvenanceField> Fields { get; }

    /// <summary>False when AID402 reports a problem with this annotation; AID403 and AID404 then keep quiet.</summary>
    public bool IsValid { get; }

    public string? Tool => Get(ProvenanceFieldNames.Tool);

    public string? Contributor => Get(ProvenanceFieldNames.Contributor);

    public string? Model => Get(ProvenanceFieldNames.Model);

    public string? ReviewedBy => Get(ProvenanceFieldNames.ReviewedBy);

    public string? Reviewed => Get(ProvenanceFieldNames.Reviewed);

    public string? Hash => Get(ProvenanceFieldNames.Hash);

    public string? Get(string name) => Find(name)?.Value;

    public ProvenanceField? Find(string name)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The current hash and line count of the code the region covers.</summary>
    public RegionHash ComputeHash(SyntaxNode root, SourceText text) => RegionHash.Compute(root, text, ContentSpan, ExcludedSpan);
}

/// <summary>A problem AID402 reports, and the repair a code fix can make with certainty.</summary>
internal sealed class ProvenanceProblem
{
    internal ProvenanceProblem(TextSpan span, string message, TextSpan? closeAfter = null, ImmutableArray<ProvenanceField> fields = default)
    {
        Span = span;
        Message = message;
        CloseAfter = closeAfter;
        Fields = fields.IsDefault ? ImmutableArray<ProvenanceField>.Empty : fields;
    }

    /// <summary>What could be read of the annotation (for <c>aidebt.tool</c> and the like), possibly nothing.</summary>
    public ImmutableArray<ProvenanceField> Fields { get; }

    public string? Get(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name)
            {
                return field.Value;
            }
        }

        return null;
    }

    public TextSpan Span { get; }

    public string Message { get; }

    /// <summary>For an unclosed region: the member or statement the marker stands before, after which the region closes.</summary>
    public TextSpan? CloseAfter { get; }
}

/// <summary>Everything one syntax tree says about provenance.</summary>
internal sealed class TreeProvenance
{
    internal TreeProvenance(ImmutableArray<ProvenanceRegion> regions, ImmutableArray<ProvenanceProblem> problems, ImmutableArray<TextSpan> covered)
    {
        Regions = regions;
        Problems = problems;
        Covered = covered;
    }

    public ImmutableArray<ProvenanceRegion> Regions { get; }

    public ImmutableArray<ProvenanceProblem> Problems { get; }

    /// <summary>Code inside an annotation (valid or not, closed or not): AID401 never reports there.</summary>
    public ImmutableArray<TextSpan> Covered { get; }

    public bool IsCovered(TextSpan span)
    {
        foreach (var covered in Covered)
        {
            if (covered.OverlapsWith(span) || covered.Contains(span))
            {
                return true;
            }
        }

        return false;
    }
}
