using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// The <c>async-twin</c> row of docs/rules/AID301.md: a synchronous method <c>X</c> and its asynchronous flavour
/// <c>XAsync</c> written side by side, the same steps each (StackExchange.Redis' <c>ArraySet</c> builds the message
/// <c>ArraySetAsync</c> builds and hands it to <c>ExecuteSync</c> where the other calls <c>ExecuteAsync</c>). A test of
/// one flavour runs the logic of both; what only the untested flavour does is to call the other flavour of the same
/// operations, which must run in the tests too. Unlike <c>async-mirror</c>, neither flavour calls the other.
/// </summary>
internal static class AsyncTwins
{
    private const string AsyncSuffix = "Async";
    private const string SyncSuffix = "Sync";

    /// <summary>
    /// The member's twin of the other flavour (<c>X</c> for <c>XAsync</c>, <c>XAsync</c> for <c>X</c>), declared in the
    /// member's type or, for an interface, in an interface it derives from (<c>IDatabase.ArraySet</c> beside
    /// <c>IDatabaseAsync.ArraySetAsync</c>), or for a class, in a base class: the parameters alike in number, type, name
    /// and kind (a trailing <c>CancellationToken</c> of the async flavour aside), the answers <c>T</c> and
    /// <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c> (<c>void</c> and <c>Task</c> or <c>ValueTask</c>). Null when there is
    /// none, or when another overload of either name takes as many parameters: the tests are matched by name, so only a
    /// parameter count tells which overload of the tested flavour stands for this one (<c>ArrayInsert(key, value)</c> and
    /// <c>ArrayInsert(key, values)</c> are not told apart, and neither twin counts).
    /// </summary>
    public static IMethodSymbol? TwinOf(IMethodSymbol member)
    {
        if (member.MethodKind != MethodKind.Ordinary || member.IsGenericMethod || member.ContainingType is not { } type)
        {
            return null;
        }

        var isAsync = IsAsyncName(member.Name);
        var twinName = isAsync ? member.Name.Substring(0, member.Name.Length - AsyncSuffix.Length) : member.Name + AsyncSuffix;
        IMethodSymbol? twin = null;
        foreach (var candidateType in TypesToSearch(type))
        {
            foreach (var candidate in candidateType.GetMembers(twinName))
            {
                if (candidate is IMethodSymbol method && method.MethodKind == MethodKind.Ordinary && !method.IsGenericMethod
                    && (isAsync ? AreFlavours(method, member) : AreFlavours(member, method)))
                {
                    if (twin is not null)
                    {
                        return null;
                    }

                    twin = method;
                }
            }

            if (twin is not null)
            {
                break;
            }
        }

        return twin is not null && IsOnlyOverloadOfItsCount(member) && IsOnlyOverloadOfItsCount(twin) ? twin : null;
    }

