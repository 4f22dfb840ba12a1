using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiDebtAnalyzers.Duplication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// <see cref="DuplicatedCodeAnalyzer.ReportedKind"/> asks only the group kinds its decision needs, because each kind
/// binds the group's copies. Its decisions must be those of asking every kind first: each structure below (an absorber
/// and the group it absorbed, a set of groups in the same members) is decided for every combination of kinds against
/// the eager decision the analyzer made before, and the kinds it may leave unasked are checked.
/// </summary>
public class ReportedKindTests
{
    private static readonly CloneKind[] AllKinds = (CloneKind[])Enum.GetValues(typeof(CloneKind));

    [Fact]
    public void An_absorber_and_the_group_it_absorbed_are_decided_as_when_every_kind_is_asked()
    {
        foreach (var absorberKind in AllKinds)
        {
            foreach (var absorbedKind in AllKinds)
            {
                var (absorber, absorbed) = AbsorberAndAbsorbed();
                var kinds = new Dictionary<CloneGroup, CloneKind> { [absorber] = absorberKind, [absorbed] = absorbedKind };
                foreach (var copy in Copies(absorber, absorbed))
                {
                    Assert.Equal(EagerReportedKind(copy, g => kinds[g]), DuplicatedCodeAnalyzer.ReportedKind(copy, g => kinds[g]));
                }
            }
        }
    }

    [Fact]
    public void A_chain_of_absorbed_groups_is_decided_as_when_every_kind_is_asked()
    {
        foreach (var outerKind in AllKinds)
        {
            foreach (var middleKind in AllKinds)
            {
                foreach (var innerKind in AllKinds)
                {
                    var (outer, middle, inner) = AbsorberChain();
                    var kinds = new Dictionary<CloneGroup, CloneKind> { [outer] = outerKind, [middle] = middleKind, [inner] = innerKind };
                    foreach (var copy in Copies(outer, middle, inner))
                    {
                        Assert.Equal(EagerReportedKind(copy, g => kinds[g]), DuplicatedCodeAnalyzer.ReportedKind(copy, g => kinds[g]));
                    }
                }
            }
        }
    }

    [Fact]
    public void A_suggestion_does_not_stand_for_a_warning_further_down_the_chain()
    {
        // Four copies of a block, the fourth another exception type (members); three go on alike a member apart
        // (members); two go on the same (values). The identical block keeps its own warning.
        var (outer, middle, inner) = AbsorberChain();
        var kinds = new Dictionary<CloneGroup, CloneKind> { [outer] = CloneKind.Members, [middle] = CloneKind.Members, [inner] = CloneKind.Values };
        Assert.Equal(CloneKind.Values, DuplicatedCodeAnalyzer.ReportedKind(inner.Copies[0], g => kinds[g]));
        Assert.Equal(CloneKind.Values, DuplicatedCodeAnalyzer.ReportedKind(inner.Copies[1], g => kinds[g]));
    }

    [Fact]
    public void Groups_of_the_same_members_are_decided_as_when_every_kind_is_asked()
    {
        foreach (var largest in AllKinds)
        {
            foreach (var middle in AllKinds)
            {
                foreach (var smallest in AllKinds)
                {
                    var groups = SameMembers(3);
                    var kinds = new Dictionary<CloneGroup, CloneKind> { [groups[0]] = largest, [groups[1]] = middle, [groups[2]] = smallest };
                    foreach (var copy in Copies(groups))
                    {
                        Assert.Equal(EagerReportedKind(copy, g => kinds[g]), DuplicatedCodeAnalyzer.ReportedKind(copy, g => kinds[g]));
                    }
                }
            }
        }
    }

    [Fact]
    public void A_warning_absorber_decides_without_the_kind_of_the_group_it_absorbed()
    {
        var (absorber, absorbed) = AbsorberAndAbsorbed();
        var asked = new List<CloneGroup>();
        CloneKind KindOf(CloneGroup group)
        {
            asked.Add(group);
            return group == absorber ? CloneKind.Values : throw new InvalidOperationException("the absorbed group's kind was asked");
        }

        Assert.Null(DuplicatedCodeAnalyzer.ReportedKind(absorbed.Copies[0], KindOf));
        Assert.Equal(CloneKind.Values, DuplicatedCodeAnalyzer.ReportedKind(absorber.Copies[0], KindOf));
        Assert.All(asked, group => Assert.Same(absorber, group));
    }

