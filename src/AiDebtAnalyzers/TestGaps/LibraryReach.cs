using System;
using System.Collections.Generic;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// The library's own members that run when the tests run the members they reference (the <c>library-call</c> row of the
/// table in docs/rules/AID301.md): a worklist over the library's method bodies, from the members the tests reference
/// directly along the calls, creations and reads in those bodies, computed once per compilation on first need. Only
/// the bodies of members that are reached are bound, so the cost follows the tested part of the library, not all of it.
/// </summary>
/// <remarks>
/// What a body reaches: a member of this assembly it calls, creates, reads or subscribes to (in lambdas and local
/// functions too: a delegate built on a tested path is taken to run), a method group it passes, the constructor it
/// chains to, the parameterless constructor of a type argument given to a <c>new()</c> constraint, every constructor of
/// a type a reflection factory is asked for (the <c>reflection-factory</c> row: a generic method returning its type
/// argument, or <c>typeof(T)</c> given to a method that takes a <see cref="System.Type"/> and returns an object), and the
/// initializers and static constructor of the types it uses. A member it only assigns (a field, an
/// auto-property, an abstract or interface property) is not reached: storing a value exercises nothing until something
/// reads it. A reached virtual, abstract or interface member reaches its overrides and implementations in the library
/// on the types the reached code or the tests create (virtual dispatch runs them only on an instance), and an abstract
/// or interface member counts as reached when one of its implementations in the library is. A generic call that
/// registers an implementation for a service (<c>Register&lt;TService, TImplementation&gt;()</c>, the <c>registration</c>
/// row) creates it by reflection; overrides and implementations of members declared outside the library run once
/// reached library code creates their type (the <c>framework-callback</c> row: the code it hands the instance to calls
/// them). A call that does not resolve because an argument's type is missing from the compilation reaches every
/// candidate that takes that many arguments. Operators and conversions are not followed.
/// </remarks>
internal sealed class LibraryReach
{
    private readonly HashSet<ISymbol> reached = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> read = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> calledByLibrary = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> referencedTypes = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> instantiated = new(SymbolEqualityComparer.Default);
    private static readonly List<ISymbol> NoImplementations = new();
    private Dictionary<ISymbol, List<ISymbol>> implementations = new(SymbolEqualityComparer.Default);

    private LibraryReach()
    {
    }

    /// <summary>Whether library code the tests run calls, creates or reads the member.</summary>
    public bool IsReached(ISymbol member) => reached.Contains(member.OriginalDefinition);

    /// <summary>
    /// Whether a library body that runs calls or creates the member itself (a call, a creation, a chained
    /// <c>this(...)</c>/<c>base(...)</c>): unlike <see cref="IsReached"/>, not only because the tests reference its name, which
    /// counts a type's constructors together (a test creating <c>new Provider(a, b)</c> seeds every constructor of
    /// <c>Provider</c>).
    /// </summary>
    public bool IsCalledByLibrary(ISymbol member) => calledByLibrary.Contains(member.OriginalDefinition);

    /// <summary>
    /// Whether library code the tests run reads the field or property (a use other than the left side of a plain
    /// assignment), or the tests reference it themselves: a setting stored in it changes what that code does.
    /// </summary>
    public bool IsRead(ISymbol member) => read.Contains(member.OriginalDefinition);

    /// <summary>
    /// Whether library code the tests run names the type (<c>rule is IIncludeRule</c>) or creates an instance of a type that
    /// derives from it or implements it.
    /// </summary>
    public bool IsTypeUsed(INamedTypeSymbol type) => referencedTypes.Contains(type.OriginalDefinition) || instantiated.Contains(type.OriginalDefinition);

    /// <summary>The overrides and implementations the library declares for a virtual, abstract or interface member.</summary>
    public IReadOnlyList<ISymbol> ImplementationsOf(ISymbol contract) =>
        implementations.TryGetValue(contract.OriginalDefinition, out var found) ? found : NoImplementations;

    /// <param name="isTestedDirectly">Whether the tests reference a publicly visible member themselves (the other rows of the table).</param>
    public static LibraryReach Build(Compilation compilation, Func<ISymbol, INamedTypeSymbol, bool> isTestedDirectly, CancellationToken cancellationToken)
    {
        var walker = new Walker(compilation, cancellationToken);
        walker.Run(isTestedDirectly);
        return walker.Result;
    }

