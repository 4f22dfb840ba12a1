using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>Where one indexed literal or constant is.</summary>
internal readonly struct LiteralLocation : IEquatable<LiteralLocation>
{
    public LiteralLocation(SyntaxTree tree, TextSpan span)
    {
        Tree = tree;
        Span = span;
    }

    public SyntaxTree Tree { get; }

    public TextSpan Span { get; }

    public bool Equals(LiteralLocation other) => Tree == other.Tree && Span == other.Span;

    public override bool Equals(object? obj) => obj is LiteralLocation other && Equals(other);

    public override int GetHashCode() => ((Tree?.GetHashCode() ?? 0) * 397) ^ Span.GetHashCode();
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
    private readonly List<SyntaxTree> indexedTrees;

    // The targets each asked-about constant is used at, found on first request: only constants that hold the value of
    // a reported number under a name of its role are asked about, a few per compilation.
    private readonly ConcurrentDictionary<DeclaredConstant, (string Target, string Type, string Member)[]> targetsOfConstant = new();

    private CompilationLiteralIndex(Dictionary<NumberKey, List<LiteralLocation>> numbers, Dictionary<double, List<(SyntaxTree, DeclaredConstant)>> constants, List<SyntaxTree> indexedTrees)
    {
        this.numbers = numbers;
        this.constants = constants;
        this.indexedTrees = indexedTrees;
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
        var indexedTrees = new List<SyntaxTree>(trees.Length);
        foreach (var tree in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (GeneratedCode.IsGenerated(tree, options, cancellationToken))
            {
                continue;
            }

            indexedTrees.Add(tree);

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

        return new CompilationLiteralIndex(numbers, constants, indexedTrees);
    }

    /// <summary>
    /// Whether <paramref name="constant"/> is already used, somewhere in the compilation, at <paramref name="target"/>
    /// (<see cref="LiteralSubject.Target"/>: <c>Task.Delay(Constants.FailedSecretVerificationDelay)</c> is used at
    /// <c>call:Delay#0</c>). A use is found by name, as <c>Type.Name</c> or unqualified inside its declaring type; a use
    /// through a <c>using static</c> or a derived type is not seen, which only withholds advice. A target any pause or
    /// list goes to (<see cref="LiteralSubject.NamesOnlyInItsJob"/>: a bare wait, a sequence operator's count) shows
    /// the meaning only for a number in the same job: a use in the number's type or in a member of the number's
    /// member's name (<paramref name="type"/>, <paramref name="member"/>; the same endpoint of another controller).
    /// </summary>
    public bool IsUsedAt(DeclaredConstant constant, string target, string type, string member, CancellationToken cancellationToken)
    {
        if (!targetsOfConstant.TryGetValue(constant, out var targets))
        {
            targets = TargetsOf(constant, cancellationToken);
            targetsOfConstant.TryAdd(constant, targets);
        }

        var inItsJobOnly = LiteralSubject.NamesOnlyInItsJob(target);
        foreach (var known in targets)
        {
            if (string.Equals(known.Target, target, StringComparison.Ordinal)
                && (!inItsJobOnly || string.Equals(known.Type, type, StringComparison.Ordinal) || member.Length > 0 && string.Equals(known.Member, member, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    // Each use of the constant: where its value goes, and the type and member the use is written in.
    private (string Target, string Type, string Member)[] TargetsOf(DeclaredConstant constant, CancellationToken cancellationToken)
    {
        var typeName = SimpleTypeName(constant.ContainingType);
        var targets = new List<(string Target, string Type, string Member)>();
        foreach (var tree in indexedTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens(descendIntoTrivia: false))
            {
                if (!token.IsKind(SyntaxKind.IdentifierToken) || token.ValueText != constant.Name || token.Parent is not IdentifierNameSyntax name)
                {
                    continue;
                }

                ExpressionSyntax use = name;
                if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
                {
                    if (MagicNumberClassifier.NameOf(access.Expression) != typeName)
                    {
                        continue;
                    }

                    use = access;
                }
                else if (!IsInsideType(name, typeName))
                {
                    continue;
                }

                // A TimeSpan field takes the place of the whole factory call: its target is where the time span goes.
                if (LiteralSubject.Target(use) is { } target)
                {
                    var (useType, useMember) = LiteralSubject.JobOf(use);
                    targets.Add((constant.Factory is null ? target : target + "/" + constant.Factory, useType, useMember));
                }
            }
        }

        return targets.ToArray();
    }

    /// <summary><c>Shop.Billing.Fees+Stripe`1</c> -> <c>Stripe</c>: the name a use writes before the constant.</summary>
    private static string SimpleTypeName(string metadataName)
    {
        var start = Math.Max(metadataName.LastIndexOf('.'), metadataName.LastIndexOf('+')) + 1;
        var arity = metadataName.IndexOf('`', start);
        return arity < 0 ? metadataName.Substring(start) : metadataName.Substring(start, arity - start);
    }

    private static bool IsInsideType(SyntaxNode node, string typeName)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseTypeDeclarationSyntax type && type.Identifier.ValueText == typeName)
            {
                return true;
            }
        }

        return false;
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
    private readonly BuiltOnce<CompilationLiteralIndex> index;

    public LazyLiteralIndex(Compilation compilation, AnalyzerOptions options)
    {
        var trees = new List<SyntaxTree>(compilation.SyntaxTrees).ToArray();
        Array.Sort(trees, (a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));
        index = new BuiltOnce<CompilationLiteralIndex>(cancellationToken => CompilationLiteralIndex.Build(trees, options, cancellationToken));
    }

    public CompilationLiteralIndex Get(CancellationToken cancellationToken) => index.Get(cancellationToken);
}
