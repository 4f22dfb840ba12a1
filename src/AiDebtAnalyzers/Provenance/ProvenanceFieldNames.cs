using System;
using System.Globalization;

namespace AiDebtAnalyzers.Provenance;

/// <summary>The fields of an annotation, their attribute-property names, and the checks AID402 makes on their values.</summary>
internal static class ProvenanceFieldNames
{
    public const string Tool = "tool";
    public const string Contributor = "contributor";
    public const string Model = "model";
    public const string Generated = "generated";
    public const string ReviewedBy = "reviewed-by";
    public const string Reviewed = "reviewed";
    public const string Hash = "hash";
    public const string Trace = "trace";
    public const string Conversation = "conversation";

    /// <summary>The marker names; the annotation is an XML-like element, but only this subset of XML is read.</summary>
    public const string OpenMarker = "<ai-provenance";
    public const string CloseMarker = "</ai-provenance";

    public const string HashPrefix = "aid1:";

    /// <summary>In the order the code fixes write them.</summary>
    public static readonly string[] All = { Tool, Model, Contributor, Generated, ReviewedBy, Reviewed, Hash, Trace, Conversation };

    private static readonly string[] AttributeNames = { "Tool", "Model", "Contributor", "Generated", "ReviewedBy", "Reviewed", "Hash", "Trace", "Conversation" };

    public static bool IsKnown(string name) => Array.IndexOf(All, name) >= 0;

    /// <summary><c>ReviewedBy</c> to <c>reviewed-by</c>; null for a property the attribute does not have.</summary>
    public static string? FromAttributeProperty(string property)
    {
        var index = Array.IndexOf(AttributeNames, property);
        return index < 0 ? null : All[index];
    }

    public static string ToAttributeProperty(string name) => AttributeNames[Array.IndexOf(All, name)];

    /// <summary>Why a value is wrong for its field, or null when it is fine.</summary>
    public static string? Check(string name, string value)
    {
        if (value.Trim().Length == 0)
        {
            return "'" + name + "' is empty";
        }

        switch (name)
        {
            case Contributor:
                return value is "ai" or "mixed" ? null : "'contributor' must be 'ai' or 'mixed', not '" + value + "'";
            case Model:
                return IsModelId(value) ? null : "'model' must be 'provider/model' as in Agent Trace (e.g. 'openai/gpt-4o'), not '" + value + "'";
            case Generated:
            case Reviewed:
                return TryParseDate(value, out _) ? null : "'" + name + "' must be an ISO date (yyyy-MM-dd), not '" + value + "'";
            case Hash:
                return IsHash(value) ? null : "'hash' must be 'aid1:' followed by 16 lower-case hex digits, not '" + value + "'";
            case Trace:
                return IsTraceId(value) ? null : "'trace' must be an Agent Trace record id (a UUID) or a git-ai session hash, not '" + value + "'";
            case Conversation:
                return Uri.TryCreate(value, UriKind.Absolute, out _) ? null : "'conversation' must be an absolute URL, not '" + value + "'";
            default:
                return null;
        }
    }

    public static bool TryParseDate(string value, out DateTime date) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool IsHash(string value)
    {
        if (value.Length != HashPrefix.Length + 16 || !value.StartsWith(HashPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        return IsHex(value, HashPrefix.Length, 16, lowerOnly: true);
    }

    /// <summary>A models.dev identifier: <c>provider/model</c>, segments non-empty, no white space.</summary>
    public static bool IsModelId(string value)
    {
        var slash = value.IndexOf('/');
        if (slash <= 0 || slash == value.Length - 1 || value.EndsWith("/", StringComparison.Ordinal) || value.IndexOf("//", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An Agent Trace record id (a UUID), or a git-ai attestation key: <c>s_&lt;14 hex&gt;</c> with an optional
    /// <c>::t_&lt;14 hex&gt;</c>, or a legacy 16 (or 7) hex digit prompt hash.
    /// </summary>
    public static bool IsTraceId(string value)
    {
        if (Guid.TryParseExact(value, "D", out _))
        {
            return true;
        }

        if (value.StartsWith("s_", StringComparison.Ordinal))
        {
            if (value.Length == 16)
            {
                return IsHex(value, 2, 14, lowerOnly: false);
            }

            // "s_" + 14 hex, then "::t_" + 14 hex: 34 characters.
            return value.Length == 34 && IsHex(value, 2, 14, lowerOnly: false)
                && string.CompareOrdinal(value, 16, "::t_", 0, 4) == 0 && IsHex(value, 20, 14, lowerOnly: false);
        }

        return (value.Length == 16 || value.Length == 7) && IsHex(value, 0, value.Length, lowerOnly: false);
    }

    private static bool IsHex(string value, int start, int length, bool lowerOnly)
    {
        if (start + length > value.Length)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            var c = value[i];
            var ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (!lowerOnly && c >= 'A' && c <= 'F');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