    private sealed class Walker
    {
        private readonly Compilation compilation;
        private readonly IAssemblySymbol assembly;
        private readonly CancellationToken cancellationToken;
        private readonly List<INamedTypeSymbol> types = new();

        /// <summary>The names the library declares: a name outside it cannot bind to the library, so it is not bound.</summary>
        private readonly HashSet<string> names = new(StringComparer.Ordinal);

        /// <summary>Virtual, abstract and interface members to the overrides and implementations the library declares.</summary>
        private readonly Dictionary<ISymbol, List<ISymbol>> dispatch = new(SymbolEqualityComparer.Default);

        /// <summary>
        /// Per class, its overrides and implementations of members declared outside the library (<c>IInterceptor.Intercept</c>,
        /// <c>Stream.Read</c>): code outside the library calls them on an instance the library hands it, so they are reached
        /// once reached library code creates the class (the <c>framework-callback</c> row). An instance a test creates is
        /// the test's to use, and what the test calls on it counts by name.
        /// </summary>
        private readonly Dictionary<INamedTypeSymbol, List<ISymbol>> calledFromOutside = new(SymbolEqualityComparer.Default);

        /// <summary>Overrides and implementations a reached call dispatches to, held until an instance of their type is created.</summary>
        private readonly Dictionary<INamedTypeSymbol, List<ISymbol>> waitingForInstance = new(SymbolEqualityComparer.Default);

        /// <summary>Classes with a reached constructor, and their base classes: instances the code can dispatch to.</summary>
        private readonly HashSet<INamedTypeSymbol> live = new(SymbolEqualityComparer.Default);
        private readonly HashSet<INamedTypeSymbol> createdByLibrary = new(SymbolEqualityComparer.Default);
        private readonly HashSet<INamedTypeSymbol> initializedStatically = new(SymbolEqualityComparer.Default);
        private readonly HashSet<INamedTypeSymbol> initializedInstances = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<SyntaxTree, SemanticModel> models = new();
        private readonly Stack<ISymbol> pending = new();
        private bool hasIndexers;

        /// <summary>While the tests' own references are enqueued: those are not calls of library code.</summary>
        private bool seeding;

        public Walker(Compilation compilation, CancellationToken cancellationToken)
        {
            this.compilation = compilation;
            assembly = compilation.Assembly;
            this.cancellationToken = cancellationToken;
        }

        public LibraryReach Result { get; } = new();

        public void Run(Func<ISymbol, INamedTypeSymbol, bool> isTestedDirectly)
        {
            CollectTypes();
            seeding = true;
            foreach (var type in types)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!PublicSurface.IsPubliclyVisible(type))
                {
                    continue;
                }

                foreach (var member in type.GetMembers())
                {
                    if (member is not INamedTypeSymbol && member is not IMethodSymbol { AssociatedSymbol: not null }
                        && PublicSurface.IsPubliclyVisible(member) && isTestedDirectly(member, type))
                    {
                        Enqueue(member);
                        if (member is IFieldSymbol or IPropertySymbol)
                        {
                            Result.read.Add(member.OriginalDefinition);
                        }
                    }
                }
            }

