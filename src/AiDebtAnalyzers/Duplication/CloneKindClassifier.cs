using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Duplication;

/// <summary>What the copies of one clone group differ in, as the semantic model sees it.</summary>
internal enum CloneKind
{
    /// <summary>Only values: locals and parameters of the same types, literals, constants and fields of one type. One
    /// method with parameters replaces every copy. Reported at the rule's severity.</summary>
    Values,

    /// <summary>One or two members or types (a method, a property of another type, a variable of another type): shared
    /// code needs a delegate or a type parameter. Reported as a suggestion.</summary>
    Members,

    /// <summary>Three or more members or types: parallel implementations over different types or APIs, which cannot
    /// share code without generics and delegates. Not reported.</summary>
    Parallel,

    /// <summary>Every copy is its own arm of one dispatch in one member (switch sections, the arms of one <c>if</c> chain):
    /// the rows of a table. Reported as a suggestion.</summary>
    Branches,

    /// <summary>
    /// Values only, but among them the values the copies test for: the constants of their <c>case</c> labels and
    /// patterns, which C# does not let a parameter take. The copies are two tables over different cases, not one method
    /// with parameters. Reported as a suggestion.
    /// </summary>
    Cases,

    /// <summary>
    /// Values only, but two copies exchange two of the values they are given: what one does with <c>_width</c> and
    /// <c>_height</c>, the other does with <c>_height</c> and <c>_width</c>. One relation written from both of its sides
    /// (paired setters, the two directions of a conversion). Reported as a suggestion.
    /// </summary>
    Mirrored,

    /// <summary>
    /// Values only, but each copy runs another database statement (the text it spells opens with another verb: an
    /// <c>INSERT</c> beside an <c>UPDATE</c> or a <c>DELETE</c>; or one verb over another column list, copies not run one
    /// after another in one statement list), and what the copies share besides that statement's
    /// shell (the connection and command, their execution) is below the rule's minimum size: the shell of two
    /// operations, not logic to share. Reported as a suggestion.
    /// </summary>
    Statements,

    /// <summary>Every copy formats an object for a reader (<c>ToString</c>, <c>ToDebugString</c>). Not reported.</summary>
    DebugFormatting,

    /// <summary>Every copy lies in an equality member (<c>Equals</c>, <c>GetHashCode</c>, <c>==</c>, <c>!=</c>), which
    /// compares or hashes its own type's fields. Not reported.</summary>
    Equality,

    /// <summary>Every copy lies in code a tool wrote or keeps as history (migrations and model snapshots, ASP.NET Dynamic
    /// Data templates, the Windows Forms designer's <c>InitializeComponent</c>). Not reported.</summary>
    Scaffolded,

    /// <summary>
    /// All copies but at most one lie in code marked <c>[Obsolete]</c>: the old version kept for its callers beside the
    /// code that replaces it, which goes away with them. Reported as a suggestion: removing the old version may be the
    /// better fix than sharing code with it.
    /// </summary>
    Obsolete,

    /// <summary>
    /// Copies in projects none of which references another (set by <c>aidebt scan</c>, the only place that sees copies
    /// of several projects): shared code needs a new project both reference, and such copies are most often parallel
    /// front ends or plugins over different frameworks. Reported as a suggestion.
    /// </summary>
    UnrelatedProjects,
}

/// <summary>
/// Sorts a clone group into a <see cref="CloneKind"/> by binding the identifiers of its copies. Runs on the groups the
/// index found only (a few per file), never on the whole compilation.
/// </summary>
internal static class CloneKindClassifier
{
    /// <summary>The most distinct member or type substitutions a group may need and still be reported.</summary>
    public const int MaxMemberSubstitutions = 2;

    /// <summary>
    /// The share of a pair's text (one part in this many) that <see cref="BindingOrder"/> binds cheapest-first before it
    /// falls back to source order. Tuned on MathNet.Numerics by the characters of the statements bound (a quarter: 559k
    /// against 881k in the order before, 685k with no fallback, 615k at an eighth, 573k at a half; see
    /// docs/performance.md); it changes what is bound, never a kind.
    /// </summary>
    internal const int CheapFirstShare = 4;

    public const string ValuesName = "values";
    public const string MembersName = "members";
    public const string BranchesName = "branches";
    public const string UnrelatedProjectsName = "unrelated-projects";
    public const string ObsoleteName = "obsolete";
    public const string CasesName = "cases";
    public const string MirroredName = "mirrored";
    public const string StatementsName = "statements";

    private const char UnresolvedPrefix = '?';

    /// <summary>The entry of a name that can become an argument (see <see cref="LazySignature"/>).</summary>
    private const string Value = "v";

    public static string NameOf(CloneKind kind) => kind switch
    {
        CloneKind.Values => ValuesName,
        CloneKind.Branches => BranchesName,
        CloneKind.UnrelatedProjects => UnrelatedProjectsName,
        CloneKind.Obsolete => ObsoleteName,
        CloneKind.Cases => CasesName,
        CloneKind.Mirrored => MirroredName,
        CloneKind.Statements => StatementsName,
        _ => MembersName,
    };

