using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>A numeric literal of a tree with the subject it sets (see <see cref="LiteralSubject"/>).</summary>
internal readonly struct IndexedNumber
{
    public IndexedNumber(TextSpan span, double value, string subject)
    {
        Span = span;
        Value = value;
        Subject = subject;
    }

    /// <summary>The literal as AID201 reports it: the sign of a negative number included.</summary>
    public TextSpan Span { get; }

    public double Value { get; }

    public string Subject { get; }
}

/// <summary>
/// A constant or <c>static readonly</c> field initialized with one number (<c>const int FailedVerificationDelay =
/// 2000;</c>), or a <c>static readonly TimeSpan</c> made by one unit factory (<c>TimeSpan.FromHours(6)</c>, then
/// <see cref="Factory"/> is <c>FromHours</c>).
/// </summary>
internal sealed class DeclaredConstant
{
    public DeclaredConstant(string name, string containingType, string typeName, string? factory, double value, TextSpan span)
    {
        Name = name;
        ContainingType = containingType;
        TypeName = typeName;
        Factory = factory;
        Value = value;
        Span = span;
    }

    public string Name { get; }

    /// <summary>The metadata name of the declaring type (<c>Bit.Core.Constants</c>, <c>Outer+Inner</c>).</summary>
    public string ContainingType { get; }

    /// <summary>The declared type as written (<c>int</c>, <c>TimeSpan</c>).</summary>
    public string TypeName { get; }

    /// <summary>The <c>TimeSpan.From*</c> factory of a <c>TimeSpan</c> field; null for a plain number.</summary>
    public string? Factory { get; }

    public double Value { get; }

    /// <summary>The declarator, so a literal inside it is never offered its own constant.</summary>
    public TextSpan Span { get; }
}

/// <summary>
/// Where a literal of a tree starts, found again through the tree's root when a rule asks (see
/// <see cref="Resolve"/>): the index keeps no node of its own, so that it holds no part of the tree alive that the tree
/// would let go (the red nodes under a block's statements are held weakly).
/// </summary>
internal readonly struct IndexedLiteral
{
    public IndexedLiteral(LiteralExpressionSyntax literal, int ownerStart)
    {
        Start = literal.SpanStart;
        OwnerStart = ownerStart;

        // A literal without text (a missing token) is not found again by its position: kept as it is.
        Empty = literal.Span.IsEmpty ? literal : null;
    }

    public int Start { get; }

    /// <summary>The start of the innermost type or delegate declaration around the literal; -1 outside every one.</summary>
    public int OwnerStart { get; }

    private LiteralExpressionSyntax? Empty { get; }

    /// <summary>The literal, from <paramref name="within"/>: a node of the literal's tree whose span holds it.</summary>
    public LiteralExpressionSyntax Resolve(SyntaxNode within) =>
        Empty ?? (LiteralExpressionSyntax)within.FindToken(Start).Parent!;
}

