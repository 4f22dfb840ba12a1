using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using AiDebtAnalyzers.Duplication;
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

            return Identifiers.Unique(baseName, taken.Contains);
        }

        private static string UniqueName(SlotName slotName, HashSet<string> used)
        {
            foreach (var candidate in slotName.Candidates)
            {
                if (!IsTaken(candidate, used))
                {
                    return candidate;
                }
            }

            return Identifiers.Unique(slotName.Candidates[0], name => IsTaken(name, used));
        }

        private static bool IsTaken(string name, HashSet<string> used) =>
            used.Contains(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None;

        /// <summary>
        /// A name from the code, by the first row of the rule page's method-name table that applies: what the block
        /// computes (<c>ComputeTotal</c>; with a second value handed out beside it, both, the returned one first:
        /// <c>ComputeCountryAndMailingLabel</c>), even when guards open the block; what it validates
        /// (<c>ValidateOrder</c>); its last effect (<c>SetStatusText</c>, <c>WriteLineOrder</c>); else the first thing it
        /// works on (<c>ProcessOrder</c>).
        /// </summary>
        private static string? MethodNameFor(Copy first, List<Parameter> parameters, ISymbol? result, List<ISymbol> results, bool isAsync)
        {
            string? name;
            // A cancellation token is passed along, not worked on.
            var subject = parameters.FirstOrDefault(p => p.Slot is null && !IsCancellationToken(p.Type))?.Name;
            if (result is not null)
            {
                // The call assigns the returned value (`var country = ...`), so the name says it first; a name from the
                // other value alone would contradict the variable it is assigned to. Three or more values would make
                // the name a list: it then says the returned one only.
                name = "Compute" + Identifiers.ToPascal(result.Name);
                if (results.Count == 2 && SymbolEqualityComparer.Default.Equals(results[0], result))
                {
                    name += "And" + Identifiers.ToPascal(results[1].Name);
                }
            }
            else if (first.Statements[0] is IfStatementSyntax ifStatement && ifStatement.Statement.DescendantNodesAndSelf().OfType<ThrowStatementSyntax>().Any())
            {
                name = "Validate" + (subject is null ? "State" : Identifiers.ToPascal(subject));
            }
            else
            {
                // A call is named with what it works on (WriteLineOrder); an assignment names its own target.
                // Without a last effect nothing says what the block is for: `Process` and a word of it (`ProcessBlock`,
                // `ProcessE`) is no name a reviewer keeps, so there is none.
                var intent = IntentOf(first.Statements[first.Statements.Count - 1]);
                name = intent is null ? null
                    : intent.StartsWith("Set", StringComparison.Ordinal) || intent.StartsWith("Compute", StringComparison.Ordinal) || subject is null || intent.EndsWith(Identifiers.ToPascal(subject), StringComparison.Ordinal) ? intent
                    : intent + Identifiers.ToPascal(subject);
            }

            return name is null ? null : isAsync ? name + "Async" : name;
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
            }

            var chosen = shared is { Length: > 0 } ? shared : firstName is not null && StartsWithVerb(firstName) ? firstName : null;
            return chosen is not null && isAsync && !chosen.EndsWith("Async", StringComparison.Ordinal) ? chosen + "Async" : chosen;
        }

        /// <summary>
        /// What the block is for, read from its last effect: the method its final statement calls (<c>CopyText</c>), or
        /// <c>Set</c> and the target of its final assignment (<c>SetStatusText</c>). Compound statements are read through
        /// to their last inner statement; <c>ConfigureAwait</c> and <c>Async</c> suffixes are not part of the intent.
        /// </summary>
        private static string? IntentOf(StatementSyntax statement)
        {
            CommonForEachStatementSyntax? loop = null;
            while (true)
            {
                switch (statement)
                {
                    case BlockSyntax { Statements.Count: > 0 } block:
                        statement = block.Statements[block.Statements.Count - 1];
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
                        return IntentOf(expressionStatement.Expression, loop);
                    case ReturnStatementSyntax { Expression: InvocationExpressionSyntax or AwaitExpressionSyntax } returnStatement:
                        return IntentOf(returnStatement.Expression!, loop);
                    case ReturnStatementSyntax { Expression: IdentifierNameSyntax returned }:
                        // What the block returns by name is what it computes.
                        return "Compute" + Identifiers.ToPascal(returned.Identifier.ValueText);
                    case LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables }:
                        return variables[0].Initializer is { } initializer ? IntentOf(initializer.Value, loop) : null;
                    default:
                        return null;
                }
            }
        }

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

        private static string ToCamel(string name)
        {
            var trimmed = name.TrimStart('_', '@');
            return trimmed.Length == 0 ? "value" : char.ToLowerInvariant(trimmed[0]) + trimmed.Substring(1);
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
