using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Residue;

/// <summary>
/// AID502: a member whose body stands in for the real implementation: <c>// In a real application, you would ...</c>,
/// <c>// For now, we'll just return ...</c>, <c>// Simulate ...</c> over <c>Task.Delay</c>, <c>// TODO: implement</c> over a
/// constant return, or a lone <c>throw new NotImplementedException()</c> in an otherwise implemented type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlaceholderImplementationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Writing the real body: a fixed estimate, documented on the rule page.</summary>
    public const int DebtMinutes = 30;

    /// <summary>The diagnostic property that names why the body is a stand-in (see the rule page).</summary>
    public const string KindProperty = "aidebt.placeholderKind";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.PlaceholderImplementation,
        "Placeholder implementation",
        "{0} is a placeholder implementation: {1}",
        RuleCategories.Residue,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "AI assistants fill the parts they cannot write with stand-ins that compile: a comment saying what a real application would do, a simulated delay, a constant return under '// TODO: implement', a NotImplementedException. The build succeeds and the feature silently does nothing.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.PlaceholderImplementation));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is not the assistant's residue: generators emit stubs (partial methods, NotImplementedException) on purpose.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var compilation = start.Compilation;
            if (!AiDebtOptions.ResiduePlaceholderInTests.Read(start.Options, compilation) && ProjectKind.IsTestProject(compilation, start.Options))
            {
                return;
            }

            var symbols = new KnownSymbols(
                compilation.GetTypeByMetadataName("System.NotImplementedException"),
                compilation.GetTypeByMetadataName("System.Threading.Tasks.Task"),
                compilation.GetTypeByMetadataName("System.Threading.Thread"));
            var implementedTypes = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
            var contracts = new ContractOptOut(compilation.Assembly);
            start.RegisterSemanticModelAction(modelContext => AnalyzeModel(modelContext, symbols, implementedTypes, contracts));
        });
    }

    private static void AnalyzeModel(SemanticModelAnalysisContext context, KnownSymbols symbols, ConcurrentDictionary<INamedTypeSymbol, bool> implementedTypes, ContractOptOut contracts)
    {
        var model = context.SemanticModel;
        var tree = model.SyntaxTree;
        var cancellationToken = context.CancellationToken;
        var fileOptions = context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        var maxStatements = AiDebtOptions.ResiduePlaceholderMaxStatements.Read(fileOptions);
        var markers = AiDebtOptions.ResiduePlaceholderMarkers.Read(fileOptions);
        var root = tree.GetRoot(cancellationToken);
        var reported = new HashSet<SyntaxNode>();

        foreach (var comment in CommentIndex.Get(tree, cancellationToken).Comments)
        {
            // A comment that speaks for no member (a file's licence header, a comment between namespaces) or for one
            // already reported is passed over before its words are read: the phrase tables are the costly part, and
            // most comments of a code base stand where no member owns them.
            var trivia = comment.Trivia;
            var owner = FindOwner(trivia);
            if (owner is null || reported.Contains(owner))
            {
                continue;
            }

            // The team's own marker wins: it marks the member whatever its body holds, also where a built-in phrase
            // ("STUB: ...") would ask the body to be short.
            var kind = PlaceholderPhrases.StartsWithMarker(comment.Text, markers) ? PlaceholderKind.Marker : comment.Placeholder;

            if (kind == PlaceholderKind.None)
            {
                // What the comment says does not matter here (it may be in any language): where it stands does.
                // A TODO ("TODO: Wire this up to actual email sending") is the team's own note of the missing work,
                // which its task lists show; the stand-in is the comment that says nothing of the kind.
                if (!IsInsideBody(trivia, owner) || PlaceholderPhrases.IsTodo(comment.Text)
                    || !IsSilentDelivery(owner, ownerComment: comment.Text))
                {
                    continue;
                }

                kind = PlaceholderKind.SilentDelivery;
            }
            else if (!Qualifies(kind, owner, trivia, model, symbols, maxStatements, cancellationToken))
            {
                continue;
            }

            reported.Add(owner);
            Report(context, root, owner, kind, trivia);
        }

        var reportNotImplemented = symbols.NotImplementedException is not null && AiDebtOptions.ResidueReportNotImplemented.Read(fileOptions);
        foreach (var node in MemberCandidates(root))
        {
            // A sender with no comment that prints that it simulates the sending ("Simulando envío de correo a: ..."), or
            // that an e-mail, SMS or notification type sends by printing to the console.
            if (node is MethodDeclarationSyntax method && IsDeliveryName(method.Identifier.ValueText) && !reported.Contains(method)
                && ((IsSilentDelivery(method) && (PrintsSimulation(method) || (IsDeliveryType(method) && Prints(method) && !IsInLesson(method))))
                    || (IsSilentDelivery(method, constantResult: true) && PrintsSimulation(method))))
            {
                reported.Add(method);
                Report(context, root, method, PlaceholderKind.SilentDelivery, comment: null);
                continue;
            }

            if (!reportNotImplemented)
            {
                continue;
            }

            var creation = node switch
            {
                ThrowStatementSyntax { Expression: ObjectCreationExpressionSyntax statementCreation } => statementCreation,
                ThrowExpressionSyntax { Expression: ObjectCreationExpressionSyntax expressionCreation } => expressionCreation,
                _ => null,
            };

            if (creation is null || !NameEndsWith(creation.Type, "NotImplementedException"))
            {
                continue;
            }

            // A null object or test double (NoopMailService) throws for what it never expects to be asked.
            var owner = StubOwner(node);
            if (owner is null || reported.Contains(owner) || HasExplainingComment(owner) || IsTestDouble(owner)
                || !SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(creation, cancellationToken).Type, symbols.NotImplementedException))
            {
                continue;
            }

            if (model.GetDeclaredSymbol(owner, cancellationToken) is not { ContainingType: { } type } member
                || type.IsAbstract || type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
                || !implementedTypes.GetOrAdd(type, t => HasImplementedMember(t, cancellationToken))
                || contracts.IsOptOut(member, cancellationToken))
            {
                continue;
            }

            reported.Add(owner);
            Report(context, root, owner, PlaceholderKind.NotImplemented, comment: null);
        }
    }

    /// <summary>
    /// The nodes the pass without comments reads, in file order: every method declaration (a sender that only prints)
    /// and every <c>throw</c> that can be a member's whole body (see <see cref="StubOwner"/>). Both stand only in member
    /// lists, a method as a member and such a throw as the one statement of a member's or accessor's body or as its
    /// arrow's expression, so the walk enters namespaces, types and members, not the statements and expressions of every
    /// body: a tree's bodies hold most of its nodes, and none of them is either kind of candidate.
    /// </summary>
    internal static List<SyntaxNode> MemberCandidates(SyntaxNode root)
    {
        var candidates = new List<SyntaxNode>();
        switch (root)
        {
            case CompilationUnitSyntax unit:
                AddMemberCandidates(unit.Members, candidates);
                break;
            case MemberDeclarationSyntax member:
                AddMemberCandidates(member, candidates);
                break;
        }

        return candidates;
    }

    private static void AddMemberCandidates(SyntaxList<MemberDeclarationSyntax> members, List<SyntaxNode> candidates)
    {
        foreach (var member in members)
        {
            AddMemberCandidates(member, candidates);
        }
    }

    private static void AddMemberCandidates(MemberDeclarationSyntax member, List<SyntaxNode> candidates)
    {
        switch (member)
        {
            case BaseNamespaceDeclarationSyntax ns:
                AddMemberCandidates(ns.Members, candidates);
                break;
            case TypeDeclarationSyntax type:
                AddMemberCandidates(type.Members, candidates);
                break;
            case BaseMethodDeclarationSyntax method:
                if (method is MethodDeclarationSyntax)
                {
                    candidates.Add(method);
                }

                AddBodyCandidates(method.Body, method.ExpressionBody, candidates);
                break;
            case BasePropertyDeclarationSyntax property:
                // A property's or indexer's arrow comes after its accessors, if broken code has both.
                if (property.AccessorList is { } accessors)
                {
                    foreach (var accessor in accessors.Accessors)
                    {
                        AddBodyCandidates(accessor.Body, accessor.ExpressionBody, candidates);
                    }
                }

                AddBodyCandidates(null, property switch
                {
                    PropertyDeclarationSyntax withArrow => withArrow.ExpressionBody,
                    IndexerDeclarationSyntax withArrow => withArrow.ExpressionBody,
                    _ => null,
                }, candidates);
                break;
        }
    }

    private static void AddBodyCandidates(BlockSyntax? body, ArrowExpressionClauseSyntax? arrow, List<SyntaxNode> candidates)
    {
        if (body is { Statements: { Count: 1 } statements } && statements[0] is ThrowStatementSyntax statement)
        {
            candidates.Add(statement);
        }

        if (arrow?.Expression is ThrowExpressionSyntax expression)
        {
            candidates.Add(expression);
        }
    }

    /// <summary>The member, function or type a stand-in comment speaks for: the innermost one whose body holds it or that it precedes.</summary>
    private static SyntaxNode? FindOwner(SyntaxTrivia trivia)
    {
        for (var node = trivia.Token.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AnonymousFunctionExpressionSyntax function when function.Body.FullSpan.Contains(trivia.Span):
                case LocalFunctionStatementSyntax:
                case BaseMethodDeclarationSyntax:
                case AccessorDeclarationSyntax:
                case BasePropertyDeclarationSyntax:
                case BaseFieldDeclarationSyntax:
                case BaseTypeDeclarationSyntax:
                case GlobalStatementSyntax:
                    return node;
            }
        }

        return null;
    }

    private static bool Qualifies(PlaceholderKind kind, SyntaxNode owner, SyntaxTrivia comment, SemanticModel model, KnownSymbols symbols, int maxStatements, CancellationToken cancellationToken)
    {
        var hasBody = HasBody(owner);
        switch (kind)
        {
            case PlaceholderKind.Marker:
                return true;
            case PlaceholderKind.RealWorld:
                return !IsInErrorPath(comment, owner) && !StandsOverRealWork(comment, owner, model, symbols, cancellationToken);
            case PlaceholderKind.ForNow:
            case PlaceholderKind.Disclaimer:
                // In a long body the comment describes one step of real code, not a stand-in for the whole.
                return !hasBody || (!IsInErrorPath(comment, owner) && CountStatements(owner, maxStatements) <= maxStatements
                    && !StandsOverRealWork(comment, owner, model, symbols, cancellationToken));
            case PlaceholderKind.StandInData:
                // The data the comment calls made up is typed in below it, or the body returns only a constant ("Return
                // empty list, will use mock data"); a wait that claims an outcome qualifies as for "Simulate", and the
                // wording a disclaimer takes ("Mock data") as for a disclaimer.
                return FollowedByTypedInData(comment, owner)
                    || (hasBody && (IsStandInBody(owner) || SimulatesWork(owner, comment, model, symbols, maxStatements, cancellationToken)))
                    || (PlaceholderPhrases.IsDisclaimer(comment.ToString()) && Qualifies(PlaceholderKind.Disclaimer, owner, comment, model, symbols, maxStatements, cancellationToken));
            case PlaceholderKind.Simulation:
                // What the body does around the wait decides, not its length: see SimulatesWork.
                return hasBody && SimulatesWork(owner, comment, model, symbols, maxStatements, cancellationToken);
            case PlaceholderKind.TodoImplement:
                return hasBody && IsStandInBody(owner);
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether the comment stands in a <c>catch</c> clause of the owner: "In a real app, use a logger." over the print
    /// that reports a failed save speaks of the error handling, while the work the member is for is in the <c>try</c>.
    /// </summary>
    private static bool IsInErrorPath(SyntaxTrivia comment, SyntaxNode owner)
    {
        for (var node = comment.Token.Parent; node is not null && node != owner; node = node.Parent)
        {
            if (node is CatchClauseSyntax catchClause && catchClause.Block.FullSpan.Contains(comment.Span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasBody(SyntaxNode owner) => owner switch
    {
        BaseMethodDeclarationSyntax method => method.Body is not null || method.ExpressionBody is not null,
        AccessorDeclarationSyntax accessor => accessor.Body is not null || accessor.ExpressionBody is not null,
        LocalFunctionStatementSyntax local => local.Body is not null || local.ExpressionBody is not null,
        BasePropertyDeclarationSyntax property => property is PropertyDeclarationSyntax { ExpressionBody: not null } or IndexerDeclarationSyntax { ExpressionBody: not null }
            || (property.AccessorList is { } accessors && HasAccessorBody(accessors)),
        AnonymousFunctionExpressionSyntax => true,
        GlobalStatementSyntax => true,
        _ => false,
    };

    private static bool HasAccessorBody(AccessorListSyntax accessors)
    {
        foreach (var accessor in accessors.Accessors)
        {
            if (accessor.Body is not null || accessor.ExpressionBody is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Statements in the owner, nested ones included, blocks not; stops counting past <paramref name="limit"/>.</summary>
    private static int CountStatements(SyntaxNode owner, int limit)
    {
        var count = 0;
        foreach (var node in owner.DescendantNodes())
        {
            if (node is StatementSyntax and not BlockSyntax && ++count > limit)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>
    /// Whether the owner fakes its work. It waits for nothing (<c>Task.Delay</c>, <c>Thread.Sleep</c>, <c>Task.Yield</c>,
    /// <c>await Task.CompletedTask</c>) outside any loop or branch, and it then claims an outcome it never produced: a
    /// success text, a success call or flag (<c>Success = true</c>), <c>return true</c>, made-up data (an initializer of three or more literals or of
    /// nothing but literals, an anonymous object of three or more literals, <c>new Random()</c>),
    /// a TODO naming the real work, or (in a body of at most <c>placeholder_max_statements</c> statements that returns
    /// no value) nothing but logging and assignments besides the wait. It waits once: several waits pace the steps of
    /// a demonstration. A wait that paces real work
    /// (inside a loop, between real calls, around <c>yield return</c>) or sits on one branch (a mock mode beside the real
    /// call), and a type named as a test double (<c>Mock</c>, <c>Fake</c>, <c>Stub</c>, <c>Dummy</c>), are not stand-ins.
    /// </summary>
    private static bool SimulatesWork(SyntaxNode owner, SyntaxTrivia comment, SemanticModel model, KnownSymbols symbols, int maxStatements, CancellationToken cancellationToken)
    {
        if (IsTestDouble(owner))
        {
            return false;
        }

        var waits = 0;
        var timedWaits = 0;
        var claimsOutcome = false;
        var otherWork = false;
        var printed = false;
        var printedBeforeWait = false;
        var returnsTypedIn = false;
        foreach (var node in owner.DescendantNodes())
        {
            switch (node)
            {
                case YieldStatementSyntax:
                    return false;
                case InvocationExpressionSyntax invocation:
                    if (IsWait(invocation, model, symbols, cancellationToken))
                    {
                        if (IsPacedOrBranched(invocation, owner))
                        {
                            return false;
                        }

                        waits++;
                        timedWaits++;
                        break;
                    }

                    var name = InvokedName(invocation);
                    if (name.IndexOf("Success", StringComparison.Ordinal) >= 0 || name is "Ok" or "Succeeded")
                    {
                        claimsOutcome = true;
                    }
                    else if (IsConsoleWrite(invocation, name))
                    {
                        printed = true;
                        printedBeforeWait |= timedWaits == 0;
                    }
                    else if (!name.StartsWith("Log", StringComparison.Ordinal))
                    {
                        otherWork = true;
                    }

                    break;
                case AwaitExpressionSyntax { Expression: MemberAccessExpressionSyntax awaited }
                    when awaited.Name.Identifier.ValueText == "CompletedTask"
                        && model.GetSymbolInfo(awaited, cancellationToken).Symbol is IPropertySymbol property
                        && SymbolEqualityComparer.Default.Equals(property.ContainingType, symbols.Task):
                    waits++;
                    break;
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    claimsOutcome |= PlaceholderPhrases.ClaimsSuccess(literal.Token.ValueText);
                    break;
                case InterpolatedStringTextSyntax interpolatedText:
                    claimsOutcome |= PlaceholderPhrases.ClaimsSuccess(interpolatedText.TextToken.ValueText);
                    break;
                case ReturnStatementSyntax { Expression: LiteralExpressionSyntax returned } when returned.IsKind(SyntaxKind.TrueLiteralExpression):
                    claimsOutcome = true;
                    break;
                case ReturnStatementSyntax { Expression: LiteralExpressionSyntax returned }
                    when (returned.IsKind(SyntaxKind.StringLiteralExpression) && returned.Token.ValueText.Length > 0) || returned.IsKind(SyntaxKind.NumericLiteralExpression):
                    returnsTypedIn = true;
                    break;
                case ObjectCreationExpressionSyntax creation when NameEndsWith(creation.Type, "Random"):
                    claimsOutcome = true;
                    break;
                case InitializerExpressionSyntax initializer when IsTypedIn(initializer):
                    claimsOutcome = true;
                    break;
                case AnonymousObjectCreationExpressionSyntax anonymous when CountLiterals(anonymous) >= 3:
                    claimsOutcome = true;
                    break;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax flag, Right: LiteralExpressionSyntax value }
                    when value.IsKind(SyntaxKind.TrueLiteralExpression) && IsSuccessFlag(flag.Identifier.ValueText):
                    claimsOutcome = true;
                    break;
            }
        }

        // A stand-in fakes one call; several waits in a row pace the steps of a demonstration.
        if (waits != 1)
        {
            return false;
        }

        // Waiting and doing nothing else is a stand-in only in a short body that returns nothing; one that returns a value
        // ("return \"Hello from async\";") is a demonstration of waiting, and a long one does its work in statements.
        // Printing counts as doing nothing where no time passes (await Task.CompletedTask: an "async" e-mail service that
        // prints the message sends nothing) or where the wait stands in for a call the comment names and the print only
        // follows it (a sign-in that waits "for the API call" and prints what was typed); a delay between prints
        // ("Starting...", wait, "Done") or before a printed "completed" ("Simulate asynchronous work") is how lessons show waiting.
        var doesNothingElse = !otherWork
            && (!printed || timedWaits == 0 || (!printedBeforeWait && PlaceholderPhrases.NamesExternalCall(comment.ToString())));
        // Where no time passes (await Task.CompletedTask), a returned typed-in value ("https://picsum.photos/200" from an
        // upload) is the made-up result: a lesson that shows waiting waits (Task.Delay) before its "Hello from async".
        return claimsOutcome || NamesTheRealWork(owner) || (returnsTypedIn && timedWaits == 0 && !otherWork)
            || (doesNothingElse && !ReturnsValue(owner) && CountStatements(owner, maxStatements) <= maxStatements);
    }

    // Console.WriteLine / Console.Write, and Debug.WriteLine and Trace.WriteLine: output for a person, not work.
    private static bool IsConsoleWrite(InvocationExpressionSyntax invocation, string name) =>
        name.StartsWith("Write", StringComparison.Ordinal)
        && invocation.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Console" or "Debug" or "Trace" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Console" or "Debug" or "Trace" } };

    // new PaymentResult { Success = true, ... }: a result that says it worked.
    private static bool IsSuccessFlag(string name) =>
        name.IndexOf("Success", StringComparison.Ordinal) >= 0 || name is "Succeeded" or "IsSucceeded" or "Ok" or "IsOk";

    private static bool ReturnsValue(SyntaxNode owner)
    {
        foreach (var node in owner.DescendantNodes())
        {
            if (node is ReturnStatementSyntax { Expression: not null })
            {
                return true;
            }
        }

        return owner is BaseMethodDeclarationSyntax { ExpressionBody: not null } or LocalFunctionStatementSyntax { ExpressionBody: not null }
            or AnonymousFunctionExpressionSyntax { ExpressionBody: not null };
    }

    private static bool IsWait(InvocationExpressionSyntax invocation, SemanticModel model, KnownSymbols symbols, CancellationToken cancellationToken) =>
        invocation.Expression is MemberAccessExpressionSyntax access
        && access.Name.Identifier.ValueText is "Delay" or "Sleep" or "Yield"
        && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
        && (SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.Task) || SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.Thread));

    /// <summary>
    /// Whether a loop or a branch stands between the wait and the owner's body. A loop whose body holds nothing but the
    /// wait and log or print lines paces nothing: a worker that logs "checking the queue" and waits reads no queue.
    /// </summary>
    private static bool IsPacedOrBranched(SyntaxNode wait, SyntaxNode owner)
    {
        for (var node = wait.Parent; node is not null && node != owner; node = node.Parent)
        {
            switch (node)
            {
                case ForStatementSyntax or ForEachStatementSyntax or DoStatementSyntax or IfStatementSyntax or SwitchSectionSyntax:
                    return true;
                case WhileStatementSyntax loop when !PacesNothing(loop.Statement):
                    return true;
            }
        }

        return false;
    }

    private static bool PacesNothing(StatementSyntax loopBody)
    {
        if (loopBody is not BlockSyntax block)
        {
            return false;
        }

        var waited = false;
        foreach (var statement in block.Statements)
        {
            if (IsAwaitedWait(statement))
            {
                waited = true;
            }
            else if (!IsLogCall(statement) && !IsPrintCall(statement))
            {
                return false;
            }
        }

        return waited;
    }

    // await Task.Delay(5000, stoppingToken); Thread.Sleep(1000);
    private static bool IsAwaitedWait(StatementSyntax statement) =>
        statement is ExpressionStatementSyntax { Expression: var expression }
        && (expression is AwaitExpressionSyntax { Expression: var awaited } ? awaited : expression) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Task" or "Thread" }, Name.Identifier.ValueText: "Delay" or "Sleep" } };

    private static string InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => string.Empty,
    };

    // new { Id = "1", Nombre = "Pablo", Rol = "Admin" }: a row typed in, as an object initializer of literals is.
    private static int CountLiterals(AnonymousObjectCreationExpressionSyntax anonymous)
    {
        var count = 0;
        foreach (var member in anonymous.Initializers)
        {
            if (member.Expression is LiteralExpressionSyntax or PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax })
            {
                count++;
            }
        }

        return count;
    }

    // Three or more literals, or nothing but literals (two at least): { Temperature = "25°C", Condition = "Clear" }.
    private static bool IsTypedIn(InitializerExpressionSyntax initializer)
    {
        var literals = CountLiterals(initializer);
        return literals >= 3 || (literals >= 2 && literals == initializer.Expressions.Count);
    }

    private static int CountLiterals(InitializerExpressionSyntax initializer)
    {
        var count = 0;
        foreach (var expression in initializer.Expressions)
        {
            var value = expression is AssignmentExpressionSyntax assignment ? assignment.Right : expression;
            if (value is LiteralExpressionSyntax or PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax })
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the comment sits inside the owner's body rather than above its declaration.</summary>
    private static bool IsInsideBody(SyntaxTrivia comment, SyntaxNode owner) =>
        owner is not (BaseTypeDeclarationSyntax or BaseFieldDeclarationSyntax) && comment.SpanStart > owner.SpanStart;

    /// <summary>
    /// Whether the owner awaits a call that does real work: anything but a wait, a completed or constant task
    /// (<c>Task.Delay</c>, <c>Task.CompletedTask</c>, <c>Task.FromResult</c>) or a task started on the spot (<c>Task.Run</c>).
    /// </summary>
    private static bool AwaitsRealWork(SyntaxNode owner, SemanticModel model, KnownSymbols symbols, CancellationToken cancellationToken)
    {
        foreach (var node in owner.DescendantNodes())
        {
            if (node is not AwaitExpressionSyntax awaited)
            {
                continue;
            }

            var operand = awaited.Expression;
            if (operand is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } configure })
            {
                operand = configure.Expression;
            }

            if (operand is InvocationExpressionSyntax invocation && InvokedName(invocation) is not ("FromResult" or "Run" or "WhenAll" or "WhenAny")
                && !IsWait(invocation, model, symbols, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a comment inside a body that awaits real work stands over real steps: "In a real system, approvals would
    /// be gathered asynchronously" after awaiting the quorum service, over a check of what it returned; "For now, use
    /// default options" over options read from configuration for an engine that is then initialized. A stand-in shows
    /// itself beside the comment: a constant return, a <c>Task.Run</c>, a mock, fake, dummy, sample or simulated name,
    /// typed-in data, a text claiming success ("Email sent successfully"), a wait for nothing (<c>Task.Delay</c>), nothing at all (the comment ends the block or heads commented-out code), or a neighbouring comment
    /// that says so ("For now, we just poll", "we're simulating a successful login").
    /// </summary>
    private static bool StandsOverRealWork(SyntaxTrivia comment, SyntaxNode owner, SemanticModel model, KnownSymbols symbols, CancellationToken cancellationToken)
    {
        if (!IsInsideBody(comment, owner) || !AwaitsRealWork(owner, model, symbols, cancellationToken))
        {
            return false;
        }

        var statements = StatementsUnder(comment, owner);

        // "For now, returning the raw entity" over "return await _context.Segments.ToListAsync()": what is returned is
        // real work, whatever the comments beside it call it.
        foreach (var statement in statements)
        {
            if (statement is ReturnStatementSyntax { Expression: AwaitExpressionSyntax } && AwaitsRealWork(statement, model, symbols, cancellationToken))
            {
                return true;
            }
        }

        foreach (var neighbour in comment.Token.LeadingTrivia)
        {
            if (neighbour == comment || !(neighbour.IsKind(SyntaxKind.SingleLineCommentTrivia) || neighbour.IsKind(SyntaxKind.MultiLineCommentTrivia)))
            {
                continue;
            }

            var text = neighbour.ToString();
            if (PlaceholderPhrases.TellsOfStandIn(text) || IsCommentedOutCode(text))
            {
                return false;
            }
        }

        if (statements.Count == 0)
        {
            return false;
        }

        foreach (var statement in statements)
        {
            if (statement is ReturnStatementSyntax { Expression: var returned } && (returned is null || IsConstantOrDefault(returned)))
            {
                return false;
            }

            foreach (var node in statement.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case IdentifierNameSyntax identifier when PlaceholderPhrases.NamesStandIn(identifier.Identifier.ValueText):
                    case VariableDeclaratorSyntax variable when PlaceholderPhrases.NamesStandIn(variable.Identifier.ValueText):
                    case InvocationExpressionSyntax invocation when InvokedName(invocation) == "Run":
                    // "Mock AI compliance scoring - in production this would call actual AI services" over
                    // "await Task.Delay(100)": a wait for nothing stands in for the call.
                    case InvocationExpressionSyntax wait when IsWait(wait, model, symbols, cancellationToken):
                    case InitializerExpressionSyntax initializer when IsTypedIn(initializer):
                    case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && PlaceholderPhrases.ClaimsSuccess(literal.Token.ValueText):
                    case InterpolatedStringTextSyntax text when PlaceholderPhrases.ClaimsSuccess(text.TextToken.ValueText):
                        return false;
                }
            }
        }

        return true;
    }

    // "// var config = new NvmePassthroughConfig", "// {", "// };": the real code is there, commented out.
    private static bool IsCommentedOutCode(string commentText)
    {
        var body = CommentText.Body(commentText);
        return body.Length > 0 && body[body.Length - 1] is ';' or '{' or '}';
    }

    /// <summary>
    /// The statements a comment inside a block stands over: the one it precedes and the ones after it up to the next
    /// commented statement. Empty where the comment closes its block or stands outside a block.
    /// </summary>
    private static List<StatementSyntax> StatementsUnder(SyntaxTrivia comment, SyntaxNode owner)
    {
        var statements = new List<StatementSyntax>();
        var statement = comment.Token.Parent;
        while (statement is not null && statement != owner && statement is not StatementSyntax { Parent: BlockSyntax })
        {
            statement = statement.Parent;
        }

        if (statement is not StatementSyntax { Parent: BlockSyntax block } first)
        {
            return statements;
        }

        var started = false;
        foreach (var next in block.Statements)
        {
            if (next == first)
            {
                started = true;
            }
            else if (!started)
            {
                continue;
            }
            else if (HasLeadingComment(next))
            {
                break;
            }

            statements.Add(next);
        }

        return statements;
    }

    /// <summary>
    /// Whether values typed into the code follow the comment: the statement it stands over and the ones after it up to
    /// the next commented statement (a member or field the comment stands over is read whole). Typed in: an initializer
    /// of literals (see <see cref="IsTypedIn(InitializerExpressionSyntax)"/>), an anonymous object of three or more
    /// literals, a collection expression of two or more literals and nothing else.
    /// </summary>
    private static bool FollowedByTypedInData(SyntaxTrivia comment, SyntaxNode owner)
    {
        if (!IsInsideBody(comment, owner))
        {
            return HoldsTypedInData(owner);
        }

        foreach (var statement in StatementsUnder(comment, owner))
        {
            if (HoldsTypedInData(statement))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsTypedInData(SyntaxNode node)
    {
        foreach (var descendant in node.DescendantNodes())
        {
            switch (descendant)
            {
                case InitializerExpressionSyntax initializer when IsTypedIn(initializer) || IsTypedInRows(initializer):
                case AnonymousObjectCreationExpressionSyntax anonymous when CountLiterals(anonymous) >= 3:
                case CollectionExpressionSyntax collection when IsTypedIn(collection):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rows typed in: a collection of two or more objects, each initialized with two or more literals
    /// (<c>new WeatherForecast { Date = DateTime.Now, TemperatureC = 25, Summary = "Sunny" }</c>, twice). One row of
    /// them is not made-up data on its own, the list of them under a comment that calls it sample data is.
    /// </summary>
    private static bool IsTypedInRows(InitializerExpressionSyntax initializer)
    {
        if (initializer.Expressions.Count < 2 || !(initializer.IsKind(SyntaxKind.CollectionInitializerExpression) || initializer.IsKind(SyntaxKind.ArrayInitializerExpression)))
        {
            return false;
        }

        foreach (var element in initializer.Expressions)
        {
            if (element is not BaseObjectCreationExpressionSyntax { Initializer: { } row } || CountLiterals(row) < 2)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTypedIn(CollectionExpressionSyntax collection)
    {
        foreach (var element in collection.Elements)
        {
            if (element is not ExpressionElementSyntax { Expression: LiteralExpressionSyntax })
            {
                return false;
            }
        }

        return collection.Elements.Count >= 2;
    }

    private static bool HasLeadingComment(SyntaxNode statement)
    {
        foreach (var trivia in statement.GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A method named for sending (<c>Send...</c>, <c>Enviar...</c>, <c>Notify...</c>: see <see cref="IsDeliveryName"/>)
    /// whose body holds a comment and otherwise only prints, logs and completes (nothing, or <c>Task.CompletedTask</c>,
    /// returned: the caller learns nothing of the sending that did not happen): the comment,
    /// in whatever language, stands where the sending should be ("Тук няма реално изпращане", "Lógica para enviar
    /// correo"). A type named as a test double or a null object (<c>NullEmailSender</c>, <c>NoOpSender</c>,
    /// <c>ConsoleEmailSender</c>) does this on purpose, and an empty body says nothing.
    /// </summary>
    private static bool IsSilentDelivery(SyntaxNode owner, bool constantResult = false, string? ownerComment = null)
    {
        if (owner is not MethodDeclarationSyntax { Body: { Statements.Count: > 0 } body } method || !IsDeliveryName(method.Identifier.ValueText)
            || IsTestDouble(owner))
        {
            return false;
        }

        var tells = false;
        foreach (var statement in body.Statements)
        {
            switch (statement)
            {
                case ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation }
                    when IsLogCall(statement) || IsConsoleWrite(invocation, InvokedName(invocation)):
                case ExpressionStatementSyntax when IsPrintOnTaskRun(statement):
                    tells = true;
                    continue;
                case ExpressionStatementSyntax when IsAwaitOfCompletedTask(statement):
                case ReturnStatementSyntax { Expression: null or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CompletedTask" } }:
                    continue;
                // A sender that prints that it is a stand-in ("Mock SMS to ...") and then reports a made-up outcome
                // (Task.FromResult(true)) sends no more than one that completes.
                case ReturnStatementSyntax { Expression: { } returned } when constantResult && IsConstantOrDefault(returned):
                    continue;
                default:
                    return false;
            }
        }

        // A comment and a completed task, and nothing told to anyone, is the shape of the project templates' own empty
        // sender ("Plug in your email service here", also as copied in courses, in whatever language): the team's
        // decision to send nothing yet, as the template's "TODO: Wire this up" is. The stand-in prints or logs the
        // message as if it went out, or its comment owns up that nothing real is sent ("Тук няма реално изпращане",
        // "Chỉ trả về thành công mà không gửi email thật").
        // The comment's words are read last: matching every comment inside a body against the phrase table cost more
        // than the shape test that rules out almost all of them.
        return tells || (ownerComment is not null && PlaceholderPhrases.SpeaksOfTheRealThing(ownerComment));
    }

    // await Task.Run(() => Console.WriteLine($"Enviando email ..."))
    private static bool IsPrintOnTaskRun(StatementSyntax statement) =>
        statement is ExpressionStatementSyntax { Expression: AwaitExpressionSyntax { Expression: InvocationExpressionSyntax run } }
        && InvokedName(run) == "Run" && run.ArgumentList.Arguments.Count == 1
        && run.ArgumentList.Arguments[0].Expression is AnonymousFunctionExpressionSyntax { ExpressionBody: InvocationExpressionSyntax print }
        && IsConsoleWrite(print, InvokedName(print));

    private static bool Prints(MethodDeclarationSyntax method)
    {
        foreach (var node in method.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax invocation && IsConsoleWrite(invocation, InvokedName(invocation)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the member's namespace says the code is a lesson or an exercise (<c>With_Facade_Design_Pattern.Service</c>,
    /// <c>Assignment.Question3</c>, <c>DesignPatterns.Observer</c>, <c>Exercises</c>, <c>Homework</c>): a notification
    /// service that prints is what such code shows, not a sender left unwritten.
    /// </summary>
    private static bool IsInLesson(SyntaxNode member)
    {
        for (var node = member.Parent; node is not null; node = node.Parent)
        {
            if (node is BaseNamespaceDeclarationSyntax { Name: var name } && NamesLesson(name.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesLesson(string name)
    {
        // Segments and their words: "With_Facade_Design_Pattern", "DesignPatterns", "Assignment", "Lesson3".
        foreach (var segment in name.Split('.', '_'))
        {
            foreach (var word in LessonWords)
            {
                var at = segment.IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && (at == 0 || (char.IsUpper(segment[at]) && char.IsLower(segment[at - 1])) || !char.IsLetter(segment[at - 1])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] LessonWords = { "Pattern", "Assignment", "Exercise", "Lesson", "Homework", "Tutorial", "Kata" };

    // EmailService, SmsSender, NotificationService, CorreoService, MailGateway: a type whose whole job is delivery.
    private static bool IsDeliveryType(MethodDeclarationSyntax method)
    {
        if (method.Parent is not BaseTypeDeclarationSyntax type)
        {
            return false;
        }

        var name = type.Identifier.ValueText;
        return name.IndexOf("Email", StringComparison.Ordinal) >= 0 || name.IndexOf("Mail", StringComparison.Ordinal) >= 0
            || name.IndexOf("Sms", StringComparison.Ordinal) >= 0 || name.IndexOf("SMS", StringComparison.Ordinal) >= 0
            || name.IndexOf("Notification", StringComparison.Ordinal) >= 0 || name.IndexOf("Correo", StringComparison.Ordinal) >= 0;
    }

    /// <summary>Whether the body prints or logs a text that starts by saying it simulates ("Simulating sending e-mail to ...").</summary>
    private static bool PrintsSimulation(MethodDeclarationSyntax method)
    {
        foreach (var node in method.DescendantNodes())
        {
            switch (node)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && PlaceholderPhrases.SaysSimulated(literal.Token.ValueText):
                case InterpolatedStringExpressionSyntax { Contents.Count: > 0 } interpolated
                    when interpolated.Contents[0] is InterpolatedStringTextSyntax first && PlaceholderPhrases.SaysSimulated(first.TextToken.ValueText):
                    return true;
            }
        }

        return false;
    }

    // Send, Enviar (Spanish, Portuguese), Envoyer, Senden, Gönder, Notify, Publish, Deliver, Dispatch: delivering
    // a message is work a body cannot do by printing it.
    private static bool IsDeliveryName(string name) =>
        StartsWithWord(name, "Send") || StartsWithWord(name, "Enviar") || StartsWithWord(name, "Envoyer") || StartsWithWord(name, "Senden")
        || StartsWithWord(name, "Gonder") || StartsWithWord(name, "Notify") || StartsWithWord(name, "Publish") || StartsWithWord(name, "Deliver")
        || StartsWithWord(name, "Dispatch");

    // "SendEmailAsync", "Send" and "EnviarCorreo", not "Sender" or "Sendable".
    private static bool StartsWithWord(string name, string word) =>
        name.StartsWith(word, StringComparison.Ordinal) && (name.Length == word.Length || char.IsUpper(name[word.Length]) || name[word.Length] == '_');

    /// <summary>A TODO or FIXME comment in the owner: the real work is still to be written.</summary>
    private static bool NamesTheRealWork(SyntaxNode owner)
    {
        foreach (var trivia in owner.DescendantTrivia(descendIntoTrivia: false))
        {
            if ((trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
                && PlaceholderPhrases.IsTodo(trivia.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTestDouble(SyntaxNode owner)
    {
        for (var node = owner.Parent; node is not null; node = node.Parent)
        {
            if (node is BaseTypeDeclarationSyntax type)
            {
                var name = type.Identifier.ValueText;
                return name.StartsWith("Mock", StringComparison.Ordinal) || name.StartsWith("Fake", StringComparison.Ordinal)
                    || name.StartsWith("Stub", StringComparison.Ordinal) || name.StartsWith("Dummy", StringComparison.Ordinal)
                    || name.StartsWith("Null", StringComparison.Ordinal) || name.StartsWith("NoOp", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("Console", StringComparison.Ordinal) || DeclaresSimulation(type);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the comment above a type says the type simulates ("Clase EmailService que simula el envío de correos",
    /// "/// Simulates the payment provider"): a declared simulation, as a type named <c>Mock...</c> is.
    /// </summary>
    private static bool DeclaresSimulation(BaseTypeDeclarationSyntax type)
    {
        foreach (var trivia in type.GetLeadingTrivia())
        {
            if ((trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
                    || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
                && PlaceholderPhrases.SaysItSimulates(trivia.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A body that does nothing but return a constant or default value (or nothing, or throw).</summary>
    private static bool IsStandInBody(SyntaxNode owner)
    {
        var (block, expression) = BodyOf(owner);
        if (expression is not null)
        {
            return IsConstantOrDefault(expression) || expression is ThrowExpressionSyntax;
        }

        if (block is null)
        {
            // A property: every accessor must be a stand-in.
            if (owner is BasePropertyDeclarationSyntax { AccessorList: { } accessors })
            {
                foreach (var accessor in accessors.Accessors)
                {
                    if ((accessor.Body is not null || accessor.ExpressionBody is not null) && !IsStandInBody(accessor))
                    {
                        return false;
                    }
                }

                return true;
            }

            return false;
        }

        // Log lines before the stand-in ("[EMAIL] Invitation sent to ...") report work the body does not do, and a guard
        // that returns early ("if (CurrentUserId is null) return Unauthorized(...)") checks input for work still missing.
        StatementSyntax? last = null;
        var printsOrWaits = false;
        foreach (var statement in block.Statements)
        {
            if (last is not null)
            {
                return false;
            }

            // Log lines and an "await Task.CompletedTask" that only keeps an async method quiet do no work either. Nor do
            // print lines and a wait for nothing ("await Task.Delay(100)") before a made-up result; without one they are
            // what the body is for (a test's "Do something" step).
            if (IsPrintCall(statement) || IsAwaitedDelay(statement))
            {
                printsOrWaits = true;
            }
            else if (!IsLogCall(statement) && !IsAwaitOfCompletedTask(statement) && !IsGuard(statement))
            {
                last = statement;
            }
        }

        return last switch
        {
            ReturnStatementSyntax { Expression: { } returned } => IsCannedResult(returned, owner),
            _ when printsOrWaits => false,
            null => true,
            ReturnStatementSyntax { Expression: null } => true,
            ThrowStatementSyntax => true,
            _ => false,
        };
    }

    // if (string.IsNullOrEmpty(CurrentUserId)) return Unauthorized("User not authenticated");
    private static bool IsGuard(StatementSyntax statement) =>
        statement is IfStatementSyntax { Else: null } guard
        && (guard.Statement is ReturnStatementSyntax or ThrowStatementSyntax
            || guard.Statement is BlockSyntax { Statements.Count: 1 } block && block.Statements[0] is ReturnStatementSyntax or ThrowStatementSyntax);

    /// <summary>
    /// A value made on the spot: a constant or empty value (<see cref="IsConstantOrDefault"/>), or a result built from
    /// nothing but such values and the member's own parameters (and their members): <c>Success(new { }, "Post bookmarked successfully")</c>,
    /// <c>Ok(settings)</c>, <c>Task.FromResult(Result.Success())</c>, <c>new { ShareUrl = $"https://.../{id}" }</c>. Only
    /// result factories (<c>Ok</c>, <c>Success</c>, <c>FromResult</c>, ...) and constructors count: a call on a service
    /// (<c>_repository.Get(id)</c>) does the work.
    /// </summary>
    private static bool IsCannedResult(ExpressionSyntax expression, SyntaxNode owner)
    {
        if (IsConstantOrDefault(expression))
        {
            return true;
        }

        switch (expression)
        {
            case IdentifierNameSyntax identifier:
                return IsParameterOf(identifier.Identifier.ValueText, owner);
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax parameter }:
                // $"Web request executed: {subTask.Description}": a parameter's own value handed back.
                return IsParameterOf(parameter.Identifier.ValueText, owner);
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolationSyntax interpolation && !IsCannedResult(interpolation.Expression, owner))
                    {
                        return false;
                    }
                }

                return true;
            case AnonymousObjectCreationExpressionSyntax anonymous:
                foreach (var member in anonymous.Initializers)
                {
                    if (!IsCannedResult(member.Expression, owner))
                    {
                        return false;
                    }
                }

                return true;
            case BaseObjectCreationExpressionSyntax creation:
                return AreCanned(creation.ArgumentList, owner) && IsCannedInitializer(creation.Initializer, owner);
            case InvocationExpressionSyntax invocation:
                return IsResultFactory(invocation) && AreCanned(invocation.ArgumentList, owner);
            default:
                return false;
        }
    }

    private static bool AreCanned(ArgumentListSyntax? arguments, SyntaxNode owner)
    {
        if (arguments is null)
        {
            return true;
        }

        foreach (var argument in arguments.Arguments)
        {
            if (!IsCannedResult(argument.Expression, owner))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCannedInitializer(InitializerExpressionSyntax? initializer, SyntaxNode owner)
    {
        if (initializer is null)
        {
            return true;
        }

        foreach (var expression in initializer.Expressions)
        {
            if (!IsCannedResult(expression is AssignmentExpressionSyntax assignment ? assignment.Right : expression, owner))
            {
                return false;
            }
        }

        return true;
    }

    // Ok(...), Success(...), Result.Success(), Task.FromResult(...): a controller's or a result type's factory, called
    // by name or on a type, never on an instance that could do the work.
    private static bool IsResultFactory(InvocationExpressionSyntax invocation)
    {
        var name = invocation.Expression switch
        {
            IdentifierNameSyntax simple => simple.Identifier.ValueText,
            MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax type } member
                when type.Identifier.ValueText.Length > 0 && char.IsUpper(type.Identifier.ValueText[0]) => member.Name.Identifier.ValueText,
            _ => string.Empty,
        };

        return name is "Ok" or "Success" or "Succeeded" or "Successful" or "Created" or "Accepted" or "NoContent" or "Json" or "FromResult";
    }

    private static bool IsParameterOf(string name, SyntaxNode owner)
    {
        var parameters = owner switch
        {
            BaseMethodDeclarationSyntax method => method.ParameterList.Parameters,
            LocalFunctionStatementSyntax local => local.ParameterList.Parameters,
            _ => default,
        };

        foreach (var parameter in parameters)
        {
            if (parameter.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAwaitOfCompletedTask(StatementSyntax statement) =>
        statement is ExpressionStatementSyntax { Expression: AwaitExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CompletedTask" } } };

    private static bool IsPrintCall(StatementSyntax statement) =>
        statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation } && IsConsoleWrite(invocation, InvokedName(invocation));

    // await Task.Delay(100); await Task.Yield();
    private static bool IsAwaitedDelay(StatementSyntax statement) =>
        statement is ExpressionStatementSyntax { Expression: AwaitExpressionSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Task" }, Name.Identifier.ValueText: "Delay" or "Yield" } } } };

    private static bool IsLogCall(StatementSyntax statement) =>
        statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation }
        && InvokedName(invocation).StartsWith("Log", StringComparison.Ordinal);

    private static (BlockSyntax? Block, ExpressionSyntax? Expression) BodyOf(SyntaxNode owner) => owner switch
    {
        BaseMethodDeclarationSyntax method => (method.Body, method.ExpressionBody?.Expression),
        AccessorDeclarationSyntax accessor => (accessor.Body, accessor.ExpressionBody?.Expression),
        LocalFunctionStatementSyntax local => (local.Body, local.ExpressionBody?.Expression),
        AnonymousFunctionExpressionSyntax function => (function.Block, function.ExpressionBody),
        PropertyDeclarationSyntax property => (null, property.ExpressionBody?.Expression),
        IndexerDeclarationSyntax indexer => (null, indexer.ExpressionBody?.Expression),
        _ => (null, null),
    };

    /// <summary>
    /// A constant or an empty value: literals, <c>default</c>, <c>string.Empty</c>, <c>Task.CompletedTask</c>,
    /// <c>Array.Empty&lt;T&gt;()</c>, <c>new List&lt;T&gt;()</c>, <c>[]</c>, <c>Task.FromResult(0)</c>.
    /// </summary>
    private static bool IsConstantOrDefault(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case CastExpressionSyntax cast:
                    expression = cast.Expression;
                    continue;
                case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    expression = postfix.Operand;
                    continue;
                case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.UnaryMinusExpression):
                    expression = prefix.Operand;
                    continue;
            }

            break;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax:
            case DefaultExpressionSyntax:
                return true;
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolationSyntax)
                    {
                        return false;
                    }
                }

                return true;
            case CollectionExpressionSyntax collection:
                return collection.Elements.Count == 0;
            case BaseObjectCreationExpressionSyntax creation:
                return (creation.ArgumentList is null || creation.ArgumentList.Arguments.Count == 0)
                    && (creation.Initializer is null || creation.Initializer.Expressions.Count == 0);
            case ArrayCreationExpressionSyntax array:
                return array.Initializer is { Expressions.Count: 0 }
                    || (array.Initializer is null && array.Type.RankSpecifiers.Count == 1 && array.Type.RankSpecifiers[0].Sizes.Count == 1
                        && array.Type.RankSpecifiers[0].Sizes[0] is LiteralExpressionSyntax { Token.ValueText: "0" });
            case MemberAccessExpressionSyntax access:
                return access.Name.Identifier.ValueText is "Empty" or "Zero" or "CompletedTask" or "MinValue" or "None";
            case InvocationExpressionSyntax invocation:
                var name = invocation.Expression switch
                {
                    MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => null,
                };

                if (name == "Empty" && invocation.ArgumentList.Arguments.Count == 0)
                {
                    return true;
                }

                return name == "FromResult" && invocation.ArgumentList.Arguments.Count == 1 && IsConstantOrDefault(invocation.ArgumentList.Arguments[0].Expression);
            default:
                return false;
        }
    }

    /// <summary>The member whose whole body is the given throw, if any.</summary>
    internal static SyntaxNode? StubOwner(SyntaxNode throwNode)
    {
        if (throwNode is ThrowStatementSyntax { Parent: BlockSyntax { Statements.Count: 1 } block })
        {
            return block.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax ? block.Parent : null;
        }

        if (throwNode is ThrowExpressionSyntax { Parent: ArrowExpressionClauseSyntax arrow })
        {
            return arrow.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax ? arrow.Parent : null;
        }

        return null;
    }

    /// <summary>
    /// Whether a comment above the member or in its body explains the throw ("Only called from the base implementation",
    /// "We don't really want to implement this"): then the missing body is a decision, not a stand-in. Stand-in comments
    /// (<c>// TODO: implement</c>) were reported before this is asked.
    /// </summary>
    private static bool HasExplainingComment(SyntaxNode owner)
    {
        foreach (var trivia in owner.DescendantTrivia(descendIntoTrivia: false))
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
                || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any declaration of the type has a member with a real body (not a lone throw, not empty).</summary>
    private static bool HasImplementedMember(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (var member in declaration.Members)
            {
                switch (member)
                {
                    case BaseMethodDeclarationSyntax method when IsRealBody(method.Body, method.ExpressionBody):
                        return true;
                    case PropertyDeclarationSyntax { ExpressionBody: { } arrow } when IsRealBody(null, arrow):
                        return true;
                    case IndexerDeclarationSyntax { ExpressionBody: { } arrow } when IsRealBody(null, arrow):
                        return true;
                    case BasePropertyDeclarationSyntax { AccessorList: { } accessors }:
                        foreach (var accessor in accessors.Accessors)
                        {
                            if (IsRealBody(accessor.Body, accessor.ExpressionBody))
                            {
                                return true;
                            }
                        }

                        break;
                }
            }
        }

        return false;
    }

    internal static bool IsRealBody(BlockSyntax? block, ArrowExpressionClauseSyntax? arrow)
    {
        if (arrow is not null)
        {
            return arrow.Expression is not ThrowExpressionSyntax;
        }

        if (block is null || block.Statements.Count == 0)
        {
            return false;
        }

        return block.Statements.Count > 1 || block.Statements[0] is not ThrowStatementSyntax;
    }

    private static bool NameEndsWith(TypeSyntax type, string name) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == name,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText == name,
        _ => false,
    };

    private static void Report(SemanticModelAnalysisContext context, SyntaxNode root, SyntaxNode owner, PlaceholderKind kind, SyntaxTrivia? comment)
    {
        var nameToken = NameToken(owner);
        Location location;
        string fingerprint;
        if (nameToken is { } token)
        {
            location = token.GetLocation();
            fingerprint = Fingerprint.ForSpan(RuleIds.PlaceholderImplementation, root, token.Span);
        }
        else if (comment is { } trivia)
        {
            // Lambdas and top-level code have no name: the comment that gives them away is the location.
            location = trivia.GetLocation();
            fingerprint = Fingerprint.ForTrivia(RuleIds.PlaceholderImplementation, trivia);
        }
        else
        {
            return;
        }

        var additional = comment is { } marker && nameToken is not null
            ? ImmutableArray.Create(marker.GetLocation())
            : ImmutableArray<Location>.Empty;
        var properties = DebtProperties.Create(RuleIds.PlaceholderImplementation, DebtMinutes, fingerprint, context.SemanticModel.Compilation.AssemblyName);
        properties[KindProperty] = kind.ToString();
        context.ReportDiagnostic(Diagnostic.Create(Rule, location, additional, properties.ToImmutable(), DisplayName(owner), Reason(kind)));
    }

    private static SyntaxToken? NameToken(SyntaxNode owner) => owner switch
    {
        MethodDeclarationSyntax method => method.Identifier,
        ConstructorDeclarationSyntax constructor => constructor.Identifier,
        DestructorDeclarationSyntax destructor => destructor.Identifier,
        OperatorDeclarationSyntax op => op.OperatorToken,
        ConversionOperatorDeclarationSyntax conversion => conversion.OperatorKeyword,
        AccessorDeclarationSyntax accessor => accessor.Keyword,
        PropertyDeclarationSyntax property => property.Identifier,
        EventDeclarationSyntax evt => evt.Identifier,
        IndexerDeclarationSyntax indexer => indexer.ThisKeyword,
        LocalFunctionStatementSyntax local => local.Identifier,
        BaseTypeDeclarationSyntax type => type.Identifier,
        BaseFieldDeclarationSyntax { Declaration.Variables.Count: > 0 } field => field.Declaration.Variables[0].Identifier,
        _ => null,
    };

    private static string DisplayName(SyntaxNode owner)
    {
        switch (owner)
        {
            case AccessorDeclarationSyntax accessor:
                var property = accessor.Parent?.Parent is { } parent ? NameToken(parent) : null;
                return "'" + (property is { } name ? name.ValueText + "." : string.Empty) + accessor.Keyword.ValueText + "'";
            case AnonymousFunctionExpressionSyntax:
                return "This lambda";
            case GlobalStatementSyntax:
                return "This top-level code";
            default:
                return NameToken(owner) is { } token ? "'" + token.ValueText + "'" : "This code";
        }
    }

    private static string Reason(PlaceholderKind kind) => kind switch
    {
        PlaceholderKind.RealWorld => "a comment says real code would do something else",
        PlaceholderKind.ForNow => "a comment says it makes do for now",
        PlaceholderKind.Disclaimer => "a comment calls it a mock or a placeholder",
        PlaceholderKind.Simulation => "it simulates the work with a delay",
        PlaceholderKind.TodoImplement => "a comment says to implement it and it only returns a constant or default value",
        PlaceholderKind.NotImplemented => "it only throws NotImplementedException while the rest of its type is implemented",
        PlaceholderKind.Marker => "a comment marks it as a stand-in",
        PlaceholderKind.StandInData => "a comment calls its data made up and the data is typed in",
        PlaceholderKind.SilentDelivery => "it is named for sending but only prints, logs or completes, with a comment where the sending should be",
        _ => "it stands in for the real code",
    };

    private sealed class KnownSymbols
    {
        public KnownSymbols(INamedTypeSymbol? notImplementedException, INamedTypeSymbol? task, INamedTypeSymbol? thread)
        {
            NotImplementedException = notImplementedException;
            Task = task;
            Thread = thread;
        }

        public INamedTypeSymbol? NotImplementedException { get; }

        public INamedTypeSymbol? Task { get; }

        public INamedTypeSymbol? Thread { get; }
    }
}