    public static bool IsReported(CloneKind kind) => kind is CloneKind.Values or CloneKind.Members or CloneKind.Branches or CloneKind.UnrelatedProjects or CloneKind.Obsolete
        or CloneKind.Cases or CloneKind.Mirrored or CloneKind.Statements;

    /// <summary>Whether a clone of this kind is a suggestion whatever the rule's severity.</summary>
    public static bool IsSuggestion(CloneKind kind) => kind is CloneKind.Members or CloneKind.Branches or CloneKind.UnrelatedProjects or CloneKind.Obsolete
        or CloneKind.Cases or CloneKind.Mirrored or CloneKind.Statements;

    /// <summary>The default of <c>aidebt.duplication.min_tokens</c>, for callers without options.</summary>
    public const int DefaultMinTokens = 50;

    public static CloneKind Classify(CloneGroup group, Func<SyntaxTree, SemanticModel> modelOf, CancellationToken cancellationToken) =>
        Classify(group, modelOf, DefaultMinTokens, CheapFirstShare, cancellationToken);

    /// <param name="minTokens">The rule's minimum size (<c>aidebt.duplication.min_tokens</c>): copies that run
    /// different database statements and share less than this besides the statements' shell are <see cref="CloneKind.Statements"/>.</param>
    public static CloneKind Classify(CloneGroup group, Func<SyntaxTree, SemanticModel> modelOf, int minTokens, CancellationToken cancellationToken) =>
        Classify(group, modelOf, minTokens, CheapFirstShare, cancellationToken);

    /// <param name="minTokens">See the overload above.</param>
    /// <param name="cheapFirstShare">See <see cref="CheapFirstShare"/>; tests vary it to show that the kind does not
    /// depend on it.</param>
    internal static CloneKind Classify(CloneGroup group, Func<SyntaxTree, SemanticModel> modelOf, int minTokens, int cheapFirstShare, CancellationToken cancellationToken) =>
        Classify(group, modelOf, minTokens, cheapFirstShare, MaxMemberSubstitutions, cancellationToken);

    /// <summary>
    /// A group's kind where only whether it is a warning (<see cref="CloneKind.Values"/>) matters: the comparison stops at
    /// the first member substitution and answers <see cref="CloneKind.Parallel"/>, so a group of
    /// <see cref="CloneKind.Members"/> may come back as <see cref="CloneKind.Parallel"/>; every other answer is the exact
    /// kind. Telling members from parallel binds on to the third substitution or to the last name, most of what the
    /// groups that are no warning cost (MathNet.Numerics: 465 of 565 groups, see docs/performance.md).
    /// </summary>
    /// <param name="minTokens">See <see cref="Classify(CloneGroup, Func{SyntaxTree, SemanticModel}, int, CancellationToken)"/>.</param>
    public static CloneKind ClassifyAsFarAsWarnings(CloneGroup group, Func<SyntaxTree, SemanticModel> modelOf, int minTokens, CancellationToken cancellationToken) =>
        Classify(group, modelOf, minTokens, CheapFirstShare, maxMemberSubstitutions: 0, cancellationToken);

