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
    private const int WaitSlice = 50;

    private readonly object gate = new();
    private readonly SyntaxTree[] allTrees;
    private readonly AnalyzerOptions options;
    private readonly CloneSettings settings;
    private CloneIndex? index;

    // The next tree to fingerprint; a cancelled claim is not retried here, the build fingerprints every tree it lacks.
    private int nextTree = -1;

    public LazyCloneIndex(Compilation compilation, AnalyzerOptions options, CloneSettings settings)
    {
        var trees = new List<SyntaxTree>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            trees.Add(tree);
        }

        allTrees = trees.ToArray();
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
            built = index;
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
        finally
        {
            Monitor.Exit(gate);
        }
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
        if (!GeneratedCode.IsGenerated(tree, options, cancellationToken))
        {
            TreeCloneData.Get(tree, cancellationToken);
        }

        return true;
    }

    /// <summary>The trees to match: generated code is neither analyzed nor matched against.</summary>
    private List<SyntaxTree> SourceTrees(CancellationToken cancellationToken)
    {
        var trees = new List<SyntaxTree>(allTrees.Length);
        foreach (var tree in allTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!GeneratedCode.IsGenerated(tree, options, cancellationToken))
            {
                trees.Add(tree);
            }
        }

        return trees;
    }
}
