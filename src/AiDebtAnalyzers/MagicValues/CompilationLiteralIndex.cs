using System;
using System.Collections.Generic;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>Where one indexed literal or constant is.</summary>
internal readonly struct LiteralLocation
{
    public LiteralLocation(SyntaxTree tree, TextSpan span)
    {
        Tree = tree;
        Span = span;
    }

    public SyntaxTree Tree { get; }

    public TextSpan Span { get; }
}

/// <summary>
/// The literals of one compilation by value and subject, and its numeric constants by value, gathered from the
/// cached <see cref="TreeLiteralIndex"/> of every tree that is not generated, in ordinal path order (the IDE and the
/// command line may hold the trees in another order; both see the same lists).
/// </summary>
internal sealed class CompilationLiteralIndex
{
    private readonly Dictionary<NumberKey, List<LiteralLocation>> numbers;
    private readonly Dictionary<double, List<(SyntaxTree Tree, DeclaredConstant Constant)>> constants;

    private CompilationLiteralIndex(Dictionary<NumberKey, List<LiteralLocation>> numbers, Dictionary<double, List<(SyntaxTree, DeclaredConstant)>> constants)
    {
        this.numbers = numbers;
        this.constants = constants;
    }

    /// <summary>Every literal of <paramref name="value"/> that sets <paramref name="subject"/>, in path and position order; null when none.</summary>
    public List<LiteralLocation>? Occurrences(double value, string subject) =>
        numbers.TryGetValue(new NumberKey(value, subject), out var list) ? list : null;

    /// <summary>The constants and <c>static readonly</c> fields initialized with <paramref name="value"/>; null when none.</summary>
    public List<(SyntaxTree Tree, DeclaredConstant Constant)>? ConstantsOf(double value) =>
        constants.TryGetValue(value, out var list) ? list : null;

    public static CompilationLiteralIndex Build(SyntaxTree[] trees, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var numbers = new Dictionary<NumberKey, List<LiteralLocation>>();
        var constants = new Dictionary<double, List<(SyntaxTree, DeclaredConstant)>>();
        foreach (var tree in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (GeneratedCode.IsGenerated(tree, options, cancellationToken))
            {
                continue;
            }

            var index = TreeLiteralIndex.Get(tree, cancellationToken);
            foreach (var number in index.Numbers)
            {
                var key = new NumberKey(number.Value, number.Subject);
                if (!numbers.TryGetValue(key, out var list))
                {
                    list = new List<LiteralLocation>(1);
                    numbers.Add(key, list);
                }

                list.Add(new LiteralLocation(tree, number.Span));
            }

            foreach (var constant in index.Constants)
            {
                if (!constants.TryGetValue(constant.Value, out var list))
                {
                    list = new List<(SyntaxTree, DeclaredConstant)>(1);
                    constants.Add(constant.Value, list);
                }

                list.Add((tree, constant));
            }
        }

        return new CompilationLiteralIndex(numbers, constants);
    }

    private readonly struct NumberKey : IEquatable<NumberKey>
    {
        private readonly double value;
        private readonly string subject;

        public NumberKey(double value, string subject)
        {
            this.value = value;
            this.subject = subject;
        }

        public bool Equals(NumberKey other) => value.Equals(other.value) && string.Equals(subject, other.subject, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is NumberKey other && Equals(other);

        public override int GetHashCode() => (value.GetHashCode() * 397) ^ StringComparer.Ordinal.GetHashCode(subject);
    }
}

/// <summary>
/// The literal index of one compilation, built by the first tree action that needs it, as the clone index of AID101 is
/// (<c>Duplication/LazyCloneIndex</c>): a build cancelled by its caller leaves nothing behind and the next caller builds
/// it under its own token; callers that arrive during a build wait for it in short slices, honouring their own
/// cancellation. Reading it from per-tree actions keeps cross-file findings live in the IDE, where compilation-end
/// diagnostics do not show.
/// </summary>
internal sealed class LazyLiteralIndex
{
    private const int WaitSlice = 50;

    private readonly object gate = new();
    private readonly SyntaxTree[] trees;
    private readonly AnalyzerOptions options;
    private CompilationLiteralIndex? index;

    public LazyLiteralIndex(Compilation compilation, AnalyzerOptions options)
    {
        trees = new List<SyntaxTree>(compilation.SyntaxTrees).ToArray();
        Array.Sort(trees, (a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));
        this.options = options;
    }

    public CompilationLiteralIndex Get(CancellationToken cancellationToken)
    {
        var built = Volatile.Read(ref index);
        if (built is not null)
        {
            return built;
        }

        while (!Monitor.TryEnter(gate, WaitSlice))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        try
        {
            built = index;
            if (built is null)
            {
                built = CompilationLiteralIndex.Build(trees, options, cancellationToken);
                Volatile.Write(ref index, built);
            }

            return built;
        }
        finally
        {
            Monitor.Exit(gate);
        }
    }
}
