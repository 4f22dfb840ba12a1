using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// What one test source file references, read from its syntax alone (test projects are not part of the compilation
/// under analysis, so no semantic model exists for them). Type names carry their generic arity: <c>Cache`1</c>.
/// </summary>
public sealed class TestFileReferences
{
    internal TestFileReferences(ImmutableHashSet<string> typeNames, ImmutableHashSet<string> createdTypes, ImmutableHashSet<string> memberNames,
        ImmutableHashSet<string> operators, bool usesElementAccess)
    {
        TypeNames = typeNames;
        CreatedTypes = createdTypes;
        MemberNames = memberNames;
        Operators = operators;
        UsesElementAccess = usesElementAccess;
    }

    /// <summary>Every simple name in the file with its arity (<c>Name`0</c>), alias targets included.</summary>
    public ImmutableHashSet<string> TypeNames { get; }

    /// <summary>Types constructed (<c>new T(...)</c>, <c>T x = new()</c>) or derived from (a base list calls a constructor).</summary>
    public ImmutableHashSet<string> CreatedTypes { get; }

    /// <summary>Names used as members: <c>x.Name</c>, <c>x?.Name</c>, <c>Name(...)</c>, <c>{ Name = ... }</c>, <c>{ Name: ... }</c>, plus the pattern methods a statement calls.</summary>
    public ImmutableHashSet<string> MemberNames { get; }

    /// <summary>Operator tokens used in unary and binary expressions (<c>+</c>, <c>==</c>, ...).</summary>
    public ImmutableHashSet<string> Operators { get; }

    public bool UsesElementAccess { get; }

    public static string TypeKey(string name, int arity) => name + "`" + arity.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads one file. Never throws on malformed code: the parser always returns a tree.</summary>
    public static TestFileReferences Extract(SourceText text, CancellationToken cancellationToken)
    {
        var tree = CSharpSyntaxTree.ParseText(text, TestParseOptions, cancellationToken: cancellationToken);
        var root = tree.GetRoot(cancellationToken);
        var types = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var created = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var members = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var operators = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var usesElementAccess = false;

        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case UsingDirectiveSyntax { Alias: not null } alias when alias.Name is not null:
                    aliases[TypeKey(alias.Alias.Name.Identifier.ValueText, 0)] = KeyOf(alias.Name);
                    break;
                case GenericNameSyntax generic:
                    types.Add(TypeKey(generic.Identifier.ValueText, generic.TypeArgumentList.Arguments.Count));
                    break;
                case IdentifierNameSyntax identifier:
                    types.Add(TypeKey(identifier.Identifier.ValueText, 0));
                    break;
                case MemberAccessExpressionSyntax access:
                    members.Add(access.Name.Identifier.ValueText);
                    break;
                case MemberBindingExpressionSyntax binding:
                    members.Add(binding.Name.Identifier.ValueText);
                    break;
                case InvocationExpressionSyntax { Expression: SimpleNameSyntax invoked }:
                    members.Add(invoked.Identifier.ValueText);
                    break;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax assigned, Parent: InitializerExpressionSyntax }:
                    members.Add(assigned.Identifier.ValueText);
                    break;
                case SubpatternSyntax { NameColon: not null } subpattern:
                    members.Add(subpattern.NameColon.Name.Identifier.ValueText);
                    break;
                case SubpatternSyntax { ExpressionColon.Expression: IdentifierNameSyntax extended }:
                    members.Add(extended.Identifier.ValueText);
                    break;
                case AttributeSyntax attribute:
                    // [Explicit] names ExplicitAttribute and runs its constructor.
                    var attributeKey = KeyOf(attribute.Name);
                    var attributeName = attributeKey.Substring(0, attributeKey.IndexOf('`'));
                    if (!attributeName.EndsWith("Attribute", StringComparison.Ordinal))
                    {
                        var withSuffix = TypeKey(attributeName + "Attribute", 0);
                        types.Add(withSuffix);
                        created.Add(withSuffix);
                    }

                    created.Add(attributeKey);
                    break;
                case ObjectCreationExpressionSyntax creation:
                    created.Add(KeyOf(creation.Type));
                    if (creation.Initializer is { RawKind: (int)SyntaxKind.CollectionInitializerExpression })
                    {
                        members.Add("Add");
                    }

                    break;
                case ImplicitObjectCreationExpressionSyntax implicitCreation:
                    var targetType = TargetTypeOf(implicitCreation);
                    if (targetType is not null)
                    {
                        created.Add(KeyOf(targetType));
                    }

                    break;
                case BaseTypeSyntax baseType:
                    created.Add(KeyOf(baseType.Type));
                    break;
                case ElementAccessExpressionSyntax or ElementBindingExpressionSyntax:
                    usesElementAccess = true;
                    break;
                case BinaryExpressionSyntax binary:
                    operators.Add(binary.OperatorToken.ValueText);
                    break;
                case AssignmentExpressionSyntax compound when !compound.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    var token = compound.OperatorToken.ValueText;
                    operators.Add(token.Substring(0, token.Length - 1));
                    if (compound.IsKind(SyntaxKind.AddAssignmentExpression) || compound.IsKind(SyntaxKind.SubtractAssignmentExpression))
                    {
                        // "x.Changed += handler" uses an event.
                        if (compound.Left is MemberAccessExpressionSyntax eventAccess)
                        {
                            members.Add(eventAccess.Name.Identifier.ValueText);
                        }
                    }