    [Fact]
    public void A_smaller_group_of_the_same_members_is_left_unclassified_behind_a_larger_warning()
    {
        var groups = SameMembers(3);
        CloneKind KindOf(CloneGroup group) => group == groups[0] ? CloneKind.Values : throw new InvalidOperationException("a smaller group's kind was asked");

        Assert.Null(DuplicatedCodeAnalyzer.ReportedKind(groups[1].Copies[0], KindOf));
        Assert.Null(DuplicatedCodeAnalyzer.ReportedKind(groups[2].Copies[0], KindOf));
    }

    [Fact]
    public void A_carried_group_is_reported_only_where_its_carrier_does_not_name_it_at_least_as_strongly()
    {
        foreach (var carrierKind in AllKinds)
        {
            foreach (var carriedKind in AllKinds)
            {
                var (carrier, carried) = CarrierAndCarried();
                var kinds = new Dictionary<CloneGroup, CloneKind> { [carrier] = carrierKind, [carried] = carriedKind };
                var carrierReported = CloneKindClassifier.IsReported(carrierKind);
                var named = carrierReported && CloneKindClassifier.IsReported(carriedKind)
                    && (!CloneKindClassifier.IsSuggestion(carrierKind) || CloneKindClassifier.IsSuggestion(carriedKind));
                var expected = CloneKindClassifier.IsReported(carriedKind) && !named ? carriedKind : (CloneKind?)null;
                Assert.Equal(expected, DuplicatedCodeAnalyzer.ReportedKind(carried.Copies[2], g => kinds[g]));
                Assert.Equal(carrierReported ? carrierKind : null, DuplicatedCodeAnalyzer.ReportedKind(carrier.Copies[0], g => kinds[g]));
                Assert.Equal(named ? 1 : 0, DuplicatedCodeAnalyzer.CarriedBy(carrier, g => kinds[g]).Length);
            }
        }
    }

    [Fact]
    public void A_carrier_that_carries_nothing_asks_no_other_kind()
    {
        var (carrier, _) = CarrierAndCarried();
        carrier.Carried = ImmutableArray<CloneGroup>.Empty;
        Assert.Empty(DuplicatedCodeAnalyzer.CarriedBy(carrier, _ => throw new InvalidOperationException("a kind was asked")));
    }

    /// <summary>
    /// Where suggestions are hidden, the analyzer decides with kinds asked only as far as warnings, which may read a
    /// group of members as parallel (<see cref="CloneKindClassifier.ClassifyAsFarAsWarnings"/>). In every structure and
    /// for every combination of kinds, the same copies must be warnings, raised alike by a block they stand for, as with
    /// the exact kinds.
    /// </summary>
    [Fact]
    public void Warnings_are_decided_alike_where_members_read_as_parallel()
    {
        var structures = new Func<CloneGroup[]>[]
        {
            () => Groups(AbsorberAndAbsorbed()),
            () => Groups(AbsorberChain()),
            () => Groups(CarrierAndCarried()),
            () => SameMembers(3),
            () => SameMembers(3, continuing: 0),
            () => SameMembers(3, continuing: 1),
            () => SameMembers(3, continuing: 2),
        };

        foreach (var structure in structures)
        {
            var count = structure().Length;
            var combination = new int[count];
            do
            {
                var groups = structure();
                var exact = new Dictionary<CloneGroup, CloneKind>();
                for (var i = 0; i < count; i++)
                {
                    exact[groups[i]] = AllKinds[combination[i]];
                }

                CloneKind Exact(CloneGroup group) => exact[group];
                CloneKind AsFarAsWarnings(CloneGroup group) => exact[group] == CloneKind.Members ? CloneKind.Parallel : exact[group];
                foreach (var copy in Copies(groups))
                {
                    Assert.Equal(WarningOf(copy, Exact, Exact), WarningOf(copy, AsFarAsWarnings, Exact));
                }
            }
            while (Next(combination));
        }
    }

    /// <summary>A build's finding at a copy where suggestions are hidden: null when none, else whether a warning-sized
    /// block it stands for raises it (the analyzer's decision: the kind, then what its finding stands for).</summary>
    private static bool? WarningOf(CloneCopy copy, Func<CloneGroup, CloneKind> decidingKindOf, Func<CloneGroup, CloneKind> exactKindOf)
    {
        if (DuplicatedCodeAnalyzer.ReportedKind(copy, decidingKindOf) is not CloneKind.Values)
        {
            return null;
        }

        var folded = DuplicatedCodeAnalyzer.FoldedInto(copy.Group, decidingKindOf);
        var raised = DuplicatedCodeAnalyzer.StandsForWarningSizedBlock(copy.Group, folded, decidingKindOf, WarningMinTokens);

        // What the message names is asked by the exact kinds in both modes; the raise must not depend on which folded
        // blocks are suggestions.
        Assert.Equal(raised, DuplicatedCodeAnalyzer.StandsForWarningSizedBlock(copy.Group, DuplicatedCodeAnalyzer.FoldedInto(copy.Group, exactKindOf), decidingKindOf, WarningMinTokens));
        return raised;
    }

