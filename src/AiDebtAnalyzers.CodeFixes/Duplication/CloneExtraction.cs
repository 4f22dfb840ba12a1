using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

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

        // A `using` declaration's variable is disposed where its enclosing block ends: moved into the new method it would
        // be disposed when the method returns, before the code after the copy uses it. Declarations that open every copy
        // stay in place, and the statements after them are the block the method is made of (`using var aes =
        // Aes.Create();` stays, the method sets the key and mode of the `aes` it is handed).
        while (copies.TrueForAll(c => c.Statements.Count > 1 && c.Statements[0] is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword }))
        {
            copies = copies.ConvertAll(c => c.WithoutFirstStatement());
        }

        // Copies that are each one whole local function (a ranged download's stream factory in two classes' methods): its
        // body is the block. Each local function stays, as its method calls or hands it on, and its body calls the new
        // method; its parameters and what it captures flow in.
        if (copies.TrueForAll(c => c.Statements.Count == 1 && c.Statements[0] is LocalFunctionStatementSyntax { Body.Statements.Count: > 0 }))
        {
            copies = copies.ConvertAll(c => c.BodyOfLocalFunction());
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

    /// <summary>
    /// The body the calls run, where its comments live: <see cref="Method"/>, or the body of the method one copy already
    /// is. A comment of a replaced copy that it does not hold moves above that copy's call.
    /// </summary>
    public SyntaxNode? CalledBody { get; set; }

    /// <summary>Where the copies are, for fix-all to skip a group that overlaps one already planned.</summary>
    public ImmutableArray<(DocumentId Document, TextSpan Span)> Spans { get; }
}
