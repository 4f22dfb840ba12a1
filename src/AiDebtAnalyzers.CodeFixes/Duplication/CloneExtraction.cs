using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <summary>
/// Plans and applies the extraction of one clone group into a private method. A plan is made only when every copy is
/// known, all copies lie in one type, each copy has one entry and one exit, at most one value flows out, and the copies
/// differ only in values (variables, literals, <c>nameof</c> results, fields or properties read by simple name).
/// </summary>
internal static class CloneExtraction
{
    public const string Title = "Extract duplicated code into a method";

    /// <summary>Plans the extraction for a diagnostic; null when no safe extraction exists.</summary>
    public static async Task<ExtractionPlan?> TryPlanAsync(Solution solution, Diagnostic diagnostic, ISet<string> claimedNames, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(DuplicatedCodeAnalyzer.CloneCopiesProperty, out var copiesText)
            || !int.TryParse(copiesText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var copyCount)
            || copyCount != diagnostic.AdditionalLocations.Count + 1)
        {
            // Some copies are not listed: replacing only the listed ones would leave the rest behind.
            return null;
        }

        var locations = new List<Location> { diagnostic.Location };
        locations.AddRange(diagnostic.AdditionalLocations);
        locations.Sort((x, y) =>
        {
            var byPath = string.CompareOrdinal(x.SourceTree?.FilePath, y.SourceTree?.FilePath);
            return byPath != 0 ? byPath : x.SourceSpan.Start.CompareTo(y.SourceSpan.Start);
        });

        var copies = new List<Copy>(locations.Count);
        foreach (var location in locations)
        {
            var copy = await Copy.CreateAsync(solution, location, cancellationToken).ConfigureAwait(false);
            if (copy is null)
            {
                return null;
            }

            copies.Add(copy);
        }

