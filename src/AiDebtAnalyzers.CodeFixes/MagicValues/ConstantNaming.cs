using System;
using System.Globalization;
using System.Text;
using System.Threading;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.CodeFixes.MagicValues;

/// <summary>
/// Names a constant after where its value flows, in .NET constant casing (PascalCase): the parameter it is passed to,
/// the variable, property or field assigned, the other side of a comparison, the member that returns it; a repeated
/// string also by its own words. A name that says nothing (<c>Size</c>, <c>Count</c>, <c>Value</c>, <c>Value3000</c>)
/// is no name: <see cref="Suggest"/> returns null, the single fix then offers a placeholder to rename and fix-all skips
/// the literal.
/// </summary>
internal static class ConstantNaming
{
    /// <summary>The name a single fix writes when nothing names the value; the user is put in rename mode on it.</summary>
    public const string Placeholder = "NewConstant";

    private const int MaxWordsFromValue = 4;

    // Parameter names that say nothing about the value; the method name or where the result goes says more.
    private static readonly string[] VagueParameterNames =
    {
        "value", "item", "arg", "arg0", "arg1", "obj", "o", "x", "y", "i", "n", "s", "input", "args", "element", "other", "source",
    };

    // Names that fit any number: a constant called so explains nothing the literal did not.
    private static readonly string[] GenericNames =
    {
        "Value", "Values", "Size", "Count", "Length", "Index", "StartIndex", "Offset", "Position", "Number", "Item", "Items",
        "Data", "Text", "Result", "Capacity", "Amount", "Total", "Key", "Name", "Id", "Start", "End", "Width", "Height",
        "Min", "Max", "Default", "Constant", "Limit", "Factor", "Rate", "Divisor", "Expected",
    };

    /// <summary>The constant's name from the literal's context, or null when no name there carries meaning.</summary>
    public static string? Suggest(ExpressionSyntax expression, SemanticModel model, string ruleId, string? kindToken, CancellationToken cancellationToken)
    {
        // The occurrences of a repeated string sit in different contexts; its words are what they share.
        if (ruleId == RuleIds.RepeatedString && WithMeaning(FromValue(expression)) is { } fromValue)
        {
            return fromValue;
        }

        if (WithMeaning(FromContext(expression, model, cancellationToken)) is { } fromContext)
        {
            return fromContext;
        }

        if (ruleId == RuleIds.EnvironmentValue)
        {
            return kindToken switch
            {
                "url" => "BaseUrl",
                "path" => "FilePath",
                "ip" => "HostAddress",
                "connection_string" => "ConnectionString",
                "placeholder_value" => "EnvironmentValue",
                _ => "ApiKey",
            };
        }

        return null;
    }

    /// <summary>The name, unless it is generic (<c>Count</c>, <c>MaxCount</c>) or spells the digits of a number (<c>Value0Point1</c>, <c>Text404</c>).</summary>
    private static string? WithMeaning(string? name)
    {
        if (name is null || SpellsDigits(name, "Text") || SpellsDigits(name, "Value"))
        {
            return null;
        }

        var core = name;
        foreach (var prefix in new[] { "Max", "Min", "Expected", "Default" })
        {
            if (core.Length > prefix.Length && core.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(core[prefix.Length]))
            {
                core = core.Substring(prefix.Length);
                break;
            }
        }

        if (Array.IndexOf(GenericNames, core) >= 0 || Array.IndexOf(GenericNames, name) >= 0)
        {
            return null;
        }

        return name;
    }

    private static bool SpellsDigits(string name, string word)
    {
        var at = name.IndexOf(word, StringComparison.Ordinal);
        if (at < 0 || at + word.Length >= name.Length)
        {
            return false;
        }

        var next = name[at + word.Length];
        return char.IsDigit(next) || string.CompareOrdinal(name, at + word.Length, "Minus", 0, 5) == 0 || string.CompareOrdinal(name, at + word.Length, "Point", 0, 5) == 0;
    }

