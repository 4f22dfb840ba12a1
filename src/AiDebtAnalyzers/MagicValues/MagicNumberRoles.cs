using System.Collections.Immutable;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>Decides whether a numeric literal plays one role (see <see cref="MagicNumberRoles"/>).</summary>
internal delegate bool MagicNumberRoleMatcher(in MagicNumberSite site);

/// <summary>
/// One thing a numeric literal can do in code: a policy value a team tunes (a delay, a retry count, a limit), which
/// AID201 reports, or a structural value the code's shape or domain explains (an index, a row of a table, a bit mask),
/// which it does not.
/// </summary>
internal sealed class MagicNumberRole
{
    public MagicNumberRole(string name, bool isPolicy, string summary, string example, MagicNumberRoleMatcher matches, string? singleUse = null, MagicNumberRoleMatcher? reportedOnce = null, string[]? constantWords = null, bool singleUseIsOptIn = false, bool copiesShareAJob = false, bool reportedByDefault = false, string? measured = null)
    {
        ReportedByDefault = isPolicy && reportedByDefault;
        Measured = measured;
        SingleUseIsOptIn = singleUseIsOptIn;
        CopiesShareAJob = copiesShareAJob;
        Name = name;
        IsPolicy = isPolicy;
        Summary = summary;
        Example = example;
        Matches = matches;
        SingleUse = singleUse;
        ReportedOnce = reportedOnce;
        ConstantWords = constantWords ?? System.Array.Empty<string>();
    }

    /// <summary>The role's name: the <c>aidebt.role</c> diagnostic property and the values of <c>aidebt.magic_values.reported_roles</c>.</summary>
    public string Name { get; }

    /// <summary>Whether a number in this role is reported (when the role is listed in <c>aidebt.magic_values.reported_roles</c>).</summary>
    public bool IsPolicy { get; }

    /// <summary>
    /// Whether a policy role is in the default of <c>aidebt.magic_values.reported_roles</c>: only where the judged
    /// precision of its findings across code bases supports it (<see cref="Measured"/>); the other policy roles are
    /// reported when a team lists them.
    /// </summary>
    public bool ReportedByDefault { get; }

    /// <summary>For a policy role: the judged precision that decided <see cref="ReportedByDefault"/> (docs/measuring.md).</summary>
    public string? Measured { get; }

    public string Summary { get; }

    /// <summary>Code in which the marked number plays the role; the rule page lists it and the tests check it.</summary>
    public string Example { get; }

    public MagicNumberRoleMatcher Matches { get; }

    /// <summary>
    /// For a policy role: when a number of this role written once, with no constant of its value, is still reported
    /// (the rule page's "Reported when written once" column); null when a single use is quiet unless
    /// <c>aidebt.magic_values.report_single_use</c> is set.
    /// </summary>
    public string? SingleUse { get; }

    /// <summary>The check behind <see cref="SingleUse"/>: whether this single use is one a reviewer wants named even once.</summary>
    public MagicNumberRoleMatcher? ReportedOnce { get; }

    /// <summary>
    /// Whether <see cref="ReportedOnce"/> applies only under <c>aidebt.magic_values.report_single_waits</c>: a single
    /// wait was judged noise far more often than not (a UI settle delay, a poll tick), so it is reported on request.
    /// </summary>
    public bool SingleUseIsOptIn { get; }

    /// <summary>
    /// Whether copies count only in members that do the same job: in one type, or in members of the same name of
    /// variants of one type, one named after the other (<c>WebView</c>, <c>OffscreenWebView</c>); sibling overrides of
    /// one base member set each type's own value. The same timeout in two classes of one namespace is two choices that
    /// happen to agree; the same timeout in the methods of one client is one policy written twice.
    /// </summary>
    public bool CopiesShareAJob { get; }

    /// <summary>
    /// For a policy role: the words (or stems: <c>expir</c>) one of which a word of an existing constant's name must
    /// start with for the constant to be offered (<c>FailedSecretVerificationDelay</c> for a delay of 2000). They only
    /// say the constant is of the same kind: the words are common (every wait is a delay), so the constant must also be
    /// shown to mean the same (<c>MagicNumberAnalyzer.MeansTheSame</c>), and these words never count as that evidence.
    /// </summary>
    public string[] ConstantWords { get; }
}