        return new Planner(copies, claimedNames, cancellationToken).Plan();
    }

    /// <summary>Applies non-overlapping plans made against <paramref name="solution"/>, each document edited once.</summary>
    public static async Task<Solution> ApplyAsync(Solution solution, IReadOnlyList<ExtractionPlan> plans, CancellationToken cancellationToken)
    {
        var byDocument = new Dictionary<DocumentId, List<Action<SyntaxEditor>>>();
        void Add(DocumentId id, Action<SyntaxEditor> edit)
        {
            if (!byDocument.TryGetValue(id, out var edits))
            {
                edits = new List<Action<SyntaxEditor>>();
                byDocument[id] = edits;
            }

            edits.Add(edit);
        }

        foreach (var plan in plans)
        {
            foreach (var copy in plan.Copies)
            {
                var statements = copy.Statements;
                var replacement = copy.Replacement;
                Add(copy.DocumentId, editor =>
                {
                    editor.ReplaceNode(statements[0], replacement
                        .WithLeadingTrivia(statements[0].GetLeadingTrivia())
                        .WithTrailingTrivia(statements[statements.Count - 1].GetTrailingTrivia()));
                    for (var i = 1; i < statements.Count; i++)
                    {
                        // A top-level statement cannot be removed from its global statement, only with it.
                        editor.RemoveNode(statements[i].Parent is GlobalStatementSyntax global ? global : statements[i], SyntaxRemoveOptions.KeepNoTrivia);
                    }
                });
            }
        }

        // Methods go in after every copy is replaced: a local function of a top-level program is added to the
        // compilation unit as it is then, after its last top-level statement (which may itself have been a copy).
        var localFunctions = new Dictionary<DocumentId, List<MemberDeclarationSyntax>>();
        var inCodeOrder = new List<ExtractionPlan>(plans);
        inCodeOrder.Sort((x, y) => x.Spans[0].Span.Start.CompareTo(y.Spans[0].Span.Start));
        foreach (var plan in inCodeOrder)
        {
            var anchor = plan.Anchor;
            var method = plan.Method;
            if (anchor is not null)
            {
                Add(plan.MethodDocumentId, editor => editor.InsertAfter(anchor, method));
            }
            else if (localFunctions.TryGetValue(plan.MethodDocumentId, out var list))
            {
                list.Add(method);
            }
            else
            {
                localFunctions[plan.MethodDocumentId] = new List<MemberDeclarationSyntax> { method };
            }
        }

        // One edit per program, so that its local functions follow each other in the order of their first copies, the
        // same whether the groups are fixed one by one or all at once.
        foreach (var entry in localFunctions)
        {
            var functions = entry.Value;
            Add(entry.Key, editor => editor.ReplaceNode(editor.OriginalRoot, (root, _) => AddAfterTopLevelStatements((CompilationUnitSyntax)root, functions)));
        }

        var result = solution;
        foreach (var entry in byDocument)
        {
            var document = solution.GetDocument(entry.Key);
            if (document is null)
            {
                continue;
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var edit in entry.Value)
            {
                edit(editor);
            }

            var changed = editor.GetChangedDocument();
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            changed = await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            result = result.WithDocumentSyntaxRoot(entry.Key, (await changed.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!);
        }

        return result;
    }

    private static CompilationUnitSyntax AddAfterTopLevelStatements(CompilationUnitSyntax unit, List<MemberDeclarationSyntax> localFunctions)
    {
        var members = unit.Members;
        var index = 0;
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i] is GlobalStatementSyntax)
            {
                index = i + 1;
            }
        }

        // One blank line before each local function, in the file's own line ending (the formatter would keep an elastic
        // one as CRLF between top-level members).
        var eol = EndOfLine(LineEnding(unit));
        foreach (var localFunction in localFunctions)
        {
            var endsLine = index > 0 && members[index - 1].GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            members = members.Insert(index, localFunction.WithLeadingTrivia(endsLine ? TriviaList(eol) : TriviaList(eol, eol)));
            index++;
        }

        return unit.WithMembers(members);
    }

    private static string LineEnding(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToString();
            }
        }

        return "\n";
    }

    internal sealed class Copy
    {
        private Copy(Document document, SemanticModel model, IReadOnlyList<StatementSyntax> statements, List<SyntaxToken> tokens, bool isTopLevel)
        {
            Document = document;
            Model = model;
            Statements = statements;
            Tokens = tokens;
            IsTopLevel = isTopLevel;
        }

        /// <summary>Whether the copy lies in the top-level statements of a program, directly or nested in them.</summary>
        public bool IsTopLevel { get; }

        public Document Document { get; }

        public SemanticModel Model { get; }

        public IReadOnlyList<StatementSyntax> Statements { get; }

        public List<SyntaxToken> Tokens { get; }

        public TextSpan Span => TextSpan.FromBounds(Statements[0].SpanStart, Statements[Statements.Count - 1].Span.End);

        public static async Task<Copy?> CreateAsync(Solution solution, Location location, CancellationToken cancellationToken)
        {
            var tree = location.SourceTree;
            var document = tree is null ? null : solution.GetDocument(tree);
            if (tree is null || document is null)
            {
                return null;
            }

            var root = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
            var span = location.SourceSpan;
            var token = root.FindToken(span.Start);
            StatementSyntax? first = null;
            foreach (var node in token.Parent?.AncestorsAndSelf() ?? Enumerable.Empty<SyntaxNode>())
            {
                if (node is StatementSyntax statement && statement.SpanStart == span.Start && statement.Span.End <= span.End
                    && statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax)
                {
                    first = statement;
                }
                else if (node.SpanStart != span.Start)
                {
                    break;
                }
            }

            if (first is null)
            {
                return null;
            }

            var statements = new List<StatementSyntax>();
            if (first.Parent is GlobalStatementSyntax { Parent: CompilationUnitSyntax unit } global)
            {
                var members = unit.Members;
                for (var i = members.IndexOf(global); i < members.Count && members[i] is GlobalStatementSyntax next && next.Span.End <= span.End; i++)
                {
                    statements.Add(next.Statement);
                }
            }
            else if (first.Parent is BlockSyntax or SwitchSectionSyntax)
            {
                var siblings = first.Parent is BlockSyntax block ? block.Statements : ((SwitchSectionSyntax)first.Parent!).Statements;
                for (var i = siblings.IndexOf(first); i < siblings.Count && siblings[i].Span.End <= span.End; i++)
                {
                    statements.Add(siblings[i]);
                }
            }
            else
            {
                return null;
            }

            if (statements[statements.Count - 1].Span.End != span.End)
            {
                return null;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is null)
            {
                return null;
            }

            var tokens = new List<SyntaxToken>();
            foreach (var statement in statements)
            {
                foreach (var t in statement.DescendantTokens())
                {
                    if (!t.IsMissing && !t.Span.IsEmpty)
                    {
                        tokens.Add(t);
                    }
                }
            }

            return new Copy(document, model, statements, tokens, first.Ancestors().OfType<GlobalStatementSyntax>().Any());
        }
    }

    private sealed class Planner
    {
        private readonly List<Copy> copies;
        private readonly ISet<string> claimedNames;
        private readonly CancellationToken cancellationToken;

        // Per copy: the copy's variable for each variable of the first copy, and back.
        private readonly List<Dictionary<ISymbol, ISymbol>> forward = new();
        private readonly List<Dictionary<ISymbol, ISymbol>> backward = new();

        // Variables of the first copy (locals and parameters) with the token index of their first use.
        private readonly Dictionary<ISymbol, int> firstUse = new(SymbolEqualityComparer.Default);
        private readonly List<ValueSlot> valueSlots = new();
        private bool needsInstance;

        // Token indices (in the first copy) of every `this`.
        private readonly List<int> thisTokens = new();

        public Planner(List<Copy> copies, ISet<string> claimedNames, CancellationToken cancellationToken)
        {
            this.copies = copies;
            this.claimedNames = claimedNames;
            this.cancellationToken = cancellationToken;
            foreach (var _ in copies)
            {
                forward.Add(new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default));
                backward.Add(new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default));
            }
        }

        public ExtractionPlan? Plan()
        {
            var first = copies[0];
            var type = ContainingType(first);
            if (type is null || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return null;
            }

            foreach (var copy in copies)
            {
                // A top-level program's local function is seen from its top-level statements only, and a method of the
                // generated Program class is not written: all copies in top-level statements, or none.
                if (copy.IsTopLevel != first.IsTopLevel || (first.IsTopLevel && copy.Document.Id != first.Document.Id))
                {
                    return null;
                }

                if (!SymbolEqualityComparer.Default.Equals(ContainingType(copy), type) || copy.Tokens.Count != first.Tokens.Count
                    || !HasSingleEntryAndExit(copy) || Overlaps(copy))
                {
                    return null;
                }
            }

            if (!CompareTokens())
            {
                return null;
            }

            var flows = new List<DataFlowAnalysis>(copies.Count);
            foreach (var copy in copies)
            {
                var flow = copy.Model.AnalyzeDataFlow(copy.Statements[0], copy.Statements[copy.Statements.Count - 1]);
                if (flow is null || !flow.Succeeded || !flow.UnsafeAddressTaken.IsEmpty)
                {
                    return null;
                }

                flows.Add(flow);
            }

            return Build(type, flows);
        }

        private static INamedTypeSymbol? ContainingType(Copy copy)
        {
            var symbol = copy.Model.GetEnclosingSymbol(copy.Statements[0].SpanStart);
            return symbol?.ContainingType?.OriginalDefinition;
        }

        private bool Overlaps(Copy copy)
        {
            foreach (var other in copies)
            {
                if (!ReferenceEquals(other, copy) && other.Document.Id == copy.Document.Id && other.Span.OverlapsWith(copy.Span))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasSingleEntryAndExit(Copy copy)
        {
            var flow = copy.Model.AnalyzeControlFlow(copy.Statements[0], copy.Statements[copy.Statements.Count - 1]);
            if (flow is null || !flow.Succeeded || !flow.EntryPoints.IsEmpty || !flow.ExitPoints.IsEmpty
                || !flow.ReturnStatements.IsEmpty || !flow.EndPointIsReachable)
            {
                return false;
            }

            foreach (var statement in copy.Statements)
            {
                foreach (var node in statement.DescendantNodesAndSelf(n => !IsNestedFunction(n)))
                {
                    if (node is YieldStatementSyntax)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool IsNestedFunction(SyntaxNode node) =>
            node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

        /// <summary>Walks the copies token by token and records what differs; false when a difference is not a value.</summary>
        private bool CompareTokens()
        {
            var first = copies[0];
            for (var i = 0; i < first.Tokens.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var token = first.Tokens[i];
                foreach (var copy in copies)
                {
                    if (!copy.Tokens[i].IsKind(token.Kind()))
                    {
                        return false;
                    }
                }

                if (token.IsKind(SyntaxKind.ThisKeyword))
                {
                    // Unless it only qualifies a member read that becomes a parameter (decided in Build).
                    thisTokens.Add(i);
                }
                else if (token.IsKind(SyntaxKind.BaseKeyword))
                {
                    needsInstance = true;
                }

                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    var skipTo = CompareIdentifier(i);
                    if (skipTo < 0)
                    {
                        return false;
                    }

                    i = skipTo;
                }
                else if (TreeCloneData.IsAbstracted(token) && !AllTextsEqual(i))
                {
                    var baseName = token.IsKind(SyntaxKind.NumericLiteralToken) ? "value" : token.IsKind(SyntaxKind.CharacterLiteralToken) ? "character" : "text";
                    if (token.Parent is not LiteralExpressionSyntax || !AddValueSlot(i, baseName, token.Parent))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private bool AllTextsEqual(int index)
        {
            var text = copies[0].Tokens[index].Text;
            foreach (var copy in copies)
            {
                if (!string.Equals(copy.Tokens[index].Text, text, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Returns the last token index handled (a <c>nameof</c> expression is handled whole), or -1 to give up.</summary>
        private int CompareIdentifier(int index)
        {
            var first = copies[0];
            var token = first.Tokens[index];

            if (token.Parent is IdentifierNameSyntax { Parent: InvocationExpressionSyntax invocation } name
                && name.Identifier.ValueText == "nameof" && invocation.Expression == name
                && first.Model.GetSymbolInfo(invocation, cancellationToken).Symbol is null)
            {
                var last = index;
                while (last + 1 < first.Tokens.Count && invocation.Span.Contains(first.Tokens[last + 1].Span))
                {
                    last++;
                }

                // nameof of a variable names the variable of each copy: keep the copy's own text as an argument.
                return AddValueSlot(index, "name", invocation) ? last : -1;
            }

            var symbols = new ISymbol?[copies.Count];
            for (var c = 0; c < copies.Count; c++)
            {
                symbols[c] = SymbolAt(copies[c], copies[c].Tokens[index]);
            }

            // Variables in every copy map one to one; a variable in one copy and a field in another is a value (below).
            if (symbols[0] is ILocalSymbol or IParameterSymbol && (AllVariables(symbols) || !AnyField(symbols)))
            {
                if (symbols[0] is ILocalSymbol { IsConst: true } && !first.Span.Contains(symbols[0]!.Locations[0].SourceSpan))
                {
                    return -1;
                }

                if (symbols[0] is IParameterSymbol { IsThis: true })
                {
                    needsInstance = true;
                }

                for (var c = 0; c < copies.Count; c++)
                {
                    if (symbols[c] is not (ILocalSymbol or IParameterSymbol) || !MapVariable(c, symbols[0]!, symbols[c]!))
                    {
                        return -1;
                    }
                }

                if (!firstUse.ContainsKey(symbols[0]!))
                {
                    firstUse[symbols[0]!] = index;
                }

                return index;
            }

            var allSame = AllTextsEqual(index);
            for (var c = 1; c < copies.Count && allSame; c++)
            {
                allSame = SymbolEqualityComparer.Default.Equals(symbols[c]?.OriginalDefinition, symbols[0]?.OriginalDefinition);
            }

            var symbol = symbols[0];
            if (symbol is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method }
                || (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction } && !first.Span.Contains(symbol.Locations[0].SourceSpan))
                || symbol is ILabelSymbol or IRangeVariableSymbol)
            {
                return -1;
            }

            if (allSame)
            {
                // A member read the same way in every copy stays in the new method, which then needs the instance.
                if (symbol is not null && !symbol.IsStatic && symbol.Kind is SymbolKind.Field or SymbolKind.Property or SymbolKind.Method or SymbolKind.Event
                    && token.Parent is SimpleNameSyntax simple && !IsQualifiedName(simple) && IsMemberOf(copies[0], symbol))
                {
                    needsInstance = true;
                }

                return index;
            }

            // A field or property read by its simple name differs, alone or as the receiver of a member access
            // (`_orders.Add(item)` against `_invoices.Add(item)`): pass its value, read once at the call.
            // `this._orders` against `this._invoices`: the whole member access is the value.
            var thisQualified = token.Parent is IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } thisAccess } qualifiedName
                && thisAccess.Name == qualifiedName && index >= 2 ? thisAccess : null;
            if (token.Parent is not IdentifierNameSyntax read || (IsQualifiedName(read) && thisQualified is null) || !IsPlainRead(read)
                || thisQualified is { Parent: InvocationExpressionSyntax })
            {
                return -1;
            }

            for (var c = 0; c < copies.Count; c++)
            {
                if (!IsPassableRead(copies[c], symbols[c]))
                {
                    return -1;
                }
            }

            return thisQualified is null
                ? AddValueSlot(index, symbol!.Name.TrimStart('_'), read, symbols!) ? index : -1
                : AddValueSlot(index - 2, symbol!.Name.TrimStart('_'), thisQualified, symbols!) ? index : -1;
        }

        /// <summary>
        /// Whether one copy's read of a field or property may be replaced by a parameter that holds the value read at the
        /// call: the member must be a field or an auto-property of the type (a computed property may give another value at
        /// each read), the block must never write it, and a mutable one must not be reassigned behind the block's back by
        /// a method of the type that the block calls. A value-type member must only be read, never mutated
        /// through a member call: the parameter is a copy, so a mutation would no longer reach the field.
        /// </summary>
        private bool IsPassableRead(Copy copy, ISymbol? member)
        {
            bool stable;
            switch (member)
            {
                case IFieldSymbol field:
                    stable = field.IsReadOnly || field.IsConst;
                    break;
                case IPropertySymbol { IsIndexer: false } property when IsAutoProperty(property, cancellationToken):
                    stable = property.SetMethod is null;
                    break;

                // Where another copy reads a field: a plain local or parameter declared before the block.
                case ILocalSymbol { RefKind: RefKind.None, IsConst: false } or IParameterSymbol { RefKind: RefKind.None or RefKind.In, IsThis: false }
                    when member.Locations.Length > 0 && !copy.Span.Contains(member.Locations[0].SourceSpan):
                    stable = false;
                    break;
                default:
                    return false;
            }

            if (IsWrittenIn(copy, member))
            {
                return false;
            }

            return stable || !CallsMethodOfOwnType(copy);
        }

        private static bool IsAutoProperty(IPropertySymbol property, CancellationToken cancellationToken)
        {
            if (property.DeclaringSyntaxReferences.Length != 1
                || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors })
            {
                return false;
            }

            foreach (var accessor in accessors.Accessors)
            {
                if (accessor.Body is not null || accessor.ExpressionBody is not null)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the copy assigns the member, passes it by reference, or mutates it through a member of its value type.</summary>
        private bool IsWrittenIn(Copy copy, ISymbol member)
        {
            foreach (var token in copy.Tokens)
            {
                if (!token.IsKind(SyntaxKind.IdentifierToken) || token.ValueText != member.Name || token.Parent is not SimpleNameSyntax name
                    || !SymbolEqualityComparer.Default.Equals(copy.Model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, member.OriginalDefinition))
                {
                    continue;
                }

                ExpressionSyntax use = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
                if (IsWriteTarget(use) || !IsReadOnlyUse(copy.Model, use, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the copy calls a method of its own type (or a base type), a local function or a delegate: any of them may reassign a mutable field.</summary>
        private bool CallsMethodOfOwnType(Copy copy)
        {
            foreach (var statement in copy.Statements)
            {
                foreach (var node in statement.DescendantNodesAndSelf())
                {
                    if (node is InvocationExpressionSyntax invocation
                        && copy.Model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
                        && (method.MethodKind is MethodKind.LocalFunction or MethodKind.DelegateInvoke || IsMemberOf(copy, method)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>An assignment target, an increment or decrement, a <c>ref</c> or <c>out</c> argument, a <c>ref</c> expression or an address.</summary>
        private static bool IsWriteTarget(ExpressionSyntax expression)
        {
            var parent = expression.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                expression = (ExpressionSyntax)parent;
                parent = parent.Parent;
            }

            return parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left == expression,
                PrefixUnaryExpressionSyntax prefix => prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression) || prefix.IsKind(SyntaxKind.AddressOfExpression),
                PostfixUnaryExpressionSyntax postfix => postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression),
                ArgumentSyntax argument => argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) || argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword),
                RefExpressionSyntax => true,
                _ => false,
            };
        }

        /// <summary>
        /// Whether a use of a value of value type (a struct, or a type parameter that may be one) only reads it, so that a
        /// copy of it in a parameter behaves the same. Readable: any use that copies the value (an argument, an operand),
        /// a <c>readonly</c> method (every method of a readonly struct is one), a property whose getter is readonly, and a
        /// field read that is itself only read. Anything else that may run code on the variable itself (a plain method,
        /// <c>foreach</c>, <c>await</c>, <c>using</c>, <c>?.</c>) counts as a mutation. Values of reference type are
        /// always readable.
        /// </summary>
        private static bool IsReadOnlyUse(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
        {
            var type = model.GetTypeInfo(expression, cancellationToken).Type;
            if (type is null || type.IsReferenceType)
            {
                return true;
            }

            var parent = expression.Parent;
            switch (parent)
            {
                case MemberAccessExpressionSyntax access when access.Expression == expression:
                    switch (model.GetSymbolInfo(access, cancellationToken).Symbol)
                    {
                        case IMethodSymbol method:
                            return method.IsReadOnly || method.IsStatic
                                || (method.ReducedFrom is { } extension && extension.Parameters.Length > 0 && extension.Parameters[0].RefKind is RefKind.None or RefKind.In);
                        case IPropertySymbol property:
                            return property.GetMethod is { IsReadOnly: true } && !IsWriteTarget(access);
                        case IFieldSymbol:
                            return !IsWriteTarget(access) && IsReadOnlyUse(model, access, cancellationToken);
                        default:
                            return false;
                    }

                case ConditionalAccessExpressionSyntax conditional when conditional.Expression == expression:
                case ForEachStatementSyntax forEach when forEach.Expression == expression:
                case AwaitExpressionSyntax:
                case UsingStatementSyntax:
                case ElementAccessExpressionSyntax element when element.Expression == expression:
                    return false;
                default:
                    return true;
            }
        }

        private static bool AllVariables(ISymbol?[] symbols)
        {
            foreach (var symbol in symbols)
            {
                if (symbol is not (ILocalSymbol or IParameterSymbol))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool AnyField(ISymbol?[] symbols)
        {
            foreach (var symbol in symbols)
            {
                if (symbol is IFieldSymbol or IPropertySymbol)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsMemberOf(Copy copy, ISymbol member)
        {
            for (var type = ContainingType(copy); type is not null; type = type.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, type.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsQualifiedName(SimpleNameSyntax name) =>
            (name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
            || (name.Parent is MemberBindingExpressionSyntax)
            || (name.Parent is QualifiedNameSyntax qualified && qualified.Right == name)
            || (name.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } assignment && assignment.Left == name)
            || name.Parent is NameColonSyntax or NameEqualsSyntax;

        private static bool IsPlainRead(IdentifierNameSyntax name)
        {
            var parent = name.Parent;
            return parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Right == name,
                PrefixUnaryExpressionSyntax prefix => !prefix.IsKind(SyntaxKind.PreIncrementExpression) && !prefix.IsKind(SyntaxKind.PreDecrementExpression) && !prefix.IsKind(SyntaxKind.AddressOfExpression),
                PostfixUnaryExpressionSyntax => false,
                ArgumentSyntax argument => argument.RefKindKeyword.IsKind(SyntaxKind.None),
                InvocationExpressionSyntax => false,
                _ => true,
            };
        }

        private static ISymbol? SymbolAt(Copy copy, SyntaxToken token)
        {
            var parent = token.Parent;
            if (parent is null)
            {
                return null;
            }

            if (parent is SimpleNameSyntax)
            {
                var info = copy.Model.GetSymbolInfo(parent);
                return info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
            }

            return copy.Model.GetDeclaredSymbol(parent);
        }

        private bool MapVariable(int copyIndex, ISymbol firstSymbol, ISymbol copySymbol)
        {
            var map = forward[copyIndex];
            var back = backward[copyIndex];
            if (map.TryGetValue(firstSymbol, out var mapped))
            {
                return SymbolEqualityComparer.Default.Equals(mapped, copySymbol);
            }

            if (back.ContainsKey(copySymbol))
            {
                return false;
            }

            if (!SymbolEqualityComparer.Default.Equals(VariableType(firstSymbol), VariableType(copySymbol)))
            {
                return false;
            }

            map[firstSymbol] = copySymbol;
            back[copySymbol] = firstSymbol;
            return true;
        }

        private static ITypeSymbol? VariableType(ISymbol symbol) => symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };

        private bool AddValueSlot(int index, string baseName, SyntaxNode firstNode, ISymbol?[]? readSymbols = null)
        {
            var expressions = new ExpressionSyntax[copies.Count];
            ITypeSymbol? type = null;
            for (var c = 0; c < copies.Count; c++)
            {
                var node = c == 0 ? firstNode : FindCorresponding(copies[c], copies[c].Tokens[index], firstNode);
                if (node is not ExpressionSyntax expression)
                {
                    return false;
                }

                var typeInfo = copies[c].Model.GetTypeInfo(expression, cancellationToken);
                var copyType = typeInfo.ConvertedType ?? typeInfo.Type;
                if (copyType is null || copyType.TypeKind == TypeKind.Error || (type is not null && !SymbolEqualityComparer.Default.Equals(type, copyType)))
                {
                    return false;
                }

                type = copyType;
                expressions[c] = expression;
            }

            var same = true;
            for (var c = 1; c < copies.Count && same; c++)
            {
                same = expressions[c].IsEquivalentTo(expressions[0], topLevel: false);
            }

            ISymbol? nameofVariable = null;
            if (same)
            {
                if (expressions[0] is not InvocationExpressionSyntax invocation)
                {
                    return true;
                }

                // The same nameof in every copy: it can stay when its variable exists in the new method (decided later).
                nameofVariable = NameofOperand(invocation);
                if (nameofVariable is null)
                {
                    return true;
                }
            }

            // One parameter per member read: every read of `_orders` in the block (mapped to `_invoices` in the other copy) is the same value.
            ValueSlot? primary = null;
            if (readSymbols is not null)
            {
                foreach (var slot in valueSlots)
                {
                    if (slot.Primary is null && slot.ReadSymbols is { } other && SameSymbols(other, readSymbols))
                    {
                        primary = slot;
                        break;
                    }
                }
            }

            valueSlots.Add(new ValueSlot(index, baseName, type!, expressions, nameofVariable, readSymbols, primary));
            return true;
        }

        private static bool SameSymbols(ISymbol?[] x, ISymbol?[] y)
        {
            for (var i = 0; i < x.Length; i++)
            {
                if (!SymbolEqualityComparer.Default.Equals(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private ISymbol? NameofOperand(InvocationExpressionSyntax invocation)
        {
            if (invocation.ArgumentList.Arguments.Count != 1)
            {
                return null;
            }

            var symbol = copies[0].Model.GetSymbolInfo(invocation.ArgumentList.Arguments[0].Expression, cancellationToken).Symbol;
            return symbol is ILocalSymbol or IParameterSymbol ? symbol : null;
        }

        private static SyntaxNode? FindCorresponding(Copy copy, SyntaxToken token, SyntaxNode firstNode)
        {
            for (var node = token.Parent; node is not null && node.SpanStart == token.SpanStart; node = node.Parent)
            {
                if (node.RawKind == firstNode.RawKind)
                {
                    return node;
                }
            }

            return null;
        }

        private ExtractionPlan? Build(INamedTypeSymbol type, List<DataFlowAnalysis> flows)
        {
            var first = copies[0];
            var flow = flows[0];
            var regionSpan = first.Span;

            // Variables declared inside a copy must not be used after it, unless one of them becomes the result.
            ISymbol? result = null;
            for (var c = 0; c < copies.Count; c++)
            {
                foreach (var output in flows[c].DataFlowsOut)
                {
                    var mapped = c == 0 ? output : backward[c].TryGetValue(output, out var back) ? back : null;
                    if (mapped is null)
                    {
                        return null;
                    }

                    if (result is not null && !SymbolEqualityComparer.Default.Equals(result, mapped))
                    {
                        return null;
                    }

                    result = mapped;
                }

                foreach (var declared in flows[c].VariablesDeclared)
                {
                    var isResult = result is not null && SymbolEqualityComparer.Default.Equals(c == 0 ? declared : backward[c].TryGetValue(declared, out var b) ? b : null, result);
                    if (!isResult && (flows[c].ReadOutside.Contains(declared) || flows[c].WrittenOutside.Contains(declared)))
                    {
                        return null;
                    }
                }
            }

            // The result must be known to every copy before the loop above settles it.
            if (result is not null)
            {
                for (var c = 0; c < copies.Count; c++)
                {
                    foreach (var declared in flows[c].VariablesDeclared)
                    {
                        var mapped = c == 0 ? declared : backward[c].TryGetValue(declared, out var b) ? b : null;
                        if (!SymbolEqualityComparer.Default.Equals(mapped, result) && (flows[c].ReadOutside.Contains(declared) || flows[c].WrittenOutside.Contains(declared)))
                        {
                            return null;
                        }
                    }
                }
            }

            var resultDeclaredInside = result is not null && flow.VariablesDeclared.Contains(result);
            var parameters = new List<Parameter>();
            var localsToDeclare = new List<ISymbol>();
            foreach (var entry in firstUse.OrderBy(e => e.Value))
            {
                var variable = entry.Key;
                if (flow.VariablesDeclared.Contains(variable))
                {
                    continue;
                }

                var isResult = SymbolEqualityComparer.Default.Equals(variable, result);
                if (flow.DataFlowsIn.Contains(variable) || (isResult && flow.DefinitelyAssignedOnEntry.Contains(variable)))
                {
                    parameters.Add(new Parameter(entry.Value, variable.Name, VariableType(variable)!, variable, null));
                }
                else if (isResult && !flow.DefinitelyAssignedOnExit.Contains(variable))
                {
                    return null;
                }
                else
                {
                    localsToDeclare.Add(variable);
                }
            }

            // Names still used in the new method's body; what a value parameter replaces is free to reuse.
            var usedNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in first.Tokens)
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && !valueSlots.Any(slot => slot.Expressions[0].Span.Contains(token.Span)))
                {
                    usedNames.Add(token.ValueText);
                }
            }

            var replacements = new Dictionary<SyntaxNode, string>();
            foreach (var slot in valueSlots)
            {
                if (slot.NameofVariable is { } nameofVariable
                    && (flow.VariablesDeclared.Contains(nameofVariable) || parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Variable, nameofVariable))))
                {
                    continue;
                }

                if (slot.Primary is not null)
                {
                    continue;
                }

                var name = UniqueName(ToCamel(slot.BaseName), usedNames);
                usedNames.Add(name);
                parameters.Add(new Parameter(slot.Index, name, slot.Type, null, slot));
                replacements[slot.Expressions[0]] = name;
            }

            foreach (var slot in valueSlots)
            {
                if (slot.Primary is not null)
                {
                    replacements[slot.Expressions[0]] = replacements[slot.Primary.Expressions[0]];
                }
            }

            parameters.Sort((x, y) => x.Index.CompareTo(y.Index));
            foreach (var parameter in parameters)
            {
                if (!IsNameable(parameter.Type))
                {
                    return null;
                }
            }

            var resultType = result is null ? null : VariableType(result);
            if (resultType is not null && !IsNameable(resultType))
            {
                return null;
            }

            foreach (var thisIndex in thisTokens)
            {
                var thisSpan = first.Tokens[thisIndex].Span;
                if (!valueSlots.Any(slot => slot.Expressions[0].Span.Contains(thisSpan)))
                {
                    needsInstance = true;
                }
            }

            var isAsync = ContainsAwait(first);
            var awaitStyle = isAsync ? AwaitStyleOf(first) : AwaitStyle.Plain;
            if (awaitStyle == AwaitStyle.Mixed)
            {
                // The call can be awaited one way only: with awaits configured both ways inside, either way changes
                // where the code after the call resumes.
                return null;
            }

            var position = first.Statements[0].SpanStart;
            var methodName = UniqueMethodName(type, MethodNameFor(first, parameters, result, isAsync));

            var method = CreateMethod(first, methodName, parameters, localsToDeclare, result, resultType, replacements, isAsync, position);
            MemberDeclarationSyntax? anchor = null;
            MemberDeclarationSyntax member = method;
            if (first.IsTopLevel)
            {
                // A top-level program has no type to add a method to: a static local function after its last top-level
                // statement is in scope in every top-level statement, lambda and local function.
                member = GlobalStatement(LocalFunctionStatement(method.ReturnType, method.Identifier)
                        .WithModifiers(TokenList(method.Modifiers.Where(m => !m.IsKind(SyntaxKind.PrivateKeyword))))
                        .WithParameterList(method.ParameterList)
                        .WithBody(method.Body))
                    .WithAdditionalAnnotations(Formatter.Annotation);
            }
            else
            {
                anchor = first.Statements[0].Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m.Parent is TypeDeclarationSyntax);
                if (anchor is null)
                {
                    return null;
                }
            }

            var planned = new List<PlannedCopy>(copies.Count);
            for (var c = 0; c < copies.Count; c++)
            {
                var resultName = result is null ? null : (c == 0 ? result : forward[c][result]).Name;
                planned.Add(new PlannedCopy(copies[c].Document.Id, copies[c].Statements, CreateCall(c, methodName, parameters, resultName, resultDeclaredInside, isAsync, awaitStyle == AwaitStyle.ConfiguredFalse)));
            }

            return new ExtractionPlan(planned, first.Document.Id, anchor, member, methodName, copies.Select(c => (c.Document.Id, c.Span)).ToImmutableArray());
        }

        private static bool IsNameable(ITypeSymbol type) =>
            type.TypeKind != TypeKind.Error && !type.IsAnonymousType && !type.IsRefLikeType
            && !(type is INamedTypeSymbol named && named.TypeArguments.Any(t => !IsNameable(t)))
            && !(type is IArrayTypeSymbol array && !IsNameable(array.ElementType))
            && !(type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method });

        private static bool ContainsAwait(Copy copy)
        {
            foreach (var statement in copy.Statements)
            {
                foreach (var node in statement.DescendantNodesAndSelf(n => !IsNestedFunction(n)))
                {
                    if (node is AwaitExpressionSyntax
                        || (node is ForEachStatementSyntax forEach && forEach.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword))
                        || (node is UsingStatementSyntax usingStatement && usingStatement.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword))
                        || (node is LocalDeclarationStatementSyntax local && local.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private enum AwaitStyle
        {
            /// <summary>No await is configured: the call is awaited plainly.</summary>
            Plain,

            /// <summary>Every await is <c>ConfigureAwait(false)</c>: so is the call.</summary>
            ConfiguredFalse,

            /// <summary>Some are, some are not: no single way to await the call keeps the behaviour.</summary>
            Mixed,
        }

        private static AwaitStyle AwaitStyleOf(Copy copy)
        {
            var configured = 0;
            var plain = 0;
            foreach (var statement in copy.Statements)
            {
                foreach (var node in statement.DescendantNodesAndSelf(n => !IsNestedFunction(n)))
                {
                    ExpressionSyntax? awaited = node switch
                    {
                        AwaitExpressionSyntax awaitExpression => awaitExpression.Expression,
                        ForEachStatementSyntax forEach when forEach.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword) => forEach.Expression,
                        UsingStatementSyntax usingStatement when usingStatement.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword) => usingStatement.Expression ?? usingStatement.Declaration?.Variables.LastOrDefault()?.Initializer?.Value,
                        LocalDeclarationStatementSyntax local when local.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword) => local.Declaration.Variables.LastOrDefault()?.Initializer?.Value,
                        _ => null,
                    };

                    if (awaited is null)
                    {
                        continue;
                    }

                    if (awaited is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } } invocation
                        && invocation.ArgumentList.Arguments.Count == 1
                        && invocation.ArgumentList.Arguments[0].Expression.IsKind(SyntaxKind.FalseLiteralExpression))
                    {
                        configured++;
                    }
                    else
                    {
                        plain++;
                    }
                }
            }

            return configured == 0 ? AwaitStyle.Plain : plain == 0 ? AwaitStyle.ConfiguredFalse : AwaitStyle.Mixed;
        }

        private MethodDeclarationSyntax CreateMethod(
            Copy first,
            string name,
            List<Parameter> parameters,
            List<ISymbol> localsToDeclare,
            ISymbol? result,
            ITypeSymbol? resultType,
            Dictionary<SyntaxNode, string> replacements,
            bool isAsync,
            int position)
        {
            var model = first.Model;
            var body = new List<StatementSyntax>();
            foreach (var local in localsToDeclare)
            {
                body.Add(LocalDeclarationStatement(VariableDeclaration(TypeFor(VariableType(local)!, model, position), SingletonSeparatedList(VariableDeclarator(Identifier(local.Name))))));
            }

            foreach (var statement in first.Statements)
            {
                var inside = replacements.Keys.Where(k => statement.Span.Contains(k.Span)).ToList();
                var rewritten = inside.Count == 0
                    ? statement
                    : statement.ReplaceNodes(inside, (original, _) => IdentifierName(replacements[original]).WithTriviaFrom(original));
                body.Add(rewritten.WithoutLeadingTrivia().WithLeadingTrivia(StripIndentation(statement.GetLeadingTrivia())));
            }

            if (result is not null)
            {
                body.Add(ReturnStatement(IdentifierName(result.Name)));
            }

            TypeSyntax returnType;
            if (isAsync)
            {
                var task = ParseTypeName("global::System.Threading.Tasks.Task");
                returnType = resultType is null
                    ? task
                    : ParseTypeName("global::System.Threading.Tasks.Task<" + resultType.ToMinimalDisplayString(model, position) + ">");
                returnType = returnType.WithAdditionalAnnotations(Simplifier.Annotation);
            }
            else
            {
                returnType = resultType is null ? PredefinedType(Token(SyntaxKind.VoidKeyword)) : TypeFor(resultType, model, position);
            }

            var modifiers = new List<SyntaxToken> { Token(SyntaxKind.PrivateKeyword) };
            if (!needsInstance)
            {
                modifiers.Add(Token(SyntaxKind.StaticKeyword));
            }

            if (isAsync)
            {
                modifiers.Add(Token(SyntaxKind.AsyncKeyword));
            }

            var parameterList = ParameterList(SeparatedList(parameters.Select(p => Parameter(Identifier(p.Name)).WithType(TypeFor(p.Type, model, position)))));
            return MethodDeclaration(returnType, Identifier(name))
                .WithModifiers(TokenList(modifiers))
                .WithParameterList(parameterList)
                .WithBody(Block(body))
                .WithLeadingTrivia(ElasticCarriageReturnLineFeed)
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        private static SyntaxTriviaList StripIndentation(SyntaxTriviaList trivia)
        {
            var kept = new List<SyntaxTrivia>();
            foreach (var t in trivia)
            {
                if (!t.IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    kept.Add(t);
                }
            }

            return TriviaList(kept);
        }

        private static TypeSyntax TypeFor(ITypeSymbol type, SemanticModel model, int position) =>
            ParseTypeName(type.ToMinimalDisplayString(model, position));

        /// <param name="configureAwaitFalse">Every await in the copies is <c>ConfigureAwait(false)</c>: so is the call's,
        /// or the code after it would resume on the caller's context where it did not before (and CA2007 would fail).</param>
        private StatementSyntax CreateCall(int copyIndex, string methodName, List<Parameter> parameters, string? resultName, bool resultDeclaredInside, bool isAsync, bool configureAwaitFalse)
        {
            var arguments = new List<ArgumentSyntax>();
            foreach (var parameter in parameters)
            {
                ExpressionSyntax value = parameter.Slot is null
                    ? IdentifierName((copyIndex == 0 ? parameter.Variable! : forward[copyIndex][parameter.Variable!]).Name)
                    : parameter.Slot.Expressions[copyIndex].WithoutTrivia();
                arguments.Add(Argument(value));
            }

            ExpressionSyntax call = InvocationExpression(IdentifierName(methodName), ArgumentList(SeparatedList(arguments)));
            if (isAsync)
            {
                if (configureAwaitFalse)
                {
                    call = InvocationExpression(
                        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, call, IdentifierName("ConfigureAwait")),
                        ArgumentList(SingletonSeparatedList(Argument(LiteralExpression(SyntaxKind.FalseLiteralExpression)))));
                }

                call = AwaitExpression(call);
            }

            StatementSyntax statement;
            if (resultName is null)
            {
                statement = ExpressionStatement(call);
            }
            else if (resultDeclaredInside)
            {
                statement = LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(VariableDeclarator(Identifier(resultName)).WithInitializer(EqualsValueClause(call)))));
            }
            else
            {
                statement = ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(resultName), call));
            }

            return statement.WithAdditionalAnnotations(Formatter.Annotation);
        }

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

            var name = baseName;
            for (var i = 2; taken.Contains(name); i++)
            {
                name = baseName + i.ToString(CultureInfo.InvariantCulture);
            }

            return name;
        }

        private static string UniqueName(string baseName, HashSet<string> used)
        {
            var name = baseName;
            for (var i = 2; used.Contains(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None; i++)
            {
                name = baseName + i.ToString(CultureInfo.InvariantCulture);
            }

            return name;
        }

        /// <summary>A name from the code: what the block validates, computes, or the first thing it works on.</summary>
        private static string MethodNameFor(Copy first, List<Parameter> parameters, ISymbol? result, bool isAsync)
        {
            string name;
            var subject = parameters.FirstOrDefault(p => p.Slot is null)?.Name;
            if (result is not null)
            {
                name = "Compute" + ToPascal(result.Name);
            }
            else if (first.Statements[0] is IfStatementSyntax ifStatement && ifStatement.Statement.DescendantNodesAndSelf().OfType<ThrowStatementSyntax>().Any())
            {
                name = "Validate" + (subject is null ? "State" : ToPascal(subject));
            }
            else
            {
                // A call is named with what it works on (WriteLineOrder); an assignment names its own target.
                var intent = IntentOf(first.Statements[first.Statements.Count - 1]);
                name = intent is null ? "Process" + (subject is null ? "Block" : ToPascal(subject))
                    : intent.StartsWith("Set", StringComparison.Ordinal) || subject is null ? intent
                    : intent + ToPascal(subject);
            }

            return isAsync ? name + "Async" : name;
        }

        /// <summary>
        /// What the block is for, read from its last effect: the method its final statement calls (<c>CopyText</c>), or
        /// <c>Set</c> and the target of its final assignment (<c>SetStatusText</c>). Compound statements are read through
        /// to their last inner statement; <c>ConfigureAwait</c> and <c>Async</c> suffixes are not part of the intent.
        /// </summary>
        private static string? IntentOf(StatementSyntax statement)
        {
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
                        return IntentOf(expressionStatement.Expression);
                    case LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables }:
                        return variables[0].Initializer is { } initializer ? IntentOf(initializer.Value) : null;
                    default:
                        return null;
                }
            }
        }

        private static string? IntentOf(ExpressionSyntax expression)
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
                    MemberAccessExpressionSyntax access => "Set" + (LastName(access.Expression) is { } owner ? ToPascal(owner) : string.Empty) + ToPascal(access.Name.Identifier.ValueText),
                    SimpleNameSyntax simple => "Set" + ToPascal(simple.Identifier.ValueText),
                    _ => null,
                },
                InvocationExpressionSyntax invocation => LastName(invocation.Expression),
                _ => null,
            };

            if (name is null || name == "nameof" || name == "Set" || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
            {
                return null;
            }

            name = ToPascal(name);
            return name.EndsWith("Async", StringComparison.Ordinal) && name.Length > "Async".Length ? name.Substring(0, name.Length - "Async".Length) : name;
        }

        private static string? LastName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };

        private static string ToPascal(string name)
        {
            var trimmed = name.TrimStart('_', '@');
            return trimmed.Length == 0 ? "Value" : char.ToUpperInvariant(trimmed[0]) + trimmed.Substring(1);
        }

        private static string ToCamel(string name)
        {
            var trimmed = name.TrimStart('_', '@');
            return trimmed.Length == 0 ? "value" : char.ToLowerInvariant(trimmed[0]) + trimmed.Substring(1);
        }
    }

    private sealed class ValueSlot
    {
        public ValueSlot(int index, string baseName, ITypeSymbol type, ExpressionSyntax[] expressions, ISymbol? nameofVariable, ISymbol?[]? readSymbols, ValueSlot? primary)
        {
            ReadSymbols = readSymbols;
            Primary = primary;
            NameofVariable = nameofVariable;
            Index = index;
            BaseName = baseName;
            Type = type;
            Expressions = expressions;
        }

        public int Index { get; }

        public string BaseName { get; }

        public ITypeSymbol Type { get; }

        public ExpressionSyntax[] Expressions { get; }

        /// <summary>For a nameof that reads the same in every copy: its variable, to keep the nameof when the variable exists in the new method.</summary>
        public ISymbol? NameofVariable { get; }

        /// <summary>For a field or property read: the member each copy reads.</summary>
        public ISymbol?[]? ReadSymbols { get; }

        /// <summary>An earlier slot that reads the same member in every copy: this read uses that slot's parameter.</summary>
        public ValueSlot? Primary { get; }
    }

    private sealed class Parameter
    {
        public Parameter(int index, string name, ITypeSymbol type, ISymbol? variable, ValueSlot? slot)
        {
            Index = index;
            Name = name;
            Type = type;
            Variable = variable;
            Slot = slot;
        }

        public int Index { get; }

        public string Name { get; }

        public ITypeSymbol Type { get; }

        public ISymbol? Variable { get; }

        public ValueSlot? Slot { get; }
    }
}

