using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.CodeFixes.MagicValues;

/// <summary>One literal to replace: where it is.</summary>
internal readonly struct LiteralSite : IEquatable<LiteralSite>
{
    public LiteralSite(DocumentId documentId, TextSpan span)
    {
        DocumentId = documentId;
        Span = span;
    }

    public DocumentId DocumentId { get; }

    public TextSpan Span { get; }

    public bool Equals(LiteralSite other) => DocumentId == other.DocumentId && Span == other.Span;

    public override bool Equals(object? obj) => obj is LiteralSite other && Equals(other);

    public override int GetHashCode() => (DocumentId.GetHashCode() * 31) + Span.GetHashCode();
}

/// <summary>
/// Literals that become one constant: one site for AID201 and AID203, every occurrence for AID202. The name comes
/// from the first site (in document path and position order), so every request for the same group agrees.
/// </summary>
internal sealed class ConstantRequest
{
    public ConstantRequest(string ruleId, string? kindToken, IReadOnlyList<LiteralSite> sites, bool allowPlaceholder, ExistingConstant? existing = null)
    {
        RuleId = ruleId;
        KindToken = kindToken;
        Sites = sites;
        AllowPlaceholder = allowPlaceholder;
        Existing = existing;
    }

    /// <summary>The constant that already holds the value (AID201): the literals are replaced with it, nothing is added.</summary>
    public ExistingConstant? Existing { get; }

    /// <summary>
    /// A single fix the user applies in the editor: when nothing names the value, the constant gets a placeholder
    /// name and the user is put in rename mode on it. Fix-all has nobody to ask, so it leaves such literals alone.
    /// </summary>
    public bool AllowPlaceholder { get; }

    public string RuleId { get; }

    public string? KindToken { get; }

    public IReadOnlyList<LiteralSite> Sites { get; }
}

/// <summary>
/// A constant of the compilation that holds the value already: its declaring type's metadata name, its name, and the
/// <c>TimeSpan.From*</c> factory of a <c>TimeSpan</c> field (then the factory call, not the literal, is replaced).
/// </summary>
internal sealed class ExistingConstant
{
    public ExistingConstant(string containingType, string name, string? factory)
    {
        ContainingType = containingType;
        Name = name;
        Factory = factory;
    }

    public string ContainingType { get; }

    public string Name { get; }

    public string? Factory { get; }
}

/// <summary>
/// Introduces named constants for literals and replaces the literals with them, across documents and partial
/// declarations. Single fixes and fix-all share it: within a type, one constant per value and suggested name, whatever
/// the number of requests; a new name never collides with anything visible in any declaration of the type, nor with
/// anything visible where it replaces a literal. A clash is never dodged with a number: an existing constant of the
/// same value and name is reused, else the literal has no name (a placeholder in a single fix, skipped by fix-all).
/// </summary>
internal static class IntroduceConstantEngine
{
    public static async Task<Solution> ApplyAsync(Solution solution, IReadOnlyList<ConstantRequest> requests, CancellationToken cancellationToken)
    {
        var byProject = new Dictionary<ProjectId, List<ConstantRequest>>();
        foreach (var request in requests)
        {
            if (request.Sites.Count == 0)
            {
                continue;
            }

            var projectId = request.Sites[0].DocumentId.ProjectId;
            if (!byProject.TryGetValue(projectId, out var list))
            {
                list = new List<ConstantRequest>();
                byProject.Add(projectId, list);
            }

            list.Add(request);
        }

        var edits = new Dictionary<DocumentId, DocumentEdits>();
        foreach (var entry in byProject)
        {
            var project = solution.GetProject(entry.Key);
            if (project is null)
            {
                continue;
            }

            await PlanProjectAsync(project, entry.Value, edits, cancellationToken).ConfigureAwait(false);
        }

        var result = solution;
        foreach (var entry in edits)
        {
            var document = solution.GetDocument(entry.Key);
            if (document is null)
            {
                continue;
            }

            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                continue;
            }

            var newRoot = entry.Value.Apply(root);
            result = result.WithDocumentSyntaxRoot(entry.Key, newRoot);
        }

