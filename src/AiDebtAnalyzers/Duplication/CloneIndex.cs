using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Duplication;

/// <summary>
/// Every clone group of one compilation. Statements are the unit of matching: each statement is reduced to a 64-bit
/// symbol (the hash of its normalized tokens), each statement list to a string of symbols, and clones are the
/// repeated runs of sibling statements, so every copy is a contiguous statement range inside one member body.
/// </summary>
/// <remarks>
/// <para>Seeds: for every statement, the shortest run starting there that reaches the minimum token count. Runs with
/// equal seeds are paired, a pair whose predecessors also match is skipped (the earlier pair covers it), and each pair
/// is extended to the right as far as the symbols agree: every match is maximal, never a sliding window.</para>
/// <para>Grouping: matches with the same normalized content form one group; a group whose every copy lies inside a
/// copy of a larger group is dropped, so nested and overlapping matches merge into maximal regions.</para>
/// <para>Bounds against repetitive code: a seed that occurs in more than <see cref="MaxSeedOccurrences"/> places is
/// a table or an idiom, not a copy-paste, and is not paired (pairing it would be quadratic); copies of one statement
/// list never overlap and a periodic run is split once, not once per period; at most <see cref="MaxGroups"/> groups, the largest first, are
/// kept per compilation.</para>
/// </remarks>
internal sealed class CloneIndex
{
    public const int MaxSeedOccurrences = 64;
    public const int MaxGroups = 5000;

    private readonly Dictionary<SyntaxTree, ImmutableArray<CloneCopy>> copiesByTree;

    private CloneIndex(ImmutableArray<CloneGroup> groups, Dictionary<SyntaxTree, ImmutableArray<CloneCopy>> copiesByTree)
    {
        Groups = groups;
        this.copiesByTree = copiesByTree;
    }

    public ImmutableArray<CloneGroup> Groups { get; }

    public ImmutableArray<CloneCopy> CopiesIn(SyntaxTree tree) =>
        copiesByTree.TryGetValue(tree, out var copies) ? copies : ImmutableArray<CloneCopy>.Empty;

    /// <param name="trees">The trees to match, generated code already left out.</param>
    public static CloneIndex Build(IReadOnlyList<SyntaxTree> trees, CloneSettings settings, CancellationToken cancellationToken)
    {
        var sorted = new List<SyntaxTree>(trees);
        // Path order makes every tie-break the same in the IDE and on the command line, whatever the tree order.
        sorted.Sort((x, y) => string.CompareOrdinal(x.FilePath, y.FilePath));

        var data = new TreeCloneData[sorted.Count];
        for (var i = 0; i < sorted.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            data[i] = TreeCloneData.Get(sorted[i], cancellationToken);
        }

        return new Builder(sorted, data, settings, cancellationToken).Run();
    }

    private sealed class Builder
    {
        private readonly List<SyntaxTree> trees;
        private readonly TreeCloneData[] data;
        private readonly CloneSettings settings;
        private readonly CancellationToken cancellationToken;

        // Global statement arrays: all statement lists of all trees, one after another.
        private readonly int[] statementTree;
        private readonly int[] statementLocal;
        private readonly int[] statementList;
        private readonly int[] listEnd;
        private readonly int[] listFirst;
        private readonly long[] symbols;
        private readonly int[] tokens;
        private readonly int[] window;
        private readonly string[] places;

        // Per statement, the first statement of the run of equal symbols it belongs to (itself when its predecessor differs).
        private readonly int[] runStart;

        private readonly Dictionary<GroupKey, HashSet<long>> matches = new();
        // Identifiers are numbered by their text as the matched statements are read (TokensOf), so that the renaming
        // check and the renamed content key keep each identifier's order of first use in an array slot instead of a
        // dictionary entry keyed by the text's hash: on MathNet.Numerics' type variants the index checks 106,244
        // statement pairs and hashes 1.1 million tokens into content keys, every identifier among them asked once more.
        private readonly Dictionary<long, int> identifierNumbers = new();
        private readonly FirstUseOrder mapA = new();
        private readonly FirstUseOrder mapB = new();
        private readonly FirstUseOrder keyMap = new();

        // The tokens of the statements that matched, read from their trees once, one after another in chunks of
        // TokenChunkSize slots: per statement where they lie (-1 until read; the chunk's number, then the offset in it)
        // and tokens[statement] slots, never split between chunks. A pair of arrays and a dictionary entry per statement
        // were a third of what building the index allocated on a code base full of copies; two buffers grown by
        // doubling then allocated twice what they held, on the large object heap (24 MB for 0.6 million tokens on
        // MathNet.Numerics). A chunk stays below that heap's threshold (85,000 bytes), and a statement longer than a
        // chunk gets a chunk of its own size.
        private const int TokenChunkBits = 13;
        private const int TokenChunkSize = 1 << TokenChunkBits;
        private readonly int[] tokenOffset;
        private readonly List<int[]> shapeChunks = new();
        private readonly List<int[]> nameChunks = new();
        private int currentChunk = -1;
        private int currentChunkUsed;
        private readonly Dictionary<int, (int Weight, bool IsGuard)> weights = new();

        // Per statement list, the node that holds its statements, once one of them was found (see SearchFrom).
        private readonly SyntaxNode?[] listParent;
        private readonly HashSet<long> shapesSeen = new();

        public Builder(List<SyntaxTree> trees, TreeCloneData[] data, CloneSettings settings, CancellationToken cancellationToken)
        {
            this.trees = trees;
            this.data = data;
            this.settings = settings;
            this.cancellationToken = cancellationToken;
            places = PlaceNames(trees);

            var statementCount = 0;
            var listCount = 0;
            foreach (var tree in data)
            {
                statementCount += tree.StatementCount;
                listCount += tree.ListStart.Length;
            }

            statementTree = new int[statementCount];
            statementLocal = new int[statementCount];
            statementList = new int[statementCount];
            symbols = new long[statementCount];
            tokens = new int[statementCount];
            window = new int[statementCount];
            listEnd = new int[listCount];
            listFirst = new int[listCount];

            var global = 0;
            var listId = 0;
            for (var t = 0; t < data.Length; t++)
            {
                var tree = data[t];
                var statementSymbols = settings.Mode == CloneMode.Exact ? tree.StatementExactHash : tree.StatementShapeHash;
                for (var l = 0; l < tree.ListStart.Length; l++)
                {
                    listFirst[listId] = global;
                    for (var s = tree.ListStart[l]; s < tree.ListStart[l] + tree.ListCount[l]; s++)
                    {
                        statementTree[global] = t;
                        statementLocal[global] = s;
                        statementList[global] = listId;
                        symbols[global] = statementSymbols[s];
                        tokens[global] = tree.StatementTokenCount[s];
                        global++;
                    }

                    listEnd[listId] = global;
                    listId++;
                }
            }

            runStart = new int[statementCount];
            listParent = new SyntaxNode?[listCount];
            tokenOffset = new int[statementCount];
            for (var i = 0; i < statementCount; i++)
            {
                tokenOffset[i] = -1;
            }

            for (var list = 0; list < listEnd.Length; list++)
            {
                for (var i = listFirst[list]; i < listEnd[list]; i++)
                {
                    runStart[i] = i > listFirst[list] && symbols[i] == symbols[i - 1] ? runStart[i - 1] : i;
                }
            }
        }

        public CloneIndex Run()
        {
            var seeds = CollectSeeds();
            PairSeeds(seeds);
            return BuildGroups();
        }

        private Seed[] CollectSeeds()
        {
            var seeds = new List<Seed>();
            for (var list = 0; list < listEnd.Length; list++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var end = listEnd[list];
                var j = listFirst[list];
                var sum = 0;
                for (var i = listFirst[list]; i < end; i++)
                {
                    while (j < end && sum < settings.MinTokens)
                    {
                        sum += tokens[j];
                        j++;
                    }

                    if (sum < settings.MinTokens)
                    {
                        break;
                    }

                    window[i] = j - i;
                    var hash = TreeCloneData.HashSeed;
                    for (var k = i; k < j; k++)
                    {
                        hash = TreeCloneData.HashCombine(hash, symbols[k]);
                    }

                    seeds.Add(new Seed(hash, i));
                    sum -= tokens[i];
                }
            }

            var array = seeds.ToArray();
            Array.Sort(array);
            return array;
        }

