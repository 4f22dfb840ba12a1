using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static AiDebtAnalyzers.Infrastructure.ExpressionWrappers;
using static AiDebtAnalyzers.Infrastructure.TextSearch;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>
/// The checks behind the roles of <see cref="MagicNumberRoles"/>, one method per role, in table order. Each looks at
/// the literal's parent and at most a few neighbours; the semantic model is asked only for the parameter a literal is
/// passed to and for the type of what it is compared with.
/// </summary>
internal static class MagicNumberClassifier
{
    private static readonly string[] UnitExtensionNames =
    {
        "Nanoseconds", "Microseconds", "Milliseconds", "Seconds", "Minutes", "Hours", "Days", "Weeks", "Ticks",
    };

    // Types whose constructor arguments are the components of one value, named by their position.
    private static readonly string[] ValueTypeNames = { "TimeSpan", "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "Version" };

    // Capacity hints: the number sizes a buffer, it does not change what the code means.
    private static readonly string[] CapacityTypeSuffixes =
    {
        "List", "Dictionary", "Set", "Builder", "Queue", "Stack", "Stream", "Buffer", "Collection", "Array", "Pool", "Cache",
    };

    // Factors between well-known units: bits, percent, degrees, milli/kilo, KiB, units of time in each other (seconds,
    // minutes, hours, days, the days of a year) and in milliseconds, points per inch (72) and the reference DPI (96), the
    // full scales of 8 and 16 bits (255, 65535), and 2^16, the scale of a 16.16 fixed-point number (TWAIN's
    // `Whole + Fraction / 65536m`).
    private static readonly double[] ConversionFactors =
    {
        8, 10, 60, 24, 72, 96, 100, 180, 255, 360, 365, 1000, 1024, 1440, 3600, 10000, 60000, 65535, 65536, 86400, 1000000, 1048576, 3600000,
        86400000, 1000000000, 1073741824,
    };

    private static readonly double[] Radixes = { 2, 8, 10, 16, 32, 36, 58, 62, 64 };

    private static readonly double[] BitDepths = { 1, 4, 8, 10, 12, 16, 24, 32, 48, 64 };

    private static readonly string[] RetryWords = { "retry", "retries", "attempt", "tries", "tried", "trycount", "failcount", "failures", "failedcount" };

    // Words that name a duration as a setting; unit words (seconds, hours) name it only where it is compared with an
    // elapsed time, since FromHours(3) on an Offset or a Duration is a value of a date library, not a delay.
    private static readonly string[] SettingDurationWords =
    {
        "timeout", "delay", "interval", "period", "duetime", "expir", "lifetime", "duration", "backoff", "cooldown", "wait",
    };

    // Words that name a count of turns, not a span of time (Thread.SpinWait(int iterations)).
    private static readonly string[] TurnCountWords = { "iterations", "iteration", "count", "times", "turns", "spins", "loops", "repeats" };

    // A member named for waiting names the waits in it.
    private static readonly string[] WaitingWords = { "wait", "delay", "sleep", "pause", "throttle", "backoff", "debounce", "retry" };

    private static readonly string[] DurationWords =
    {
        "timeout", "delay", "interval", "period", "duetime", "expir", "lifetime", "duration", "millisecond", "seconds",
        "minutes", "hours", "elapsed", "backoff", "cooldown", "wait",
    };

    // A time compared with a bound is a timeout only when it is time that has passed or a setting: a quantity named for
    // an elapsed time, a timeout, delay or interval (stopwatch.ElapsedMilliseconds, idleSeconds), or one measured from
    // the clock ((DateTime.UtcNow - started).TotalSeconds). A time of the data compared with a bound (a subtitle's
    // StartTime.TotalMilliseconds >= 500, a clip's DurationTotalSeconds > 100) is a rule of the domain, a threshold.
    private static readonly string[] PassedTimeWords =
    {
        "elapsed", "timeout", "delay", "interval", "period", "duetime", "expir", "lifetime", "backoff", "cooldown", "wait", "idle", "uptime", "since",
    };

    private static readonly string[] ClockNames = { "Now", "UtcNow", "GetUtcNow", "TickCount", "TickCount64", "GetTimestamp", "GetElapsedTime" };

    // Whole words of an identifier (camelCase, PascalCase or snake_case): "totalPrice" and "tax_amount", not "margin" or "frameRate".
    private static readonly string[] MoneyWords =
    {
        "price", "prices", "amount", "total", "subtotal", "cost", "costs", "fee", "fees", "tax", "vat", "discount", "balance",
        "salary", "revenue", "charge", "interest", "commission", "payment", "wage", "wages", "income", "profit", "budget", "markup",
    };

    // A word of a name that says its total or amount counts something other than money (totalMem, totalBytes, totalCount),
    // time included (totalMs, totalTime, totalDuration: a total of milliseconds is no sum of money).
    private static readonly string[] NonMoneyQuantityWords =
    {
        "mem", "memory", "ram", "heap", "byte", "bytes", "kb", "mb", "gb", "size", "length", "count", "width", "height", "pixels", "cores", "threads",
        "ms", "msec", "millis", "sec", "secs", "mins", "time", "duration", "frames",
    };

    private static readonly string[] PortWords = { "port" };

    private static readonly string[] CalendarWords = { "year", "month", "day", "hour", "hours24", "hours12", "minute", "second", "week", "weekday" };

    private static readonly string[] IndexWords = { "index", "ordinal", "position", "offset", "column" };

    private static readonly string[] LimitWords = { "pagesize", "page_size", "limit", "batchsize", "chunksize", "threshold", "quota", "maxcount", "maxitems", "maxresults" };

    // ---- sample-data ----

    // Words of a member or type name that say it makes sample content for a preview or a design surface. Whole words,
    // so DemoteUser and ResampleAudio are not among them; "sample" alone is not either (an audio sample, Rx's Sample).
    private static readonly string[] SampleWords = { "demo", "demos" };

    // Word pairs, written as one word or in camel case (Mockup, MockUp, LoadSampleData, DesignTimeViewModel).
    private static readonly string[] SamplePairs = { "mockup", "sampledata", "designtime", "designdata", "dummydata" };

    /// <summary>
    /// <c>Message1.Mockup(text, false, DateTime.Now.AddSeconds(-25))</c>, a number in <c>LoadSampleData()</c>: sample
    /// content of a preview or a design surface (a bubble sent "a moment ago"), which no one tunes or names.
    /// </summary>
    public static bool IsSampleData(in MagicNumberSite site)
    {
        for (var node = site.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ArgumentListSyntax { Parent: InvocationExpressionSyntax call } when NameOf(CalledExpression(call)) is { } method && IsSampleName(method):
                    return true;
                case MemberDeclarationSyntax member when MemberName(member) is { } name && IsSampleName(name):
                    return true;
                case BaseTypeDeclarationSyntax type when IsSampleName(type.Identifier.ValueText):
                    return true;
            }
        }

        return false;
    }

    private static bool IsSampleName(string name) => HasWord(name, SampleWords) || ContainsAny(name, SamplePairs);

    // ---- test-double ----