/// <summary>
/// The literals and numeric constants of one syntax tree, found from syntax alone in one scan of its text (see
/// <see cref="Build"/>) and cached per
/// <see cref="SyntaxTree"/>: an edit re-indexes only the edited tree. It is the one literal pass of the magic-value
/// family: AID201 reads its numbers (each tree's own, and every tree's through <see cref="CompilationLiteralIndex"/> for
/// recurrence and existing constants) and where its strings start, AID202 its string literals per declaration.
/// Entity Framework migrations and model snapshots have no entry among <see cref="Numbers"/> and
/// <see cref="Constants"/>, and their own numbers are not among <see cref="NumericLiterals"/>.
/// </summary>
internal sealed class TreeLiteralIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeLiteralIndex> Cache = new();

    /// <summary>Every string literal expression (regular, verbatim or raw; not UTF-8) in source order, with its owner.</summary>
    private readonly ImmutableArray<IndexedLiteral> strings;

    /// <summary>The numeric literals AID201 classifies, in source order (see <see cref="NumericLiterals"/>).</summary>
    private readonly ImmutableArray<IndexedLiteral> numericLiterals;

    private TreeLiteralIndex(
        ImmutableArray<IndexedNumber> numbers,
        ImmutableArray<DeclaredConstant> constants,
        ImmutableArray<IndexedLiteral> numericLiterals,
        ImmutableArray<IndexedLiteral> strings,
        ImmutableArray<int> stringLikeStarts)
    {
        Numbers = numbers;
        Constants = constants;
        this.numericLiterals = numericLiterals;
        this.strings = strings;
        StringLikeStarts = stringLikeStarts;
    }

    /// <summary>Every numeric literal with a subject, in source order (a bare wait twice: by type and by member, see <see cref="LiteralSubject.OfMember"/>).</summary>
    public ImmutableArray<IndexedNumber> Numbers { get; }

    public ImmutableArray<DeclaredConstant> Constants { get; }

    /// <summary>
    /// Every numeric literal expression in source order, except those whose innermost type is an Entity Framework
    /// migration or model snapshot (scaffolded once, their numbers are the schema; a type nested in one is its own): the
    /// literals AID201 classifies. <paramref name="root"/> is the root of the index's tree.
    /// </summary>
    public IEnumerable<LiteralExpressionSyntax> NumericLiterals(SyntaxNode root)
    {
        foreach (var literal in numericLiterals)
        {
            yield return literal.Resolve(root);
        }
    }

    /// <summary>
    /// Where each string-like token of the code starts (<see cref="MagicNumberClassifier.IsStringLikeToken"/>: string,
    /// raw, UTF-8 and interpolated text, a format clause's text included), in document order; none from trivia.
    /// </summary>
    public ImmutableArray<int> StringLikeStarts { get; }

    public static TreeLiteralIndex Get(SyntaxTree tree, CancellationToken cancellationToken) =>
        Cache.GetOrCompute(tree, Build, cancellationToken);

    /// <summary>
    /// The string literals of one declaration, in source order: those inside it that no nested type or delegate
    /// declaration owns (a nested type's are its own). The declaration of a top-level program is its compilation unit:
    /// only the global statements before the first namespace or type belong to it. Statements after them are an error
    /// (CS8803) that a parse gone wrong leaves behind, such as the members of a class cut off by unbalanced braces under
    /// other preprocessor symbols; counting them named the type 'Program' in a file that declares a namespace and a
    /// class.
    /// </summary>
    public IEnumerable<LiteralExpressionSyntax> StringLiteralsOf(SyntaxNode declaration)
    {
        var span = declaration.Span;
        if (declaration is CompilationUnitSyntax compilationUnit)
        {
            var members = compilationUnit.Members;
            var leading = 0;
            while (leading < members.Count && members[leading] is GlobalStatementSyntax)
            {
                leading++;
            }

            if (leading == 0)
            {
                yield break;
            }

            span = TextSpan.FromBounds(members[0].SpanStart, members[leading - 1].Span.End);
        }

        var owner = OwnerStartOf(declaration);
        for (var i = FirstAtOrAfter(span.Start); i < strings.Length && strings[i].Start < span.End; i++)
        {
            if (strings[i].OwnerStart == owner)
            {
                yield return strings[i].Resolve(declaration);
            }
        }
    }

    /// <summary>The value of a numeric literal token, negated for a leading minus; false for a token without a number.</summary>
    public static bool TryGetValue(SyntaxToken token, bool negative, out double value)
    {
        switch (token.Value)
        {
            case int i: value = i; break;
            case uint ui: value = ui; break;
            case long l: value = l; break;
            case ulong ul: value = ul; break;
            case float f: value = f; break;
            case double d: value = d; break;
            case decimal m: value = (double)m; break;
            default: value = 0; return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>The literal as a rule reports it: with its minus sign when it has one.</summary>
    public static ExpressionSyntax Reported(LiteralExpressionSyntax literal, out bool negative)
    {
        negative = literal.Parent is PrefixUnaryExpressionSyntax unary && unary.IsKind(SyntaxKind.UnaryMinusExpression);
        return negative ? (ExpressionSyntax)literal.Parent! : literal;
    }

    /// <summary>The owner a literal directly inside <paramref name="node"/> has: the node itself when it declares a type or delegate.</summary>
    private static int OwnerStartOf(SyntaxNode node)
    {
        for (SyntaxNode? current = node; current is not null; current = current.Parent)
        {
            if (current is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            {
                return current.SpanStart;
            }
        }

        return -1;
    }

    /// <summary>The index of the first string literal starting at or after <paramref name="position"/>.</summary>
    private int FirstAtOrAfter(int position)
    {
        var low = 0;
        var high = strings.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (strings[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// Finds the literals from the tree's text: a string or numeric literal token holds a quote or starts with a digit
    /// (<c>@"</c>, <c>$"</c> and <c>"..."u8</c> hold one, <c>.5</c> has its digit after the dot), so only the positions
    /// of those characters are looked up (<see cref="SyntaxNode.FindToken"/>, which makes the nodes of one path), and a hit in
    /// trivia (a comment, a directive, disabled text) skips that trivia whole. A walk of every node made the whole red
    /// tree: most of the magic-value rules' time on a library (see docs/performance.md). An interpolated string is
    /// walked whole (<see cref="Walk"/>): its text, format clauses and the literals of its holes. What the walk over
    /// every node found, this finds, in the same order (<c>LiteralIndexTests</c> compares them on real code and on broken
    /// code), but for a literal without text (a missing token of broken code), which no position names. Where the tree
    /// nests so deep that the lookups would cost more than the text is long, it walks every node instead.
    /// </summary>
    private static TreeLiteralIndex Build(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var builder = new Builder();
        var root = tree.GetRoot(cancellationToken);
        var text = tree.GetText(cancellationToken);
        var length = text.Length;
        var buffer = new char[Math.Min(length, 4096)];
        var bufferStart = 0;
        var bufferEnd = 0;
        var previous = '\0';
        var position = 0;
        while (position < length)
        {
            if (position >= bufferEnd)
            {
                cancellationToken.ThrowIfCancellationRequested();
                bufferStart = position;
                bufferEnd = Math.Min(length, position + buffer.Length);
                text.CopyTo(bufferStart, buffer, 0, bufferEnd - bufferStart);
            }

            var c = buffer[position - bufferStart];
            // A digit after a letter, a digit or an underscore inside one token lies in a name or in the number met
            // already; after a lookup the scan stands at a token's edge, where a number may follow at once in broken
            // code (`1L2`, `"a"u81`), so the character before is forgotten there. A character literal adds nothing to
            // the index (a quote or digit inside one finds it and is skipped with it).
            var candidate = c == '"' || (c is >= '0' and <= '9' && !(previous == '_' || char.IsLetterOrDigit(previous)));
            previous = c;
            if (!candidate)
            {
                position++;
                continue;
            }

            var token = root.FindToken(position);
            int next;
            if (!token.Span.Contains(position))
            {
                // In trivia (a comment, a directive, disabled text), which holds no literal of the code: the trivia
                // before the token ends at its start, the trivia after it at its full end. FindTrivia would step through
                // the trivia one by one, for each quote in every comment.
                next = position < token.SpanStart ? token.SpanStart : token.FullSpan.End;
            }
            else if (token.Parent is LiteralExpressionSyntax literal)
            {
                builder.AddLiteral(literal, Frame.Around(literal, builder));
                next = token.Span.End;
            }
            else if (token.Parent is InterpolatedStringExpressionSyntax interpolated)
            {
                // Met at the quote of its start token, which comes before anything the string holds.
                Walk(Frame.Around(interpolated, builder), builder, cancellationToken);
                next = interpolated.Span.End;
            }
            else
            {
                next = token.Span.End;
            }

            next = Math.Max(next, position + 1);
            previous = '\0';
            position = next;
            if (builder.AncestorSteps > length + AncestorStepAllowance)
            {
                // Deep nesting (a chain of thousands of else-ifs or concatenations): each lookup climbs the whole depth,
                // and the walk over every node, linear in the tree, is the cheaper way.
                return BuildByWalkingEveryNode(tree, cancellationToken);
            }
        }

        return builder.ToIndex();
    }

    /// <summary>The ancestor steps the scan may take beyond one per character of text before it walks the tree instead.</summary>
    private const int AncestorStepAllowance = 4096;

    /// <summary>
    /// Walks every node under the node of <paramref name="start"/>, with what its ancestors decided, in source order: what
    /// an interpolated string holds, and a whole tree where the scan would climb too deep (and in <c>LiteralIndexTests</c>,
    /// the reference the scan is compared with).
    /// </summary>
    private static void Walk(Frame start, Builder builder, CancellationToken cancellationToken)
    {
        var pending = new Stack<Frame>();
        var children = new List<SyntaxNode>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var frame = pending.Pop();
            var node = frame.Node;
            var ownerStart = frame.OwnerStart;
            var inScaffolded = frame.InScaffolded;
            var innermostScaffolded = frame.InnermostScaffolded;
            switch (node)
            {
                case BaseTypeDeclarationSyntax type:
                    ownerStart = type.SpanStart;
                    innermostScaffolded = ScaffoldedCode.IsScaffolded(type);
                    inScaffolded |= innermostScaffolded;
                    break;
                case DelegateDeclarationSyntax:
                    ownerStart = node.SpanStart;
                    break;
                case FieldDeclarationSyntax field when !inScaffolded:
                    builder.AddConstants(field);
                    break;
                case LiteralExpressionSyntax literal:
                    builder.AddLiteral(literal, frame);
                    continue;
                case InterpolatedStringTextSyntax text:
                    builder.StringLikeStarts.Add(text.TextToken.SpanStart);
                    continue;
                case InterpolationFormatClauseSyntax format:
                    builder.StringLikeStarts.Add(format.FormatStringToken.SpanStart);
                    continue;
            }

            // Children read in order (Roslyn makes each from the one before; read from the last, a wide node's children
            // cost the square of their number) and pushed in reverse, so the walk and the lists follow source order.
            children.Clear();
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.AsNode() is { } childNode)
                {
                    children.Add(childNode);
                }
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(new Frame(children[i], ownerStart, inScaffolded, innermostScaffolded));
            }
        }
    }

    /// <summary>Every entry of the index as a line, list by list in order: what <c>LiteralIndexTests</c> compares.</summary>
    internal IEnumerable<string> Entries()
    {
        foreach (var number in Numbers)
        {
            yield return FormattableString.Invariant($"number {number.Span} {number.Value} {number.Subject}");
        }

        foreach (var constant in Constants)
        {
            yield return FormattableString.Invariant($"constant {constant.Span} {constant.ContainingType}.{constant.Name} {constant.TypeName} {constant.Factory} {constant.Value}");
        }

        foreach (var literal in numericLiterals)
        {
            yield return FormattableString.Invariant($"numeric {literal.Start} {literal.OwnerStart}");
        }

        foreach (var literal in strings)
        {
            yield return FormattableString.Invariant($"string {literal.Start} {literal.OwnerStart}");
        }

        foreach (var start in StringLikeStarts)
        {
            yield return FormattableString.Invariant($"string-like {start}");
        }
    }

    /// <summary>The index of a whole tree by the walk over every node: what the scan falls back to where the tree nests
    /// deep, and the reference of <c>LiteralIndexTests</c>.</summary>
    internal static TreeLiteralIndex BuildByWalkingEveryNode(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var builder = new Builder();
        var root = tree.GetRoot(cancellationToken);
        Walk(new Frame(root, ownerStart: -1, inScaffolded: false, innermostScaffolded: false), builder, cancellationToken);
        return builder.ToIndex();
    }

    /// <summary>The lists of one tree's index as they are found, in source order.</summary>
    private sealed class Builder
    {
        private readonly ImmutableArray<IndexedNumber>.Builder numbers = ImmutableArray.CreateBuilder<IndexedNumber>();
        private readonly ImmutableArray<DeclaredConstant>.Builder constants = ImmutableArray.CreateBuilder<DeclaredConstant>();
        private readonly ImmutableArray<IndexedLiteral>.Builder numericLiterals = ImmutableArray.CreateBuilder<IndexedLiteral>();
        private readonly ImmutableArray<IndexedLiteral>.Builder strings = ImmutableArray.CreateBuilder<IndexedLiteral>();
        private FieldDeclarationSyntax? lastField;

        /// <summary>How many ancestors <see cref="Frame.Around"/> climbed: about what the scan's lookups cost.</summary>
        public long AncestorSteps { get; set; }

        /// <summary>Whether each type declaration met is a migration or model snapshot, asked once per type.</summary>
        public Dictionary<BaseTypeDeclarationSyntax, bool> Scaffolded { get; } = new();

        public ImmutableArray<int>.Builder StringLikeStarts { get; } = ImmutableArray.CreateBuilder<int>();

        /// <summary>A field's constants, once: the text scan meets a field at each number in it, the walk once.</summary>
        public void AddConstants(FieldDeclarationSyntax field)
        {
            if (!ReferenceEquals(field, lastField))
            {
                lastField = field;
                TreeLiteralIndex.AddConstants(field, constants);
            }
        }

        public void AddLiteral(LiteralExpressionSyntax literal, Frame frame)
        {
            if (MagicNumberClassifier.IsStringLikeToken(literal.Token))
            {
                StringLikeStarts.Add(literal.Token.SpanStart);
            }

            if (literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                strings.Add(new IndexedLiteral(literal, frame.OwnerStart));
                return;
            }

            if (!literal.IsKind(SyntaxKind.NumericLiteralExpression))
            {
                return;
            }

            if (!frame.InnermostScaffolded)
            {
                numericLiterals.Add(new IndexedLiteral(literal, frame.OwnerStart));
            }

            var reported = Reported(literal, out var negative);
            if (!frame.InScaffolded && TryGetValue(literal.Token, negative, out var value) && LiteralSubject.Of(reported) is { } subject)
            {
                numbers.Add(new IndexedNumber(reported.Span, value, subject));
                if (LiteralSubject.OfMember(reported, subject) is { } member)
                {
                    numbers.Add(new IndexedNumber(reported.Span, value, member));
                }
            }
        }

        public TreeLiteralIndex ToIndex() =>
            new(numbers.ToImmutable(), constants.ToImmutable(), numericLiterals.ToImmutable(), strings.ToImmutable(), StringLikeStarts.ToImmutable());
    }

    /// <summary>A node still to walk, with what its ancestors decide for the literals under it.</summary>
    private readonly struct Frame
    {
        public Frame(SyntaxNode node, int ownerStart, bool inScaffolded, bool innermostScaffolded)
        {
            Node = node;
            OwnerStart = ownerStart;
            InScaffolded = inScaffolded;
            InnermostScaffolded = innermostScaffolded;
        }

        public SyntaxNode Node { get; }

        /// <summary>The start of the innermost type or delegate declaration above the node; -1 for none.</summary>
        public int OwnerStart { get; }

        /// <summary>Whether a migration or model snapshot is among the types above the node.</summary>
        public bool InScaffolded { get; }

        /// <summary>Whether the innermost type above the node is a migration or model snapshot.</summary>
        public bool InnermostScaffolded { get; }

        /// <summary>
        /// What the ancestors of <paramref name="node"/> decide for it, as the walk from the root would carry it down: the
        /// innermost type or delegate's start, the types' migrations; and a field above it gives up its constants (in
        /// source order: the scan meets the fields in order).
        /// </summary>
        public static Frame Around(SyntaxNode node, Builder builder)
        {
            var ownerStart = -1;
            var typeSeen = false;
            var inScaffolded = false;
            var innermostScaffolded = false;
            FieldDeclarationSyntax? field = null;
            for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                builder.AncestorSteps++;
                switch (ancestor)
                {
                    case BaseTypeDeclarationSyntax type:
                        if (ownerStart < 0)
                        {
                            ownerStart = type.SpanStart;
                        }

                        if (!builder.Scaffolded.TryGetValue(type, out var scaffolded))
                        {
                            scaffolded = ScaffoldedCode.IsScaffolded(type);
                            builder.Scaffolded[type] = scaffolded;
                        }

                        if (!typeSeen)
                        {
                            innermostScaffolded = scaffolded;
                            typeSeen = true;
                        }

                        inScaffolded |= scaffolded;
                        break;
                    case DelegateDeclarationSyntax when ownerStart < 0:
                        ownerStart = ancestor.SpanStart;
                        break;
                    case FieldDeclarationSyntax fieldDeclaration:
                        field = fieldDeclaration;
                        break;
                }
            }

            if (field is not null && !inScaffolded)
            {
                builder.AddConstants(field);
            }

            return new Frame(node, ownerStart, inScaffolded, innermostScaffolded);
        }
    }

    private static void AddConstants(FieldDeclarationSyntax field, ImmutableArray<DeclaredConstant>.Builder constants)
    {
        var isConst = field.Modifiers.Any(SyntaxKind.ConstKeyword);
        if (!isConst && !(field.Modifiers.Any(SyntaxKind.StaticKeyword) && field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword)))
        {
            return;
        }

        var typeName = field.Declaration.Type switch
        {
            PredefinedTypeSyntax predefined => predefined.Keyword.ValueText,
            var other => MagicNumberClassifier.RightmostName(other),
        };
        if (typeName is null || field.Parent is not BaseTypeDeclarationSyntax owner)
        {
            return;
        }

        string? containingType = null;
        foreach (var variable in field.Declaration.Variables)
        {
            if (variable.Initializer?.Value is not { } initializer)
            {
                continue;
            }

            string? factory = null;
            var number = ExpressionWrappers.Unwrap(initializer);
            if (typeName == "TimeSpan" && initializer is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } call
                && LiteralSubject.TimeSpanFactory(call) is { } unit)
            {
                factory = unit;
                number = ExpressionWrappers.Unwrap(arguments[0].Expression);
            }

            if (number is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.NumericLiteralExpression))
            {
                continue;
            }

            Reported(literal, out var negative);
            if (TryGetValue(literal.Token, negative, out var value))
            {
                containingType ??= MetadataName(owner);
                constants.Add(new DeclaredConstant(variable.Identifier.ValueText, containingType, typeName, factory, value, variable.Span));
            }
        }
    }

    /// <summary>The name <see cref="Compilation.GetTypeByMetadataName"/> finds the type by: namespaces, nesting, arity.</summary>
    private static string MetadataName(BaseTypeDeclarationSyntax type)
    {
        var name = string.Empty;
        for (SyntaxNode? node = type; node is not null; node = node.Parent)
        {
            if (node is BaseTypeDeclarationSyntax declaration)
            {
                var arity = declaration is TypeDeclarationSyntax { TypeParameterList: { } list } ? list.Parameters.Count : 0;
                var own = arity > 0 ? declaration.Identifier.ValueText + "`" + arity.ToString(CultureInfo.InvariantCulture) : declaration.Identifier.ValueText;
                name = name.Length == 0 ? own : own + "+" + name;
            }
            else if (node is BaseNamespaceDeclarationSyntax ns)
            {
                name = ns.Name.ToString() + "." + name;
            }
        }

        return name;
    }
}

