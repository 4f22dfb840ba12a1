using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Duplication;

/// <summary>How much of the code must agree for two blocks to count as copies.</summary>
internal enum CloneMode
{
    /// <summary>Type-1: the same tokens.</summary>
    Exact,

    /// <summary>Type-2 with consistent renaming: identifiers mapped one-to-one by order of first use, literals by kind.</summary>
    Renamed,

    /// <summary>Type-2, every identifier alike and literals by kind.</summary>
    Blind,
}

/// <summary>The settings one compilation's clone index is built and reported with.</summary>
internal readonly struct CloneSettings
{
    public CloneSettings(CloneMode mode, int minTokens, int minLines, int warningMinTokens = 0)
    {
        Mode = mode;
        MinTokens = minTokens;
        MinLines = minLines;
        WarningMinTokens = warningMinTokens;
    }

    public CloneMode Mode { get; }

    public int MinTokens { get; }

    public int MinLines { get; }

    /// <summary>The fewest tokens a group needs to be reported at the rule's severity; smaller ones are suggestions
    /// (<c>aidebt.duplication.warning_min_tokens</c>; 0, as the index's own callers pass, makes every group a warning).</summary>
    public int WarningMinTokens { get; }
}

/// <summary>One maximal duplicated region: every copy of it in the compilation.</summary>
internal sealed class CloneGroup
{
    // The id, once computed; until then where to compute it from (the index's first copy and its mode).
    private string? id;
    private readonly SyntaxTree? idTree;
    private readonly TextSpan idSpan;
    private readonly CloneMode idMode;

    public CloneGroup(string id, int tokens, bool isExact)
    {
        this.id = id;
        Tokens = tokens;
        IsExact = isExact;
    }

    /// <summary>
    /// A group whose id is computed from <paramref name="firstCopy"/> the first time it is read (see <see cref="Id"/>).
    /// </summary>
    internal CloneGroup(SyntaxTree tree, TextSpan firstCopy, CloneMode mode, int tokens, bool isExact)
    {
        idTree = tree;
        idSpan = firstCopy;
        idMode = mode;
        Tokens = tokens;
        IsExact = isExact;
    }

    /// <summary>16 hex digits of SHA-256 over the mode and the block's normalized tokens: the same in every run.</summary>
    /// <remarks>
    /// Computed when first read, not when the index is built: only a reported finding (its properties and fingerprint)
    /// and a tie between two copies at one position read it, and on a code base full of copies most groups are never
    /// reported on their own (folded, carried, absorbed, or of a kind that is not reported), so walking and hashing every
    /// group's tokens up front was work for nothing. Two threads that read it at once compute the same string.
    /// </remarks>
    public string Id
    {
        get
        {
            var known = Volatile.Read(ref id);
            if (known is null)
            {
                known = CloneGroupIds.Of(idTree!, idSpan, idMode);
                Volatile.Write(ref id, known);
            }

            return known;
        }
    }

    /// <summary>Whether <see cref="Id"/> was computed (tests: the index computes none).</summary>
    internal bool IdComputed => Volatile.Read(ref id) is not null;

    public int Tokens { get; }

    /// <summary>True when every copy has the same tokens (Type-1), false when names or literals differ (Type-2).</summary>
    public bool IsExact { get; }

    /// <summary>
    /// The size in tokens of the longer block that some of the copies share, when this group was reported in its place
    /// (see <see cref="LongerCopies"/>); 0 when the copies share nothing longer.
    /// </summary>
    public int LongerTokens { get; init; }

    /// <summary>How many of the copies share the longer block of <see cref="LongerTokens"/> tokens.</summary>
    public int LongerCopies { get; init; }

    /// <summary>
    /// The group with more copies that stands for this one: every copy of this group holds one of its copies, so the two
    /// are one duplication at two extents, reported once, as the absorber. Null for a group reported on its own.
    /// </summary>
    public CloneGroup? Absorber { get; internal set; }

    /// <summary>The longer groups this one stands for (see <see cref="Absorber"/>).</summary>
    public ImmutableArray<CloneGroup> Absorbed { get; internal set; } = ImmutableArray<CloneGroup>.Empty;