    /// <param name="maxMemberSubstitutions">The most substitutions the group may need and still be
    /// <see cref="CloneKind.Members"/>: <see cref="MaxMemberSubstitutions"/>, or 0 where only a warning is asked
    /// (<see cref="ClassifyAsFarAsWarnings"/>).</param>
    private static CloneKind Classify(CloneGroup group, Func<SyntaxTree, SemanticModel> modelOf, int minTokens, int cheapFirstShare, int maxMemberSubstitutions, CancellationToken cancellationToken)
    {
        var copies = group.Copies;
        var formatting = true;
        var equality = true;
        var scaffolded = true;
        var current = 0;
        foreach (var copy in copies)
        {
            var node = copy.Tree.GetRoot(cancellationToken).FindToken(copy.Span.Start).Parent!;
            // Each answer is decided by the first copy it fails for: the later copies need not be asked.
            formatting = formatting && CloneStatementRoles.IsDebugFormatting(node);
            equality = equality && CloneStatementRoles.IsEqualityMember(node);
            scaffolded = scaffolded && CloneStatementRoles.IsScaffolded(node);
            current += CloneStatementRoles.IsObsolete(node) ? 0 : 1;
        }

        if (formatting)
        {
            return CloneKind.DebugFormatting;
        }

        if (equality)
        {
            return CloneKind.Equality;
        }

        if (scaffolded)
        {
            return CloneKind.Scaffolded;
        }

        // Everything syntax can decide is decided before the semantic model is asked: the first question about a name
        // in a member binds that member's whole body (and runs the nullable analysis over it), so what costs is the
        // number of members asked, not the number of names.
        var identifiers = new List<SyntaxToken>[copies.Length];
        for (var i = 0; i < copies.Length; i++)
        {
            identifiers[i] = IdentifiersOf(copies[i], cancellationToken);
            if (identifiers[i].Count != identifiers[0].Count)
            {
                // Copies that matched on shapes have the same identifiers; anything else is not comparable here.
                return CloneKind.Parallel;
            }
        }

        var bindingAlike = new EarlierCopies(copies, identifiers, modelOf, cancellationToken);

        // The result is the set of substitutions over every pair (first copy, other copy), which does not depend on the
        // order the pairs and their names are compared in; only when it is reached does. So the comparison goes where a
        // substitution is likeliest first, the copies and then the names whose text differs from the first copy's, and
        // stops as soon as the group is parallel, before binding what is left. Without nullable analysis the model binds
        // the statement that holds a name, not its whole member, so every name not asked about is binding saved.
        LazySignature? first = null;
        var names = new SymbolNames();
        var substitutions = new HashSet<(string, string)>();
        var positions = new int[identifiers[0].Count];
        foreach (var i in ComparisonOrder(identifiers))
        {
            if (bindingAlike.BindsAsAnEarlierCopy(i, cancellationToken))
            {
                // Its signature is that earlier copy's (compared too, or the first copy itself): no substitution the
                // earlier one does not add.
                continue;
            }

            first ??= new LazySignature(identifiers[0], copies[0], modelOf, names, cancellationToken);
            var other = new LazySignature(identifiers[i], copies[i], modelOf, names, cancellationToken);
            var order = new BindingOrder(NameOrder(identifiers[0], identifiers[i], positions), first, other, (copies[0].Span.Length + copies[i].Span.Length) / cheapFirstShare);
            for (var k = order.Next(); k >= 0; k = order.Next())
            {
                // An identifier the compilation cannot bind (a missing reference, code in the middle of an edit) is
                // compared by its name: two copies calling differently named members they cannot bind are not proven to
                // differ in values only, so they are not the warning tier.
                var entry = first.EntryAt(k, cancellationToken);
                var otherEntry = other.EntryAt(k, cancellationToken);
                if (!string.Equals(entry, otherEntry, StringComparison.Ordinal) && substitutions.Add((entry, otherEntry))
                    && substitutions.Count > maxMemberSubstitutions)
                {
                    // More names and more copies can only add substitutions: the group is parallel whatever they bind to
                    // (or, asked as far as warnings only, no warning whatever they bind to).
                    return CloneKind.Parallel;
                }
            }
        }

        // The arms of a dispatch that also differ in members are members: the more telling of the two. One current copy
        // beside obsolete predecessors: removing the old version may serve better than sharing code with it. The last
        // two look at the syntax of values-only groups alone, so they cost nothing where the model was not needed.
        return substitutions.Count > 0 ? CloneKind.Members
            : current < 2 ? CloneKind.Obsolete
            : AreArmsOfOneDispatch(copies, cancellationToken) ? CloneKind.Branches
            : TestForDifferentCases(copies, cancellationToken) ? CloneKind.Cases
            : AreMirrored(identifiers) ? CloneKind.Mirrored
            : RunDifferentStatements(copies, minTokens, cancellationToken) ? CloneKind.Statements
            : CloneKind.Values;
    }

    /// <summary>
    /// Whether each copy runs another database statement and the copies share less than <paramref name="minTokens"/>
    /// of their own work (<see cref="CloneStatementRoles.CommandWorkTokens"/>): an <c>INSERT</c> and an <c>UPDATE</c>
    /// that bind their parameters through one helper already, an <c>INSERT</c> and a <c>DELETE</c> that bind the same
    /// three keys, two <c>INSERT</c>s over other tables and column lists (<see cref="SpellDifferentStatements"/>). Copies
    /// that run the same statement over another table (a <c>DELETE</c> per table) are one statement with a table for a
    /// parameter, and copies that bind many values alike (an <c>INSERT</c> and an <c>UPDATE</c> of the same fifteen
    /// columns) share work worth a helper.
    /// </summary>
    private static bool RunDifferentStatements(ImmutableArray<CloneCopy> copies, int minTokens, CancellationToken cancellationToken)
    {
        var verbs = new List<string>?[copies.Length];
        var differentVerbs = true;
        for (var i = 0; i < copies.Length; i++)
        {
            verbs[i] = CloneStatementRoles.CommandVerbsOf(copies[i].Tree.GetRoot(cancellationToken), copies[i].Span);
            if (verbs[i] is null)
            {
                return false;
            }

            for (var j = 0; j < i && differentVerbs; j++)
            {
                differentVerbs = !SameTexts(verbs[i]!, verbs[j]!);
            }
        }

        return (differentVerbs || SpellDifferentStatements(copies, cancellationToken))
            && CloneStatementRoles.CommandWorkTokens(copies[0].Tree.GetRoot(cancellationToken), copies[0].Span) < minTokens;
    }

