using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// The configuration set-up of a provider in the .NET provider model (<c>System.Configuration.Provider.ProviderBase</c>:
/// membership, role, site-map and a project's own providers). The framework hands each provider the attributes of its
/// <c>&lt;add&gt;</c> element in <c>Initialize(string name, NameValueCollection config)</c>; the documented pattern has every
/// provider default its name and description, pass both to <c>base.Initialize</c>, then read, default and remove each of
/// its own keys and throw for any key left over. Several rules read it: the keys are the framework's (AID202), and two
/// providers' set-ups are the pattern written out per provider, not logic to share (AID101).
/// </summary>
internal static class ProviderModel
{
    /// <summary>
    /// Whether <paramref name="method"/> is a provider's <c>override void Initialize(string name, NameValueCollection
    /// config)</c> that hands its collection to <c>base.Initialize(name, config)</c>; <paramref name="collection"/> is the
    /// name of its collection parameter. The override and the call to the base make it the framework's method rather than
    /// a project's own <c>Initialize</c> that happens to take a collection.
    /// </summary>
    public static bool IsProviderInitialize(MethodDeclarationSyntax method, out string collection)
    {
        collection = string.Empty;
        if (!string.Equals(method.Identifier.ValueText, "Initialize", StringComparison.Ordinal) || !method.Modifiers.Any(SyntaxKind.OverrideKeyword)
            || method.ParameterList.Parameters.Count != 2 || method.ParameterList.Parameters[1] is not { Type: { } type } parameter
            || !string.Equals(TypeName(type), "NameValueCollection", StringComparison.Ordinal))
        {
            return false;
        }

        collection = parameter.Identifier.ValueText;
        return HandsToBaseInitialize(method, collection);
    }

    /// <summary>Whether <paramref name="method"/> calls <c>base.Initialize(name, collection)</c>.</summary>
    private static bool HandsToBaseInitialize(MethodDeclarationSyntax method, string collection)
    {
        foreach (var node in method.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax, Name.Identifier.ValueText: "Initialize" }, ArgumentList.Arguments: { Count: 2 } arguments }
                && arguments[1].Expression is IdentifierNameSyntax passed && string.Equals(passed.Identifier.ValueText, collection, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? TypeName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        _ => null,
    };
}
