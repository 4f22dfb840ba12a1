using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Options;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <summary>
/// Plans and applies the extraction of one clone group into a private method, or, when the copies lie in different types
/// of one project, into an internal static helper class. A plan is made only when every copy is known, each copy has one
/// entry and leaves in a way the call site can repeat (the early-exit part), every value that flows out can be returned
/// or handed out (the out-results part), and the copies differ only in values (variables, literals, <c>nameof</c>
/// results, fields or properties read by simple name).
/// </summary>
internal static partial class CloneExtraction
{
    public const string Title = "Extract duplicated code into a method";

    /// <summary>Fix-all cannot ask for a name, so it says that it leaves the groups nothing names alone.</summary>
    public const string FixAllTitle = "Extract duplicated code into a method (skips groups nothing names)";

    /// <summary>The name a single fix gives a method nothing names; the user is put in rename mode on it.</summary>
    public const string PlaceholderMethodName = "NewMethod";

    /// <summary>
    /// Plans the extraction for a diagnostic; null when no safe extraction exists, and then, when
    /// <paramref name="declined"/> is given, the reason is added to it (a measurement of where the fix applies reads it).
    /// </summary>
    /// <param name="helperClasses">The helper classes earlier plans of one fix-all put methods in, so that later groups
    /// join them rather than add a class each; null for a single fix.</param>
    /// <param name="allowPlaceholder">Whether a group nothing names gets the placeholder method name a single fix puts
    /// the user in rename mode on (true), or no plan (fix-all, which has nobody to ask).</param>
    public static async Task<ExtractionPlan?> TryPlanAsync(Solution solution, Diagnostic diagnostic, ISet<string> claimedNames, CancellationToken cancellationToken, ICollection<string>? declined = null, HelperClasses? helperClasses = null, bool allowPlaceholder = true)
    {
        if (!diagnostic.Properties.TryGetValue(DuplicatedCodeAnalyzer.CloneCopiesProperty, out var copiesText)
            || !int.TryParse(copiesText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var copyCount)
            || copyCount != diagnostic.AdditionalLocations.Count + 1)
        {
            // Some copies are not listed: replacing only the listed ones would leave the rest behind.
            declined?.Add(DeclineReasons.CopiesNotListed);
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
                declined?.Add(DeclineReasons.NotStatements);
                return null;
            }

            copies.Add(copy);
        }

        if (Planner.WithoutTrailingJumps(copies) is { } trimmed)
        {
            copies = trimmed;
        }

        helperClasses ??= new HelperClasses();
        var helperDeclines = new List<string>();
        var plan = new Planner(copies, claimedNames, helperClasses, cancellationToken, helperDeclines) { AllowPlaceholder = allowPlaceholder }.Plan();
        var reasons = helperDeclines;
        if (plan is null && helperDeclines.Count > 0 && helperDeclines[0] is DeclineReasons.UsesItsType or DeclineReasons.MembersDiffer
            && Planner.NearestSharedBaseClass(copies, cancellationToken) is { } sharedBase)
        {
            // Copies in sibling classes whose block needs their instance (a method of the shared base class, a member it
            // writes, a virtual member one of them overrides): the method goes into the nearest base class every copy's
            // class derives from, when that class holds everything the block uses. The reasons a measurement reads are
            // then this attempt's.
            reasons = new List<string>();
            plan = new Planner(copies, claimedNames, helperClasses, cancellationToken, reasons, sharedBase) { AllowPlaceholder = allowPlaceholder }.Plan();
        }

        if (plan is null && helperDeclines.Count > 0 && helperDeclines[0] is DeclineReasons.UsesItsType
            && Planner.SharedInstanceType(copies) is { } instanceType)
        {
            // The block uses members of a class the copies' classes share but the project cannot add a method to (a
            // framework base class) or that the base class attempt declined: the helper method takes the instance. Its
            // reasons replace the earlier ones only when it got past what the helper class could not reach.
            var instanceDeclines = new List<string>();
            plan = new Planner(copies, claimedNames, helperClasses, cancellationToken, instanceDeclines, instanceType: instanceType) { AllowPlaceholder = allowPlaceholder }.Plan();
            if (plan is null && instanceDeclines.Count > 0 && instanceDeclines[0] is not DeclineReasons.UsesItsType)
            {
                reasons = instanceDeclines;
            }
        }

        if (plan is null && declined is not null)
        {
            foreach (var reason in reasons)
            {
                declined.Add(reason);
            }
        }

        return plan;
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
                    var last = statements[statements.Count - 1];
                    var leading = statements[0].GetLeadingTrivia();
                    var placed = replacement;
                    if (placed is BlockSyntax spliced && spliced.HasAnnotation(SpliceAnnotation))
                    {
                        // Several statements take the block's place: all but the last go before it, on lines of their own.
                        var indentation = leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia) ? TriviaList(leading[leading.Count - 1]) : default;
                        var eol = EndOfLine(LineEnding(editor.OriginalRoot));
                        var before = new List<SyntaxNode>();
                        for (var i = 0; i < spliced.Statements.Count - 1; i++)
                        {
                            before.Add(spliced.Statements[i].WithLeadingTrivia(i == 0 ? leading : indentation).WithTrailingTrivia(eol));
                        }

