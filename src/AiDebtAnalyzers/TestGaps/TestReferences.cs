using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// What one test source file references, read from its syntax alone (test projects are not part of the compilation
/// under analysis, so no semantic model exists for them). Type names carry their generic arity: <c>Cache`1</c>.
/// Each set stands for one row of the table of test references in docs/rules/AID301.md (<see cref="TestReferenceKinds"/>).
/// </summary>
internal sealed class TestFileReferences
{
    private TestFileReferences(Builder builder, HashSet<string>? conditionSymbols = null)
    {
        ConditionSymbols = conditionSymbols is null ? NameSet.Empty : new NameSet(conditionSymbols);
        TypeNames = new NameSet(builder.Types);
        CreatedTypes = new NameSet(builder.Created);
        CreatedWithArguments = new NameSet(builder.CreatedWithArguments);
        CreationArities = new NameSet(builder.CreationArities);
        ReceivedTypes = new NameSet(builder.Received);
        MemberNames = new NameSet(builder.Members);
        Operators = new NameSet(builder.Operators);
        SubclassedTypes = new NameSet(builder.Subclassed);
        SubclassMembers = new NameSet(builder.SubclassMembers);
        ReflectedMembers = new NameSet(builder.Reflected);
        TextPaths = new NameSet(builder.TextPaths);
        InterpolatedCalls = new NameSet(builder.InterpolatedCalls);
        UsesElementAccess = builder.UsesElementAccess;
    }

    /// <summary>Every simple name in the file with its arity (<c>Name`0</c>), alias targets included.</summary>
    public NameSet TypeNames { get; }

    /// <summary>Types constructed (<c>new T(...)</c>, <c>T x = new()</c>, an attribute) or derived from (a base list calls a constructor).</summary>
    public NameSet CreatedTypes { get; }

    /// <summary>Types constructed with at least one argument (<c>new T(a)</c>, <c>[T(a)]</c>): their constructors set properties.</summary>
    public NameSet CreatedWithArguments { get; }

    /// <summary>
    /// How many arguments each creation of <see cref="CreatedTypes"/> passes (<see cref="CreationArityKey"/>:
    /// <c>Provider`0#2</c> for <c>new Provider(assembly, filter)</c>; <c>#*</c> where the count is not written, as for a base
    /// list or an attribute): which constructor overloads the tests run, where that matters to the <c>library-call</c> row.
    /// </summary>
    public NameSet CreationArities { get; }

    /// <summary>
    /// Types whose instances the test receives from the code under test: <c>catch (T)</c>, <c>is T</c>, <c>as T</c>, a type
    /// pattern, a cast, <c>typeof(T)</c> and the type arguments of a generic method call (<c>Throws&lt;T&gt;()</c>).
    /// </summary>
    public NameSet ReceivedTypes { get; }

    /// <summary>
    /// Names used as members: <c>x.Name</c>, <c>x?.Name</c>, <c>Name(...)</c>, <c>{ Name = ... }</c>, <c>{ Name: ... }</c>,
    /// <c>[Attr(Name = ...)]</c>, an override declared in a test, plus the pattern methods a statement calls.
    /// </summary>
    public NameSet MemberNames { get; }

    /// <summary>Operator tokens used in unary and binary expressions (<c>+</c>, <c>==</c>, ...).</summary>
    public NameSet Operators { get; }

    /// <summary>Types a test type derives from or implements (its base list).</summary>
    public NameSet SubclassedTypes { get; }

    /// <summary>
    /// <see cref="SubclassMemberKey"/> pairs: a name a test type declares (an override, an interface implementation) or
    /// uses bare (<c>Top * 2</c>, <c>Visit(x)</c>), paired with each type of its base list.
    /// </summary>
    public NameSet SubclassMembers { get; }

    /// <summary>
    /// <see cref="ReflectedKey"/> pairs: a type named in <c>typeof(T)</c> in a file that enumerates members of a kind by
    /// reflection and invokes them (<c>GetProperties()</c> and <c>GetValue</c>, <c>GetMethods()</c> and <c>Invoke</c>); the
    /// kind carries <see cref="NestedTypesKind"/> when the file also walks <c>GetNestedTypes()</c>.
    /// </summary>
    public NameSet ReflectedMembers { get; }

    /// <summary>
    /// The member paths written in the file's string literals: a word after a dot, with the word before it in lower
    /// case (<c>"{{ x | string.to_long }}"</c> gives <c>string.to_long</c>): a script or template a test runs calls the
    /// library's members by the names the library gives them there.
    /// </summary>
    public NameSet TextPaths { get; }

    /// <summary>
    /// The names of the members an interpolated string is handed to as an argument (<c>buffer.Interpolate($"{x,4}")</c>
    /// gives <c>Interpolate</c>, <c>new Message($"...")</c> gives <c>Message</c>): where the compiler may build an
    /// interpolated-string handler of the library and call its members, which only binding shows
    /// (<see cref="CompilerCalls"/>, the <c>interpolated-string-handler</c> row).
    /// </summary>
    public NameSet InterpolatedCalls { get; }

    public bool UsesElementAccess { get; }

    /// <summary>
    /// Every name of the <c>#if</c> and <c>#elif</c> conditions the reading's parses met: those they obeyed and those of
    /// left-out branches the parser still reads (a directive that starts a line, to pair it with its <c>#endif</c>). The
    /// reading depends on the library's symbols only through these, which is what <see cref="TestReferenceCache"/> keys a
    /// reading by; another reading of the same text under other symbols can meet other names (a comment or a string that
    /// spans a branch).
    /// </summary>
    public NameSet ConditionSymbols { get; }

    /// <summary>The prefix of a reflected kind that reaches the members of the type's nested types.</summary>
    public const string NestedTypesKind = "nested:";

    public static string ReflectedKey(string typeKey, string kind) => typeKey + "|" + kind;

    /// <summary>The member kind a reflection walk enumerates: <c>P</c>roperties, <c>M</c>ethods, <c>F</c>ields, <c>E</c>vents.</summary>
    public static string? ReflectedKindOf(ISymbol member) => member switch
    {
        IPropertySymbol { IsIndexer: false } => "P",
        IMethodSymbol { MethodKind: MethodKind.Ordinary } => "M",
        IFieldSymbol => "F",
        IEventSymbol => "E",
        _ => null,
    };

    public static string SubclassMemberKey(string baseTypeKey, string memberName) => baseTypeKey + "|" + memberName;

    public static string TypeKey(string name, int arity) => name + "`" + arity.ToString(CultureInfo.InvariantCulture);