        private void PairSeeds(Seed[] seeds)
        {
            var runStart = 0;
            while (runStart < seeds.Length)
            {
                var runEnd = runStart + 1;
                while (runEnd < seeds.Length && seeds[runEnd].Hash == seeds[runStart].Hash)
                {
                    runEnd++;
                }

                var occurrences = runEnd - runStart;
                if (occurrences >= 2 && occurrences <= MaxSeedOccurrences)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    for (var x = runStart; x < runEnd; x++)
                    {
                        for (var y = x + 1; y < runEnd; y++)
                        {
                            PairAt(seeds[x].Statement, seeds[y].Statement);
                        }
                    }
                }

                runStart = runEnd;
            }
        }

        private void PairAt(int a, int b)
        {
            var length = window[a];
            if (window[b] != length)
            {
                return;
            }

            for (var k = 0; k < length; k++)
            {
                if (symbols[a + k] != symbols[b + k])
                {
                    return;
                }
            }

            var sameList = statementList[a] == statementList[b];
            if (sameList && runStart[a] == runStart[b])
            {
                // Two windows of one run of repeated statements (a table, a sequence of guards): not two copies.
                return;
            }

            if (a > listFirst[statementList[a]] && b > listFirst[statementList[b]] && symbols[a - 1] == symbols[b - 1])
            {
                // Not left-maximal: the pair one statement earlier covers this one.
                return;
            }

            var limit = Math.Min(listEnd[statementList[a]] - a, listEnd[statementList[b]] - b);
            if (sameList)
            {
                // Copies in one list never overlap, so a run of repeated statements yields one split, not a quadratic set.
                limit = Math.Min(limit, b - a);
            }

            var n = 0;
            while (n < limit && symbols[a + n] == symbols[b + n])
            {
                n++;
            }

            if (n < length)
            {
                return;
            }

            if (sameList && n == b - a && b + n < listEnd[statementList[b]] && symbols[a + n] == symbols[b + n])
            {
                // A periodic run cut short by the no-overlap rule: the pair whose second copy reaches the end of the
                // run reports it once, split in the middle, instead of one group per period.
                return;
            }

            if (settings.Mode == CloneMode.Renamed)
            {
                AddConsistentSegments(a, b, n);
            }
            else
            {
                AddMatch(a, b, n);
            }
        }

        /// <summary>Splits a match at the statements where identifiers stop mapping one-to-one between the copies.</summary>
        private void AddConsistentSegments(int a, int b, int n)
        {
            mapA.Clear();
            mapB.Clear();
            var segmentStart = 0;
            for (var i = 0; i < n; i++)
            {
                if (StatementMapsConsistently(a + i, b + i))
                {
                    continue;
                }

                if (i > segmentStart)
                {
                    AddMatch(a + segmentStart, b + segmentStart, i - segmentStart);
                }

                mapA.Clear();
                mapB.Clear();
                if (StatementMapsConsistently(a + i, b + i))
                {
                    segmentStart = i;
                }
                else
                {
                    mapA.Clear();
                    mapB.Clear();
                    segmentStart = i + 1;
                }
            }

            if (n > segmentStart)
            {
                AddMatch(a + segmentStart, b + segmentStart, n - segmentStart);
            }
        }