        return result;
    }

    private static async Task PlanProjectAsync(Project project, List<ConstantRequest> requests, Dictionary<DocumentId, DocumentEdits> edits, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            return;
        }

        var plans = new Dictionary<INamedTypeSymbol, TypePlan>(SymbolEqualityComparer.Default);
        var replaced = new HashSet<LiteralSite>();
        var resolved = new List<(ConstantRequest Request, List<ResolvedSite> Sites)>();

        foreach (var request in requests)
        {
            var sites = new List<ResolvedSite>();
            foreach (var site in request.Sites)
            {
                var resolvedSite = await ResolveAsync(project.Solution, compilation, site, cancellationToken).ConfigureAwait(false);
                if (resolvedSite is not null)
                {
                    sites.Add(resolvedSite);
                }
            }

            sites.Sort(CompareSites);
            if (sites.Count > 0)
            {
                resolved.Add((request, sites));
            }
        }

        // Deterministic order: the same inputs give the same names whatever order the diagnostics came in.
        resolved.Sort((a, b) => CompareSites(a.Sites[0], b.Sites[0]));

        foreach (var (request, sites) in resolved)
        {
            if (request.Existing is { } existing)
            {
                UseExisting(compilation, existing, sites, replaced, edits);
                continue;
            }

            var first = sites[0];
            var baseName = ConstantNaming.Suggest(first.Expression, first.Model, request.RuleId, request.KindToken, cancellationToken);
            if (baseName is null && !request.AllowPlaceholder)
            {
                continue;
            }

            // AID201's copies of one policy value in several types share one constant, declared internal in the type of
            // the first copy; AID202 counts copies per type, so its constants stay private to each type.
            var host = request.RuleId == RuleIds.MagicNumber ? SharedHost(compilation, sites) : null;
            string? sharedName = null;
            foreach (var site in sites)
            {
                if (replaced.Contains(site.Site))
                {
                    continue;
                }

                if (sharedName is not null && !SymbolEqualityComparer.Default.Equals(site.Type, host!.Type))
                {
                    replaced.Add(site.Site);
                    GetEdits(edits, site.Site.DocumentId).Replacements[site.Expression] =
                        host.Type.ToMinimalDisplayString(site.Model, site.Expression.SpanStart) + "." + sharedName;
                    continue;
                }

                if (!plans.TryGetValue(site.Type, out var plan))
                {
                    plan = new TypePlan(site.Type, compilation);
                    plans.Add(site.Type, plan);
                }

                var name = (baseName is null ? null : plan.NameFor(site, baseName, isPlaceholder: false, cancellationToken))
                    ?? (request.AllowPlaceholder ? plan.NameFor(site, ConstantNaming.Placeholder, isPlaceholder: true, cancellationToken) : null);
                if (name is not null)
                {
                    replaced.Add(site.Site);
                    GetEdits(edits, site.Site.DocumentId).Replacements[site.Expression] = name;
                    if (site == host && plan.Share(name))
                    {
                        sharedName = name;
                    }
                }
            }
        }

        foreach (var plan in plans.Values)
        {
            foreach (var constant in plan.NewConstants)
            {
                var documentEdits = GetEdits(edits, constant.DocumentId);
                if (!documentEdits.Insertions.TryGetValue(constant.Host, out var list))
                {
                    list = new List<MemberDeclarationSyntax>();
                    documentEdits.Insertions.Add(constant.Host, list);
                }

                list.Add(constant.Declaration);
            }
        }
    }

    /// <summary>
    /// Replaces each literal with the constant that holds its value already, qualified by its type where the simple name
    /// does not bind to it, or the whole <c>TimeSpan.From*</c> call for a <c>TimeSpan</c> field.
    /// </summary>
    private static void UseExisting(Compilation compilation, ExistingConstant existing, List<ResolvedSite> sites, HashSet<LiteralSite> replaced, Dictionary<DocumentId, DocumentEdits> edits)
    {
        if (compilation.GetTypeByMetadataName(existing.ContainingType) is not { } type
            || type.GetMembers(existing.Name) is not { Length: 1 } members || members[0] is not IFieldSymbol field)
        {
            return;
        }

        foreach (var site in sites)
        {
            if (replaced.Contains(site.Site))
            {
                continue;
            }

            SyntaxNode target = site.Expression;
            if (existing.Factory is not null)
            {
                if (ExpressionWrappers.Outermost(site.Expression).Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax call } })
                {
                    continue;
                }

                target = call;
            }

            var position = target.SpanStart;
            var bound = site.Model.LookupSymbols(position, name: field.Name);
            var reference = bound.Length == 1 && SymbolEqualityComparer.Default.Equals(bound[0], field)
                ? field.Name
                : field.ContainingType.ToMinimalDisplayString(site.Model, position) + "." + field.Name;
            replaced.Add(site.Site);
            GetEdits(edits, site.Site.DocumentId).Replacements[target] = reference;
        }
    }

    /// <summary>The first copy, when the copies lie in more than one type and every other type can see the first one's type.</summary>
    private static ResolvedSite? SharedHost(Compilation compilation, List<ResolvedSite> sites)
    {
        var first = sites[0];
        var spansTypes = false;
        foreach (var site in sites)
        {
            if (!SymbolEqualityComparer.Default.Equals(site.Type, first.Type))
            {
                spansTypes = true;
                if (!compilation.IsSymbolAccessibleWithin(first.Type, site.Type))
                {
                    return null;
                }
            }
        }

        return spansTypes ? first : null;
    }

    private static int CompareSites(ResolvedSite a, ResolvedSite b)
    {
        var byPath = string.CompareOrdinal(a.Expression.SyntaxTree.FilePath, b.Expression.SyntaxTree.FilePath);
        return byPath != 0 ? byPath : a.Site.Span.Start.CompareTo(b.Site.Span.Start);
    }

    private static DocumentEdits GetEdits(Dictionary<DocumentId, DocumentEdits> edits, DocumentId id)
    {
        if (!edits.TryGetValue(id, out var documentEdits))
        {
            documentEdits = new DocumentEdits();
            edits.Add(id, documentEdits);
        }

        return documentEdits;
    }

    private static async Task<ResolvedSite?> ResolveAsync(Solution solution, Compilation compilation, LiteralSite site, CancellationToken cancellationToken)
    {
        var document = solution.GetDocument(site.DocumentId);
        if (document is null)
        {
            return null;
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || !root.FullSpan.Contains(site.Span))
        {
            return null;
        }

        var node = root.FindNode(site.Span, getInnermostNodeForTie: true);
        while (node is ArgumentSyntax or ParenthesizedExpressionSyntax && node.Span == site.Span && node.ChildNodes().FirstOrDefault() is { } inner && inner.Span == site.Span)
        {
            node = inner;
        }

        var expression = node switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) || literal.IsKind(SyntaxKind.StringLiteralExpression) => (ExpressionSyntax)literal,
            PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax operand } unary when unary.IsKind(SyntaxKind.UnaryMinusExpression) && operand.IsKind(SyntaxKind.NumericLiteralExpression) => unary,
            _ => null,
        };

        if (expression is null || IsConstantDefinition(expression))
        {
            return null;
        }

        var declaration = expression.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        if (declaration is null)
        {
            // Top-level statements have no type to hold a constant.
            return null;
        }

        var model = compilation.GetSemanticModel(expression.SyntaxTree);
        if (model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type)
        {
            return null;
        }

        var constantType = model.GetTypeInfo(expression, cancellationToken).Type;
        if (constantType is null || constantType.TypeKind == TypeKind.Error)
        {
            return null;
        }

        var value = model.GetConstantValue(expression, cancellationToken);
        if (!value.HasValue)
        {
            return null;
        }

        return new ResolvedSite(site, expression, model, type, declaration, constantType, value.Value);
    }

    /// <summary>A literal that already initializes a constant or a static readonly field: naming it again helps nobody.</summary>
    internal static bool IsConstantDefinition(ExpressionSyntax expression)
    {
        var parent = ExpressionWrappers.Outermost(expression).Parent;
        if (parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: var holder } } })
        {
            return false;
        }

        return holder switch
        {
            FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword)
                || (field.Modifiers.Any(SyntaxKind.StaticKeyword) && field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword)),
            LocalDeclarationStatementSyntax local => local.IsConst,
            _ => false,
        };
    }

    private sealed class ResolvedSite
    {
        public ResolvedSite(LiteralSite site, ExpressionSyntax expression, SemanticModel model, INamedTypeSymbol type, TypeDeclarationSyntax declaration, ITypeSymbol constantType, object? value)
        {
            Site = site;
            Expression = expression;
            Model = model;
            Type = type;
            Declaration = declaration;
            ConstantType = constantType;
            Value = value;
        }

        public LiteralSite Site { get; }

        public ExpressionSyntax Expression { get; }

        public SemanticModel Model { get; }

        public INamedTypeSymbol Type { get; }

        public TypeDeclarationSyntax Declaration { get; }

        public ITypeSymbol ConstantType { get; }

        public object? Value { get; }
    }

    private sealed class NewConstant
    {
        public NewConstant(DocumentId documentId, TypeDeclarationSyntax host, MemberDeclarationSyntax declaration)
        {
            DocumentId = documentId;
            Host = host;
            Declaration = declaration;
        }

        public DocumentId DocumentId { get; }

        public TypeDeclarationSyntax Host { get; }

        public MemberDeclarationSyntax Declaration { get; }
    }

    /// <summary>The constants of one type: the names taken, the constants planned and which value each holds.</summary>
    private sealed class TypePlan
    {
        private readonly INamedTypeSymbol type;
        private readonly Compilation compilation;
        private readonly Dictionary<(string Value, string BaseName), string> chosen = new();
        private readonly Dictionary<string, string> plannedValues = new(StringComparer.Ordinal);

        public TypePlan(INamedTypeSymbol type, Compilation compilation)
        {
            this.type = type;
            this.compilation = compilation;
        }

        public List<NewConstant> NewConstants { get; } = new();

        /// <summary>
        /// The constant for the site: the base name, else "Default" + base name beside an existing member of the base
        /// name (<c>DefaultTimeout</c> beside <c>Timeout</c>); an existing or planned constant of the same value under
        /// that name is reused. Null when both names are taken by something else.
        /// </summary>
        public string? NameFor(ResolvedSite site, string baseName, bool isPlaceholder, CancellationToken cancellationToken)
        {
            var valueKey = ValueKey(site);
            if (chosen.TryGetValue((valueKey, baseName), out var existing) && IsFreeAt(site, existing))
            {
                return existing;
            }

            foreach (var candidate in isPlaceholder ? new[] { baseName } : new[] { baseName, "Default" + baseName })
            {
                if (plannedValues.TryGetValue(candidate, out var plannedValue))
                {
                    if (plannedValue == valueKey && IsFreeAt(site, candidate))
                    {
                        chosen[(valueKey, baseName)] = candidate;
                        return candidate;
                    }

                    // "Default" + name beside another new constant would suggest a relation that is not there.
                    return null;
                }

                if (TryReuseExisting(candidate, site, out var reusable, out var isConstant))
                {
                    if (reusable)
                    {
                        chosen[(valueKey, baseName)] = candidate;
                        return candidate;
                    }

                    // Beside a constant of another value, "Default" + name would claim a relation that is not there.
                    if (isConstant)
                    {
                        return null;
                    }

                    continue;
                }

                if (!IsFreeInType(candidate, cancellationToken) || !IsFreeAt(site, candidate))
                {
                    continue;
                }

                plannedValues.Add(candidate, valueKey);
                chosen[(valueKey, baseName)] = candidate;
                NewConstants.Add(new NewConstant(site.Site.DocumentId, site.Declaration, CreateDeclaration(site, candidate, isPlaceholder)));
                return candidate;
            }

            return null;
        }

        /// <summary>
        /// Makes the new constant of that name visible to the other types of the assembly (<c>internal</c>); false when
        /// the name is an existing member, which is left as it is.
        /// </summary>
        public bool Share(string name)
        {
            for (var i = 0; i < NewConstants.Count; i++)
            {
                var constant = NewConstants[i];
                if (constant.Declaration is FieldDeclarationSyntax field && field.Declaration.Variables[0].Identifier.ValueText == name)
                {
                    var modifiers = field.Modifiers.Replace(field.Modifiers[0], SyntaxFactory.Token(SyntaxKind.InternalKeyword));
                    NewConstants[i] = new NewConstant(constant.DocumentId, constant.Host, field.WithModifiers(modifiers));
                    return true;
                }
            }

            return false;
        }

        /// <summary>An existing member of that name: reusable when it is a constant of the same type and value.</summary>
        private bool TryReuseExisting(string name, ResolvedSite site, out bool reusable, out bool isConstant)
        {
            reusable = false;
            var members = type.GetMembers(name);
            isConstant = members.Length == 1 && members[0] is IFieldSymbol { IsConst: true };
            if (members.Length == 0)
            {
                return false;
            }

            if (members.Length == 1 && members[0] is IFieldSymbol { IsConst: true } field
                && SymbolEqualityComparer.Default.Equals(field.Type, site.ConstantType)
                && Equals(field.ConstantValue, site.Value))
            {
                reusable = IsBoundToMemberAt(site, name, field);
            }

            return true;
        }

        /// <summary>Whether a new member of this name would shadow or clash with anything seen from any declaration of the type.</summary>
        private bool IsFreeInType(string name, CancellationToken cancellationToken)
        {
            if (name == type.Name)
            {
                return false;
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration)
                {
                    continue;
                }

                var model = compilation.GetSemanticModel(declaration.SyntaxTree);
                var position = declaration.OpenBraceToken.Span.End;
                if (!model.LookupSymbols(position, name: name).IsEmpty)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the name, written at the site, would bind to the new constant (nothing closer hides it).</summary>
        private static bool IsFreeAt(ResolvedSite site, string name)
        {
            foreach (var symbol in site.Model.LookupSymbols(site.Expression.SpanStart, name: name))
            {
                if (!SymbolEqualityComparer.Default.Equals(symbol.ContainingType, site.Type) || symbol is not IFieldSymbol { IsConst: true })
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsBoundToMemberAt(ResolvedSite site, string name, IFieldSymbol field)
        {
            var symbols = site.Model.LookupSymbols(site.Expression.SpanStart, name: name);
            return symbols.Length == 1 && SymbolEqualityComparer.Default.Equals(symbols[0], field);
        }

        private static string ValueKey(ResolvedSite site) =>
            site.ConstantType.ToDisplayString() + ":" + Convert.ToString(site.Value, CultureInfo.InvariantCulture);

        /// <summary>A placeholder carries a rename annotation: the editor starts an inline rename on it, as its own Introduce constant does.</summary>
        private static MemberDeclarationSyntax CreateDeclaration(ResolvedSite site, string name, bool isPlaceholder)
        {
            var typeSyntax = SyntaxFactory.ParseTypeName(site.ConstantType.ToMinimalDisplayString(site.Model, site.Expression.SpanStart));
            var value = site.Expression.WithoutTrivia();
            var canBeConst = site.ConstantType.SpecialType is SpecialType.System_Boolean or SpecialType.System_Char
                or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
                or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_String;

            var identifier = SyntaxFactory.Identifier(name);
            if (isPlaceholder)
            {
                identifier = identifier.WithAdditionalAnnotations(RenameAnnotation.Create());
            }

            var modifiers = canBeConst
                ? SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PrivateKeyword), SyntaxFactory.Token(SyntaxKind.ConstKeyword))
                : SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PrivateKeyword), SyntaxFactory.Token(SyntaxKind.StaticKeyword), SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword));

            return SyntaxFactory.FieldDeclaration(
                    SyntaxFactory.VariableDeclaration(typeSyntax)
                        .AddVariables(SyntaxFactory.VariableDeclarator(identifier).WithInitializer(SyntaxFactory.EqualsValueClause(value))))
                .WithModifiers(modifiers);
        }
    }

    /// <summary>What changes in one document: literals to names, and constants to insert into type declarations.</summary>
    private sealed class DocumentEdits
    {
        public Dictionary<SyntaxNode, string> Replacements { get; } = new();

        public Dictionary<TypeDeclarationSyntax, List<MemberDeclarationSyntax>> Insertions { get; } = new();

        public SyntaxNode Apply(SyntaxNode root)
        {
            var nodes = new List<SyntaxNode>(Replacements.Keys);
            nodes.AddRange(Insertions.Keys);
            return root.ReplaceNodes(nodes, (original, rewritten) =>
            {
                if (Replacements.TryGetValue(original, out var name))
                {
                    return SyntaxFactory.ParseExpression(name).WithTriviaFrom(original);
                }

                if (rewritten is TypeDeclarationSyntax declaration && Insertions.TryGetValue((TypeDeclarationSyntax)original, out var constants))
                {
                    return Insert(declaration, constants);
                }

                return rewritten;
            });
        }

        /// <summary>
        /// In order of first use, after the last constant of the type, else first, indented like its neighbour; a blank line keeps new
        /// constants apart from the members that follow. Trivia is built here rather than left to the formatter, which
        /// would drop the blank line between two fields.
        /// </summary>
        private static TypeDeclarationSyntax Insert(TypeDeclarationSyntax declaration, List<MemberDeclarationSyntax> constants)
        {
            var members = declaration.Members;
            var index = 0;
            for (var i = 0; i < members.Count; i++)
            {
                if (members[i] is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
                {
                    index = i + 1;
                }
            }

            var newLine = NewLineOf(declaration);
            var neighbour = members.Count == 0 ? null : members[index == 0 ? 0 : index - 1];
            var indentation = neighbour is null ? SyntaxFactory.Whitespace("    ") : IndentationOf(neighbour);
            var toInsert = new List<MemberDeclarationSyntax>(constants.Count);
            foreach (var constant in constants)
            {
                toInsert.Add(constant.NormalizeWhitespace(elasticTrivia: false)
                    .WithLeadingTrivia(indentation)
                    .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine)));
            }

            if (index == 0 && members.Count > 0)
            {
                var last = toInsert[toInsert.Count - 1];
                toInsert[toInsert.Count - 1] = last.WithTrailingTrivia(last.GetTrailingTrivia().Add(SyntaxFactory.EndOfLine(newLine)));
            }

            return declaration.WithMembers(members.InsertRange(index, toInsert));
        }

        private static SyntaxTrivia IndentationOf(MemberDeclarationSyntax member)
        {
            var leading = member.GetLeadingTrivia();
            for (var i = leading.Count - 1; i >= 0; i--)
            {
                if (leading[i].IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    return leading[i];
                }

                if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    break;
                }
            }

            return SyntaxFactory.Whitespace(string.Empty);
        }

        private static string NewLineOf(TypeDeclarationSyntax declaration)
        {
            foreach (var trivia in declaration.OpenBraceToken.TrailingTrivia)
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia.ToString();
                }
            }

            return "\n";
        }
    }
}
