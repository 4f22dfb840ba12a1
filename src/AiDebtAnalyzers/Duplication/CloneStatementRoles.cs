using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

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
/// <item><term>Data</term><description>The tokens inside array, collection and object initializers, anonymous
/// objects and constant arguments (<see cref="DataTokens"/>) count nothing: a table of file names or bytes, or the names
/// a binding passes, is each copy's data, not logic.</description></item>
/// <item><term>Layout</term><description>Braces and semicolons count nothing (<see cref="Weigh"/>): a block of many small
/// statements is not bigger than one that does as much in fewer.</description></item>
/// <item><term>Declarative rule</term><description>A call chain that starts by selecting a member with a lambda
/// (<see cref="IsDeclarativeRule"/>: <c>RuleFor(c => c.Name)...</c>) counts no tokens: the rows of a validator or a model
/// configuration.</description></item>
/// <item><term>Guard clause</term><description>A block whose every statement is a guard clause or the lookup it checks
/// (<see cref="IsGuard"/>) counts nothing (<c>CloneIndex</c>); guards before other logic count in full.</description></item>
/// <item><term>Prologue</term><description>The statements a member opens with that all leave early or check an input
/// (<see cref="IsPrologue"/>), with any comparison and a reply or log line before the exit, count no tokens.</description></item>
/// <item><term>Designer code</term><description>A group whose every copy lies in a form's or control's parameterless
/// <c>void InitializeComponent()</c> (<see cref="IsScaffolded"/>), the method the Windows Forms designer writes and
/// rewrites, also where an older form keeps it in its own file instead of a <c>*.Designer.cs</c>. Not reported.</description></item>
/// <item><term>Migration</term><description>A group whose every copy lies in a migration's file (<see cref="IsScaffolded"/>):
/// an EF Core migration or model snapshot written by a tool, a FluentMigrator migration, a hand-written migration routine,
/// and the helper classes declared beside one, which are history kept verbatim once shipped. Not reported.</description></item>
/// <item><term>Scaffolded template</term><description>A group whose every copy lies in an ASP.NET Dynamic Data template's
/// code-behind (<see cref="IsScaffolded"/>): field, filter and entity templates and the page templates that serve any
/// table the route names, which Visual Studio writes once per kind, each over its own designer-declared controls. Not
/// reported.</description></item>
/// <item><term>Branch of one dispatch</term><description>A group whose every copy is its own arm of one dispatch in one
/// member (<see cref="DispatchArms"/>): sections of one <c>switch</c>, arms of one <c>if</c>/<c>else if</c> chain, or
/// sibling <c>if</c> statements that are each a whole copy, also inside a lambda or local function written in the arm.
/// Reported as a suggestion: the rows of one table, differing in the values they test for, are often clearer apart.
/// (Copies that differ in the constants of their own <c>case</c> labels and patterns, and copies that exchange two
/// values, are the <c>cases</c> and <c>mirrored</c> kinds of <see cref="CloneKindClassifier"/>.)</description></item>
/// <item><term>Statement shell</term><description>The copies of a values-only group that each spell the text of another
/// database statement (<see cref="CommandVerbsOf"/>: an <c>INSERT</c> beside an <c>UPDATE</c>; or one verb whose texts
/// differ in more than one word, <see cref="DifferBeyondOneWord"/>) are weighed without the
/// statement's shell (<see cref="CommandWorkTokens"/>: <c>using</c> headers, the command text, steps that pass no value);
/// below the minimum size they are the <c>statements</c> kind of <see cref="CloneKindClassifier"/>, a suggestion.</description></item>
/// <item><term>Debug formatting</term><description>A group whose every copy lies in a member that formats the object
/// for reading (<see cref="IsDebugFormatting"/>) is not reported.</description></item>
/// <item><term>Equality member</term><description>A group whose every copy lies in an <c>Equals</c>, <c>GetHashCode</c>,
/// <c>==</c> or <c>!=</c> member (<see cref="IsEqualityMember"/>) is not reported: each type compares its own fields.</description></item>
/// <item><term>Obsolete</term><description>A group whose copies all lie in <c>[Obsolete]</c> members or types
/// (<see cref="IsObsolete"/>) but one: the old version kept beside what replaces it. Reported as a suggestion.</description></item>
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
    /// (<c>_logger.Information</c>, <c>Log.Debug</c>, <c>logger?.Warn</c>), that receiver possibly the logger a call
    /// hands out (<c>this.Log().Info(...)</c>, <c>"chocolatey".Log().Warn(...)</c>,
    /// <c>LogManager.GetCurrentClassLogger().Info(...)</c>): the idiom of libraries that give every object a logger
    /// through an extension method, where a command's help text is a run of such calls.
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
                && (IsLoggingName(binding.Name.Identifier.ValueText) || IsLoggerName(ReceiverName(conditional.Expression)));
        }

        if (expression is not InvocationExpressionSyntax invocation)
        {
            return false;
        }

        return invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => IsLoggingName(access.Name.Identifier.ValueText) || IsLoggerName(ReceiverName(access.Expression)),
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
    /// How many of a statement's <paramref name="tokens"/> count toward a block's size: none for a log line
    /// (<see cref="IsLogging"/>), an assertion (<see cref="IsAssertion"/>), a declarative rule
    /// (<see cref="IsDeclarativeRule"/>) or a statement of a member's prologue (<see cref="IsPrologue"/>), and never the data inside it (<see cref="DataTokens"/>) nor its braces and
    /// semicolons (<see cref="LayoutTokens"/>).
    /// </summary>
    public static int Weigh(SyntaxNode? statement, int tokens)
    {
        if (IsLogging(statement) || IsAssertion(statement) || IsDeclarativeRule(statement))
        {
            return 0;
        }

        var (data, layout) = UncountedTokens(statement);
        return Math.Max(0, tokens - data - layout);
    }

    /// <summary>
    /// The braces and semicolons of a statement outside its data: they close and group statements, so a block of many
    /// small statements is not longer than a block that does as much in fewer.
    /// </summary>
    internal static int LayoutTokens(SyntaxNode? statement) => UncountedTokens(statement).Layout;

    /// <summary>
    /// A statement's <see cref="DataTokens"/> and <see cref="LayoutTokens"/>, in one walk of its tokens: the clone index
    /// weighs every statement of every match (11,146 on MathNet.Numerics), and walking each twice through Roslyn's
    /// iterators, with a filter that asks <see cref="IsData"/> of every node, was most of the weighing. Counted as
    /// <c>DescendantTokens</c> counts, missing tokens included: the data are the tokens of each node
    /// <see cref="IsData"/> accepts outside other data, without the lambdas inside it; the layout the braces and
    /// semicolons outside data (<c>CloneStatementRolesTests</c> holds it to those two definitions).
    /// </summary>
    internal static (int Data, int Layout) UncountedTokens(SyntaxNode? statement)
    {
        if (statement is null)
        {
            return (0, 0);
        }

        var data = 0;
        var layout = 0;
        var stack = WalkStack.Rent();
        stack[0] = statement.ChildNodesAndTokens().GetEnumerator();
        var depth = 1;
        var deepest = 1;

        // The depth of the frame that entered the outermost data node (its tokens and everything below are data), or 0.
        var dataDepth = 0;
        while (depth > 0)
        {
            ref var children = ref stack[depth - 1];
            if (!children.MoveNext())
            {
                depth--;
                if (depth < dataDepth)
                {
                    dataDepth = 0;
                }

                continue;
            }

            var child = children.Current;
            if (child.AsNode() is { } node)
            {
                if (node is IdentifierNameSyntax)
                {
                    // One identifier token: data inside data, never layout.
                    if (dataDepth > 0)
                    {
                        data++;
                    }

                    continue;
                }

                if (dataDepth > 0)
                {
                    if (node is AnonymousFunctionExpressionSyntax)
                    {
                        // A lambda inside data is logic: neither data nor layout.
                        continue;
                    }
                }
                else if (IsData(node))
                {
                    dataDepth = depth + 1;
                }

                WalkStack.Push(ref stack, ref depth, ref deepest, node);

                continue;
            }

            if (dataDepth > 0)
            {
                data++;
            }
            else if (child.IsKind(SyntaxKind.OpenBraceToken) || child.IsKind(SyntaxKind.CloseBraceToken) || child.IsKind(SyntaxKind.SemicolonToken))
            {
                layout++;
            }
        }

        WalkStack.Return(stack, deepest);
        return (data, layout);
    }

    /// <summary>Receivers of argument-check helpers (<c>Guard.Against.Null(x)</c>, <c>Ensure.That(x)</c>, <c>Requires.NotNull(x)</c>).</summary>
    private static readonly string[] GuardReceivers =
    {
        "Guard",
        "Ensure",
        "Requires",
    };

    /// <summary>
    /// A statement that only checks its inputs before the work starts: an <c>if</c> without <c>else</c> that leaves
    /// (<c>return</c>, <c>throw</c>, <c>break</c>, <c>continue</c>, <c>yield break</c>), possibly after a few plain calls
    /// such as <c>ModelState.AddModelError(...)</c>; an argument check (<c>ArgumentNullException.ThrowIfNull(x)</c>,
    /// <c>Guard.Against.Null(x)</c>, <c>Ensure.That(x)...</c>); a declaration that throws when a value is missing
    /// (<c>var user = await Find(id) ?? throw ...</c>); or the lookup the next statement guards (<c>var app = await
    /// GetApp(id);</c> before <c>if (app == null) return NotFound();</c>). A block made of these only is a prelude that
    /// each action spells for its own case, not logic to share; logic after the guards still counts.
    /// </summary>
    public static bool IsGuard(SyntaxNode? statement)
    {
        if (statement is GlobalStatementSyntax global)
        {
            statement = global.Statement;
        }

        if (IsPrologue(statement))
        {
            return true;
        }

        switch (statement)
        {
            case IfStatementSyntax branch:
                return IsGuardClause(branch, inPrologue: false);
            case LocalDeclarationStatementSyntax declaration:
                return IsThrowingDeclaration(declaration) || IsGuardedLookup(declaration, inPrologue: false);
            case ExpressionStatementSyntax:
                return IsArgumentCheck(ExpressionOf(statement));
            default:
                return false;
        }
    }

    /// <summary>
    /// A statement of the prologue a member opens with: it and every statement before it in the member's body check an
    /// input or leave early. Besides the guards of <see cref="IsGuard"/>, an <c>if</c> there may compare with a constant
    /// or test a type (<see cref="IsPrologueTest"/>: <c>access &lt; EAccess.Master</c>, <c>(bots == null) || (bots.Count
    /// == 0)</c>, <c>!uint.TryParse(text, out var id) || (id == 0)</c>) and reply, log or format a message before it
    /// leaves; an <c>if</c> that throws an argument exception may test anything (<see cref="IsArgumentThrow"/>); a
    /// lookup it checks must not filter with a lambda. A command handler or an action spells this out for its own
    /// arguments and access levels, once per entry point. A body of checks only has no prologue (the checks are its
    /// work), nor do top-level statements.
    /// </summary>
    public static bool IsPrologue(SyntaxNode? statement)
    {
        if (statement is not StatementSyntax { Parent: BlockSyntax { Parent: var owner, Statements: var siblings } }
            || owner is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax))
        {
            return false;
        }

        // The statement lies in the prologue when it and everything before it check and leave, and the body goes on
        // after the checks: a member made of checks only (a validation method) does that as its own work.
        var reached = false;
        foreach (var sibling in siblings)
        {
            if (!IsPrologueStatement(sibling))
            {
                return reached;
            }

            reached |= sibling == statement;
        }

        return false;
    }

    private static bool IsPrologueStatement(StatementSyntax statement) => statement switch
    {
        IfStatementSyntax branch => IsGuardClause(branch, inPrologue: true) || IsArgumentThrow(branch),
        LocalDeclarationStatementSyntax declaration => IsThrowingDeclaration(declaration) || (IsGuardedLookup(declaration, inPrologue: true) && !HasLambda(declaration)),
        ExpressionStatementSyntax => IsArgumentCheck(ExpressionOf(statement)),
        _ => false,
    };

    /// <summary>
    /// A test a prologue may make before it leaves: a simple test (<see cref="IsSimpleTest"/>), an awaited one, a
    /// comparison with a constant (<c>bots.Count == 0</c>, <c>access &lt; EAccess.Master</c>), a type test
    /// (<c>sender is not Button button</c>), or an <c>||</c> of those. Two values compared with each other, an
    /// <c>&amp;&amp;</c>, a lambda or a property pattern is a decision of the member's own logic.
    /// </summary>
    private static bool IsPrologueTest(ExpressionSyntax condition)
    {
        while (condition is ParenthesizedExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } or AwaitExpressionSyntax)
        {
            condition = condition switch
            {
                ParenthesizedExpressionSyntax parenthesized => parenthesized.Expression,
                AwaitExpressionSyntax awaited => awaited.Expression,
                _ => ((PrefixUnaryExpressionSyntax)condition).Operand,
            };
        }

        switch (condition)
        {
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } either:
                return IsPrologueTest(either.Left) && IsPrologueTest(either.Right);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression or (int)SyntaxKind.LessThanExpression
                or (int)SyntaxKind.LessThanOrEqualExpression or (int)SyntaxKind.GreaterThanExpression or (int)SyntaxKind.GreaterThanOrEqualExpression } comparison:
                return (IsComparand(comparison.Left) || IsComparand(comparison.Right)) && !HasLambda(comparison);
            case IsPatternExpressionSyntax { Pattern: var pattern }:
                return pattern is DeclarationPatternSyntax or TypePatternSyntax or ConstantPatternSyntax
                    or UnaryPatternSyntax { Pattern: DeclarationPatternSyntax or TypePatternSyntax or ConstantPatternSyntax };
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.IsExpression }:
                return true;
            default:
                return IsSimpleTest(condition) && !HasLambda(condition);
        }
    }

    /// <summary>A literal, <c>default</c>, or a member of a type by its qualified name (<c>EAccess.Master</c>, <c>int.MaxValue</c>).</summary>
    private static bool IsComparand(ExpressionSyntax operand) => operand switch
    {
        LiteralExpressionSyntax or DefaultExpressionSyntax => true,
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax } => true,
        MemberAccessExpressionSyntax { Expression: PredefinedTypeSyntax } => true,
        MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } => receiver.Identifier.ValueText.Length > 0 && char.IsUpper(receiver.Identifier.ValueText[0]),
        _ => false,
    };

    private static bool HasLambda(SyntaxNode node)
    {
        foreach (var descendant in node.DescendantNodes())
        {
            if (descendant is AnonymousFunctionExpressionSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An <c>if</c> that throws an argument exception (<c>ArgumentOutOfRangeException</c>,
    /// <c>InvalidEnumArgumentException</c>) whatever it tests: it checks an input.
    /// </summary>
    private static bool IsArgumentThrow(IfStatementSyntax branch)
    {
        var exit = branch.Statement is BlockSyntax { Statements: { Count: 1 } statements } ? statements[0] : branch.Statement;
        var type = exit is ThrowStatementSyntax { Expression: ObjectCreationExpressionSyntax { Type: var created } } ? created : null;
        var name = type switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
        return branch.Else is null && name is not null && name.EndsWith("Exception", StringComparison.Ordinal) && name.IndexOf("Argument", StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// An <c>if</c> without <c>else</c> that tests one simple fact (<see cref="IsSimpleTest"/>; in a prologue, any
    /// <see cref="IsPrologueTest"/>) and leaves, possibly after a few plain statements (an error added to the model
    /// state, a log line, a reply).
    /// </summary>
    private static bool IsGuardClause(IfStatementSyntax branch, bool inPrologue)
    {
        if (branch.Else is not null || !(inPrologue ? IsPrologueTest(branch.Condition) : IsSimpleTest(branch.Condition)))
        {
            return false;
        }

        if (branch.Statement is not BlockSyntax block)
        {
            return IsExit(branch.Statement);
        }

        var statements = block.Statements;
        if (statements.Count == 0 || !IsExit(statements[statements.Count - 1]))
        {
            return false;
        }

        for (var i = 0; i < statements.Count - 1; i++)
        {
            if (statements[i] is not ExpressionStatementSyntax)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A test of one fact, or an <c>||</c> of such tests: a null test (<c>app == null</c>, <c>form?.Config is null</c>),
    /// a flag (<c>!dir.Exists</c>, <c>!ModelState.IsValid</c>) or one check call (<c>IsInvalidRequest(id, out var
    /// result)</c>, <c>name.IsNullOrWhiteSpace()</c>). A condition that combines facts with <c>&amp;&amp;</c> or compares
    /// values is a decision of the block's own logic, not a guard, and counts.
    /// </summary>
    private static bool IsSimpleTest(ExpressionSyntax condition)
    {
        while (condition is ParenthesizedExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression })
        {
            condition = condition is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((PrefixUnaryExpressionSyntax)condition).Operand;
        }

        switch (condition)
        {
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } either:
                return IsSimpleTest(either.Left) && IsSimpleTest(either.Right);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression } comparison:
                return comparison.Right.IsKind(SyntaxKind.NullLiteralExpression) || comparison.Left.IsKind(SyntaxKind.NullLiteralExpression);
            case IsPatternExpressionSyntax { Pattern: var pattern }:
                return pattern is ConstantPatternSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } }
                    or UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } } };
            case IdentifierNameSyntax or MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax or InvocationExpressionSyntax:
                return true;
            default:
                return false;
        }
    }

    private static bool IsExit(StatementSyntax statement) =>
        statement is ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax
        || statement.IsKind(SyntaxKind.YieldBreakStatement);

    private static bool IsThrowingDeclaration(LocalDeclarationStatementSyntax declaration)
    {
        foreach (var variable in declaration.Declaration.Variables)
        {
            if (variable.Initializer?.Value is BinaryExpressionSyntax { Right: ThrowExpressionSyntax })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A declaration in a run of declarations that a guard clause right after the run checks (<c>var app = await
    /// GetApp(id); var settings = app.GetSettings();</c> before <c>if (settings == null) return NotFound();</c>): the
    /// values an action fetches before it checks them.
    /// </summary>
    private static bool IsGuardedLookup(LocalDeclarationStatementSyntax declaration, bool inPrologue)
    {
        if (declaration.Parent is not BlockSyntax { Statements: var siblings })
        {
            return false;
        }

        var index = siblings.IndexOf(declaration);
        var end = index;
        while (end + 1 < siblings.Count && siblings[end + 1] is LocalDeclarationStatementSyntax)
        {
            end++;
        }

        if (index < 0 || end + 1 >= siblings.Count || siblings[end + 1] is not IfStatementSyntax guard || !IsGuardClause(guard, inPrologue))
        {
            return false;
        }

        foreach (var token in guard.Condition.DescendantTokens())
        {
            for (var k = index; k <= end && token.IsKind(SyntaxKind.IdentifierToken); k++)
            {
                foreach (var variable in ((LocalDeclarationStatementSyntax)siblings[k]).Declaration.Variables)
                {
                    if (token.ValueText == variable.Identifier.ValueText)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsArgumentCheck(ExpressionSyntax? expression)
    {
        for (var current = expression; current is InvocationExpressionSyntax invocation;)
        {
            switch (invocation.Expression)
            {
                case MemberAccessExpressionSyntax access:
                    if (access.Name.Identifier.ValueText.StartsWith("ThrowIf", StringComparison.Ordinal)
                        || (access.Expression is IdentifierNameSyntax receiver && Array.IndexOf(GuardReceivers, receiver.Identifier.ValueText) >= 0))
                    {
                        return true;
                    }

                    current = access.Expression is MemberAccessExpressionSyntax { Expression: var inner } ? inner : access.Expression;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A statement that declares a rule about one member of a model: a call chain whose first call selects the member
    /// with a lambda (<c>RuleFor(c => c.BaseUrl).NotEmpty().WithMessage("...")</c> in a validator,
    /// <c>builder.Property(p => p.Name).HasMaxLength(50)</c> in a model configuration). Such statements are rows of a
    /// table that each type keeps for its own members, not logic to share.
    /// </summary>
    public static bool IsDeclarativeRule(SyntaxNode? statement)
    {
        var current = ExpressionOf(statement);
        InvocationExpressionSyntax? root = null;
        while (current is InvocationExpressionSyntax invocation)
        {
            root = invocation;
            current = invocation.Expression is MemberAccessExpressionSyntax access ? access.Expression : null;
        }

        return root is { ArgumentList.Arguments: { Count: > 0 } arguments }
            && arguments[0].Expression is SimpleLambdaExpressionSyntax { ExpressionBody: MemberAccessExpressionSyntax selected } lambda
            && IsPathFrom(selected, lambda.Parameter.Identifier.ValueText);
    }

    /// <summary><c>c.Name</c> or <c>c.Address.City</c> where <c>c</c> is the lambda's parameter.</summary>
    private static bool IsPathFrom(MemberAccessExpressionSyntax access, string parameter) => access.Expression switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText == parameter,
        MemberAccessExpressionSyntax inner => IsPathFrom(inner, parameter),
        _ => false,
    };

    /// <summary>
    /// How many of a statement's tokens lie inside array, collection and object initializers (<c>new[] { "a.mkv",
    /// "b.mkv" }</c>, <c>new Options { Name = "x", Size = 3 }</c>) and anonymous objects (<c>new { Id = id, Name = name }</c>,
    /// the parameters of a query): data, not logic. Lambdas inside are logic and are not counted.
    /// </summary>
    public static int DataTokens(SyntaxNode? statement) => UncountedTokens(statement).Data;

    /// <summary>
    /// An initializer, the member list of an anonymous object (a parameter bag such as <c>new { Id = id }</c>), or an
    /// argument that is a constant: a literal, a <c>nameof</c>, a <c>typeof</c>, or an interpolated string of those
    /// (the names a binding or a registration passes: <c>Bind("PART_Score", nameof(Game.Score))</c>).
    /// </summary>
    internal static bool IsData(SyntaxNode node) =>
        node is InitializerExpressionSyntax or AnonymousObjectMemberDeclaratorSyntax
        || (node is ArgumentSyntax { RefKindKeyword.RawKind: 0, NameColon: null } argument && IsConstant(argument.Expression));

    private static bool IsConstant(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax or TypeOfExpressionSyntax:
                return true;
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }:
                return true;
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolationSyntax { Expression: var hole } && !IsConstant(hole))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

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
    /// Whether <paramref name="node"/> lies in code a tool wrote or keeps as history: a migration's file (see
    /// <see cref="IsInMigrationFile"/>), or an ASP.NET Dynamic Data template (see <see cref="IsDynamicDataTemplate"/>).
    /// </summary>
    public static bool IsScaffolded(SyntaxNode node) => IsInDesignerMethod(node) || IsInMigrationFile(node) || IsDynamicDataTemplate(node);

    /// <summary>
    /// Whether <paramref name="node"/> lies in a form's or control's <c>InitializeComponent</c>: a parameterless
    /// <c>void</c> method of that name, which the Windows Forms designer writes (one statement per property of each
    /// control, its location, size and tab index) and rewrites on every save of the form. It normally sits in a
    /// <c>*.Designer.cs</c> file, which is never analyzed; older forms keep it in the form's own file, where it is no more
    /// the project's logic. A method of that name that takes parameters or returns a value is not the designer's.
    /// </summary>
    private static bool IsInDesignerMethod(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case MethodDeclarationSyntax method:
                    return string.Equals(method.Identifier.ValueText, "InitializeComponent", StringComparison.Ordinal)
                        && method.ParameterList.Parameters.Count == 0
                        && method.ReturnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The base classes of ASP.NET Dynamic Data's field, filter and entity templates.</summary>
    private static readonly string[] DynamicDataTemplateBases =
    {
        "FieldTemplateUserControl",
        "QueryableFilterUserControl",
        "EntityTemplateUserControl",
    };

    /// <summary>
    /// Whether <paramref name="node"/> lies in the code-behind of an ASP.NET Dynamic Data template, which Visual Studio
    /// scaffolds once per kind of field, filter, entity and page, each over its own designer-declared controls: a class
    /// derived from <c>FieldTemplateUserControl</c>, <c>QueryableFilterUserControl</c> or <c>EntityTemplateUserControl</c>,
    /// or a page that serves whatever table the route names (<c>DynamicDataRouteHandler.GetRequestMetaTable</c>: the
    /// List, Details, Edit and Insert page templates). A project's own pages and controls are not templates.
    /// </summary>
    private static bool IsDynamicDataTemplate(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is not ClassDeclarationSyntax { BaseList: { } bases } type)
            {
                continue;
            }

            var isPage = false;
            foreach (var baseType in bases.Types)
            {
                var name = RightmostName(baseType.Type);
                if (name is not null && Array.IndexOf(DynamicDataTemplateBases, name) >= 0)
                {
                    return true;
                }

                isPage |= string.Equals(name, "Page", StringComparison.Ordinal);
            }

            // Only a Web Forms page is walked for the route lookup, so other classes cost one look at their base list.
            return isPage && ReadsTableFromRoute(type);
        }

        return false;
    }

    /// <summary>The name a base type is written with, without its namespace or alias (<c>Migration</c> for
    /// <c>Microsoft.EntityFrameworkCore.Migrations.Migration</c>).</summary>
    private static string? RightmostName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    private static bool ReadsTableFromRoute(ClassDeclarationSyntax page)
    {
        foreach (var descendant in page.DescendantNodes())
        {
            if (descendant is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                && string.Equals(access.Name.Identifier.ValueText, "GetRequestMetaTable", StringComparison.Ordinal)
                && string.Equals(LastName(access.Expression), "DynamicDataRouteHandler", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="node"/> lies in a migration's file: a file that declares a class derived from EF Core's
    /// <c>Migration</c> or <c>ModelSnapshot</c>, from FluentMigrator's <c>Migration</c> or a project's own migration base
    /// (<c>NzbDroneMigrationBase</c>), or implementing a migration routine interface (<c>IMigrationRoutine</c>,
    /// <c>IAsyncMigrationRoutine</c>). The helper classes a migration declares beside itself (the frozen shape of a
    /// table it converts) are as much history as the migration.
    /// </summary>
    private static bool IsInMigrationFile(SyntaxNode node)
    {
        var root = node;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        // A property of the file: the group kinds ask it for every copy of every group, so once per tree is enough.
        return ReferenceEquals(MigrationFiles.GetOrCompute(root, static (top, _) => DeclaresMigration(top) ? Yes : No, CancellationToken.None), Yes);
    }

    private static readonly ConditionalWeakTable<SyntaxNode, object> MigrationFiles = new();
    private static readonly object Yes = new();
    private static readonly object No = new();

    private static bool DeclaresMigration(SyntaxNode root)
    {
        foreach (var declared in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or ClassDeclarationSyntax))
        {
            if (declared is ClassDeclarationSyntax { BaseList: { } bases })
            {
                foreach (var type in bases.Types)
                {
                    if (RightmostName(type.Type) is { } name && IsMigrationBase(name))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary><c>Migration</c>, <c>NzbDroneMigrationBase</c>, <c>IMigrationRoutine</c>, <c>IAsyncMigrationRoutine</c>,
    /// <c>ModelSnapshot</c>; not <c>TrackedMigrationStep</c> or <c>MigrationTest</c>.</summary>
    private static bool IsMigrationBase(string name) =>
        name.EndsWith("Migration", StringComparison.Ordinal)
        || name.EndsWith("MigrationBase", StringComparison.Ordinal)
        || name.EndsWith("MigrationRoutine", StringComparison.Ordinal)
        || string.Equals(name, ModelSnapshotBase, StringComparison.Ordinal);

    /// <summary>
    /// The arms of dispatches that hold a copy, innermost first, each with its dispatch: the <c>switch</c> for a section,
    /// the statement list that holds the first <c>if</c> of an <c>else if</c> chain for its arms, and that list too for a
    /// copy that is one whole <c>if</c> statement (a run of sibling <c>if</c>s testing one value). The search goes on
    /// through the lambdas and local functions that hold the copy, which are part of the member that holds them (a
    /// parse callback written out in two arms of one <c>switch</c> is still one arm each), and stops at that member.
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
                case MemberDeclarationSyntax:
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

    /// <summary>
    /// Whether the member that holds <paramref name="node"/> is part of its type's equality: an <c>Equals</c> method
    /// (of the type, or of a comparer), <c>GetHashCode</c>, or an <c>==</c> or <c>!=</c> operator. Those compare or hash
    /// each type's own fields one by one, usually as the IDE generated them, so two types' copies are parallel code over
    /// different fields, not logic to share.
    /// </summary>
    public static bool IsEqualityMember(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case MethodDeclarationSyntax method:
                    var name = method.Identifier.ValueText;
                    return string.Equals(name, "Equals", StringComparison.Ordinal) || string.Equals(name, "GetHashCode", StringComparison.Ordinal);
                case OperatorDeclarationSyntax @operator:
                    return @operator.OperatorToken.IsKind(SyntaxKind.EqualsEqualsToken) || @operator.OperatorToken.IsKind(SyntaxKind.ExclamationEqualsToken);
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
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

    /// <summary>
    /// Whether the node lies in a member or type marked <c>[Obsolete]</c> (<c>[System.Obsolete("Use Jobs endpoint")]</c>,
    /// <c>[ObsoleteAttribute]</c>): code kept for its callers until they move to what replaces it.
    /// </summary>
    public static bool IsObsolete(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is MemberDeclarationSyntax member)
            {
                foreach (var list in member.AttributeLists)
                {
                    foreach (var attribute in list.Attributes)
                    {
                        var name = attribute.Name switch
                        {
                            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                            SimpleNameSyntax simple => simple.Identifier.ValueText,
                            _ => null,
                        };

                        if (name is "Obsolete" or "ObsoleteAttribute")
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The words that open the text of a database statement (case ignored).</summary>
    private static readonly string[] CommandVerbs =
    {
        "SELECT",
        "INSERT",
        "UPDATE",
        "DELETE",
        "MERGE",
    };

    /// <summary>
    /// The verbs of the database statements whose text a copy spells, in order: the first word of each string literal
    /// or interpolated string in <paramref name="span"/> that opens with <c>SELECT</c>, <c>INSERT</c>, <c>UPDATE</c>,
    /// <c>DELETE</c> or <c>MERGE</c> (a literal that continues a concatenation, <c>" SELECT ..."</c> after
    /// <c>"INSERT ... "</c>, is part of the statement before it). Null when the copy spells none, the common case, which
    /// allocates nothing.
    /// </summary>
    public static List<string>? CommandVerbsOf(SyntaxNode root, TextSpan span)
    {
        List<string>? verbs = null;
        foreach (var node in root.DescendantNodes(span))
        {
            if (OpeningVerb(node, span) is { } verb)
            {
                (verbs ??= new List<string>()).Add(verb);
            }
        }

        return verbs;
    }

    /// <summary>
    /// The verb of the database statement <paramref name="node"/> opens inside <paramref name="span"/>: a string literal,
    /// or an interpolated string by its first text, that starts with a verb and is not the right side of a
    /// concatenation (the statement's text starts where its sum starts); null for any other node.
    /// </summary>
    private static string? OpeningVerb(SyntaxNode node, TextSpan span)
    {
        if (!span.Contains(node.Span) || node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum && sum.Right == node)
        {
            return null;
        }

        return node switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => VerbOf(literal.Token.ValueText),
            InterpolatedStringExpressionSyntax { Contents: var contents } when contents.Count > 0 && contents[0] is InterpolatedStringTextSyntax text
                => VerbOf(text.TextToken.ValueText),
            _ => null,
        };
    }

    /// <summary>
    /// The texts of the database statements a copy spells (the statements of <see cref="CommandVerbsOf"/>), each whole:
    /// the literal or interpolated string that opens with a verb together with every string it is concatenated with, an
    /// interpolation's holes as <c>{}</c>. Null when the copy spells none.
    /// </summary>
    public static List<string>? CommandTextsOf(SyntaxNode root, TextSpan span)
    {
        List<string>? texts = null;
        foreach (var node in root.DescendantNodes(span))
        {
            if (OpeningVerb(node, span) is null)
            {
                continue;
            }

            // The statement runs on through the strings it is concatenated with: the whole sum the opening string starts.
            var whole = node;
            while (whole.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } chain && chain.Left == whole)
            {
                whole = chain;
            }

            var text = new System.Text.StringBuilder();
            foreach (var part in whole.DescendantNodesAndSelf())
            {
                switch (part)
                {
                    case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                        text.Append(literal.Token.ValueText);
                        break;
                    case InterpolatedStringTextSyntax piece:
                        text.Append(piece.TextToken.ValueText);
                        break;
                    case InterpolationSyntax:
                        text.Append("{}");
                        break;
                }
            }

            (texts ??= new List<string>()).Add(text.ToString());
        }

        return texts;
    }

    /// <summary>
    /// Whether two copies' statement texts (<see cref="CommandTextsOf"/>) differ in more than one word: another number of
    /// statements, or a statement whose words (split at blanks and punctuation, an interpolation's hole part of its word)
    /// differ in two places or more or are another number. <c>DELETE FROM {}Blogs WHERE BlogId = {}BlogId</c> beside
    /// <c>DELETE FROM {}PostTag WHERE BlogId = {}BlogId</c> differ in one word, the table.
    /// </summary>
    public static bool DifferBeyondOneWord(List<string> first, List<string> other)
    {
        if (first.Count != other.Count)
        {
            return true;
        }

        for (var k = 0; k < first.Count; k++)
        {
            var a = WordsOf(first[k]);
            var b = WordsOf(other[k]);
            if (a.Count != b.Count)
            {
                return true;
            }

            var differences = 0;
            for (var w = 0; w < a.Count; w++)
            {
                if (!string.Equals(a[w], b[w], StringComparison.OrdinalIgnoreCase) && ++differences > 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<string> WordsOf(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '{' or '}' or '.' or '@' or '[' or ']');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text.Substring(start, i - start));
                start = -1;
            }
        }

        return words;
    }

    private static string? VerbOf(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        foreach (var verb in CommandVerbs)
        {
            var end = start + verb.Length;
            if (end <= text.Length && string.Compare(text, start, verb, 0, verb.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return verb;
            }
        }

        return null;
    }

    /// <summary>
    /// The tokens of a copy's own work once the shell of the database statement it runs is set aside: what a helper
    /// shared by copies that run different statements would hold. The <c>using</c> headers (the connection, the command),
    /// the braces of blocks and the statement that spells the command text are the shell; so is a step that passes no
    /// value (a call without arguments or a member read, stored or not: <c>cmd.ExecuteNonQuery()</c>,
    /// <c>var p = cmd.Parameters</c>, <c>parms.Clear()</c>). What is left (the values bound, the conditions tested, the
    /// calls made with arguments) is weighed as a block is (<see cref="Weigh"/>), each statement shape once.
    /// </summary>
    public static int CommandWorkTokens(SyntaxNode root, TextSpan span)
    {
        var shapes = new HashSet<long>();
        var total = 0;
        foreach (var node in root.DescendantNodes(span))
        {
            if (node is StatementSyntax statement && span.Contains(statement.Span)
                && !(statement.Parent is StatementSyntax parent && span.Contains(parent.Span)))
            {
                total += CommandWork(statement, shapes);
            }
        }

        return total;
    }

    private static int CommandWork(StatementSyntax statement, HashSet<long> shapes)
    {
        var total = 0;
        switch (statement)
        {
            case BlockSyntax block:
                foreach (var inner in block.Statements)
                {
                    total += CommandWork(inner, shapes);
                }

                return total;
            case UsingStatementSyntax @using:
                return CommandWork(@using.Statement, shapes);
            case IfStatementSyntax branch:
                total = Work(branch.Condition, shapes) + CommandWork(branch.Statement, shapes);
                return branch.Else is { } otherwise ? total + CommandWork(otherwise.Statement, shapes) : total;
            case WhileStatementSyntax loop:
                return Work(loop.Condition, shapes) + CommandWork(loop.Statement, shapes);
            case DoStatementSyntax loop:
                return Work(loop.Condition, shapes) + CommandWork(loop.Statement, shapes);
            case ForEachStatementSyntax loop:
                return Work(loop.Expression, shapes) + CommandWork(loop.Statement, shapes);
            case LockStatementSyntax @lock:
                return CommandWork(@lock.Statement, shapes);
            case TryStatementSyntax attempt:
                total = CommandWork(attempt.Block, shapes);
                foreach (var handler in attempt.Catches)
                {
                    total += CommandWork(handler.Block, shapes);
                }

                return attempt.Finally is { } @finally ? total + CommandWork(@finally.Block, shapes) : total;
            case LocalDeclarationStatementSyntax or ExpressionStatementSyntax or ReturnStatementSyntax:
                return IsCommandShell(statement) ? 0 : Work(statement, shapes);
            default:
                // Any other statement (a for loop, a switch, a local function) is work as a whole.
                return Work(statement, shapes);
        }
    }

    /// <summary>A statement that spells a command text, or a step that passes no value (see <see cref="CommandWorkTokens"/>).</summary>
    private static bool IsCommandShell(StatementSyntax statement)
    {
        ExpressionSyntax? value = statement switch
        {
            LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables } => variables[0].Initializer?.Value,
            ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment } => assignment.Right,
            ExpressionStatementSyntax expression => expression.Expression,
            ReturnStatementSyntax @return => @return.Expression,
            _ => null,
        };
        if (statement is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword })
        {
            return true;
        }

        if (value is null)
        {
            return false;
        }

        if (CommandVerbsOf(statement, statement.Span) is not null)
        {
            return true;
        }

        if (value is AwaitExpressionSyntax awaited)
        {
            value = awaited.Expression;
        }

        return value switch
        {
            InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax or SimpleNameSyntax } => true,
            MemberAccessExpressionSyntax access => IsNamePath(access),
            _ => false,
        };
    }

    private static bool IsNamePath(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax or ThisExpressionSyntax => true,
        MemberAccessExpressionSyntax access => IsNamePath(access.Expression),
        _ => false,
    };

    /// <summary>A node's weight (<see cref="Weigh"/>) when its shape (the kinds of its tokens) is new in the copy, else 0.</summary>
    private static int Work(SyntaxNode node, HashSet<long> shapes)
    {
        var shape = TreeCloneData.HashSeed;
        var tokens = 0;
        foreach (var token in node.DescendantTokens())
        {
            if (!token.IsMissing && !token.Span.IsEmpty)
            {
                shape = TreeCloneData.HashCombine(shape, token.RawKind);
                tokens++;
            }
        }

        return shapes.Add(shape) ? Weigh(node, tokens) : 0;
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

    /// <summary>
    /// The name a call's receiver goes by: its last name (<c>_logger</c>, <c>Log</c>), or for a receiver that is itself
    /// a call, the name of the method called (<c>this.Log()</c> and <c>Log()</c> are <c>Log</c>,
    /// <c>LogManager.GetLogger(typeof(T))</c> is <c>GetLogger</c>).
    /// </summary>
    private static string? ReceiverName(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax call ? LastName(call.Expression) : LastName(expression);

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
