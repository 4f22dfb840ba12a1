using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using AiDebtAnalyzers.CodeFixes.MagicValues;
using AiDebtAnalyzers.Duplication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>The token diff between the copies and the mapping of their symbols: which differences are variables, which become parameters (value slots).</content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        /// <summary>Walks the copies token by token and records what differs; false when a difference is not a value.</summary>
        private bool CompareTokens()
        {
            var first = copies[0];
            for (var i = 0; i < first.Tokens.Count; i++)
            {
                differingToken = i;
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
                    if (token.Parent is InterpolatedStringTextSyntax ? !AddTextSlot(i)
                        : token.Parent is not LiteralExpressionSyntax literal || !AddValueSlot(i, LiteralName(literal, token), literal))
                    {
                        return false;
                    }
                }
            }

            differingToken = -1;
            return true;
        }

        /// <summary>
        /// The words the differing members' names end with alike, as a parameter name: <c>arguments</c> for
        /// <c>_installArguments</c> and <c>_upgradeArguments</c>, <c>package</c> for <c>CygwinPackage</c> and
        /// <c>PythonPackage</c>. The first copy's own name would be wrong at every other call. Null when the names share no
        /// last word.
        /// </summary>
        private static string? SharedNameWords(ISymbol?[] symbols)
        {
            string? shared = null;
            foreach (var symbol in symbols)
            {
                if (PascalMemberName(symbol) is not { } name)
                {
                    return null;
                }

                if (shared is null)
                {
                    shared = name;
                    continue;
                }

                // The longest tail of both that starts a word in each (`Arguments` of `_installArguments` and
                // `_upgradeArguments`; `TANK_INDEX_KEY` of `SCUBA_TANK_INDEX_KEY` and `RADIATION_SUIT_TANK_INDEX_KEY`,
                // never the `ANK_INDEX_KEY` of a name ending `XTANK_INDEX_KEY`).
                var length = 0;
                while (length < shared.Length && length < name.Length && shared[shared.Length - 1 - length] == name[name.Length - 1 - length])
                {
                    length++;
                }

                while (length > 0 && !(StartsWord(shared, shared.Length - length) && StartsWord(name, name.Length - length)))
                {
                    length--;
                }

                if (length == 0)
                {
                    return null;
                }

                shared = shared.Substring(shared.Length - length);
            }

            return shared is null ? null : ToCamel(shared);
        }

        /// <summary>
        /// The words every name starts with alike, when they are at least two and each name goes on with a word of its own
        /// (`GameDataPackage` of `GameDataPackageMain` and `GameDataPackagePreload`); null otherwise. One shared word is
        /// too often the owner, not the thing (`orderTotal` and `orderCount` share `order`).
        /// </summary>
        private static string? SharedLeadingWords(ISymbol?[] symbols)
        {
            if (symbols.Length < 2)
            {
                return null;
            }

            string? shared = null;
            foreach (var symbol in symbols)
            {
                if (PascalMemberName(symbol) is not { } name)
                {
                    return null;
                }

                if (shared is null)
                {
                    shared = name;
                    continue;
                }

                var length = 0;
                while (length < shared.Length && length < name.Length && shared[length] == name[length])
                {
                    length++;
                }

                // The shared part must end where a word of each name starts.
                while (length > 0 && !((length == shared.Length || StartsWord(shared, length)) && (length == name.Length || StartsWord(name, length))))
                {
                    length--;
                }

                if (length == 0 || length == name.Length || length == shared.Length)
                {
                    return null;
                }

                shared = shared.Substring(0, length);
            }

            // Every name went on past the shared part (the loop returns otherwise), so it is a proper prefix of each.
            var words = 0;
            for (var i = 0; i < shared!.Length; i++)
            {
                if (StartsWord(shared, i))
                {
                    words++;
                }
            }

            return words >= 2 ? ToCamel(shared) : null;
        }

        /// <summary>A member's name as its words are compared: without a leading `_` or `@`, its first letter a capital; null for none.</summary>
        private static string? PascalMemberName(ISymbol? symbol)
        {
            var name = symbol?.Name.TrimStart('_', '@');
            return string.IsNullOrEmpty(name) ? null : char.ToUpperInvariant(name![0]) + name.Substring(1);
        }

        /// <summary>
        /// Whether a word of an identifier starts at <paramref name="index"/>: its first letter, a letter after an
        /// underscore, a capital after a lower-case letter or digit (<c>installArguments</c>), or the last capital of an
        /// acronym that a lower-case letter follows (the <c>P</c> of <c>URLPath</c>). An underscore starts no word.
        /// </summary>
        private static bool StartsWord(string name, int index)
        {
            var c = name[index];
            if (c == '_' || !char.IsLetterOrDigit(c))
            {
                return false;
            }

            if (index == 0 || name[index - 1] == '_')
            {
                return true;
            }

            var before = name[index - 1];
            return char.IsUpper(c) && (char.IsLower(before) || char.IsDigit(before) || (char.IsUpper(before) && index + 1 < name.Length && char.IsLower(name[index + 1])));
        }

        /// <summary>Names for a literal that differs between copies: from where its value flows, else from its kind.</summary>
        private SlotName LiteralName(LiteralExpressionSyntax literal, SyntaxToken token)
        {
            var names = FlowNames(literal);
            names.Add(token.IsKind(SyntaxKind.NumericLiteralToken) ? "value" : token.IsKind(SyntaxKind.CharacterLiteralToken) ? "character" : "text");
            return new SlotName(names);
        }

        /// <summary>
        /// Names from where a value flows, best first, by the roles of the rule page's naming table:
        /// <list type="number">
        /// <item>a value in the exception a guard throws (<c>if (...) throw new ArgumentException(value, ...)</c>) is named
        /// after what the guard tests and the parameter it flows to (<c>streetMessage</c> for
        /// <c>address.Street.Length &gt; 100</c>, <c>countryMessage</c> for <c>country.Length != 2</c>), so every guard's
        /// message is named one way; then as any argument;</item>
        /// <item>an argument after the parameter it is passed to (<c>message</c>, then qualified by the call:
        /// <c>logMessage</c>);</item>
        /// <item>a value assigned after the variable or member it is assigned to;</item>
        /// <item>a value compared with a quantity after that quantity, as AID201's fix names a constant
        /// (<c>maxStreetLength</c> for <c>address.Street.Length &gt; 100</c>, <c>minQuantity</c> for
        /// <c>if (order.Quantity &lt; 10) throw</c>), then <c>quantityLimit</c>;</item>
        /// <item>a value that scales a quantity after it (<c>totalFactor</c> in <c>total * 0.95m</c>).</item>
        /// </list>
        /// </summary>
        private List<string> FlowNames(ExpressionSyntax value)
        {
            var names = new List<string>();
            var guardSubject = value is InvocationExpressionSyntax ? null : GuardSubjectOf(value);
            switch (value.Parent)
            {
                case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax receiverCall } access when access.Expression == value
                    && copies[0].Model.GetSymbolInfo(receiverCall, cancellationToken).Symbol is IMethodSymbol { ReducedFrom.Parameters.Length: > 0 } extension:
                    if (IsFormatText(value, extension))
                    {
                        // A format text (`"{0} was installed".FormatWith(name)`) is named for what it formats, where the
                        // formatted text flows (`messageFormat`), then `format`: the extension's `this` parameter
                        // (`input`) says nothing of it. Under a guard, the guard's subject first (`idFormat`).
                        if (guardSubject is { } formatSubject)
                        {
                            names.Add(ToCamel(formatSubject.Name) + "Format");
                            if (formatSubject.Owner is { } owner)
                            {
                                names.Add(ToCamel(owner) + Identifiers.ToPascal(formatSubject.Name) + "Format");
                            }
                        }

                        foreach (var formatted in FlowNames(receiverCall))
                        {
                            names.Add(formatted + "Format");
                        }

                        names.Add("format");
                        break;
                    }

                    // The receiver of an extension method is its first parameter.
                    AddArgumentNames(names, ToCamel(extension.ReducedFrom!.Parameters[0].Name), null, guardSubject);
                    break;
                case ArgumentSyntax { Parent: BaseArgumentListSyntax { Parent: { } call } arguments } argument
                    when copies[0].Model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { Parameters.Length: > 0 } method:
                    var parameter = ParameterOf(argument, arguments, method);
                    if (parameter is not null)
                    {
                        AddArgumentNames(names, ToCamel(parameter.Name), ToCamel(method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name), guardSubject);
                    }

                    break;
                case ArgumentSyntax { NameColon: null, Parent: BracketedArgumentListSyntax { Parent: ElementAccessExpressionSyntax access } keys } key
                    when copies[0].Model.GetSymbolInfo(access, cancellationToken).Symbol is IPropertySymbol { IsIndexer: true, Parameters.Length: > 0 } indexer:
                    // An indexer's key is named as its parameter: `Attributes[name]` of an XML node, `settings[key]`.
                    AddArgumentNames(names, ToCamel(indexer.Parameters[Math.Min(keys.Arguments.IndexOf(key), indexer.Parameters.Length - 1)].Name), null, guardSubject);
                    break;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                    names.Add(ToCamel(declarator.Identifier.ValueText));
                    break;
                case AssignmentExpressionSyntax assignment when assignment.Right == value && LastName(assignment.Left) is { } target:
                    names.Add(ToCamel(target));
                    break;
                default:
                    AddOperandNames(names, value);
                    break;
            }

            return names;
        }

        /// <summary>Whether the receiver of an extension is a format text: the method formats (<c>FormatWith</c>) or the text holds a <c>{0}</c>.</summary>
        private static bool IsFormatText(ExpressionSyntax value, IMethodSymbol extension) =>
            extension.Name.StartsWith("Format", StringComparison.Ordinal)
            || (value is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal && literal.Token.ValueText.Contains("{0"));

        /// <summary>
        /// An argument's names: in a guard's exception, the guard's subject with the parameter (<c>streetMessage</c>),
        /// then the subject with its owner (<c>addressStreetMessage</c>) for a second guard of the same subject; then the
        /// parameter (<c>message</c>) and the parameter qualified by the call (<c>argumentExceptionMessage</c>).
        /// </summary>
        private static void AddArgumentNames(List<string> names, string parameterName, string? callName, GuardSubject? guardSubject)
        {
            if (guardSubject is { } subject)
            {
                names.Add(ToCamel(subject.Name) + Identifiers.ToPascal(parameterName));
                if (subject.Owner is { } owner)
                {
                    names.Add(ToCamel(owner) + Identifiers.ToPascal(subject.Name) + Identifiers.ToPascal(parameterName));
                }
            }

            names.Add(parameterName);
            if (callName is not null)
            {
                names.Add(callName + Identifiers.ToPascal(parameterName));
            }
        }

        /// <summary>
        /// A value compared with a quantity is named from the quantity as AID201's fix names a constant
        /// (<see cref="ConstantNaming.FromComparison"/>: <c>maxStreetLength</c>, <c>minQuantity</c>,
        /// <c>expectedCountryLength</c>), then <c>streetLimit</c>; a value that scales one is <c>totalFactor</c>.
        /// A sign or parentheses around the value are part of its side (<c>exponent &gt;= -28</c>).
        /// </summary>
        private static void AddOperandNames(List<string> names, ExpressionSyntax value)
        {
            SyntaxNode side = value;
            while (side.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax
                || side.Parent is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression or (int)SyntaxKind.UnaryPlusExpression })
            {
                side = side.Parent;
            }

            if (side.Parent is not BinaryExpressionSyntax binary || LastName(binary.Left == side ? binary.Right : binary.Left) is not { } operand)
            {
                return;
            }

            if (ConstantNaming.IsComparison(binary))
            {
                if (ConstantNaming.FromComparison(binary, side) is { } bound)
                {
                    names.Add(ToCamel(bound));
                }

                names.Add(ToCamel(operand) + "Limit");
            }
            else if (side == value && binary.Kind() is SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression)
            {
                names.Add(ToCamel(operand) + "Factor");
            }
        }

        /// <summary>What a guard tests (<c>Street</c> of <c>address</c>) and the member or variable that owns it, if any.</summary>
        private readonly struct GuardSubject
        {
            public GuardSubject(string name, string? owner)
            {
                Name = name;
                Owner = owner;
            }

            public string Name { get; }

            public string? Owner { get; }
        }

        /// <summary>
        /// When the value is part of the exception a guard throws (an <c>if</c> whose body is, or ends with, <c>throw new
        /// X(...)</c> or <c>throw X.Create(...)</c> and the value lies in that creation's arguments, directly or through a call that formats the
        /// message), what the guard's condition tests: the first variable, field or property it reads, read through to
        /// the last member before a <c>Count</c> or <c>Length</c> (<c>address.Street.Length &gt; 100</c> ->
        /// <c>Street</c>, <c>country.Length != 2</c> -> <c>country</c>, <c>string.IsNullOrWhiteSpace(address.PostalCode)</c>
        /// -> <c>PostalCode</c>). Method names, types and static members read through a type (<c>Guid.Empty</c>) are no
        /// subject. Null when the value is in no such exception or the condition reads nothing.
        /// </summary>
        private GuardSubject? GuardSubjectOf(ExpressionSyntax value)
        {
            // The exception is created in the throw itself (`throw new X(...)`) or by a factory (`throw X.Create(...)`).
            var throwNode = value.FirstAncestorOrSelf<SyntaxNode>(n => n is ThrowStatementSyntax or ThrowExpressionSyntax);
            var exception = throwNode switch
            {
                ThrowStatementSyntax statement => statement.Expression,
                ThrowExpressionSyntax expression => expression.Expression,
                _ => null,
            };
            var exceptionArguments = exception switch
            {
                ObjectCreationExpressionSyntax created => created.ArgumentList,
                InvocationExpressionSyntax factory => factory.ArgumentList,
                _ => null,
            };
            if (exceptionArguments is null || !exceptionArguments.Span.Contains(value.Span))
            {
                return null;
            }

            var thrown = throwNode is ThrowExpressionSyntax ? throwNode.Parent as StatementSyntax : throwNode as StatementSyntax;
            var guard = thrown?.Parent switch
            {
                IfStatementSyntax direct => direct,
                BlockSyntax block when block.Statements.Count > 0 && block.Statements[block.Statements.Count - 1] == thrown => block.Parent as IfStatementSyntax,
                _ => null,
            };
            if (guard is null || (guard.Statement != thrown && guard.Statement != thrown!.Parent))
            {
                return null;
            }

            var model = copies[0].Model;
            foreach (var name in guard.Condition.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                var text = name.Identifier.ValueText;
                if (text is "Count" or "Length" or "nameof")
                {
                    continue;
                }

                var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
                if (symbol is not (ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol)
                    || (symbol.IsStatic && name.Parent is MemberAccessExpressionSyntax { Expression: var receiver } staticAccess && staticAccess.Name == name
                        && model.GetSymbolInfo(receiver, cancellationToken).Symbol is ITypeSymbol))
                {
                    continue;
                }

                // Read on through `address.Street`: the member is what is tested, unless it is the count or length.
                if (name.Parent is MemberAccessExpressionSyntax outer && outer.Expression == name
                    && outer.Name.Identifier.ValueText is not ("Count" or "Length")
                    && model.GetSymbolInfo(outer.Name, cancellationToken).Symbol is IFieldSymbol or IPropertySymbol)
                {
                    continue;
                }

                var owner = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? LastName(access.Expression) : null;
                return new GuardSubject(text, owner is null || owner == "this" ? null : owner);
            }

            return null;
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
                var names = FlowNames(invocation);
                names.Add("name");
                return AddValueSlot(index, new SlotName(names), invocation) ? last : -1;
            }

            if (token.Parent is IdentifierNameSyntax { Parent: NameColonSyntax or NameEqualsSyntax })
            {
                // The name of a named argument, tuple element, property pattern or anonymous member labels a value; it
                // resolves to the called method's parameter, which is no variable of the block.
                return AllTextsEqual(index) ? index : -1;
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

            if (NameDeclaredInEachCopy(index, symbols) is { } declaredEnd)
            {
                return declaredEnd;
            }

            var allSame = AllTextsEqual(index);
            for (var c = 1; c < copies.Count && allSame; c++)
            {
                allSame = SymbolEqualityComparer.Default.Equals(AsSeenFromBaseClass(symbols[c])?.OriginalDefinition, AsSeenFromBaseClass(symbols[0])?.OriginalDefinition);
            }

            var symbol = symbols[0];
            if (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction } && !allSame && AreLocalFunctionsOutside(symbols))
            {
                // A different local function of each copy's function: called, or passed on as a method group.
                return DifferingMethod(index, symbols) ?? LocalFunctionPassedOn(index, symbols) ?? -1;
            }

            if (symbol is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method }
                || (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction } && !first.Span.Contains(symbol.Locations[0].SourceSpan))
                || symbol is ILabelSymbol or IRangeVariableSymbol)
            {
                return -1;
            }

            // Copies in different types: a field or property of a copy's type read the same way in every copy is passed in
            // like one that differs (the helper class cannot read it).
            // With an instance parameter, a member of the shared class is read through it instead (InstanceParameter).
            var throughInstance = allSame && IsReachedThroughInstance(symbol, token);
            var passOwnState = allSame && acrossTypes && !throughInstance && symbol is IFieldSymbol or IPropertySymbol && IsMemberOfACopysType(symbol);
            if (allSame && !passOwnState)
            {
                // A member read the same way in every copy stays in the new method, which then needs the instance.
                if (symbol is not null && !symbol.IsStatic && symbol.Kind is SymbolKind.Field or SymbolKind.Property or SymbolKind.Method or SymbolKind.Event
                    && token.Parent is SimpleNameSyntax simple && !IsQualifiedName(simple) && IsMemberOf(copies[0], symbol))
                {
                    if (throughInstance)
                    {
                        instanceMemberTokens.Add(index);
                    }
                    else
                    {
                        needsInstance = true;
                    }
                }

                return index;
            }

            if (DifferingMethod(index, symbols) is { } methodEnd)
            {
                return methodEnd;
            }

            if (DifferingConstant(index, symbols) is { } constantEnd)
            {
                return constantEnd;
            }

            // A field or property read by its simple name differs, alone or as the receiver of a member access
            // (`_orders.Add(item)` against `_invoices.Add(item)`): pass its value, read once at the call.
            // `this._orders` against `this._invoices`: the whole member access is the value.
            var thisQualified = token.Parent is IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } thisAccess } qualifiedName
                && thisAccess.Name == qualifiedName && index >= 2 ? thisAccess : null;
            if (token.Parent is not IdentifierNameSyntax read || (IsQualifiedName(read) && thisQualified is null))
            {
                ownStateNotPassable |= passOwnState;
                return -1;
            }

            var readOnce = IsPlainRead(read) && thisQualified is not { Parent: InvocationExpressionSyntax };
            for (var c = 0; c < copies.Count && readOnce; c++)
            {
                readOnce = IsPassableRead(copies[c], symbols[c]) || IsReadFirstAndOnce(copies[c], index, symbols[c]);
            }

            if (!readOnce || HasByRefSlot(symbols))
            {
                // A field the block writes, or whose value a read once at the call might not keep: the method works on
                // the copy's own field through a ref parameter (see FieldsByRef).
                if (FieldPassedByRef(index, symbols, read, thisQualified) is { } byRefEnd)
                {
                    return byRefEnd;
                }

                ownStateNotPassable |= passOwnState;
                return -1;
            }

            // The member's own name, unless the parameter would hide that member; then from where the value flows.
            var valueNode = (ExpressionSyntax?)thisQualified ?? read;
            var memberNames = new List<string>();
            if (SharedNameWords(symbols!) is { } shared)
            {
                memberNames.Add(shared);
            }

            // Members named for one thing and then for which one (`GameDataPackageMain`, `GameDataPackagePreload`) share
            // their leading words: the parameter is the thing, not the first copy's kind of it.
            if (SharedLeadingWords(symbols!) is { } leading)
            {
                memberNames.Add(leading);
            }

            memberNames.Add(ToCamel(symbol!.Name));
            memberNames.AddRange(FlowNames(valueNode));
            memberNames.Add(ToCamel(symbol.Name) + "Value");
            return AddValueSlot(thisQualified is null ? index : index - 2, new SlotName(memberNames), valueNode, symbols!) ? index : -1;
        }

        /// <summary>
        /// A named constant that differs between the copies (<c>EventType.Added</c> against <c>EventType.Removed</c>, a
        /// <c>const</c> field of a type): a value like a literal, passed whole, qualifier and all. Returns the token index
        /// handled, or null when the difference is not a constant in every copy.
        /// </summary>
        private int? DifferingConstant(int index, ISymbol?[] symbols)
        {
            var first = copies[0];
            if (first.Tokens[index].Parent is not IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax access } name || access.Name != name)
            {
                return null;
            }

            foreach (var symbol in symbols)
            {
                if (symbol is not IFieldSymbol { IsConst: true })
                {
                    return null;
                }
            }

            // The slot starts at the first token of the qualifier, which the walk has already found equal in every copy.
            var start = index;
            while (start > 0 && first.Tokens[start - 1].SpanStart >= access.SpanStart)
            {
                start--;
            }

            // Each copy's own member access, found from its differing name: walking up from the qualifier's first token
            // would stop at the innermost access (`Messages.Reasons` of `Messages.Reasons.Reason.NotLeader`).
            var accesses = new ExpressionSyntax[copies.Count];
            for (var c = 0; c < copies.Count; c++)
            {
                if (copies[c].Tokens[index].Parent is not IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax copyAccess } copyName
                    || copyAccess.Name != copyName || copyAccess.SpanStart != copies[c].Tokens[start].SpanStart)
                {
                    return -1;
                }

                accesses[c] = copyAccess;
            }

            var names = FlowNames(access);
            if (SharedNameWords(symbols) is { } shared)
            {
                names.Insert(0, shared);
            }

            names.Add(ToCamel(symbols[0]!.ContainingType.Name));
            names.Add("value");
            return AddValueSlot(start, new SlotName(names), access, corresponding: accesses) ? index : -1;
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

        /// <param name="passEvenIfSame">Whether the value is passed even where every copy has the same text: a name the new
        /// method cannot see (each copy's own local function).</param>
        /// <param name="corresponding">Each copy's node for the value, where the walk up from the token at
        /// <paramref name="index"/> would not find it.</param>
        /// <param name="byRef">Whether the value is a field the method reads and writes through a ref parameter.</param>
        private bool AddValueSlot(int index, SlotName baseName, SyntaxNode firstNode, ISymbol?[]? readSymbols = null, bool passEvenIfSame = false, ExpressionSyntax[]? corresponding = null, bool byRef = false)
        {
            var expressions = new ExpressionSyntax[copies.Count];
            ITypeSymbol? type = null;
            ITypeSymbol? ownType = null;
            var ownTypesAgree = true;
            for (var c = 0; c < copies.Count; c++)
            {
                var node = c == 0 ? firstNode : corresponding?[c] ?? FindCorresponding(copies[c], copies[c].Tokens[index], firstNode);
                if (node is not ExpressionSyntax expression || NeedsConstant(expression))
                {
                    return false;
                }

                // A member read is passed as the member's own type: the type it converts to where it is used can be
                // weaker (a foreach converts its collection to the non-generic IEnumerable). A literal takes the type its
                // use converts it to (1000 compared with a decimal is a decimal).
                var typeInfo = copies[c].Model.GetTypeInfo(expression, cancellationToken);
                var copyType = readSymbols is not null ? typeInfo.Type : typeInfo.ConvertedType ?? typeInfo.Type;
                if (copyType is null || copyType.TypeKind == TypeKind.Error || (type is not null && !SymbolEqualityComparer.Default.Equals(type, copyType)))
                {
                    return false;
                }

                // A use that only boxes the value or sees it as a base type (an enum member handed to HasFlag(Enum), a
                // string to an object parameter) says nothing of its type: the block may use the same value as itself
                // elsewhere (ToggleFlag(ShowFlags)), where a parameter typed from that one use would not convert (CS1503).
                var passed = readSymbols is null && typeInfo.Type is { TypeKind: not TypeKind.Error } own && !SymbolEqualityComparer.Default.Equals(own, copyType)
                    && copies[c].Model.GetConversion(expression, cancellationToken) is { IsImplicit: true } conversion && (conversion.IsBoxing || conversion.IsReference)
                    ? own
                    : copyType;
                ownTypesAgree &= ownType is null || SymbolEqualityComparer.Default.Equals(ownType, passed);
                ownType = passed;
                type = copyType;
                expressions[c] = expression;
            }

            // Values of different types in different copies (two classes handed to one base-typed parameter) share only
            // the type their use converts them to.
            var usedAs = type!;
            if (ownTypesAgree)
            {
                type = ownType;
            }

            // A member declared nullable that every copy reads where a check before the block showed it not null is passed
            // as not null, as a variable would be (ParameterTypeOf): the block's dereferences stay free of CS8602.
            if (readSymbols is not null && type is { IsReferenceType: true, NullableAnnotation: NullableAnnotation.Annotated })
            {
                var knownNotNull = true;
                for (var c = 0; c < copies.Count && knownNotNull; c++)
                {
                    knownNotNull = copies[c].Model.GetTypeInfo(expressions[c], cancellationToken).Nullability.FlowState == NullableFlowState.NotNull;
                }

                if (knownNotNull)
                {
                    type = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                }
            }

            var same = true;
            for (var c = 1; c < copies.Count && same; c++)
            {
                same = expressions[c].IsEquivalentTo(expressions[0], topLevel: false);
            }

            ISymbol? nameofVariable = null;

            // Across types a member read the same in every copy is still passed in: the helper class cannot read it.
            if (same && !(acrossTypes && readSymbols is not null) && !passEvenIfSame)
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
            // One per constant too: `nameof(order)` twice in one copy and `nameof(item)` twice in the other is one value.
            ValueSlot? primary = null;
            foreach (var slot in valueSlots)
            {
                if (slot.Primary is null
                    && (readSymbols is not null ? slot.ReadSymbols is { } other && SameSymbols(other, readSymbols)
                        : slot.ReadSymbols is null && nameofVariable is null && slot.NameofVariable is null && SameExpressions(slot.Expressions, expressions)))
                {
                    primary = slot;
                    break;
                }
            }

            if (primary is not null && primary.ByRef != byRef)
            {
                // One parameter per member: a field read by value in one place and through a ref in another would be two.
                return false;
            }

            if (primary is not null && !SymbolEqualityComparer.Default.Equals(primary.Type, usedAs)
                && !copies[0].Model.Compilation.ClassifyCommonConversion(primary.Type, usedAs).IsImplicit)
            {
                // The parameter the first use typed cannot go where this use needs its value.
                return false;
            }

            valueSlots.Add(new ValueSlot(index, baseName, type!, expressions, nameofVariable, readSymbols, primary, byRef: byRef));
            return true;
        }

        /// <summary>
        /// Whether the expression stands where C# wants a constant (a <c>case</c> label, a pattern, an attribute argument, a
        /// <c>const</c> local's value): a parameter there would not compile.
        /// </summary>
        private static bool NeedsConstant(ExpressionSyntax expression)
        {
            foreach (var ancestor in expression.Ancestors())
            {
                switch (ancestor)
                {
                    case CaseSwitchLabelSyntax or PatternSyntax or AttributeArgumentSyntax:
                    case LocalDeclarationStatementSyntax { IsConst: true }:
                        return true;
                    case StatementSyntax or LambdaExpressionSyntax:
                        return false;
                }
            }

            return false;
        }

        private static bool SameExpressions(ExpressionSyntax[] x, ExpressionSyntax[] y)
        {
            for (var i = 0; i < x.Length; i++)
            {
                if (!x[i].IsEquivalentTo(y[i], topLevel: false))
                {
                    return false;
                }
            }

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
    }
}
