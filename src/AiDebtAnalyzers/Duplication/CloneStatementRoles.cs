using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.Duplication;

/// <summary>
/// The roles of statements and members that AID101 weighs differently: the one place the rule page's
/// "What counts" table and its tests enumerate.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>Repeated shape</term><description>A statement of a shape already seen in the block (the next table row,
/// guard, registration or property copy) counts no tokens toward the minimum size (<c>CloneIndex</c>).</description></item>
/// <item><term>Logging call</term><description>A statement that only logs (<see cref="IsLogging"/>) counts no tokens:
/// per-event log templates are not logic to share.</description></item>
/// <item><term>Assertion</term><description>A statement that only checks a test's outcome or scripts a mock
/// (<see cref="IsAssertion"/>) counts no tokens: expected values and canned answers are each test's own data.</description></item>
/// <item><term>Data</term><description>The tokens inside array, collection and object initializers and anonymous
/// objects (<see cref="DataTokens"/>) count nothing: a table of file names or bytes is each copy's data, not logic.</description></item>
/// <item><term>Migration</term><description>A group whose every copy lies in a migration (<see cref="IsScaffolded"/>):
/// an EF Core migration or model snapshot written by a tool, or a hand-written migration routine, which is history kept
/// verbatim once shipped. Not reported.</description></item>
/// <item><term>Branch of one dispatch</term><description>A group whose every copy is its own arm of one dispatch in one
/// member (<see cref="DispatchArms"/>): sections of one <c>switch</c>, arms of one <c>if</c>/<c>else if</c> chain, or
/// sibling <c>if</c> statements that are each a whole copy. Reported as a suggestion: the rows of one table, differing in
/// the values they test for, are often clearer apart.</description></item>
/// <item><term>Debug formatting</term><description>A group whose every copy lies in a member that formats the object
/// for reading (<see cref="IsDebugFormatting"/>) is not reported.</description></item>
/// </list>
/// </remarks>
internal static class CloneStatementRoles
{
    /// <summary>Members whose bodies spell an object out field by field for a reader, not logic to share.</summary>
    private static readonly string[] DebugFormattingMembers =
    {
        "ToString",
        "ToDebugString",
        "ToShortDebugString",
        "GetDebuggerDisplay",
        "DebuggerDisplay",
        "PrintMembers",
    };

    /// <summary>The expression an expression statement evaluates (a top-level one too), without its <c>await</c>.</summary>
    private static ExpressionSyntax? ExpressionOf(SyntaxNode? statement)
    {
        if (statement is GlobalStatementSyntax global)
        {
            statement = global.Statement;
        }

        if (statement is not ExpressionStatementSyntax { Expression: var expression })
        {
            return null;
        }

        return expression is AwaitExpressionSyntax awaited ? awaited.Expression : expression;
    }

    /// <summary>
    /// A statement that only writes a log line: an invocation (awaited or not) of a method whose name starts with
    /// <c>Log</c> (<c>LogInformation</c>, <c>Log</c>), or of any method on a receiver whose name says it is a logger
    /// (<c>_logger.Information</c>, <c>Log.Debug</c>, <c>logger?.Warn</c>).
    /// </summary>
    public static bool IsLogging(SyntaxNode? statement)
    {
        if (ExpressionOf(statement) is not { } expression)
        {
            return false;
        }

        if (expression is ConditionalAccessExpressionSyntax conditional)
        {
            return conditional.WhenNotNull is InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding }
                && (IsLoggingName(binding.Name.Identifier.ValueText) || IsLoggerName(LastName(conditional.Expression)));
        }

        if (expression is not InvocationExpressionSyntax invocation)
        {
            return false;
        }