    /// <summary>Steps through every combination of kinds, as the digits of a number in base <c>AllKinds.Length</c>.</summary>
    private static bool Next(int[] combination)
    {
        for (var i = 0; i < combination.Length; i++)
        {
            if (++combination[i] < AllKinds.Length)
            {
                return true;
            }

            combination[i] = 0;
        }

        return false;
    }

    private static CloneGroup[] Groups((CloneGroup, CloneGroup) groups) => new[] { groups.Item1, groups.Item2 };

    private static CloneGroup[] Groups((CloneGroup, CloneGroup, CloneGroup) groups) => new[] { groups.Item1, groups.Item2, groups.Item3 };

    /// <summary>The warning size of the structures below: the absorbers and the carried group are under it.</summary>
    private const int WarningMinTokens = 75;

    /// <summary>The decision as the analyzer made it before it asked lazily: every kind first.</summary>
    private static CloneKind? EagerReportedKind(CloneCopy copy, Func<CloneGroup, CloneKind> kindOf)
    {
        var kind = kindOf(copy.Group);
        return CloneKindClassifier.IsReported(kind) && !EagerIsStoodFor(copy.Group, kindOf) && !(copy.WithinAbsorbed && !EagerStands(copy.Group, kind, kindOf)) ? kind : null;
    }