internal sealed class PlannedCopy
{
    public PlannedCopy(DocumentId documentId, IReadOnlyList<StatementSyntax> statements, StatementSyntax replacement)
    {
        DocumentId = documentId;
        Statements = statements;
        Replacement = replacement;
    }

    public DocumentId DocumentId { get; }

    public IReadOnlyList<StatementSyntax> Statements { get; }

    public StatementSyntax Replacement { get; }
}

internal sealed class ExtractionPlan
{
    public ExtractionPlan(List<PlannedCopy> copies, DocumentId methodDocumentId, MemberDeclarationSyntax? anchor, MemberDeclarationSyntax method, string methodName, ImmutableArray<(DocumentId Document, TextSpan Span)> spans)
    {
        Copies = copies;
        MethodDocumentId = methodDocumentId;
        Anchor = anchor;
        Method = method;
        MethodName = methodName;
        Spans = spans;
    }

    public List<PlannedCopy> Copies { get; }

    public DocumentId MethodDocumentId { get; }

    /// <summary>The member the new method follows; null for a top-level program, whose local function follows its last top-level statement.</summary>
    public MemberDeclarationSyntax? Anchor { get; }

    /// <summary>The new method, or for a top-level program a global statement holding the new local function.</summary>
    public MemberDeclarationSyntax Method { get; }

    public string MethodName { get; }

    /// <summary>Where the copies are, for fix-all to skip a group that overlaps one already planned.</summary>
    public ImmutableArray<(DocumentId Document, TextSpan Span)> Spans { get; }
}