    private static string? FromContext(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode child = expression;
        string? role = null;
        string? unit = null;
        for (var parent = expression.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            string? name;
            switch (parent)
            {
                case ParenthesizedExpressionSyntax:
                case CastExpressionSyntax:
                case PrefixUnaryExpressionSyntax:
                case CheckedExpressionSyntax:
                case ConditionalExpressionSyntax conditional when conditional.Condition != child:
                    continue;

                case BinaryExpressionSyntax binary when IsComparison(binary):
                    name = FromComparison(binary, child);
                    break;

                // amount * 0.029m -> the rate of what the product is named; a sum or difference names the result only.
                case BinaryExpressionSyntax binary when role is null && binary.IsKind(SyntaxKind.MultiplyExpression):
                    role = IsFraction(expression, model, cancellationToken) ? "Rate" : "Factor";
                    continue;
                case BinaryExpressionSyntax binary when role is null && binary.IsKind(SyntaxKind.DivideExpression) && binary.Right == child:
                    role = "Divisor";
                    continue;
                case BinaryExpressionSyntax:
                    return null;

                case ArgumentSyntax argument when role is null && unit is null && PageSizeOf(argument) is { } pageSize:
                    name = pageSize;
                    break;

                case ArgumentSyntax argument:
                    name = FromArgument(argument, model, cancellationToken, out var unitWord);
                    if (name is null && unitWord is not null && unit is null && role is null && argument.Parent?.Parent is ExpressionSyntax call)
                    {
                        // TimeSpan.FromSeconds(30): the value is the call's; name it after where the call goes.
                        unit = unitWord;
                        child = call;
                        parent = call;
                        continue;
                    }

                    break;

                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                    name = Identifiers.ToPascal(declarator.Identifier.ValueText);
                    break;

                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    name = Identifiers.ToPascal(property.Identifier.ValueText);
                    break;

                case AssignmentExpressionSyntax assignment when assignment.Right == child:
                    name = NameOfExpression(assignment.Left);
                    break;

                case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    name = Identifiers.ToPascal(property.Identifier.ValueText);
                    break;

                case ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method }:
                    name = FromMethodName(method.Identifier.ValueText);
                    break;

                case ReturnStatementSyntax:
                    name = FromEnclosingMember(parent);
                    break;

                case CaseSwitchLabelSyntax { Parent: SwitchSectionSyntax { Parent: SwitchStatementSyntax switchStatement } }:
                    name = Combine(NameOfExpression(switchStatement.Expression), FromValue(expression));
                    break;

                default:
                    return null;
            }

            if (name is null)
            {
                return null;
            }

            if (role is not null && !name.EndsWith(role, StringComparison.Ordinal))
            {
                name += role;
            }

            if (unit is not null && WithMeaning(name) is not null && !name.EndsWith(unit, StringComparison.Ordinal))
            {
                name += unit;
            }

            return name;
        }

