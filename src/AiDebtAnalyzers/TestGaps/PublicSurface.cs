using System;
using System.Collections.Generic;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>Which declarations are public APIs that must have a test, and whether one is new.</summary>
internal static class PublicSurface
{
    /// <summary>
    /// Effectively public: public all the way up, where a protected member of an unsealed public type counts (a user
    /// can derive and call it).
    /// </summary>
    public static bool IsPubliclyVisible(ISymbol symbol)
    {
        for (var current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingType)
        {
            switch (current.DeclaredAccessibility)
            {
                case Accessibility.Public:
                    break;
                case Accessibility.Protected:
                case Accessibility.ProtectedOrInternal:
                    if (current.ContainingType is not { } containing || !CanBeDerivedFromOutside(containing))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A publicly visible type declared in source: the rules report on it or its members. Not one declared only in files
    /// a NuGet source package installed (<see cref="SourcePackageCode"/>): that code is another project's, tested there.
    /// </summary>
    public static bool IsReportableType(INamedTypeSymbol type) =>
        !type.IsImplicitlyDeclared && IsPubliclyVisible(type) && type.Locations.Length > 0 && type.Locations[0].IsInSource && !IsOptedOut(type)
        && !IsFromSourcePackage(type);

    private static bool IsFromSourcePackage(INamedTypeSymbol type)
    {
        foreach (var location in type.Locations)
        {
            if (!SourcePackageCode.Contains(location.SourceTree?.FilePath))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A member reported on its own: not an accessor, static constructor, finalizer or override of object's members.</summary>
    public static bool IsReportableMember(ISymbol member)
    {
        if (member.IsImplicitlyDeclared || member is INamedTypeSymbol || !IsPubliclyVisible(member) || member.Locations.Length == 0 || !member.Locations[0].IsInSource
            || IsOptedOut(member))
        {
            return false;
        }

        if (member is IMethodSymbol method)
        {
            switch (method.MethodKind)
            {
                case MethodKind.Ordinary:
                case MethodKind.Constructor:
                case MethodKind.UserDefinedOperator:
                case MethodKind.Conversion:
                    break;
                default:
                    // Accessors belong to their property or event; static constructors and finalizers are not callable.
                    return false;
            }

            // Overrides of object's members are exercised by every assertion and string interpolation.
            if (method.IsOverride && method.Name is "ToString" or "Equals" or "GetHashCode")
            {
                return false;
            }

            if (IsBinarySerializationPlumbing(method))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>GetObjectData(SerializationInfo, StreamingContext)</c> and the constructor taking the same two parameters: the
    /// <c>ISerializable</c> pattern of binary serialization, which .NET 8 marks obsolete (SYSLIB0051). Exceptions carry it
    /// as boilerplate; only the formatter calls it, and nobody writes a round-trip test for a mechanism on its way out.
    /// </summary>
    private static bool IsBinarySerializationPlumbing(IMethodSymbol method) =>
        (method.MethodKind == MethodKind.Constructor || method.Name == "GetObjectData")
        && method.Parameters.Length == 2
        && method.Parameters[0].Type is { Name: "SerializationInfo", ContainingNamespace: { Name: "Serialization", ContainingNamespace: { Name: "Runtime", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } }
        && method.Parameters[1].Type is { Name: "StreamingContext" };

    /// <summary>
    /// Kept out of the test gaps by the code itself: marked <c>[Obsolete]</c> (on its way out, so nobody should write a new
    /// test for it; the callers that remain are told by the compiler, not by a test gap), or
    /// <c>[ExcludeFromCodeCoverage]</c> on the API, a type that contains it or the assembly (the team has said this code
    /// needs no test, which is what a test gap would ask for), or <c>[EditorBrowsable(EditorBrowsableState.Never)]</c> on
    /// the API or a type that contains it (plumbing that generated code or tooling calls, hidden from people writing callers).
    /// </summary>
    private static bool IsOptedOut(ISymbol symbol)
    {
        if (HasOptOutAttribute(symbol, obsoleteCounts: true) || HasOptOutAttribute(symbol.ContainingAssembly, obsoleteCounts: false))
        {
            return true;
        }

        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (HasOptOutAttribute(type, obsoleteCounts: false))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOptOutAttribute(ISymbol? symbol, bool obsoleteCounts)
    {
        if (symbol is null)
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            switch (attribute.AttributeClass)
            {
                case { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } when obsoleteCounts:
                case { Name: "ExcludeFromCodeCoverageAttribute", ContainingNamespace: { Name: "CodeAnalysis", ContainingNamespace: { Name: "Diagnostics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } }:
                    return true;
                case { Name: "EditorBrowsableAttribute", ContainingNamespace: { Name: "ComponentModel", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } }
                    when symbol is not IAssemblySymbol && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is 1:
                    // EditorBrowsableState.Never: plumbing for generated code or tooling, hidden from the people who
                    // write callers; its test is the test of the code that calls it, which the test sources do not hold.
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A member with no behaviour of its own: a field (a constant or a stored value: <c>public const long BitsInByte = 8;</c>
    /// is data, and a test of its type reads it through the members that use it), an auto-property
    /// (<c>{ get; set; }</c>, <c>{ get; init; }</c>), a positional record property, a primary constructor (it only
    /// stores its parameters), a constructor written out that only stores its parameters (see
    /// <see cref="OnlyStoresWhatItIsGiven"/>), a pass-through (see <see cref="IsPassThrough"/>), or a forward to the operating
    /// system through COM or platform invoke (see <see cref="NoBehaviourShapes.IsInteropForward"/>). Abstract and interface members are
    /// contracts, not members without behaviour.
    /// </summary>
    public static bool HasNoBehaviour(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        switch (member)
        {
            case IFieldSymbol:
                return true;
            case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor:
                // A primary constructor (declared by its type) or one written out that only stores its parameters.
                return constructor.DeclaringSyntaxReferences.Length == 1
                    && constructor.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
                    {
                        TypeDeclarationSyntax => true,
                        // An attribute's constructor that only declares a value (declarative-attribute): covered by its type.
                        ConstructorDeclarationSyntax declared => OnlyStoresWhatItIsGiven(declared, compilation, cancellationToken)
                            || DeclarativeAttributes.IsDeclarativeConstructor(constructor, compilation, cancellationToken),
                        _ => false,
                    };
            case IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } companion:
                // operator ==(a, b) => a.Equals(b) over an Equals override, which every assertion exercises (companion-operator).
                return NoBehaviourShapes.IsCompanionOfUnreportedMember(companion, compilation, cancellationToken);
            case IMethodSymbol { MethodKind: MethodKind.Ordinary, IsAbstract: false, IsExtern: false, IsPartialDefinition: false } method:
                return method.DeclaringSyntaxReferences.Length == 1
                    && method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration
                    && (IsPassThrough(declaration.ExpressionBody, declaration.Body, compilation, cancellationToken) || GivesAConstantAnswer(method, compilation, cancellationToken)
                        || IsCopyWith(declaration, method, compilation, cancellationToken)
                        || NoBehaviourShapes.IsInteropForward(declaration.ExpressionBody, declaration.Body, method, compilation, cancellationToken));
            case IPropertySymbol { IsIndexer: false, IsAbstract: false, IsExtern: false } property when property.DeclaringSyntaxReferences.Length > 0:
                foreach (var reference in property.DeclaringSyntaxReferences)
                {
                    switch (reference.GetSyntax(cancellationToken))
                    {
                        case ParameterSyntax:
                            // record OrderLine(string Sku, ...): the compiler writes the property.
                            continue;
                        case PropertyDeclarationSyntax { ExpressionBody: { } expressionBody }:
                            if (!IsPassThrough(expressionBody, null, compilation, cancellationToken) && !GivesAConstantAnswer(property, compilation, cancellationToken)
                                && !IsKeyedStore(expressionBody.Expression, property.Name, isSetter: false)
                                && !NoBehaviourShapes.IsInteropForward(expressionBody, null, property, compilation, cancellationToken))
                            {
                                return false;
                            }

                            continue;
                        case PropertyDeclarationSyntax { AccessorList: { } accessors }:
                            if (IsMirrorOfHeldObject(accessors, property, compilation, cancellationToken))
                            {
                                // Its value is stored in the object the instance holds: storage, as an auto-property's.
                                continue;
                            }

                            foreach (var accessor in accessors.Accessors)
                            {
                                if ((accessor.Body is not null || accessor.ExpressionBody is not null)
                                    && !IsPassThrough(accessor.ExpressionBody, accessor.Body, compilation, cancellationToken)
                                    && !IsKeyedStore(OnlyExpression(accessor.ExpressionBody, accessor.Body) ?? OnlyStatementExpression(accessor.Body), property.Name, accessor.IsKind(SyntaxKind.SetAccessorDeclaration) || accessor.IsKind(SyntaxKind.InitAccessorDeclaration))
                                    && !(accessor.IsKind(SyntaxKind.GetAccessorDeclaration) && IsConstantAnswer(OnlyExpression(accessor.ExpressionBody, accessor.Body), accessor.Body, property, compilation, cancellationToken))
                                    && !NoBehaviourShapes.IsInteropForward(accessor.ExpressionBody, accessor.Body, property, compilation, cancellationToken))
                                {
                                    return false;
                                }
                            }

                            continue;
                        default:
                            return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A property kept in an object the instance holds, a builder's mirror of the object it builds: a getter that only
    /// reads a field or property of the held object and a setter (or <c>init</c>) that only writes that same member
    /// with <c>value</c> (<c>get =&gt; Column.IsKey; set =&gt; Column.IsKey = value;</c>, <c>Column</c> being the builder's
    /// field of the <c>Schema.Column</c> it builds, or a hidden property that answers that field, <c>column ?? throw
    /// ...</c>). The held object is of a type of the library's own, and the member it keeps the value in stores it (a
    /// field, an auto-property, or another package's property): the property is storage, as an auto-property is, and a
    /// test that runs the builder runs it. Not a getter or setter that converts, defaults or checks the value, a member
    /// of a held object of another package (a wrapped <c>Stream</c>'s <c>Position</c> is that object's behaviour), nor a
    /// property with a getter only.
    /// </summary>
    private static bool IsMirrorOfHeldObject(AccessorListSyntax accessors, IPropertySymbol property, Compilation compilation, CancellationToken cancellationToken)
    {
        if (accessors.Accessors.Count != 2 || property.IsStatic)
        {
            return false;
        }

        ExpressionSyntax? read = null;
        ExpressionSyntax? written = null;
        foreach (var accessor in accessors.Accessors)
        {
            if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
            {
                read = OnlyExpression(accessor.ExpressionBody, accessor.Body);
            }
            else if ((accessor.IsKind(SyntaxKind.SetAccessorDeclaration) || accessor.IsKind(SyntaxKind.InitAccessorDeclaration))
                && (accessor.ExpressionBody?.Expression ?? OnlyStatementExpression(accessor.Body)) is AssignmentExpressionSyntax { Right: IdentifierNameSyntax { Identifier.ValueText: "value" } } assignment
                && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
            {
                written = assignment.Left;
            }
        }

        if (read is not MemberAccessExpressionSyntax { Expression: var holderRead } readAccess || !readAccess.IsKind(SyntaxKind.SimpleMemberAccessExpression)
            || written is not MemberAccessExpressionSyntax { Expression: var holderWritten } writeAccess || !writeAccess.IsKind(SyntaxKind.SimpleMemberAccessExpression)
            || !SyntaxFactory.AreEquivalent(read, written, topLevel: false))
        {
            return false;
        }

#pragma warning disable RS1030 // The property's own accessors, in their own tree: no other model exists for them.
        var model = compilation.GetSemanticModel(read.SyntaxTree);
#pragma warning restore RS1030
        var holder = model.GetSymbolInfo(holderRead, cancellationToken).Symbol;
        var kept = model.GetSymbolInfo(readAccess.Name, cancellationToken).Symbol;
        return holderRead is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }
            && holder is not null && IsHeldObject(holder, property.ContainingType, cancellationToken)
            && kept switch
            {
                IFieldSymbol { IsStatic: false, IsConst: false } => true,
                IPropertySymbol { IsStatic: false, IsIndexer: false } keptProperty => IsOtherPackages(keptProperty) || IsAutoProperty(keptProperty, cancellationToken),
                _ => false,
            };
    }

    /// <summary>
    /// A field of the type holding an instance of a library class or struct, or a hidden property that answers such a
    /// field, optionally throwing when it is not set (<c>Column Column =&gt; column ?? throw new InvalidOperationException();</c>).
    /// </summary>
    private static bool IsHeldObject(ISymbol holder, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (!SymbolEqualityComparer.Default.Equals(holder.ContainingType?.OriginalDefinition, type.OriginalDefinition) || holder.IsStatic)
        {
            return false;
        }

        switch (holder)
        {
            case IFieldSymbol field:
                return field.Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } heldByField && !IsOtherPackages(heldByField);
            case IPropertySymbol { DeclaredAccessibility: Accessibility.Private, IsIndexer: false } hidden
                when hidden.Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } heldByProperty && !IsOtherPackages(heldByProperty)
                    && hidden.DeclaringSyntaxReferences.Length == 1 && hidden.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax declaration:
                var answer = declaration.ExpressionBody?.Expression
                    ?? (declaration.AccessorList is { Accessors.Count: 1 } getOnly && getOnly.Accessors[0] is var only && only.IsKind(SyntaxKind.GetAccessorDeclaration) ? OnlyExpression(only.ExpressionBody, only.Body) : null);
                if (answer is BinaryExpressionSyntax { Right: ThrowExpressionSyntax } orThrow && orThrow.IsKind(SyntaxKind.CoalesceExpression))
                {
                    answer = orThrow.Left;
                }

                return answer is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax }
                    && IsOwnField(answer, type);
            default:
                return false;
        }
    }

    /// <summary>Whether the name answers an instance field the type declares (by name: the hidden property's body names it).</summary>
    private static bool IsOwnField(ExpressionSyntax answer, INamedTypeSymbol type)
    {
        var name = answer is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : ((IdentifierNameSyntax)answer).Identifier.ValueText;
        foreach (var member in type.GetMembers(name))
        {
            if (member is IFieldSymbol { IsStatic: false })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An accessor of a property kept in a keyed store of the instance under its own name, an auto-property written by
    /// hand: the getter one call of the store with the name (<c>get =&gt; Get&lt;object&gt;(nameof(GenerateMapper));</c>,
    /// cast or not), the setter one call with the name and <c>value</c> (<c>set =&gt; Set(nameof(GenerateMapper), value);</c>),
    /// the name written as <c>nameof</c> of the property or as a string. A default the getter supplies (a second argument)
    /// or any other key is the property's own behaviour.
    /// </summary>
    private static bool IsKeyedStore(ExpressionSyntax? body, string propertyName, bool isSetter)
    {
        if (body is null || ExpressionWrappers.Unwrap(body) is not InvocationExpressionSyntax { ArgumentList.Arguments: var arguments } call
            || call.Expression is not (IdentifierNameSyntax or GenericNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax })
            || arguments.Count != (isSetter ? 2 : 1) || !IsNameOf(arguments[0].Expression, propertyName))
        {
            return false;
        }

        return !isSetter || arguments[1].Expression is IdentifierNameSyntax { Identifier.ValueText: "value" };
    }

    private static bool IsNameOf(ExpressionSyntax key, string name) => key switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText == name,
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments: { Count: 1 } named } =>
            named[0].Expression is IdentifierNameSyntax { Identifier.ValueText: var written } && written == name,
        _ => false,
    };

    /// <summary>
    /// A method whose body is, token for token, the body of another overload of the same name in its type that reached
    /// code runs (<c>Apply(params IRegister[] registers)</c> and <c>Apply(IEnumerable&lt;IRegister&gt; registers)</c>, each a
    /// loop that registers every element, the second run by the tested <c>Scan</c>): the same code runs (the
    /// <c>library-call</c> row). Each name must resolve to the same member in both bodies: the same text over other
    /// parameter types calls other overloads (<c>pc.CheckUnicodeCategory(...)</c> on a <c>char</c> and on a <c>Rune</c>), other
    /// code. An empty body is a hook, not a copy; two copies nothing runs stay two gaps.
    /// </summary>
    public static bool IsCopyOfReachedOverload(ISymbol member, LibraryReach reach, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration
            || ((SyntaxNode?)declaration.Body ?? declaration.ExpressionBody) is not { } body || declaration.Body is { Statements.Count: 0 })
        {
            return false;
        }

        foreach (var other in method.ContainingType.GetMembers(method.Name))
        {
            if (other is IMethodSymbol { MethodKind: MethodKind.Ordinary } overload && !SymbolEqualityComparer.Default.Equals(overload, method)
                && overload.IsStatic == method.IsStatic && reach.IsReached(overload) && overload.DeclaringSyntaxReferences.Length == 1
                && overload.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is MethodDeclarationSyntax otherDeclaration
                && ((SyntaxNode?)otherDeclaration.Body ?? otherDeclaration.ExpressionBody) is { } otherBody
                && SyntaxFactory.AreEquivalent(body, otherBody, topLevel: false)
                && NamesResolveAlike(body, otherBody, compilation, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SyntaxKind[] AccessorKindsInOrder = { SyntaxKind.GetAccessorDeclaration, SyntaxKind.SetAccessorDeclaration, SyntaxKind.InitAccessorDeclaration };

    /// <summary>The most names in which a twin may differ from its sibling: one call or read, or one row's pair of them.</summary>
    private const int MaxTwinDifferences = 2;

    /// <summary>
    /// A member whose body is, node for node, the body of another member of its type that reached code runs (its
    /// sibling, of any name: <c>ToObjectUnsafe&lt;TEnum&gt;(uint value, ...)</c> beside <c>ToObject&lt;TEnum&gt;(uint value, ...)</c>),
    /// except for at most two pieces of its own (<see cref="IsTwinsOwnPiece"/>): a name resolving to a member of the same
    /// type and kind as the sibling's name there (<c>PrimitiveType.UInt32</c> and <c>value.UInt32Value</c> for
    /// <c>PrimitiveType.Int32</c> and <c>value.Int32Value</c>), or a fetch of the same type of value
    /// (<c>GetCacheUnsafe&lt;TEnum&gt;()</c> for <c>Cache&lt;TEnum&gt;.Instance</c>), each of the library's own and run by
    /// reached code too or without code of its own (a field, a property that only reads one, a constant compared
    /// with): a test of the sibling runs the same logic,
    /// and the twin's own pieces run in the tests as well (the <c>library-call</c> row). Every other name resolves
    /// to the same member or type in both bodies (parameters and locals by name, type parameters by position); the parameters are
    /// the sibling's in number, name and kind. Not a twin whose differing call nothing the tests run reaches (an async
    /// copy's own untested helpers: sharpcompress' <c>EnsureArchiveHeaderLoadedAsync</c>), nor one of another shape (an
    /// <c>await</c> or an argument more, <c>await FlushAsync(cancellationToken)</c> for <c>Flush()</c>).
    /// </summary>
    public static bool IsTwinOfReachedSibling(ISymbol member, LibraryReach reach, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is not (IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol { IsIndexer: false }) || member.IsAbstract
            || member.DeclaringSyntaxReferences.Length != 1 || member.ContainingType is not { } type
            || BodiesOf(member, cancellationToken) is not { Count: > 0 } bodies)
        {
            return false;
        }

        foreach (var sibling in type.GetMembers())
        {
            if (sibling.Kind != member.Kind || sibling.IsStatic != member.IsStatic || sibling.IsAbstract || SymbolEqualityComparer.Default.Equals(sibling, member)
                || sibling.DeclaringSyntaxReferences.Length != 1 || !reach.IsReached(sibling) || !ParametersAlike(member, sibling)
                || BodiesOf(sibling, cancellationToken) is not { } siblingBodies || siblingBodies.Count != bodies.Count)
            {
                continue;
            }

            var twin = true;
            for (var i = 0; i < bodies.Count && twin; i++)
            {
                twin = bodies[i].RawKind == siblingBodies[i].RawKind && IsTwinBody(bodies[i], siblingBodies[i], reach, compilation, cancellationToken);
            }

            if (twin)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The bodies of a method (its block or arrow) or of a property (its arrow, or its accessors' bodies in the order
    /// get, set, init); null when one has none.
    /// </summary>
    private static List<SyntaxNode>? BodiesOf(ISymbol member, CancellationToken cancellationToken)
    {
        var bodies = new List<SyntaxNode>(2);
        switch (member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken))
        {
            case MethodDeclarationSyntax method when ((SyntaxNode?)method.Body ?? method.ExpressionBody) is { } body && method.Body is not { Statements.Count: 0 }:
                bodies.Add(body);
                return bodies;
            case PropertyDeclarationSyntax { ExpressionBody: { } arrow }:
                bodies.Add(arrow);
                return bodies;
            case PropertyDeclarationSyntax { AccessorList: { } accessors }:
                foreach (var kind in AccessorKindsInOrder)
                {
                    foreach (var accessor in accessors.Accessors)
                    {
                        if (accessor.IsKind(kind))
                        {
                            if (((SyntaxNode?)accessor.Body ?? accessor.ExpressionBody) is not { } accessorBody)
                            {
                                return null;
                            }

                            bodies.Add(accessorBody);
                        }
                    }
                }

                return bodies;
            default:
                return null;
        }
    }

    private static bool ParametersAlike(ISymbol member, ISymbol sibling)
    {
        if (member is not IMethodSymbol method || sibling is not IMethodSymbol other)
        {
            return true;
        }

        if (method.Parameters.Length != other.Parameters.Length || method.TypeParameters.Length != other.TypeParameters.Length || method.IsExtensionMethod != other.IsExtensionMethod)
        {
            return false;
        }

        for (var i = 0; i < method.Parameters.Length; i++)
        {
            if (method.Parameters[i].Name != other.Parameters[i].Name || method.Parameters[i].RefKind != other.Parameters[i].RefKind)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="body"/> is <paramref name="siblingBody"/> node for node but for at most
    /// <see cref="MaxTwinDifferences"/> pieces (a null-forgiving <c>!</c> aside), each the twin's own call or read that
    /// reached code runs or that has no code (<see cref="IsTwinsOwnPiece"/>), every other name resolving alike.
    /// </summary>
    private static bool IsTwinBody(SyntaxNode body, SyntaxNode siblingBody, LibraryReach reach, Compilation compilation, CancellationToken cancellationToken)
    {
        var differing = new List<(SyntaxNode Own, SyntaxNode Sibling)>(MaxTwinDifferences + 1);
        var alike = new List<(SyntaxNode Own, SyntaxNode Sibling)>();
        if (!Align(body, siblingBody, differing, alike) || differing.Count == 0)
        {
            // No difference at all is a copy (IsCopyOfReachedOverload's case when the names are alike), not a twin.
            return false;
        }

#pragma warning disable RS1030 // Bodies of members of the type being analyzed, in their own trees: no other model exists for them.
        var model = compilation.GetSemanticModel(body.SyntaxTree);
        var siblingModel = siblingBody.SyntaxTree == body.SyntaxTree ? model : compilation.GetSemanticModel(siblingBody.SyntaxTree);
#pragma warning restore RS1030
        var tagged = false;
        var readsOtherObjectsData = false;
        foreach (var (own, sibling) in differing)
        {
            if (!IsTwinsOwnPiece(own, sibling, model, siblingModel, reach, compilation, cancellationToken, out var isTag, out var isOtherObjectsData))
            {
                return false;
            }

            tagged |= isTag;
            readsOtherObjectsData |= isOtherObjectsData;
        }

        if (readsOtherObjectsData && !tagged)
        {
            return false;
        }

        foreach (var (own, sibling) in alike)
        {
            if (!NamesAlike(own, sibling, model, siblingModel, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Walks the two trees together, collecting the subtrees that are the same text and the smallest expressions that
    /// differ; false when they differ other than in whole expressions or in more than <see cref="MaxTwinDifferences"/>.
    /// </summary>
    private static bool Align(SyntaxNode own, SyntaxNode sibling, List<(SyntaxNode Own, SyntaxNode Sibling)> differing, List<(SyntaxNode Own, SyntaxNode Sibling)> alike)
    {
        // result = default! beside result = default: the annotation changes nothing that runs.
        own = WithoutNullForgiving(own);
        sibling = WithoutNullForgiving(sibling);
        if (SyntaxFactory.AreEquivalent(own, sibling, topLevel: false))
        {
            alike.Add((own, sibling));
            return true;
        }

        var children = own.ChildNodesAndTokens();
        var siblingChildren = sibling.ChildNodesAndTokens();
        if (own.RawKind != sibling.RawKind || children.Count != siblingChildren.Count)
        {
            return own is ExpressionSyntax && sibling is ExpressionSyntax && Differs(own, sibling, differing);
        }

        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var siblingChild = siblingChildren[i];
            if (child.IsNode != siblingChild.IsNode)
            {
                return false;
            }

            if (child.IsToken)
            {
                if (child.AsToken().ValueText != siblingChild.AsToken().ValueText || child.RawKind != siblingChild.RawKind)
                {
                    // A name's identifier: the name is the piece that differs; a literal's token: the literal is.
                    return ((own is SimpleNameSyntax && sibling is SimpleNameSyntax) || (own is LiteralExpressionSyntax && sibling is LiteralExpressionSyntax))
                        && Differs(own, sibling, differing);
                }

                continue;
            }

            if (!Align(child.AsNode()!, siblingChild.AsNode()!, differing, alike))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Differs(SyntaxNode own, SyntaxNode sibling, List<(SyntaxNode Own, SyntaxNode Sibling)> differing)
    {
        differing.Add((own, sibling));
        return differing.Count <= MaxTwinDifferences;
    }

    private static SyntaxNode WithoutNullForgiving(SyntaxNode node) =>
        node is PostfixUnaryExpressionSyntax { Operand: var operand } suppressed && suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression) ? operand : node;

    /// <summary>
    /// A piece of the twin's own: a name resolving to a member of the same type and kind as the sibling's name there
    /// (<c>PrimitiveType.UInt32</c> for <c>PrimitiveType.Int32</c>), or a fetch of the same type of value, a read or a
    /// call without arguments (<c>GetCacheUnsafe&lt;TEnum&gt;()</c> for <c>Cache&lt;TEnum&gt;.Instance</c>); either way a
    /// member of the library's own, in place of another of the library's own, that reached code runs, a field, or a
    /// property without behaviour of its own (<c>Primitive.UInt32Value =&gt; this.uint32Value</c>). A constant or enum
    /// member only as an operand of <c>==</c> or <c>!=</c> (<paramref name="isTag"/>): handed on, it selects a path of
    /// other code. A field or property of another object than the instance (<paramref name="isOtherObjectsData"/>)
    /// counts only beside such a tag.
    /// </summary>
    private static bool IsTwinsOwnPiece(SyntaxNode own, SyntaxNode sibling, SemanticModel model, SemanticModel siblingModel, LibraryReach reach, Compilation compilation, CancellationToken cancellationToken, out bool isTag, out bool isOtherObjectsData)
    {
        isTag = false;
        isOtherObjectsData = false;
        if (own is LiteralExpressionSyntax ownLiteral && sibling is LiteralExpressionSyntax siblingLiteral)
        {
            // A number written in place of another is a constant as a named one is: the tag of a row when compared
            // (sharpcompress' ArjHeader.IsBackup => (Flags & 0x20) != 0 beside the tested IsVolume's 0x04), else a value
            // of the member's own.
            isTag = true;
            return ownLiteral.IsKind(SyntaxKind.NumericLiteralExpression) && siblingLiteral.IsKind(SyntaxKind.NumericLiteralExpression) && IsComparedWith(own);
        }

        var symbol = model.GetSymbolInfo(own, cancellationToken).Symbol;
        var siblingSymbol = siblingModel.GetSymbolInfo(sibling, cancellationToken).Symbol;
        if (symbol is null || siblingSymbol is null || symbol is not (IMethodSymbol or IPropertySymbol or IFieldSymbol) || siblingSymbol is not (IMethodSymbol or IPropertySymbol or IFieldSymbol))
        {
            return false;
        }

        // Another package's member in place of the sibling's is another operation (Trim for ToUpperInvariant), not a twin.
        var definition = Definition(symbol);
        if (IsOtherPackages(definition) || IsOtherPackages(Definition(siblingSymbol))
            || !(definition is IFieldSymbol || reach.IsReached(definition) || (definition is IPropertySymbol && HasNoBehaviour(definition, compilation, cancellationToken))))
        {
            return false;
        }

        // A constant or enum member handed on, assigned or returned selects what other code does (dbup-core's
        // WithTransactionAlwaysRollback sets TransactionMode.SingleTransactionAlwaysRollback where the tested
        // WithTransaction sets SingleTransaction): a path of its own. Compared, it is the tag of a row of a table.
        if (definition is IFieldSymbol { HasConstantValue: true })
        {
            isTag = true;
            if (!IsComparedWith(own))
            {
                return false;
            }
        }
        else if (definition is IFieldSymbol or IPropertySymbol)
        {
            // Data read from another object than the instance: whatever fills it there is the twin's own behaviour
            // (sharpcompress' SevenZipEntry.ExtendedAttrib reads the header's raw attributes beside the tested Attrib,
            // which the archive reader masks), unless a compared tag makes the two a row of a table.
            isOtherObjectsData = !SymbolEqualityComparer.Default.Equals(definition.ContainingType?.OriginalDefinition, model.GetEnclosingSymbol(own.SpanStart, cancellationToken)?.ContainingType?.OriginalDefinition);
        }

        if (own is SimpleNameSyntax && sibling is SimpleNameSyntax)
        {
            var siblingDefinition = Definition(siblingSymbol);
            return definition.Kind == siblingDefinition.Kind
                && SymbolEqualityComparer.Default.Equals(definition.ContainingType?.OriginalDefinition, siblingDefinition.ContainingType?.OriginalDefinition);
        }

        return IsFetch(own) && IsFetch(sibling)
            && model.GetTypeInfo(own, cancellationToken).Type is { } type && siblingModel.GetTypeInfo(sibling, cancellationToken).Type is { } siblingType
            && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, siblingType.OriginalDefinition);
    }

    /// <summary>
    /// Whether the name (or the member access it ends, or a literal) is an operand of <c>==</c> or <c>!=</c>, or the mask
    /// of a bit test compared so (<c>(HeaderFlags &amp; HeaderFlags.CONTINUED_NEXT) != 0</c>): which bit a row of flag
    /// properties tests is its tag, as the kind a typed getter compares is.
    /// </summary>
    private static bool IsComparedWith(SyntaxNode name)
    {
        SyntaxNode operand = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        if (operand.Parent is BinaryExpressionSyntax mask && mask.IsKind(SyntaxKind.BitwiseAndExpression))
        {
            operand = mask;
            while (operand.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                operand = parenthesized;
            }
        }

        return operand.Parent is BinaryExpressionSyntax comparison && (comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression));
    }

    /// <summary>A read of a name or a member of a name (<c>Cache&lt;TEnum&gt;.Instance</c>), or a call of one without arguments.</summary>
    private static bool IsFetch(SyntaxNode node)
    {
        if (node is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call)
        {
            node = call.Expression;
        }

        while (node is MemberAccessExpressionSyntax access && access.IsKind(SyntaxKind.SimpleMemberAccessExpression))
        {
            node = access.Expression;
        }

        return node is SimpleNameSyntax or ThisExpressionSyntax;
    }

    /// <summary>
    /// Whether every name of two subtrees of the same text resolves alike: to the same member or type, a type parameter
    /// of the same position, a parameter or local of the same name.
    /// </summary>
    private static bool NamesAlike(SyntaxNode own, SyntaxNode sibling, SemanticModel model, SemanticModel siblingModel, CancellationToken cancellationToken)
    {
        using var names = own.DescendantNodesAndSelf().GetEnumerator();
        using var siblingNames = sibling.DescendantNodesAndSelf().GetEnumerator();
        while (names.MoveNext() && siblingNames.MoveNext())
        {
            if (names.Current is not SimpleNameSyntax name || siblingNames.Current is not SimpleNameSyntax siblingName)
            {
                continue;
            }

            var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
            var siblingSymbol = siblingModel.GetSymbolInfo(siblingName, cancellationToken).Symbol;
            switch (symbol)
            {
                case null when siblingSymbol is null:
                    continue;
                case null:
                    return false;
                case IParameterSymbol or ILocalSymbol or IRangeVariableSymbol:
                    if (siblingSymbol is null || siblingSymbol.Kind != symbol.Kind)
                    {
                        return false;
                    }

                    continue;
                case ITypeParameterSymbol typeParameter:
                    if (siblingSymbol is not ITypeParameterSymbol siblingTypeParameter || typeParameter.Ordinal != siblingTypeParameter.Ordinal
                        || typeParameter.TypeParameterKind != siblingTypeParameter.TypeParameterKind)
                    {
                        return false;
                    }

                    continue;
                default:
                    if (siblingSymbol is null || !SymbolEqualityComparer.Default.Equals(Definition(symbol), Definition(siblingSymbol)))
                    {
                        return false;
                    }

                    continue;
            }
        }

        return true;
    }

    /// <summary>
    /// The member of <paramref name="candidates"/> (of the same type) that <paramref name="member"/> specialises: its body is,
    /// token for token, the other member's body with one or more of that member's parameters replaced by a fixed value (a
    /// literal, <c>null</c>, <c>default</c>), every other name resolving to the same member or type
    /// (<c>UnboundedConcurrency(source)</c>'s <c>source.WithOptions(source.Options.WithMaxConcurrency(null))</c> and
    /// <c>MaxConcurrency(source, value)</c>'s <c>...WithMaxConcurrency(value)</c>). It is the forward
    /// <c>MaxConcurrency(source, null)</c> written out, and counts as one. Null when there is none.
    /// </summary>
    /// <summary>
    /// The member of <paramref name="candidates"/> (of the same type, name and kind) of which <paramref name="member"/> is a
    /// setting variant: its parameters are the other member's plus one, an instance of a class of the library's own, and its body is, token for token, the other
    /// member's body with that one parameter handed on as an argument of one call
    /// (<c>SumInterpolated(source, config, predicate)</c>'s <c>source.Sum(config, predicateStr, args)</c> beside
    /// <c>SumInterpolated(source, predicate)</c>'s <c>source.Sum(predicateStr, args)</c>): a test of the plain member is the
    /// first test of the variant too, which only passes a setting on, so the two are one gap, listed in the plain member's
    /// finding. The plain member stays reported. Null when there is none.
    /// </summary>
    public static ISymbol? SettingVariantOf(ISymbol member, List<ISymbol> candidates, LibraryReach reach, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration
            || ((SyntaxNode?)declaration.Body ?? declaration.ExpressionBody) is not { } body)
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (candidate is not IMethodSymbol { MethodKind: MethodKind.Ordinary } plain || plain.Name != method.Name || plain.IsStatic != method.IsStatic
                || plain.IsExtensionMethod != method.IsExtensionMethod || plain.Parameters.Length + 1 != method.Parameters.Length
                || plain.DeclaringSyntaxReferences.Length != 1
                || plain.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax plainDeclaration
                || ((SyntaxNode?)plainDeclaration.Body ?? plainDeclaration.ExpressionBody) is not { } plainBody
                || ExtraParameter(method, plain) is not { } setting)
            {
                continue;
            }

            // The one argument that hands the setting on: without it the bodies are the same text.
            ArgumentSyntax? handedOn = null;
            var uses = 0;
            foreach (var name in body.DescendantNodes())
            {
                if (name is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == setting.Name)
                {
                    uses++;
                    handedOn = identifier.Parent as ArgumentSyntax;
                }
            }

            if (uses == 1 && handedOn?.Parent is ArgumentListSyntax
                && body.RemoveNode(handedOn, SyntaxRemoveOptions.KeepNoTrivia) is { } withoutSetting
                && SyntaxFactory.AreEquivalent(withoutSetting, plainBody, topLevel: false)
                && HandsTheSettingToRunCode(handedOn, reach, compilation, cancellationToken))
            {
                return plain;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the call that takes the setting is another package's member or one the tests run (<c>source.Sum(config,
    /// predicateStr, args)</c>, tested): a setting handed to a library overload no test runs
    /// (<c>directoryInfo.GetAccessControl(includeSections)</c>, whose own code converts and checks the setting) selects
    /// code only the variant reaches.
    /// </summary>
    private static bool HandsTheSettingToRunCode(ArgumentSyntax handedOn, LibraryReach reach, Compilation compilation, CancellationToken cancellationToken)
    {
        if (handedOn.Parent?.Parent is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax) || handedOn.Parent.Parent is not ExpressionSyntax call)
        {
            return false;
        }

#pragma warning disable RS1030 // The body of a member of the type being analyzed, in its own tree: no other model exists for it.
        var model = compilation.GetSemanticModel(call.SyntaxTree);
#pragma warning restore RS1030
        return model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol called
            && (IsOtherPackages(called) || reach.IsReached((called.ReducedFrom ?? called).OriginalDefinition));
    }

    /// <summary>The one parameter of <paramref name="variant"/> that <paramref name="plain"/> lacks, the others alike in order, name and type; null otherwise.</summary>
    private static IParameterSymbol? ExtraParameter(IMethodSymbol variant, IMethodSymbol plain)
    {
        IParameterSymbol? extra = null;
        var j = 0;
        for (var i = 0; i < variant.Parameters.Length; i++)
        {
            var parameter = variant.Parameters[i];
            if (j < plain.Parameters.Length && parameter.Name == plain.Parameters[j].Name && SymbolEqualityComparer.Default.Equals(parameter.Type, plain.Parameters[j].Type))
            {
                j++;
            }
            else if (extra is null)
            {
                extra = parameter;
            }
            else
            {
                return null;
            }
        }

        // A setting is an instance of a class of the library's own (ParsingConfig): another package's type (a Type
        // resultType, a FileAccess) chooses what the call does or answers, which a test of the plain member does not show.
        return extra is { Type: INamedTypeSymbol { TypeKind: TypeKind.Class } settingType } && !IsOtherPackages(settingType) && j == plain.Parameters.Length ? extra : null;
    }

    public static ISymbol? SpecialisedMember(ISymbol member, List<ISymbol> candidates, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration
            || ((SyntaxNode?)declaration.Body ?? declaration.ExpressionBody) is not { } body || declaration.Body is { Statements.Count: 0 })
        {
            return null;
        }

        SemanticModel? model = null;
        foreach (var candidate in candidates)
        {
            if (candidate is IMethodSymbol { MethodKind: MethodKind.Ordinary } general && !SymbolEqualityComparer.Default.Equals(general, method)
                && general.IsStatic == method.IsStatic && general.DeclaringSyntaxReferences.Length == 1
                && general.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is MethodDeclarationSyntax generalDeclaration
                && ((SyntaxNode?)generalDeclaration.Body ?? generalDeclaration.ExpressionBody) is { } generalBody
                && body.RawKind == generalBody.RawKind)
            {
#pragma warning disable RS1030 // Bodies of members of the type being analyzed, in their own trees: no other model exists for them.
                model ??= compilation.GetSemanticModel(body.SyntaxTree);
                var generalModel = generalBody.SyntaxTree == body.SyntaxTree ? model : compilation.GetSemanticModel(generalBody.SyntaxTree);
#pragma warning restore RS1030
                var substituted = 0;
                if (IsSpecialisationOf(body, generalBody, model, generalModel, ref substituted, cancellationToken) && substituted > 0)
                {
                    return general;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="node"/> is <paramref name="general"/> with parameters of the general member replaced by fixed
    /// values (counted in <paramref name="substituted"/>), names resolving alike everywhere else.
    /// </summary>
    private static bool IsSpecialisationOf(SyntaxNode node, SyntaxNode general, SemanticModel model, SemanticModel generalModel, ref int substituted, CancellationToken cancellationToken)
    {
        if (general is IdentifierNameSyntax generalName && node is LiteralExpressionSyntax or DefaultExpressionSyntax
            && generalModel.GetSymbolInfo(generalName, cancellationToken).Symbol is IParameterSymbol)
        {
            substituted++;
            return true;
        }

        if (node.RawKind != general.RawKind)
        {
            return false;
        }

        if (node is SimpleNameSyntax name)
        {
            if (name.Identifier.ValueText != ((SimpleNameSyntax)general).Identifier.ValueText)
            {
                return false;
            }

            var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
            var generalSymbol = generalModel.GetSymbolInfo(general, cancellationToken).Symbol;
            if (!(symbol is IParameterSymbol or ILocalSymbol or IRangeVariableSymbol && generalSymbol is IParameterSymbol or ILocalSymbol or IRangeVariableSymbol)
                && !(symbol is null && generalSymbol is null)
                && (symbol is null || generalSymbol is null || !SymbolEqualityComparer.Default.Equals(Definition(symbol), Definition(generalSymbol))))
            {
                return false;
            }
        }

        var children = node.ChildNodesAndTokens();
        var generalChildren = general.ChildNodesAndTokens();
        if (children.Count != generalChildren.Count)
        {
            return false;
        }

        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var generalChild = generalChildren[i];
            if (child.IsToken || generalChild.IsToken)
            {
                if (!child.IsToken || !generalChild.IsToken || child.RawKind != generalChild.RawKind || child.AsToken().ValueText != generalChild.AsToken().ValueText)
                {
                    return false;
                }
            }
            else if (!IsSpecialisationOf(child.AsNode()!, generalChild.AsNode()!, model, generalModel, ref substituted, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Two bodies of the same text (<see cref="SyntaxFactory.AreEquivalent(SyntaxNode, SyntaxNode, bool)"/>) whose names
    /// resolve to the same members and types, parameters and locals aside (each body has its own, of the same names).
    /// </summary>
    private static bool NamesResolveAlike(SyntaxNode body, SyntaxNode otherBody, Compilation compilation, CancellationToken cancellationToken)
    {
#pragma warning disable RS1030 // Bodies of members of the type being analyzed, in their own trees: no other model exists for them.
        var model = compilation.GetSemanticModel(body.SyntaxTree);
        var otherModel = compilation.GetSemanticModel(otherBody.SyntaxTree);
#pragma warning restore RS1030
        using var names = body.DescendantNodes().GetEnumerator();
        using var otherNames = otherBody.DescendantNodes().GetEnumerator();
        while (names.MoveNext() && otherNames.MoveNext())
        {
            if (names.Current is not SimpleNameSyntax name || otherNames.Current is not SimpleNameSyntax otherName)
            {
                continue;
            }

            var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
            var otherSymbol = otherModel.GetSymbolInfo(otherName, cancellationToken).Symbol;
            if ((symbol is IParameterSymbol or ILocalSymbol or IRangeVariableSymbol && otherSymbol is IParameterSymbol or ILocalSymbol or IRangeVariableSymbol)
                || (symbol is null && otherSymbol is null))
            {
                continue;
            }

            if (symbol is null || otherSymbol is null || !SymbolEqualityComparer.Default.Equals(Definition(symbol), Definition(otherSymbol)))
            {
                return false;
            }
        }

        return true;
    }

    private static ISymbol Definition(ISymbol symbol) => symbol is IMethodSymbol method ? (method.ReducedFrom ?? method).OriginalDefinition : symbol.OriginalDefinition;

    /// <summary>
    /// What a constructor or method only hands its work to (the <c>library-call</c> row), after its argument guards
    /// (<c>ArgumentNullException.ThrowIfNull(x);</c>, <c>if (x == null) throw ...;</c>): a <b>forward</b>, one call or creation
    /// whose arguments are its parameters, <c>this</c> and, for a public target, fixed values (a literal, <c>default</c>,
    /// <c>typeof</c>, an enum member or another static value) and instances a public constructor makes of them
    /// (<c>new FileInfo(filePath)</c>, <c>new[] { column }</c>), on the instance, a type, a parameter or, in a static member,
    /// the one instance its type keeps (<see cref="IsDefaultInstanceOfFacade"/>), returned or followed by
    /// <c>return this;</c> or the parameter (<c>=&gt; cursor.Move(CursorDirection.Up, steps)</c>,
    /// <c>=&gt; Expand(node, false)</c>, <c>=&gt; new Recorder(console)</c>, an explicit interface implementation
    /// <c>=&gt; CreateMapContextScope();</c>), or a <b>fluent setter</b>, plain assignments of its parameters and fixed
    /// values (or <c>value ?? fixed</c>) to fields and auto-properties of the instance or of a parameter, then
    /// <c>return</c> of that receiver or nothing (<c>{ chart.ShowValues = value; return chart; }</c>). The forward's
    /// target does all the work, so it counts as run when its target does; the setter's settings do nothing until
    /// something reads them, so it counts as run when every member it assigns is read by code the tests run. Null for
    /// any other body: a branch, a computed value, a lambda, a property setter with a body of its own.
    /// </summary>
    public static Delegation? DelegationOf(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is IMethodSymbol accessorMethod && AccessorBodyOf(accessorMethod, cancellationToken) is { } accessor)
        {
            return AccessorForwardOf(accessorMethod, accessor, compilation, cancellationToken);
        }

        if (member is not IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation } method || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not BaseMethodDeclarationSyntax declaration
            || declaration is ConstructorDeclarationSyntax { Initializer: not null })
        {
            return null;
        }

        var values = new GivenValues(declaration.ParameterList.Parameters, declaration, compilation, cancellationToken);
        if (declaration.ExpressionBody is { } arrow)
        {
            return ForwardOf(arrow.Expression, method, values, compilation, cancellationToken);
        }

        if (declaration.Body is not { } body)
        {
            return null;
        }

        var first = 0;
        while (first < body.Statements.Count && (IsArgumentGuard(body.Statements[first]) || IsGuardHelperCall(body.Statements[first], values, cancellationToken)))
        {
            first++;
        }

        var last = body.Statements.Count - 1;
        if (last == first + 1 && RunnerForwardOf(body.Statements[first], body.Statements[last], method, values, compilation, cancellationToken) is { } runnerForward)
        {
            return runnerForward;
        }

        if (last >= first && body.Statements[last] is ReturnStatementSyntax { Expression: { } returned })
        {
            if (last == first)
            {
                return ForwardOf(returned, method, values, compilation, cancellationToken);
            }

            if (IsFinishedTask(returned, method))
            {
                // An async mirror of a member that answers nothing: Remove(key, throwException); return Task.CompletedTask;
                return last - 1 == first && body.Statements[first] is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax or AwaitExpressionSyntax } mirrored
                    ? ForwardOf(mirrored.Expression, method, values, compilation, cancellationToken)
                    : null;
            }

            // The receiver handed back for the next call of a chain.
            if (ExpressionWrappers.Unwrap(returned) is not (ThisExpressionSyntax or IdentifierNameSyntax) || !IsReceiver(returned, declaration))
            {
                return null;
            }

            last--;
        }

        if (last < first)
        {
            return null;
        }

        if (last == first && body.Statements[first] is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AwaitExpressionSyntax } call)
        {
            return ForwardOf(call.Expression, method, values, compilation, cancellationToken)
                ?? ConfiguredSetterOf(call.Expression, values, cancellationToken);
        }


        // A constructor that checks its arguments before storing them is reported as it was (see OnlyStoresWhatItIsGiven).
        if (method.MethodKind == MethodKind.Constructor)
        {
            return null;
        }

        var assigned = new List<ISymbol>();
        var setThrough = new List<IPropertySymbol>();
        for (var i = first; i <= last; i++)
        {
            if (body.Statements[i] is not ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment }
                || !IsReceiverMember(assignment.Left, declaration)
                || !(values.IsGivenOrFixed(assignment.Right, creationAllowed: false)
                    || (ExpressionWrappers.Unwrap(assignment.Right) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce
                        && values.IsGivenOrFixed(coalesce.Left, creationAllowed: false) && values.IsGivenOrFixed(coalesce.Right, creationAllowed: false)))
                || values.SymbolOf(assignment.Left) is not { } store)
            {
                return null;
            }

            if (IsPlainStore(store, cancellationToken))
            {
                assigned.Add(store);
            }
            else if (IsPublicSetterOfItsOwn(store))
            {
                // SetIds(userId, groupId) { UserId = userId; GroupId = groupId; }: the setters do the work, and they are
                // public API with tests of their own.
                setThrough.Add((IPropertySymbol)store);
            }
            else
            {
                return null;
            }
        }

        return new Delegation(null, assigned, setThrough: setThrough);
    }

    /// <summary>
    /// A fluent setter through a configuration callback (the <c>library-call</c> row): one call, on a parameter or a property
    /// of one, whose one argument is a lambda of one parameter that only assigns one of the member's own parameters, as
    /// it is, to a field or auto-property of the library on what the lambda is given (dbup's <c>builder.Configure(b =&gt;
    /// b.ScriptFilter = filter); return builder;</c>, FluentMigrator's <c>builder.Services.Configure&lt;ProcessorOptions&gt;(opt
    /// =&gt; opt.Timeout = commandTimeout); return builder;</c>). The callback stores the setting in the configuration the
    /// library builds, as a fluent setter stores it in the instance: the member counts as run when library code the tests
    /// run reads that member, and the call taking the callback, when it is the library's, runs. Not a fixed value
    /// (<c>c.VariablesEnabled = false</c>, <c>c.ConnectionManager.IsScriptOutputLogged = true</c>: a switch that selects a
    /// path only this member takes, which the reviewers judged genuine in dbup's <c>WithVariablesDisabled</c> and
    /// <c>LogScriptOutput</c>), a computed or created value, a member of what the configuration holds, nor a lambda that
    /// does more than the one assignment.
    /// </summary>
    private static Delegation? ConfiguredSetterOf(ExpressionSyntax expression, GivenValues values, CancellationToken cancellationToken)
    {
        if (ExpressionWrappers.Unwrap(expression) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver }, ArgumentList.Arguments: { Count: 1 } arguments } call
            || arguments[0].RefKindKeyword.RawKind != 0
            || ExpressionWrappers.Unwrap(arguments[0].Expression) is not SimpleLambdaExpressionSyntax { Body: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment } lambda
            || assignment.Left is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax configured }
            || configured.Identifier.ValueText != lambda.Parameter.Identifier.ValueText
            || ExpressionWrappers.Unwrap(assignment.Right) is not IdentifierNameSyntax given
            || given.Identifier.ValueText == lambda.Parameter.Identifier.ValueText
            || !IsOwnParameter(given, values.Parameters)
            || !IsParameterOrItsProperty(receiver, values)
            || values.SymbolOf(assignment.Left) is not { } store
            || !IsPlainStore(store, cancellationToken)
            || values.SymbolOf(call) is not IMethodSymbol configure)
        {
            return null;
        }

        var taking = (configure.ReducedFrom ?? configure).OriginalDefinition;
        return new Delegation(null, new List<ISymbol> { store }, configuredThrough: IsOtherPackages(taking) ? null : taking);
    }

    /// <summary>A parameter of the member (<c>builder</c>) or a property read on one (<c>builder.Services</c>).</summary>
    private static bool IsParameterOrItsProperty(ExpressionSyntax receiver, GivenValues values) => ExpressionWrappers.Unwrap(receiver) switch
    {
        IdentifierNameSyntax name => IsOwnParameter(name, values.Parameters),
        MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax holder, Name: IdentifierNameSyntax } read =>
            IsOwnParameter(holder, values.Parameters) && values.SymbolOf(read) is IPropertySymbol { IsStatic: false, IsIndexer: false },
        _ => false,
    };

    /// <summary>One call or creation of a library member whose arguments are the member's parameters and fixed values.</summary>
    /// <summary>
    /// An accessor that is a forward (<c>add { AddEventListener(EventNames.LoadedData, value); }</c>): after argument
    /// guards, one call or creation with its parameters (<c>value</c>), <c>this</c> and, for a public target, fixed values.
    /// Only forwards: an accessor that stores is a property's own storage, not a setter method's settings.
    /// </summary>
    private static Delegation? AccessorForwardOf(IMethodSymbol method, AccessorBody accessor, Compilation compilation, CancellationToken cancellationToken)
    {
        var values = new GivenValues(accessor.Parameters, accessor.Declaration, compilation, cancellationToken);
        var forwarded = accessor.Expression;
        if (accessor.Block is { } body)
        {
            var first = 0;
            while (first < body.Statements.Count && (IsArgumentGuard(body.Statements[first]) || IsGuardHelperCall(body.Statements[first], values, cancellationToken)))
            {
                first++;
            }

            forwarded = first != body.Statements.Count - 1 ? null : body.Statements[first] switch
            {
                ReturnStatementSyntax { Expression: { } returned } => returned,
                ExpressionStatementSyntax { Expression: InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AwaitExpressionSyntax } call => call.Expression,
                _ => null,
            };
        }

        return forwarded is null ? null : ForwardOf(forwarded, method, values, compilation, cancellationToken) is { Links.Count: 0 } forward ? forward : null;
    }

    /// <summary>
    /// A forward through a runner the member builds first (<c>var runner = new GitVersionRunner(context.FileSystem,
    /// context.Environment, context.ProcessRunner, context.Tools, context.Log); return runner.Run(settings);</c>, a Cake
    /// script alias): a local made by a library constructor from the member's parameters and what they hold
    /// (<see cref="GivenValues.ReceiverConstructorOf"/>), then one call on it, returned or not, with the arguments a forward
    /// hands on (<see cref="ForwardOf"/>). The runner's method does the work, and the member counts as run where that method
    /// and that constructor do, as the same forward written on one line (<c>new T(...).M(...)</c>) does. Not a local used
    /// again in the call's arguments, nor a runner set up further before the call.
    /// </summary>
    private static Delegation? RunnerForwardOf(StatementSyntax made, StatementSyntax call, IMethodSymbol method, GivenValues values, Compilation compilation, CancellationToken cancellationToken)
    {
        if (made is not LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables }
            || variables[0].Initializer?.Value is not { } initial
            || ExpressionWrappers.Unwrap(initial) is not BaseObjectCreationExpressionSyntax { Initializer: null } creation
            || values.ReceiverConstructorOf(creation, out var readsHeld) is not { } constructor)
        {
            return null;
        }

        var called = call switch
        {
            ReturnStatementSyntax { Expression: { } returned } => returned,
            ExpressionStatementSyntax { Expression: InvocationExpressionSyntax or AwaitExpressionSyntax } statement => statement.Expression,
            _ => null,
        };
        var local = variables[0].Identifier.ValueText;
        if (called is null
            || ExpressionWrappers.Unwrap(Awaited(called)) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } } invocation
            || receiver.Identifier.ValueText != local)
        {
            return null;
        }

        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            foreach (var name in argument.DescendantNodesAndSelf())
            {
                if (name is IdentifierNameSyntax { Identifier.ValueText: var text } && text == local)
                {
                    return null;
                }
            }
        }

        return ForwardOf(called, method, values, compilation, cancellationToken, (local, constructor, readsHeld));
    }

    private static Delegation? ForwardOf(ExpressionSyntax expression, IMethodSymbol method, GivenValues values, Compilation compilation, CancellationToken cancellationToken,
        (string Local, IMethodSymbol Constructor, bool ReadsHeld)? runner = null)
    {
        ArgumentListSyntax? arguments;
        IMethodSymbol? receiverConstructor = null;
        var builtRunner = false;
        List<IMethodSymbol>? links = null;
        var onDefaultInstance = false;
        // An awaited forward (return await GetAsync<dynamic>(query, ...), .ConfigureAwait(false) too) hands back what its
        // target answers, as the call itself would.
        // So does an async mirror (ContainsAsync(key) => Task.FromResult(Contains(key))) and a synchronous one that waits.
        expression = MirroredWork(Awaited(expression));
        if (DeferredForwardOf(expression, method, values) is { } deferred)
        {
            return deferred;
        }

        switch (ExpressionWrappers.Unwrap(expression))
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax built } } invocation
                when runner is { } runnerMade && built.Identifier.ValueText == runnerMade.Local:
                // The runner the member built first (RunnerForwardOf): a forward where the tests run its constructor.
                arguments = invocation.ArgumentList;
                receiverConstructor = runnerMade.Constructor;
                builtRunner = runnerMade.ReadsHeld;
                break;
            case InvocationExpressionSyntax invocation when invocation.Expression is IdentifierNameSyntax or GenericNameSyntax
                || (invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && IsForwardReceiver(receiver, values)):
                arguments = invocation.ArgumentList;
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var facadeReceiver } } invocation
                when IsDefaultInstanceOfFacade(facadeReceiver, method, values):
                // ClientFactory().ContinueJobWith(parentId, queue, methodCall, options): a static facade hands its work to the
                // one instance its type keeps (checked below: the target must be public API).
                arguments = invocation.ArgumentList;
                onDefaultInstance = true;
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var chained } } invocation
                when ChainLinksOf(chained, method, values) is { } chainLinks:
                // Or().Not().WhereIn(column, query): calls of the instance's own members that hand the instance back, then
                // the forward (the analyzer checks that each link is a fluent setter the tests call themselves).
                arguments = invocation.ArgumentList;
                links = chainLinks;
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var created } } invocation
                when ExpressionWrappers.Unwrap(created) is BaseObjectCreationExpressionSyntax { Initializer: null } creation
                    && values.ReceiverConstructorOf(creation, out var readsHeld) is { } hidden:
                // new FlurlRequest(url).SendJsonAsync(verb, body) through the internal FlurlRequest(string, params object[]):
                // a forward only where the tests run that constructor (the analyzer checks ReceiverConstructor).
                arguments = invocation.ArgumentList;
                receiverConstructor = hidden;
                builtRunner = readsHeld;
                break;
            case BaseObjectCreationExpressionSyntax { Initializer: null } creation:
                arguments = creation.ArgumentList;
                break;
            default:
                return null;
        }

        var target = values.SymbolOf(expression) as IMethodSymbol;
        target = (target?.ReducedFrom ?? target)?.OriginalDefinition;
        if (target is null || target.Locations.Length == 0 || !target.Locations[0].IsInSource || SymbolEqualityComparer.Default.Equals(target, method.OriginalDefinition))
        {
            return null;
        }

        // A fixed value handed to another public API is a choice that API offers and its tests make
        // (Move(CursorDirection.Up, steps)); one handed to a hidden or protected helper selects a path of it only this
        // member takes (ExecuteDownloadTextInternal(command, true), ReadRow(typeof(DapperRow), Row.First)).
        // An implementation of a public interface member is public API through the interface (an internal class's
        // NotInNamespaceOf(typeof(T)) hands a fixed value to its implementation of IFilter.NotInNamespaceOf(params Type[])).
        var fixedValuesAllowed = (target.DeclaredAccessibility == Accessibility.Public && IsPubliclyVisible(target)) || ImplementsPublicContract(target);
        if (onDefaultInstance && !fixedValuesAllowed)
        {
            // A hidden member of the kept instance is a path of it only this member takes.
            return null;
        }

        List<IMethodSymbol>? made = null;
        List<IMethodSymbol>? lambdaTargets = null;
        if (arguments is not null)
        {
            foreach (var argument in arguments.Arguments)
            {
                // The instance itself may be handed on too: visitor.VisitNoOpStatement(this). A public target also takes
                // an instance a public constructor or another package's makes of given and fixed values
                // (IsSevenZipFile(new FileInfo(filePath)), builder.Satisfies(new FileExistsAttribute())) and an array of
                // them (Aggregate<T>("avg", new[] { column })): that constructor stands for itself, as a receiver's does.
                if (argument.RefKindKeyword.RawKind != 0)
                {
                    return null;
                }

                if (argument.Expression is ThisExpressionSyntax || IsOwnParameter(argument.Expression, values.Parameters)
                    || (fixedValuesAllowed && (values.IsGivenOrFixed(argument.Expression, creationAllowed: true) || IsConstantLambda(argument.Expression)
                        || values.IsArrayOfGivenValues(argument.Expression)))
                    || values.IsAdaptedParameter(argument.Expression))
                {
                    continue;
                }

                // The defaults an overload fills in for a public target (the madeValues forms of the library-call row):
                // a lambda that does nothing or tests its element against fixed values (_ => { },
                // s => s.EndsWith(".sql", StringComparison.OrdinalIgnoreCase)), an options object set from the parameters
                // (new FileSystemScriptOptions { Filter = filter }), a lambda that hands the parameters to one public
                // member of what it is given (x => x.Add(handler)), or a factory lambda that creates a public type of
                // the library from them (c => new FileSystemSagaStorage(basePath, c.Get<IRebusLoggerFactory>())). Each
                // constructor made and each member a lambda calls must run too, which the analyzer checks.
                made ??= new List<IMethodSymbol>();
                lambdaTargets ??= new List<IMethodSymbol>();
                // A generic overload also fills in what it derives from its type argument alone for the overload of its
                // name taking the value (TableNameFrom<TEntity>(dbSetting) => TableNameFrom(ClassMappedNameCache.Get<TEntity>(),
                // dbSetting)): each library member that derives it must run too.
                if (!fixedValuesAllowed
                    || !(values.IsMadeValue(argument.Expression, made)
                        || values.IsFactoryLambda(argument.Expression, made)
                        || values.ConfigurationLambdaTarget(argument.Expression) is { } configured && AddTo(lambdaTargets, configured)
                        || (target.Name == method.Name && values.IsTypeArgumentValue(argument.Expression, method, lambdaTargets))))
                {
                    return null;
                }
            }
        }

        return new Delegation(target, new List<ISymbol>(), receiverConstructor, links: links, madeConstructors: made, lambdaTargets: lambdaTargets, builtRunner: builtRunner);
    }

    /// <summary>
    /// A forward queued for later (<c>_configurationActions.Add(r =&gt; r.MapFallback(destinationAddress)); return this;</c>):
    /// one call of another package's member on a field or property of the instance (a list of actions), whose one
    /// argument is a lambda handing the member's parameters and fixed values to the public library member of the same
    /// name on what it is given (<see cref="GivenValues.ConfigurationLambdaTarget"/>). A builder's method that only queues
    /// the same operation for the object it configures is that operation, deferred: its target is the lambda's, and it
    /// counts only where code the tests run reads the queue (<see cref="Delegation.DeferredThrough"/>). Null otherwise:
    /// a call of another name, or of the library's own member on what the instance holds, is an operation of its own.
    /// </summary>
    private static Delegation? DeferredForwardOf(ExpressionSyntax expression, IMethodSymbol method, GivenValues values)
    {
        if (ExpressionWrappers.Unwrap(expression) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var held }, ArgumentList.Arguments: { Count: 1 } arguments } queueing
            || arguments[0].RefKindKeyword.RawKind != 0
            || values.SymbolOf(held) is not { IsStatic: false } store || store is not (IFieldSymbol or IPropertySymbol)
            || !SymbolEqualityComparer.Default.Equals(store.ContainingType?.OriginalDefinition, method.ContainingType.OriginalDefinition)
            || values.SymbolOf(queueing) is not IMethodSymbol queue || !IsOtherPackages(queue)
            || values.ConfigurationLambdaTarget(arguments[0].Expression) is not { } target
            || target.Name != method.Name)
        {
            return null;
        }

        return new Delegation(target, new List<ISymbol>(), deferredThrough: store.OriginalDefinition);
    }

    private static bool AddTo(List<IMethodSymbol> list, IMethodSymbol method)
    {
        list.Add(method);
        return true;
    }

    /// <summary>
    /// The constructor of its own type that a constructor only fills in defaults for: an empty body and a
    /// <c>this(...)</c> call handing on each of its parameters once, and otherwise fixed values or instances made of them
    /// (<c>EmbeddedScriptProvider(assembly, filter) : this(assembly, filter, DbUpDefaults.DefaultEncoding, new SqlScriptOptions())</c>);
    /// null for any other constructor. One that hands a parameter on twice (<c>: this(assembly, filter, filter, options)</c>,
    /// one filter for two roles) makes a choice of its own.
    /// </summary>
    public static IMethodSymbol? DefaultChainTarget(IMethodSymbol constructor, Compilation compilation, CancellationToken cancellationToken)
    {
        if (constructor.MethodKind != MethodKind.Constructor || constructor.DeclaringSyntaxReferences.Length != 1
            || constructor.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not ConstructorDeclarationSyntax
            {
                Initializer: { RawKind: (int)SyntaxKind.ThisConstructorInitializer } initializer, ExpressionBody: null, Body: null or { Statements.Count: 0 },
            } declaration)
        {
            return null;
        }

        var values = new GivenValues(declaration.ParameterList.Parameters, declaration, compilation, cancellationToken);
        var handedOn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in initializer.ArgumentList.Arguments)
        {
            if (argument.RefKindKeyword.RawKind != 0)
            {
                return null;
            }

            if (IsOwnParameter(argument.Expression, values.Parameters))
            {
                if (!handedOn.Add(((IdentifierNameSyntax)argument.Expression).Identifier.ValueText))
                {
                    return null;
                }
            }
            else if (!values.IsGivenOrFixed(argument.Expression, creationAllowed: true))
            {
                return null;
            }
        }

        return handedOn.Count == declaration.ParameterList.Parameters.Count && values.SymbolOf(initializer) is IMethodSymbol chained ? chained.OriginalDefinition : null;
    }

    /// <summary>The longest chain of links followed (<c>Or().Not().WhereIn(...)</c> has two).</summary>
    private const int MaxChainLinks = 3;

    /// <summary>
    /// The links of a chain in the order they run (<c>Or()</c>, <c>Not()</c> in <c>Or().Not().WhereIn(column, query)</c>):
    /// calls of instance methods of the library on the instance itself (<c>Or()</c>, <c>this.Or()</c>) or on the answer of
    /// the link before, with the member's parameters and fixed values, each returning the instance's type (a fluent API
    /// hands the instance back). Null for anything else: a call on what the instance holds, a static call, a computed
    /// argument, more than <see cref="MaxChainLinks"/> links.
    /// </summary>
    private static List<IMethodSymbol>? ChainLinksOf(ExpressionSyntax receiver, IMethodSymbol method, GivenValues values)
    {
        var links = new List<IMethodSymbol>();
        var current = ExpressionWrappers.Unwrap(receiver);
        while (true)
        {
            if (current is not InvocationExpressionSyntax invocation || links.Count == MaxChainLinks
                || values.SymbolOf(invocation) is not IMethodSymbol { IsStatic: false, MethodKind: MethodKind.Ordinary } link)
            {
                return null;
            }

            link = link.OriginalDefinition;
            if (link.Locations.Length == 0 || !link.Locations[0].IsInSource || SymbolEqualityComparer.Default.Equals(link, method.OriginalDefinition)
                || !(link.DeclaredAccessibility == Accessibility.Public && IsPubliclyVisible(link))
                || !ReturnsItsInstance(link))
            {
                return null;
            }

            foreach (var argument in invocation.ArgumentList.Arguments)
            {
                if (argument.RefKindKeyword.RawKind != 0
                    || !(IsOwnParameter(argument.Expression, values.Parameters) || values.IsGivenOrFixed(argument.Expression, creationAllowed: false)))
                {
                    return null;
                }
            }

            links.Insert(0, link);
            switch (invocation.Expression)
            {
                case IdentifierNameSyntax:
                case MemberAccessExpressionSyntax { Expression: var onThis } when ExpressionWrappers.Unwrap(onThis) is ThisExpressionSyntax:
                    return links;
                case MemberAccessExpressionSyntax { Expression: var previous }:
                    current = ExpressionWrappers.Unwrap(previous);
                    break;
                default:
                    return null;
            }
        }
    }

    /// <summary>A method whose answer is of its own type or of the type parameter its fluent base class is closed with.</summary>
    private static bool ReturnsItsInstance(IMethodSymbol link) =>
        SymbolEqualityComparer.Default.Equals(link.ReturnType.OriginalDefinition, link.ContainingType.OriginalDefinition)
        || (link.ReturnType is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type } parameter
            && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, link.ContainingType.OriginalDefinition));

    /// <summary>
    /// The work of a member that only changes how its caller waits for it (the <c>async-mirror</c> row): a synchronous
    /// member's answer handed back as a finished task (<c>Task.FromResult(e)</c>, <c>ValueTask.FromResult(e)</c>,
    /// <c>new ValueTask&lt;T&gt;(e)</c>: RepoDB's <c>ContainsAsync(key) =&gt; Task.FromResult(Contains(key))</c>) and an
    /// asynchronous member waited for (<c>e.GetAwaiter().GetResult()</c>, and <c>e.Result</c> or <c>e.Wait()</c> on a call of
    /// a member named <c>...Async</c>) as <c>e</c>; any other expression as it is. The wrapper adds no path of its own: a
    /// test of the work is the first test of the mirror too.
    /// </summary>
    internal static ExpressionSyntax MirroredWork(ExpressionSyntax expression)
    {
        switch (ExpressionWrappers.Unwrap(expression))
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FromResult", Expression: var taskType }, ArgumentList.Arguments: { Count: 1 } result }
                when IsTaskTypeName(taskType) && result[0].RefKindKeyword.RawKind == 0:
                return result[0].Expression;
            case ObjectCreationExpressionSyntax { Type: GenericNameSyntax { Identifier.ValueText: "ValueTask", TypeArgumentList.Arguments.Count: 1 }, ArgumentList.Arguments: { Count: 1 } created, Initializer: null }
                when created[0].RefKindKeyword.RawKind == 0:
                return created[0].Expression;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetResult", Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter", Expression: var awaitedTask }, ArgumentList.Arguments.Count: 0 } }, ArgumentList.Arguments.Count: 0 }:
                return Unconfigured(awaitedTask);
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Wait", Expression: var waited }, ArgumentList.Arguments.Count: 0 }
                when IsCallOfAsyncMember(waited):
                return Unconfigured(waited);
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result", Expression: var resulted } when IsCallOfAsyncMember(resulted):
                return Unconfigured(resulted);
            default:
                return expression;
        }
    }

    /// <summary>
    /// A finished task without a value, the answer of an async mirror of a member that answers nothing
    /// (<c>Remove(key, throwException); return Task.CompletedTask;</c>): <c>Task.CompletedTask</c>,
    /// <c>ValueTask.CompletedTask</c>, <c>default</c> or <c>new ValueTask()</c> of a member answering a <c>ValueTask</c>.
    /// </summary>
    internal static bool IsFinishedTask(ExpressionSyntax expression, IMethodSymbol? method) => ExpressionWrappers.Unwrap(expression) switch
    {
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CompletedTask", Expression: var taskType } => IsTaskTypeName(taskType),
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.DefaultLiteralExpression } or DefaultExpressionSyntax => method?.ReturnType is INamedTypeSymbol { Name: "ValueTask", Arity: 0 },
        ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax { Identifier.ValueText: "ValueTask" }, ArgumentList.Arguments.Count: 0, Initializer: null } => true,
        _ => false,
    };

    private static bool IsTaskTypeName(ExpressionSyntax type) => type switch
    {
        IdentifierNameSyntax { Identifier.ValueText: "Task" or "ValueTask" } => true,
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Task" or "ValueTask" } => true,
        _ => false,
    };

    private static bool IsCallOfAsyncMember(ExpressionSyntax expression) =>
        Unconfigured(expression) is InvocationExpressionSyntax { Expression: var called }
        && (called switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => string.Empty,
        }).EndsWith("Async", System.StringComparison.Ordinal);

    /// <summary><c>x.ConfigureAwait(...)</c> as <c>x</c>; any other expression as it is (its wrappers removed).</summary>
    private static ExpressionSyntax Unconfigured(ExpressionSyntax expression)
    {
        var inner = ExpressionWrappers.Unwrap(expression) is ExpressionSyntax unwrapped ? unwrapped : expression;
        return inner is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Expression: var configured }, ArgumentList.Arguments.Count: 1 }
            ? configured
            : inner;
    }

    /// <summary><c>await x</c> and <c>await x.ConfigureAwait(...)</c> as <c>x</c>; any other expression as it is.</summary>
    private static ExpressionSyntax Awaited(ExpressionSyntax expression) =>
        ExpressionWrappers.Unwrap(expression) is AwaitExpressionSyntax awaited ? Unconfigured(awaited.Expression) : expression;

    /// <summary>
    /// The member of the type that a chain spells out after its first links: <c>OrWhereNotIn(column, query) =&gt;
    /// Or().Not().WhereIn(column, query)</c> is <c>Or()</c> and then the body of <c>WhereNotIn(column, query) =&gt;
    /// Not().WhereIn(column, query)</c>, a public method of the same parameters (names and types) whose own chain is the
    /// rest of this one with the same arguments. Null when no sibling is. The count is how many links come before it.
    /// </summary>
    public static (IMethodSymbol Sibling, int LinksBefore)? ChainedSibling(ISymbol member, Delegation delegation, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is not IMethodSymbol method || delegation.Links.Count < 2 || delegation.Target is null
            || ChainArguments(method, cancellationToken) is not { } arguments)
        {
            return null;
        }

        foreach (var candidate in method.ContainingType.GetMembers())
        {
            if (candidate is not IMethodSymbol { MethodKind: MethodKind.Ordinary } sibling || SymbolEqualityComparer.Default.Equals(sibling, method)
                || sibling.DeclaredAccessibility != Accessibility.Public || !SameParameters(method, sibling)
                || ChainArguments(sibling, cancellationToken) != arguments
                || DelegationOf(sibling, compilation, cancellationToken) is not { Target: { } siblingTarget } siblingDelegation
                || !SymbolEqualityComparer.Default.Equals(siblingTarget, delegation.Target)
                || siblingDelegation.Links.Count == 0 || siblingDelegation.Links.Count >= delegation.Links.Count)
            {
                continue;
            }

            var before = delegation.Links.Count - siblingDelegation.Links.Count;
            var same = true;
            for (var i = 0; i < siblingDelegation.Links.Count && same; i++)
            {
                same = SymbolEqualityComparer.Default.Equals(siblingDelegation.Links[i], delegation.Links[before + i]);
            }

            if (same)
            {
                return (sibling, before);
            }
        }

        return null;
    }

    /// <summary>The text of the last call's arguments in a member's one forwarded expression, or null.</summary>
    private static string? ChainArguments(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
        {
            return null;
        }

        var expression = declaration.ExpressionBody?.Expression
            ?? (declaration.Body is { Statements.Count: 1 } body && body.Statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null);
        return expression is not null && ExpressionWrappers.Unwrap(Awaited(expression)) is InvocationExpressionSyntax invocation ? invocation.ArgumentList.ToString() : null;
    }

    private static bool SameParameters(IMethodSymbol method, IMethodSymbol other)
    {
        if (method.Parameters.Length != other.Parameters.Length || method.TypeParameters.Length != other.TypeParameters.Length)
        {
            return false;
        }

        for (var i = 0; i < method.Parameters.Length; i++)
        {
            if (method.Parameters[i].Name != other.Parameters[i].Name
                || method.Parameters[i].Type.ToDisplayString() != other.Parameters[i].Type.ToDisplayString())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A row of a table written as members (the <c>table-row</c> row): a method whose body, after argument guards, is one
    /// call or creation of a hidden library member (one a fixed value may not be handed to by a forward, see
    /// <see cref="ForwardOf"/>) on the instance, a type or a parameter, whose arguments are the method's parameters
    /// (<c>this</c>, an adapted parameter) and at least one datum: a string literal, <c>typeof</c>, or a static string or
    /// static instance of a class (<c>StringOperator.EndsWith</c>); the target's type arguments are data too
    /// (<c>=&gt; builder.UseDatabase&lt;FirebirdDelegate&gt;("Firebird", connectionString)</c>). Not a flag, a number, an
    /// enum member or <c>null</c>: those select a path of the helper only this member takes
    /// (<c>ExecuteDownloadTextInternal(command, true)</c>). Null for any other body.
    /// </summary>
    public static TableRow? TableRowOf(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is not IMethodSymbol method || method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        SyntaxNode declaration;
        SeparatedSyntaxList<ParameterSyntax> parameters;
        ExpressionSyntax? forwarded;
        BlockSyntax? block;
        if (method.MethodKind == MethodKind.Ordinary && method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is MethodDeclarationSyntax ordinary)
        {
            declaration = ordinary;
            parameters = ordinary.ParameterList.Parameters;
            forwarded = ordinary.ExpressionBody?.Expression;
            block = ordinary.Body;
        }
        else if (AccessorBodyOf(method, cancellationToken) is { } accessor)
        {
            // A property's or event's accessor is a row as a method is (get => this.GetOwnAttribute(AttributeNames.Integrity)).
            declaration = accessor.Declaration;
            parameters = accessor.Parameters;
            forwarded = accessor.Expression;
            block = accessor.Block;
        }
        else
        {
            return null;
        }

        var values = new GivenValues(parameters, declaration, compilation, cancellationToken);
        if (block is { } body)
        {
            var first = 0;
            while (first < body.Statements.Count && (IsArgumentGuard(body.Statements[first]) || IsGuardHelperCall(body.Statements[first], values, cancellationToken)))
            {
                first++;
            }

            if (first == body.Statements.Count - 1)
            {
                forwarded = body.Statements[first] switch
                {
                    ReturnStatementSyntax { Expression: { } returned } => returned,
                    ExpressionStatementSyntax { Expression: InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax } call => call.Expression,
                    _ => null,
                };
            }
        }

        ArgumentListSyntax? arguments;
        switch (forwarded is null ? null : ExpressionWrappers.Unwrap(forwarded))
        {
            case InvocationExpressionSyntax invocation when invocation.Expression is IdentifierNameSyntax or GenericNameSyntax
                || (invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && IsForwardReceiver(receiver, values)):
                arguments = invocation.ArgumentList;
                break;
            case BaseObjectCreationExpressionSyntax { Initializer: null } creation:
                arguments = creation.ArgumentList;
                break;
            default:
                return null;
        }

        var target = values.SymbolOf(forwarded!) as IMethodSymbol;
        target = (target?.ReducedFrom ?? target)?.OriginalDefinition;
        if (target is null || target.Locations.Length == 0 || !target.Locations[0].IsInSource || SymbolEqualityComparer.Default.Equals(target, method.OriginalDefinition)
            || (target.DeclaredAccessibility == Accessibility.Public && IsPubliclyVisible(target)) || ImplementsPublicContract(target)
            || arguments is null)
        {
            // A public target takes fixed values as a plain forward does (DelegationOf).
            return null;
        }

        var given = new bool[arguments.Arguments.Count];
        var anyDatum = false;
        for (var i = 0; i < given.Length; i++)
        {
            var argument = arguments.Arguments[i];
            if (argument.RefKindKeyword.RawKind != 0)
            {
                return null;
            }

            if (argument.Expression is ThisExpressionSyntax || IsOwnParameter(argument.Expression, values.Parameters) || values.IsAdaptedParameter(argument.Expression))
            {
                given[i] = true;
            }
            else if (values.IsDatum(argument.Expression))
            {
                anyDatum = true;
            }
            else
            {
                return null;
            }
        }

        return anyDatum ? new TableRow(target, given) : null;
    }

    /// <summary>
    /// The accessors of a property or an event, or null when it has none with a body (an auto-property, a field-like
    /// event) or is not a property or event. The rows <c>table-row</c> and <c>library-call</c> read each of them as a
    /// method: a property or event counts only when every accessor does.
    /// </summary>
    public static List<IMethodSymbol>? AccessorsOf(ISymbol member)
    {
        var (first, second) = member switch
        {
            IPropertySymbol property => (property.GetMethod, property.SetMethod),
            IEventSymbol declaredEvent => (declaredEvent.AddMethod, declaredEvent.RemoveMethod),
            _ => (null, null),
        };

        if (first is null && second is null)
        {
            return null;
        }

        var accessors = new List<IMethodSymbol>(2);
        foreach (var accessor in new[] { first, second })
        {
            if (accessor is null)
            {
                continue;
            }

            if (accessor.IsImplicitlyDeclared || accessor.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            accessors.Add(accessor);
        }

        return accessors;
    }

    /// <summary>
    /// An accessor's body as a method's: its one expression (<c>get =&gt; ...</c>, or a get-only property's
    /// <c>=&gt; ...</c>) or block, and its parameters (an indexer's, then the implicit <c>value</c> of a setter or an event
    /// accessor; parameters are matched by name). Null for an accessor without a body.
    /// </summary>
    private static AccessorBody? AccessorBodyOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (method.MethodKind is not (MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove)
            || method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        SyntaxNode owner;
        ExpressionSyntax? expression;
        BlockSyntax? block = null;
        switch (syntax)
        {
            case AccessorDeclarationSyntax accessor when accessor.ExpressionBody is not null || accessor.Body is not null:
                owner = accessor.Parent?.Parent ?? accessor;
                expression = accessor.ExpressionBody?.Expression;
                block = accessor.Body;
                break;
            case ArrowExpressionClauseSyntax arrow when arrow.Parent is BasePropertyDeclarationSyntax:
                owner = arrow.Parent;
                expression = arrow.Expression;
                break;
            default:
                return null;
        }

        var parameters = owner is IndexerDeclarationSyntax indexer ? indexer.ParameterList.Parameters : default;
        if (method.MethodKind != MethodKind.PropertyGet)
        {
            parameters = parameters.Add(SyntaxFactory.Parameter(SyntaxFactory.Identifier("value")));
        }

        return new AccessorBody(syntax, parameters, expression, block);
    }

    private sealed class AccessorBody
    {
        public AccessorBody(SyntaxNode declaration, SeparatedSyntaxList<ParameterSyntax> parameters, ExpressionSyntax? expression, BlockSyntax? block)
        {
            Declaration = declaration;
            Parameters = parameters;
            Expression = expression;
            Block = block;
        }

        public SyntaxNode Declaration { get; }

        public SeparatedSyntaxList<ParameterSyntax> Parameters { get; }

        public ExpressionSyntax? Expression { get; }

        public BlockSyntax? Block { get; }
    }

    /// <summary>What a row of a table written as members hands its helper: the helper, and which arguments are the row's parameters.</summary>
    internal sealed class TableRow
    {
        private readonly bool[] given;

        public TableRow(IMethodSymbol target, bool[] given)
        {
            Target = target;
            this.given = given;
        }

        /// <summary>The hidden member the row calls or creates.</summary>
        public IMethodSymbol Target { get; }

        /// <summary>
        /// Whether another row is of the same table: the same helper, and every argument this row takes from its
        /// parameters taken from the other's parameters too, so the rows differ only in data (where this row passes a
        /// datum the other may pass a parameter: <c>AnyName() =&gt; new NameMatcher("", StringOperator.Anything)</c>
        /// beside <c>NameContains(compareTo) =&gt; new NameMatcher(compareTo, StringOperator.Contains)</c>).
        /// </summary>
        public bool IsOfTheSameTableAs(TableRow other)
        {
            if (!SymbolEqualityComparer.Default.Equals(Target, other.Target) || given.Length != other.given.Length)
            {
                return false;
            }

            for (var i = 0; i < given.Length; i++)
            {
                if (given[i] && !other.given[i])
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Whether a method implements a member of a publicly visible interface (implicitly or explicitly): callers reach
    /// it as public API through that interface, so a fixed value handed to it is a choice the interface offers.
    /// </summary>
    private static bool ImplementsPublicContract(IMethodSymbol method)
    {
        foreach (var contract in method.ExplicitInterfaceImplementations)
        {
            if (IsPubliclyVisible(contract))
            {
                return true;
            }
        }

        if (method.DeclaredAccessibility != Accessibility.Public || method.IsStatic)
        {
            return false;
        }

        foreach (var implemented in method.ContainingType.AllInterfaces)
        {
            if (!IsPubliclyVisible(implemented))
            {
                continue;
            }

            foreach (var contract in implemented.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(contract)?.OriginalDefinition, method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The instance, a type or a parameter: what a forward may call on. A call on what the instance holds
    /// (<c>eventEmitterFactories.Remove(type)</c>, <c>_engine.RenameCollection(oldName, newName)</c>) is an operation of
    /// its own on that state, which tests of the holder's other members do not pin down.
    /// A receiver created from the parameters (<c>new FlurlRequest(url).SendJsonAsync(verb, body)</c>) counts too when
    /// its constructor is a public API or another package's: that constructor stands for itself, and the call on the new
    /// instance does the work (a <c>Url</c> overload of an extension method on a request type). Not one a hidden constructor
    /// creates: that constructor is code of the member's own.
    /// </summary>
    private static bool IsForwardReceiver(ExpressionSyntax receiver, GivenValues values) =>
        ExpressionWrappers.Unwrap(receiver) is ThisExpressionSyntax or BaseExpressionSyntax or PredefinedTypeSyntax
        || values.SymbolOf(receiver) is INamespaceOrTypeSymbol or IParameterSymbol
        || (ExpressionWrappers.Unwrap(receiver) is BaseObjectCreationExpressionSyntax { Initializer: null } creation && values.IsCreationFromGivenValues(creation));

    /// <summary>
    /// The one instance a static facade's type keeps and hands its work to: a <c>static readonly</c> field of the member's
    /// own type (<c>ExcelImporter.GetSheetNamesAsync(path, cancellationToken)</c>, the field set once by the library), or a
    /// static delegate field or property of that type invoked without arguments (<c>ClientFactory().ContinueJobWith(...)</c>:
    /// the factory is the seam the tests replace, and every facade of the type calls it alike), read by a static member.
    /// Not a call that takes arguments (<c>CreateQueryFactory(query)</c> computes the instance from a parameter), a static
    /// field that is not read-only (state the type changes), nor what an instance member's instance holds (an operation of
    /// its own on that state, see <see cref="IsForwardReceiver"/>).
    /// </summary>
    private static bool IsDefaultInstanceOfFacade(ExpressionSyntax receiver, IMethodSymbol method, GivenValues values)
    {
        if (!method.IsStatic)
        {
            return false;
        }

        var kept = ExpressionWrappers.Unwrap(receiver);
        var delegateInvoked = false;
        if (kept is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } invocation)
        {
            kept = ExpressionWrappers.Unwrap(invocation.Expression);
            delegateInvoked = true;
        }

        if (kept is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or QualifiedNameSyntax or MemberAccessExpressionSyntax }))
        {
            return false;
        }

        var symbol = values.SymbolOf(kept);
        if (symbol is null || !symbol.IsStatic || !SymbolEqualityComparer.Default.Equals(symbol.ContainingType?.OriginalDefinition, method.ContainingType.OriginalDefinition))
        {
            return false;
        }

        return delegateInvoked
            ? symbol is IFieldSymbol { Type.TypeKind: TypeKind.Delegate } or IPropertySymbol { Type.TypeKind: TypeKind.Delegate, IsIndexer: false }
            : symbol is IFieldSymbol { IsReadOnly: true };
    }

    /// <summary>
    /// A lambda that answers a constant whatever it is given (<c>_ =&gt; true</c>, <c>(a, b) =&gt; null</c>): a fixed value
    /// of a delegate parameter, as a literal is of another (<c>FromDependencyContext(context, _ =&gt; true)</c>, no filter).
    /// </summary>
    private static bool IsConstantLambda(ExpressionSyntax argument) =>
        ExpressionWrappers.Unwrap(argument) is LambdaExpressionSyntax { Body: ExpressionSyntax body }
        && ExpressionWrappers.Unwrap(body) is LiteralExpressionSyntax or DefaultExpressionSyntax;

    /// <summary>
    /// A call of a guard helper with a parameter (<c>Preconditions.NotNull(assemblies, nameof(assemblies));</c>): a static
    /// method of the library whose body is only argument checks (<c>if (...) { ...; throw ...; }</c>, the block ending in a
    /// throw) and at most a <c>return</c> of its parameter. It checks, as an inline guard does, and computes nothing.
    /// </summary>
    private static bool IsGuardHelperCall(StatementSyntax statement, GivenValues values, CancellationToken cancellationToken)
    {
        var compilation = values.Compilation;
        if (statement is not ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call }
            || values.SymbolOf(call) is not IMethodSymbol { IsStatic: true, DeclaringSyntaxReferences.Length: 1 } helper
            || helper.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax { Body: { Statements.Count: > 0 } body } helperDeclaration)
        {
            return false;
        }

        var checks = 0;
        foreach (var helperStatement in body.Statements)
        {
            if (helperStatement is IfStatementSyntax { Else: null, Statement: var then }
                && (Throws(then, compilation, cancellationToken) || (then is BlockSyntax { Statements.Count: > 0 } block && Throws(block.Statements[block.Statements.Count - 1], compilation, cancellationToken))))
            {
                checks++;
                continue;
            }

            if (helperStatement is ReturnStatementSyntax { Expression: IdentifierNameSyntax returned } && helperStatement == body.Statements[body.Statements.Count - 1]
                && IsOwnParameter(returned, helperDeclaration.ParameterList.Parameters))
            {
                continue;
            }

            return false;
        }

        return checks > 0;
    }

    /// <summary>
    /// <c>throw ...;</c>, or a call of a throw helper (<c>Throw.ArgumentException("Invalid second.");</c>): a method marked
    /// <c>[DoesNotReturn]</c>, or a static method of the library whose body only throws. Either way the check ends there.
    /// </summary>
    private static bool Throws(StatementSyntax statement, Compilation compilation, CancellationToken cancellationToken)
    {
        if (statement is ThrowStatementSyntax)
        {
            return true;
        }

        if (statement is not ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call })
        {
            return false;
        }

#pragma warning disable RS1030 // A guard helper of the library being analyzed, in its own tree: no other model exists for it.
        var model = compilation.GetSemanticModel(call.SyntaxTree);
#pragma warning restore RS1030
        if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol { IsStatic: true } helper)
        {
            return false;
        }

        foreach (var attribute in helper.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "DoesNotReturnAttribute" })
            {
                return true;
            }
        }

        return helper.DeclaringSyntaxReferences.Length == 1
            && helper.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration
            && (declaration.ExpressionBody?.Expression is ThrowExpressionSyntax || declaration.Body is { Statements: { Count: 1 } only } && only[0] is ThrowStatementSyntax);
    }

    /// <summary><c>ArgumentNullException.ThrowIfNull(x);</c> (a <c>ThrowIf...</c> of an exception type) or <c>if (...) throw ...;</c>.</summary>
    private static bool IsArgumentGuard(StatementSyntax statement) => statement switch
    {
        ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var thrower, Name.Identifier.ValueText: var check } } } =>
            check.StartsWith("ThrowIf", System.StringComparison.Ordinal) && thrower.ToString().EndsWith("Exception", System.StringComparison.Ordinal),
        IfStatementSyntax { Else: null, Statement: var then } => then is ThrowStatementSyntax || then is BlockSyntax { Statements: { Count: 1 } thrown } && thrown[0] is ThrowStatementSyntax,
        _ => false,
    };

    /// <summary><c>this</c> or a parameter of the declaration: the receiver a fluent setter stores into and hands back.</summary>
    private static bool IsReceiver(ExpressionSyntax expression, BaseMethodDeclarationSyntax declaration) =>
        ExpressionWrappers.Unwrap(expression) is ThisExpressionSyntax || IsOwnParameter(expression, declaration.ParameterList.Parameters);

    /// <summary><c>Name</c>, <c>this.Name</c> or <c>parameter.Name</c>.</summary>
    private static bool IsReceiverMember(ExpressionSyntax left, BaseMethodDeclarationSyntax declaration) =>
        left is IdentifierNameSyntax || (left is MemberAccessExpressionSyntax { Expression: var receiver } && IsReceiver(receiver, declaration));

    /// <summary>A field or a property whose setter has no body of its own: assigning it only stores the value.</summary>
    /// <summary>
    /// A public, publicly visible property of the library with a setter of its own (not an auto-property): what an
    /// assignment to it does is that setter's code, which its own tests test.
    /// </summary>
    private static bool IsPublicSetterOfItsOwn(ISymbol store) =>
        store is IPropertySymbol { IsStatic: false, IsIndexer: false, SetMethod: { DeclaredAccessibility: Accessibility.Public } } property
        && property.DeclaredAccessibility == Accessibility.Public && IsPubliclyVisible(property)
        && property.Locations.Length > 0 && property.Locations[0].IsInSource;

    private static bool IsPlainStore(ISymbol store, CancellationToken cancellationToken)
    {
        if (store is IFieldSymbol { IsConst: false, IsStatic: false } field)
        {
            return field.Locations.Length > 0 && field.Locations[0].IsInSource;
        }

        if (store is not IPropertySymbol { IsStatic: false, SetMethod: { } setter } property || property.Locations.Length == 0 || !property.Locations[0].IsInSource)
        {
            return false;
        }

        // An auto-property, or an abstract or interface property (its implementations are read through it).
        foreach (var reference in setter.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not AccessorDeclarationSyntax { Body: null, ExpressionBody: null })
            {
                return false;
            }
        }

        return setter.DeclaringSyntaxReferences.Length > 0;
    }

    /// <summary>What a member only hands its work to: the one member it forwards to, or the members a fluent setter assigns.</summary>
    internal sealed class Delegation
    {
        public Delegation(IMethodSymbol? target, List<ISymbol> assigned, IMethodSymbol? receiverConstructor = null, List<IPropertySymbol>? setThrough = null, List<IMethodSymbol>? links = null,
            List<IMethodSymbol>? madeConstructors = null, List<IMethodSymbol>? lambdaTargets = null, ISymbol? deferredThrough = null, bool builtRunner = false,
            IMethodSymbol? configuredThrough = null)
        {
            ConfiguredThrough = configuredThrough;
            BuiltRunner = builtRunner;
            DeferredThrough = deferredThrough;
            Target = target;
            Assigned = assigned;
            ReceiverConstructor = receiverConstructor;
            SetThrough = setThrough ?? NoProperties;
            Links = links ?? NoLinks;
            MadeConstructors = madeConstructors ?? NoLinks;
            LambdaTargets = lambdaTargets ?? NoLinks;
        }

        /// <summary>
        /// The library constructors that make the defaults a forward fills in (<c>new EmbeddedScriptProvider(assembly,
        /// s =&gt; s.EndsWith(".sql", ...))</c>, <c>new FileSystemScriptOptions { Filter = filter }</c>, the creation in a factory
        /// lambda). The forward counts only where each of them runs, that very overload (the analyzer's
        /// <c>ConstructorRuns</c>): the default and the constructor it reaches are then code the tests run.
        /// </summary>
        public List<IMethodSymbol> MadeConstructors { get; }

        /// <summary>
        /// The library member a setter hands its configuration callback to (dbup's <c>UpgradeEngineBuilder.Configure</c>);
        /// null for a setter that stores into the instance, or one whose callback another package takes
        /// (<c>IServiceCollection.Configure&lt;T&gt;</c>). Such a setter counts only where that member runs.
        /// </summary>
        public IMethodSymbol? ConfiguredThrough { get; }

        /// <summary>
        /// The members a lambda argument hands the parameters to (<c>Add</c> in <c>x =&gt; x.Add(handler)</c>). The forward
        /// counts only where each of them runs: the lambda is part of the work.
        /// </summary>
        public List<IMethodSymbol> LambdaTargets { get; }

        /// <summary>
        /// The field or property of the instance a forward queued for later is kept in (<c>_configurationActions</c>); null
        /// for a forward that runs at once. It counts only where code the tests run reads the queue.
        /// </summary>
        public ISymbol? DeferredThrough { get; }

        private static readonly List<IPropertySymbol> NoProperties = new();

        private static readonly List<IMethodSymbol> NoLinks = new();

        /// <summary>
        /// The calls a chain makes on the instance before its forward, in the order they run (<c>Or()</c> in
        /// <c>Or().WhereStarts(column, value)</c>); empty for a forward on the instance, a type or a parameter. A chain
        /// counts only where each link is a fluent setter the tests call themselves (<c>q.Or().Where(...)</c>).
        /// </summary>
        public List<IMethodSymbol> Links { get; }

        /// <summary>
        /// The public properties with setters of their own that a setter method assigns (<c>UserId = userId;</c>); empty
        /// for a forward. The setter method counts as run only when the tests reference each of them: then their setters
        /// are tested, and the method does nothing else.
        /// </summary>
        public List<IPropertySymbol> SetThrough { get; }

        /// <summary>
        /// The hidden constructor that creates, from the member's parameters, the instance the forward calls on
        /// (<c>new FlurlRequest(url)</c> through an internal constructor); null when the receiver is the instance, a type, a
        /// parameter or made by a public constructor. Such a member forwards only where the tests run that constructor:
        /// its code is then tested, by the member's tested twins, and the call on the new instance does the work.
        /// </summary>
        public IMethodSymbol? ReceiverConstructor { get; }

        /// <summary>
        /// Whether the forward's receiver is a runner the member builds from what its parameters hold (a Cake script
        /// alias's <c>new GitVersionRunner(context.FileSystem, ...)</c>, see <c>RunnerForwardOf</c>). Such a member is
        /// covered when the runner's method runs, but it is not a touch of its type: a class of such aliases is one
        /// finding for the members that are not forwards, as it is when the tests touch nothing of it.
        /// </summary>
        public bool BuiltRunner { get; }

        /// <summary>The member a forward calls or creates; null for a fluent setter.</summary>
        public IMethodSymbol? Target { get; }

        /// <summary>The fields and auto-properties a fluent setter assigns; empty for a forward.</summary>
        public List<ISymbol> Assigned { get; }
    }

    private static ExpressionSyntax? OnlyStatementExpression(BlockSyntax? body) =>
        body is { Statements.Count: 1 } && body.Statements[0] is ExpressionStatementSyntax { Expression: var expression } ? expression : null;

    /// <summary>
    /// A class or struct with nothing a test could check: no state (no field other than a constant, no event, no
    /// property that stores) and every member of its own, private ones included, a constant answer: a method or a
    /// get-only property whose body is a literal, <c>default</c> or a creation of a type parameter
    /// (<c>public bool IsOptionType(Type t) =&gt; false;</c> of a null object, <c>protected override T NewInstance() =&gt; new T();</c>).
    /// A class or struct that declares nothing (nested types aside) counts when it derives from nothing: a class that
    /// only derives from another is used through that type (<c>marker-interface</c>). So do a test double whose members
    /// all store what they are given or answer without computing (<see cref="IsStub"/>: a fake client's
    /// <c>public void Connect() { }</c>, <c>=&gt; null</c>, <c>Task.FromResult(new FtpProfile())</c>), an exception whose
    /// constructors only hand their arguments to its base, and an enum.
    /// </summary>
    public static bool HasNothingToTest(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        if (type.TypeKind == TypeKind.Enum)
        {
            // Named values: what a test could check is the code that reads them.
            return true;
        }

        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsStatic)
        {
            return false;
        }

        var ownMembers = 0;
        var stateless = true;
        var stubbed = false;
        var onlyHandsOn = true;
        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case INamedTypeSymbol:
                case IMethodSymbol { IsImplicitlyDeclared: true }:
                case IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove }:
                case IFieldSymbol { IsConst: true }:
                    // Nested types are judged on their own, an accessor with its property or event, a constant is data.
                    continue;
                case IMethodSymbol { MethodKind: MethodKind.Ordinary, IsAbstract: false } method when GivesAConstantAnswer(method, compilation, cancellationToken):
                case IPropertySymbol { IsAbstract: false, SetMethod: null, IsIndexer: false } property when GivesAConstantAnswer(property, compilation, cancellationToken):
                    ownMembers++;
                    stubbed = true;
                    continue;
                case IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation, IsAbstract: false } method when IsStub(method, compilation, cancellationToken):
                    // Empty bodies alone are placeholders someone means to fill; a fixed answer beside them makes a test double.
                    stateless = false;
                    stubbed |= !IsEmptyBody(method, cancellationToken);
                    continue;
                case IFieldSymbol or IEventSymbol { IsAbstract: false }:
                case IPropertySymbol { IsAbstract: false, IsIndexer: false } property when IsAutoProperty(property, cancellationToken):
                    // A test double's state: what it stores is what it was given.
                    stateless = false;
                    onlyHandsOn = false;
                    continue;
                case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when HasNoBehaviour(constructor, compilation, cancellationToken):
                    stateless = false;
                    continue;
                default:
                    return false;
            }
        }

        // No state and only constant answers (a null object); or state and only stubbed answers standing in for a
        // contract (a fake client of an interface whose every operation is a no-op or a fixed result); or an exception
        // whose constructors only hand their arguments to its base.
        var derivesFromNothing = type.BaseType is null or { SpecialType: SpecialType.System_Object or SpecialType.System_ValueType };
        return (stateless && (ownMembers > 0 || derivesFromNothing))
            || (stubbed && (type.Interfaces.Length > 0 || !derivesFromNothing))
            || (onlyHandsOn && IsException(type));
    }

    private static bool IsEmptyBody(IMethodSymbol method, CancellationToken cancellationToken) =>
        method.DeclaringSyntaxReferences.Length == 1 && method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is MethodDeclarationSyntax { Body.Statements.Count: 0 };

    private static bool IsOtherPackages(ISymbol symbol) => symbol.Locations.Length > 0 && !symbol.Locations[0].IsInSource;

    private static bool IsException(INamedTypeSymbol type) => SystemBaseTypes.DerivesFrom(type, "Exception");

    /// <summary>
    /// A method of a test double that answers without computing: its body is a constant answer, a parameter, a creation
    /// without arguments, a static value of another package (<c>DateTime.MinValue</c>, <c>Task.CompletedTask</c>), another
    /// package's static call on such values (<c>Task.FromResult(new FtpProfile())</c>), or an <c>await</c> of one.
    /// </summary>
    private static bool IsStub(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
        {
            return false;
        }

        if (declaration.Body is { Statements.Count: 0 })
        {
            return true;
        }

#pragma warning disable RS1030 // The body of a member of the type being analyzed, in its own tree: no other model exists for it.
        var model = compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
        if (declaration.ExpressionBody is { } arrow)
        {
            return IsStubAnswer(arrow.Expression, model, cancellationToken);
        }

        // A declaration without a body (extern, or a partial method whose implementation a generator writes:
        // [GeneratedRegex] partial Regex KeyRegex();) answers nothing written here.
        if (declaration.Body is not { } body)
        {
            return false;
        }

        // { outBytes = null; return true; }, { await Task.CompletedTask; yield break; }: out parameters get stub values,
        // awaits of finished tasks, then the answer.
        var statements = body.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            var isStub = statements[i] switch
            {
                ReturnStatementSyntax { Expression: { } returned } when i == statements.Count - 1 => IsStubAnswer(returned, model, cancellationToken),
                ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment }
                    when model.GetSymbolInfo(target, cancellationToken).Symbol is IParameterSymbol { RefKind: RefKind.Out } => IsStubAnswer(assignment.Right, model, cancellationToken),
                ExpressionStatementSyntax { Expression: AwaitExpressionSyntax awaited } => IsStubAnswer(awaited, model, cancellationToken),
                YieldStatementSyntax { RawKind: (int)SyntaxKind.YieldBreakStatement } => true,
                ThrowStatementSyntax { Expression: ObjectCreationExpressionSyntax thrown } => HasOnlyLiteralArguments(thrown),
                _ => false,
            };

            if (!isStub)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsStubAnswer(ExpressionSyntax answer, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (ExpressionWrappers.Unwrap(answer))
        {
            case LiteralExpressionSyntax or DefaultExpressionSyntax:
                return true;
            case AwaitExpressionSyntax awaited:
                return IsStubAnswer(awaited.Expression, model, cancellationToken);
            case IdentifierNameSyntax name:
                return model.GetSymbolInfo(name, cancellationToken).Symbol is IParameterSymbol;
            case BaseObjectCreationExpressionSyntax { Initializer: null, ArgumentList: var arguments }:
                return arguments is null or { Arguments.Count: 0 };
            case MemberAccessExpressionSyntax access:
                // FtpStatus.Success, DateTime.MinValue, Task.CompletedTask.
                return model.GetSymbolInfo(access, cancellationToken).Symbol is IFieldSymbol { IsConst: true }
                    || (model.GetSymbolInfo(access, cancellationToken).Symbol is (IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true }) and var value
                        && IsOtherPackages(value));
            case InvocationExpressionSyntax call when model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { IsStatic: true } called && IsOtherPackages(called):
                foreach (var argument in call.ArgumentList.Arguments)
                {
                    if (!IsStubAnswer(argument.Expression, model, cancellationToken))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static bool GivesAConstantAnswer(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        return member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            MethodDeclarationSyntax method => IsConstantAnswer(OnlyExpression(method.ExpressionBody, method.Body), method.ExpressionBody is null ? method.Body : null, member, compilation, cancellationToken),
            PropertyDeclarationSyntax { ExpressionBody: { } arrow } => IsConstantAnswer(arrow.Expression, null, member, compilation, cancellationToken),
            PropertyDeclarationSyntax { AccessorList.Accessors: { Count: 1 } accessors } =>
                IsConstantAnswer(OnlyExpression(accessors[0].ExpressionBody, accessors[0].Body), accessors[0].ExpressionBody is null ? accessors[0].Body : null, member, compilation, cancellationToken),
            _ => false,
        };
    }

    /// <summary>
    /// A body that answers the same whatever the input and the state (the members without behaviour of the
    /// <c>covered-by-type</c> row): a literal or <c>default</c> (<c>public virtual bool CanTransform =&gt; true;</c>), a
    /// creation of a type parameter (<c>=&gt; new T()</c>), a throw of a new exception (<c>throw new NotImplementedException()</c>),
    /// <c>yield break;</c> or one <c>yield return</c> of a literal, or a value another package's struct makes of literals
    /// (<c>=&gt; TimeSpan.FromMilliseconds(5)</c>, <see cref="IsValueMadeOfLiterals"/>). An empty body is not one: it is a
    /// hook or a stub someone means to fill, and counts as an answer only in a test double (<see cref="IsStub"/>).
    /// </summary>
    private static bool IsConstantAnswer(ExpressionSyntax? answer, BlockSyntax? body, ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        if (answer is null)
        {
            return body?.Statements.Count switch
            {
                1 => body.Statements[0] switch
                {
                    YieldStatementSyntax { RawKind: (int)SyntaxKind.YieldBreakStatement } => true,
                    YieldStatementSyntax { Expression: LiteralExpressionSyntax } => true,
                    ThrowStatementSyntax { Expression: ObjectCreationExpressionSyntax thrown } => HasOnlyLiteralArguments(thrown),
                    _ => false,
                },
                _ => false,
            };
        }

        return answer switch
        {
            LiteralExpressionSyntax or DefaultExpressionSyntax => true,
            InvocationExpressionSyntax call => IsValueMadeOfLiterals(call, compilation, cancellationToken),
            ThrowExpressionSyntax { Expression: ObjectCreationExpressionSyntax thrown } => HasOnlyLiteralArguments(thrown),
            // new T(): the type argument's own constructor, nothing of this type's.
            ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax created, ArgumentList.Arguments.Count: 0, Initializer: null } =>
                member is IMethodSymbol { TypeParameters: var methodTypeParameters } && IsTypeParameterName(created, methodTypeParameters, member.ContainingType),
            _ => false,
        };
    }

    /// <summary>
    /// <c>TimeSpan.FromMilliseconds(5)</c>: a static factory of another package's struct that returns that struct, given
    /// only literals: the same value every time, a constant written the way the type allows. Not a call without
    /// arguments (<c>Guid.NewGuid()</c>), nor one of a class (a static method of a class may read the machine's state:
    /// a variable of the process, a clock), nor one of the library's own.
    /// </summary>
    private static bool IsValueMadeOfLiterals(InvocationExpressionSyntax call, Compilation compilation, CancellationToken cancellationToken)
    {
        if (call.ArgumentList.Arguments.Count == 0)
        {
            return false;
        }

        foreach (var argument in call.ArgumentList.Arguments)
        {
            if (argument.Expression is not LiteralExpressionSyntax)
            {
                return false;
            }
        }

#pragma warning disable RS1030 // The body of a member of the type being analyzed, in its own tree: no other model exists for it.
        var model = compilation.GetSemanticModel(call.SyntaxTree);
#pragma warning restore RS1030
        return model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { IsStatic: true, ContainingType: { TypeKind: TypeKind.Struct } made } factory
            && IsOtherPackages(factory) && SymbolEqualityComparer.Default.Equals(factory.ReturnType, made);
    }

    private static bool HasOnlyLiteralArguments(ObjectCreationExpressionSyntax creation)
    {
        if (creation.Initializer is not null)
        {
            return false;
        }

        foreach (var argument in creation.ArgumentList?.Arguments ?? default)
        {
            if (argument.Expression is not LiteralExpressionSyntax)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A copy-with setter of an immutable type: an instance method returning its own type whose answer is a new instance
    /// of that type made only of the instance's own fields and properties and the method's parameters
    /// (<c>=&gt; new Options(value, Scheduler)</c>, <c>=&gt; this with { Scheduler = value }</c>), optionally behind the
    /// short cut for an unchanged value (<c>=&gt; value == Scheduler ? this : new Options(MaxConcurrency, value)</c>). Its
    /// constructor (or the record's copy) does all the work, checks included, and a test of the type reads the setting
    /// through the members that use it. Not a copy that computes, calls or adds a literal: that is behaviour of its own.
    /// </summary>
    private static bool IsCopyWith(MethodDeclarationSyntax declaration, IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
    {
        if (method.IsStatic || method.Parameters.Length == 0 || method.ContainingType is not { } type
            || !SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, type.OriginalDefinition)
            || OnlyExpression(declaration.ExpressionBody, declaration.Body) is not { } answer)
        {
            return false;
        }

#pragma warning disable RS1030 // The body of a member of the type being analyzed, in its own tree: no other model exists for it.
        var model = compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
        var parameters = declaration.ParameterList.Parameters;
        answer = WithoutParentheses(answer);
        if (answer is ConditionalExpressionSyntax { Condition: var condition } conditional)
        {
            // value == Scheduler ? this : copy, or value != Scheduler ? copy : this.
            var unchanged = WithoutParentheses(condition) switch
            {
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression } equals when IsComparisonWithOwnMember(equals, parameters, type, model, cancellationToken) => conditional.WhenTrue,
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.NotEqualsExpression } notEquals when IsComparisonWithOwnMember(notEquals, parameters, type, model, cancellationToken) => conditional.WhenFalse,
                _ => null,
            };
            if (unchanged is null || WithoutParentheses(unchanged) is not ThisExpressionSyntax)
            {
                return false;
            }

            answer = WithoutParentheses(unchanged == conditional.WhenTrue ? conditional.WhenFalse : conditional.WhenTrue);
        }

        switch (answer)
        {
            case BaseObjectCreationExpressionSyntax { Initializer: null, ArgumentList: { Arguments.Count: > 0 } arguments } creation
                when SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(creation, cancellationToken).Type?.OriginalDefinition, type.OriginalDefinition):
                foreach (var argument in arguments.Arguments)
                {
                    if (argument.RefKindKeyword.RawKind != 0 || !IsOwnValue(argument.Expression, parameters, type, model, cancellationToken))
                    {
                        return false;
                    }
                }

                return true;
            case WithExpressionSyntax { Expression: var copied, Initializer.Expressions: { Count: > 0 } assignments } when WithoutParentheses(copied) is ThisExpressionSyntax:
                foreach (var assignment in assignments)
                {
                    if (assignment is not AssignmentExpressionSyntax { Right: var value } || !IsOwnValue(value, parameters, type, model, cancellationToken))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary><c>value == Scheduler</c>: a parameter compared with a field or property of the instance, either way round.</summary>
    private static bool IsComparisonWithOwnMember(BinaryExpressionSyntax comparison, SeparatedSyntaxList<ParameterSyntax> parameters, INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken) =>
        (IsOwnParameter(WithoutParentheses(comparison.Left), parameters) && IsOwnMemberRead(comparison.Right, type, model, cancellationToken))
        || (IsOwnParameter(WithoutParentheses(comparison.Right), parameters) && IsOwnMemberRead(comparison.Left, type, model, cancellationToken));

    /// <summary>A parameter of the method or a field or property of the instance, read as it is.</summary>
    private static bool IsOwnValue(ExpressionSyntax expression, SeparatedSyntaxList<ParameterSyntax> parameters, INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken) =>
        IsOwnParameter(WithoutParentheses(expression), parameters) || IsOwnMemberRead(expression, type, model, cancellationToken);

    /// <summary><c>Scheduler</c> or <c>this.Scheduler</c>: an instance field or a property without parameters of the type itself.</summary>
    private static bool IsOwnMemberRead(ExpressionSyntax expression, INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken)
    {
        expression = WithoutParentheses(expression);
        if (expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }))
        {
            return false;
        }

        return model.GetSymbolInfo(expression, cancellationToken).Symbol is (IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false, IsIndexer: false }) and var member
            && SymbolEqualityComparer.Default.Equals(member.ContainingType.OriginalDefinition, type.OriginalDefinition);
    }

    /// <summary>The expression inside parentheses and null-forgiving operators.</summary>
    internal static ExpressionSyntax WithoutParentheses(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                    expression = suppressed.Operand;
                    continue;
                default:
                    return expression;
            }
        }
    }

    /// <summary>The expression of an arrow body or of a body that is one <c>return</c>.</summary>
    private static ExpressionSyntax? OnlyExpression(ArrowExpressionClauseSyntax? expressionBody, BlockSyntax? body) =>
        expressionBody is not null ? expressionBody.Expression
        : body is { Statements.Count: 1 } && body.Statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned
        : null;

    private static bool IsTypeParameterName(IdentifierNameSyntax name, System.Collections.Immutable.ImmutableArray<ITypeParameterSymbol> methodTypeParameters, INamedTypeSymbol type)
    {
        foreach (var parameter in methodTypeParameters)
        {
            if (parameter.Name == name.Identifier.ValueText)
            {
                return true;
            }
        }

        for (var current = type; current is not null; current = current.ContainingType)
        {
            foreach (var parameter in current.TypeParameters)
            {
                if (parameter.Name == name.Identifier.ValueText)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A constructor that only stores what it is given, as a primary constructor does: its body assigns its own
    /// parameters or fixed values to members of the instance (<c>Start = start; this.end = end; Bullet = StringSlice.Empty;</c>)
    /// and its <c>base</c>/<c>this</c> call, if any, hands on the same or a default made of them
    /// (<c>public ParseException(string message) : base(message) { }</c>, <c>: this(resolver, false)</c>,
    /// <c>: this(new MediaOptions())</c>: the constructor it chains to does the work). A fixed value is a literal,
    /// <c>default</c>, <c>typeof</c> or a static field or property (<c>string.Empty</c>); a default handed to
    /// <c>base</c>/<c>this</c> may also be a creation of a public or outside type from such values (see
    /// <see cref="GivenValues.IsGivenOrFixed"/>). A call, a check, a computed value (<c>"Parse failed: " + message</c>)
    /// and a creation stored in the body (<c>Properties = new Dictionary&lt;object, object&gt;();</c>: the state the type
    /// is built on) are the constructor's behaviour, and an empty constructor without a base call stores nothing, so
    /// none of these is covered by its type.
    /// </summary>
    private static bool OnlyStoresWhatItIsGiven(ConstructorDeclarationSyntax constructor, Compilation compilation, CancellationToken cancellationToken)
    {
        var values = new GivenValues(constructor.ParameterList.Parameters, constructor, compilation, cancellationToken);
        if (constructor.Initializer is { } initializer)
        {
            foreach (var argument in initializer.ArgumentList.Arguments)
            {
                if (argument.RefKindKeyword.RawKind != 0 || !values.IsGivenOrFixed(argument.Expression, creationAllowed: true))
                {
                    return false;
                }
            }
        }

        if (constructor.ExpressionBody is { } arrow)
        {
            return values.IsStore(arrow.Expression);
        }

        // An empty body with no base call stores nothing: a constructor that drops its arguments is left to be reported,
        // one without parameters has nothing to do (public FtpRule() { }).
        if (constructor.Body is not { } body || (body.Statements.Count == 0 && constructor.Initializer is null && constructor.ParameterList.Parameters.Count > 0))
        {
            return false;
        }

        foreach (var statement in body.Statements)
        {
            if (statement is not ExpressionStatementSyntax { Expression: var expression } || !values.IsStore(expression))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The values a constructor that only stores may use: its own parameters and fixed values.</summary>
    private sealed class GivenValues
    {
        private readonly SeparatedSyntaxList<ParameterSyntax> parameters;
        private readonly SyntaxNode declaration;
        private readonly Compilation compilation;
        private readonly CancellationToken cancellationToken;
        private SemanticModel? model;

        public GivenValues(SeparatedSyntaxList<ParameterSyntax> parameters, SyntaxNode declaration, Compilation compilation, CancellationToken cancellationToken)
        {
            this.parameters = parameters;
            this.declaration = declaration;
            this.compilation = compilation;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>A plain assignment of a given or fixed value to a member of the instance.</summary>
        public SeparatedSyntaxList<ParameterSyntax> Parameters => parameters;

        public Compilation Compilation => compilation;

        public bool IsStore(ExpressionSyntax expression) =>
            expression is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
            && (assignment.Left is IdentifierNameSyntax || assignment.Left is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax })
            && !IsOwnParameter(assignment.Left, parameters)
            && IsGivenOrFixed(assignment.Right, creationAllowed: false);

        public bool IsGivenOrFixed(ExpressionSyntax expression, bool creationAllowed)
        {
            var value = ExpressionWrappers.Unwrap(expression);
            switch (value)
            {
                case IdentifierNameSyntax name when IsOwnParameter(name, parameters):
                case LiteralExpressionSyntax or DefaultExpressionSyntax or TypeOfExpressionSyntax:
                    return true;
                case IdentifierNameSyntax staticName:
                    // InsertLock, a static field of the type itself written without its type's name: the same fixed value
                    // as UpdateLockRowSemaphore.InsertLock. Not a static property, whose getter may compute
                    // (EntryAssembly => Assembly.GetEntryAssembly() ?? throw ...).
                    return Model().GetSymbolInfo(staticName, cancellationToken).Symbol is IFieldSymbol { IsStatic: true };
                case MemberAccessExpressionSyntax access:
                    // StringSlice.Empty, string.Empty: a static value of a type, the same for every instance.
                    return Model().GetSymbolInfo(access, cancellationToken).Symbol is IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true }
                        && Model().GetSymbolInfo(access.Expression, cancellationToken).Symbol is INamedTypeSymbol;
                case BaseObjectCreationExpressionSyntax { Initializer: null } creation when creationAllowed:
                    if (!IsOpenTarget(Model().GetSymbolInfo(creation, cancellationToken).Symbol))
                    {
                        return false;
                    }

                    if (creation.ArgumentList is { } arguments)
                    {
                        foreach (var argument in arguments.Arguments)
                        {
                            if (argument.RefKindKeyword.RawKind != 0 || !IsGivenOrFixed(argument.Expression, creationAllowed))
                            {
                                return false;
                            }
                        }
                    }

                    return true;
                default:
                    return false;
            }
        }

        public ISymbol? SymbolOf(SyntaxNode expression) => Model().GetSymbolInfo(ExpressionWrappers.Unwrap(expression), cancellationToken).Symbol;

        /// <summary>
        /// A datum of a table row (<see cref="TableRowOf"/>): a string literal, <c>typeof</c>, or a static string or static
        /// instance of a class (<c>StringOperator.EndsWith</c>, whose behaviour is its own API), or an instance of a class
        /// made without arguments by a public constructor or another package's (<c>new FileExistsAttribute()</c>, the same
        /// as a static instance: its behaviour is its own API). Not a flag, a number, an enum member or <c>null</c>, which
        /// select a path.
        /// </summary>
        public bool IsDatum(ExpressionSyntax expression) => ExpressionWrappers.Unwrap(expression) switch
        {
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } or TypeOfExpressionSyntax => true,
            BaseObjectCreationExpressionSyntax { Initializer: null, ArgumentList: null or { Arguments.Count: 0 } } creation =>
                SymbolOf(creation) is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor && IsOpenTarget(constructor) && IsDatumType(constructor.ContainingType),
            MemberAccessExpressionSyntax access => SymbolOf(access) is IFieldSymbol { IsStatic: true, Type: var fieldType } && IsDatumType(fieldType)
                || SymbolOf(access) is IPropertySymbol { IsStatic: true, Type: var propertyType } && IsDatumType(propertyType),
            IdentifierNameSyntax name => SymbolOf(name) is IFieldSymbol { IsStatic: true, Type: var ownFieldType } && IsDatumType(ownFieldType),
            _ => false,
        };

        private static bool IsDatumType(ITypeSymbol type) =>
            type.SpecialType == SpecialType.System_String || (type.TypeKind == TypeKind.Class && type.SpecialType == SpecialType.None);

        /// <summary>
        /// A creation whose constructor is a public API or another package's, with given or fixed values as arguments
        /// (<c>new FlurlRequest(url)</c>). When a reference the compilation lacks leaves the argument's conversion unbound
        /// (a <c>string</c> handed to a parameter of a type from an unreferenced package), the one constructor the
        /// creation can mean is taken.
        /// </summary>
        public bool IsCreationFromGivenValues(BaseObjectCreationExpressionSyntax creation)
        {
            var info = Model().GetSymbolInfo(creation, cancellationToken);
            var constructor = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
            if (!IsOpenTarget(constructor))
            {
                return false;
            }

            if (creation.ArgumentList is { } arguments)
            {
                foreach (var argument in arguments.Arguments)
                {
                    if (argument.RefKindKeyword.RawKind != 0 || !IsGivenOrFixed(argument.Expression, creationAllowed: false))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// A default an overload fills in for a public target, made only of given and fixed values: a given or fixed value,
        /// a lambda that does nothing or only tests its element against fixed values (<see cref="IsFixedLambda"/>), or a
        /// creation by a public constructor or another package's whose arguments are such values and, for an argument of
        /// such a creation, whose object initializer only sets properties to them (<c>new FileSystemScriptOptions { Filter = filter, Encoding = encoding }</c>,
        /// <c>new EmbeddedScriptProvider(assembly, s =&gt; s.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))</c>). The
        /// library constructors it calls are added to <paramref name="made"/>: the forward counts only where they run.
        /// </summary>
        public bool IsMadeValue(ExpressionSyntax expression, List<IMethodSymbol> made) => IsMadeValue(expression, made, settingsAllowed: false);

        /// <summary>
        /// <paramref name="settingsAllowed"/>: an object initializer is taken only on an argument of a constructor the
        /// forward makes (the options of that instance, <c>new FileSystemScriptProvider(path, new FileSystemScriptOptions
        /// { Filter = filter })</c>). Handed to the target itself, an object set from the parameters is the data the target
        /// files away for code that reads it later (<c>AddComponent("group", new RawColumn { Expression = expression,
        /// Bindings = bindings })</c>, a raw GROUP BY clause whose compilation no test takes), not settings of a made instance.
        /// </summary>
        private bool IsMadeValue(ExpressionSyntax expression, List<IMethodSymbol> made, bool settingsAllowed)
        {
            if (IsGivenOrFixed(expression, creationAllowed: false) || IsConstantLambda(expression) || IsFixedLambda(expression))
            {
                return true;
            }

            if (ExpressionWrappers.Unwrap(expression) is not BaseObjectCreationExpressionSyntax creation
                || Model().GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                || !IsOpenTarget(constructor))
            {
                return false;
            }

            foreach (var argument in creation.ArgumentList?.Arguments ?? default)
            {
                if (argument.RefKindKeyword.RawKind != 0 || !IsMadeValue(argument.Expression, made, settingsAllowed: true))
                {
                    return false;
                }
            }

            if (creation.Initializer is { } initializer)
            {
                if (!settingsAllowed || !initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
                {
                    return false;
                }

                foreach (var setting in initializer.Expressions)
                {
                    // { Filter = filter }: a property of the new instance set to a value the member was given.
                    if (setting is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax } assignment
                        || !IsMadeValue(assignment.Right, made, settingsAllowed: false))
                    {
                        return false;
                    }
                }
            }

            AddIfLibraryConstructor(constructor, made);
            return true;
        }

        /// <summary>
        /// A fixed value of a delegate parameter: a lambda that does nothing (<c>_ =&gt; { }</c>, the no-op of an
        /// <c>Action</c>) or whose one expression calls another package's member on its own parameter with given and fixed
        /// values (<c>s =&gt; s.EndsWith(".sql", StringComparison.OrdinalIgnoreCase)</c>, the default filter of an overload).
        /// Not a lambda that answers its parameter (<c>(e, _) =&gt; e</c>, a projection of the target's: which one is the
        /// member's choice), calls the library or computes otherwise.
        /// </summary>
        private bool IsFixedLambda(ExpressionSyntax expression)
        {
            switch (ExpressionWrappers.Unwrap(expression))
            {
                case LambdaExpressionSyntax { Block: { Statements.Count: 0 } }:
                    return true;
                case SimpleLambdaExpressionSyntax { ExpressionBody: { } body } lambda
                    when ExpressionWrappers.Unwrap(body) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax element } } call
                        && element.Identifier.ValueText == lambda.Parameter.Identifier.ValueText:
                    if (SymbolOf(call) is not IMethodSymbol called || !IsOtherPackages(called))
                    {
                        return false;
                    }

                    foreach (var argument in call.ArgumentList.Arguments)
                    {
                        if (argument.RefKindKeyword.RawKind != 0 || !IsGivenOrFixed(argument.Expression, creationAllowed: false))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// A lambda that hands the member's parameters and fixed values to one public member of the library on what it
        /// is given (<c>x =&gt; x.Add(handler)</c>: the options the target builds, set from the parameters); null otherwise.
        /// That member is part of the forward's work, so the forward counts only where it runs too.
        /// </summary>
        public IMethodSymbol? ConfigurationLambdaTarget(ExpressionSyntax expression)
        {
            if (ExpressionWrappers.Unwrap(expression) is not SimpleLambdaExpressionSyntax { ExpressionBody: { } body } lambda
                || ExpressionWrappers.Unwrap(body) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax element } } call
                || element.Identifier.ValueText != lambda.Parameter.Identifier.ValueText
                || SymbolOf(call) is not IMethodSymbol called)
            {
                return null;
            }

            called = (called.ReducedFrom ?? called).OriginalDefinition;
            if (called.Locations.Length == 0 || !called.Locations[0].IsInSource || !(called.DeclaredAccessibility == Accessibility.Public && IsPubliclyVisible(called)))
            {
                return null;
            }

            foreach (var argument in call.ArgumentList.Arguments)
            {
                if (argument.RefKindKeyword.RawKind != 0 || !IsGivenOrFixed(argument.Expression, creationAllowed: false))
                {
                    return null;
                }
            }

            return called;
        }

        /// <summary>
        /// A factory lambda that creates a public type of the library from the member's parameters, fixed values and what
        /// it asks of its own parameter without arguments (<c>c =&gt; new FileSystemSagaStorage(basePath,
        /// c.Get&lt;IRebusLoggerFactory&gt;())</c>, or locals so declared before <c>return new ...;</c>): a registration of a type
        /// with the member's settings. Its constructor is added to <paramref name="made"/>: the forward counts only where it runs.
        /// Not a lambda that answers a parameter (<c>_ =&gt; sagaDataIdFactory</c>: what the member registers is the caller's).
        /// </summary>
        public bool IsFactoryLambda(ExpressionSyntax expression, List<IMethodSymbol> made)
        {
            if (ExpressionWrappers.Unwrap(expression) is not SimpleLambdaExpressionSyntax lambda)
            {
                return false;
            }

            var resolver = lambda.Parameter.Identifier.ValueText;
            List<string>? locals = null;
            ExpressionSyntax? created = lambda.ExpressionBody;
            if (lambda.Block is { Statements.Count: > 0 } block)
            {
                locals = new List<string>();
                for (var i = 0; i < block.Statements.Count - 1; i++)
                {
                    if (block.Statements[i] is not LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables }
                        || variables[0].Initializer?.Value is not { } value || !IsAskedOf(value, resolver))
                    {
                        return false;
                    }

                    locals.Add(variables[0].Identifier.ValueText);
                }

                created = block.Statements[block.Statements.Count - 1] is ReturnStatementSyntax { Expression: { } returned } ? returned : null;
            }

            if (created is null || ExpressionWrappers.Unwrap(created) is not BaseObjectCreationExpressionSyntax { Initializer: null } creation
                || Model().GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                || constructor.Locations.Length == 0 || !constructor.Locations[0].IsInSource || !IsPubliclyVisible(constructor))
            {
                return false;
            }

            foreach (var argument in creation.ArgumentList?.Arguments ?? default)
            {
                if (argument.RefKindKeyword.RawKind != 0
                    || !(IsGivenOrFixed(argument.Expression, creationAllowed: false) || IsAskedOf(argument.Expression, resolver)
                        || (argument.Expression is IdentifierNameSyntax local && locals is not null && locals.Contains(local.Identifier.ValueText))))
                {
                    return false;
                }
            }

            AddIfLibraryConstructor(constructor, made);
            return true;
        }

        /// <summary><c>c.Get&lt;IRebusLoggerFactory&gt;()</c>: a call without arguments on the lambda's own parameter (a service it resolves).</summary>
        private static bool IsAskedOf(ExpressionSyntax expression, string resolver) =>
            ExpressionWrappers.Unwrap(expression) is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } }
            && receiver.Identifier.ValueText == resolver;

        private static void AddIfLibraryConstructor(IMethodSymbol constructor, List<IMethodSymbol> made)
        {
            if (constructor.Locations.Length > 0 && constructor.Locations[0].IsInSource)
            {
                made.Add(constructor.OriginalDefinition);
            }
        }

        /// <summary>
        /// An array made of given and fixed values (<c>new[] { column }</c>, <c>new string[] { first, second }</c>): the
        /// values handed on in the form the target takes, as a <c>params</c> call would make it.
        /// </summary>
        public bool IsArrayOfGivenValues(ExpressionSyntax expression)
        {
            var elements = ExpressionWrappers.Unwrap(expression) switch
            {
                ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer,
                ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer,
                _ => null,
            };
            if (elements is null || elements.Expressions.Count == 0)
            {
                return false;
            }

            foreach (var element in elements.Expressions)
            {
                if (!IsGivenOrFixed(element, creationAllowed: false))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The library constructor that makes the instance a forward calls on, from the member's own parameters only
        /// (<c>new FlurlRequest(url)</c> through a hidden constructor) or from its parameters and the properties they hold
        /// (a runner made of the services a context gives: <c>new GitVersionRunner(context.FileSystem, context.Environment,
        /// context.ProcessRunner, context.Tools, context.Log)</c>); null otherwise. A public constructor with the parameters
        /// alone stands for itself (<see cref="IsCreationFromGivenValues"/>) and is not returned. The forward counts only
        /// where the tests run that constructor. A fixed value handed to it would select a path of it, and a call or a
        /// read deeper than one property of a parameter is code of the member's own.
        /// </summary>
        public IMethodSymbol? ReceiverConstructorOf(BaseObjectCreationExpressionSyntax creation, out bool readsHeld)
        {
            readsHeld = false;
            // As for IsCreationFromGivenValues, the one constructor the creation can mean when a missing reference leaves
            // the arguments' conversions unbound.
            var info = Model().GetSymbolInfo(creation, cancellationToken);
            if ((info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null)) is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                || constructor.Locations.Length == 0 || !constructor.Locations[0].IsInSource)
            {
                return null;
            }

            foreach (var argument in creation.ArgumentList?.Arguments ?? default)
            {
                if (argument.RefKindKeyword.RawKind != 0)
                {
                    return null;
                }

                if (IsOwnParameter(argument.Expression, parameters))
                {
                    continue;
                }

                // What the parameter holds: an instance property or field read on it (unbound when the compilation lacks
                // the reference that declares the parameter's type, Cake.Core's ICakeContext in a scan of Cake.Common
                // alone: a read written as a value can only be one of those).
                if (argument.Expression is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: var holder } held
                    && IsOwnParameter(holder, parameters)
                    && Model().GetSymbolInfo(held, cancellationToken) is var heldInfo
                    && (heldInfo.Symbol is IPropertySymbol { IsStatic: false, Parameters.Length: 0 } or IFieldSymbol { IsStatic: false }
                        || (heldInfo.Symbol is null && heldInfo.CandidateSymbols.Length == 0)))
                {
                    readsHeld = true;
                    continue;
                }

                return null;
            }

            return readsHeld || !IsOpenTarget(constructor) ? constructor.OriginalDefinition : null;
        }

        /// <summary>
        /// A value a generic method derives from its type arguments alone: a static library method called with the
        /// method's own type parameters as its type arguments and no arguments (<c>FieldCache.Get&lt;TEntity&gt;()</c>),
        /// optionally reshaped by one library or other package's method without arguments
        /// (<c>PropertyCache.Get&lt;TEntity&gt;()?.AsFields()</c>). The library methods it calls are added to
        /// <paramref name="calls"/> (the analyzer checks that each runs). Not a value that also takes an argument (a choice
        /// of this member's own) or another type argument.
        /// </summary>
        public bool IsTypeArgumentValue(ExpressionSyntax argument, IMethodSymbol method, List<IMethodSymbol> calls)
        {
            if (!method.IsGenericMethod)
            {
                return false;
            }

            var value = ExpressionWrappers.Unwrap(argument);
            InvocationExpressionSyntax? reshaping = null;
            switch (value)
            {
                case ConditionalAccessExpressionSyntax { Expression: var accessed, WhenNotNull: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax, ArgumentList.Arguments.Count: 0 } bound }:
                    reshaping = bound;
                    value = ExpressionWrappers.Unwrap(accessed);
                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax inner, Name: IdentifierNameSyntax }, ArgumentList.Arguments.Count: 0 } reshaped:
                    reshaping = reshaped;
                    value = inner;
                    break;
            }

            if (value is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { TypeArgumentList.Arguments: var typeArguments } }, ArgumentList.Arguments.Count: 0 } derivation
                || SymbolOf(derivation) is not IMethodSymbol { IsStatic: true } deriving || IsOtherPackages(deriving)
                || deriving.TypeArguments.Length != typeArguments.Count)
            {
                return false;
            }

            foreach (var typeArgument in deriving.TypeArguments)
            {
                if (typeArgument is not ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } own
                    || !SymbolEqualityComparer.Default.Equals(own.DeclaringMethod?.OriginalDefinition, method.OriginalDefinition))
                {
                    return false;
                }
            }

            calls.Add(deriving.OriginalDefinition);
            if (reshaping is not null)
            {
                if (SymbolOf(reshaping) is not IMethodSymbol reshaper)
                {
                    return false;
                }

                if (!IsOtherPackages(reshaper))
                {
                    calls.Add((reshaper.ReducedFrom ?? reshaper).OriginalDefinition);
                }
            }

            return true;
        }

        /// <summary>
        /// A parameter put into the form the target takes by another package's method, with given or fixed values or a
        /// projection that reads a member of each element (<c>namespaces.AsEnumerable()</c>,
        /// <c>types.Select(t =&gt; t.Namespace ?? string.Empty)</c>): the overload taking the other form does the work.
        /// </summary>
        public bool IsAdaptedParameter(ExpressionSyntax argument)
        {
            if (IsWholeOfParameter(argument))
            {
                return true;
            }

            if (ExpressionWrappers.Unwrap(argument) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } } adaptation
                || !IsOwnParameter(receiver, parameters)
                || SymbolOf(adaptation) is not IMethodSymbol adapter || !IsOtherPackages(adapter))
            {
                return false;
            }

            foreach (var adapterArgument in adaptation.ArgumentList.Arguments)
            {
                if (adapterArgument.RefKindKeyword.RawKind != 0
                    || !(IsGivenOrFixed(adapterArgument.Expression, creationAllowed: false) || IsMemberProjection(adapterArgument.Expression)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The extent of a parameter handed on beside the parameter itself: an integer property of another package read
        /// on it (<c>buffer.Length</c>, <c>items.Count</c>) in a call that also takes that parameter, so
        /// <c>SetInput(byte[] buffer) =&gt; SetInput(buffer, 0, buffer.Length)</c> is the overload taking a range, called on
        /// all of the buffer. Not a read handed on without the parameter (<c>FindValidatorsInAssembly(type.Assembly)</c>
        /// reaches another object), a method call (<c>text.Trim()</c> computes), a property of the library's own type (its
        /// getter is the library's code) or arithmetic on the read (<c>buffer.Length / 2</c> selects a part).
        /// </summary>
        private bool IsWholeOfParameter(ExpressionSyntax argument)
        {
            if (ExpressionWrappers.Unwrap(argument) is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: IdentifierNameSyntax receiver } read
                || !IsOwnParameter(receiver, parameters)
                || argument.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax arguments }
                || SymbolOf(read) is not IPropertySymbol { IsStatic: false, IsIndexer: false, Type.SpecialType: SpecialType.System_Int32 or SpecialType.System_Int64 } property
                || !IsOtherPackages(property))
            {
                return false;
            }

            foreach (var other in arguments.Arguments)
            {
                if (other.Expression is IdentifierNameSyntax whole && whole.Identifier.ValueText == receiver.Identifier.ValueText)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>t =&gt; t.Namespace</c> or <c>t =&gt; t.Namespace ?? string.Empty</c>: a read of a member of the lambda's one parameter.</summary>
        private bool IsMemberProjection(ExpressionSyntax argument)
        {
            if (argument is not SimpleLambdaExpressionSyntax { ExpressionBody: { } body } lambda)
            {
                return false;
            }

            var read = ExpressionWrappers.Unwrap(body);
            if (read is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce && IsGivenOrFixed(coalesce.Right, creationAllowed: false))
            {
                read = ExpressionWrappers.Unwrap(coalesce.Left);
            }

            return read is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax element } member
                && element.Identifier.ValueText == lambda.Parameter.Identifier.ValueText
                && SymbolOf(member) is IFieldSymbol or IPropertySymbol;
        }

#pragma warning disable RS1030 // The constructor of a type being analyzed, in its own tree: no other model exists for it.
        private SemanticModel Model() => model ??= compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
    }

    private static bool IsOwnParameter(ExpressionSyntax expression, SeparatedSyntaxList<ParameterSyntax> parameters)
    {
        if (expression is not IdentifierNameSyntax name)
        {
            return false;
        }

        foreach (var parameter in parameters)
        {
            if (parameter.Identifier.ValueText == name.Identifier.ValueText)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A body that only hands on what it is given (the <c>covered-by-type</c> row): one expression or <c>return</c> that
    /// reads a field or a property of the instance, tests an equality or offsets numbers (<c>=&gt; c == '\0'</c>,
    /// <c>=&gt; new SourceSpan(Start + count, End + count)</c>) or makes one call or creation, built from parameters, fields,
    /// literals, <c>typeof</c>, <c>this</c>, <c>==</c>/<c>!=</c>, <c>+</c>/<c>-</c> of numbers and a plain assignment, where a call goes to the instance,
    /// a type or what the instance holds, with the values it was given as arguments, and to a member that is not the
    /// library's own hidden code: another package's member (<c>=&gt; map.Keys</c>, <c>=&gt; values.Insert(index, value)</c>)
    /// or another public API, which stands for itself (<c>=&gt; new CsvWriter(writer, configuration)</c>,
    /// <c>=&gt; Dispose()</c>). A call of a private or internal member is the API's behaviour
    /// (<c>=&gt; GetNumbersFrom(hash)</c>), and so is a lambda, a branch, a second call or statement, a literal argument
    /// (<c>=&gt; Enumerable.Range(1, count).Select(action)</c>), a call on a parameter (<c>=&gt; s.Trim()</c>) and string
    /// concatenation (<c>=&gt; label + "."</c>). Two forms hand on as well: a fluent forward, the call followed by
    /// <c>return this;</c>, and an argument adapted by another package's member of a parameter
    /// (<c>WriteEscape(content.AsSpan(offset, length), softEscape)</c>). Forwards element by element count only when
    /// their target runs (<see cref="ElementwiseForwardTarget"/>).
    /// </summary>
    private static bool IsPassThrough(ArrowExpressionClauseSyntax? expressionBody, BlockSyntax? body, Compilation compilation, CancellationToken cancellationToken) =>
        ClassifyForward(expressionBody, body, compilation, cancellationToken, out _) == ForwardKind.PassThrough;

    /// <summary>
    /// The overload a method forwards to element by element: its argument adapted by a projection
    /// (<c>Apply(registers.Select(register =&gt; register.Value))</c>) or each element of a collection parameter handed on
    /// (<c>lines.ForEach(line =&gt; AddPostOptionsLine(line))</c>, <c>foreach (var line in lines) AddLine(line);</c>), as a
    /// pass-through would. It counts as run when the target runs (the <c>library-call</c> row): a forward to an
    /// overload nothing runs is a path no test takes. Null for any other body.
    /// </summary>
    public static IMethodSymbol? ElementwiseForwardTarget(ISymbol member, Compilation compilation, CancellationToken cancellationToken) =>
        member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && method.DeclaringSyntaxReferences.Length == 1
        && method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration
        && ClassifyForward(declaration.ExpressionBody, declaration.Body, compilation, cancellationToken, out var target) == ForwardKind.Elementwise
            ? target
            : null;

    /// <summary>
    /// The library member that wraps the result of a pass-through (the <c>library-call</c> row): a method whose one
    /// expression or <c>return</c> makes one call of another package's member of its own name (an adapter of that
    /// member) with the values it was given, whose answer
    /// that member's annotation says is never null, and hands that answer, with values the method was given, to a library
    /// constructor or helper: <c>=&gt; new FileInfoWrapper(FileSystem, instance.CopyTo(destFileName))</c>,
    /// <c>=&gt; instance.GetFiles(searchPattern).WrapFiles(FileSystem)</c>, or element by element,
    /// <c>=&gt; instance.EnumerateDirectories().Select(d =&gt; new DirectoryInfoWrapper(FileSystem, d))</c>. The other
    /// package does the work and the wrapper adapts its answer as it adapts every sibling's, so the method counts as run
    /// when the tests run the wrapper. Not an answer the other package may leave null (<c>FileSystemInfo?
    /// ResolveLinkTarget(bool)</c>): how the wrapper treats null is a path of its own that this method alone takes. Not a
    /// literal argument, a second call of the other package's, or a lambda that does more than create the wrapper. Null
    /// for any other body.
    /// </summary>
    public static IMethodSymbol? PassThroughWrapperOf(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
        {
            return null;
        }

        var name = method.Name;
        var expression = declaration.ExpressionBody?.Expression
            ?? (declaration.Body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null);
        if (expression is null)
        {
            return null;
        }

#pragma warning disable RS1030 // The body of a member of the type being analyzed, in its own tree: no other model exists for it.
        var model = compilation.GetSemanticModel(expression.SyntaxTree);
#pragma warning restore RS1030
        var wrapping = new Forward(model, cancellationToken);
        switch (ExpressionWrappers.Unwrap(expression))
        {
            case ObjectCreationExpressionSyntax { Initializer: null, ArgumentList: { } arguments } creation:
                // new FileInfoWrapper(FileSystem, instance.CopyTo(destFileName)): the one call is an argument of the wrapper.
                InvocationExpressionSyntax? answer = null;
                foreach (var argument in arguments.Arguments)
                {
                    if (ExpressionWrappers.Unwrap(argument.Expression) is InvocationExpressionSyntax call && answer is null)
                    {
                        answer = call;
                    }
                    else if (argument.RefKindKeyword.RawKind != 0 || !IsGivenValueOf(argument.Expression, wrapping))
                    {
                        return null;
                    }
                }

                return answer is not null && IsNonNullPassThroughAnswer(answer, name, model, cancellationToken)
                    ? LibraryMember(model.GetSymbolInfo(creation, cancellationToken).Symbol)
                    : null;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver } } invocation
                when ExpressionWrappers.Unwrap(receiver) is InvocationExpressionSyntax answerCall && IsNonNullPassThroughAnswer(answerCall, name, model, cancellationToken):
                var called = model.GetSymbolInfo(invocation, cancellationToken).Symbol as IMethodSymbol;
                if (called is { ReducedFrom: not null } && LibraryMember(called) is { } helper)
                {
                    // instance.GetFiles(searchPattern).WrapFiles(FileSystem): a library extension adapts the answer.
                    foreach (var argument in invocation.ArgumentList.Arguments)
                    {
                        if (argument.RefKindKeyword.RawKind != 0 || !IsGivenValueOf(argument.Expression, wrapping))
                        {
                            return null;
                        }
                    }

                    return helper;
                }

                // instance.EnumerateDirectories().Select(d => new DirectoryInfoWrapper(FileSystem, d)): another
                // package's projection wraps each element of the answer.
                return called is not null && IsOtherPackages(called) && invocation.ArgumentList.Arguments.Count == 1
                    && invocation.ArgumentList.Arguments[0].Expression is SimpleLambdaExpressionSyntax
                    {
                        ExpressionBody: ObjectCreationExpressionSyntax { Initializer: null, ArgumentList: { } elementArguments } elementCreation,
                    } lambda
                    && CreatesFromElement(elementArguments, lambda.Parameter.Identifier.ValueText, wrapping)
                        ? LibraryMember(model.GetSymbolInfo(elementCreation, cancellationToken).Symbol)
                        : null;
            default:
                return null;
        }
    }

    /// <summary>A value the method was given or holds (a parameter, a field or property of the instance, <c>this</c>): not a literal, not a call.</summary>
    private static bool IsGivenValueOf(ExpressionSyntax argument, Forward wrapping) =>
        ExpressionWrappers.Unwrap(argument) is not (LiteralExpressionSyntax or InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or DefaultExpressionSyntax)
        && wrapping.IsHandedOn(argument) && wrapping.Calls == 0;

    /// <summary>Arguments of a wrapper created per element: the element once, the rest values the method was given.</summary>
    private static bool CreatesFromElement(ArgumentListSyntax arguments, string element, Forward wrapping)
    {
        var handsOnElement = false;
        foreach (var argument in arguments.Arguments)
        {
            if (argument.Expression is IdentifierNameSyntax name && name.Identifier.ValueText == element)
            {
                handsOnElement = true;
            }
            else if (argument.RefKindKeyword.RawKind != 0 || !IsGivenValueOf(argument.Expression, wrapping))
            {
                return false;
            }
        }

        return handsOnElement;
    }

    /// <summary>
    /// One call of another package's member of the method's own name on the instance, what it holds or a type, with the
    /// values it was given (<c>instance.CopyTo(destFileName)</c>, <c>inner.OpenRead(path)</c> in <c>OpenRead</c>), whose
    /// answer is never null by its annotation. The same name makes the method an adapter of that member; a call of a
    /// member of another name (<c>Clamped(value) =&gt; new Options(Math.Min(value, Limit))</c>) is a decision of its own.
    /// </summary>
    private static bool IsNonNullPassThroughAnswer(InvocationExpressionSyntax call, string name, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol called || called.Name != name || !IsOtherPackages(called)
            || called.ReturnsVoid || called.ReturnNullableAnnotation == NullableAnnotation.Annotated)
        {
            return false;
        }

        var answer = new Forward(model, cancellationToken);
        return answer.IsHandedOn(call) && answer.Calls == 1;
    }

    /// <summary>The library's own method or constructor (its definition), or null for another package's.</summary>
    private static IMethodSymbol? LibraryMember(ISymbol? symbol) =>
        symbol is IMethodSymbol method && !IsOtherPackages(method) && method.Locations.Length > 0 ? (method.ReducedFrom ?? method).OriginalDefinition : null;

    private enum ForwardKind
    {
        None,
        PassThrough,
        Elementwise,
    }

    private static ForwardKind ClassifyForward(ArrowExpressionClauseSyntax? expressionBody, BlockSyntax? body, Compilation compilation, CancellationToken cancellationToken, out IMethodSymbol? target)
    {
        target = null;
        if (body is { Statements.Count: 1 or 2 } && (body.Statements.Count == 1 || body.Statements[1] is ReturnStatementSyntax { Expression: ThisExpressionSyntax })
            && PerElementForward(body.Statements[0]) is { } perElement)
        {
#pragma warning disable RS1030 // The body of a member of the type being analyzed, in its own tree: no other model exists for it.
            var elementModel = compilation.GetSemanticModel(body.SyntaxTree);
#pragma warning restore RS1030
            if (!new Forward(elementModel, cancellationToken).IsPerElementForward(perElement.Collection, perElement.Element, perElement.Call))
            {
                return ForwardKind.None;
            }

            target = elementModel.GetSymbolInfo(perElement.Call, cancellationToken).Symbol as IMethodSymbol;
            target = target?.ReducedFrom ?? target;
            return target is null ? ForwardKind.None : ForwardKind.Elementwise;
        }

        ExpressionSyntax? expression;
        if (expressionBody is not null)
        {
            expression = MirroredWork(expressionBody.Expression);
        }
        else if (body is null)
        {
            return ForwardKind.None;
        }
        else
        {
            // An empty body is a hook or a stub someone means to fill, not a pass-through.
            switch (body.Statements.Count)
            {
                case 1 when body.Statements[0] is ReturnStatementSyntax { Expression: { } returned }:
                    expression = MirroredWork(returned);
                    break;
                case 1 when body.Statements[0] is ExpressionStatementSyntax statement:
                    expression = MirroredWork(statement.Expression);
                    break;
                case 2 when body.Statements[0] is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax mirrored }
                    && body.Statements[1] is ReturnStatementSyntax { Expression: { } finished } && IsFinishedTask(finished, null):
                    // An async mirror of a pass-through that answers nothing: _cache.Clear(); return Task.CompletedTask;
                    expression = mirrored;
                    break;
                case 2 when body.Statements[0] is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call }
                    && body.Statements[1] is ReturnStatementSyntax { Expression: ThisExpressionSyntax }:
                    // A fluent overload: the forward, then the instance for the next call in the chain. A fluent
                    // setter (field = value; return this;) records a setting, the builder's own behaviour.
                    expression = call;
                    break;
                default:
                    return ForwardKind.None;
            }
        }