    /// <summary><c>class CatalogMockService { ... await Task.Delay(10); ... }</c>: a number in a mock, fake or stub type.</summary>
    public static bool IsInTestDouble(in MagicNumberSite site)
    {
        for (var node = site.Parent; node is not null; node = node.Parent)
        {
            if (node is BaseTypeDeclarationSyntax type)
            {
                var name = type.Identifier.ValueText;
                if (ContainsIgnoreCase(name, "Mock") || ContainsIgnoreCase(name, "Fake") || ContainsIgnoreCase(name, "Stub") || ContainsIgnoreCase(name, "Dummy"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // ---- named ----

    /// <summary>The number alone initializes, is assigned to or is passed by name to something whose name explains it.</summary>
    public static bool IsNamed(in MagicNumberSite site)
    {
        if (IsNamedPosition(site.Outer) || IsInNamedDeclaration(site.Parent) || IsNamedByStringKey(site.Parent)
            || IsNamedByEnclosingMember(site.Literal, site.Value) || IsSpanNamedByEnclosingMember(in site))
        {
            return true;
        }

        // var timeout = TimeSpan.FromSeconds(30); IntervalTicks = TimeSpan.FromHours(24).Ticks;
        // var thirtyDaysAgo = DateTime.UtcNow.AddDays(-30): the value made from the number is named. So is
        // AttackDelay = new TimeSpan(1500 * TimeSpan.TicksPerMillisecond): the unit factory written out in ticks.
        if (InTicksOfUnit(site.Outer).Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } } || !IsValueFactory(call))
        {
            return false;
        }

        var value = Outermost(call);
        while (value.Parent is MemberAccessExpressionSyntax access && access.Expression == value && access.Parent is not InvocationExpressionSyntax)
        {
            value = Outermost(access);
        }

        // Duration = new Duration(TimeSpan.FromMilliseconds(150)): a struct made of the span alone (WPF's Duration and
        // KeyTime, a Nullable) is the same value in another type, so where it goes names the number too. A class built
        // from the span (new CancellationTokenSource(TimeSpan.FromSeconds(30))) is a thing that uses it, not the value.
        if (value.Parent is ArgumentSyntax { NameColon: null, Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: BaseObjectCreationExpressionSyntax wrapper } }
            && (IsStructOfOneValue(wrapper, in site) || IsAnimationOfOneSpan(wrapper, in site)))
        {
            value = Outermost(wrapper);
        }

        return IsNamedPosition(value);
    }

    /// <summary>
    /// <c>1500 * TimeSpan.TicksPerMillisecond</c> (either order): the number in a unit, converted to the ticks a
    /// <c>TimeSpan</c> is built from, which is <c>TimeSpan.FromMilliseconds(1500)</c> written out; the product's
    /// outermost node then stands where the number would. Anything else is the number's own node.
    /// </summary>
    private static SyntaxNode InTicksOfUnit(SyntaxNode number)
    {
        if (number.Parent is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.MultiplyExpression } product
            || (product.Left == number ? product.Right : product.Left) is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: var unit, Expression: var owner }
            || !unit.StartsWith("TicksPer", StringComparison.Ordinal) || NameOf(owner) != "TimeSpan")
        {
            return number;
        }

        // Only where the ticks become the span alone: new TimeSpan(ticks), TimeSpan.FromTicks(ticks).
        var ticks = Outermost(product);
        return ticks.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: var call } }
            && call switch
            {
                ObjectCreationExpressionSyntax { Type: var type } => RightmostName(type) == "TimeSpan",
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FromTicks", Expression: var factory } } => NameOf(factory) == "TimeSpan",
                _ => false,
            }
            ? ticks
            : number;
    }

    /// <summary>
    /// Whether <paramref name="creation"/> makes a struct. Where its type does not resolve (WPF code scanned without
    /// the desktop references), the time structs of WPF and Avalonia animations, <c>Duration</c> and <c>KeyTime</c>,
    /// are known by name.
    /// </summary>
    private static bool IsStructOfOneValue(BaseObjectCreationExpressionSyntax creation, in MagicNumberSite site) =>
        site.Model.GetTypeInfo(creation, site.CancellationToken).Type is { } made
        && (made.IsValueType
            || made.TypeKind == TypeKind.Error && creation is ObjectCreationExpressionSyntax { Type: var type } && RightmostName(type) is "Duration" or "KeyTime");

    /// <summary>
    /// <c>shadeEasing = new InOutCubic(TimeSpan.FromMilliseconds(350))</c>: an animation made of its duration alone, its
    /// type or a base type named for an easing, animation, tween or transition. The object is that duration run along
    /// a curve, so the name it is given (<c>shadeEasing</c>, <c>logoEasing</c>) names the duration, as <c>Duration =</c>
    /// does; two such animations of equal length are two tunings that agree, each named. A class that only uses a span
    /// (<c>new CancellationTokenSource(...)</c>, a timer) is not named for an animation and stays a <c>delay</c>.
    /// </summary>
    private static bool IsAnimationOfOneSpan(BaseObjectCreationExpressionSyntax creation, in MagicNumberSite site)
    {
        if (site.Model.GetTypeInfo(creation, site.CancellationToken).Type is not INamedTypeSymbol made || made.TypeKind == TypeKind.Error)
        {
            return creation is ObjectCreationExpressionSyntax { Type: var type } && RightmostName(type) is { } name && IsAnimationTypeName(name);
        }

        for (var type = made; type is not null; type = type.BaseType)
        {
            if (IsAnimationTypeName(type.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAnimationTypeName(string name) =>
        EndsWith(name, "Easing") || EndsWith(name, "Animation") || EndsWith(name, "Tween") || EndsWith(name, "Transition");

    private static bool IsNamedPosition(SyntaxNode node) => node.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax or PropertyDeclarationSyntax or ParameterSyntax or EnumMemberDeclarationSyntax } => true,
        ArgumentSyntax { NameColon: not null } => true,
        AnonymousObjectMemberDeclaratorSyntax { NameEquals: not null } => true,
        AssignmentExpressionSyntax assignment => assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right == node
            && (assignment.Parent is InitializerExpressionSyntax || IsAssignmentStatement(assignment)),
        ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax or AccessorDeclarationSyntax } => true,
        ReturnStatementSyntax { Parent: BlockSyntax { Statements.Count: 1, Parent: AccessorDeclarationSyntax } } => true,
        _ => false,
    };

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

    private static bool IsValueFactory(ExpressionSyntax call) => call switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } } =>
            name.Length > 4 && name.StartsWith("From", StringComparison.Ordinal) && char.IsUpper(name[4])
            || name is "AddMilliseconds" or "AddSeconds" or "AddMinutes" or "AddHours" or "AddDays" or "AddMonths" or "AddYears",
        ObjectCreationExpressionSyntax creation => RightmostName(creation.Type) is { } type && Array.IndexOf(ValueTypeNames, type) >= 0,
        _ => false,
    };

    /// <summary>Attribute arguments, enum members, parameter defaults, field initializers, directives, <c>const</c> locals.</summary>
    private static bool IsInNamedDeclaration(SyntaxNode parent)
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
                    return true;
                case LocalDeclarationStatementSyntax local when local.IsConst:
                    return true;
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary><c>settings.Get("retry.count", 3)</c>: the argument right before the number is a key written like a setting name.</summary>
    private static bool IsNamedByStringKey(SyntaxNode parent)
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

    /// <summary><c>void ScreenshotDelay5_Click(...) { SetDelay(5); }</c>: the enclosing method, local function or property carries the number.</summary>
    private static bool IsNamedByEnclosingMember(LiteralExpressionSyntax literal, double value)
    {
        if (value < 0 || value != Math.Floor(value))
        {
            return false;
        }

        return EnclosingMemberName(literal) is { } name && ContainsNumber(name, literal.Token.Text);
    }

    /// <summary>
    /// The name of the method, local function or property the node stands in (the nearest one); null when a type
    /// declaration comes first (a field initializer, an attribute).
    /// </summary>
    private static string? EnclosingMemberName(SyntaxNode start)
    {
        for (var node = start.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText;
                case LocalFunctionStatementSyntax function:
                    return function.Identifier.ValueText;
                case PropertyDeclarationSyntax property:
                    return property.Identifier.ValueText;
                case BaseTypeDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>GetLastDayStats() { ... DateTime.UtcNow.AddHours(-24) ... }</c>, <c>GetLastMonthStats() { ... AddDays(-31) ... }</c>:
    /// the number, given alone to a unit call (<c>AddHours</c>, <c>TimeSpan.FromDays</c>...), makes exactly the span
    /// of a calendar word of the enclosing member's name (a day: 24 hours, 1,440 minutes; a month: 28 to 31 days), so
    /// the member's name already says what it is. A span that differs from the word's (<c>AddDays(-30)</c> in
    /// <c>PurgeDailyLogs</c>) is a choice of its own.
    /// </summary>
    private static bool IsSpanNamedByEnclosingMember(in MagicNumberSite site)
    {
        if (site.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax call } }
            || NameOf(CalledExpression(call)) is not { } unitCall || SecondsPerUnitOfCall(unitCall) is not { } secondsPerUnit)
        {
            return false;
        }

        return EnclosingMemberName(site.Literal) is { } name && NamesSpanOf(name, Math.Abs(site.Value) * secondsPerUnit);
    }

    /// <summary>Seconds in one unit of a date or time-span unit call (<c>AddHours</c>, <c>FromDays</c>); null for any other call.</summary>
    private static double? SecondsPerUnitOfCall(string method) => method switch
    {
        "AddSeconds" or "FromSeconds" => 1,
        "AddMinutes" or "FromMinutes" => 60,
        "AddHours" or "FromHours" => 3600,
        "AddDays" or "FromDays" => 86400,
        _ => null,
    };

    // The calendar words of a member's name and the spans they name, in seconds (a month: 28 to 31 days; a year: 365 or 366).
    private static readonly (string Word, double Least, double Most)[] CalendarSpans =
    {
        ("minute", 60, 60), ("hour", 3600, 3600), ("hourly", 3600, 3600), ("day", 86400, 86400), ("daily", 86400, 86400),
        ("week", 604800, 604800), ("weekly", 604800, 604800), ("month", 28 * 86400, 31 * 86400), ("monthly", 28 * 86400, 31 * 86400),
        ("year", 365 * 86400, 366 * 86400), ("yearly", 365 * 86400, 366 * 86400), ("annual", 365 * 86400, 366 * 86400),
    };

    /// <summary>Whether a word of <paramref name="identifier"/> (split at case changes, digits and underscores) is a calendar word whose span is <paramref name="seconds"/>.</summary>
    private static bool NamesSpanOf(string identifier, double seconds)
    {
        var start = 0;
        for (var i = 1; i <= identifier.Length; i++)
        {
            if (i < identifier.Length && char.IsLower(identifier[i]))
            {
                continue;
            }

            var length = i - start;
            foreach (var (word, least, most) in CalendarSpans)
            {
                if (length == word.Length && string.Compare(identifier, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0
                    && seconds >= least && seconds <= most)
                {
                    return true;
                }
            }

            start = i;
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

    // ---- explained ----

    /// <summary>A comment on the number's line, a comment block above that mentions it, any comment right above a <c>case</c> label.</summary>
    public static bool IsExplained(in MagicNumberSite site)
    {
        if (!site.CommentExplains)
        {
            return false;
        }

        if (site.Tree.HasCommentOnLineOf(site.Reported.SpanStart))
        {
            return true;
        }

        // A comment directly above a case label or a switch-expression arm explains the row it heads.
        for (SyntaxNode? node = site.Parent; node is not null && node is not StatementSyntax; node = node.Parent)
        {
            if (node is SwitchLabelSyntax or SwitchExpressionArmSyntax)
            {
                return CommentAbove(node, digits: null);
            }
        }

        // "// Wait for the window to initialize" above await Task.Delay(10): the comment says what the wait is for.
        if (site.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax wait } } && NameOf(wait.Expression) is "Delay" or "Sleep"
            && EnclosingStatement(wait) is { } waitStatement && CommentAbove(waitStatement, digits: null))
        {
            return true;
        }

        var written = DigitsOf(site.Literal.Token.Text);
        for (SyntaxNode? node = site.Reported.Parent; node is not null; node = node.Parent)
        {
            if (node is StatementSyntax and not BlockSyntax || node is MemberDeclarationSyntax)
            {
                if (CommentAbove(node, written))
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

    /// <summary>Whether the comment block right above <paramref name="holder"/> (no blank line between) mentions <paramref name="digits"/>, or exists at all when it is null.</summary>
    private static bool CommentAbove(SyntaxNode holder, string? digits)
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
                if (digits is null || MentionsNumber(piece.ToString(), digits))
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

    // ---- stated ----

    /// <summary>
    /// <c>if (items.Count > 1000) throw new BadRequestException("the limit is 1000 items");</c>: a string of the statement,
    /// or of the body of the <c>if</c> whose condition holds the number, writes the number out for the reader already.
    /// </summary>
    public static bool IsStatedInMessage(in MagicNumberSite site)
    {
        if (IsStatusStatedBeside(in site))
        {
            return true;
        }

        var statement = EnclosingStatement(site.Reported);
        if (statement is null)
        {
            return false;
        }

        var digits = DigitsOf(site.Literal.Token.Text);
        if (statement is IfStatementSyntax ifStatement && ifStatement.Condition.Span.Contains(site.Reported.Span))
        {
            return TextMentions(ifStatement.Condition, digits, site.Literal, site.Tree) || TextMentions(ifStatement.Statement, digits, site.Literal, site.Tree)
                || IsStatusNamedBy(in site, ifStatement.Statement);
        }

        return TextMentions(HeadOf(statement), digits, site.Literal, site.Tree) || IsStatedByLabelBefore(statement, digits, site.Literal, site.Tree);
    }

    /// <summary>
    /// <c>Log("Retrying in 500 ms"); Thread.Sleep(500);</c>, <c>if (ImGui.Button("Every 60f")) { RunOnTick(() => DelayTicks(60)); }</c>:
    /// a string right before the number's statement states it as a comment above it would. "Right before" is the
    /// statement just before it in its block (its head: an <c>if</c>'s condition, not its body; not a log call, whose
    /// entry reports what the code does for the log's reader), or, for the first
    /// statement of an <c>if</c>'s body, that <c>if</c>'s condition: the label of the button or mode that runs the
    /// body. The number may sit deep in that first statement (a lambda it schedules), as a comment above it would
    /// still explain it; a later statement of the body is beside the statement before it, not the condition.
    /// </summary>
    private static bool IsStatedByLabelBefore(StatementSyntax statement, string digits, LiteralExpressionSyntax self, MagicNumberTreeFacts tree)
    {
        if (statement.Parent is BlockSyntax block && block.Statements.IndexOf(statement) is > 0 and var index
            && !IsLogStatement(block.Statements[index - 1]) && TextMentions(HeadOf(block.Statements[index - 1]), digits, self, tree, labelsOnly: true))
        {
            return true;
        }

        // Climb to the nearest if whose body holds the number; it states it only when the number is in the body's first
        // statement (a later statement of the body has a statement right before it instead).
        for (SyntaxNode? node = statement; node is not null && node is not MemberDeclarationSyntax; node = node.Parent)
        {
            if (node is StatementSyntax inner && inner.Parent is IfStatementSyntax or BlockSyntax { Parent: IfStatementSyntax })
            {
                return FirstStatementOfIf(inner) is { } ifStatement && TextMentions(ifStatement.Condition, digits, self, tree, labelsOnly: true);
            }
        }

        return false;
    }

    /// <summary>The <c>if</c> whose body is <paramref name="statement"/> or a block that starts with it; null otherwise.</summary>
    private static IfStatementSyntax? FirstStatementOfIf(StatementSyntax statement) => statement.Parent switch
    {
        IfStatementSyntax ifStatement when ifStatement.Statement == statement => ifStatement,
        BlockSyntax { Parent: IfStatementSyntax ifStatement } block when block.Statements.Count > 0 && block.Statements[0] == statement => ifStatement,
        _ => null,
    };

    /// <summary>
    /// <c>thread.Join(5000)</c>: a wait for a thread with a timeout, its one argument. <c>string.Join(" ", parts, 3,
    /// parts.Length - 3)</c> and <c>Path.Join(a, b)</c> join text, with a separator and more arguments: no wait.
    /// </summary>
    private static bool IsThreadJoin(string? method, BaseArgumentListSyntax list) => method == "Join" && list.Arguments.Count == 1;

    /// <summary>
    /// <c>if ((int)result.Status == 429) throw new TooManyRequestsException(...);</c>, <c>if (code == 409) return Conflict();</c>:
    /// an HTTP status compared by hand in an <c>if</c> whose body creates or calls something named for that status (its
    /// reason phrase as <c>HttpStatusCode</c> spells it): the code beside the number says which status it is.
    /// </summary>
    private static bool IsStatusNamedBy(in MagicNumberSite site, StatementSyntax body)
    {
        if (ReasonPhrase(site.Value) is not { } phrase || !IsStatusCode(in site))
        {
            return false;
        }

        foreach (var node in body.DescendantNodes())
        {
            site.CancellationToken.ThrowIfCancellationRequested();
            var name = node switch
            {
                ObjectCreationExpressionSyntax creation => NameOf(creation.Type),
                InvocationExpressionSyntax call => NameOf(call.Expression),
                _ => null,
            };
            if (name is not null && name.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An HTTP status picked by hand whose meaning the code right around it gives: a <c>case</c> label of a switch whose
    /// three or more sections each map their statuses to a message of their own, one <c>return</c> or <c>throw</c> with
    /// text (<c>case 410: return new DownloadException(code, "The document is no longer available.");</c>: a table of
    /// messages, each beside its status), a <c>case</c> label whose own section writes the status out, or a status compared
    /// in a member or type named for it (<c>ErrorCode == 429</c> in <c>OutlookRateLimitHandler</c>: the type handles that
    /// status and nothing else; <c>statusCode is 529</c> in <c>IsTransientOverloadException</c>). A switch whose sections do
    /// different work (retry on 429, refresh the token on 401) is no table of messages and stays <c>status-code</c>.
    /// </summary>
    private static bool IsStatusStatedBeside(in MagicNumberSite site)
    {
        if (!IsStatusCode(in site) || !IsStatusEquality(in site))
        {
            return false;
        }

        // case 422: throw new InvalidOperationException($"Validation error (422): {content}"); the label's own section
        // writes the status out, as the body of an if whose condition compares it does.
        if (site.Parent is CaseSwitchLabelSyntax { Parent: SwitchSectionSyntax ownSection })
        {
            var digits = DigitsOf(site.Literal.Token.Text);
            foreach (var statement in ownSection.Statements)
            {
                if (TextMentions(statement, digits, site.Literal, site.Tree))
                {
                    return true;
                }
            }
        }

        if (site.Parent is CaseSwitchLabelSyntax { Parent: SwitchSectionSyntax { Parent: SwitchStatementSyntax table } })
        {
            var rows = 0;
            foreach (var section in table.Sections)
            {
                var labelled = false;
                foreach (var label in section.Labels)
                {
                    labelled |= label is CaseSwitchLabelSyntax;
                }

                if (!labelled)
                {
                    continue;
                }

                if (!IsMessageRow(section))
                {
                    return false;
                }

                rows++;
            }

            return rows >= 3;
        }

        if (ReasonPhrase(site.Value) is not { } phrase)
        {
            return false;
        }

        // The nearest method, local function or property around the comparison, then the type: a name that names the
        // status says which status the code handles (IsTransientOverloadException for 529, OutlookRateLimitHandler for 429).
        var memberRead = false;
        for (var node = site.Literal.Parent; node is not null; node = node.Parent)
        {
            var memberName = memberRead ? null : node switch
            {
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                LocalFunctionStatementSyntax function => function.Identifier.ValueText,
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                _ => null,
            };
            if (memberName is not null)
            {
                memberRead = true;
                if (NamesStatus(memberName, phrase, site.Value))
                {
                    return true;
                }
            }

            if (node is BaseTypeDeclarationSyntax type)
            {
                return NamesStatus(type.Identifier.ValueText, phrase, site.Value);
            }
        }

        return false;
    }

    /// <summary>Whether a member's or type's name holds the status's reason phrase (for 429 also <c>RateLimit</c> or <c>Throttl</c>).</summary>
    private static bool NamesStatus(string name, string phrase, double status) =>
        name.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0
        || status == 429 && (name.IndexOf("RateLimit", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("Throttl", StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>A switch section that is one <c>return</c> or <c>throw</c> holding a plain string (a message, not a format string).</summary>
    private static bool IsMessageRow(SwitchSectionSyntax section)
    {
        var value = section.Statements.Count == 1 ? section.Statements[0] switch
        {
            ReturnStatementSyntax returned => returned.Expression,
            ThrowStatementSyntax thrown => thrown.Expression,
            _ => null,
        } : null;
        if (value is null)
        {
            return false;
        }

        foreach (var token in value.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) && !IsFormatString(token))
            {
                return true;
            }
        }

        return false;
    }

    // The names HttpStatusCode gives the statuses a type or method is named after (the well-known ones read as names already).
    private static string? ReasonPhrase(double status) => status switch
    {
        402 => "PaymentRequired",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        412 => "PreconditionFailed",
        413 => "TooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        423 => "Locked",
        429 => "TooManyRequests",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",

        // Not in HttpStatusCode: the "site is overloaded" status some APIs send (Anthropic's overloaded_error).
        529 => "Overload",
        _ => null,
    };

    // The strings and interpolated-string texts under scope that hold the digits as a number of their own.
    // labelsOnly leaves out format strings (a placeholder, an interpolation hole): a string that prints values reports
    // what the code does, as a log entry does, and states no value as a label would (Wabbajack's "Gateway timeout on
    // attempt {attempt}, retrying in 20s...", a 20 s retry pause written three times, is still wanted named).
    private static bool TextMentions(SyntaxNode scope, string digits, LiteralExpressionSyntax self, MagicNumberTreeFacts tree, bool labelsOnly = false)
    {
        // Most statements of numeric code hold no string at all, and a statement of many numbers (a polynomial, a
        // table written in a method) was walked token by token once per number: the tree's string positions say first
        // whether there is anything to read.
        if (!tree.HasStringTokenWithin(scope.Span))
        {
            return false;
        }

        foreach (var token in scope.DescendantTokens())
        {
            if (labelsOnly && IsFormatString(token))
            {
                continue;
            }

            if ((token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken) && token.Parent is InterpolatedStringTextSyntax
                    || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
                    || token.IsKind(SyntaxKind.Utf8StringLiteralToken) || token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken)
                    || token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken))
                && token != self.Token && MentionsNumber(WithoutPlaceholders(token), digits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A string with a composite-format placeholder (<c>"{0} of {1}"</c>, <c>"{count} items"</c>) or a text part of an interpolated string with holes.</summary>
    private static bool IsFormatString(SyntaxToken token)
    {
        if (token.Parent is InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolated })
        {
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolationSyntax)
                {
                    return true;
                }
            }

            return false;
        }

        var text = token.ValueText;
        var open = text.IndexOf('{');
        return open >= 0 && text.IndexOf('}', open) > open + 1;
    }

    /// <summary>
    /// The text of a string token without its composite-format placeholders (<c>{0,10}</c>, <c>{1:F2}</c>), whose digits
    /// say which argument is printed and how, not a value; an interpolation's format clause is no text token of the
    /// string either (see <see cref="TextMentions"/>). A format string that merely prints a value states nothing.
    /// </summary>
    private static string WithoutPlaceholders(SyntaxToken token)
    {
        var text = token.ValueText;
        if (!(token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.Utf8StringLiteralToken)) || text.IndexOf('{') < 0)
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var character in text)
        {
            depth += character == '{' ? 1 : 0;
            kept.Append(depth > 0 ? ' ' : character);
            depth -= character == '}' && depth > 0 ? 1 : 0;
        }

        return kept.ToString();
    }

    /// <summary>
    /// The token kinds <see cref="TextMentions"/> reads (the interpolated text whatever its parent): the positions
    /// <see cref="MagicNumberTreeFacts.HasStringTokenWithin"/> indexes, a superset of what is read so that a scope
    /// without any of them cannot state a number.
    /// </summary>
    internal static bool IsStringLikeToken(SyntaxToken token) =>
        token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
        || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
        || token.IsKind(SyntaxKind.Utf8StringLiteralToken) || token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken)
        || token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken);

    // ---- default-argument ----

    /// <summary><c>GetInvoiceHistoryAsync(organization, 5)</c> where the parameter is <c>int pageSize = 5</c>: the callee names the value already.</summary>
    public static bool IsDefaultArgument(in MagicNumberSite site)
    {
        if (!TryGetCall(site.Parent, out var argument, out var call, out var list)
            || ParameterOf(site, argument, call, list) is not { HasExplicitDefaultValue: true } parameter)
        {
            return false;
        }

        return parameter.ExplicitDefaultValue switch
        {
            int value => value == site.Value,
            long value => value == site.Value,
            double value => value == site.Value,
            float value => value == site.Value,
            decimal value => (double)value == site.Value,
            _ => false,
        };
    }

    // ---- status-code ----

    /// <summary><c>response.StatusCode == 429</c>, <c>(int)resp.StatusCode &gt;= 500</c>, <c>case 404:</c> in <c>switch (statusCode)</c>.</summary>
    public static bool IsStatusCode(in MagicNumberSite site) =>
        site.IsInteger && site.Value is >= 100 and <= 599
        && ComparedName(site.Outer, site.Parent) is { } compared && IsStatusName(compared, site.Parent);

    /// <summary><c>StatusCode == 429</c>, <c>is 404</c>, <c>case 503:</c>: one status picked by hand, not the bound of a range.</summary>
    public static bool IsStatusEquality(in MagicNumberSite site) =>
        site.Parent.Kind() is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression or SyntaxKind.ConstantPattern or SyntaxKind.CaseSwitchLabel;

    /// <summary>
    /// <c>StatusCode == 404</c>, <c>case 500:</c>, <c>code &gt;= 200 &amp;&amp; code &lt; 300</c>: statuses reviewers read as
    /// names (their named constants add nothing), unlike <c>429</c> or <c>308</c>, and the ends of a status class.
    /// A lone bound (<c>&gt;= 400</c>) is not a class: it stays a <c>status-code</c>.
    /// </summary>
    public static bool IsWellKnownStatus(in MagicNumberSite site)
    {
        if (!IsStatusCode(in site))
        {
            // code >= 200 && code <= 299: a status class given as its two ends reads as its name on anything named a code.
            return site.Value is >= 100 and < 600 && ComparedName(site.Outer, site.Parent) is { } code && EndsWith(code, "code")
                && OtherEndOfRange(site.Parent) is { } end && IsStatusClass(Math.Min(site.Value, end), Math.Max(site.Value, end));
        }

        if (IsStatusEquality(in site))
        {
            return site.Value is 200 or 201 or 204 or 400 or 401 or 403 or 404 or 500 || IsListedStatusClass(site.Parent, site.Value);
        }

        return OtherEndOfRange(site.Parent) is { } other && IsStatusClass(Math.Min(site.Value, other), Math.Max(site.Value, other));
    }

    /// <summary>
    /// <c>statusCode is &gt;= 100 and &lt; 200 or 204 or 205 or 304</c> (the responses that carry no body),
    /// <c>StatusCode == 304</c>, <c>is 307 or 308</c>: a status picked by hand whose meaning and handling HTTP itself fixes,
    /// informational (1xx), no content (204, 205), partial content (206), not modified (304) and the redirects (301,
    /// 302, 303, 307, 308). Code that compares them implements the protocol (whether a body follows, where to go next),
    /// not a decision of its own: reviewers called them noise in predicates such as <c>ResponseCanHaveBody</c> and in
    /// redirect checks. Statuses an application chooses how to react to (429 and 503 retried, 409 resolved, 408 timed
    /// out) stay <c>status-code</c>, as does a bound of a range (<c>&gt;= 300</c>).
    /// </summary>
    public static bool IsProtocolStatus(in MagicNumberSite site) =>
        IsStatusCode(in site) && IsStatusEquality(in site)
        && (site.Value is >= 100 and < 200 or 204 or 205 or 206 or 304 or 301 or 302 or 303 or 307 or 308);

    /// <summary>
    /// <c>StatusCode is 301 or 302 or 303 or 307 or 308</c>, <c>code == 502 || code == 503 || code == 504</c>, the
    /// labels <c>case 502: case 503: case 504:</c> of one switch section: three or
    /// more statuses of one class (one hundred) given as alternatives of one test are that class listed member by
    /// member, read as its name ("is a redirect"), as the class's two ends are. Two statuses of a class, or statuses of
    /// several classes (<c>is 429 or 503</c>), are picked one by one and stay <c>status-code</c>.
    /// </summary>
    private static bool IsListedStatusClass(SyntaxNode equality, double value)
    {
        var hundred = Math.Floor(value / 100);

        // case 502: case 503: case 504: throw ...: the labels of one switch section are the alternatives of its test.
        if (equality is CaseSwitchLabelSyntax { Parent: SwitchSectionSyntax section })
        {
            var listed = 0;
            foreach (var label in section.Labels)
            {
                if (label is CaseSwitchLabelSyntax { Value: var labelled } && NumberOf(labelled) is { } status && Math.Floor(status / 100) == hundred && ++listed >= 3)
                {
                    return true;
                }
            }

            return false;
        }

        // The whole list: the outermost `or` pattern, or `||` chain, the comparison belongs to.
        var list = equality;
        if (equality is ConstantPatternSyntax)
        {
            while (list.Parent is BinaryPatternSyntax { RawKind: (int)SyntaxKind.OrPattern } or ParenthesizedPatternSyntax)
            {
                list = list.Parent;
            }
        }
        else if (equality.IsKind(SyntaxKind.EqualsExpression))
        {
            while (list.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } or ParenthesizedExpressionSyntax)
            {
                list = list.Parent;
            }
        }

        if (list == equality)
        {
            return false;
        }

        var sameClass = 0;
        foreach (var node in list.DescendantNodes())
        {
            var number = node switch
            {
                ConstantPatternSyntax pattern when equality is ConstantPatternSyntax => NumberOf(pattern.Expression),
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression } comparison when equality is BinaryExpressionSyntax => NumberOf(comparison.Left) ?? NumberOf(comparison.Right),
                _ => null,
            };

            if (number is { } status && Math.Floor(status / 100) == hundred && ++sameClass >= 3)
            {
                return true;
            }
        }

        return false;
    }

    // 200 and 299 (or 300), 500 and 599 (or 600): the two ends of one class of statuses.
    private static bool IsStatusClass(double low, double high) =>
        low % 100 == 0 && (high == low + 99 || high == low + 100);

    // The number of the other comparison in `x >= 200 && x < 300` or `is >= 200 and < 300`.
    private static double? OtherEndOfRange(SyntaxNode comparison)
    {
        if (comparison is BinaryExpressionSyntax)
        {
            var node = comparison.Parent;
            while (node is ParenthesizedExpressionSyntax)
            {
                node = node.Parent;
            }

            if (node is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } both)
            {
                var other = both.Left.Span.Contains(comparison.Span) ? both.Right : both.Left;
                return Unwrap(other) is BinaryExpressionSyntax otherComparison && IsComparison(otherComparison) ? NumberOf(otherComparison.Left) ?? NumberOf(otherComparison.Right) : null;
            }

            return null;
        }

        if (comparison is RelationalPatternSyntax && comparison.Parent is BinaryPatternSyntax { RawKind: (int)SyntaxKind.AndPattern } andPattern)
        {
            var other = andPattern.Left == comparison ? andPattern.Right : andPattern.Left;
            return other is RelationalPatternSyntax relational ? NumberOf(relational.Expression) : null;
        }

        return null;
    }

    private static double? NumberOf(ExpressionSyntax expression) =>
        Unwrap(expression) is LiteralExpressionSyntax { Token.Value: int or long } literal ? Convert.ToDouble(literal.Token.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    // statusCode, StatusCode, status_code, HttpStatus; a bare "status" only as a member of something (e.Status,
    // response.status), so that a parameter called status in a codec is not taken for HTTP.
    private static bool IsStatusName(string name, SyntaxNode parent)
    {
        if (ContainsIgnoreCase(name, "statuscode") || ContainsIgnoreCase(name, "status_code") || ContainsIgnoreCase(name, "HttpStatus"))
        {
            return true;
        }

        if (!string.Equals(name, "status", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var other = parent is BinaryExpressionSyntax binary ? (Unwrap(binary.Left) is LiteralExpressionSyntax ? binary.Right : binary.Left) : null;
        return other is not null && Unwrap(other) is MemberAccessExpressionSyntax or MemberBindingExpressionSyntax;
    }

    // ---- table ----

    /// <summary>Initializer elements, case labels, switch-expression arms, return ladders, conditional rows, else-if ladders, rows of calls.</summary>
    public static bool IsTableData(in MagicNumberSite site)
    {
        var outer = site.Outer;
        var parent = site.Parent;
        switch (parent)
        {
            case CaseSwitchLabelSyntax:
            case ReturnStatementSyntax:
            case ArrowExpressionClauseSyntax:
            case SwitchExpressionArmSyntax arm when arm.Expression == outer:
                return true;
            case ConditionalExpressionSyntax conditional when conditional.Condition != outer:
                var other = conditional.WhenTrue == outer ? conditional.WhenFalse : conditional.WhenTrue;
                return Unwrap(other) is LiteralExpressionSyntax or ConditionalExpressionSyntax || Unwrap(other).IsKind(SyntaxKind.DefaultExpression);
        }

        if (parent is PatternSyntax)
        {
            SyntaxNode node = parent;
            while (node is PatternSyntax or SubpatternSyntax or PropertyPatternClauseSyntax or PositionalPatternClauseSyntax)
            {
                node = node.Parent!;
            }

            if (node is SwitchExpressionArmSyntax or CasePatternSwitchLabelSyntax)
            {
                return true;
            }
        }

        for (var node = parent; node is not null; node = node.Parent)
        {
            // Rows of a table, also where a row computes its value: ( >= 6, _) => Math.Min(640000, bitrate).
            if (node is InitializerExpressionSyntax initializer && !initializer.IsKind(SyntaxKind.ObjectInitializerExpression)
                || node is CollectionExpressionSyntax or SwitchExpressionArmSyntax)
            {
                return true;
            }

            if (node is StatementSyntax or MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax)
            {
                break;
            }
        }

        return IsElseIfLadderRow(site) || IsConditionalLadderRow(parent) || IsTableRowArgument(outer, parent) || IsRegistrationRow(outer)
            || IsDefinitionRow(outer, site.CancellationToken);
    }

    /// <summary>
    /// <c>preset = new FilterPreset { Name = ..., Expression = new DateAddFunction(..., TimeSpan.FromDays(10)) };</c> among
    /// three or more statements of one block that each create an object of one type with an object initializer (a list
    /// of definitions a member seeds): each row sets its own value, so equal numbers in two rows are two choices. A
    /// number that is the whole value of a member (<c>Lifetime = TimeSpan.FromDays(10)</c>) is named already.
    /// </summary>
    private static bool IsDefinitionRow(SyntaxNode node, CancellationToken cancellationToken)
    {
        ObjectCreationExpressionSyntax? row = null;
        for (; node.Parent is not null and not StatementSyntax; node = node.Parent)
        {
            // A number inside a lambda of the row belongs to what the lambda does, not to the row.
            if (node is AnonymousFunctionExpressionSyntax)
            {
                return false;
            }

            if (node is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression, Parent: ObjectCreationExpressionSyntax creation })
            {
                row = creation;
            }
            else if (node is ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax named } && IsNamedInstance(named))
            {
                row = named;
            }
        }

        if (row is null || node.Parent is not StatementSyntax { Parent: BlockSyntax block } statement || DefinedType(statement) is not { } type)
        {
            return false;
        }

        // new InMemoryBus("SubscriptionsBus", true, TimeSpan.FromMilliseconds(50)): the number is an argument of the
        // named object the statement defines, not of something created on the way.
        if (row.Initializer is null && DefinedValue(statement) != row)
        {
            return false;
        }

        var rows = 0;
        foreach (var other in block.Statements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (DefinedType(other) is { } otherType && SyntaxFactory.AreEquivalent(otherType, type) && ++rows >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The type a statement defines one object of, with an object initializer or as a named instance (see
    /// <see cref="IsNamedInstance"/>): <c>x = new T { ... };</c>, <c>var x = new T { ... };</c>,
    /// <c>list.Add(new T { ... });</c>, <c>var bus = new T("SubscriptionsBus", ...);</c>.
    /// </summary>
    private static TypeSyntax? DefinedType(StatementSyntax statement) => DefinedValue(statement) switch
    {
        ObjectCreationExpressionSyntax { Initializer.RawKind: (int)SyntaxKind.ObjectInitializerExpression, Type: var type } => type,
        ObjectCreationExpressionSyntax { Initializer: null, Type: var type } named when IsNamedInstance(named) => type,
        _ => null,
    };

    private static ExpressionSyntax? DefinedValue(StatementSyntax statement) => statement switch
    {
        ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Right: var right } } => right,
        ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } } => arguments[0].Expression,
        LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables } => variables[0].Initializer?.Value,
        _ => null,
    };

    /// <summary>
    /// <c>new InMemoryBus("SubscriptionsBus", true, TimeSpan.FromMilliseconds(50))</c>: an object created with its own
    /// name, a string literal, as the first argument. Among three or more such statements of one block it is one row
    /// of a list of named definitions (EventStore's buses, each with its own slow-message threshold): equal numbers of
    /// two rows are the settings of two things that agree by chance.
    /// </summary>
    private static bool IsNamedInstance(ObjectCreationExpressionSyntax creation) =>
        creation.ArgumentList is { Arguments: { Count: > 1 } arguments }
        && arguments[0].Expression.IsKind(SyntaxKind.StringLiteralExpression);

    /// <summary><c>(d &lt; 32) ? 0 : (d &lt; 61) ? 31 : 60</c>: a comparison that picks a row of a ladder of conditionals.</summary>
    private static bool IsConditionalLadderRow(SyntaxNode parent)
    {
        if (parent is not BinaryExpressionSyntax comparison || !IsComparison(comparison))
        {
            return false;
        }

        SyntaxNode node = comparison;
        while (node.Parent is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        // attempts <= 5 ? 1 : 5 picks one of two numbers: the bound is the key of a two-row table, as its rows are table data.
        return node.Parent is ConditionalExpressionSyntax conditional && conditional.Condition == node
            && (Unwrap(conditional.WhenTrue) is ConditionalExpressionSyntax || Unwrap(conditional.WhenFalse) is ConditionalExpressionSyntax
                || Outermost(conditional).Parent is ConditionalExpressionSyntax
                || Unwrap(conditional.WhenTrue).IsKind(SyntaxKind.NumericLiteralExpression) && Unwrap(conditional.WhenFalse).IsKind(SyntaxKind.NumericLiteralExpression)
                    && !(IsZeroOrOne(conditional.WhenTrue) && IsZeroOrOne(conditional.WhenFalse)));
    }

    // x > 2.2f ? 1 : 0 is a test written as numbers, not a table of two rows.
    private static bool IsZeroOrOne(ExpressionSyntax branch) =>
        Unwrap(branch) is LiteralExpressionSyntax { Token.ValueText: "0" or "1" };

    /// <summary>
    /// <c>registry.Register&lt;CleanupJob&gt;(TimeSpan.FromHours(24));</c> among three or more consecutive calls of one
    /// generic method that differ in their type argument: rows of a registration table, each setting its own type's value.
    /// </summary>
    private static bool IsRegistrationRow(SyntaxNode node)
    {
        // A number inside a lambda of the row belongs to what the lambda does, not to the row.
        for (; node.Parent is not null and not StatementSyntax; node = node.Parent)
        {
            if (node is AnonymousFunctionExpressionSyntax)
            {
                return false;
            }
        }

        if (node.Parent is not ExpressionStatementSyntax { Parent: BlockSyntax block } statement
            || RegisteredType(statement, null) is not { } method)
        {
            return false;
        }

        var statements = block.Statements;
        var index = statements.IndexOf(statement);
        var rows = 1;
        var typeArguments = method.TypeArgumentList.ToString();
        for (var i = index - 1; rows < 3 && i >= 0 && RegisteredType(statements[i], method.Identifier.ValueText) is { } row && row.TypeArgumentList.ToString() != typeArguments; i--)
        {
            rows++;
        }

        for (var i = index + 1; rows < 3 && i < statements.Count && RegisteredType(statements[i], method.Identifier.ValueText) is { } row && row.TypeArgumentList.ToString() != typeArguments; i++)
        {
            rows++;
        }

        return rows >= 3;
    }

    /// <summary>The generic method a statement calls (<c>Register&lt;CleanupJob&gt;</c>), when its name is <paramref name="name"/> (any name when null).</summary>
    private static GenericNameSyntax? RegisteredType(StatementSyntax statement, string? name)
    {
        var expression = statement is ExpressionStatementSyntax { Expression: var written } ? written : null;
        if (expression is AwaitExpressionSyntax { Expression: var awaited })
        {
            expression = awaited;
        }

        var generic = expression is InvocationExpressionSyntax { Expression: var called }
            ? called switch
            {
                MemberAccessExpressionSyntax { Name: GenericNameSyntax member } => member,
                GenericNameSyntax bare => bare,
                _ => null,
            }
            : null;
        return generic is not null && (name is null || generic.Identifier.ValueText == name) ? generic : null;
    }

    /// <summary><c>if (score &gt;= 90) ... else if (score &gt;= 80) ...</c>: a row of a ladder that compares one operand with numbers.</summary>
    private static bool IsElseIfLadderRow(in MagicNumberSite site)
    {
        if (site.Parent is not BinaryExpressionSyntax comparison || !IsComparison(comparison)
            || NameOf(comparison.Left == site.Outer ? comparison.Right : comparison.Left) is not { } operand)
        {
            return false;
        }

        SyntaxNode node = comparison;
        while (node.Parent is BinaryExpressionSyntax logical && logical.Kind() is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression
               || node.Parent is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        if (node.Parent is not IfStatementSyntax ifStatement || ifStatement.Condition != node)
        {
            return false;
        }

        var previous = ifStatement.Parent is ElseClauseSyntax { Parent: IfStatementSyntax before } ? before : null;
        var next = ifStatement.Else?.Statement as IfStatementSyntax;
        if (ComparesWithNumber(previous, operand) || ComparesWithNumber(next, operand))
        {
            return true;
        }

        // A ladder of ifs that each return: if (total <= 640000) return ...; if (total <= 2000000) return ...;
        if (ifStatement.Parent is BlockSyntax block)
        {
            var index = block.Statements.IndexOf(ifStatement);
            return index > 0 && ComparesWithNumber(block.Statements[index - 1] as IfStatementSyntax, operand)
                || index + 1 < block.Statements.Count && ComparesWithNumber(block.Statements[index + 1] as IfStatementSyntax, operand);
        }

        return false;
    }

    private static bool ComparesWithNumber(IfStatementSyntax? ifStatement, string operand)
    {
        if (ifStatement is null)
        {
            return false;
        }

        foreach (var node in ifStatement.Condition.DescendantNodesAndSelf())
        {
            if (node is BinaryExpressionSyntax comparison && IsComparison(comparison)
                && (IsNumberOfLiterals(comparison.Right) && NameOf(comparison.Left) == operand
                    || IsNumberOfLiterals(comparison.Left) && NameOf(comparison.Right) == operand))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>60</c>, <c>45 * 60</c>, <c>24 * 60 * 60</c>: a number, or arithmetic of numbers only (a row written in units).</summary>
    private static bool IsNumberOfLiterals(ExpressionSyntax expression) => Unwrap(expression) switch
    {
        LiteralExpressionSyntax => true,
        BinaryExpressionSyntax binary when IsArithmetic(binary) => IsNumberOfLiterals(binary.Left) && IsNumberOfLiterals(binary.Right),
        _ => false,
    };

    /// <summary>
    /// <c>result += Step(ref n, 1000, "M"); result += Step(ref n, 900, "CM"); ...</c>: three or more consecutive
    /// statements calling the same method with a different number in the same argument are rows of a table.
    /// </summary>
    private static bool IsTableRowArgument(SyntaxNode child, SyntaxNode parent)
    {
        if (parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } list } argument
            || Unwrap(child) is not LiteralExpressionSyntax literal)
        {
            return false;
        }

        var awaited = AwaitedForm(invocation);
        var statement = awaited.Parent switch
        {
            ExpressionStatementSyntax expressionStatement => expressionStatement,
            AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax assignmentStatement } assignment when assignment.Right == awaited => assignmentStatement,
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

        return rows >= 3 || IsScriptStep(statements, index, method) || IsMacroStep(invocation, method);
    }

    /// <summary>
    /// A step of a macro spread over a member: a call that presses a named input (an argument that is a constant's name,
    /// a button or a key: <c>await Click(A, 1_300, token)</c>) with its pause, in a member that makes three or more such
    /// calls of the same method, not always with the same numbers, between its other statements (SysBot.NET's trade
    /// routines: <c>Click(X, 1_000)</c>, <c>Click(PLUS, 1_000)</c>, a code entered, <c>Click(PLUS, 3_000)</c>). Each pause
    /// is tuned for the screen that step reaches; equal pauses of two steps agree by chance.
    /// </summary>
    private static bool IsMacroStep(InvocationExpressionSyntax invocation, string? method)
    {
        if (method is null || !IsInputStep(invocation.ArgumentList))
        {
            return false;
        }

        SyntaxNode? member = invocation.Parent;
        while (member is not null and not MemberDeclarationSyntax)
        {
            member = member.Parent;
        }

        if (member is null)
        {
            return false;
        }

        var calls = 0;
        var varies = false;
        foreach (var node in member.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax step && string.Equals(NameOf(step.Expression), method, StringComparison.Ordinal) && IsInputStep(step.ArgumentList))
            {
                calls++;
                varies |= !SameNumbers(step.ArgumentList, invocation.ArgumentList);
                if (calls >= 3 && varies)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Arguments of a step that presses a named input: numbers, names of constants (at least one: the input) and a
    // cancellation token, at least one number.
    private static bool IsInputStep(ArgumentListSyntax list) => CountStepArguments(list, out var numbers, out var inputs) && numbers > 0 && inputs > 0;

    /// <summary>
    /// Whether every argument of a step is a number, a name of a constant (an input: <c>A</c>, <c>SwitchButton.Home</c>)
    /// or a cancellation token, and how many of each the first two are.
    /// </summary>
    private static bool CountStepArguments(ArgumentListSyntax list, out int numbers, out int inputs)
    {
        numbers = 0;
        inputs = 0;
        foreach (var argument in list.Arguments)
        {
            switch (Unwrap(argument.Expression))
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression):
                    numbers++;
                    break;
                case IdentifierNameSyntax name when IsConstantName(name.Identifier.ValueText):
                case MemberAccessExpressionSyntax access when IsNameChain(access) && IsConstantName(access.Name.Identifier.ValueText):
                    inputs++;
                    break;
                case IdentifierNameSyntax name when IsTokenName(name.Identifier.ValueText):
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A step of a script written as statements: a run of four or more consecutive calls (awaited or not) whose arguments
    /// are numbers, names of constants and a cancellation token, at least one a number, in which the number's own method is called three times or more and
    /// not always with the same numbers (a tune of <c>Console.Beep(523, 150); Thread.Sleep(25); ...</c>, a blink
    /// pattern, a macro of button presses each paced for its own screen: <c>await Click(DUP, 0_300, token);
    /// await Click(A, 1_300, token); ...</c>). Each step is a row of data, the script its table; one of the run's waits
    /// is a note of the tune or a step of the macro, not a delay of the program.
    /// </summary>
    private static bool IsScriptStep(SyntaxList<StatementSyntax> statements, int index, string? method)
    {
        if (method is null || LiteralCallOf(statements[index]) is not { } own)
        {
            return false;
        }

        // The run is walked outward from the number's own step and the walk stops as soon as the run is a script: each
        // condition only grows with the run, so stopping early changes no answer. It looks at most ScriptReach steps
        // each way, so that a file of thousands of such calls costs each of its numbers a few steps, not the whole run.
        var lower = index;
        var upper = index;
        var calls = 1;
        var varies = false;
        var left = true;
        var right = true;
        while (left || right)
        {
            if (left)
            {
                var step = index - lower < ScriptReach && lower > 0 ? LiteralCallOf(statements[lower - 1]) : null;
                left = step is not null;
                if (step is not null)
                {
                    lower--;
                    CountStep(step, own, method, ref calls, ref varies);
                }
            }

            if (right)
            {
                var step = upper - index < ScriptReach && upper + 1 < statements.Count ? LiteralCallOf(statements[upper + 1]) : null;
                right = step is not null;
                if (step is not null)
                {
                    upper++;
                    CountStep(step, own, method, ref calls, ref varies);
                }
            }

            if (upper - lower >= 3 && calls >= 3 && varies)
            {
                return true;
            }
        }

        return false;
    }

    // How far a script's run is read each way from the number's own step.
    private const int ScriptReach = 16;

    private static void CountStep(InvocationExpressionSyntax step, InvocationExpressionSyntax own, string method, ref int calls, ref bool varies)
    {
        var name = NameOf(step.Expression);
        if (string.Equals(name, method, StringComparison.Ordinal))
        {
            calls++;
        }

        // A tune's notes and rests vary; a pacing wait between commands (`p.Send(1); Thread.Sleep(500); p.Send(2); ...`)
        // is the same each time, one setting written again, so only the number's own method's calls count.
        varies |= string.Equals(name, method, StringComparison.Ordinal) && !SameNumbers(step.ArgumentList, own.ArgumentList);
    }

    // Whether two calls pass the same numbers in the same places (the names beside them, a button or a token, aside).
    private static bool SameNumbers(ArgumentListSyntax one, ArgumentListSyntax other)
    {
        if (one.Arguments.Count != other.Arguments.Count)
        {
            return false;
        }

        for (var i = 0; i < one.Arguments.Count; i++)
        {
            var a = Unwrap(one.Arguments[i].Expression) as LiteralExpressionSyntax;
            var b = Unwrap(other.Arguments[i].Expression) as LiteralExpressionSyntax;
            if ((a is null) != (b is null) || a is not null && b is not null && !string.Equals(a.Token.ValueText, b.Token.ValueText, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The call a statement makes when it is one call, awaited or not, whose arguments are numbers, names of constants and a
    /// cancellation token, at least one a number (<c>Thread.Sleep(25);</c>, <c>await Click(A, 1_300, token).ConfigureAwait(false);</c>).
    /// </summary>
    private static InvocationExpressionSyntax? LiteralCallOf(StatementSyntax statement)
    {
        return statement is ExpressionStatementSyntax { Expression: var expression } && CallOfAwaited(expression) is { } call
            && CountStepArguments(call.ArgumentList, out var numbers, out _) && numbers > 0
            ? call
            : null;
    }

    // A step names what it acts on with constants (.NET names constants and enum members in Pascal or upper case:
    // `A`, `DUP`, `SwitchButton.Home`); a variable (`tone`) makes the run code over data, not a script of fixed steps.
    private static bool IsConstantName(string name) => name.Length > 0 && char.IsUpper(name[0]);

    // The cancellation token every awaited step passes along.
    private static bool IsTokenName(string name) => name is "token" or "ct" or "cancellationToken" or "cancelToken" or "cancel";

    private static bool IsNameChain(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax => true,
        MemberAccessExpressionSyntax access => IsNameChain(access.Expression),
        _ => false,
    };

    /// <summary>
    /// <c>Click(A, 300, token)</c> in <c>await Click(A, 300, token).ConfigureAwait(false)</c>: the call an expression awaits,
    /// or the expression itself when it is a call.
    /// </summary>
    private static InvocationExpressionSyntax? CallOfAwaited(ExpressionSyntax expression)
    {
        if (expression is AwaitExpressionSyntax awaitExpression)
        {
            expression = awaitExpression.Expression;
        }

        if (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Expression: InvocationExpressionSyntax inner } })
        {
            return inner;
        }

        return expression as InvocationExpressionSyntax;
    }

    /// <summary>The outermost form of a call that awaits it: <c>await call.ConfigureAwait(false)</c>, <c>await call</c>, or the call.</summary>
    private static ExpressionSyntax AwaitedForm(InvocationExpressionSyntax invocation)
    {
        ExpressionSyntax form = invocation;
        if (form.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } access && access.Expression == form && access.Parent is InvocationExpressionSyntax configured)
        {
            form = configured;
        }

        return form.Parent is AwaitExpressionSyntax awaited ? awaited : form;
    }

    // A row continues the table when it calls the same method with a different number in the same argument.
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

        expression = CallOfAwaited(expression) ?? expression;

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

    // ---- index ----

    /// <summary><c>parts[3]</c>, <c>[..4]</c>, <c>^2</c>, <c>reader.GetString(3)</c>, <c>Substring(4)</c>, ordinal runs.</summary>
    public static bool IsIndex(in MagicNumberSite site)
    {
        var parent = site.Parent;
        if (parent is ArgumentSyntax { Parent: BracketedArgumentListSyntax } or RangeExpressionSyntax
            || parent.IsKind(SyntaxKind.IndexExpression))
        {
            return true;
        }

        if (!site.IsInteger || !TryGetCall(parent, out var argument, out var call, out var list))
        {
            return false;
        }

        if (ParameterName(site, argument, call, list) is { } parameter)
        {
            if (ContainsAny(parameter, IndexWords) || parameter is "i" or "start" or "pos" or "row" or "col" or "startAt")
            {
                return true;
            }
        }

        return IsOrdinalRun(site, call, list.Arguments.IndexOf(argument));
    }

    /// <summary><c>r.GetFieldValue&lt;T5&gt;(4), r.GetFieldValue&lt;T6&gt;(5)</c>: the same call with the next or previous number in the same argument nearby.</summary>
    private static bool IsOrdinalRun(in MagicNumberSite site, ExpressionSyntax call, int column)
    {
        if (call is not InvocationExpressionSyntax invocation || NameOf(invocation.Expression) is not { } method)
        {
            return false;
        }

        var statement = EnclosingStatement(call);
        if (statement is null)
        {
            // int M() => Field(4) + Field(5);
            return call.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>() is { } body && HasNeighbourOrdinal(body, invocation, method, column, site.Value);
        }

        if (HasNeighbourOrdinal(statement, invocation, method, column, site.Value))
        {
            return true;
        }

        if (statement.Parent is BlockSyntax block)
        {
            var index = block.Statements.IndexOf(statement);
            return index > 0 && HasNeighbourOrdinal(block.Statements[index - 1], invocation, method, column, site.Value)
                || index + 1 < block.Statements.Count && HasNeighbourOrdinal(block.Statements[index + 1], invocation, method, column, site.Value);
        }

        return false;
    }

    private static bool HasNeighbourOrdinal(SyntaxNode statement, InvocationExpressionSyntax self, string method, int column, double value)
    {
        foreach (var node in statement.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax other && other != self && other.ArgumentList.Arguments.Count > column
                && string.Equals(NameOf(other.Expression), method, StringComparison.Ordinal)
                && Unwrap(other.ArgumentList.Arguments[column].Expression) is LiteralExpressionSyntax { Token.Value: int neighbour }
                && Math.Abs(neighbour - value) == 1)
            {
                return true;
            }
        }

        return false;
    }

    // ---- arity ----

    /// <summary>A count equal to the number of type parameters or type arguments around it, or an arity argument.</summary>
    public static bool IsArity(in MagicNumberSite site)
    {
        if (!site.IsInteger || !TryGetCall(site.Parent, out var argument, out var call, out var list))
        {
            return false;
        }

        if (call is InvocationExpressionSyntax invocation && GenericNameOf(invocation.Expression) is { } generic
            && generic.TypeArgumentList.Arguments.Count == site.Value)
        {
            return true;
        }

        for (var node = call.Parent; node is not null; node = node.Parent)
        {
            var typeParameters = node switch
            {
                MethodDeclarationSyntax method => method.TypeParameterList,
                LocalFunctionStatementSyntax function => function.TypeParameterList,
                TypeDeclarationSyntax type => type.TypeParameterList,
                DelegateDeclarationSyntax del => del.TypeParameterList,
                _ => null,
            };

            if (typeParameters is not null && typeParameters.Parameters.Count == site.Value)
            {
                return true;
            }

            if (node is BaseTypeDeclarationSyntax)
            {
                break;
            }
        }

        return ParameterName(site, argument, call, list) is { } parameter && ContainsIgnoreCase(parameter, "arity");
    }

    private static GenericNameSyntax? GenericNameOf(ExpressionSyntax expression) => expression switch
    {
        GenericNameSyntax generic => generic,
        MemberAccessExpressionSyntax { Name: GenericNameSyntax generic } => generic,
        MemberBindingExpressionSyntax { Name: GenericNameSyntax generic } => generic,
        _ => null,
    };

    // ---- literal-length ----

    /// <summary><c>if (name.StartsWith("get_")) return name.Substring(4);</c>: the length of a string literal beside it.</summary>
    public static bool IsLengthOfNearbyLiteral(in MagicNumberSite site)
    {
        if (!site.IsInteger || site.Value < 1 || site.Value > 64
            || !(site.Parent is ArgumentSyntax || site.Parent.IsKind(SyntaxKind.AddExpression) || site.Parent.IsKind(SyntaxKind.SubtractExpression)
                 || site.Parent is BinaryExpressionSyntax comparison && IsComparison(comparison)))
        {
            return false;
        }

        var length = (int)site.Value;
        var statement = EnclosingStatement(site.Outer);
        if (statement is null)
        {
            return false;
        }

        if (HasStringOfLength(HeadOf(statement), length))
        {
            return true;
        }

        // The condition that guards the statement: if (name.StartsWith("get_")) { return name.Substring(4); }
        var guard = statement.Parent is BlockSyntax { Parent: IfStatementSyntax guarded } ? guarded : statement.Parent as IfStatementSyntax;
        if (guard is not null && HasStringOfLength(guard.Condition, length))
        {
            return true;
        }

        if (statement.Parent is BlockSyntax block)
        {
            var index = block.Statements.IndexOf(statement);
            if (index > 0)
            {
                var previous = block.Statements[index - 1];
                return previous is ExpressionStatementSyntax or LocalDeclarationStatementSyntax or IfStatementSyntax && HasStringOfLength(HeadOf(previous), length);
            }
        }

        return false;
    }

    private static bool HasStringOfLength(SyntaxNode scope, int length)
    {
        foreach (var token in scope.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) && token.ValueText.Length == length)
            {
                return true;
            }
        }

        return false;
    }

    // ---- shape ----

    /// <summary><c>parts.Length == 3</c>; <c>args.Count &gt;= 3</c> with <c>args[2]</c> nearby.</summary>
    public static bool IsShapeCheck(in MagicNumberSite site)
    {
        ExpressionSyntax? compared;
        bool equality;
        if (site.Parent is BinaryExpressionSyntax binary && IsComparison(binary))
        {
            compared = binary.Left == site.Outer ? binary.Right : binary.Left;
            equality = binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression);
        }
        else if (site.Parent is ConstantPatternSyntax or RelationalPatternSyntax && PatternSubject(site.Parent) is { } subject)
        {
            compared = subject;
            equality = site.Parent is ConstantPatternSyntax;
        }
        else
        {
            return false;
        }

        var receiver = SizedReceiver(compared);
        if (receiver is null)
        {
            return !equality && site.Parent is BinaryExpressionSyntax bound && IsIndexBound(bound, compared);
        }

        return equality || IsIndexedWithLiteral(receiver, site.Outer);
    }

    /// <summary><c>order &lt; 8 ? defaults[order] : none</c>: the comparison keeps an index inside a table it then reads.</summary>
    private static bool IsIndexBound(BinaryExpressionSyntax comparison, ExpressionSyntax compared)
    {
        if (Unwrap(compared) is not IdentifierNameSyntax { Identifier.ValueText: var index })
        {
            return false;
        }

        SyntaxNode node = comparison;
        while (node.Parent is BinaryExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        SyntaxNode? guarded = node.Parent switch
        {
            IfStatementSyntax ifStatement when ifStatement.Condition == node => ifStatement.Statement,
            ConditionalExpressionSyntax conditional when conditional.Condition == node => conditional.WhenTrue,
            _ => null,
        };

        if (guarded is null)
        {
            return false;
        }

        foreach (var descendant in guarded.DescendantNodesAndSelf())
        {
            if (descendant is ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments }
                && Unwrap(arguments[0].Expression) is IdentifierNameSyntax { Identifier.ValueText: var used } && used == index)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The collection or string whose <c>Length</c>, <c>Count</c>, <c>Count()</c> or <c>Rank</c> <paramref name="expression"/> reads.</summary>
    private static ExpressionSyntax? SizedReceiver(ExpressionSyntax expression) => Unwrap(expression) switch
    {
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" or "Count" or "LongLength" or "Rank" } access => access.Expression,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Count" or "Length" } access, ArgumentList.Arguments.Count: 0 } => access.Expression,
        _ => null,
    };

    private static bool IsIndexedWithLiteral(ExpressionSyntax receiver, SyntaxNode literal)
    {
        SyntaxNode? scope = EnclosingStatement(literal);
        for (var node = scope?.Parent; node is not null; node = node.Parent)
        {
            if (node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax)
            {
                scope = node;
                break;
            }
        }

        if (scope is null)
        {
            return false;
        }

        foreach (var node in scope.DescendantNodes())
        {
            if (node is ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } access
                && arguments[0].Expression is LiteralExpressionSyntax
                && access.Expression.IsEquivalentTo(receiver, topLevel: false))
            {
                return true;
            }
        }

        return false;
    }

    // ---- binary-format ----

    /// <summary>Widths and offsets of a binary format: stream counts, fixed-width reads, byte arrays, BitConverter offsets.</summary>
    public static bool IsBinaryFormat(in MagicNumberSite site)
    {
        var parent = site.Parent;
        if (parent is BinaryExpressionSyntax comparison && IsComparison(comparison)
            && SizedReceiver(comparison.Left == site.Outer ? comparison.Right : comparison.Left) is { } buffer
            && IsByteBuffer(site.Model.GetTypeInfo(buffer, site.CancellationToken).Type))
        {
            return true;
        }

        if (parent is ArrayRankSpecifierSyntax rank)
        {
            return rank.Parent is ArrayTypeSyntax { ElementType: var element, Parent: var creation }
                && (IsByteOrChar(element) || creation is StackAllocArrayCreationExpressionSyntax);
        }

        if (TryGetCall(ArithmeticSink(site.Outer).Parent!, out _, out var call, out _) && call is InvocationExpressionSyntax invocation
            && NameOf(invocation.Expression) is { } method)
        {
            var receiver = invocation.Expression is MemberAccessExpressionSyntax access ? NameOf(access.Expression) : null;
            if (receiver is "BitConverter" or "BinaryPrimitives" or "Buffer" or "MemoryMarshal" or "Unsafe"
                || method is "Read" or "ReadAsync" or "ReadBytes" or "ReadChars" or "ReadExactly" or "ReadExactlyAsync" or "ReadBlock"
                    or "Write" or "WriteAsync" or "Skip" or "Seek" or "Slice" or "AsSpan" or "AsMemory" or "BlockCopy" or "CopyTo"
                || IsFixedWidthReadOrWrite(method)
                || site.Value is 2 or 4 or 8 && IsReadOrWrite(method))
            {
                return true;
            }

            // Bytes taken from a byte sequence are a width of the format (md5.ComputeHash(data).Take(16) for a Guid's
            // 16 bytes), not how many rows a query reads.
            if (method is "Take" or "TakeLast" or "SkipLast" && invocation.Expression is MemberAccessExpressionSyntax { Expression: var source }
                && IsByteSequence(site.Model.GetTypeInfo(source, site.CancellationToken).Type))
            {
                return true;
            }
        }

        // A number next to a fixed-width read or write: position += 4 after ReadUInt32().
        var statement = EnclosingStatement(site.Outer);
        if (statement is null)
        {
            return false;
        }

        if (HasFixedWidthCall(HeadOf(statement)))
        {
            return true;
        }

        if (statement.Parent is BlockSyntax block)
        {
            var index = block.Statements.IndexOf(statement);
            return index > 0 && block.Statements[index - 1] is ExpressionStatementSyntax or LocalDeclarationStatementSyntax && HasFixedWidthCall(block.Statements[index - 1])
                || index + 1 < block.Statements.Count && block.Statements[index + 1] is ExpressionStatementSyntax or LocalDeclarationStatementSyntax && HasFixedWidthCall(block.Statements[index + 1]);
        }

        return false;
    }

    /// <summary>A buffer (<see cref="IsByteBuffer"/>) or any sequence of bytes: <c>IEnumerable&lt;byte&gt;</c>, <c>List&lt;byte&gt;</c>.</summary>
    private static bool IsByteSequence(ITypeSymbol? type)
    {
        if (IsByteBuffer(type))
        {
            return true;
        }

        if (type is null)
        {
            return false;
        }

        if (IsEnumerableOfBytes(type))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsEnumerableOfBytes(implemented))
            {
                return true;
            }
        }

        return false;

        static bool IsEnumerableOfBytes(ITypeSymbol candidate) =>
            candidate is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
            && named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
            && named.TypeArguments[0].SpecialType == SpecialType.System_Byte;
    }

    /// <summary><c>byte[]</c>, <c>Span&lt;byte&gt;</c>, <c>ReadOnlyMemory&lt;byte&gt;</c>, a <c>Stream</c>: data of a binary format.</summary>
    private static bool IsByteBuffer(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte,
        INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic =>
            generic.Name is "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" && generic.TypeArguments[0].SpecialType == SpecialType.System_Byte,
        INamedTypeSymbol named => named.Name.EndsWith("Stream", StringComparison.Ordinal),
        _ => false,
    };

    private static bool HasFixedWidthCall(SyntaxNode scope)
    {
        foreach (var node in scope.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax invocation && NameOf(invocation.Expression) is { } method
                && (IsFixedWidthReadOrWrite(method)
                    || invocation.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "BitConverter" or "BinaryPrimitives" } }))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReadOrWrite(string method)
    {
        if (method.StartsWith("WriteLine", StringComparison.Ordinal))
        {
            return false;
        }

        var verb = method.StartsWith("Read", StringComparison.Ordinal) ? 4 : method.StartsWith("Write", StringComparison.Ordinal) ? 5 : 0;
        return verb > 0 && (method.Length == verb || char.IsUpper(method[verb]));
    }

    // ReadUInt32, WriteInt16, ReadByte, ReadBytes, ReadDouble, ReadInt32BigEndian...
    private static bool IsFixedWidthReadOrWrite(string method)
    {
        if (!IsReadOrWrite(method))
        {
            return false;
        }

        var rest = method.Substring(method[0] == 'R' ? 4 : 5);
        return rest.StartsWith("Byte", StringComparison.Ordinal) || rest.StartsWith("SByte", StringComparison.Ordinal)
            || rest.StartsWith("Int", StringComparison.Ordinal) || rest.StartsWith("UInt", StringComparison.Ordinal)
            || rest.StartsWith("Single", StringComparison.Ordinal) || rest.StartsWith("Double", StringComparison.Ordinal)
            || rest.StartsWith("Boolean", StringComparison.Ordinal) || rest.StartsWith("Char", StringComparison.Ordinal)
            || rest.StartsWith("Decimal", StringComparison.Ordinal) || rest.StartsWith("Half", StringComparison.Ordinal)
            || rest.StartsWith("Float", StringComparison.Ordinal) || rest.StartsWith("Short", StringComparison.Ordinal)
            || rest.StartsWith("UShort", StringComparison.Ordinal) || rest.StartsWith("Long", StringComparison.Ordinal)
            || rest.StartsWith("ULong", StringComparison.Ordinal) || rest.StartsWith("7Bit", StringComparison.Ordinal)
            || rest.IndexOf("Endian", StringComparison.Ordinal) >= 0;
    }

    private static bool IsByteOrChar(TypeSyntax type) => type switch
    {
        PredefinedTypeSyntax predefined => predefined.Keyword.Kind() is SyntaxKind.ByteKeyword or SyntaxKind.SByteKeyword or SyntaxKind.CharKeyword,
        _ => RightmostName(type) is "Byte" or "SByte" or "Char",
    };

    // ---- bit-math ----

    /// <summary>Hex and binary notation, shifts, bitwise operands, 2^k-1 masks in arithmetic.</summary>
    public static bool IsBitMath(in MagicNumberSite site)
    {
        var text = site.Literal.Token.Text;
        if (text.Length > 2 && text[0] == '0' && (text[1] is 'x' or 'X' or 'b' or 'B'))
        {
            return true;
        }

        var parent = site.Parent;
        switch (parent.Kind())
        {
            case SyntaxKind.LeftShiftExpression:
            case SyntaxKind.RightShiftExpression:
            case SyntaxKind.UnsignedRightShiftExpression:
            case SyntaxKind.LeftShiftAssignmentExpression:
            case SyntaxKind.RightShiftAssignmentExpression:
            case SyntaxKind.BitwiseAndExpression:
            case SyntaxKind.BitwiseOrExpression:
            case SyntaxKind.ExclusiveOrExpression:
            case SyntaxKind.AndAssignmentExpression:
            case SyntaxKind.OrAssignmentExpression:
            case SyntaxKind.ExclusiveOrAssignmentExpression:
            case SyntaxKind.BitwiseNotExpression:
                return true;
        }

        if (!site.IsInteger || site.Value < 15 || !IsPowerOfTwo((long)site.Value + 1))
        {
            return false;
        }

        // (v + 1023) / 1024, x % 65535, 255 - channel: a mask or the top of a bit field in arithmetic (a multiplier such
        // as 31 is a hash prime, not a mask).
        return parent.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.ModuloExpression
            or SyntaxKind.DivideExpression or SyntaxKind.ModuloAssignmentExpression;
    }

    private static bool IsPowerOfTwo(long value) => value > 0 && (value & (value - 1)) == 0;

    // ---- hash ----

    /// <summary><c>GetHashCode</c> bodies and arithmetic assigned to a hash.</summary>
    public static bool IsHashMixing(in MagicNumberSite site)
    {
        for (var node = site.Parent; node is not null; node = node.Parent)
        {
            if (node is MethodDeclarationSyntax method)
            {
                return method.Identifier.ValueText == "GetHashCode" && method.ParameterList.Parameters.Count == 0;
            }

            string? target = node switch
            {
                AssignmentExpressionSyntax { Left: var left } => NameOf(left),
                VariableDeclaratorSyntax declarator => declarator.Identifier.ValueText,
                _ => null,
            };

            if (target is not null && ContainsIgnoreCase(target, "hash"))
            {
                return true;
            }

            if (node is BaseTypeDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }

    // ---- formula ----

    /// <summary>Unit factors, complements, radixes, rounding, fractions, colour weights, quarter turns, random bytes, bit depths.</summary>
    public static bool IsFormulaConstant(in MagicNumberSite site)
    {
        var child = site.Outer;
        var parent = site.Parent;
        var value = site.Value;
        return IsConversionFactor(child, parent, value) || IsRoundingHalf(child, parent, value) || IsWrittenFraction(parent)
            || IsColorChannelWeight(parent, value) || IsRadix(parent, value) || IsRandomByte(parent, value)
            || IsQuarterTurnAngle(child, parent, value) || IsTurnSector(child, value) || IsBitDepth(child, parent, value)
            || IsRandomRange(parent) || IsHalfOfModulus(child, parent, value) || IsClampedBitDepth(parent, value);
    }

    // ---- tolerance ----

    /// <summary>
    /// <c>Math.Abs(a - b) &lt; 0.01</c>: a fraction that bounds the difference of two quantities (or the size of one) is
    /// how close counts as equal, whatever the quantities measure; and <c>a &gt; 0.1</c> where the same member bounds
    /// <c>Math.Abs(a - b)</c> by the same fraction is that tolerance's near-zero check of <c>a</c> (UVtools' dummy
    /// layers, whose wait must be about zero, beside waits that must be about their computed value). The names around
    /// it (a wait time) say what is compared, not that the fraction is a timeout.
    /// </summary>
    public static bool IsTolerance(in MagicNumberSite site)
    {
        if (!(site.Value > 0 && site.Value < 1) || site.Parent is not BinaryExpressionSyntax comparison || !IsComparison(comparison))
        {
            return false;
        }

        var compared = Unwrap(comparison.Left == site.Outer ? comparison.Right : comparison.Left);
        if (AbsoluteValueOf(compared) is not null)
        {
            return true;
        }

        var member = site.Outer.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (member is null)
        {
            return false;
        }

        foreach (var node in member.DescendantNodes())
        {
            site.CancellationToken.ThrowIfCancellationRequested();
            if (node is BinaryExpressionSyntax other && other != comparison && IsComparison(other)
                && (DifferenceBoundBy(other.Left, other.Right, site.Value) ?? DifferenceBoundBy(other.Right, other.Left, site.Value)) is { } difference
                && (SyntaxFactory.AreEquivalent(Unwrap(difference.Left), compared) || SyntaxFactory.AreEquivalent(Unwrap(difference.Right), compared)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The argument of <c>Math.Abs(x)</c> (any <c>Abs</c> call of one argument); null for anything else.</summary>
    private static ExpressionSyntax? AbsoluteValueOf(SyntaxNode expression) =>
        expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Abs" }, ArgumentList.Arguments: { Count: 1 } arguments }
            ? arguments[0].Expression
            : null;

    /// <summary>The subtraction <c>a - b</c> of <c>Math.Abs(a - b)</c> when <paramref name="bound"/> is the literal <paramref name="value"/>.</summary>
    private static BinaryExpressionSyntax? DifferenceBoundBy(ExpressionSyntax absolute, ExpressionSyntax bound, double value) =>
        Unwrap(bound) is LiteralExpressionSyntax literal && ValueOf(literal) == value
        && AbsoluteValueOf(Unwrap(absolute)) is { } argument && Unwrap(argument) is BinaryExpressionSyntax difference && difference.IsKind(SyntaxKind.SubtractExpression)
            ? difference
            : null;

    /// <summary><c>random.Next(1, 10)</c>, <c>RandomNumberGenerator.GetInt32(100)</c>: the range of a random draw.</summary>
    private static bool IsRandomRange(SyntaxNode parent) =>
        parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
        && NameOf(invocation.Expression) is "Next" or "NextInt32" or "NextInt64" or "NextDouble" or "NextSingle" or "GetInt32";

    /// <summary><c>(temp % 100) &gt;= 50</c>: half the modulus, rounding the remainder.</summary>
    private static bool IsHalfOfModulus(SyntaxNode child, SyntaxNode parent, double value) =>
        parent is BinaryExpressionSyntax comparison && IsComparison(comparison)
        && Unwrap(comparison.Left == child ? comparison.Right : comparison.Left) is BinaryExpressionSyntax modulo && modulo.IsKind(SyntaxKind.ModuloExpression)
        && Unwrap(modulo.Right) is LiteralExpressionSyntax divisor && ValueOf(divisor) == value * 2;

    /// <summary><c>bitsPerChannel = Clamp(value, 1, 8)</c>: a bit depth clamped to its range.</summary>
    private static bool IsClampedBitDepth(SyntaxNode parent, double value)
    {
        if (Array.IndexOf(BitDepths, value) < 0
            || parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } list }
            || NameOf(invocation.Expression) is not ("Clamp" or "Min" or "Max"))
        {
            return false;
        }

        foreach (var argument in list.Arguments)
        {
            if (NameOf(argument.Expression) is { } name && ContainsIgnoreCase(name, "bit"))
            {
                return true;
            }
        }

        var target = invocation.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
            AssignmentExpressionSyntax assignment when assignment.Right == invocation => NameOf(assignment.Left),
            _ => null,
        };
        return target is not null && ContainsIgnoreCase(target, "bit");
    }

    /// <summary><c>ms / 1000</c>, <c>ratio * 100</c>, <c>bytes / 1024</c>; <c>100 - percent</c>, <c>255 - channel</c>; <c>100m + TaxRate</c>.</summary>
    private static bool IsConversionFactor(SyntaxNode child, SyntaxNode parent, double value)
    {
        var multiplicative = parent.Kind() is SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression or SyntaxKind.ModuloExpression
            or SyntaxKind.MultiplyAssignmentExpression or SyntaxKind.DivideAssignmentExpression;
        if (multiplicative)
        {
            return Array.IndexOf(ConversionFactors, value) >= 0;
        }

        if (parent.IsKind(SyntaxKind.SubtractExpression) && ((BinaryExpressionSyntax)parent).Left == child && value is 100 or 255 or 360)
        {
            return true;
        }

        // price * TaxRate / (100m + TaxRate): a percentage raised to its whole, the gross-up that mirrors 100 - percent
        // (the tax included in a price). The percentage's name says so; 100m added to money (subtotal + 100m) stays a fee.
        return value is 100 && parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum
            && NameOf(sum.Left == child ? sum.Right : sum.Left) is { } addend && HasWord(addend, PercentageWords);
    }

    private static readonly string[] PercentageWords = { "rate", "percent", "percentage", "pct" };

    /// <summary><c>(int)(value + 0.5)</c>; <c>(ticks + 5000) / 10000</c>: rounding.</summary>
    private static bool IsRoundingHalf(SyntaxNode child, SyntaxNode parent, double value)
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
            return outer is CastExpressionSyntax { Type: PredefinedTypeSyntax }
                || outer is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax floor } } && NameOf(floor.Expression) is "Floor" or "Truncate";
        }

        return outer is BinaryExpressionSyntax division && division.IsKind(SyntaxKind.DivideExpression) && division.Left.Span.Contains(child.Span)
            && Unwrap(division.Right) is LiteralExpressionSyntax divisor && ValueOf(divisor) == value * 2;
    }

    /// <summary><c>(double)1 / 6</c>, <c>2 / 3.0</c>: a proper fraction written out.</summary>
    private static bool IsWrittenFraction(SyntaxNode parent)
    {
        if (parent is not BinaryExpressionSyntax division || !division.IsKind(SyntaxKind.DivideExpression)
            || Unwrap(division.Left) is not LiteralExpressionSyntax numerator || Unwrap(division.Right) is not LiteralExpressionSyntax denominator)
        {
            return false;
        }

        var top = ValueOf(numerator);
        var bottom = ValueOf(denominator);
        return top > 0 && top < bottom && top == Math.Floor(top) && bottom == Math.Floor(bottom) && bottom <= 12;
    }

    /// <summary><c>pixel.Red * 0.299</c>: a weight of a colour channel.</summary>
    private static bool IsColorChannelWeight(SyntaxNode parent, double value)
    {
        if (value <= 0 || value >= 1 || !parent.IsKind(SyntaxKind.MultiplyExpression))
        {
            return false;
        }

        var product = parent;
        while (product.Parent is BinaryExpressionSyntax outer && outer.IsKind(SyntaxKind.MultiplyExpression))
        {
            product = outer;
        }

        return HasChannelFactor(product);
    }

    private static bool HasChannelFactor(SyntaxNode factor) => factor switch
    {
        ParenthesizedExpressionSyntax parenthesized => HasChannelFactor(parenthesized.Expression),
        BinaryExpressionSyntax product when product.IsKind(SyntaxKind.MultiplyExpression) => HasChannelFactor(product.Left) || HasChannelFactor(product.Right),
        ExpressionSyntax expression => NameOf(expression) is "R" or "G" or "B" or "Red" or "Green" or "Blue",
        _ => false,
    };

    /// <summary><c>Convert.ToInt32(hex, 16)</c>, <c>ToBase(62, ...)</c>, <c>Math.Pow(10, 12)</c>.</summary>
    private static bool IsRadix(SyntaxNode parent, double value)
    {
        if (parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } list } argument
            || NameOf(invocation.Expression) is not { } method)
        {
            return false;
        }

        var receiver = invocation.Expression is MemberAccessExpressionSyntax access ? NameOf(access.Expression) : null;
        if (receiver is "Convert" && list.Arguments.Count == 2 && list.Arguments[1] == argument)
        {
            return true;
        }

        if (method is "Pow" && receiver is "Math" or "MathF" && list.Arguments.Count == 2)
        {
            return list.Arguments[0] == argument ? value is 10 or 2
                : Unwrap(list.Arguments[0].Expression) is LiteralExpressionSyntax { Token.Value: int radix } && radix is 10 or 2;
        }

        return Array.IndexOf(Radixes, value) >= 0 && (method.EndsWith("Base", StringComparison.Ordinal) || ContainsIgnoreCase(method, "Radix"));
    }

    /// <summary><c>random.Next(256)</c>: a random byte.</summary>
    private static bool IsRandomByte(SyntaxNode parent, double value) =>
        value is 255 or 256
        && parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
        && NameOf(invocation.Expression) is "Next" or "NextInt32" or "GetInt32";

    /// <summary><c>gp.AddArc(arc, 180, 90)</c>, <c>ShadowAngle - 90</c>: quarter turns given to an arc or rotation, or added to an angle.</summary>
    private static bool IsQuarterTurnAngle(SyntaxNode child, SyntaxNode parent, double value)
    {
        if (value is not (90 or 180 or 270 or 360))
        {
            return false;
        }

        if (parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } })
        {
            return NameOf(invocation.Expression) is { } method
                && (method.EndsWith("Arc", StringComparison.Ordinal) || method.StartsWith("ArcTo", StringComparison.Ordinal)
                    || method.EndsWith("Pie", StringComparison.Ordinal) || method.IndexOf("Rotat", StringComparison.Ordinal) >= 0);
        }

        return parent is BinaryExpressionSyntax binary && (binary.IsKind(SyntaxKind.AddExpression) || binary.IsKind(SyntaxKind.SubtractExpression) || IsComparison(binary))
            && NameOf(binary.Left == child ? binary.Right : binary.Left) is { } name && IsAngleName(name);
    }

    /// <summary><c>hsb.Hue = (240 + q * (r - g)) / 360</c>: a sector of a turn in arithmetic on an angle.</summary>
    private static bool IsTurnSector(SyntaxNode child, double value)
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

    private static bool IsAngleName(string name) =>
        ContainsIgnoreCase(name, "Angle") || ContainsIgnoreCase(name, "Degree") || ContainsIgnoreCase(name, "Rotation") || ContainsIgnoreCase(name, "Hue");

    /// <summary><c>biBitCount == 32</c>, <c>bitsPerSample != 16</c>: a bit depth compared with a bit count.</summary>
    private static bool IsBitDepth(SyntaxNode child, SyntaxNode parent, double value) =>
        Array.IndexOf(BitDepths, value) >= 0
        && ComparedName(child, parent) is { } name
        && (ContainsIgnoreCase(name, "bit") || ContainsIgnoreCase(name, "bpp")) && !ContainsIgnoreCase(name, "rate");

    // ---- capacity-hint ----

    /// <summary><c>new List&lt;T&gt;(16)</c>, <c>new StringBuilder(256)</c>, <c>new(64)</c>, <c>new Point[7] { ... }</c>.</summary>
    public static bool IsCapacityHint(in MagicNumberSite site)
    {
        if (site.Parent is ArrayRankSpecifierSyntax { Parent: ArrayTypeSyntax { Parent: ArrayCreationExpressionSyntax { Initializer: not null } } })
        {
            return true;
        }

        var node = ArithmeticSink(site.Outer).Parent;
        if (node is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Rent" } } } })
        {
            return true;
        }

        if (node is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ImplicitObjectCreationExpressionSyntax } implicitList } implicitArgument)
        {
            return implicitList.Arguments.Count == 1 && implicitList.Arguments[0] == implicitArgument;
        }

        if (node is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax creation } list } argument
            || list.Arguments[0] != argument || RightmostName(creation.Type) is not { } typeName)
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

    // ---- domain-bound ----

    /// <summary>Bounds of the byte, percentage, degree, clock and calendar ranges; version components; pointer size; ports.</summary>
    /// <summary>
    /// <c>new DateTimeOffset(date, new TimeSpan(7, 0, 0))</c>, <c>moment.ToOffset(TimeSpan.FromHours(-5))</c>: a time span
    /// built to be the offset of a date is the time zone's distance from UTC, a fact of the calendar, not a wait.
    /// </summary>
    private static bool IsUtcOffset(ExpressionSyntax call)
    {
        var isTimeSpan = call is ObjectCreationExpressionSyntax { Type: var type } && RightmostName(type) is "TimeSpan"
            || call is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver, Name.Identifier.ValueText: var factory } }
                && NameOf(receiver) is "TimeSpan" && factory.StartsWith("From", StringComparison.Ordinal);
        return isTimeSpan && call.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var owner } }
            && owner switch
            {
                ObjectCreationExpressionSyntax { Type: var created } => RightmostName(created) is "DateTimeOffset",
                InvocationExpressionSyntax invocation => NameOf(invocation.Expression) is "ToOffset",
                _ => false,
            };
    }

    public static bool IsDomainBound(in MagicNumberSite site)
    {
        var child = site.Outer;
        var parent = site.Parent;
        var value = site.Value;
        if (IsWellKnownRange(parent, value) || IsFullScaleBound(child, parent, value) || IsCalendarUnitOfDateArithmetic(child, parent, value, in site)
            || IsRestOfClockUnit(child, parent, value, in site) || IsWeekOfWeekdayArithmetic(child, value, site.Tree))
        {
            return true;
        }

        // Next(..., 255), DistanceToThreshold(..., 255), SaveJpeg(..., quality: 100) positional: the full scale of a byte, 16 bits or a percentage.
        if (TryGetCall(parent, out var argument, out var call, out var list))
        {
            return value is 255 or 65535 || IsLastOfClockField(call, list, value) || IsWeekOfDays(call, value) || IsUtcOffset(call)
                || value is 100 && (ParameterName(site, argument, call, list) is { } parameter && IsPercentName(parameter) || NameOf(CalledExpression(call)) is { } method && IsPercentName(method));
        }

        var compared = ComparedName(child, parent);
        if (compared is null)
        {
            // CheckArgumentRange(nameof(month), month, 1, 12): the range of a calendar or clock field.
            return parent is ArgumentSyntax { Parent: ArgumentListSyntax arguments } && HasCalendarArgument(arguments);
        }

        if (IsCalendarName(compared) || ContainsIgnoreCase(compared, "digit") && value <= 10)
        {
            return true;
        }

        if (parent is BinaryExpressionSyntax binary
            && (binary.Left == child ? binary.Right : binary.Left) is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var member } access
            && (member is "Major" or "Minor" or "Build" or "Revision"
                || member == "Size" && NameOf(access.Expression) is "IntPtr" or "UIntPtr" or "nint" or "nuint"))
        {
            return true;
        }

        if (site.IsInteger && value is > 0 and < 1024 && compared.EndsWith("port", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // port <= 65535, startPort is > 0 and < 65536, portNumber < 65536: the top of the port range a validation checks.
        if (site.IsInteger && value is 65535 or 65536 && HasWord(compared, PortWords))
        {
            return true;
        }

        return value switch
        {
            12 or 24 or 23 or 11 => EndsWith(compared, "hour") || EndsWith(compared, "hours") || EndsWith(compared, "month"),
            60 or 59 => EndsWith(compared, "minute") || EndsWith(compared, "second") || EndsWith(compared, "minutes") || EndsWith(compared, "seconds"),
            7 or 28 or 29 or 30 or 31 or 365 or 366 => EndsWith(compared, "day") || EndsWith(compared, "days"),
            360 or 270 or 180 or 90 => IsAngleName(compared) || IsReducedToOneTurn(site.Reported),
            _ => false,
        };
    }

    /// <summary>
    /// <c>var a = angle % 360; if (a &gt;= 180) a -= 360;</c>: a half or quarter turn compared where the same or the
    /// preceding statement writes a full turn, so the value compared is an angle reduced to one turn.
    /// </summary>
    private static bool IsReducedToOneTurn(SyntaxNode number)
    {
        if (EnclosingStatement(number) is not { } statement)
        {
            return false;
        }

        if (WritesFullTurn(statement))
        {
            return true;
        }

        // The statement before, in the same block or switch section.
        return statement.Parent is BlockSyntax { Statements: var statements } && statements.IndexOf(statement) is > 0 and var at && WritesFullTurn(statements[at - 1]);
    }

    private static bool WritesFullTurn(SyntaxNode node)
    {
        foreach (var token in node.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.NumericLiteralToken) && token.Value is int or double or float && System.Convert.ToDouble(token.Value, System.Globalization.CultureInfo.InvariantCulture) == 360)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A number that is the calendar unit of the date arithmetic it builds: the count of the call's unit in the next
    /// larger one (7 days a week, 24 hours a day, 60 minutes an hour or seconds a minute, 12 months a year), either as a
    /// factor that counts larger units in the call's unit (<c>AddDays(fromDay + 7 * j)</c>: the j-th week), or given
    /// alone to the call on a point in time named for or built in the larger unit, the whole unit or its last step
    /// (<c>startOfWeek.AddDays(7)</c>: the end of that week; <c>date.AddHours(j).AddMinutes(59)</c>: the last minute of
    /// the hour, as in an <c>hh:00 - hh:59</c> label). The number reads as the calendar, not as a tuned duration:
    /// <c>AddDays(-6)</c> or <c>AddDays(7)</c> on a date named for nothing larger stay durations.
    /// </summary>
    private static bool IsCalendarUnitOfDateArithmetic(SyntaxNode child, SyntaxNode parent, double value, in MagicNumberSite site)
    {
        if (parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.MultiplyExpression } product)
        {
            // 7 * j, (weekOfYear - offsetWeek) * 7: the other factor is a count of weeks, not another number.
            var other = product.Left == child ? product.Right : product.Left;
            if (Unwrap(other) is LiteralExpressionSyntax)
            {
                return false;
            }

            SyntaxNode node = product;
            while (node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression or (int)SyntaxKind.SubtractExpression or (int)SyntaxKind.MultiplyExpression }
                or ParenthesizedExpressionSyntax or CastExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression })
            {
                node = node.Parent;
            }

            // -7 * (weeks - 1): the weeks counted back.
            return TryGetCall(node.Parent!, out _, out var call, out var list) && list.Arguments.Count == 1
                && CalendarUnitOf(NameOf(CalledExpression(call))) is { } unit && Math.Abs(value) == unit.PerLargerUnit;
        }

        if (!TryGetCall(parent, out _, out var alone, out var arguments) || arguments.Arguments.Count != 1
            || alone is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver } access }
            || CalendarUnitOf(access.Name.Identifier.ValueText) is not { } calendar)
        {
            return false;
        }

        // solarNoon.AddHours(-12), midnight.AddHours(12): noon and midnight are half a day apart by definition.
        if (Math.Abs(value) == 12 && access.Name.Identifier.ValueText is "AddHours" && NameOf(receiver) is { } point && HasWord(point, NoonWords))
        {
            return true;
        }

        if (value != calendar.PerLargerUnit && value != calendar.PerLargerUnit - 1)
        {
            return false;
        }

        // date.AddHours(j).AddMinutes(59): the receiver is built in the larger unit; startOfWeek.AddDays(7): it is named for
        // it; date.Date.AddHours(24): it is the start of a day (DateTime.Date), so 24 hours on is the next day;
        // case Repeat.Weekly: at.AddDays(7): the branch is taken for the larger unit, so the whole unit is its step.
        return Unwrap(receiver) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var built } }
            && built == "Add" + calendar.Larger + "s"
            || NameOf(receiver) is { } name && ContainsIgnoreCase(name, calendar.Larger)
            || calendar.Larger == "Day" && value == calendar.PerLargerUnit && IsStartOfDay(receiver, in site)
            || value == calendar.PerLargerUnit && IsInBranchNamedFor(alone, calendar.LargerNames);
    }

    // The names a branch taken for the larger unit goes by (case Repeat.Weekly, if (daily)).
    private static readonly string[] WeekNames = { "week", "weekly" };
    private static readonly string[] DayNames = { "day", "daily" };
    private static readonly string[] HourNames = { "hour", "hourly" };
    private static readonly string[] MinuteNames = { "minute", "minutely" };
    private static readonly string[] YearNames = { "year", "yearly", "annual", "annually" };

    /// <summary>
    /// Whether the nearest branch that holds <paramref name="node"/> is chosen by the larger unit's name: a switch section
    /// whose every label is that name (<c>case Repeat.Weekly:</c>), the first branch of an <c>if</c> or <c>?:</c> whose
    /// condition is that name or compares with it (<c>if (weekly)</c>, <c>if (period == Period.Week)</c>, a conjunct of
    /// <c>&amp;&amp;</c>). The nearest branch decides: inside <c>if (trial)</c> within a weekly case, 7 days is the trial's.
    /// An <c>else</c>, a <c>?:</c>'s second branch, a negation, <c>!=</c>, <c>||</c>, a <c>when</c> clause or a
    /// <c>default</c> label is chosen otherwise, and the member's or a lambda's boundary ends the search. (A switch
    /// expression's arms are the <c>table</c> role.)
    /// </summary>
    private static bool IsInBranchNamedFor(SyntaxNode node, string[] unitNames)
    {
        for (SyntaxNode? child = node, parent = node.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case SwitchSectionSyntax section:
                    foreach (var label in section.Labels)
                    {
                        var named = label switch
                        {
                            CaseSwitchLabelSyntax constant => IsUnitName(constant.Value, unitNames),
                            CasePatternSwitchLabelSyntax { WhenClause: null, Pattern: ConstantPatternSyntax pattern } => IsUnitName(pattern.Expression, unitNames),
                            _ => false,
                        };
                        if (!named)
                        {
                            return false;
                        }
                    }

                    return section.Labels.Count > 0;
                case IfStatementSyntax ifStatement when ifStatement.Statement == child:
                    return ChoosesUnit(ifStatement.Condition, unitNames);
                case ConditionalExpressionSyntax conditional when conditional.WhenTrue == child:
                    return ChoosesUnit(conditional.Condition, unitNames);
                case ElseClauseSyntax:
                case ConditionalExpressionSyntax conditional when conditional.WhenFalse == child:
                case MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary><c>weekly</c>, <c>settings.IsWeekly</c>, <c>period == Period.Week</c>, <c>repeat is Repeat.Weekly</c>, <c>weekly &amp;&amp; enabled</c>.</summary>
    private static bool ChoosesUnit(ExpressionSyntax condition, string[] unitNames) => Inside(condition) switch
    {
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } both => ChoosesUnit(both.Left, unitNames) || ChoosesUnit(both.Right, unitNames),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression } equality =>
            Inside(equality.Left) is not LiteralExpressionSyntax && Inside(equality.Right) is not LiteralExpressionSyntax
            && (IsUnitName(equality.Left, unitNames) || IsUnitName(equality.Right, unitNames)),
        IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax pattern } => IsUnitName(pattern.Expression, unitNames),
        // repeat is Repeat.Weekly parses as a type test; the compiler binds it as the constant.
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.IsExpression } test => IsUnitName(test.Right, unitNames),
        ExpressionSyntax flag => IsUnitName(flag, unitNames),
        _ => false,
    };

    /// <summary>
    /// A name (the rightmost of a member access) that is the unit, perhaps after "is" or "every": <c>Weekly</c>,
    /// <c>IsWeekly</c>, <c>EveryWeek</c>, <c>daily</c>; not <c>weekCount</c>, <c>isWeekday</c>, <c>DayOfWeek</c>, <c>daysLeft</c>.
    /// </summary>
    private static bool IsUnitName(ExpressionSyntax expression, string[] unitNames)
    {
        // Inside, not Unwrap: a negation chooses the other branch.
        if (Inside(expression) is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or QualifiedNameSyntax) || NameOf(expression) is not { } name)
        {
            return false;
        }

        var start = StartsWithWord(name, "is") ? 2 : StartsWithWord(name, "every") ? 5 : 0;
        if (start < name.Length && name[start] == '_')
        {
            start++;
        }

        foreach (var unit in unitNames)
        {
            if (name.Length - start == unit.Length && string.Compare(name, start, unit, 0, unit.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>IsWeekly</c>, <c>is_weekly</c>, <c>EveryWeek</c> start with the word; <c>island</c> does not.</summary>
    private static bool StartsWithWord(string name, string word) =>
        name.Length > word.Length && string.Compare(name, 0, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (char.IsUpper(name[word.Length]) || name[word.Length] == '_');

    private static readonly string[] NoonWords = { "noon", "midnight", "midday" };

    /// <summary><c>date.Date</c>: the <c>Date</c> property of <c>System.DateTime</c> or <c>DateTimeOffset</c>, a day's start.</summary>
    private static bool IsStartOfDay(ExpressionSyntax receiver, in MagicNumberSite site) =>
        Unwrap(receiver) is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Date" } access
        && site.Model.GetSymbolInfo(access, site.CancellationToken).Symbol is IPropertySymbol { ContainingType: var owner }
        && IsSystemTimeType(owner);

    /// <summary>A point in time or a time of day of the base library: <c>DateTime</c>, <c>DateTimeOffset</c>, <c>DateOnly</c>, <c>TimeOnly</c>.</summary>
    private static bool IsSystemTimeType(ITypeSymbol? type) =>
        type is { Name: "DateTime" or "DateTimeOffset" or "DateOnly" or "TimeOnly", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>
    /// <c>60 - DateTime.Now.Second</c>, <c>24 - now.Hour</c>, <c>7 - (int)today.DayOfWeek</c>: the count of a clock or
    /// calendar field's unit in the next larger unit, less the field read from a point in time, is what is left of that
    /// larger unit (the seconds to the next minute). The number is the calendar, not a tuned value.
    /// </summary>
    private static bool IsRestOfClockUnit(SyntaxNode child, SyntaxNode parent, double value, in MagicNumberSite site) =>
        parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression } difference && difference.Left == child
        && Unwrap(difference.Right) is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var field } read
        && CalendarUnitOf(field switch
        {
            // The date arithmetic in the field's unit gives the count of that unit in the next larger one.
            "Second" => "AddSeconds",
            "Minute" => "AddMinutes",
            "Hour" => "AddHours",
            "DayOfWeek" => "AddDays",
            "Month" => "AddMonths",
            _ => null,
        }) is { } unit && value == unit.PerLargerUnit
        && IsSystemTimeType(site.Model.GetTypeInfo(read.Expression, site.CancellationToken).Type);

    /// <summary>
    /// <c>nextDate.AddDays(7 - (nowDay - day))</c> and <c>nextDate.AddDays(7)</c> in a member that reads a
    /// <c>DayOfWeek</c>: the week of weekday arithmetic (the next run of a weekly schedule, how many days to a given
    /// weekday). The number is given to <c>AddDays</c> alone or as a term of its sum or difference. A member that never
    /// reads a day of the week keeps <c>AddDays(7)</c> a duration (an expiry a team tunes).
    /// </summary>
    private static bool IsWeekOfWeekdayArithmetic(SyntaxNode child, double value, MagicNumberTreeFacts tree)
    {
        if (value != 7)
        {
            return false;
        }

        var node = child;
        while (node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression or (int)SyntaxKind.SubtractExpression } or ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        if (!TryGetCall(node.Parent!, out _, out var call, out var list) || list.Arguments.Count != 1 || NameOf(CalledExpression(call)) != "AddDays")
        {
            return false;
        }

        // The member that holds the call: a method, accessor, local function or lambda's member, not a whole type (a
        // primary constructor's base arguments sit in the type's declaration).
        return call.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member && member is not BaseTypeDeclarationSyntax
            && tree.HasDayOfWeekWithin(member.Span);
    }

    /// <summary>The count of a date-arithmetic call's unit in the next larger calendar unit, that unit's name, and the names a branch taken for it goes by.</summary>
    private static (int PerLargerUnit, string Larger, string[] LargerNames)? CalendarUnitOf(string? method) => method switch
    {
        "AddDays" or "FromDays" => (7, "Week", WeekNames),
        "AddHours" or "FromHours" => (24, "Day", DayNames),
        "AddMinutes" or "FromMinutes" => (60, "Hour", HourNames),
        "AddSeconds" or "FromSeconds" => (60, "Minute", MinuteNames),
        "AddMonths" => (12, "Year", YearNames),
        _ => null,
    };

    /// <summary>
    /// <c>now.AddDays(-7)</c>, <c>TimeSpan.FromDays(7)</c>: a week counted in days, a unit of the calendar as 60 is of
    /// the clock (the window of the last week), not a tuned duration. <c>AddDays(7)</c> forward from a date is not:
    /// it sets when something expires (a grace period, a trial), a policy a team tunes.
    /// </summary>
    private static bool IsWeekOfDays(ExpressionSyntax call, double value) => NameOf(CalledExpression(call)) switch
    {
        "AddDays" => value == -7,
        "FromDays" => Math.Abs(value) == 7,
        _ => false,
    };

    /// <summary>
    /// <c>new TimeSpan(0, 23, 59, 59, 999)</c>, <c>new DateTime(y, m, d, 23, 59, 59)</c>: the last hour, minute, second or
    /// millisecond of a clock field, given with the other fields of one time (the end of a day), not a duration.
    /// </summary>
    private static bool IsLastOfClockField(ExpressionSyntax call, ArgumentListSyntax list, double value) =>
        value is 23 or 59 or 999 && list.Arguments.Count >= 3
        && call is ObjectCreationExpressionSyntax { Type: var type } && RightmostName(type) is "TimeSpan" or "DateTime" or "DateTimeOffset" or "TimeOnly";

    private static bool HasCalendarArgument(ArgumentListSyntax arguments)
    {
        foreach (var argument in arguments.Arguments)
        {
            var name = argument.Expression is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments: { Count: 1 } nameofArguments }
                ? NameOf(nameofArguments[0].Expression)
                : NameOf(argument.Expression);
            if (name is not null && IsCalendarName(name))
            {
                return true;
            }
        }

        return false;
    }

    // month, dayOfMonth, Hours24, minuteOfHour, year, firstDayOfWeek: a field of a date or a time of day.
    private static bool IsCalendarName(string name) =>
        HasWord(name, CalendarWords) && !ContainsAny(name, DurationWords);

    /// <summary><c>Clamp(0, 255)</c>, <c>Clamp(0, 100)</c>: the upper end of the byte, percent or degree range after its lower end.</summary>
    private static bool IsWellKnownRange(SyntaxNode parent, double value)
    {
        if (parent is not ArgumentSyntax { Parent: ArgumentListSyntax list } argument || value is not (100 or 255 or 360))
        {
            return false;
        }

        var index = list.Arguments.IndexOf(argument);
        return index > 0 && Unwrap(list.Arguments[index - 1].Expression) is LiteralExpressionSyntax low && ValueOf(low) is 0 or 1;
    }

    /// <summary><c>color.A &lt; 255</c>, <c>Math.Min(255, value)</c>, <c>Opacity &lt; 100</c>, <c>opacity.Clamp(10, 100)</c>.</summary>
    private static bool IsFullScaleBound(SyntaxNode child, SyntaxNode parent, double value)
    {
        if (value is not (100 or 255))
        {
            return false;
        }

        if (parent is BinaryExpressionSyntax binary && IsComparison(binary))
        {
            return value is 255 || NameOf(binary.Left == child ? binary.Right : binary.Left) is { } name && IsPercentName(name);
        }

        if (parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax clampCall } clamp } arguments }
            || clampCall.Name.Identifier.ValueText is not ("Min" or "Max" or "Clamp"))
        {
            return false;
        }

        if (value is 255)
        {
            return clampCall.Expression is IdentifierNameSyntax { Identifier.ValueText: "Math" or "MathF" };
        }

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

    // Words that start a word of the name (imageScale, UIScale, zoomPercent), not letters inside another (Grayscale,
    // Timescale, Underscore): a gray-scale mode compared with 100 is no percentage.
    private static readonly string[] PercentNameWords = { "percent", "opacity", "progress", "scale", "zoom", "quality", "score" };

    private static bool IsPercentName(string name) => ContainsAny(name, PercentNameWords);

    // ---- character-code ----

    /// <summary><c>c &lt; 32</c>, <c>b &gt; 127</c>, <c>c - 48</c>: the number is a character or byte code.</summary>
    public static bool IsCharacterCode(in MagicNumberSite site)
    {
        if (!site.IsInteger || site.Parent is not BinaryExpressionSyntax binary
            || !(IsComparison(binary) || binary.IsKind(SyntaxKind.AddExpression) || binary.IsKind(SyntaxKind.SubtractExpression)))
        {
            return false;
        }

        var other = Unwrap(binary.Left == site.Outer ? binary.Right : binary.Left);
        if (other is LiteralExpressionSyntax)
        {
            return false;
        }

        var type = site.Model.GetTypeInfo(other, site.CancellationToken).Type;
        return type?.SpecialType is SpecialType.System_Char or SpecialType.System_Byte or SpecialType.System_SByte
            || IsComparison(binary) && GuardsCharacterArithmetic(binary);
    }

    /// <summary><c>if (x &lt; 10) return (char)(x + '0');</c>: the comparison picks a digit or letter by its code.</summary>
    private static bool GuardsCharacterArithmetic(BinaryExpressionSyntax comparison)
    {
        SyntaxNode node = comparison;
        while (node.Parent is BinaryExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        SyntaxNode? guarded = node.Parent switch
        {
            IfStatementSyntax ifStatement when ifStatement.Condition == node => ifStatement.Statement,
            ConditionalExpressionSyntax conditional when conditional.Condition == node => conditional,
            _ => null,
        };

        if (guarded is null)
        {
            return false;
        }

        foreach (var token in guarded.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.CharacterLiteralToken) && token.Parent?.Parent is BinaryExpressionSyntax arithmetic
                && arithmetic.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression)
            {
                return true;
            }
        }

        return false;
    }

    // ---- layout ----

    /// <summary><c>rect.Width &gt; 10</c>, <c>left.X - left2.X &gt; 10</c>: a pixel size or coordinate compared in drawing code.</summary>
    public static bool IsLayoutMeasure(in MagicNumberSite site)
    {
        if (site.Parent is not BinaryExpressionSyntax comparison || !IsComparison(comparison))
        {
            return false;
        }

        var other = Unwrap(comparison.Left == site.Outer ? comparison.Right : comparison.Left);
        if (other is BinaryExpressionSyntax difference && difference.Kind() is SyntaxKind.SubtractExpression or SyntaxKind.AddExpression)
        {
            return IsLayoutName(NameOf(difference.Left)) && IsLayoutName(NameOf(difference.Right));
        }

        return other is ExpressionSyntax expression && IsLayoutName(NameOf(expression));
    }

    private static bool IsLayoutName(string? name) =>
        name is "Width" or "Height" or "X" or "Y" or "Left" or "Top" or "Right" or "Bottom" or "VerticalOffset" or "HorizontalOffset";

    // ---- retry ----

    /// <summary><c>retries &gt; 3</c>, <c>Retry(maxRetries: ...)</c> positional, <c>for (var attempt = 0; attempt &lt; 5; attempt++)</c>.</summary>
    public static bool IsRetryCount(in MagicNumberSite site)
    {
        if (!site.IsInteger)
        {
            return false;
        }

        if (ComparedName(site.Outer, site.Parent) is { } compared && IsRetryCountName(compared))
        {
            return true;
        }

        if (TryGetCall(site.Parent, out var argument, out var call, out var list))
        {
            var parameter = ParameterName(site, argument, call, list);
            return NameOf(CalledExpression(call)) is { } method && ContainsIgnoreCase(method, "Retry") && list.Arguments[0] == argument && (parameter is null || !NamesATime(parameter))
                || parameter is not null && IsRetryCountName(parameter);
        }

        return EnclosingForCondition(site.Outer) is { } loop && IsRetryLoop(loop);
    }

    // retries, maxAttempts, failedTries; not retryDelay or attemptTimeout: the time between or within attempts is a delay.
    // A retry word counts where it heads the name or is followed by what counts retries (maxRetries, retryCount,
    // attemptsLeft), not where it only modifies another head (retryPolicyIndex, attemptDurationDivider).
    private static bool IsRetryCountName(string name) => NamesByHead(name, RetryWords, RetryQualifierWords) && !NamesATime(name);

    private static bool NamesATime(string name) =>
        EndsWith(name, "Delay") || EndsWith(name, "Interval") || EndsWith(name, "Timeout") || EndsWith(name, "Wait") || EndsWith(name, "Backoff")
        || EndsWith(name, "Period") || EndsWith(name, "Ms") || EndsWith(name, "Milliseconds") || EndsWith(name, "Seconds");

    private static bool IsRetryLoop(ForStatementSyntax loop)
    {
        if (loop.Declaration is { Variables: { Count: > 0 } variables } && ContainsAny(variables[0].Identifier.ValueText, RetryWords))
        {
            return true;
        }

        var catches = false;
        var waits = false;
        foreach (var node in loop.Statement.DescendantNodes())
        {
            catches |= node is CatchClauseSyntax;
            waits |= node is InvocationExpressionSyntax invocation && NameOf(invocation.Expression) is "Delay" or "Sleep";
        }

        return catches && waits;
    }

    private static ForStatementSyntax? EnclosingForCondition(SyntaxNode node)
    {
        for (var current = node; current.Parent is not null; current = current.Parent)
        {
            if (current.Parent is ForStatementSyntax loop)
            {
                return loop.Condition == current ? loop : null;
            }

            if (current.Parent is StatementSyntax)
            {
                return null;
            }
        }

        return null;
    }

    // ---- loop-bound ----

    /// <summary><c>for (var row = 0; row &lt; 8; row++)</c>, <c>Enumerable.Range(0, 10)</c>.</summary>
    public static bool IsLoopBound(in MagicNumberSite site) =>
        EnclosingForCondition(site.Outer) is not null
        || site.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Range" } } } };

    // ---- unit-wait ----

    /// <summary>
    /// <c>Task.Delay(1000)</c>, <c>Thread.Sleep(60000)</c>, <c>TimeSpan.FromSeconds(60)</c>, <c>ElapsedMilliseconds &gt; 1000</c>:
    /// one second or one minute written in a smaller unit, the tick of a loop that counts seconds, not a tuned wait.
    /// </summary>
    public static bool IsUnitWait(in MagicNumberSite site)
    {
        if (IsWholeUnitTimeSpan(in site))
        {
            return true;
        }

        if (site.Value is not (60 or 1000 or 60000) || !IsDelay(in site))
        {
            return false;
        }

        var inMilliseconds = site.Value is 1000 or 60000;
        if (TryGetCall(site.Parent, out var argument, out var call, out var list))
        {
            var method = NameOf(CalledExpression(call));
            if (method is "FromSeconds" or "AddSeconds")
            {
                return !inMilliseconds;
            }

            // new System.Timers.Timer(1000): a timer's interval is in milliseconds, one second is its tick.
            return inMilliseconds && (method is "FromMilliseconds" or "AddMilliseconds" || method is not null && LiteralSubject.IsBareWait(method)
                || call is ObjectCreationExpressionSyntax && method is "Timer"
                || ParameterName(site, argument, call, list) is { } parameter && ContainsIgnoreCase(parameter, "millisecond"));
        }

        return ComparedName(site.Outer, site.Parent) is { } compared
            && (inMilliseconds ? EndsWith(compared, "Milliseconds") || EndsWith(compared, "Ms") : EndsWith(compared, "Seconds"));
    }

    /// <summary>
    /// <c>new TimeSpan(24, 0, 0)</c>: a <c>TimeSpan</c> built field by field whose only field set is one whole larger
    /// unit (24 hours, 60 minutes, 60 seconds, 1000 milliseconds): one day, hour, minute or second written out, the
    /// unit itself (<c>TimeSpan.FromDays(1)</c>).
    /// </summary>
    private static bool IsWholeUnitTimeSpan(in MagicNumberSite site)
    {
        if (site.Parent is not ArgumentSyntax { NameColon: null, Parent: ArgumentListSyntax { Arguments: { Count: >= 3 and <= 5 } arguments } list } argument
            || list.Parent is not BaseObjectCreationExpressionSyntax creation
            || creation is ObjectCreationExpressionSyntax { Type: var type } && RightmostName(type) != "TimeSpan"
            || creation is ImplicitObjectCreationExpressionSyntax)
        {
            return false;
        }

        // Fields from the last: seconds, minutes, hours, then days (three arguments are hours, minutes, seconds).
        var position = arguments.IndexOf(argument);
        var field = arguments.Count == 5 ? position : position + (4 - arguments.Count);
        var wholeUnit = field switch
        {
            1 => 24.0,
            2 or 3 => 60.0,
            4 => 1000.0,
            _ => 0.0,
        };
        if (wholeUnit == 0 || site.Value != wholeUnit)
        {
            return false;
        }

        foreach (var other in arguments)
        {
            if (other != argument && !(Unwrap(other.Expression) is LiteralExpressionSyntax { Token.Value: 0 }))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// What the message calls a number of <paramref name="role"/>: the role's name, except that the <c>delay</c> role
    /// says which kind of time it is, so a 10 s bound of an elapsed time is not called a delay: <c>timeout</c> when it is
    /// compared with an elapsed time or given to a wait with a limit (<c>WaitOne</c>, <c>CancelAfter</c>) or to
    /// something named for a timeout, <c>interval</c> for something named for an interval or period, <c>duration</c>
    /// for a <c>TimeSpan</c>, date arithmetic or something named for a duration, <c>delay</c> for a bare wait.
    /// </summary>
    public static string MessageNoun(in MagicNumberSite site, string role)
    {
        if (role != "delay")
        {
            return role;
        }

        var sink = ArithmeticSink(site.Outer);
        if (sink.Parent is MemberAccessExpressionSyntax)
        {
            return "duration";
        }

        if (TryGetCall(sink.Parent!, out var argument, out var call, out var list))
        {
            var method = NameOf(CalledExpression(call)) ?? string.Empty;
            if (method is "Delay" or "Sleep")
            {
                return "delay";
            }

            var parameter = ParameterName(site, argument, call, list) ?? string.Empty;
            if (method is "Wait" or "WaitOne" or "WaitAsync" or "WaitAll" or "WaitAny" or "CancelAfter" || IsThreadJoin(method, list)
                || ContainsIgnoreCase(method, "timeout") || ContainsIgnoreCase(parameter, "timeout"))
            {
                return "timeout";
            }

            if (ContainsIgnoreCase(method, "interval") || ContainsIgnoreCase(parameter, "interval") || ContainsIgnoreCase(method, "period") || ContainsIgnoreCase(parameter, "period"))
            {
                return "interval";
            }

            // A parameter or method named for a duration (`GetFadeOpacityAnimation(element, true, 0.075)` into
            // `durationSeconds`) takes how long something lasts, not a wait.
            return call is ObjectCreationExpressionSyntax || method.StartsWith("From", StringComparison.Ordinal) || method.StartsWith("Add", StringComparison.Ordinal)
                || ContainsIgnoreCase(parameter, "duration") || ContainsIgnoreCase(method, "duration")
                ? "duration"
                : "delay";
        }

        return ComparedName(sink, sink.Parent!) is not null ? "timeout" : "delay";
    }

    // ---- poll-tick ----

    /// <summary>
    /// <c>while (!loaded) await Task.Delay(250);</c>: less than a second given straight to <c>Task.Delay</c> or
    /// <c>Thread.Sleep</c> in a <c>while</c> or <c>do</c> loop that waits for a state and counts nothing (no <c>++</c>,
    /// <c>--</c>, <c>+=</c> or <c>-=</c>, no <c>catch</c>): the tick only sets how soon the change is seen. A loop that
    /// counts attempts or catches is a retry, whose interval times its count is the policy; a wait of a second or more
    /// paces a job.
    /// </summary>
    public static bool IsPollTick(in MagicNumberSite site)
    {
        return site.Value < 1000 && WaitOfMilliseconds(in site) is { } call
            && EnclosingLoop(call) is (WhileStatementSyntax or DoStatementSyntax) and var loop && !CountsOrCatches(loop);
    }

    /// <summary>
    /// The nearest <c>while</c>, <c>do</c>, <c>for</c> or <c>foreach</c> around <paramref name="node"/> within its member,
    /// local function or lambda; null when there is none.
    /// </summary>
    private static StatementSyntax? EnclosingLoop(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax:
                    return (StatementSyntax)current;
                case MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The <c>Task.Delay</c> or <c>Thread.Sleep</c> call a positive whole number of milliseconds is given to, straight
    /// (<c>Task.Delay(100)</c>) or through <c>TimeSpan.FromMilliseconds</c> (the same wait written as a time span).
    /// </summary>
    private static InvocationExpressionSyntax? WaitOfMilliseconds(in MagicNumberSite site) =>
        site.IsInteger && site.Value > 0 ? WaitCall(in site, millisecondsOnly: true) : null;

    /// <summary>
    /// The <c>Task.Delay</c> or <c>Thread.Sleep</c> call the number is given to, straight or through a <c>TimeSpan</c>
    /// factory (<c>Task.Delay(TimeSpan.FromSeconds(3))</c> is the same wait as <c>Task.Delay(3000)</c>): any factory, or,
    /// with <paramref name="millisecondsOnly"/>, only <c>FromMilliseconds</c> as the wait's first argument, where the
    /// number is the wait in milliseconds. Null when the number goes elsewhere.
    /// </summary>
    private static InvocationExpressionSyntax? WaitCall(in MagicNumberSite site, bool millisecondsOnly)
    {
        if (site.Parent is not ArgumentSyntax { NameColon: null, Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax waitOrFactory } })
        {
            return null;
        }

        var call = waitOrFactory;
        if (LiteralSubject.TimeSpanFactory(waitOrFactory) is { } factory && (!millisecondsOnly || factory == "FromMilliseconds")
            && waitOrFactory.Parent is ArgumentSyntax { NameColon: null, Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax wait } waitArguments } factoryArgument
            && (!millisecondsOnly || waitArguments.Arguments[0] == factoryArgument))
        {
            call = wait;
        }

        return NameOf(call.Expression) is "Delay" or "Sleep" ? call : null;
    }

    // ---- frame-step ----

    /// <summary>
    /// <c>for (...; i += 2) { Icon.Margin = new Thickness(i); await Task.Delay(15); }</c>: a wait of one display frame or
    /// less (17 ms: a frame at 60 Hz is 16.7 ms) in any loop is the step of a hand-rolled animation or a yield between
    /// passes. No one perceives it, let alone tunes it, so equal steps of two loops (an animation and its reverse) are
    /// no policy written twice. A longer wait in a loop (OpenRA's 40 ms load-screen poll, judged genuine) paces what the
    /// user sees and stays a <c>delay</c>.
    /// </summary>
    public static bool IsFrameStep(in MagicNumberSite site)
    {
        return site.Value <= 17 && WaitOfMilliseconds(in site) is { } call && EnclosingLoop(call) is not null;
    }

    // ---- display-pause ----

    /// <summary>
    /// <c>Status = "Failed: " + error; await Task.Delay(10000);</c>: a wait whose statement comes right after one that
    /// sets a property to a text is how long the user gets to read that text. It reads with the message above it and
    /// paces nothing else, so two such pauses of one handler (Wabbajack's launcher showing each error before it exits)
    /// are no policy written twice. A wait after a log call, a field or any other statement stays a <c>delay</c>.
    /// </summary>
    public static bool IsDisplayPause(in MagicNumberSite site)
    {
        if (WaitCall(in site, millisecondsOnly: false) is not { } call)
        {
            return false;
        }

        var statement = call.Parent is AwaitExpressionSyntax awaited ? awaited.Parent : call.Parent;
        if (statement is not ExpressionStatementSyntax { Parent: BlockSyntax block } pause)
        {
            return false;
        }

        var index = block.Statements.IndexOf(pause);
        return index > 0
            && block.Statements[index - 1] is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } shown }
            && site.Model.GetSymbolInfo(shown.Left, site.CancellationToken).Symbol is IPropertySymbol
            && site.Model.GetTypeInfo(shown.Right, site.CancellationToken).Type is { SpecialType: SpecialType.System_String };
    }

    // ---- ui-pause ----

    /// <summary>
    /// <c>await Task.Delay(500);</c> in a file that imports WPF, Windows Forms, Avalonia, WinUI, UWP, MAUI, Xamarin.Forms,
    /// Eto or GTK#: a pause written as a statement of its own in code that works a screen lets it render, settle or
    /// fade, or paces a device the screen drives, and is tuned by eye for its place. Reviewers judged such pauses noise
    /// far more often than waits elsewhere (a copy-pasted settle of two handlers agrees by chance). A wait that is not a
    /// pause of its own (a timeout raced against work in <c>Task.WhenAny</c>, a task kept in a variable, a
    /// <c>Task.Delay</c> not awaited, which waits for nothing) stays a <c>delay</c>, and so does the interval of a loop
    /// that retries on failure (it catches): a retry policy, not the screen's timing. A bounded poll
    /// (<c>for (var i = 0; i &lt; 20 &amp;&amp; !ready; i++) await Task.Delay(500);</c>) is the screen's own.
    /// </summary>
    public static bool IsUserInterfacePause(in MagicNumberSite site)
    {
        if (WaitCall(in site, millisecondsOnly: false) is not { Expression: MemberAccessExpressionSyntax waited } call
            || NameOf(waited.Expression) is not ({ } receiver and ("Task" or "Thread")))
        {
            return false;
        }

        SyntaxNode pause = call;
        if (pause.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } configured
            && configured.Parent is InvocationExpressionSyntax configureAwait)
        {
            pause = configureAwait;
        }

        pause = Outermost(pause);
        if (pause.Parent is AwaitExpressionSyntax awaited)
        {
            pause = awaited;
        }
        else if (receiver == "Task")
        {
            return false;
        }

        return pause.Parent is ExpressionStatementSyntax
            && !(EnclosingLoop(call) is { } loop && CountsOrCatches(loop, catchesOnly: true))
            && (NamespaceAroundImportsUserInterface(call) || site.Tree.ImportsUserInterface(site.Model));
    }

    /// <summary>
    /// Namespaces of user-interface frameworks: a file that imports one, or a type of one (a <c>using</c> directive of
    /// its own or a global one of the project, an alias or <c>using static</c> too), is code that works a screen.
    /// <c>System.Windows</c> holds WPF and Windows Forms.
    /// </summary>
    private static readonly ImmutableArray<string> UserInterfaceNamespaces = ImmutableArray.Create(
        "System.Windows", "Avalonia", "Microsoft.UI", "Windows.UI", "Microsoft.Maui", "Xamarin.Forms", "Eto.Forms", "Gtk");

    private static readonly ConditionalWeakTable<Compilation, object> GlobalUsingsOfUserInterface = new();

    /// <summary>Whether a <c>using</c> directive of a namespace declaration around <paramref name="node"/> names a user-interface namespace.</summary>
    private static bool NamespaceAroundImportsUserInterface(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseNamespaceDeclarationSyntax space && NamesUserInterface(space.Usings))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the file's own <c>using</c> directives, the project's global ones (read from every file once per
    /// compilation) or the imports the compiler binds at the file's start (a script's imports) name a user-interface
    /// namespace. The directives are read as written too: such a namespace does not bind where its framework is not
    /// referenced (a scan against the base framework, code being typed), and implicit usings write them as text.
    /// </summary>
    internal static bool FileImportsUserInterface(CompilationUnitSyntax unit, SemanticModel model, CancellationToken cancellationToken)
    {
        if (NamesUserInterface(unit.Usings) || GlobalUsingsNameUserInterface(model.Compilation, cancellationToken))
        {
            return true;
        }

        foreach (var scope in model.GetImportScopes(unit.SpanStart, cancellationToken))
        {
            foreach (var import in scope.Imports)
            {
                if (IsUserInterfaceSymbol(import.NamespaceOrType))
                {
                    return true;
                }
            }

            foreach (var alias in scope.Aliases)
            {
                if (IsUserInterfaceSymbol(alias.Target))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool GlobalUsingsNameUserInterface(Compilation compilation, CancellationToken cancellationToken)
    {
        if (GlobalUsingsOfUserInterface.TryGetValue(compilation, out var known))
        {
            return (bool)known;
        }

        var found = false;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit && NamesUserInterface(unit.Usings, onlyGlobal: true))
            {
                found = true;
                break;
            }
        }

        // Two threads may compute it at once; both find the same answer.
        return (bool)GlobalUsingsOfUserInterface.GetValue(compilation, _ => found);
    }

    private static bool NamesUserInterface(SyntaxList<UsingDirectiveSyntax> usings, bool onlyGlobal = false)
    {
        foreach (var directive in usings)
        {
            if ((!onlyGlobal || !directive.GlobalKeyword.IsKind(SyntaxKind.None)) && directive.Name is { } name && IsUserInterfaceName(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A namespace or type name as written (<c>global::</c> left out; an alias's target).</summary>
    private static bool IsUserInterfaceName(NameSyntax name)
    {
        var text = name.ToString();
        if (text.StartsWith("global::", StringComparison.Ordinal))
        {
            text = text.Substring("global::".Length);
        }

        return IsUserInterfaceNamespace(text);
    }

    private static bool IsUserInterfaceSymbol(INamespaceOrTypeSymbol? symbol)
    {
        var space = symbol as INamespaceSymbol ?? symbol?.ContainingNamespace;
        return space is { IsGlobalNamespace: false } && IsUserInterfaceNamespace(space.ToDisplayString());
    }

    private static bool IsUserInterfaceNamespace(string name)
    {
        foreach (var framework in UserInterfaceNamespaces)
        {
            if (name.StartsWith(framework, StringComparison.Ordinal) && (name.Length == framework.Length || name[framework.Length] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a loop catches (a retry on failure) or, unless <paramref name="catchesOnly"/>, counts (<c>++</c>, <c>+=</c>...).</summary>
    private static bool CountsOrCatches(SyntaxNode loop, bool catchesOnly = false)
    {
        foreach (var node in loop.DescendantNodes())
        {
            if (node is CatchClauseSyntax
                || !catchesOnly && node.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PreIncrementExpression or SyntaxKind.PostDecrementExpression
                    or SyntaxKind.PreDecrementExpression or SyntaxKind.AddAssignmentExpression or SyntaxKind.SubtractAssignmentExpression)
            {
                return true;
            }
        }

        return false;
    }

    // ---- log-detail ----

    /// <summary>
    /// <c>logger.LogWarning("Found {0}: {1}", keys.Count, string.Join(", ", keys.Take(10)))</c>: a number inside the
    /// arguments of a logging call shapes what the message shows (how many items it lists, how many digits it prints),
    /// not what the program does.
    /// </summary>
    public static bool IsLogDetail(in MagicNumberSite site)
    {
        for (var node = site.Outer.Parent; node is not null and not StatementSyntax and not MemberDeclarationSyntax and not AnonymousFunctionExpressionSyntax; node = node.Parent)
        {
            if (node is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } && IsLoggingCall(call))
            {
                return true;
            }
        }

        return IsSampleForText(in site) || IsBoundOfLogOnlyIf(in site);
    }

    /// <summary>
    /// <c>string.Join(", ", paths.Take(5))</c>, or <c>var paths = all.Take(5).ToList();</c> whose variable only goes to
    /// <c>string.Join</c>: how many examples a message lists, not how many rows the program reads.
    /// </summary>
    private static bool IsSampleForText(in MagicNumberSite site)
    {
        if (site.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax take } }
            || NameOf(take.Expression) is not ("Take" or "TakeLast"))
        {
            return false;
        }

        // Up the fluent chain: paths.Take(5).ToList() is still the sample.
        ExpressionSyntax sample = take;
        while (sample.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax next } access && access.Expression == sample)
        {
            sample = next;
        }

        if (IsJoinedIntoText(sample) || IsEachWrittenToAMessage(sample))
        {
            return true;
        }

        if (Outermost(sample).Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable }
            || variable.FirstAncestorOrSelf<BlockSyntax>() is not { } block)
        {
            return false;
        }

        var name = variable.Identifier.ValueText;
        var used = false;
        foreach (var node in block.DescendantNodes())
        {
            site.CancellationToken.ThrowIfCancellationRequested();
            if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name)
            {
                if (!IsJoinedIntoText(identifier))
                {
                    return false;
                }

                used = true;
            }
        }

        return used;
    }

    /// <summary>
    /// <c>result.Errors.Take(3).Each(x =&gt; NotifyError(x))</c>: the end of a chain that hands each item to a lambda
    /// (<c>Each</c>, <c>ForEach</c>) whose body is one call of a log or a notice to the user (<c>Log*</c>, a log level,
    /// <c>Notify*</c>): how many messages are shown, not how many rows the program reads. Items that go anywhere
    /// else (<c>.Select(x =&gt; new Card(x))</c>) stay a page.
    /// </summary>
    private static bool IsEachWrittenToAMessage(ExpressionSyntax chainEnd)
    {
        if (chainEnd is not InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } each
            || arguments[0].Expression is not AnonymousFunctionExpressionSyntax lambda
            || NameOf(each.Expression) is not ("Each" or "ForEach"))
        {
            return false;
        }

        var body = lambda.Body switch
        {
            BlockSyntax { Statements: { Count: 1 } statements } => (statements[0] as ExpressionStatementSyntax)?.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };

        return body is InvocationExpressionSyntax call
            && (IsLoggingCall(call) || NameOf(call.Expression) is { } method && method.StartsWith("Notify", StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="value"/> is an argument of <c>string.Join</c>.</summary>
    private static bool IsJoinedIntoText(ExpressionSyntax value) =>
        Outermost(value).Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax join } }
        && join.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Join", Expression: var receiver }
        && (receiver is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword } || NameOf(receiver) is "String");

    /// <summary>
    /// <c>if (now - started &gt; TimeSpan.FromSeconds(30)) _logger.LogInformation(...);</c>: the bound of a comparison
    /// in an <c>if</c> (with no <c>else</c>) whose body only writes log entries decides when a log line is worth
    /// writing, not what the program does.
    /// </summary>
    private static bool IsBoundOfLogOnlyIf(in MagicNumberSite site)
    {
        SyntaxNode node = site.Outer;
        var compared = false;
        while (node.Parent is ExpressionSyntax or ArgumentSyntax or ArgumentListSyntax)
        {
            if (node.Parent is BinaryExpressionSyntax comparison
                && comparison.Kind() is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression)
            {
                compared = true;
            }

            node = node.Parent!;
        }

        if (!compared || node.Parent is not IfStatementSyntax { Else: null } statement || statement.Condition != node)
        {
            return false;
        }

        if (statement.Statement is BlockSyntax { Statements: { Count: > 0 } statements })
        {
            foreach (var inner in statements)
            {
                if (!IsLogStatement(inner))
                {
                    return false;
                }
            }

            return true;
        }

        return IsLogStatement(statement.Statement);
    }

    private static bool IsLogStatement(StatementSyntax statement) =>
        statement is ExpressionStatementSyntax { Expression: var expression }
        && (expression is AwaitExpressionSyntax { Expression: var awaited } ? awaited : expression) is InvocationExpressionSyntax call
        && IsLoggingCall(call);

    /// <summary><c>logger.LogWarning(...)</c>, <c>_log.Warn(...)</c>, <c>Log.Error(...)</c>, <c>Log(...)</c>: a call that writes a log entry.</summary>
    private static bool IsLoggingCall(InvocationExpressionSyntax call)
    {
        if (NameOf(call.Expression) is not { } method)
        {
            return false;
        }

        if (method.StartsWith("Log", StringComparison.Ordinal) && (method.Length == 3 || char.IsUpper(method[3])))
        {
            return true;
        }

        // A receiver named log is not enough (log.CountAsync(...) reads a log table): the method must be a level too.
        return method is "Trace" or "Debug" or "Info" or "Information" or "Warn" or "Warning" or "Error" or "Fatal" or "Critical" or "Verbose"
            && call.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && NameOf(receiver) is { } name
            && (string.Equals(name.TrimStart('_'), "log", StringComparison.OrdinalIgnoreCase) || EndsWith(name, "logger"));
    }

    // ---- delay ----

    /// <summary><c>Task.Delay(1500)</c>, <c>TimeSpan.FromMinutes(30)</c>, <c>AddDays(30)</c>, <c>stopwatch.ElapsedMilliseconds &gt; 5000</c>.</summary>
    public static bool IsDelay(in MagicNumberSite site)
    {
        // read / 32 in Task.Delay(read / 32): a divisor converts the quantity, the delay is what it divides.
        if (site.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.DivideExpression } division && division.Right == site.Outer)
        {
            return false;
        }

        var sink = ArithmeticSink(site.Outer);
        if (sink.Parent is MemberAccessExpressionSyntax receiverAccess && receiverAccess.Expression == sink && receiverAccess.Parent is InvocationExpressionSyntax)
        {
            return Array.IndexOf(UnitExtensionNames, receiverAccess.Name.Identifier.ValueText) >= 0;
        }

        if (TryGetCall(sink.Parent!, out var argument, out var call, out var list))
        {
            if (call is ObjectCreationExpressionSyntax { Type: var type } && RightmostName(type) is "TimeSpan")
            {
                return true;
            }

            if (NameOf(CalledExpression(call)) is { } method
                && (method is "Delay" or "Sleep" or "Wait" or "WaitOne" or "WaitAsync" or "WaitAll" or "WaitAny" or "CancelAfter"
                        or "AddMilliseconds" or "AddSeconds" or "AddMinutes" or "AddHours" or "AddDays"
                    || method.StartsWith("From", StringComparison.Ordinal) && call is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver } }
                        && NameOf(receiver) is "TimeSpan"))
            {
                return true;
            }

            if (IsThreadJoin(NameOf(CalledExpression(call)), list))
            {
                return true;
            }

            // SetTimeout(30), WaitForExit(5000), SetBusyTimeout(5000): the method is named for the duration it takes.
            // A duration word counts where it is the head of the name (timeoutMs, retryDelay), not where it only
            // modifies it: GenerateResult(..., totalDuration, 8) passes a totalDurationDivider, a divider.
            var parameter = ParameterName(site, argument, call, list);
            if (NameOf(CalledExpression(call)) is { } called && (NamesByHead(called, SettingDurationWords, DurationQualifierWords) || StartsWithVerb(called, WaitingVerbs)))
            {
                // Thread.SpinWait(500) spins 500 times: a parameter named for a count of turns says what the number is,
                // whatever word the method's name ends in.
                return parameter is null || !NamesByHead(parameter, TurnCountWords, Array.Empty<string>());
            }

            return parameter is not null && NamesByHead(parameter, SettingDurationWords, DurationQualifierWords);
        }

        return ComparedName(sink, sink.Parent!) is { } compared && NamesByHead(compared, DurationWords, DurationQualifierWords)
            && (ContainsAny(compared, PassedTimeWords) || ComparedOperand(sink, sink.Parent!) is { } operand && ReadsTheClock(operand));
    }

    /// <summary>The other side of the comparison <paramref name="child"/> is in, or the subject of its <c>is</c> pattern.</summary>
    private static ExpressionSyntax? ComparedOperand(SyntaxNode child, SyntaxNode parent) => parent switch
    {
        BinaryExpressionSyntax binary when IsComparison(binary) => binary.Left == child ? binary.Right : binary.Left,
        ConstantPatternSyntax or RelationalPatternSyntax => PatternSubject(parent),
        _ => null,
    };

    /// <summary>Whether <paramref name="expression"/> reads the clock: <c>DateTime.UtcNow</c>, <c>Environment.TickCount64</c>, <c>Stopwatch.GetTimestamp()</c>.</summary>
    private static bool ReadsTheClock(ExpressionSyntax expression)
    {
        foreach (var node in expression.DescendantNodesAndSelf())
        {
            if (node is IdentifierNameSyntax identifier && Array.IndexOf(ClockNames, identifier.Identifier.ValueText) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>await Task.Delay(500);</c> with nothing around it that says why: a whole number of milliseconds given straight
    /// to <c>Task.Delay</c> or <c>Thread.Sleep</c>, outside a loop (a poll or retry interval reads as one), with no
    /// comment on its line or right above its statement, in a member not named for waiting (<c>WaitForIO()</c>).
    /// </summary>
    public static bool IsUnexplainedWait(in MagicNumberSite site)
    {
        if (!site.IsInteger || site.Parent is not ArgumentSyntax { NameColon: null, Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
            || NameOf(call.Expression) is not ("Delay" or "Sleep") || site.Tree.HasCommentOnLineOf(site.Reported.SpanStart))
        {
            return false;
        }

        for (var node = call.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax:
                    return false;
                case StatementSyntax statement and not BlockSyntax when CommentAbove(statement, digits: null):
                    return false;
                case MemberDeclarationSyntax member:
                    // "Waits for 2 seconds before re-initialising..." in the member's documentation explains its wait.
                    return !CommentAbove(member, digits: null) && (MemberName(member) is not { } name || !ContainsAny(name, WaitingWords));
                case LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax:
                    return true;
            }
        }

        return true;
    }

    private static string? MemberName(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
        _ => null,
    };

    // ---- money-rate ----

    /// <summary><c>amount * 0.029m</c>, <c>subtotal + 4.95m</c>, <c>price * 1.2</c>.</summary>
    public static bool IsMoneyRate(in MagicNumberSite site)
    {
        if (site.Parent is not (BinaryExpressionSyntax or AssignmentExpressionSyntax) || !IsArithmetic(site.Parent))
        {
            return false;
        }

        var other = site.Parent switch
        {
            BinaryExpressionSyntax binary => binary.Left == site.Outer ? binary.Right : binary.Left,
            AssignmentExpressionSyntax assignment => assignment.Left,
            _ => null,
        };
        if (other is null || Unwrap(other) is LiteralExpressionSyntax)
        {
            return false;
        }

        // A decimal rate multiplies or divides (amount * 0.029m); a decimal added or subtracted is a fee only when it is
        // added to money (subtotal + 4.95m): length += 0.5m counts half a character, not a charge.
        var scales = site.Parent.Kind() is SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression or SyntaxKind.MultiplyAssignmentExpression or SyntaxKind.DivideAssignmentExpression;
        if (site.Literal.Token.Value is decimal && scales)
        {
            return !ScalesANonMoneyQuantity(other);
        }

        // A float factor is no rate of money, whatever its operand is named: float is the type of graphics, physics and
        // game arithmetic (`AbilityPower.Total * 0.2f`, a spell's scaling), too coarse for money, which is decimal (or double).
        if (site.IsInteger || !scales && site.Literal.Token.Value is not decimal || site.Literal.Token.Value is float)
        {
            return false;
        }

        foreach (var node in other.DescendantNodesAndSelf(descendIntoChildren: PassesItsQuantityCheck))
        {
            // backoff.TotalMilliseconds is a duration, not a total of money; totalMem, totalBytes are amounts of memory.
            if (node is IdentifierNameSyntax identifier && HasWord(identifier.Identifier.ValueText, MoneyWords)
                && NamesByHead(identifier.Identifier.ValueText, MoneyWords, MoneyQualifierWords) && !IsDurationUnit(identifier.Identifier.ValueText)
                && !HasWord(identifier.Identifier.ValueText, NonMoneyQuantityWords))
            {
                return true;
            }
        }

        return false;
    }

    // A decimal factor is a rate whatever it scales, but for a quantity named for another measure and for no money
    // (pixelsAreSpace * 0.3m is a share of a gap in pixels, elapsedSeconds * 1.5m a time): decimal is the type of exact
    // arithmetic, not only of money.
    private static bool ScalesANonMoneyQuantity(ExpressionSyntax other)
    {
        var nonMoney = false;
        foreach (var node in other.DescendantNodesAndSelf(descendIntoChildren: PassesItsQuantityCheck))
        {
            if (node is not IdentifierNameSyntax identifier)
            {
                continue;
            }

            var name = identifier.Identifier.ValueText;
            var measure = IsDurationUnit(name) || HasWord(name, NonMoneyQuantityWords);
            if (HasWord(name, MoneyWords) && !measure)
            {
                return false;
            }

            nonMoney |= measure;
        }

        return nonMoney;
    }

    // A money word names the quantity a number scales only where it is that quantity, not where it is an argument of a
    // call that returns something else: a call's result is named by its method. `Acosd(cost) / 15.0` turns an angle
    // into hours (`cost` is cos t of a sunrise formula) and `Math.Sign(seekAmount) * 0.5` is half a step in the seek's
    // direction; neither scales money. Calls that return their arguments' own quantity (rounded, bounded, summed or
    // converted: `Math.Round(price, 2) * 1.2`, `items.Sum(i => i.Price) * 0.1`) pass it through, and the method's own
    // name still counts (`GetTotal() * 0.2`).
    private static readonly Func<SyntaxNode, bool> PassesItsQuantityCheck = PassesItsQuantity;

    private static bool PassesItsQuantity(SyntaxNode node) =>
        node is not ArgumentListSyntax { Parent: InvocationExpressionSyntax call } || NameOf(CalledExpression(call)) is { } method && IsQuantityPreserving(method);

    private static bool IsQuantityPreserving(string method) => method is "Abs" or "Round" or "Floor" or "Ceiling" or "Truncate" or "Min" or "Max" or "Clamp"
        or "Sum" or "Average" or "Aggregate" or "ToDecimal" or "ToDouble" or "ToSingle" or "Parse" or "GetValueOrDefault";

    private static bool IsDurationUnit(string name)
    {
        foreach (var unit in UnitExtensionNames)
        {
            if (EndsWith(name, unit))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsArithmetic(SyntaxNode node) => node.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression
        or SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression or SyntaxKind.AddAssignmentExpression
        or SyntaxKind.SubtractAssignmentExpression or SyntaxKind.MultiplyAssignmentExpression or SyntaxKind.DivideAssignmentExpression;

    // ---- limit ----

    /// <summary><c>Take(25)</c>, <c>GetPage(pageSize: ...)</c> positional, <c>Math.Min(count, 5)</c>, <c>items.Count &gt; 50</c>.</summary>
    /// <summary>
    /// <c>query.Take(25)</c>, <c>Paginate(items, 50)</c>, <c>Fetch(pageSize: 100)</c>: how many rows one query or request
    /// reads. Split from <see cref="IsLimit"/> because reviewers judged page sizes worth naming far more often than
    /// comparisons with a count (docs/measuring.md).
    /// </summary>
    public static bool IsPageSize(in MagicNumberSite site)
    {
        if (!TryGetCall(site.Parent, out var argument, out var call, out var list))
        {
            return false;
        }

        return NameOf(CalledExpression(call)) is "Take" or "TakeLast" or "Top" or "Limit" or "Chunk" or "Paginate"
            || ParameterName(site, argument, call, list) is { } parameter
                && (parameter.IndexOf("pageSize", StringComparison.OrdinalIgnoreCase) >= 0 || parameter.IndexOf("batchSize", StringComparison.OrdinalIgnoreCase) >= 0);
    }

    public static bool IsLimit(in MagicNumberSite site)
    {
        if (TryGetCall(site.Parent, out var argument, out var call, out var list))
        {
            var method = NameOf(CalledExpression(call));
            if (method is "Take" or "TakeLast" or "Top" or "Limit" or "Chunk" or "Paginate")
            {
                return true;
            }

            if (method is "Min" or "Max" or "Clamp" && HasRuntimeArgument(list))
            {
                return true;
            }

            return ParameterName(site, argument, call, list) is { } parameter && IsLimitName(parameter);
        }

        if (site.Parent is BinaryExpressionSyntax binary && IsComparison(binary) && !binary.IsKind(SyntaxKind.EqualsExpression) && !binary.IsKind(SyntaxKind.NotEqualsExpression))
        {
            var other = binary.Left == site.Outer ? binary.Right : binary.Left;
            return SizedReceiver(other) is not null
                || NameOf(other) is { } name && (EndsWith(name, "Count") || EndsWith(name, "Length") || EndsWith(name, "Size") || IsLimitName(name));
        }

        return false;
    }

    private static bool HasRuntimeArgument(ArgumentListSyntax list)
    {
        foreach (var argument in list.Arguments)
        {
            if (Unwrap(argument.Expression) is not LiteralExpressionSyntax)
            {
                return true;
            }
        }

        return false;
    }

    // pageSize, maxItems, maximumLength, minLength, batchSize, limit; not max or min alone (Math.Max's val1/val2 aside).
    private static bool IsLimitName(string name) =>
        ContainsAny(name, LimitWords)
        || name.Length > 3 && (name.StartsWith("max", StringComparison.OrdinalIgnoreCase) || name.StartsWith("min", StringComparison.OrdinalIgnoreCase)) && char.IsUpper(name[3])
        || name.StartsWith("maximum", StringComparison.OrdinalIgnoreCase) || name.StartsWith("minimum", StringComparison.OrdinalIgnoreCase);

    // ---- threshold ----

    /// <summary><c>score &gt;= 80</c>, <c>temperature is &gt; 30</c>: a relational comparison with a runtime quantity.</summary>
    public static bool IsThreshold(in MagicNumberSite site)
    {
        if (site.Parent is BinaryExpressionSyntax binary)
        {
            return binary.Kind() is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression
                    or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
                && Unwrap(binary.Left == site.Outer ? binary.Right : binary.Left) is not LiteralExpressionSyntax;
        }

        return site.Parent is RelationalPatternSyntax && PatternSubject(site.Parent) is not null;
    }

    // ---- what an existing constant must share with the number ----

    /// <summary>
    /// Whether <paramref name="constantName"/> shares a word with the names of where the number goes: the method and
    /// the parameter it is passed to, or the member it is compared with; for a <c>TimeSpan.From*</c> argument, where
    /// the time span goes. Bounds, units and the words that start with one of <paramref name="roleWords"/> do not count:
    /// <c>MaxVersion</c> shares "version" with <c>versionNum &gt; 40</c>; <c>FailedSecretVerificationDelay</c> shares
    /// only "delay", a role word, with <c>Task.Delay(2000)</c>; <c>vp8_max</c> shares nothing with <c>Truncate(63)</c>.
    /// </summary>
    public static bool SharesWordWithSubject(in MagicNumberSite site, string constantName, string[] roleWords)
    {
        var sink = ArithmeticSink(site.Outer);
        if (sink.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax factory } }
            && LiteralSubject.TimeSpanFactory(factory) is not null)
        {
            sink = ArithmeticSink(Outermost(factory));
        }

        if (TryGetCall(sink.Parent!, out var argument, out var call, out var list))
        {
            return SharesWord(constantName, NameOf(CalledExpression(call)), roleWords) || SharesWord(constantName, ParameterName(site, argument, call, list), roleWords);
        }

        return SharesWord(constantName, ComparedName(sink, sink.Parent!), roleWords);
    }

    // Words too common to tie a constant to a use: bounds, accessors, units and sizes (AddDays(7) for a grace period is
    // no use of DefaultTrialLengthDays; a RetryCount is no other retry's count).
    private static readonly string[] UnsharedWords =
    {
        "max", "min", "maximum", "minimum", "get", "set", "from", "default", "value", "total", "number", "try", "add",
        "milliseconds", "seconds", "minutes", "hours", "days", "weeks", "ticks", "count", "size", "length", "index",
    };

    private static bool SharesWord(string constantName, string? subject, string[] roleWords)
    {
        if (subject is null)
        {
            return false;
        }

        var start = 0;
        for (var i = 1; i <= subject.Length; i++)
        {
            if (i == subject.Length || subject[i] == '_' || char.IsUpper(subject[i]) && !char.IsUpper(subject[i - 1]) || char.IsDigit(subject[i]))
            {
                var length = i - start;
                if (length >= 3 && !IsOneOf(subject, start, length, UnsharedWords) && !StartsWithAny(subject, start, length, roleWords)
                    && HasWord(constantName, new[] { subject.Substring(start, length) }))
                {
                    return true;
                }

                start = i < subject.Length && (subject[i] == '_' || char.IsDigit(subject[i])) ? i + 1 : i;
            }
        }

        return false;
    }

    // ---- shared helpers ----

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

    /// <summary>The expression an <c>is</c> pattern holding <paramref name="pattern"/> tests; null in switch arms and property patterns.</summary>
    private static ExpressionSyntax? PatternSubject(SyntaxNode pattern)
    {
        var node = pattern.Parent;
        while (node is BinaryPatternSyntax or ParenthesizedPatternSyntax or UnaryPatternSyntax)
        {
            node = node.Parent;
        }

        return node is IsPatternExpressionSyntax isPattern ? isPattern.Expression : null;
    }

    private static bool IsComparison(BinaryExpressionSyntax binary) => binary.Kind() is SyntaxKind.LessThanExpression
        or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
        or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression;

    /// <summary>The node above the arithmetic (operators, parentheses, casts, signs) that holds <paramref name="node"/>: <c>1500 * attempt</c> in <c>Task.Delay(1500 * attempt)</c>.</summary>
    private static SyntaxNode ArithmeticSink(SyntaxNode node)
    {
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or CheckedExpressionSyntax or PrefixUnaryExpressionSyntax
               || node.Parent is BinaryExpressionSyntax binary && binary.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression
                   or SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression)
        {
            node = node.Parent;
        }

        return node;
    }

    private static bool TryGetCall(SyntaxNode parent, out ArgumentSyntax argument, out ExpressionSyntax call, out ArgumentListSyntax list)
    {
        if (parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax owner } arguments } found
            && owner is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax)
        {
            argument = found;
            call = owner;
            list = arguments;
            return true;
        }

        argument = null!;
        call = null!;
        list = null!;
        return false;
    }

    private static ExpressionSyntax CalledExpression(ExpressionSyntax call) => call switch
    {
        InvocationExpressionSyntax invocation => invocation.Expression,
        ObjectCreationExpressionSyntax creation => creation.Type,
        _ => call,
    };

    /// <summary>The name of the parameter <paramref name="argument"/> binds to.</summary>
    private static string? ParameterName(in MagicNumberSite site, ArgumentSyntax argument, ExpressionSyntax call, ArgumentListSyntax list) =>
        argument.NameColon is not null ? argument.NameColon.Name.Identifier.ValueText : ParameterOf(site, argument, call, list)?.Name;

    /// <summary>The parameter <paramref name="argument"/> binds to; the one place AID201 asks the semantic model about a call.</summary>
    private static IParameterSymbol? ParameterOf(in MagicNumberSite site, ArgumentSyntax argument, ExpressionSyntax call, ArgumentListSyntax list)
    {
        var info = site.Model.GetSymbolInfo(call, site.CancellationToken);
        var method = info.Symbol as IMethodSymbol;
        if (method is null && info.CandidateSymbols.Length > 0)
        {
            method = info.CandidateSymbols[0] as IMethodSymbol;
        }

        if (method is null)
        {
            return null;
        }

        var parameters = method.Parameters;
        if (argument.NameColon is not null)
        {
            foreach (var parameter in parameters)
            {
                if (parameter.Name == argument.NameColon.Name.Identifier.ValueText)
                {
                    return parameter;
                }
            }

            return null;
        }

        var index = list.Arguments.IndexOf(argument);
        if (index < parameters.Length)
        {
            return parameters[index];
        }

        return parameters.Length > 0 && parameters[parameters.Length - 1].IsParams ? parameters[parameters.Length - 1] : null;
    }

    /// <summary>The part of a statement that is about the statement itself: an <c>if</c>'s condition, not its body.</summary>
    private static SyntaxNode HeadOf(StatementSyntax statement) => statement switch
    {
        IfStatementSyntax ifStatement => ifStatement.Condition,
        WhileStatementSyntax whileStatement => whileStatement.Condition,
        DoStatementSyntax doStatement => doStatement.Condition,
        SwitchStatementSyntax switchStatement => switchStatement.Expression,
        CommonForEachStatementSyntax forEach => forEach.Expression,
        UsingStatementSyntax { Expression: { } expression } => expression,
        LockStatementSyntax lockStatement => lockStatement.Expression,
        _ => statement,
    };

    private static StatementSyntax? EnclosingStatement(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is StatementSyntax statement and not BlockSyntax)
            {
                return statement;
            }

            if (current is MemberDeclarationSyntax)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The name of an identifier or of the last member accessed or called (<c>opacity</c>, <c>e.ProgressPercentage</c>, <c>Count()</c>).</summary>
    internal static string? NameOf(ExpressionSyntax expression) => Unwrap(expression) switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        InvocationExpressionSyntax invocation => NameOf(invocation.Expression),
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

    private static double ValueOf(LiteralExpressionSyntax literal) => literal.Token.Value switch
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

    private static bool EndsWith(string name, string word) => name.EndsWith(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether one of the words of <paramref name="name"/> (split at case changes, digits and underscores) is in <paramref name="words"/>.</summary>
    private static bool HasWord(string name, string[] words)
    {
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == '_' || char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]) || char.IsDigit(name[i]))
            {
                if (i > start && IsOneOf(name, start, i - start, words))
                {
                    return true;
                }

                start = i < name.Length && (name[i] == '_' || char.IsDigit(name[i])) ? i + 1 : i;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word of <paramref name="name"/> (split at case changes, underscores and digits) starts with one of
    /// <paramref name="stems"/>: <c>FailedSecretVerificationDelay</c> holds "delay", <c>CacheExpiration</c> "expir";
    /// <c>FADE_OUT_DURATION</c> holds "duration" and not "ratio".
    /// </summary>
    internal static bool HasWordStartingWith(string name, string[] stems)
    {
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == '_' || char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]) || char.IsDigit(name[i]))
            {
                if (i > start && StartsWithAny(name, start, i - start, stems))
                {
                    return true;
                }

                start = i < name.Length && (name[i] == '_' || char.IsDigit(name[i])) ? i + 1 : i;
            }
        }

        return false;
    }

    private static bool StartsWithAny(string name, int start, int length, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (stem.Length <= length && string.Compare(name, start, stem, 0, stem.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(string name, int start, int length, string[] words)
    {
        foreach (var word in words)
        {
            if (word.Length == length && string.Compare(name, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // ---- the head of a name ----

    // English compounds are head-final: totalDurationDivider is a divider, delayFactor a factor, timeoutCount a count,
    // while timeoutMs, delaySeconds, durationInMilliseconds and retryDelay are durations. A role word names what a name
    // holds only where it is the name's head or is followed only by words that qualify it: a unit, "in", "value",
    // "time", "span" (the lists below), or a preposition that starts a postmodifier (delayBetweenRetries, timeoutForRead).

    // Words that may follow a duration word and leave it the head: units, qualifiers, bounds and an async suffix.
    private static readonly string[] DurationQualifierWords =
    {
        "ms", "msec", "msecs", "millis", "milli", "millisecond", "milliseconds", "sec", "secs", "second", "seconds", "min", "mins",
        "minute", "minutes", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "tick", "ticks", "us", "ns",
        "in", "value", "val", "time", "times", "span", "timespan", "total", "max", "maximum", "minimum", "default", "async",
        "setting", "settings", "override", "ts",
    };

    // Words that may follow a retry word and leave it a count of retries (retryCount, maxRetryAttempts, triesLeft).
    private static readonly string[] RetryQualifierWords =
    {
        "count", "counts", "counter", "limit", "max", "maximum", "number", "num", "no", "nr", "times", "left", "remaining", "allowed", "total", "value",
    };

    // Words that may follow a money word and leave it money (priceInCents, totalAmount, taxValue, feeUsd).
    private static readonly string[] MoneyQualifierWords =
    {
        "amount", "amounts", "value", "values", "sum", "total", "in", "cents", "usd", "eur", "net", "gross", "incl", "excl", "ex", "inc", "money", "due",
        "paid", "rate", "rates", "percent", "percentage", "pct",
    };

    // Words that start a postmodifier: the head of the name comes before them (delayBetweenRetries, priceOfItem).
    private static readonly string[] PostmodifierPrepositions = { "between", "before", "after", "for", "of", "until", "till", "per", "on", "at", "from", "to", "within", "since", "when", "if" };

    // Verbs a method name starts with to say that it waits for its argument: a method's name is a verb phrase, so its
    // first word is no modifier (WaitForExit(5000), DelayStart(300)).
    private static readonly string[] WaitingVerbs = { "wait", "delay" };

    private static bool StartsWithVerb(string name, string[] verbs)
    {
        foreach (var verb in verbs)
        {
            if (name.Length >= verb.Length && string.Compare(name, 0, verb, 0, verb.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (name.Length == verb.Length || !char.IsLower(name[verb.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one of <paramref name="words"/> starts a word of <paramref name="name"/> (as <see cref="ContainsAny"/>
    /// reads it) and only <paramref name="qualifiers"/>, digits and underscores follow the word it ends in, or a
    /// preposition that starts a postmodifier: <c>retryDelay</c>, <c>timeoutMs</c>, <c>TIMEOUT_IN_SECONDS</c>,
    /// <c>delayBetweenRetries</c>; not <c>totalDurationDivider</c> or <c>delayFactor</c>. A name in capitals without
    /// separators (<c>READTIMEOUT</c>) shows no words, so any match counts there.
    /// </summary>
    private static bool NamesByHead(string name, string[] words, string[] qualifiers)
    {
        var capitals = IsAllCapitals(name);
        var postmodifier = PostmodifierStart(name, capitals, qualifiers);
        foreach (var word in words)
        {
            for (var at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = at + 1 < name.Length ? name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                // Words after a preposition modify the head before it: delayBetweenRetries counts no retries.
                if (at >= postmodifier)
                {
                    break;
                }

                if (!StartsAWord(name, at))
                {
                    continue;
                }

                if (capitals && name.IndexOf('_') < 0)
                {
                    return true;
                }

                // The end of the word the match ends in: "expir" ends in Expiration, "timeout" in Timeouts.
                var end = at + word.Length;
                while (end < name.Length && (capitals ? char.IsLetter(name[end]) : char.IsLower(name[end])))
                {
                    end++;
                }

                if (OnlyQualifiersFrom(name, end, qualifiers, capitals))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Where the first preposition after the name's first word starts (the name's length when there is none). An "of"
    /// after qualifiers only (<c>numberOfRetries</c>, <c>maxNumberOfAttempts</c>) starts no postmodifier: the qualifier
    /// heads the name as it would follow the word (<c>retryCount</c>), so the word after it is what the name counts.
    /// </summary>
    private static int PostmodifierStart(string name, bool capitals, string[] qualifiers)
    {
        var i = 0;
        var first = true;
        var onlyQualifiers = true;
        while (i < name.Length)
        {
            var wordStart = NextWord(name, ref i, capitals);
            if (wordStart < 0)
            {
                break;
            }

            var length = i - wordStart;
            if (!first && IsOneOf(name, wordStart, length, PostmodifierPrepositions)
                && !(onlyQualifiers && length == 2 && string.Compare(name, wordStart, "of", 0, 2, StringComparison.OrdinalIgnoreCase) == 0))
            {
                return wordStart;
            }

            onlyQualifiers &= IsOneOf(name, wordStart, length, qualifiers);
            first = false;
        }

        return name.Length;
    }

    /// <summary>
    /// The start of the next word of <paramref name="name"/> from <paramref name="i"/>, which is moved to its end: a run of
    /// capitals (an acronym, or any word of a name in capitals) or a capital and small letters; -1 when none is left.
    /// </summary>
    private static int NextWord(string name, ref int i, bool capitals)
    {
        while (i < name.Length && !char.IsLetter(name[i]))
        {
            i++;
        }

        if (i >= name.Length)
        {
            return -1;
        }

        var wordStart = i++;
        if (capitals || char.IsUpper(name[wordStart]) && i < name.Length && char.IsUpper(name[i]))
        {
            while (i < name.Length && char.IsUpper(name[i]) && (capitals || i + 1 >= name.Length || !char.IsLower(name[i + 1])))
            {
                i++;
            }
        }
        else
        {
            while (i < name.Length && char.IsLower(name[i]))
            {
                i++;
            }
        }

        return wordStart;
    }

    private static bool OnlyQualifiersFrom(string name, int start, string[] qualifiers, bool capitals)
    {
        var i = start;
        while (i < name.Length)
        {
            var wordStart = NextWord(name, ref i, capitals);
            if (wordStart < 0)
            {
                break;
            }

            if (IsOneOf(name, wordStart, i - wordStart, PostmodifierPrepositions))
            {
                return true;
            }

            if (!IsOneOf(name, wordStart, i - wordStart, qualifiers))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="name"/> holds one of <paramref name="words"/> starting where a word of it starts (at its
    /// start, after an underscore or digit, at a capital after a small letter, or at the capital that ends an acronym):
    /// <c>maxRetries</c>, <c>MAX_RETRIES</c>, <c>dueTime</c> for "duetime", <c>connectTimeout</c>; not the letters inside
    /// another word, <c>entries</c> or <c>countries</c> for "tries", <c>middle</c> for "idle", <c>Await</c> for "wait".
    /// The words may span camel-case words (<c>dueTime</c>, <c>coolDown</c>), so this is not <see cref="HasWordStartingWith"/>.
    /// </summary>
    private static bool ContainsAny(string name, string[] words)
    {
        foreach (var word in words)
        {
            for (var at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = at + 1 < name.Length ? name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                if (StartsAWord(name, at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool StartsAWord(string name, int at) =>
        at == 0 || !char.IsLetter(name[at - 1])
        || char.IsUpper(name[at]) && (char.IsLower(name[at - 1]) || at + 1 < name.Length && char.IsLower(name[at + 1]))
        || char.IsUpper(name[at]) && IsAllCapitals(name);

    // MAXRETRIES, READTIMEOUT: a name in capitals without separators shows no word starts, so any match counts.
    private static bool IsAllCapitals(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