/// <summary>
/// The one table of AID201: every role a numeric literal can play, in the order they are asked. A literal takes the
/// first role that matches it and is reported only when that role is a policy role; a literal no role claims is not
/// reported. The rule page (docs/rules/AID201.md) and the tests enumerate this table, so the three cannot drift.
/// </summary>
internal static class MagicNumberRoles
{
    public static readonly ImmutableArray<MagicNumberRole> All = ImmutableArray.Create(
        Structural("test-double", "A number in a mock, fake, stub or dummy type: a simulated latency or canned data, not a setting of the product.", "class CatalogMockService { Task<Item[]> GetAsync() { await Task.Delay(10); ... } }", MagicNumberClassifier.IsInTestDouble),
        Structural("sample-data", "Sample content of a preview or a design surface: a number among the arguments of a call that builds a mock-up (`Message1.Mockup(text, false, DateTime.Now.AddSeconds(-25))`: a preview bubble sent a moment ago, beside a second one sent now), or in a member or type whose name says it makes sample, demo or design-time data (`LoadSampleData`, `DesignTimeViewModel`, `RunDemo`; whole words, so `DemoteUser` is not one, and `Sample` alone is an audio sample or Rx's operator). What a preview shows is no setting of the product; a number of the real screen it previews (`UpdatePreview`'s debounce) stays what its role makes it.", "void ShowPreview() { Message1.Mockup(\"Hi!\", false, DateTime.Now.AddSeconds(-25)); }", MagicNumberClassifier.IsSampleData),
        Structural("named", "The number alone initializes, is assigned to or is passed by name to something whose name explains it: a variable, field, constant, property, enum member, attribute or default parameter value, a named argument, an object or anonymous-type member, an expression-bodied property; also through a unit factory or date arithmetic and a property of its result (`var timeout = TimeSpan.FromSeconds(30);`, `IntervalTicks = TimeSpan.FromHours(24).Ticks`, `var thirtyDaysAgo = DateTime.UtcNow.AddDays(-30);`; a `TimeSpan` built from the number times a `TimeSpan.TicksPer` unit is that factory written out: `monster.AttackDelay = new TimeSpan(1500 * TimeSpan.TicksPerMillisecond);`) and a struct made of that value alone (`Duration = new Duration(TimeSpan.FromMilliseconds(150))`; where the type does not resolve, WPF's and Avalonia's `Duration` and `KeyTime` by name; a class built from it, `new CancellationTokenSource(TimeSpan.FromSeconds(30))`, is not the value, but an animation built from it alone is: an object whose type or a base type is named for an easing, animation, tween or transition, `shadeEasing = new InOutCubic(TimeSpan.FromMilliseconds(350))`, is that duration run along a curve, and its name names the duration), after a setting key (`Get(\"retry.count\", 3)`) or when the enclosing member's name carries it: the number itself, or the span of a calendar word of the name in the unit of the call the number is given to alone (`GetLastDayStats() { ... DateTime.UtcNow.AddHours(-24) ... }`, `GetLastMonthStats() { ... AddDays(-31) ... }`: a day is 24 hours, a month 28 to 31 days; `AddDays(-30)` in `PurgeDailyLogs` is a choice of its own).", "var maxRetries = 3;", MagicNumberClassifier.IsNamed),
        Structural("explained", "A comment on the number's line, or a comment block right above its statement, an enclosing statement or member (XML documentation included) that mentions it as written; any comment directly above a `case` label explains that label, and any comment right above a bare wait's statement (`Task.Delay`, `Thread.Sleep`) says what it waits for (option `aidebt.magic_values.comment_explains`).", "Thread.Sleep(3000); // the device needs 3 s to boot", MagicNumberClassifier.IsExplained),
        Structural("stated", "The number is written out in a string right beside it, as a number of its own (60 in \"Every 60f\", not in \"160\"), which states the value for the reader as a comment would: a string of the same statement (an `if`'s condition, not its body), of the body of the `if` whose condition holds it, of the statement just before the number's statement in its block (`Label(\"Polls every 500 ms\"); Thread.Sleep(500);`), or of the condition of the `if` whose body's first statement holds the number, however deep (`if (ImGui.Button(\"Every 60f\")) { RunOnTick(async () => { ... await DelayTicks(60); }); }`: the button's label). A later statement of that body, an `else`, two statements back or a statement after it is not beside it, and what is right before labels nothing when it is a log call or a format string (a placeholder or an interpolation hole: `_logger.LogWarning(\"Gateway timeout on attempt {attempt}, retrying in 20s...\", attempt); await Task.Delay(TimeSpan.FromSeconds(20));` reports what the code does, and a pause written three times is still wanted named); the placeholders of a format string (`\"{0,500}\"`, `{x:F2}`) state no value anywhere. Likewise an HTTP status compared in an `if` whose body creates or calls something named for that status (`if ((int)response.Status == 429) throw new TooManyRequestsException(...)`, `return Conflict();` for 409): the code beside it names the status. So does a `case` label of a switch whose three or more sections each map their statuses to a message of their own, one `return` or `throw` with plain text (`case 410: return new DownloadException(code, \"The document is no longer available.\");`: a table of messages, each beside its status; a section that does other work, or a format string, makes it no such table), and a status compared in a type named for it (`errorCode == 429` in `OutlookRateLimitHandler`: its reason phrase as `HttpStatusCode` spells it, or for 429 `RateLimit`/`Throttl`).", "if (items.Count > 1000) throw new ArgumentException(\"At most 1000 items.\");", MagicNumberClassifier.IsStatedInMessage),
        Structural("default-argument", "The number equals the default value of the parameter it is passed to (`int pageSize = 5`): the called method names it already, and the argument can be left out.", "var page = GetInvoices(5); ... Invoice[] GetInvoices(int pageSize = 5)", MagicNumberClassifier.IsDefaultArgument),
        Structural("log-detail", "A number inside the arguments of a logging call (`LogWarning`, `_log.Warn`, `Log.Error`): it shapes what the message shows, how many items it lists or how many digits it prints, not what the program does. Likewise a `Take(n)` whose items only go into `string.Join`, directly or through a variable (`var paths = all.Take(5).ToList(); ... string.Join(\", \", paths)`: how many examples a message lists) or, at the end of its chain, each to one log or notice call (`result.Errors.Take(3).Each(x => NotifyError(x))`: how many messages the user is shown; `.Select(x => new Card(x))` stays a page), and the bound of a comparison in an `if` whose body only writes log entries (`if (now - started > TimeSpan.FromSeconds(30)) _logger.LogInformation(...)`: when a log line is worth writing).", "logger.LogWarning(\"Found {0}: {1}\", keys.Count, string.Join(\", \", keys.Take(10)));", MagicNumberClassifier.IsLogDetail),
        Structural("well-known-status", "An HTTP status every reader of HTTP code knows by number, compared for equality (200, 201, 204, 400, 401, 403, 404, 500), or a status class given as its two ends (`>= 200 && < 300`, `is >= 500 and <= 599`) or listed member by member, three or more statuses of one hundred as alternatives of one test (`StatusCode is 301 or 302 or 303 or 307 or 308`, a redirect; the labels `case 502: case 503: case 504:` of one switch section, the gateway errors; `is 429 or 503` picks two statuses and stays `status-code`), on a status or on anything named a code (`code >= 200 && code <= 299`): the number reads as its name.", "if (response.StatusCode == 404) return null;", MagicNumberClassifier.IsWellKnownStatus),
        Structural("protocol-status", "An HTTP status whose meaning and handling the protocol itself fixes, compared for equality or listed as an alternative (`==`, `is`, `or`, `case`): informational (1xx), no content (204, 205), partial content (206), not modified (304) and the redirects (301, 302, 303, 307, 308). The code that compares them implements HTTP (whether a body follows, where to go next: `statusCode is not (>= 100 and < 200 or 204 or 205 or 304)` in a can-have-body check, `is 307 or 308`), so the number reads as the protocol's own; a status the application decides how to react to (429 or 503 retried, 409 resolved, 408 timed out) stays `status-code`, as does a range bound (`>= 300`).", "bool HasNoBody(int statusCode) => statusCode is >= 100 and < 200 or 204 or 304;", MagicNumberClassifier.IsProtocolStatus),
        Policy("status-code", "An HTTP status (100-599) compared by hand with a status code (`==`, `<`, `is`, `case`), where `StatusCodes.Status429TooManyRequests` or `HttpStatusCode` would name it.", "if (response.StatusCode == 429)", MagicNumberClassifier.IsStatusCode, new[] { "status" }, reportedByDefault: true, measured: "9 of 13 genuine (69%), 5 code bases; kept on for `StatusCode == 429`",
            "Compared for equality (`==`, `!=`, `is 429`, `case 429:`): the enum member or constant that names it exists already. A range bound (`>= 500`) is quiet.", MagicNumberClassifier.IsStatusEquality),
        Structural("table", "Table data in every shape: an element of an array or collection initializer, a `case` label, a switch-expression arm (its pattern, relational bounds included, or anything in its result), a number returned alone (a return ladder), a branch of a conditional whose other branch is a number too, a comparison that picks a row of a ladder of conditionals (`d < 32 ? 0 : d < 61 ? 31 : 60`), a row of a ladder of `if`s (chained by `else` or one after the other) that compare the same operand with numbers (a row's number may be written in units: `if (delta < 60) ...; if (delta < 45 * 60) ...`), a row of three or more calls that differ in one number, a step of a script written as statements (a run of four or more consecutive calls whose arguments are all numbers, the number's own method called three times or more and not always with the same numbers, read up to 16 steps each way from the number's own: a tune of `Console.Beep(523, 150); Thread.Sleep(25); ...`, each wait a note of it; a pacing `Thread.Sleep(500)` between `p.Send(1)`, `p.Send(2)` and `p.Send(3)`, the same each time, stays a `delay`), a row of a registration table (three or more consecutive calls of one generic method that differ in their type argument: `registry.Register<CleanupJob>(TimeSpan.FromHours(24))`, each row sets its own type's value), the bound of a conditional that picks one of two numbers (`attempts <= 5 ? 1 : 5`: the key of a two-row table), a number inside the object initializer of one of three or more objects of one type that the statements of a block define (a seeded list of definitions: `preset = new FilterPreset { Name = ..., Expression = new DateAddFunction(selector, TimeSpan.FromDays(10)) };`, each definition sets its own value), or an argument of one of three or more objects of one type that the statements of a block create each under its own name, a string literal as the first argument (`var subscriptions = new InMemoryBus(\"SubscriptionsBus\", true, TimeSpan.FromMilliseconds(50));` beside the persistent-subscriptions and redaction buses: each bus sets its own threshold).", "return grade switch { >= 90 => \"A\", >= 80 => \"B\", _ => \"C\" };", MagicNumberClassifier.IsTableData),
        Structural("index", "A position, not a quantity: an element index or range bound (`parts[3]`, `[..4]`), an argument for an index, ordinal, position, offset or column parameter (`reader.GetString(3)`, `Substring(4)`), an ordinal run (the same call with consecutive numbers nearby).", "var name = parts[3];", MagicNumberClassifier.IsIndex),
        Structural("arity", "A count equal to the number of type parameters or type arguments around it (`Tuple<T1, T2, T3>` code passing 3), or an argument for an arity parameter.", "static Func<T1, T2, T3, R> Curry<T1, T2, T3, R>(...) => Build(3);", MagicNumberClassifier.IsArity),
        Structural("literal-length", "The length of a string literal written in the same or the preceding statement (`StartsWith(\"get_\")` then `Substring(4)`).", "if (name.StartsWith(\"get_\")) return name.Substring(4);", MagicNumberClassifier.IsLengthOfNearbyLiteral),
        Structural("shape", "The expected shape of a collection or string: its `Length` or `Count` compared for equality (`parts.Length == 3`), or compared at all when the code indexes it with literal positions nearby (`Count >= 3` then `[2]`); the bound that keeps an index inside the table it then reads (`order < 8 ? defaults[order] : none`).", "if (parts.Length == 3) return (parts[0], parts[1], parts[2]);", MagicNumberClassifier.IsShapeCheck),
        Structural("binary-format", "Offsets and widths of a binary format: counts of stream reads and writes (`reader.Read(buffer, 0, 4)`), 2, 4 or 8 given to a `Read*`/`Write*` method, sizes of `byte`/`char` arrays and `stackalloc`, arguments of `BitConverter`, `BinaryPrimitives`, `Buffer.BlockCopy`, `Slice` and `AsSpan`, the count of `Take`, `TakeLast` or `SkipLast` on a sequence of bytes (`md5.ComputeHash(data).Take(16)`: a width of the format, not a page), numbers in a statement next to `ReadUInt32`, `ReadUInt64` and the other fixed-width reads and writes, the length of a byte array, span or stream compared.", "var length = reader.ReadUInt32(); position += 4;", MagicNumberClassifier.IsBinaryFormat),
        Structural("hash", "Hash mixing: the bodies of `GetHashCode`, and arithmetic assigned to anything named for a hash.", "hash = hash * 31 + id;", MagicNumberClassifier.IsHashMixing),
        Structural("bit-math", "Bit math: hex and binary notation, shift distances, operands of `&`, `|`, `^`, masks of the form 2^k-1 (15, 31, 255, 1023...) added, subtracted, divided or taken as a remainder.", "var low = value >> 16 & 65535;", MagicNumberClassifier.IsBitMath),
        Structural("formula", "A constant of a formula or a unit: factors between well-known units in `*`, `/`, `%` (60, 1000, 1024, 3600...), complements (`100 - percent`, `255 - channel`) and a percentage raised to its whole, 100 added to something named for a rate or percentage (`price * TaxRate / (100m + TaxRate)`, the tax a price includes; `subtotal + 100m` stays a fee), radixes (`Convert.ToInt32(hex, 16)`, `Math.Pow(10, 3)`), rounding (`+ 0.5` before a cast), written fractions (`1 / 6.0`), colour-channel weights, arcs and quarter turns, the range of a random draw (`random.Next(1, 10)`), half a modulus (`temp % 100 >= 50`), bit depths compared with or clamped to a bit count.", "var seconds = elapsedMs / 1000;", MagicNumberClassifier.IsFormulaConstant),
        Structural("tolerance", "A fraction (between 0 and 1) that bounds the difference of two quantities or the size of one, `Math.Abs(a - b) > 0.1` or `Math.Abs(x) < 0.001`: how close counts as equal, read from the expression's shape whatever the quantities measure (a difference of two wait times bounded by 0.1 is a tolerance, not a timeout). Also the same fraction bounding one of those quantities alone where the same member bounds their difference by it (`if (layer.WaitTime > 0.1)` beside `Math.Abs(layer.WaitTime - expected) > 0.1`): the near-zero check of that tolerance. A fraction compared with a quantity whose difference nothing in the member bounds stays what its comparison makes it (`if (waitTime > 0.1)` alone is a `delay`).", "if (Math.Abs(layer.WaitTime - expected) > 0.1) return false;", MagicNumberClassifier.IsTolerance),
        Structural("capacity-hint", "A capacity hint of a collection, builder or stream (`new List<T>(16)`, `new StringBuilder(256)`, `new(64)`, `ArrayPool<byte>.Shared.Rent(8192)`), or the size of an array written out element by element.", "var lines = new List<string>(64);", MagicNumberClassifier.IsCapacityHint),
        Structural("domain-bound", "The bound of a well-known range: the byte (255), a percentage (100 compared with or clamped to something named for a percentage, opacity, progress, scale, zoom or quality), degrees (a quarter, half or full turn, 90, 180, 270 or 360, compared with an angle, or with a value that the same or the preceding statement reduces to one turn: `var a = angle % 360; if (a >= 180) a -= 360;`), a field of a date or time of day (a number compared with a year, month, day, hour, minute or second, a week of 7 days compared with days or counted in days (the last week, `now.AddDays(-7)`, or `TimeSpan.FromDays(7)`; `AddDays(7)` forward from a date sets an expiry and is reported), or given as the range of one: `CheckRange(nameof(month), month, 1, 12)`; the last hour, minute, second or millisecond of a time written field by field: `new TimeSpan(0, 23, 59, 59, 999)`; the calendar unit of the date arithmetic the number builds, the count of the call's unit in the next larger one (7 days, 24 hours, 60 minutes or seconds, 12 months) as a factor that counts larger units (`AddDays(fromDay + 7 * j)`, the j-th week), or given alone to a date named for the larger unit or built in it, the whole unit or its last step (`startOfWeek.AddDays(7)`, `date.AddHours(j).AddMinutes(59)` in an `hh:00 - hh:59` label, `date.Date.AddHours(24)`, the next day from a day's start; `AddDays(-6)` and `lastLogin.AddDays(6)` stay durations), the week of weekday arithmetic (7 given to `AddDays`, alone or as a term of its sum or difference, in a member that reads a `DayOfWeek`: `next.AddDays(7 - (nowDay - day))` to a weekday of a weekly schedule), what is left of a larger unit (its count of a field's unit less that field read from a point in time: `60 - DateTime.Now.Second`, `24 - now.Hour`), half a day of hours from a time named for noon or midnight (`solarNoon.AddHours(-12)`: solar midnight)), a time zone's offset from UTC (a `TimeSpan` built as the offset of a `DateTimeOffset`: `new DateTimeOffset(date, new TimeSpan(7, 0, 0))`, `ToOffset(TimeSpan.FromHours(-5))`), a digit (`digit > 9`), a version component, the pointer size, a well-known port, the top of the port range (65535 or 65536 compared with anything named for a port: `port is > 0 and < 65536`), a range given as its two ends (`Clamp(0, 255)`); 255 and 65535 passed as an argument, 100 passed to a parameter or a method named for a percentage, progress or quality (`SetProgress(state, value, 100)`).", "if (color.A < 255)", MagicNumberClassifier.IsDomainBound),
        Structural("layout", "A pixel size or coordinate compared with a width, height, position or a difference of positions: a layout choice read together with the drawing code around it.", "if (rect.Width > 10 && rect.Height > 10)", MagicNumberClassifier.IsLayoutMeasure),
        Structural("character-code", "A character or byte code: the number compared with or added to a `char` or `byte` value, or compared to pick a digit or letter by its code (`if (x < 10) return (char)(x + '0');`).", "if (c < 32) return false;", MagicNumberClassifier.IsCharacterCode),
        Policy("retry", "A retry or attempt count: compared with something named for retries, attempts, tries or failures, the word starting a word of the name (`maxTries`, `MAX_RETRIES`; not the letters inside `numEntries` or `countries`) and heading it or followed only by words that count it (`retryCount`, `triesLeft`, or led by them: `numberOfRetries`; not `retryPolicyIndex`) (a count of errors met while parsing is a `limit`; a name for the time between or within attempts, `retryDelay`, `attemptTimeout`, is a `delay`), passed to such a parameter, or the bound of a loop that retries (its variable is an attempt, or its body catches and waits).", "if (retries > 3)", MagicNumberClassifier.IsRetryCount, new[] { "retry", "retries", "attempt", "tries" }, reportedByDefault: true, measured: "6 of 13 genuine (46%), 4 code bases; kept on for `if (retries > 3)`"),
        Structural("loop-bound", "The bound of a `for` loop over an index, or the count of `Enumerable.Range`, in a loop that does not retry.", "for (var row = 0; row < 8; row++)", MagicNumberClassifier.IsLoopBound),
        Structural("unit-wait", "A wait of one second or one minute written in a smaller unit (`Task.Delay(1000)`, `Thread.Sleep(60000)`, `new Timer(1000)`, `TimeSpan.FromSeconds(60)`, `ElapsedMilliseconds > 1000`): the tick of a loop that counts seconds or minutes, the unit itself, not a tuned policy; also a `TimeSpan` built field by field as one whole larger unit (`new TimeSpan(24, 0, 0)`, one day; `new TimeSpan(0, 60, 0)`, one hour).", "while (remaining-- > 0) { await Task.Delay(1000); }", MagicNumberClassifier.IsUnitWait),
        Structural("poll-tick", "Less than a second given straight to `Task.Delay` or `Thread.Sleep` (or through `TimeSpan.FromMilliseconds`: `Task.Delay(TimeSpan.FromMilliseconds(100))`) in a `while` or `do` loop that waits for a state and counts nothing (no `++`, `--`, `+=`, `-=`, no `catch`): the tick only sets how soon the change is seen. A loop that counts attempts or catches is a retry, and a wait of a second or more paces a job: both stay `delay`.", "while (!loaded) { await Task.Delay(250); }", MagicNumberClassifier.IsPollTick),
        Structural("frame-step", "At most one display frame (17 ms; a frame at 60 Hz is 16.7 ms) given straight to `Task.Delay` or `Thread.Sleep` (or through `TimeSpan.FromMilliseconds`) in any loop: the step of a hand-rolled animation or a yield between passes, too short for anyone to perceive or tune, so equal steps of an animation and its reverse are no policy written twice. A longer wait in a loop (a 40 ms load-screen poll) paces what the user sees and stays `delay`.", "for (var i = 0; i < 6; i += 2) { icon.Margin = new Thickness(i); await Task.Delay(15); }", MagicNumberClassifier.IsFrameStep),
        Structural("display-pause", "A wait (`Task.Delay`, `Thread.Sleep`, a number of milliseconds or a `TimeSpan.From*` span) whose statement comes right after one that sets a property to a text: how long the user gets to read that text (`Status = \"Failed: \" + error; await Task.Delay(10000);`). It reads with the message above it and paces nothing else, so equal pauses of one handler are no policy written twice. A wait after a log call, a field or any other statement stays `delay`.", "Status = \"Update failed\"; await Task.Delay(5000);", MagicNumberClassifier.IsDisplayPause),
        Policy("delay", "A timeout, delay, interval or duration: passed to `Task.Delay`, `Thread.Sleep`, `Wait`, `CancelAfter`, to a `TimeSpan.From*` factory, `new TimeSpan`, `AddSeconds`/`AddMinutes`/`AddDays`..., to a method or parameter named for a timeout, delay, interval, period, wait or expiry (the word heading the name or followed only by units and qualifiers, English compounds being head-final: `timeoutMs`, `durationInMilliseconds`, `delayBetweenRetries`, a method's leading verb in `WaitForExit`; a `totalDurationDivider` is a divider and a `delayFactor` a factor; a number given to a parameter named for a count of turns is none, whatever the method's name: `Thread.SpinWait(500)` spins 500 times, its parameter being `iterations`), or compared with time that has passed: a quantity named for an elapsed time, a timeout, delay, interval or idle time, or a number of seconds, minutes or hours measured from the clock (`(DateTime.UtcNow - started).TotalSeconds > 30`); arithmetic on its way included, as in `Task.Delay(1500 * attempt)`. A time of the data compared with a bound (`p.StartTime.TotalMilliseconds >= 500`, `clip.DurationSeconds > 100`) is a `threshold`. Its copies count only where they are one policy of members that do the same job: within one type (the same API or parameter), or in members of the same name of variants of one thing, one type named after the other (`WebView.NavigateAndWait`, `OffscreenWebView.NavigateAndWait`); sibling types that each override one member of their base (`UserMaintenanceWorkItemHandler.GetWorkItemLockAsync`, `ProjectMaintenanceWorkItemHandler.GetWorkItemLockAsync`) each set their own value there (a cutoff computed from a date, `utcNow.Subtract(TimeSpan.FromDays(366))`, is one rule of the domain and counts in members of its name in any type), and the same wait in two types of one namespace is two choices, and a bare wait outside a loop (a one-off pause) counts only with copies in members of its name (in its type or a variant of it), while bare waits that each pace a loop (a poll or retry interval) count within the type; a span in a member named for one animation or transition (`StartTimedNavigationTransition`, `AnimateSettingsIconAsync`) is that animation's own tuning, read with the offsets and opacities beside it, and counts only with copies in that member or in the same animation run the other way (`ShowPanelAnimation` and `HidePanelAnimation`, `FadeIn` and `FadeOut`): a navigation and a mode transition of 240 ms each agree by chance, the X1 and X2 animations of one progress bar are one duration; timing written into an animation where it is built, the duration or delay link of a chain that builds one (`v.CreateScalarKeyFrameAnimation(...).AddKeyFrame(1, 1).SetDuration(0.3)`, `.SetDelay(0.1)`) or a step added to a stagger base the member declares (`int s = 100; ... PlayEntrance(row, s + 113, o)`; a loop's counter or a sum given to date arithmetic is no stagger), is tuned by eye per chain and per row: its copies in that member do not count (the scale and opacity of one hide group, two rows of one step), save equal start delays of the member's chains, which start its parts together, and copies in other members count only as the same animation run the other way in the type (`ShowPanel` and `HidePanel`; a reposition and a show fade of 0.1 s, two views' `AnimateIn` steps agree by chance); the window of a time operator of an observable chain (`Throttle`, `Debounce`, `Sample`) counts only with copies that feed the same handler, the first lambda or method group after it in the chain (eight `.Throttle(TimeSpan.FromMilliseconds(100))...Subscribe(_ => RefreshAllModels())` are one setting; 50 ms throttles of a settings save, a filter and a selection count in one view model agree by chance); a bound of the time since an instant counts only with copies measured from the same instant (`(DateTime.UtcNow - LastThreat).TotalMilliseconds < 5000` in two members is one window; `LastDisableNotification > 5000`, how often a notice repeats, is another setting).", "await Task.Delay(1500);", MagicNumberClassifier.IsDelay, new[] { "delay", "timeout", "interval", "period", "wait", "expir", "lifetime", "duration", "ttl", "backoff", "cooldown", "sleep", "milliseconds", "seconds", "minutes", "hours", "days" }, reportedByDefault: true, measured: "110 of 196 genuine (56%), 18 code bases; kept on for `Task.Delay(1500)` and `TimeSpan.FromMinutes(30)`",
            "never by default; under `aidebt.magic_values.report_single_waits`, a bare whole number of milliseconds given to `Task.Delay` or `Thread.Sleep`, outside a loop, with no comment on its line or right above its statement, in a member whose name and documentation say nothing of waiting. A `TimeSpan.From*` factory, a named argument, a poll or retry interval in a loop, a commented wait stay quiet even then.", MagicNumberClassifier.IsUnexplainedWait, singleUseIsOptIn: true, copiesShareAJob: true),
        Policy("money-rate", "A rate, factor or fee in money or percentage arithmetic: a `decimal` literal multiplying or dividing (`amount * 0.029m`; not a quantity named for another measure and for no money, `pixelsAreSpace * 0.3m`, a share of a gap in pixels: `decimal` is the type of exact arithmetic, not only of money), a `decimal` added to or subtracted from something named for money (`subtotal + 4.95m`; `length += 0.5m` is not), or a fraction multiplying or dividing something named for a price, amount, total, cost, fee, tax, rate, discount or balance, the word heading the name or followed only by qualifiers (`priceInCents`, `totalAmount`; not `totalPages`) (not a total of memory, bytes, a size, a count or a time: `0.4 * totalMem` sizes a cache, `totalMs * 0.95` is a moment of a clip). The name must be the quantity scaled, not an argument of a call that returns something else, since a call's result is named by its method: `Acosd(cost) / 15.0` turns an arc cosine into hours (`cost` is cos t of a sunrise formula) and `Math.Sign(seekAmount) * 0.5` is half a step in the seek's direction, while calls that return their argument's own quantity pass it through (`Math.Round(price, 2) * 1.2`, `lines.Sum(l => l.Price) * 0.1`, `Min`, `Max`, `Abs`, `Convert.ToDouble`).", "var fee = amount * 0.029m;", MagicNumberClassifier.IsMoneyRate, new[] { "rate", "fee", "tax", "vat", "percent", "factor", "ratio", "discount", "commission", "markup" }, reportedByDefault: true, measured: "3 of 25 genuine (12%), 4 code bases; kept on for `amount * 0.029m`",
            "Always: a rate or fee in money arithmetic is a business rule even when it is written once.", MagicNumberClassifier.IsMoneyRate),
        Policy("page-size", "A page or batch size: the count given to `Take`, `TakeLast`, `Top`, `Limit`, `Chunk` or `Paginate`, or to a parameter named for a page or batch size: how many rows one query or request reads.", "return query.Take(25).ToList();", MagicNumberClassifier.IsPageSize, new[] { "page", "batch", "size", "take", "limit", "max", "count" }, reportedByDefault: true, measured: "13 of 16 genuine (81%), 4 code bases; on: at least 75% over two code bases"),
        Policy("limit", "A limit or capacity: passed to a parameter named for a limit, maximum or minimum, as a bound of `Math.Min`/`Math.Max`/`Clamp` on a runtime value, or compared with the `Count`, `Length` or size of something.", "if (items.Count > 50)", MagicNumberClassifier.IsLimit, new[] { "max", "min", "limit", "size", "count", "capacity", "length", "quota", "threshold" }, reportedByDefault: false, measured: "89 of 133 genuine (67%), 16 code bases; below 75%: on request"),
        Policy("threshold", "A threshold: compared (`<`, `<=`, `>`, `>=`, or a relational pattern) with a runtime quantity.", "if (score >= 80)", MagicNumberClassifier.IsThreshold, new[] { "max", "min", "limit", "threshold", "cutoff", "size", "count" }, reportedByDefault: false, measured: "31 of 66 genuine (47%), 18 code bases; below 75%: on request"));