    /// <summary>A type key with the number of arguments a creation passes (<c>Provider`0#2</c>), or <c>#*</c> when not written.</summary>
    public static string CreationArityKey(string typeKey, int? argumentCount) =>
        typeKey + "#" + (argumentCount is { } count ? count.ToString(CultureInfo.InvariantCulture) : "*");

    /// <summary>Reads one file. Never throws on malformed code: the parser always returns a tree.</summary>
    public static TestFileReferences Extract(SourceText text, CancellationToken cancellationToken) =>
        Extract(text, ImmutableArray<string>.Empty, cancellationToken);

    /// <summary>
    /// Reads one file with the library's preprocessor symbols: a test project targets the frameworks of the library it
    /// tests, so <c>#if NET8_0_OR_GREATER</c> in a test is active exactly when it is in the library.
    /// </summary>
    public static TestFileReferences Extract(SourceText text, ImmutableArray<string> preprocessorSymbols, CancellationToken cancellationToken)
    {
        var options = preprocessorSymbols.IsDefaultOrEmpty ? TestParseOptions : TestParseOptions.WithPreprocessorSymbols(preprocessorSymbols);
        var tree = CSharpSyntaxTree.ParseText(text, options, cancellationToken: cancellationToken);
        var root = tree.GetRoot(cancellationToken);
        var builder = new Builder();
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var reflection = new ReflectionUse();
        Read(root, builder, aliases, reflection);

        // A test in a branch the library's symbols leave out (#if DEBUG in a Release build, #if !NETSTANDARD) is a test of
        // the API on another configuration, and whether an API "has no test" must not depend on the configuration the
        // library happens to be built in. A file whose first parse left a branch out is read a second time with every
        // symbol its conditions name flipped (defined ones undefined, the others defined), so each branch selected by
        // one symbol, negated or not, is read in one of the two parses.
        var directives = root.ContainsDirectives ? Directives.Read(root) : null;

        // Copied before FlippedSymbols takes the defined ones out of the set.
        var conditionSymbols = directives?.NamedSymbols is { } named ? new HashSet<string>(named, StringComparer.Ordinal) : null;
        if (directives is not null && FlippedSymbols(directives, preprocessorSymbols) is { } flipped)
        {
            // Most such files leave out only a block of using directives (Newtonsoft.Json's tests: "#if DNXCORE50 using
            // Xunit; ... #else using NUnit.Framework; #endif" above every file): the usings the second parse would read
            // are read from a skeleton of the file, without parsing the whole file again.
            if (FlippedUsings(root, directives, flipped, cancellationToken) is { } usings)
            {
                Read(usings, builder, aliases, reflection);
            }
            else
            {
                var other = CSharpSyntaxTree.ParseText(text, TestParseOptions.WithPreprocessorSymbols(flipped), cancellationToken: cancellationToken);
                var otherRoot = other.GetRoot(cancellationToken);
                Read(otherRoot, builder, aliases, reflection);

                // The second parse can obey conditions the first did not see (a comment or a verbatim string that spans a
                // branch hides directive lines in one parse and not in the other; a directive after a token is not one in
                // left-out text): the reading depends on their names too.
                if (otherRoot.ContainsDirectives && Directives.Read(otherRoot).NamedSymbols is { } secondNames)
                {
                    (conditionSymbols ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(secondNames);
                }
            }
        }

        reflection.AddTo(builder);
        foreach (var name in builder.BareNames)
        {
            builder.Types.Add(TypeKey(name, 0));
        }

        foreach (var pair in aliases)
        {
            if (builder.Types.Contains(pair.Key))
            {
                builder.Types.Add(pair.Value);
            }

            foreach (var set in new[] { builder.Created, builder.CreatedWithArguments, builder.Received })
            {
                if (set.Remove(pair.Key))
                {
                    set.Add(pair.Value);
                }
            }

            if (builder.Created.Contains(pair.Value))
            {
                // The alias's creations keep no count: any overload of the target may be meant.
                builder.CreationArities.Add(CreationArityKey(pair.Value, null));
            }
        }

        return new TestFileReferences(builder, conditionSymbols);
    }

    /// <summary>
    /// The symbols of the second parse of a file with <c>#if</c>/<c>#elif</c> conditions: those of the first parse with
    /// every symbol the conditions name flipped; null when the conditions name none or the first parse took every branch.
    /// </summary>
    private static List<string>? FlippedSymbols(Directives directives, ImmutableArray<string> preprocessorSymbols)
    {
        // Every branch was read in the first parse (#if NETSTANDARD without an #else, in a build that defines it): a second
        // parse would read nothing new.
        if (directives.NamedSymbols is not { } named || !directives.AnyBranchLeftOut)
        {
            return null;
        }

        var flipped = new List<string>();
        foreach (var symbol in preprocessorSymbols.IsDefault ? ImmutableArray<string>.Empty : preprocessorSymbols)
        {
            if (!named.Remove(symbol))
            {
                flipped.Add(symbol);
            }
        }

        // What is left in the set was named and not defined: defined now.
        flipped.AddRange(named);
        return flipped;
    }

    /// <summary>
    /// When every branch the first parse left out holds using directives and nothing else: what the second parse would add,
    /// read from a skeleton of the file (its directives, the left-out blocks and the active using directives, in file
    /// order) parsed with the flipped symbols, so the same branches are taken and aliases are written in the same order;
    /// null when a left-out branch holds anything else (a member, a statement), which only a parse of the whole file
    /// reads in its context. The rest of the file adds nothing: the first parse read it.
    /// </summary>
    private static SyntaxNode? FlippedUsings(SyntaxNode root, Directives directives, List<string> flipped, CancellationToken cancellationToken)
    {
        foreach (var block in directives.LeftOutBlocks)
        {
            if (!IsUsingsOnly(block.Value, cancellationToken))
            {
                return null;
            }
        }

        var segments = new List<KeyValuePair<int, string>>(directives.Segments);
        segments.AddRange(directives.LeftOutBlocks);
        AddActiveUsings(root, segments);
        segments.Sort((x, y) => x.Key.CompareTo(y.Key));
        var skeleton = new StringBuilder();
        foreach (var segment in segments)
        {
            if (skeleton.Length > 0 && skeleton[skeleton.Length - 1] != '\n')
            {
                skeleton.Append('\n');
            }

            skeleton.Append(segment.Value);
        }

        return CSharpSyntaxTree.ParseText(skeleton.ToString(), TestParseOptions.WithPreprocessorSymbols(flipped), cancellationToken: cancellationToken).GetRoot(cancellationToken);
    }

    /// <summary>
    /// The preprocessor directives of a file, read in one walk of the tokens that carry them (in their leading trivia, or
    /// their trailing trivia for a directive written after a token on its line): the symbols the <c>#if</c>/<c>#elif</c>
    /// conditions name, whether a branch was left out, each directive's text and each left-out block's text with its
    /// position. Only branching directives are asked for their structure (their condition, whether their branch was
    /// taken); <c>#region</c>, <c>#pragma</c> and the like are copied as text. A chain of <c>GetNextDirective</c> calls
    /// walked every token of the file per call and built each directive's structure on the way, twice per file.
    /// </summary>
    private sealed class Directives
    {
        private Directives()
        {
        }

        /// <summary>The symbols the conditions name; null when none does.</summary>
        public HashSet<string>? NamedSymbols { get; private set; }

        public bool AnyBranchLeftOut { get; private set; }

        /// <summary>Every directive's full text at its position, in file order.</summary>
        public List<KeyValuePair<int, string>> Segments { get; } = new();

        /// <summary>Each block of disabled text that directly follows a directive, at its position, in file order.</summary>
        public List<KeyValuePair<int, string>> LeftOutBlocks { get; } = new();

        public static Directives Read(SyntaxNode root)
        {
            var directives = new Directives();
            foreach (var token in root.DescendantTokens(static node => node.ContainsDirectives))
            {
                if (!token.ContainsDirectives)
                {
                    continue;
                }

                // A directive is leading trivia, save one written after a token on its line (error CS1040, code being
                // typed), which the parser still obeys and attaches to the token before it.
                directives.Add(token.LeadingTrivia);
                directives.Add(token.TrailingTrivia);
            }

            return directives;
        }

        private void Add(SyntaxTriviaList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var trivia = list[i];
                if (!trivia.IsDirective)
                {
                    continue;
                }

                Segments.Add(new KeyValuePair<int, string>(trivia.FullSpan.Start, trivia.ToFullString()));
                if (trivia.IsKind(SyntaxKind.IfDirectiveTrivia) || trivia.IsKind(SyntaxKind.ElifDirectiveTrivia) || trivia.IsKind(SyntaxKind.ElseDirectiveTrivia))
                {
                    AddBranch(trivia.GetStructure());
                }

                // A left-out branch is the disabled text that follows its directive in the same trivia.
                if (i + 1 < list.Count && list[i + 1].IsKind(SyntaxKind.DisabledTextTrivia))
                {
                    var block = list[i + 1];
                    LeftOutBlocks.Add(new KeyValuePair<int, string>(block.SpanStart, block.ToString()));
                }
            }
        }

        private void AddBranch(SyntaxNode? structure)
        {
            AnyBranchLeftOut |= structure is BranchingDirectiveTriviaSyntax { BranchTaken: false };
            var condition = structure switch
            {
                IfDirectiveTriviaSyntax ifDirective => ifDirective.Condition,
                ElifDirectiveTriviaSyntax elifDirective => elifDirective.Condition,
                _ => null,
            };

            if (condition is null)
            {
                return;
            }

            foreach (var name in condition.DescendantNodesAndSelf())
            {
                if (name is IdentifierNameSyntax identifier)
                {
                    (NamedSymbols ??= new HashSet<string>(StringComparer.Ordinal)).Add(identifier.Identifier.ValueText);
                }
            }
        }
    }