    /// <summary>
    /// Whether copies that run statements of one verb still run different statements: every two copies spell texts that
    /// differ in more than one word (another column list, another condition: an <c>INSERT</c> into <c>PostCategory</c>
    /// of a category beside one into <c>PostTag</c> of a tag), and no two copies lie in one statement list. Texts that
    /// differ in one word (the table: a <c>DELETE</c> per table) are one statement with that word for a parameter, and
    /// copies that follow one another in one list (an <c>INSERT ... SELECT</c> per table, run in a row) are one statement
    /// over a list of tables, whatever else their texts differ in.
    /// </summary>
    private static bool SpellDifferentStatements(ImmutableArray<CloneCopy> copies, CancellationToken cancellationToken)
    {
        var texts = new List<string>?[copies.Length];
        var lists = new SyntaxNode?[copies.Length];
        for (var i = 0; i < copies.Length; i++)
        {
            var root = copies[i].Tree.GetRoot(cancellationToken);
            texts[i] = CloneStatementRoles.CommandTextsOf(root, copies[i].Span);
            lists[i] = StatementListOf(root, copies[i].Span);
            if (texts[i] is null)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (lists[i] is not null && ReferenceEquals(lists[i], lists[j]) || !CloneStatementRoles.DifferBeyondOneWord(texts[i]!, texts[j]!))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The node whose statement list holds the copy at <paramref name="span"/> (a block, a switch section).</summary>
    private static SyntaxNode? StatementListOf(SyntaxNode root, TextSpan span)
    {
        StatementSyntax? first = null;
        for (var node = root.FindToken(span.Start).Parent; node is not null && node.SpanStart == span.Start && span.Contains(node.Span); node = node.Parent)
        {
            if (node is StatementSyntax statement)
            {
                first = statement;
            }
        }

        return first?.Parent;
    }

    /// <summary>Whether two lists hold the same texts in the same order.</summary>
    private static bool SameTexts(List<string> first, List<string> other)
    {
        if (first.Count != other.Count)
        {
            return false;
        }

        for (var k = 0; k < first.Count; k++)
        {
            if (!string.Equals(first[k], other[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether two copies test for different values where C# takes only a constant: the values of their <c>case</c>
    /// labels and of their constant and relational patterns (<c>case StreamingMode.TransportStream:</c> against
    /// <c>case StreamingMode.HttpLiveStreamingDirect:</c>, <c>x is &gt; 10</c>). A parameter cannot take their place, so
    /// one method with parameters does not replace the copies: each is a table over its own cases. The values are
    /// compared as a set, so two tables that list the same cases in another order test for the same values.
    /// </summary>
    private static bool TestForDifferentCases(ImmutableArray<CloneCopy> copies, CancellationToken cancellationToken)
    {
        var first = TestedConstantsOf(copies[0], cancellationToken);
        for (var i = 1; i < copies.Length; i++)
        {
            if (!SameTexts(first, TestedConstantsOf(copies[i], cancellationToken)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of every <c>case</c> label value and constant or relational pattern in a copy, sorted.</summary>
    private static List<string> TestedConstantsOf(CloneCopy copy, CancellationToken cancellationToken)
    {
        var tested = new List<string>();
        foreach (var node in copy.Tree.GetRoot(cancellationToken).DescendantNodes(copy.Span))
        {
            var constant = node switch
            {
                ConstantPatternSyntax or RelationalPatternSyntax => node,
                CaseSwitchLabelSyntax label => label.Value,
                _ => null,
            };

            if (constant is not null && copy.Span.Contains(constant.Span))
            {
                tested.Add(TextOf(constant));
            }
        }

        tested.Sort(StringComparer.Ordinal);
        return tested;
    }

    /// <summary>The tokens of a node without trivia, so layout and comments do not tell two values apart.</summary>
    private static string TextOf(SyntaxNode node)
    {
        var text = new System.Text.StringBuilder();
        foreach (var token in node.DescendantTokens())
        {
            text.Append(token.Text).Append(' ');
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether two copies exchange two of the names they read from outside: where the first copy reads <c>a</c> the
    /// other reads <c>b</c>, and where the first reads <c>b</c> the other reads <c>a</c>. Names the first copy declares
    /// itself (its own locals, lambda parameters) are renamings, not values given to it, and never count.
    /// </summary>
    private static bool AreMirrored(List<SyntaxToken>[] identifiers)
    {
        var first = identifiers[0];
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in first)
        {
            if (token.Parent is not SimpleNameSyntax)
            {
                declared.Add(token.ValueText);
            }
        }

        var counterpart = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < identifiers.Length; i++)
        {
            counterpart.Clear();
            for (var k = 0; k < first.Count; k++)
            {
                var name = first[k].ValueText;
                if (!declared.Contains(name) && !counterpart.ContainsKey(name))
                {
                    counterpart.Add(name, identifiers[i][k].ValueText);
                }
            }

            foreach (var pair in counterpart)
            {
                if (!string.Equals(pair.Key, pair.Value, StringComparison.Ordinal)
                    && counterpart.TryGetValue(pair.Value, out var back) && string.Equals(back, pair.Key, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// Which copies provably bind as an earlier copy of the group does (<see cref="CloneBindingContext"/>). A context walks
    /// the copy's member and asks for the tree's nullable context, so it is built only for a copy that could bind alike
    /// with an earlier one: the two lie in the same type declaration and their names have the same text, which
    /// <see cref="CloneBindingContext.BindsAlike"/> requires too. Most groups have their copies in different types and
    /// build none. The answer is the same as with every context built.
    /// </summary>
    private sealed class EarlierCopies
    {
        private readonly ImmutableArray<CloneCopy> copies;
        private readonly List<SyntaxToken>[] identifiers;
        private readonly Func<SyntaxTree, SemanticModel> modelOf;
        private readonly SyntaxNode?[] typeDeclarations;
        private readonly CloneBindingContext?[] contexts;
        private readonly bool[] built;

        public EarlierCopies(ImmutableArray<CloneCopy> copies, List<SyntaxToken>[] identifiers, Func<SyntaxTree, SemanticModel> modelOf, CancellationToken cancellationToken)
        {
            this.copies = copies;
            this.identifiers = identifiers;
            this.modelOf = modelOf;
            typeDeclarations = new SyntaxNode?[copies.Length];
            contexts = new CloneBindingContext?[copies.Length];
            built = new bool[copies.Length];
            for (var i = 0; i < copies.Length; i++)
            {
                typeDeclarations[i] = CloneBindingContext.TypeDeclarationOf(copies[i], cancellationToken);
            }
        }

        /// <summary>Whether copy <paramref name="i"/> provably binds as an earlier copy does.</summary>
        public bool BindsAsAnEarlierCopy(int i, CancellationToken cancellationToken)
        {
            if (typeDeclarations[i] is null)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (typeDeclarations[j] == typeDeclarations[i] && SameNames(identifiers[j], identifiers[i])
                    && ContextOf(i, cancellationToken) is { } context && ContextOf(j, cancellationToken) is { } earlier && earlier.BindsAlike(context))
                {
                    return true;
                }
            }

            return false;
        }

        private CloneBindingContext? ContextOf(int i, CancellationToken cancellationToken)
        {
            if (!built[i])
            {
                contexts[i] = CloneBindingContext.Of(copies[i], modelOf, cancellationToken);
                built[i] = true;
            }

            return contexts[i];
        }

        private static bool SameNames(List<SyntaxToken> first, List<SyntaxToken> other)
        {
            for (var k = 0; k < first.Count; k++)
            {
                if (!string.Equals(first[k].Text, other[k].Text, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The identifier tokens of a copy, in order: one signature entry each.</summary>
    private static List<SyntaxToken> IdentifiersOf(CloneCopy copy, CancellationToken cancellationToken)
    {
        var identifiers = new List<SyntaxToken>();
        IdentifierWalk.Identifiers(copy.Tree.GetRoot(cancellationToken), copy.Span, identifiers);
        return identifiers;
    }

    /// <summary>
    /// Whether every copy is its own arm of one dispatch (<see cref="CloneStatementRoles.DispatchArms"/>): some dispatch
    /// around the first copy holds every other copy in another of its arms.
    /// </summary>
    private static bool AreArmsOfOneDispatch(ImmutableArray<CloneCopy> copies, CancellationToken cancellationToken)
    {
        var armsOf = new List<(SyntaxNode Dispatch, SyntaxNode Arm)>[copies.Length];
        for (var i = 0; i < copies.Length; i++)
        {
            if (FirstStatement(copies[i], cancellationToken) is not { } first)
            {
                return false;
            }

            armsOf[i] = new List<(SyntaxNode, SyntaxNode)>();
            CloneStatementRoles.DispatchArms(first, first.Span.End >= copies[i].Span.End, armsOf[i]);
        }

        foreach (var (dispatch, arm) in armsOf[0])
        {
            var used = new HashSet<SyntaxNode> { arm };
            var shared = true;
            for (var i = 1; i < copies.Length && shared; i++)
            {
                shared = false;
                foreach (var other in armsOf[i])
                {
                    if (other.Dispatch == dispatch)
                    {
                        shared = used.Add(other.Arm);
                        break;
                    }
                }
            }

            if (shared)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The outermost statement that starts where the copy starts and lies inside it.</summary>
    private static StatementSyntax? FirstStatement(CloneCopy copy, CancellationToken cancellationToken)
    {
        StatementSyntax? first = null;
        for (var node = copy.Tree.GetRoot(cancellationToken).FindToken(copy.Span.Start).Parent; node is not null && node.SpanStart == copy.Span.Start && copy.Span.Contains(node.Span); node = node.Parent)
        {
            if (node is StatementSyntax statement)
            {
                first = statement;
            }
        }

        return first;
    }

    /// <summary>
    /// The order in which the names of one pair (first copy, other copy) are compared, cheapest to bind first. Asking the
    /// semantic model about a name binds the innermost statement that holds it (<see cref="LazySignature.UnboundLength"/>),
    /// after which every other name of that statement is free. So a name that is free in both copies comes first, then the
    /// one whose unbound statements are the shortest, ties in <see cref="NameOrder"/>'s order (names whose text differs
    /// first): a parallel group is decided by its first few substitutions, and found in small statements they spare
    /// binding the loops and branches around them. Binding an inner statement first and its loop later binds the inner one
    /// twice, which a group that needs every name (values, members) would pay; so once this pair has bound more than a
    /// fraction of its copies (<see cref="CheapFirstShare"/>), the rest comes in source order, outer statements first. Only
    /// the order changes, and the kind does not depend on it (see <see cref="Classify"/>).
    /// </summary>
    private sealed class BindingOrder
    {
        private readonly int[] candidates;
        private readonly LazySignature first;
        private readonly LazySignature other;
        private readonly bool[] taken;
        private readonly int budget;
        private int next;
        private int spent;
        private bool inSourceOrder;

        public BindingOrder(int[] candidates, LazySignature first, LazySignature other, int budget)
        {
            this.candidates = candidates;
            taken = new bool[candidates.Length];
            this.first = first;
            this.other = other;
            this.budget = budget;
        }

        /// <summary>The next position to compare, or -1 when every name was compared.</summary>
        public int Next()
        {
            while (next < candidates.Length && taken[next])
            {
                next++;
            }

            if (next == candidates.Length)
            {
                return -1;
            }

            var best = next;
            if (!inSourceOrder)
            {
                var bestCost = int.MaxValue;
                for (var c = next; c < candidates.Length && bestCost > 0; c++)
                {
                    if (!taken[c])
                    {
                        var cost = first.UnboundLength(candidates[c]) + other.UnboundLength(candidates[c]);
                        if (cost < bestCost)
                        {
                            best = c;
                            bestCost = cost;
                        }
                    }
                }

                if (bestCost > 0 && spent + bestCost > budget)
                {
                    // Likely a group that needs every name: the rest in source order, outer statements first.
                    inSourceOrder = true;
                    best = next;
                }
                else
                {
                    spent += bestCost;
                }
            }

            taken[best] = true;
            return candidates[best];
        }
    }

    /// <summary>
    /// A copy's signature, one entry per identifier: <c>v</c> for what can become an argument (a local or a parameter, with its
    /// type, a constant, an enum member, a name in <c>nameof</c>), the field's type for a field or auto-property of the enclosing type read
    /// by its simple name (the fix passes it), and the symbol itself for members and types. Members of the enclosing type
    /// are named without it, so two classes calling their own <c>Log(string)</c> agree. Each entry is computed when the
    /// comparison first asks for it and kept.
    /// </summary>
    private sealed class LazySignature
    {
        private readonly List<SyntaxToken> identifiers;
        private readonly string?[] entries;
        private readonly int[] rootOf;
        private readonly List<TextSpan> roots = new();
        private readonly List<bool> rootBound = new();
        private readonly SyntaxNode?[]? declarations;
        private readonly SymbolNames names;
        private readonly SemanticModel model;
        private Dictionary<SyntaxNode, (ITypeSymbol? Type, string? Entry)>? declared;
        private bool enclosingKnown;
        private INamedTypeSymbol? enclosing;

        public LazySignature(List<SyntaxToken> identifiers, CloneCopy copy, Func<SyntaxTree, SemanticModel> modelOf, SymbolNames names, CancellationToken cancellationToken)
        {
            this.identifiers = identifiers;
            this.names = names;
            entries = new string?[identifiers.Count];
            rootOf = new int[identifiers.Count];

            // The locals and parameters syntax resolves (see CloneNameScopes) are asked through their declarations, which
            // binds no statement: they cost nothing in the binding order.
            model = modelOf(copy.Tree);
            if (CloneNameScopes.Of(copy.Tree, copy.Span, model, cancellationToken) is { } scopes)
            {
                for (var k = 0; k < identifiers.Count; k++)
                {
                    if (scopes.DeclarationOf(identifiers[k]) is { } declaration)
                    {
                        declarations ??= new SyntaxNode?[identifiers.Count];
                        declarations[k] = declaration;
                    }
                }
            }

            for (var k = 0; k < identifiers.Count; k++)
            {
                var root = RootOf(identifiers[k]);
                var index = k > 0 && roots[rootOf[k - 1]] == root ? rootOf[k - 1] : roots.IndexOf(root);
                if (index < 0)
                {
                    index = roots.Count;
                    roots.Add(root);
                    rootBound.Add(false);
                }

                rootOf[k] = index;
            }
        }

        /// <summary>
        /// How much asking about name <paramref name="k"/> would bind: 0 when its entry is known or its statement lies in
        /// one bound for an earlier name, otherwise the length of that statement.
        /// </summary>
        public int UnboundLength(int k) => entries[k] is not null || rootBound[rootOf[k]] || declarations?[k] is not null ? 0 : roots[rootOf[k]].Length;

        /// <summary>
        /// What the semantic model binds to answer about a name: the innermost statement that holds it (its member when
        /// none does), as Roslyn's member models bind without nullable analysis. Only an estimate of cost for the
        /// comparison order; nothing else depends on it.
        /// </summary>
        private static TextSpan RootOf(SyntaxToken identifier)
        {
            var root = identifier.Parent!;
            for (var node = root; node is not null; node = node.Parent)
            {
                root = node;
                if (node is StatementSyntax or MemberDeclarationSyntax or AccessorDeclarationSyntax)
                {
                    break;
                }
            }

            return root.Span;
        }

        /// <summary>Records that the statement of name <paramref name="k"/> is bound, and with it every statement inside it.</summary>
        private void MarkBound(int k)
        {
            var root = roots[rootOf[k]];
            for (var r = 0; r < roots.Count; r++)
            {
                if (!rootBound[r] && root.Contains(roots[r]))
                {
                    rootBound[r] = true;
                }
            }
        }

        public string EntryAt(int k, CancellationToken cancellationToken)
        {
            if (entries[k] is { } known)
            {
                return known;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (declarations?[k] is { } declaration && DeclaredEntry(identifiers[k], declaration, model, declared ??= new(), names, cancellationToken) is { } entryDeclared)
            {
                entries[k] = entryDeclared;
                return entryDeclared;
            }

            if (!rootBound[rootOf[k]])
            {
                MarkBound(k);
            }

            if (!enclosingKnown)
            {
                enclosing = EnclosingType(identifiers[0].Parent, model, cancellationToken);
                enclosingKnown = true;
            }

            var entry = EntryOf(identifiers[k], model, enclosing, names, cancellationToken);
            entries[k] = entry;
            return entry;
        }
    }

    /// <summary>
    /// The display names of the symbols one classification names, by symbol instance: the copies of a group mostly read the
    /// same types and members, and a display name is a string built part by part. Keyed by reference, not by symbol
    /// equality, so that two symbols that display differently (nullable annotations, tuple element names) never share one.
    /// </summary>
    private sealed class SymbolNames : IEqualityComparer<ISymbol>
    {
        private readonly Dictionary<ISymbol, string> names;

        public SymbolNames() => names = new Dictionary<ISymbol, string>(this);

        public static string Of(ISymbol symbol, SymbolNames? known)
        {
            if (known is null)
            {
                return symbol.ToDisplayString();
            }

            if (!known.names.TryGetValue(symbol, out var name))
            {
                name = symbol.ToDisplayString();
                known.names.Add(symbol, name);
            }

            return name;
        }

        bool IEqualityComparer<ISymbol>.Equals(ISymbol? x, ISymbol? y) => ReferenceEquals(x, y);

        int IEqualityComparer<ISymbol>.GetHashCode(ISymbol obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>
    /// The copies after the first, those whose names differ from the first copy's in the most distinct ways first (the
    /// likeliest to add substitutions), ties in their order in the group.
    /// </summary>
    internal static int[] ComparisonOrder(List<SyntaxToken>[] identifiers)
    {
        var order = new int[identifiers.Length - 1];
        var differences = new int[identifiers.Length];
        var pairs = new HashSet<(string, string)>();
        for (var i = 1; i < identifiers.Length; i++)
        {
            order[i - 1] = i;
            pairs.Clear();
            for (var k = 0; k < identifiers[0].Count; k++)
            {
                var text = identifiers[0][k].ValueText;
                var otherText = identifiers[i][k].ValueText;
                if (!string.Equals(text, otherText, StringComparison.Ordinal))
                {
                    pairs.Add((text, otherText));
                }
            }

            differences[i] = pairs.Count;
        }

        // Insertion sort: stable, and groups have few copies.
        for (var a = 1; a < order.Length; a++)
        {
            var copy = order[a];
            var b = a - 1;
            while (b >= 0 && differences[order[b]] < differences[copy])
            {
                order[b + 1] = order[b];
                b--;
            }

            order[b + 1] = copy;
        }

        return order;
    }

    /// <summary>
    /// The positions of the names to compare between the first copy and another: those whose text differs first, then
    /// the others, each in order. Fills and returns <paramref name="positions"/>, which has one slot per name.
    /// </summary>
    internal static int[] NameOrder(List<SyntaxToken> first, List<SyntaxToken> other, int[] positions)
    {
        var next = 0;
        for (var k = 0; k < first.Count; k++)
        {
            if (!string.Equals(first[k].ValueText, other[k].ValueText, StringComparison.Ordinal))
            {
                positions[next++] = k;
            }
        }

        for (var k = 0; k < first.Count; k++)
        {
            if (string.Equals(first[k].ValueText, other[k].ValueText, StringComparison.Ordinal))
            {
                positions[next++] = k;
            }
        }

        return positions;
    }

    /// <summary>
    /// The entry of a name <see cref="CloneNameScopes"/> resolved to a local or parameter of its member, from the
    /// declaration's symbol: what <see cref="EntryOf"/> gives for it by binding, without binding the statement that holds
    /// the name. Null where binding must decide: the declaration has no symbol, or the name is the receiver of a member
    /// access and the variable's type has its name (<c>Color Color</c>: the name may read as the type).
    /// </summary>
    internal static string? DeclaredEntry(SyntaxToken token, SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken) =>
        DeclaredEntry(token, declaration, model, known: null, names: null, cancellationToken);

    /// <param name="known">The entries of the declarations asked before, by declaration (a local read ten times is looked
    /// up and named once), or null.</param>
    private static string? DeclaredEntry(SyntaxToken token, SyntaxNode declaration, SemanticModel model, Dictionary<SyntaxNode, (ITypeSymbol? Type, string? Entry)>? known, SymbolNames? names, CancellationToken cancellationToken)
    {
        if (IsInNameOf(token.Parent!))
        {
            // A value whatever it names, and known without binding (see EntryOf).
            return null;
        }

        if (known is null || !known.TryGetValue(declaration, out var declared))
        {
            var type = model.GetDeclaredSymbol(declaration, cancellationToken) switch
            {
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                _ => null,
            };

            // The entry names the variable itself only where its type is an error type without a name, and the variable
            // has the name of every name that reads it.
            declared = (type, type is null ? null : Typed(Value, type, token, names));
            known?.Add(declaration, declared);
        }

        return declared.Type is null || (CloneNameScopes.IsReceiver(token) && string.Equals(declared.Type.Name, token.ValueText, StringComparison.Ordinal)) ? null
            : declared.Entry;
    }

    /// <summary>The entry of one name, bound: see <see cref="LazySignature"/>.</summary>
    internal static string EntryOf(SyntaxToken token, SemanticModel model, INamedTypeSymbol? enclosing, CancellationToken cancellationToken) =>
        EntryOf(token, model, enclosing, names: null, cancellationToken);

    /// <param name="names">The display names of the symbols named before in this classification, or null.</param>
    private static string EntryOf(SyntaxToken token, SemanticModel model, INamedTypeSymbol? enclosing, SymbolNames? names, CancellationToken cancellationToken)
    {
        var node = token.Parent;
        if (node is null || node is not (SimpleNameSyntax or QualifiedNameSyntax) || IsInNameOf(node))
        {
            // A declared name (variable, parameter, label, local function) or a name inside nameof: a value.
            return Value;
        }

        if (node is IdentifierNameSyntax { IsVar: true })
        {
            // The inferred type follows from what the copy reads; that is compared where it is read.
            return Value;
        }

        var info = model.GetSymbolInfo(node, cancellationToken);
        var symbol = info.Symbol ?? (info.CandidateSymbols.Length > 0 ? info.CandidateSymbols[0] : null);
        switch (symbol)
        {
            case null:
                // Unresolved (a reference the compilation lacks): the name is all there is, and a different name is a
                // difference that cannot be proven to be a value.
                return UnresolvedPrefix + token.ValueText;
            case ILocalSymbol local:
                // A variable of another type cannot be passed to the same parameter (Int32TryParse against Int64TryParse).
                return Typed(Value, local.Type, token, names);
            case IParameterSymbol parameter:
                return Typed(Value, parameter.Type, token, names);
            case IRangeVariableSymbol or ILabelSymbol or IDiscardSymbol:
                return Value;
            case IFieldSymbol { IsConst: true }:
            case IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum }:
                return Value;
        }

        var own = enclosing is not null && IsMemberOf(symbol, enclosing);
        if (own && symbol is IFieldSymbol or IPropertySymbol && !symbol.IsStatic && IsReadThroughThis(node))
        {
            return Typed("field", symbol is IFieldSymbol field ? field.Type : ((IPropertySymbol)symbol).Type, token, names);
        }

        if (own && symbol is IMethodSymbol or IFieldSymbol or IPropertySymbol or IEventSymbol)
        {
            return "own:" + symbol.Kind + ":" + symbol.Name + ":" + (symbol is IMethodSymbol method ? method.Parameters.Length : 0);
        }

        return SymbolNames.Of(symbol.OriginalDefinition, names);
    }

    /// <summary>
    /// The entry with its type. A type the compilation cannot bind is named without its namespace (an error type keeps its
    /// name and type arguments), so two variables of one missing type agree however qualified, and
    /// <c>EntityTypeBuilder&lt;Order&gt;</c> and <c>EntityTypeBuilder&lt;Invoice&gt;</c> differ. A
    /// variable whose type could not even be inferred (a lambda parameter or a <c>var</c> over a missing API) is named
    /// itself: renamed, it may be of another type, so it is not proven to be the same value.
    /// </summary>
    private static string Typed(string entry, ITypeSymbol type, SyntaxToken token, SymbolNames? names) => entry + ":" + (type.TypeKind != TypeKind.Error ? SymbolNames.Of(type, names)
        : type.Name.Length > 0 ? UnresolvedPrefix + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
        : UnresolvedPrefix + "?" + token.ValueText);

    private static bool IsInNameOf(SyntaxNode node)
    {
        for (var current = node.Parent; current is ExpressionSyntax or ArgumentSyntax or ArgumentListSyntax; current = current.Parent)
        {
            if (current is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A simple name with no receiver, or one behind <c>this.</c> or <c>base.</c>.</summary>
    private static bool IsReadThroughThis(SyntaxNode node) =>
        node.Parent is not MemberAccessExpressionSyntax access || access.Expression == node
        || (access.Name == node && access.Expression is ThisExpressionSyntax or BaseExpressionSyntax);

    private static bool IsMemberOf(ISymbol symbol, INamedTypeSymbol enclosing)
    {
        for (var type = enclosing; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(symbol.ContainingType?.OriginalDefinition, type.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    internal static INamedTypeSymbol? EnclosingType(SyntaxNode? node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is BaseTypeDeclarationSyntax type)
            {
                return model.GetDeclaredSymbol(type, cancellationToken);
            }
        }

        return null;
    }
}
