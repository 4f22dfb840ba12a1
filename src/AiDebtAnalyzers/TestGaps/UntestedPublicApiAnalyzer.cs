using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// AID301: a new public API that no test references (AID302 says when no test sources arrived, AID303 when a PublicAPI
/// line is unreadable). Test sources arrive as AdditionalFiles marked <c>AiDebtTestSource=true</c> by the package's
/// build targets and are matched by name (see docs/rules/AID301.md for the rules and their blind spots).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UntestedPublicApiAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Writing one focused test for one member.</summary>
    public const int DebtMinutesPerMember = 15;

    public const string TestSourceMetadata = "build_metadata.AdditionalFiles.AiDebtTestSource";
    public const string TestProjectMetadata = "build_metadata.AdditionalFiles.AiDebtTestProject";

    /// <summary>A template or script file of a test project (not C#), which the tests load at run time.</summary>
    public const string TestScriptMetadata = "build_metadata.AdditionalFiles.AiDebtTestScript";

    /// <summary>The PublicAPI-format signature of the reported API.</summary>
    public const string ApiProperty = "aidebt.api";

    /// <summary>Documentation comment IDs (<c>M:Ns.C.M(System.Int32)</c>) of the untested members, separated by <c>;</c>; read by the code fix.</summary>
    public const string MembersProperty = "aidebt.testGaps.members";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UntestedPublicApi,
        "Public API has no test",
        "{0} has no test{1}; searched {2}",
        RuleCategories.TestGaps,

        // A suggestion until its judged precision on code it was never tuned on reaches the bar a warning needs (the
        // rule page's "Latest independent check"): a build that fails on warnings must not fail on a guess. The
        // Recommended and Strict presets raise it to a warning.
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A new public API that no test references: no test constructs it, calls it or reads it. AI assistants add public surface faster than anyone writes tests for it.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.UntestedPublicApi));

    private static readonly SymbolDisplayFormat MessageFormat = SymbolDisplayFormat.CSharpShortErrorMessageFormat;

    /// <summary>The findings of a type without any: one list nothing adds to, so the compilation's table of findings holds no list per such type.</summary>
    private static readonly List<Diagnostic> NoFindings = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // An API declared only in generated code was written by a generator, whose own tests cover it.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        if (ProjectKind.IsTestProject(compilation, context.Options))
        {
            return;
        }

        var cancellationToken = context.CancellationToken;
        var inputs = TestGapsInputs.Read(context.Options, withTestSources: true, cancellationToken);
        if (inputs.OnlyNewApis(context.Options, compilation) is not { } onlyNew)
        {
            // The scope is asked before any test file is loaded: an application (scope none by default) with a test
            // project beside it reads none of its tests' files.
            return;
        }

        var sources = inputs.ReadTestSources(cancellationToken);
        if (sources.Texts.Count == 0)
        {
            // Without test sources every API would look untested: AID302 reports that instead.
            return;
        }

        // aidebt.api shows annotations the way the project's PublicAPI files would list them.
        var useNullability = inputs.NullableApiFiles || compilation.Options.NullableContextOptions != NullableContextOptions.Disable;
        var symbols = PreprocessorSymbolsOf(compilation);
        // The test files are loaded in this action but not parsed: the analyzer driver starts no analyzer's actions before
        // every compilation-start action has returned, so parsing them here held up every analyzer of the build (703
        // files and about 2 s on Newtonsoft.Json). The first tree action parses them while the compiler binds; a tree
        // action that finds them being parsed goes on; the findings wait for them. Loading them there too was measured
        // and is slower through the compiler server, where the parses are cached and loading is most of the index's
        // build: every tree's findings wait on that build. A cancelled read keeps the files the process-wide cache
        // already holds.
        var index = new BuiltOnce<TestReferenceIndex>(token => TestReferenceIndex.Build(sources.Texts, sources.ScriptTexts, symbols, TestReferenceCache.Shared, token));
        context.RegisterSyntaxTreeAction(treeContext => index.Prepare(treeContext.CancellationToken));
        var searched = string.Join(", ", sources.Projects);
        // Types the tests reach without naming them ("var cart = factory.Create();"), computed once, on first need.
        var reached = new Lazy<HashSet<ITypeSymbol>>(() => TypesReturnedByUsedMembers(compilation, index.Get(cancellationToken), cancellationToken), LazyThreadSafetyMode.PublicationOnly);
        var hierarchy = new Lazy<TestedHierarchy>(() => TestedHierarchy.Build(compilation, index.Get(cancellationToken), reached.Value, cancellationToken), LazyThreadSafetyMode.PublicationOnly);
        // What the compiler calls for the tests (interpolated-string handlers), bound once, on first need: only a library
        // with a handler type asks.
        var compilerCalls = new Lazy<ImmutableHashSet<string>>(
            () => CompilerCalls.Build(compilation, sources.Texts, text => TestReferenceCache.Shared.Get(text, symbols, cancellationToken), cancellationToken),
            LazyThreadSafetyMode.PublicationOnly);
        var tests = new TestsSeen(compilation, index, hierarchy, reached, compilerCalls, cancellationToken);
        var findings = new ConcurrentDictionary<INamedTypeSymbol, List<Diagnostic>>(SymbolEqualityComparer.Default);

        // The findings wait for the semantic phase, as AID101's report does: the library-call reach and the shapes bind
        // library bodies, and in a build a semantic model action runs once the compiler has bound every body, when the
        // driver's cached model of each tree holds the compiler's bound bodies with their nullable analysis (kept until
        // the tree's own semantic actions are done, and every tree's AID301 action waits while the first one builds the
        // reach). A symbol action runs before the compiler binds, so the reach bound the library a second time.
        context.RegisterSemanticModelAction(modelContext => ReportTree(
            modelContext,
            type => findings.GetOrAdd(type, declared => AnalyzeType(declared, compilation, tests, reached, inputs.Shipped, onlyNew, searched, useNullability, modelContext.CancellationToken))));
    }

    /// <summary>
    /// Reports the findings of the types a tree declares that lie in that tree: a partial type's findings are computed
    /// once and each of its trees reports its own, so an editor analysing one file sees that file's findings.
    /// </summary>
    private static void ReportTree(SemanticModelAnalysisContext context, Func<INamedTypeSymbol, List<Diagnostic>> findingsOf)
    {
        var model = context.SemanticModel;
        var tree = model.SyntaxTree;
        var filter = context.FilterSpan;
        var pending = new Stack<SyntaxNode>();
        pending.Push(tree.GetRoot(context.CancellationToken));
        HashSet<INamedTypeSymbol>? seen = null;
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            foreach (var child in node.ChildNodes())
            {
                if (child is not (BaseNamespaceDeclarationSyntax or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
                    || (filter is { } span && !child.FullSpan.IntersectsWith(span)))
                {
                    continue;
                }

                if (child is not BaseNamespaceDeclarationSyntax)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (model.GetDeclaredSymbol(child, context.CancellationToken) is INamedTypeSymbol type && (seen ??= new(SymbolEqualityComparer.Default)).Add(type))
                    {
                        foreach (var diagnostic in findingsOf(type))
                        {
                            if (diagnostic.Location.SourceTree == tree && (filter is not { } reported || diagnostic.Location.SourceSpan.IntersectsWith(reported)))
                            {
                                context.ReportDiagnostic(diagnostic);
                            }
                        }
                    }
                }

                if (child is not DelegateDeclarationSyntax and not EnumDeclarationSyntax)
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>The library's preprocessor symbols (<c>NET8_0_OR_GREATER</c>, <c>DEBUG</c>, its DefineConstants), read from its first tree.</summary>
    private static ImmutableArray<string> PreprocessorSymbolsOf(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            return tree.Options is Microsoft.CodeAnalysis.CSharp.CSharpParseOptions options ? ImmutableArray.CreateRange(options.PreprocessorSymbolNames) : ImmutableArray<string>.Empty;
        }

        return ImmutableArray<string>.Empty;
    }

    /// <summary>
    /// Untested members that are all interop forwards or members without behaviour, at least one of them a forward
    /// (<see cref="NoBehaviourShapes.IsInteropForwardMember"/>).
    /// </summary>
    private static bool OnlyForwardsToInterop(List<ISymbol> untested, Compilation compilation, CancellationToken cancellationToken)
    {
        var forwards = 0;
        foreach (var member in untested)
        {
            if (NoBehaviourShapes.IsInteropForwardMember(member, compilation, cancellationToken))
            {
                forwards++;
            }
            else if (!PublicSurface.HasNoBehaviour(member, compilation, cancellationToken))
            {
                return false;
            }
        }

        return forwards > 0;
    }

    /// <summary>The type's findings (none for most types), computed once per compilation.</summary>
    private static List<Diagnostic> AnalyzeType(INamedTypeSymbol type, Compilation compilation, TestsSeen tests, Lazy<HashSet<ITypeSymbol>> reached, HashSet<string> shipped, bool onlyNew, string searched, bool useNullability, CancellationToken cancellationToken)
    {
        var found = new List<Diagnostic>();
        AnalyzeType(type, compilation, tests, reached, shipped, onlyNew, searched, useNullability, found, cancellationToken);
        return found.Count == 0 ? NoFindings : found;
    }

    private static void AnalyzeType(INamedTypeSymbol type, Compilation compilation, TestsSeen tests, Lazy<HashSet<ITypeSymbol>> reached, HashSet<string> shipped, bool onlyNew, string searched, bool useNullability, List<Diagnostic> found, CancellationToken cancellationToken)
    {
        // A C# 14 extension block is how its members are written, not a type users name: its members are analysed with
        // the static class that declares them (ExtensionBlocks.MembersOfBlocks), as that class's classic extension methods are.
        if (ExtensionBlocks.IsBlock(type))
        {
            return;
        }

        // An empty class, a null object, a base that only creates its type argument: no test could check anything of it.
        // Nor an interface (with members, or a marker or aggregate without) or a type that only holds data (event
        // arguments nothing raises) that no library type implements and no library code names: no code of the library
        // stands behind it.
        // Nor a class of string keys, a static class of marker instances, or a type that only holds what it is given
        // (keys-and-data): the code that sends the keys, extends the marker or makes and hands out the data is where a test
        // looks, and it is reported, tested or covered on its own. Nor an attribute that only declares a value
        // (declarative-attribute): the value's own API and the base attribute do the work, each reported, tested or
        // covered on its own. Nor a class that only derives from a class of the library or from Attribute
        // (empty-subclass): its behaviour is the base's. Nor a delegate type (delegate-type): a signature without code,
        // whose test is the test of the member that takes, raises or invokes it.
        if (!PublicSurface.IsReportableType(type) || PublicSurface.HasNothingToTest(type, compilation, cancellationToken)
            || NoBehaviourShapes.IsClassOfKeys(type) || NoBehaviourShapes.IsHolderOfMarkers(type, cancellationToken)
            || NoBehaviourShapes.OnlyHoldsWhatItIsGiven(type, compilation, cancellationToken)
            || DeclarativeAttributes.IsDeclarativeAttribute(type, compilation, cancellationToken)
            || NoBehaviourShapes.IsEmptySubclass(type, compilation, cancellationToken)
            || type.TypeKind == TypeKind.Delegate
            || ((type.TypeKind == TypeKind.Interface || PublicSurface.IsDataHolder(type, compilation, cancellationToken)) && !tests.IsUsedByLibrary(type)))
        {
            return;
        }

        var index = tests.Index;
        var typeKey = TestFileReferences.TypeKey(type.Name, type.Arity);
        var typeMentioned = index.TypeNames.Contains(typeKey) || reached.Value.Contains(type);
        var untested = new List<ISymbol>();
        var anyMemberTested = false;
        var anyMemberTestedDirectly = false;
        var anyMember = false;
        var anyWithoutBehaviour = false;

        // Enums and delegates are used through their type: their members are not reported one by one.
        if (type.TypeKind is not (TypeKind.Enum or TypeKind.Delegate))
        {
            var ownMembers = type.GetMembers();
            var blockMembers = ExtensionBlocks.MembersOfBlocks(type);
            var memberCount = ownMembers.Length + (blockMembers?.Count ?? 0);
            for (var i = 0; i < memberCount; i++)
            {
                var member = i < ownMembers.Length ? ownMembers[i] : blockMembers![i - ownMembers.Length];
                cancellationToken.ThrowIfCancellationRequested();
                if (!PublicSurface.IsReportableMember(member))
                {
                    continue;
                }

                anyMember = true;
                if (IsTested(member, type, typeKey, typeMentioned, tests))
                {
                    anyMemberTested = true;
                    // A call the tests make through the interface the type alone implements (sole-implementation) runs on
                    // instances the library builds, whose subtypes may override or bypass the protected members: which of
                    // those run is left to library-call (Castle's ClearEditProperty, only taken when an edited property is
                    // cleared, beside the tested BeginEdit).
                    anyMemberTestedDirectly |= typeMentioned || !tests.AnswersForNamedInterface(member, type);
                }
                else if (!tests.Reach.IsReached(member) && ForwardsToBuiltRunner(member, compilation, cancellationToken)
                    && RunsReachedHiddenCode(member, tests, compilation, cancellationToken))
                {
                    // A script alias that builds a runner from its context and hands its work to the runner's tested
                    // method is covered, but not a touch of its type (PublicSurface.Delegation.BuiltRunner): a class of
                    // aliases stays one finding for its other members, and none when all of them are such forwards.
                    continue;
                }
                else if (tests.Reach.IsReached(member) || RunsReachedHiddenCode(member, tests, compilation, cancellationToken))
                {
                    // Reached code runs it, or runs the hidden member it (or its implementation) only hands its parameters to.
                    // A constructor that only library code runs is the type created, not tested (a DI accessor's
                    // `new ConnectionlessProcessor(...)`): it is not listed, but when nothing else of the type is touched
                    // the type is still one finding, not one per member (issue #18).
                    anyMemberTested |= member is not IMethodSymbol { MethodKind: MethodKind.Constructor };
                }
                else if (IsTwinOfTestedFlavour(member, tests, reached, compilation, cancellationToken))
                {
                    // The other flavour (X beside XAsync) of the same steps is tested: async-twin.
                    anyMemberTested = true;
                }
                else if (IsRowOfARunTable(member, type, tests, compilation, cancellationToken))
                {
                    // Its tested siblings run the helper it hands its data to: the row differs from them only in data.
                    anyMemberTested = true;
                }
                else if ((typeMentioned || tests.Reach.IsTypeUsed(type)) && tests.IsNamedInScriptText(member, type))
                {
                    // A script or template the tests run calls it by its name in the library's script naming.
                    anyMemberTested = true;
                }
                else if (IsStoodForByImplementation(member, tests, compilation, cancellationToken))
                {
                    // The implementation is reported, tested or covered by its type: one finding for one gap.
                    continue;
                }
                else if (IsStoodForByForwardTarget(member, tests, compilation, cancellationToken))
                {
                    // A facade of the same operation on another type, which is reported there: one finding for one gap.
                    continue;
                }
                else if (!onlyNew || PublicSurface.IsNew(member, shipped))
                {
                    untested.Add(member);
                    anyWithoutBehaviour |= PublicSurface.HasNoBehaviour(member, compilation, cancellationToken);
                }
            }
        }

        // A member without behaviour of its own (an auto-property, a positional record property, a primary constructor,
        // a pass-through) is covered by its type: it is listed only when the tests neither name the type nor touch any of
        // its members, and library code the tests run neither names nor creates it.
        if (anyWithoutBehaviour && (typeMentioned || anyMemberTested || tests.Reach.IsTypeUsed(type)))
        {
            untested.RemoveAll(member => PublicSurface.HasNoBehaviour(member, compilation, cancellationToken));
        }

        // A protected member runs when the type's public members do: it is covered once a test exercises one of them
        // itself (a protected member that library code calls on a tested path is reached by library-call).
        if (anyMemberTestedDirectly)
        {
            untested.RemoveAll(IsProtected);
        }

        var typeIsNew = !onlyNew || PublicSurface.IsNew(type, shipped);
        // A static class without members of its own only holds nested types: it is not reported on its own. The members
        // of its C# 14 extension blocks count as its own (a class of only blocks is not a type without members).
        // A type without reportable members of its own (a marker interface, a delegate, an enum, a class that only
        // derives) is used through the types that implement it, the checks that name it and the library code that
        // creates or names it.
        var typeUntested = typeIsNew && !anyMemberTested
            && (anyMember ? untested.Count > 0 : !typeMentioned && !type.IsStatic && !IsMarkerInUse(type, tests));
        if (typeUntested && anyMember && OnlyForwardsToInterop(untested, compilation, cancellationToken))
        {
            // A wrapper of the device whose untested members only hand their values to COM or platform invoke
            // (interop-forward) is not reported even when the tests touch nothing of it: what it does is the device's.
            return;
        }

        if (typeUntested)
        {
            var list = new StringBuilder();
            foreach (var member in untested)
            {
                list.Append(list.Length == 0 ? " (untested members: " : ", ").Append(ExtensionBlocks.Display(member, MessageFormat));
            }

            if (list.Length > 0)
            {
                list.Append(')');
            }

            Report(found, useNullability, type, untested.Count == 0 ? new List<ISymbol> { type } : untested, list.ToString(), searched, Math.Max(1, untested.Count));
            return;
        }

        // A member that only forwards to another untested member of the type (AsOrdered => PreserveOrder(source, true))
        // is one gap with its target: it is listed in the target's finding, not reported on its own.
        var forwardsInto = ForwardsIntoUntestedTargets(untested, tests, compilation, cancellationToken);
        foreach (var member in untested)
        {
            if (forwardsInto.ContainsKey(member))
            {
                continue;
            }

            var reported = new List<ISymbol> { member };
            var suffix = new StringBuilder();
            foreach (var forward in untested)
            {
                if (forwardsInto.TryGetValue(forward, out var target) && SymbolEqualityComparer.Default.Equals(target, member))
                {
                    reported.Add(forward);
                    suffix.Append(suffix.Length == 0 ? " (also untested, forwarding to it: " : ", ").Append(ExtensionBlocks.Display(forward, MessageFormat));
                }
            }

            if (suffix.Length > 0)
            {
                suffix.Append(')');
            }

            Report(found, useNullability, member, reported, suffix.ToString(), searched, reported.Count);
        }
    }

    /// <summary>
    /// Whether a member is a forward through a runner it builds from what its parameters hold
    /// (<see cref="PublicSurface.Delegation.BuiltRunner"/>), or forwards, through at most <see cref="MaxDelegationChain"/>
    /// overloads of its own type, to one (<c>GitVersion(context) =&gt; GitVersion(context, new GitVersionSettings())</c>).
    /// </summary>
    private static bool ForwardsToBuiltRunner(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        var current = member;
        for (var step = 0; step < MaxDelegationChain; step++)
        {
            if (PublicSurface.DelegationOf(current, compilation, cancellationToken) is not { Target: { } target } delegation)
            {
                return false;
            }

            if (delegation.BuiltRunner)
            {
                return true;
            }

            if (!SymbolEqualityComparer.Default.Equals(target.ContainingType?.OriginalDefinition, member.ContainingType?.OriginalDefinition))
            {
                return false;
            }

            current = target;
        }

        return false;
    }

    /// <summary>
    /// The untested members that only forward (<see cref="PublicSurface.DelegationOf"/>: after argument guards, one call
    /// with their parameters, <c>this</c> and fixed values) to another untested member of the same type, or are such a
    /// forward written out (<see cref="PublicSurface.SpecialisedMember"/>), or a variant of one that only hands a setting
    /// on as well (<see cref="PublicSurface.SettingVariantOf"/>), each mapped to
    /// the end of its chain (<c>ResolveOptionalNamed(c, name) =&gt; ResolveOptionalKeyed(c, name)</c>, which forwards to the
    /// overload taking parameters): a test of the target would be the first test of the forward too. A cycle is not folded.
    /// An interface or abstract member forwards as its one implementation in the library does, to the contract member
    /// that implementation's target implements (<c>IFilter.NotInNamespaceOf&lt;T&gt;()</c>, implemented by an internal
    /// class as <c>=&gt; NotInNamespaceOf(typeof(T))</c>, is one gap with <c>IFilter.NotInNamespaceOf(params Type[])</c>).
    /// </summary>
    private static Dictionary<ISymbol, ISymbol> ForwardsIntoUntestedTargets(List<ISymbol> untested, TestsSeen tests, Compilation compilation, CancellationToken cancellationToken)
    {
        var reach = tests.Reach;
        var folded = new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default);
        if (untested.Count < 2)
        {
            return folded;
        }

        var candidates = new HashSet<ISymbol>(untested, SymbolEqualityComparer.Default);
        // The one library implementation of each untested contract member, and back: the contract a forward's target implements.
        var implementationOf = new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default);
        var contractOf = new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default);
        foreach (var member in untested)
        {
            if (member.IsAbstract && reach.ImplementationsOf(member) is { Count: 1 } implementations)
            {
                implementationOf[member] = implementations[0];
                contractOf[implementations[0].OriginalDefinition] = member;
            }
        }

        var nextOf = new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default);
        foreach (var member in untested)
        {
            var forwarding = implementationOf.TryGetValue(member, out var implementation) ? implementation : member;
            var delegation = PublicSurface.DelegationOf(forwarding, compilation, cancellationToken);
            var forwardTarget = (delegation?.ReceiverConstructor is { } made && !reach.IsReached(made))
                || (delegation is not null && !RunsWhatItMakes(delegation, tests, compilation, cancellationToken))
                ? null
                : delegation?.Target;
            if (delegation is { Links.Count: > 0 } && forwardTarget is not null)
            {
                // A chain joins the finding of what it hands its work to only when its links are tested parts.
                forwardTarget = ChainTarget(forwarding, delegation, tests, compilation, cancellationToken);
            }

            if (forwardTarget is not null && !ReferenceEquals(forwarding, member) && contractOf.TryGetValue(forwardTarget, out var contract) && contract is IMethodSymbol contractMethod)
            {
                forwardTarget = contractMethod;
            }

            var target = forwardTarget is not null && candidates.Contains(forwardTarget)
                ? forwardTarget
                : PublicSurface.SpecialisedMember(member, untested, compilation, cancellationToken) ?? PublicSurface.SettingVariantOf(member, untested, reach, compilation, cancellationToken)
                    ?? UntestedCompanionTarget(member, candidates, compilation, cancellationToken);
            if (target is not null && !SymbolEqualityComparer.Default.Equals(target, member))
            {
                nextOf[member] = target;
            }
        }

        foreach (var member in nextOf.Keys)
        {
            var end = nextOf[member];
            var steps = 0;
            while (nextOf.TryGetValue(end, out var next) && steps++ < untested.Count)
            {
                end = next;
            }

            if (!nextOf.ContainsKey(end))
            {
                folded[member] = end;
            }
        }

        return folded;
    }

    /// <summary>
    /// The untested member of the type an operator only restates (<c>companion-operator</c>): the operator is listed in its
    /// finding (<c>operator &gt;=</c> in the finding of <c>CompareTo</c>), one gap with it.
    /// </summary>
    private static ISymbol? UntestedCompanionTarget(ISymbol member, HashSet<ISymbol> candidates, Compilation compilation, CancellationToken cancellationToken) =>
        NoBehaviourShapes.CompanionOperatorTarget(member, compilation, cancellationToken) is { } target && candidates.Contains(target.OriginalDefinition) ? target.OriginalDefinition : null;

    private static void Report(List<Diagnostic> found, bool useNullability, ISymbol symbol, List<ISymbol> members, string suffix, string searched, int memberCount)
    {
        var location = symbol.Locations[0];
        var api = PublicSurface.ApiOf(symbol, useNullability);
        var properties = DebtProperties.Create(RuleIds.UntestedPublicApi, DebtMinutesPerMember * memberCount,
            Fingerprint.ForValue(RuleIds.UntestedPublicApi, (symbol as INamedTypeSymbol ?? ExtensionBlocks.DeclaringType(symbol))?.ToDisplayString() ?? "<global>", api),
            symbol.ContainingAssembly?.Name);
        properties[ApiProperty] = api;
        var ids = new StringBuilder();
        foreach (var member in members)
        {
            var id = ExtensionBlocks.DocumentationIdOf(member);
            if (id is not null)
            {
                ids.Append(ids.Length == 0 ? string.Empty : ";").Append(id);
            }
        }

        properties[MembersProperty] = ids.ToString();
        var display = symbol is INamedTypeSymbol ? "Public type '" + symbol.ToDisplayString(MessageFormat) + "'" : "Public API '" + ExtensionBlocks.Display(symbol, MessageFormat) + "'";
        found.Add(Diagnostic.Create(Rule, location, properties.ToImmutable(), display, suffix, searched));
    }

    /// <summary>
    /// The types (and the type arguments and element types in them: <c>Task&lt;Cart&gt;</c>, <c>Cart[]</c>) returned by
    /// the compilation's public methods, properties and fields whose names the tests use.
    /// </summary>
    private static HashSet<ITypeSymbol> TypesReturnedByUsedMembers(Compilation compilation, TestReferenceIndex index, CancellationToken cancellationToken)
    {
        var reached = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    if (container is INamespaceSymbol || PublicSurface.IsPubliclyVisible(container))
                    {
                        pending.Push(container);
                    }

                    continue;
                }

                if (member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor && PublicSurface.IsPubliclyVisible(constructor)
                    && index.CreatedTypes.Contains(TestFileReferences.TypeKey(constructor.ContainingType.Name, constructor.ContainingType.Arity)))
                {
                    // new MapperConfiguration(cfg => cfg.CreateMap<A, B>()): the lambda's parameter is handed to the test.
                    AddLambdaParameterTypes(constructor, reached);
                    continue;
                }

                if (!index.MemberNames.Contains(member.Name) || !PublicSurface.IsPubliclyVisible(member))
                {
                    continue;
                }

                if (member is IMethodSymbol used)
                {
                    AddLambdaParameterTypes(used, reached);
                }

                var returned = member switch
                {
                    IMethodSymbol method => method.ReturnType,
                    IPropertySymbol property => property.Type,
                    IFieldSymbol field => field.Type,
                    // "s.Changed += (o, e) => e.NewLevel" reaches the event's argument type without naming it.
                    IEventSymbol subscribed => subscribed.Type,
                    _ => null,
                };

                AddWithTypeArguments(returned, reached);
            }
        }

        return reached;
    }

    /// <summary>
    /// The parameter types of the delegates a method takes (the <c>lambda-parameter</c> row): a lambda a test passes
    /// (<c>x.Returns(ci => ci.Arg&lt;int&gt;())</c>) is test code, and the library hands it an instance of each.
    /// </summary>
    private static void AddLambdaParameterTypes(IMethodSymbol method, HashSet<ITypeSymbol> reached)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type is INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke })
            {
                foreach (var delegateParameter in invoke.Parameters)
                {
                    AddWithTypeArguments(delegateParameter.Type, reached);
                }
            }
        }
    }

    private static void AddWithTypeArguments(ITypeSymbol? type, HashSet<ITypeSymbol> reached)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                AddWithTypeArguments(array.ElementType, reached);
                break;
            case INamedTypeSymbol named:
                // The arguments of every constructed type count, not only of the first: Task<Cart> and Task<Order>.
                reached.Add(named.OriginalDefinition);
                foreach (var argument in named.TypeArguments)
                {
                    AddWithTypeArguments(argument, reached);
                }

                break;
        }
    }

    /// <summary>
    /// A type without reportable members: a memberless interface a type the tests name or reach implements, or that
    /// library code the tests run names (<c>rule is IIncludeRule</c>) or instantiates an implementation of; a delegate
    /// type or an enum that library code the tests run names (<c>ExtensionDataSetter setter = (o, key, value) => ...</c>);
    /// a class that reached library code creates (<c>new PopulateAction&lt;T&gt;()</c>).
    /// </summary>
    private static bool IsMarkerInUse(INamedTypeSymbol type, TestsSeen tests) => tests.Hierarchy.IsBaseOfMentioned(type) || tests.Reach.IsTypeUsed(type);

    /// <summary>
    /// The member, or for an abstract or interface member one of its implementations in the library (an explicit one
    /// included: <c>MapContextScope IAdapterBuilder.CreateMapContextScope() =&gt; CreateMapContextScope();</c>), only hands
    /// its work to code the tests run (the <c>library-call</c> row): a forward to a member that runs, a fluent setter
    /// whose settings code the tests run reads (<see cref="PublicSurface.DelegationOf"/>), a forward element by element
    /// to a member that runs, a pass-through whose answer a library member that runs wraps
    /// (<see cref="PublicSurface.PassThroughWrapperOf"/>), a copy of a reached overload, or a twin of a reached sibling
    /// (<see cref="PublicSurface.IsTwinOfReachedSibling"/>).
    /// </summary>
    private static bool RunsReachedHiddenCode(ISymbol member, TestsSeen tests, Compilation compilation, CancellationToken cancellationToken)
    {
        if (HandsOnToRunCode(member, tests, compilation, cancellationToken, MaxDelegationChain)
            || AccessorsHandOnToRunCode(member, tests, compilation, cancellationToken)
            || (PublicSurface.ElementwiseForwardTarget(member, compilation, cancellationToken) is { } elementTarget && tests.Reach.IsReached(elementTarget))
            || (PublicSurface.PassThroughWrapperOf(member, compilation, cancellationToken) is { } wrapper && tests.Reach.IsReached(wrapper))
            || PublicSurface.IsCopyOfReachedOverload(member, tests.Reach, compilation, cancellationToken)
            || IsCompanionOfRunMember(member, tests, compilation, cancellationToken)
            || (NoBehaviourShapes.StaticSettingsOf(member, compilation, cancellationToken) is { } settings && AreAllReadByRunCode(settings, tests))
            || tests.Runs(member, compilation))
        {
            return true;
        }

        if (!member.IsAbstract)
        {
            return false;
        }

        foreach (var implementation in tests.Reach.ImplementationsOf(member))
        {
            // The contract folds into its implementation as implemented-contract folds it into a public one: a forward,
            // or a row of a table whose helper runs (IHtmlLinkElement.Integrity, implemented by an internal element as
            // get => this.GetOwnAttribute(AttributeNames.Integrity) beside its tested siblings).
            if (HandsOnToRunCode(implementation, tests, compilation, cancellationToken, MaxDelegationChain)
                || AccessorsHandOnToRunCode(implementation, tests, compilation, cancellationToken)
                || (implementation.ContainingType is { } implementingType && IsRowOfARunTable(implementation, implementingType, tests, compilation, cancellationToken)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A property or event whose every accessor is a forward that counts as run (the <c>library-call</c> row read per
    /// accessor: <c>add { AddEventListener(EventNames.LoadedData, value); } remove { RemoveEventListener(EventNames.LoadedData, value); }</c>
    /// once the tests run both targets).
    /// </summary>
    private static bool AccessorsHandOnToRunCode(ISymbol member, TestsSeen tests, Compilation compilation, CancellationToken cancellationToken)
    {
        if (PublicSurface.AccessorsOf(member) is not { Count: > 0 } accessors)
        {
            return false;
        }

        foreach (var accessor in accessors)
        {
            if (PublicSurface.DelegationOf(accessor, compilation, cancellationToken) is not { Target: not null }
                || !HandsOnToRunCode(accessor, tests, compilation, cancellationToken, MaxDelegationChain))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The <c>table-row</c> row: the member is a row of a table written as members (<see cref="PublicSurface.TableRowOf"/>:
    /// one call of a hidden helper with its parameters and data, <c>UseFirebird(builder, cs) =&gt;
    /// builder.UseDatabase&lt;FirebirdDelegate&gt;("Firebird", cs)</c>), the helper runs in the tests, and another public
    /// member of the type is a row of the same table (<c>UsePostgres</c>, the same call with other data): the path is the
    /// one the tests run, and a test per row would only restate its data. A single call of a helper with data, with no
    /// sibling row, is code of the member's own.
    /// </summary>
    private static bool IsRowOfARunTable(ISymbol member, INamedTypeSymbol type, TestsSeen tests, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is IPropertySymbol or IEventSymbol)
        {
            return IsAccessorRowOfARunTable(member, type, tests, compilation, cancellationToken);
        }

        if (PublicSurface.TableRowOf(member, compilation, cancellationToken) is not { } row || !tests.Reach.IsReached(row.Target))
        {
            return false;
        }

        foreach (var sibling in type.GetMembers())
        {
            if (sibling is IMethodSymbol { MethodKind: MethodKind.Ordinary } && !SymbolEqualityComparer.Default.Equals(sibling, member) && IsSiblingRow(sibling)
                && PublicSurface.TableRowOf(sibling, compilation, cancellationToken) is { } siblingRow && row.IsOfTheSameTableAs(siblingRow))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A row may stand beside another public member of its type: a reported one, or in a hidden class that implements
    /// a public interface (AngleSharp's internal elements), one declared public, which callers reach through the interface.
    /// </summary>
    private static bool IsSiblingRow(ISymbol sibling) => PublicSurface.IsReportableMember(sibling) || sibling.DeclaredAccessibility == Accessibility.Public;

    /// <summary>
    /// The <c>table-row</c> row for a property or an event: every accessor is a row whose helper runs, and another
    /// property or event of the type has the same accessors, each a row of the same table
    /// (<c>get =&gt; this.GetOwnAttribute(AttributeNames.Integrity); set =&gt; this.SetOwnAttribute(AttributeNames.Integrity, value);</c>
    /// beside the same pair for <c>AttributeNames.Rel</c>).
    /// </summary>
    private static bool IsAccessorRowOfARunTable(ISymbol member, INamedTypeSymbol type, TestsSeen tests, Compilation compilation, CancellationToken cancellationToken)
    {
        if (AccessorRowsOf(member, compilation, cancellationToken) is not { } rows)
        {
            return false;
        }

        foreach (var row in rows)
        {
            if (!tests.Reach.IsReached(row.Target))
            {
                return false;
            }
        }

        foreach (var sibling in type.GetMembers())
        {
            if (sibling.Kind != member.Kind || SymbolEqualityComparer.Default.Equals(sibling, member) || !IsSiblingRow(sibling)
                || AccessorRowsOf(sibling, compilation, cancellationToken) is not { } siblingRows || siblingRows.Count != rows.Count)
            {
                continue;
            }

            var same = true;
            for (var i = 0; i < rows.Count && same; i++)
            {
                same = rows[i].IsOfTheSameTableAs(siblingRows[i]);
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The table rows of a property's or event's accessors in declaration order, or null unless every accessor is one.</summary>
    private static List<PublicSurface.TableRow>? AccessorRowsOf(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        if (PublicSurface.AccessorsOf(member) is not { Count: > 0 } accessors)
        {
            return null;
        }

        var rows = new List<PublicSurface.TableRow>(accessors.Count);
        foreach (var accessor in accessors)
        {
            if (PublicSurface.TableRowOf(accessor, compilation, cancellationToken) is not { } row)
            {
                return null;
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// An operator that only restates a member of its type (<see cref="NoBehaviourShapes.CompanionOperatorTarget"/>:
    /// <c>left.CompareTo(right) &gt;= 0</c>, <c>left.Equals(right)</c>, <c>!(left == right)</c>) counts as run when that member
    /// runs, or, for the type's other operator, when that operator counts so (the <c>companion-operator</c> row).
    /// </summary>
    private static bool IsCompanionOfRunMember(ISymbol member, TestsSeen tests, Compilation compilation, CancellationToken cancellationToken)
    {
        var target = NoBehaviourShapes.CompanionOperatorTarget(member, compilation, cancellationToken);
        if (target is null)
        {
            return false;
        }

        if (tests.Reach.IsReached(target))
        {
            return true;
        }

        return target.MethodKind == MethodKind.UserDefinedOperator
            && NoBehaviourShapes.CompanionOperatorTarget(target, compilation, cancellationToken) is { MethodKind: not MethodKind.UserDefinedOperator } next
            && tests.Reach.IsReached(next);
    }

    /// <summary>Whether library code the tests run reads every static field or property a static setter stores (<c>static-setter</c>).</summary>
    private static bool AreAllReadByRunCode(List<ISymbol> settings, TestsSeen tests)
    {
        foreach (var setting in settings)
        {
            if (!IsReadByRunCode(setting, tests))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many forwards in a row are followed (<c>Collapse</c> to <c>Expand(node, false)</c> to the setting it stores).</summary>
    private const int MaxDelegationChain = 3;

    private static bool HandsOnToRunCode(ISymbol member, TestsSeen tests, Compilation compilation, CancellationToken cancellationToken, int chain)
    {
        if (PublicSurface.DelegationOf(member, compilation, cancellationToken) is not { } delegation)
        {
            return false;
        }

        if (delegation.Target is { } target)
        {
            if (delegation.ReceiverConstructor is { } made && !tests.Reach.IsReached(made))
            {
                // The hidden constructor that makes the receiver is code of the member's own that no test runs.
                return false;
            }

            if (!RunsWhatItMakes(delegation, tests, compilation, cancellationToken))
            {
                // A default it fills in is made by a constructor overload, or handed to a member, that nothing runs.
                return false;
            }

            if (delegation.Links.Count > 0)
            {
                if (ChainTarget(member, delegation, tests, compilation, cancellationToken) is not { } chained)
                {
                    return false;
                }

                target = chained;
            }

            return tests.Runs(target, compilation) || (chain > 1 && HandsOnToRunCode(target, tests, compilation, cancellationToken, chain - 1));
        }

        if (delegation.ConfiguredThrough is { } configure && !tests.Runs(configure, compilation))
        {
            // The callback is stored by a library member nothing the tests run calls: the setting never reaches run code.
            return false;
        }

        foreach (var assigned in delegation.Assigned)
        {
            if (!IsReadByRunCode(assigned, tests))
            {
                return false;
            }
        }

        foreach (var property in delegation.SetThrough)
        {
            // Reached by library code is not enough: a read by tested code runs the getter, not the setter's own code.
            if (!tests.IsTestedDirectly(property))
            {
                return false;
            }
        }

        return delegation.Assigned.Count + delegation.SetThrough.Count > 0;
    }

    /// <summary>
    /// Whether the defaults a forward fills in are code the tests run (the <c>library-call</c> row): each library
    /// constructor that makes one (<see cref="PublicSurface.Delegation.MadeConstructors"/>) runs, that very overload
    /// (<see cref="ConstructorRuns"/>), and each member a lambda argument hands the parameters to
    /// (<see cref="PublicSurface.Delegation.LambdaTargets"/>) runs.
    /// </summary>
    private static bool RunsWhatItMakes(PublicSurface.Delegation delegation, TestsSeen tests, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var constructor in delegation.MadeConstructors)
        {
            if (!ConstructorRuns(constructor, tests, compilation, cancellationToken, MaxDelegationChain))
            {
                return false;
            }
        }

        if (delegation.DeferredThrough is { } queue && !IsReadByRunCode(queue, tests))
        {
            // A forward queued for later runs only where tested code reads the queue.
            return false;
        }

        foreach (var lambdaTarget in delegation.LambdaTargets)
        {
            if (!tests.Reach.IsReached(lambdaTarget))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a constructor overload runs, by the argument counts of the tests' creations rather than by the type's
    /// name (which counts a type's constructors together, the overload blind spot): library code the tests run calls
    /// it (<see cref="LibraryReach.IsCalledByLibrary"/>), a test creates its type with as many arguments as it takes
    /// (or in a way that does not say how many: a base list, an attribute), or it only fills in defaults for one of its
    /// type's constructors that runs (<see cref="PublicSurface.DefaultChainTarget"/>). dbup-core's
    /// <c>EmbeddedScriptAndCodeProvider(assembly, filter, sqlScriptOptions) : this(assembly, filter, filter, sqlScriptOptions)</c>
    /// does not run when the tests only create the provider with two arguments: it hands one filter on for two roles.
    /// </summary>
    private static bool ConstructorRuns(IMethodSymbol constructor, TestsSeen tests, Compilation compilation, CancellationToken cancellationToken, int chain)
    {
        if (tests.Reach.IsCalledByLibrary(constructor))
        {
            return true;
        }

        var type = constructor.ContainingType;
        var typeKey = TestFileReferences.TypeKey(type.Name, type.Arity);
        var arities = tests.Index.CreationArities;
        if (arities.Contains(TestFileReferences.CreationArityKey(typeKey, null)))
        {
            return true;
        }

        var required = 0;
        var takesParams = false;
        foreach (var parameter in constructor.Parameters)
        {
            takesParams |= parameter.IsParams;
            required += parameter.IsOptional || parameter.IsParams ? 0 : 1;
        }

        var most = takesParams ? required + MaxParamsArguments : constructor.Parameters.Length;
        for (var count = required; count <= most; count++)
        {
            if (arities.Contains(TestFileReferences.CreationArityKey(typeKey, count)))
            {
                return true;
            }
        }

        return chain > 1 && PublicSurface.DefaultChainTarget(constructor, compilation, cancellationToken) is { } next
            && ConstructorRuns(next, tests, compilation, cancellationToken, chain - 1);
    }

    /// <summary>How many arguments of a <c>params</c> parameter a test's creation is looked for with.</summary>
    private const int MaxParamsArguments = 8;

    /// <summary>
    /// What a chain (<see cref="PublicSurface.Delegation.Links"/>) hands its work to, or null when it is not a chain of
    /// tested parts: every link before it must be a fluent setter (<see cref="PublicSurface.DelegationOf"/>) that the tests
    /// call themselves (<c>q.Or().Where("Column1", 10)</c> in a test: the tests compose that link with other members, so a
    /// member that only puts it in front of another member is a composition the tests already make). The target is the
    /// member of the type that the rest of the chain spells out (<c>OrWhereNotIn(column, query) =&gt;
    /// Or().Not().WhereIn(column, query)</c> is <c>Or()</c> and <c>WhereNotIn(column, query)</c>, whose finding it joins when
    /// that is untested; <see cref="PublicSurface.ChainedSibling"/>), else the last call. A link the tests never call
    /// (<c>Not()</c> in <c>WhereNotIn(column, values) =&gt; Not().WhereIn(column, values)</c>) selects a path of the target
    /// that only this member takes (the NOT branch of the IN condition's compiler), and the member is reported on its own.
    /// </summary>
    private static IMethodSymbol? ChainTarget(ISymbol member, PublicSurface.Delegation delegation, TestsSeen tests, Compilation compilation, CancellationToken cancellationToken)
    {
        var sibling = PublicSurface.ChainedSibling(member, delegation, compilation, cancellationToken);
        var before = sibling?.LinksBefore ?? delegation.Links.Count;
        for (var i = 0; i < before; i++)
        {
            var link = delegation.Links[i];
            if (!tests.IsTestedDirectly(link) || PublicSurface.DelegationOf(link, compilation, cancellationToken) is not { Target: null, Links.Count: 0 } setter
                || setter.Assigned.Count + setter.SetThrough.Count == 0)
            {
                return null;
            }
        }

        return sibling?.Sibling ?? delegation.Target;
    }

    /// <summary>The member, or an implementation of it when it is an abstract or interface property, is read by code the tests run.</summary>
    private static bool IsReadByRunCode(ISymbol assigned, TestsSeen tests)
    {
        if (tests.Reach.IsRead(assigned))
        {
            return true;
        }

        foreach (var implementation in tests.Reach.ImplementationsOf(assigned))
        {
            if (tests.Reach.IsRead(implementation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An abstract or interface member with an implementation or override in the library that is itself a public API
    /// or has no behaviour of its own (the <c>implemented-contract</c> row): the contract has no behaviour, and the
    /// implementation's finding, test or type stands for it. So is one that nothing in the compilation implements or
    /// overrides: the behaviour behind it lives in other assemblies (a plugin contract, a service a host supplies), none
    /// of it in this library, and the library code that calls it is reported, tested or covered on its own.
    /// </summary>
    private static bool IsStoodForByImplementation(ISymbol member, TestsSeen tests, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!member.IsAbstract)
        {
            return false;
        }

        var implementations = tests.Reach.ImplementationsOf(member);
        if (implementations.Count == 0)
        {
            return true;
        }

        foreach (var implementation in implementations)
        {
            if (PublicSurface.IsReportableMember(implementation) || PublicSurface.HasNoBehaviour(implementation, compilation, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A forward (<see cref="PublicSurface.DelegationOf"/>) to a public API of the same name on another type of the
    /// library (the <c>library-call</c> row): Hangfire's static facade <c>BackgroundJob.ContinueJobWith(parentId, queue,
    /// methodCall, options) =&gt; ClientFactory().ContinueJobWith(parentId, queue, methodCall, options: options)</c> over the
    /// extension <c>BackgroundJobClientExtensions.ContinueJobWith</c>. The forward counts as run when its target runs; when
    /// the target runs nowhere, the target is reported on its type, and a test of it is the first test of the facade too,
    /// so the facade is not reported again. Within one type such forwards are listed in the target's finding
    /// (<c>ForwardsIntoUntestedTargets</c>); across types each type's finding is its own, so the facade is left out. Not a
    /// forward to a member of another name (a step of another operation), a chain, nor one through a hidden constructor.
    /// The same facade through a configuration callback counts alike: <c>CakeHost.UseLifetime&lt;T&gt;(this CakeHost host)
    /// =&gt; host.ConfigureServices(services =&gt; services.UseLifetime&lt;T&gt;())</c>, whose callback hands its work to the
    /// member of the same name on what it is given (<see cref="PublicSurface.Delegation.LambdaTargets"/>), stands for that
    /// member when the call taking the callback runs (the host applies it): the one gap is the callback's target.
    /// </summary>
    private static bool IsStoodForByForwardTarget(ISymbol member, TestsSeen tests, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary }
            || PublicSurface.DelegationOf(member, compilation, cancellationToken) is not { Target: { } target, Links.Count: 0, ReceiverConstructor: null } delegation)
        {
            return false;
        }

        if (target.Name != member.Name && delegation is { LambdaTargets.Count: 1, MadeConstructors.Count: 0, DeferredThrough: null }
            && delegation.LambdaTargets[0].Name == member.Name && tests.Runs(target, compilation))
        {
            target = delegation.LambdaTargets[0];
        }
        else if (!RunsWhatItMakes(delegation, tests, compilation, cancellationToken) || target.Name != member.Name)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(target.ContainingType.OriginalDefinition, member.ContainingType.OriginalDefinition))
        {
            return false;
        }

        return PublicSurface.IsReportableType(target.ContainingType) && PublicSurface.IsReportableMember(target);
    }

    /// <summary>
    /// The <c>async-twin</c> row: a method whose twin of the other flavour (<see cref="AsyncTwins.TwinOf"/>) the tests
    /// reference or reached code runs, the two written as the same steps (<see cref="AsyncTwins.HaveSameSteps"/>).
    /// </summary>
    private static bool IsTwinOfTestedFlavour(ISymbol member, TestsSeen tests, Lazy<HashSet<ITypeSymbol>> reached, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is not IMethodSymbol method || AsyncTwins.TwinOf(method) is not { } twin
            || !(tests.Reach.IsReached(twin) || IsTestedDirectly(twin, twin.ContainingType, tests, reached)))
        {
            return false;
        }

        var reach = tests.Reach;
        return AsyncTwins.HaveSameSteps(method, twin, reach.ImplementationsOf(method), reach.IsReached, compilation, cancellationToken);
    }

    /// <summary>Whether the tests reference a member themselves (every row but <c>library-call</c>), for the library-call seeds.</summary>
    private static bool IsTestedDirectly(ISymbol member, INamedTypeSymbol type, TestsSeen tests, Lazy<HashSet<ITypeSymbol>> reached)
    {
        var typeKey = TestFileReferences.TypeKey(type.Name, type.Arity);
        var typeMentioned = tests.Index.TypeNames.Contains(typeKey) || reached.Value.Contains(type);
        return IsTested(member, type, typeKey, typeMentioned, tests);
    }

    /// <summary>Whether the tests reference a member, by the rows of the table in docs/rules/AID301.md.</summary>
    private static bool IsTested(ISymbol member, INamedTypeSymbol type, string typeKey, bool typeMentioned, TestsSeen tests)
    {
        var index = tests.Index;
        if (IsWalkedByReflection(member, type, index))
        {
            return true;
        }

        // An interpolated-string handler's constructor and appends are called by code the compiler writes for a test's
        // $"..." argument: counted by the exact overload each hole binds to, so a hole shape no test writes stays reported.
        if (member is IMethodSymbol { ContainingType: { } handler } handlerMember && index.InterpolatedCalls.Count > 0
            && CompilerCalls.IsInterpolatedStringHandler(handler) && tests.IsCalledByCompiler(handlerMember))
        {
            return true;
        }

        // A C# 14 extension block's member is called on the type it extends (extension-method).
        if (member.ContainingType is { } block && ExtensionBlocks.IsBlock(block))
        {
            return IsExtensionMemberUsed(member, block, index);
        }

        switch (member)
        {
            case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor:
                // A test that catches, casts, pattern-matches or asks for a T by type argument holds an instance the
                // code under test constructed; so does a test handling event arguments, which the raiser creates. A
                // protected constructor runs whenever a subtype is created.
                return index.CreatedTypes.Contains(typeKey) || index.ReceivedTypes.Contains(typeKey)
                    || (typeMentioned && IsEventArguments(type))
                    || (IsProtected(constructor) && tests.Hierarchy.IsBaseOfCreated(type));
            case IMethodSymbol { IsExtensionMethod: true } extension:
                return index.MemberNames.Contains(extension.Name);
            case IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } op:
                // A C# 14 instance compound assignment operator (operator +=) binds only to the compound form, x += y.
                return typeMentioned && (PublicSurface.OperatorToken(op.Name) ?? PublicSurface.CompoundAssignmentToken(op.Name)) is { } token && index.Operators.Contains(token);
            case IMethodSymbol { MethodKind: MethodKind.Conversion }:
                return typeMentioned;
            case IPropertySymbol { IsIndexer: true }:
                return typeMentioned && index.UsesElementAccess;
            case IPropertySymbol property when index.CreatedWithArguments.Contains(typeKey) && IsConstructorParameter(property, type):
                // [StrictJsonProperty("id")] and new Money(5m) set the property their parameter is named after.
                return true;
            case IMethodSymbol { Name: "GetMetaObject" } when typeMentioned && index.TypeNames.Contains(DynamicKey):
                // A test using the type through dynamic runs its IDynamicMetaObjectProvider.GetMetaObject.
                return true;
            default:
                var named = index.MemberNames.Contains(member.Name) || (SyncCopyName(member) is { } syncName && index.MemberNames.Contains(syncName));
                return (typeMentioned && named)
                    || (named && tests.Hierarchy.IsBaseOfMentioned(type))
                    || tests.Hierarchy.IsUsedBySubclassInTests(member, type, index)
                    || (IsProtected(member) && (index.CreatedTypes.Contains(typeKey) || tests.Hierarchy.IsBaseOfCreated(type)))
                    || (typeMentioned && RaisesSubscribedEvent(member, type, index))
                    || (typeMentioned && tests.IsCalledThroughAttribute(member, type))
                    || (named && tests.AnswersForNamedInterface(member, type));
        }
    }

    /// <summary>
    /// The extension-method row for a C# 14 extension block's member: a method or property (instance or static) whose name
    /// the tests use, on an instance or on the extended type (<c>ArgumentException.ThrowIfEmpty(span)</c>,
    /// <c>buffer.Count</c>), as a classic <c>this</c> extension method counts, or through its implementation on the static
    /// class (<c>BasicExtensions.get_ZeroBytes&lt;T&gt;()</c> for a property); an operator (<c>operator %</c>, a compound
    /// <c>operator +=</c>) whose token the tests write, where the extended type is named in the tests as the operator row
    /// asks of a type's own operators (any type when the block extends a type parameter or a built-in type, which a test
    /// writes as a keyword or a literal).
    /// </summary>
    private static bool IsExtensionMemberUsed(ISymbol member, INamedTypeSymbol block, TestReferenceIndex index)
    {
        if (member is IPropertySymbol property)
        {
            // A property is also called through its implementation accessor on the static class, C#'s disambiguation
            // form (BasicExtensions.get_ZeroBytes<T>()).
            return index.MemberNames.Contains(property.Name)
                || (property.GetMethod is not null && index.MemberNames.Contains(AccessorPrefixGet + property.Name))
                || (property.SetMethod is not null && index.MemberNames.Contains(AccessorPrefixSet + property.Name));
        }

        if (member is not IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } op)
        {
            // A method is called on an instance, on the extended type, or as its implementation on the static class
            // (ArgumentExceptionExtensions.ThrowIfEmpty(span)): always by its name.
            return index.MemberNames.Contains(member.Name);
        }

        if ((PublicSurface.OperatorToken(op.Name) ?? PublicSurface.CompoundAssignmentToken(op.Name)) is not { } token || !index.Operators.Contains(token))
        {
            return false;
        }

        return ExtensionBlocks.ExtendedType(block) switch
        {
            null or ITypeParameterSymbol => true,
            { SpecialType: not SpecialType.None } => true,
            INamedTypeSymbol extended => index.TypeNames.Contains(TestFileReferences.TypeKey(extended.Name, extended.Arity)),
            _ => true,
        };
    }

    private const string AccessorPrefixGet = "get_";
    private const string AccessorPrefixSet = "set_";

    /// <summary>
    /// The name of the sync copy a source generator writes of an async method marked <c>[CreateSyncVersion]</c>
    /// (Zomp.SyncMethodGenerator: MiniExcel's <c>OpenXmlImporter.GetSheetNamesAsync</c> gets a <c>GetSheetNames</c> of the
    /// same body without the awaits), or null. The generated copy is not in the compilation the rule sees, so a test
    /// calling it by that name (<c>_excelImporter.GetSheetNames(path)</c>) is a test of this body.
    /// </summary>
    private static string? SyncCopyName(ISymbol member)
    {
        if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method || method.Name.Length <= AsyncSuffix.Length
            || !method.Name.EndsWith(AsyncSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var attribute in method.GetAttributes())
        {
            // Without the generator's package in the compilation the attribute is an error type named as written.
            if (attribute.AttributeClass?.Name is "CreateSyncVersionAttribute" or "CreateSyncVersion")
            {
                return method.Name.Substring(0, method.Name.Length - AsyncSuffix.Length);
            }
        }

        return null;
    }

    private const string AsyncSuffix = "Async";

    /// <summary>
    /// Whether a test file reflects over the member's type (<c>typeof(T)</c>), or over a type that holds it as a nested
    /// type while the file also walks <c>GetNestedTypes()</c>, enumerates members of the member's kind and invokes them.
    /// </summary>
    private static bool IsWalkedByReflection(ISymbol member, INamedTypeSymbol type, TestReferenceIndex index)
    {
        if (index.ReflectedMembers.Count == 0 || TestFileReferences.ReflectedKindOf(member) is not { } kind)
        {
            return false;
        }

        if (index.ReflectedMembers.Contains(TestFileReferences.ReflectedKey(TestFileReferences.TypeKey(type.Name, type.Arity), kind)))
        {
            return true;
        }

        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            var outerKey = TestFileReferences.TypeKey(outer.Name, outer.Arity);
            if (index.ReflectedMembers.Contains(TestFileReferences.ReflectedKey(outerKey, TestFileReferences.NestedTypesKind + kind)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEventArguments(INamedTypeSymbol type) => SystemBaseTypes.DerivesFrom(type, "EventArgs");

    private static readonly string DynamicKey = TestFileReferences.TypeKey("dynamic", 0);

    /// <summary>
    /// A protected member: only the type's own code and its subtypes call it, so a test that runs the type runs it
    /// (<c>JsonTextWriter.WriteIndent</c>, <c>GridReader.OnBeforeGrid</c>).
    /// </summary>
    private static bool IsProtected(ISymbol member) => member.DeclaredAccessibility is Accessibility.Protected or Accessibility.ProtectedOrInternal;

    /// <summary>An <c>On&lt;Event&gt;</c> method of a type with that event, which the tests subscribe to or raise by name.</summary>
    private static bool RaisesSubscribedEvent(ISymbol member, INamedTypeSymbol type, TestReferenceIndex index)
    {
        if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method || method.Name.Length <= 2 || !method.Name.StartsWith("On", StringComparison.Ordinal))
        {
            return false;
        }

        var eventName = method.Name.Substring(2);
        if (!index.MemberNames.Contains(eventName))
        {
            return false;
        }

        for (var declaring = type; declaring is not null; declaring = declaring.BaseType)
        {
            foreach (var candidate in declaring.GetMembers(eventName))
            {
                if (candidate is IEventSymbol)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a public constructor of the type takes a parameter named as the property (ignoring case).</summary>
    private static bool IsConstructorParameter(IPropertySymbol property, INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.DeclaredAccessibility != Accessibility.Public)
            {
                continue;
            }

            foreach (var parameter in constructor.Parameters)
            {
                if (string.Equals(parameter.Name, property.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The test references of one compilation and the facts derived from them on first need.</summary>
    private sealed class TestsSeen
    {
        private readonly Compilation compilation;
        private readonly Lazy<TestedHierarchy> hierarchy;
        private readonly Lazy<HashSet<ITypeSymbol>> reached;
        private readonly CancellationToken cancellationToken;
        private readonly BuiltOnce<TestReferenceIndex> index;
        private readonly BuiltOnce<LibraryReach> reach;

        private readonly Lazy<ImmutableHashSet<string>> compilerCalls;

        public TestsSeen(Compilation compilation, BuiltOnce<TestReferenceIndex> index, Lazy<TestedHierarchy> hierarchy, Lazy<HashSet<ITypeSymbol>> reached, Lazy<ImmutableHashSet<string>> compilerCalls, CancellationToken cancellationToken)
        {
            this.compilation = compilation;
            this.compilerCalls = compilerCalls;
            this.index = index;
            this.hierarchy = hierarchy;
            this.reached = reached;
            this.cancellationToken = cancellationToken;
            reach = new BuiltOnce<LibraryReach>(token => LibraryReach.Build(compilation, (member, type) => UntestedPublicApiAnalyzer.IsTestedDirectly(member, type, this, reached), token));
            identifiers = new LibraryIdentifiers(compilation);
            walksMembersByReflection = new Lazy<bool>(WalksMembersByReflection, LazyThreadSafetyMode.PublicationOnly);
            implementedInterfaces = new Lazy<HashSet<INamedTypeSymbol>>(() => InterfacesImplementedIn(compilation, cancellationToken), LazyThreadSafetyMode.PublicationOnly);
        }

        private readonly Lazy<HashSet<INamedTypeSymbol>> implementedInterfaces;

        private readonly Dictionary<ISymbol, bool> twins = new(SymbolEqualityComparer.Default);

        /// <summary>
        /// Whether a member counts as run, for its own finding and for a forward into it: reached code runs it, or it is a
        /// twin of a reached sibling (<see cref="PublicSurface.IsTwinOfReachedSibling"/>), which counts as run for its own
        /// finding and so for what only hands its work to it (querybuilder's <c>OrWhereNotStarts(...) =&gt; Or().Not().WhereStarts(...)</c>, whose
        /// chained sibling <c>WhereNotStarts(...) =&gt; Not().WhereStarts(...)</c> is the twin of a tested <c>Not().WhereXxx(...)</c>
        /// sibling): else the forward would be reported where its target, the one that does the work, is not.
        /// </summary>
        public bool Runs(ISymbol member, Compilation compilation)
        {
            if (Reach.IsReached(member))
            {
                return true;
            }

            // A member is asked for its own finding and again by every forward into it (an overload family): its bodies
            // are compared once per compilation.
            lock (twins)
            {
                if (twins.TryGetValue(member, out var known))
                {
                    return known;
                }
            }

            var twin = PublicSurface.IsTwinOfReachedSibling(member, Reach, compilation, cancellationToken);
            lock (twins)
            {
                twins[member] = twin;
            }

            return twin;
        }

        /// <summary>
        /// Whether the compiler calls the member for a test's code (<see cref="CompilerCalls"/>): a constructor or append
        /// overload of an interpolated-string handler that a test's <c>$"..."</c> argument builds.
        /// </summary>
        public bool IsCalledByCompiler(IMethodSymbol member) =>
            member.GetDocumentationCommentId() is { } id && compilerCalls.Value.Contains(id);

        /// <summary>Whether the tests reference the member themselves, by a row other than <c>library-call</c>.</summary>
        public bool IsTestedDirectly(ISymbol member) => UntestedPublicApiAnalyzer.IsTestedDirectly(member, member.ContainingType, this, reached);

        private readonly Lazy<bool> walksMembersByReflection;

        private readonly LibraryIdentifiers identifiers;

        /// <summary>
        /// The <c>script-name</c> row: a method, property or field written in a string literal of the tests after the
        /// start of its type's name and a dot, by its name as written or in snake case (<c>string.downcase</c> and
        /// <c>string.to_long</c> for <c>StringFunctions.Downcase</c> and <c>ToLong</c>, <c>date.parse</c> for
        /// <c>DateTimeFunctions.Parse</c>), in a library that enumerates members by reflection (<c>GetMethods()</c>,
        /// <c>GetProperties()</c>, <c>DeclaredMethods</c>): the library exposes the type's members to a script or
        /// template language under those names, and a test that runs the template runs the member.
        /// </summary>
        public bool IsNamedInScriptText(ISymbol member, INamedTypeSymbol type)
        {
            if (Index.TextPaths.Count == 0 || member is not (IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol { IsIndexer: false } or IFieldSymbol))
            {
                return false;
            }

            var scriptName = ScriptNameOf(member.Name);
            // Some renamers only lower the case: Scriban's string.rstrip for RStrip, next to string.to_long for ToLong.
            var lowerName = member.Name.ToLowerInvariant();
            var typeName = type.Name.ToLowerInvariant();
            for (var length = MinimumScriptObjectName; length <= typeName.Length; length++)
            {
                var prefix = typeName.Substring(0, length) + ".";
                if ((Index.TextPaths.Contains(prefix + member.Name) || Index.TextPaths.Contains(prefix + scriptName) || Index.TextPaths.Contains(prefix + lowerName))
                    && walksMembersByReflection.Value)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The shortest start of a type's name that counts as its name in a script (<c>date</c>, <c>math</c>, <c>obj</c>).</summary>
        private const int MinimumScriptObjectName = 3;

        /// <summary>The snake-case name a script sees: <c>ToLong</c> is <c>to_long</c>, <c>HTMLEncode</c> is <c>html_encode</c>.</summary>
        public static string ScriptNameOf(string name)
        {
            var script = new StringBuilder(name.Length + 4);
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (char.IsUpper(c) && i > 0 && name[i - 1] != '_'
                    && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    script.Append('_');
                }

                script.Append(char.ToLowerInvariant(c));
            }

            return script.ToString();
        }

        private static readonly HashSet<string> MemberEnumerations = new(StringComparer.Ordinal)
        {
            "GetMethods", "GetProperties", "GetFields", "GetMembers", "GetRuntimeMethods", "GetRuntimeProperties", "GetRuntimeFields",
            "GetDeclaredMethods", "DeclaredMethods", "DeclaredProperties", "DeclaredFields", "DeclaredMembers",
        };

        private bool WalksMembersByReflection()
        {
            foreach (var enumeration in MemberEnumerations)
            {
                if (identifiers.Count(enumeration, cancellationToken) > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether library code names the interface beyond its declaration (<c>x is IWithDateFormat</c>, a parameter,
        /// a derived interface) or a library type implements it: an interface the library neither implements nor names
        /// has no code of the library behind it to test.
        /// </summary>
        public bool IsUsedByLibrary(INamedTypeSymbol type) =>
            implementedInterfaces.Value.Contains(type.OriginalDefinition)
            || identifiers.Count(type.Name, cancellationToken) > OwnDeclarationsOf(type);

        /// <summary>How often the type's name is written by its own declarations: its parts, its constructors and finalizer.</summary>
        private static int OwnDeclarationsOf(INamedTypeSymbol type)
        {
            var declarations = type.DeclaringSyntaxReferences.Length;
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.Destructor, IsImplicitlyDeclared: false } named)
                {
                    declarations += named.DeclaringSyntaxReferences.Length;
                }
            }

            return declarations;
        }

        private static HashSet<INamedTypeSymbol> InterfacesImplementedIn(Compilation compilation, CancellationToken cancellationToken)
        {
            var implemented = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var type in DeclaredTypes.In(compilation.Assembly, cancellationToken))
            {
                if (type.TypeKind is TypeKind.Class or TypeKind.Struct)
                {
                    foreach (var implementedInterface in type.AllInterfaces)
                    {
                        implemented.Add(implementedInterface.OriginalDefinition);
                    }
                }
            }

            return implemented;
        }

        /// <summary>The tests' references, read by the first tree action (or by the first caller, who then waits for them).</summary>
        public TestReferenceIndex Index => index.Get(cancellationToken);

        public TestedHierarchy Hierarchy => hierarchy.Value;

        /// <summary>The <c>sole-implementation</c> row (<see cref="SoleImplementations.AnswersForNamedInterface"/>).</summary>
        public bool AnswersForNamedInterface(ISymbol member, INamedTypeSymbol type) =>
            SoleImplementations.AnswersForNamedInterface(member, type, Index, reached.Value, compilation, cancellationToken);

        /// <summary>
        /// The library members the directly tested ones reach, built once by the first caller; callers that arrive
        /// meanwhile wait for it, and a build cancelled half-way stores nothing (<see cref="BuiltOnce{T}"/>).
        /// </summary>
        public LibraryReach Reach => reach.Get(cancellationToken);

        /// <summary>
        /// Whether an attribute of the member's type names the member (<c>[XmlSchemaProvider(nameof(AddSchema))]</c>: the
        /// framework that reads the attribute calls it) and the tests name a type of that attribute's namespace other
        /// than the attribute (<c>XmlSchemaExporter</c>): the framework runs in the tests.
        /// </summary>
        public bool IsCalledThroughAttribute(ISymbol member, INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass is { ContainingNamespace: { } attributeNamespace } attributeClass
                    && NamesMember(attribute, member.Name)
                    && NamespaceNamedByTests(attributeNamespace, attributeClass))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool NamesMember(AttributeData attribute, string name)
        {
            foreach (var argument in attribute.ConstructorArguments)
            {
                if (argument.Kind == TypedConstantKind.Primitive && argument.Value is string value && value == name)
                {
                    return true;
                }
            }

            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Value.Kind == TypedConstantKind.Primitive && argument.Value.Value is string value && value == name)
                {
                    return true;
                }
            }

            return false;
        }

        private bool NamespaceNamedByTests(INamespaceSymbol attributeNamespace, INamedTypeSymbol attributeClass)
        {
            // The namespace as the compilation sees it, merged over every referenced assembly that contributes to it.
            var merged = compilation.GetCompilationNamespace(attributeNamespace) ?? attributeNamespace;
            foreach (var candidate in merged.GetTypeMembers())
            {
                if (candidate.DeclaredAccessibility == Accessibility.Public
                    && !SymbolEqualityComparer.Default.Equals(candidate, attributeClass)
                    && Index.TypeNames.Contains(TestFileReferences.TypeKey(candidate.Name, candidate.Arity)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
