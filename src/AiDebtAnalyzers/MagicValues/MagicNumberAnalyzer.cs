using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static AiDebtAnalyzers.MagicValues.MagicNumberContexts;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>
/// AID201: a numeric literal in executable code whose meaning has no name (<c>Thread.Sleep(3000)</c>,
/// <c>if (retries &gt; 5)</c>). Purely syntactic: every exemption is decided from the tree, so the rule costs one walk
/// per file and never binds.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MagicNumberAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Naming a number needs someone who knows what it means: look it up, name it, maybe make it configurable.</summary>
    public const int DebtMinutes = 5;

    /// <summary>Diagnostic property: the literal as written, sign included (the code fix keys constants on it).</summary>
    public const string ValueProperty = "aidebt.value";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MagicNumber,
        "Unexplained magic number",
        "Number {0} has no name that explains it; introduce a named constant",
        RuleCategories.MagicValues,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A numeric literal in executable code carries a meaning that lives only in its author's head (or in the prompt that generated it): a timeout, a limit, a retry count. A named constant says what it is, and changing it means changing one place.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.MagicNumber));

    private static readonly string[] UnitExtensionNames =
    {
        "Nanoseconds", "Microseconds", "Milliseconds", "Seconds", "Minutes", "Hours", "Days", "Weeks",
        "Ticks", "Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terabytes", "KB", "MB", "GB", "Percent",
    };

    // Types whose constructor arguments are the components of one value, named by their position: dates, sizes,
    // points, colours, versions.
    private static readonly string[] ValueTypeNames =
    {
        "TimeSpan", "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "Version", "Size", "SizeF", "Point", "PointF",
        "Rectangle", "RectangleF", "Padding", "Thickness", "CornerRadius", "Vector2", "Vector3", "Vector4", "Color",
        "Quaternion", "Matrix", "Matrix3x2", "Matrix4x4", "Font", "GridLength", "Rgba32", "Rgb24", "Margin", "RGBA", "RGB",
        "HSB", "HSL", "HSV", "CMYK", "ColorBgra", "Bgra32", "Argb32", "GradientStop", "ColorStop",
    };

    // Capacity hints: the number sizes a buffer, it does not change what the code means.
    private static readonly string[] CapacityTypeSuffixes =
    {
        "List", "Dictionary", "Set", "Builder", "Queue", "Stack", "Stream", "Buffer", "Collection", "Array", "Pool", "Cache",
    };

    // Factors that convert between well-known units: bits, percent, degrees, milli/kilo, KiB, seconds/minutes/hours/days,
    // points per inch (72) and the reference DPI (96), the full scales of 8 and 16 bits (255, 65535).
    private static readonly double[] ConversionFactors =
    {
        8, 60, 24, 72, 96, 100, 180, 255, 360, 1000, 1024, 3600, 10000, 65535, 86400, 1000000, 1048576, 1000000000, 1073741824,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // A generator writes what its input says; its numbers are named where the input is.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var isTestProject = ProjectKind.IsTestProject(start.Compilation, start.Options);
            start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, isTestProject));
        });
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, bool isTestProject)
    {
        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Tree);
        if (isTestProject && !AiDebtOptions.MagicValuesAnalyzeTests.Read(options))
        {
            return;
        }

        var settings = new Settings(
            AiDebtOptions.MagicValuesAllowedNumbers.Read(options),
            AiDebtOptions.MagicValuesCommentExplains.Read(options),
            AiDebtOptions.MagicValuesIgnoreUnitFactories.Read(options),
            AiDebtOptions.MagicValuesIgnoreProtocolNumbers.Read(options));

        var root = context.Tree.GetRoot(context.CancellationToken);
        HashSet<int>? commentLines = null;
        SourceText? text = null;

        foreach (var token in root.DescendantTokens(descendIntoTrivia: false))
        {
            if (!token.IsKind(SyntaxKind.NumericLiteralToken) || token.Parent is not LiteralExpressionSyntax literal)
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            ExpressionSyntax reported = literal;
            var negative = false;
            if (literal.Parent is PrefixUnaryExpressionSyntax unary && unary.IsKind(SyntaxKind.UnaryMinusExpression))
            {
                reported = unary;
                negative = true;
            }

            if (!TryGetValue(token, negative, out var value) || IsAllowed(value, settings.AllowedNumbers))
            {
                continue;
            }

            // Written in hex or binary, a number is a bit pattern, a mask or a format code: its notation says so.
            if (IsHexOrBinary(literal) || IsExempt(reported, value, settings))
            {
                continue;
            }

            if (settings.CommentExplains)
            {
                text ??= context.Tree.GetText(context.CancellationToken);
                commentLines ??= CollectCommentLines(root, text);
                if (commentLines.Contains(text.Lines.GetLineFromPosition(reported.SpanStart).LineNumber) || IsMentionedByCommentAbove(reported, token))
                {
                    continue;
                }
            }

            var written = reported.ToString();
            var properties = DebtProperties.Create(RuleIds.MagicNumber, DebtMinutes, Fingerprint.ForSpan(RuleIds.MagicNumber, root, reported.Span));
            properties[ValueProperty] = written;
            context.ReportDiagnostic(Diagnostic.Create(Rule, reported.GetLocation(), properties.ToImmutable(), written));
        }
    }

    private static bool TryGetValue(SyntaxToken token, bool negative, out double value)
    {
        switch (token.Value)
        {
            case int i: value = i; break;
            case uint ui: value = ui; break;
            case long l: value = l; break;
            case ulong ul: value = ul; break;
            case float f: value = f; break;
            case double d: value = d; break;
            case decimal m: value = (double)m; break;
            default: value = 0; return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    private static bool IsAllowed(double value, ImmutableArray<double> allowed)
    {
        foreach (var number in allowed)
        {
            if (number.Equals(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every exemption that names the number through its syntactic context.</summary>
    internal static bool IsExempt(ExpressionSyntax literal, double value, Settings settings)
    {
        var child = (SyntaxNode)literal;

        // Parentheses, casts and unchecked(...) around the literal change nothing about its meaning.
        var parent = child.Parent;
        while (parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or CheckedExpressionSyntax)
        {
            child = parent;
            parent = parent.Parent;
        }

        if (parent is null)
        {
            return true;
        }

        // The literal alone initializes something whose name explains it: var maxRetries = 3; int Port { get; } = 8080;
        if (parent is EqualsValueClauseSyntax equalsValue)
        {
            if (equalsValue.Parent is VariableDeclaratorSyntax or PropertyDeclarationSyntax or ParameterSyntax or EnumMemberDeclarationSyntax)
            {
                return true;
            }
        }

        // Retry(maxAttempts: 3) and new Options { MaxRetries = 3 } name the number at the call.
        if (parent is ArgumentSyntax { NameColon: not null })
        {
            return true;
        }

        if (parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer } assignment
            && assignment.Right == child
            && initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            return true;
        }

        // new { max_tokens = 1024 }: named like an object initializer member.
        if (parent is AnonymousObjectMemberDeclaratorSyntax { NameEquals: not null })
        {
            return true;
        }

        // HotkeyRepeatLimit = 1000; the assigned member names the number, as a variable's name does.
        if (parent is AssignmentExpressionSyntax simpleAssignment && simpleAssignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
            && simpleAssignment.Right == child && IsAssignmentStatement(simpleAssignment))
        {
            return true;
        }

        // parts[3], otherDeserializers[2]: a position in a sequence, not a quantity.
        if (parent is ArgumentSyntax { Parent: BracketedArgumentListSyntax })
        {
            return true;
        }

        if (IsInTable(parent) || IsConvertBase(parent) || IsStreamCount(parent) || IsPointerSizeCheck(parent) || IsWellKnownRange(child, parent)
            || IsByteDomain(child, parent) || IsFullScaleBound(child, parent) || IsQuarterTurnAngle(child, parent)
            || IsVersionComponentComparison(child, parent) || IsNamedArrayElement(parent))
        {
            return true;
        }

        if (IsBitManipulation(parent) || IsCapacityHint(ArithmeticParent(parent)) || IsPositionalSwitchLabel(parent) || IsHashArithmetic(parent))
        {
            return true;
        }

        if (settings.IgnoreUnitFactories && IsConversionFactor(child, parent))
        {
            return true;
        }

        if (settings.IgnoreProtocolNumbers && (IsHttpStatusCode(literal, child, parent, value) || IsWellKnownPort(child, parent, value)))
        {
            return true;
        }

        // int MaxItems => 50; and get { return 50; } name it through the member.
        if (parent is ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax or AccessorDeclarationSyntax })
        {
            return true;
        }

        if (parent is ReturnStatementSyntax { Parent: BlockSyntax { Statements.Count: 1, Parent: AccessorDeclarationSyntax } })
        {
            return true;
        }

        if (settings.IgnoreUnitFactories && (IsUnitFactoryUse(child, parent) || IsInValueConstructor(parent)))
        {
            return true;
        }

        // Declarations and exempt scopes first: they settle most literals that reach this point with one walk up.
        if (IsInExemptDeclaration(parent))
        {
            return true;
        }

        // Idioms whose context names the number, checked last because each looks at the literal's neighbours.
        return IsSizeOfInitializedArray(parent) || IsNamedByEnclosingMember(literal, value)
            || IsBitDepth(child, parent, value) || IsRadix(parent, value) || IsNamedByStringKey(parent) || IsTableRowArgument(child, parent)
            || IsByteBufferSize(child, parent) || IsRoundingHalf(child, parent, value) || IsColorChannelWeight(child, parent, value)
            || IsWrittenFraction(parent) || IsTurnSector(child, value) || IsRandomByte(parent, value) || IsFieldWidth(parent, value)
            || IsHalfDay(child, parent, value);
    }

    /// <summary>Attribute arguments, enum members, parameters, fields, directives, const locals, <c>GetHashCode</c> bodies, scaffolded types.</summary>
    private static bool IsInExemptDeclaration(SyntaxNode parent)
    {
        for (var node = parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AttributeArgumentSyntax:
                case AttributeSyntax:
                case EnumMemberDeclarationSyntax:
                case ParameterSyntax:
                case BaseFieldDeclarationSyntax:
                case DirectiveTriviaSyntax:
                    // Fields: const and static readonly initializers define a name; instance field initializers are
                    // declarations too, named by the field.
                    return true;
                case LocalDeclarationStatementSyntax local when local.IsConst:
                    return true;
                case MethodDeclarationSyntax method when method.Identifier.ValueText == "GetHashCode" && method.ParameterList.Parameters.Count == 0:
                    return true;
                case LocalFunctionStatementSyntax:
                case AnonymousFunctionExpressionSyntax:
                    continue;
                case BaseTypeDeclarationSyntax type:
                    return ScaffoldedCode.IsScaffolded(type);
                case GlobalStatementSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary><c>TimeSpan.FromSeconds(30)</c>, <c>new TimeSpan(0, 5, 0)</c>, <c>30.Seconds()</c>: the unit names the number.</summary>
    private static bool IsUnitFactoryUse(SyntaxNode child, SyntaxNode parent)
    {
        if (parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var call } })
        {
            if (call is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
            {
                var name = access.Name.Identifier.ValueText;
                return name.Length > 4 && name.StartsWith("From", StringComparison.Ordinal) && char.IsUpper(name[4]);
            }

            if (call is BaseObjectCreationExpressionSyntax creation)
            {
                var typeName = creation is ObjectCreationExpressionSyntax explicitCreation ? RightmostName(explicitCreation.Type) : null;
                return typeName is not null && Array.IndexOf(ValueTypeNames, typeName) >= 0;
            }

            return false;
        }

        // 30.Seconds(): the literal is the receiver of a unit extension method.
        if (parent is MemberAccessExpressionSyntax receiverAccess && receiverAccess.Expression == child
            && receiverAccess.Parent is InvocationExpressionSyntax)
        {
            return Array.IndexOf(UnitExtensionNames, receiverAccess.Name.Identifier.ValueText) >= 0;
        }

        return false;
    }

    /// <summary>
    /// A table of numbers (a colour matrix, a lookup table, rows of coefficients) is data: its name is the array's or
    /// the method's. Any array or collection initializer of three or more elements above the literal, within its
    /// statement, makes it table data.
    /// </summary>
    private static bool IsInTable(SyntaxNode parent)
    {
        for (var node = parent; node is not null; node = node.Parent)
        {
            if (node is InitializerExpressionSyntax table && table.Expressions.Count >= 3
                && (table.IsKind(SyntaxKind.ArrayInitializerExpression) || table.IsKind(SyntaxKind.CollectionInitializerExpression)))
            {
                return true;
            }

            if (node is StatementSyntax or MemberDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary><c>a = b = 15;</c>: each target of a chain of simple assignments names the number.</summary>
    private static bool IsAssignmentStatement(AssignmentExpressionSyntax assignment)
    {
        SyntaxNode current = assignment;
        while (current.Parent is AssignmentExpressionSyntax outer && outer.IsKind(SyntaxKind.SimpleAssignmentExpression) && outer.Right == current)
        {
            current = outer;
        }

        return current.Parent is ExpressionStatementSyntax;
    }

    /// <summary><c>new Rectangle(2, 2, width - 4, height - 4)</c>: arithmetic on the components of one value.</summary>
    private static bool IsInValueConstructor(SyntaxNode parent)
    {
        for (var node = parent; node is not null; node = node.Parent)
        {
            if (node is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax creation } }
                && RightmostName(creation.Type) is { } typeName && Array.IndexOf(ValueTypeNames, typeName) >= 0)
            {
                return true;
            }

            if (node is StatementSyntax or MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary><c>reader.Read(data, 0, 4)</c>, <c>ReadChars(4)</c>: the width of a field of a binary format.</summary>
    private static bool IsStreamCount(SyntaxNode parent) =>
        parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } } }
        && access.Name.Identifier.ValueText is "Read" or "ReadAsync" or "ReadBytes" or "ReadChars" or "ReadExactly" or "ReadExactlyAsync"
            or "ReadBlock" or "Write" or "WriteAsync" or "Skip" or "Seek";

    /// <summary><c>Clamp(0, 255)</c>, <c>Clamp(0, 100)</c>: the upper end of the byte, percent or degree range.</summary>
    private static bool IsWellKnownRange(SyntaxNode child, SyntaxNode parent)
    {
        if (parent is not ArgumentSyntax { Parent: ArgumentListSyntax list } argument
            || Unwrap(child) is not LiteralExpressionSyntax literal
            || !TryGetValue(literal.Token, negative: false, out var value)
            || value is not (100 or 255 or 360))
        {
            return false;
        }

        var index = list.Arguments.IndexOf(argument);
        return index > 0
            && Unwrap(list.Arguments[index - 1].Expression) is LiteralExpressionSyntax low
            && TryGetValue(low.Token, negative: false, out var lowValue)
            && lowValue is 0 or 1;
    }

    /// <summary>
    /// <c>for (var bit = 0; bit &lt; 8; bit++)</c>, <c>new uint[256]</c>: the bits of a byte and the values of a byte, in
    /// loop headers and array sizes.
    /// </summary>
    private static bool IsByteDomain(SyntaxNode child, SyntaxNode parent)
    {
        if (Unwrap(child) is not LiteralExpressionSyntax literal || !TryGetValue(literal.Token, negative: false, out var value) || value is not (8 or 256))
        {
            return false;
        }

        if (parent is ArrayRankSpecifierSyntax)
        {
            return true;
        }

        for (var node = parent; node is not null; node = node.Parent)
        {
            if (node is ForStatementSyntax forStatement)
            {
                return forStatement.Condition is not null && forStatement.Condition.Span.Contains(child.Span)
                    || IsInside(forStatement.Incrementors, child);
            }

            if (node is StatementSyntax)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsInside(SeparatedSyntaxList<ExpressionSyntax> expressions, SyntaxNode node)
    {
        foreach (var expression in expressions)
        {
            if (expression.Span.Contains(node.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>IntPtr.Size == 8</c>: the pointer width of the process.</summary>
    private static bool IsPointerSizeCheck(SyntaxNode parent) =>
        parent is BinaryExpressionSyntax binary
        && (IsPointerSize(binary.Left) || IsPointerSize(binary.Right));

    private static bool IsPointerSize(ExpressionSyntax expression) =>
        expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Size", Expression: IdentifierNameSyntax { Identifier.ValueText: "IntPtr" or "UIntPtr" or "nint" or "nuint" } };

    /// <summary><c>Convert.ToInt32(hex, 16)</c>, <c>Convert.ToString(value, 2)</c>: the number is a radix.</summary>
    private static bool IsConvertBase(SyntaxNode parent) =>
        parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 2, Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Convert" } } } } list } argument
        && list.Arguments[1] == argument;

    /// <summary>
    /// <c>x &lt;&lt; 24</c>: a shift distance is a bit width. (Masks such as <c>value &amp; 0xFF</c> never get here: a
    /// number written in hex or binary is skipped before any exemption is asked.)
    /// </summary>
    private static bool IsBitManipulation(SyntaxNode parent) => parent.Kind() switch
    {
        SyntaxKind.LeftShiftExpression or SyntaxKind.RightShiftExpression or SyntaxKind.UnsignedRightShiftExpression
            or SyntaxKind.LeftShiftAssignmentExpression or SyntaxKind.RightShiftAssignmentExpression => true,
        _ => false,
    };

    private static bool IsHexOrBinary(SyntaxNode node)
    {
        if (Unwrap(node) is not LiteralExpressionSyntax literal)
        {
            return false;
        }

        var text = literal.Token.Text;
        return text.Length > 2 && text[0] == '0' && (text[1] is 'x' or 'X' or 'b' or 'B');
    }

    /// <summary>The first node above the arithmetic (operators, parentheses, casts) that holds the literal.</summary>
    private static SyntaxNode ArithmeticParent(SyntaxNode parent)
    {
        var node = parent;
        while (node is ParenthesizedExpressionSyntax or CastExpressionSyntax
               || node is BinaryExpressionSyntax binary && binary.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression
                   or SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression)
        {
            node = node.Parent!;
        }

        return node;
    }

    /// <summary><c>new List&lt;T&gt;(16)</c>, <c>new Dictionary&lt;K, V&gt;(41, comparer)</c>, <c>new StringBuilder(256)</c>: a capacity hint.</summary>
    private static bool IsCapacityHint(SyntaxNode parent)
    {
        if (parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ImplicitObjectCreationExpressionSyntax } implicitList } implicitArgument)
        {
            // new(256) in a field or argument of a collection or builder type: the type is not written, only a lone number.
            return implicitList.Arguments.Count == 1 && implicitList.Arguments[0] == implicitArgument;
        }

        if (parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax creation } list } argument
            || list.Arguments[0] != argument)
        {
            return false;
        }

        var typeName = creation.Type switch
        {
            GenericNameSyntax generic => generic.Identifier.ValueText,
            QualifiedNameSyntax { Right: GenericNameSyntax generic } => generic.Identifier.ValueText,
            _ => RightmostName(creation.Type),
        };

        if (typeName is null)
        {
            return false;
        }

        foreach (var suffix in CapacityTypeSuffixes)
        {
            if (typeName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>case 3: ... case 4: ... case 5:</c> dispatching on an arity or an index: the labels run through consecutive
    /// integers, so each is a position, not a value with a meaning of its own.
    /// </summary>
    private static bool IsPositionalSwitchLabel(SyntaxNode parent)
    {
        SyntaxNode? switchNode = parent switch
        {
            CaseSwitchLabelSyntax { Parent: SwitchSectionSyntax { Parent: SwitchStatementSyntax statement } } => statement,
            ConstantPatternSyntax { Parent: SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax expression } } => expression,
            _ => null,
        };

        if (switchNode is null)
        {
            return false;
        }

        long min = long.MaxValue, max = long.MinValue;
        var count = 0;
        foreach (var node in switchNode.DescendantNodes(n => n == switchNode || n is SwitchSectionSyntax or SwitchExpressionArmSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax))
        {
            var value = node switch
            {
                CaseSwitchLabelSyntax { Value: LiteralExpressionSyntax { Token.Value: int label } } => label,
                ConstantPatternSyntax { Expression: LiteralExpressionSyntax { Token.Value: int label } } => label,
                _ => (int?)null,
            };

            if (value is null)
            {
                continue;
            }

            count++;
            min = Math.Min(min, value.Value);
            max = Math.Max(max, value.Value);
        }

        return count >= 3 && max - min + 1 == count;
    }

    /// <summary><c>hash = (hash * 23) + x</c> outside <c>GetHashCode</c>: hash mixing constants.</summary>
    private static bool IsHashArithmetic(SyntaxNode parent)
    {
        for (var node = parent; node is not null; node = node.Parent)
        {
            string? target = node switch
            {
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText,
                AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText,
                VariableDeclaratorSyntax declarator => declarator.Identifier.ValueText,
                _ => null,
            };

            if (target is not null)
            {
                return target.IndexOf("hash", StringComparison.OrdinalIgnoreCase) >= 0;
            }

            if (node is StatementSyntax or MemberDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>ms / 1000</c>, <c>ratio * 100</c>, <c>bytes / 1024</c>, <c>bits % 8</c>: a factor between well-known units; and
    /// <c>100 - percent</c>, <c>255 - channel</c>: a complement within a well-known range.
    /// </summary>
    private static bool IsConversionFactor(SyntaxNode child, SyntaxNode parent)
    {
        var multiplicative = parent.IsKind(SyntaxKind.MultiplyExpression) || parent.IsKind(SyntaxKind.DivideExpression)
            || parent.IsKind(SyntaxKind.ModuloExpression) || parent.IsKind(SyntaxKind.MultiplyAssignmentExpression)
            || parent.IsKind(SyntaxKind.DivideAssignmentExpression);
        var complement = parent.IsKind(SyntaxKind.SubtractExpression) && ((BinaryExpressionSyntax)parent).Left == child;
        if (!multiplicative && !complement)
        {
            return false;
        }

        if (Unwrap(child) is not LiteralExpressionSyntax literal || !TryGetValue(literal.Token, negative: false, out var value))
        {
            return false;
        }

        // 100 - percent, 255 - channel, 360 - degrees: the complement within a well-known range.
        return complement ? value is 100 or 255 or 360 : Array.IndexOf(ConversionFactors, value) >= 0;
    }

    /// <summary>
    /// <c>color.A &lt; 255</c>, <c>Math.Min(255, value)</c>, <c>Opacity &lt; 100</c>: the top of the byte range, or 100 compared
    /// with a percentage, opacity, scale or progress, is the full scale of what it bounds, not a tunable limit.
    /// </summary>
    private static bool IsFullScaleBound(SyntaxNode child, SyntaxNode parent)
    {
        if (Unwrap(child) is not LiteralExpressionSyntax literal || !TryGetValue(literal.Token, negative: false, out var value)
            || value is not (100 or 255))
        {
            return false;
        }

        if (parent is BinaryExpressionSyntax binary && IsComparison(binary))
        {
            var other = binary.Left == child ? binary.Right : binary.Left;
            return value is 255 || NameOf(other) is { } name && IsPercentName(name);
        }

        if (parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax clampCall } clamp } arguments }
            || clampCall.Name.Identifier.ValueText is not ("Min" or "Max" or "Clamp"))
        {
            return false;
        }

        // Math.Min(255, x), Math.Max(x, 255), Math.Clamp(x, lo, 255): clamped to the byte range.
        if (value is 255)
        {
            return clampCall.Expression is IdentifierNameSyntax { Identifier.ValueText: "Math" or "MathF" };
        }

        // opacity.Clamp(10, 100), Math.Clamp(zoomPercent, 0, 100), var newOpacity = value.Clamp(10, 100): a percentage
        // clamped to its full scale.
        if (NameOf(clampCall.Expression) is { } receiver && IsPercentName(receiver))
        {
            return true;
        }

        foreach (var argument in arguments.Arguments)
        {
            if (NameOf(argument.Expression) is { } name && IsPercentName(name))
            {
                return true;
            }
        }

        var target = clamp.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
            AssignmentExpressionSyntax assignment when assignment.Right == clamp => NameOf(assignment.Left),
            _ => null,
        };
        return target is not null && IsPercentName(target);
    }

    private static bool IsPercentName(string name) =>
        ContainsWord(name, "Percent") || ContainsWord(name, "Opacity") || ContainsWord(name, "Progress") || ContainsWord(name, "Scale")
        || ContainsWord(name, "Zoom") || ContainsWord(name, "Quality");

    private static bool ContainsWord(string name, string word) => name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// <c>gp.AddArc(arc, 180, 90)</c>, <c>g.RotateTransform(90)</c>, <c>ShadowAngle - 90</c>: quarter turns given to an arc,
    /// pie or rotation, or added to an angle, are geometry, not settings.
    /// </summary>
    private static bool IsQuarterTurnAngle(SyntaxNode child, SyntaxNode parent)
    {
        if (Unwrap(child) is not LiteralExpressionSyntax literal || !TryGetValue(literal.Token, negative: false, out var value)
            || value is not (90 or 180 or 270 or 360))
        {
            return false;
        }

        if (parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } })
        {
            var method = invocation.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                _ => null,
            };
            return method is not null && IsArcOrRotationMethod(method);
        }

        if (parent is BinaryExpressionSyntax binary && (binary.IsKind(SyntaxKind.AddExpression) || binary.IsKind(SyntaxKind.SubtractExpression) || IsComparison(binary)))
        {
            var other = binary.Left == child ? binary.Right : binary.Left;
            return NameOf(other) is { } name && IsAngleName(name);
        }

        return false;
    }

    // Case-sensitive, so that Search(...) or Archive(...) is no arc: AddArc, DrawArc, ArcTo, FillPie, RotateTransform, Rotate.
    private static bool IsArcOrRotationMethod(string method) =>
        method.EndsWith("Arc", StringComparison.Ordinal) || method.StartsWith("ArcTo", StringComparison.Ordinal)
        || method.EndsWith("Pie", StringComparison.Ordinal) || method.IndexOf("Rotat", StringComparison.Ordinal) >= 0;

    /// <summary><c>Environment.OSVersion.Major &gt;= 6</c>: a version component compared with a release number.</summary>
    private static bool IsVersionComponentComparison(SyntaxNode child, SyntaxNode parent) =>
        parent is BinaryExpressionSyntax binary && IsComparison(binary)
        && (binary.Left == child ? binary.Right : binary.Left) is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Major" or "Minor" or "Build" or "Revision" };

    /// <summary>
    /// <c>DashPattern = new float[] { 5, 5 }</c>, <c>var weights = new[] { 3, 7 };</c>: the elements of an array that alone
    /// initializes or is assigned to a named variable, field or property are named by it, as a lone number would be.
    /// </summary>
    private static bool IsNamedArrayElement(SyntaxNode parent)
    {
        if (parent is not InitializerExpressionSyntax initializer
            || !(initializer.IsKind(SyntaxKind.ArrayInitializerExpression) || initializer.IsKind(SyntaxKind.CollectionInitializerExpression)))
        {
            return false;
        }

        var array = initializer.Parent is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or BaseObjectCreationExpressionSyntax
            ? initializer.Parent
            : initializer;
        return array.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax or PropertyDeclarationSyntax } => true,
            AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right == array =>
                assignment.Parent is InitializerExpressionSyntax || IsAssignmentStatement(assignment),
            _ => false,
        };
    }

    /// <summary>
    /// <c>// Only 40-byte headers are supported</c> directly above <c>if (headerSize != 40)</c>: the comment block right
    /// above the number's statement, or above a statement or member that encloses it (no blank line between; a member's
    /// XML documentation included), mentions the number as written, so it explains it.
    /// </summary>
    private static bool IsMentionedByCommentAbove(ExpressionSyntax reported, SyntaxToken token)
    {
        var digits = DigitsOf(token.Text);
        for (SyntaxNode? node = reported.Parent; node is not null; node = node.Parent)
        {
            if (node is StatementSyntax and not BlockSyntax || node is MemberDeclarationSyntax)
            {
                if (CommentAboveMentions(node, digits))
                {
                    return true;
                }

                if (node is MemberDeclarationSyntax)
                {
                    return false;
                }
            }
        }

        return false;
    }

    private static bool CommentAboveMentions(SyntaxNode holder, string digits)
    {
        var trivia = holder.GetLeadingTrivia();
        var lineBreaks = 0;
        for (var i = trivia.Count - 1; i >= 0; i--)
        {
            var piece = trivia[i];
            if (piece.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                // A blank line ends the comment block that belongs to the statement.
                if (++lineBreaks > 1)
                {
                    return false;
                }

                continue;
            }

            if (piece.IsKind(SyntaxKind.SingleLineCommentTrivia) || piece.IsKind(SyntaxKind.MultiLineCommentTrivia)
                || piece.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || piece.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            {
                // A member's documentation counts too: "/// <param name="value">Min 0.1, Max 5.0</param>" explains Clamp(0.1f, 5.0f).
                lineBreaks = 0;
                if (MentionsNumber(piece.ToString(), digits))
                {
                    return true;
                }

                continue;
            }

            if (!piece.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The literal without its type suffix and digit separators: <c>1_000L</c> is mentioned as <c>1000</c>.</summary>
    private static string DigitsOf(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsLetter(text[end - 1]))
        {
            end--;
        }

        return text.Substring(0, end).Replace("_", string.Empty);
    }

    /// <summary>Whether <paramref name="comment"/> holds <paramref name="digits"/> as a number of its own (16 in "16 bytes" or "16kHz", not in "160" or "Int16").</summary>
    private static bool MentionsNumber(string comment, string digits)
    {
        if (digits.Length == 0)
        {
            return false;
        }

        for (var at = comment.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = comment.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            var end = at + digits.Length;
            var before = at > 0 ? comment[at - 1] : ' ';
            var after = end < comment.Length ? comment[end] : ' ';
            var afterNext = end + 1 < comment.Length ? comment[end + 1] : ' ';
            if (!char.IsLetterOrDigit(before) && before != '.' && !char.IsDigit(after) && !(after is '.' or ',' && char.IsDigit(afterNext)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lines that hold a comment (a trailing <c>// why</c> or a <c>/* why */</c> beside the number).</summary>
    private static HashSet<int> CollectCommentLines(SyntaxNode root, SourceText text)
    {
        var lines = new HashSet<int>();
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: false))
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                var first = text.Lines.GetLineFromPosition(trivia.SpanStart).LineNumber;
                var last = text.Lines.GetLineFromPosition(trivia.Span.End).LineNumber;
                for (var line = first; line <= last; line++)
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }

    internal readonly struct Settings
    {
        public Settings(ImmutableArray<double> allowedNumbers, bool commentExplains, bool ignoreUnitFactories, bool ignoreProtocolNumbers)
        {
            AllowedNumbers = allowedNumbers;
            CommentExplains = commentExplains;
            IgnoreUnitFactories = ignoreUnitFactories;
            IgnoreProtocolNumbers = ignoreProtocolNumbers;
        }

        public ImmutableArray<double> AllowedNumbers { get; }

        public bool CommentExplains { get; }

        public bool IgnoreUnitFactories { get; }

        public bool IgnoreProtocolNumbers { get; }
    }
}