/// <summary>
/// What a numeric literal sets, from syntax alone: the call and argument slot it is passed to (<c>call:Delay#0</c>),
/// the member it is compared with (<c>cmp&lt;:Count</c>), the operator of the arithmetic it scales (<c>arith:*</c>).
/// A <c>TimeSpan.From*</c> factory's literal takes the subject of the time span plus the unit
/// (<c>call:Get#2/FromHours</c>), so a cache lifetime and a timeout of the same length stay apart. Two literals of one
/// value and one subject are one policy written twice; a literal without a subject (a named or returned value, an
/// element of a table) has none. The enclosing namespace prefixes the subject (<c>Shop.Billing|call:Sleep#0@Uploader</c>):
/// copies count within one feature's namespace, not across unrelated parts of a project; a bare wait (<c>Task.Delay</c>,
/// <c>Thread.Sleep</c>, <c>WaitForExit</c>) names no subject of its own, so its copies count within the enclosing type.
/// </summary>
internal static class LiteralSubject
{
    private static readonly string[] Slots = { "0", "1", "2", "3", "4", "5", "6", "7" };

    /// <summary>
    /// The second subject of a bare wait, from its <paramref name="subject"/>: the wait and the member it is written in (<c>call:Delay#1%NavigateAndWait</c>),
    /// so that two implementations of one member (<c>WebView.NavigateAndWait</c>, <c>OffscreenWebView.NavigateAndWait</c>)
    /// still share their wait; null for any other literal.
    /// </summary>
    public static string? OfMember(ExpressionSyntax reported, string subject)
    {
        // Only a bare wait's subject holds '@' (namespaces and identifiers cannot).
        var at = subject.LastIndexOf('@');
        if (at < 0)
        {
            return null;
        }

        for (var node = reported.Parent; node is not null; node = node.Parent)
        {
            var name = node switch
            {
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                BaseTypeDeclarationSyntax => string.Empty,
                _ => null,
            };

            if (name is not null)
            {
                // ns|call:WaitAsync#0@Type/FromMilliseconds: the type gives way to the member, the unit stays.
                var unit = subject.IndexOf('/', at);
                return name.Length == 0 ? null : subject.Substring(0, at) + "%" + name + (unit < 0 ? string.Empty : subject.Substring(unit));
            }
        }

        return null;
    }

