using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Collections.Immutable;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>
/// AID201: a numeric literal that plays a policy role (a delay, a retry count, a rate, a limit, a threshold, a status
/// code compared by hand) and has no name. Each literal's role is decided by <see cref="MagicNumberRoles"/>, the one
/// table of roles: structural numbers (indices, table data, bit math, format widths...) and numbers no role claims are
/// never reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MagicNumberAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Naming a number needs someone who knows what it means: look it up, name it, maybe make it configurable.</summary>
    public const int DebtMinutes = 5;

    /// <summary>Diagnostic property: the literal as written, sign included (the code fix keys constants on it).</summary>
    public const string ValueProperty = "aidebt.value";

    /// <summary>Diagnostic property: the policy role the number plays (<c>delay</c>, <c>retry</c>, <c>money-rate</c>, <c>limit</c>, <c>threshold</c>, <c>status-code</c>).</summary>
    public const string RoleProperty = "aidebt.role";

    /// <summary>Diagnostic property: how many times the value is written for the same subject in the compilation (the other copies are the additional locations).</summary>
    public const string OccurrencesProperty = "aidebt.occurrences";

    /// <summary>Diagnostic property: the existing constant that holds the value, by its field name (the code fix replaces the number with it).</summary>
    public const string ConstantProperty = "aidebt.constant";

    /// <summary>Diagnostic property: the metadata name of the type that declares <see cref="ConstantProperty"/>.</summary>
    public const string ConstantTypeProperty = "aidebt.constantType";

    /// <summary>Diagnostic property: the <c>TimeSpan.From*</c> factory the constant was made with; the fix then replaces the whole factory call.</summary>
    public const string ConstantFactoryProperty = "aidebt.constantFactory";

    /// <summary>The message's second part for a number written once that nothing names.</summary>
    internal const string SingleReason = "has no name that explains it; introduce a named constant";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MagicNumber,
        "Unexplained magic number",
        "Number {0} {1}",
        RuleCategories.MagicValues,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A numeric literal that sets a policy of the code (a delay or timeout, a retry count, a rate, a limit or page size, a threshold, an HTTP status compared by hand) carries a meaning that lives only in its author's head (or in the prompt that generated it). A named constant says what it is, and changing it means changing one place. A policy number is reported when it is written two or more times for the same subject, when a constant of its value already exists, or when it is a single use a reviewer wants named even once (a money rate, a status code compared by hand). A wait or timeout counts its copies only in members that do the same job (one type, or members of the same name in variants of one type named after each other). Structural numbers (indices, table data, bit math, format widths) are not reported.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.MagicNumber));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // A generator writes what its input says; its numbers are named where the input is.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var isTestProject = ProjectKind.IsTestProject(start.Compilation, start.Options);

            // Copies in other files are found through an index of the whole compilation read from this per-tree
            // action, not at compilation end, so that the findings show live in the IDE.
            var index = new LazyLiteralIndex(start.Compilation, start.Options);

            // Every copy of a value is asked what job it does once for each of its copies that is reported: read once.
            var jobs = new ConcurrentDictionary<LiteralLocation, JobFacts>();
            start.RegisterSemanticModelAction(model => AnalyzeTree(model, isTestProject, index, jobs));
        });
    }

    private static void AnalyzeTree(SemanticModelAnalysisContext context, bool isTestProject, LazyLiteralIndex index, ConcurrentDictionary<LiteralLocation, JobFacts> jobs)
    {
        var tree = context.SemanticModel.SyntaxTree;
        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        if (isTestProject && !AiDebtOptions.MagicValuesAnalyzeTests.Read(options))
        {
            return;
        }

        var allowed = AiDebtOptions.MagicValuesAllowedNumbers.Read(options);
        var commentExplains = AiDebtOptions.MagicValuesCommentExplains.Read(options);
        var reportedRoles = AiDebtOptions.MagicValuesReportedRoles.Read(options);
        var reportSingleUse = AiDebtOptions.MagicValuesReportSingleUse.Read(options);
        var reportSingleWaits = AiDebtOptions.MagicValuesReportSingleWaits.Read(options);
        var root = tree.GetRoot(context.CancellationToken);
        var facts = new MagicNumberTreeFacts(root, context.CancellationToken);
        HashSet<(int Line, double Value, string Role)>? reportedOnLine = null;

        foreach (var literal in TreeLiteralIndex.Get(tree, context.CancellationToken).NumericLiterals(root))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var reported = TreeLiteralIndex.Reported(literal, out var negative);
            if (!TreeLiteralIndex.TryGetValue(literal.Token, negative, out var value) || IsAllowed(value, allowed))
            {
                continue;
            }

            var site = new MagicNumberSite(reported, literal, value, context.SemanticModel, facts, commentExplains, context.CancellationToken);
            var role = MagicNumberRoles.Classify(in site);
            if (role is null || !role.IsPolicy || !IsListed(role.Name, reportedRoles))
            {
                continue;
            }

            var compilationIndex = index.Get(context.CancellationToken);
            var subject = LiteralSubject.Of(reported);
            var copies = subject is null ? null : compilationIndex.Occurrences(value, subject);
            if (subject is not null && LiteralSubject.OfMember(reported, subject) is { } member && compilationIndex.Occurrences(value, member) is { Count: > 1 } sameMember)
            {
                copies = Union(copies, sameMember);
            }

            if (role.CopiesShareAJob && copies is { Count: > 1 })
            {
                copies = InTheSameJob(copies, reported, jobs, context.CancellationToken);
            }

            var occurrences = copies?.Count ?? 1;
            var constant = ExistingConstant(in site, role, compilationIndex);
            if (constant is null && occurrences < 2 && !reportSingleUse
                && (role.ReportedOnce is not { } reportedOnce || role.SingleUseIsOptIn && !reportSingleWaits || !reportedOnce(in site)))
            {
                continue;
            }

            // Two equal numbers of one role on one line (Math.Max(w, 25), Math.Max(h, 25)) are one thing to name: the
            // first is reported, the second stays among its copies (the fix replaces both).
            var line = reported.GetLocation().GetLineSpan().StartLinePosition.Line;
            reportedOnLine ??= new HashSet<(int Line, double Value, string Role)>();
            if (!reportedOnLine.Add((line, value, role.Name)))
            {
                continue;
            }

            var written = reported.ToString();
            var properties = DebtProperties.Create(RuleIds.MagicNumber, DebtMinutes, Fingerprint.ForSpan(RuleIds.MagicNumber, root, reported.Span), context.SemanticModel.Compilation.AssemblyName);
            properties[ValueProperty] = written;
            properties[RoleProperty] = role.Name;
            string reason;
            if (constant is not null)
            {
                properties[ConstantProperty] = constant.Value.Field.Name;
                properties[ConstantTypeProperty] = constant.Value.Declared.ContainingType;
                if (constant.Value.Declared.Factory is { } factory)
                {
                    properties[ConstantFactoryProperty] = factory;
                }

                reason = ConstantReason(constant.Value.Field.ContainingType.Name + "." + constant.Value.Field.Name);
            }
            else
            {
                reason = occurrences > 1 ? RepeatedReason(occurrences, MagicNumberClassifier.MessageNoun(in site, role.Name)) : SingleReason;
            }

            if (occurrences > 1)
            {
                properties[OccurrencesProperty] = occurrences.ToString(CultureInfo.InvariantCulture);
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, reported.GetLocation(), OtherCopies(copies, tree, reported.Span), properties.ToImmutable(), written, reason));
        }
    }

    /// <summary>The message's second part for a number written <paramref name="occurrences"/> times for one subject.</summary>
    internal static string RepeatedReason(int occurrences, string role) =>
        "is written " + occurrences.ToString(CultureInfo.InvariantCulture) + " times as the same " + role + "; introduce one named constant";

    /// <summary>The message's second part for a number an existing constant holds (<c>Constants.FailedSecretVerificationDelay</c>).</summary>
    internal static string ConstantReason(string constant) => "is the value of " + constant + "; use that constant";

    /// <summary>The copies of a bare wait in its type and those in members of the same name elsewhere, each once.</summary>
    private static List<LiteralLocation> Union(List<LiteralLocation>? sameType, List<LiteralLocation> sameMember)
    {
        if (sameType is null)
        {
            return sameMember;
        }

        var union = new List<LiteralLocation>(sameType);
        var known = new HashSet<LiteralLocation>(sameType);
        foreach (var copy in sameMember)
        {
            if (known.Add(copy))
            {
                union.Add(copy);
            }
        }

        return union;
    }

    /// <summary>
    /// The copies that lie in a member of the same name as <paramref name="reported"/> (two implementations of one
    /// interface member) or in its type (partial declarations together), the literal itself included. A bare wait
    /// outside a loop (<c>await Task.Delay(100);</c> before a UI switch) is a one-off pause of its member: its copies in
    /// other members of the type are coincidences, where bare waits that each pace a loop (a poll or retry interval)
    /// are one interval. Likewise a span in a member named for one animation or transition counts only with copies in
    /// that member or in the same animation run the other way (<see cref="IsAnimationMember"/>).
    /// </summary>
    private static List<LiteralLocation> InTheSameJob(List<LiteralLocation> copies, ExpressionSyntax reported, ConcurrentDictionary<LiteralLocation, JobFacts> jobs, CancellationToken cancellationToken)
    {
        var own = JobFacts.Of(reported);
        var (type, member, oneOffPause, timing) = (own.Type, own.Member, own.OneOffPause, own.Timing);

        // A cutoff of the data (how old a usage record may grow: utcNow.Subtract(TimeSpan.FromDays(366))) is one rule
        // of the domain wherever a member of that name applies it; a wait, lease or lifetime handed to an action is
        // the job's own tuning, shared only with variants of its type. `s + 113` adds to a stagger base, not to a date.
        var cutoff = timing == AnimationTiming.None && IsCutoffOfTheData(reported);

        var kept = new List<LiteralLocation>(copies.Count);
        foreach (var copy in copies)
        {
            if (!jobs.TryGetValue(copy, out var facts))
            {
                facts = jobs.GetOrAdd(copy, JobFacts.Of(copy.Tree.GetRoot(cancellationToken).FindNode(copy.Span, getInnermostNodeForTie: true)));
            }

            if (!string.Equals(own.Handler, facts.Handler, StringComparison.Ordinal)
                || !string.Equals(own.Start, facts.Start, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var (copyType, copyMember, copyOneOffPause, copyTiming) = (facts.Type, facts.Member, facts.OneOffPause, facts.Timing);
            if ((timing != AnimationTiming.None || copyTiming != AnimationTiming.None)
                && (copy.Tree != reported.SyntaxTree || copy.Span != reported.Span)
                && !AreOneAnimationTiming(type, member, timing, copyType, copyMember, copyTiming))
            {
                continue;
            }

            if (member.Length > 0 && string.Equals(member, copyMember, StringComparison.Ordinal) && (cutoff || AreVariantsOfOneThing(type, copyType))
                || type.Length > 0 && string.Equals(type, copyType, StringComparison.Ordinal) && !oneOffPause && !copyOneOffPause
                    && (!IsAnimationMember(member) && !IsAnimationMember(copyMember) || AreDirectionsOfOneAnimation(member, copyMember)))
            {
                kept.Add(copy);
            }
        }

        return kept;
    }

    /// <summary>
    /// What job one copy of a value does, as <see cref="InTheSameJob"/> compares copies: where it waits, the handler it
    /// throttles, the instant it bounds the time since and how it times an animation. Strings only, so that the
    /// compilation's cache holds no node (a node keeps its tree's red nodes alive).
    /// </summary>
    internal sealed class JobFacts
    {
        private JobFacts(string type, string member, bool oneOffPause, string? handler, string? start, AnimationTiming timing)
        {
            Type = type;
            Member = member;
            OneOffPause = oneOffPause;
            Handler = handler;
            Start = start;
            Timing = timing;
        }

        public string Type { get; }

        public string Member { get; }

        public bool OneOffPause { get; }

        /// <summary>
        /// The handler a debounce window of an observable chain feeds (<see cref="ThrottledHandler"/>): copies are one
        /// setting only where they feed the same handler, and a window is no copy of a wait that is not one.
        /// </summary>
        public string? Handler { get; }

        /// <summary>
        /// The instant a bounded elapsed time is measured from (<see cref="ElapsedSince"/>): another instant's window is
        /// another setting that agrees by chance.
        /// </summary>
        public string? Start { get; }

        /// <summary>Timing written into one animation where it is built, tuned by eye with what is beside it (<see cref="AnimationTimingOf"/>).</summary>
        public AnimationTiming Timing { get; }

        public static JobFacts Of(SyntaxNode copy)
        {
            var (type, member, oneOffPause) = WhereItWaits(copy);
            return new JobFacts(type, member, oneOffPause, ThrottledHandler(copy), ElapsedSince(copy), AnimationTimingOf(copy));
        }
    }

    /// <summary>How a number is written into one animation where that animation is built (<see cref="AnimationTimingOf"/>).</summary>
    internal enum AnimationTiming
    {
        None,

        /// <summary>A duration link of a builder chain: <c>v.CreateScalarKeyFrameAnimation(...).AddKeyFrame(1, 1).SetDuration(0.3)</c>.</summary>
        ChainDuration,

        /// <summary>A start-delay link of a builder chain: <c>.SetDelay(0.1, ...)</c>, <c>.SetDelayTime(0.05)</c>.</summary>
        ChainDelay,

        /// <summary>An offset added to a stagger base the member declares: <c>int s = 100; ... PlayEntrance(row, s + 113, o);</c>.</summary>
        StaggerOffset,
    }

    /// <summary>
    /// Whether the number is timing written into one animation where it is built: the argument of a duration or delay
    /// link of a chain that builds an animation (<c>.AddKeyFrame(1, Vector3.Zero).SetDuration(0.7)</c>, a link of the
    /// chain named for an animation: <c>CreateVector3KeyFrameAnimation</c>), or a number added to a stagger base, a
    /// local of the member set to a number (<c>int s = 100;</c> then <c>PlayEntrance(row, s + 113, o)</c>): each row's
    /// step after the base, read with the row comments and offsets beside it.
    /// </summary>
    internal static AnimationTiming AnimationTimingOf(SyntaxNode number)
    {
        var node = ExpressionWrappers.Outermost(number);
        if (node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax link } list } argument
            && list.Arguments[0] == argument
            && link.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var linkName, Expression: InvocationExpressionSyntax receiver })
        {
            var kind = linkName switch
            {
                "SetDuration" or "WithDuration" => AnimationTiming.ChainDuration,
                "SetDelay" or "SetDelayTime" or "WithDelay" => AnimationTiming.ChainDelay,
                _ => AnimationTiming.None,
            };

            return kind != AnimationTiming.None && BuildsAnAnimation(receiver) ? kind : AnimationTiming.None;
        }

        // The sum goes to a call that is no date arithmetic: AddDays(-6 + j) counts days back from a date.
        return node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum
            && (sum.Left == node ? sum.Right : sum.Left) is IdentifierNameSyntax { Identifier.ValueText: var baseName }
            && ExpressionWrappers.Outermost(sum).Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
            && MagicNumberClassifier.NameOf(call.Expression) is { } called
            && !called.StartsWith("Add", StringComparison.Ordinal) && !called.EndsWith("Subtract", StringComparison.Ordinal)
            && IsStaggerBase(sum, baseName)
            ? AnimationTiming.StaggerOffset
            : AnimationTiming.None;
    }

    // Down the receivers of a chain: a link named for an animation (CreateScalarKeyFrameAnimation, AnimationBuilder.Create).
    private static bool BuildsAnAnimation(ExpressionSyntax chain)
    {
        for (var link = chain; link is InvocationExpressionSyntax { Expression: var called };)
        {
            if (MagicNumberClassifier.NameOf(called) is { } name && IsAnimationMember(name))
            {
                return true;
            }

            if (called is not MemberAccessExpressionSyntax access)
            {
                return false;
            }

            if (access.Expression is not InvocationExpressionSyntax && MagicNumberClassifier.NameOf(access.Expression) is { } start && IsAnimationMember(start))
            {
                return true;
            }

            link = access.Expression;
        }

        return false;
    }

    // A local of the enclosing member declared by its own statement and set to a number (int s = 100;): the time the
    // member's staggered rows start from. A loop's counter (for (var j = 0; ...)) is a row number, not a time.
    private static bool IsStaggerBase(SyntaxNode sum, string baseName)
    {
        var body = sum.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (body is null)
        {
            return false;
        }

        foreach (var declarator in body.DescendantNodes())
        {
            if (declarator is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression }, Parent.Parent: LocalDeclarationStatementSyntax } variable
                && variable.Identifier.ValueText == baseName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two copies of a number, one of them animation timing (<see cref="AnimationTimingOf"/>), are one value.
    /// Timing written into an animation is that animation's own tuning: equal durations of the background and the rows
    /// of one drop-down, of a bar's and a content's fade in one start-up animation, and equal stagger steps of two rows
    /// are tuned each by eye and agree by chance, so copies in the member do not count, save equal start delays of
    /// the member's chains (they start its parts together: one value). Copies elsewhere count only where they are the
    /// same animation run the other way (<see cref="AreDirectionsOfOneAnimation"/>: the show and the hide of one
    /// panel) in the same type; the same step in two views' <c>AnimateIn</c> is two choreographies.
    /// </summary>
    private static bool AreOneAnimationTiming(string type, string member, AnimationTiming timing, string copyType, string copyMember, AnimationTiming copyTiming)
    {
        if (string.Equals(type, copyType, StringComparison.Ordinal) && string.Equals(member, copyMember, StringComparison.Ordinal))
        {
            return timing == AnimationTiming.ChainDelay && copyTiming == AnimationTiming.ChainDelay;
        }

        return string.Equals(type, copyType, StringComparison.Ordinal) && AreDirectionsOfOneAnimation(member, copyMember);
    }

    /// <summary>
    /// Whether a member is named for one animation or transition (<c>StartTimedNavigationTransition</c>,
    /// <c>AnimateSettingsIconAsync</c>, <c>BeginWindowExitAnimation</c>): the member is that animation, and the spans in
    /// it are its own tuning, read with the offsets, opacities and easings beside them. Equal durations of two such
    /// members of a type (a navigation and a mode transition of 240 ms each) are two tunings that agree by chance, as
    /// two one-off pauses are; copies inside the member (the X1 and X2 animations of one progress bar) stay one value.
    /// </summary>
    internal static bool IsAnimationMember(string member) =>
        member.IndexOf("Animat", StringComparison.OrdinalIgnoreCase) >= 0 || member.IndexOf("Transition", StringComparison.OrdinalIgnoreCase) >= 0;

    // The two directions of one animation: the show and the hide of one bar run for one duration and must stay in step.
    private static readonly (string One, string Other)[] Directions =
    {
        ("Show", "Hide"), ("Open", "Close"), ("Expand", "Collapse"), ("Enter", "Exit"), ("In", "Out"), ("Appear", "Disappear"),
    };

    /// <summary>
    /// Whether two member names are one animation run both ways: the same name with one word of a direction pair in
    /// place of the other (<c>ShowPanelAnimation</c> and <c>HidePanelAnimation</c>, <c>FadeIn</c> and <c>FadeOut</c>),
    /// or one name twice.
    /// </summary>
    internal static bool AreDirectionsOfOneAnimation(string member, string otherMember)
    {
        if (string.Equals(member, otherMember, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var (one, other) in Directions)
        {
            if (IsOneWordSwapped(member, otherMember, one, other) || IsOneWordSwapped(otherMember, member, one, other))
            {
                return true;
            }
        }

        return false;
    }

    // ShowPanelAnimation with "Show" replaced by "Hide" at one word boundary is HidePanelAnimation.
    private static bool IsOneWordSwapped(string name, string otherName, string word, string otherWord)
    {
        for (var at = name.IndexOf(word, StringComparison.Ordinal); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (end < name.Length && char.IsLower(name[end]))
            {
                continue;
            }

            if (otherName.Length == name.Length - word.Length + otherWord.Length
                && string.CompareOrdinal(name, 0, otherName, 0, at) == 0
                && string.CompareOrdinal(otherName, at, otherWord, 0, otherWord.Length) == 0
                && string.CompareOrdinal(name, end, otherName, at + otherWord.Length, name.Length - end) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The outermost expression a number stands for: the <c>TimeSpan</c> factory call when the number is its only argument
    /// (<c>TimeSpan.FromMilliseconds(100)</c> for the <c>100</c>), else the number with its parentheses and casts.
    /// </summary>
    private static SyntaxNode SpanExpression(SyntaxNode number)
    {
        SyntaxNode node = ExpressionWrappers.Outermost(number);
        return node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax factory } }
            && LiteralSubject.TimeSpanFactory(factory) is not null
            ? ExpressionWrappers.Outermost(factory)
            : node;
    }

    /// <summary>
    /// The handler a time operator of an observable chain feeds, when the number is that operator's window
    /// (<c>.Throttle(TimeSpan.FromMilliseconds(100)).ObserveOn(ctx).Subscribe(_ => RefreshAllModels())</c> gives
    /// <c>RefreshAllModels</c>): the first method group or lambda given to a call after the operator in its chain,
    /// read as the method group's name (<c>ObserveOn</c> and <c>SubscribeOn</c> take a scheduler, not a handler), else the first method the lambda calls (<c>nameof</c> aside), else the lambda's
    /// body as written. Null when the number is no such window or the chain gives no handler.
    /// </summary>
    private static string? ThrottledHandler(SyntaxNode number)
    {
        var node = SpanExpression(number);

        if (node.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var operatorName } } window } }
            || operatorName is not ("Throttle" or "Debounce" or "Sample" or "ThrottleFirst" or "ThrottleLast"))
        {
            return null;
        }

        // Climb the chain: window.ObserveOn(...).Subscribe(...) is Invocation(MemberAccess(Invocation(MemberAccess(window)))).
        for (SyntaxNode link = window; link.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax next } access && access.Expression == link; link = next)
        {
            // ObserveOn(SynchronizationContext.Current) names where the handler runs, not what it is.
            if (access.Name.Identifier.ValueText is "ObserveOn" or "SubscribeOn")
            {
                continue;
            }

            foreach (var argument in next.ArgumentList.Arguments)
            {
                switch (argument.Expression)
                {
                    case AnonymousFunctionExpressionSyntax lambda:
                        foreach (var call in lambda.Body.DescendantNodesAndSelf())
                        {
                            if (call is InvocationExpressionSyntax invocation && MagicNumberClassifier.NameOf(invocation.Expression) is { } called && called != "nameof")
                            {
                                return called;
                            }
                        }

                        return lambda.Body.ToString();
                    case IdentifierNameSyntax or MemberAccessExpressionSyntax when MagicNumberClassifier.NameOf(argument.Expression) is { } group:
                        return group;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The instant a compared elapsed time is measured from, when the number bounds one: <c>LastThreat</c> for
    /// <c>(DateTime.UtcNow - LastThreat).TotalMilliseconds &lt; 5000</c> or <c>DateTime.UtcNow - LastThreat &gt;
    /// TimeSpan.FromSeconds(5)</c>, <c>_updateStopWatch</c> for <c>_updateStopWatch.ElapsedMilliseconds &lt; 100</c> (a
    /// leading underscore left out); null for any other number.
    /// </summary>
    private static string? ElapsedSince(SyntaxNode number)
    {
        var node = SpanExpression(number);

        if (node.Parent is not BinaryExpressionSyntax comparison
            || comparison.Kind() is not (SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression))
        {
            return null;
        }

        var elapsed = ExpressionWrappers.Unwrap(comparison.Left == node ? comparison.Right : comparison.Left);

        // (now - start).TotalSeconds, stopwatch.Elapsed.TotalSeconds, stopwatch.ElapsedMilliseconds: the unit's member aside.
        while (elapsed is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var unit } access
               && (unit.StartsWith("Total", StringComparison.Ordinal) || unit.StartsWith("Elapsed", StringComparison.Ordinal)))
        {
            if (unit.StartsWith("Elapsed", StringComparison.Ordinal))
            {
                return MagicNumberClassifier.NameOf(access.Expression)?.TrimStart('_');
            }

            elapsed = ExpressionWrappers.Unwrap(access.Expression);
        }

        return elapsed is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression } difference
            ? MagicNumberClassifier.NameOf(difference.Right)?.TrimStart('_')
            : null;
    }

    /// <summary>
    /// Whether the number is a span in date arithmetic or a comparison (<c>utcNow.Subtract(TimeSpan.FromDays(366))</c>,
    /// <c>now - u.Date &gt; TimeSpan.FromDays(366)</c>, <c>now.AddMinutes(15)</c>): a cutoff or expiry computed from a
    /// date, not a time the program waits or holds something.
    /// </summary>
    private static bool IsCutoffOfTheData(ExpressionSyntax reported)
    {
        var node = SpanExpression(reported);

        switch (node.Parent)
        {
            case BinaryExpressionSyntax binary:
                return binary.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.LessThanExpression
                    or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression;
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }:
                return MagicNumberClassifier.NameOf(call.Expression) is { } method
                    && (method.StartsWith("Add", StringComparison.Ordinal) || method.EndsWith("Subtract", StringComparison.Ordinal));
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether two types are variants of one thing, one named after the other (<c>WebView</c> and
    /// <c>OffscreenWebView</c>), so that a member of the same name in both does the same job. Sibling types that each
    /// override one member of their base (<c>UserMaintenanceWorkItemHandler.GetWorkItemLockAsync</c>,
    /// <c>ProjectMaintenanceWorkItemHandler.GetWorkItemLockAsync</c>) are different jobs: the override is where each
    /// sets its own value, and equal values there agree by chance.
    /// </summary>
    private static bool AreVariantsOfOneThing(string type, string otherType)
    {
        var name = SimpleTypeName(type);
        var otherName = SimpleTypeName(otherType);
        return name.Length > 0 && otherName.Length > 0
            && (name.IndexOf(otherName, StringComparison.Ordinal) >= 0 || otherName.IndexOf(name, StringComparison.Ordinal) >= 0);
    }

    /// <summary>The innermost type's own name of <see cref="WhereItWaits"/>'s type (<c>Shop.Views.Outer+WebView</c> gives <c>WebView</c>).</summary>
    private static string SimpleTypeName(string type)
    {
        var start = Math.Max(type.LastIndexOf('.'), type.LastIndexOf('+')) + 1;
        return type.Substring(start);
    }

    /// <summary>
    /// The enclosing type (namespace and nesting included), the name of the enclosing member (empty when none), and
    /// whether the number is given to a bare wait (<c>Task.Delay</c>, <c>Thread.Sleep</c>...) outside any loop of its member.
    /// </summary>
    private static (string Type, string Member, bool OneOffPause) WhereItWaits(SyntaxNode node)
    {
        var (type, member) = LiteralSubject.JobOf(node);
        var bareWait = ExpressionWrappers.Outermost(node).Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
            && MagicNumberClassifier.NameOf(call.Expression) is { } called && LiteralSubject.IsBareWait(called);
        var inLoop = false;
        for (var current = node.Parent; current is not null and not MethodDeclarationSyntax and not PropertyDeclarationSyntax && !inLoop; current = current.Parent)
        {
            inLoop = current is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax;
        }

        return (type, member, bareWait && !inLoop);
    }

    /// <summary>The other copies of the value, in path and position order: the fix replaces them together.</summary>
    private static IEnumerable<Location>? OtherCopies(List<LiteralLocation>? copies, SyntaxTree tree, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        if (copies is null || copies.Count < 2)
        {
            return null;
        }

        var locations = new List<Location>(copies.Count - 1);
        foreach (var copy in copies)
        {
            if (copy.Tree != tree || copy.Span != span)
            {
                locations.Add(Location.Create(copy.Tree, copy.Span));
            }
        }

        return locations;
    }

    /// <summary>
    /// A constant or <c>static readonly</c> field of the compilation that holds the same value, of the literal's type,
    /// visible from the literal, whose name holds a word of the role (<see cref="MagicNumberRole.ConstantWords"/>) and
    /// whose meaning is shown to be the literal's (<see cref="MeansTheSame"/>): the first in path order. A
    /// <c>TimeSpan</c> field counts for the one literal of the same <c>TimeSpan.From*</c> call. A constant that only
    /// shares the value (and a role word such as "Delay") is not offered: the number is then reported, or not, as if
    /// no constant held it, and the fix introduces a constant of its own.
    /// </summary>
    private static (IFieldSymbol Field, DeclaredConstant Declared)? ExistingConstant(in MagicNumberSite site, MagicNumberRole role, CompilationLiteralIndex index)
    {
        var candidates = index.ConstantsOf(site.Value);
        if (candidates is null)
        {
            return null;
        }

        var tree = site.Literal.SyntaxTree;
        var factory = site.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax call } } && site.Outer == ((ArgumentSyntax)site.Parent).Expression
            ? LiteralSubject.TimeSpanFactory(call)
            : null;
        var literalType = site.Literal.Token.Value switch
        {
            int => "int",
            long => "long",
            uint => "uint",
            ulong => "ulong",
            float => "float",
            double => "double",
            decimal => "decimal",
            _ => null,
        };

        ISymbol? within = null;
        string? target = null;
        foreach (var (constantTree, declared) in candidates)
        {
            site.CancellationToken.ThrowIfCancellationRequested();
            if (constantTree == tree && declared.Span.Contains(site.Reported.Span)
                || (declared.Factory is null ? declared.TypeName != literalType : declared.Factory != factory)
                || !MagicNumberClassifier.HasWordStartingWith(declared.Name, role.ConstantWords))
            {
                continue;
            }

            target ??= LiteralSubject.Target(site.Reported) ?? string.Empty;
            if (!MeansTheSame(in site, role, declared, target, index))
            {
                continue;
            }

            var compilation = site.Model.Compilation;
            if (compilation.GetTypeByMetadataName(declared.ContainingType) is not { } type)
            {
                continue;
            }

            foreach (var member in type.GetMembers(declared.Name))
            {
                within ??= site.Model.GetEnclosingSymbol(site.Reported.SpanStart, site.CancellationToken)?.ContainingType ?? (ISymbol)compilation.Assembly;
                if (member is IFieldSymbol field && compilation.IsSymbolAccessibleWithin(field, within))
                {
                    return (field, declared);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an existing constant of the literal's value is shown to mean what the literal means, so that the advice
    /// "use that constant" is right (the rule page's table "When an existing constant is advised"):
    /// <list type="number">
    /// <item>it is already used where the literal goes: the same parameter of the same method, the same object created,
    /// the same member compared, with the same other arguments (a cancellation token aside: a scheduler given another
    /// message schedules another timer) (<c>Task.Delay(Constants.FailedSecretVerificationDelay)</c> elsewhere for
    /// <c>Task.Delay(2000)</c>; <c>versionNum is &lt; MinVersion or &gt; MaxVersion</c> for <c>versionNum is &lt; 1 or &gt; 40</c>);
    /// a target any number goes to (<c>Math.Min</c>, a bare <c>Length</c> compared) and arithmetic on the way show nothing,
    /// and a target any pause or list goes to (a bare wait, a sequence operator's count) shows it only in the same job:
    /// a use in the literal's type or in a member of the literal's member's name;</item>
    /// <item>or it is declared in the literal's type, an enclosing type, or the literal's namespace or one enclosing it,
    /// and its name shares a word with where the literal goes other than the role's own words and bounds or units
    /// (<c>MaxVersion</c> and <c>version &gt; 40</c> share "version"; <c>MaxTeleportOperationDelayMilliseconds</c> and
    /// <c>Task.Delay(100)</c> share only "delay", a word every wait shares).</item>
    /// </list>
    /// </summary>
    private static bool MeansTheSame(in MagicNumberSite site, MagicNumberRole role, DeclaredConstant declared, string target, CompilationLiteralIndex index) =>
        target.Length > 0 && IsUsedInItsJob(in site, declared, target, index)
        || IsInScopeOf(site.Reported, declared.ContainingType) && MagicNumberClassifier.SharesWordWithSubject(in site, declared.Name, role.ConstantWords);

    private static bool IsUsedInItsJob(in MagicNumberSite site, DeclaredConstant declared, string target, CompilationLiteralIndex index)
    {
        var (type, member) = LiteralSubject.JobOf(site.Reported);
        return index.IsUsedAt(declared, target, type, member, site.CancellationToken);
    }

    /// <summary>
    /// Whether the type <paramref name="containingType"/> (a metadata name) is declared in the namespace of
    /// <paramref name="node"/> or one that encloses it (its own type and enclosing types included). The global namespace
    /// encloses only the global namespace here: a project's loose constant is not every namespace's.
    /// </summary>
    private static bool IsInScopeOf(SyntaxNode node, string containingType)
    {
        // A type's namespace holds its nested types too: the type chain is part of the namespace chain.
        var plus = containingType.IndexOf('+');
        var outerType = plus < 0 ? containingType : containingType.Substring(0, plus);
        var dot = outerType.LastIndexOf('.');
        var constantNamespace = dot < 0 ? string.Empty : outerType.Substring(0, dot);
        var literalNamespace = string.Empty;
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseNamespaceDeclarationSyntax ns)
            {
                literalNamespace = literalNamespace.Length == 0 ? ns.Name.ToString() : ns.Name.ToString() + "." + literalNamespace;
            }
        }

        return string.Equals(literalNamespace, constantNamespace, StringComparison.Ordinal)
            || constantNamespace.Length > 0 && literalNamespace.Length > constantNamespace.Length
                && literalNamespace.StartsWith(constantNamespace, StringComparison.Ordinal) && literalNamespace[constantNamespace.Length] == '.';
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

    private static bool IsListed(string role, ImmutableArray<string> reportedRoles)
    {
        foreach (var name in reportedRoles)
        {
            if (string.Equals(name, role, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
