using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AiDebtAnalyzers.Options;
using AiDebtAnalyzers.Provenance.AgentTrace;
using AiDebtAnalyzers.Residue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Provenance;

/// <summary>A sign that code came from an AI assistant, and what it tells about the tool.</summary>
internal sealed class ProvenanceEvidence
{
    public ProvenanceEvidence(TextSpan span, string source, string? tool = null, string? model = null, string contributor = "ai", string? trace = null, string? generated = null, string? conversation = null)
    {
        Span = span;
        Source = source;
        Tool = tool;
        Model = model;
        Contributor = contributor;
        Trace = trace;
        Generated = generated;
        Conversation = conversation;
    }

    public TextSpan Span { get; }

    /// <summary>What the evidence is, in words (shown in the message and in <c>aidebt.evidence</c>).</summary>
    public string Source { get; }

    public string? Tool { get; }

    public string? Model { get; }

    public string Contributor { get; }

    public string? Trace { get; }

    public string? Generated { get; }

    public string? Conversation { get; }
}

/// <summary>What an evidence source may read for one syntax tree.</summary>
internal sealed class EvidenceContext
{
    public EvidenceContext(SyntaxTree tree, SyntaxNode root, SourceText text, AnalyzerConfigOptions options, TraceIndex traces, TreeProvenance provenance, CancellationToken cancellationToken)
    {
        Tree = tree;
        Root = root;
        Text = text;
        Options = options;
        Traces = traces;
        Provenance = provenance;
        CancellationToken = cancellationToken;
    }

    public SyntaxTree Tree { get; }

    public SyntaxNode Root { get; }

    public SourceText Text { get; }

    public AnalyzerConfigOptions Options { get; }

    public TraceIndex Traces { get; }

    public TreeProvenance Provenance { get; }

    public CancellationToken CancellationToken { get; }
}

/// <summary>One kind of evidence of AI generation (AID401).</summary>
internal interface IEvidenceSource
{
    void Collect(EvidenceContext context, List<ProvenanceEvidence> found);
}

/// <summary>
/// The evidence AID401 and the AID400 summary look for. To add a source, add one line here: a comment detector
/// plugs in through <see cref="CommentEvidenceSource.Matching"/> (e.g. the AID503 chatbot-artifact detector).
/// </summary>
internal static class EvidenceSources
{
    public static readonly ImmutableArray<IEvidenceSource> All = ImmutableArray.Create<IEvidenceSource>(
        new CommentEvidenceSource("attribution comment", comment => AttributionComments.Match(comment.Text), options => AiDebtOptions.ProvenanceReportAttributionComments.Read(options)),
        CommentEvidenceSource.Matching("chatbot artifact", comment => comment.IsChatbotArtifact),
        new AgentTraceEvidenceSource());

    /// <summary>Every piece of evidence in a tree that stands outside any annotation.</summary>
    public static List<ProvenanceEvidence> Collect(EvidenceContext context)
    {
        var found = new List<ProvenanceEvidence>();
        foreach (var source in All)
        {
            source.Collect(context, found);
        }

        found.RemoveAll(evidence => context.Provenance.IsCovered(evidence.Span));
        return found;
    }
}

/// <summary>
/// Evidence in ordinary comments (never documentation comments, string literals or disabled code), read from the tree's
/// shared <see cref="CommentIndex"/>: the residue rules walk and classify the same comments, so no source walks the
/// trivia again or copies a comment's text twice.
/// </summary>
internal sealed class CommentEvidenceSource : IEvidenceSource
{
    private readonly string source;
    private readonly Func<IndexedComment, string?> match;
    private readonly Func<AnalyzerConfigOptions, bool>? enabled;

    /// <param name="match">The tool a comment names (<c>unknown</c> when it names none), or null when it is no evidence.</param>
    public CommentEvidenceSource(string source, Func<IndexedComment, string?> match, Func<AnalyzerConfigOptions, bool>? enabled = null)
    {
        this.source = source;
        this.match = match;
        this.enabled = enabled;
    }

    /// <summary>A source from a yes/no comment detector, for evidence that names no tool.</summary>
    public static CommentEvidenceSource Matching(string source, Func<IndexedComment, bool> isEvidence) =>
        new(source, comment => isEvidence(comment) ? "unknown" : null);

    public void Collect(EvidenceContext context, List<ProvenanceEvidence> found)
    {
        if (enabled is not null && !enabled(context.Options))
        {
            return;
        }

        foreach (var comment in CommentIndex.Get(context.Tree, context.CancellationToken).Comments)
        {
            if (comment.Text.IndexOf("ai-provenance", StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            var tool = match(comment);
            if (tool is not null)
            {
                found.Add(new ProvenanceEvidence(comment.Trivia.Span, source, tool == "unknown" ? null : tool));
            }
        }
    }
}

/// <summary>Agent Trace records whose ranges mark lines of this file <c>ai</c> or <c>mixed</c>.</summary>
internal sealed class AgentTraceEvidenceSource : IEvidenceSource
{
    public void Collect(EvidenceContext context, List<ProvenanceEvidence> found)
    {
        foreach (var range in context.Traces.For(context.Tree.FilePath))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (TraceIndex.Locate(range, context.Text, context.Root) is not { } lines)
            {
                continue;
            }

            var span = TextSpan.FromBounds(context.Text.Lines[lines.First].Start, context.Text.Lines[lines.Last].End);
            found.Add(new ProvenanceEvidence(span, "Agent Trace record", range.Tool, range.Model, range.Contributor, range.RecordId, range.Date, range.Conversation));
        }
    }
}