    public static string? Of(ExpressionSyntax reported)
    {
        var outer = ExpressionWrappers.Outermost(reported);
        var sink = ArithmeticSink(outer);
        var where = Where(sink);

        // A rate in money arithmetic (amount * 0.029m) is set by its operator; arithmetic inside an argument whose
        // call gives no subject (TimeSpan.FromSeconds(expiresIn - 10) assigned to a property) has none.
        if (where is null && sink.Parent is not ArgumentSyntax && outer.Parent is BinaryExpressionSyntax arithmetic && IsArithmetic(arithmetic))
        {
            where = "arith:" + arithmetic.OperatorToken.Text;
        }

        // The namespace is part of the subject: a 1 s wait in an uploader and one in a launcher are two choices; the
        // same wait in one feature's namespace is one choice written twice.
        return where is null ? null : NamespaceOf(sink) + "|" + where;
    }

    /// <summary>
    /// Where a value itself flows, with no namespace and no enclosing type: the call and argument slot with the call's
    /// other arguments (<c>call:Delay#0</c>, <c>call:Keep#0/FromHours</c> through a <c>TimeSpan</c> factory,
    /// <c>call:Create#0(_publishEnvelope,msg)</c>), the object created, or the member compared (<c>cmp&lt;:versionNum</c>). Null when the value is an operand of arithmetic on its way (it is
    /// then not the value that arrives: <c>DURATION * 2</c>), or when the target names nothing of its own: a math helper
    /// (<c>Math.Min</c>, <c>Clamp</c>) or a comparison with a bare <c>Length</c>, <c>Count</c> or <c>Value</c>, an elapsed
    /// <c>TotalMilliseconds</c> or a loop index (<c>i</c>). A
    /// constant already used at a literal's target is the same setting as the literal
    /// (<see cref="MagicNumberAnalyzer"/>, existing constants).
    /// </summary>
    public static string? Target(ExpressionSyntax value)
    {
        var outer = ExpressionWrappers.Outermost(value);
        if (ArithmeticSink(outer) != outer || Where(outer, withInputs: true) is not { } where)
        {
            return null;
        }

        // A bare wait's subject carries its type (call:Delay#0@Controller/FromSeconds): the target is the wait alone.
        var at = where.IndexOf('@');
        if (at >= 0)
        {
            var unit = where.IndexOf('/', at);
            where = where.Substring(0, at) + (unit < 0 ? string.Empty : where.Substring(unit));
        }

        return NamesNothing(where) ? null : where;
    }