            seeding = false;
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Process(pending.Pop());
            }

            MarkContractsOfReachedImplementations();
            Result.implementations = dispatch;
        }

        /// <summary>
        /// An abstract or interface member has no body of its own: it is exercised when an implementation the library
        /// declares is (<c>IValidatorDescriptor.Rules</c> through <c>ValidatorDescriptor.Rules</c>). It is marked, not
        /// processed, so it does not reach the other implementations of the contract.
        /// </summary>
        private void MarkContractsOfReachedImplementations()
        {
            bool changed;
            do
            {
                changed = false;
                foreach (var pair in dispatch)
                {
                    if (!pair.Key.IsAbstract || Result.reached.Contains(pair.Key))
                    {
                        continue;
                    }

                    foreach (var implementation in pair.Value)
                    {
                        if (Result.reached.Contains(implementation))
                        {
                            changed |= Result.reached.Add(pair.Key);
                            break;
                        }
                    }
                }
            }
            while (changed);
        }

        private void CollectTypes()
        {
            foreach (var type in DeclaredTypes.In(assembly, cancellationToken))
            {
                types.Add(type);
                names.Add(type.Name);
                foreach (var typeMember in type.GetMembers())
                {
                    names.Add(typeMember.Name);
                    hasIndexers |= typeMember is IPropertySymbol { IsIndexer: true };
                    AddOverride(typeMember);
                }

                AddInterfaceImplementations(type);
            }
        }

        private void AddOverride(ISymbol member)
        {
            ISymbol? overridden = member switch
            {
                IMethodSymbol method => method.OverriddenMethod,
                IPropertySymbol property => property.OverriddenProperty,
                IEventSymbol declaredEvent => declaredEvent.OverriddenEvent,
                _ => null,
            };

            if (overridden is null)
            {
                return;
            }

            if (InAssembly(overridden))
            {
                AddDispatch(overridden, member);
            }
            else if (overridden.ContainingType?.SpecialType != SpecialType.System_Object && !IsException(member.ContainingType))
            {
                // Object's ToString, Equals and GetHashCode are called by everything and are not reported. An exception
                // is handed to whoever catches it, the tests, whose reads of Message or StackTrace count by name.
                AddCalledFromOutside(member);
            }
        }

        private void AddInterfaceImplementations(INamedTypeSymbol type)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                var declaredInLibrary = InAssembly(implemented);
                foreach (var contract in implemented.GetMembers())
                {
                    if (contract is IMethodSymbol { AssociatedSymbol: not null } || contract is INamedTypeSymbol)
                    {
                        continue;
                    }

                    if (type.FindImplementationForInterfaceMember(contract) is not { } implementation || !InAssembly(implementation))
                    {
                        continue;
                    }

                    if (declaredInLibrary)
                    {
                        AddDispatch(contract, implementation);
                    }
                    else if (SymbolEqualityComparer.Default.Equals(implementation.ContainingType, type) && !IsException(type))
                    {
                        AddCalledFromOutside(implementation);
                    }
                }
            }
        }

        private static bool IsException(INamedTypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current is { Name: nameof(Exception), ContainingNamespace: { Name: nameof(System), ContainingNamespace.IsGlobalNamespace: true } })
                {
                    return true;
                }
            }

            return false;
        }

        private void AddCalledFromOutside(ISymbol member)
        {
            var type = member.ContainingType.OriginalDefinition;
            if (!calledFromOutside.TryGetValue(type, out var members))
            {
                members = new List<ISymbol>();
                calledFromOutside.Add(type, members);
            }

            members.Add(member.OriginalDefinition);
        }

        private void AddDispatch(ISymbol contract, ISymbol implementation)
        {
            var key = contract.OriginalDefinition;

            if (!dispatch.TryGetValue(key, out var implementations))
            {
                implementations = new List<ISymbol>();
                dispatch.Add(key, implementations);
            }

            implementations.Add(implementation.OriginalDefinition);
        }

        private void Enqueue(ISymbol? symbol)
        {
            switch (symbol)
            {
                case IMethodSymbol { AssociatedSymbol: { } property }:
                    // An accessor runs as part of its property or event.
                    Enqueue(property);
                    return;
                case IMethodSymbol method:
                    symbol = (method.ReducedFrom ?? method).OriginalDefinition;
                    break;
                case IPropertySymbol or IFieldSymbol or IEventSymbol:
                    symbol = symbol.OriginalDefinition;
                    break;
                default:
                    return;
            }

            if (!seeding && symbol is IMethodSymbol && InAssembly(symbol))
            {
                Result.calledByLibrary.Add(symbol);
            }

            if (InAssembly(symbol) && Result.reached.Add(symbol))
            {
                pending.Push(symbol);
            }
        }

        private void Process(ISymbol member)
        {
            if (member.ContainingType is { } type)
            {
                InitializeStatically(type);
            }

            if (dispatch.TryGetValue(member, out var implementations))
            {
                foreach (var implementation in implementations)
                {
                    DispatchTo(implementation);
                }
            }

            if (member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
            {
                ProcessConstructor(constructor);
                return;
            }

            if (member is IFieldSymbol)
            {
                // A field's initializer runs with its type's constructors or static initialization, not when it is read.
                return;
            }

            var method = member as IMethodSymbol;
            foreach (var reference in (method?.PartialImplementationPart ?? member).DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                if (syntax is not ParameterSyntax)
                {
                    Walk(syntax);
                }
            }
        }

        /// <summary>
        /// A call through a virtual, abstract or interface member runs an override only on an instance of its type: the
        /// override is reached once a constructor of its type (or of a type derived from it) is (rapid type analysis).
        /// Structs need no constructor call to exist, so their implementations are reached at once.
        /// </summary>
        private void DispatchTo(ISymbol implementation)
        {
            var type = implementation.ContainingType;
            if (type is null || type.IsValueType || live.Contains(type.OriginalDefinition))
            {
                Enqueue(implementation);
                return;
            }

            if (!waitingForInstance.TryGetValue(type.OriginalDefinition, out var waiting))
            {
                waiting = new List<ISymbol>();
                waitingForInstance.Add(type.OriginalDefinition, waiting);
            }

            waiting.Add(implementation);
        }

        private void ProcessConstructor(IMethodSymbol constructor)
        {
            var type = constructor.ContainingType;
            for (var ancestor = type; ancestor is not null && InAssembly(ancestor); ancestor = ancestor.BaseType)
            {
                var definition = ancestor.OriginalDefinition;
                Result.instantiated.Add(definition);
                foreach (var implemented in ancestor.AllInterfaces)
                {
                    Result.instantiated.Add(implemented.OriginalDefinition);
                }

                if (live.Add(definition) && waitingForInstance.TryGetValue(definition, out var waiting))
                {
                    waitingForInstance.Remove(definition);
                    foreach (var implementation in waiting)
                    {
                        Enqueue(implementation);
                    }
                }


            }

            var chained = false;
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                switch (reference.GetSyntax(cancellationToken))
                {
                    case ConstructorDeclarationSyntax declaration:
                        chained |= declaration.Initializer is not null;
                        Walk(declaration);
                        break;
                    case TypeDeclarationSyntax { BaseList: { } baseList }:
                        // A primary constructor: its body is the arguments it passes to the base type.
                        chained |= HasBaseArguments(baseList);
                        Walk(baseList);
                        break;
                }
            }

            InitializeInstances(type);
            if (!chained && constructor.IsStatic is false && type.BaseType is { } baseType && InAssembly(baseType))
            {
                // No initializer: the base type's parameterless constructor runs.
                foreach (var baseConstructor in baseType.InstanceConstructors)
                {
                    if (baseConstructor.Parameters.Length == 0)
                    {
                        Enqueue(baseConstructor);
                    }
                }
            }
        }

        private static bool HasBaseArguments(BaseListSyntax baseList)
        {
            foreach (var baseType in baseList.Types)
            {
                if (baseType is PrimaryConstructorBaseTypeSyntax)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The field and property initializers every constructor of the type runs (walked once per type).</summary>
        private void InitializeInstances(INamedTypeSymbol type)
        {
            if (initializedInstances.Add(type.OriginalDefinition))
            {
                WalkInitializers(type, isStatic: false);
            }
        }

        /// <summary>The static constructor and static initializers, which run before any member of the type is used.</summary>
        private void InitializeStatically(INamedTypeSymbol type)
        {
            if (!initializedStatically.Add(type.OriginalDefinition))
            {
                return;
            }

            WalkInitializers(type, isStatic: true);
            foreach (var constructor in type.StaticConstructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    Walk(reference.GetSyntax(cancellationToken));
                }
            }
        }

        private void WalkInitializers(INamedTypeSymbol type, bool isStatic)
        {
            foreach (var member in type.GetMembers())
            {
                if (member.IsStatic != isStatic || member is not (IFieldSymbol or IPropertySymbol))
                {
                    continue;
                }

                foreach (var reference in member.DeclaringSyntaxReferences)
                {
                    var initializer = reference.GetSyntax(cancellationToken) switch
                    {
                        VariableDeclaratorSyntax variable => variable.Initializer,
                        PropertyDeclarationSyntax property => property.Initializer,
                        _ => null,
                    };

                    if (initializer is not null)
                    {
                        Walk(initializer);
                    }
                }
            }
        }

        private void Walk(SyntaxNode root)
        {
            var model = ModelOf(root.SyntaxTree);
            foreach (var node in root.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case SimpleNameSyntax name when names.Contains(name.Identifier.ValueText) || IsRegistrationShaped(name):
                        var info = SymbolInfoOf(model, name);
                        var symbol = info.Symbol;
                        if (symbol is null)
                        {
                            EnqueueUnresolvedCall(name, info);
                            if (name is GenericNameSyntax { TypeArgumentList.Arguments.Count: > 1 } generic && info.CandidateSymbols.IsEmpty)
                            {
                                CreateUnboundRegistration(model, generic);
                            }

                            break;
                        }

                        if (symbol is INamedTypeSymbol namedType)
                        {
                            if (InAssembly(namedType))
                            {
                                Result.referencedTypes.Add(namedType.OriginalDefinition);
                            }
                        }
                        else if (!ReachesNothing(name, symbol))
                        {
                            if (symbol is IFieldSymbol or IPropertySymbol && InAssembly(symbol) && !IsAssignedTo(name))
                            {
                                Result.read.Add(symbol.OriginalDefinition);
                            }

                            Enqueue(symbol);
                            if (symbol is IMethodSymbol { IsGenericMethod: true } generic)
                            {
                                CreateTypeArguments(generic);
                            }
                        }

                        break;
                    case BaseObjectCreationExpressionSyntax creation:
                        var creationInfo = model.GetSymbolInfo(node, cancellationToken);
                        var created = creationInfo.Symbol;
                        if (created is null && EnqueueCandidates(creationInfo, creation.ArgumentList?.Arguments.Count ?? 0) is { } candidate)
                        {
                            CreateInLibrary(candidate.ContainingType);
                            break;
                        }

                        Enqueue(created);
                        CreateInLibrary(created?.ContainingType);
                        break;
                    case ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax:
                        Enqueue(model.GetSymbolInfo(node, cancellationToken).Symbol);
                        break;
                    case ElementAccessExpressionSyntax when hasIndexers:
                        Enqueue(model.GetSymbolInfo(node, cancellationToken).Symbol);
                        break;
                    case TypeOfExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax factoryCall } } } typeOf:
                        CreateTypeGivenToFactory(model, typeOf, factoryCall);
                        break;
                }
            }
        }

        /// <summary>
        /// What a name binds to. For the name a call is made through, the call's own answer: the same method, read off the
        /// bound call, where asking the name resolves its method group again to list every overload. A call through a
        /// delegate or a function pointer (the name is a field, property or local) and a call that does not resolve ask the
        /// name, as before.
        /// </summary>
        private SymbolInfo SymbolInfoOf(SemanticModel model, SimpleNameSyntax name)
        {
            ExpressionSyntax callee = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            if (callee.Parent is InvocationExpressionSyntax call && call.Expression == callee
                && model.GetSymbolInfo(call, cancellationToken) is { Symbol: IMethodSymbol { MethodKind: not (MethodKind.DelegateInvoke or MethodKind.FunctionPointerSignature) } } resolved)
            {
                return resolved;
            }

            return model.GetSymbolInfo(name, cancellationToken);
        }

        /// <summary>
        /// A call the compiler cannot resolve because an argument's type is unknown to the compilation (a type of a
        /// project or package reference that is missing, as in an IDE before restore or a scan without references:
        /// <c>CreateMapExpression(tuple, MapType.Map)</c> with <c>MapType</c> unresolved) still runs one of its candidates:
        /// every candidate that takes that many arguments counts as reached, as overloads are counted together for tests.
        /// A name that only fails for another reason (not invocable, inaccessible) reaches nothing.
        /// </summary>
        private void EnqueueUnresolvedCall(SimpleNameSyntax name, SymbolInfo info)
        {
            ExpressionSyntax callee = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            if (callee.Parent is InvocationExpressionSyntax call && call.Expression == callee)
            {
                _ = EnqueueCandidates(info, call.ArgumentList.Arguments.Count);
            }
        }

        /// <returns>A candidate enqueued, or null when none was.</returns>
        private IMethodSymbol? EnqueueCandidates(SymbolInfo info, int argumentCount)
        {
            if (info.CandidateReason is not (CandidateReason.OverloadResolutionFailure or CandidateReason.Ambiguous))
            {
                return null;
            }

            IMethodSymbol? enqueued = null;
            foreach (var candidate in info.CandidateSymbols)
            {
                if (candidate is IMethodSymbol method && Accepts(method, argumentCount))
                {
                    Enqueue(method);
                    enqueued = method;
                }
            }

            return enqueued;
        }

        private static bool Accepts(IMethodSymbol method, int argumentCount)
        {
            var parameters = method.Parameters;
            var required = 0;
            for (var i = 0; i < parameters.Length; i++)
            {
                if (!parameters[i].IsOptional && !parameters[i].IsParams)
                {
                    required++;
                }
            }

            return argumentCount >= required && (argumentCount <= parameters.Length || (parameters.Length > 0 && parameters[parameters.Length - 1].IsParams));
        }

        /// <summary>
        /// A generic method whose type parameter has the <c>new()</c> constraint creates its type argument
        /// (<c>UseSerializer&lt;XmlRestSerializer&gt;()</c> runs <c>new T()</c>): the argument's parameterless constructor is reached.
        /// </summary>
        private void CreateTypeArguments(IMethodSymbol method)
        {
            var definition = method.OriginalDefinition;
            var parameters = definition.TypeParameters;
            for (var i = 0; i < parameters.Length && i < method.TypeArguments.Length; i++)
            {
                if (method.TypeArguments[i] is not INamedTypeSymbol created || !InAssembly(created))
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(definition.ReturnType, parameters[i]))
                {
                    // A factory that hands back an instance of its type argument (ObjectResolver.Resolve<RecordManager>(this),
                    // a DI container's Get<T>()) creates it by reflection with whatever arguments it is given.
                    CreateByReflection(created);
                }
                else if (IsImplementationOfAnotherTypeParameter(parameters[i]) && !created.IsAbstract)
                {
                    // Register<IRouteFactory, RouteFactory>(), AddSingleton<IClock, SystemClock>(): a container registers
                    // the implementation for its service and creates it by reflection when the service is resolved.
                    CreateByReflection(created);
                }
                else if (parameters[i].HasConstructorConstraint)
                {
                    foreach (var constructor in created.InstanceConstructors)
                    {
                        if (constructor.Parameters.Length == 0)
                        {
                            Enqueue(constructor);
                        }
                    }

                    CreateInLibrary(created);
                }
            }
        }

        /// <summary>
        /// A generic name with two or more type arguments is bound even when the library does not declare it: a container's
        /// registration (<c>services.AddSingleton&lt;IClock, SystemClock&gt;()</c>) is usually another package's method.
        /// </summary>
        private static bool IsRegistrationShaped(SimpleNameSyntax name) => name is GenericNameSyntax { TypeArgumentList.Arguments.Count: > 1 };

        /// <summary>
        /// A registration-shaped call whose method does not resolve at all (its container's type belongs to a reference the
        /// compilation lacks, as in a scan without the project's references or an editor before restore), so its
        /// constraints cannot be read: a last type argument that is a concrete class of the library and derives from or
        /// implements an earlier one (<c>container.RegisterType&lt;IAuthClient, AuthClient&gt;()</c>) is the registration's
        /// shape, and the class is created by reflection as for a resolved one.
        /// </summary>
        private void CreateUnboundRegistration(SemanticModel model, GenericNameSyntax generic)
        {
            var arguments = generic.TypeArgumentList.Arguments;
            if (model.GetTypeInfo(arguments[arguments.Count - 1], cancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } implementation
                || !InAssembly(implementation))
            {
                return;
            }

            for (var i = 0; i < arguments.Count - 1; i++)
            {
                if (model.GetTypeInfo(arguments[i], cancellationToken).Type is INamedTypeSymbol service && service.TypeKind != TypeKind.Error
                    && !SymbolEqualityComparer.Default.Equals(service.OriginalDefinition, implementation.OriginalDefinition)
                    && DerivesFromOrImplements(implementation, service))
                {
                    CreateByReflection(implementation);
                    return;
                }
            }
        }

        private static bool DerivesFromOrImplements(INamedTypeSymbol type, INamedTypeSymbol service)
        {
            for (var ancestor = type.BaseType; ancestor is not null; ancestor = ancestor.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(ancestor.OriginalDefinition, service.OriginalDefinition))
                {
                    return true;
                }
            }

            foreach (var contract in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(contract.OriginalDefinition, service.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A type parameter constrained to another type parameter of its method (<c>where TImpl : TService</c>).</summary>
        private static bool IsImplementationOfAnotherTypeParameter(ITypeParameterSymbol parameter)
        {
            foreach (var constraint in parameter.ConstraintTypes)
            {
                if (constraint is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } other
                    && SymbolEqualityComparer.Default.Equals(other.DeclaringMethod, parameter.DeclaringMethod))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>typeof(T)</c> passed to a method that takes a <see cref="Type"/> and returns an object
        /// (<c>Activator.CreateInstance(typeof(T))</c>, <c>resolver.Resolve(typeof(T), args)</c>): the method creates a <c>T</c>.
        /// </summary>
        private void CreateTypeGivenToFactory(SemanticModel model, TypeOfExpressionSyntax typeOf, InvocationExpressionSyntax factoryCall)
        {
            if (model.GetSymbolInfo(factoryCall, cancellationToken).Symbol is IMethodSymbol { ReturnType.SpecialType: SpecialType.System_Object } factory
                && model.GetTypeInfo(typeOf.Type, cancellationToken).Type is INamedTypeSymbol created && InAssembly(created)
                && !created.IsAbstract && FirstParameterIsType(factory))
            {
                CreateByReflection(created);
            }
        }

        private static bool FirstParameterIsType(IMethodSymbol method) =>
            method.Parameters.Length > 0 && method.Parameters[0].Type is { Name: nameof(Type), ContainingNamespace: { Name: nameof(System), ContainingNamespace.IsGlobalNamespace: true } };

        /// <summary>Reflection picks a constructor by the arguments it is given at run time: every constructor counts as run.</summary>
        private void CreateByReflection(INamedTypeSymbol created)
        {
            foreach (var constructor in created.OriginalDefinition.InstanceConstructors)
            {
                Enqueue(constructor);
            }

            CreateInLibrary(created);
        }

        /// <summary>Reached library code creates an instance: code outside the library may call its callbacks.</summary>
        private void CreateInLibrary(INamedTypeSymbol? type)
        {
            for (var ancestor = type; ancestor is not null && InAssembly(ancestor); ancestor = ancestor.BaseType)
            {
                if (createdByLibrary.Add(ancestor.OriginalDefinition) && calledFromOutside.TryGetValue(ancestor.OriginalDefinition, out var callbacks))
                {
                    foreach (var callback in callbacks)
                    {
                        Enqueue(callback);
                    }
                }
            }
        }

        /// <summary>
        /// A plain assignment to a field, an auto-property or an abstract or interface property: it stores a value and runs
        /// nothing (a property whose setter has a body is reached by the assignment). An event is reached only by a
        /// subscription (<c>+=</c>, <c>-=</c>), not by being raised.
        /// </summary>
        /// <summary>The left side of a plain assignment (<c>x.Name = value</c>, <c>{ Name = value }</c>): a store, not a read.</summary>
        private static bool IsAssignedTo(SimpleNameSyntax name)
        {
            ExpressionSyntax target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            return target.Parent is AssignmentExpressionSyntax assignment && assignment.Left == target && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression);
        }

        private bool ReachesNothing(SimpleNameSyntax name, ISymbol? symbol)
        {
            ExpressionSyntax target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            if (symbol is IEventSymbol)
            {
                // Raising an event runs only its subscribers: the library reaches an event by subscribing to it.
                return target.Parent is not AssignmentExpressionSyntax subscription || subscription.Left != target
                    || !(subscription.IsKind(SyntaxKind.AddAssignmentExpression) || subscription.IsKind(SyntaxKind.SubtractAssignmentExpression));
            }

            if (target.Parent is not AssignmentExpressionSyntax assignment || assignment.Left != target || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
            {
                return false;
            }

            if (symbol is not IPropertySymbol property)
            {
                return symbol is IFieldSymbol;
            }

            if (property.SetMethod is not { } setter)
            {
                // A get-only auto-property assigned in a constructor: the assignment stores into its backing field.
                return true;
            }

            foreach (var reference in setter.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is AccessorDeclarationSyntax accessor && (accessor.Body is not null || accessor.ExpressionBody is not null))
                {
                    return false;
                }
            }

            return true;
        }

        private SemanticModel ModelOf(SyntaxTree tree)
        {
            if (!models.TryGetValue(tree, out var model))
            {
#pragma warning disable RS1030 // The bodies walked lie in every tree of the compilation, not in the one whose symbol is analyzed.
                model = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                models.Add(tree, model);
            }

            return model;
        }

        private bool InAssembly(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, assembly) && symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource;
    }
}