    /// <summary>Whether a left-out block holds using directives (or extern aliases, comments) and nothing else.</summary>
    private static bool IsUsingsOnly(string block, CancellationToken cancellationToken)
    {
        // A look at each line first, so a block of code is not parsed on its own before the whole file is.
        foreach (var rawLine in block.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal) && !line.StartsWith("using ", StringComparison.Ordinal)
                && !line.StartsWith("global using ", StringComparison.Ordinal) && !line.StartsWith("extern alias ", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return CSharpSyntaxTree.ParseText(block, TestParseOptions, cancellationToken: cancellationToken).GetRoot(cancellationToken)
            is CompilationUnitSyntax { Members.Count: 0, AttributeLists.Count: 0 } unit && !unit.ContainsDiagnostics;
    }

    /// <summary>The using directives of the file's compilation unit and namespaces, with their positions.</summary>
    private static void AddActiveUsings(SyntaxNode node, List<KeyValuePair<int, string>> segments)
    {
        var usings = node switch
        {
            CompilationUnitSyntax unit => unit.Usings,
            BaseNamespaceDeclarationSyntax declaration => declaration.Usings,
            _ => default,
        };

        foreach (var directive in usings)
        {
            segments.Add(new KeyValuePair<int, string>(directive.SpanStart, directive.ToString()));
        }

        var members = node switch
        {
            CompilationUnitSyntax unit => unit.Members,
            BaseNamespaceDeclarationSyntax declaration => declaration.Members,
            _ => default,
        };

        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax)
            {
                AddActiveUsings(member, segments);
            }
        }
    }

    /// <summary>Reads the references of one parse of a file into the builder.</summary>
    private static void Read(SyntaxNode root, Builder builder, Dictionary<string, string> aliases, ReflectionUse reflection)
    {
        // The types of the file that derive or implement, each with the names used in it, open while the walk is inside
        // them (AddSubclassMembers): the walk is in document order, so a type is left once a node lies outside its span.
        var subclasses = new Stack<Subclass>();
        foreach (var node in root.DescendantNodes())
        {
            while (subclasses.Count > 0 && !Encloses(subclasses.Peek().Declaration, node))
            {
                AddSubclassMembers(subclasses.Pop(), builder);
            }

            if (node is IdentifierNameSyntax bare)
            {
                // A bare name is more than a quarter of a test file's nodes and nothing below reads one: it names a type
                // (its key made once per name when the file is done, not once per use) and, inside a test type that
                // derives, a member it may reach through its base.
                var name = bare.Identifier.ValueText;
                builder.BareNames.Add(name);
                if (subclasses.Count > 0 && !(bare.Parent is MemberAccessExpressionSyntax access && access.Name == bare))
                {
                    foreach (var subclass in subclasses)
                    {
                        subclass.Names.Add(name);
                    }
                }

                continue;
            }

            if (!ReadsNothing(node.Kind()))
            {
                ReadNode(node, builder, aliases, reflection, subclasses);
            }
        }

        while (subclasses.Count > 0)
        {
            AddSubclassMembers(subclasses.Pop(), builder);
        }
    }

    /// <summary>Reads what one node (not a bare name) adds: a type, member or operator it names, an instance it creates or receives, a test type it opens.</summary>
    private static void ReadNode(SyntaxNode node, Builder builder, Dictionary<string, string> aliases, ReflectionUse reflection, Stack<Subclass> subclasses)
    {
        switch (node)
        {
            case UsingDirectiveSyntax { Alias: not null } alias when alias.Name is not null:
                aliases[TypeKey(alias.Alias.Name.Identifier.ValueText, 0)] = KeyOf(alias.Name);
                break;
            case GenericNameSyntax generic:
                builder.Types.Add(TypeKey(generic.Identifier.ValueText, generic.TypeArgumentList.Arguments.Count));
                break;
            case AttributeSyntax attribute:
                // [Explicit] names ExplicitAttribute and runs its constructor; a generic attribute keeps its arity
                // ([ServiceDescriptor<IService>] names ServiceDescriptorAttribute<TService>).
                var attributeKey = KeyOf(attribute.Name);
                var arityMark = attributeKey.IndexOf('`');
                var attributeName = attributeKey.Substring(0, arityMark);
                var withArguments = attribute.ArgumentList is { } list && HasPositionalArgument(list);
                if (!attributeName.EndsWith("Attribute", StringComparison.Ordinal))
                {
                    var withSuffix = attributeName + "Attribute" + attributeKey.Substring(arityMark);
                    builder.Types.Add(withSuffix);
                    builder.Created.Add(withSuffix);
                    if (withArguments)
                    {
                        builder.CreatedWithArguments.Add(withSuffix);
                    }
                }

                builder.Created.Add(attributeKey);
                builder.CreationArities.Add(CreationArityKey(attributeKey, null));
                if (!attributeName.EndsWith("Attribute", StringComparison.Ordinal))
                {
                    builder.CreationArities.Add(CreationArityKey(attributeName + "Attribute" + attributeKey.Substring(arityMark), null));
                }

                if (withArguments)
                {
                    builder.CreatedWithArguments.Add(attributeKey);
                }

                break;
            case BaseTypeSyntax baseType:
                builder.Created.Add(KeyOf(baseType.Type));
                builder.CreationArities.Add(CreationArityKey(KeyOf(baseType.Type), null));
                break;
            case TypeDeclarationSyntax { BaseList: { } baseList } derived:
                subclasses.Push(new Subclass(derived, baseList));
                break;
            case ElementAccessExpressionSyntax or ElementBindingExpressionSyntax:
                builder.UsesElementAccess = true;
                break;
            case BinaryExpressionSyntax binary:
                builder.Operators.Add(binary.OperatorToken.ValueText);
                break;
            case AssignmentExpressionSyntax compound when !compound.IsKind(SyntaxKind.SimpleAssignmentExpression):
                // x += y runs operator + (and a C# 14 compound operator +=, which only this form binds to).
                var token = compound.OperatorToken.ValueText;
                builder.Operators.Add(token.Substring(0, token.Length - 1));
                builder.Operators.Add(token);
                break;
            case PrefixUnaryExpressionSyntax prefix:
                builder.Operators.Add(prefix.OperatorToken.ValueText);
                break;
            case PostfixUnaryExpressionSyntax postfix:
                builder.Operators.Add(postfix.OperatorToken.ValueText);
                break;
        }

        if (node is ClassDeclarationSyntax fixture && TestedTypeOfFixture(fixture.Identifier.ValueText) is { } testedType)
        {
            builder.Types.Add(TypeKey(testedType, 0));
        }

        AddTextPaths(node, builder.TextPaths);
        if (node is InterpolatedStringExpressionSyntax interpolated && InterpolatedCallNameOf(interpolated) is { } calledName)
        {
            builder.InterpolatedCalls.Add(calledName);
        }

        AddMemberUse(node, builder.Members);
        AddInstanceType(node, builder.Created, builder.Received);
        reflection.Add(node);
        if (node is ObjectCreationExpressionSyntax counted)
        {
            builder.CreationArities.Add(CreationArityKey(KeyOf(counted.Type), counted.ArgumentList?.Arguments.Count ?? 0));
        }
        else if (node is ImplicitObjectCreationExpressionSyntax implicitCounted && TargetTypeOf(implicitCounted) is { } countedTarget)
        {
            builder.CreationArities.Add(CreationArityKey(KeyOf(countedTarget), implicitCounted.ArgumentList.Arguments.Count));
        }

        if (node is ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation)
        {
            builder.CreatedWithArguments.Add(KeyOf(creation.Type));
        }
        else if (node is ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } implicitCreation && TargetTypeOf(implicitCreation) is { } target)
        {
            builder.CreatedWithArguments.Add(KeyOf(target));
        }
    }

    /// <summary>Whether reading one node on its own adds anything (for tests of <see cref="ReadsNothing"/>).</summary>
    internal static bool NodeAddsAnything(SyntaxNode node)
    {
        var builder = new Builder();
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var reflection = new ReflectionUse();
        var subclasses = new Stack<Subclass>();
        ReadNode(node, builder, aliases, reflection, subclasses);
        return aliases.Count > 0 || subclasses.Count > 0 || !reflection.IsEmpty || !builder.IsEmpty;
    }

    /// <summary>
    /// Kinds of node that no case of <see cref="Read"/> reads (the arguments, blocks, statements and declarators between the
    /// nodes that name something): the walk passes them without asking each case. <c>ReadsNothingTests</c> holds this list to
    /// the cases: a node of one of these kinds adds nothing to any set.
    /// </summary>
    internal static bool ReadsNothing(SyntaxKind kind) => kind switch
    {
        SyntaxKind.Argument or SyntaxKind.ArgumentList or SyntaxKind.BracketedArgumentList or SyntaxKind.Block
            or SyntaxKind.ExpressionStatement or SyntaxKind.PredefinedType or SyntaxKind.VariableDeclarator
            or SyntaxKind.EqualsValueClause or SyntaxKind.VariableDeclaration or SyntaxKind.ReturnStatement
            or SyntaxKind.Parameter or SyntaxKind.ParameterList or SyntaxKind.TypeArgumentList
            or SyntaxKind.ParenthesizedExpression or SyntaxKind.IfStatement or SyntaxKind.AttributeList
            or SyntaxKind.SimpleLambdaExpression or SyntaxKind.ParenthesizedLambdaExpression or SyntaxKind.ThisExpression
            or SyntaxKind.NumericLiteralExpression or SyntaxKind.NullLiteralExpression or SyntaxKind.TrueLiteralExpression
            or SyntaxKind.FalseLiteralExpression or SyntaxKind.CharacterLiteralExpression or SyntaxKind.ArrayRankSpecifier
            or SyntaxKind.OmittedArraySizeExpression or SyntaxKind.ArrowExpressionClause => true,
        _ => false,
    };

    /// <summary>Whether a node the document-order walk reaches after the declaration lies inside it.</summary>
    private static bool Encloses(SyntaxNode declaration, SyntaxNode node) =>
        node.FullSpan.End <= declaration.FullSpan.End && (node.FullSpan.Length > 0 || node.FullSpan.Start < declaration.FullSpan.End);

    /// <summary>
    /// Reads a text file of a test project that is not C# (a template or script the tests load at run time:
    /// Scriban's <c>TestFiles/*.txt</c>): only its member paths (<see cref="TextPaths"/>), for the <c>script-name</c> row.
    /// </summary>
    public static TestFileReferences ExtractScriptText(SourceText text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var builder = new Builder();
        AddTextPaths(text.ToString(), builder.TextPaths);
        return new TestFileReferences(builder);
    }

    /// <summary>
    /// What a file does by reflection (the <c>reflection-walk</c> row): which types it names in <c>typeof</c>, which member
    /// kinds it enumerates, whether it invokes what it finds, and the members it looks up by a literal name. A walk
    /// without an invocation (a convention test that reads signatures) covers nothing, and neither does a scan of an
    /// assembly's types (<c>Assembly.GetTypes()</c>): it names no type.
    /// </summary>
    private sealed class ReflectionUse
    {
        private readonly List<string> reflectedTypes = new();
        private readonly List<string> namesLookedUp = new();
        private readonly HashSet<string> walkedKinds = new(StringComparer.Ordinal);
        private bool walksNestedTypes;
        private bool readsValues;
        private bool invokesMethods;
        private bool subscribes;

        public bool IsEmpty => reflectedTypes.Count == 0 && namesLookedUp.Count == 0 && walkedKinds.Count == 0 && !walksNestedTypes && !readsValues && !invokesMethods && !subscribes;

        public void Add(SyntaxNode node)
        {
            if (node is TypeOfExpressionSyntax typeOf)
            {
                reflectedTypes.Add(KeyOf(typeOf.Type));
                return;
            }

            if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation)
            {
                return;
            }

            switch (access.Name.Identifier.ValueText)
            {
                case "GetProperties":
                    walkedKinds.Add("P");
                    break;
                case "GetMethods":
                    walkedKinds.Add("M");
                    break;
                case "GetFields":
                    walkedKinds.Add("F");
                    break;
                case "GetEvents":
                    walkedKinds.Add("E");
                    break;
                case "GetMembers":
                    walkedKinds.UnionWith(AllKinds);
                    break;
                case "GetNestedTypes":
                    walksNestedTypes = true;
                    break;
                case "GetValue" or "SetValue":
                    readsValues = true;
                    break;
                case "Invoke":
                    invokesMethods = true;
                    break;
                case "AddEventHandler":
                    subscribes = true;
                    break;
                case "GetProperty" or "GetMethod" or "GetField" or "GetEvent"
                    when invocation.ArgumentList.Arguments.Count > 0 && invocation.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax { Token.Value: string name }:
                    namesLookedUp.Add(name);
                    break;
            }
        }

        public void AddTo(Builder builder)
        {
            if (!readsValues && !invokesMethods && !subscribes)
            {
                return;
            }

            // typeof(Person).GetProperty("Surname") with a GetValue: the test reads Surname.
            builder.Members.UnionWith(namesLookedUp);
            foreach (var kind in walkedKinds)
            {
                var invoked = kind switch
                {
                    "M" => invokesMethods,
                    "E" => subscribes,
                    _ => readsValues,
                };

                if (!invoked)
                {
                    continue;
                }

                foreach (var type in reflectedTypes)
                {
                    builder.Reflected.Add(ReflectedKey(type, kind));
                    if (walksNestedTypes)
                    {
                        builder.Reflected.Add(ReflectedKey(type, NestedTypesKind + kind));
                    }
                }
            }
        }

        private static readonly string[] AllKinds = { "P", "M", "F", "E" };
    }

    /// <summary>
    /// The name of the member an interpolated string is an argument of: the invoked name (<c>x.Interpolate</c>,
    /// <c>Interpolate</c>, <c>x.Append&lt;T&gt;</c>) or the created type's simple name; null for an interpolated string
    /// that is not an argument (a local's value). An argument of a member taking a plain string (an assertion's expected
    /// text) is kept too: only the names of library members taking a handler select the calls that are bound.
    /// </summary>
    public static string? InterpolatedCallNameOf(InterpolatedStringExpressionSyntax interpolated)
    {
        if (interpolated.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } call } })
        {
            return null;
        }

        return call switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name.Identifier.ValueText,
            ObjectCreationExpressionSyntax creation => SimpleNameOf(creation.Type),
            _ => null,
        };
    }

    private static string? SimpleNameOf(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        _ => null,
    };

    // Documentation comments are lexed as plain comments: the references are read from the code alone, and parsing every
    // doc comment as XML costs a test project that documents its tests (MathNet.Numerics' 14,000 lines of them) about a
    // tenth of its reading.
    private static readonly CSharpParseOptions TestParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview).WithDocumentationMode(DocumentationMode.None);

    /// <summary>Adds the member name a node uses, if it uses one.</summary>
    private static void AddMemberUse(SyntaxNode node, ISet<string> members)
    {
        switch (node)
        {
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
            case AttributeArgumentSyntax { NameEquals: { } property }:
                // [StrictJsonProperty(ItemConverterType = ...)] sets the attribute's property.
                members.Add(property.Name.Identifier.ValueText);
                break;
            case SubpatternSyntax { NameColon: not null } subpattern:
                members.Add(subpattern.NameColon.Name.Identifier.ValueText);
                break;
            case SubpatternSyntax { ExpressionColon.Expression: IdentifierNameSyntax extended }:
                members.Add(extended.Identifier.ValueText);
                break;
            case MethodDeclarationSyntax method when method.Modifiers.Any(SyntaxKind.OverrideKeyword):
                // A test double overriding an extension point uses it: the code under test calls it through the base type.
                members.Add(method.Identifier.ValueText);
                break;
            case PropertyDeclarationSyntax property when property.Modifiers.Any(SyntaxKind.OverrideKeyword):
                members.Add(property.Identifier.ValueText);
                break;
            case ObjectCreationExpressionSyntax { Initializer.RawKind: (int)SyntaxKind.CollectionInitializerExpression }:
                members.Add("Add");
                break;
            case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax eventAccess } compound
                when compound.IsKind(SyntaxKind.AddAssignmentExpression) || compound.IsKind(SyntaxKind.SubtractAssignmentExpression):
                // "x.Changed += handler" uses an event.
                members.Add(eventAccess.Name.Identifier.ValueText);
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

    /// <summary>Adds the type of an instance a node creates or receives from the code under test.</summary>
    private static void AddInstanceType(SyntaxNode node, ISet<string> created, ISet<string> received)
    {
        switch (node)
        {
            case ObjectCreationExpressionSyntax creation:
                created.Add(KeyOf(creation.Type));
                break;
            case ImplicitObjectCreationExpressionSyntax implicitCreation when TargetTypeOf(implicitCreation) is { } target:
                created.Add(KeyOf(target));
                break;
            case CatchDeclarationSyntax caught:
                received.Add(KeyOf(caught.Type));
                break;
            case TypeOfExpressionSyntax typeOf:
                received.Add(KeyOf(typeOf.Type));
                break;
            case BinaryExpressionSyntax { Right: TypeSyntax checkedType } binary when binary.IsKind(SyntaxKind.IsExpression) || binary.IsKind(SyntaxKind.AsExpression):
                received.Add(KeyOf(checkedType));
                break;
            case DeclarationPatternSyntax pattern:
                received.Add(KeyOf(pattern.Type));
                break;
            case TypePatternSyntax pattern:
                received.Add(KeyOf(pattern.Type));
                break;
            case RecursivePatternSyntax { Type: { } patternType }:
                received.Add(KeyOf(patternType));
                break;
            case CastExpressionSyntax cast:
                received.Add(KeyOf(cast.Type));
                break;
            case InvocationExpressionSyntax { Expression: GenericNameSyntax or MemberAccessExpressionSyntax { Name: GenericNameSyntax } } invocation:
                // Assert.Throws<T>(...), serializer.Deserialize<T>(...): the call hands the test a T.
                var method = invocation.Expression as GenericNameSyntax ?? (GenericNameSyntax)((MemberAccessExpressionSyntax)invocation.Expression).Name;
                foreach (var argument in method.TypeArgumentList.Arguments)
                {
                    received.Add(KeyOf(argument));
                }

                break;
        }
    }

    /// <summary>The type a test class is named after by convention: <c>CartTests</c>, <c>CartTest</c> and <c>CartFixture</c> test <c>Cart</c>.</summary>
    private static string? TestedTypeOfFixture(string className)
    {
        foreach (var suffix in FixtureSuffixes)
        {
            if (className.Length > suffix.Length && className.EndsWith(suffix, StringComparison.Ordinal))
            {
                return className.Substring(0, className.Length - suffix.Length);
            }
        }

        return null;
    }

    private static readonly string[] FixtureSuffixes = { "Tests", "Test", "Fixture" };

    /// <summary>
    /// Pairs each type of a test type's base list with the names the test type declares (overrides, interface
    /// implementations, explicit ones included) and the names it uses bare: both reach the inherited member.
    /// </summary>
    private static void AddSubclassMembers(Subclass subclass, Builder builder)
    {
        // The names were gathered as used, repeats included (a list takes them cheaper than a set that grows with every
        // test type): each is keyed once.
        var names = builder.SubclassNames;
        names.Clear();
        names.UnionWith(subclass.Names);
        foreach (var baseType in subclass.BaseList.Types)
        {
            var baseKey = KeyOf(baseType.Type);
            builder.Subclassed.Add(baseKey);
            foreach (var name in names)
            {
                builder.SubclassMembers.Add(SubclassMemberKey(baseKey, name));
            }
        }
    }

    /// <summary>
    /// A type of a test file that derives or implements, with the names it declares (methods, properties, events) and the
    /// bare names used anywhere inside it, collected by <see cref="Read"/>'s one walk of the file.
    /// </summary>
    private sealed class Subclass
    {
        public Subclass(TypeDeclarationSyntax declaration, BaseListSyntax baseList)
        {
            Declaration = declaration;
            BaseList = baseList;
            foreach (var member in declaration.Members)
            {
                switch (member)
                {
                    case MethodDeclarationSyntax method:
                        Names.Add(method.Identifier.ValueText);
                        break;
                    case PropertyDeclarationSyntax property:
                        Names.Add(property.Identifier.ValueText);
                        break;
                    case EventDeclarationSyntax declaredEvent:
                        Names.Add(declaredEvent.Identifier.ValueText);
                        break;
                    case EventFieldDeclarationSyntax eventField:
                        foreach (var variable in eventField.Declaration.Variables)
                        {
                            Names.Add(variable.Identifier.ValueText);
                        }

                        break;
                }
            }
        }

        public TypeDeclarationSyntax Declaration { get; }

        public BaseListSyntax BaseList { get; }

        /// <summary>The names in the order met, with repeats.</summary>
        public List<string> Names { get; } = new();
    }

    private static bool HasPositionalArgument(AttributeArgumentListSyntax list)
    {
        foreach (var argument in list.Arguments)
        {
            if (argument.NameEquals is null)
            {
                return true;
            }
        }

        return false;
    }

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
        ArrayTypeSyntax array => KeyOf(array.ElementType),
        _ => TypeKey(type.ToString(), 0),
    };

    /// <summary>
    /// The member paths of a string literal or of the text parts of an interpolated string: a word after a dot, with
    /// the word before it in lower case (<c>"{{ x | string.to_long }}"</c> gives <c>string.to_long</c>).
    /// </summary>
    private static void AddTextPaths(SyntaxNode node, HashSet<string> paths)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                AddTextPaths(literal.Token.ValueText, paths);
                break;
            case InterpolatedStringTextSyntax part:
                AddTextPaths(part.TextToken.ValueText, paths);
                break;
        }
    }

    /// <summary>The member paths of a text: a word after a dot, with the word before it in lower case.</summary>
    private static void AddTextPaths(string text, HashSet<string> paths)
    {
        var dot = text.IndexOf('.');
        while (dot > 0 && dot < text.Length - 1)
        {
            var start = dot;
            while (start > 0 && IsWordCharacter(text[start - 1]))
            {
                start--;
            }

            var end = dot + 1;
            while (end < text.Length && IsWordCharacter(text[end]))
            {
                end++;
            }

            if (start < dot && end > dot + 1)
            {
                paths.Add(text.Substring(start, dot - start).ToLowerInvariant() + "." + text.Substring(dot + 1, end - dot - 1));
            }

            dot = text.IndexOf('.', dot + 1);
        }
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    private sealed class Builder
    {
        public HashSet<string> TextPaths { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Types { get; } = new(StringComparer.Ordinal);

        /// <summary>The bare names of the file (<c>IdentifierName</c>), each a type name of arity 0 once the file is read.</summary>
        public HashSet<string> BareNames { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Created { get; } = new(StringComparer.Ordinal);

        public HashSet<string> CreatedWithArguments { get; } = new(StringComparer.Ordinal);

        public HashSet<string> CreationArities { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Received { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Members { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Operators { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Subclassed { get; } = new(StringComparer.Ordinal);

        public HashSet<string> SubclassMembers { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Reflected { get; } = new(StringComparer.Ordinal);

        public HashSet<string> InterpolatedCalls { get; } = new(StringComparer.Ordinal);

        public bool UsesElementAccess { get; set; }

        public bool IsEmpty =>
            !UsesElementAccess && TextPaths.Count == 0 && Types.Count == 0 && BareNames.Count == 0 && Created.Count == 0 && CreatedWithArguments.Count == 0
            && CreationArities.Count == 0 && Received.Count == 0 && Members.Count == 0 && Operators.Count == 0 && Subclassed.Count == 0
            && SubclassMembers.Count == 0 && Reflected.Count == 0 && InterpolatedCalls.Count == 0;

        /// <summary>Scratch for <see cref="AddSubclassMembers"/>: one test type's names without repeats.</summary>
        public HashSet<string> SubclassNames { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>
/// The union of the references of every test source of one compilation. Files are read through a cache keyed by the
/// checksum of their text, so a new compilation (a keystroke in the IDE) re-reads only the test files that changed.
/// </summary>
internal sealed class TestReferenceIndex
{
    private TestReferenceIndex(TestFileReferences[] files)
    {
        TypeNames = NameSet.Union(files, f => f.TypeNames);
        CreatedTypes = NameSet.Union(files, f => f.CreatedTypes);
        CreatedWithArguments = NameSet.Union(files, f => f.CreatedWithArguments);
        CreationArities = NameSet.Union(files, f => f.CreationArities);
        ReceivedTypes = NameSet.Union(files, f => f.ReceivedTypes);
        MemberNames = NameSet.Union(files, f => f.MemberNames);
        Operators = NameSet.Union(files, f => f.Operators);
        SubclassedTypes = NameSet.Union(files, f => f.SubclassedTypes);
        SubclassMembers = NameSet.Union(files, f => f.SubclassMembers);
        ReflectedMembers = NameSet.Union(files, f => f.ReflectedMembers);
        TextPaths = NameSet.Union(files, f => f.TextPaths);
        InterpolatedCalls = NameSet.Union(files, f => f.InterpolatedCalls);
        foreach (var file in files)
        {
            UsesElementAccess |= file.UsesElementAccess;
        }

        FileCount = files.Length;
    }

    public NameSet TypeNames { get; }

    public NameSet CreatedTypes { get; }

    public NameSet CreatedWithArguments { get; }

    /// <summary>See <see cref="TestFileReferences.CreationArities"/>.</summary>
    public NameSet CreationArities { get; }

    public NameSet ReceivedTypes { get; }

    public NameSet MemberNames { get; }

    public NameSet Operators { get; }

    public NameSet SubclassedTypes { get; }

    public NameSet SubclassMembers { get; }

    public NameSet ReflectedMembers { get; }

    public NameSet TextPaths { get; }

    /// <summary>See <see cref="TestFileReferences.InterpolatedCalls"/>.</summary>
    public NameSet InterpolatedCalls { get; }

    public bool UsesElementAccess { get; }

    public int FileCount { get; }

    public static TestReferenceIndex Build(IEnumerable<SourceText> texts, TestReferenceCache cache, CancellationToken cancellationToken) =>
        Build(texts, ImmutableArray<string>.Empty, cache, cancellationToken);

    public static TestReferenceIndex Build(IEnumerable<SourceText> texts, ImmutableArray<string> preprocessorSymbols, TestReferenceCache cache, CancellationToken cancellationToken) =>
        Build(texts, Array.Empty<SourceText>(), preprocessorSymbols, cache, cancellationToken);

    /// <summary>The index of the test sources and of the test projects' script texts (templates the tests load).</summary>
    public static TestReferenceIndex Build(IEnumerable<SourceText> texts, IEnumerable<SourceText> scriptTexts, ImmutableArray<string> preprocessorSymbols, TestReferenceCache cache, CancellationToken cancellationToken)
    {
        var files = new List<TestFileReferences>();
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(cache.Get(text, preprocessorSymbols, cancellationToken));
        }

        foreach (var text in scriptTexts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(cache.GetScriptText(text, cancellationToken));
        }

        return new TestReferenceIndex(files.ToArray());
    }
}

/// <summary>
/// Test-file references keyed by the checksum of the file's text and by which of the symbols its conditions name the
/// library defines. The shared instance lives for the analyzer's process (the IDE or the compiler server), which is what
/// lets a keystroke re-read only the file that changed and the frameworks of a multi-targeted library share the reading
/// of a file whose conditions they do not tell apart; it holds derived name sets only, never syntax trees, and starts over
/// when it exceeds <see cref="Capacity"/> entries.
/// </summary>
internal sealed class TestReferenceCache
{
    public const int Capacity = 8192;

    private readonly ConcurrentDictionary<string, TestFileReferences> entries = new(StringComparer.Ordinal);

    /// <summary>
    /// Each text read so far (by checksum) with the sets of names its readings' conditions held (one, unless the names vary
    /// with the symbols; at most <see cref="NameSetsPerText"/>, the latest last): which of the library's symbols a reading
    /// of it depends on.
    /// </summary>
    private readonly ConcurrentDictionary<string, NameSet[]> conditions = new(StringComparer.Ordinal);

    private const int NameSetsPerText = 4;

    /// <summary>The files being read, until their entry is added (a pending read holds the text; an entry never does).</summary>
    private readonly ConcurrentDictionary<string, BuiltOnce<StoredReading>> reading = new(StringComparer.Ordinal);
    private int extractions;

    public static TestReferenceCache Shared { get; } = new();

    /// <summary>How many files were parsed (cache misses); tests observe the cache through it.</summary>
    public int Extractions => Volatile.Read(ref extractions);

    /// <summary>How many reads are under way; tests observe the cache through it.</summary>
    public int PendingReads => reading.Count;

    public TestFileReferences Get(SourceText text, CancellationToken cancellationToken) => Get(text, ImmutableArray<string>.Empty, cancellationToken);

    /// <summary>Forgets every file read: the benchmark's cold runs start as a fresh compiler process does.</summary>
    public void Clear()
    {
        entries.Clear();
        conditions.Clear();
    }

    public TestFileReferences Get(SourceText text, ImmutableArray<string> preprocessorSymbols, CancellationToken cancellationToken)
    {
        // A reading depends on the symbols only through the branches the file's conditions select, so the key holds the
        // text and those of the symbols that the conditions name: the frameworks of a multi-targeted library (net8.0,
        // then netstandard2.0 ...) share the reading of a file without conditions, or whose conditions name symbols both
        // define alike (Newtonsoft.Json's "#if DNXCORE50" above every test). Which names the conditions hold is known
        // once the text has been read under any symbols; until then one first reading of the text runs at a time, and a
        // caller that waited for it looks again with the names it found.
        var textKey = KeyOf(text);
        NameSet? named = null;
        if (conditions.TryGetValue(textKey, out var known))
        {
            foreach (var names in known)
            {
                if (Cached(textKey + SymbolsKey(names, preprocessorSymbols), names, textKey, preprocessorSymbols) is { } cached)
                {
                    return cached;
                }
            }

            named = known[known.Length - 1];
        }

        while (true)
        {
            string pendingKey;
            if (named is not null)
            {
                pendingKey = textKey + SymbolsKey(named, preprocessorSymbols);
                if (Cached(pendingKey, named, textKey, preprocessorSymbols) is { } cached)
                {
                    return cached;
                }
            }
            else
            {
                pendingKey = textKey + "?";
            }

            // A read under the caller's own key answers it; a first reading under other symbols (waited for) tells which
            // names matter, and the next pass finds or reads the caller's own (a third only where the names vary with the
            // symbols and another caller's read of them came in between).
            var stored = ReadOnce(pendingKey, textKey, text, preprocessorSymbols, cancellationToken);
            named = stored.Read.ConditionSymbols;
            if (stored.Key == textKey + SymbolsKey(named, preprocessorSymbols))
            {
                return stored.Read;
            }
        }
    }

    /// <summary>
    /// The entry under the key, if it answers these symbols: a key built from one reading's names can be another's when
    /// the names vary with the symbols, and an entry is the caller's only if the caller's symbols agree with the entry's
    /// on the entry's own names (the same names the key was built from, the usual case, agree without building its key).
    /// </summary>
    private TestFileReferences? Cached(string key, NameSet keyNames, string textKey, ImmutableArray<string> preprocessorSymbols) =>
        entries.TryGetValue(key, out var cached)
        && (SameNames(cached.ConditionSymbols, keyNames) || textKey + SymbolsKey(cached.ConditionSymbols, preprocessorSymbols) == key)
            ? cached
            : null;

    private void Remember(string textKey, NameSet names)
    {
        conditions.AddOrUpdate(
            textKey,
            _ => new[] { names },
            (_, sets) =>
            {
                foreach (var set in sets)
                {
                    if (SameNames(set, names))
                    {
                        return sets;
                    }
                }

                var start = sets.Length >= NameSetsPerText ? 1 : 0;
                var grown = new NameSet[sets.Length - start + 1];
                Array.Copy(sets, start, grown, 0, sets.Length - start);
                grown[grown.Length - 1] = names;
                return grown;
            });
    }

    private static bool SameNames(NameSet a, NameSet b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var name in a)
        {
            if (!b.Contains(name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A script text of a test project, read for its member paths only; keyed apart from a C# file of the same text.</summary>
    public TestFileReferences GetScriptText(SourceText text, CancellationToken cancellationToken)
    {
        var key = KeyOf(text) + ":script";
        if (entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var read = TestFileReferences.ExtractScriptText(text, cancellationToken);
        Interlocked.Increment(ref extractions);
        MakeRoom();
        return entries.GetOrAdd(key, read);
    }

    /// <summary>
    /// Reads the text under the caller's symbols and adds the entry and the names of its conditions, unless a read under
    /// the same pending key is under way, which the caller waits for instead (the frameworks of one library compile side
    /// by side in a parallel build, each reading the same files in the same order).
    /// </summary>
    private StoredReading ReadOnce(string pendingKey, string textKey, SourceText text, ImmutableArray<string> preprocessorSymbols, CancellationToken cancellationToken)
    {
        BuiltOnce<StoredReading>? created = null;
        created = new BuiltOnce<StoredReading>(token =>
        {
            try
            {
                var read = TestFileReferences.Extract(text, preprocessorSymbols, token);
                Interlocked.Increment(ref extractions);
                MakeRoom();
                var key = textKey + SymbolsKey(read.ConditionSymbols, preprocessorSymbols);
                Remember(textKey, read.ConditionSymbols);
                entries.TryAdd(key, read);
                return new StoredReading(read, key);
            }
            catch (Exception)
            {
                // A read cancelled by its caller (or failed) leaves nothing behind: a waiter builds it under its own token,
                // and a text the next compilation no longer has (an edit in the IDE) is not kept.
                RemovePending(pendingKey, created!);
                throw;
            }
        });

        var pending = reading.GetOrAdd(pendingKey, created);
        var stored = pending.Get(cancellationToken);

        // Only the read this caller waited for, once it is done: a waiter that gives up leaves a read under way in place.
        RemovePending(pendingKey, pending);
        return stored;
    }

    private void RemovePending(string pendingKey, BuiltOnce<StoredReading> pending) =>
        ((ICollection<KeyValuePair<string, BuiltOnce<StoredReading>>>)reading).Remove(new KeyValuePair<string, BuiltOnce<StoredReading>>(pendingKey, pending));

    /// <summary>A reading with the key it was stored under.</summary>
    private sealed class StoredReading
    {
        public StoredReading(TestFileReferences read, string key)
        {
            Read = read;
            Key = key;
        }

        public TestFileReferences Read { get; }

        public string Key { get; }
    }

    private void MakeRoom()
    {
        if (entries.Count >= Capacity)
        {
            entries.Clear();
            conditions.Clear();
        }
    }

    /// <summary>
    /// The part of a file's key that the library's symbols give: those of them that the file's conditions name, sorted;
    /// empty when the conditions name nothing (or there are none).
    /// </summary>
    internal static string SymbolsKey(NameSet named, ImmutableArray<string> preprocessorSymbols)
    {
        if (named.Count == 0)
        {
            return string.Empty;
        }

        var defined = new List<string>();
        foreach (var symbol in preprocessorSymbols.IsDefault ? ImmutableArray<string>.Empty : preprocessorSymbols)
        {
            if (named.Contains(symbol) && !defined.Contains(symbol))
            {
                defined.Add(symbol);
            }
        }

        defined.Sort(StringComparer.Ordinal);
        return ":" + string.Join(";", defined);
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
