using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Provenance;

/// <summary>Code that evidence marks as AI-generated: a member, a run of neighbouring members, or the whole file.</summary>
internal sealed class ProvenanceUnit
{
    internal ProvenanceUnit(TextSpan span, TextSpan anchor, string name, List<ProvenanceEvidence> evidence)
    {
        Span = span;
        Anchor = anchor;
        Name = name;
        Evidence = evidence;
    }

    /// <summary>What an annotation would wrap: from the first node's first token to the last node's last token.</summary>
    public TextSpan Span { get; private set; }

    /// <summary>Where the diagnostic goes: the member's name.</summary>
    public TextSpan Anchor { get; private set; }

    public string Name { get; private set; }

    public List<ProvenanceEvidence> Evidence { get; }

    public string? Tool => First(e => e.Tool);

    public string? Model => First(e => e.Model);

    public string? Trace => First(e => e.Trace);

    public string? Generated => First(e => e.Generated);

    public string? Conversation => First(e => e.Conversation);

    public string Contributor
    {
        get
        {
            foreach (var e in Evidence)
            {
                if (e.Contributor == "mixed")
                {
                    return "mixed";
                }
            }

            return "ai";
        }
    }

    /// <summary>The kinds of evidence, in order, without repeats.</summary>
    public string Sources
    {
        get
        {
            var seen = new List<string>();
            foreach (var e in Evidence)
            {
                if (!seen.Contains(e.Source))
                {
                    seen.Add(e.Source);
                }
            }

            return string.Join(", ", seen);
        }
    }

