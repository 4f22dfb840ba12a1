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
/// Finds, by syntax alone, the local or parameter a simple name of a copy reads, so that
/// <see cref="CloneKindClassifier"/> can take its signature entry from the declaration instead of asking the semantic model
/// about the name: asking binds the innermost statement that holds the name (a whole loop for a name in its header),
/// while the declaration's symbol costs its type at most (a <c>var</c> local's initializer).
/// </summary>
/// <remarks>
/// A name is resolved only where the answer is provably the one binding gives:
/// <list type="bullet">
/// <item><description>nullable analysis is off in the whole member (it rebinds the member and may give locals other
/// symbols);</description></item>
/// <item><description>the name stands where only a value can (an argument, an operand, a condition, the receiver of a
/// member access; see <see cref="IsValuePosition"/>), never where a type, a member of another object (<c>a.x</c>,
/// object initializers, named arguments) or a label is looked up;</description></item>
/// <item><description>the member declares the name exactly once, as one of its own parameters, a local of a declaration
/// statement, a <c>for</c>, <c>using</c> or <c>fixed</c> declaration, a <c>foreach</c> variable or a <c>catch</c>
/// variable (any other declaration of that text in the member, such as a lambda parameter, a local function, a pattern or
/// <c>out</c> variable, a label or a type parameter, leaves the name to binding), and the name lies in that declaration's
/// scope; locals and parameters hide every member, type and namespace of that name outside the member.</description></item>
/// </list>
/// The entry from the declaration is then the entry binding gives (<see cref="CloneKindClassifier"/> also leaves the
/// receiver of a member access to binding where the variable's type has the variable's name, the "Color Color" case).
/// Everything else is bound as before; <c>CloneNameScopesTests</c> compares both on every name of planted members.
/// </remarks>
internal sealed class CloneNameScopes
{
    private readonly SyntaxNode member;
    private readonly Dictionary<string, SyntaxNode?> declarations;

    private CloneNameScopes(SyntaxNode member, Dictionary<string, SyntaxNode?> declarations)
    {
        this.member = member;
        this.declarations = declarations;
    }

    /// <summary>
    /// The scopes of the member that holds <paramref name="span"/>, or null where syntax cannot resolve its names: no
    /// member of a type declaration holds it, or nullable analysis may run over the member.
    /// </summary>
    public static CloneNameScopes? Of(SyntaxTree tree, TextSpan span, SemanticModel model, CancellationToken cancellationToken)
    {
        var member = tree.GetRoot(cancellationToken).FindToken(span.Start).Parent;
        while (member is not null && member.Parent is not TypeDeclarationSyntax)
        {
            member = member.Parent;
        }

        if (member is null || !IsNullableOff(model, member, cancellationToken))
        {
            return null;
        }

        // The declarations depend on the member's syntax alone, and the copies of a code base full of type variants lie
        // in the same members group after group (on MathNet.Numerics 1,382 copies classified lie in 930 members), so they
        // are kept with the member for as long as it lives.
        return ByMember.GetOrCompute(member, Compute, cancellationToken);
    }

    private static readonly ConditionalWeakTable<SyntaxNode, CloneNameScopes> ByMember = new();

    /// <summary>Whether a tree holds a <c>#nullable</c> directive anywhere: syntax alone, asked once per tree.</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, object> NullableDirectiveByTree = new();

    private static readonly object HasNullableDirective = new();
    private static readonly object HasNoNullableDirective = new();

    private static readonly Func<SyntaxNode, CancellationToken, CloneNameScopes> Compute = (member, cancellationToken) =>
    {
        // One walk over the member's declarations: every identifier token that declares something, by its text. A text
        // declared twice (or by a kind this class does not resolve) maps to null: binding decides there.
        var declaring = new List<SyntaxToken>();
        IdentifierWalk.DeclaringIdentifiers(member, declaring);
        cancellationToken.ThrowIfCancellationRequested();
        var declarations = new Dictionary<string, SyntaxNode?>(StringComparer.Ordinal);
        foreach (var token in declaring)
        {
            if (token.Parent is null || token.Parent == member)
            {
                continue;
            }

            var name = token.ValueText;
            declarations[name] = declarations.ContainsKey(name) ? null : ResolvableDeclaration(token.Parent, member);
        }

        return new CloneNameScopes(member, declarations);
    };

    /// <summary>
    /// The declaration (a <see cref="ParameterSyntax"/>, <see cref="VariableDeclaratorSyntax"/>,
    /// <see cref="ForEachStatementSyntax"/> or <see cref="CatchDeclarationSyntax"/>) the identifier reads, or null when
    /// only binding can tell what it reads.
    /// </summary>
    public SyntaxNode? DeclarationOf(SyntaxToken identifier)
    {
        if (identifier.Parent is not IdentifierNameSyntax name || name.IsVar || !IsValuePosition(name)
            || !declarations.TryGetValue(identifier.ValueText, out var declaration) || declaration is null)
        {
            return null;
        }

        var scope = ScopeOf(declaration);
        return scope is not null && scope.Span.Contains(name.Span) && member.Span.Contains(name.Span) ? declaration : null;
    }

