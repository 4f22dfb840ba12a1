using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Duplication;

/// <summary>
/// AID101: a block of statements that occurs two or more times in the compilation, across files or within one.
/// Reported live, per syntax tree, against a clone index built once per compilation from per-tree fingerprints
/// that are cached on the <see cref="SyntaxTree"/> (see docs/architecture.md).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicatedCodeAnalyzer : DiagnosticAnalyzer
{
    public const string CloneGroupProperty = "aidebt.cloneGroup";
    public const string CloneTokensProperty = "aidebt.cloneTokens";
    public const string CloneLinesProperty = "aidebt.cloneLines";
    public const string CloneTypeProperty = "aidebt.cloneType";

    /// <summary>How many copies the group has in all, listed or not (the code fix needs every copy).</summary>
    public const string CloneCopiesProperty = "aidebt.cloneCopies";

    /// <summary>What the copies differ in: <c>values</c> (the warning) or <c>members</c> (a suggestion); see <see cref="CloneKind"/>.</summary>
    public const string CloneKindProperty = "aidebt.cloneKind";

    /// <summary><c>small</c> on a block under <c>aidebt.duplication.warning_min_tokens</c>, which is reported as a suggestion.</summary>
    public const string CloneSizeProperty = "aidebt.cloneSize";

    public const string SmallClone = "small";

    public const string Type1 = "Type-1";
    public const string Type2 = "Type-2";

    /// <summary>Fixed cost of one copy: finding the other copies and deciding whether they should share code.</summary>
    public const int BaseDebtMinutes = 5;

    /// <summary>One more minute per this many tokens: a larger block takes longer to extract and to test.</summary>
    public const int TokensPerDebtMinute = 25;

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.DuplicatedCode,
        "Duplicated code block",
        "This {0}-line block ({1} tokens) appears in {2} places; also in {3}",
        RuleCategories.Duplication,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The same block of statements, or one that differs only in names and literals, appears more than once. A fix made to one copy is easily missed in the others; extract the block into one method.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.DuplicatedCode),
        customTags: RuleTags.SeverityPerFinding);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <summary>The debt of one copy: <c>5 + ceil(tokens / 25)</c> minutes.</summary>
    public static int DebtMinutesFor(int tokens) => BaseDebtMinutes + ((tokens + TokensPerDebtMinute - 1) / TokensPerDebtMinute);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is not copy-paste debt; the index leaves other generated trees out by the same rules. The
        // driver runs no action in a generated tree (no Analyze flag), and the report leaves out a copy in generated code
        // inside a tree (GeneratedCodeLocations, the driver's own check without its walk of every reported tree's tokens):
        // the findings of GeneratedCodeAnalysisFlags.None at a tenth less of AID101's time on a large project.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var settings = ReadSettings(context.Options, compilation);
        var index = new LazyCloneIndex(compilation, context.Options, settings);
        var generated = new GeneratedCodeLocations(compilation);
        var kinds = new GroupKinds();

        // Tests are read one at a time and often repeat their arrange code on purpose (DAMP): there a clone is a suggestion.
        var isTestProject = ProjectKind.IsTestProject(compilation, context.Options);

        // Where suggestions are not shown (a command-line build without an error log) and no configured severity raises
        // them, a finding that can only be a suggestion is left out before its kind is asked: a small block's, or every
        // finding of a test project, which then needs no index at all. Warnings are decided as before: what stands for
        // what asks the kinds it needs whichever findings are reported.
        var suggestionsHidden = ShownSuggestions.AreHidden(context.Options)
            && !ShownSuggestions.IsSeverityConfigured(compilation, context.Options, Rule, context.CancellationToken);
        if (suggestionsHidden && isTestProject && !AnyTreeConfiguresSeverity(compilation, context.Options, context.CancellationToken))
        {
            return;
        }

        // The index is syntax only: a tree action builds it early, while the compiler binds the bodies (in a build the
        // driver runs tree actions from the start, concurrently with the compiler). A tree action that finds it being
        // built, with no tree left to fingerprint, goes on instead of waiting: only the report needs the index.
        context.RegisterSyntaxTreeAction(treeContext => index.Prepare(treeContext.CancellationToken));

        // The kinds bind the copies' names, so the report waits for the semantic phase: in a build a semantic model
        // action runs once the compiler has bound every body, and the driver's cached model of a tree then holds the
        // compiler's bound bodies (kept until the tree's own semantic actions are done), which a question about a name
        // reads instead of binding its statement again. A tree action runs early and binds first, and the compiler
        // then binds the same members again.
        context.RegisterSemanticModelAction(modelContext => ReportTree(
            modelContext.SemanticModel.SyntaxTree,
            compilation.AssemblyName,
            modelContext.Options,
            modelContext.ReportDiagnostic,
            modelContext.FilterSpan,
            index,
            generated,
            isTestProject,
            settings.WarningMinTokens,
            suggestionsHidden && !ShownSuggestions.IsSeverityConfigured(compilation, modelContext.Options, modelContext.SemanticModel.SyntaxTree, Rule, modelContext.CancellationToken),
            group => KindOf(group, compilation, settings.MinTokens, kinds, asFarAsWarnings: false, modelContext.CancellationToken),
            group => KindOf(group, compilation, settings.MinTokens, kinds, asFarAsWarnings: true, modelContext.CancellationToken),
            modelContext.CancellationToken));
    }

    private static bool AnyTreeConfiguresSeverity(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (ShownSuggestions.IsSeverityConfigured(compilation, options, tree, Rule, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A group's kind, computed once per compilation from the semantic models of its copies' trees. The copies lie in
    /// other trees than the one at hand, so the models come from the compilation: under the analyzer driver it hands
    /// out the driver's cached models (with the compiler's bound bodies in a build), and only the few trees that hold
    /// copies are bound. The semantic model actions of a group's copies run concurrently and classifying binds whole
    /// members, so the first caller classifies under the group's lock and the others wait for it (in slices, honouring
    /// their own cancellation); a cancelled classification stores nothing and the next caller starts again.
    /// </summary>
    /// <param name="asFarAsWarnings">Whether only the warnings are decided (where no suggestion is shown): the kind may
    /// then read <see cref="CloneKind.Members"/> as <see cref="CloneKind.Parallel"/>
    /// (<see cref="CloneKindClassifier.ClassifyAsFarAsWarnings"/>), which no decision about a warning tells apart
    /// (<c>ReportedKindTests</c>); what a warning's message names asks the exact kinds.</param>
    private static CloneKind KindOf(CloneGroup group, Compilation compilation, int minTokens, GroupKinds kinds, bool asFarAsWarnings, CancellationToken cancellationToken)
    {
        if (kinds.TryGet(group, asFarAsWarnings, out var kind))
        {
            return kind;
        }

        while (!Monitor.TryEnter(group, LazyCloneIndex.WaitSlice))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        try
        {
            if (!kinds.TryGet(group, asFarAsWarnings, out kind))
            {
#pragma warning disable RS1030 // The copies of a group lie in trees other than the one reported; see the summary.
                Func<SyntaxTree, SemanticModel> modelOf = tree => compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                kind = asFarAsWarnings
                    ? CloneKindClassifier.ClassifyAsFarAsWarnings(group, modelOf, minTokens, cancellationToken)
                    : CloneKindClassifier.Classify(group, modelOf, minTokens, cancellationToken);
                kinds.Add(group, kind, asFarAsWarnings);
            }

            return kind;
        }
        finally
        {
            Monitor.Exit(group);
        }
    }

    /// <summary>
    /// The kinds of a compilation's groups: the exact ones, and the <see cref="CloneKind.Parallel"/> answers of groups
    /// asked only as far as warnings, which may be <see cref="CloneKind.Members"/>. Any other answer of that question is
    /// exact and serves both.
    /// </summary>
    private sealed class GroupKinds
    {
        private readonly ConcurrentDictionary<CloneGroup, CloneKind> exact = new();
        private readonly ConcurrentDictionary<CloneGroup, CloneKind> asFarAsWarnings = new();

        public bool TryGet(CloneGroup group, bool asFarAsWarningsOnly, out CloneKind kind) =>
            exact.TryGetValue(group, out kind) || (asFarAsWarningsOnly && asFarAsWarnings.TryGetValue(group, out kind));

        public void Add(CloneGroup group, CloneKind kind, bool asFarAsWarningsOnly) =>
            (asFarAsWarningsOnly && kind == CloneKind.Parallel ? asFarAsWarnings : exact)[group] = kind;
    }

    /// <summary>The per-compilation options that shape the clone index (mode, minimum tokens and lines) and its report
    /// (the size a warning needs).</summary>
    internal static CloneSettings ReadSettings(AnalyzerOptions options, Compilation compilation) => new(
        ParseMode(AiDebtOptions.DuplicationMode.Read(options, compilation)),
        AiDebtOptions.DuplicationMinTokens.Read(options, compilation),
        AiDebtOptions.DuplicationMinLines.Read(options, compilation),
        AiDebtOptions.DuplicationWarningMinTokens.Read(options, compilation));

    internal static CloneMode ParseMode(string mode) => mode switch
    {
        AiDebtOptions.DuplicationModeExact => CloneMode.Exact,
        AiDebtOptions.DuplicationModeBlind => CloneMode.Blind,
        _ => CloneMode.Renamed,
    };

    /// <param name="suggestionsHidden">Whether a suggestion reported for this tree would be seen by no one (see
    /// <see cref="ShownSuggestions"/>): a copy whose finding can only be a suggestion is then skipped.</param>
    /// <param name="kindOf">A group's exact kind.</param>
    /// <param name="warningKindOf">A group's kind as far as warnings go (see <see cref="KindOf"/>): what decides the
    /// findings where suggestions are hidden.</param>
    private static void ReportTree(SyntaxTree tree, string? assembly, AnalyzerOptions options, Action<Diagnostic> report, TextSpan? filterSpan, LazyCloneIndex lazyIndex, GeneratedCodeLocations generated, bool isTestProject, int warningMinTokens, bool suggestionsHidden, Func<CloneGroup, CloneKind> kindOf, Func<CloneGroup, CloneKind> warningKindOf, CancellationToken cancellationToken)
    {
        // Where only warnings are reported, the decisions need to know which groups are warnings, not which of the others
        // are suggestions; a reported warning's message still names the groups it folds or carries by their exact kinds.
        var decidingKindOf = suggestionsHidden ? warningKindOf : kindOf;
        var copies = lazyIndex.Get(cancellationToken).CopiesIn(tree);
        if (copies.IsEmpty)
        {
            return;
        }

        var maxLocations = AiDebtOptions.DuplicationMaxLocations.Read(options, tree);
        var root = tree.GetRoot(cancellationToken);
        foreach (var copy in copies)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A span-limited request (an editor's light bulb) asks for the diagnostics in its span only; the driver
            // leaves that filter to a semantic model action, and a copy outside it needs no kind.
            if (filterSpan is { } span && !span.IntersectsWith(copy.Span))
            {
                continue;
            }

            // The driver would drop the finding (its primary location lies in generated code); its kind is not needed.
            if (generated.IsGenerated(tree, copy.Span, cancellationToken))
            {
                continue;
            }

            // A finding that is a suggestion whatever its kind is unseen here, so not worth its kind.
            if (suggestionsHidden && (isTestProject || !MayReachWarningSize(copy.Group, warningMinTokens)))
            {
                continue;
            }

            // Once the kind is known, a suggestion that no one sees is not worth its message: naming the blocks folded
            // into it or carried by it asks their kinds too.
            if (ReportedKind(copy, decidingKindOf) is not { } kind || (suggestionsHidden && !IsWarning(kind)))
            {
                continue;
            }

            // The raise asks only which folded blocks are warnings, so it reads them by the deciding kinds; the message
            // names them by their exact kinds, asked only for a finding that is made.
            var folded = FoldedInto(copy.Group, decidingKindOf);
            // In a test project every finding is a suggestion: what a small block stands for does not raise it.
            var standsForWarning = !isTestProject && IsWarning(kind) && IsSmall(copy.Group, warningMinTokens) && StandsForWarningSizedBlock(copy.Group, folded, decidingKindOf, warningMinTokens);
            if (suggestionsHidden && IsSmallFinding(copy.Group, warningMinTokens, standsForWarning))
            {
                continue;
            }

            if (suggestionsHidden)
            {
                folded = FoldedInto(copy.Group, kindOf);
            }

            report(CreateDiagnostic(root, assembly, copies, copy, maxLocations, kind, isTestProject, warningMinTokens, folded, CarriedBy(copy.Group, kindOf), standsForWarning));
        }
    }

    /// <summary>
    /// The kind a copy is reported with, or null when it is not reported: its group's kind is reported, no other group
    /// reports the duplication in its place, and a copy inside an absorbed group's copy is reported only where its group
    /// stands for that group. Every kind costs a binding of the group's copies, so the checks ask as few as the decision
    /// needs: a group another stands for is left without a kind of its own, and a warning stands for the groups it
    /// absorbed whatever their kinds. The decision is the same as asking every kind first.
    /// </summary>
    internal static CloneKind? ReportedKind(CloneCopy copy, Func<CloneGroup, CloneKind> kindOf)
    {
        if (IsStoodFor(copy.Group, kindOf) || IsCarried(copy.Group, kindOf))
        {
            return null;
        }

        var kind = kindOf(copy.Group);
        return CloneKindClassifier.IsReported(kind) && !(copy.WithinAbsorbed && !Stands(copy.Group, kind, kindOf)) ? kind : null;
    }

    /// <summary>
    /// The group that reports the duplication of the members a group's copies lie in (see
    /// <see cref="CloneGroup.SameMemberGroups"/>): of the groups sharing those members that are reported, the largest
    /// reported as a warning, else the largest. Null when the group shares its members with no other group, or none is reported.
    /// </summary>
    internal static CloneGroup? SameMembersRepresentative(CloneGroup group, Func<CloneGroup, CloneKind> kindOf)
    {
        CloneGroup? representative = null;
        var representativeIsWarning = false;
        foreach (var candidate in group.SameMemberGroups)
        {
            if (candidate.Continues)
            {
                // A block that only continues the duplication's copies is never its finding: the copies it lies
                // beside are, and its own copies lie in fewer places.
                continue;
            }

            // Largest first: a later group replaces the one found only by being a warning where that one is a suggestion.
            var kind = kindOf(candidate);
            if (!CloneKindClassifier.IsReported(kind))
            {
                continue;
            }

            var isWarning = !CloneKindClassifier.IsSuggestion(kind);
            if (representative is null || (isWarning && !representativeIsWarning))
            {
                representative = candidate;
                representativeIsWarning = isWarning;
            }

            if (representativeIsWarning)
            {
                // Nothing after the largest reported warning replaces it: the smaller groups' kinds are not needed here.
                break;
            }
        }

        return representative;
    }

    /// <summary>
    /// Whether another group of the same members reports this group's duplication (then this group is not reported),
    /// and, for the group that reports it, the groups it stands for, which its message names.
    /// </summary>
    internal static ImmutableArray<CloneGroup> FoldedInto(CloneGroup group, Func<CloneGroup, CloneKind> kindOf)
    {
        if (group.SameMemberGroups.IsEmpty || !ReferenceEquals(SameMembersRepresentative(group, kindOf), group))
        {
            return ImmutableArray<CloneGroup>.Empty;
        }

        var folded = ImmutableArray.CreateBuilder<CloneGroup>(group.SameMemberGroups.Length - 1);
        foreach (var other in group.SameMemberGroups)
        {
            if (!ReferenceEquals(other, group) && CloneKindClassifier.IsReported(kindOf(other)) && (!other.Continues || IsStoodFor(other, kindOf)))
            {
                folded.Add(other);
            }
        }

        return folded.ToImmutable();
    }

    /// <summary>
    /// Whether a longer group that holds a copy of this group in each of its copies names this group's copies in its
    /// finding (see <see cref="CloneGroup.Carrier"/>).
    /// </summary>
    private static bool IsCarried(CloneGroup group, Func<CloneGroup, CloneKind> kindOf) => ChosenCarrier(group, kindOf) is not null;

    /// <summary>
    /// The longer group whose finding names this group's copies: the first of <see cref="CloneGroup.Carriers"/> (largest
    /// first) that is reported on its own, as a warning, or as a suggestion while this group is no warning. A warning is
    /// not folded into a suggestion: the stronger finding keeps its place, and the next longer block that holds it may
    /// carry it instead (a file picker inside two stash items reported as suggestions and inside a save-as-patch item
    /// reported as a warning is named by the save-as-patch item's finding). Null when none does.
    /// </summary>
    private static CloneGroup? ChosenCarrier(CloneGroup group, Func<CloneGroup, CloneKind> kindOf)
    {
        foreach (var carrier in group.Carriers)
        {
            if (IsStoodFor(carrier, kindOf))
            {
                continue;
            }

            var carrierKind = kindOf(carrier);
            if (!CloneKindClassifier.IsReported(carrierKind))
            {
                continue;
            }

            if (!CloneKindClassifier.IsSuggestion(carrierKind))
            {
                return carrier;
            }

            var kind = kindOf(group);
            if (!CloneKindClassifier.IsReported(kind) || CloneKindClassifier.IsSuggestion(kind))
            {
                return carrier;
            }
        }

        return null;
    }

    /// <summary>
    /// The shorter groups whose copies a group's finding names (see <see cref="CloneGroup.Carrier"/>): those it carries
    /// that would be reported on their own. Empty for most groups, which carry none and ask no kind here.
    /// </summary>
    internal static ImmutableArray<CloneGroup> CarriedBy(CloneGroup group, Func<CloneGroup, CloneKind> kindOf)
    {
        if (group.Carried.IsEmpty)
        {
            return ImmutableArray<CloneGroup>.Empty;
        }

        var carried = ImmutableArray.CreateBuilder<CloneGroup>(group.Carried.Length);
        foreach (var other in group.Carried)
        {
            if (CloneKindClassifier.IsReported(kindOf(other)) && ReferenceEquals(ChosenCarrier(other, kindOf), group))
            {
                carried.Add(other);
            }
        }

        return carried.ToImmutable();
    }

    /// <summary>
    /// Whether a group with more copies reports this group's duplication in its place (see <see cref="CloneGroup.Absorber"/>).
    /// </summary>
    private static bool IsStoodFor(CloneGroup group, Func<CloneGroup, CloneKind> kindOf)
    {
        if (!group.SameMemberGroups.IsEmpty)
        {
            // One duplication across the same members: reported once, by the group that represents them. A block that
            // continues its copies is folded into it, but a warning is not folded into a suggestion.
            var representative = SameMembersRepresentative(group, kindOf);
            return representative is not null && !ReferenceEquals(representative, group)
                && (!group.Continues || !CloneKindClassifier.IsSuggestion(kindOf(representative)) || !IsWarning(kindOf(group)));
        }

        for (var absorber = group.Absorber; absorber is not null; absorber = absorber.Absorber)
        {
            if (Stands(absorber, kindOf(absorber), kindOf))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a group stands for the longer groups it absorbed: it is reported, at least as strongly as each of them.
    /// Where the extra copies differ in members (or are not worth reporting), the longer group keeps its own finding.
    /// </summary>
    private static bool Stands(CloneGroup group, CloneKind kind, Func<CloneGroup, CloneKind> kindOf)
    {
        if (!CloneKindClassifier.IsReported(kind))
        {
            return false;
        }

        if (!CloneKindClassifier.IsSuggestion(kind))
        {
            // A warning is at least as strong as any kind: the absorbed groups need not be classified to tell.
            return true;
        }

        // A suggestion stands for no warning anywhere down the chain (a block in four places, the fourth throwing another
        // exception type, whose three copies go on alike a member apart, two of them further alike in everything), or the
        // identical innermost block would be named only by a suggestion.
        return !AbsorbsWarning(group, kindOf, minTokens: 0);
    }

    private static bool IsSmall(CloneGroup group, int warningMinTokens) => group.Tokens < warningMinTokens;

    /// <summary>
    /// Whether a finding is in the small tier, a suggestion marked <see cref="CloneSizeProperty"/>: its block is under the
    /// warning size and stands for no block that reaches it (<see cref="StandsForWarningSizedBlock"/>).
    /// </summary>
    private static bool IsSmallFinding(CloneGroup group, int warningMinTokens, bool standsForWarningSizedBlock) =>
        IsSmall(group, warningMinTokens) && !standsForWarningSizedBlock;

    /// <summary>
    /// Whether a small group's finding stands for a block of the warning size that would be a warning on its own: a
    /// longer extent it absorbed (a block in three places, two of which go on alike for 137 tokens), directly or down a
    /// chain of extents, or a block folded into it (in practice one that continues its copies: a larger block of the same
    /// members of a warning kind would be the representative itself). Then the finding is a warning too: the duplication
    /// is reported once, at the severity of the largest block it stands for, so a build prints it. Asks the kinds of those
    /// blocks only for a small group of a warning kind whose longer extent or members reach the size, which few are.
    /// </summary>
    internal static bool StandsForWarningSizedBlock(CloneGroup group, ImmutableArray<CloneGroup> folded, Func<CloneGroup, CloneKind> kindOf, int warningMinTokens)
    {
        if (group.LongerTokens >= warningMinTokens && AbsorbsWarning(group, kindOf, warningMinTokens))
        {
            return true;
        }

        foreach (var other in folded)
        {
            if (!IsSmall(other, warningMinTokens) && IsWarning(kindOf(other)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a group absorbed, directly or through a longer absorbed group, a group of a warning kind of at least
    /// <paramref name="minTokens"/> tokens; a smaller one's kind is not asked.
    /// </summary>
    private static bool AbsorbsWarning(CloneGroup group, Func<CloneGroup, CloneKind> kindOf, int minTokens)
    {
        foreach (var absorbed in group.Absorbed)
        {
            if ((!IsSmall(absorbed, minTokens) && IsWarning(kindOf(absorbed))) || AbsorbsWarning(absorbed, kindOf, minTokens))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a small group stands for a block of the warning size where no kinds are known (the groups <c>aidebt
    /// scan</c> reports across projects, at the rule's severity: every block counts as a warning kind there).
    /// </summary>
    internal static bool StandsForWarningSizedBlockOfAnyKind(CloneGroup group, int warningMinTokens) =>
        IsSmall(group, warningMinTokens) && MayReachWarningSize(group, warningMinTokens);

    /// <summary>
    /// Whether a group's finding may be a warning, told from the index alone before any kind is asked: the block, the
    /// longest extent it absorbed, or a block of the same members reaches the warning size. Where no suggestion is
    /// shown, a copy of a group that cannot reach it is left out before its kind is asked.
    /// </summary>
    private static bool MayReachWarningSize(CloneGroup group, int warningMinTokens)
    {
        if (!IsSmall(group, warningMinTokens) || group.LongerTokens >= warningMinTokens)
        {
            return true;
        }

        foreach (var other in group.SameMemberGroups)
        {
            if (!IsSmall(other, warningMinTokens))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The diagnostic of one copy. Shared with <c>aidebt scan</c>, which reports the groups that span projects (no
    /// single compilation sees them) with the same message, properties and additional locations.
    /// </summary>
    /// <param name="copiesInTree">Every copy in the copy's tree, in index order (the fingerprint ordinal counts them).</param>
    internal static Diagnostic CreateDiagnostic(SyntaxNode root, ImmutableArray<CloneCopy> copiesInTree, CloneCopy copy, int maxLocations) =>
        CreateDiagnostic(root, assembly: null, copiesInTree, copy, maxLocations, kind: null, isTestProject: false, warningMinTokens: 0, ImmutableArray<CloneGroup>.Empty);

    /// <param name="kind">What the copies differ in; null where no one compilation holds every copy (the groups that
    /// span projects), which leaves out <see cref="CloneKindProperty"/> and keeps the rule's severity.</param>
    /// <param name="isTestProject">Whether the copy lies in a test project, where a clone is a suggestion.</param>
    /// <param name="warningMinTokens">The fewest tokens a group needs to be reported at the rule's severity
    /// (<c>aidebt.duplication.warning_min_tokens</c>); a smaller group is a suggestion marked <see cref="CloneSizeProperty"/>.</param>
    /// <param name="folded">The groups of the same members this copy's group reports (see <see cref="CloneGroup.SameMemberGroups"/>):
    /// the message names where their copies lie in this copy's member.</param>
    /// <param name="carried">The shorter groups this copy's group stands for (see <see cref="CloneGroup.Carrier"/>): the message
    /// names where their copies lie outside this group's copies. Default or empty when it stands for none.</param>
    /// <param name="standsForWarningSizedBlock">Whether a group under the warning size stands for a block that reaches it
    /// and would be a warning on its own (a longer extent it absorbed, a block that continues its copies folded into it): its
    /// finding then keeps that block's severity.</param>
    /// <param name="assembly">The assembly whose compilation reports the copy (<see cref="DebtProperties.Assembly"/>).</param>
    internal static Diagnostic CreateDiagnostic(SyntaxNode root, string? assembly, ImmutableArray<CloneCopy> copiesInTree, CloneCopy copy, int maxLocations, CloneKind? kind, bool isTestProject, int warningMinTokens, ImmutableArray<CloneGroup> folded, ImmutableArray<CloneGroup> carried = default, bool standsForWarningSizedBlock = false)
    {
        if (carried.IsDefault)
        {
            carried = ImmutableArray<CloneGroup>.Empty;
        }

        var group = copy.Group;
        var others = new List<Location>(Math.Min(maxLocations, group.Copies.Length - 1));
        var places = new StringBuilder();
        foreach (var other in group.Copies)
        {
            if (!ReferenceEquals(other, copy) && others.Count < maxLocations)
            {
                others.Add(other.Location);
                if (others.Count > 1)
                {
                    places.Append(", ");
                }

                places.Append(other.Place).Append(':').Append((other.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture));
            }
        }

        var unlisted = group.Copies.Length - 1 - others.Count;
        if (others.Count > 1 && unlisted == 0)
        {
            // "A, B and C": the last separator written above becomes " and ".
            var last = places.ToString().LastIndexOf(", ", StringComparison.Ordinal);
            places.Remove(last, 2).Insert(last, " and ");
        }

        if (unlisted > 0)
        {
            places.Append(" and ").Append(unlisted.ToString(CultureInfo.InvariantCulture)).Append(unlisted == 1 ? " more place" : " more places");
        }

        if (group.LongerTokens > 0)
        {
            // One duplication at two extents is one finding: the block all copies share, and how far some go on.
            places.Append("; ").Append(group.LongerCopies.ToString(CultureInfo.InvariantCulture)).Append(" of them share a longer block (")
                .Append(group.LongerTokens.ToString(CultureInfo.InvariantCulture)).Append(" tokens)");
        }

        AppendFoldedLines(places, copy, folded);
        AppendCarriedCopies(places, copy, carried, maxLocations);

        // The finding stands for every block of the same members, so its debt is theirs: the folded blocks are extracted
        // with the reported one (one fixed cost, their tokens together), and their debt does not vanish with their findings.
        var tokens = group.Tokens;
        foreach (var other in folded)
        {
            tokens += other.Tokens;
        }

        // Likewise the shorter blocks it names: their copies outside this block are extracted with it.
        foreach (var other in carried)
        {
            tokens += other.Tokens;
        }

        var properties = DebtProperties.Create(RuleIds.DuplicatedCode, DebtMinutesFor(tokens), FingerprintOf(root, copiesInTree, copy, carried), assembly);
        properties[CloneGroupProperty] = group.Id;
        properties[CloneTokensProperty] = group.Tokens.ToString(CultureInfo.InvariantCulture);
        properties[CloneLinesProperty] = copy.Lines.ToString(CultureInfo.InvariantCulture);
        properties[CloneTypeProperty] = group.IsExact ? Type1 : Type2;
        properties[CloneCopiesProperty] = group.Copies.Length.ToString(CultureInfo.InvariantCulture);
        if (kind is { } known)
        {
            properties[CloneKindProperty] = CloneKindClassifier.NameOf(known);
        }

        // The size only lowers the severity: which groups are reported, and what stands for what, is decided as before. A
        // small block that stands for a warning-sized one is not small: it reports that one's duplication too.
        var small = IsSmallFinding(group, warningMinTokens, standsForWarningSizedBlock);
        if (small)
        {
            properties[CloneSizeProperty] = SmallClone;
        }

        return Diagnostic.Create(
            Rule,
            copy.Location,
            (kind is { } suggested && CloneKindClassifier.IsSuggestion(suggested)) || isTestProject || small ? DiagnosticSeverity.Info : Rule.DefaultSeverity,
            others,
            properties.ToImmutable(),
            copy.Lines.ToString(CultureInfo.InvariantCulture),
            group.Tokens.ToString(CultureInfo.InvariantCulture),
            group.Copies.Length.ToString(CultureInfo.InvariantCulture),
            places.ToString());
    }

    /// <summary>
    /// Names the other blocks the same members share, by their lines in this copy's member:
    /// "; 2 more blocks match in the same members (here at lines 41 and 58)"; "in the same or neighbouring members" when
    /// some of them lie in a member declared next to this copy's (a copied run of members, see <see cref="CloneCopy.Region"/>).
    /// Nothing when none lies in this copy's file (the other parts of a partial type).
    /// </summary>
    private static void AppendFoldedLines(StringBuilder places, CloneCopy copy, ImmutableArray<CloneGroup> folded)
    {
        if (folded.IsEmpty)
        {
            return;
        }

        var lines = new List<int>(folded.Length);
        var neighbouring = false;
        foreach (var group in folded)
        {
            foreach (var other in group.Copies)
            {
                if (other.Tree == copy.Tree && other.Region == copy.Region)
                {
                    lines.Add(other.Location.GetLineSpan().StartLinePosition.Line + 1);
                    neighbouring |= other.MemberStart != copy.MemberStart;
                    break;
                }
            }
        }

        // The other blocks of a partial type may all lie in its other files: there is no line here to name, and
        // "0 more blocks match ... (here at lines )" would say nothing.
        if (lines.Count == 0)
        {
            return;
        }

        lines.Sort();
        places.Append("; ").Append(lines.Count.ToString(CultureInfo.InvariantCulture))
            .Append(lines.Count == 1 ? " more block matches" : " more blocks match")
            .Append(copy.Group.InSameTypes ? " in the same types (here at " : neighbouring ? " in the same or neighbouring members (here at " : " in the same members (here at ")
            .Append(lines.Count == 1 ? "line " : "lines ");
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                places.Append(i == lines.Count - 1 ? " and " : ", ");
            }

            places.Append(lines[i].ToString(CultureInfo.InvariantCulture));
        }

        places.Append(')');
    }

    /// <summary>
    /// Names the copies of the shorter groups this finding stands for that lie outside its own copies, after the line of
    /// the shorter block inside this copy: "; its 9-line block at line 144 is also in VectorLinePrimitive.cs:130 and
    /// OutlinePrimitive.cs:140". They are named, not added as additional locations: those are the reported block's own
    /// copies, which the code fix extracts and the debt report counts.
    /// </summary>
    private static void AppendCarriedCopies(StringBuilder places, CloneCopy copy, ImmutableArray<CloneGroup> carried, int maxLocations)
    {
        foreach (var group in carried)
        {
            // Outside: every copy no copy of this finding's group holds, also one inside another longer block (a
            // suggestion that holds it too): the finding that names the shorter block names all of its other places.
            CloneCopy? inside = null;
            var outside = new List<CloneCopy>();
            foreach (var other in group.Copies)
            {
                if (!HeldBy(other, copy.Group))
                {
                    outside.Add(other);
                }
                else if (inside is null && other.Tree == copy.Tree && copy.Span.OverlapsWith(other.Span))
                {
                    inside = other;
                }
            }

            if (outside.Count == 0)
            {
                continue;
            }

            places.Append("; its ");
            if (inside is not null)
            {
                places.Append(inside.Lines.ToString(CultureInfo.InvariantCulture)).Append("-line block at line ")
                    .Append((inside.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                places.Append(group.Tokens.ToString(CultureInfo.InvariantCulture)).Append("-token block");
            }

            places.Append(" is also in ");
            var listed = Math.Min(outside.Count, Math.Max(1, maxLocations));
            for (var i = 0; i < listed; i++)
            {
                if (i > 0)
                {
                    places.Append(i == listed - 1 && listed == outside.Count ? " and " : ", ");
                }

                places.Append(outside[i].Place).Append(':').Append((outside[i].Location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture));
            }

            if (listed < outside.Count)
            {
                var unlisted = outside.Count - listed;
                places.Append(" and ").Append(unlisted.ToString(CultureInfo.InvariantCulture)).Append(unlisted == 1 ? " more place" : " more places");
            }
        }
    }

    private static bool IsWarning(CloneKind kind) => CloneKindClassifier.IsReported(kind) && !CloneKindClassifier.IsSuggestion(kind);

    /// <summary>Whether a copy of the group overlaps the copy.</summary>
    private static bool HeldBy(CloneCopy copy, CloneGroup group)
    {
        foreach (var other in group.Copies)
        {
            if (other.Tree == copy.Tree && other.Span.OverlapsWith(copy.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The copy's member path and its group id, which already hashes the normalized tokens; the ordinal tells apart two
    /// copies of one group in one member. Cheaper than hashing the span again, and as stable: nothing in it depends on
    /// lines, layout or comments.
    /// </summary>
    /// <remarks>
    /// A finding that names a shorter group's copies (see <see cref="CloneGroup.Carrier"/>) adds each such group's id
    /// and number of copies: a new paste of the shorter block elsewhere has no finding of its own, so it must change the
    /// finding that names it, or a baseline that lists that finding would accept the new debt. A finding that names none
    /// keeps the fingerprint it always had.
    /// </remarks>
    private static string FingerprintOf(SyntaxNode root, ImmutableArray<CloneCopy> copiesInTree, CloneCopy copy, ImmutableArray<CloneGroup> carried)
    {
        var container = Fingerprint.ContainerPath(root.FindToken(copy.Span.Start).Parent ?? root);
        var ordinal = 0;
        foreach (var other in copiesInTree)
        {
            if (ReferenceEquals(other, copy))
            {
                break;
            }

            if (other.Group == copy.Group && string.Equals(Fingerprint.ContainerPath(root.FindToken(other.Span.Start).Parent ?? root), container, System.StringComparison.Ordinal))
            {
                ordinal++;
            }
        }

        var value = copy.Group.Id + "#" + ordinal.ToString(CultureInfo.InvariantCulture);
        foreach (var other in carried)
        {
            value += "+" + other.Id + "x" + other.Copies.Length.ToString(CultureInfo.InvariantCulture);
        }

        return Fingerprint.ForValue(RuleIds.DuplicatedCode, container, value);
    }
}