                    break;
                case PrefixUnaryExpressionSyntax prefix:
                    operators.Add(prefix.OperatorToken.ValueText);
                    break;
                case PostfixUnaryExpressionSyntax postfix:
                    operators.Add(postfix.OperatorToken.ValueText);
                    break;
                case UsingStatementSyntax or LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword }:
                    members.Add("Dispose");
                    members.Add("DisposeAsync");
                    break;
                case CommonForEachStatementSyntax:
                    members.Add("GetEnumerator");
                    members.Add("GetAsyncEnumerator");
                    break;
                case AwaitExpressionSyntax:
                    members.Add("GetAwaiter");
                    break;
                case AssignmentExpressionSyntax { Left: DeclarationExpressionSyntax or TupleExpressionSyntax }:
                    members.Add("Deconstruct");
                    break;
            }
        }

        foreach (var pair in aliases)
        {
            if (types.Contains(pair.Key))
            {
                types.Add(pair.Value);
            }

            if (created.Remove(pair.Key))
            {
                created.Add(pair.Value);
            }
        }

        return new TestFileReferences(types.ToImmutable(), created.ToImmutable(), members.ToImmutable(), operators.ToImmutable(), usesElementAccess);
    }

    private static readonly CSharpParseOptions TestParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);

    private static TypeSyntax? TargetTypeOf(ImplicitObjectCreationExpressionSyntax creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => declaration.Type,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
        _ => null,
    };

    private static string KeyOf(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => KeyOf(qualified.Right),
        AliasQualifiedNameSyntax aliasQualified => KeyOf(aliasQualified.Name),
        GenericNameSyntax generic => TypeKey(generic.Identifier.ValueText, generic.TypeArgumentList.Arguments.Count),
        IdentifierNameSyntax identifier => TypeKey(identifier.Identifier.ValueText, 0),
        NullableTypeSyntax nullable => KeyOf(nullable.ElementType),
        _ => TypeKey(type.ToString(), 0),
    };
}

/// <summary>
/// The union of the references of every test source of one compilation. Files are read through a cache keyed by the
/// checksum of their text, so a new compilation (a keystroke in the IDE) re-reads only the test files that changed.
/// </summary>
public sealed class TestReferenceIndex
{
    private TestReferenceIndex(ImmutableHashSet<string> typeNames, ImmutableHashSet<string> createdTypes, ImmutableHashSet<string> memberNames,
        ImmutableHashSet<string> operators, bool usesElementAccess, int fileCount)
    {
        TypeNames = typeNames;
        CreatedTypes = createdTypes;
        MemberNames = memberNames;
        Operators = operators;
        UsesElementAccess = usesElementAccess;
        FileCount = fileCount;
    }

    public ImmutableHashSet<string> TypeNames { get; }

    public ImmutableHashSet<string> CreatedTypes { get; }

    public ImmutableHashSet<string> MemberNames { get; }

    public ImmutableHashSet<string> Operators { get; }

    public bool UsesElementAccess { get; }

    public int FileCount { get; }

    public static TestReferenceIndex Build(IEnumerable<SourceText> texts, TestReferenceCache cache, CancellationToken cancellationToken)
    {
        var types = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var created = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var members = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var operators = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var usesElementAccess = false;
        var count = 0;
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = cache.Get(text, cancellationToken);
            types.UnionWith(file.TypeNames);
            created.UnionWith(file.CreatedTypes);
            members.UnionWith(file.MemberNames);
            operators.UnionWith(file.Operators);
            usesElementAccess |= file.UsesElementAccess;
            count++;
        }

        return new TestReferenceIndex(types.ToImmutable(), created.ToImmutable(), members.ToImmutable(), operators.ToImmutable(), usesElementAccess, count);
    }
}

/// <summary>
/// Test-file references keyed by the checksum of the file's text. The shared instance lives for the analyzer's
/// process (the IDE or the compiler server), which is what lets a keystroke re-read only the file that changed; it holds
/// derived name sets only, never syntax trees, and starts over when it exceeds <see cref="Capacity"/> entries.
/// </summary>
public sealed class TestReferenceCache
{
    public const int Capacity = 8192;

    private readonly ConcurrentDictionary<string, TestFileReferences> entries = new(StringComparer.Ordinal);
    private int extractions;

    public static TestReferenceCache Shared { get; } = new();

    /// <summary>How many files were parsed (cache misses); tests observe the cache through it.</summary>
    public int Extractions => Volatile.Read(ref extractions);

    public TestFileReferences Get(SourceText text, CancellationToken cancellationToken)
    {
        var key = KeyOf(text);
        if (entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var extracted = TestFileReferences.Extract(text, cancellationToken);
        Interlocked.Increment(ref extractions);
        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        return entries.GetOrAdd(key, extracted);
    }

    private static string KeyOf(SourceText text)
    {
        var checksum = text.GetChecksum();
        var builder = new StringBuilder((checksum.Length * 2) + 12);
        foreach (var b in checksum)
        {
            builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        // The algorithm is part of the key: two algorithms could give digests of equal length.
        builder.Append(':').Append(text.ChecksumAlgorithm.ToString()).Append(':').Append(text.Length.ToString(CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}