    /// <summary>
    /// Whether a target is one any pause or any list goes to, so that a constant used there shows what a number means
    /// only in the same job (<see cref="CompilationLiteralIndex.IsUsedAt"/>): a bare wait (<c>call:Delay#0</c>,
    /// <c>Thread.Sleep</c>, <c>WaitOne</c>...) or the count of a sequence operator (<c>call:Take#0</c>, <c>Skip</c>,
    /// <c>Chunk</c>...). <c>Take(25)</c> in an autocomplete provider is not the <c>Take(EmbedPager.MaxFields)</c> of a
    /// result formatter, nor a cover-art pause the <c>Constants.CommonListLoadDelay</c> a list view waits for.
    /// </summary>
    public static bool NamesOnlyInItsJob(string target)
    {
        if (!target.StartsWith("call:", StringComparison.Ordinal))
        {
            return false;
        }

        var hash = target.IndexOf('#');
        if (hash < 0)
        {
            return false;
        }

        var method = target.Substring(5, hash - 5);
        return IsBareWait(method) || method is "Take" or "TakeLast" or "Skip" or "SkipLast" or "Chunk" or "Top" or "Limit" or "Paginate";
    }

    /// <summary>
    /// The job a node is written in: its type, with its enclosing types and namespaces (<c>Shop.Orders.Repository+Page</c>:
    /// partial declarations are one type, two types of one name in two namespaces are two), and its nearest method or
    /// property (empty in a constructor, field or event, which names no job another type could share). The copies of a
    /// delay count within one job (<see cref="MagicNumberAnalyzer"/>), as an existing constant's uses at a bare wait do.
    /// </summary>
    public static (string Type, string Member) JobOf(SyntaxNode node)
    {
        var member = string.Empty;
        var type = string.Empty;
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case MethodDeclarationSyntax method when member.Length == 0:
                    member = method.Identifier.ValueText;
                    break;
                case PropertyDeclarationSyntax property when member.Length == 0:
                    member = property.Identifier.ValueText;
                    break;
                case BaseTypeDeclarationSyntax declaration:
                    type = type.Length == 0 ? declaration.Identifier.ValueText : declaration.Identifier.ValueText + "+" + type;
                    break;
                case BaseNamespaceDeclarationSyntax ns when type.Length > 0:
                    type = ns.Name.ToString() + "." + type;
                    break;
            }
        }

        return (type, member);
    }

    // Targets any number can go to: a math helper's operands; compared, a bare size, an elapsed time or a loop index.
    private static readonly string[] CallsThatNameNothing =
    {
        "call:Min#", "call:Max#", "call:Clamp#", "call:Abs#", "call:Round#", "call:Pow#", "call:Floor#", "call:Ceiling#",
    };

    private static readonly string[] ComparedNamesThatNameNothing =
    {
        "Length", "Count", "Value", "Size", "TotalMilliseconds", "TotalSeconds", "TotalMinutes", "TotalHours", "TotalDays",
        "ElapsedMilliseconds", "Milliseconds", "Seconds", "Minutes", "Hours", "Days",
    };

    private static bool NamesNothing(string where)
    {
        foreach (var call in CallsThatNameNothing)
        {
            if (where.StartsWith(call, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (!where.StartsWith("cmp", StringComparison.Ordinal))
        {
            return false;
        }

        // cmp<:name or cmp=:name: a name of one or two letters is a loop index or a lambda's parameter.
        var name = where.Substring(5);
        return name.Length < 3 || Array.IndexOf(ComparedNamesThatNameNothing, name) >= 0;
    }

    private static string NamespaceOf(SyntaxNode node)
    {
        var name = string.Empty;
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseNamespaceDeclarationSyntax ns)
            {
                name = name.Length == 0 ? ns.Name.ToString() : ns.Name.ToString() + "." + name;
            }
        }

        return name;
    }

    /// <summary>The unit factory of <c>TimeSpan.FromHours(...)</c> (<c>FromHours</c>); null for any other call.</summary>
    public static string? TimeSpanFactory(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name, Expression: var receiver }
            && name.StartsWith("From", StringComparison.Ordinal)
            && MagicNumberClassifier.NameOf(receiver) == "TimeSpan"
            ? name
            : null;

    /// <summary>
    /// Where a value flows (see <see cref="Of"/> and <see cref="Target"/>). With <paramref name="withInputs"/>, a call's
    /// or creation's other arguments follow its slot (<c>call:Create#0(_publishEnvelope,newReportProgress(id))</c>):
    /// a time given to a scheduler with the message it schedules is that message's time, and another message scheduled
    /// through the same parameter is another setting.
    /// </summary>
    private static string? Where(SyntaxNode sink, bool withInputs = false)
    {
        switch (sink.Parent)
        {
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var owner } list } argument:
                var slot = argument.NameColon?.Name.Identifier.ValueText ?? Slot(list.Arguments.IndexOf(argument));
                if (withInputs)
                {
                    slot += OtherInputs(list, argument);
                }

                if (owner is InvocationExpressionSyntax invocation)
                {
                    if (TimeSpanFactory(invocation) is { } unit)
                    {
                        var span = Where(ArithmeticSink(ExpressionWrappers.Outermost(invocation)), withInputs);
                        return span is null ? null : span + "/" + unit;
                    }

                    if (MagicNumberClassifier.NameOf(invocation.Expression) is not { } method)
                    {
                        return null;
                    }

                    // Task.Delay, Thread.Sleep, WaitForExit, Join name no subject of their own: two 500 ms waits in
                    // unrelated types are two choices, so a bare wait's copies count within its type.
                    return IsBareWait(method) ? "call:" + method + "#" + slot + "@" + TypeOf(owner) : "call:" + method + "#" + slot;
                }

                return owner is ObjectCreationExpressionSyntax { Type: var type } && MagicNumberClassifier.RightmostName(type) is { } created
                    ? "new:" + created + "#" + slot
                    : null;
            case BinaryExpressionSyntax comparison when IsComparison(comparison):
                return Compared(comparison, MagicNumberClassifier.ComparedName(sink, comparison));
            case CaseSwitchLabelSyntax or ConstantPatternSyntax or RelationalPatternSyntax:
                return Compared(sink.Parent, MagicNumberClassifier.ComparedName(sink, sink.Parent));
            default:
                return null;
        }
    }

    private static string? Compared(SyntaxNode comparison, string? name)
    {
        if (name is null)
        {
            return null;
        }

        var equality = comparison.Kind() is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression or SyntaxKind.CaseSwitchLabel or SyntaxKind.ConstantPattern;
        return (equality ? "cmp=:" : "cmp<:") + name;
    }

    /// <summary>
    /// The arguments of a call other than <paramref name="self"/>, as written without spaces, in parentheses; empty
    /// when there is none. A cancellation token (a name holding "token" or "cancel", <c>default</c>) says nothing of
    /// what the value is for and is left out, so <c>Task.Delay(2000, token)</c> and <c>Task.Delay(Delay, ct)</c> agree.
    /// </summary>
    private static string OtherInputs(ArgumentListSyntax list, ArgumentSyntax self)
    {
        System.Text.StringBuilder? inputs = null;
        foreach (var argument in list.Arguments)
        {
            if (argument == self || IsCancellationToken(argument.Expression))
            {
                continue;
            }

            inputs = inputs is null ? new System.Text.StringBuilder("(") : inputs.Append(',');
            foreach (var token in argument.DescendantTokens())
            {
                inputs.Append(token.Text);
            }
        }

        return inputs is null ? string.Empty : inputs.Append(')').ToString();
    }

    private static bool IsCancellationToken(ExpressionSyntax expression)
    {
        if (expression.IsKind(SyntaxKind.DefaultLiteralExpression) || expression is DefaultExpressionSyntax)
        {
            return true;
        }

        var name = MagicNumberClassifier.NameOf(expression);
        return name is not null && (name is "ct" or "None"
            || name.IndexOf("token", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("cancel", StringComparison.OrdinalIgnoreCase) >= 0);
    }

    /// <summary>The calls that wait for a time (in milliseconds, given a number) without naming what the wait is for.</summary>
    internal static bool IsBareWait(string method) => method is "Delay" or "Sleep" or "Wait" or "WaitAsync" or "WaitOne" or "WaitAll"
        or "WaitAny" or "WaitForExit" or "WaitForExitAsync" or "Join" or "CancelAfter";

    private static string TypeOf(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseTypeDeclarationSyntax type)
            {
                return type.Identifier.ValueText;
            }
        }

        return string.Empty;
    }

    private static string Slot(int index) => index >= 0 && index < Slots.Length ? Slots[index] : index.ToString(CultureInfo.InvariantCulture);

    private static SyntaxNode ArithmeticSink(SyntaxNode node)
    {
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or CheckedExpressionSyntax or PrefixUnaryExpressionSyntax
               || node.Parent is BinaryExpressionSyntax binary && IsArithmetic(binary))
        {
            node = node.Parent;
        }

        return node;
    }

    private static bool IsArithmetic(BinaryExpressionSyntax binary) => binary.Kind() is SyntaxKind.AddExpression
        or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression;

    private static bool IsComparison(BinaryExpressionSyntax binary) => binary.Kind() is SyntaxKind.LessThanExpression
        or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
        or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression;
}