    /// <summary>Whether the name is the receiver of a member access, where a variable whose type has its name reads as the type.</summary>
    public static bool IsReceiver(SyntaxToken identifier) => identifier.Parent is { Parent: MemberAccessExpressionSyntax access } name && access.Expression == name
        || identifier.Parent is { Parent: ConditionalAccessExpressionSyntax conditional } receiver && conditional.Expression == receiver;

    /// <summary>
    /// Whether nullable analysis is off in the whole member: off in the project, and either no <c>#nullable</c> directive in
    /// the file or none that turns it on where the member starts or inside it. A project that turns it on binds a whole
    /// member at its first name anyway, so nothing would be saved there.
    /// </summary>
    private static bool IsNullableOff(SemanticModel model, SyntaxNode member, CancellationToken cancellationToken)
    {
        if (model.Compilation.Options.NullableContextOptions != NullableContextOptions.Disable)
        {
            return false;
        }

        var tree = member.SyntaxTree;
        var directive = NullableDirectiveByTree.GetOrCompute(
            tree,
            (key, token) => key.GetRoot(token).GetFirstDirective(IsNullableDirective) is null ? HasNoNullableDirective : HasNullableDirective,
            cancellationToken);
        return directive == HasNoNullableDirective
            || ((model.GetNullableContext(member.SpanStart) & (NullableContext.AnnotationsEnabled | NullableContext.WarningsEnabled)) == 0
                && member.GetFirstDirective(IsNullableDirective) is null);
    }

    private static readonly Func<DirectiveTriviaSyntax, bool> IsNullableDirective = directive => directive.IsKind(SyntaxKind.NullableDirectiveTrivia);

    /// <summary>The declaring node of an identifier, if it is a kind this class resolves; otherwise null.</summary>
    private static SyntaxNode? ResolvableDeclaration(SyntaxNode declaring, SyntaxNode member) => declaring switch
    {
        ParameterSyntax { Parent.Parent: var owner } when owner == member => declaring,
        VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax or ForStatementSyntax or UsingStatementSyntax or FixedStatementSyntax } => declaring,
        ForEachStatementSyntax => declaring,
        CatchDeclarationSyntax => declaring,
        _ => null,
    };

    /// <summary>Where a resolved declaration is in scope; null for a place this class does not resolve.</summary>
    private static SyntaxNode? ScopeOf(SyntaxNode declaration) => declaration switch
    {
        ParameterSyntax parameter => parameter.Parent?.Parent,
        VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax statement } => statement.Parent switch
        {
            BlockSyntax block => block,

            // A local of a switch section is in scope in every section of the switch.
            SwitchSectionSyntax section => section.Parent,
            _ => null,
        },
        VariableDeclaratorSyntax { Parent.Parent: var statement } => statement,
        ForEachStatementSyntax loop => loop.Statement,
        CatchDeclarationSyntax { Parent: CatchClauseSyntax clause } => clause,
        _ => null,
    };

    /// <summary>
    /// Whether a simple name stands where C# looks up a value (a local, a parameter, a member of the enclosing type), never
    /// a type, a member of another object, a named argument or a label.
    /// </summary>
    internal static bool IsValuePosition(IdentifierNameSyntax name) => name.Parent switch
    {
        ArgumentSyntax argument => argument.Expression == name,
        BinaryExpressionSyntax binary => binary.Left == name || !binary.IsKind(SyntaxKind.IsExpression) && !binary.IsKind(SyntaxKind.AsExpression),
        AssignmentExpressionSyntax assignment => assignment.Right == name || assignment.Parent is not InitializerExpressionSyntax,
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or ConditionalExpressionSyntax or ParenthesizedExpressionSyntax
            or CheckedExpressionSyntax or RangeExpressionSyntax or ArrayRankSpecifierSyntax or ReturnStatementSyntax or YieldStatementSyntax
            or ThrowStatementSyntax or ThrowExpressionSyntax or AwaitExpressionSyntax => true,
        ElementAccessExpressionSyntax access => access.Expression == name,
        MemberAccessExpressionSyntax access => access.Expression == name,
        ConditionalAccessExpressionSyntax access => access.Expression == name,
        CastExpressionSyntax cast => cast.Expression == name,
        InterpolationSyntax interpolation => interpolation.Expression == name,
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax } => true,
        IfStatementSyntax statement => statement.Condition == name,
        WhileStatementSyntax statement => statement.Condition == name,
        DoStatementSyntax statement => statement.Condition == name,
        ForStatementSyntax statement => statement.Condition == name,
        SwitchStatementSyntax statement => statement.Expression == name,
        ForEachStatementSyntax statement => statement.Expression == name,
        LockStatementSyntax statement => statement.Expression == name,
        InitializerExpressionSyntax initializer => initializer.IsKind(SyntaxKind.ArrayInitializerExpression) || initializer.IsKind(SyntaxKind.CollectionInitializerExpression),
        _ => false,
    };
}