    /// <summary>
    /// Whether the twins' bodies are the same steps (<see cref="SameSteps"/>): their own bodies, or for an interface or
    /// abstract member every implementation the library has of it beside the implementation of the twin on the same type
    /// (<c>RedisDatabase.ArraySet</c> beside <c>RedisDatabase.ArraySetAsync</c>, and the key-prefixing decorator's forwards
    /// <c>Inner.ArraySet(ToInner(key), ...)</c> beside <c>Inner.ArraySetAsync(ToInner(key), ...)</c>). Each name in which
    /// the untested flavour differs must resolve to another package's member, to a library member that code the tests run
    /// reaches (<paramref name="isRun"/>), or to the judged member itself (the decorator's call on what it wraps): the
    /// untested flavour's own calls are the only code it has of its own.
    /// </summary>
    public static bool HaveSameSteps(IMethodSymbol member, IMethodSymbol twin, IReadOnlyList<ISymbol> implementations, Func<ISymbol, bool> isRun, Compilation compilation, CancellationToken cancellationToken)
    {
        // Which flavour the member is, as TwinOf read it: not from an implementation's name, which an explicit
        // implementation prefixes with its interface, and not from a name that is the suffix alone (Async beside AsyncAsync).
        var memberIsAsync = IsAsyncName(member.Name);
        if (!member.IsAbstract)
        {
            return !twin.IsAbstract && SameStepsOf(member, twin, memberIsAsync, member, isRun, compilation, cancellationToken);
        }

        if (implementations.Count == 0)
        {
            return false;
        }

        foreach (var implementation in implementations)
        {
            if (implementation is not IMethodSymbol method || method.ContainingType is not { } implementingType
                || ImplementationOf(twin, implementingType) is not { } twinImplementation
                || !SameStepsOf(method, twinImplementation, memberIsAsync, member, isRun, compilation, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<INamedTypeSymbol> TypesToSearch(INamedTypeSymbol type)
    {
        yield return type;
        if (type.TypeKind == TypeKind.Interface)
        {
            foreach (var derived in type.AllInterfaces)
            {
                yield return derived;
            }

            yield break;
        }

        for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
        {
            yield return baseType;
        }
    }

    /// <summary>Whether no other method of the name in the method's type takes as many parameters.</summary>
    private static bool IsOnlyOverloadOfItsCount(IMethodSymbol method)
    {
        foreach (var other in method.ContainingType.GetMembers(method.Name))
        {
            if (other is IMethodSymbol overload && !SymbolEqualityComparer.Default.Equals(overload, method)
                && overload.Parameters.Length == method.Parameters.Length)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AreFlavours(IMethodSymbol sync, IMethodSymbol async)
    {
        if (sync.IsStatic != async.IsStatic || sync.ReturnsByRef || async.ReturnsByRef || !AnswersAlike(sync.ReturnType, async.ReturnType))
        {
            return false;
        }

        var count = async.Parameters.Length;
        while (count > sync.Parameters.Length && IsCancellationToken(async.Parameters[count - 1].Type))
        {
            count--;
        }

        if (count != sync.Parameters.Length)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var s = sync.Parameters[i];
            var a = async.Parameters[i];
            if (s.Name != a.Name || s.RefKind != a.RefKind || !SymbolEqualityComparer.Default.Equals(s.Type, a.Type))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnswersAlike(ITypeSymbol sync, ITypeSymbol async)
    {
        if (async is not INamedTypeSymbol { Name: "Task" or "ValueTask", ContainingNamespace: { Name: "Tasks" } } task)
        {
            return false;
        }

        return task.Arity == 0
            ? sync.SpecialType == SpecialType.System_Void
            : sync.SpecialType != SpecialType.System_Void && SymbolEqualityComparer.Default.Equals(task.TypeArguments[0], sync);
    }

    private static bool IsCancellationToken(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "CancellationToken", ContainingNamespace: { Name: "Threading" } };

    private static IMethodSymbol? ImplementationOf(IMethodSymbol contract, INamedTypeSymbol type)
    {
        if (contract.ContainingType.TypeKind == TypeKind.Interface)
        {
            return type.FindImplementationForInterfaceMember(contract) as IMethodSymbol;
        }

        for (var declaring = type; declaring is not null; declaring = declaring.BaseType)
        {
            foreach (var candidate in declaring.GetMembers(contract.Name))
            {
                for (var overridden = (candidate as IMethodSymbol)?.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
                {
                    if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, contract.OriginalDefinition))
                    {
                        return (IMethodSymbol)candidate;
                    }
                }
            }
        }

        return null;
    }

    private static bool SameStepsOf(IMethodSymbol first, IMethodSymbol second, bool firstIsAsync, IMethodSymbol judged, Func<ISymbol, bool> isRun, Compilation compilation, CancellationToken cancellationToken)
    {
        var sync = firstIsAsync ? second : first;
        var async = firstIsAsync ? first : second;
        if (BodyOf(sync, cancellationToken) is not { } syncBody || BodyOf(async, cancellationToken) is not { } asyncBody)
        {
            return false;
        }

        // The async flavour's extra CancellationToken parameters, which it may hand on where the sync one hands nothing.
        var extra = new HashSet<string>(StringComparer.Ordinal);
        for (var i = sync.Parameters.Length; i < async.Parameters.Length; i++)
        {
            extra.Add(async.Parameters[i].Name);
        }

        var differing = new List<SyntaxNode>();
        // The member the tests do not run is `first`: its side of each differing name must be run code.
        if (!SameSteps(syntaxSync: syncBody, syntaxAsync: asyncBody, extra, differing, untestedIsAsync: firstIsAsync))
        {
            return false;
        }

        foreach (var name in differing)
        {
            var model = compilation.GetSemanticModel(name.SyntaxTree);
            var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
            if (symbol is IMethodSymbol { ReducedFrom: { } extension })
            {
                symbol = extension;
            }

            // A decorator handing the call on to the instance it wraps (Inner.ArraySet(ToInner(key), ...)) calls the judged
            // member itself: its steps are those of the other implementations, judged beside it.
            if (symbol is null || (SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly) && !isRun(symbol)
                && !SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, judged.OriginalDefinition)))
            {
                return false;
            }
        }

        return true;
    }

    private static SyntaxNode? BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        return method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            MethodDeclarationSyntax { Body: { } body } => body,
            MethodDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
            _ => null,
        };
    }

    /// <summary>
    /// Whether two bodies are node for node the same steps, but for what makes one flavour of the other: an <c>await</c>
    /// (and <c>await using</c>, <c>await foreach</c>) and <c>.ConfigureAwait(...)</c> of the async flavour, a name with the
    /// suffix <c>Async</c> for one without it or with <c>Sync</c> (<c>ExecuteAsync</c> for <c>ExecuteSync</c>,
    /// <c>Inner.ArraySetAsync</c> for <c>Inner.ArraySet</c>), the async flavour's <c>CancellationToken</c> handed on as an
    /// argument more, and a value answered as a finished task (<c>Task.FromResult(0)</c>,
    /// <c>CompletedTask&lt;int&gt;.FromDefault(0, asyncState)</c> for <c>0</c>). The names that differ on the untested side
    /// are collected in <paramref name="differing"/>.
    /// </summary>
    private static bool SameSteps(SyntaxNode syntaxSync, SyntaxNode syntaxAsync, HashSet<string> extra, List<SyntaxNode> differing, bool untestedIsAsync)
    {
        var sync = Plain(syntaxSync);
        var async = Plain(syntaxAsync);
        if (async is InvocationExpressionSyntax wrapper && FinishedTaskValue(wrapper) is { } value
            && !(sync is InvocationExpressionSyntax syncCall && FinishedTaskValue(syncCall) is not null))
        {
            // The value itself may be a call (Array.Empty<RedisValue>() answered as CompletedTask<RedisValue[]>.FromDefault(...)).
            return SameSteps(sync, value, extra, differing, untestedIsAsync);
        }

        if (sync.RawKind != async.RawKind)
        {
            return false;
        }

        if (sync is ArgumentListSyntax syncArguments && async is ArgumentListSyntax asyncArguments)
        {
            var handed = new List<ArgumentSyntax>(asyncArguments.Arguments.Count);
            foreach (var argument in asyncArguments.Arguments)
            {
                if (!(argument.Expression is IdentifierNameSyntax token && extra.Contains(token.Identifier.ValueText)))
                {
                    handed.Add(argument);
                }
            }

            if (handed.Count != syncArguments.Arguments.Count)
            {
                return false;
            }

            for (var i = 0; i < handed.Count; i++)
            {
                if (!SameSteps(syncArguments.Arguments[i], handed[i], extra, differing, untestedIsAsync))
                {
                    return false;
                }
            }

            return true;
        }

        var syncChildren = Steps(sync);
        var asyncChildren = Steps(async);
        if (syncChildren.Count != asyncChildren.Count)
        {
            return false;
        }

        for (var i = 0; i < syncChildren.Count; i++)
        {
            var s = syncChildren[i];
            var a = asyncChildren[i];
            if (s.IsNode != a.IsNode)
            {
                return false;
            }

            if (s.IsNode)
            {
                if (!SameSteps(s.AsNode()!, a.AsNode()!, extra, differing, untestedIsAsync))
                {
                    return false;
                }

                continue;
            }

            var syncToken = s.AsToken();
            var asyncToken = a.AsToken();
            if (syncToken.RawKind != asyncToken.RawKind)
            {
                return false;
            }

            if (syncToken.ValueText == asyncToken.ValueText)
            {
                continue;
            }

            if (!syncToken.IsKind(SyntaxKind.IdentifierToken) || Operation(syncToken.ValueText) != Operation(asyncToken.ValueText)
                || (untestedIsAsync ? asyncToken.Parent : syncToken.Parent) is not SimpleNameSyntax name)
            {
                return false;
            }

            differing.Add(name);
        }

        return true;
    }

    /// <summary>The children of a node, the <c>await</c> keywords of <c>await using</c> and <c>await foreach</c> left out.</summary>
    private static List<SyntaxNodeOrToken> Steps(SyntaxNode node)
    {
        var steps = new List<SyntaxNodeOrToken>();
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (!child.IsKind(SyntaxKind.AwaitKeyword))
            {
                steps.Add(child);
            }
        }

        return steps;
    }

    /// <summary><c>await x</c>, <c>x.ConfigureAwait(...)</c> and parentheses as <c>x</c>.</summary>
    private static SyntaxNode Plain(SyntaxNode node)
    {
        while (true)
        {
            switch (node)
            {
                case AwaitExpressionSyntax awaited:
                    node = awaited.Expression;
                    continue;
                case ParenthesizedExpressionSyntax parenthesized:
                    node = parenthesized.Expression;
                    continue;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Expression: var configured }, ArgumentList.Arguments.Count: 1 }:
                    node = configured;
                    continue;
                default:
                    return node;
            }
        }
    }

    /// <summary>
    /// The value a finished task is made of: <c>Task.FromResult(v)</c>, <c>ValueTask.FromResult(v)</c> or a task type's
    /// <c>FromDefault(v, ...)</c> (StackExchange.Redis' <c>CompletedTask&lt;int&gt;.FromDefault(0, asyncState)</c>).
    /// </summary>
    private static ExpressionSyntax? FinishedTaskValue(InvocationExpressionSyntax invocation) =>
        invocation is { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FromResult" or "FromDefault", Expression: var taskType }, ArgumentList.Arguments.Count: > 0 }
        && TaskTypeName(taskType) is { } name && name.EndsWith("Task", StringComparison.Ordinal)
            ? invocation.ArgumentList.Arguments[0].Expression
            : null;

    private static string? TaskTypeName(ExpressionSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>Whether a method's name is that of the async flavour: the suffix <c>Async</c> after a name of its own.</summary>
    private static bool IsAsyncName(string name) => name.Length > AsyncSuffix.Length && name.EndsWith(AsyncSuffix, StringComparison.Ordinal);

    /// <summary>A name without the flavour's suffix: <c>ExecuteAsync</c> and <c>ExecuteSync</c> are both <c>Execute</c>.</summary>
    private static string Operation(string name)
    {
        if (name.Length > AsyncSuffix.Length && name.EndsWith(AsyncSuffix, StringComparison.Ordinal))
        {
            return name.Substring(0, name.Length - AsyncSuffix.Length);
        }

        return name.Length > SyncSuffix.Length && name.EndsWith(SyncSuffix, StringComparison.Ordinal)
            ? name.Substring(0, name.Length - SyncSuffix.Length)
            : name;
    }
}