    private string? First(System.Func<ProvenanceEvidence, string?> pick)
    {
        foreach (var e in Evidence)
        {
            if (pick(e) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    internal void Absorb(ProvenanceUnit other)
    {
        if (!Span.Contains(other.Span))
        {
            var outerFirst = other.Span.Start < Span.Start;
            Span = TextSpan.FromBounds(System.Math.Min(Span.Start, other.Span.Start), System.Math.Max(Span.End, other.Span.End));
            if (outerFirst)
            {
                Anchor = other.Anchor;
            }

            Name = Name + " and " + other.Name;
        }

        Evidence.AddRange(other.Evidence);
    }

    /// <summary>
    /// Groups evidence into units, reported once each: evidence inside a member marks the member; a range over several
    /// members marks them as one region; a comment in the file header marks the file. Nested or overlapping units merge.
    /// </summary>
    public static List<ProvenanceUnit> Group(SyntaxNode root, List<ProvenanceEvidence> evidence)
    {
        var units = new List<ProvenanceUnit>();
        foreach (var item in evidence)
        {
            var unit = UnitFor(root, item);
            if (unit is not null)
            {
                units.Add(unit);
            }
        }

        units.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        var merged = new List<ProvenanceUnit>();
        foreach (var unit in units)
        {
            if (merged.Count > 0 && merged[merged.Count - 1].Span.End > unit.Span.Start)
            {
                merged[merged.Count - 1].Absorb(unit);
            }
            else
            {
                merged.Add(unit);
            }
        }

        return merged;
    }

    private static ProvenanceUnit? UnitFor(SyntaxNode root, ProvenanceEvidence item)
    {
        var evidence = new List<ProvenanceEvidence> { item };
        var token = root.FindToken(item.Span.Start);
        var isComment = !token.Span.IntersectsWith(item.Span) && token.FullSpan.Contains(item.Span);
        int start;
        int end;
        if (isComment)
        {
            if (token == root.GetFirstToken() && token.LeadingTrivia.Span.Contains(item.Span) && !StartsMember(token))
            {
                return WholeFile(root, evidence);
            }

            start = token.SpanStart;
            end = token.Span.End;
            if (token.IsKind(SyntaxKind.EndOfFileToken))
            {
                return WholeFile(root, evidence);
            }
        }
        else
        {
            // Trim the lines to the tokens on them.
            start = -1;
            end = -1;
            foreach (var t in root.DescendantTokens(item.Span))
            {
                if (item.Span.Contains(t.Span) && t.Span.Length > 0)
                {
                    if (start < 0)
                    {
                        start = t.SpanStart;
                    }

                    end = t.Span.End;
                }
            }

            if (start < 0)
            {
                return null;
            }
        }

        return Resolve(root, root, start, end, evidence);
    }

    private static bool StartsMember(SyntaxToken token)
    {
        for (var node = token.Parent; node is not null && node.SpanStart == token.SpanStart; node = node.Parent)
        {
            if (node is MemberDeclarationSyntax and not BaseNamespaceDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private static ProvenanceUnit? Resolve(SyntaxNode root, SyntaxNode container, int start, int end, List<ProvenanceEvidence> evidence)
    {
        var members = MembersOf(container);
        SyntaxNode? first = null;
        SyntaxNode? last = null;
        var count = 0;
        foreach (var member in members)
        {
            if (member.FullSpan.Start < end && start < member.FullSpan.End)
            {
                first ??= member;
                last = member;
                count++;
            }
        }

        if (count == 0)
        {
            if (container == root)
            {
                return new ProvenanceUnit(TextSpan.FromBounds(start, end), new TextSpan(start, 0), "these lines", evidence);
            }

            return container is BaseNamespaceDeclarationSyntax ? null : Member(container, evidence);
        }

        if (count == 1)
        {
            if (first is BaseNamespaceDeclarationSyntax
                || (first is TypeDeclarationSyntax type && start >= type.OpenBraceToken.Span.End && end <= type.CloseBraceToken.SpanStart))
            {
                return Resolve(root, first!, start, end, evidence);
            }

            return Member(first!, evidence);
        }

        return new ProvenanceUnit(
            TextSpan.FromBounds(first!.SpanStart, last!.Span.End),
            AnchorOf(first),
            NameOf(first) + " to " + NameOf(last),
            evidence);
    }

    private static IEnumerable<SyntaxNode> MembersOf(SyntaxNode container) => container switch
    {
        CompilationUnitSyntax unit => unit.Members,
        BaseNamespaceDeclarationSyntax ns => ns.Members,
        TypeDeclarationSyntax type => type.Members,
        _ => System.Array.Empty<SyntaxNode>(),
    };

    private static ProvenanceUnit Member(SyntaxNode member, List<ProvenanceEvidence> evidence) =>
        new(member.Span, AnchorOf(member), NameOf(member), evidence);

    private static ProvenanceUnit WholeFile(SyntaxNode root, List<ProvenanceEvidence> evidence)
    {
        var first = root.GetFirstToken();
        var last = root.GetLastToken();
        if (first.IsKind(SyntaxKind.None) || first.IsKind(SyntaxKind.EndOfFileToken))
        {
            return new ProvenanceUnit(new TextSpan(0, 0), new TextSpan(0, 0), "this file", evidence);
        }

        return new ProvenanceUnit(TextSpan.FromBounds(first.SpanStart, last.Span.End), first.Span, "this file", evidence);
    }

    internal static TextSpan AnchorOf(SyntaxNode member) => IdentifierOf(member) is { } identifier ? identifier.Span : new TextSpan(member.SpanStart, 0);

    internal static string NameOf(SyntaxNode member) => member switch
    {
        GlobalStatementSyntax => "top-level statements",
        _ when IdentifierOf(member) is { } identifier => "'" + identifier.ValueText + "'",
        _ => "this member",
    };

    private static SyntaxToken? IdentifierOf(SyntaxNode member) => member switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier,
        DelegateDeclarationSyntax del => del.Identifier,
        MethodDeclarationSyntax method => method.Identifier,
        ConstructorDeclarationSyntax ctor => ctor.Identifier,
        DestructorDeclarationSyntax dtor => dtor.Identifier,
        PropertyDeclarationSyntax property => property.Identifier,
        EventDeclarationSyntax evt => evt.Identifier,
        IndexerDeclarationSyntax indexer => indexer.ThisKeyword,
        OperatorDeclarationSyntax op => op.OperatorToken,
        ConversionOperatorDeclarationSyntax conversion => conversion.OperatorKeyword,
        BaseFieldDeclarationSyntax field when field.Declaration.Variables.Count > 0 => field.Declaration.Variables[0].Identifier,
        EnumMemberDeclarationSyntax enumMember => enumMember.Identifier,
        _ => null,
    };
}
