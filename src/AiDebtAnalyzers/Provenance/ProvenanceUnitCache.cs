using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using AiDebtAnalyzers.Provenance.AgentTrace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Provenance;

/// <summary>
/// The units AID401 reports, computed once per tree of a compilation and read by both AID401 and the AID400 summary:
/// the evidence pass (every comment, every Agent Trace range) is the provenance rules' largest cost, and the two rules
/// run as separate analyzers on the same trees. The units depend on the tree, its options and the Agent Trace files of the
/// compilation's options, so they are kept per compilation and per <see cref="AnalyzerOptions"/>: another set of options
/// (a test that re-runs a compilation with other files) gets a cache of its own. A computation cancelled by its caller
/// leaves nothing behind.
/// </summary>
internal sealed class ProvenanceUnitCache
{
    private static readonly ConditionalWeakTable<Compilation, ProvenanceUnitCache> PerCompilation = new();

    private readonly AnalyzerOptions options;
    private readonly ConditionalWeakTable<SyntaxTree, IReadOnlyList<ProvenanceUnit>> units = new();

    private ProvenanceUnitCache(AnalyzerOptions options, TraceIndex traces)
    {
        this.options = options;
        Traces = traces;
    }

    /// <summary>The Agent Trace records of the compilation's additional files, read once for both rules.</summary>
    public TraceIndex Traces { get; }

    public static ProvenanceUnitCache For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        if (PerCompilation.TryGetValue(compilation, out var cached) && ReferenceEquals(cached.options, options))
        {
            return cached;
        }

        var computed = new ProvenanceUnitCache(options, TraceIndex.Build(options, cancellationToken));
        var kept = PerCompilation.GetValue(compilation, _ => computed);

        // The compilation is already cached with other options: this caller's units are its own.
        return ReferenceEquals(kept.options, options) ? kept : computed;
    }

    /// <summary>The units of a tree, in source order; the list is shared and must not be changed.</summary>
    public IReadOnlyList<ProvenanceUnit> UnitsOf(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (units.TryGetValue(tree, out var cached))
        {
            return cached;
        }

        cancellationToken.ThrowIfCancellationRequested();

        // Computed outside the table so that a cancelled computation leaves nothing behind; a racing thread's result is
        // as good as ours, and GetValue keeps whichever came first.
        var computed = Compute(tree, options.AnalyzerConfigOptionsProvider.GetOptions(tree), Traces, cancellationToken);
        return units.GetValue(tree, _ => computed);
    }

    /// <summary>The cached units of a tree, without computing them: lets tests see what a cancelled computation left.</summary>
    internal bool TryGetCached(SyntaxTree tree, out IReadOnlyList<ProvenanceUnit>? cached) => units.TryGetValue(tree, out cached);

    /// <summary>The units of a tree without any cache: what <see cref="UnitsOf"/> returns.</summary>
    internal static IReadOnlyList<ProvenanceUnit> Compute(SyntaxTree tree, AnalyzerConfigOptions treeOptions, TraceIndex traces, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        var text = tree.GetText(cancellationToken);
        var provenance = ProvenanceParser.Get(tree, cancellationToken);
        var evidence = EvidenceSources.Collect(new EvidenceContext(tree, root, text, treeOptions, traces, provenance, cancellationToken));
        return evidence.Count == 0 ? System.Array.Empty<ProvenanceUnit>() : ProvenanceUnit.Group(root, evidence);
    }
}