    /// <summary>
    /// The groups whose copies lie in the same members as this group's, one copy in each member, this group included,
    /// largest first: fragments of one pair (or set) of copied members, edited between the fragments. Also the groups
    /// of the members that follow those members right away in each type: a copied run of members, split only by the
    /// member boundary. They are one
    /// duplication, reported once, as the largest fragment reported at the strongest severity, which names the others'
    /// lines. Empty when no other group shares the members, and for groups that take part in a duplication at two
    /// extents (<see cref="Absorber"/>, <see cref="Absorbed"/>) or have a copy inside a larger group's copy.
    /// </summary>
    public ImmutableArray<CloneGroup> SameMemberGroups { get; internal set; } = ImmutableArray<CloneGroup>.Empty;

    /// <summary>
    /// Whether <see cref="SameMemberGroups"/> holds groups of other members of the same types: two or more groups lie one
    /// copy in each of the same types (a class copied and then edited matches one stretch at a time, in members of other
    /// names or order), so the copies of the types are one duplication, which one shared type fixes. The finding names
    /// the other blocks by their lines in its copy's type (<see cref="CloneCopy.Region"/> is then the type's start).
    /// </summary>
    public bool InSameTypes { get; internal set; }

    /// <summary>
    /// Whether this group is in <see cref="SameMemberGroups"/> because each of its copies continues a copy of that
    /// duplication (starts right after it or ends right before it, in the same statement list), not because it lies in
    /// the same members or types: the tail that two copied methods of one type share, in a duplication of those methods
    /// across types. It comes after the duplication's own groups and never reports the duplication in their place; it is
    /// folded into the duplication's finding unless it is a warning and that finding a suggestion.
    /// </summary>
    public bool Continues { get; internal set; }

    /// <summary>
    /// The longer group whose finding names this group's copies: every copy of the longer group holds a copy of this one,
    /// which is the longer block's repeated part (one per-field arm of a copied run of arms) and also lies elsewhere. One
    /// helper fixes both, so the duplication is reported once, as the longer block, whose message names the copies of
    /// this one that lie outside it. Null for a group reported on its own. The first of <see cref="Carriers"/>.
    /// </summary>
    public CloneGroup? Carrier
    {
        get => Carriers.IsEmpty ? null : Carriers[0];
        internal set => Carriers = value is null ? ImmutableArray<CloneGroup>.Empty : ImmutableArray.Create(value);
    }

    /// <summary>
    /// Every longer group each of whose copies holds a copy of this one, largest first (see <see cref="Carrier"/>). A
    /// block copied into several longer blocks (a file picker pasted into the save-as-patch item of two menus and into
    /// two stash items) is carried by the first of them its kind allows (a warning only by a warning): one finding
    /// names it, whichever longer block is listed first.
    /// </summary>
    public ImmutableArray<CloneGroup> Carriers { get; internal set; } = ImmutableArray<CloneGroup>.Empty;

    /// <summary>The shorter groups whose copies this group's finding names (see <see cref="Carrier"/>), largest first.</summary>
    public ImmutableArray<CloneGroup> Carried { get; internal set; } = ImmutableArray<CloneGroup>.Empty;

    /// <summary>The copies in file path order, then position.</summary>
    public ImmutableArray<CloneCopy> Copies { get; internal set; }
}

/// <summary>One copy of a clone group: a contiguous range of sibling statements.</summary>
internal sealed class CloneCopy
{
    public CloneCopy(CloneGroup group, SyntaxTree tree, TextSpan span, int lines, string place)
    {
        Group = group;
        Tree = tree;
        Span = span;
        Lines = lines;
        Place = place;
    }

    public CloneGroup Group { get; }

    public SyntaxTree Tree { get; }

    public TextSpan Span { get; }

    public int Lines { get; }

    /// <summary>How messages name the copy's file: its name, or its path below the project when that name is not unique.</summary>
    public string Place { get; }

    /// <summary>
    /// The start of the type member (method, constructor, operator, property, indexer, event, field) whose body holds
    /// the copy, lambdas and local functions included; -1 in the top-level statements, which are one member (the entry point).
    /// </summary>
    public int MemberStart { get; init; }

    /// <summary>
    /// The member a copy's finding counts as its place among the blocks of one duplication (see
    /// <see cref="CloneGroup.SameMemberGroups"/>): its own member, or, for a block in a member that follows another
    /// copied member, the member of the largest block's copy whose region it continues.
    /// </summary>
    public int Region { get; internal set; }

    /// <summary>Whether the copy lies inside (or overlaps) a copy of a larger group and so has no finding of its own.</summary>
    public bool Nested { get; init; }

    /// <summary>Whether the copy overlaps a copy of a group its group absorbed (reported by that group when the absorber does not stand).</summary>
    public bool WithinAbsorbed { get; init; }

    public Location Location => Location.Create(Tree, Span);
}
