using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>
/// Contexts of AID201 where the surrounding code names the number by a vocabulary every reader of that code knows
/// (an HTTP status, a port, a bit depth, a radix, a row of a table written as calls). Each check is syntactic, looks at
/// the literal's parent and at most a few siblings, and allocates nothing.
/// </summary>
internal static class MagicNumberContexts
{
    // Radixes people actually write: binary, octal, decimal, hex, base32, base36, base58, base62, base64.
    private static readonly double[] Radixes = { 2, 8, 10, 16, 32, 36, 58, 62, 64 };

    // Bit depths of samples, pixels and channels.
    private static readonly double[] BitDepths = { 1, 4, 8, 16, 24, 32, 48, 64 };

    /// <summary>
    /// The name of what a literal is compared with or matched against: the other side of <c>==</c>, <c>&lt;</c>...,
    /// the governing expression of a <c>switch</c> or <c>is</c> pattern holding the literal, the member of a property
    /// pattern (<c>url is { Port: 80 }</c>). Null when the literal is not compared with a named thing.
    /// </summary>
    internal static string? ComparedName(SyntaxNode child, SyntaxNode parent)
    {
        if (parent is BinaryExpressionSyntax binary)
        {
            return IsComparison(binary) ? NameOf(binary.Left == child ? binary.Right : binary.Left) : null;
        }

        if (parent is CaseSwitchLabelSyntax { Parent: SwitchSectionSyntax { Parent: SwitchStatementSyntax switchStatement } })
        {
            return NameOf(switchStatement.Expression);
        }

        if (parent is not (ConstantPatternSyntax or RelationalPatternSyntax))
        {
            return null;
        }

        var node = parent.Parent;
        while (node is BinaryPatternSyntax or ParenthesizedPatternSyntax or UnaryPatternSyntax)
        {
            node = node.Parent;
        }

        return node switch
        {
            IsPatternExpressionSyntax isPattern => NameOf(isPattern.Expression),
            SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } => NameOf(switchExpression.GoverningExpression),
            CasePatternSwitchLabelSyntax { Parent: SwitchSectionSyntax { Parent: SwitchStatementSyntax statement } } => NameOf(statement.Expression),
            SubpatternSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
            SubpatternSyntax { ExpressionColon: { } expressionColon } => NameOf(expressionColon.Expression),
            _ => null,
        };
    }

    /// <summary>
    /// <c>response.StatusCode == 404</c>, <c>(int)resp.StatusCode &gt;= 200</c>, <c>e.Status != 429</c>,
    /// <c>StatusCode(500, ...)</c>, <c>(HttpStatusCode)308</c>: a number in 100..599 where the code says it is an HTTP
    /// status. The status code is the protocol's own name for the outcome.
    /// </summary>
    internal static bool IsHttpStatusCode(ExpressionSyntax literal, SyntaxNode child, SyntaxNode parent, double value)
    {
        if (value < 100 || value > 599 || value != Math.Floor(value))
        {
            return false;
        }

        // (HttpStatusCode)308: the cast names it.
        for (var node = literal.Parent; node is not null && node != parent; node = node.Parent)
        {
            if (node is CastExpressionSyntax cast && RightmostName(cast.Type) is { } typeName && typeName.EndsWith("StatusCode", StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (ComparedName(child, parent) is { } compared)
        {
            return IsStatusName(compared, parent);
        }

        // StatusCode(500, "..."), Results.StatusCode(503), new StatusCodeResult(404).
        if (parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var call } })
        {
            var name = call switch
            {
                InvocationExpressionSyntax invocation => NameOf(invocation.Expression),
                ObjectCreationExpressionSyntax creation => RightmostName(creation.Type),
                _ => null,
            };
            return name is not null && name.IndexOf("StatusCode", StringComparison.Ordinal) >= 0;
        }

        return false;
    }

    // statusCode, StatusCode, status_code, HttpStatus; a bare "status" only as a member of something (e.Status,
    // response.status), so that a parameter called status in a codec is not taken for HTTP.
    private static bool IsStatusName(string name, SyntaxNode parent)
    {
        if (name.IndexOf("statuscode", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("status_code", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("HttpStatus", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        if (!string.Equals(name, "status", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var other = parent switch
        {
            BinaryExpressionSyntax binary => Unwrap(binary.Left) is LiteralExpressionSyntax ? binary.Right : binary.Left,
            _ => null,
        };
        return other is not null && Unwrap(other) is MemberAccessExpressionSyntax or MemberBindingExpressionSyntax;
    }

    /// <summary><c>uri.Port != 443</c>, <c>url is { Port: 80 }</c>: a well-known port (below 1024) compared with a port.</summary>
    internal static bool IsWellKnownPort(SyntaxNode child, SyntaxNode parent, double value) =>
        value > 0 && value < 1024 && value == Math.Floor(value)
        && ComparedName(child, parent) is { } name && name.EndsWith("port", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>biBitCount == 32</c>, <c>bitsPerSample != 16</c>, <c>case 24:</c> of <c>switch (bitCount)</c>,
    /// <c>maxColorBits &gt; 8</c>: a standard bit depth compared with a bit count.
    /// </summary>
    internal static bool IsBitDepth(SyntaxNode child, SyntaxNode parent, double value) =>
        Array.IndexOf(BitDepths, value) >= 0
        && ComparedName(child, parent) is { } name
        && (name.IndexOf("bit", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("bpp", StringComparison.OrdinalIgnoreCase) >= 0)
        && name.IndexOf("rate", StringComparison.OrdinalIgnoreCase) < 0;

    /// <summary>
    /// <c>AutoIncrementNumber.ToBase(62, digits)</c>, <c>FromRadix(text, 36)</c>: a radix passed to a method named for
    /// a base or radix; <c>Math.Pow(10, 12)</c>: a power of ten or two written out, whose base is a radix and whose
    /// exponent says how many digits.
    /// </summary>
    internal static bool IsRadix(SyntaxNode parent, double value)
    {
        if (parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } list } argument)
        {
            return false;
        }

        var method = NameOf(invocation.Expression);
        if (method is null)
        {
            return false;
        }

        if (method is "Pow" && invocation.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Math" or "MathF" } }
            && list.Arguments.Count == 2)
        {
            if (list.Arguments[0] == argument)
            {
                return value is 10 or 2;
            }

            return Unwrap(list.Arguments[0].Expression) is LiteralExpressionSyntax { Token.Value: int radix } && radix is 10 or 2;
        }

        return Array.IndexOf(Radixes, value) >= 0
            && (method.EndsWith("Base", StringComparison.Ordinal) || method.IndexOf("Radix", StringComparison.OrdinalIgnoreCase) >= 0);
    }

    /// <summary>
    /// <c>CreateRegistry(path, "default_max_fps", 60)</c>, <c>settings.Get("retry.count", 3)</c>: the argument right
    /// before the number is a string key written like a setting name (letters and digits joined by <c>_</c>, <c>.</c>,
    /// <c>:</c> or <c>-</c>), which names the number as a named argument would.
    /// </summary>
    internal static bool IsNamedByStringKey(SyntaxNode parent)
    {
        if (parent is not ArgumentSyntax { Parent: ArgumentListSyntax list } argument)
        {
            return false;
        }

        var index = list.Arguments.IndexOf(argument);
        return index > 0
            && list.Arguments[index - 1].Expression is LiteralExpressionSyntax key
            && key.IsKind(SyntaxKind.StringLiteralExpression)
            && IsSettingKey(key.Token.ValueText);
    }

    private static bool IsSettingKey(string text)
    {
        if (text.Length < 3 || !char.IsLetter(text[0]) || !char.IsLetterOrDigit(text[text.Length - 1]))
        {
            return false;
        }

        var separated = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '_' or '.' or ':' or '-')
            {
                // Two separators in a row ("a..b", "--") are prose or a path, not a key.
                if (!char.IsLetterOrDigit(text[i - 1]))
                {
                    return false;
                }

                separated = true;
            }
            else if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return separated;
    }

    /// <summary>
    /// <c>result += Step(ref n, 1000, "M"); result += Step(ref n, 900, "CM"); ...</c>: three or more consecutive
    /// statements calling the same method with a number in the same argument, each row's number different from the
    /// row's before it, are the rows of a table written as calls. As in an array initializer, the numbers are data named
    /// by the table.
    /// </summary>
    internal static bool IsTableRowArgument(SyntaxNode child, SyntaxNode parent)
    {
        if (parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } list } argument
            || Unwrap(child) is not LiteralExpressionSyntax literal)
        {
            return false;
        }

        var statement = invocation.Parent switch
        {
            ExpressionStatementSyntax expressionStatement => expressionStatement,
            AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax assignmentStatement } assignment when assignment.Right == invocation => assignmentStatement,
            _ => null,
        };
        if (statement?.Parent is not BlockSyntax block)
        {
            return false;
        }

        var column = list.Arguments.IndexOf(argument);
        var method = NameOf(invocation.Expression);
        var statements = block.Statements;
        var index = statements.IndexOf(statement);
        var rows = 1;
        var neighbour = literal;
        // Three rows make a table; looking further would only cost time.
        for (var i = index - 1; rows < 3 && i >= 0 && NextRow(statements[i], method, list.Arguments.Count, column, ref neighbour); i--)
        {
            rows++;
        }

        neighbour = literal;
        for (var i = index + 1; rows < 3 && i < statements.Count && NextRow(statements[i], method, list.Arguments.Count, column, ref neighbour); i++)
        {
            rows++;
        }

        return rows >= 3;
    }

    // A row continues the table when it calls the same method with a different number in the same argument: repeated
    // numbers (Clamp(1, 101) twice) are a value used twice, which a name would keep in step, not a column of data.
    private static bool NextRow(StatementSyntax statement, string? method, int argumentCount, int column, ref LiteralExpressionSyntax neighbour)
    {
        if (statement is not ExpressionStatementSyntax { Expression: var expression })
        {
            return false;
        }

        if (expression is AssignmentExpressionSyntax assignment)
        {
            expression = assignment.Right;
        }

        if (expression is not InvocationExpressionSyntax { ArgumentList.Arguments: var arguments } invocation
            || arguments.Count != argumentCount
            || !string.Equals(NameOf(invocation.Expression), method, StringComparison.Ordinal)
            || Unwrap(arguments[column].Expression) is not LiteralExpressionSyntax other
            || !other.IsKind(SyntaxKind.NumericLiteralExpression)
            || string.Equals(other.Token.ValueText, neighbour.Token.ValueText, StringComparison.Ordinal))
        {
            return false;
        }

        neighbour = other;
        return true;
    }

    /// <summary>
    /// <c>var tag = new char[4]</c>, <c>new byte[8]</c>: the width of a 16-, 32- or 64-bit field or a four-character
    /// code; <c>new byte[4096]</c>, <c>new byte[16 * 1024]</c>, <c>new FileStream(path, mode, access, share, 4096)</c>:
    /// an I/O buffer size, a capacity like <c>new StringBuilder(256)</c>.
    /// </summary>
    internal static bool IsByteBufferSize(SyntaxNode child, SyntaxNode parent)
    {
        // Up through the product that computes the size (16 * 1024).
        var sizeExpression = child;
        var size = Unwrap(child) is LiteralExpressionSyntax { Token.Value: int literalValue } ? (long)literalValue : -1;
        var node = parent;
        while (node is BinaryExpressionSyntax product && product.IsKind(SyntaxKind.MultiplyExpression))
        {
            var other = product.Left == sizeExpression ? product.Right : product.Left;
            size = Unwrap(other) is LiteralExpressionSyntax { Token.Value: int factor } && size > 0 ? size * factor : -1;
            sizeExpression = product;
            node = product.Parent;
        }

        if (size <= 0)
        {
            return false;
        }

        var isPowerOfTwo = (size & (size - 1)) == 0;
        if (node is ArrayRankSpecifierSyntax { Parent: ArrayTypeSyntax { ElementType: var elementType } })
        {
            return IsByteOrChar(elementType) && (size is 2 or 4 or 8 || (isPowerOfTwo && size >= 256));
        }

        // A stream's buffer size: a power of two after the first argument (the first is covered as a capacity hint).
        return isPowerOfTwo && size >= 256
            && node is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax creation } }
            && RightmostName(creation.Type) is { } typeName
            && (typeName.EndsWith("Stream", StringComparison.Ordinal) || typeName.EndsWith("Reader", StringComparison.Ordinal) || typeName.EndsWith("Writer", StringComparison.Ordinal));
    }

    private static bool IsByteOrChar(TypeSyntax type) => type switch
    {
        PredefinedTypeSyntax predefined => predefined.Keyword.Kind() is SyntaxKind.ByteKeyword or SyntaxKind.SByteKeyword or SyntaxKind.CharKeyword,
        _ => RightmostName(type) is "Byte" or "SByte" or "Char",
    };

    /// <summary>
    /// <c>(int)(value + 0.5)</c>: rounding to the nearest integer; <c>(ticks + 5000) / 10000</c>: rounding an integer
    /// division, adding half the divisor.
    /// </summary>
    internal static bool IsRoundingHalf(SyntaxNode child, SyntaxNode parent, double value)
    {
        if (!parent.IsKind(SyntaxKind.AddExpression))
        {
            return false;
        }

        var outer = parent.Parent;
        while (outer is ParenthesizedExpressionSyntax)
        {
            outer = outer.Parent;
        }

        if (value == 0.5)
        {
            return outer is CastExpressionSyntax { Type: PredefinedTypeSyntax predefined } && IsIntegral(predefined)
                || outer is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax floor } } && NameOf(floor.Expression) is "Floor" or "Truncate";
        }

        return outer is BinaryExpressionSyntax division && division.IsKind(SyntaxKind.DivideExpression) && division.Left.Span.Contains(child.Span)
            && Unwrap(division.Right) is LiteralExpressionSyntax divisor && MagicNumberValue(divisor) == value * 2;
    }

    private static bool IsIntegral(PredefinedTypeSyntax type) => type.Keyword.Kind() is SyntaxKind.IntKeyword or SyntaxKind.LongKeyword
        or SyntaxKind.ShortKeyword or SyntaxKind.ByteKeyword or SyntaxKind.UIntKeyword or SyntaxKind.ULongKeyword or SyntaxKind.UShortKeyword
        or SyntaxKind.SByteKeyword;

    /// <summary>
    /// <c>pixel.Red * 0.299 + pixel.Green * 0.587 + pixel.Blue * 0.114</c>: a weight of a colour channel in a colour-space
    /// conversion (luma), a colour matrix written as an expression rather than as an array.
    /// </summary>
    internal static bool IsColorChannelWeight(SyntaxNode child, SyntaxNode parent, double value)
    {
        if (value <= 0 || value >= 1 || !parent.IsKind(SyntaxKind.MultiplyExpression))
        {
            return false;
        }

        // color.R * color.R * .299 nests as ((color.R * color.R) * .299): look at every factor of the whole product.
        var product = parent;
        while (product.Parent is BinaryExpressionSyntax outer && outer.IsKind(SyntaxKind.MultiplyExpression))
        {
            product = outer;
        }

        return HasChannelFactor(product);
    }

    private static bool HasChannelFactor(SyntaxNode factor)
    {
        if (factor is ParenthesizedExpressionSyntax parenthesized)
        {
            return HasChannelFactor(parenthesized.Expression);
        }

        if (factor is BinaryExpressionSyntax product && product.IsKind(SyntaxKind.MultiplyExpression))
        {
            return HasChannelFactor(product.Left) || HasChannelFactor(product.Right);
        }

        return factor is ExpressionSyntax expression && NameOf(expression) is "R" or "G" or "B" or "Red" or "Green" or "Blue";
    }

    /// <summary><c>(double)1 / 6</c>, <c>2 / 3.0</c>: a proper fraction written out reads as its own name (one sixth, two thirds).</summary>
    internal static bool IsWrittenFraction(SyntaxNode parent)
    {
        if (parent is not BinaryExpressionSyntax division || !division.IsKind(SyntaxKind.DivideExpression)
            || Unwrap(division.Left) is not LiteralExpressionSyntax numerator || Unwrap(division.Right) is not LiteralExpressionSyntax denominator)
        {
            return false;
        }

        var top = MagicNumberValue(numerator);
        var bottom = MagicNumberValue(denominator);
        return top > 0 && top < bottom && top == Math.Floor(top) && bottom == Math.Floor(bottom) && bottom <= 12;
    }

    /// <summary>
    /// <c>hsb.Hue = (240 + q * (r - g)) / 360</c>: a sector of the colour wheel or a turn (a multiple of 30 degrees up to
    /// 360) inside arithmetic that is assigned to or compared with an angle, degree, rotation or hue.
    /// </summary>
    internal static bool IsTurnSector(SyntaxNode child, double value)
    {
        if (value <= 0 || value > 360 || value % 30 != 0)
        {
            return false;
        }

        var node = child;
        while (node.Parent is BinaryExpressionSyntax or ParenthesizedExpressionSyntax or CastExpressionSyntax or PrefixUnaryExpressionSyntax
               && !(node.Parent is BinaryExpressionSyntax comparison && IsComparison(comparison)))
        {
            node = node.Parent;
        }

        var target = node.Parent switch
        {
            AssignmentExpressionSyntax assignment when assignment.Right == node => NameOf(assignment.Left),
            BinaryExpressionSyntax comparison => NameOf(comparison.Left == node ? comparison.Right : comparison.Left),
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
            _ => null,
        };
        return target is not null && IsAngleName(target);
    }

    internal static bool IsAngleName(string name) =>
        Contains(name, "Angle") || Contains(name, "Degree") || Contains(name, "Rotation") || Contains(name, "Hue");

    /// <summary><c>random.Next(256)</c>, <c>RandomFast.Next(255)</c>: a random byte value.</summary>
    internal static bool IsRandomByte(SyntaxNode parent, double value) =>
        value is 255 or 256
        && parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
        && NameOf(invocation.Expression) is "Next" or "NextInt32" or "GetInt32";

    /// <summary>
    /// <c>ReadIntFromByteArray(header, 0x04, 4, true)</c>, <c>WriteUInt(buffer, offset, 2)</c>: 2, 4 or 8 passed to a
    /// method that reads or writes binary data is the width of a 16-, 32- or 64-bit field.
    /// </summary>
    internal static bool IsFieldWidth(SyntaxNode parent, double value)
    {
        if (value is not (2 or 4 or 8)
            || parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
            || NameOf(invocation.Expression) is not { } method
            || method.StartsWith("WriteLine", StringComparison.Ordinal))
        {
            return false;
        }

        var verb = method.StartsWith("Read", StringComparison.Ordinal) ? 4 : method.StartsWith("Write", StringComparison.Ordinal) ? 5 : 0;
        return verb > 0 && (method.Length == verb || char.IsUpper(method[verb]));
    }

    /// <summary><c>hour &gt; 12</c>, <c>hour - 12</c>, <c>dt.Hour &gt;= 12</c>: noon on a 12-hour clock.</summary>
    internal static bool IsHalfDay(SyntaxNode child, SyntaxNode parent, double value)
    {
        if (value != 12)
        {
            return false;
        }

        var name = ComparedName(child, parent);
        if (name is null && parent is BinaryExpressionSyntax arithmetic
            && (arithmetic.IsKind(SyntaxKind.SubtractExpression) || arithmetic.IsKind(SyntaxKind.AddExpression)))
        {
            name = NameOf(arithmetic.Left == child ? arithmetic.Right : arithmetic.Left);
        }

        return name is not null && name.EndsWith("hour", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary><c>new MicrophoneCoordinates[7] { ... }</c>: the size of an array written out element by element is their count, which the compiler checks.</summary>
    internal static bool IsSizeOfInitializedArray(SyntaxNode parent) =>
        parent is ArrayRankSpecifierSyntax { Parent: ArrayTypeSyntax { Parent: ArrayCreationExpressionSyntax { Initializer: not null } } };

    /// <summary>
    /// <c>void tsmiScreenshotDelay5_Click(...) { SetScreenshotDelay(5); }</c>: the method, local function or property that
    /// holds the number carries it in its name.
    /// </summary>
    internal static bool IsNamedByEnclosingMember(ExpressionSyntax literal, double value)
    {
        if (value < 0 || value != Math.Floor(value) || Unwrap(literal) is not LiteralExpressionSyntax { Token.Text: var text })
        {
            return false;
        }

        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            var name = node switch
            {
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                LocalFunctionStatementSyntax function => function.Identifier.ValueText,
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                _ => null,
            };

            if (name is not null)
            {
                return ContainsNumber(name, text);
            }

            if (node is BaseTypeDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }

    // Delay5 holds 5, Delay15 and Delay50 do not.
    private static bool ContainsNumber(string identifier, string digits)
    {
        for (var at = identifier.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = identifier.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            var end = at + digits.Length;
            if ((at == 0 || !char.IsDigit(identifier[at - 1])) && (end == identifier.Length || !char.IsDigit(identifier[end])))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsComparison(BinaryExpressionSyntax binary) => binary.Kind() is SyntaxKind.LessThanExpression
        or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
        or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression;

    /// <summary>The name of an identifier or of the last member accessed (<c>opacity</c>, <c>e.ProgressPercentage</c>).</summary>
    internal static string? NameOf(ExpressionSyntax expression) => Unwrap(expression) switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    internal static string? RightmostName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        QualifiedNameSyntax qualified => RightmostName(qualified.Right),
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    internal static SyntaxNode Unwrap(SyntaxNode node)
    {
        while (true)
        {
            switch (node)
            {
                case PrefixUnaryExpressionSyntax unary:
                    node = unary.Operand;
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    node = parenthesized.Expression;
                    break;
                case CastExpressionSyntax cast:
                    node = cast.Expression;
                    break;
                default:
                    return node;
            }
        }
    }

    private static double MagicNumberValue(LiteralExpressionSyntax literal) => literal.Token.Value switch
    {
        int i => i,
        long l => l,
        uint ui => ui,
        ulong ul => ul,
        float f => f,
        double d => d,
        decimal m => (double)m,
        _ => double.NaN,
    };

    private static bool Contains(string name, string word) => name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
}
