using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>Names: the new method's, from the block's intent, and unique parameter and method names.</content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        private string UniqueMethodName(INamedTypeSymbol type, string baseName)
        {
            var taken = new HashSet<string>(type.MemberNames, StringComparer.Ordinal);

            // A base class's member of that name would be overloaded or hidden (CS0108): a `SetClipboardText(e, text)`
            // beside the base control's `SetClipboardText(text)`, which the new method itself calls, reads as recursion.
            // A member the type cannot see (a base class's private helper) is neither. A member of a type it is nested in
            // (or of that type's base classes) would be shadowed: the nested type's `ComputeLabel(order)` that called the
            // outer type's would call the new method.
            var compilation = copies[0].Model.Compilation;
            for (var scope = type; scope is not null; scope = scope.ContainingType)
            {
                if (!SymbolEqualityComparer.Default.Equals(scope, type))
                {
                    taken.UnionWith(scope.MemberNames);
                }

                for (var baseType = scope.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
                {
                    foreach (var member in baseType.GetMembers())
                    {
                        if (compilation.IsSymbolAccessibleWithin(member, type))
                        {
                            taken.Add(member.Name);
                        }
                    }
                }
            }

            taken.UnionWith(claimedNames);
            if (copies[0].IsTopLevel && copies[0].Statements[0].SyntaxTree.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
            {
                // A local function must not clash with a local, parameter or local function in any top-level statement.
                foreach (var member in unit.Members)
                {
                    if (member is GlobalStatementSyntax global)
                    {
                        foreach (var token in global.DescendantTokens())
                        {
                            if (token.IsKind(SyntaxKind.IdentifierToken))
                            {
                                taken.Add(token.ValueText);
                            }
                        }
                    }
                }
            }

            return Identifiers.Unique(baseName, name => taken.Contains(name) || IsLocalInScopeAtACopy(name));
        }

        /// <summary>
        /// Whether a local function, local, parameter or range variable of that name is in scope where a copy stands: the
        /// call by that simple name would reach it (`ComputeTotal(order)` in place of the block would call the enclosing
        /// method's own local function `ComputeTotal`, not the new method). Looked up by name, so only the candidates
        /// are asked about, not every symbol in scope.
        /// </summary>
        private bool IsLocalInScopeAtACopy(string name)
        {
            foreach (var copy in copies)
            {
                foreach (var symbol in copy.Model.LookupSymbols(copy.Statements[0].SpanStart, name: name))
                {
                    if (symbol is ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or IMethodSymbol { MethodKind: MethodKind.LocalFunction })
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static string UniqueName(SlotName slotName, HashSet<string> used, ITypeSymbol? type = null)
        {
            foreach (var candidate in slotName.Candidates)
            {
                if (!IsTaken(candidate, used))
                {
                    return candidate;
                }
            }

            // A number says nothing of the value (`url2` beside `url`): the role's name with what kind of value it is
            // says more (`urlText`); only when that is taken too is it numbered.
            foreach (var candidate in slotName.Candidates)
            {
                var qualified = candidate + (type?.SpecialType == SpecialType.System_String ? "Text" : "Value");
                if (!IsTaken(qualified, used))
                {
                    return qualified;
                }
            }

            return Identifiers.Unique(slotName.Candidates[0], name => IsTaken(name, used));
        }

        private static bool IsTaken(string name, HashSet<string> used) =>
            used.Contains(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None;

        /// <summary>
        /// A name from the code, by the first row of the rule page's method-name table that applies: the object it
        /// creates and configures (<c>CreateIgnoreFolderMenuItem</c>, <c>CreateMenuItem</c>); what the block computes
        /// (<c>ComputeTotal</c>; with a second value handed out beside it, both, the returned one first:
        /// <c>ComputeCountryAndMailingLabel</c>), even when guards open the block; what it validates
        /// (<c>ValidateOrder</c>); its last effect that is not bookkeeping (<c>SetStatusText</c>, <c>WriteLineOrder</c>,
        /// <c>MoveFiles</c>); else none.
        /// </summary>
        private string? MethodNameFor(Copy first, List<Parameter> parameters, ISymbol? result, List<ISymbol> results, bool isAsync, out string? qualified)
        {
            string? name;
            qualified = null;
            // A cancellation token is passed along, not worked on; a one-letter name (`e`, `x`) names nothing, an
            // exception is the error, a two-letter abbreviation is spelled out by its type (SubjectName).
            var subjectParameter = parameters.FirstOrDefault(p => p.Slot is null && !IsCancellationToken(p.Type));
            var subject = SubjectName(subjectParameter?.Name, subjectParameter?.Type);

            var returned = result ?? ReturnedLocal(first);
            if (returned is not null && CreatedName(first, returned) is { } created)
            {
                // The block makes an object and configures it: what it is for is that object, and the call says so
                // where it assigns it. A value handed out beside it is not glued on (`...AndRename`): the name would
                // list the block's statements, not say what the caller gets.
                name = created;
            }
            else if (result is not null)
            {
                // The call assigns the returned value (`var country = ...`), so the name says it first; a name from the
                // other value alone would contradict the variable it is assigned to. Three or more values would make
                // the name a list: it then says the returned one only. Copies that assign differently named variables
                // (`all`, `currentBranch`) name it by the words their names share; by none, the first copy's name
                // would be wrong at every other call, and nothing names the group.
                var value = SharedVariableName(result);
                name = value is null ? null : "Compute" + Identifiers.ToPascal(value);
                if (name is not null && results.Count == 2 && SymbolEqualityComparer.Default.Equals(results[0], result))
                {
                    var other = SharedVariableName(results[1]);
                    name = other is null ? null : name + "And" + Identifiers.ToPascal(other);
                }
            }
            else if (first.Statements[0] is IfStatementSyntax ifStatement && ifStatement.Statement.DescendantNodesAndSelf().OfType<ThrowStatementSyntax>().Any())
            {
                name = "Validate" + (subject is null ? "State" : Identifiers.ToPascal(subject));
            }
            else
            {
                // A call is named with what it works on: a bare verb's own first argument where that is a variable
                // (`File.Move(source, ...)` in `foreach (var source in files)`: MoveFiles), else the block's first
                // variable (WriteLineOrder); an assignment names its own target. Without a last effect nothing says
                // what the block is for: `Process` and a word of it (`ProcessBlock`, `ProcessE`) is no name a reviewer
                // keeps, so there is none.
                // Where the work before the bookkeeping says nothing (only declarations), the last statement names the
                // block as it did before bookkeeping was told apart.
                var intent = IntentOf(LastEffect(first.Statements, first.Model), first.Model, parameters, out var worksOn, out var effect)
                    ?? IntentOf(first.Statements[first.Statements.Count - 1], first.Model, parameters, out worksOn, out effect);
                // A bare verb (`Add`, `Move`) says nothing of what it acts on: its argument does. A longer name already
                // says it (`RecordOrder`, `WriteLine`), and the block's variable qualifies it as before.
                if (worksOn is not null && intent is not null && Words(intent).Count == 1)
                {
                    subject = worksOn;
                }

                name = intent is null ? null
                    : intent.StartsWith("Set", StringComparison.Ordinal) || intent.StartsWith("Compute", StringComparison.Ordinal) || intent.StartsWith("Create", StringComparison.Ordinal)
                        || subject is null || SaysSubject(intent, subject) ? intent
                    : intent + Identifiers.ToPascal(subject);

                // Where the name is taken (the copy's own `AutoSave` beside `Format.Ustx.AutoSave(backup, ...)`), what
                // the call works on tells the two apart (`AutoSaveBackup`) better than a number or no name.
                if (name is not null && worksOn is not null && !SaysSubject(name, worksOn))
                {
                    qualified = name + Identifiers.ToPascal(worksOn);
                    qualified = isAsync ? qualified + "Async" : qualified;
                }
                else if (name is not null && worksOn is null && ReceiverMember(effect, first.Model) is { } member && !SaysSubject(name, member))
                {
                    // Nothing the block passes says what the call works on, but the member it is called on does
                    // (`_udpServer.Start(port, address)` in a type that has its own `Start`: StartUdpServer).
                    qualified = name + Identifiers.ToPascal(member);
                    qualified = isAsync ? qualified + "Async" : qualified;
                }
            }

            return name is null ? null : isAsync ? name + "Async" : name;
        }

        /// <summary>The local a copy returns by name as its last statement (<c>return item;</c>), declared in the block.</summary>
        private ISymbol? ReturnedLocal(Copy first) =>
            first.Statements[first.Statements.Count - 1] is ReturnStatementSyntax { Expression: IdentifierNameSyntax returned }
            && first.Model.GetSymbolInfo(returned, cancellationToken).Symbol is ILocalSymbol local
            && local.DeclaringSyntaxReferences.Length == 1 && first.Span.Contains(local.DeclaringSyntaxReferences[0].Span)
                ? local
                : null;

        /// <summary>
        /// <c>Create</c> and what the block makes, when the value it hands back is a new object the block configures:
        /// declared as <c>new T(...)</c> and given members by an initializer or by assignments to them in the block
        /// (<c>item.Header = ...</c>, <c>item.Click += ...</c>). A collection that is only filled is computed, not
        /// configured. What it is: the copies' variable's name where they share one, or the words their names end
        /// with alike, with the type's name unless the variable's name says a word of it
        /// (<c>ignoreFolder</c> -> <c>CreateIgnoreFolderMenuItem</c>, <c>submenu</c> -> <c>CreateSubmenu</c>); by
        /// none, the type's name (<c>all</c> and <c>currentBranch</c> -> <c>CreateMenuItem</c>). A variable named for
        /// its own making does not say <c>Create</c> twice (<c>createBranch</c> -> <c>CreateBranchMenuItem</c>).
        /// </summary>
        private string? CreatedName(Copy first, ISymbol value)
        {
            if (value is not ILocalSymbol local || local.DeclaringSyntaxReferences.Length != 1
                || !first.Span.Contains(local.DeclaringSyntaxReferences[0].Span)
                || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation }
                || first.Model.GetTypeInfo(creation, cancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } createdType
                || !IsConfigured(first, local, creation))
            {
                return null;
            }

            var typeName = Identifiers.ToPascal(createdType.Name);
            var noun = SharedVariableName(local) is { } shared ? Identifiers.ToPascal(shared) : null;
            if (noun is not null && noun.StartsWith("Create", StringComparison.Ordinal) && noun.Length > "Create".Length && char.IsUpper(noun["Create".Length]))
            {
                noun = noun.Substring("Create".Length);
            }

            if (noun is null)
            {
                return "Create" + typeName;
            }

            foreach (var word in Words(typeName))
            {
                if (word.Length > 2 && noun.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return "Create" + noun;
                }
            }

            return "Create" + noun + typeName;
        }

        /// <summary>Whether the block gives the new object members: an object initializer, or an assignment to one of its members.</summary>
        private static bool IsConfigured(Copy first, ILocalSymbol local, BaseObjectCreationExpressionSyntax creation)
        {
            if (creation.Initializer is { RawKind: (int)SyntaxKind.ObjectInitializerExpression, Expressions.Count: > 0 })
            {
                return true;
            }

            foreach (var statement in first.Statements)
            {
                foreach (var node in statement.DescendantNodes())
                {
                    if (node is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner } }
                        && owner.Identifier.ValueText == local.Name)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The name of a variable as every copy says it: the copies' own where they agree, else the words their names
        /// end with alike (<c>includeItem</c>, <c>excludeItem</c> -> <c>item</c>); null when they share none.
        /// </summary>
        private string? SharedVariableName(ISymbol variable)
        {
            var symbols = new ISymbol?[copies.Count];
            var same = true;
            for (var c = 0; c < copies.Count; c++)
            {
                symbols[c] = c == 0 ? variable : forward[c].TryGetValue(variable, out var mapped) ? mapped : variable;
                same &= symbols[c]!.Name == variable.Name;
            }

            return same ? variable.Name : SharedNameWords(symbols);
        }

        /// <summary>
        /// The copies' own name for the block when each copy is the whole body of a method (or of a property getter:
        /// <c>Get</c> and the property), or, where the block returns a value, its tail: the name every copy's member
        /// shares, else the first copy's when it is a verb phrase (<c>Mix</c>, <c>ConvertTtl</c>; see
        /// <see cref="StartsWithVerb"/>). What the copies already call the block is the name a reviewer expects. Null
        /// when a copy is part of a body (and does not return its value) or the names differ and the first says no act.
        /// </summary>
        private string? SharedMemberName(bool isAsync, bool returnsValue)
        {
            string? shared = null;
            string? firstName = null;
            var names = new List<string>(copies.Count);
            foreach (var copy in copies)
            {
                if (copy.Statements[0].Parent is not BlockSyntax body
                    || (returnsValue ? body.Statements[body.Statements.Count - 1] != copy.Statements[copy.Statements.Count - 1] : body.Statements.Count != copy.Statements.Count))
                {
                    return null;
                }

                var name = body.Parent switch
                {
                    MethodDeclarationSyntax method => method.Identifier.ValueText,
                    AccessorDeclarationSyntax { RawKind: (int)SyntaxKind.GetAccessorDeclaration, Parent.Parent: PropertyDeclarationSyntax property } => "Get" + property.Identifier.ValueText,
                    _ => null,
                };
                if (name is null)
                {
                    return null;
                }

                firstName ??= name;
                shared = shared is null || shared == name ? name : string.Empty;
                names.Add(name);
            }

            var chosen = shared is { Length: > 0 } ? shared
                : SharedVerbPhrase(names) is { } phrase ? phrase
                : firstName is not null && StartsWithVerb(firstName) ? firstName : null;
            return chosen is not null && isAsync && !chosen.EndsWith("Async", StringComparison.Ordinal) ? chosen + "Async" : chosen;
        }

        /// <summary>
        /// What differing member names say alike, when it is still an act: the words every name has, in order, where they
        /// open with a verb and leave out at least one word of each name (<c>RunInstallScript</c> and
        /// <c>RunUninstallScript</c> give <c>RunScript</c>). A prefix a name sets apart with an underscore
        /// (<c>Game_RunInstallScriptAsync</c>) names what the act is on, so it follows the verb when every name has it
        /// (<c>RunGameScriptAsync</c>). The first copy's name would be wrong at every other call
        /// (<c>RunInstallScript</c> called for the uninstall script). Null when the shared words open with no verb or are
        /// only the verb.
        /// </summary>
        private static string? SharedVerbPhrase(List<string> names)
        {
            string? prefix = null;
            List<string>? shared = null;
            foreach (var name in names)
            {
                var split = name.LastIndexOf('_');
                var ownPrefix = split > 0 ? name.Substring(0, split).Replace("_", string.Empty) : string.Empty;
                var words = Words(split > 0 ? name.Substring(split + 1) : name);
                prefix = prefix is null || prefix == ownPrefix ? ownPrefix : string.Empty;
                shared = shared is null ? words : CommonWords(shared, words);
            }

            if (shared is null || shared.Count < 2 || !Verbs.Contains(shared[0]))
            {
                return null;
            }

            foreach (var name in names)
            {
                // Every name must say something the shared words leave out, or one of them already is the shared name.
                if (Words(name.Substring(name.LastIndexOf('_') + 1)).Count == shared.Count)
                {
                    return null;
                }
            }

            var rest = string.Concat(shared.Skip(1));
            if (rest is "Async" && string.IsNullOrEmpty(prefix))
            {
                return null;
            }

            return shared[0] + prefix + rest;
        }

        /// <summary>The longest run of words both lists have in the same order (not necessarily side by side).</summary>
        private static List<string> CommonWords(List<string> a, List<string> b)
        {
            var lengths = new int[a.Count + 1, b.Count + 1];
            for (var i = a.Count - 1; i >= 0; i--)
            {
                for (var j = b.Count - 1; j >= 0; j--)
                {
                    lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
                }
            }

            var common = new List<string>();
            for (int i = 0, j = 0; i < a.Count && j < b.Count;)
            {
                if (a[i] == b[j])
                {
                    common.Add(a[i]);
                    i++;
                    j++;
                }
                else if (lengths[i + 1, j] >= lengths[i, j + 1])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }

            return common;
        }

        /// <summary>
        /// The statement that says what a run of statements is for: the last one that is not bookkeeping. Read
        /// through compound statements by <see cref="IntentOf(StatementSyntax, SemanticModel, List{Parameter}, out string?, out ExpressionSyntax?)"/>.
        /// </summary>
        private StatementSyntax LastEffect(IReadOnlyList<StatementSyntax> statements, SemanticModel model)
        {
            for (var i = statements.Count - 1; i > 0; i--)
            {
                if (!IsBookkeeping(statements[i], model))
                {
                    return statements[i];
                }
            }

            return statements[0];
        }

        /// <summary>
        /// Whether a statement keeps the books of the work before it rather than doing it, so the work names the block:
        /// a log line (a call on a logger: a type named <c>ILogger</c>, <c>*Logger</c>, <c>Log</c>, their extensions,
        /// or <c>System.Diagnostics</c>' <c>Debug</c> and <c>Trace</c>), marking an event handled
        /// (<c>e.Handled = true</c>: an assignment to a member of an <see cref="EventArgs"/>), a flag of the type's own
        /// state set to <c>true</c> or <c>false</c> (<c>IsBusy = false</c>: it records that the work happened), and leaving
        /// (<c>return;</c>, <c>return false;</c>, <c>break;</c>, <c>continue;</c>, or an <c>if</c> without
        /// <c>else</c> whose body ends by leaving: the way out, whatever it logs on the way).
        /// </summary>
        private bool IsBookkeeping(StatementSyntax statement, SemanticModel model)
        {
            switch (statement)
            {
                case ReturnStatementSyntax { Expression: null or LiteralExpressionSyntax }:
                case BreakStatementSyntax:
                case ContinueStatementSyntax:
                    return true;
                case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }, Right: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression or (int)SyntaxKind.FalseLiteralExpression } } flag }:
                    // A flag of the type's own state set after the work (`FilesFound = false`, `IsBusy = false`) records
                    // that the work happened; the work says what the block is for.
                    return model.GetSymbolInfo(flag.Left, cancellationToken).Symbol is IFieldSymbol or IPropertySymbol;
                case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax target } }:
                    return model.GetTypeInfo(target.Expression, cancellationToken).Type is INamedTypeSymbol owner && SystemBaseTypes.DerivesFrom(owner, "EventArgs");
                case ExpressionStatementSyntax { Expression: var expression }:
                    if (expression is AwaitExpressionSyntax awaited)
                    {
                        expression = awaited.Expression;
                    }

                    return expression is InvocationExpressionSyntax invocation
                        && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
                        && (IsLogger((method.ReducedFrom ?? method).ContainingType) || IsLogLevelMethod(method));
                case IfStatementSyntax { Else: null } exitPath:
                    // An `if` that leaves (`if (!ok) { log.Complete(); return false; }`) is the way out, not the work.
                    return EndsByLeaving(exitPath.Statement);
                default:
                    return false;
            }
        }

        /// <summary>
        /// A method of the code's own named for a log level that hands back nothing (<c>LogDebug(message)</c>,
        /// <c>LogError(ex)</c> on DS4Windows' <c>ControlService</c>): the code's own way to log, as a logger's method is.
        /// </summary>
        private static bool IsLogLevelMethod(IMethodSymbol method) =>
            method.ReturnsVoid && method.Name is "LogDebug" or "LogInfo" or "LogInformation" or "LogWarn" or "LogWarning"
                or "LogError" or "LogTrace" or "LogVerbose" or "LogCritical" or "LogFatal";

        /// <summary>
        /// A logger's own type: <c>Log</c> (Serilog's static), <c>ILogger</c> and its extensions, a class named
        /// <c>*Logger</c>, or <c>System.Diagnostics</c>' <c>Debug</c> and <c>Trace</c>. Only the type that declares the
        /// called method counts: a type that merely offers a logger (ReactiveUI's <c>IEnableLogger</c>) does not log.
        /// </summary>
        private static bool IsLogger(ITypeSymbol? type) =>
            type is not null
            && (type.Name is "Log" or "ILogger" || (type.TypeKind == TypeKind.Class && type.Name.EndsWith("Logger", StringComparison.Ordinal)) || type.Name.EndsWith("LoggerExtensions", StringComparison.Ordinal)
                || (type.Name is "Debug" or "Trace" && type.ContainingNamespace is { Name: "Diagnostics", ContainingNamespace.Name: "System" }));

        private static bool EndsByLeaving(StatementSyntax statement)
        {
            while (statement is BlockSyntax { Statements.Count: > 0 } block)
            {
                statement = block.Statements[block.Statements.Count - 1];
            }

            return statement is ReturnStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax or ThrowStatementSyntax;
        }

        /// <summary>
        /// What the block is for, read from its last effect: the method its final statement calls (<c>CopyText</c>), or
        /// <c>Set</c> and the target of its final assignment (<c>SetStatusText</c>). Compound statements are read through
        /// to their last inner statement that is not bookkeeping (<see cref="IsBookkeeping"/>); <c>ConfigureAwait</c> and
        /// <c>Async</c> suffixes are not part of the intent. <paramref name="worksOn"/> is what the call works on, where
        /// its first argument is a variable: that variable, or the collection a <c>foreach</c> draws it from.
        /// </summary>
        private string? IntentOf(StatementSyntax statement, SemanticModel model, List<Parameter> parameters, out string? worksOn, out ExpressionSyntax? effect)
        {
            worksOn = null;
            effect = null;
            CommonForEachStatementSyntax? loop = null;
            while (true)
            {
                switch (statement)
                {
                    case BlockSyntax { Statements.Count: > 0 } block:
                        statement = LastEffect(block.Statements, model);
                        continue;
                    case IfStatementSyntax ifStatement:
                        statement = ifStatement.Statement;
                        continue;
                    case CommonForEachStatementSyntax forEach:
                        loop = forEach;
                        statement = forEach.Statement;
                        continue;
                    case ForStatementSyntax forStatement:
                        statement = forStatement.Statement;
                        continue;
                    case WhileStatementSyntax whileStatement:
                        statement = whileStatement.Statement;
                        continue;
                    case UsingStatementSyntax usingStatement:
                        statement = usingStatement.Statement;
                        continue;
                    case LockStatementSyntax lockStatement:
                        statement = lockStatement.Statement;
                        continue;
                    case TryStatementSyntax tryStatement:
                        statement = tryStatement.Block;
                        continue;
                    case ExpressionStatementSyntax expressionStatement:
                        worksOn = WorksOn(expressionStatement.Expression, loop, model, parameters);
                        effect = expressionStatement.Expression;
                        // A local given a call's result (`succ = await branch.CreateAsync(...)`) is named for the call,
                        // as its declaration would be: the local is the caller's note of it, not a state it sets.
                        return expressionStatement.Expression is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax local, Right: InvocationExpressionSyntax or AwaitExpressionSyntax { Expression: InvocationExpressionSyntax } } assignment
                            && model.GetSymbolInfo(local, cancellationToken).Symbol is ILocalSymbol
                            ? IntentOf(assignment.Right, loop)
                            : IntentOf(expressionStatement.Expression, loop);
                    case ReturnStatementSyntax { Expression: InvocationExpressionSyntax or AwaitExpressionSyntax } returnStatement:
                        worksOn = WorksOn(returnStatement.Expression!, loop, model, parameters);
                        effect = returnStatement.Expression;
                        return IntentOf(returnStatement.Expression!, loop);
                    case ReturnStatementSyntax { Expression: IdentifierNameSyntax returned }:
                        // What the block returns by name is what it computes.
                        return "Compute" + Identifiers.ToPascal(returned.Identifier.ValueText);
                    case ReturnStatementSyntax { Expression: BaseObjectCreationExpressionSyntax created }:
                        // A new object of the code's own kind returned is what the block makes (`return new
                        // GamePackageResult(...)`: CreateGamePackageResult); a container or built-in type says nothing.
                        return model.GetTypeInfo(created, cancellationToken).Type is INamedTypeSymbol made && NamesAThing(made) ? "Create" + made.Name : null;
                    case LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables }:
                        return variables[0].Initializer is { } initializer ? IntentOf(initializer.Value, loop) : null;
                    default:
                        return null;
                }
            }
        }

        /// <summary>
        /// The field or property of the code's own a call is made on (<c>_udpServer.Start(...)</c> -> <c>udpServer</c>,
        /// <c>this.archive.Save(...)</c> -> <c>archive</c>), without a field's scope prefix; null for anything else or a
        /// one-letter name.
        /// </summary>
        private string? ReceiverMember(ExpressionSyntax? expression, SemanticModel model)
        {
            if (expression is AssignmentExpressionSyntax { Right: var assigned })
            {
                expression = assigned;
            }

            var receiver = expression is not null && Unawaited(expression) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Expression : null;
            if (receiver is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } qualified)
            {
                receiver = qualified.Name;
            }

            if (receiver is not IdentifierNameSyntax identifier
                || model.GetSymbolInfo(identifier, cancellationToken).Symbol is not (IFieldSymbol or IPropertySymbol))
            {
                return null;
            }

            var name = identifier.Identifier.ValueText.TrimStart('_');
            if (name.StartsWith("m_", StringComparison.Ordinal) || name.StartsWith("s_", StringComparison.Ordinal) || name.StartsWith("t_", StringComparison.Ordinal))
            {
                name = name.Substring(2);
            }

            return name.Length > 1 ? name : null;
        }

        /// <summary>The call an <c>await</c> waits for, without its <c>.ConfigureAwait(...)</c>; the expression itself otherwise.</summary>
        private static ExpressionSyntax Unawaited(ExpressionSyntax expression)
        {
            if (expression is AwaitExpressionSyntax awaited)
            {
                expression = awaited.Expression;
            }

            return expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Expression: InvocationExpressionSyntax configured } }
                ? configured
                : expression;
        }

        /// <summary>
        /// What a call works on: the variable its first argument passes (<c>menu.Items.Add(lfs)</c> -> <c>lfs</c>), or,
        /// for a <c>foreach</c> variable, the collection it is drawn from (<c>files</c>); else its receiver, where that
        /// is a variable (<c>config.Save(stream)</c> -> <c>config</c>: a resource a <c>using</c> opens for the call is
        /// the channel, not the thing) or a new object a fluent chain starts from (<c>new Branch(...).Use(log).Create()</c>
        /// -> <c>Branch</c>). An argument of a numeric, <see langword="bool"/>, <see langword="char"/> or enum type says
        /// how, not what. Null for a value, a member or a one-letter name.
        /// </summary>
        private string? WorksOn(ExpressionSyntax expression, CommonForEachStatementSyntax? loop, SemanticModel model, List<Parameter> parameters)
        {
            expression = Unawaited(expression);

            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax, Right: var assigned })
            {
                // A local given a call's result (`succ = await Create(...)`) is named for the call.
                expression = assigned is AwaitExpressionSyntax awaitedValue ? awaitedValue.Expression : assigned;
            }

            // A delegate variable's call is named for the delegates (InvokeCallbacks), not what they are handed.
            if (expression is not InvocationExpressionSyntax invocation
                || (invocation.Expression is IdentifierNameSyntax callee && char.IsLower(callee.Identifier.ValueText[0])))
            {
                return null;
            }

            // A number, flag or character says how the call works (`l.Reverse(idxNewBytes, ...)`: from where), not on what.
            if (invocation.ArgumentList.Arguments is { Count: > 0 } arguments
                && arguments[0] is { RefKindKeyword.RawKind: (int)SyntaxKind.None, Expression: IdentifierNameSyntax argument }
                && model.GetTypeInfo(argument, cancellationToken).Type is { } argumentType
                && argumentType.SpecialType is not (>= SpecialType.System_Boolean and <= SpecialType.System_Double) && argumentType.TypeKind != TypeKind.Enum
                && VariableName(argument, loop, model, parameters) is { } argumentName)
            {
                return argumentName;
            }

            // A new object handed to the call is what it works on (`renderers.Add(new PreviewHighlighter(...))`,
            // `list.Add(new(category, ...))`): its type says it, unless the type is generic (a container:
            // `new List<string>()` says nothing) or built in (NamesAThing). Not in a `foreach`:
            // one object made per item of a collection is that collection converted (`foreach (var cmd in commands)
            // Commands.Add(new CommandViewModel(cmd))` adds the commands), which the block's variable says.
            if (loop is null
                && invocation.ArgumentList.Arguments is { Count: > 0 } handed
                && handed[0] is { RefKindKeyword.RawKind: (int)SyntaxKind.None, Expression: BaseObjectCreationExpressionSyntax creation }
                && model.GetTypeInfo(creation, cancellationToken).Type is INamedTypeSymbol createdType
                && NamesAThing(createdType))
            {
                return createdType.Name;
            }

            // The receiver: a variable, or the new object at the root of a fluent chain.
            var receiver = (invocation.Expression as MemberAccessExpressionSyntax)?.Expression;
            while (receiver is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax chained })
            {
                receiver = chained.Expression;
            }

            return receiver switch
            {
                IdentifierNameSyntax variable => VariableName(variable, loop, model, parameters),
                ObjectCreationExpressionSyntax { Type: QualifiedNameSyntax { Right.Identifier.ValueText: { Length: > 1 } created } } => created,
                ObjectCreationExpressionSyntax { Type: SimpleNameSyntax { Identifier.ValueText: { Length: > 1 } created } } => created,
                _ => null,
            };
        }

        /// <summary>
        /// A variable as the new method or every copy calls it: a parameter by its own name, a variable the copies name
        /// apart by what their names share (none: the first copy's name would be wrong at the others), a <c>foreach</c>
        /// variable by its collection. Null for a member, a <c>using</c> resource or a one-letter name.
        /// </summary>
        private string? VariableName(IdentifierNameSyntax reference, CommonForEachStatementSyntax? loop, SemanticModel model, List<Parameter> parameters)
        {
            ExpressionSyntax worked = reference;
            if (loop is ForEachStatementSyntax forEach && forEach.Identifier.ValueText == reference.Identifier.ValueText)
            {
                worked = forEach.Expression;
            }

            var symbol = model.GetSymbolInfo(worked, cancellationToken).Symbol;
            if (symbol is ILocalSymbol { DeclaringSyntaxReferences.Length: 1 } local
                && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).Parent?.Parent is UsingStatementSyntax or LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword })
            {
                return null;
            }

            var name = symbol is ILocalSymbol or IParameterSymbol
                ? parameters.FirstOrDefault(p => SymbolEqualityComparer.Default.Equals(p.Variable, symbol))?.Name ?? SharedVariableName(symbol)
                : worked == reference ? null : LastName(worked);
            return SubjectName(name, TypeOfMember(symbol));
        }

        /// <summary>
        /// Whether a name already ends with what it works on: its word (<c>WriteLineOrder</c>), or, for an exception
        /// said as the error (SubjectName), <c>Exception</c> or <c>Error</c> (<c>LogException</c>, not
        /// <c>LogExceptionError</c>).
        /// </summary>
        private static bool SaysSubject(string name, string subject) =>
            name.EndsWith(Identifiers.ToPascal(subject), StringComparison.Ordinal)
            || (subject == "error" && name.EndsWith("Exception", StringComparison.Ordinal));

        private static ITypeSymbol? TypeOfMember(ISymbol? symbol) => symbol switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            null => null,
            _ => VariableType(symbol),
        };

        /// <summary>
        /// How a method name says a variable it works on: an exception is the error (<c>ShowEx</c> says the variable,
        /// <c>ReportError</c> the thing); a two-letter name is often an abbreviation (<c>ie</c>, <c>vm</c>) that the
        /// variable's type spells out where the type is the project's own (<c>ImageEntry</c>), and stays where the type
        /// is a framework's (<c>id</c>, <c>db</c>) or the name is a word of the type's (<c>db</c> of
        /// <c>ApplicationDbContext</c>); one letter names nothing.
        /// </summary>
        private static string? SubjectName(string? name, ITypeSymbol? type)
        {
            if (name is null || name.Length < 2)
            {
                return null;
            }

            if (type is INamedTypeSymbol named && (named.Name == "Exception" || SystemBaseTypes.DerivesFrom(named, "Exception")))
            {
                return "error";
            }

            if (name.Length == 2)
            {
                // A name that is itself a word of the type's name already says it (`db` of `ApplicationDbContext`).
                return type is INamedTypeSymbol { IsGenericType: false } own && own.Locations.Length > 0 && own.Locations[0].IsInSource && NamesAThing(own)
                    && !Words(own.Name).Any(word => string.Equals(word, name, StringComparison.OrdinalIgnoreCase))
                    ? own.Name
                    : name;
            }

            return name;
        }

        /// <summary>
        /// Whether a type's name says what a value is in the code's own terms: a class, struct or record with a name of
        /// more than one letter, not generic (<c>List&lt;T&gt;</c> is a container), not <c>object</c>, <c>string</c> or
        /// another built-in type.
        /// </summary>
        private static bool NamesAThing(INamedTypeSymbol type) =>
            type is { IsGenericType: false, IsAnonymousType: false, TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None, Name.Length: > 1 };

        /// <summary>
        /// A call of a delegate variable (<c>action(context)</c>) is named <c>Invoke</c> and the variable, or the
        /// collection it is drawn from in a <c>foreach</c> (<c>InvokeCallbacks</c>); a method call by its method.
        /// </summary>
        private static string? IntentOf(ExpressionSyntax expression, CommonForEachStatementSyntax? loop)
        {
            if (expression is AwaitExpressionSyntax awaited)
            {
                expression = awaited.Expression;
            }

            if (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } configured })
            {
                expression = configured.Expression;
            }

            string? name = expression switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left switch
                {
                    MemberAccessExpressionSyntax access => "Set" + (LastName(access.Expression) is { } owner ? Identifiers.ToPascal(owner) : string.Empty) + Identifiers.ToPascal(access.Name.Identifier.ValueText),
                    SimpleNameSyntax simple => "Set" + Identifiers.ToPascal(simple.Identifier.ValueText),
                    _ => null,
                },
                InvocationExpressionSyntax { Expression: IdentifierNameSyntax callee } when char.IsLower(callee.Identifier.ValueText[0]) && callee.Identifier.ValueText != "nameof" =>
                    "Invoke" + Identifiers.ToPascal(loop is ForEachStatementSyntax forEach && forEach.Identifier.ValueText == callee.Identifier.ValueText && LastName(forEach.Expression) is { } collection
                        ? collection
                        : callee.Identifier.ValueText),
                InvocationExpressionSyntax invocation => LastName(invocation.Expression),
                _ => null,
            };

            if (name is null || name == "nameof" || name == "Set" || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
            {
                return null;
            }

            name = Identifiers.ToPascal(name);
            return name.EndsWith("Async", StringComparison.Ordinal) && name.Length > "Async".Length ? name.Substring(0, name.Length - "Async".Length) : name;
        }

        private static string? LastName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>
        /// camelCase with a leading acronym lowered whole (<c>CV</c> -> <c>cv</c>, <c>URLPath</c> -> <c>urlPath</c>):
        /// lowering its first letter only (<c>cV</c>) is no name a reviewer writes.
        /// </summary>
        private static string ToCamel(string name)
        {
            var trimmed = name.TrimStart('_', '@');

            // A field's scope prefix (`m_count`, `s_instance`, `t_cache`) says where it lives, not what it holds.
            if (trimmed.Length > 2 && trimmed[1] == '_' && trimmed[0] is 'm' or 's' or 't' && trimmed[2] != '_')
            {
                trimmed = trimmed.Substring(2);
            }

            if (trimmed.Length == 0)
            {
                return "value";
            }

            // A constant's SCREAMING_SNAKE_CASE or a snake_case name is said as C# says a parameter
            // (`TANK_GAME_OBJECT_NAME` -> `tankGameObjectName`, not `tank_GAME_OBJECT_NAME`): the fixes' one casing rule.
            if (trimmed.IndexOf('_') > 0)
            {
                trimmed = Identifiers.ToPascal(trimmed);
            }

            var upper = 0;
            while (upper < trimmed.Length && char.IsUpper(trimmed[upper]))
            {
                upper++;
            }

            // Of `URLPath`'s capitals the last starts the next word (`Path`); of `CV` all are the acronym.
            var lowered = upper > 1 && upper < trimmed.Length && char.IsLower(trimmed[upper]) ? upper - 1 : Math.Max(upper, 1);
            return trimmed.Substring(0, lowered).ToLowerInvariant() + trimmed.Substring(lowered);
        }
    }

    // The verbs a method name commonly opens with: a first copy's name that opens with one says what the block does.
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "Add", "Append", "Apply", "Build", "Calculate", "Check", "Clear", "Close", "Compute", "Configure", "Convert",
        "Copy", "Create", "Decode", "Delete", "Deserialize", "Draw", "Encode", "Ensure", "Execute", "Fill", "Find",
        "Format", "Generate", "Get", "Hide", "Initialize", "Insert", "Install", "Invoke", "Load", "Make", "Map",
        "Merge", "Mix", "Move", "Normalize", "Open", "Parse", "Print", "Read", "Refresh", "Register", "Remove", "Render",
        "Reset", "Resolve", "Run", "Sanitize", "Save", "Scale", "Send", "Serialize", "Set", "Show", "Sort", "Split",
        "Start", "Stop", "Trim", "Uninstall", "Update", "Upgrade", "Validate", "Write",
    };

    internal static bool StartsWithVerb(string name)
    {
        var end = 1;
        while (end < name.Length && !char.IsUpper(name[end]) && !char.IsDigit(name[end]))
        {
            end++;
        }

        return Verbs.Contains(name.Substring(0, end));
    }

    /// <summary>
    /// Whether a name from the intent rows says nothing a reviewer keeps, so the group has none: a numeric suffix
    /// (<c>TryComputeVisual1</c>, <c>InsertVector3</c>: a type's or a variable's number, not an act), a word said
    /// twice (<c>AnimateTicksAnimate</c>: the last call's name beside a subject that repeats it), or a generic verb
    /// and one letter (<c>ComputeX</c>).
    /// </summary>
    internal static bool SaysNothing(string name)
    {
        var core = name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Async".Length) : name;
        if (core.Length == 0 || char.IsDigit(core[core.Length - 1]))
        {
            return true;
        }

        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= core.Length; i++)
        {
            if (i == core.Length || char.IsUpper(core[i]))
            {
                words.Add(core.Substring(start, i - start));
                start = i;
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            // "And" joins two values, each of which may say a word of the other (`ComputeRootExpressionAndParentExpression`):
            // a word counts twice only within one value. One letter is part of an acronym (`ToUIString`).
            for (var j = i + 1; j < words.Count && words[j] != "And"; j++)
            {
                if (words[i].Length > 1 && words[i] != "And" && string.Equals(words[i], words[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        var verbAt = words.Count > 0 && words[0] == "Try" ? 1 : 0;
        return words.Count == verbAt + 2 && words[verbAt] is "Compute" or "Process" && words[verbAt + 1].Length == 1;
    }
}