                        editor.InsertBefore(statements[0], before);
                        placed = spliced.Statements[spliced.Statements.Count - 1];
                        leading = indentation;
                    }

                    var trailing = last.GetTrailingTrivia();
                    if (placed is IfStatementSyntax && NextStatement(last) is { } next && !next.GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
                    {
                        // A call that leaves early is an if with a block: a blank line parts it from the code that follows.
                        trailing = trailing.Add(EndOfLine(LineEnding(editor.OriginalRoot)));
                    }

                    editor.ReplaceNode(statements[0], placed
                        .WithLeadingTrivia(leading)
                        .WithTrailingTrivia(trailing));
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
        var helperMethods = new Dictionary<(DocumentId Document, string Name), (MemberDeclarationSyntax Anchor, List<MemberDeclarationSyntax> Methods)>();
        foreach (var plan in inCodeOrder)
        {
            var anchor = plan.Anchor;
            var method = plan.Method;
            if (method is null)
            {
                // The other copies call a method one copy already is: nothing is added.
                continue;
            }

            if (plan.JoinsAnchorType)
            {
                Add(plan.MethodDocumentId, editor => editor.AddMember(anchor!, method));
            }
            else if (plan.HelperClass is { } helperClass)
            {
                // Every method of one helper class goes into one class declaration, after the type of its first group.
                var key = (plan.MethodDocumentId, helperClass);
                if (!helperMethods.TryGetValue(key, out var helper))
                {
                    helper = (anchor!, new List<MemberDeclarationSyntax>());
                    helperMethods[key] = helper;
                }

                helper.Methods.Add(method);
            }
            else if (anchor is not null)
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

        foreach (var entry in helperMethods)
        {
            var (anchor, methods) = entry.Value;
            var name = entry.Key.Name;
            Add(entry.Key.Document, editor => editor.InsertAfter(anchor, HelperClassDeclaration(name, methods, EndOfLine(LineEnding(editor.OriginalRoot)))
                .WithTrailingTrivia(anchor.GetTrailingTrivia())));
        }

        // One edit per program, so that its local functions follow each other in the order of their first copies, the
        // same whether the groups are fixed one by one or all at once.
        foreach (var entry in localFunctions)
        {
            var functions = entry.Value;
            Add(entry.Key, editor => editor.ReplaceNode(editor.OriginalRoot, (root, _) => AddAfterTopLevelStatements((CompilationUnitSyntax)root, functions)));
        }

        // The documents that receive a helper class are edited first: the calls in the other documents name the class, and
        // are simplified against a solution that holds it. Untouched documents keep their trees, so the edits still apply.
        var hosts = new HashSet<DocumentId>(plans.Where(p => p.HelperClass is not null).Select(p => p.MethodDocumentId));
        var ordered = byDocument.OrderBy(entry => hosts.Contains(entry.Key) ? 0 : 1).ToList();
        var result = solution;
        foreach (var entry in ordered)
        {
            var document = result.GetDocument(entry.Key);
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
            // The formatter writes its own line breaks (those of elastic trivia) in the workspace's line ending, which
            // is the machine's when no .editorconfig sets one: a fix-all run on Linux would leave LF lines in a file
            // checked out with CRLF. The file's own line ending is what every line it already has uses.
            // A file without a line break yet keeps the workspace's.
            OptionSet options = await changed.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
            if (FirstLineEnding(editor.OriginalRoot) is { } lineEnding)
            {
                options = options.WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, lineEnding);
            }

            changed = await Formatter.FormatAsync(changed, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
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

    private static StatementSyntax? NextStatement(StatementSyntax statement)
    {
        var siblings = statement.Parent switch
        {
            BlockSyntax block => block.Statements,
            SwitchSectionSyntax section => section.Statements,
            _ => default,
        };
        var index = siblings.IndexOf(statement);
        return index >= 0 && index + 1 < siblings.Count ? siblings[index + 1] : null;
    }

    /// <summary>The member, local function or lambda whose body holds <paramref name="node"/>; null at the top level.</summary>
    private static SyntaxNode? EnclosingFunction(SyntaxNode node) =>
        node.Ancestors().FirstOrDefault(a => a is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);

    /// <summary>
    /// The parameter an argument binds to: by name where it is named, else by position, arguments past the last
    /// parameter going to it (a <c>params</c> array). The method has at least one parameter.
    /// </summary>
    private static IParameterSymbol? ParameterOf(ArgumentSyntax argument, BaseArgumentListSyntax arguments, IMethodSymbol method) =>
        argument.NameColon is { } nameColon
            ? method.Parameters.FirstOrDefault(p => p.Name == nameColon.Name.Identifier.ValueText)
            : method.Parameters[Math.Min(arguments.Arguments.IndexOf(argument), method.Parameters.Length - 1)];

    private static string LineEnding(SyntaxNode root) => FirstLineEnding(root) ?? "\n";

    private static string? FirstLineEnding(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToString();
            }
        }

        return null;
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

        /// <summary>The copy without its last statement, which stays in place.</summary>
        public Copy WithoutLastStatement()
        {
            var last = Statements[Statements.Count - 1];
            var kept = new List<SyntaxToken>(Tokens.Count);
            foreach (var token in Tokens)
            {
                if (token.SpanStart < last.SpanStart)
                {
                    kept.Add(token);
                }
            }

            return new Copy(Document, Model, Statements.Take(Statements.Count - 1).ToList(), kept, IsTopLevel);
        }

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

    private sealed partial class Planner
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

        // The type the copies return on every path, when each always leaves its function with a value: the call site
        // then returns what the new method returns.
        private ITypeSymbol? returnedType;

        // Token indices (in the first copy) of every `this`.
        private readonly List<int> thisTokens = new();

        private readonly ICollection<string>? declined;

        // The token index (in the first copy) where the walk of CompareTokens stopped.
        private int differingToken = -1;

        private readonly HelperClasses helperClasses;

        // Whether the copies lie in different types: the method then goes into a static helper class, and what the block
        // reads of its type becomes parameters.
        private bool acrossTypes;

        // A member of a copy's type that the block reads the same in every copy could not be passed in (written, computed).
        private bool ownStateNotPassable;

        /// <summary>Whether a group nothing names gets <see cref="PlaceholderMethodName"/> (a single fix) or no plan (fix-all).</summary>
        public bool AllowPlaceholder { get; set; } = true;

        public Planner(List<Copy> copies, ISet<string> claimedNames, HelperClasses helperClasses, CancellationToken cancellationToken, ICollection<string>? declined, SharedBaseClass? sharedBase = null, INamedTypeSymbol? instanceType = null)
        {
            this.instanceType = instanceType;
            this.sharedBase = sharedBase;
            this.declined = declined;
            this.helperClasses = helperClasses;
            this.copies = copies;
            this.claimedNames = claimedNames;
            this.cancellationToken = cancellationToken;
            foreach (var _ in copies)
            {
                forward.Add(new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default));
                backward.Add(new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default));
            }
        }

        private ExtractionPlan? Decline(string reason)
        {
            declined?.Add(reason);
            return null;
        }

        /// <summary>Declines for the values that flow out, and tells a measurement which variable stopped the fix.</summary>
        private ExtractionPlan? DeclineSeveralResults(string detail)
        {
            Decline(DeclineReasons.SeveralResults);
            declined?.Add(detail);
            return null;
        }

        /// <summary>Declines for a type that cannot be written, and tells a measurement which type and whether the compilation could not bind it.</summary>
        private ExtractionPlan? DeclineUnnameable(ITypeSymbol type)
        {
            Decline(DeclineReasons.UnnameableType);
            declined?.Add((ContainsErrorType(type) ? "unbound: " : "unwritable: ") + type.ToDisplayString());
            return null;
        }

        /// <summary>What a differing token names, for a measurement that reads why groups are declined.</summary>
        private static string SymbolKindText(ISymbol? symbol) => symbol switch
        {
            null => "none",
            IMethodSymbol method => method.MethodKind == MethodKind.Ordinary ? (method.IsStatic ? "static method" : "method") : method.MethodKind.ToString(),
            ILocalSymbol => "local",
            IParameterSymbol => "parameter",
            IFieldSymbol field => field.IsConst ? "const" : field.IsReadOnly ? "readonly field" : "field",
            IPropertySymbol property => property.IsVirtual || property.IsOverride || property.IsAbstract ? "virtual property" : "property",
            ITypeParameterSymbol typeParameter => typeParameter.TypeParameterKind + " type parameter",
            _ => symbol.Kind.ToString(),
        };

        private static bool ContainsErrorType(ITypeSymbol type) => type switch
        {
            { TypeKind: TypeKind.Error } => true,
            IArrayTypeSymbol array => ContainsErrorType(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.Any(ContainsErrorType),
            _ => false,
        };

        public ExtractionPlan? Plan()
        {
            if (sharedBase is not null)
            {
                PutBaseClassCopyFirst();
            }

            var first = copies[0];
            var type = ContainingType(first);
            if (type is null || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return Decline(DeclineReasons.NotInClassOrStruct);
            }

            foreach (var copy in copies)
            {
                // A top-level program's local function is seen from its top-level statements only, and a method of the
                // generated Program class is not written: all copies in top-level statements, or none.
                if (copy.IsTopLevel != first.IsTopLevel || (first.IsTopLevel && copy.Document.Id != first.Document.Id))
                {
                    return Decline(DeclineReasons.TopLevel);
                }

                if (!SymbolEqualityComparer.Default.Equals(ContainingType(copy), type))
                {
                    if (copy.Document.Project.Id != first.Document.Project.Id)
                    {
                        return Decline(DeclineReasons.DifferentProjects);
                    }

                    if (ContainingType(copy) is not { TypeKind: TypeKind.Class or TypeKind.Struct })
                    {
                        return Decline(DeclineReasons.NotInClassOrStruct);
                    }

                    // Into the shared base class, the method is one of every copy's own class, as within one type.
                    acrossTypes = sharedBase is null;
                }

                if (copy.Tokens.Count != first.Tokens.Count || Overlaps(copy))
                {
                    return Decline(DeclineReasons.CopiesDiffer);
                }

                if (!HasSingleEntryAndExit(copy))
                {
                    var returned = ReturnedType(copy);
                    if (returned is not null && earlyExit is null
                        && (copy == first || SymbolEqualityComparer.IncludeNullability.Equals(returned, returnedType)))
                    {
                        returnedType = returned;
                    }
                    else if (returned is null && returnedType is null && EarlyExitOf(copy) is { } exit && (copy == first || earlyExit?.Matches(exit) == true))
                    {
                        earlyExit = exit;
                    }
                    else
                    {
                        return DeclineLeavesEarly(copy);
                    }
                }
                else if (returnedType is not null || earlyExit is not null)
                {
                    return DeclineLeavesEarly(copy);
                }
            }

            // Copies that leave only by `return;` and each end their function's body: the return leaves nothing of the
            // caller undone, so it stays a plain `return;` in a void method and the call is a plain call (no `bool TryX`
            // and `if (!TryX(...)) { return; }`).
            if (earlyExit is { Kind: SyntaxKind.ReturnStatement, ValueType: null, Constant: null, FallsThrough: SyntaxKind.None } && copies.All(EndsItsFunction))
            {
                earlyExit = null;
            }

            if (acrossTypes)
            {
                // The copy in the document that already holds this namespace's helper class is the one the method is made from.
                PutHelperHostFirst();
            }

            if (!CompareTokens())
            {
                Decline(ownStateNotPassable ? DeclineReasons.UsesItsType : DeclineReasons.MembersDiffer);

                // Where the copies part, for a measurement that reads why groups are declined.
                var token = first.Tokens[differingToken];
                var unbound = copies.Any(c => c.Tokens[differingToken].Parent is { } parent
                    && (c.Model.GetTypeInfo(parent, cancellationToken) is var info && ((info.Type is { } t && ContainsErrorType(t)) || (info.ConvertedType is { } converted && ContainsErrorType(converted)))
                        || (parent is SimpleNameSyntax && SymbolAt(c, c.Tokens[differingToken]) is null)));
                declined?.Add((unbound ? "unbound: " : string.Empty) + string.Join(" / ", copies.Select(c => c.Tokens[differingToken].Parent?.Parent?.ToString() is { } context && context.Length < 80 ? context : c.Tokens[differingToken].Text))
                    + " (line " + (token.GetLocation().GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) + "; "
                    + string.Join(" / ", copies.Select(c => SymbolKindText(SymbolAt(c, c.Tokens[differingToken])))) + ")");
                return null;
            }

            if (acrossTypes && !ReachesOnlyWhatAHelperCan())
            {
                return Decline(DeclineReasons.UsesItsType);
            }

            if (sharedBase is not null && WhatTheBaseClassCannotReach() is { } unreachable)
            {
                Decline(DeclineReasons.UsesItsType);
                declined?.Add("base class " + sharedBase.Type.Name + ": " + unreachable);
                return null;
            }

            foreach (var copy in copies)
            {
                if (MemberKnownNotNullAtItsFirstRead(copy) is { } member)
                {
                    Decline(DeclineReasons.NullStateOfMember);
                    declined?.Add(member);
                    return null;
                }
            }

            var flows = new List<DataFlowAnalysis>(copies.Count);
            foreach (var copy in copies)
            {
                var flow = copy.Model.AnalyzeDataFlow(copy.Statements[0], copy.Statements[copy.Statements.Count - 1]);
                if (flow is null || !flow.Succeeded || !flow.UnsafeAddressTaken.IsEmpty)
                {
                    return Decline(DeclineReasons.NoDataFlow);
                }

                flows.Add(flow);
            }

            return Build(sharedBase?.Type ?? ContainingType(copies[0])!, flows);
        }

        /// <summary>
        /// Whether a <c>catch</c> or <c>finally</c> of a <c>try</c> around a copy reads the variable the new method returns.
        /// The call assigns it only when the method returns: had the block thrown after changing it, the handler would read
        /// the old value where the copy let it read the new one. Matched by name, so a handler that merely names a variable
        /// of that name also declines.
        /// </summary>
        private bool HandlerAroundACopyReads(ISymbol result)
        {
            for (var c = 0; c < copies.Count; c++)
            {
                var name = c == 0 ? result.Name : forward[c].TryGetValue(result, out var mapped) ? mapped.Name : result.Name;
                var copy = copies[c];
                foreach (var tryStatement in copy.Statements[0].Ancestors().OfType<TryStatementSyntax>())
                {
                    if (!tryStatement.Block.Span.Contains(copy.Span))
                    {
                        continue;
                    }

                    foreach (var handler in tryStatement.Catches)
                    {
                        if (NamesVariable(handler, name))
                        {
                            return true;
                        }
                    }

                    if (tryStatement.Finally is { } finallyClause && NamesVariable(finallyClause, name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool NamesVariable(SyntaxNode node, string name)
        {
            foreach (var identifier in node.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText == name)
                {
                    return true;
                }
            }

            return false;
        }

        private ExtractionPlan? Build(INamedTypeSymbol type, List<DataFlowAnalysis> flows)
        {
            var first = copies[0];
            var flow = flows[0];
            var regionSpan = first.Span;

            // Variables declared inside a copy must not be used after it, unless they are results: the first is returned,
            // any other leaves through an out parameter.
            ISymbol? result = null;
            var results = new List<ISymbol>();
            var conditionallyRead = new List<List<ISymbol>>(copies.Count);
            for (var c = 0; c < copies.Count; c++)
            {
                conditionallyRead.Add(ConditionallyReadOutside(copies[c], flows[c]));
                foreach (var output in flows[c].DataFlowsOut.Concat(conditionallyRead[c]))
                {
                    var mapped = c == 0 ? output : backward[c].TryGetValue(output, out var back) ? back : null;
                    if (mapped is null)
                    {
                        return DeclineSeveralResults("flows out of one copy only: " + output.Name);
                    }

                    // A using local is disposed where its block ends: returned or handed out by the new method, it would
                    // be disposed when that method returns, before the caller uses it (a returned Process disposed before
                    // WaitForExit). One the code after the block does not read is declined too: its disposal there is a
                    // use after the block, which CanDeclareAtCall refuses.
                    if (output is ILocalSymbol { IsUsing: true })
                    {
                        return Decline(DeclineReasons.UsingScope);
                    }

                    result ??= mapped;
                    if (!results.Contains(mapped, SymbolEqualityComparer.Default))
                    {
                        results.Add(mapped);
                    }
                }
            }

            for (var c = 0; c < copies.Count; c++)
            {
                foreach (var declared in flows[c].VariablesDeclared)
                {
                    var mapped = c == 0 ? declared : backward[c].TryGetValue(declared, out var b) ? b : null;
                    var isResult = mapped is not null && results.Contains(mapped, SymbolEqualityComparer.Default);
                    if (!isResult && (flows[c].ReadOutside.Contains(declared) || flows[c].WrittenOutside.Contains(declared) || conditionallyRead[c].Contains(declared, SymbolEqualityComparer.Default)))
                    {
                        if (mapped is null || !CanDeclareAtCall(copies[c], flows[c], declared))
                        {
                            return DeclineSeveralResults("declared in the block and used after it without flowing out: " + declared.Name);
                        }

                        if (DeclaredForNothing(copies[c], flows[c], declared))
                        {
                            return DeclineSeveralResults("declared in the block for the code after it only, which would leave the new method's declaration unused: " + declared.Name);
                        }

                        if (!declaredAtCall.Contains(mapped, SymbolEqualityComparer.Default))
                        {
                            declaredAtCall.Add(mapped);
                        }
                    }
                }
            }

            // A variable that flows out may not be assigned yet where an exit lands on the copy's end, as the method's
            // end would need it.
            if (earlyExit is { FallsThrough: not SyntaxKind.None } && results.Count > 0)
            {
                Decline(DeclineReasons.LeavesEarly);
                declined?.Add("a value flows out beside exits that land on the copy's end: " + string.Join(", ", results.Select(r => r.Name)));
                return null;
            }

            // The first result is what the method returns, unless the copies leave early (the method then says whether
            // they did) or await with more than one result (an async method has no out parameters): then every result
            // leaves beside it, through an out parameter or an element of the tuple the async method returns.
            var isAsync = ContainsAwait(first);
            flowsInTuple = (isAsync && (results.Count > 1 || (earlyExit is not null && results.Count > 0)))
                || (earlyExit is null && returnedType is null && results.Count > 1 && NeedsTupleForCapturedResults(results, flows));
            // Copies that return a value and assign an out or ref parameter of their method on the way (`bool TryFind(...,
            // out x)` bodies) hand the parameter out beside the value they return: the method's own return is theirs.
            if (returnedType is not null && results.Count > 0 && (isAsync || flowsInTuple))
            {
                return DeclineSeveralResults("an async block returns and hands out: " + string.Join(", ", results.Select(r => r.Name)));
            }

            var firstLeavingBeside = earlyExit is not null || flowsInTuple || returnedType is not null ? 0 : 1;
            if (results.Count > firstLeavingBeside && !PlanOutResults(results, flows, firstLeavingBeside, isAsync, flowsInTuple))
            {
                return DeclineSeveralResults("cannot leave through an out parameter or tuple: " + string.Join(", ", results.Skip(firstLeavingBeside).Select(r => r.Name)));
            }

            var namingResult = result;
            if (firstLeavingBeside == 0 && results.Count > 0)
            {
                // Only a variable the block declares, or one passed by ref, is safe here: where a copy leaves early, the
                // method gives an out parameter a value the caller never reads (it leaves with the variable out of scope),
                // and an async method's tuple is deconstructed into new variables.
                // Copies that return leave their method: what flows out of them is a parameter of it (a local would be
                // out of scope), and the caller's own parameter goes to the out argument.
                if (returnedType is null && outResults.FirstOrDefault(o => !o.DeclaredInside && !o.ByRef) is { } declaredBefore)
                {
                    return DeclineSeveralResults("a variable declared before the block flows out beside an early exit or an async tuple: " + declaredBefore.Variable.Name);
                }

                if (flowsInTuple && (first.IsTopLevel || !copies.All(CanUseOutcomeTuple)))
                {
                    return DeclineSeveralResults("a tuple to deconstruct in top-level statements, below C# 8 or without System.ValueTuple");
                }

                result = null;
            }

            var resultDeclaredInside = result is not null && flow.VariablesDeclared.Contains(result);
            if (result is not null && !resultDeclaredInside && HandlerAroundACopyReads(result))
            {
                return DeclineSeveralResults("a catch or finally around a copy reads the result: " + result.Name);
            }

            var parameters = new List<Parameter>();
            var localsToDeclare = new List<ISymbol>();
            var conditionallyReadInside = ConditionallyReadInside(first, flow);
            foreach (var entry in firstUse.OrderBy(e => e.Value))
            {
                var variable = entry.Key;
                if (flow.VariablesDeclared.Contains(variable) || outResults.Any(o => SymbolEqualityComparer.Default.Equals(o.Variable, variable))
                    || (delegateReceivers.Contains(variable) && OnlyReadInSlots(first, variable)))
                {
                    continue;
                }

                // A primary constructor's parameter is state of the instance that every member reading it captures: data
                // flow analysis never counts it as flowing in, so it would be declared without a value in the new method.
                // It is passed as a value; a block that assigns it changes the instance's state and is declined.
                if (IsPrimaryConstructorParameter(variable))
                {
                    if (flow.WrittenInside.Contains(variable))
                    {
                        return Decline(DeclineReasons.MembersDiffer);
                    }

                    parameters.Add(new Parameter(entry.Value, variable.Name, ParameterTypeOf(variable), variable, null));
                    continue;
                }

                // The result comes in too when its value on entry can be what the method returns: the block leaves it
                // unassigned on some path. One the block assigns on every path before any read is not passed: its value on
                // entry is never read (`original = Split(note, original)` handed in a value the method overwrote).
                var isResult = SymbolEqualityComparer.Default.Equals(variable, result);
                var resultKeepsEntryValue = isResult && !flow.AlwaysAssigned.Contains(variable);
                if (flow.DataFlowsIn.Contains(variable) || ((resultKeepsEntryValue || conditionallyReadInside.Contains(variable, SymbolEqualityComparer.Default)) && flow.DefinitelyAssignedOnEntry.Contains(variable)))
                {
                    parameters.Add(new Parameter(entry.Value, variable.Name, ParameterTypeOf(variable), variable, null));
                }
                else if (isResult && !flow.DefinitelyAssignedOnExit.Contains(variable))
                {
                    return DeclineSeveralResults("the result is not assigned on every path: " + variable.Name);
                }
                else if (flow.ReadInside.Contains(variable) && !flow.WrittenInside.Contains(variable))
                {
                    // Read and never written by the block, yet not flowing in: the analysis could not follow it (the
                    // arguments of a call the compiler removes, such as a partial method whose generated implementation
                    // is missing). Declared without a value in the method, the read would not compile (CS0165).
                    return Decline(DeclineReasons.NoDataFlow);
                }
                else
                {
                    localsToDeclare.Add(variable);
                }
            }

            foreach (var local in localsToDeclare)
            {
                if (LeavesDeclarationUnused(local))
                {
                    return DeclineSeveralResults("declared before the block and used by the copies only, which would leave its declaration unused: " + local.Name);
                }
            }

            // Names still used in the new method's body; what a value parameter replaces is free to reuse.
            var usedNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in first.Tokens)
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && !valueSlots.Any(slot => slot.Replaced.Span.Contains(token.Span)))
                {
                    usedNames.Add(token.ValueText);
                }
            }

            // A parameter must not hide a member of the type the method goes in (a helper class has none to hide).
            if (!acrossTypes)
            {
                usedNames.UnionWith(type.MemberNames);
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

                var name = UniqueName(slot.BaseName, usedNames, slot.Type);
                usedNames.Add(name);
                parameters.Add(new Parameter(slot.Index, name, slot.Type, null, slot));
                replacements[slot.Replaced] = name;
            }

            foreach (var slot in valueSlots)
            {
                if (slot.Primary is not null)
                {
                    replacements[slot.Replaced] = replacements[slot.Primary.Replaced];
                }
            }

            if (instanceType is not null && !AddInstanceParameter(first, parameters, usedNames, replacements))
            {
                return Decline(DeclineReasons.UsesItsType);
            }

            for (var p = 0; p < parameters.Count; p++)
            {
                if (parameters[p] is { Variable: { } variable } parameter && char.IsUpper(parameter.Name[0])
                    && !SymbolEqualityComparer.Default.Equals(variable, result) && CamelCaseRenaming(first, variable, usedNames, replacements) is { } camel)
                {
                    parameters[p] = new Parameter(parameter.Index, camel, parameter.Type, variable, null);
                }
            }

            for (var p = 0; p < parameters.Count; p++)
            {
                if (parameters[p] is { Variable: { } variable, Slot: null } parameter && !SymbolEqualityComparer.Default.Equals(variable, result)
                    && RoleRenaming(first, variable, parameter.Name, usedNames, replacements) is { } role)
                {
                    parameters[p] = new Parameter(parameter.Index, role, parameter.Type, variable, null);
                }
            }

            // In the order the block first uses them, a cancellation token last (CA1068).
            parameters.Sort((x, y) =>
            {
                var byToken = IsCancellationToken(x.Type).CompareTo(IsCancellationToken(y.Type));
                return byToken != 0 ? byToken : x.Index.CompareTo(y.Index);
            });
            foreach (var parameter in parameters)
            {
                if (!IsNameable(parameter.Type) || ((acrossTypes || sharedBase is not null) && !IsNameableInHelper(parameter.Type)))
                {
                    return DeclineUnnameable(parameter.Type);
                }
            }

            foreach (var outResult in outResults)
            {
                var outType = VariableType(outResult.Variable)!;
                if (!IsNameable(outType) || ((acrossTypes || sharedBase is not null) && !IsNameableInHelper(outType)))
                {
                    return DeclineUnnameable(outType);
                }
            }

            // A returned variable leaves with the type an out parameter would have: `var client = new SmtpClient()` declares
            // `SmtpClient?`, and a method returning that would make `var client = ComputeClient(...)` maybe null at the
            // caller's dereferences (CS8602), where the copy's own variable was known not null.
            var resultType = result is null ? returnedType ?? earlyExit?.ValueType : OutResultType(result);
            if (resultType is not null && (!IsNameable(resultType) || ((acrossTypes || sharedBase is not null) && !IsNameableInHelper(resultType))))
            {
                return DeclineUnnameable(resultType);
            }

            if (earlyExit is not null)
            {
                exitStatements = ExitStatements();
                if (earlyExit.ValueType is not null && isAsync)
                {
                    // An async method has no out parameters: it returns whether the copy returned, with the value.
                    if (!copies.All(CanUseOutcomeTuple))
                    {
                        return DeclineLeavesEarly(first);
                    }

                    exitValueInTuple = true;
                    resultType = OutcomeType(first.Model.Compilation, earlyExit.ValueType);
                }
                else if (flowsInTuple)
                {
                    // Whether the copy left, with the variables that flow out.
                    resultType = OutcomeType(first.Model.Compilation, null);
                }
                else
                {
                    // The method says whether the caller goes on; a value a copy returns leaves through an out parameter.
                    exitValueParameter = earlyExit.ValueType is null ? null : UniqueName(new SlotName(new List<string> { "result", "returnValue" }), usedNames);
                    resultType = first.Model.Compilation.GetSpecialType(SpecialType.System_Boolean);
                }
            }

            foreach (var thisIndex in thisTokens)
            {
                var thisSpan = first.Tokens[thisIndex].Span;
                if (instanceType is null && !valueSlots.Any(slot => slot.Replaced.Span.Contains(thisSpan)))
                {
                    needsInstance = true;
                }
            }

            if (acrossTypes && needsInstance)
            {
                return Decline(DeclineReasons.UsesItsType);
            }

            if (flowsInTuple && earlyExit is null)
            {
                resultType = OutcomeType(first.Model.Compilation, null);
            }
            bool? configureAwait = null;
            switch (isAsync ? AwaitStyleOf() : AwaitStyle.Plain)
            {
                case AwaitStyle.ConfiguredFalse:
                    configureAwait = false;
                    break;
                case AwaitStyle.ConfiguredTrue:
                    configureAwait = true;
                    break;
                case AwaitStyle.Varies:
                    // The call can be awaited one way only. That is safe only where nothing of the caller runs after it:
                    // there ConfigureAwait(false) adds no resumption the copies did not have.
                    if (result is not null || outResults.Count > 0 || !copies.All(EndsItsFunction))
                    {
                        return Decline(DeclineReasons.AwaitsVary);
                    }

                    configureAwait = false;
                    break;
            }

            if (ReuseExistingMethod(parameters, result, returnedType, isAsync, configureAwait) is { } reuse)
            {
                return reuse;
            }

            // A helper class's method names its types from outside the copy's type, where the helper class goes.
            var outermostType = acrossTypes ? OutermostType(first) : null;
            var position = outermostType?.SpanStart ?? first.Statements[0].SpanStart;
            var intent = MethodNameFor(first, parameters, namingResult, results, isAsync, out var qualifiedIntent);
            if (earlyExit is not null && intent is not null)
            {
                intent = "Try" + intent;
                qualifiedIntent = qualifiedIntent is null ? null : "Try" + qualifiedIntent;
            }

            if (intent is not null && SaysNothing(intent))
            {
                intent = null;
            }

            if (qualifiedIntent is not null && SaysNothing(qualifiedIntent))
            {
                qualifiedIntent = null;
            }

            var helperClass = acrossTypes ? HelperClassFor(first) : null;
            bool IsFree(string name) => name == (acrossTypes ? UniqueHelperMethodName(first, name) : sharedBase is not null ? UniqueBaseClassMethodName(name) : UniqueMethodName(type, name));

            // The copies' own shared name first (copies that are whole method bodies), then the block's intent; a name
            // that is taken is not numbered (`AddResult2` says nothing the user can keep): the group then has no name.
            var sharedName = earlyExit is null ? SharedMemberName(isAsync, returnedType is not null) : null;
            var methodName = sharedName is not null && IsFree(sharedName) ? sharedName
                : intent is not null && IsFree(intent) ? intent
                : intent is not null && qualifiedIntent is not null && IsFree(qualifiedIntent) ? qualifiedIntent
                : isAsync ? PlaceholderMethodName + "Async" : PlaceholderMethodName;
            var isPlaceholder = methodName != sharedName && methodName != intent && methodName != qualifiedIntent;
            if (isPlaceholder)
            {
                if (!AllowPlaceholder || !IsFree(methodName))
                {
                    Decline(DeclineReasons.NoName);
                    declined?.Add("tried: " + string.Join(", ", new[] { sharedName, intent, qualifiedIntent }.Where(n => n is not null)));
                    return null;
                }
            }

            var method = sharedBase is null
                ? CreateMethod(first, methodName, parameters, localsToDeclare, result, resultType, replacements, isAsync, first.Model, position)
                : CreateMethod(first, methodName, parameters, localsToDeclare, result, resultType, replacements, isAsync, sharedBase.Model, sharedBase.Declaration.OpenBraceToken.Span.End);
            if (isPlaceholder)
            {
                // The editor starts a rename on the placeholder, as Visual Studio's own Extract Method does.
                method = method.WithIdentifier(method.Identifier.WithAdditionalAnnotations(RenameAnnotation.Create()));
            }

            MemberDeclarationSyntax? anchor = null;
            MemberDeclarationSyntax member = method;
            var methodDocument = first.Document.Id;
            if (sharedBase is not null)
            {
                // The method joins the base class's declaration, wherever that is; it carries the requirements of the
                // member that holds the first copy, as a helper class's method does.
                var requirements = first.Statements[0].Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m.Parent is TypeDeclarationSyntax);
                anchor = sharedBase.Declaration;
                member = method.WithAttributeLists(requirements is null ? default : RequirementsOf(requirements)).WithLeadingTrivia(ElasticCarriageReturnLineFeed);
                methodDocument = sharedBase.Document;
            }
            else if (outermostType is not null)
            {
                var requirements = first.Statements[0].Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m.Parent is TypeDeclarationSyntax);
                anchor = (MemberDeclarationSyntax?)existingHelper ?? outermostType;
                member = method.WithAttributeLists(requirements is null ? default : RequirementsOf(requirements)).WithLeadingTrivia(ElasticCarriageReturnLineFeed);
            }
            else if (first.IsTopLevel)
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
                    return Decline(DeclineReasons.NoMember);
                }

                member = method.WithAttributeLists(RequirementsOf(anchor)).WithLeadingTrivia(ElasticCarriageReturnLineFeed);
            }

            var planned = new List<PlannedCopy>(copies.Count);
            var declaredResultType = result is not null && resultDeclaredInside ? OutResultType(result) : null;
            for (var c = 0; c < copies.Count; c++)
            {
                var resultVariable = result is null ? null : c == 0 ? result : forward[c][result];
                var valueLocal = earlyExit?.ValueType is null ? null : ResultLocalName(copies[c]);
                var call = CreateCall(c, CalleeFor(methodName, helperClass), parameters, resultVariable?.Name, resultDeclaredInside, isAsync, configureAwait, exitValueInTuple ? null : valueLocal, declaredResultType, resultVariable);
                if (flowsInTuple)
                {
                    call = DeconstructingCall(copies[c], c, ((ExpressionStatementSyntax)call).Expression, valueLocal);
                }
                else if (returnedType is not null)
                {
                    call = ReturnStatement(((ExpressionStatementSyntax)call).Expression).WithAdditionalAnnotations(Formatter.Annotation);
                }
                else if (earlyExit is not null)
                {
                    call = EarlyExitCall(((ExpressionStatementSyntax)call).Expression, valueLocal);
                }

                planned.Add(new PlannedCopy(copies[c].Document.Id, copies[c].Statements, WithDeclarationsAtCall(c, call)));
            }

            return new ExtractionPlan(planned, methodDocument, anchor, member, methodName, copies.Select(c => (c.Document.Id, c.Span)).ToImmutableArray(), helperClass, existingHelper is not null || sharedBase is not null) { HasPlaceholderName = isPlaceholder };
        }

        /// <summary>
        /// A camelCase name for a PascalCase variable that becomes a parameter (<c>CancellationToken</c> becomes
        /// <c>cancellationToken</c>), with every read of it in the block renamed; null when the name is taken or a
        /// <c>nameof</c> reads the variable (its text would change).
        /// </summary>
        private string? CamelCaseRenaming(Copy first, ISymbol variable, HashSet<string> usedNames, Dictionary<SyntaxNode, string> replacements) =>
            Renaming(first, variable, ToCamel(variable.Name), usedNames, replacements);

        /// <summary>
        /// A parameter the copies pass differently named variables to (<c>_master</c> in one, <c>_develop</c> in the
        /// other) is named for the role it plays in the block, not after the first copy's variable, which would be wrong
        /// at every other call: the parameter of the call it is first passed to (<c>EnsureLocalBranch(name, ...)</c> ->
        /// <c>name</c>), else the member it is first assigned to; else the words the copies' names end with alike
        /// (<c>includeItem</c>, <c>excludeItem</c> -> <c>item</c>). Null (the first copy's name stays) when the copies
        /// agree, nothing names the role, or the name is taken.
        /// </summary>
        private string? RoleRenaming(Copy first, ISymbol variable, string current, HashSet<string> usedNames, Dictionary<SyntaxNode, string> replacements)
        {
            var symbols = new ISymbol?[copies.Count];
            var differ = false;
            for (var c = 0; c < copies.Count; c++)
            {
                symbols[c] = c == 0 ? variable : forward[c].TryGetValue(variable, out var mapped) ? mapped : null;
                differ |= symbols[c] is null || ToCamel(symbols[c]!.Name) != ToCamel(variable.Name);
            }

            if (!differ)
            {
                return null;
            }

            var candidates = new List<string>();
            foreach (var token in first.Tokens)
            {
                if (token.Parent is not IdentifierNameSyntax reference || token.ValueText != variable.Name
                    || !SymbolEqualityComparer.Default.Equals(first.Model.GetSymbolInfo(reference, cancellationToken).Symbol, variable))
                {
                    continue;
                }

                switch (reference.Parent)
                {
                    case ArgumentSyntax { Parent: BaseArgumentListSyntax { Parent: { } call } arguments } argument
                        when first.Model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { Parameters.Length: > 0 } method:
                        var target = ParameterOf(argument, arguments, method);
                        if (target is { Name.Length: > 1 } && !target.IsParams)
                        {
                            candidates.Add(ToCamel(target.Name));
                        }

                        break;
                    case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment when assignment.Right == reference && LastName(assignment.Left) is { Length: > 1 } member:
                        candidates.Add(ToCamel(member));
                        break;
                }
            }

            if (SharedNameWords(symbols) is { Length: > 1 } shared)
            {
                candidates.Add(shared);
            }

            foreach (var candidate in candidates)
            {
                if (candidate == current)
                {
                    return null;
                }

                if (Renaming(first, variable, candidate, usedNames, replacements) is { } renamed)
                {
                    return renamed;
                }
            }

            return null;
        }

        /// <summary>The variable renamed in the block to <paramref name="newName"/>; null when the name is taken or a <c>nameof</c> reads it.</summary>
        private string? Renaming(Copy first, ISymbol variable, string newName, HashSet<string> usedNames, Dictionary<SyntaxNode, string> replacements)
        {
            var camel = newName;
            if (IsTaken(camel, usedNames))
            {
                return null;
            }

            var references = new List<IdentifierNameSyntax>();
            foreach (var token in first.Tokens)
            {
                if (token.Parent is IdentifierNameSyntax name
                    && string.Equals(token.ValueText, variable.Name, StringComparison.Ordinal)
                    && SymbolEqualityComparer.Default.Equals(first.Model.GetSymbolInfo(name, cancellationToken).Symbol, variable))
                {
                    if (name.Ancestors().Any(a => replacements.ContainsKey(a) || a is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }))
                    {
                        return null;
                    }

                    references.Add(name);
                }
            }

            usedNames.Add(camel);
            foreach (var reference in references)
            {
                replacements[reference] = camel;
            }

            return camel;
        }

        private static bool IsCancellationToken(ITypeSymbol type) =>
            type is { Name: "CancellationToken", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

        /// <summary>
        /// The type of a variable's parameter: its declared type, without the nullable annotation when the variable is
        /// known not null where every copy first reads it (the copies dereference it after a check the method would not
        /// see, and a <c>T?</c> parameter would turn those dereferences into CS8602).
        /// </summary>
        private ITypeSymbol ParameterTypeOf(ISymbol variable)
        {
            var type = VariableType(variable)!;
            if (type.NullableAnnotation != NullableAnnotation.Annotated || !type.IsReferenceType)
            {
                return type;
            }

            for (var c = 0; c < copies.Count; c++)
            {
                if (FlowStateAtFirstRead(copies[c], c == 0 ? variable : forward[c][variable]) != NullableFlowState.NotNull)
                {
                    return type;
                }
            }

            return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        }

        /// <summary>
        /// The first read of a field or property declared nullable (<c>char[]? _chars</c>) that the copy makes where the
        /// member is known not null, in words: a check before the block established that, which the new method would not
        /// see (CS8602 on its dereferences). Null when there is none. Two uses of a member are not such reads, since the
        /// method gives them the same null state as the copy had: a target the code assigns (<c>Timeout = 5</c> in an
        /// object initializer, which names a member of the new object; <c>_cache = Load()</c>), and a read the code
        /// already declares not null (<c>document!</c>), where the <c>!</c> moves with it. Neither counts as the member's
        /// first read either, so a later plain read is still judged, as conservatively as before.
        /// </summary>
        private string? MemberKnownNotNullAtItsFirstRead(Copy copy)
        {
            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var token in copy.Tokens)
            {
                if (token.Parent is IdentifierNameSyntax name
                    && !IsAssignedOrDeclaredNotNull(name)
                    && copy.Model.GetSymbolInfo(name, cancellationToken).Symbol is (IFieldSymbol or IPropertySymbol) and var member && seen.Add(member)
                    && (member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type) is { IsReferenceType: true, NullableAnnotation: NullableAnnotation.Annotated }
                    && copy.Model.GetTypeInfo(name, cancellationToken).Nullability.FlowState == NullableFlowState.NotNull)
                {
                    return name.Parent?.ToString() is { Length: < 80 } context ? context : token.Text;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether the name (or the member access it ends, <c>this.document</c>) is the target of a plain assignment or
        /// stands under a <c>!</c>: the two uses whose null state the copy does not take from the code before it.
        /// </summary>
        private static bool IsAssignedOrDeclaredNotNull(IdentifierNameSyntax name)
        {
            ExpressionSyntax use = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            return use.Parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left == use,
                PostfixUnaryExpressionSyntax suppressed => suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression),
                _ => false,
            };
        }

        private NullableFlowState FlowStateAtFirstRead(Copy copy, ISymbol variable)
        {
            foreach (var token in copy.Tokens)
            {
                if (token.Parent is IdentifierNameSyntax name
                    && string.Equals(token.ValueText, variable.Name, StringComparison.Ordinal)
                    && SymbolEqualityComparer.Default.Equals(copy.Model.GetSymbolInfo(name, cancellationToken).Symbol, variable))
                {
                    return copy.Model.GetTypeInfo(name, cancellationToken).Nullability.FlowState;
                }
            }

            return NullableFlowState.None;
        }

    }

    /// <summary>Trim, AOT and single-file requirements (<c>[RequiresUnreferencedCode]</c>, <c>[RequiresDynamicCode]</c>,
    /// <c>[RequiresAssemblyFiles]</c>): what the block calls still needs them, so the new method carries its member's.</summary>
    private static readonly string[] RequirementAttributes = { "RequiresUnreferencedCode", "RequiresDynamicCode", "RequiresAssemblyFiles" };

    /// <summary>The requirement attributes of the member that holds the first copy, for the new method.</summary>
    private static SyntaxList<AttributeListSyntax> RequirementsOf(MemberDeclarationSyntax member)
    {
        var lists = new List<AttributeListSyntax>();
        foreach (var list in member.AttributeLists)
        {
            if (list.Target is not null)
            {
                continue;
            }

            var kept = list.Attributes.Where(a => IsRequirement(a.Name)).ToList();
            if (kept.Count > 0)
            {
                lists.Add(AttributeList(SeparatedList(kept)).WithoutTrivia());
            }
        }

        return List(lists);
    }

    private static bool IsRequirement(NameSyntax name)
    {
        var text = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        if (text.EndsWith("Attribute", StringComparison.Ordinal))
        {
            text = text.Substring(0, text.Length - "Attribute".Length);
        }

        return Array.IndexOf(RequirementAttributes, text) >= 0;
    }

    private sealed class ValueSlot
    {
        public ValueSlot(int index, SlotName baseName, ITypeSymbol type, ExpressionSyntax[] expressions, ISymbol? nameofVariable, ISymbol?[]? readSymbols, ValueSlot? primary, SyntaxNode? replaced = null, bool byRef = false)
        {
            ByRef = byRef;
            Replaced = replaced ?? expressions[0];
            ReadSymbols = readSymbols;
            Primary = primary;
            NameofVariable = nameofVariable;
            Index = index;
            BaseName = baseName;
            Type = type;
            Expressions = expressions;
        }

        public int Index { get; }

        public SlotName BaseName { get; }

        public ITypeSymbol Type { get; }

        /// <summary>What each copy passes at the call.</summary>
        public ExpressionSyntax[] Expressions { get; }

        /// <summary>The node of the first copy the parameter replaces in the new method: its expression, or the differing
        /// text of an interpolated string, whose argument is a literal made from each copy's text.</summary>
        public SyntaxNode Replaced { get; }

        /// <summary>For a nameof that reads the same in every copy: its variable, to keep the nameof when the variable exists in the new method.</summary>
        public ISymbol? NameofVariable { get; }

        /// <summary>For a field or property read: the member each copy reads.</summary>
        public ISymbol?[]? ReadSymbols { get; }

        /// <summary>An earlier slot that reads the same member in every copy: this read uses that slot's parameter.</summary>
        public ValueSlot? Primary { get; }

        /// <summary>Whether the parameter is a <c>ref</c> to each copy's own field (the block writes it, or must see every change to it).</summary>
        public bool ByRef { get; }
    }

    /// <summary>Names for a value parameter, best first; the first is numbered only when every one is taken or hides a member.</summary>
    private sealed class SlotName
    {
        public SlotName(List<string> candidates)
        {
            Candidates = candidates;
        }

        public List<string> Candidates { get; }
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
    public ExtractionPlan(List<PlannedCopy> copies, DocumentId methodDocumentId, MemberDeclarationSyntax? anchor, MemberDeclarationSyntax? method, string methodName, ImmutableArray<(DocumentId Document, TextSpan Span)> spans, string? helperClass, bool joinsAnchorType)
    {
        HelperClass = helperClass;
        JoinsAnchorType = joinsAnchorType;
        Copies = copies;
        MethodDocumentId = methodDocumentId;
        Anchor = anchor;
        Method = method;
        MethodName = methodName;
        Spans = spans;
    }

    public List<PlannedCopy> Copies { get; }

    /// <summary>Whether nothing named the group and the method has the placeholder name the user is to rename.</summary>
    public bool HasPlaceholderName { get; set; }

    public DocumentId MethodDocumentId { get; }

    /// <summary>The static helper class the method goes in (copies in different types), or null for a method of the copies' type.</summary>
    public string? HelperClass { get; }

    /// <summary>
    /// Whether <see cref="Anchor"/> is a type declaration the method is added to: a helper class already in the code, or
    /// the shared base class of copies in sibling classes.
    /// </summary>
    public bool JoinsAnchorType { get; }

    /// <summary>
    /// The member the new method follows (for a helper class: the type the helper class follows); null for a top-level
    /// program, whose local function follows its last top-level statement.
    /// </summary>
    public MemberDeclarationSyntax? Anchor { get; }

    /// <summary>
    /// The new method, or for a top-level program a global statement holding the new local function; null when the other
    /// copies call the method one copy already is (<see cref="MethodName"/>).
    /// </summary>
    public MemberDeclarationSyntax? Method { get; }

    public string MethodName { get; }

    /// <summary>Where the copies are, for fix-all to skip a group that overlaps one already planned.</summary>
    public ImmutableArray<(DocumentId Document, TextSpan Span)> Spans { get; }
}