        return null;
    }

    // Query operators that read a page or a batch: their count parameter ("count", "size") names nothing.
    private static readonly string[] PageReaders = { "Take", "TakeLast", "Top", "Limit", "Paginate", "Chunk" };

    // Receivers and results that name no subject: the page size of "query" or "items" says nothing of what is read.
    private static readonly string[] VagueSubjects =
    {
        "query", "q", "source", "items", "item", "list", "result", "results", "data", "collection", "entities", "entity",
        "set", "all", "values", "enumerable", "sequence", "queryable", "page", "batch", "rows", "records", "response", "x", "e",
    };

    /// <summary>
    /// The name of a page or batch size given to <c>Take</c>, <c>Top</c>, <c>Limit</c>, <c>Paginate</c> or <c>Chunk</c>
    /// (the page-size role of AID201), from what the page is read from or where it goes: the rows queried
    /// (<c>_context.Orders.Where(...).Take(25)</c> -> <c>OrdersPageSize</c>), else the variable or property the query
    /// result is stored in (<c>var invoices = query.Skip(n).Take(20)</c> -> <c>InvoicesPageSize</c>), else the member that
    /// returns it, named for what it gets (<c>GetPendingOrdersAsync</c> -> <c>PendingOrdersPageSize</c>); <c>Chunk</c>
    /// gives a <c>BatchSize</c>. Null when the call is not such a reader or nothing there names the rows (then the usual
    /// naming runs and, for a bare count, finds no name: fix-all skips the literal).
    /// </summary>
    private static string? PageSizeOf(ArgumentSyntax argument)
    {
        if (argument.NameColon is not null
            || argument.Parent is not ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax reader } call }
            || Array.IndexOf(PageReaders, reader.Name.Identifier.ValueText) < 0)
        {
            return null;
        }

        var suffix = reader.Name.Identifier.ValueText == "Chunk" ? "BatchSize" : "PageSize";
        var subject = RowsQueried(reader.Expression) ?? WhereQueryGoes(call);
        if (subject is null)
        {
            return null;
        }

        return subject.EndsWith(suffix, StringComparison.Ordinal) ? subject : subject + suffix;
    }

    /// <summary>The rows a query chain starts from: <c>_context.Orders.Where(...).OrderBy(...)</c> -> <c>Orders</c>.</summary>
    private static string? RowsQueried(ExpressionSyntax receiver)
    {
        while (true)
        {
            switch (receiver)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax operatorCall }:
                    receiver = operatorCall.Expression;
                    continue;
                case ParenthesizedExpressionSyntax parenthesized:
                    receiver = parenthesized.Expression;
                    continue;
                case MemberAccessExpressionSyntax access:
                    return Subject(access.Name.Identifier.ValueText);
                case IdentifierNameSyntax identifier:
                    return Subject(identifier.Identifier.ValueText);
                default:
                    return null;
            }
        }
    }

    /// <summary>
    /// The variable or property the query's result is stored in, or the member that returns it when its name says what
    /// it gets (<c>GetPendingOrdersAsync</c>); the result passes through the rest of the chain (<c>.ToList()</c>) and
    /// <c>await</c>.
    /// </summary>
    private static string? WhereQueryGoes(ExpressionSyntax call)
    {
        SyntaxNode node = call;
        while (node.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax next } access && access.Expression == node
            || node.Parent is AwaitExpressionSyntax or ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent is MemberAccessExpressionSyntax ? node.Parent.Parent! : node.Parent;
        }

        switch (node.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                return Subject(declarator.Identifier.ValueText);
            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return Subject(property.Identifier.ValueText);
            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                return NameOfExpression(assignment.Left) is { } assigned ? Subject(assigned) : null;
            case ReturnStatementSyntax:
            case ArrowExpressionClauseSyntax:
                var member = FromEnclosingMember(node.Parent);
                return member is null ? null : Subject(member.EndsWith("Async", StringComparison.Ordinal) && member.Length > 5 ? member.Substring(0, member.Length - 5) : member);
            default:
                return null;
        }
    }

    private static string? Subject(string name)
    {
        var trimmed = name.TrimStart('_', '@');
        return trimmed.Length < 2 || Array.IndexOf(VagueSubjects, trimmed.ToLowerInvariant()) >= 0 ? null : Identifiers.ToPascal(trimmed);
    }

    /// <summary>A literal below one (<c>0.029m</c>, <c>0.2</c>): a rate or percentage, not a multiplier.</summary>
    private static bool IsFraction(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var value = model.GetConstantValue(expression, cancellationToken);
        return value.HasValue && value.Value is double or float or decimal && Math.Abs(Convert.ToDouble(value.Value, CultureInfo.InvariantCulture)) < 1;
    }

    internal static bool IsComparison(BinaryExpressionSyntax binary) =>
        binary.Kind() is SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
            or SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression
            or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression;

    /// <summary>
    /// The bound the literal sets, read as a reviewer reads it: passing above it is what a comparison with
    /// <c>&gt;</c> or <c>&gt;=</c> catches (<c>retries &gt; 3</c>, <c>Count &gt;= 1000</c> -> <c>MaxRetries</c>,
    /// <c>MaxCount</c>); below it, what a guard that throws or returns rejects (<c>if (size &lt; 3) throw</c> ->
    /// <c>MinSize</c>). A <c>&lt;</c> that is not such a guard bounds the range the work runs in from above
    /// (<c>while (count &lt; 3)</c>, <c>if (byteCount &lt;= 256) { small buffer }</c>, <c>length &lt; 256 ? a : b</c>),
    /// so it is a maximum too: naming it <c>Min</c> would say the opposite of what the code does. A negative bound a
    /// value must stay above is a minimum (<c>exponent &gt;= -28</c> -> <c>MinExponent</c>). The AID101 fix names a
    /// compared value that differs between copies with this too, so a bound reads the same whichever fix names it.
    /// </summary>
    internal static string? FromComparison(BinaryExpressionSyntax binary, SyntaxNode literalSide)
    {
        var literalOnRight = binary.Right == literalSide;
        var other = literalOnRight ? binary.Left : binary.Right;
        var name = NameOfExpression(other);
        if (name is null)
        {
            return null;
        }

        var kind = binary.Kind();
        var upper = kind is SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression;
        var lower = kind is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression;
        if (!literalOnRight)
        {
            (upper, lower) = (lower, upper);
        }

        if (lower && !GuardRejects(binary))
        {
            return "Max" + name;
        }

        // A negative bound that a value must stay above is a floor (exponent >= -28 -> MinExponent).
        if (upper && literalSide is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression })
        {
            return "Min" + name;
        }

        return upper ? "Max" + name : lower ? "Min" + name : "Expected" + name;
    }

    /// <summary>
    /// Whether the comparison is (part of) the condition of an <c>if</c> whose body only leaves: it throws, returns,
    /// breaks or continues, so what the comparison catches is rejected.
    /// </summary>
    private static bool GuardRejects(BinaryExpressionSyntax comparison)
    {
        SyntaxNode node = comparison;
        while (node.Parent is ParenthesizedExpressionSyntax
            || node.Parent is BinaryExpressionSyntax logical && logical.Kind() is SyntaxKind.LogicalOrExpression or SyntaxKind.LogicalAndExpression)
        {
            node = node.Parent;
        }

        if (node.Parent is not IfStatementSyntax guard || guard.Condition != node)
        {
            return false;
        }

        // A block that does work before it returns (stores a result, then returns true) is a branch, not a guard; a
        // block that ends by throwing is a guard whatever it logs first.
        var block = guard.Statement as BlockSyntax;
        var last = block is null ? guard.Statement : block.Statements.Count > 0 ? block.Statements[block.Statements.Count - 1] : null;
        if (last is ThrowStatementSyntax || last is ExpressionStatementSyntax { Expression: ThrowExpressionSyntax })
        {
            return true;
        }

        return (block is null || block.Statements.Count == 1) && last is ReturnStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax;
    }

    /// <summary>
    /// The parameter the literal is passed to; for a vague parameter (<c>value</c>, <c>item</c>) the method's name;
    /// for a unit (<c>TimeSpan.FromSeconds(seconds)</c>) null, with the unit to append to where the call goes.
    /// </summary>
    private static string? FromArgument(ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken, out string? unit)
    {
        unit = null;
        if (argument.NameColon is not null)
        {
            return Identifiers.ToPascal(argument.NameColon.Name.Identifier.ValueText);
        }

        if (argument.Parent is not BaseArgumentListSyntax { Parent: { } call } list)
        {
            return null;
        }

        var info = model.GetSymbolInfo(call, cancellationToken);
        var method = info.Symbol as IMethodSymbol;
        if (method is null && info.CandidateSymbols.Length > 0)
        {
            method = info.CandidateSymbols[0] as IMethodSymbol;
        }

        if (method is null || method.Parameters.Length == 0)
        {
            return null;
        }

        var index = list.Arguments.IndexOf(argument);
        var parameter = method.Parameters[Math.Min(index, method.Parameters.Length - 1)];
        if (method.IsStatic && method.Name.StartsWith("From", StringComparison.Ordinal) && method.Name.Length > 4
            && SymbolEqualityComparer.Default.Equals(method.ReturnType, method.ContainingType))
        {
            // A factory of the value's own type (TimeSpan.FromMinutes(30)): it names the unit, not the meaning.
            unit = method.Name.Substring(4);
            return null;
        }

        if (Array.IndexOf(VagueParameterNames, parameter.Name) < 0)
        {
            return Identifiers.ToPascal(parameter.Name);
        }

        // list.Add(5), SetTimeout(value: 30): the method says what the value is for.
        return method.MethodKind == MethodKind.Constructor ? Identifiers.ToPascal(method.ContainingType.Name) + Identifiers.ToPascal(parameter.Name) : FromMethodName(method.Name);
    }

    private static string? FromEnclosingMember(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax:
                    return null;
                case LocalFunctionStatementSyntax local:
                    return FromMethodName(local.Identifier.ValueText);
                case MethodDeclarationSyntax method:
                    return FromMethodName(method.Identifier.ValueText);
                case PropertyDeclarationSyntax property:
                    return Identifiers.ToPascal(property.Identifier.ValueText);
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static string? FromMethodName(string methodName)
    {
        if (!Meaningful(methodName) || methodName is "Add" or "Set" or "Get" or "With" or "Append" or "Write" or "Insert" or "Contains" or "Equals")
        {
            return null;
        }

        foreach (var prefix in new[] { "Get", "Set", "With", "Add", "Compute", "Calculate" })
        {
            if (methodName.Length > prefix.Length && methodName.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(methodName[prefix.Length]))
            {
                return Identifiers.ToPascal(methodName.Substring(prefix.Length));
            }
        }

        return null;
    }

    /// <summary>The last one or two meaningful names of an expression: <c>order.Items.Count</c> -> <c>ItemsCount</c>.</summary>
    internal static string? NameOfExpression(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case IdentifierNameSyntax identifier:
                return Meaningful(identifier.Identifier.ValueText) ? Identifiers.ToPascal(identifier.Identifier.ValueText) : null;
            case MemberAccessExpressionSyntax access:
                var last = access.Name.Identifier.ValueText;
                var before = access.Expression switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax inner => inner.Name.Identifier.ValueText,
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax call } => call.Name.Identifier.ValueText,
                    _ => null,
                };
                if (before is not null && Meaningful(before) && IsSizeWord(last))
                {
                    return Identifiers.ToPascal(before) + Identifiers.ToPascal(last);
                }

                return Meaningful(last) ? Identifiers.ToPascal(last) : null;
            case InvocationExpressionSyntax invocation:
                var methodName = invocation.Expression switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                    _ => null,
                };
                return methodName is null ? null : FromMethodName(methodName);
            case ElementAccessExpressionSyntax element:
                return NameOfExpression(element.Expression);
            case ParenthesizedExpressionSyntax parenthesized:
                return NameOfExpression(parenthesized.Expression);
            case CastExpressionSyntax cast:
                return NameOfExpression(cast.Expression);
            default:
                return null;
        }
    }

    private static bool IsSizeWord(string name) =>
        name is "Count" or "Length" or "Size" or "Capacity" or "Value" or "Total" or "Width" or "Height" or "Seconds"
            or "Milliseconds" or "Minutes" or "Hours" or "Days" or "TotalSeconds" or "TotalMilliseconds" or "TotalMinutes"
            or "TotalHours" or "TotalDays" or "Year" or "Month" or "Day" or "Hour" or "Minute" or "Second" or "StatusCode";

    private static bool Meaningful(string name) => name.TrimStart('_', '@').Length >= 2 && name != "this";

    private static string? Combine(string? prefix, string suffix) => prefix is null ? null : prefix + suffix;

    /// <summary>
    /// A name made from the value: <c>"application/json"</c> -> <c>ApplicationJson</c>; a number gives <c>Value3000</c>,
    /// which <see cref="Meaningful"/> rejects (a name of digits says nothing).
    /// </summary>
    internal static string FromValue(ExpressionSyntax expression)
    {
        if (expression is LiteralExpressionSyntax { Token.Value: string text })
        {
            // An address's scheme and host are noise in a name ("http://www.w3.org/2000/xmlns/" is no HttpWwwW3Org):
            // what it points at is.
            if (text.IndexOf("://", StringComparison.Ordinal) > 0 && Uri.TryCreate(text, UriKind.Absolute, out var address)
                && FromAddress(address) is { } addressName)
            {
                return addressName;
            }

            return WordsOf(text);
        }

        var written = expression.ToString();
        var result = new StringBuilder("Value");
        foreach (var c in written)
        {
            if (c == '-')
            {
                result.Append("Minus");
            }
            else if (c == '.')
            {
                result.Append("Point");
            }
            else if (char.IsLetterOrDigit(c))
            {
                result.Append(char.ToUpperInvariant(c));
            }
        }

        return result.ToString();
    }

    /// <summary>Up to four words of a text in PascalCase: <c>"application/json"</c> -> <c>ApplicationJson</c>.</summary>
    private static string WordsOf(string text)
    {
        var builder = new StringBuilder();
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    if (words == MaxWordsFromValue)
                    {
                        break;
                    }

                    words++;
                    builder.Append(char.ToUpperInvariant(c));
                    inWord = true;
                }
                else
                {
                    builder.Append(c);
                }
            }
            else
            {
                inWord = false;
            }
        }

        var name = builder.Length == 0 ? "Text" : builder.ToString();
        if (char.IsDigit(name[0]))
        {
            name = "Text" + name;
        }

        return Identifiers.ToPascal(name);
    }

    /// <summary>
    /// The last path segment that is a word, else the host without <c>www</c> and its top-level domain, with <c>Uri</c>:
    /// <c>"http://www.w3.org/2000/xmlns/"</c> -> <c>XmlnsUri</c>, <c>"https://api.example.com/v1/"</c> -> <c>ApiExampleUri</c>.
    /// </summary>
    private static string? FromAddress(Uri address)
    {
        var segments = address.AbsolutePath.Split('/');
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            var segment = segments[i];
            if (segment.Length > 1 && char.IsLetter(segment[0]) && !(segment[0] is 'v' or 'V' && IsDigits(segment, 1)) && segment.IndexOf('.') < 0)
            {
                return WordsOf(segment) + "Uri";
            }
        }

        var labels = address.Host.Split('.');
        var host = new StringBuilder();
        for (var i = 0; i < labels.Length - 1; i++)
        {
            if (!labels[i].Equals("www", StringComparison.OrdinalIgnoreCase))
            {
                host.Append(labels[i]).Append(' ');
            }
        }

        return host.Length == 0 ? null : WordsOf(host.ToString()) + "Uri";
    }

    private static bool IsDigits(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return start < text.Length;
    }
}