    private static bool EagerIsStoodFor(CloneGroup group, Func<CloneGroup, CloneKind> kindOf)
    {
        if (!group.SameMemberGroups.IsEmpty)
        {
            CloneGroup? representative = null;
            var representativeIsWarning = false;
            foreach (var candidate in group.SameMemberGroups)
            {
                var kind = kindOf(candidate);
                if (!CloneKindClassifier.IsReported(kind))
                {
                    continue;
                }

                var isWarning = !CloneKindClassifier.IsSuggestion(kind);
                if (representative is null || (isWarning && !representativeIsWarning))
                {
                    representative = candidate;
                    representativeIsWarning = isWarning;
                }
            }

            return representative is not null && !ReferenceEquals(representative, group);
        }

        for (var absorber = group.Absorber; absorber is not null; absorber = absorber.Absorber)
        {
            if (EagerStands(absorber, kindOf(absorber), kindOf))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EagerStands(CloneGroup group, CloneKind kind, Func<CloneGroup, CloneKind> kindOf)
    {
        if (!CloneKindClassifier.IsReported(kind))
        {
            return false;
        }

        return !CloneKindClassifier.IsSuggestion(kind) || !EagerAbsorbsWarning(group, kindOf);
    }

    /// <summary>Whether a warning kind lies anywhere down the group's chain of absorbed groups.</summary>
    private static bool EagerAbsorbsWarning(CloneGroup group, Func<CloneGroup, CloneKind> kindOf)
    {
        foreach (var absorbed in group.Absorbed)
        {
            var absorbedKind = kindOf(absorbed);
            if ((CloneKindClassifier.IsReported(absorbedKind) && !CloneKindClassifier.IsSuggestion(absorbedKind)) || EagerAbsorbsWarning(absorbed, kindOf))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SyntaxTree Tree = CSharpSyntaxTree.ParseText("class C { void M() { } }");

    /// <summary>A group with three copies absorbing a longer group of two; the absorber's first two copies lie in the absorbed group's copies.</summary>
    private static (CloneGroup Absorber, CloneGroup Absorbed) AbsorberAndAbsorbed()
    {
        var absorber = new CloneGroup("absorber", 50, isExact: false) { LongerTokens = 80 };
        var absorbed = new CloneGroup("absorbed", 80, isExact: false);
        absorber.Copies = ImmutableArray.Create(
            new CloneCopy(absorber, Tree, new TextSpan(0, 1), 5, "A.cs") { WithinAbsorbed = true },
            new CloneCopy(absorber, Tree, new TextSpan(2, 1), 5, "A.cs") { WithinAbsorbed = true },
            new CloneCopy(absorber, Tree, new TextSpan(4, 1), 5, "A.cs"));
        absorbed.Copies = ImmutableArray.Create(
            new CloneCopy(absorbed, Tree, new TextSpan(0, 2), 8, "A.cs"),
            new CloneCopy(absorbed, Tree, new TextSpan(2, 2), 8, "A.cs"));
        absorbed.Absorber = absorber;
        absorber.Absorbed = ImmutableArray.Create(absorbed);
        return (absorber, absorbed);
    }

    /// <summary>
    /// A group of four copies absorbing a longer group of three, which absorbs a still longer group of two; each group's
    /// copies lie inside the next one's where it has one.
    /// </summary>
    private static (CloneGroup Outer, CloneGroup Middle, CloneGroup Inner) AbsorberChain()
    {
        var outer = new CloneGroup("outer", 50, isExact: false) { LongerTokens = 80 };
        var middle = new CloneGroup("middle", 80, isExact: false) { LongerTokens = 120 };
        var inner = new CloneGroup("inner", 120, isExact: false);
        outer.Copies = ImmutableArray.Create(
            new CloneCopy(outer, Tree, new TextSpan(0, 1), 5, "A.cs") { WithinAbsorbed = true },
            new CloneCopy(outer, Tree, new TextSpan(4, 1), 5, "A.cs") { WithinAbsorbed = true },
            new CloneCopy(outer, Tree, new TextSpan(8, 1), 5, "A.cs") { WithinAbsorbed = true },
            new CloneCopy(outer, Tree, new TextSpan(12, 1), 5, "A.cs"));
        middle.Copies = ImmutableArray.Create(
            new CloneCopy(middle, Tree, new TextSpan(0, 2), 8, "A.cs") { WithinAbsorbed = true },
            new CloneCopy(middle, Tree, new TextSpan(4, 2), 8, "A.cs") { WithinAbsorbed = true },
            new CloneCopy(middle, Tree, new TextSpan(8, 2), 8, "A.cs"));
        inner.Copies = ImmutableArray.Create(
            new CloneCopy(inner, Tree, new TextSpan(0, 3), 12, "A.cs"),
            new CloneCopy(inner, Tree, new TextSpan(4, 3), 12, "A.cs"));
        middle.Absorber = outer;
        outer.Absorbed = ImmutableArray.Create(middle);
        inner.Absorber = middle;
        middle.Absorbed = ImmutableArray.Create(inner);
        return (outer, middle, inner);
    }

    /// <summary>A longer group of two copies, each holding a copy of a shorter group that has a third copy outside them.</summary>
    private static (CloneGroup Carrier, CloneGroup Carried) CarrierAndCarried()
    {
        var carrier = new CloneGroup("carrier", 200, isExact: false);
        var carried = new CloneGroup("carried", 60, isExact: false);
        carrier.Copies = ImmutableArray.Create(
            new CloneCopy(carrier, Tree, new TextSpan(0, 4), 20, "A.cs"),
            new CloneCopy(carrier, Tree, new TextSpan(10, 4), 20, "A.cs"));
        carried.Copies = ImmutableArray.Create(
            new CloneCopy(carried, Tree, new TextSpan(1, 1), 5, "A.cs") { Nested = true },
            new CloneCopy(carried, Tree, new TextSpan(11, 1), 5, "A.cs") { Nested = true },
            new CloneCopy(carried, Tree, new TextSpan(20, 1), 5, "A.cs"));
        carried.Carrier = carrier;
        carrier.Carried = ImmutableArray.Create(carried);
        return (carrier, carried);
    }

    /// <summary>Groups whose two copies lie in the same two members, largest first; the one at
    /// <paramref name="continuing"/>, if any, only continues the others' copies.</summary>
    private static CloneGroup[] SameMembers(int count, int continuing = -1)
    {
        var groups = new CloneGroup[count];
        for (var i = 0; i < count; i++)
        {
            var group = new CloneGroup("same" + i, 100 - (30 * i), isExact: false);
            group.Copies = ImmutableArray.Create(
                new CloneCopy(group, Tree, new TextSpan(i, 1), 5, "A.cs") { MemberStart = 0 },
                new CloneCopy(group, Tree, new TextSpan(10 + i, 1), 5, "A.cs") { MemberStart = 10 });
            group.Continues = i == continuing;
            groups[i] = group;
        }

        foreach (var group in groups)
        {
            group.SameMemberGroups = ImmutableArray.Create(groups);
        }

        return groups;
    }

    private static IEnumerable<CloneCopy> Copies(params CloneGroup[] groups)
    {
        foreach (var group in groups)
        {
            foreach (var copy in group.Copies)
            {
                yield return copy;
            }
        }
    }
}