        private bool StatementMapsConsistently(int a, int b)
        {
            var count = tokens[a];
            if (tokens[b] != count)
            {
                return false;
            }

            var offsetA = TokensAt(a, out var shapesA, out var namesA);
            var offsetB = TokensAt(b, out var shapesB, out var namesB);
            for (var t = 0; t < count; t++)
            {
                var shape = shapesA[offsetA + t];
                if (shape != shapesB[offsetB + t])
                {
                    return false;
                }

                if (TreeCloneData.IsIdentifier(shape)
                    && mapA.IndexOf(namesA[offsetA + t]) != mapB.IndexOf(namesB[offsetB + t]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Where a matched statement's tokens (<c>tokens[statement]</c> of them) start in the chunk that holds them, read
        /// from its tree once: only statements that match ever need them.
        /// </summary>
        private int TokensAt(int statement, out int[] shapes, out int[] names)
        {
            var location = tokenOffset[statement];
            if (location < 0)
            {
                var count = tokens[statement];
                int chunk;
                int offset;
                if (count > TokenChunkSize)
                {
                    chunk = shapeChunks.Count;
                    shapeChunks.Add(new int[count]);
                    nameChunks.Add(new int[count]);
                    offset = 0;
                }
                else
                {
                    if (currentChunk < 0 || currentChunkUsed + count > TokenChunkSize)
                    {
                        currentChunk = shapeChunks.Count;
                        shapeChunks.Add(new int[TokenChunkSize]);
                        nameChunks.Add(new int[TokenChunkSize]);
                        currentChunkUsed = 0;
                    }

                    chunk = currentChunk;
                    offset = currentChunkUsed;
                    currentChunkUsed += count;
                }

                // Slots past the end are never written before, so a statement found with fewer tokens (which does not
                // happen in a tree the fingerprints read) leaves zeros, as the arrays read one statement at a time did.
                var tree = statementTree[statement];
                var local = statementLocal[statement];
                var span = data[tree].StatementSpans[local];
                if (TreeCloneData.TokensOf(SearchFrom(statement, span), span, count, shapeChunks[chunk], nameChunks[chunk], offset, identifierNumbers)?.Parent is { } parent)
                {
                    listParent[statementList[statement]] = parent;
                }
                location = (chunk << TokenChunkBits) | offset;
                tokenOffset[statement] = location;
            }

            shapes = shapeChunks[location >> TokenChunkBits];
            names = nameChunks[location >> TokenChunkBits];
            return location & (TokenChunkSize - 1);
        }

        /// <summary>
        /// Where to look for a statement's node: the parent of its list's statements once one of them was found (the
        /// block, the switch section), else the tree's root. A node whose full span holds the statement gives the same
        /// token and node as the root does. The index finds 18,544 statements' nodes on MathNet.Numerics (their tokens,
        /// then their weights), most of them in lists it found a statement of before; from the root each search walks
        /// down the namespace and type again, and Roslyn holds a type's members only weakly, so after a collection it
        /// made the member's nodes again. Kept here, the parent holds its member for as long as the index is built.
        /// </summary>
        private SyntaxNode SearchFrom(int statement, TextSpan span)
        {
            var parent = listParent[statementList[statement]];
            return parent is not null && parent.FullSpan.Contains(span) ? parent : trees[statementTree[statement]].GetRoot(cancellationToken);
        }

        private void AddMatch(int a, int b, int length)
        {
            var tokenCount = 0;
            for (var k = 0; k < length; k++)
            {
                tokenCount += tokens[a + k];
            }

            if (tokenCount < settings.MinTokens)
            {
                return;
            }

            // The caller has matched the two ranges symbol by symbol (and, renamed, identifier by identifier), so both
            // have this normalized content.
            var key = new GroupKey(ContentKey(a, length), tokenCount);
            var rangeA = EncodeRange(a, length);
            var rangeB = EncodeRange(b, length);
            var found = matches.TryGetValue(key, out var ranges);
            if (found && ranges.Contains(rangeA) && ranges.Contains(rangeB))
            {
                // Adding would change nothing, whatever the weight says: skip weighing. A block copied k times is met
                // in k(k-1)/2 pairs, and weighing a statement the first time is the pairing's largest cost after
                // reading its tokens (on MathNet.Numerics' type variants 11,146 statements weighed instead of 12,520).
                return;
            }

            if (SubstantialTokens(a, length) < settings.MinTokens)
            {
                return;
            }

            if (!found)
            {
                ranges = new HashSet<long>();
                matches[key] = ranges;
            }

            ranges!.Add(rangeA);
            ranges.Add(rangeB);
        }

        /// <summary>
        /// The tokens of the statements that carry the block's own logic (see <see cref="CloneStatementRoles"/>): a
        /// statement of a shape already seen in the block (a table row, the next guard, the next registration), a
        /// logging call, an assertion, a declarative rule, the data inside initializers and constant arguments, and
        /// braces and semicolons count for nothing, so a repeated run, a run of log lines, a test's expected values or a
        /// table of literals never reach the minimum size by their length alone. A block of guard clauses only (and the
        /// lookups they check) counts nothing: it is the prelude each action spells for its own case.
        /// </summary>
        private int SubstantialTokens(int start, int length)
        {
            shapesSeen.Clear();
            var total = 0;
            var guardsOnly = true;
            for (var k = start; k < start + length; k++)
            {
                var tree = data[statementTree[k]];
                var local = statementLocal[k];
                var (weight, isGuard) = WeightOf(k);
                guardsOnly &= isGuard;
                if (shapesSeen.Add(tree.StatementShapeHash[local]))
                {
                    total += weight;
                }
            }

            return guardsOnly ? 0 : total;
        }

        /// <summary>The tokens a statement contributes (<see cref="CloneStatementRoles.Weigh"/>) and whether it is a guard.</summary>
        private (int Weight, bool IsGuard) WeightOf(int statement)
        {
            if (!weights.TryGetValue(statement, out var weight))
            {
                var span = data[statementTree[statement]].StatementSpans[statementLocal[statement]];
                var node = SearchFrom(statement, span).FindNode(span, getInnermostNodeForTie: true);
                weight = (CloneStatementRoles.Weigh(node, tokens[statement]), CloneStatementRoles.IsGuard(node));
                weights[statement] = weight;
            }

            return weight;
        }

        private long ContentKey(int start, int length)
        {
            var hash = TreeCloneData.HashSeed;
            if (settings.Mode != CloneMode.Renamed)
            {
                for (var k = start; k < start + length; k++)
                {
                    hash = TreeCloneData.HashCombine(hash, symbols[k]);
                }

                return hash;
            }

            // Consistent renaming: identifiers become the order of their first use inside the block, literals their kind.
            keyMap.Clear();
            for (var k = start; k < start + length; k++)
            {
                var offset = TokensAt(k, out var shapes, out var names);
                var count = tokens[k];
                for (var t = offset; t < offset + count; t++)
                {
                    var shape = shapes[t];
                    hash = TreeCloneData.HashCombine(hash, shape);
                    if (TreeCloneData.IsIdentifier(shape))
                    {
                        hash = TreeCloneData.HashCombine(hash, keyMap.IndexOf(names[t]));
                    }
                }
            }

            return hash;
        }

        private long ExactKey(int start, int length)
        {
            var hash = TreeCloneData.HashSeed;
            for (var k = start; k < start + length; k++)
            {
                hash = TreeCloneData.HashCombine(hash, data[statementTree[k]].StatementExactHash[statementLocal[k]]);
            }

            return hash;
        }

        private static long EncodeRange(int start, int length) => ((long)start << 32) | (uint)length;

        private CloneIndex BuildGroups()
        {
            var candidates = new List<Candidate>(matches.Count);
            foreach (var entry in matches)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var ranges = new List<Range>(entry.Value.Count);
                var maxLines = 0;
                foreach (var encoded in entry.Value)
                {
                    var range = new Range((int)(encoded >> 32), (int)(encoded & 0xFFFFFFFF));
                    ranges.Add(range);
                    maxLines = Math.Max(maxLines, LinesOf(range));
                }

                if (maxLines < settings.MinLines || ranges.Count < 2)
                {
                    continue;
                }

                ranges.Sort((x, y) => x.Start.CompareTo(y.Start));
                candidates.Add(new Candidate(entry.Key.Tokens, ranges));
            }

            // Largest first; equal sizes in the order of their first copy, which is the same on every run.
            candidates.Sort((x, y) =>
            {
                var bySize = y.Tokens.CompareTo(x.Tokens);
                if (bySize != 0)
                {
                    return bySize;
                }

                var byCopies = y.Ranges.Count.CompareTo(x.Ranges.Count);
                return byCopies != 0 ? byCopies : x.Ranges[0].Start.CompareTo(y.Ranges[0].Start);
            });

            // Per tree, the spans of the copies kept so far, each with the candidate that kept it: a copy that overlaps
            // one, in its list or in a block nested in it, is covered.
            var kept = new Dictionary<int, List<(TextSpan Span, int Owner)>>();
            var reported = new List<Reported>();
            var owners = new SortedSet<int>();
            var live = 0;
            foreach (var candidate in candidates)
            {
                if (live >= MaxGroups)
                {
                    break;
                }

                var outside = 0;
                foreach (var range in candidate.Ranges)
                {
                    outside += IsCovered(range, kept, reported, owners: null) ? 0 : 1;
                }

                if (outside == 0)
                {
                    continue;
                }

                // A copy inside (or overlapping) a copy of a larger group is that group's business, unless the larger
                // group is this one at a longer extent: every one of its copies holds a copy of this group, and this
                // group has more (a block copied in four places, three of which share two more statements). Then the
                // two are one duplication, reported once, as this group at all its copies, naming the longer extent.
                var index = reported.Count;
                var entry = new Reported(candidate);
                owners.Clear();
                foreach (var range in candidate.Ranges)
                {
                    IsCovered(range, kept, reported, owners);
                }

                foreach (var owner in owners)
                {
                    if (HoldsCopyOfEveryCopy(candidate, reported[owner].Candidate))
                    {
                        reported[owner].AbsorbedBy = index;
                        live--;
                        entry.Absorb(reported[owner]);
                    }
                }

                // The smaller group is reported only at its copies clear of every larger one still reported (listing
                // the others as other places), so one region of code carries one diagnostic.
                entry.Nested = new bool[candidate.Ranges.Count];
                entry.WithinAbsorbed = new bool[candidate.Ranges.Count];
                for (var i = 0; i < entry.Nested.Length; i++)
                {
                    entry.Nested[i] = IsCovered(candidate.Ranges[i], kept, reported, owners: null);
                    foreach (var owner in owners)
                    {
                        entry.WithinAbsorbed[i] |= reported[owner].AbsorbedBy == index && OverlapsAny(candidate.Ranges[i], reported[owner].Candidate);
                    }
                }

                // A shorter group with copies inside the copies of a longer one still reported, every one of which holds a
                // copy of it, is the longer block's repeated part (one arm of a run of copied arms) that also lies
                // elsewhere: one helper fixes both, so the longer group's finding names its other copies and it has
                // none of its own. A group that stands for longer extents itself keeps its finding: it reports them.
                // Every longer group that holds it is a carrier, largest first: which one names it depends on the kinds
                // (a warning is not folded into a suggestion), known only when the copies are bound.
                if (entry.LongerTokens == 0 && Array.IndexOf(entry.Nested, true) >= 0)
                {
                    foreach (var owner in owners)
                    {
                        var larger = reported[owner];
                        if (larger.AbsorbedBy < 0 && larger.CarriedBy < 0 && EveryCopyHolds(candidate, larger.Candidate))
                        {
                            if (entry.CarriedBy < 0)
                            {
                                entry.CarriedBy = owner;
                            }
                            else
                            {
                                (entry.MoreCarriers ??= new List<int>()).Add(owner);
                            }
                        }
                    }
                }

                foreach (var range in candidate.Ranges)
                {
                    var tree = statementTree[range.Start];
                    if (!kept.TryGetValue(tree, out var treeSpans))
                    {
                        treeSpans = new List<(TextSpan, int)>();
                        kept[tree] = treeSpans;
                    }

                    treeSpans.Add((SpanOf(range), index));
                }

                reported.Add(entry);
                live++;
            }

            DropRepeatedElsewhere(reported, kept);

            // An absorbed group keeps its copies in the trees: the analyzer reports it in its absorber's place when the
            // semantic model leaves the absorber unreported or weaker (see CloneGroup.Absorber).
            var groups = ImmutableArray.CreateBuilder<CloneGroup>();
            var created = new CloneGroup[reported.Count];
            var copiesByTree = new Dictionary<SyntaxTree, List<CloneCopy>>();
            for (var i = 0; i < reported.Count; i++)
            {
                if (reported[i].Dropped)
                {
                    continue;
                }

                created[i] = CreateGroup(reported[i], copiesByTree);
                if (reported[i].AbsorbedBy < 0)
                {
                    groups.Add(created[i]);
                }
            }

            // Most compilations carry no group: the dictionary is made for the first one.
            Dictionary<int, ImmutableArray<CloneGroup>.Builder>? carried = null;
            for (var i = 0; i < reported.Count; i++)
            {
                var first = reported[i].CarriedBy;
                if (first < 0 || reported[i].AbsorbedBy >= 0)
                {
                    continue;
                }

                if (reported[first].AbsorbedBy >= 0)
                {
                    // A smaller group with more copies came to stand for the longer one: this group is reported as before.
                    reported[i].CarriedBy = -1;
                    continue;
                }

                var carriers = ImmutableArray.CreateBuilder<CloneGroup>();
                var more = reported[i].MoreCarriers;
                for (var c = -1; c < (more?.Count ?? 0); c++)
                {
                    var carrier = c < 0 ? first : more![c];
                    if (reported[carrier].AbsorbedBy >= 0)
                    {
                        continue;
                    }

                    carriers.Add(created[carrier]);
                    carried ??= new Dictionary<int, ImmutableArray<CloneGroup>.Builder>();
                    if (!carried.TryGetValue(carrier, out var list))
                    {
                        list = ImmutableArray.CreateBuilder<CloneGroup>();
                        carried[carrier] = list;
                    }

                    list.Add(created[i]);
                }

                created[i].Carriers = carriers.ToImmutable();
            }

            if (carried is not null)
            {
                foreach (var entry in carried)
                {
                    created[entry.Key].Carried = entry.Value.ToImmutable();
                }
            }

            var absorbed = new Dictionary<int, ImmutableArray<CloneGroup>.Builder>();
            for (var i = 0; i < reported.Count; i++)
            {
                var absorber = reported[i].AbsorbedBy;
                if (absorber >= 0)
                {
                    created[i].Absorber = created[absorber];
                    if (!absorbed.TryGetValue(absorber, out var list))
                    {
                        list = ImmutableArray.CreateBuilder<CloneGroup>();
                        absorbed[absorber] = list;
                    }

                    list.Add(created[i]);
                }
            }

            foreach (var entry in absorbed)
            {
                created[entry.Key].Absorbed = entry.Value.ToImmutable();
            }

            GroupBySameMembers(reported, created);
            FoldContinuations(reported, created);

            var byTree = new Dictionary<SyntaxTree, ImmutableArray<CloneCopy>>(copiesByTree.Count);
            foreach (var entry in copiesByTree)
            {
                entry.Value.Sort((x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : string.CompareOrdinal(x.Group.Id, y.Group.Id));
                byTree[entry.Key] = entry.Value.ToImmutableArray();
            }

            return new CloneIndex(groups.ToImmutable(), byTree);
        }

        /// <summary>
        /// Drops the groups that repeat duplications other groups report: every copy overlaps copies of other groups
        /// still reported, and the statements of each copy that lie outside those copies weigh less than the minimum
        /// size (<see cref="SubstantialTokens"/>: a run of guard clauses weighs nothing). Two handlers that share their
        /// argument guards and a lookup, each of which also shares that lookup with a third handler at another extent,
        /// match as one more group of the two at a third extent; the lookup is already reported at both, and the guards
        /// are no finding on their own. A group that reports a longer extent, carries or is carried, or covers a group
        /// dropped so stays. The copies of smaller groups that lay inside a dropped group's copies are reported again.
        /// </summary>
        private void DropRepeatedElsewhere(List<Reported> reported, Dictionary<int, List<(TextSpan Span, int Owner)>> kept)
        {
            if (reported.Count < 2)
            {
                return;
            }

            List<int>? covers = null;
            var anyDropped = false;
            for (var i = 0; i < reported.Count; i++)
            {
                var carrier = reported[i].CarriedBy;
                if (carrier >= 0)
                {
                    reported[carrier].Keep = true;
                    if (reported[i].MoreCarriers is { } more)
                    {
                        foreach (var other in more)
                        {
                            reported[other].Keep = true;
                        }
                    }
                }
            }

            for (var i = 0; i < reported.Count; i++)
            {
                var entry = reported[i];
                if (entry.AbsorbedBy >= 0 || entry.LongerTokens > 0 || entry.CarriedBy >= 0 || entry.Keep)
                {
                    continue;
                }

                covers ??= new List<int>();
                covers.Clear();
                var repeated = true;
                foreach (var range in entry.Candidate.Ranges)
                {
                    if (!kept.TryGetValue(statementTree[range.Start], out var treeSpans) || OwnWeight(range, i, treeSpans, reported, covers) >= settings.MinTokens)
                    {
                        repeated = false;
                        break;
                    }
                }

                if (!repeated)
                {
                    continue;
                }

                entry.Dropped = true;
                anyDropped = true;
                foreach (var cover in covers)
                {
                    reported[cover].Keep = true;
                }
            }

            if (!anyDropped)
            {
                return;
            }

            // A copy nested only in dropped groups' copies is clear again: its group reports it.
            for (var j = 0; j < reported.Count; j++)
            {
                var entry = reported[j];
                if (entry.Dropped)
                {
                    continue;
                }

                for (var r = 0; r < entry.Nested.Length; r++)
                {
                    entry.Nested[r] = entry.Nested[r] && OverlapsEarlier(entry.Candidate.Ranges[r], j, kept, reported);
                }
            }
        }

        /// <summary>
        /// The weight of the copy's statements that no copy of another live group holds, or <see cref="int.MaxValue"/>
        /// when none is held; adds the groups that hold some to <paramref name="covers"/>.
        /// </summary>
        private int OwnWeight(Range range, int self, List<(TextSpan Span, int Owner)> treeSpans, List<Reported> reported, List<int> covers)
        {
            // Most copies overlap no other group's copy: that is known without weighing a statement.
            var span = SpanOf(range);
            var overlaps = false;
            foreach (var other in treeSpans)
            {
                if (other.Owner != self && other.Span.OverlapsWith(span) && reported[other.Owner].AbsorbedBy < 0 && !reported[other.Owner].Dropped)
                {
                    overlaps = true;
                    break;
                }
            }

            if (!overlaps)
            {
                return int.MaxValue;
            }

            var tree = data[statementTree[range.Start]];
            var held = false;
            var weight = 0;
            var runStart = -1;
            for (var k = range.Start; k <= range.Start + range.Length; k++)
            {
                var holder = k < range.Start + range.Length ? HolderOf(tree.StatementSpans[statementLocal[k]], self, treeSpans, reported) : -1;
                if (holder >= 0)
                {
                    held = true;
                    if (!covers.Contains(holder))
                    {
                        covers.Add(holder);
                    }
                }

                var isOwn = k < range.Start + range.Length && holder < 0;
                if (isOwn && runStart < 0)
                {
                    runStart = k;
                }
                else if (!isOwn && runStart >= 0)
                {
                    weight += SubstantialTokens(runStart, k - runStart);
                    runStart = -1;
                }
            }

            return held ? weight : int.MaxValue;
        }

        /// <summary>The live group other than <paramref name="self"/> one of whose copies holds the span, or -1.</summary>
        private static int HolderOf(TextSpan span, int self, List<(TextSpan Span, int Owner)> treeSpans, List<Reported> reported)
        {
            foreach (var other in treeSpans)
            {
                var owner = other.Owner;
                if (owner != self && other.Span.Contains(span) && reported[owner].AbsorbedBy < 0 && !reported[owner].Dropped)
                {
                    return owner;
                }
            }

            return -1;
        }

        /// <summary>Whether the range overlaps a copy of a group placed before the one at <paramref name="index"/> and still live.</summary>
        private bool OverlapsEarlier(Range range, int index, Dictionary<int, List<(TextSpan Span, int Owner)>> kept, List<Reported> reported)
        {
            if (!kept.TryGetValue(statementTree[range.Start], out var treeSpans))
            {
                return false;
            }

            var span = SpanOf(range);
            foreach (var other in treeSpans)
            {
                var owner = other.Owner;
                while (owner < index && reported[owner].AbsorbedBy >= 0)
                {
                    owner = reported[owner].AbsorbedBy;
                }

                if (owner < index && !reported[owner].Dropped && other.Span.OverlapsWith(span))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Links the groups whose copies lie one each in the same members (a pair of copied methods edited in a few
        /// places matches as several groups, one per stretch between the edits): see <see cref="CloneGroup.SameMemberGroups"/>.
        /// A group that is one duplication at two extents, or whose copies a longer group's finding names, is already
        /// reported in relation to another group and stays out. A group with a copy inside (or overlapping) a larger
        /// group's copy takes part: its copies still lie one in each member (the speed half of a copied getter whose
        /// first statement ends the height half's copy in one of the two getters). Two copies in one member make no member set.
        /// Member sets that follow one another are linked too: when each member of one set is, in its type, followed
        /// right away by a member of the other (<c>Store</c> then <c>Erase</c> copied from a base class into a
        /// subclass), the copied region runs on across the member boundary, which only splits the match, so the two
        /// sets are one duplication.
        /// </summary>
        private void GroupBySameMembers(List<Reported> reported, CloneGroup[] created)
        {
            Dictionary<string, int>? familyOf = null;
            var families = new List<List<int>>();
            var familyMembers = new List<List<(int Tree, int Start)>>();
            var key = new StringBuilder();
            var members = new List<(int Tree, int Start)>();
            List<int>? overlapping = null;
            for (var i = 0; i < reported.Count; i++)
            {
                var entry = reported[i];
                if (entry.AbsorbedBy >= 0 || entry.LongerTokens > 0 || entry.CarriedBy >= 0 || entry.Dropped)
                {
                    continue;
                }

                if (Array.IndexOf(entry.Nested, true) >= 0)
                {
                    // Joins the family of its members below, if a group clear of larger ones has formed it: it takes
                    // no part in forming families or runs of members (Place/PlaceAndShip beside PlaceAndShip/Ship).
                    (overlapping ??= new List<int>()).Add(i);
                    continue;
                }

                if (!DistinctMembers(entry, members))
                {
                    continue;
                }

                familyOf ??= new Dictionary<string, int>(StringComparer.Ordinal);
                var text = MembersKey(key, members);
                if (!familyOf.TryGetValue(text, out var family))
                {
                    family = families.Count;
                    familyOf[text] = family;
                    families.Add(new List<int>());
                    familyMembers.Add(new List<(int, int)>(members));
                }

                families[family].Add(i);
            }

            if (familyOf is null)
            {
                return;
            }

            if (overlapping is not null)
            {
                foreach (var i in overlapping)
                {
                    if (DistinctMembers(reported[i], members) && familyOf.TryGetValue(MembersKey(key, members), out var family))
                    {
                        families[family].Add(i);

                        // The reported list is in candidate order, largest first; the family keeps that order.
                        families[family].Sort();
                    }
                }
            }

            // Each member set joined with the set of the members that follow its members (union by the earlier set).
            var root = new int[families.Count];
            for (var f = 0; f < root.Length; f++)
            {
                root[f] = f;
            }

            var joined = false;
            for (var f = 0; f < families.Count; f++)
            {
                members.Clear();
                foreach (var member in familyMembers[f])
                {
                    var next = NextMemberStart(member.Tree, member.Start);
                    if (next < 0)
                    {
                        break;
                    }

                    members.Add((member.Tree, next));
                }

                if (members.Count != familyMembers[f].Count)
                {
                    continue;
                }

                members.Sort();
                if (familyOf.TryGetValue(MembersKey(key, members), out var following))
                {
                    root[Root(root, following)] = Root(root, f);
                    joined = true;
                }
            }

            // Each member set joined with the other member sets of the same types: when two or more groups lie one copy
            // in each of the same types, in other members than each other (a class copied and then edited, its members
            // matching one stretch at a time), the copies of the types are one duplication, which one shared type fixes.
            // A type's partial declarations count as one type, so a class's own copies across its files stay apart.
            var typeJoins = JoinBySameTypes(familyMembers, root, key);
            joined |= typeJoins is not null;

            var linked = families;
            List<bool>? byTypes = null;
            if (joined)
            {
                linked = new List<List<int>>();
                var linkedRoots = new List<int>();
                var byRoot = new Dictionary<int, List<int>>();
                for (var f = 0; f < families.Count; f++)
                {
                    var r = Root(root, f);
                    if (!byRoot.TryGetValue(r, out var union))
                    {
                        union = new List<int>();
                        byRoot[r] = union;
                        linked.Add(union);
                        linkedRoots.Add(r);
                    }

                    union.AddRange(families[f]);
                }

                if (typeJoins is not null)
                {
                    // Which unions a join by types made: their findings name the other blocks by type, not by member.
                    var joinedRoots = new HashSet<int>();
                    foreach (var f in typeJoins)
                    {
                        joinedRoots.Add(Root(root, f));
                    }

                    byTypes = new List<bool>(linked.Count);
                    foreach (var r in linkedRoots)
                    {
                        byTypes.Add(joinedRoots.Contains(r));
                    }
                }

                foreach (var union in linked)
                {
                    // The reported list is in candidate order, largest first; a union keeps that order.
                    union.Sort();
                }
            }

            for (var u = 0; u < linked.Count; u++)
            {
                var family = linked[u];
                if (family.Count < 2)
                {
                    continue;
                }

                // The reported list is in candidate order, largest first, so the family is too.
                var groups = ImmutableArray.CreateBuilder<CloneGroup>(family.Count);
                foreach (var i in family)
                {
                    groups.Add(created[i]);
                }

                var sameMembers = groups.MoveToImmutable();
                if (byTypes is not null && byTypes[u])
                {
                    MarkTypeRegions(sameMembers);
                }
                else if (joined)
                {
                    MarkRegions(sameMembers);
                }

                foreach (var group in sameMembers)
                {
                    group.SameMemberGroups = sameMembers;
                }
            }
        }

        /// <summary>
        /// Folds into a duplication of the same members or types (<see cref="CloneGroup.SameMemberGroups"/>) a group
        /// every copy of which continues one of its copies: it starts right after such a copy ends, or ends right before
        /// one starts, in the same statement list. Two reset methods copied into three view models (a "to left" and a "to
        /// right" variant, each a group across the types, one duplication by types) end, in two of the types, with a tail
        /// the types spell differently and the two variants of one type spell alike; that tail matches as a group of its
        /// own, two copies in one type, each the rest of a copy the duplication reports. It is one more block of that
        /// duplication: the finding names its line where its copy lies, and it has none of its own. A group with a copy
        /// that continues no copy of the duplication, or continues copies of two duplications, is its own duplication
        /// that shares a member with the other one, and keeps its finding; so does a group that reports a longer
        /// extent, carries, is carried, or has a copy inside another group's.
        /// </summary>
        private void FoldContinuations(List<Reported> reported, CloneGroup[] created)
        {
            // Where the copies of the groups in such a duplication end (the statement after the last) and start; most
            // compilations have none, and nothing is allocated for them.
            Dictionary<int, (int Entry, int Range)>? endsAt = null;
            Dictionary<int, (int Entry, int Range)>? startsAt = null;
            for (var i = 0; i < reported.Count; i++)
            {
                if (created[i] is not { } group || group.SameMemberGroups.IsEmpty)
                {
                    continue;
                }

                endsAt ??= new Dictionary<int, (int, int)>();
                startsAt ??= new Dictionary<int, (int, int)>();
                var ranges = reported[i].Candidate.Ranges;
                for (var r = 0; r < ranges.Count; r++)
                {
                    var end = ranges[r].Start + ranges[r].Length;
                    if (!endsAt.ContainsKey(end))
                    {
                        endsAt[end] = (i, r);
                    }

                    if (!startsAt.ContainsKey(ranges[r].Start))
                    {
                        startsAt[ranges[r].Start] = (i, r);
                    }
                }
            }

            if (endsAt is null || startsAt is null)
            {
                return;
            }

            List<(int Entry, CloneGroup Family, CloneCopy[] Continued)>? folds = null;
            for (var i = 0; i < reported.Count; i++)
            {
                var entry = reported[i];
                var group = created[i];
                if (group is null || !group.SameMemberGroups.IsEmpty || entry.AbsorbedBy >= 0 || entry.LongerTokens > 0
                    || entry.CarriedBy >= 0 || !group.Carried.IsEmpty || Array.IndexOf(entry.Nested, true) >= 0)
                {
                    continue;
                }

                var ranges = entry.Candidate.Ranges;
                CloneGroup? family = null;
                var continued = new CloneCopy[ranges.Count];
                for (var r = 0; r < ranges.Count; r++)
                {
                    var range = ranges[r];
                    var end = range.Start + range.Length;
                    (int Entry, int Range) next = (-1, -1);
                    if (range.Start > 0 && statementList[range.Start - 1] == statementList[range.Start] && endsAt.TryGetValue(range.Start, out var before))
                    {
                        next = before;
                    }
                    else if (end < statementList.Length && statementList[end] == statementList[range.Start] && startsAt.TryGetValue(end, out var after))
                    {
                        next = after;
                    }

                    // The first group of a duplication's list stands for the duplication: every group of it shares the list.
                    var other = next.Entry >= 0 ? created[next.Entry] : null;
                    if (other is null || (family is not null && !ReferenceEquals(other.SameMemberGroups[0], family)))
                    {
                        family = null;
                        break;
                    }

                    family = other.SameMemberGroups[0];
                    continued[r] = CopyAt(other, reported[next.Entry].Candidate.Ranges[next.Range]);
                }

                if (family is not null)
                {
                    (folds ??= new List<(int, CloneGroup, CloneCopy[])>()).Add((i, family, continued));
                }
            }

            if (folds is null)
            {
                return;
            }

            // Each duplication's list grows by the groups that continue it, after its own groups (which keep their order,
            // the largest first): a continuing group never reports the duplication in their place.
            var grown = new Dictionary<CloneGroup, List<CloneGroup>>();
            foreach (var fold in folds)
            {
                if (!grown.TryGetValue(fold.Family, out var list))
                {
                    list = new List<CloneGroup>(fold.Family.SameMemberGroups);
                    grown[fold.Family] = list;
                }

                var group = created[fold.Entry];
                list.Add(group);
                group.InSameTypes = fold.Family.InSameTypes;
                group.Continues = true;

                // Each copy counts as the place of the copy it continues, so the finding there names its line.
                var ranges = reported[fold.Entry].Candidate.Ranges;
                foreach (var copy in group.Copies)
                {
                    for (var r = 0; r < ranges.Count; r++)
                    {
                        if (trees[statementTree[ranges[r].Start]] == copy.Tree && SpanOf(ranges[r]).Start == copy.Span.Start)
                        {
                            copy.Region = fold.Continued[r].Region;
                            break;
                        }
                    }
                }
            }

            foreach (var entry in grown)
            {
                var sameMembers = entry.Value.ToImmutableArray();
                foreach (var group in sameMembers)
                {
                    group.SameMemberGroups = sameMembers;
                }
            }
        }

        /// <summary>The copy of the group that lies at the range.</summary>
        private CloneCopy CopyAt(CloneGroup group, Range range)
        {
            var tree = trees[statementTree[range.Start]];
            var start = SpanOf(range).Start;
            foreach (var copy in group.Copies)
            {
                if (copy.Tree == tree && copy.Span.Start == start)
                {
                    return copy;
                }
            }

            return group.Copies[0];
        }

        /// <summary>
        /// Joins (in <paramref name="root"/>) the member sets whose members lie one in each of the same types, and returns
        /// the sets joined so (null when none was): see <see cref="CloneGroup.InSameTypes"/>.
        /// </summary>
        private List<int>? JoinBySameTypes(List<List<(int Tree, int Start)>> familyMembers, int[] root, StringBuilder key)
        {
            if (familyMembers.Count < 2)
            {
                return null;
            }

            Dictionary<string, int>? firstOfTypes = null;
            List<int>? joins = null;
            var types = new List<string>();
            for (var f = 0; f < familyMembers.Count; f++)
            {
                if (!DistinctTypes(familyMembers[f], types))
                {
                    continue;
                }

                key.Clear();
                foreach (var type in types)
                {
                    key.Append(type).Append(';');
                }

                var text = key.ToString();
                firstOfTypes ??= new Dictionary<string, int>(StringComparer.Ordinal);
                if (!firstOfTypes.TryGetValue(text, out var first))
                {
                    firstOfTypes[text] = f;
                    continue;
                }

                var a = Root(root, first);
                var b = Root(root, f);
                if (a != b)
                {
                    root[b] = a;
                    (joins ??= new List<int>()).Add(f);
                }
            }

            return joins;
        }

        /// <summary>
        /// Fills <paramref name="types"/> with the sorted types that hold the members, each named by its declaration, or
        /// by its namespace and name when it is partial (two partial declarations of a type are one type); false when a
        /// member is not a type's (the top-level statements) or two lie in one type.
        /// </summary>
        private bool DistinctTypes(List<(int Tree, int Start)> members, List<string> types)
        {
            types.Clear();
            foreach (var member in members)
            {
                if (TypeOf(trees[member.Tree], member.Start) is not { } type)
                {
                    return false;
                }

                types.Add(type.Modifiers.Any(SyntaxKind.PartialKeyword)
                    ? "partial " + QualifiedName(type)
                    : member.Tree.ToString(CultureInfo.InvariantCulture) + ":" + type.SpanStart.ToString(CultureInfo.InvariantCulture));
            }

            types.Sort(StringComparer.Ordinal);
            for (var t = 1; t < types.Count; t++)
            {
                if (string.Equals(types[t], types[t - 1], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The type whose member starts at <paramref name="memberStart"/>, or null outside a type (the top-level statements).</summary>
        private TypeDeclarationSyntax? TypeOf(SyntaxTree tree, int memberStart)
        {
            if (memberStart < 0)
            {
                return null;
            }

            var node = tree.GetRoot(cancellationToken).FindToken(memberStart).Parent;
            while (node is not null and not MemberDeclarationSyntax)
            {
                node = node.Parent;
            }

            return node?.Parent as TypeDeclarationSyntax;
        }

        private static string QualifiedName(TypeDeclarationSyntax type)
        {
            var name = new StringBuilder();
            for (SyntaxNode? node = type; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case BaseTypeDeclarationSyntax declaration:
                        name.Insert(0, "." + declaration.Identifier.ValueText + (declaration is TypeDeclarationSyntax { TypeParameterList: { } parameters } ? "`" + parameters.Parameters.Count.ToString(CultureInfo.InvariantCulture) : string.Empty));
                        break;
                    case BaseNamespaceDeclarationSyntax space:
                        name.Insert(0, "." + space.Name);
                        break;
                }
            }

            return name.ToString();
        }

        /// <summary>
        /// Gives every copy of a union joined by its types the start of the type that holds it (<see cref="CloneCopy.Region"/>),
        /// so each finding names the other blocks of its own type.
        /// </summary>
        private void MarkTypeRegions(ImmutableArray<CloneGroup> groups)
        {
            foreach (var group in groups)
            {
                group.InSameTypes = true;
                foreach (var copy in group.Copies)
                {
                    copy.Region = TypeOf(copy.Tree, copy.MemberStart)?.SpanStart ?? copy.MemberStart;
                }
            }
        }

        /// <summary>Fills <paramref name="members"/> with the sorted members of the entry's copies; false when two share one.</summary>
        private bool DistinctMembers(Reported entry, List<(int Tree, int Start)> members)
        {
            members.Clear();
            for (var r = 0; r < entry.Candidate.Ranges.Count; r++)
            {
                members.Add((statementTree[entry.Candidate.Ranges[r].Start], entry.MemberStarts[r]));
            }

            members.Sort();
            for (var m = 1; m < members.Count; m++)
            {
                if (members[m] == members[m - 1])
                {
                    return false;
                }
            }

            return true;
        }

        private static int Root(int[] root, int f)
        {
            while (root[f] != f)
            {
                root[f] = root[root[f]];
                f = root[f];
            }

            return f;
        }

        private static string MembersKey(StringBuilder key, List<(int Tree, int Start)> members)
        {
            key.Clear();
            foreach (var member in members)
            {
                key.Append(member.Tree).Append(':').Append(member.Start).Append(';');
            }

            return key.ToString();
        }

        /// <summary>
        /// The start of the member declared right after the one that starts at <paramref name="memberStart"/> in the
        /// same type, or -1 when it is the type's last member or not a type's member (the top-level statements).
        /// </summary>
        private int NextMemberStart(int tree, int memberStart)
        {
            if (memberStart < 0)
            {
                return -1;
            }

            var node = trees[tree].GetRoot(cancellationToken).FindToken(memberStart).Parent;
            while (node is not null and not MemberDeclarationSyntax)
            {
                node = node.Parent;
            }

            if (node?.Parent is not TypeDeclarationSyntax type)
            {
                return -1;
            }

            var typeMembers = type.Members;
            var at = typeMembers.IndexOf((MemberDeclarationSyntax)node);
            return at >= 0 && at + 1 < typeMembers.Count ? typeMembers[at + 1].SpanStart : -1;
        }

        /// <summary>
        /// Gives every copy of a union of member sets that follow one another the member of the first group's copy it
        /// continues (<see cref="CloneCopy.Region"/>), so each finding names the other blocks of its own copied region.
        /// The members of each set, in tree and position order, pair with those of every other set at the same place in
        /// that order: a member and the one declared after it keep their order among the members of other types.
        /// </summary>
        private static void MarkRegions(ImmutableArray<CloneGroup> groups)
        {
            var anchor = SortedByPlace(groups[0].Copies);
            for (var g = 1; g < groups.Length; g++)
            {
                var copies = SortedByPlace(groups[g].Copies);
                if (copies.Count != anchor.Count)
                {
                    continue;
                }

                for (var c = 0; c < copies.Count; c++)
                {
                    copies[c].Region = anchor[c].MemberStart;
                }
            }
        }

        private static List<CloneCopy> SortedByPlace(ImmutableArray<CloneCopy> copies)
        {
            var sorted = new List<CloneCopy>(copies);
            sorted.Sort((x, y) =>
            {
                var byTree = string.CompareOrdinal(x.Tree.FilePath, y.Tree.FilePath);
                return byTree != 0 ? byTree : x.MemberStart.CompareTo(y.MemberStart);
            });
            return sorted;
        }

        /// <summary>
        /// Whether the range overlaps a kept copy of a candidate still reported (absorbed ones count as the candidate
        /// that reports them now); adds those candidates to <paramref name="owners"/> when given.
        /// </summary>
        private bool IsCovered(Range range, Dictionary<int, List<(TextSpan Span, int Owner)>> kept, List<Reported> reported, SortedSet<int>? owners)
        {
            if (!kept.TryGetValue(statementTree[range.Start], out var treeSpans))
            {
                return false;
            }

            var span = SpanOf(range);
            var covered = false;
            foreach (var other in treeSpans)
            {
                if (!other.Span.OverlapsWith(span))
                {
                    continue;
                }

                // The candidate being placed is not in the list yet: a copy it absorbed no longer covers its own copies.
                var owner = other.Owner;
                while (owner < reported.Count && reported[owner].AbsorbedBy >= 0)
                {
                    owner = reported[owner].AbsorbedBy;
                }

                if (owner < reported.Count)
                {
                    covered = true;
                    if (owners is null)
                    {
                        return true;
                    }

                    owners.Add(owner);
                }
            }

            return covered;
        }

        private bool OverlapsAny(Range range, Candidate other)
        {
            var span = SpanOf(range);
            foreach (var otherRange in other.Ranges)
            {
                if (statementTree[otherRange.Start] == statementTree[range.Start] && SpanOf(otherRange).OverlapsWith(span))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the larger candidate is the smaller one at a longer extent: every copy of it overlaps a copy of the
        /// smaller one, which has more copies and at least half its tokens. A longer block more than twice the size of
        /// the block all copies share is a duplication of its own (a 16-line method tail in two places that contains a
        /// 5-line construction found twice more), and keeps its own finding.
        /// </summary>
        private bool HoldsCopyOfEveryCopy(Candidate smaller, Candidate larger)
        {
            return larger.Ranges.Count < smaller.Ranges.Count && smaller.Tokens * 2 >= larger.Tokens && EveryCopyHolds(smaller, larger);
        }

        /// <summary>Whether every copy of the larger candidate overlaps a copy of the smaller one.</summary>
        private bool EveryCopyHolds(Candidate smaller, Candidate larger)
        {
            foreach (var outer in larger.Ranges)
            {
                var outerSpan = SpanOf(outer);
                var held = false;
                foreach (var inner in smaller.Ranges)
                {
                    if (statementTree[inner.Start] == statementTree[outer.Start] && SpanOf(inner).OverlapsWith(outerSpan))
                    {
                        held = true;
                        break;
                    }
                }

                if (!held)
                {
                    return false;
                }
            }

            return true;
        }

        private int LinesOf(Range range)
        {
            var tree = data[statementTree[range.Start]];
            var first = statementLocal[range.Start];
            var last = statementLocal[range.Start + range.Length - 1];
            return tree.StatementEndLine[last] - tree.StatementStartLine[first] + 1;
        }

        private CloneGroup CreateGroup(Reported entry, Dictionary<SyntaxTree, List<CloneCopy>> copiesByTree)
        {
            var candidate = entry.Candidate;
            var nested = entry.Nested;
            var first = candidate.Ranges[0];
            var exact = ExactKey(first.Start, first.Length);
            var isExact = true;
            for (var i = 1; i < candidate.Ranges.Count && isExact; i++)
            {
                isExact = ExactKey(candidate.Ranges[i].Start, candidate.Ranges[i].Length) == exact;
            }

            var group = new CloneGroup(trees[statementTree[first.Start]], SpanOf(first), settings.Mode, candidate.Tokens, isExact)
            {
                LongerTokens = entry.LongerTokens,
                LongerCopies = entry.LongerCopies,
            };
            var copies = ImmutableArray.CreateBuilder<CloneCopy>(candidate.Ranges.Count);
            entry.MemberStarts = new int[candidate.Ranges.Count];
            for (var i = 0; i < candidate.Ranges.Count; i++)
            {
                var range = candidate.Ranges[i];
                var tree = statementTree[range.Start];
                var span = SpanOf(range);
                entry.MemberStarts[i] = MemberStartOf(trees[tree], span);
                var copy = new CloneCopy(group, trees[tree], span, LinesOf(range), places[tree])
                {
                    WithinAbsorbed = entry.WithinAbsorbed.Length > 0 && entry.WithinAbsorbed[i],
                    Nested = nested[i],
                    MemberStart = entry.MemberStarts[i],
                    Region = entry.MemberStarts[i],
                };
                copies.Add(copy);
                if (nested[i])
                {
                    continue;
                }

                if (!copiesByTree.TryGetValue(copy.Tree, out var treeCopies))
                {
                    treeCopies = new List<CloneCopy>();
                    copiesByTree[copy.Tree] = treeCopies;
                }

                treeCopies.Add(copy);
            }

            copies.Sort((x, y) =>
            {
                var byPath = string.CompareOrdinal(x.Tree.FilePath, y.Tree.FilePath);
                return byPath != 0 ? byPath : x.Span.Start.CompareTo(y.Span.Start);
            });
            group.Copies = copies.MoveToImmutable();
            return group;
        }

        /// <summary>The start of the type member whose body holds the span (see <see cref="CloneCopy.MemberStart"/>).</summary>
        private int MemberStartOf(SyntaxTree tree, TextSpan span)
        {
            for (var node = tree.GetRoot(cancellationToken).FindToken(span.Start).Parent; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case GlobalStatementSyntax:
                        return -1;
                    case BaseTypeDeclarationSyntax or BaseNamespaceDeclarationSyntax or CompilationUnitSyntax:
                        // Statements always lie in a member or in the top-level statements; this is not reached.
                        return node.SpanStart;
                    case MemberDeclarationSyntax:
                        return node.SpanStart;
                }
            }

            return -1;
        }

        /// <summary>The text a range of statements covers, from its first statement's start to its last one's end.</summary>
        private TextSpan SpanOf(Range range)
        {
            var tree = data[statementTree[range.Start]];
            var firstLocal = statementLocal[range.Start];
            var lastLocal = statementLocal[range.Start + range.Length - 1];
            return TextSpan.FromBounds(tree.StatementSpans[firstLocal].Start, tree.StatementSpans[lastLocal].End);
        }
    }

    /// <summary>
    /// How messages name each tree: its file name, or, where two trees share a file name, its path below the folder
    /// that holds every tree (the project folder for one compilation). Only strings are split; no file is touched.
    /// </summary>
    internal static string[] PlaceNames(IReadOnlyList<SyntaxTree> trees)
    {
        var names = new string[trees.Count];
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var common = -1;
        string? first = null;
        for (var i = 0; i < trees.Count; i++)
        {
            var path = trees[i].FilePath ?? string.Empty;
            names[i] = Path.GetFileName(path);
            counts[names[i]] = counts.TryGetValue(names[i], out var count) ? count + 1 : 1;
            if (first is null)
            {
                first = path;
                common = path.Length;
            }
            else
            {
                common = Math.Min(common, CommonPrefixLength(first, path));
            }
        }

        if (first is null)
        {
            return names;
        }

        // Cut the shared prefix back to a directory boundary, so "Src/A.cs" and "Src/B/A.cs" keep "A.cs" and "B/A.cs".
        var root = common;
        while (root > 0 && first[root - 1] != '/' && first[root - 1] != '\\')
        {
            root--;
        }

        for (var i = 0; i < names.Length; i++)
        {
            var path = trees[i].FilePath ?? string.Empty;
            if (counts[names[i]] > 1 && path.Length > root)
            {
                names[i] = path.Substring(root).Replace('\\', '/');
            }
        }

        return names;
    }

    private static int CommonPrefixLength(string x, string y)
    {
        var n = Math.Min(x.Length, y.Length);
        var i = 0;
        while (i < n && x[i] == y[i])
        {
            i++;
        }

        return i;
    }

    private readonly struct Seed : IComparable<Seed>
    {
        public Seed(long hash, int statement)
        {
            Hash = hash;
            Statement = statement;
        }

        public long Hash { get; }

        public int Statement { get; }

        public int CompareTo(Seed other)
        {
            var byHash = Hash.CompareTo(other.Hash);
            return byHash != 0 ? byHash : Statement.CompareTo(other.Statement);
        }
    }

    /// <summary>
    /// The order in which identifiers (numbered by their text, <see cref="TreeCloneData.TokensOf"/>) are first met since
    /// the last <see cref="Clear"/>: what a dictionary from name to its count at first use gives, kept in two arrays and
    /// cleared by moving to the next generation instead of touching every slot.
    /// </summary>
    internal sealed class FirstUseOrder
    {
        private int[] generationOf = new int[256];
        private int[] order = new int[256];
        private int generation;
        private int count;

        /// <param name="generation">Where the generations start: tests start near the last one to cover the wrap.</param>
        internal FirstUseOrder(int generation = 1)
        {
            this.generation = generation;
        }

        public void Clear()
        {
            count = 0;
            if (generation == int.MaxValue)
            {
                // Every slot's generation is older than the new one again only after they are all reset.
                Array.Clear(generationOf, 0, generationOf.Length);
                generation = 0;
            }

            generation++;
        }

        public int IndexOf(int name)
        {
            if (name >= generationOf.Length)
            {
                var size = Math.Max(generationOf.Length * 2, name + 1);
                Array.Resize(ref generationOf, size);
                Array.Resize(ref order, size);
            }

            if (generationOf[name] != generation)
            {
                generationOf[name] = generation;
                order[name] = count++;
            }

            return order[name];
        }
    }

    private readonly struct GroupKey : IEquatable<GroupKey>
    {
        public GroupKey(long content, int tokens)
        {
            Content = content;
            Tokens = tokens;
        }

        public long Content { get; }

        public int Tokens { get; }

        public bool Equals(GroupKey other) => Content == other.Content && Tokens == other.Tokens;

        public override bool Equals(object? obj) => obj is GroupKey other && Equals(other);

        public override int GetHashCode() => unchecked((int)Content ^ (int)(Content >> 32) ^ (Tokens * 397));
    }

    private readonly struct Range
    {
        public Range(int start, int length)
        {
            Start = start;
            Length = length;
        }

        public int Start { get; }

        public int Length { get; }
    }

    private sealed class Candidate
    {
        public Candidate(int tokens, List<Range> ranges)
        {
            Tokens = tokens;
            Ranges = ranges;
        }

        public int Tokens { get; }

        public List<Range> Ranges { get; }
    }

    /// <summary>A candidate kept for reporting, and what became of it.</summary>
    private sealed class Reported
    {
        public Reported(Candidate candidate)
        {
            Candidate = candidate;
        }

        public Candidate Candidate { get; }

        /// <summary>Per copy, whether it lies inside a copy of a larger group that is reported, and so is not reported.</summary>
        public bool[] Nested { get; set; } = Array.Empty<bool>();

        /// <summary>Per copy, whether it overlaps a copy of a larger candidate this one absorbed.</summary>
        public bool[] WithinAbsorbed { get; set; } = Array.Empty<bool>();

        /// <summary>Per copy, the start of the member that holds it (see <see cref="CloneCopy.MemberStart"/>).</summary>
        public int[] MemberStarts { get; set; } = Array.Empty<int>();

        /// <summary>The index of the longer candidate whose finding names this one's copies (see <see cref="CloneGroup.Carrier"/>), or -1.</summary>
        public int CarriedBy { get; set; } = -1;

        /// <summary>The other longer candidates that hold a copy of this one in each of theirs, largest first; null when none.</summary>
        public List<int>? MoreCarriers { get; set; }

        /// <summary>Whether the group repeats duplications other groups report and has no finding (see <c>DropRepeatedElsewhere</c>).</summary>
        public bool Dropped { get; set; }

        /// <summary>Whether the group carries another or holds a dropped group's duplication, and so is never dropped itself.</summary>
        public bool Keep { get; set; }

        /// <summary>The index of the smaller candidate with more copies that reports this one's duplication, or -1.</summary>
        public int AbsorbedBy { get; set; } = -1;

        /// <summary>The size of the longest extent absorbed into this one, and how many copies share it; 0 when none.</summary>
        public int LongerTokens { get; private set; }

        public int LongerCopies { get; private set; }

        public void Absorb(Reported larger)
        {
            var tokens = larger.LongerTokens > 0 ? larger.LongerTokens : larger.Candidate.Tokens;
            if (tokens > LongerTokens)
            {
                LongerTokens = tokens;
                LongerCopies = larger.LongerTokens > 0 ? larger.LongerCopies : larger.Candidate.Ranges.Count;
            }
        }
    }
}
