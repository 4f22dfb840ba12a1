using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// The members of the library's interpolated-string handlers (types marked <c>[InterpolatedStringHandler]</c>) that the
/// compiler calls for the tests' <c>$"..."</c> arguments (the <c>interpolated-string-handler</c> row): the handler's
/// constructor and, hole by hole, the <c>AppendLiteral</c> / <c>AppendFormatted</c> overload it picks. Syntax cannot say
/// which overload a hole takes (<c>{span,4}</c> and <c>{count,4}</c> look alike; the first binds
/// <c>AppendFormatted(ReadOnlySpan&lt;char&gt;, int)</c>, the second <c>AppendFormatted&lt;T&gt;(T, int, string?)</c>), so the
/// test files holding such a call are bound, once per compilation, beside the library's own trees, and the operation tree
/// names the exact members. The answer is a set of documentation IDs, which are the same in the library's compilation.
/// </summary>
internal static class CompilerCalls
{
    private const string HandlerAttributeName = "System.Runtime.CompilerServices.InterpolatedStringHandlerAttribute";

    /// <summary>Whether the type is an interpolated-string handler: the compiler, not written code, calls its members.</summary>
    public static bool IsInterpolatedStringHandler(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "InterpolatedStringHandlerAttribute" } attributeClass
                && attributeClass.ToDisplayString() == HandlerAttributeName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The documentation IDs of the handler members the compiler calls for the test sources. Only files that hand an
    /// interpolated string to a member of a name the library gives a method taking a handler are bound, and in them only
    /// those calls: a library without handlers, or tests without such calls, cost one walk of the library's members.
    /// </summary>
    public static ImmutableHashSet<string> Build(Compilation compilation, IReadOnlyList<SourceText> testTexts, Func<SourceText, TestFileReferences> referencesOf, CancellationToken cancellationToken)
    {
        var takers = new HashSet<string>(StringComparer.Ordinal);
        AddHandlerTakers(compilation.Assembly.GlobalNamespace, takers, cancellationToken);
        if (takers.Count == 0)
        {
            return ImmutableHashSet<string>.Empty;
        }

        ParseOptions? options = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            options = tree.Options;
            break;
        }

        var trees = new List<SyntaxTree>();
        foreach (var text in testTexts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Overlaps(referencesOf(text).InterpolatedCalls, takers))
            {
                trees.Add(CSharpSyntaxTree.ParseText(text, options as CSharpParseOptions, cancellationToken: cancellationToken));
            }
        }

        if (trees.Count == 0)
        {
            return ImmutableHashSet<string>.Empty;
        }

        // The test files join the library's trees in a compilation of their own: their calls bind to the library's
        // members (internal ones too, as InternalsVisibleTo would allow). What the test project references beyond the
        // library (xunit's Assert) does not bind, and does not need to: only the calls taking a handler are asked.
        var withTests = compilation.AddSyntaxTrees(trees);
        var called = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is not InterpolatedStringExpressionSyntax interpolated
                    || TestFileReferences.InterpolatedCallNameOf(interpolated) is not { } name || !takers.Contains(name))
                {
                    continue;
                }

                model ??= withTests.GetSemanticModel(tree);
                if (model.GetOperation(interpolated.Parent!, cancellationToken) is { } argument)
                {
                    AddHandlerCalls(argument, called);
                }
            }
        }

        return called.ToImmutable();
    }

    /// <summary>Adds the names of the library's methods and constructors (by their type's name) that take a handler.</summary>
    private static void AddHandlerTakers(INamespaceSymbol ns, HashSet<string> takers, CancellationToken cancellationToken)
    {
        foreach (var member in ns.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is INamespaceSymbol inner)
            {
                AddHandlerTakers(inner, takers, cancellationToken);
            }
            else if (member is INamedTypeSymbol type)
            {
                AddHandlerTakers(type, takers, cancellationToken);
            }
        }
    }

    private static void AddHandlerTakers(INamedTypeSymbol type, HashSet<string> takers, CancellationToken cancellationToken)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is INamedTypeSymbol nested)
            {
                AddHandlerTakers(nested, takers, cancellationToken);
                continue;
            }

            if (member is not IMethodSymbol method)
            {
                continue;
            }

            foreach (var parameter in method.Parameters)
            {
                if (parameter.Type is INamedTypeSymbol parameterType && IsInterpolatedStringHandler(parameterType))
                {
                    takers.Add(method.MethodKind == MethodKind.Constructor ? type.Name : method.Name);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Adds what the compiler calls to build each handler in an argument's operation tree: the constructor that creates
    /// it and the append calls, one per literal part and hole. Calls written inside a hole (<c>{Format(x)}</c>) are the
    /// test's own and are counted by the syntactic rows, not here.
    /// </summary>
    private static void AddHandlerCalls(IOperation argument, ImmutableHashSet<string>.Builder called)
    {
        foreach (var operation in argument.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IInterpolatedStringHandlerCreationOperation { HandlerCreation: IObjectCreationOperation { Constructor: { } constructor } }:
                    Add(constructor, called);
                    break;
                case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { TargetMethod: { } append } }:
                    Add(append, called);
                    break;
            }
        }
    }

    private static void Add(IMethodSymbol method, ImmutableHashSet<string>.Builder called)
    {
        if ((method.ReducedFrom ?? method).OriginalDefinition.GetDocumentationCommentId() is { } id)
        {
            called.Add(id);
        }
    }

    private static bool Overlaps(NameSet names, HashSet<string> takers)
    {
        foreach (var name in names)
        {
            if (takers.Contains(name))
            {
                return true;
            }
        }

        return false;
    }
}
