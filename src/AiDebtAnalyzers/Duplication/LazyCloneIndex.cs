using System.Collections.Generic;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Duplication;

/// <summary>
/// The clone index of one compilation, built by the first tree action that needs it. Unlike <c>Lazy&lt;T&gt;</c>,
/// which caches the exception of a failed first call, a build cancelled by its caller leaves nothing behind and the
/// next caller builds it under its own token. Callers that arrive during a build wait for it instead of repeating it.
/// </summary>
internal sealed class LazyCloneIndex
{
    private const int WaitSlice = 50;

    private readonly object gate = new();
    private readonly Compilation compilation;
    private readonly AnalyzerOptions options;
    private readonly CloneSettings settings;
    private CloneIndex? index;

    public LazyCloneIndex(Compilation compilation, AnalyzerOptions options, CloneSettings settings)
    {
        this.compilation = compilation;
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
        while (!Monitor.TryEnter(gate, WaitSlice))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        try
        {
            built = index;
            if (built is null)
            {
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

    /// <summary>The trees to match: generated code is neither analyzed nor matched against.</summary>
    private List<SyntaxTree> SourceTrees(CancellationToken cancellationToken)
    {
        var trees = new List<SyntaxTree>();
        foreach (var tree in compilation.SyntaxTrees)
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