    /// <summary>The role names AID201 reports by default: the policy roles whose judged precision supports it.</summary>
    public static readonly string DefaultReportedRoles = JoinPolicyRoles(onlyByDefault: true);

    /// <summary>Every policy role: the values <c>aidebt.magic_values.reported_roles</c> accepts.</summary>
    public static readonly string PolicyRoles = JoinPolicyRoles(onlyByDefault: false);

    /// <summary>The first role in table order that matches <paramref name="site"/>; null when none does.</summary>
    public static MagicNumberRole? Classify(in MagicNumberSite site)
    {
        foreach (var role in All)
        {
            site.CancellationToken.ThrowIfCancellationRequested();
            if (role.Matches(in site))
            {
                return role;
            }
        }

        return null;
    }

    public static MagicNumberRole? Find(string name)
    {
        foreach (var role in All)
        {
            if (string.Equals(role.Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }

        return null;
    }

    private static MagicNumberRole Policy(string name, string summary, string example, MagicNumberRoleMatcher matches, string[] constantWords, bool reportedByDefault, string measured, string? singleUse = null, MagicNumberRoleMatcher? reportedOnce = null, bool singleUseIsOptIn = false, bool copiesShareAJob = false) =>
        new(name, isPolicy: true, summary, example, matches, singleUse, reportedOnce, constantWords, singleUseIsOptIn, copiesShareAJob, reportedByDefault, measured);

    private static MagicNumberRole Structural(string name, string summary, string example, MagicNumberRoleMatcher matches) =>
        new(name, isPolicy: false, summary, example, matches);

    private static string JoinPolicyRoles(bool onlyByDefault)
    {
        var names = new System.Text.StringBuilder();
        foreach (var role in All)
        {
            if (role.IsPolicy && (role.ReportedByDefault || !onlyByDefault))
            {
                names.Append(names.Length == 0 ? string.Empty : ",").Append(role.Name);
            }
        }

        return names.ToString();
    }
}
