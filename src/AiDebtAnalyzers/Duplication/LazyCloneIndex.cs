using System.Collections.Generic;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Duplication;

/// <summary>
/// The clone index of one compilation, built by the first tree action that needs it. Unlike <c>Lazy&lt;T&gt;</c>,
/// which caches the exception of a failed first call, a build cancelled by its caller leaves nothing behind and the
/// next caller builds it under its own token. Callers that arrive during a build fingerprint the trees nobody has
/// claimed yet, so the concurrent tree actions of the driver share the per-tree work instead of waiting for one thread
/// to do it all; when nothing is left to claim they wait for the build.
/// </summary>
internal sealed class LazyCloneIndex
{
    internal const int WaitSlice = 50;

    private readonly object gate = new();
    private readonly SyntaxTree[] allTrees;

    // Per tree, whether it is generated, as the thread that claimed it found out: 0 unknown, 1 source, 2 generated.
    // The build asks again only where a claim was cancelled before it knew.
    private readonly byte[] generatedState;
    private readonly AnalyzerOptions options;
    private readonly CloneSettings settings;
    private CloneIndex? index;

    // The next tree to fingerprint; a cancelled claim is not retried here, the build fingerprints every tree it lacks.
    private int nextTree = -1;

    public LazyCloneIndex(Compilation compilation, AnalyzerOptions options, CloneSettings settings)
    {
        allTrees = new List<SyntaxTree>(compilation.SyntaxTrees).ToArray();
        generatedState = new byte[allTrees.Length];
        this.options = options;
        this.settings = settings;
    }

    public CloneIndex Get(CancellationToken cancellationToken)
    {
        var built = Volatile.Read(ref index);
        if (built is not null)
        {
            return built;
        }

        // A caller waiting for another's build still honours its own cancellation.
        while (!Monitor.TryEnter(gate, FingerprintNextTree(cancellationToken) ? 0 : WaitSlice))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        try
        {
            return BuildHoldingGate(cancellationToken);
        }
        finally
        {
            Monitor.Exit(gate);
        }
    }

    /// <summary>
    /// What a tree action does so that the index is ready early: as <see cref="Get"/>, it fingerprints the trees nobody
    /// has claimed and builds the index if nobody is building it, but when another caller is building it and no tree is
    /// left to claim it returns instead of waiting. The tree action needs nothing from the index; waiting held a driver
    /// thread idle for the rest of the build while the compiler and the other analyzers had work for it, and the wait
    /// counted as AID101's execution time. The report's actions still wait in <see cref="Get"/>.
    /// </summary>
    public void Prepare(CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref index) is null)
        {
            var claimed = FingerprintNextTree(cancellationToken);
            if (Monitor.TryEnter(gate))
            {
                try
                {
                    BuildHoldingGate(cancellationToken);
                }
                finally
                {
                    Monitor.Exit(gate);
                }

                return;
            }

            if (!claimed)
            {
                return;
            }
        }
    }

    private CloneIndex BuildHoldingGate(CancellationToken cancellationToken)
    {
        var built = index;
        if (built is null)
        {
            while (FingerprintNextTree(cancellationToken))
            {
            }

            built = CloneIndex.Build(SourceTrees(cancellationToken), settings, cancellationToken);
            Volatile.Write(ref index, built);
        }

        return built;
    }

    /// <summary>Claims the next tree nobody has fingerprinted and fingerprints it; false when every tree is claimed.</summary>
    private bool FingerprintNextTree(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref index) is not null)
        {
            return false;
        }

        var claimed = Interlocked.Increment(ref nextTree);
        if (claimed >= allTrees.Length)
        {
            return false;
        }

        var tree = allTrees[claimed];
        if (!IsGenerated(claimed, cancellationToken))
        {
            TreeCloneData.Get(tree, cancellationToken);
        }

        return true;
    }

    /// <summary>The trees to match: generated code is neither analyzed nor matched against.</summary>
    private List<SyntaxTree> SourceTrees(CancellationToken cancellationToken)
    {
        var trees = new List<SyntaxTree>(allTrees.Length);
        for (var i = 0; i < allTrees.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsGenerated(i, cancellationToken))
            {
                trees.Add(allTrees[i]);
            }
        }

        return trees;
    }

    private bool IsGenerated(int tree, CancellationToken cancellationToken)
    {
        var state = Volatile.Read(ref generatedState[tree]);
        if (state == 0)
        {
            state = GeneratedCode.IsGenerated(allTrees[tree], options, cancellationToken) ? (byte)2 : (byte)1;
            Volatile.Write(ref generatedState[tree], state);
        }

        return state == 2;
    }
}
