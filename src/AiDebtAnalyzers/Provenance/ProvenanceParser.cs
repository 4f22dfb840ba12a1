using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Residue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Provenance;

/// <summary>
/// Reads the provenance annotations of a syntax tree: comment regions (<c>// &lt;ai-provenance ...&gt;</c> to
/// <c>// &lt;/ai-provenance&gt;</c>) and <c>[AiProvenance(...)]</c> attributes, recognized by name. The grammar is in
/// docs/provenance.md. Results are cached per tree, so every provenance rule reads a file once.
/// </summary>
internal static class ProvenanceParser
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeProvenance> Cache = new();

    public static TreeProvenance Get(SyntaxTree tree, CancellationToken cancellationToken) =>
        Cache.GetOrCompute(tree, static (tree, cancellationToken) => Parse(tree.GetRoot(cancellationToken), tree.GetText(cancellationToken), cancellationToken), cancellationToken);

    public static TreeProvenance Parse(SyntaxNode root, SourceText text, CancellationToken cancellationToken)
    {
        var regions = ImmutableArray.CreateBuilder<ProvenanceRegion>();
        var problems = ImmutableArray.CreateBuilder<ProvenanceProblem>();
        var covered = ImmutableArray.CreateBuilder<TextSpan>();
        ReadCommentRegions(root, text, regions, problems, covered, cancellationToken);
        ReadAttributes(root, regions, problems, covered, cancellationToken);
        return new TreeProvenance(regions.ToImmutable(), problems.ToImmutable(), covered.ToImmutable());
    }

    /// <summary>The comments of the index seen as trivia, without copying them into a list of their own.</summary>
    private readonly struct CommentTrivia
    {
        private readonly ImmutableArray<IndexedComment> comments;

        public CommentTrivia(ImmutableArray<IndexedComment> comments) => this.comments = comments;

        public int Count => comments.Length;

        public SyntaxTrivia this[int index] => comments[index].Trivia;
    }

    private sealed class OpenMarker
    {
        public OpenMarker(TextSpan span, SyntaxTrivia first, ImmutableArray<ProvenanceField> fields, int insertPosition, bool isValid, bool isNested)
        {
            Span = span;
            First = first;
            Fields = fields;
            InsertPosition = insertPosition;
            IsValid = isValid;
            IsNested = isNested;
        }

        public TextSpan Span { get; }

        public SyntaxTrivia First { get; }

        public ImmutableArray<ProvenanceField> Fields { get; }

        public int InsertPosition { get; }

        public bool IsValid { get; }

        public bool IsNested { get; }
    }

    private static void ReadCommentRegions(
        SyntaxNode root,
        SourceText text,
        ImmutableArray<ProvenanceRegion>.Builder regions,
        ImmutableArray<ProvenanceProblem>.Builder problems,
        ImmutableArray<TextSpan>.Builder covered,
        CancellationToken cancellationToken)
    {
        // The residue rules' comment index already holds every comment of the tree in file order: one walk over the
        // trivia serves both families.
        var comments = new CommentTrivia(CommentIndex.Get(root.SyntaxTree, cancellationToken).Comments);
        var stack = new Stack<OpenMarker>();
        for (var i = 0; i < comments.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var comment = comments[i];
            if (!MayStartWithMarker(text, comment))
            {
                continue;
            }

            var body = CommentBody(comment, out var bodyStart);
            var lead = SkipSpaces(body, 0);
            if (StartsWithMarker(body, lead, ProvenanceFieldNames.CloseMarker))
            {
                var rest = SkipSpaces(body, lead + ProvenanceFieldNames.CloseMarker.Length);
                if (rest >= body.Length || body[rest] != '>')
                {
                    problems.Add(new ProvenanceProblem(comment.Span, "the closing marker must read '</ai-provenance>'"));
                    continue;
                }

                if (stack.Count == 0)
                {
                    problems.Add(new ProvenanceProblem(comment.Span, "a closing marker '</ai-provenance>' has no opening marker"));
                    continue;
                }

                var open = stack.Pop();
                if (open.IsNested)
                {
                    continue;
                }

                var content = TextSpan.FromBounds(open.Span.End, comment.Span.Start);
                covered.Add(TextSpan.FromBounds(open.Span.Start, comment.Span.End));
                regions.Add(new ProvenanceRegion(ProvenanceForm.Comment, open.Span, comment.Span, content, null, open.InsertPosition, true, open.Fields, open.IsValid));
                continue;
            }

            if (!StartsWithMarker(body, lead, ProvenanceFieldNames.OpenMarker))
            {
                continue;
            }

            // The tag may go on over the next comment lines: gather them until '>' closes it.
            var parts = new List<(string Body, int Start, SyntaxTrivia Trivia)> { (body, bodyStart, comment) };
            var tag = new TagReader(parts);
            var last = i;
            while (!tag.Read(lead + ProvenanceFieldNames.OpenMarker.Length) && tag.NeedsMore && last + 1 < comments.Count
                   && comment.IsKind(SyntaxKind.SingleLineCommentTrivia) && IsNextLine(text, comments[last], comments[last + 1]))
            {
                last++;
                var nextBody = CommentBody(comments[last], out var nextStart);
                parts.Add((nextBody, nextStart, comments[last]));
                tag = new TagReader(parts);
            }

            i = last;
            var markerSpan = TextSpan.FromBounds(comment.Span.Start, comments[last].Span.End);
            var isValid = tag.Error is null;
            if (tag.Error is { } error)
            {
                problems.Add(new ProvenanceProblem(tag.ErrorSpan ?? markerSpan, error, fields: tag.Fields.ToImmutable()));
            }

            var fields = tag.Fields.ToImmutable();

            // After a syntax error the fields read so far are partial: only the syntax error is worth reporting.
            isValid = isValid && CheckFields(fields, markerSpan, problems);
            if (tag.IsSelfClosing)
            {
                continue;
            }

            // An open region whose member ends before this marker was never closed; this marker is not nested in it.
            while (stack.Count > 0 && !stack.Peek().IsNested && AnnotatedNode(root, stack.Peek().First) is { } previous && previous.Span.End <= markerSpan.Start)
            {
                ReportUnclosed(root, stack.Pop(), problems, covered);
            }

            var nested = stack.Count > 0;
            if (nested)
            {
                problems.Add(new ProvenanceProblem(markerSpan, "provenance regions cannot be nested; close the enclosing region first", fields: fields));
            }

            stack.Push(new OpenMarker(markerSpan, comment, fields, tag.TerminatorPosition, isValid, nested));
        }

        while (stack.Count > 0)
        {
            var open = stack.Pop();
            if (open.IsNested)
            {
                continue;
            }

            ReportUnclosed(root, open, problems, covered);
        }
    }

    private static void ReportUnclosed(SyntaxNode root, OpenMarker open, ImmutableArray<ProvenanceProblem>.Builder problems, ImmutableArray<TextSpan>.Builder covered)
    {
        var target = AnnotatedNode(root, open.First);
        problems.Add(new ProvenanceProblem(open.Span, "the region has no closing marker '</ai-provenance>'", target?.Span, open.Fields));
        covered.Add(target is null ? open.Span : TextSpan.FromBounds(open.Span.Start, target.Span.End));
    }

    /// <summary>The member or statement the marker stands before: the outermost node that starts with the next token.</summary>
    internal static SyntaxNode? AnnotatedNode(SyntaxNode root, SyntaxTrivia marker)
    {
        var token = marker.Token;
        if (token.IsKind(SyntaxKind.EndOfFileToken) || token.IsKind(SyntaxKind.CloseBraceToken) || token.SpanStart < marker.Span.End)
        {
            return null;
        }

        if (token == root.GetFirstToken(includeZeroWidth: false))
        {
            return root;
        }

        SyntaxNode? best = null;
        for (var node = token.Parent; node is not null && node.SpanStart == token.SpanStart; node = node.Parent)
        {
            if (node is MemberDeclarationSyntax or StatementSyntax)
            {
                best = node;
            }
        }

        return best;
    }

    private static bool CheckFields(ImmutableArray<ProvenanceField> fields, TextSpan markerSpan, ImmutableArray<ProvenanceProblem>.Builder problems)
    {
        var valid = true;
        foreach (var field in fields)
        {
            if (ProvenanceFieldNames.Check(field.Name, field.Value) is { } message)
            {
                problems.Add(new ProvenanceProblem(field.ValueSpan.Length > 0 ? field.ValueSpan : markerSpan, message, fields: fields));
                valid = false;
            }
        }

        foreach (var required in new[] { ProvenanceFieldNames.Tool, ProvenanceFieldNames.Contributor })
        {
            if (!Has(fields, required))
            {
                problems.Add(new ProvenanceProblem(markerSpan, "the required field '" + required + "' is missing", fields: fields));
                valid = false;
            }
        }

        if (Has(fields, ProvenanceFieldNames.Reviewed) && !Has(fields, ProvenanceFieldNames.ReviewedBy))
        {
            problems.Add(new ProvenanceProblem(markerSpan, "'reviewed' needs 'reviewed-by': say who reviewed the code", fields: fields));
            valid = false;
        }

        if (Value(fields, ProvenanceFieldNames.Generated) is { } generated && Value(fields, ProvenanceFieldNames.Reviewed) is { } reviewed
            && ProvenanceFieldNames.TryParseDate(generated, out var generatedDate) && ProvenanceFieldNames.TryParseDate(reviewed, out var reviewedDate)
            && reviewedDate < generatedDate)
        {
            problems.Add(new ProvenanceProblem(markerSpan, "'reviewed' (" + reviewed + ") is earlier than 'generated' (" + generated + ")", fields: fields));
            valid = false;
        }

        return valid;
    }

    private static bool Has(ImmutableArray<ProvenanceField> fields, string name) => Value(fields, name) is not null;

    private static string? Value(ImmutableArray<ProvenanceField> fields, string name)
    {
        foreach (var field in fields)
        {
            if (field.Name == name)
            {
                return field.Value;
            }
        }

        return null;
    }

    private static bool IsNextLine(SourceText text, SyntaxTrivia previous, SyntaxTrivia next) =>
        next.IsKind(SyntaxKind.SingleLineCommentTrivia)
        && text.Lines.GetLineFromPosition(next.SpanStart).LineNumber == text.Lines.GetLineFromPosition(previous.SpanStart).LineNumber + 1;

    private static bool StartsWithMarker(string body, int at, string marker)
    {
        if (string.CompareOrdinal(body, at, marker, 0, marker.Length) != 0)
        {
            return false;
        }

        var after = at + marker.Length;
        return after >= body.Length || char.IsWhiteSpace(body[after]) || body[after] == '>' || body[after] == '/';
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// Whether the comment's text starts with <c>&lt;</c> after its <c>//</c> or <c>/*</c> and white space, read from the
    /// source text: both markers do, and nearly all of a file's comments do not, so only the few that do are copied
    /// into strings and parsed.
    /// </summary>
    private static bool MayStartWithMarker(SourceText text, SyntaxTrivia comment)
    {
        var span = comment.Span;
        var at = span.Start + 2;
        while (at < span.End && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at < span.End && text[at] == '<';
    }

    /// <summary>The comment without its markers (<see cref="CommentText.Bounds"/>), and the position of its first character in the file.</summary>
    private static string CommentBody(SyntaxTrivia comment, out int start)
    {
        var full = comment.ToString();
        CommentText.Bounds(full, out var bodyStart, out var bodyEnd);
        start = comment.SpanStart + bodyStart;
        return full.Substring(bodyStart, bodyEnd - bodyStart);
    }

    /// <summary>Reads <c>name="value"</c> pairs up to <c>&gt;</c> over one or more comment bodies.</summary>
    private sealed class TagReader
    {
        private readonly string joined;
        private readonly int[] positions;

        public TagReader(List<(string Body, int Start, SyntaxTrivia Trivia)> parts)
        {
            var builder = new StringBuilder();
            var map = new List<int>();
            for (var p = 0; p < parts.Count; p++)
            {
                if (p > 0)
                {
                    builder.Append('\n');
                    map.Add(-1);
                }

                var (body, start, _) = parts[p];
                builder.Append(body);
                for (var i = 0; i < body.Length; i++)
                {
                    map.Add(start + i);
                }
            }

            joined = builder.ToString();
            positions = map.ToArray();
        }

        public ImmutableArray<ProvenanceField>.Builder Fields { get; } = ImmutableArray.CreateBuilder<ProvenanceField>();

        public string? Error { get; private set; }

        public TextSpan? ErrorSpan { get; private set; }

        /// <summary>True when the text ran out before '&gt;': the next comment line may go on with the tag.</summary>
        public bool NeedsMore { get; private set; }

        public int TerminatorPosition { get; private set; }

        public bool IsSelfClosing { get; private set; }

        /// <summary>Reads from <paramref name="at"/>; true when the tag is complete (or has an error that more lines cannot mend).</summary>
        public bool Read(int at)
        {
            Fields.Clear();
            Error = null;
            ErrorSpan = null;
            NeedsMore = false;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var i = at;
            while (true)
            {
                var beforeSpace = i;
                i = SkipSpaces(joined, i);
                if (i >= joined.Length)
                {
                    NeedsMore = true;
                    Error = "the opening marker is not closed by '>'";
                    return false;
                }

                var c = joined[i];
                if (c == '>')
                {
                    TerminatorPosition = positions[i];
                    return true;
                }

                if (c == '/' && i + 1 < joined.Length && joined[i + 1] == '>')
                {
                    IsSelfClosing = true;
                    return Fail(i, 2, "a provenance region needs an opening and a closing marker; '/>' is not allowed");
                }

                if (i == beforeSpace && Fields.Count > 0)
                {
                    return Fail(i, 1, "attributes must be separated by white space");
                }

                var nameStart = i;
                while (i < joined.Length && (char.IsLetterOrDigit(joined[i]) || joined[i] == '-' || joined[i] == '_'))
                {
                    i++;
                }

                if (i == nameStart)
                {
                    return Fail(i, 1, "unexpected character '" + c + "' in the opening marker; attributes are name=\"value\" pairs");
                }

                var name = joined.Substring(nameStart, i - nameStart);
                if (i >= joined.Length || joined[i] != '=')
                {
                    return Fail(nameStart, i - nameStart, "attribute '" + name + "' needs a value: " + name + "=\"...\"");
                }

                i++;
                if (i >= joined.Length || joined[i] != '"')
                {
                    return Fail(nameStart, i - nameStart, "the value of '" + name + "' must be in double quotes");
                }

                var valueStart = ++i;
                while (i < joined.Length && joined[i] != '"' && joined[i] != '\n')
                {
                    i++;
                }

                if (i >= joined.Length || joined[i] != '"')
                {
                    return Fail(nameStart, i - nameStart, "the value of '" + name + "' has no closing quote on its line");
                }

                var value = joined.Substring(valueStart, i - valueStart);
                var valueSpan = valueStart == i
                    ? new TextSpan(positions[i], 0)
                    : TextSpan.FromBounds(positions[valueStart], positions[i - 1] + 1);
                i++;
                if (!ProvenanceFieldNames.IsKnown(name))
                {
                    return Fail(nameStart, name.Length, "unknown field '" + name + "'; the fields are " + string.Join(", ", ProvenanceFieldNames.All));
                }

                if (!seen.Add(name))
                {
                    return Fail(nameStart, name.Length, "field '" + name + "' appears twice");
                }

                Fields.Add(new ProvenanceField(name, value, valueSpan));
            }
        }

        private bool Fail(int at, int length, string message)
        {
            Error = message;
            var start = at < positions.Length ? positions[at] : -1;
            var end = at + length - 1 < positions.Length && at + length - 1 >= 0 ? positions[at + length - 1] : -1;
            ErrorSpan = start >= 0 && end >= start ? TextSpan.FromBounds(start, end + 1) : null;

            // Whatever follows, a broken tag stays broken: take the rest of the marker's comment lines with it.
            var rest = joined.IndexOf('>', at);
            TerminatorPosition = rest >= 0 && positions[rest] >= 0 ? positions[rest] : (start >= 0 ? start : 0);
            return true;
        }
    }

    private static void ReadAttributes(
        SyntaxNode root,
        ImmutableArray<ProvenanceRegion>.Builder regions,
        ImmutableArray<ProvenanceProblem>.Builder problems,
        ImmutableArray<TextSpan>.Builder covered,
        CancellationToken cancellationToken)
    {
        // Attributes sit on members and types: never walk into bodies, which hold none that count here.
        foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or MemberDeclarationSyntax or AttributeListSyntax))
        {
            if (node is not AttributeSyntax attribute || !IsProvenanceAttribute(attribute.Name))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (attribute.Parent is not AttributeListSyntax list || list.Parent is not MemberDeclarationSyntax member || list.Target is not null)
            {
                problems.Add(new ProvenanceProblem(attribute.Span, "[AiProvenance] belongs on a type or a member"));
                continue;
            }

            var fields = ImmutableArray.CreateBuilder<ProvenanceField>();
            var valid = true;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
            {
                var property = argument.NameEquals?.Name.Identifier.ValueText;
                var name = property is null ? null : ProvenanceFieldNames.FromAttributeProperty(property);
                if (name is null)
                {
                    problems.Add(new ProvenanceProblem(argument.Span, property is null
                        ? "[AiProvenance] takes named properties only (Tool = \"...\")"
                        : "unknown property '" + property + "'; the properties are Tool, Contributor, Model, Generated, ReviewedBy, Reviewed, Hash, Trace, Conversation"));
                    valid = false;
                    continue;
                }

                if (argument.Expression is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    problems.Add(new ProvenanceProblem(argument.Expression.Span, "'" + property + "' must be a string literal so that analyzers can read it"));
                    valid = false;
                    continue;
                }

                if (!seen.Add(name))
                {
                    problems.Add(new ProvenanceProblem(argument.Span, "property '" + property + "' appears twice"));
                    valid = false;
                    continue;
                }

                var token = literal.Token;
                var open = token.Text.StartsWith("@", StringComparison.Ordinal) ? 2 : 1;
                var valueSpan = TextSpan.FromBounds(token.SpanStart + Math.Min(open, token.Span.Length), Math.Max(token.SpanStart + Math.Min(open, token.Span.Length), token.Span.End - 1));
                fields.Add(new ProvenanceField(name, token.ValueText, valueSpan));
            }

            var built = fields.ToImmutable();
            valid = valid && CheckFields(built, attribute.Span, problems);
            var inComment = false;
            foreach (var span in covered)
            {
                inComment |= span.Contains(attribute.Span);
            }

            if (inComment)
            {
                problems.Add(new ProvenanceProblem(attribute.Span, "provenance regions cannot be nested; this member is already inside an annotated region"));
                continue;
            }

            var excluded = list.Attributes.Count == 1 ? list.Span : attribute.Span;
            var insert = attribute.ArgumentList?.CloseParenToken.SpanStart ?? attribute.Span.End;
            covered.Add(member.Span);
            regions.Add(new ProvenanceRegion(ProvenanceForm.Attribute, attribute.Span, null, member.Span, excluded, insert, attribute.ArgumentList is not null, built, valid));
        }
    }

    private static bool IsProvenanceAttribute(NameSyntax name)
    {
        var simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right,
            AliasQualifiedNameSyntax alias => alias.Name,
            SimpleNameSyntax s => s,
            _ => null,
        };

        var text = simple?.Identifier.ValueText;
        return text is "AiProvenance" or "AiProvenanceAttribute";
    }
}
