using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using AiDebtAnalyzers.Provenance;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.CodeFixes.Provenance;

/// <summary>Writes fields into an existing annotation, in either form, as text edits.</summary>
internal static class ProvenanceEditor
{
    /// <summary>The region whose marker a diagnostic points at (the tree's annotations are parsed once, for every fix in it).</summary>
    public static ProvenanceRegion? RegionAt(SyntaxNode root, TextSpan markerSpan, CancellationToken cancellationToken)
    {
        foreach (var region in ProvenanceParser.Get(root.SyntaxTree, cancellationToken).Regions)
        {
            if (region.MarkerSpan == markerSpan)
            {
                return region;
            }
        }

        return null;
    }

    /// <summary>Sets each field: an existing value is replaced, a missing field is added before the marker's end.</summary>
    public static IEnumerable<TextChange> SetFields(ProvenanceRegion region, IEnumerable<KeyValuePair<string, string>> values)
    {
        var additions = new StringBuilder();
        var hasArguments = region.Fields.Length > 0;
        foreach (var pair in values)
        {
            var value = Clean(pair.Value);
            if (region.Find(pair.Key) is { } field)
            {
                yield return new TextChange(field.ValueSpan, value);
                continue;
            }

            if (region.Form == ProvenanceForm.Comment)
            {
                additions.Append(' ').Append(pair.Key).Append("=\"").Append(value).Append('"');
            }
            else
            {
                if (hasArguments || additions.Length > 0)
                {
                    additions.Append(", ");
                }

                additions.Append(ProvenanceFieldNames.ToAttributeProperty(pair.Key)).Append(" = \"").Append(value).Append('"');
            }
        }

        if (additions.Length > 0)
        {
            var text = region.Form == ProvenanceForm.Attribute && !region.HasArgumentList ? "(" + additions + ")" : additions.ToString();
            yield return new TextChange(new TextSpan(region.InsertPosition, 0), text);
        }
    }

    /// <summary>A value never carries a quote or a line break into the annotation.</summary>
    public static string Clean(string value) => value.Replace("\"", "'").Replace("\r", " ").Replace("\n", " ").Trim();

    public static string Date(System.DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