        return invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => IsLoggingName(access.Name.Identifier.ValueText) || IsLoggerName(LastName(access.Expression)),
            SimpleNameSyntax name => IsLoggingName(name.Identifier.ValueText),
            _ => false,
        };
    }

    /// <summary>Receivers of assertion calls in the common test frameworks.</summary>
    private static readonly string[] AssertionReceivers =
    {
        "Assert",
        "ClassicAssert",
        "CollectionAssert",
        "StringAssert",
        "Assume",
    };

    /// <summary>Fluent assertions and the scripting of mocks (Moq, FakeItEasy, NSubstitute), which are a test's data.</summary>
    private static readonly string[] TestDoubleMethods =
    {
        "Should",
        "Verify",
        "Setup",
        "SetupGet",
        "SetupSequence",
        "Returns",
        "ReturnsAsync",
        "Throws",
        "ThrowsAsync",
        "MustHaveHappened",
        "Received",
    };

    /// <summary>The EF Core model snapshot base; migrations are recognized by name (<see cref="IsMigrationBase"/>).</summary>
    private const string ModelSnapshotBase = "ModelSnapshot";

    /// <summary>
    /// Whether a statement counts nothing toward a block's size: a log line (<see cref="IsLogging"/>) or an assertion
    /// (<see cref="IsAssertion"/>).
    /// </summary>
    public static bool IsWeightless(SyntaxNode? statement) => IsLogging(statement) || IsAssertion(statement);

    /// <summary>
    /// How many of a statement's tokens lie inside array, collection and object initializers (<c>new[] { "a.mkv",
    /// "b.mkv" }</c>, <c>new Options { Name = "x", Size = 3 }</c>) and anonymous objects (<c>new { Id = id, Name = name }</c>,
    /// the parameters of a query): data, not logic. Lambdas inside are logic and are not counted.
    /// </summary>
    public static int DataTokens(SyntaxNode? statement)
    {
        if (statement is null)
        {
            return 0;
        }

        var count = 0;
        foreach (var node in statement.DescendantNodes(n => !IsData(n)))
        {
            if (IsData(node))
            {
                foreach (var token in node.DescendantTokens(n => n is not AnonymousFunctionExpressionSyntax))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>An initializer, or the member list of an anonymous object (a parameter bag such as <c>new { Id = id }</c>).</summary>
    private static bool IsData(SyntaxNode node) => node is InitializerExpressionSyntax or AnonymousObjectMemberDeclaratorSyntax;

    /// <summary>
    /// A statement that only asserts or scripts a test double: <c>Assert.Equal(...)</c> (and the other framework
    /// assertion classes), a fluent <c>x.Should().Be(...)</c>, a mock's <c>Setup(...).Returns(...)</c> or <c>Verify(...)</c>.
    /// </summary>
    public static bool IsAssertion(SyntaxNode? statement)
    {
        if (ExpressionOf(statement) is not { } expression)
        {
            return false;
        }

        for (var current = expression; current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access };)
        {
            var name = access.Name.Identifier.ValueText;
            if (Array.IndexOf(TestDoubleMethods, name) >= 0
                || (access.Expression is IdentifierNameSyntax receiver && Array.IndexOf(AssertionReceivers, receiver.Identifier.ValueText) >= 0))
            {
                return true;
            }

            current = access.Expression;
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="node"/> lies in a migration: a class derived from EF Core's <c>Migration</c> or
    /// <c>ModelSnapshot</c>, or implementing a migration routine interface (<c>IMigrationRoutine</c>,
    /// <c>IAsyncMigrationRoutine</c>, FluentMigrator's <c>Migration</c>).
    /// </summary>
    public static bool IsScaffolded(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is ClassDeclarationSyntax { BaseList: { } bases })
            {
                foreach (var type in bases.Types)
                {
                    var name = type.Type switch
                    {
                        SimpleNameSyntax simple => simple.Identifier.ValueText,
                        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                        _ => null,
                    };

                    if (name is not null && IsMigrationBase(name))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary><c>Migration</c>, <c>IMigrationRoutine</c>, <c>IAsyncMigrationRoutine</c>, <c>ModelSnapshot</c>; not <c>TrackedMigrationStep</c>.</summary>
    private static bool IsMigrationBase(string name) =>
        name.EndsWith("Migration", StringComparison.Ordinal)
        || name.EndsWith("MigrationRoutine", StringComparison.Ordinal)
        || string.Equals(name, ModelSnapshotBase, StringComparison.Ordinal);

    /// <summary>
    /// The arms of dispatches that hold a copy, innermost first, each with its dispatch: the <c>switch</c> for a section,
    /// the statement list that holds the first <c>if</c> of an <c>else if</c> chain for its arms, and that list too for a
    /// copy that is one whole <c>if</c> statement (a run of sibling <c>if</c>s testing one value). The search stops at
    /// the member, lambda or local function that holds the copy.
    /// </summary>
    /// <param name="first">The copy's first statement.</param>
    /// <param name="single">Whether it is the copy's only statement.</param>
    /// <param name="arms">Receives the (dispatch, arm) pairs.</param>
    public static void DispatchArms(StatementSyntax first, bool single, List<(SyntaxNode Dispatch, SyntaxNode Arm)> arms)
    {
        if (single && first is IfStatementSyntax whole && ChainRoot(whole).Parent is { } list)
        {
            arms.Add((list, whole));
        }

        for (SyntaxNode? child = first, current = first.Parent; current is not null; child = current, current = current.Parent)
        {
            switch (current)
            {
                case SwitchSectionSyntax section:
                    arms.Add((section.Parent!, section));
                    break;
                case IfStatementSyntax branch when branch.Statement == child && ChainRoot(branch).Parent is { } chain:
                    arms.Add((chain, branch));
                    break;
                case ElseClauseSyntax arm when ChainRoot((IfStatementSyntax)arm.Parent!).Parent is { } chain:
                    arms.Add((chain, arm));
                    break;
                case MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return;
            }
        }
    }

    /// <summary>The first <c>if</c> of the <c>else if</c> chain <paramref name="branch"/> belongs to.</summary>
    private static IfStatementSyntax ChainRoot(IfStatementSyntax branch)
    {
        while (branch.Parent is ElseClauseSyntax { Parent: IfStatementSyntax outer })
        {
            branch = outer;
        }

        return branch;
    }

    /// <summary>Whether the member that holds <paramref name="node"/> formats its object for a reader.</summary>
    public static bool IsDebugFormatting(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            var name = current switch
            {
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                BaseTypeDeclarationSyntax => string.Empty,
                _ => null,
            };

            if (name is not null)
            {
                return Array.IndexOf(DebugFormattingMembers, name) >= 0;
            }
        }

        return false;
    }

    private static bool IsLoggingName(string name) =>
        name.StartsWith("Log", StringComparison.Ordinal) && (name.Length == 3 || char.IsUpper(name[3]));

    /// <summary><c>_logger</c>, <c>Logger</c>, <c>auditLogger</c>, <c>Log</c>, <c>_log</c>; not <c>catalog</c> or <c>dialog</c>.</summary>
    private static bool IsLoggerName(string? name)
    {
        if (name is null)
        {
            return false;
        }

        var trimmed = name.TrimStart('_');
        return trimmed.EndsWith("Logger", StringComparison.OrdinalIgnoreCase) || string.Equals(trimmed, "log", StringComparison.OrdinalIgnoreCase);
    }

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