#pragma warning disable RS1030 // The body of a member of the type being analyzed, in its own tree: no other model exists for it.
        var model = compilation.GetSemanticModel(expression.SyntaxTree);
#pragma warning restore RS1030
        var forward = new Forward(model, cancellationToken);
        if (!forward.IsHandedOn(expression) || forward.Calls > 1 || !forward.IsMoreThanAValue)
        {
            return ForwardKind.None;
        }

        if (!forward.Projects)
        {
            return ForwardKind.PassThrough;
        }

        target = model.GetSymbolInfo(ExpressionWrappers.Unwrap(expression), cancellationToken).Symbol as IMethodSymbol;
        target = target?.ReducedFrom ?? target;
        return target is null ? ForwardKind.None : ForwardKind.Elementwise;
    }

    /// <summary>
    /// A statement that applies one call to each element of a collection: <c>foreach (var x in items) Add(x);</c> (the
    /// loop's body one statement, braced or not) or <c>items.ForEach(x =&gt; Add(x));</c>. Null for anything else.
    /// </summary>
    private static (ExpressionSyntax Collection, string Element, InvocationExpressionSyntax Call)? PerElementForward(StatementSyntax statement)
    {
        switch (statement)
        {
            case ForEachStatementSyntax loop:
                var inner = loop.Statement is BlockSyntax { Statements.Count: 1 } block ? block.Statements[0] : loop.Statement;
                return inner is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call }
                    ? (loop.Expression, loop.Identifier.ValueText, call)
                    : null;
            case ExpressionStatementSyntax
            {
                Expression: InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ForEach", Expression: var collection },
                    ArgumentList.Arguments: { Count: 1 } arguments,
                },
            } when arguments[0].Expression is SimpleLambdaExpressionSyntax { ExpressionBody: InvocationExpressionSyntax lambdaCall } lambda:
                return (collection, lambda.Parameter.Identifier.ValueText, lambdaCall);
            default:
                return null;
        }
    }

    /// <summary>The walk of one pass-through candidate: what it calls and whether it reaches what the instance holds.</summary>
    private sealed class Forward
    {
        private readonly SemanticModel model;
        private readonly CancellationToken cancellationToken;

        public Forward(SemanticModel model, CancellationToken cancellationToken)
        {
            this.model = model;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>The calls and creations made: a forward makes one.</summary>
        public int Calls { get; private set; }

        /// <summary>
        /// Whether a field, a property, a call or an operator is named: a body of only a literal or a parameter
        /// (<c>=&gt; 0</c>, <c>=&gt; value</c>) is a stub or an identity someone may still mean to fill, not a forward.
        /// </summary>
        public bool IsMoreThanAValue { get; private set; }

        public bool IsHandedOn(ExpressionSyntax expression)
        {
            switch (ExpressionWrappers.Unwrap(expression))
            {
                case TypeOfExpressionSyntax:
                    // typeof(T) is fixed by the type: Type IFaker.TypeOfT => typeof(T) hands on what the instance is.
                    IsMoreThanAValue = true;
                    return true;
                case LiteralExpressionSyntax or DefaultExpressionSyntax or ThisExpressionSyntax or BaseExpressionSyntax or PredefinedTypeSyntax:
                    return true;
                case IdentifierNameSyntax name:
                    return IsOpen(model.GetSymbolInfo(name, cancellationToken).Symbol);
                case MemberAccessExpressionSyntax access:
                    var member = model.GetSymbolInfo(access, cancellationToken).Symbol;
                    // An extension method's receiver is its first argument: default(T).Returns(value) hands on as Returns(default, value) does.
                    var receiverHandedOn = member is IMethodSymbol { ReducedFrom: not null } ? IsArgumentHandedOn(access.Expression) : IsHeldState(access.Expression);
                    return receiverHandedOn && IsOpen(member);
                case BinaryExpressionSyntax binary when IsEqualityOrOffset(binary):
                    IsMoreThanAValue = true;
                    return IsHandedOn(binary.Left) && IsHandedOn(binary.Right);
                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    return IsHandedOn(assignment.Left) && IsHandedOn(assignment.Right);
                case ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax binding } conditional:
                    // m_stream?.LocalEndPoint reads what the instance holds, when it holds something.
                    return IsHeldState(conditional.Expression) && IsOpen(model.GetSymbolInfo(binding, cancellationToken).Symbol);
                case InvocationExpressionSyntax invocation:
                    // ToEnumerable().SingleOrDefault(): another package's member without arguments only reshapes the
                    // forwarded result, so it is not a second call of the API's own.
                    if (invocation.ArgumentList.Arguments.Count > 0 || !IsOtherPackageMember(model.GetSymbolInfo(invocation, cancellationToken).Symbol)
                        || invocation.Expression is not MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax })
                    {
                        Calls++;
                    }

                    IsMoreThanAValue = true;
                    return IsHandedOn(invocation.Expression) && AreHandedOn(invocation.ArgumentList);
                case ObjectCreationExpressionSyntax { Initializer: null, ArgumentList: var arguments } creation:
                    Calls++;
                    IsMoreThanAValue = true;
                    return IsOpen(model.GetSymbolInfo(creation, cancellationToken).Symbol) && (arguments is null || AreHandedOn(arguments));
                default:
                    return false;
            }
        }

        /// <summary>
        /// A receiver a forward delegates to: the instance itself, a type, or what the instance holds (a field or a
        /// property). A member of a parameter (<c>=&gt; s.Trim()</c>) computes from the input instead.
        /// </summary>
        private bool IsHeldState(ExpressionSyntax receiver)
        {
            switch (ExpressionWrappers.Unwrap(receiver))
            {
                case ThisExpressionSyntax or BaseExpressionSyntax or PredefinedTypeSyntax:
                    return true;
                case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                    var symbol = model.GetSymbolInfo(receiver, cancellationToken).Symbol;
                    return symbol is INamespaceOrTypeSymbol || (symbol is IFieldSymbol or IPropertySymbol && IsHandedOn(receiver));
                default:
                    return false;
            }
        }

        /// <summary>Arguments a forward hands on as they are: a literal argument is a choice the API makes (<c>Range(1, count)</c>).</summary>
        private bool AreHandedOn(ArgumentListSyntax arguments)
        {
            foreach (var argument in arguments.Arguments)
            {
                if (!IsArgumentHandedOn(argument.Expression))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsArgumentHandedOn(ExpressionSyntax argument) =>
            ExpressionWrappers.Unwrap(argument) switch
            {
                LiteralExpressionSyntax => false,
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } adapter } adaptation
                    when model.GetSymbolInfo(receiver, cancellationToken).Symbol is IParameterSymbol
                    && model.GetSymbolInfo(adapter, cancellationToken).Symbol is IMethodSymbol { Locations: { Length: > 0 } locations } && !locations[0].IsInSource =>
                    // content.AsSpan(offset, length): another package's member turns a parameter into the form the target
                    // takes; registers.Select(register => register.Value) does so element by element.
                    AreAdapterArguments(adaptation.ArgumentList),
                _ => IsHandedOn(argument),
            };

        private bool AreAdapterArguments(ArgumentListSyntax arguments)
        {
            foreach (var argument in arguments.Arguments)
            {
                if (!(IsMemberReadOfItsParameter(argument.Expression) || IsArgumentHandedOn(argument.Expression)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether an argument is adapted element by element (<see cref="IsMemberReadOfItsParameter"/>).</summary>
        public bool Projects { get; private set; }

        /// <summary><c>register =&gt; register.Value</c>: a lambda that reads a field or property of its one parameter, as a projection does.</summary>
        private bool IsMemberReadOfItsParameter(ExpressionSyntax argument)
        {
            var projects = argument is SimpleLambdaExpressionSyntax { ExpressionBody: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } read } lambda
                && receiver.Identifier.ValueText == lambda.Parameter.Identifier.ValueText
                && model.GetSymbolInfo(read, cancellationToken).Symbol is IFieldSymbol or IPropertySymbol;
            Projects |= projects;
            return projects;
        }

        /// <summary>
        /// A per-element forward (<see cref="PerElementForward"/>): the collection is a parameter, and the call is one
        /// forward that hands on the element (<c>AddPostOptionsLine(line)</c>), on the instance, a type or what it holds.
        /// </summary>
        public bool IsPerElementForward(ExpressionSyntax collection, string element, InvocationExpressionSyntax call)
        {
            if (model.GetSymbolInfo(collection, cancellationToken).Symbol is not IParameterSymbol)
            {
                return false;
            }

            var handsOnElement = false;
            foreach (var argument in call.ArgumentList.Arguments)
            {
                handsOnElement |= argument.Expression is IdentifierNameSyntax name && name.Identifier.ValueText == element;
            }

            return handsOnElement && IsHandedOn(call) && Calls <= 1;
        }

        /// <summary>
        /// <c>==</c>, <c>!=</c>, and <c>+</c>, <c>-</c> on numbers or on times (<c>Duration =&gt; EndedUtc - StartedUtc</c>):
        /// an equality, an offset or a difference says no more than the member's name. An ordering (<c>x &gt; 0</c>) is a rule
        /// a test pins down, and string concatenation builds a text: both are behaviour.
        /// </summary>
        private bool IsEqualityOrOffset(BinaryExpressionSyntax binary)
        {
            switch (binary.Kind())
            {
                case SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression:
                    return true;
                case SyntaxKind.AddExpression or SyntaxKind.SubtractExpression:
                    return IsNumber(binary.Left) && IsNumber(binary.Right);
                default:
                    return false;
            }
        }

        private bool IsNumber(ExpressionSyntax operand) => IsNumberOrTime(model.GetTypeInfo(operand, cancellationToken).Type);

        /// <summary>A number, or a <c>DateTime</c>, <c>DateTimeOffset</c> or <c>TimeSpan</c>, nullable or not: the framework does their arithmetic.</summary>
        private static bool IsNumberOrTime(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: { Length: 1 } underlying })
            {
                type = underlying[0];
            }

            return type is { Name: "TimeSpan" or "DateTimeOffset", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
                || type?.SpecialType is SpecialType.System_DateTime or SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
            or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;
        }

        private bool IsOpen(ISymbol? symbol)
        {
            IsMoreThanAValue |= symbol is IFieldSymbol or IPropertySymbol;
            // An auto-property of a hidden type is a stored value, as a field is (_tokenizer.Position).
            return IsOpenTarget(symbol) || (symbol is IPropertySymbol property && IsAutoProperty(property, cancellationToken));
        }

        private static bool IsOtherPackageMember(ISymbol? symbol) => symbol is not null && IsOtherPackages(symbol);
    }

    /// <summary>
    /// A class or struct that only holds data: an instance type whose reportable members are fields, auto-properties
    /// (positional record properties included) and constructors that only store their parameters (event arguments, a
    /// record struct of fields). Not a type with a method, a computed property or a constant answer: those are behaviour
    /// a caller relies on, even without a caller in the library; nor an exception.
    /// </summary>
    public static bool IsDataHolder(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        // An exception is raised and caught, not read as data: what it carries (a property shadowing InnerException)
        // is behaviour a catcher relies on, even when the library never throws it.
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsStatic || IsException(type))
        {
            return false;
        }

        var holdsData = false;
        foreach (var member in type.GetMembers())
        {
            if (!IsReportableMember(member))
            {
                continue;
            }

            switch (member)
            {
                case IFieldSymbol:
                case IPropertySymbol { IsIndexer: false, IsStatic: false } property when IsAutoProperty(property, cancellationToken) || IsPositionalProperty(property, cancellationToken):
                    holdsData = true;
                    continue;
                case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when HasNoBehaviour(constructor, compilation, cancellationToken):
                    continue;
                default:
                    return false;
            }
        }

        return holdsData;
    }

    /// <summary>A property a record declares from a parameter of its primary constructor (<c>record struct Day(int Year)</c>).</summary>
    private static bool IsPositionalProperty(IPropertySymbol property, CancellationToken cancellationToken) =>
        property.DeclaringSyntaxReferences.Length == 1 && property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is ParameterSyntax;

    /// <summary>A property declared with accessors that have no body (<c>{ get; private set; }</c>): it stores a value.</summary>
    private static bool IsAutoProperty(IPropertySymbol property, CancellationToken cancellationToken)
    {
        if (property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax { AccessorList: { } accessors })
        {
            return false;
        }

        foreach (var accessor in accessors.Accessors)
        {
            if (accessor.Body is not null || accessor.ExpressionBody is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What a pass-through may name: a value, a type, or a member that is not hidden code of the library.</summary>
    private static bool IsOpenTarget(ISymbol? symbol) => symbol switch
    {
        null => false,
        IParameterSymbol or IFieldSymbol or ILocalSymbol or INamespaceOrTypeSymbol => true,
        IMethodSymbol { MethodKind: MethodKind.LocalFunction } => false,
        _ => (!symbol.Locations.IsEmpty && !symbol.Locations[0].IsInSource) || IsPubliclyVisible(symbol),
    };

    /// <summary>Whether a type or one of its reportable members is new.</summary>
    public static bool HasNewApi(INamedTypeSymbol type, HashSet<string> shipped)
    {
        if (IsNew(type, shipped))
        {
            return true;
        }

        foreach (var member in type.GetMembers())
        {
            if (IsReportableMember(member) && IsNew(member, shipped))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an API is new: listed in neither file's shipped part (the unshipped file lists new APIs, an unlisted API is newer still).</summary>
    public static bool IsNew(ISymbol symbol, HashSet<string> shipped)
    {
        if (shipped.Count == 0)
        {
            return true;
        }

        if (symbol is IPropertySymbol property)
        {
            return (property.GetMethod is null || IsNew(property.GetMethod, shipped)) && (property.SetMethod is null || IsNew(property.SetMethod, shipped));
        }

        return !shipped.Contains(PublicApiSignature.Render(symbol)) && !shipped.Contains(PublicApiSignature.RenderWithNullability(symbol));
    }

    /// <summary>The PublicAPI line of an API; a property is listed through its first accessor, as that format does.</summary>
    public static string ApiOf(ISymbol symbol, bool useNullability)
    {
        var listed = symbol switch
        {
            IPropertySymbol property => (ISymbol?)property.GetMethod ?? property.SetMethod ?? symbol,
            _ => symbol,
        };

        return useNullability ? PublicApiSignature.RenderWithNullability(listed) : PublicApiSignature.Render(listed);
    }

    /// <summary>The C# token of a user-defined operator (<c>op_Addition</c> is <c>+</c>); <c>&amp;&amp;</c> stands for <c>true</c>/<c>false</c>.</summary>
    public static string? OperatorToken(string metadataName) => metadataName switch
    {
        "op_Addition" or "op_UnaryPlus" or "op_CheckedAddition" => "+",
        "op_Subtraction" or "op_UnaryNegation" or "op_CheckedSubtraction" or "op_CheckedUnaryNegation" => "-",
        "op_Multiply" or "op_CheckedMultiply" => "*",
        "op_Division" or "op_CheckedDivision" => "/",
        "op_Modulus" => "%",
        "op_BitwiseAnd" => "&",
        "op_BitwiseOr" => "|",
        "op_ExclusiveOr" => "^",
        "op_LeftShift" => "<<",
        "op_RightShift" => ">>",
        "op_UnsignedRightShift" => ">>>",
        "op_Equality" => "==",
        "op_Inequality" => "!=",
        "op_LessThan" => "<",
        "op_GreaterThan" => ">",
        "op_LessThanOrEqual" => "<=",
        "op_GreaterThanOrEqual" => ">=",
        "op_LogicalNot" => "!",
        "op_OnesComplement" => "~",
        "op_Increment" or "op_CheckedIncrement" => "++",
        "op_Decrement" or "op_CheckedDecrement" => "--",
        "op_True" or "op_False" => "&&",
        _ => null,
    };

    /// <summary>
    /// The C# token of a C# 14 user-defined compound assignment operator, an instance member (<c>op_AdditionAssignment</c>
    /// is <c>+=</c>, <c>op_IncrementAssignment</c> is <c>++</c>), or null; kept apart from <see cref="OperatorToken"/>, whose
    /// callers write the binary and unary forms.
    /// </summary>
    public static string? CompoundAssignmentToken(string metadataName) => metadataName switch
    {
        "op_AdditionAssignment" or "op_CheckedAdditionAssignment" => "+=",
        "op_SubtractionAssignment" or "op_CheckedSubtractionAssignment" => "-=",
        "op_MultiplicationAssignment" or "op_CheckedMultiplicationAssignment" => "*=",
        "op_DivisionAssignment" or "op_CheckedDivisionAssignment" => "/=",
        "op_ModulusAssignment" => "%=",
        "op_BitwiseAndAssignment" => "&=",
        "op_BitwiseOrAssignment" => "|=",
        "op_ExclusiveOrAssignment" => "^=",
        "op_LeftShiftAssignment" => "<<=",
        "op_RightShiftAssignment" => ">>=",
        "op_UnsignedRightShiftAssignment" => ">>>=",
        "op_IncrementAssignment" or "op_CheckedIncrementAssignment" => "++",
        "op_DecrementAssignment" or "op_CheckedDecrementAssignment" => "--",
        _ => null,
    };

    /// <summary>Unsealed, not static, and with a constructor another assembly can call (as PublicApiAnalyzers decides).</summary>
    private static bool CanBeDerivedFromOutside(INamedTypeSymbol type)
    {
        if (type.IsSealed || type.IsStatic || type.TypeKind != TypeKind.Class)
        {
            return type.TypeKind == TypeKind.Interface;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal)
            {
                return true;
            }
        }

        return false;
    }
}
